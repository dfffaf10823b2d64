"""Cue detection: the words that mark an attribution ("said", "according to", "told", ...).

Works on the normalised text (straight quotes, same length as the original). A cue inside a
direct quotation is not a cue of this article ("he said" quoted inside someone's words).

>>> from claimtrace.cues import find_cues, quote_regions, tokenize
>>> text = 'Pompeo said the talks would go on.'
>>> [(c.span_text(text), c.lemma, c.kind) for c in find_cues(text, 0, len(text), [])]
[('said', 'say', 'speech')]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .lead_scan import NON_LETTER, NOT_AFTER_LETTER, lead_of, scan_matches
from .lexicons import reporting_verbs, weak_verb_forms
from .trie import trie_pattern

# A word: runs of word characters, joined by an apostrophe, full stop or hyphen before another
# word character, or by a thousands comma ("108,000" is one word). The runs are possessive
# (nothing after them could take their last character back), which makes words much cheaper
# to find than one alternation tried character by character.
WORD_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w\u00c0-\u024f&]*+"
                     r"(?:(?:['.\-](?=[\w\u00c0-\u024f])|(?<=\d),(?=\d{3}(?!\d)))"
                     r"[\w\u00c0-\u024f&]*+)*+")
_QUOTE_RE = re.compile(r'"')
_ACCORDING_RE = re.compile(r"\b(?:[Aa]ccording|ACCORDING)\s+to\b")
_PASSIVE_RE = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|being|as)\s+"
    r"(?:(?:first|also|officially|previously|widely|later|initially|publicly)\s+)?"
    r"(announced|reported|stated|said|confirmed|revealed|disclosed|told|claimed|alleged|"
    r"quoted|cited|described|declared|believed|thought|expected|rumou?red|seen|viewed|"
    r"identified|suggested)\b",
    re.IGNORECASE,
)
_FIRST_TO_REPORT_RE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:the\s+)?first\s+to\s+(?:report|break|reveal|publish|write|air)(?:\s+(?:on|about))?\b",
    re.IGNORECASE,
)
_EVIDENTIAL_RE = re.compile(
    r"\b(?:(?:seem|seems|seemed)(?=\s+(?!(?:on|in|at|with|for|from|by|and|or|as)\b)[a-z])|"
    r"(?:appear|appears|appeared)(?=\s+(?:to|that|likely|unlikely|\w+(?:ed|ent|ous|ful|ive|ble))\b)|"
    r"reportedly)\b"
)
_ASKED_RE = re.compile(r"(?:Asked|When\s+asked|(?:was|were|been|being)\s+(?:also\s+)?asked)\b"
                       r"(?=(?:\s+(?:[a-z]+ly|again|later|Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday))?\s+(?:if|whether|about|why|what|how|who|which|whom|"
                       r"during|on|at|in|for|to|when|where|by)\b)")
_AUX = frozenset(
    "has have had will would could can may might should must did does do is are was were "
    "be been also later previously repeatedly once recently reportedly publicly privately "
    "often long again then now still even already further separately similarly initially "
    "first last never not always frequently subsequently quickly immediately just "
    "earlier originally flatly explicitly openly".split()
)
_SO_CALLED_RE = re.compile(r"(?<![A-Za-z])[Ss]o[- ]$")


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue candidate: offsets in the text, lemma and kind (speech, belief, told, ...).

    >>> t = "Pompeo has also said that talks would resume."
    >>> c = find_cues(t, 0, len(t), [])[0]
    >>> c.span_text(t), t[c.verb_start:c.end], c.lemma, c.kind
    ('has also said', 'said', 'say', 'speech')
    """

    start: int
    end: int
    lemma: str
    kind: str
    verb_start: int
    weak: bool = False

    def span_text(self, text: str) -> str:
        return text[self.start : self.end]


def tokenize(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word tokens of ``text[start:end]`` as absolute (start, end) offsets.

    >>> t = "Abu-Laban's aide said 108,000 jobs were lost."
    >>> [t[s:e] for s, e in tokenize(t, 0, len(t))]
    ["Abu-Laban's", 'aide', 'said', '108,000', 'jobs', 'were', 'lost']
    """
    return [(m.start(), m.end()) for m in WORD_RE.finditer(text, start, end)]


def quote_regions(text: str, para_start: int, para_end: int) -> list[tuple[int, int]]:
    """Double-quoted stretches of one paragraph, quote marks included.

    Quotes pair in order; an unclosed quote runs to the end of the paragraph (the news
    convention for a quotation that continues in the next paragraph).

    >>> t = '"We will win," she said. "The vote'
    >>> [t[s:e] for s, e in quote_regions(t, 0, len(t))]
    ['"We will win,"', '"The vote']
    """
    marks = [m.start() for m in _QUOTE_RE.finditer(text, para_start, para_end)]
    regions = []
    for i in range(0, len(marks) - 1, 2):
        regions.append((marks[i], marks[i + 1] + 1))
    if len(marks) % 2:
        regions.append((marks[-1], para_end))
    return regions


def in_regions(pos: int, regions: list[tuple[int, int]]) -> bool:
    """Does ``pos`` lie in one of ``regions`` (sorted and not overlapping, as
    :func:`quote_regions` gives them)? A bisection: a run-on sentence of thousands of quoted
    lines asks once per cue.

    >>> in_regions(12, [(0, 5), (10, 20)]), in_regions(7, [(0, 5), (10, 20)])
    (True, False)
    """
    i = bisect_right(regions, (pos, math.inf)) - 1  # the last region opening at or before pos
    return i >= 0 and pos < regions[i][1]


_NOT_AFTER_WORD = r"(?<![\w\-])"  # how the cue alternation opens


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern[str]:
    """One trie-shaped alternation of every cue form ("pointed out" is tried before "pointed")."""
    return re.compile(_NOT_AFTER_WORD + trie_pattern(reporting_verbs()) + r"(?![\w\-])")


@lru_cache(maxsize=1)
def _verb_capture() -> re.Pattern[str]:
    """:func:`_verb_re` one character early: the character its lookbehind allows, consumed,
    and the cue itself in group 1."""
    return re.compile(r"[^\w\-](" + _verb_re().pattern[len(_NOT_AFTER_WORD):] + ")")


@lru_cache(maxsize=1)
def _verb_re_any_case() -> re.Pattern[str]:
    """The cue alternation for headline-style sentences ("Christie Says He Would ...")."""
    return re.compile(_verb_re().pattern, re.IGNORECASE)


_TITLE_WORD_RE = re.compile(r"\b[A-Za-z][a-z']{3,}\b")
# a lower-case word of four letters or more between a space and a non-word character: each is
# one lower-case match of _TITLE_WORD_RE (no match runs over the space before it)
_LOWER_WORD = r"\s[a-z]{4,}(?=[\s,.;:!?\")])"
_THREE_LOWER_RE = re.compile(_LOWER_WORD + r"(?:[\s\S]*?" + _LOWER_WORD + r"){2}")


def is_title_case(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a headline in title case (most longer words capitalised)?

    >>> is_title_case("Christie Says He Would Issue A Quarantine", 0, 41)
    True
    """
    if _THREE_LOWER_RE.search(text, start, end):
        return False  # three lower-case words, the loop's own verdict: most sentences, in one scan
    n = upper = 0
    for m in _TITLE_WORD_RE.finditer(text, start, end):
        n += 1
        upper += m.group()[0].isupper()
        if n - upper >= 3:
            return False  # three lower-case words: running text, not a headline
    return n >= 3 and upper >= 0.8 * n


_AUX_BEFORE_RE = re.compile(r"(?:\b([A-Za-z]+)\s+)$")


# adverbs taken into the cue only right after an auxiliary ("has *since* said", "would *only*
# say", "has not *yet* responded"): alone they open a clause ("since announcing", "yet endorsed").
# Session 7, train error analysis (strong cues dropped for want of a source): 14 new cues, 9
# of them annotated; PolNeAR train cues take the adverb in 25 times, leave it out once
_AFTER_AUX = frozenset("since only yet".split())


# the words before "May" that make it the month, not the modal ("in May", "since May")
MONTH_LEAD_RE = re.compile(r"\b(?:in|early|late|mid|since|until|by|last|of|through)[\s\-]+$",
                           re.IGNORECASE)


def _aux_start(text: str, floor: int, verb_start: int) -> int:
    """Start of the cue once adjacent auxiliaries/adverbs ("has also said") are included.

    >>> t = "She has since said so, yet left."
    >>> t[_aux_start(t, 0, t.index("said")):t.index(" so")], t[_aux_start(t, 0, t.index("left")):]
    ('has since said', 'left.')
    """
    start = verb_start
    while True:
        m = _AUX_BEFORE_RE.search(text, max(floor, start - 20), start)
        if not m:
            return start
        word = m.group(1).lower()
        if m.group(1) == "May" and MONTH_LEAD_RE.search(text, max(floor, m.start() - 12), m.start()):
            return start  # "a poll released in *May* showed" (blind batch 10): the month
        if m.group(1) in ("May", "Will") and start == verb_start \
                and text[verb_start:verb_start + 4].lower() in _PAST_FORMS:
            return start  # "May said", "Theresa May told" (session 17, blind batch 48): a modal
            # takes no past form, so a capitalised "May" before one is a name
        if word in _AFTER_AUX:
            before = _AUX_BEFORE_RE.search(text, max(floor, m.start() - 20), m.start())
            if before is None or before.group(1).lower() not in _AUX:
                return start
        elif word not in _AUX:
            return start
        start = m.start()


# the first letters of past forms of the commonest cues, after which "May"/"Will" is no modal
_PAST_FORMS = frozenset(("said", "told", "wrot", "adde", "note", "argu", "clai", "insi", "warn"))


_SPECIAL_FIRST_WORDS = ("according", "was", "were", "is", "are", "has", "have", "had", "been",
                        "being", "as", "seem", "seems", "seemed", "appear", "appears", "appeared",
                        "reportedly", "asked", "when")


def _special_body() -> str:
    """All the phrase cues in one alternation, tried in priority order at each position."""
    parts = [("according", _ACCORDING_RE), ("media_first", _FIRST_TO_REPORT_RE),
             ("passive", _PASSIVE_RE), ("evidential", _EVIDENTIAL_RE), ("asked", _ASKED_RE)]
    body = "|".join(f"(?P<{name}>{rx.pattern})" for name, rx in parts)
    return body.replace("(announced|", "(?P<plemma>announced|")


@lru_cache(maxsize=1)
def _special_re() -> re.Pattern[str]:
    """The phrase-cue alternation behind a first-word guard."""
    body = _special_body()
    # Every alternative starts with one of these words; saying so up front (a first-letter
    # class, then the words as a trie) lets the regex engine skip other positions quickly
    # (about 5x faster on newswire). Keep the list in step with the patterns above.
    letters = "".join(sorted({w[0] for w in _SPECIAL_FIRST_WORDS}))
    first = trie_pattern(_SPECIAL_FIRST_WORDS)
    return re.compile(NOT_AFTER_LETTER + r"(?=[" + letters + r"])(?=" + first + r"\b)(?:" + body + ")",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _special_lead() -> re.Pattern[str]:
    """:func:`_special_re` one character early: the character its lookbehind allows, consumed."""
    return lead_of(_special_re(), NOT_AFTER_LETTER, NON_LETTER)


def _spans(rx: re.Pattern[str], capture: re.Pattern[str], text: str, start: int,
           end: int) -> Iterator[tuple[int, int]]:
    """The spans of ``rx.finditer(text, start, end)``, found faster.

    Like :func:`~claimtrace.lead_scan.scan_matches`, but ``capture`` holds ``rx``'s match in
    group 1 instead of a lookahead, so that a cue found by the scan is not matched a second
    time (a long alternation: most of the cost of a verb cue).
    """
    pos = start
    while True:
        m = rx.match(text, pos, end)
        if m is not None:
            yield m.span()
            pos = m.end()
            continue
        ahead = capture.search(text, pos, end)
        if ahead is None:
            return
        yield ahead.span(1)
        pos = ahead.end()


# Weak lemmas that are attributions whenever an auxiliary makes them verbs ("has backed X",
# "will support X"); measured on PolNeAR train (continue, find, add, call, pledge: mostly not).
_VERBAL_LEMMAS = frozenset("back support want seek offer embrace think know feel plan vow promise "
                           "blame expect".split())
_MODALS = frozenset("will would could can may might should must did does do".split())
_PERFECT = frozenset("has have had".split())
_PROGRESSIVE = frozenset("is are was were".split())


def _verbal(aux_words: str, form: str) -> bool:
    """Does the auxiliary before a weak form make it a verb ("has backed", "will support",
    "is backing", "doesn't believe") rather than a noun ("his plans", "the state")?"""
    toks = [w.lower() for w in aux_words.split()]
    if not toks:
        return False
    first = toks[0].replace("\u2019", "'")
    if first in _MODALS or first.endswith("n't"):
        return not form.endswith(("ed", "ing"))
    if first in _PERFECT:
        return form.endswith(("ed", "wn", "ught", "ood", "ew", "elt", "aw", "een"))
    if first in _PROGRESSIVE:
        return form.endswith("ing")
    return False


# a capitalised participle that opens the sentence and takes a clause ("Noting that ..., Vale
# said"), which the lower-case verb scan skips. Session 8, PolNeAR train: 30 opening reporting
# participles, 15 gold cues; with "that" (or "Noting", always a remark) 8 of 8. Without a clause
# they are mostly scene-setting ("Addressing the crowd", "Boasting 10,000 residents") or a
# newswire credit line ("Reporting by ...").
_OPENING_PARTICIPLE_RE = re.compile(r"\s*([A-Z][a-z]+ing)\b(?=\s+that\b|(?<=Noting)\s)")


def _opening_participle(text: str, start: int, end: int, verbs: dict[str, tuple[str, str]],
                        weak: frozenset[str]) -> Cue | None:
    """The reporting participle that opens a sentence, capitalised, before its clause.

    >>> t = "Warning that costs would rise, the board said no."
    >>> c = _opening_participle(t, 0, len(t), reporting_verbs(), weak_verb_forms()); c.lemma, c.end
    ('warn', 7)
    """
    m = _OPENING_PARTICIPLE_RE.match(text, start, end)
    if m is None:
        return None
    form = m.group(1).lower()
    if form not in verbs:
        return None
    lemma, kind = verbs[form]
    return Cue(m.start(1), m.end(1), lemma, kind, m.start(1), form in weak)


def find_cues(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[Cue]:
    """Cue candidates in ``text[start:end]`` (one sentence), outside direct quotes.

    >>> t = '"He said no," an aide told reporters.'
    >>> [(c.span_text(t), c.lemma) for c in find_cues(t, 0, len(t), quote_regions(t, 0, len(t)))]
    [('told', 'tell')]
    """
    verbs = reporting_verbs()
    weak = weak_verb_forms()
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []
    for m in scan_matches(_special_re(), _special_lead(), text, start, end):
        ms = m.start()
        if in_regions(ms, quotes):
            continue
        kind = (m.lastgroup or "") if m.lastgroup != "plemma" else "passive"
        if kind in ("evidential", "asked"):
            if kind == "asked" and not (text[ms].isupper() or text[ms] in "wb"):
                continue  # "Asked about ...", "when asked ...", "was asked ..." (not "asked")
            cue = Cue(_aux_start(text, start, ms), m.end(), m.group().lower(), kind, ms)
        elif kind == "passive":
            cue = Cue(ms, m.end(), m.group("plemma").lower(), kind, m.start("plemma"))
        elif kind == "according":
            cue = Cue(ms, m.end(), "according to", kind, ms)
        else:
            cue = Cue(ms, m.end(), "first to report", kind, ms)
        cues.append(cue)
        taken.append((ms, m.end()))
    if is_title_case(text, start, end):
        verb_spans: Iterator[tuple[int, int]] = (
            m.span() for m in _verb_re_any_case().finditer(text, start, end))
    else:
        verb_spans = _spans(_verb_re(), _verb_capture(), text, start, end)
    for ts, te in verb_spans:
        if (taken and in_regions(ts, taken)) or (quotes and in_regions(ts, quotes)):
            continue
        if _SO_CALLED_RE.search(text, max(start, ts - 4), ts):
            continue  # "so-called", "so called"
        form = text[ts:te].lower()
        if not form.isalpha():
            form = " ".join(form.split())  # "pointed  out", "pointed\nout"
        if form not in verbs:
            continue  # a case-folding oddity of IGNORECASE ("\u017fays")
        lemma, kind = verbs[form]
        aux = _aux_start(text, start, ts)
        is_weak = form in weak and not (lemma in _VERBAL_LEMMAS and _verbal(text[aux:ts], form))
        cues.append(Cue(aux, te, lemma, kind, ts, is_weak))
    opening = _opening_participle(text, start, end, verbs, weak)
    if opening is not None and not (taken and in_regions(opening.start, taken)):
        cues.append(opening)
    if len(cues) > 1:
        cues.sort(key=lambda c: c.start)
    return cues
