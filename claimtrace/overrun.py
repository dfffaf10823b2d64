"""Source mentions that overrun their source: the typed source inside them.

A mention found by the attribution frames sometimes holds more than its source ("Devine
didn't", "Rep. Doe last month", "a ruling that angered the Founding Fathers"): it keeps the
type of the source it holds (TAXONOMY: a name decides).

>>> inner_source("Rep. Jane Doe last month")[1]
'Rep. Jane Doe'
>>> inner_source("a ruling that angered the Founding Fathers")[1]
'the Founding Fathers'
"""

from __future__ import annotations

import re

from .model import SourceType
from .names import is_cap, tokens
from .sources import SourceInfo, classify

_TRAILING_RE = re.compile(
    r"(?:\s+(?:(?:last|this|next|early|late|earlier|on|that)\s+)?(?:week|month|year|night|"
    r"morning|afternoon|evening|weekend|today|yesterday|tonight|long\s+ago|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|\s+\w+n['\u2019]t|\s+(?:also|then|later|again|once|"
    r"has|had|have|is|was|were|will|would|could|can|may|might|did|does|do))+[\s,.]*$",
    re.IGNORECASE)
_SUBJECT_PRONOUN_RE = re.compile(r"\b(he|she|they|I|we)\b(?!['\u2019])", re.IGNORECASE)
_OBJECT_PRONOUN_RE = re.compile(r"\b(him|her|them)\b", re.IGNORECASE)
_LEAD_NAME_RE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?[A-Z][\w'\-.]+"
                           r"(?:\s+[A-Z][\w'\-.]+){0,2}")
_NOT_NAMES = frozenset("a an the this that these those so but and or as in on at for with when "
                       "after before while if instead usually throughout both it its his her "
                       "their our my".split())


def inner_source(mention: str, context: str = "") -> tuple[SourceInfo, str] | None:
    """A typed source inside a mention whose own head has no rule ("Devine didn't",
    "Rep. Doe last month", "the extent she", "hearing him", "Doe began", "... with Noah"):
    a mention that overruns its source keeps the type of the source it holds (TAXONOMY: a
    name decides).

    >>> info, found = inner_source("Devine didn't"); found, info.type.value
    ('Devine', 'named_person')
    >>> inner_source("the extent she")[1], inner_source("hearing him")[1]
    ('she', 'him')
    """
    trimmed = _TRAILING_RE.sub("", mention)
    if trimmed and trimmed != mention:
        info = classify(trimmed, context=context)
        if info.type is not SourceType.UNKNOWN or info.pronoun in ("he", "she", "they", "them"):
            return info, trimmed
    for rx in (_SUBJECT_PRONOUN_RE, _OBJECT_PRONOUN_RE):
        found = list(rx.finditer(mention))
        if found:
            word = found[-1].group(1)
            return classify(word.lower() if word != "I" else word), word
    lead = _LEAD_NAME_RE.match(mention)
    if lead and lead.group().split()[0].lower() not in _NOT_NAMES:
        info = classify(lead.group(), context=context)
        if info.type in (SourceType.NAMED_PERSON, SourceType.NAMED_ORG, SourceType.MEDIA):
            return info, lead.group()
    return _tail_source(mention, context)


_TAIL_START_RE = re.compile(r"\b(?:the|many|some|most|several|other)\s+(?=\S)", re.IGNORECASE)
_TYPED_TAIL = (SourceType.NAMED_PERSON, SourceType.NAMED_ORG, SourceType.MEDIA,
               SourceType.UNNAMED_GROUP)
_NOT_BEFORE_SUBJECT = frozenset("of for at in on to from with by about against like as than into "
                                "onto over under after before during through between among "
                                "and or but is was are were be been a an the this that".split())
_DATES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                   "march april may june july august september october november december jan feb "
                   "mar apr jun jul aug sep sept oct nov dec".split())
_ALL_CAPS_NAME_RE = re.compile(r"^(?:[A-Z][\w'\-]*\.?\s+){1,3}[A-Z][\w'\-]*\.?$")


def _after_noun(before: str) -> bool:
    """Does ``before`` end in a word that can precede a clause's subject (a noun, not a
    preposition or determiner)?"""
    words = tokens(before)
    return bool(words) and words[-1].lower() not in _NOT_BEFORE_SUBJECT


def _tail_source(mention: str, context: str) -> tuple[SourceInfo, str] | None:
    """The source at the end of an overrun mention: a name after its last comma ("energy,
    Jane Doe,"), or the subject of a clause without "that" at its end: a determiner phrase
    ("the only amendment *the Founding Fathers* (wrote)", "the jurist *many Republicans*
    (fear)") or a name ("in five years *Iran* (will ...)"), right after a noun, never after a
    preposition ("a reply to Doe")."""
    body = mention.strip(" ,.")
    last = body.rsplit(",", 1)[-1].strip()
    candidates = [last] if last != body and _ALL_CAPS_NAME_RE.match(last) else []
    starts = list(_TAIL_START_RE.finditer(last))
    if starts and _after_noun(last[: starts[-1].start()]):
        candidates.append(last[starts[-1].start():])
    toks = tokens(last)
    run = 0
    while run < len(toks) and is_cap(toks[-1 - run]):
        run += 1
    if 0 < run < len(toks) and toks[-1].lower().rstrip(".") not in _DATES \
            and _after_noun(last[: last.rindex(toks[-run])]):
        candidates.append(last[last.rindex(toks[-run]):])
    for cand in candidates:
        info = classify(cand, context=context)
        if info.type in _TYPED_TAIL and info.pronoun is None:
            return info, cand
    return None
