"""When two written names of people with one surname can be one person.

Coreference joins a later "Clinton" to an earlier "Hillary Clinton"; it must not join "Bill
Clinton" to her, nor "Donald Trump Jr." to his father. A name's surname is its last word past a
generational suffix; two names with given names are one person only when the given names agree.

>>> name_surname("Adm. Harry B. Harris Jr."), same_given_name("Ivanka Trump", "Donald Trump")
('harris', False)
"""

from __future__ import annotations

_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_PARTICLES = frozenset("de da do del della di du la le van von der den al el bin ben st st. "
                       "saint san mac".split())


def name_surname(name: str) -> str:
    """A name's last word, lower case, past a generational suffix ("Harry B. Harris Jr." ->
    "harris").

    >>> name_surname("Martin Luther King, Jr."), name_surname("Jane Doe")
    ('king', 'doe')
    """
    words = name.lower().replace(",", " ").split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def has_suffix(name: str) -> bool:
    """Does the name end in a generational suffix ("Donald Trump Jr.")?

    >>> has_suffix("Donald Trump Jr."), has_suffix("Donald Trump")
    (True, False)
    """
    words = name.lower().split()
    return len(words) > 1 and words[-1] in _SUFFIXES


def same_given_name(name: str, other: str) -> bool:
    """Can two names with one surname be one person? Not when both give a first name and the
    two differ ("Bill Clinton" and "Hillary Clinton", "Donald Trump" and "Ivanka Trump"); an
    initial agrees with a name it begins ("J. Doe", "Jane Doe").

    >>> same_given_name("Hillary Clinton", "Bill Clinton"), same_given_name("Clinton", "Bill Clinton")
    (False, True)
    >>> same_given_name("De Croo", "Herman De Croo")
    True
    """
    a, b = name.split(), other.split()
    if len(a) >= 2 and len(b) >= 2 and has_suffix(name) != has_suffix(other):
        return False  # "Donald Trump Jr." is not "Donald Trump"
    if len(a) < 2 or len(b) < 2 or a[0].lower() in _PARTICLES or b[0].lower() in _PARTICLES:
        return True  # "De Croo", "St Germain": a surname of two words, no given name
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short == long_[len(long_) - len(short):] or short[0].isupper() and len(short[0]) > 1:
        return True  # "Ruiz Ligero" in "Apolonio Ruiz Ligero"; "JCRA Watanabe" (a firm's man)
    x, y = a[0].lower().rstrip("."), b[0].lower().rstrip(".")
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
