"""What a head noun can name: a person ("senator", "commenter"), or people ("donors",
"two-thirds"), as opposed to a thing ("a reversal", "remarks"). Used by source typing and by
pronoun resolution.

>>> person_noun("strategist"), person_noun("comment"), people_noun("donors"), people_noun("remarks")
(True, False, True, False)
"""

from __future__ import annotations

import re

from .lexicons import noun_categories

__all__ = ["people_noun", "person_noun"]

_AGENTIVE_RE = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ee|ive|ary|ess|ier|ate)$")
# agentive-looking endings of nouns that name things ("comment", "positive", "debate")
_THING_RE = re.compile(r"(?:ment|ness|ity|tion|sion|ance|ence|ship|ism|ure|ative|itive|ctive|"
                       r"ate(?<=[aeiou][rt]ate|state|ebate|imate|ndate|pdate|plate))$")
_THING_WORDS = frozenset("favor favour labor labour error mirror floor door behavior honor rumor "
                         "humor color sector factor vector terror tenor motor corner river "
                         "matter number letter order paper quarter water power winter center "
                         "summer chapter answer border banner dinner manner offer ever never "
                         "other live primary event percent arrest interest".split())
_PERSON_WORDS = frozenset("child kid teen youth veteran native fellow ally gunman guy fan rival "
                          "rabbi priest troop soldier marine white black latino hispanic "
                          "millennial evangelical independent".split())
_FRACTION_RE = re.compile(r"^(?:\w+-)?(?:thirds|quarters|fourths|fifths|halves|majorities)$")


def person_noun(head: str) -> bool:
    """Could this head noun name a person ("senator", "businessman", "commenter")? A noun that
    cannot ("a reversal", "a visit", "a comment") is no unnamed person, only a source span that
    overran."""
    low = head.lower()
    if low in _PERSON_WORDS or noun_categories().get(low) in ("role", "vague"):
        return True
    return (low not in noun_categories() and low not in _THING_WORDS
            and _AGENTIVE_RE.search(low) is not None and _THING_RE.search(low) is None)


def people_noun(plural: str) -> bool:
    """Could this plural head name people ("donors", "candidates", "rabbis", "two-thirds"), or
    bodies of people ("countries")? Not "remarks", "primaries", "cases": a group needs members."""
    low = plural.lower()
    if _FRACTION_RE.match(low):
        return True
    forms = {low, low[:-1]} | ({low[:-3] + "y"} if low.endswith("ies") else set()) | (
        {low[:-2]} if low.endswith("es") else set()) | (
        {low[:-3] + "an"} if low.endswith("men") else set())
    cats = noun_categories()
    return any(person_noun(f) or cats.get(f) in ("group", "org", "bare") for f in forms)
