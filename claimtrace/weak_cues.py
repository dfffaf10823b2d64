"""Weak cues: forms that are as often a noun or a clause-less belief as a report ("his plans",
"I think so"), and when one of them heads an attribution all the same.

A weak cue counts before a that-clause, a colon or a quotation (``attribution_frames``); here
is the rest: a bare complement ("aides believe her record will help", "Palestinians want East
Jerusalem", "polls show Clinton ahead", "critics call it a giveaway"), and the belief that sits
inside another's content ("said she planned to ...") and is no attribution of its own.

>>> from claimtrace.cues import find_cues
>>> t = "Campaign aides believe her record will carry the state."
>>> cue = find_cues(t, 0, len(t), [])[0]
>>> bare_complement(t, cue, (0, 14), cue.end, len(t), 0)
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import Cue
from .frame_context import is_participle
from .lexicons import reporting_verbs
from .model import SourceType
from .sources import SourceInfo, classify
from .spans import words

__all__ = ["bare_complement", "embedded", "mention_info"]


# Weak cues that a bare complement can follow (no "that", no quote). PolNeAR marks
# "aides believe her record will help" (a clause), "Palestinians want East Jerusalem" (a stance
# with an object) and "polls show Clinton ahead" (evidence with a small clause).
_BARE_CLAUSE_LEMMAS = frozenset("believe think feel fear hope expect doubt know suspect assume "
                                "understand realize recognize claim estimate see".split())


_STANCE_OBJECT_LEMMAS = frozenset("want oppose seek blame embrace welcome demand call endorse thank "
                                  "list offer".split())

_MIND_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.NAMED_ORG, SourceType.ANONYMOUS_SPECIFIC,
                         SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_BARE,
                         SourceType.UNNAMED_GROUP, SourceType.UNKNOWN, SourceType.MEDIA})


_EMBEDDING_WORDS = frozenset("if whether that who which because since while although".split())

_CLAUSE_SUBJECT_RE = re.compile(
    r"\s+(?:(?:he|she|they|we|i|you|it|there|the|a|an|his|her|their|its|our|most|many|some|"
    r"this|these|those|no|nobody|none|everyone)\b|[A-Z]|"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+(?:is|are|was|were|will|would|can|could|should|"
    r"may|might|must|has|have|had)\b)")  # "believe debt relief is possible"


# what follows a verb that is no object or clause ("shows up", "showed on TV", ", ")
_NOT_OBJECT_RE = re.compile(r"\s*(?:[,.;:!?)\-\u2014\u2013]|(?:up|off|on|in|at|to|for|with|by|from|into|over|"
                            r"again|too|also)\b)")
_OBJECT_RE = re.compile(
    r"\s+(?:(?:him|her|them|us|me|it|the|a|an|his|their|its|our|more|less|no|any|"
    r"this|these|those|every|such)\b|[A-Z0-9$])")


_DAY_AFTER_RE = re.compile(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)?[Dd]ay\b")
_WHAT_BEFORE_RE = re.compile(r"\bwhat\s+$", re.IGNORECASE)

@lru_cache(maxsize=4096)
def mention_info(mention: str) -> SourceInfo:
    """``classify`` of a candidate source; frames ask about one phrase several times."""
    return classify(mention)


def embedded(text: str, src: tuple[int, int], floor: int) -> bool:
    """Is the subject right after another cue or a clause opener ("said they think ...",
    "asked if he believed ...")? Such a belief is part of the outer content. ``floor``: the
    sentence start (a cue that ends the previous sentence does not count)."""
    before = words(text, max(floor, src[0] - 30), src[0])
    if not before:
        return False
    word = text[before[-1][0]:before[-1][1]].lower()
    if word in _EMBEDDING_WORDS or word in reporting_verbs():
        return True
    # "told POLITICO he planned to ...": a recipient between "told" and the subject
    return len(before) >= 2 and text[before[-2][0]:before[-2][1]].lower() in _TOLD_FORMS \
        and not text[before[-2][1]:src[0]].strip(" ").count(",") and text[before[-1][0]].isupper()


_TOLD_FORMS = frozenset("told tell tells telling assured reminded informed".split())


def bare_complement(text: str, cue: Cue, src: tuple[int, int], after: int, end: int,
                     floor: int) -> bool:
    """Does a weak cue head an attribution with a bare complement?

    "Clinton aides believe her record will help" (a clause), "Palestinians want East Jerusalem"
    (a stance and its object), "polls show Clinton ahead" (evidence). Only for a subject that
    can hold the belief or give the evidence, and not when the cue sits inside a clause of its
    own ("said they think ...", "asked if he believed ...").
    """
    if len(words(text, after, end)) < 2 or text[src[0]:src[1]].lower() in ("who", "which", "that"):
        return False
    if embedded(text, src, floor):
        return False
    kind = mention_info(text[src[0]:src[1]]).type
    if cue.lemma not in _BARE_CLAUSE_LEMMAS and is_participle(text, cue):
        return False  # "a group backing Bush", "polls showing": a modifier as often as not
    if cue.kind == "evidence":  # "the poll shows both candidates ...", "records show little"
        if kind is SourceType.DOCUMENT and cue.lemma != "report":
            return _NOT_OBJECT_RE.match(text, after, end) is None
        return kind in (SourceType.DOCUMENT, SourceType.MEDIA) and bool(_OBJECT_RE.match(text, after, end))
    if kind not in _MIND_TYPES:
        return False
    if cue.lemma in _BARE_CLAUSE_LEMMAS:
        return bool(_CLAUSE_SUBJECT_RE.match(text, after, end)) and len(words(text, after, end)) >= 3
    if cue.lemma == "offer" and kind is SourceType.UNKNOWN:
        return False  # "the campaign stop offered a glimpse of ...": no speaker
    if cue.lemma == "call" and (kind is SourceType.UNKNOWN or _DAY_AFTER_RE.match(text, after)
                                or _WHAT_BEFORE_RE.search(text, floor, src[0])):
        return False  # "a press call Friday"; "what he calls the 'crooked' process": a label
    return cue.lemma in _STANCE_OBJECT_LEMMAS and bool(_OBJECT_RE.match(text, after, end))
