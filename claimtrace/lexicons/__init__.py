"""Loaders for the lexicon data files shipped in this folder (see README.md for provenance).

Each file has one entry per line; ``#`` starts a comment. Loaders are cached, so the files
are read once per process.

>>> "said" in reporting_verbs()
True
>>> reporting_verbs()["said"]
('say', 'speech')
>>> noun_categories()["officials"]
'role'
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file, stripped."""
    raw = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def reporting_verbs() -> dict[str, tuple[str, str]]:
    """Inflected form (lower case, ``_`` read as a space) -> (lemma, kind).

    A form listed under several kinds keeps its first kind (speech before belief).
    """
    return {form: (lemma, kind) for form, (lemma, kind, _) in _verb_table().items()}


@cache
def weak_verb_forms() -> frozenset[str]:
    """Forms written with a leading ``~``: they need a that-clause, colon or quote after them."""
    return frozenset(form for form, (_, _, weak) in _verb_table().items() if weak)


@cache
def _verb_table() -> dict[str, tuple[str, str, bool]]:
    table: dict[str, tuple[str, str, bool]] = {}
    for line in _lines("reporting_verbs.txt"):
        kind, raw_lemma, *inflected = line.split()
        lemma = raw_lemma.lstrip("~").replace("_", " ")
        for form in (raw_lemma, *inflected):
            weak = form.startswith("~")
            table.setdefault(form.lstrip("~").replace("_", " "), (lemma, kind, weak))
    return table


def _categorised(name: str) -> dict[str, str]:
    """Lines "CATEGORY word word ..." -> {word (lower case): category}; the first line wins."""
    cats: dict[str, str] = {}
    for line in _lines(name):
        cat, *entries = line.split()
        for entry in entries:
            cats.setdefault(entry.lower(), cat)
    return cats


@cache
def noun_categories() -> dict[str, str]:
    """Source head noun (lower case) -> category: role, vague, bare, group, people, document, media, org."""
    return _categorised("source_nouns.txt")


@cache
def nominal_cue_forms() -> dict[str, str]:
    """Statement or stance noun (lower case) -> kind (speech or belief), for nominal cues."""
    return _categorised("nominal_cues.txt")


@cache
def given_name_genders() -> dict[str, str]:
    """Given name (lower case) -> "f" or "m", for names borne almost only by one gender."""
    return _categorised("given_names.txt")


@cache
def stance_adjectives() -> frozenset[str]:
    """Adjectives that state a stance after a copula ("skeptical", "eager"), lower case."""
    return frozenset(word.lower() for line in _lines("stance_adjectives.txt") for word in line.split())


@cache
def phrase_set(name: str) -> frozenset[str]:
    """The lines of a phrase file (outlets.txt, titles.txt, places.txt, ...), lower-cased."""
    return frozenset(line.lower() for line in _lines(name))


@cache
def phrase_list(name: str) -> tuple[str, ...]:
    """The lines of a phrase file in file order, original case."""
    return tuple(_lines(name))
