"""Anonymity reasons: the words that say why a source is unnamed.

A reason span starts at the first phrase of ``lexicons/anonymity.txt`` in the sentence
("on condition of anonymity", "not authorized to speak", "citing the fact that") and runs to the
end of that clause; a second reason phrase right after the first ("..., citing ...") extends it.

>>> text = "Two aides said the vote was delayed, speaking on condition of anonymity."
>>> s, e = anonymity_reason_span(text, 0, len(text))
>>> text[s:e]
'speaking on condition of anonymity'
>>> text = "An aide who spoke on condition of anonymity said the vote was delayed."
>>> s, e = anonymity_reason_span(text, 0, len(text))
>>> text[s:e]
'spoke on condition of anonymity'
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lead_scan import NON_LETTER, NOT_AFTER_LETTER, first_match, lead_of
from .lexicons import phrase_list, reporting_verbs, weak_verb_forms
from .trie import trie_pattern


@lru_cache(maxsize=1)
def _anonymity_re() -> re.Pattern[str]:
    """One trie-shaped, case-blind pattern of every phrase (the longest wins at a position).

    The leading first-letter check lets the engine skip most positions (about 3x faster)."""
    phrases = [p.lower() for p in phrase_list("anonymity.txt")]
    body = trie_pattern(phrases).replace("\\ ", r"\s+")
    firsts = "".join(sorted({p[0] for p in phrases}))
    return re.compile(NOT_AFTER_LETTER + r"(?=[" + firsts + r"])(?:" + body + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anonymity_lead() -> re.Pattern[str]:
    """:func:`_anonymity_re` one character early: the non-letter its lookbehind allows,
    consumed (``re`` tries a pattern that opens with a lookbehind at every position)."""
    return lead_of(_anonymity_re(), NOT_AFTER_LETTER, NON_LETTER)


# Lower-case letters whose case-blind match is exactly themselves and their capital: "i", "k"
# and "s" also match "\u0130", "\u0131", "\u212a" and "\u017f", so anchors leave them out.
_PLAIN_LETTERS_RE = re.compile(r"[a-hjlm-rt-z]+")
_COMMON_RUNS = frozenset("that been want their they were with have".split())  # poor anchors


@lru_cache(maxsize=1)
def _anchor_re() -> re.Pattern[str] | None:
    """A quick test on the lower-cased sentence that every anonymity phrase passes.

    Each phrase gives its longest run of plain letters, common words last ("cond" of "on
    condition of anonymity"); a case-blind match of the phrase leaves that run in the
    lower-cased text. None when some phrase has no run of three such letters (then every
    sentence is searched in full)."""
    anchors = []
    for phrase in phrase_list("anonymity.txt"):
        runs = _PLAIN_LETTERS_RE.findall(phrase.lower())
        best = max(runs, key=lambda r: (len(r) >= 3 and r not in _COMMON_RUNS, len(r)), default="")
        if len(best) < 3:
            return None
        anchors.append(best)
    return re.compile(trie_pattern(sorted(set(anchors))))


@lru_cache(maxsize=1)
def _shortest_phrase() -> int:
    """The fewest characters a match of any phrase can cover: each letter of the phrase matches
    one character (case-blind too) and each space one or more."""
    return min(len(p.lower()) for p in phrase_list("anonymity.txt"))


def anonymity_reason_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The anonymity-reason span in ``text[start:end]`` (one sentence), if any.

    It starts at the first anonymity phrase and runs to the end of its clause (the next comma
    or semicolon, or the reporting verb after it), not to the end of the sentence.

    >>> t = "An aide, speaking on condition of anonymity, said the vote was delayed."
    >>> s, e = anonymity_reason_span(t, 0, len(t))
    >>> t[s:e]
    'speaking on condition of anonymity'
    >>> t = "Officials said the vote was delayed."
    >>> anonymity_reason_span(t, 0, len(t)) is None
    True
    """
    if end - start < _shortest_phrase():
        return None  # a mention such as "he" or "the officials": too short for any phrase
    anchor = _anchor_re()
    if anchor is not None and anchor.search(text[start:end].lower()) is None:
        return None  # the common case: no phrase can match here
    rx = _anonymity_re()
    m = first_match(rx, _anonymity_lead(), text, start, end)  # rx.search, faster
    if m is None:
        return None
    s = m.start()
    e = _clause_end(text, m.end(), end)
    while e < end:  # "on condition of anonymity, citing the fact that ..." : one reason
        nxt = rx.match(text, e + 1 + (len(text[e + 1:end]) - len(text[e + 1:end].lstrip())))
        if nxt is None:
            break
        e = _clause_end(text, nxt.end(), end)
    while e > s and text[e - 1] in ' .!?;:,"\n':
        e -= 1
    return (s, e) if e > s else None


def _clause_end(text: str, pos: int, end: int) -> int:
    """The next comma or semicolon after ``pos``, or the main verb of a report that follows
    without a comma ("an aide who spoke anonymously *said* ..."), or ``end``."""
    hits = [i for i in (text.find(",", pos, end), text.find(";", pos, end)) if i >= 0]
    stop = min(hits) if hits else end
    verb = _main_report_verb(text, pos, stop)
    return verb if verb is not None else stop


def _main_report_verb(text: str, pos: int, end: int) -> int | None:
    """Offset of a finite reporting verb ("said", "told", "argued") between ``pos`` and ``end``;
    infinitives ("not authorized *to discuss*") belong to the reason."""
    verbs, weak = reporting_verbs(), weak_verb_forms()
    clause_verb_due = False  # "because they *feared* ...": the reason clause's own verb
    for m in _WORD_RE.finditer(text, pos, end):
        word = m.group().lower()
        if word in _CLAUSE_OF_REASON:
            clause_verb_due = True
            continue
        finite = word in verbs and word not in weak and (word in _FINITE_REPORTS or word.endswith("ed")) \
            and not _TO_BEFORE_RE.search(text, max(pos, m.start() - 4), m.start())
        if clause_verb_due and (finite or word in _REASON_CLAUSE_VERBS):
            clause_verb_due = False
            continue
        if finite:
            return m.start()
    return None


_CLAUSE_OF_REASON = frozenset("because since".split())
# verbs that can be the reason clause's own ("because he *was* not authorized", "they *feared*")
_REASON_CLAUSE_VERBS = frozenset("is are was were has have had do does did will would can could "
                         "feared fears fear worried worries".split())


_WORD_RE = re.compile(r"[A-Za-z]+")
_TO_BEFORE_RE = re.compile(r"\bto\s+$")
_FINITE_REPORTS = frozenset("said says told tells wrote writes".split())
