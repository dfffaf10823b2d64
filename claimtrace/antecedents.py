"""Antecedents of pronoun sources, found in the text before them.

"Mike Pompeo arrived. He said ..." (a person named just before), "Many voters were angry.
They said ..." (a plural people noun phrase just before), "... a reaction from President
Jane Doe, who said ..." (the noun phrase a relative pronoun attaches to).

>>> t = "The plan drew a sharp reply from Governor Jane Doe, who said it would fail."
>>> info, words, _ = relative_antecedent(t, 0, t.index("who"))
>>> info.type.value, words
('named_person', 'Governor Jane Doe')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .attributions import RawAttribution
from .lexicons import noun_categories
from .model import Sentence, SourceType
from .sources import SourceInfo, classify
from .spans import left_np

if TYPE_CHECKING:
    from .coref import _Resolver

_NAME_RE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|President|Secretary|Minister)\.?\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'\-]+")


def pronoun_antecedent(info: SourceInfo, as_text: str, r: RawAttribution, resolver: _Resolver,
                       text: str, sentences: Sequence[Sentence]) -> tuple[SourceInfo, str]:
    """"Mike Pompeo arrived on Monday. He said ...": when no source so far fits "he", the last
    person named in this or the two sentences before is the antecedent."""
    recent_named = resolver._recent(lambda c: c.type is SourceType.NAMED_PERSON and not c.plural)
    if recent_named is not None and r.sentence - resolver.clusters[recent_named].last_sentence <= 2:
        return info, as_text
    start = sentences[max(0, r.sentence - 2)].start
    names = [m for m in _NAME_RE.finditer(text, start, r.source[0])  # type: ignore[index]
             if not text.endswith(("the ", "The "), 0, m.start())]  # "the Middle East"
    for m in reversed(names):
        named = classify(m.group(), context=text)
        if named.type is SourceType.NAMED_PERSON and named.name:
            return SourceInfo(SourceType.NAMED_PERSON, named.head, False, name=named.name,
                              evidence=f"pronoun {info.pronoun!r} -> {named.name!r}, named just before"), m.group()
    return info, as_text


_WORD_RE = re.compile(r"[A-Za-z][\w\-]*")


def _plural_head(word: str) -> bool:
    """Could ``word`` head a plural source ("officials", "voters", "Democrats", "police")?"""
    low = word.lower()
    if low in ("democrats", "republicans", "police", "people"):
        return True
    cat = noun_categories().get(low)
    return cat in ("role", "vague", "bare", "group") and low.endswith("s") and low not in (
        "others", "sources")


def plural_antecedent(info: SourceInfo, as_text: str, r: RawAttribution, resolver: _Resolver,
                      text: str, sentences: Sequence[Sentence]) -> tuple[SourceInfo, str]:
    """"Many voters were angry. They said ...": when no plural source so far fits "they",
    the last plural people noun phrase in this or the sentence before is the antecedent."""
    recent = resolver._recent(lambda c: c.plural)
    if recent is not None and r.sentence - resolver.clusters[recent].last_sentence <= 1:
        return info, as_text
    sent_start = sentences[max(0, r.sentence - 1)].start
    pairs = list(_NAME_PAIR_RE.finditer(text, sent_start, r.source[0]))  # type: ignore[index]
    for m in reversed(list(_WORD_RE.finditer(text, sent_start, r.source[0]))):  # type: ignore[index]
        if pairs and pairs[-1].end() >= m.end():
            return _named_pair(info, pairs[-1].group(), text, as_text)
        if not _plural_head(m.group()):
            continue
        floor = next((s.start for s in sentences if s.start <= m.start() < s.end), sent_start)
        np = left_np(text, floor, m.end()) or (m.start(), m.end())
        found = classify(text[np[0]:m.end()], context=text)
        if found.type is not SourceType.UNKNOWN and found.pronoun is None:
            return SourceInfo(found.type, found.head, True, name=found.name,
                              evidence=f"pronoun {info.pronoun!r} -> {text[np[0]:m.end()]!r}, "
                                       f"just before"), as_text
    return info, as_text


_NAME_PAIR_RE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Govs?)\.\s+)?[A-Z][a-z][\w'\-]*(?:\s+[A-Z][\w'\-]*\.?)*"
    r"\s+and\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][a-z][\w'\-]*(?:\s+[A-Z][\w'\-]*)*")


# a personal name in full ("Jim Risch") or with a title ("Mr. Cruz"), at the end of a conjunct
_FULL_NAME_RE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Govs?)\.\s+[A-Z][\w'\-]+|"
                           r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'\-]+)$")


def _named_pair(info: SourceInfo, pair: str, text: str, as_text: str) -> tuple[SourceInfo, str]:
    """"Mr. Rubio and Mr. Cruz ... They said": two people named together are "they"."""
    if not all(_FULL_NAME_RE.search(part) for part in pair.split(" and ")):
        return info, as_text  # "In Iowa and Ohio": places, not two people
    found = classify(pair, context=text)
    if found.type is not SourceType.NAMED_PERSON or found.pronoun is not None:
        return info, as_text
    return SourceInfo(SourceType.NAMED_PERSON, found.head, True, name=pair,
                      evidence=f"pronoun {info.pronoun!r} -> {pair!r}, named together just before"), as_text


def _relative_np(text: str, floor: int, rel_start: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun ("..., who said") follows."""
    end = rel_start
    while end > floor and text[end - 1] in " ,":
        end -= 1
    return left_np(text, floor, end) if end > floor else None


# the object of the last preposition in a phrase: "a reaction from *President Doe*"
_LAST_PP_RE = re.compile(r"^.*\b(?:from|for|with|of|by|to|against|among|about|on|at|behind|"
                         r"like|than|between)\s+", re.IGNORECASE | re.DOTALL)
_TIME_TAIL_RE = re.compile(r"\s+(?:(?:last|this|next|that)\s+(?:week|month|year)|today|"
                           r"yesterday|again|too|instead)$", re.IGNORECASE)


def relative_antecedent(text: str, floor: int,
                        rel_start: int) -> tuple[SourceInfo, str, int] | None:
    """What "who"/"which" at ``rel_start`` stands for: the noun phrase before it, or, when that
    phrase has no typed head ("a victory for Obama, who"), the object of its last preposition
    (a relative pronoun takes its antecedent's type). Returns its type, words and start."""
    span = _relative_np(text, floor, rel_start)
    if span is None:
        return None
    words = _TIME_TAIL_RE.sub("", text[span[0]:span[1]])
    info = classify(words, context=text)
    if info.type is SourceType.UNKNOWN and info.pronoun is None:
        tail = _LAST_PP_RE.sub("", words)
        if tail and tail != words:
            tail_info = classify(tail, context=text)
            if tail_info.type is not SourceType.UNKNOWN:
                return tail_info, tail, span[0] + len(words) - len(tail)
    return info, words, span[0]
