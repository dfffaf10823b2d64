"""Private people: the relatives, neighbours and ordinary voters a story describes but does not
name, and whom TAXONOMY therefore counts as unnamed sources.

A public figure's relative is identifiable ("Trump's son", "his wife" after Trump: TAXONOMY's
named_person). The relatives of the voters a story quotes are not, and news prose marks them:
an appositive that describes instead of naming ("His wife, a retired nurse,"), an age ("Her
granddaughter, 19,"), or an owner who is unnamed or given an age himself ("Marisol Ortega, 34").
Found in session 17's blind batches 44, 51 and 54 (voters at their doors, in diners and at
rallies), where these mentions had taken the identity of the last named person.

>>> bool(PRIVATE_KIN_RE.match("His wife, a retired nurse,")), bool(PRIVATE_KIN_RE.match("His wife"))
(True, False)
>>> aged_in_text("Marisol Ortega", "Marisol Ortega, 34, a nurse's aide, said so.")
True
"""

from __future__ import annotations

import re

from .names import KIN_NOUNS

__all__ = ["BARE_KIN_RE", "BARE_GENERIC_RE", "GENERIC_NAMED_RE", "GENERIC_PEOPLE", "OWNER_PRONOUN",
           "PRIVATE_KIN_RE", "PRIVATE_ROLE_APPOSITIVE_RE", "aged_in_text"]

_KIN = "|".join(sorted(KIN_NOUNS))
_KIN_MODIFIERS = r"(?:(?:eldest|oldest|youngest|younger|older|elder|teenage|adult|grown)\s+)?"

# a relative whom the article describes instead of naming ("His wife, a retired nurse,", "Her
# husband, who came to the door", "Her granddaughter, 19,", "The husband, a machinist"); a
# public figure's relative is named ("his wife, Melania,") or bare ("his wife")
PRIVATE_KIN_RE = re.compile(r"^(?:(?:[Hh]is|[Hh]er|[Tt]heir)(?=.*,\s+(?:a|an|who|\d{1,3},)(?:\s|$))|[Tt]he)\s+"
                            + _KIN_MODIFIERS + "(?:" + _KIN + r")(?:,\s+(?:a|an|who)\b|,\s+\d{1,3},|\s*$)")

# a bare relative after a possessive ("His wife", "Her younger brother"): whose it is decides
BARE_KIN_RE = re.compile(r"([Hh]is|[Hh]er)\s+" + _KIN_MODIFIERS + "(" + _KIN + ")")
OWNER_PRONOUN = {"his": "he", "her": "she"}

# an appositive that describes a private person by sex and age or place ("The cashier, a woman
# in her 20s,", "The driver, a man from Ohio,")
PRIVATE_ROLE_APPOSITIVE_RE = re.compile(r",\s+an?\s+(?:(?:young|older|elderly|retired)\s+)?(?:man|woman)\b")

# "the man", "the older woman", "the girl": a description no public figure goes by alone (not
# "the man who built his career on ..."), unless the article said "a man named John Roe"
GENERIC_PEOPLE = frozenset("man woman girl boy teenager teen".split())
BARE_GENERIC_RE = re.compile(r"[Tt]he\s+(?:(?:older|younger|young|old|elderly|other|first|second)\s+)?"
                             r"(?:" + "|".join(sorted(GENERIC_PEOPLE)) + ")")
GENERIC_NAMED_RE = re.compile(r"\b(?:man|woman|girl|boy|teenager)\s+(?:named|called|identified\s+as)\s+[A-Z]")


def aged_in_text(name: str, text: str) -> bool:
    """Does the article give the named person an age ("Marisol Ortega, 34,")? Newspapers give
    the ages of the ordinary people they quote; their relatives are no public figures.

    >>> t = "Marisol Ortega, 34, a nurse's aide, said so. Gov. Jo Hale agreed."
    >>> aged_in_text("Marisol Ortega", t), aged_in_text("Jo Hale", t)
    (True, False)
    """
    surname = name.split()[-1] if name.split() else ""
    return bool(surname) and re.search(re.escape(surname) + r",\s+\d{1,3},", text) is not None
