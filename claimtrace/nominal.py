"""Nominal cues: a statement or stance named by a noun with its possessor as the source.

"his support for a path to citizenship", "Trump's claim that the vote was rigged", "her call
to end the program": PolNeAR-style annotation marks the noun as the cue, the possessor as the
source and what follows the preposition (or the that/to clause) as the content.

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
    verb = _AUX_RE.search(text, max(start, m.start() - 30), m.start()).start()
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
    return re.compile(r"(?<![\w\-])" + _noun_pattern() + r"(?![\w\-])")


def nominal_frames(text: str, start: int, end: int, sentence: int,
                   quotes: list[tuple[int, int]]) -> list[RawAttribution]:
    """Nominal attributions in ``text[start:end]`` (one sentence), outside direct quotes."""
    out: list[RawAttribution] = []
    if not _noun_re().search(text, start, end):
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
