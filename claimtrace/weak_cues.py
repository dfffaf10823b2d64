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
from bisect import bisect_right
from functools import lru_cache

from .cues import Cue, quote_regions
from .frame_context import is_participle
from .lexicons import reporting_verbs
from .model import SourceType
from .sources import SourceInfo, classify
from .spans import words

__all__ = ["bare_complement", "embedded", "mention_info", "relative_gap"]


# Weak cues that a bare complement can follow (no "that", no quote). PolNeAR marks
# "aides believe her record will help" (a clause), "Palestinians want East Jerusalem" (a stance
# with an object) and "polls show Clinton ahead" (evidence with a small clause).
_BARE_CLAUSE_LEMMAS = frozenset("believe think feel fear hope expect doubt know suspect assume "
                                "understand realize recognize claim estimate see note".split())


_STANCE_OBJECT_LEMMAS = frozenset("want oppose seek blame embrace welcome demand call endorse thank "
                                  "list offer".split())

# taking a side: "Women back him by 20 points", "Sanders supports raising the wage"; only right
# after the subject (not "roll back the rules", "wants to bring back ...") and not in a question
_SIDE_LEMMAS = frozenset({"support", "back"})
_VIEW_LEMMAS = _SIDE_LEMMAS | {"consider", "note"}
_SUBJECT_GAP_RE = re.compile(
    r"(?:\s+(?:do|does|did|don't|doesn't|didn't|will|would|won't|wouldn't|can|could|may|might|"
    r"also|still|now|currently|all|both|never|not|have|has|had|[a-z]+ly))*\s+")

_NAME_OBJECT_RE = re.compile(r"\s+[A-Z][a-z]+[.!]?\s*$")  # "... support Clinton."
_SIDE_OBJECT_RE = re.compile(r"\s+(?:(?:him|her|them|us|me|it|the|a|an|his|their|its|our|this|these|those|"
                             r"[a-z]+ing)\b|[A-Z])")  # "supports raising the wage"

# "Biden decided not to run", "the FBI decided against charges": a told decision, not a
# question about one ("why he decided to ...", "if he decides to ...") and not inside a quotation
_DECISION_RE = re.compile(r"\s+(?:(?:not\s+)?to\s+[a-z]|against\b)")
_OPEN_QUESTION_RE = re.compile(r"\b(?:why|when|how|until|after|once|before|if|whether)\s+$",
                               re.IGNORECASE)
_DECIDER_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.NAMED_ORG,
                            SourceType.ANONYMOUS_SPECIFIC})

# "Clinton allies consider the gender wars a help": a judgement, not a deliberation ("might
# consider a run"), a passive ("is considered a liberal") or a relative ("whom he considers")
_MODAL_RE = re.compile(r"\b(?:would|could|may|might|will|can|should|must|'d|is|are|was|were|be|been)\b",
                       re.IGNORECASE)
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:whom|what|which|that)\s+$|,\s*$", re.IGNORECASE)

# "party leaders see him as an asset": a view of someone or something, told in the narrative
_SEE_AS_RE = re.compile(r"\s+(?!for\b|in\b|to\b)(?:[\w'\-]+\s+){1,5}?as\s+[\w\-]")

# "Sanders wants voters to recall ...": a wish about someone else, with its infinitive
_WANT_TO_RE = re.compile(r"\s+(?!to\b)(?:[\w'\-.]+\s+){1,4}?to\s+[a-z]")

# "a step they believe could unify the party", "which he believes will make it impossible": the
# belief's subject is the noun before; the verb's own clause starts with its auxiliary
_GAPPED_RE = re.compile(r"\s+(?:will|would|could|can|may|might|should|is|are|was|were|has|have|had)\s+[\w\-]")
_ASKED_BEFORE_RE = re.compile(r"\b(?:who|what|asked|ask|asks)\s+$", re.IGNORECASE)

# an aim whose infinitive comes after a time or manner phrase ("has sought for months to ...")
_AIM_LEMMAS = frozenset("seek plan intend".split())
_LATE_TO_RE = re.compile(r"\s+(?:on|for|in|last|this|since|again|also|now|[a-z]+ly)\b[^.,;\"]{0,25}?\s+to\s+[a-z]")

_MIND_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.NAMED_ORG, SourceType.ANONYMOUS_SPECIFIC,
                         SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_BARE,
                         SourceType.UNNAMED_GROUP, SourceType.UNKNOWN, SourceType.MEDIA})


_EMBEDDING_WORDS = frozenset("if whether that who which".split())

_CLAUSE_SUBJECT_RE = re.compile(
    r"\s+(?:(?:he|she|they|we|i|you|it|there|the|a|an|his|her|their|its|our|most|many|some|"
    r"this|these|those|no|nobody|none|everyone|"
    r"all|both|each|every|either|neither|several|few|half)\b|[A-Z]|"  # blind 8: "I think both sides"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+(?:is|are|was|were|will|would|can|could|should|"
    r"may|might|must|has|have|had)\b|"  # "believe debt relief is possible"
    # a longer subject with a place in it, its modal close behind: "believe suburban voters
    # around Columbus and Cincinnati could offset ..."
    r"[a-z][\w\-]*\s+[a-z][\w\-]*(?:\s+[\w\-]+){1,5}?\s+(?:will|would|can|could|should|may|might|"
    r"must)\s+[a-z]|"
    # a quantified subject, its verb close behind: "think both Vale and Quill are right" (not
    # "assume all liabilities", "knew all about that": objects)
    r"(?:both|all|each|neither|either)\s+(?:[\w\-]+\s+){1,4}(?:is|are|was|were|will|would|can|"
    r"could|should|may|might|must|has|have|had|do|does|did)\b)")
# a pronoun and its verb in one word: "I think *it's* good" is a clause of three words
_PRONOUN_VERB_RE = re.compile(r"\s+(?:it|that|he|she|there|they|we|you|i)['\u2019](?:s|re|m|ll|d|ve)\b",
                              re.IGNORECASE)


def _clause_after(text: str, after: int, end: int) -> bool:
    """A bare clause after a belief: a subject, and at least three words ("I think the pier is
    strong"; "I think it's good", a contraction counting as two)."""
    if not _CLAUSE_SUBJECT_RE.match(text, after, end):
        return False
    n = len(words(text, after, end))
    return n >= 3 or n == 2 and _PRONOUN_VERB_RE.match(text, after, end) is not None


# what follows a verb that is no object or clause ("shows up", "showed on TV", ", ")
_NOT_OBJECT_RE = re.compile(r"\s*(?:[,.;:!?)\-\u2014\u2013]|(?:up|off|on|in|at|to|for|with|by|from|into|over|"
                            r"again|too|also)\b)")
# a bare noun object (one or two words, no determiner) and the preposition after it, for
# _bare_stance_object: "blames *mass media for*", "opposes *abortions in*"; not a particle,
# a clause opener or an auxiliary ("demand *has begun to*")
_BARE_OBJECT_RE = re.compile(r"\s+(?!(?:to|for|of|on|in|at|by|with|from|up|out|off|down|back|over|"
                             r"that|if|whether|and|or|but|not|so|too|also|again|instead|now|is|are|"
                             r"was|were|has|have|had|will|would|can|could|may|might|must|should)\b)"
                             r"[a-z][a-z\-]{2,}(?:\s+[a-z][a-z\-]+)?\s+(?:for|as|in|from|on|over|to)\b")
# an amount as the object of evidence: "found at least four", "shows nearly half"
_AMOUNT_OBJECT_RE = re.compile(r"\s+(?:at\s+(?:least|most)|fewer|more|less|about|nearly|roughly|almost|"
                               r"only|just|some|few|many|several|over|under|around|\d)\b")
_OBJECT_RE = re.compile(
    r"\s+(?:(?:him|her|them|us|me|it|the|a|an|his|their|its|our|more|less|no|any|"
    r"this|these|those|every|such)\b|[A-Z0-9$])")


_DAY_AFTER_RE = re.compile(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)?[Dd]ay\b")
_EVIDENCE_PREP_RE = re.compile(r"\b(?:with|despite|amid|after|of)\s+$", re.IGNORECASE)
_EVIDENCE_TYPES = frozenset({SourceType.DOCUMENT, SourceType.MEDIA})
_WHAT_BEFORE_RE = re.compile(r"\bwhat\s+$", re.IGNORECASE)

@lru_cache(maxsize=4096)
def mention_info(mention: str) -> SourceInfo:
    """``classify`` of a candidate source, remembered: frames ask about one phrase several
    times, and the same phrases ("he", "officials") across articles.

    >>> info = mention_info("two senior officials")
    >>> info.type.value, info.plural, mention_info("two senior officials") is info
    ('anonymous_specific', True, True)
    """
    return classify(mention)


def embedded(text: str, src: tuple[int, int], floor: int) -> bool:
    """Is the subject right after another cue or a clause opener ("said they think ...",
    "asked if he believed ...")? Such a belief is part of the outer content. ``floor``: the
    sentence start (a cue that ends the previous sentence does not count).

    >>> t = "Lee said they think the pier is unsafe."
    >>> embedded(t, (t.index("they"), t.index(" think")), 0)
    True
    >>> t = "Aides think the pier is unsafe."
    >>> embedded(t, (0, 5), 0)
    False
    """
    before = words(text, max(floor, src[0] - 30), src[0])
    if not before:
        return False
    word = text[before[-1][0]:before[-1][1]].lower()
    if word == "that" and _RESULT_THAT_RE.search(text, max(floor, before[-1][0] - 40), before[-1][1]):
        return False  # "so narrow that economists believe ...": a result, not a report's content
    if word in _EMBEDDING_WORDS or word in reporting_verbs():
        return True
    # "told POLITICO he planned to ...": a recipient between "told" and the subject
    return len(before) >= 2 and text[before[-2][0]:before[-2][1]].lower() in _TOLD_FORMS \
        and not text[before[-2][1]:src[0]].strip(" ").count(",") and text[before[-1][0]].isupper()


# "that" opening a clause of result or time, not another's content: "so narrow that", "so that",
# "such a tax that", "now that", "given that"
_RESULT_THAT_RE = re.compile(r"\b(?:(?:so|too)\s+(?:[a-z]+\s+){0,2}|such\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}|"
                             r"now\s+|given\s+)that$", re.IGNORECASE)
_TOLD_FORMS = frozenset("told tell tells telling assured reminded informed".split())

_RELATIVE_PRONOUN_RE = re.compile(r"\b(?:that|which)\s+$", re.IGNORECASE)


def relative_gap(text: str, cue: Cue, src: tuple[int, int], after: int, end: int, floor: int) -> bool:
    """"a move *that the kingdom hopes* will shatter ...", "the rule, *which he believes* will
    hurt ...": "that"/"which" before the subject opens a relative clause whose own subject is
    missing after the belief (an auxiliary follows it at once), so the belief is no part of an
    outer content, as ``embedded`` would take it ("said that he hopes ..." needs a subject).
    PolNeAR train: 6 of 9 new attributions annotated.

    >>> from claimtrace.cues import find_cues
    >>> t = "It was a move that the kingdom hopes will end the feud."
    >>> cue = find_cues(t, 0, len(t), [])[0]
    >>> relative_gap(t, cue, (t.index("the kingdom"), cue.start - 1), cue.end, len(t), 0)
    True
    """
    return cue.lemma in _BARE_CLAUSE_LEMMAS \
        and bool(_RELATIVE_PRONOUN_RE.search(text, max(floor, src[0] - 8), src[0])) \
        and bool(_GAPPED_RE.match(text, after, end))


def bare_complement(text: str, cue: Cue, src: tuple[int, int], after: int, end: int,
                     floor: int) -> bool:
    """Does a weak cue head an attribution with a bare complement?

    "Clinton aides believe her record will help" (a clause), "Palestinians want East Jerusalem"
    (a stance and its object), "polls show Clinton ahead" (evidence). Only for a subject that
    can hold the belief or give the evidence, and not when the cue sits inside a clause of its
    own ("said they think ...", "asked if he believed ...").

    >>> from claimtrace.cues import find_cues
    >>> def bare(t: str) -> bool:
    ...     cue = find_cues(t, 0, len(t), [])[0]
    ...     return bare_complement(t, cue, (0, cue.start - 1), cue.end, len(t), 0)
    >>> bare("Polls show Clinton ahead in Ohio."), bare("Palestinians want East Jerusalem.")
    (True, True)
    >>> bare("I think so.")
    False
    """
    if len(words(text, after, end)) < 2 and not (cue.lemma in _SIDE_LEMMAS
                                                 and _NAME_OBJECT_RE.match(text, after, end)):
        return False  # "I think so" (but "Women back Clinton.": a side taken, a name its object)
    if text[src[0]:src[1]].lower() in ("who", "which", "that"):
        return _relative_belief(text, cue, src, after, end)
    if embedded(text, src, floor) and not relative_gap(text, cue, src, after, end, floor):
        return False
    kind = mention_info(text[src[0]:src[1]]).type
    if cue.kind == "evidence" and kind in _EVIDENCE_TYPES and _evidence_aside(text, cue, src, floor):
        return _NOT_OBJECT_RE.match(text, after, end) is None  # "with polls showing her behind"
    if cue.lemma not in _BARE_CLAUSE_LEMMAS and is_participle(text, cue):
        return False  # "a group backing Bush", "polls showing": a modifier as often as not
    if cue.kind == "evidence":  # "the poll shows both candidates ...", "records show little"
        if kind in (SourceType.DOCUMENT, SourceType.MEDIA) and _AMOUNT_OBJECT_RE.match(text, after, end):
            return True  # "HuffPost's review found at least four posts", "... found fewer than 40"
        if kind is SourceType.DOCUMENT and cue.lemma != "report":
            return _NOT_OBJECT_RE.match(text, after, end) is None
        return kind in (SourceType.DOCUMENT, SourceType.MEDIA) and bool(_OBJECT_RE.match(text, after, end))
    if kind not in _MIND_TYPES or (cue.lemma in _VIEW_LEMMAS and not _holder(text, src, kind)):
        return False
    if cue.lemma in _BARE_CLAUSE_LEMMAS:
        return _belief(text, cue, src, kind, after, end, floor)
    if cue.lemma == "offer" and kind is SourceType.UNKNOWN:
        return False  # "the campaign stop offered a glimpse of ...": no speaker
    if cue.lemma == "call" and (kind is SourceType.UNKNOWN or _DAY_AFTER_RE.match(text, after)
                                or _WHAT_BEFORE_RE.search(text, floor, src[0])):
        return False  # "a press call Friday"; "what he calls the 'crooked' process": a label
    if cue.lemma == "decide":
        return _decision(text, cue, src, kind, floor)
    if cue.lemma == "consider":
        return _judgement(text, cue, src, after, end, floor)
    if cue.lemma == "want" and _holder(text, src, kind) and not _in_quote(text, cue.start) \
            and _WANT_TO_RE.match(text, after, end) and not _WHAT_BEFORE_RE.search(text, floor, src[0]):
        return True  # "Sanders wants voters to recall ..."
    if cue.lemma in _AIM_LEMMAS and _holder(text, src, kind) and _LATE_TO_RE.match(text, after, end) \
            and not _MODAL_RE.search(text, cue.start, cue.end):
        return True  # "Obama sought on Wednesday to ease worries"
    if cue.lemma in _SIDE_LEMMAS:
        return _takes_side(text, cue, src, after, end)
    return cue.lemma in _STANCE_OBJECT_LEMMAS and bool(_OBJECT_RE.match(text, after, end)) \
        or _bare_stance_object(text, cue, src, after, end)


# stances whose object may be a bare noun: "blames mass media for ...", "oppose abortions in"
_BARE_OBJECT_LEMMAS = frozenset("want oppose seek blame embrace welcome demand endorse".split())


def _bare_stance_object(text: str, cue: Cue, src: tuple[int, int], after: int, end: int) -> bool:
    """"He blames mass media for their failure", "Rubio opposes abortions in all cases": a
    stance right after its subject, a bare noun (one or two words) and a preposition."""
    return cue.lemma in _BARE_OBJECT_LEMMAS and not is_participle(text, cue) \
        and _holder(text, src, mention_info(text[src[0]:src[1]]).type) \
        and _SUBJECT_GAP_RE.fullmatch(text, src[1], cue.start) is not None \
        and _BARE_OBJECT_RE.match(text, after, end) is not None


def _relative_belief(text: str, cue: Cue, src: tuple[int, int], after: int, end: int) -> bool:
    """"experts who think the case is clear": a belief in a relative clause about people,
    with a clause of its own after it."""
    return text[src[0]:src[1]].lower() == "who" and cue.lemma in _BARE_CLAUSE_LEMMAS \
        and cue.lemma != "see" and text[src[1]:cue.start].strip() == "" \
        and _clause_after(text, after, end)


def _holder(text: str, src: tuple[int, int], kind: SourceType) -> bool:
    """Can the subject hold a view: a person or a group, or "I/we/they" (not "least" in "would
    at least consider", not the unknown noun a left scan stopped at)?"""
    return kind is not SourceType.UNKNOWN or mention_info(text[src[0]:src[1]]).pronoun in ("i", "we", "they")


def _takes_side(text: str, cue: Cue, src: tuple[int, int], after: int, end: int) -> bool:
    """"Women back him", "Sanders supports raising the wage": a subject right before the verb,
    an object after it, and no question."""
    if "?" in text[after:end] or _SUBJECT_GAP_RE.fullmatch(text, src[1], cue.start) is None:
        return False
    return bool(_SIDE_OBJECT_RE.match(text, after, end))


def _belief(text: str, cue: Cue, src: tuple[int, int], kind: SourceType, after: int, end: int,
            floor: int) -> bool:
    """A belief with a bare clause ("aides believe her record will help"), a view of something
    ("voters see him as a threat") or a belief about the noun in front ("a step they believe
    could unify the party")."""
    if cue.lemma == "see" and _sees_as(text, cue, src, kind, after, end):
        return True
    if text[cue.verb_start:cue.end].lower() == "saw":
        return False  # "she saw him there", "saw his lead shrink": a sight or an event, not a view
    if _gapped_belief(text, cue, src, kind, after, end, floor):
        return True
    return _clause_after(text, after, end)


def _evidence_aside(text: str, cue: Cue, src: tuple[int, int], floor: int) -> bool:
    """"with polls showing Clinton ahead", "despite polls showing her behind": the evidence in a
    prepositional aside (not "dispute the polls showing ...", whose cue is the outer verb)."""
    return is_participle(text, cue) and text[src[1]:cue.start] == " " \
        and bool(_EVIDENCE_PREP_RE.search(text, floor, src[0]))


def _in_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of its paragraph?"""
    para = text.rfind("\n", 0, pos) + 1
    para_end = text.find("\n", pos)
    regions = _line_quotes(text, para, len(text) if para_end < 0 else para_end)
    i = bisect_right(regions, (pos, len(text))) - 1
    return i >= 0 and regions[i][0] <= pos < regions[i][1]


@lru_cache(maxsize=16)
def _line_quotes(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The quotations of one line, found once however many cues it holds (a long line with
    many cues made this quadratic)."""
    return tuple(sorted(quote_regions(text, start, end)))


def _decision(text: str, cue: Cue, src: tuple[int, int], kind: SourceType, floor: int) -> bool:
    """"Biden decided not to enter the race": a past decision told of a person or a body."""
    if text[cue.start:cue.end].lower() != "decided" or kind not in _DECIDER_TYPES:
        return False
    if _OPEN_QUESTION_RE.search(text, floor, src[0]) or _in_quote(text, cue.start):
        return False
    return bool(_DECISION_RE.match(text, cue.end))


def _judgement(text: str, cue: Cue, src: tuple[int, int], after: int, end: int, floor: int) -> bool:
    """"He considers Mrs. Clinton untrustworthy": a subject's view of an object."""
    if _MODAL_RE.search(text, src[1], after) or _RELATIVE_BEFORE_RE.search(text, floor, src[0]):
        return False
    return bool(_SIDE_OBJECT_RE.match(text, after, end))


def _sees_as(text: str, cue: Cue, src: tuple[int, int], kind: SourceType, after: int, end: int) -> bool:
    """"Majorities see immigrants as a burden": a holder's view, not "I don't see him as ..."
    inside a quotation and not "would see" or "to see"."""
    if not _holder(text, src, kind) or _MODAL_RE.search(text, src[1], after) or _in_quote(text, cue.start):
        return False
    return bool(_SEE_AS_RE.match(text, after, end))


def _gapped_belief(text: str, cue: Cue, src: tuple[int, int], kind: SourceType, after: int, end: int,
                   floor: int) -> bool:
    """"a tactic Democrats hope will dampen Latino support": a belief whose subject was moved to
    the noun in front, in the narrative (not "what I think is ..." inside a quotation), and not a
    question ("asked who they thought was ...") or a "what" clause ("what he believes are ...")."""
    if not _holder(text, src, kind) or _in_quote(text, cue.start) or text[src[1]:cue.start] != " " \
            or _MODAL_RE.search(text, cue.start, cue.end):
        return False
    return bool(_GAPPED_RE.match(text, after, end)) and not _ASKED_BEFORE_RE.search(text, floor, src[0])
