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
# the commonest reporting verbs in their finite forms ("a top aide *said*", "who *noted*")
SAYING_VERBS = frozenset("said says added adds noted notes told tells wrote writes argued argues "
                         "echoed echoes likened predicted predicts warned warns acknowledged "
                         "conceded suggested suggests called calls insisted insists "
                         "contended".split())
# auxiliaries and "to" before a verb ("has *avoided*", "to *offer*")
AUXILIARIES = frozenset("has have had is are was were be been being to will would can could may "
                        "might should must did do does".split())
# the horizontal bar (U+2015) stands for a dash in some outlets' copy ("PORTSIDE \u2015 The ...")
BOUNDARY_RE = re.compile(r'[,;:"\u2014\u2013\u2015\[\]]|\s-\s|\s--\s')
_BOUNDARY_CHARS = frozenset(',;:"\u2014\u2013\u2015[]')  # what BOUNDARY_RE finds in one character
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


# Time phrases between a source and its cue (session 6, train error analysis: 19 spans that ran
# on over a date or an occasion, 14 of them now exact, 2 more typed right)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DAY_WORDS = WEEKDAYS | frozenset("yesterday today tonight".split())
COMPARATIVES = frozenset("more less fewer".split())
# words that take a noun phrase after them ("of", "to", a preposition)
GOVERNORS = NP_PREPOSITIONS | frozenset("of to and or against about than".split())
_TIME_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years "
                        "decade decades".split())
_AMOUNTS = frozenset("a an one two three four five six seven eight nine ten few several many "
                     "some couple".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_HOLIDAY_LEADS = frozenset("super black good ash cyber holy fat".split())  # "Super Tuesday"
_OCCASION_LEADS = frozenset("a an his her their its".split())
_OCCASIONS = frozenset("speech speeches interview interviews statement post tweet tweets video "
                       "letter email op-ed column essay book memo appearance announcement "
                       "address remarks podcast broadcast".split())


# the words such a phrase can end with
_TAIL_ENDS = frozenset({"ago", "time", "general", "later", "earlier"}) | _DAY_PARTS | _TIME_UNITS \
    | WEEKDAYS | _OCCASIONS


def time_tail(text: str, toks: list[tuple[int, int]]) -> int:
    """How many words at the end of ``toks`` date or place the cue rather than name a speaker:
    "*less than two weeks ago*", "*at the time*", "*on Friday morning*", "*a month later*",
    "*earlier in the day*", "*in general*", "*in a blog post*" (0: none). At least one word is
    left, and a date after a participle stays ("a poll *released Sunday*").

    >>> t = "The port office less than two weeks ago"
    >>> time_tail(t, words(t, 0, len(t)))
    5
    """
    if lower_word(text, toks[-1]) not in _TAIL_ENDS:
        return 0  # the common case, tested on the last word alone
    low = [lower_word(text, t) for t in toks[-7:]]
    n, last = len(low), low[-1]
    if last == "ago":
        j = 2 if n > 1 and (low[-2] in _TIME_UNITS or low[-2] == "long") else 1
        if j == 2 and low[-2] != "long" and n > 2 and (low[-3] in _AMOUNTS or low[-3][:1].isdigit()):
            j = 3
            if n > 4 and low[-4] == "than" and low[-5] in COMPARATIVES:
                j = 5
            elif n > 3 and low[-4] in ("a", "just", "only", "about", "nearly", "almost"):
                j = 4
    elif low[-3:] == ["at", "the", "time"] or low[-2:] == ["in", "general"]:
        j = 3 if last == "time" else 2
    elif last in _DAY_PARTS and n > 1 and (low[-2] in DAY_WORDS or low[-2] in ("last", "late")):
        j = 3 if n > 2 and low[-3] in ("on", "late", "early", "last") else 2
    elif last in ("later", "earlier") and n > 2 and low[-2] in _TIME_UNITS and low[-3] in _AMOUNTS:
        j = 3
    elif n > 3 and low[-4] in ("earlier", "later") and low[-3] in ("in", "on") and low[-2] == "the" \
            and (last in _TIME_UNITS or last in _DAY_PARTS):
        j = 4
    elif last in WEEKDAYS and n > 1 and text[toks[-2][0]].islower() and low[-2] not in _HOLIDAY_LEADS \
            and low[-2] not in GOVERNORS and low[-2] not in DETERMINERS:
        j = 1  # "the harbour pilots *Thursday* said"
    else:
        j = _occasion_tail(low)
    if not j or j >= len(toks) or lower_word(text, toks[-j - 1]).endswith("ed") \
            or lower_word(text, toks[-j - 1]) in _PARTICIPLES \
            or any(boundary_between(text, a[1], b[0]) for a, b in zip(toks[-j - 1:], toks[-j:], strict=False)):
        return 0  # "a poll *released* Sunday": the date belongs to the document
    return j


# participles that a date after them belongs to ("a poll *out* Monday", "remarks *made* Tuesday")
_PARTICIPLES = frozenset("out made held taken given written shown seen done sent put".split())


def _occasion_tail(low: list[str]) -> int:
    """"Ann Lee *in a blog post* argued": the words of an occasion the speaker spoke at."""
    if low[-1] not in _OCCASIONS:
        return 0
    for j in range(3, min(6, len(low)) + 1):
        if low[-j] in ("in", "during") and low[-j + 1] in _OCCASION_LEADS:
            return j
    return 0
