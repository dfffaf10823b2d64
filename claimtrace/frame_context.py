"""What every attribution frame shares: the raw attribution record, the sentence context,
and content spans cut before or after a cue.

>>> from claimtrace.model import Sentence, Span
>>> text = 'The talks will go on, one official said.'
>>> ctx = Ctx(text, Sentence(0, Span.of(text, 0, len(text)), 0), [], None, [])
>>> s, e = content_before(ctx, text.index(', one')); text[s:e]
'The talks will go on'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .cues import Cue
from .model import Pattern, Sentence
from .span_words import dateline_end
from .spans import has_word, strip_trailing_punct, strip_ws

__all__ = ["Ctx", "RawAttribution", "boundary_before", "content_after", "content_before",
           "is_participle", "move_cue_preposition", "quoted_name_lead", "repair_aside", "span_text",
           "trim_lead_punct"]

_LEAD_WINDOW = 90  # characters of adverbials a cue's clause may follow
_LEAD_RE = re.compile(
    r"(?:on|in|at|during|after|before|from|with|via|over|through|of|last|this|earlier|later|"
    r"recently|previously|again|also|then|privately|publicly|repeatedly|frequently|often|"
    r"afterwards?|aloud|however|though|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+ago|"
    # session 7, train error analysis: "wrote *to his office* that ...", "said *to reporters* that",
    # "acknowledged *for the first time* that", "argued *for weeks* that" (gold: the "that" clause;
    # 35 train contents changed, 21 now exact, none exact before)
    r"to\s+(?=(?:the|his|her|their|its|our|my|your|reporters|supporters|donors|voters|me|him|them|us)\b|"
    r"(?-i:[A-Z]))|"
    r"for\s+(?:the\s+(?:first|second|third|last)\s+time|(?:\w+\s+)?(?:days|weeks|months|years|decades)|"
    r"a\s+(?:long\s+)?(?:while|time)))\b",
    re.IGNORECASE)
# a manner adverb right before "that": "said *flatly* that", "said *only* that" (further off, a
# "that" may open a relative clause: "found *virtually* nothing ... that had not been reported")
_MANNER_THAT_RE = re.compile(r"[a-z]+ly,?\s+(?=(?:that|whether|if)\b)|[a-z]+ly:\s*")
# "-ly" words that are no manner adverb: "reported *early* that ...", "told his *family* that ..."
_NOT_MANNER = frozenset("family early likely unlikely ally rally assembly supply".split())
_OPENER_RE = re.compile(r'\s(that)\b|[:,]\s*(")')
_NOT_LEAD_RE = re.compile(r'[.;"]|\b(?:and|but|or|he|she|they|we|I|it|who|which)\b')
_CLAUSE_START_RE = re.compile(r"(?:that|if|whether|how|why|what|when|where|who|to)\b|:", re.IGNORECASE)
_MAX_ADVERBIAL_WORDS = 15
_ASIDE_PARTICIPLE_RE = re.compile(r"[A-Za-z]+ing\b")


@dataclass
class RawAttribution:
    """An attribution before source resolution (offsets into the text).

    >>> t = "Ann said the pier was shut."
    >>> raw = RawAttribution((4, 8), (0, 3), [(9, 26)], Pattern.SOURCE_VERB_CONTENT, 0, "r", "")
    >>> t[slice(*raw.source)], t[slice(*raw.cue)], [t[s:e] for s, e in raw.content]
    ('Ann', 'said', ['the pier was shut'])
    """

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: list[tuple[int, int]]
    pattern: Pattern
    sentence: int
    rule: str
    evidence: str
    antecedent: tuple[int, int] | None = None  # for "who"/"which" sources
    parent: int | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Ctx:
    """One sentence as the frames read it: the text, the sentence, the direct-quote regions
    from the previous sentence of its paragraph on, the previous sentence, and the
    attributions found in the sentence so far.

    >>> from claimtrace.cues import quote_regions
    >>> from claimtrace.model import Span
    >>> t = 'The pier is shut. "It is over," she said.'
    >>> prev, sent = Sentence(0, Span.of(t, 0, 17), 0), Sentence(1, Span.of(t, 18, len(t)), 0)
    >>> ctx = Ctx(t, sent, quote_regions(t, 0, len(t)), prev, [])
    >>> ctx.prev_sentence.text, ctx.sent.text, [t[s:e] for s, e in ctx.quotes]
    ('The pier is shut.', '"It is over," she said.', ['"It is over,"'])
    """

    text: str
    sent: Sentence
    quotes: list[tuple[int, int]]
    prev_sentence: Sentence | None
    found: list[RawAttribution]


def span_text(text: str, span: tuple[int, int] | None) -> str:
    """The text of a span, or "" for no span (an attribution without a source).

    >>> t = "Ann said the pier was shut."
    >>> span_text(t, (0, 3)), span_text(t, None)
    ('Ann', '')
    """
    return "" if span is None else text[span[0]:span[1]]


def _skip_adverbial_lead(text: str, s: int, end: int) -> int:
    """Where the clause starts when a cue's adverbials come first: "said *on Tuesday* that
    ...", "wrote in a court filing that ...", "wrote on Facebook: "..."" (``s`` otherwise)."""
    manner = _MANNER_THAT_RE.match(text, s, end)
    if manner and text[s:manner.end()].split()[0].strip(",:") not in _NOT_MANNER:
        return manner.end()
    m = _LEAD_RE.match(text, s, end)
    if m is None:
        return s
    opener = _OPENER_RE.search(text, m.end(), min(end, s + _LEAD_WINDOW))
    if opener is None:
        return _skip_bare_lead(text, s, end)
    if _NOT_LEAD_RE.search(text, s, opener.start()):
        return s
    return opener.start(opener.lastindex or 0)


def _skip_bare_lead(text: str, s: int, end: int) -> int:
    """Past a chain of times, places and manner adverbs before a clause without "that":
    "said *Monday* the plan ...", "said *earlier this month* the budget ...", "said *in Iowa on
    Saturday* the deal ..." (``s`` when no clause follows).

    >>> t = "earlier this month the budget was too large"
    >>> t[_skip_bare_lead(t, 0, len(t)):]
    'the budget was too large'
    """
    pos = s
    while (m := _BARE_LEAD_RE.match(text, pos, end)) is not None:
        pos = m.end()
    if pos == s or not _CLAUSE_AFTER_LEAD_RE.match(text, pos, end):
        return s
    return pos


# one link of a chain of times and occasions before a clause without "that": "said *Monday* the
# plan ...", "said *in a statement* the deal ...", "said *in Iowa on Saturday* the ..."
_BARE_LEAD_RE = re.compile(
    r"(?:(?:on|late|early|earlier|later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|yesterday|tonight|later|earlier|afterwards?|again|also|privately|publicly|repeatedly|aloud|"
    r"(?:last|this|next)\s+(?:week|month|year|night|spring|summer|fall|autumn|winter)|"
    r"(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+ago|"
    r"in\s+an?\s+(?:\w+\s+)?(?:statement|interview|email|e-mail|tweet|post|letter|speech|memo|op-ed)|"
    r"(?:in|at)\s+(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,2}|"
    r"(?:morning|afternoon|evening|night)))\b,?\s+",
    re.IGNORECASE)
# what may open the clause after such a chain: a determiner, a pronoun, a name, a number, or a plural
# noun before an auxiliary ("said last week *voters were* tired")
_CLAUSE_AFTER_LEAD_RE = re.compile(
    r"(?:the|a|an|his|her|their|its|this|these|those|some|many|most|no|he|she|they|we|it|there|whether)\b(?!,)"
    r"|(?-i:I\b|[A-Z0-9$])|(?-i:[a-z]+s)\s+(?:were|are|had|have|would|will|could|should|may|might|must|can)\b",
    re.IGNORECASE)


_CLAUSE_END_RE = re.compile(r"[,;:.!?\u2014\u2013(]|\s-\s|\s--\s")


def clause_content(text: str, start: int, end: int, clause: bool) -> tuple[int, int] | None:
    """From ``start`` to the end of its clause (a that/to clause runs to ``end``, the sentence
    end), trailing punctuation trimmed; None without a word.

    >>> t = "his claim that taxes rise, and more"
    >>> s, e = clause_content(t, t.index("taxes"), len(t), False); t[s:e]
    'taxes rise'
    """
    stop = end
    if not clause:
        m = _CLAUSE_END_RE.search(text, start, end)
        stop = m.start() if m else end
    s, e = strip_trailing_punct(text, start, stop)
    return (s, e) if has_word(text, s, e) else None


_LEAD_PUNCT_CHARS = frozenset(",:;-\u2014\u2013 ")
_LEAD_PUNCT_RE = re.compile(r"(?:[,:;]|\s*(?:\u2014|\u2013|--?)(?=\s))\s*")


def trim_lead_punct(text: str, raw: RawAttribution) -> None:
    """Drop a comma, colon or spaced dash that opens a content fragment: "saying, "..."",
    "writing: "..."" (PolNeAR train: no gold content starts with one). Done last, since a
    content that opens with a comma is how the frames tell an aside ("A, he said, B").

    >>> t = 'He left, saying, "We won."'
    >>> raw = RawAttribution((9, 15), None, [(15, len(t))], Pattern.SOURCE_VERB_CONTENT, 0, "r", "")
    >>> trim_lead_punct(t, raw); t[slice(*raw.content[0])]
    '"We won."'
    """
    if all(text[s:s + 1] not in _LEAD_PUNCT_CHARS for s, _ in raw.content):
        return  # the common case: the content opens with a word or a quotation mark
    fixed = []
    for s, e in raw.content:
        m = _LEAD_PUNCT_RE.match(text, s, e)
        if m and has_word(text, m.end(), e):
            s = m.end()
        fixed.append((s, e))
    raw.content = fixed


# the preposition a cue takes ("complained *about* X", "warned *against* X", "boasted *of* X"):
# PolNeAR puts it in the cue, not the content (session 7, train error analysis: gold starts past
# it in 158 matched contents, at it in 25; the move changes 305 train contents, 92 now exact, 12
# exact before). Not before a number or a circumstance ("about 40 rabbis", "on Monday that").
_CUE_PREP_RE = re.compile(
    r"(about|against|of|upon|for|on|with|from|at|over)\s+"
    r"(?!(?:\$|\d|a\s+(?:dozen|third|quarter|half)\b|half\b|least\b|most\b|first\b|one\s+point\b|"
    r"the\s+(?:first|time|moment)\b|example\b|instance\b|now\b|a\s+(?:long\s+)?(?:while|time)\b|"
    r"(?:\w+\s+)?(?:days|weeks|months|years|decades)\b|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"hundred|dozen)s?\b))")
_CUE_PREP_WINDOW = 60  # characters in which a "that" would make the words a circumstance


def move_cue_preposition(text: str, raw: RawAttribution) -> None:
    """A content that opens with the preposition its cue takes gives that word to the cue:
    "complained about the tone" -> cue "complained about", content "the tone".

    >>> t = 'He complained about the tone.'
    >>> raw = RawAttribution((3, 13), None, [(14, 28)], Pattern.SOURCE_VERB_CONTENT, 0, "r", "")
    >>> move_cue_preposition(t, raw); t[slice(*raw.cue)], t[slice(*raw.content[0])]
    ('complained about', 'the tone')
    """
    if not raw.content or raw.pattern in _CONTENT_FIRST:
        return
    s, e = raw.content[0]
    if s < raw.cue[1] or text[raw.cue[1]:s].strip():
        return  # the content does not follow the cue right away
    m = _CUE_PREP_RE.match(text, s, e)
    if m is None or not has_word(text, m.end(), e) or \
            _THAT_NEAR_RE.search(text, m.end(), min(e, m.end() + _CUE_PREP_WINDOW)):
        return
    raw.cue = (raw.cue[0], m.end(1))
    raw.content[0] = (m.end(), e)


_CONTENT_FIRST = (Pattern.CONTENT_SOURCE_VERB, Pattern.CONTENT_VERB_SOURCE, Pattern.ACCORDING_TO)
# "said on NBC's show that ...", "acknowledged for the first time Friday that ...": the clause
# after is the content, and the words before it a circumstance
_THAT_NEAR_RE = re.compile(r"\bthat\b|:")


def content_after(ctx: Ctx, start: int) -> tuple[int, int] | None:
    """Content from ``start`` to the end of the sentence (or of the quote it opens).

    >>> from claimtrace.model import Span
    >>> t = "Ann said on Monday that the pier was shut."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> s, e = content_after(ctx, t.index(" on")); t[s:e]
    'that the pier was shut'
    """
    text, sent = ctx.text, ctx.sent
    s, e = strip_ws(text, start, sent.end)
    s = _skip_adverbial_lead(text, s, e)
    quote = _quote_running_on(ctx.quotes, text, s, e)
    if quote is not None:
        return quote
    if e > s and text[e - 1] != '"':
        s, e = strip_trailing_punct(text, s, e)
    return (s, e) if has_word(text, s, e) else None


def _quote_running_on(quotes: list[tuple[int, int]], text: str, s: int,
                      e: int) -> tuple[int, int] | None:
    """The content ``s``..``e`` widened to a quote that runs on past ``e``: a direct quote
    opening at ``s``, or a quote opened inside the content that closes in a later sentence
    ("said that "A. B.""; session 7, train error analysis: 126 contents changed, 60 now exact,
    3 before). ``quotes`` are sorted and do not overlap, so only the quote opening at ``s`` and
    the last one opening before ``e`` can run past ``e`` (found by bisection: a run-on sentence
    of thousands of quoted lines asks once per cue).

    >>> t = 'She said that "the pier. It is shut." Then'
    >>> _quote_running_on([(14, 37)], t, 14, 24), _quote_running_on([(14, 37)], t, 9, 24)
    ((14, 37), (9, 37))
    """
    first = bisect_left(quotes, (s, -1))  # the first quote opening at or after s
    if first < len(quotes) and quotes[first][0] == s and quotes[first][1] > e:
        return s, quotes[first][1]  # a direct quote that runs on past this sentence
    last = bisect_left(quotes, (e, -1)) - 1  # the last quote opening before e
    if last >= first:
        qs, qe = quotes[last]
        if s < qs and e < qe and text[qe - 1] == '"':
            return s, qe
    return None


def content_before(ctx: Ctx, end: int) -> tuple[int, int] | None:
    """Content from the sentence start (or the quote that began earlier) to ``end``.

    >>> from claimtrace.cues import quote_regions
    >>> from claimtrace.model import Span
    >>> t = '"The pier is shut. It is over," she said.'
    >>> ctx = Ctx(t, Sentence(1, Span.of(t, 19, len(t)), 0), quote_regions(t, 0, len(t)), None, [])
    >>> s, e = content_before(ctx, t.index(" she")); t[s:e]
    '"The pier is shut. It is over,"'
    """
    text, sent = ctx.text, ctx.sent
    start = dateline_end(text, sent.start, end)  # "RALEIGH, N.C. - X rose, Y said": not the place
    for qs, qe in ctx.quotes:
        if qs < sent.start < qe:  # the sentence starts inside a quote opened earlier
            start = qs
    s, e = strip_ws(text, start, end)
    if e > s and text[e - 1] == ",":
        e -= 1
    s, e = strip_ws(text, s, e)
    return (s, e) if has_word(text, s, e) else None


def boundary_before(text: str, floor: int, pos: int) -> int | None:
    """Offset of the comma/closing quote/dash right before ``pos`` (ignoring spaces).

    >>> t = '"It is over," she said.'
    >>> b = boundary_before(t, 0, t.index("she")); b, t[b], boundary_before(t, 0, t.index("said"))
    (12, '"', None)
    """
    i = pos - 1
    while i >= floor and text[i].isspace():
        i -= 1
    if i >= floor and text[i] in ',"\u2014\u2013':
        return i
    return None


def is_participle(text: str, cue: Cue) -> bool:
    """Is the cue's verb an -ing form ("saying", "referring to")?

    >>> from claimtrace.cues import find_cues
    >>> t = "He left, saying the pier was shut. Ann said so."
    >>> [(c.span_text(t), is_participle(t, c)) for c in find_cues(t, 0, len(t), [])]
    [('saying', True), ('said', False)]
    """
    space = text.find(" ", cue.verb_start, cue.end)
    return text.endswith("ing", cue.verb_start, space if space >= 0 else cue.end)


def _lead_before_source(ctx: Ctx, source: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence's words before a source that a comma or closing quote sets off
    ("*In Miami*, Mr. Regalado said, ..."); None when the source opens the sentence."""
    b = boundary_before(ctx.text, ctx.sent.start, source[0])
    if b is None or b <= ctx.sent.start:
        return None
    return content_before(ctx, b + 1 if ctx.text[b] == '"' else b)


def _aside_content(ctx: Ctx, raw: RawAttribution, source: tuple[int, int], s: int, e: int) -> bool:
    """"A, he said, B" -> A and B; "“A,” he said, noting X" -> A; "He said, “A.”" -> the quote."""
    text = ctx.text
    after = content_after(ctx, strip_ws(text, s + 1, e)[0])
    if after is None:
        return False
    lead = _lead_before_source(ctx, source)
    if text[after[0]] == '"' or lead is None:
        raw.content = [after]
    elif _ASIDE_PARTICIPLE_RE.match(text, after[0]):
        _make_content_first(raw, lead)
    else:
        raw.content = [lead, after]
        raw.rule = _renamed(raw.rule, "parenthetical")
    return True


def _renamed(rule: str, name: str) -> str:
    """"source_verb_content:speech" -> "parenthetical:speech" (the cue kind stays)."""
    return f"{name}:{rule.rsplit(':', 1)[-1]}" if ":" in rule else name


def _make_content_first(raw: RawAttribution, lead: tuple[int, int]) -> None:
    raw.content = [lead]
    raw.pattern = Pattern.CONTENT_SOURCE_VERB
    raw.rule = _renamed(raw.rule, "content_first_aside")


def _quote_then_adverbial(ctx: Ctx, raw: RawAttribution, source: tuple[int, int], s: int,
                          e: int) -> bool:
    """"“A,” he said Sunday on NBC." / "“A,” Stein told the protesters.": what follows the cue
    is circumstance, and the quotation before the source is the content."""
    text = ctx.text
    b = boundary_before(text, ctx.sent.start, source[0])
    if b is None or text[b] != '"' or _CLAUSE_START_RE.match(text, s) or '"' in text[s:e] \
            or text.count(" ", s, e) >= _MAX_ADVERBIAL_WORDS \
            or quoted_name_lead(ctx, b) is not None:
        return False
    lead = _lead_before_source(ctx, source)
    if lead is None:
        return False
    _make_content_first(raw, lead)
    return True


# blind batch 21 (session 16): 'One woman in a red "Make America Great Again" cap, who ...,
# said she worried ...' had read the slogan as the content and "cap" as the speaker
_MODIFIER_LEAD_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|this|that)"
                               r"(?:\s+[a-z][\w\-]*)?\s*$", re.IGNORECASE)  # "a red", "the so-called"


def quoted_name_lead(ctx: Ctx, close: int) -> int | None:
    """Where the article or possessive before a quotation that names something inside a noun
    phrase begins (a slogan on a cap, a movement's name), for the quotation closing at
    ``close``; None when the quotation gives words said. Such a quotation ends on a letter,
    with no comma or full stop inside its marks, and follows an article or possessive (and one
    more word).

    A quotation that ends on a letter and follows "a" (``'a "Make America Great Again" hat'``)
    names the hat; ``'"We will win," officials said'`` ends on a comma and is speech.

    >>> from claimtrace.cues import quote_regions
    >>> from claimtrace.model import Span
    >>> t = 'A man in a red "Make America Great Again" cap said, "We will win."'
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), quote_regions(t, 0, len(t)), None, [])
    >>> lead = quoted_name_lead(ctx, t.index('" cap')); t[lead:t.index(" cap")]
    'a red "Make America Great Again"'
    >>> quoted_name_lead(ctx, len(t) - 1) is None  # the closing quotation ends on "."
    True
    """
    text = ctx.text
    if not text[close - 1:close].isalnum():
        return None
    opening = next((qs for qs, qe in ctx.quotes if qe == close + 1), None)
    lead = _MODIFIER_LEAD_RE.search(text, max(0, opening - 12), opening) if opening is not None else None
    return lead.start() if lead is not None else None


def repair_aside(ctx: Ctx, raw: RawAttribution) -> None:
    """Content cut after a cue that is only an aside to the sentence's real content.

    >>> from claimtrace.model import Span
    >>> t = "The pier, he said, is shut."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> raw = RawAttribution((13, 17), (10, 12), [(17, 26)], Pattern.SOURCE_VERB_CONTENT, 0,
    ...                      "source_verb_content:speech", "")
    >>> repair_aside(ctx, raw); [t[s:e] for s, e in raw.content], raw.rule
    (['The pier', 'is shut'], 'parenthetical:speech')
    """
    source = raw.source
    if not raw.rule.startswith("source_verb_content") or source is None \
            or len(raw.content) != 1 or source[1] > raw.cue[0]:
        return
    s, e = raw.content[0]
    if ctx.text[s] == ",":
        fixed = _aside_content(ctx, raw, source, s, e)
    else:
        fixed = _quote_then_adverbial(ctx, raw, source, s, e)
    if fixed:
        raw.extra["aside"] = True
