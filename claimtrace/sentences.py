"""Sentence splitting with offsets: nltk Punkt with news abbreviations, paragraph and quote aware.

Punkt runs with hand-written parameters (claimtrace/lexicons/abbreviations.txt), never with
downloaded models.  Around it: a blank line always ends a sentence, and so does a single
newline unless the text is hard-wrapped or the next line goes on in lower case; noise regions
are always sentences of their own; a quote that ends in "!" or "?" and is followed by a
lower-case attribution stays one sentence.

>>> text = '"We will win!" she said. Sen. Warren met U.S. officials.\\n\\nHe left.'
>>> [(s.text, s.paragraph) for s in split_sentences(text, [], original=text)]
[('"We will win!" she said.', 0), ('Sen. Warren met U.S. officials.', 0), ('He left.', 1)]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from .lexicons import phrase_list
from .model import NoiseRegion, Sentence, Span
from .text import text_lines

# "g.k", "e.f", "ph.d", "w.va": dotted letter groups (the token before the final full stop)
_DOTTED = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")
_CACHE_SIZE = 50_000
_PUNKT_WHITESPACE = " \t\n\r\x0b\x0c"  # string.whitespace, what nltk looks for before a break


class _Abbreviations(set):
    """Punkt's ``abbrev_types``: the lexicon plus every dotted letter group ("g.k", "u.s")."""

    def __contains__(self, item: object) -> bool:
        return set.__contains__(self, item) or (
            isinstance(item, str) and _DOTTED.fullmatch(item) is not None)


class _NewsPunkt(PunktSentenceTokenizer):
    """Punkt with three kinds of abbreviation on top of the ordinary one (see the lexicon).

    ``title``: never ends a sentence; ``number``: abbreviation only before a number;
    ``place``: abbreviation only when capitalised.  Decisions are cached per context string,
    and the two commonest cases (a "?"/"!", or a plain word that is not an abbreviation
    before the full stop) are decided without tokenising the context.
    """

    def __init__(self, kinds: dict[str, str], starters: frozenset[str]) -> None:
        params = PunktParameters()
        params.abbrev_types = _Abbreviations(w for w, k in kinds.items() if k != "number")
        params.sent_starters = set(starters)
        super().__init__(params, lang_vars=_PlainLanguageVars(), token_cls=_PlainToken)
        self._titles = frozenset(w for w, k in kinds.items() if k == "title")
        self._numbers = frozenset(w for w, k in kinds.items() if k == "number")
        self._places = frozenset(w for w, k in kinds.items() if k == "place")
        self._known = frozenset(kinds)
        self._cache: dict[str, bool] = {}
        self._period_context = _plain_pattern(self._lang_vars.period_context_re().pattern)
        self._realignment = _plain_pattern(self._lang_vars.re_boundary_realignment.pattern,
                                           re.MULTILINE)

    # -- Punkt hooks ------------------------------------------------------------------------
    def _first_pass_annotation(self, aug_tok) -> None:  # noqa: ANN001 (nltk's PunktToken)
        super()._first_pass_annotation(aug_tok)
        if aug_tok.abbr:
            word = aug_tok.tok[:-1].split("-")[-1]
            if word.lower() in self._places and word[:1].islower():
                aug_tok.abbr = False
                aug_tok.sentbreak = True

    def _second_pass_annotation(self, aug_tok1, aug_tok2):  # noqa: ANN001, ANN202
        if aug_tok2 is not None and aug_tok1.period_final:
            typ = aug_tok1.type_no_period
            if aug_tok1.abbr and typ in self._titles:
                return None
            if typ in self._numbers and aug_tok2.tok[:1].isdigit():
                aug_tok1.sentbreak = False
                aug_tok1.abbr = True
                return None
        return super()._second_pass_annotation(aug_tok1, aug_tok2)

    def _slices_from_text(self, text: str):  # noqa: ANN202
        for start, stop in self._pieces(text):
            yield slice(start, stop)

    # -- one pass instead of nltk's chain of generators ------------------------------------
    def _pieces(self, text: str) -> list[tuple[int, int]]:
        """The sentence pieces of ``_slices_from_text``, before realignment.

        nltk's ``_match_potential_end_contexts`` inlined: each candidate break with the word
        before it (from the last whitespace after the previous candidate's word; a candidate
        whose word would overlap that one's is dropped), found the same way but without a
        generator, nor a copy of the text between candidates and a method call for each.
        """
        candidates: list[tuple[re.Match[str], int, int]] = []  # match, the word before it
        prev_start = prev_stop = 0
        for match in self._period_context.finditer(text):
            m_start = match.start()
            i = m_start - 1
            while i > prev_stop and text[i] not in _PUNKT_WHITESPACE:
                i -= 1
            # as in nltk, whitespace right at prev_stop counts as none: the word then starts
            # where the previous candidate's did, and that candidate is dropped
            word_start = i + 1 if i > prev_stop else prev_start
            if candidates and prev_stop > word_start:
                candidates.pop()
            candidates.append((match, word_start, m_start))
            prev_start, prev_stop = word_start, m_start
        pieces = []
        last_break = 0
        for match, word_start, word_end in candidates:
            if self._is_break(match, text[word_start:word_end]):
                pieces.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        pieces.append((last_break, len(text.rstrip())))
        return pieces

    def sentence_ends(self, text: str) -> list[int]:
        """The ends of the sentences ``span_tokenize(text)`` gives, found without its chain of
        generators: nltk's ``_realign_boundaries`` over :meth:`_pieces` (a closing quote or
        bracket after a break goes with the sentence before it; empty pieces are dropped)."""
        realignment = self._realignment
        pieces = self._pieces(text)
        last = len(pieces) - 1
        ends = []
        realign = 0
        for k, (start, stop) in enumerate(pieces):
            start += realign
            nxt = pieces[k + 1] if k < last else None
            # the realignment pattern opens with closing punctuation (quotes, brackets): a
            # next piece that starts with a letter or digit, the common case, cannot match it
            m = realignment.match(text, *nxt) \
                if nxt is not None and not text[nxt[0]:nxt[0] + 1].isalnum() else None
            if m:  # (m.pos is where the next piece starts)
                ends.append(m.pos + len(m.group(0).rstrip()))
                realign = m.end() - m.pos
            else:
                realign = 0
                if stop > start:
                    ends.append(stop)
        return ends

    # -- fast decisions ---------------------------------------------------------------------
    def _is_break(self, match: re.Match, word: str) -> bool:
        """Does the mark of ``match``, after ``word``, end a sentence? Punkt decides from the
        context (the word, the mark and the next token), built only when the two quick tests
        below leave the answer open."""
        if match.group() != ".":
            return True  # "?" and "!" are always sentence breaks for Punkt
        if len(word) > 1 and word.isalpha() and word.isascii() and word.lower() not in self._known:
            return True  # a plain word that is no abbreviation, then a full stop
        context = word + "." + match.group("after_tok")
        hit = self._cache.get(context)
        if hit is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            hit = self._cache[context] = self.text_contains_sentbreak(context)
        return hit


class _PlainLanguageVars(PunktLanguageVars):
    """nltk's language variables with the word pattern of a break's context (tokenised when
    the cache has no decision for it) compiled with ``re``, as :func:`_plain_pattern` says."""

    __slots__ = ()
    _re_word_tokenizer: re.Pattern[str]  # a slot of the base class, which mypy cannot see

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        try:
            return self._re_word_tokenizer
        except AttributeError:
            pattern = _plain_pattern(super()._word_tokenizer_re().pattern)
            self._re_word_tokenizer = pattern  # type: ignore[misc]
            return pattern


# PunktToken's patterns, compiled with ``re``: on ASCII text the two engines agree; beyond it
# ``regex`` may know a newer Unicode than ``re`` (which characters are digits or letters), so
# other tokens keep nltk's own patterns
_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)


class _PlainToken(PunktToken):
    """nltk's token, its type and the two properties the sentence-break decision reads found
    with ``re`` for an ASCII token: nltk runs them on ``regex`` behind a timeout, which made
    them most of the cost of a decision (about three times the rest)."""

    __slots__ = ()

    def _get_type(self, tok: str) -> str:
        if tok.isascii():
            return _NUMERIC.sub("##number##", tok.lower())
        return super()._get_type(tok)

    @property
    def is_ellipsis(self) -> object:
        return _ELLIPSIS.match(self.tok) if self.tok.isascii() else super().is_ellipsis

    @property
    def is_initial(self) -> object:
        return _INITIAL.match(self.tok) if self.tok.isascii() else super().is_initial


_SPACE_CLASSES = {r"\s": r"[^\S\x1c-\x1f]", r"\S": r"[\S\x1c-\x1f]"}


def _plain_pattern(pattern: str, flags: int = re.VERBOSE) -> re.Pattern[str]:
    """One of nltk's Punkt patterns (the candidate break, the word of a break's context, the
    realignment of closing quotes) compiled with ``re``, with ``flags`` as nltk gives them. nltk
    runs them on the ``regex`` module behind a timeout, which scans about three times slower
    and costs some microseconds a call; none of them can backtrack badly (the candidate break:
    a mark, then a lookahead over one run of spaces and one token). ``regex``'s ``\\s`` leaves
    out U+001C..U+001F, which ``re``'s takes in: spelled out, the two match the same text."""
    spelled = re.sub(r"\\[sS]", lambda m: _SPACE_CLASSES[m.group()], pattern)
    return re.compile(spelled, re.UNICODE | flags)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], frozenset[str]]:
    kinds: dict[str, str] = {}
    starters: set[str] = set()
    for entry in phrase_list("abbreviations.txt"):
        word, _, kind = entry.lower().partition(" ")
        kind = kind.strip()
        if kind == "starter":
            starters.add(word)
        else:
            kinds[word] = kind or "plain"
    return kinds, frozenset(starters)


@lru_cache(maxsize=1)
def tokenizer() -> _NewsPunkt:
    """The shared Punkt tokenizer with claimtrace's news parameters.

    >>> t = "Sen. Warren spoke on Monday. He left."
    >>> [t[s:e] for s, e in tokenizer().span_tokenize(t)]
    ['Sen. Warren spoke on Monday.', 'He left.']
    """
    kinds, starters = _lexicon()
    return _NewsPunkt(kinds, starters)


# --------------------------------------------------------------------------- blocks


def _blocks(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of the runs of lines no sentence may cross."""
    blocks: list[tuple[int, int, int]] = []
    start = end = -1
    for s, e, new in text_lines(text):
        if new:
            if start >= 0:
                blocks.append((start, end, len(blocks)))
            start = s
        end = e
    if start >= 0:
        blocks.append((start, end, len(blocks)))
    return blocks


def _segments(text: str, noise: list[NoiseRegion]) -> list[tuple[int, int, int, bool]]:
    """Blocks cut at noise edges: (start, end, paragraph, is_noise), whitespace trimmed."""
    edges = sorted({p for n in noise for p in (n.span.start, n.span.end)})
    starts = [n.span.start for n in noise]  # noise is sorted by start
    reach: list[int] = []  # reach[i]: the furthest end of noise[0..i]
    for n in noise:
        reach.append(max(n.span.end, reach[-1] if reach else 0))
    out: list[tuple[int, int, int, bool]] = []
    for s, e, para in _blocks(text):
        inner = edges[bisect_right(edges, s):bisect_left(edges, e)]
        if inner:
            cuts = [s, *inner, e]
            pieces = [_trim(text, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
        else:  # the common case: no noise inside, and a block is trimmed already (its lines are)
            pieces = [(s, e)]
        for a, b in pieces:
            if a < b:
                i = bisect_right(starts, a) - 1  # no piece straddles a noise edge
                out.append((a, b, para, i >= 0 and b <= reach[i]))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# --------------------------------------------------------------------------- merging

_HAS_WORD = re.compile(r"[^\W_]")
_QUOTE_END = re.compile(r"[!?,][\"']$")
_CAPITAL = re.compile(r"[A-Z]")
_CLOSERS = re.compile(r"[\"')\]}]+(?!\w)")
_NUMBER_ABBREV_END = re.compile(r"(?:^|[\s(\[\"'])([A-Za-z]{1,4})\.$")


def _joins(text: str, prev: tuple[int, int], nxt: tuple[int, int], cased: bool) -> bool:
    """Should piece ``nxt`` go on the sentence ``prev`` (both inside one segment)?

    ``cased``: the segment has capital letters, so a lower-case start means no new sentence.
    """
    head = text[nxt[0]:min(nxt[1], nxt[0] + 2)]
    if not _HAS_WORD.search(text[nxt[0]:nxt[1]]):
        return True  # a stray quote or full stop
    if head[0].islower() and not head[1:2].isupper() and (
            cased or _QUOTE_END.search(text, max(prev[0], prev[1] - 3), prev[1])):
        return True  # '"Why?" he asked.', 'approx. five'
    if head[0] in ",;:)]}":
        return True  # 'The ad, titled "Unifier?", concludes ...'
    if head[0].isdigit():
        m = _NUMBER_ABBREV_END.search(text, max(prev[0], prev[1] - 6), prev[1])
        return bool(m and m.group(1).lower() in _number_abbrevs())
    return False


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    """Abbreviations that may end a name or a place ("Jr", "Inc", "Fla", "U.S"), lower-cased:
    the lexicon's entries less titles, number words and sentence starters.

    >>> "jr" in name_abbreviations(), "sen" in name_abbreviations()
    (True, False)
    """
    return frozenset(w for w, k in _lexicon()[0].items() if k in ("plain", "place"))


@lru_cache(maxsize=1)
def _number_abbrevs() -> frozenset[str]:
    return frozenset(w for w, k in _lexicon()[0].items() if k == "number")


def split_sentences(text: str, noise: list[NoiseRegion], *, original: str) -> list[Sentence]:
    """Sentences of ``text`` (the normalised form of ``original``, same length).

    Spans come from ``original``, trimmed of surrounding whitespace but taking in the marks
    that normalisation blanked next to them (the second ' of '', the second "." of "..").
    A noise region is never merged into a neighbouring sentence.

    >>> from claimtrace.text import normalise
    >>> raw = "\\u201cWe will win.\\u201d Sen. Warren left."
    >>> [s.text for s in split_sentences(normalise(raw), [], original=raw)]
    ['“We will win.”', 'Sen. Warren left.']
    """
    if len(text) != len(original):
        raise ValueError("text and original must have the same length (use text.normalise())")
    noise = sorted(noise, key=lambda n: n.span.start)
    ends = tokenizer().sentence_ends(text)
    out: list[Sentence] = []
    for s, e, para, is_noise in _segments(text, noise):
        pieces: list[tuple[int, int]] = []
        cased = _CAPITAL.search(text, s, e) is not None
        start = s
        for cut in [*ends[bisect_right(ends, s):bisect_left(ends, e)], e]:
            m = _CLOSERS.match(text, cut, e)
            if m:  # 'him."- Carla' : the quote closes this sentence, not the next
                cut = m.end()
            a, b = _trim(text, start, cut)
            start = cut
            if a >= b:
                continue
            if pieces and _joins(text, pieces[-1], (a, b), cased):
                pieces[-1] = (pieces[-1][0], b)
            else:
                pieces.append((a, b))
        for a, b in pieces:
            a, b = _widen(text, original, a, b, floor=out[-1].end if out else 0)
            out.append(Sentence(len(out), Span.of(original, a, b), para, is_noise))
    return out


def _widen(text: str, original: str, a: int, b: int, *, floor: int) -> tuple[int, int]:
    """Take in the marks normalisation blanked next to a sentence: the other half of a ''
    quote, the second full stop of "..", a control character."""
    while b < len(text) and text[b].isspace() and not original[b].isspace():
        b += 1
    while a > floor and text[a - 1].isspace() and not original[a - 1].isspace():
        a -= 1
    return a, b
