"""Cataphora: an unnamed description that the next sentences name.

News prose often holds a name back: "*A federal judge* in Manhattan on Tuesday blocked the rule
... *The judge, Ann Vale,* wrote that ..." or "... *Judge Ann Vale* wrote". The first mention is
then a named person (TAXONOMY: a description that resolves to someone named in the article is
named_person), not an anonymous source. Only the three sentences after the mention are read; a
mention that gives a reason for anonymity stays unnamed.

Found in the blind batches (session 14's known errors; batch 5: "A federal judge ... Judge
Nelva Gonzales Ramos"). PolNeAR train's silver types never read ahead: of the 6 train
attributions this retypes (all judges, e.g. "a federal judge ruled Monday. U.S. District
Magistrate Judge ..."), silver calls every one anonymous.

>>> t = "Court Halts Rule\\n\\nA federal judge blocked the rule. The judge, Ann Vale, wrote that it failed."
>>> named_later(t, "judge", t.index(" blocked"), t.index(" wrote") + 20)
'Ann Vale'
"""

from __future__ import annotations

import re

from .lexicons import phrase_set

__all__ = ["named_later"]

# (a first initial may lead: "Judge G. Murray Snow", blind batch 25, session 16)
_NAME = r"(?P<name>(?:[A-Z]\.\s+)?[A-Z][a-z'\u2019\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z'\u2019\-]+){1,2})"
# "The <head>, NAME," and "NAME, the ... <head>": the head is a group, checked against the
# unnamed person's head after the match (no pattern compiled per head); a title's "<Head> NAME"
# is found by _titled
_LATER_RES = (
    re.compile(r"\b[Tt]he\s+(?P<desc>(?:[\w.'\u2019\-]+\s+){0,3}?)(?P<head>[a-z]+),\s+" + _NAME),
    re.compile(_NAME + r",\s+(?:the|a|an)\s+(?P<desc>(?:[\w.'\u2019\-]+\s+){0,5}?)(?P<head>[a-z]+)\b"),
)
_NAME_RE = re.compile(r"\s+" + _NAME)
# what makes a later "<head>" another person of that noun: "another judge", "a second judge"
_ANOTHER_BEFORE_RE = re.compile(r"\b(?:[Aa]nother|[Aa]\s+second|[Oo]ne|[Aa]n?)\s+(?:[\w'\-]+\s+){0,3}$")


def named_later(text: str, head: str, start: int, end: int, *, near_end: int | None = None,
                mention: str = "") -> str | None:
    """The name that ``text[start:end]`` gives the person first described with ``head``
    ("judge"), or None. ``start`` is the end of the unnamed mention, ``end`` the end of the
    last sentence that may name it; a title alone ("Judge Ann Vale") counts only up to
    ``near_end`` (a senator named by title three sentences on is often another one). Another
    person of that noun in between stops the search ("a second judge", "another judge"), and
    so does a name of the other party ("a Democratic senator" ... "Senator X, the No. 2
    Republican"; PolNeAR train).

    >>> t = "A federal judge blocked the rule. Judge Ann Vale wrote that it failed."
    >>> named_later(t, "judge", t.index(" blocked"), len(t))
    'Ann Vale'
    >>> t = "A federal judge blocked the rule. Another judge, Ann Vale, disagreed."
    >>> named_later(t, "judge", t.index(" blocked"), len(t)) is None
    True
    """
    head = head.lower()
    if not head.isalpha() or _another_between(text, head, start, end):
        return None
    found: list[tuple[int, str]] = []
    for pattern in _LATER_RES:
        for m in pattern.finditer(text, start, end):
            if m.group("head").lower() == head and not _other_side(mention, m.group("desc")):
                found.append((m.start(), m.group("name")))
                break
    if head in phrase_set("titles.txt"):
        titled = _titled(text, head, start, end if near_end is None else near_end)
        found += [titled] if titled is not None else []
    for at, name in sorted(found):
        if not _other_party(mention, text[at:at + 120]):
            return name
    return None


def _other_side(mention: str, desc: str) -> bool:
    """Do the two descriptions name different sides ("A *Sanders* precinct captain" ... "The
    *Clinton* captain, Mark Sorensen": blind batch 10)? Their capitalised modifiers differ."""
    own = {w for w in mention.split()[1:] if w[:1].isupper()}
    other = {w for w in desc.split() if w[:1].isupper()}
    return bool(own) and bool(other) and not own & other


_PARTY_RE = re.compile(r"\b(Democrat|Republican|GOP)", re.IGNORECASE)


def _other_party(mention: str, near: str) -> bool:
    """Does the named mention's stretch ``near`` give the other party than ``mention``?"""
    own = {m.group(1).lower().replace("gop", "republican") for m in _PARTY_RE.finditer(mention)}
    if len(own) != 1:
        return False
    there = {m.group(1).lower().replace("gop", "republican") for m in _PARTY_RE.finditer(near)}
    return bool(there) and not there & own


def _titled(text: str, head: str, start: int, end: int) -> tuple[int, str] | None:
    """The first "<Head> NAME" ("Judge Ann Vale") between ``start`` and ``end``: where, and the name."""
    title = head.capitalize()
    at = text.find(title, start, end)
    while at >= 0:
        m = _NAME_RE.match(text, at + len(title), end)
        if m is not None and (at == 0 or not text[at - 1].isalpha()):
            return at, m.group("name")
        at = text.find(title, at + 1, end)
    return None


def _another_between(text: str, head: str, start: int, end: int) -> bool:
    """Is there "a/another/a second ... <head>" between ``start`` and ``end``?"""
    at = text.find(head, start, end)
    while at >= 0:
        if (at + len(head) >= len(text) or not text[at + len(head)].isalpha()) \
                and _ANOTHER_BEFORE_RE.search(text, max(start, at - 40), at):
            return True
        at = text.find(head, at + 1, end)
    return False
