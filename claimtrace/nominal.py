"""Nominal cues: a statement or stance named by a noun with its possessor as the source.

"his support for a path to citizenship", "Trump's claim that the vote was rigged", "her call
to end the program": PolNeAR-style annotation marks the noun as the cue, the possessor as the
source and what follows the preposition (or the that/to clause) as the content. Only the nouns
of ``lexicons/nominal_cues.txt`` are read as cues ("claim", "promise", "warning", "calls" ...;
not "support", nor a singular "call").

>>> text = "Fiorina's claim that the merger worked was disputed."
>>> [(text[r.source[0]:r.source[1]], text[r.cue[0]:r.cue[1]]) for r in nominal_frames(text, 0, len(text), 0, [])]
[("Fiorina's", 'claim')]
"""

from __future__ import annotations

import re
from functools import cache

from .cues import in_regions
from .frame_context import RawAttribution, clause_content
from .lexicons import nominal_cue_forms
from .model import Pattern
from .spans import left_np
from .spans_right import right_np
from .trie import trie_pattern

_POSSESSOR = (r"(?P<src>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|"
              r"\b(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*(?:['\u2019]s|s['\u2019])|"
              r"\b[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*(?:['\u2019]s|s['\u2019]))")
_MODIFIER = r"(?:\s+(?!(?:that|for|of|to|about|on|against|and|or)\b)[a-z][\w\-]*){0,2}?"
_FOLLOW = r"\s+(?P<prep>that|for|of|to|about|on|against)\b"



# "Trump stepped up his attacks on ...": a verb that keeps, renews or escalates a statement
# already made; the clause's subject, not the bare possessive, is the source
_RENEWING_RE = re.compile(r"\b(?:continu|renew|repeat|reiterat|press|step|ramp|ratchet|escalat|"
                          r"expand|keep|kept|reboot|doubl|intensif|sharpen|ton)\w*"
                          r"(?:\s+(?:up|down|upon|on|down\s+on))?\s+$")
_AUX_RE = re.compile(r"(?:\b(?:is|are|was|were|has|have|had|will|would|now|also|again|then|"
                     r"just|only|has\s+been|have\s+been|\w+ly)\s+)*$")
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())


def _renewing_subject(text: str, start: int, src: tuple[int, int]) -> tuple[int, int]:
    """The subject of a renewing verb before a possessive pronoun, else the pronoun.

    >>> t = "Mara Quill stepped up her attacks on the plan."
    >>> s = _renewing_subject(t, 0, (22, 25)); t[s[0]:s[1]]
    'Mara Quill'
    """
    if text[src[0]:src[1]].lower() not in _POSSESSIVE_PRONOUNS:
        return src
    m = _RENEWING_RE.search(text, max(start, src[0] - 30), src[0])
    if m is None:
        return src
    aux = _AUX_RE.search(text, max(start, m.start() - 30), m.start())
    assert aux is not None  # the pattern may match nothing at the end, so it always matches
    verb = aux.start()
    subject = left_np(text, start, verb)
    return subject if subject is not None and subject[1] > verb - 3 else src


@cache
def _noun_pattern() -> str:
    """The noun forms as one trie-shaped alternation."""
    return trie_pattern(nominal_cue_forms())


@cache
def _nominal_re() -> re.Pattern[str]:
    noun = _noun_pattern()
    # a possessor starts with a capital or h/t/i/o ("his", "their", "its", "our"): a quick
    # first-letter check before the full pattern
    return re.compile(r"(?<![\w])(?=[A-Zhtio])" + _POSSESSOR + _MODIFIER + r"\s+(?P<noun>" + noun + r")(?![\w\-])" + _FOLLOW)


@cache
def _noun_re() -> re.Pattern[str]:
    """A noun form after whitespace: a quick test before :func:`_nominal_re`, which takes
    the noun only after ``\\s+`` (opening with a character class, not a lookbehind, lets
    the regex engine skip most positions: about twice as fast)."""
    return re.compile(r"\s" + _noun_pattern() + r"(?![\w\-])")


# "drew sharp criticism from both parties", "faced stern opposition from homeowners": a stance
# noun whose holder follows it (PolNeAR train, "criticism"/"opposition" + from/by: 14 of 24
# annotated; "support", "attacks", "questions", "comments", "pressure" from/by were below 0.3)
_AGENT_NOUN_RE = re.compile(r"(?<![\w\-])(?P<noun>[Cc]riticism|[Oo]pposition)\s+(?:from|by)\s+"
                            r"(?!(?:the\s+)?(?:start|outset|beginning|time|day|moment)\b)")
# what the stance is about, after its holder: "criticism from rivals *that ...*", "... *of X*"
_ABOUT_RE = re.compile(r"\s*,?\s+(?P<prep>that|of|to|over|about|for|against)\b")
# the same, inside a holder phrase that ran on ("of" belongs to "some of the homeowners")
_ABOUT_INSIDE_RE = re.compile(r"\s*,?\s+(?:that|to|over|about|for|against)\b")
# the verb that the thing criticised is the subject of: "The plan *has drawn* criticism from"
_DRAWN_RE = re.compile(r"\b(?:drew|draws|drawn|draw|drawing|faced|faces|face|facing|sparked|sparks|"
                       r"spark|prompted|prompts|received|receives|got|gotten|attracted|attracts|"
                       r"provoked|provokes|triggered|triggers|met\s+with|meets\s+with|come\s+under|"
                       r"came\s+under|comes\s+under|coming\s+under)\s+(?:[a-z][\w\-]*\s+){0,3}$")


def _agent_nouns(text: str, start: int, end: int, sentence: int,
                 quotes: list[tuple[int, int]]) -> list[RawAttribution]:
    """"The plan drew criticism from both parties": a stance noun and its holder after "from"
    or "by"; the content is what follows the holder ("... that it costs too much") or else
    the subject that drew the stance.

    >>> t = "The plan drew sharp criticism from both parties."
    >>> [(t[r.source[0]:r.source[1]], t[r.content[0][0]:r.content[0][1]])
    ...  for r in _agent_nouns(t, 0, len(t), 0, [])]
    [('both parties', 'The plan')]
    """
    out = []
    for m in _AGENT_NOUN_RE.finditer(text, start, end):
        if in_regions(m.start(), quotes):
            continue
        src = right_np(text, m.end(), end, any_first=True)
        if src is None:
            continue
        inner = _ABOUT_INSIDE_RE.search(text, src[0], src[1])  # "from Clinton *about* who can ..."
        if inner is not None and inner.start() > src[0]:
            src = (src[0], inner.start())
        about = _ABOUT_RE.match(text, src[1], end)
        content = None
        if about is not None:
            clause = about.group("prep") == "that"
            content = clause_content(text, about.start("prep") if clause else about.end(), end, clause)
        else:
            drawn = _DRAWN_RE.search(text, max(start, m.start() - 60), m.start())
            subject = left_np(text, start, _aux_start(text, start, drawn.start())) if drawn else None
            content = subject
        if content is None:
            continue
        out.append(RawAttribution(m.span("noun"), src, [content], Pattern.NOMINAL, sentence,
                                  "nominal_agent", f"noun cue {m.group('noun')!r} + holder "
                                  f"{text[src[0]:src[1]]!r}"))
    return out


_AUX_BEFORE_RE = re.compile(r"(?:\b(?:has|have|had|will|would|also|already|quickly|immediately|"
                            r"recently|[a-z]+ly)\s+)+$")


def _aux_start(text: str, floor: int, pos: int) -> int:
    """Where the auxiliaries before a verb begin ("The plan *has already* drawn ...")."""
    m = _AUX_BEFORE_RE.search(text, max(floor, pos - 40), pos)
    return m.start() if m else pos


def nominal_frames(text: str, start: int, end: int, sentence: int, quotes: list[tuple[int, int]],
                   *, cue_words: bool = True) -> list[RawAttribution]:
    """Nominal attributions in ``text[start:end]`` (one sentence), outside direct quotes.
    ``cue_words=False``: the caller found no noun form after a space in the sentence.

    >>> t = "Critics mocked his claim that the wall works."
    >>> [(t[slice(*r.source)], t[slice(*r.cue)], t[slice(*r.content[0])], r.rule)
    ...  for r in nominal_frames(t, 0, len(t), 0, [])]
    [('his', 'claim', 'that the wall works', 'nominal:speech')]
    >>> q = 'Critics mocked "his claim that the wall works."'
    >>> nominal_frames(q, 0, len(q), 0, [(15, len(q))])
    []
    """
    out: list[RawAttribution] = []
    if text.find("riticism", start, end) >= 0 or text.find("pposition", start, end) >= 0:
        out += _agent_nouns(text, start, end, sentence, quotes)
    if not cue_words or not _noun_re().search(text, start, end):
        return out  # most sentences hold none of the nouns: skip the possessor pattern
    for m in _nominal_re().finditer(text, start, end):
        if in_regions(m.start("noun"), quotes):
            continue
        prep = m.group("prep")
        clause = prep in ("that", "to")
        content = clause_content(text, m.start("prep") if clause else m.end("prep"), end, clause)
        if content is None:
            continue
        kind = nominal_cue_forms()[m.group("noun")]
        out.append(RawAttribution(
            m.span("noun"), _renewing_subject(text, start, m.span("src")), [content],
            Pattern.NOMINAL, sentence,
            f"nominal:{kind}",
            f"{m.group('src')!r} + noun cue {m.group('noun')!r} + {prep!r}"))
    return out
