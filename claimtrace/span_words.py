"""Word-level primitives shared by the span walks (``spans``, ``spans_right``).

Word lists, whitespace and punctuation trimming, word offsets and clause boundaries.

>>> t = "Two aides, in private, said so."
>>> [t[s:e] for s, e in words(t, 0, 9)], boundary_between(t, 0, 12)
(['Two', 'aides'], True)
"""

from __future__ import annotations

import re

from .cues import WORD_RE
from .lexicons import noun_categories, phrase_set

STOP_WORDS = frozenset(
    "and or but nor that because although though while whereas if when whenever where after "
    "before since until unless as so than then yet however is are was were be been being am "
    "has have had do does did will would can could may might must should shall not to there "
    "here what whether how why also this these those it's i'm whom whose which who".split()
)
NP_PREPOSITIONS = frozenset("of for at in from with on close familiar including near within "
                            "among across by inside outside around".split())
DETERMINERS = frozenset("a an the this that these those his her their its our my your some "
                        "any each every another other no".split())
PRONOUNS = frozenset("he she they it we i you who which that him them us me".split())
SUBJECT_PRONOUNS = frozenset("he she they we i".split())
BE_FORMS = frozenset("is are was were be been being".split())
BOUNDARY_RE = re.compile(r'[,;:"\u2014\u2013\[\]]|\s-\s|\s--\s')
_BOUNDARY_CHARS = frozenset(',;:"\u2014\u2013[]')  # what BOUNDARY_RE finds in one character
TRAIL_PUNCT = ".!?;:,"
NP_WINDOW = 250  # characters either side of a cue in which a source phrase is looked for


def strip_ws(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink (s, e) past surrounding whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def strip_trailing_punct(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop trailing whitespace and sentence punctuation, but keep a closing quote."""
    s, e = strip_ws(text, s, e)
    while e > s and text[e - 1] in TRAIL_PUNCT + " ":
        e -= 1
    return s, e


def has_word(text: str, s: int, e: int) -> bool:
    """Is there at least one word between ``s`` and ``e``?"""
    return WORD_RE.search(text, s, e) is not None


def words(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of each word between ``s`` and ``e``."""
    return [m.span() for m in WORD_RE.finditer(text, s, e)]


def boundary_between(text: str, a: int, b: int) -> bool:
    """Is there clause punctuation (comma, dash, quote, colon) between ``a`` and ``b``?"""
    if b - a == 1 and a >= 0:  # the common case: one character between two words
        return text[a:b] in _BOUNDARY_CHARS
    return BOUNDARY_RE.search(text, a, b) is not None


def lower_word(text: str, tok: tuple[int, int]) -> str:
    """The word at ``tok``, lower-cased."""
    return text[tok[0]:tok[1]].lower()


def is_source_noun(word: str) -> bool:
    """A lower-case noun that names speakers or their titles ("experts", "members", "governor").

    >>> is_source_noun("attorneys"), is_source_noun("slowed")
    (True, False)
    """
    low = word.lower().rstrip(".")
    return word.islower() and (low in noun_categories() or low in phrase_set("titles.txt"))


_CONTRACTED_PRONOUN_RE = re.compile(r"(he|she|they|we|i|you|it|who)(?:['\u2019](?:s|ve|d|ll|re|m))?$",
                                    re.IGNORECASE)


def pronoun_part(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The subject pronoun in the word at (s, e), a contracted auxiliary cut off; else None.

    >>> t = "He's said"; pronoun_part(t, 0, 4)
    (0, 2)
    """
    m = _CONTRACTED_PRONOUN_RE.match(text, s, e)
    return None if m is None else (s, m.end(1))
