"""Grammatical gender of person mentions, so that "he" and "she" agree with their antecedent.

A mention's gender comes from a courtesy title before the name ("Mr. Doe", "Mrs. Roe"), from
the first of two or more name words when that given name is borne almost only by one gender
(``lexicons/given_names.txt``), or from a gendered head noun ("a spokeswoman", "the man").
Anything else is unknown, and an unknown gender agrees with either pronoun.

>>> mention_gender("Mrs. Clinton", "Clinton", "Clinton"), mention_gender("Hillary Clinton", "Hillary Clinton", "Clinton")
('f', 'f')
>>> mention_gender("Warren", "Warren", "Warren") is None  # a bare surname says nothing
True
>>> agrees(pronoun_gender("she"), mention_gender("a spokesman", None, "spokesman"))
False
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import given_name_genders

_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
             "she": "f", "her": "f", "hers": "f", "herself": "f"}
_TITLES = {"mr": "m", "sir": "m", "lord": "m",
           "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "mme": "f", "lady": "f"}
_TITLE_RE = re.compile(r"\b(" + "|".join(t.capitalize() for t in _TITLES) + r")\b\.?\s+[A-Z]")
# head nouns that say the person's gender; nouns such as "chairman" that news also uses for
# women are left out
_HEADS = {**dict.fromkeys("man spokesman congressman businessman father husband son brother "
                          "boy grandfather nephew uncle widower king prince gentleman "
                          "councilman assemblyman alderman".split(), "m"),
          **dict.fromkeys("woman spokeswoman congresswoman businesswoman chairwoman mother wife "
                          "daughter sister girl grandmother niece aunt widow queen princess lady "
                          "actress councilwoman assemblywoman mom".split(), "f")}


def gendered_heads(gender: str) -> frozenset[str]:
    """The head nouns that say this gender ("woman", "spokeswoman" for "f").

    >>> "spokeswoman" in gendered_heads("f"), "chairman" in gendered_heads("m")
    (True, False)
    """
    return frozenset(head for head, g in _HEADS.items() if g == gender)


def pronoun_gender(pronoun: str | None) -> str | None:
    """"f" for she/her, "m" for he/him, else None.

    >>> pronoun_gender("She"), pronoun_gender("his"), pronoun_gender("they")
    ('f', 'm', None)
    """
    return _PRONOUNS.get((pronoun or "").lower())


def mention_gender(mention: str, name: str | None, head: str | None) -> str | None:
    """The gender a mention states: by title, by a one-gender given name, or by head noun.

    >>> mention_gender("Mr. Pompeo", "Pompeo", "Pompeo")
    'm'
    >>> mention_gender("a spokeswoman", None, "spokeswoman")
    'f'
    """
    words = (name or "").split()
    title = _TITLE_RE.search(mention, 0, _core_end(mention))
    if title and (not words or mention.find(words[0], title.end() - 1) == title.end() - 1):
        return _TITLES[title.group(1).lower()]
    if len(words) >= 2:
        found = given_name_genders().get(words[0].lower())
        if found:
            return found
    found = _HEADS.get((head or "").lower())
    if found is None and "," in mention:
        described = _DESCRIBED_AS_RE.search(mention)  # "The aide, *a woman* who has worked for"
        found = _HEADS.get(described.group(1).lower()) if described else None  # (blind batch 14)
    return found


def _core_end(mention: str) -> int:
    """Where the mention's own words end: before a comma or a relative clause ("The aide, a
    woman who has worked for *Mr.* Chaffetz": the title is someone else's)."""
    m = _CORE_END_RE.search(mention)
    return m.start() if m else len(mention)


_CORE_END_RE = re.compile(r",|\s(?:who|whom|whose|which|that)\s")


# an appositive that gives a person's gender: ", a woman who ...", ", the man in the red cap"
_DESCRIBED_AS_RE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?(woman|man|mother|father|wife|husband|"
                              r"daughter|son|grandmother|grandfather|sister|brother)\b", re.IGNORECASE)


def person_gender(mention: str, name: str | None, head: str | None, text: str) -> str | None:
    """:func:`mention_gender`, else the one gender that the article gives the surname wherever
    it writes it with a title or a given name ("Donald Trump ... Trump": "m"; an article with
    both "Bill Clinton" and "Hillary Clinton" gives "Clinton" none).

    >>> person_gender("Doe", "Doe", "Doe", "Mrs. Doe spoke. Later Doe left.")
    'f'
    """
    found = mention_gender(mention, name, head)
    return found if found is not None else surname_gender(text, name)


def surname_gender(text: str, name: str | None) -> str | None:
    """The one gender that ``text`` gives the last word of ``name`` by a title or a given name
    right before it; None where it gives none or both.

    >>> surname_gender("Mike Pompeo said talks would resume. Pompeo left.", "Pompeo")
    'm'
    >>> surname_gender("Bill Clinton met Hillary Clinton.", "Clinton") is None
    True
    """
    if not name or not name.split():
        return None
    surname = name.split()[-1]
    cache = _article_surnames(text)
    if surname not in cache:
        cache[surname] = _read_surname_gender(text, surname)
    return cache[surname]


@lru_cache(maxsize=4)  # a few articles only: a cache must not keep a corpus of texts alive
def _article_surnames(text: str) -> dict[str, str | None]:
    """Surname -> gender, filled as pronouns ask, for one article."""
    return {}


def _read_surname_gender(text: str, surname: str) -> str | None:
    genders = set()
    at = text.find(surname)
    while at >= 0:  # each use of the surname as a whole word (a plain search: no pattern to build)
        end = at + len(surname)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        before = _BEFORE_SURNAME_RE.search(text, max(0, at - 24), at) if whole else None
        at = text.find(surname, end)
        if before is None:
            continue
        found = _TITLES.get(before.group(1).lower()) if before.group(1) else \
            given_name_genders().get(before.group(2).lower())
        if found:
            genders.add(found)
    return genders.pop() if len(genders) == 1 else None


# a title or a given name (and a middle initial) right before a surname
_BEFORE_SURNAME_RE = re.compile(r"(?:\b(Mr|Mrs|Ms|Miss)\.?|\b([A-Z][a-z]+)(?:\s+[A-Z]\.)?)\s+$")


def agrees(a: str | None, b: str | None) -> bool:
    """Two genders agree unless both are known and differ.

    >>> agrees("m", "f"), agrees("f", None), agrees("f", "f")
    (False, True, True)
    """
    return a is None or b is None or a == b
