"""Attributions without a reporting verb or a statement noun.

Three shapes that PolNeAR-style annotation marks as attributions:

- a stance adjective after a copula, the subject as the source: "the farmers are skeptical of
  the rules", "she was quick to point out that ...";
- "known as" / "known for", with no source: "the line, long known as the slowest, ...";
- a poll as the source of a finding: "In a new Harlow poll, most residents ...", "Ortiz leads
  in the latest survey";
- a point of view that opens the sentence: "To Sharp, Trump is the man who saved her farm"
  ("For X, ..." was tried: mostly not a view but a topic).

>>> t = "The farmers are deeply skeptical of the new water rules."
>>> [(t[r.source[0]:r.source[1]], t[r.cue[0]:r.cue[1]], r.rule) for r in verbless_frames(t, 0, len(t), 0, [])]
[('The farmers', 'are deeply skeptical of', 'stance_adjective')]
"""

from __future__ import annotations

import re
from functools import cache

from .cues import in_regions
from .frame_context import RawAttribution, clause_content
from .lexicons import stance_adjectives
from .model import Pattern, SourceType
from .sources import classify
from .spans import boundary_between, has_word, left_np, strip_trailing_punct, words
from .trie import trie_pattern

__all__ = ["verbless_frames"]

# A copula (an optional negation, up to three adverbs) before the stance adjective.
_COPULA = (r"(?P<cop>\b(?:is|are|was|were|am|be|been|being|remains?|remained|seems?|seemed|"
           r"appears?|appeared|becomes?|became|grew|grows|feels?|felt|looks?|looked)"
           r"(?:n['\u2019]t)?|['\u2019](?:s|re|m))")
_DEGREE = (r"(?:\s+(?:not|also|still|very|so|too|more|less|most|deeply|increasingly|particularly|"
           r"especially|highly|openly|sharply|fiercely|notably|clearly|equally|quite|really|"
           r"generally|publicly|already|even|never|always|long|all|both|now|often|usually|far|"
           r"much|rather|somewhat|extremely|intensely|strongly|vocally|harshly|broadly|largely|"
           r"mostly|visibly|privately|initially|once|just)){0,3}")
_KNOWN_RE = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|became|become|becomes|has|have|had|also|long|now|widely|"
    r"best|better|derisively|affectionately|colloquially|popularly|commonly|officially|"
    r"informally|once|not|well|still|often|sometimes|locally)\s+){0,3}known\s+(?P<prep>as|for)\b",
    re.IGNORECASE)
# "in" + a poll, but not after a noun the poll counts ("voters in the poll said ...")
# (session 7, train error analysis: also a capitalised "Poll"/"Survey" in a poll's name, "the most
# recent", "an early-October": 7 of 8 new train cues right; plural "in the polls" was tried and
# dropped: 11 of 68 right, mostly a standing in the race, not a finding: "rose in the polls")
_POLL_RE = re.compile(
    r"(?<!percent )(?<!respondents )(?<!voters )(?<!people )(?<!Americans )(?<!those )"
    r"(?<!Democrats )(?<!Republicans )(?<!participants )"
    r"\b(?P<cue>[Ii]n)\s+(?P<src>(?:(?:a|an|the|this|that|[A-Z][\w\-/.&'\u2019]*|new|latest|recent|"
    r"same|\d+[\w\-]*|national|statewide|similar|separate|another|one|two|early|mid|late|most|"
    r"[a-z]+-[A-Za-z]+)\s+){1,7}?(?:[Pp]oll|[Ss]urvey))\b")
_OPENERS = ("", "But", "And", "Yet")
# what the poll's own name may run on with: "released Monday", ", conducted in May,",
# "last month", "from Quinn College"
_POLL_TAIL_RE = re.compile(r",?\s+(?:(?P<part>released|conducted|taken|published)\b"
                           r"|(?:last|this)\s+(?:week|month|year|spring|summer|fall|winter)\b"
                           r"|from\s+(?:the\s+)?[A-Z][\w\-/.&]*(?:\s+[A-Z][\w\-/.&]*)*)")
# lower-case words a participle's dates and agents are made of ("released late last week")
_POLL_DATE_WORDS = frozenset("by on in for of the and last this earlier early late week month "
                             "year weekend night morning".split())


@cache
def _stance_re() -> re.Pattern[str]:
    adjective = trie_pattern(stance_adjectives())
    return re.compile(_COPULA + _DEGREE + r"\s+(?P<adj>" + adjective + r")\s+(?P<prep>of|about|"
                      r"to|that|in|with|toward|towards|over|on)\b")


@cache
def _adjective_re() -> re.Pattern[str]:
    """Any stance adjective after a space: a quick test before the full pattern (the leading
    whitespace lets the regex engine skip most positions; a stance adjective always follows
    its copula)."""
    return re.compile(r"\s(?:" + trie_pattern(sorted(stance_adjectives())) + r")\b")


def _stances(text: str, start: int, end: int, sentence: int,
             quotes: list[tuple[int, int]]) -> list[RawAttribution]:
    """"The union remains critical of the plan": the subject holds the stance."""
    out = []
    for m in _stance_re().finditer(text, start, end):
        if in_regions(m.start("adj"), quotes):
            continue
        src = left_np(text, start, m.start("cop"))
        prep = m.group("prep").lower()
        clause = prep in ("that", "to")
        content = clause_content(text, m.end("prep"), end, clause)
        if src is None or content is None:
            continue
        cue_end = m.end("adj") if clause else m.end("prep")
        out.append(RawAttribution(
            (m.start("cop"), cue_end), src, [content], Pattern.BELIEF, sentence, "stance_adjective",
            f"{text[src[0]:src[1]]!r} + stance adjective {m.group('adj')!r}"))
    return out


def _known_as(text: str, start: int, end: int, sentence: int,
              quotes: list[tuple[int, int]]) -> list[RawAttribution]:
    """"long known as the slowest line": a name or reputation that no one is said to give."""
    out = []
    for m in _KNOWN_RE.finditer(text, start, end):
        content = clause_content(text, m.end(), end, False)
        if in_regions(m.start(), quotes) or content is None:
            continue
        out.append(RawAttribution(m.span(), None, [content], Pattern.NO_SOURCE, sentence,
                                  "known_as", f"{m.group()!r} names no source"))
    return out


def _poll_findings(text: str, start: int, end: int, sentence: int,
                   quotes: list[tuple[int, int]]) -> list[RawAttribution]:
    """"In a new Harlow poll, most residents backed the bridge" / "Ortiz leads in the latest
    survey": the poll is the source of the finding."""
    out = []
    for m in _POLL_RE.finditer(text, start, end):
        if in_regions(m.start(), quotes):
            continue
        src = _poll_tail(text, m.start("src"), m.end("src"), end)
        if text[start:m.start()].strip() in _OPENERS:  # the poll opens the sentence
            comma = text.find(",", src[1], end)
            content = clause_content(text, comma + 1, end, True) if comma >= 0 else None
        else:  # the finding comes first
            s, e = strip_trailing_punct(text, start, m.start())
            content = (s, e) if has_word(text, s, e) else None
        if content is None:
            continue
        out.append(RawAttribution(
            m.span("cue"), src, [content], Pattern.ACCORDING_TO, sentence, "poll_finding",
            f"{m.group('cue')!r} + poll {text[src[0]:src[1]]!r}"))
    return out


def _poll_tail(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The poll's span with what names it further: "In a Harlow poll *released Monday*, ...".

    >>> t = "In a Harlow poll released Monday, most residents backed the bridge."
    >>> t[slice(*_poll_tail(t, 3, 16, len(t)))]
    'a Harlow poll released Monday'
    """
    m = _POLL_TAIL_RE.match(text, end, limit)
    if m is None:
        return start, end
    stop = m.end()
    if m.group("part"):  # then names, numbers and date words: "released late last week by NBC"
        for s, e in words(text, m.end(), limit)[:8]:
            word = text[s:e]
            if boundary_between(text, stop, s) or not (
                    word[0].isupper() or word[0].isdigit() or word in _POLL_DATE_WORDS):
                break
            stop = e
    return start, strip_trailing_punct(text, start, stop)[1]


# "To Sharp, ...", "To many Republicans, ...": the holder of a view, then the view
_VIEWPOINT_RE = re.compile(r"(?:(?:But|And|Yet)\s+)?(?P<cue>To)\s+(?P<src>(?:him|her|them|me|us|"
                           r"(?:many|some|most|these|those|his|her|their)\s+[a-z]+|"
                           r"(?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*))\s*,")
_VIEWPOINT_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.UNNAMED_GROUP,
                              SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_SPECIFIC})


def _viewpoint(text: str, start: int, end: int, sentence: int) -> list[RawAttribution]:
    """"To Sharp, Trump is the man who saved her farm": whose view the sentence gives."""
    m = _VIEWPOINT_RE.match(text, start, end)
    if m is None:
        return []
    info = classify(m.group("src"))
    if info.type not in _VIEWPOINT_TYPES and info.pronoun not in ("him", "her", "them", "me", "us"):
        return []
    content = clause_content(text, m.end(), end, True)
    if content is None:
        return []
    return [RawAttribution(m.span("cue"), m.span("src"), [content], Pattern.SOURCE_VERB_CONTENT,
                           sentence, "viewpoint", f"{m.group('cue')!r} + holder {m.group('src')!r}")]


# "In Bolton's view, ...", "..., which in his view has grown": whose opinion the clause gives
# (PolNeAR train: "in" + possessor + "view" outside quotations, 7 of 10 annotated; "in my
# mind", "in their eyes", "in her words", "in my opinion" were mostly not, or inside quotes)
_IN_VIEW_RE = re.compile(r"\b[Ii]n\s+(?P<src>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[A-Z][\w.\-]*\s+){0,3}"
                         r"[A-Z][\w.\-]*(?:['\u2019]s|s['\u2019]))\s+(?P<cue>view)\b")


_VIEW_THAT_RE = re.compile(r"\s+that\s+")


def _in_view(text: str, start: int, end: int, sentence: int,
             quotes: list[tuple[int, int]]) -> list[RawAttribution]:
    """"In Ash's view, the change would help": the possessor holds the view; the content is
    the clause after the comma when the phrase opens the sentence, else the whole sentence.

    >>> t = "In Ash's view, the change would help insiders."
    >>> [(t[r.source[0]:r.source[1]], t[r.content[0][0]:r.content[0][1]]) for r in _in_view(t, 0, len(t), 0, [])]
    [("Ash's", 'the change would help insiders')]
    """
    out = []
    for m in _IN_VIEW_RE.finditer(text, start, end):
        if in_regions(m.start(), quotes):
            continue
        that = _VIEW_THAT_RE.match(text, m.end(), end)
        if that is not None:  # "... unanimous in their view that charges were not warranted"
            content = clause_content(text, that.end(), end, True)  # (blind batch 30, session 16)
        elif text[start:m.start()].strip() in _OPENERS:
            comma = text.find(",", m.end(), min(end, m.end() + 3))
            content = clause_content(text, comma + 1, end, True) if comma >= 0 else None
        else:
            content = clause_content(text, start, end, True)
        if content is None:
            continue
        out.append(RawAttribution(m.span("cue"), m.span("src"), [content], Pattern.SOURCE_VERB_CONTENT,
                                  sentence, "in_view", f"'in' + {m.group('src')!r} + 'view'"))
    return out


def verbless_frames(text: str, start: int, end: int, sentence: int, quotes: list[tuple[int, int]],
                    *, cue_words: bool = True) -> list[RawAttribution]:
    """The verbless attributions of one sentence ``text[start:end]``, outside direct quotes.
    Each pattern runs only when a cheap test finds its key word in the sentence.
    ``cue_words=False``: the caller found no stance adjective after a space in the sentence.

    >>> t = "In a new Harlow poll, most residents backed the bridge."
    >>> [(t[slice(*r.source)], r.rule) for r in verbless_frames(t, 0, len(t), 0, [])]
    [('a new Harlow poll', 'poll_finding')]
    >>> t = "The farmers are deeply skeptical of the rules."
    >>> [len(verbless_frames(t, 0, len(t), 0, [], cue_words=c)) for c in (True, False)]
    [1, 0]
    """
    out: list[RawAttribution] = []
    if cue_words and _adjective_re().search(text, start, end):
        out += _stances(text, start, end, sentence, quotes)
    chunk = text[start:end]
    if "known" in chunk:
        out += _known_as(text, start, end, sentence, quotes)
    if "poll" in chunk or "Poll" in chunk or "urvey" in chunk:  # not every "dollar" ("oll")
        out += _poll_findings(text, start, end, sentence, quotes)
    if chunk[:2] in ("To", "Bu", "An", "Ye"):
        out += _viewpoint(text, start, end, sentence)
    if " view" in chunk:
        out += _in_view(text, start, end, sentence, quotes)
    return out
