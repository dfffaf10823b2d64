"""Faster scans for patterns that open with a one-character lookbehind.

Python's ``re`` tries a pattern that opens with a lookbehind (``(?<![A-Za-z])said``) at every
position of the text, but one that opens with a character class only where the class matches,
skipping the rest in C. A *lead* is the pattern one character early: the character the
lookbehind allows is consumed by a class, and the rest of the pattern is a lookahead. The lead
finds where the pattern can match; the pattern itself is then matched there, so the results are
those of ``finditer`` and ``search`` on the pattern alone.

>>> import re
>>> rx = re.compile(NOT_AFTER_WORD + r"(?:said|told)\\b")
>>> lead = lead_of(rx, NOT_AFTER_WORD, r"\\W")
>>> t = "She said it; aides told them. Retold."
>>> [m.group() for m in scan_matches(rx, lead, t, 0, len(t))], first_match(rx, lead, t, 0, len(t)).start()
(['said', 'told'], 4)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NOT_AFTER_LETTER = r"(?<![A-Za-z])"
NOT_AFTER_WORD = r"(?<!\w)"
# a character that case-blind [A-Za-z] does not match ("\u017f", "\u212a", "\u0130" and "\u0131"
# fold to letters), spelled out case-sensitively so that the engine can scan for it quickly: the
# lead class for NOT_AFTER_LETTER in a case-blind pattern
NON_LETTER = r"(?-i:[^A-Za-z\u017f\u212a\u0130\u0131])"


def lead_of(rx: re.Pattern[str], opener: str, lead_class: str) -> re.Pattern[str]:
    """The lead of ``rx``, which opens with the lookbehind ``opener``; ``lead_class`` matches
    exactly the characters that ``opener`` allows before a match (``\\W`` for
    NOT_AFTER_WORD, NON_LETTER for NOT_AFTER_LETTER).

    The lead matches one character before each match of ``rx``:

    >>> rx = re.compile(NOT_AFTER_WORD + r"said\\b")
    >>> lead = lead_of(rx, NOT_AFTER_WORD, r"\\W")
    >>> t = "Unsaid, she said it."
    >>> [m.start() for m in lead.finditer(t)], [m.start() for m in rx.finditer(t)]
    ([11], [12])
    """
    if not rx.pattern.startswith(opener):
        raise ValueError(f"the pattern does not open with {opener!r}")
    return re.compile(lead_class + "(?=" + rx.pattern[len(opener):] + ")", rx.flags)


def scan_matches(rx: re.Pattern[str], lead: re.Pattern[str], text: str, start: int,
                 end: int) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text, start, end)``, found faster.

    ``rx`` opens with a one-character lookbehind and never matches empty; ``lead`` is its lead.
    ``rx`` itself is tried where a match ended or ``lead`` found one.

    >>> rx = re.compile(NOT_AFTER_WORD + r"(?:said|told)\\b")
    >>> lead = lead_of(rx, NOT_AFTER_WORD, r"\\W")
    >>> t = "Unsaid, she said it; aides told them. Retold."
    >>> [m.span() for m in scan_matches(rx, lead, t, 1, len(t))]
    [(12, 16), (27, 31)]
    >>> [m.span() for m in rx.finditer(t, 1, len(t))]
    [(12, 16), (27, 31)]
    """
    pos = start
    while True:
        m = rx.match(text, pos, end)
        if m is None:
            ahead = lead.search(text, pos, end)
            if ahead is None:
                return
            pos = ahead.end()  # the first place after pos where rx matches
            continue
        yield m
        pos = m.end()


def first_match(rx: re.Pattern[str], lead: re.Pattern[str], text: str, start: int,
                end: int) -> re.Match[str] | None:
    """``rx.search(text, start, end)``, found faster (see :func:`scan_matches`).

    >>> rx = re.compile(NOT_AFTER_WORD + r"(?:said|told)\\b")
    >>> lead = lead_of(rx, NOT_AFTER_WORD, r"\\W")
    >>> t = "Unsaid, she said it; aides told them. Retold."
    >>> first_match(rx, lead, t, 16, len(t)).span(), rx.search(t, 16, len(t)).span()
    ((27, 31), (27, 31))
    >>> first_match(rx, lead, t, 28, len(t)), rx.search(t, 28, len(t))
    (None, None)
    """
    return next(scan_matches(rx, lead, text, start, end), None)
