"""Right-hand walks over the normalised text: the phrase after a cue and what may follow it.

"said *Pompeo*", "according to *a source on the call*", "said Ann Lee*, a pollster*". They build
on the left-hand helpers of ``spans``.

>>> t = "It will pass, said a person close to the mayor."
>>> s, e = right_np(t, t.index("said") + 4, len(t), any_first=True); t[s:e]
'a person close to the mayor'
"""

from __future__ import annotations

import re

from .cues import WORD_RE
from .lexicons import reporting_verbs
from .spans import (
    _NP_WINDOW,
    DETERMINERS,
    NP_PREPOSITIONS,
    PRONOUNS,
    STOP_WORDS,
    _boundary_between,
    _lower,
    _pronoun_part,
    words,
)

# Words that can open an adverbial after a cue ("said *on Tuesday*", "told CNN *in an interview*").
_ADVERBIAL_STARTERS = frozenset(
    "on in at during after before from to with via over through while when last this next "
    "earlier later recently previously again too also then afterward afterwards privately "
    "publicly repeatedly frequently often late early by monday tuesday wednesday thursday "
    "friday saturday sunday yesterday today tonight".split()
)


_TO_VERB_RE = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|"
                         r"him|them|us|me|reporters|supporters|voters|[A-Z0-9])\b)[a-z]+\b")


def is_adverbial_tail(text: str) -> bool:
    """True when what follows a cue is only time/place/manner adverbials and punctuation.

    >>> is_adverbial_tail(" on Tuesday in an interview.")
    True
    >>> is_adverbial_tail(" in the interview that the onus is on Trump.")
    False
    >>> is_adverbial_tail(" to reporters on Tuesday."), is_adverbial_tail(" to expect delays.")
    (True, False)
    """
    body = text.strip().rstrip(".!?").strip()
    if not body:
        return True
    if len(body) >= 120 or any(ch in body for ch in ';:"'):
        return False
    for part in body.split(","):
        part = part.strip()
        if not part:
            continue
        if len(part) > 75 or part.split(None, 1)[0].lower() not in _ADVERBIAL_STARTERS:
            return False
        if " that " in f" {part.lower()} " or _TO_VERB_RE.match(part):
            return False  # "... that the onus is on Trump", "to expect more delays"
    return True


def extend_appositive(text: str, np_end: int, sent_end: int) -> int:
    """"said Brian Baker, a political adviser to the family." : the appositive belongs to the
    source; returns the new end (``np_end`` when nothing follows but the sentence end).

    A quotation that resumes after the appositive ends it: 'said Ann Lee, a pollster, "it ...'.

    >>> t = 'said Ann Lee, a pollster at Gallup, "is that it works."'
    >>> t[:extend_appositive(t, t.index(","), len(t))]
    'said Ann Lee, a pollster at Gallup,'
    """
    if text[np_end:np_end + 1] != ",":
        return np_end
    rest_end = sent_end
    quote = _QUOTE_RESUMES_RE.search(text, np_end + 1, sent_end)
    if quote:
        rest_end = quote.start() + 1  # keep the comma before the quotation
    while rest_end > np_end and text[rest_end - 1] in ' .!?"\n':
        rest_end -= 1
    if '"' in text[np_end:rest_end] or len(words(text, np_end, rest_end)) > 30:
        return np_end
    first = WORD_RE.search(text, np_end, rest_end)
    if first and (first.group().endswith("ing") or first.group().lower() in reporting_verbs()):
        return np_end  # "said X, referring to ...": a clause of its own, not an appositive
    return rest_end if rest_end > np_end + 1 else np_end


_QUOTE_RESUMES_RE = re.compile(r"[,.]\s*(?:\"|\u201c|'')")


def right_np(text: str, start: int, end: int, *, max_words: int = 12,
             any_first: bool = False) -> tuple[int, int] | None:
    """The noun phrase right after a cue ("said *Pompeo*, ..."), up to a boundary.

    ``any_first`` accepts a lower-case first word ("by *representatives of* ...").
    """
    toks = words(text, start, min(end, start + _NP_WINDOW))
    if not toks:
        return None
    if _boundary_between(text, start, toks[0][0]):
        return None
    first = text[toks[0][0]:toks[0][1]]
    if first.lower() in STOP_WORDS or first.lower() in NP_PREPOSITIONS \
            or first.lower() in _ADVERBIAL_STARTERS:
        return None
    if not (any_first or first[0].isupper() or first.lower() in DETERMINERS | PRONOUNS
            or first[0].isdigit()):
        return None
    pronoun = _pronoun_part(text, *toks[0])
    if pronoun is not None:
        return pronoun  # "said he" ends there; "said he didn't know" opens a clause
    stop_after = frozenset("on in at during last this yesterday today earlier later when while "
                           "after before as adding who which that".split())
    out_end = toks[0][1]
    for i in range(1, min(len(toks), max_words)):
        s, e = toks[i]
        if _boundary_between(text, toks[i - 1][1], s) or "(" in text[toks[i - 1][1]:s]:
            break
        lw = text[s:e].lower()
        if lw in _PLACE_PREPOSITIONS and _attached_pp(text, toks, i):
            continue  # "a source on the call", "an adviser to the campaign"
        if lw in stop_after or (lw in STOP_WORDS and lw not in ("of",)):
            break
        out_end = e
    return toks[0][0], out_end


_PLACE_PREPOSITIONS = frozenset("in on at to".split())
_NOT_ATTACHED = frozenset(
    "statement interview speech email e-mail tweet letter post conference call rally debate "
    "remarks release appearance video time january february march april may june july august "
    "september october november december monday tuesday wednesday thursday friday saturday "
    "sunday morning afternoon evening night week month year weekend past".split())


def _attached_pp(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Does the preposition ``toks[i]`` open a phrase that modifies the source ("a source *on the
    call*", "a poll *in the Register*") rather than an adverbial ("*in an interview*", "*on
    Tuesday*")? It must lead to a determiner or a name, and no time or medium noun follows."""
    if i + 1 >= len(toks):
        return False
    nxt = text[toks[i + 1][0]:toks[i + 1][1]]
    if not (nxt.lower() in ("the", "a", "an") or nxt[0].isupper()) or nxt.lower() in _NOT_ATTACHED:
        return False
    ahead = {_lower(text, t) for t in toks[i + 1:i + 4]}
    return not ahead & _NOT_ATTACHED
