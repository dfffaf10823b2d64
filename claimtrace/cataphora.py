"""Cataphora: an unnamed description that the next sentences name.

News prose often holds a name back: "*A federal judge* in Manhattan on Tuesday blocked the rule
... *The judge, Ann Vale,* wrote that ..." or "... *Judge Ann Vale* wrote". The first mention is
then a named person (TAXONOMY: a description that resolves to someone named in the article is
named_person), not an anonymous source. Only the two sentences after the mention are read; a
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
from functools import lru_cache

from .lexicons import phrase_set

__all__ = ["named_later"]

_NAME = r"([A-Z][a-z'\u2019\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z'\u2019\-]+){1,2})"


@lru_cache(maxsize=256)
def _patterns(head: str) -> tuple[re.Pattern[str], ...]:
    """"The <head>, NAME,", "NAME, the/a ... <head>", and "<Head> NAME" for a title."""
    h = re.escape(head)
    found = [re.compile(r"\b[Tt]he\s+(?:[\w.'\u2019\-]+\s+){0,3}?" + h + r",\s+" + _NAME + r"\s*[,(]"),
             re.compile(_NAME + r",\s+(?:the|a|an)\s+(?:[\w.'\u2019\-]+\s+){0,5}?" + h + r"\b")]
    if head in phrase_set("titles.txt"):
        found.append(re.compile(r"\b" + h.capitalize() + r"\s+" + _NAME))
    return tuple(found)


def named_later(text: str, head: str, start: int, end: int) -> str | None:
    """The name that ``text[start:end]`` gives the person first described with ``head``
    ("judge"), or None. ``start`` is the end of the unnamed mention, ``end`` the end of the
    last sentence that may name it. Another person of that noun in between stops the search
    ("a second judge", "another judge").
    """
    if not head.isalpha() or _another_re(head).search(text, start, end):
        return None
    best: tuple[int, str] | None = None
    for pattern in _patterns(head.lower()):
        m = pattern.search(text, start, end)
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), m.group(1))
    return best[1] if best else None


@lru_cache(maxsize=256)
def _another_re(head: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:[Aa]nother|[Aa]\s+second|[Oo]ne|[Aa]n?)\s+(?:[\w'\-]+\s+){0,3}?"
                      + re.escape(head) + r"\b")
