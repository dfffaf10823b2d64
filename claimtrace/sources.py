"""Source classification: fine type, head, count, role, affiliation.

Anonymity reasons are found by :mod:`claimtrace.anonymity`.

Rules follow TAXONOMY.md: a name decides; outlets are media; document nouns are documents;
unnamed people are anonymous_specific (role noun), anonymous_vague (no role) or
anonymous_bare ("sources"); collectives are unnamed_group.

>>> classify("One administration official").type.value
'anonymous_specific'
>>> classify("Secretary of State Mike Pompeo").type.value
'named_person'
>>> classify("The New York Times").type.value
'media'
>>> classify("sources").type.value
'anonymous_bare'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .conjuncts import (
    after_lower_word,
    first_conjunction,
    modifier_conjunct,
    one_described,
    only_opens_sentences,
    split_conjuncts,
)
from .head_nouns import (
    CAUCUS_WORDS,
    COUNT_RE,
    IRREGULAR_PLURALS,
    OF_HEAD_RE,
    PARTY_TAG_RE,
    SUBSET_CAPS,
    SUBSET_WORDS,
    definite_bodies,
    mention_core,
    people_noun,
    person_noun,
)
from .lexicons import given_name_genders, noun_categories, phrase_set
from .model import SourceType
from .names import (
    DETS,
    FUNCTION_WORDS,
    KIN_NOUNS,
    LEGAL_SUFFIXES,
    ORG_WORDS,
    PAPER_WORDS,
    PARTY_WORDS,
    company_stem_in_text,
    contains_word,
    definite_name,
    described_name,
    domain_name,
    find_outlet,
    is_cap,
    lone_name,
    lower_title_name,
    name_in_prose,
    newspaper_name,
    outlet_short_name,
    outlet_surname,
    owned_name,
    person_name,
    shouted_name,
    strip_possessive,
    title_then_name,
    titled_name,
    tokens,
)

_REPORTING_NOUNS = frozenset("paper piece article articles editorial column report reports story "
                             "stories review investigation broadcast interview coverage".split())
_PRESS_WORDS = frozenset("press news media".split())  # "press reports", "news accounts"
_WIRE_HEADS = frozenset("agency service organization organisation".split())  # "news agency"
# "thousands of people", "tens of thousands of ordinary people" (with no "familiar with ...")
_CROWD_RE = re.compile(r"(?:tens\s+of\s+)?(?:thousands|hundreds|millions|dozens|scores)\s+of\s+"
                       r"(?:[a-z]+\s+)?people$")
# modifiers that make "figures" people rather than numbers ("party figures", "public figures")
_FIGURES_OF_PEOPLE = frozenset("party gop republican democratic establishment political public "
                               "opposition prominent religious conservative liberal progressive "
                               "labor union community civic".split())
_QUANTIFIERS = frozenset("some many most few several various numerous all other others "
                         "thousands hundreds dozens millions scores".split())
_PARTIES = PARTY_WORDS
# singular nouns for a body of people, listed as groups with their plurals ("the crowd")
_COLLECTIVE_NOUNS = frozenset("crowd audience community family generation".split())
# words that stand alone for people already described ("One said", "Another added", "Neither
# would comment"); capitalised only because they open a sentence (session 9, Reuters sample:
# "One said ..." typed a person)
_LONE_DETERMINERS = frozenset("one two three four five six seven eight nine ten another neither "
                              "none".split())
_DOTTED_RE = re.compile(r"^(?:[A-Z]\.){2,}[A-Z]?\.?$")
_FEMALE = frozenset("she her herself".split())
_PERSON_PRONOUNS = frozenset("he she him her".split())
_PLURAL_PRONOUNS = frozenset("they them".split())
_NEUTER_PRONOUNS = frozenset("it".split())
_FIRST_SECOND = frozenset("i we you me us".split())
_RELATIVES = frozenset("who which that".split())
_EACH_OF_THEM_RE = re.compile(r"(?:each|both|all)(?:\s+of\s+them)?|(?:each|both|all)\s+three|the\s+(?:two|pair)")
_PRONOUNS = _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _NEUTER_PRONOUNS | _FIRST_SECOND | _RELATIVES
# a possessive pronoun stands for its owner ("his campaign" cut to "his"): resolve it as the subject
_POSSESSIVE_PRONOUNS = {"his": "he", "its": "it", "their": "they", "my": "i", "our": "we",
                        "your": "you"}
_CONTRACTION_RE = re.compile(r"['\u2019](?:d|ll|s|re|ve|m)$", re.IGNORECASE)


@dataclass(frozen=True)
class SourceInfo:
    """What the words of a source mention say about it, before resolution.

    >>> info = classify("One administration official")
    >>> info.type.value, info.count, info.role, info.affiliation
    ('anonymous_specific', 'One', 'official', 'administration')
    """

    type: SourceType
    head: str
    plural: bool
    pronoun: str | None = None
    count: str | None = None
    role: str | None = None
    affiliation: str | None = None
    name: str | None = None
    evidence: str = ""


# a focusing adverb before a source ("Only about half of voters", "Even some Democrats") is no
# part of its description
_FOCUS_RE = re.compile(r"^(?:[Oo]nly|[Ee]ven|[Jj]ust(?=\s+[a-z0-9]))\s+(?=\S)")


# session 10, TAXONOMY battery: "the Koch brothers", "the Bush family" (a name decides)
_NAMED_FAMILY_RE = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'\-]+\s+(?:brothers|sisters|family|siblings|twins)$")


# a person who names themself in the mention: "who later identified himself as Dale Hummel",
# "who gave only his first name, Art"
_SELF_NAMED_RE = re.compile(r"\bwho\s+(?:later\s+)?(?:identified\s+(?:himself|herself)\s+(?:only\s+)?as|"
                            r"(?:(?:would|could|did)\s+)?(?:give|gave)\s+(?:only\s+)?"
                            r"(?:his|her)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)|"
                            # session 18 (blind batch 44 gold, PolNeAR train checked by hand): "who
                            # would give only his first name, Dale,", "who asked that only her first
                            # name, Ana, be used"; a first name alone names the person (TAXONOMY)
                            r"asked\s+that\s+only\s+(?:his|her)\s+first\s+name,)"
                            r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")


# a relative clause, set off by a comma or not: "One senator*, who is up for re-election and
# asked not to be named,*", "an operative *who has worked for both Ryan and Walker*" (blind 8)
_RELATIVE_ASIDE_RE = re.compile(r",?\s+(?:who|which|whose|whom)\b.*$", re.DOTALL)


def _and_in_aside_only(text: str) -> bool:
    """Is every coordination of the mention inside its relative clause or its participle
    phrase (blind batch 5: an unnamed senator "who is up for re-election and asked not to be
    named" was two people)?

    >>> _and_in_aside_only("One senator, who ran and lost,"), _and_in_aside_only("Ann and Bo")
    (True, False)
    >>> _and_in_aside_only("A man wearing a cap and a coat")
    True
    >>> _and_in_aside_only("Ann Doe, a Republican, and Bo Roe, a Democrat,")
    False
    """
    m = _RELATIVE_ASIDE_RE.search(text)
    if m is not None and m.start() > 0 and len(split_conjuncts(text[:m.start()])) == 1:
        return True
    core = mention_core(text)  # "A man *wearing a red cap and a camouflage jacket*" (blind 10)
    rest = text[len(core):].lstrip(" ,") if text.startswith(core) else ""
    first = rest.split(None, 1)[0].lower() if rest else ""
    if first in ("a", "an") and ", and " not in rest and ", or " not in rest and " and " not in core:
        return len(split_conjuncts(core)) == 1  # "The governor, a longtime friend and fund-raiser
        # for the Clintons," (session 17, blind batch 43): one appositive of one person
    return first.endswith("ing") and first != "including" and " and " not in core \
        and len(split_conjuncts(core)) == 1


def classify(mention: str, *, context: str = "") -> SourceInfo:
    """Classify one source mention by its words alone (no resolution of pronouns).

    In a coordination a named conjunct decides ("critics, including Trump" is a person).

    >>> info = classify("critics, including Trump")
    >>> info.type.value, info.name
    ('named_person', 'Trump')
    """
    text = mention.strip(" ,")
    if text[:1] in "OoEeJj":  # the first letters of _FOCUS_RE's words: most mentions skip it
        text = _FOCUS_RE.sub("", text, count=1)
    lone = _LONE_DESCRIBED_RE.match(text)
    if lone is not None:  # "Another, a former adviser to Romney,": the description says who
        return classify(text[lone.end():], context=context)
    parts = [text] if _one_company(text) else split_conjuncts(text)
    if len(parts) > 1 and _and_in_aside_only(text):
        parts = [text]  # "One senator, who is up for re-election and asked not to be named,"
    if len(parts) > 1 and _PLACE_OBJECT_RE.search(parts[0]) and all(_place_conjunct(p) for p in parts[1:]):
        parts = [text]  # "Most Republican voters in Alabama, Georgia and Virginia": places, not
        # people joined to the voters (session 18, hand-checked PolNeAR train)
    if len(parts) > 2 and modifier_conjunct(parts[:2], context):
        # "current and former officials in the FBI and at the Justice Department": the first
        # "and" joins two modifiers of one head, a later one the head's post-modifiers
        parts = [_joined_modifiers(parts[0], parts[1]), *parts[2:]]
    if len(parts) == 2 and modifier_conjunct(parts, context):
        info = _classify_one(_joined_modifiers(parts[0], parts[1]), context)
        return SourceInfo(info.type, info.head, info.plural, count=info.count, role=info.role,
                          affiliation=info.affiliation, name=info.name,
                          evidence=f"two modifiers of one head: {info.evidence}")
    if len(parts) == 2 and one_described(parts):
        info = _classify_one(parts[0], context)
        return SourceInfo(info.type, info.head, False, count=info.count, role=info.role,
                          affiliation=info.affiliation, name=info.name,
                          evidence=f"one person, two descriptions: {info.evidence}")
    if len(parts) > 1 and not _document_with_author(text):
        infos = [_classify_one(p, context) for p in parts if p.strip()]
        named = _named_conjunct(infos, bodies=mention_core(parts[0]) == parts[0].strip(" ,")
                                 and infos[0].type is not SourceType.UNKNOWN)
        if named is not None:
            return named
        return SourceInfo(infos[0].type, infos[0].head, True, count=infos[0].count,
                          role=infos[0].role, affiliation=infos[0].affiliation,
                          name=infos[0].name, evidence=f"coordination: {infos[0].evidence}")
    info = _classify_one(text, context)
    self_named = _SELF_NAMED_RE.search(text) if info.type.is_anonymous and "who" in text else None
    if self_named is not None:  # "The man, who later identified himself as Dale Hummel," (blind 16)
        return SourceInfo(SourceType.NAMED_PERSON, self_named.group(1).split()[-1], False,
                          name=self_named.group(1), evidence=f"named in the mention: {self_named.group()!r}")
    if info.type is SourceType.NAMED_PERSON and "," in text and info.evidence.startswith("capital"):
        body = _described_body(text)
        if body is not None:  # "America Rising, a conservative political action committee,"
            return SourceInfo(body[0], info.head, info.plural, name=info.name,
                              evidence=f"a name described as a body ({body[1]!r})")
    if info.type in (SourceType.NAMED_ORG, SourceType.DOCUMENT) and "," in text \
            and text[:1].isupper():  # "The Record, a newspaper in North Jersey," (blind 15)
        body = _described_body(text)
        if body is not None and body[0] is SourceType.MEDIA:  # "The Vindicator, the local
            return SourceInfo(SourceType.MEDIA, info.head, info.plural, name=info.name,  # paper,"
                              evidence=f"a name described as an outlet ({body[1]!r})")
    if info.type not in _NAMED and ("," in text or "-" in text or "\u2014" in text):
        named = _appositive_name(text)
        if named:
            return SourceInfo(named.type, info.head, info.plural, name=named.name,
                              role=info.role, evidence=f"appositive name decides: {named.evidence}")
    if info.type is SourceType.UNKNOWN and info.pronoun is None and _ONE_OF_THEM_DESCRIBED_RE.match(text):
        described = _classify_one(text[text.index(",") + 1:].strip(" ,"), context)
        if described.type.is_anonymous:  # "One of them, a laid-off welder from Struthers," (blind
            return SourceInfo(described.type, described.head, False,  # batch 29, session 16)
                              evidence=f"one of them, described: {described.evidence}")
        if described.type is SourceType.UNKNOWN:  # "One of them, a sophomore from Pittsburgh,"
            return SourceInfo(SourceType.ANONYMOUS_VAGUE, described.head, False,
                              evidence="one of them, described by a noun of no known kind")
    return info


# a body named "Office of ...", "Bureau of ...": not the officer in its name ("the Office of
# Inspector General" had been an unnamed general)
_BODY_OF_RE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['\u2019]s\s+)?(?:Office|Bureau|"
                         r"Department|Ministry|Agency|Commission|Committee|Board|Council)\s+of\s+"
                         r"(?:the\s+)?[A-Z]")


# an American broadcaster's call sign: four capitals from W or K, perhaps with its band
_CALL_SIGN_RE = re.compile(r"[WK][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")


# "One of them, a retired teacher,": a member set off before the description that types it
_ONE_OF_THEM_DESCRIBED_RE = re.compile(r"^(?:[Oo]ne|[Aa]nother|[Ss]ome)\s+of\s+(?:them|those|us),\s+(?:a|an)\s")


# a lone member word set off before its description: "Another, a former adviser to ..."
_LONE_DESCRIBED_RE = re.compile(r"^(?:One|Another|A\s+(?:second|third)|The\s+other),\s+(?=(?:a|an)\s)")


# one company whose name holds "and" or "&": "Pennsylvania Power and Light Co", "Smith & Sons Ltd"
_JOINT_COMPANY_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'.\-]*\s+)+(?:and|&)\s+(?:[A-Z][\w'.\-]*\s+)+"
                               r"(?:" + "|".join(LEGAL_SUFFIXES) + r")\.?$")


_PLACE_ADJECTIVES = frozenset("northern southern eastern western central rural upstate downstate "
                               "north south east west".split())
# the first conjunct ends in a preposition's place object: "voters in Alabama", "counties in eastern"
_PLACE_OBJECT_RE = re.compile(r"\b(?:in|of|from|across|throughout|like)\s+(?:[A-Z][\w.\-]*|"
                              + "|".join(sorted(_PLACE_ADJECTIVES)) + r")(?:,?\s+[A-Z][\w.\-]*)*$")


def _place_conjunct(part: str) -> bool:
    """Is a conjunct a place ("Virginia", "southern Ohio"), which joins no one to a group?

    >>> _place_conjunct("southern Ohio"), _place_conjunct("Gov. John Kasich")
    (True, False)
    """
    words = part.strip(" ,").split()
    if words and words[0].lower() in _PLACE_ADJECTIVES:
        words = words[1:]
    place = " ".join(words).lower()
    return bool(words) and (place in phrase_set("places.txt") or place in _STATES_ALSO_NAMES)


# the states that places.txt leaves out because they are also first names: as a conjunct of
# their own they are places ("voters in Alabama, Georgia and Virginia")
_STATES_ALSO_NAMES = frozenset("georgia montana virginia".split())


def _joined_modifiers(first: str, second: str) -> str:
    """The mention that two modifier conjuncts share: the first is kept when it is lower case
    ("three current and former aides" keeps its count).

    >>> _joined_modifiers("three current", "former aides"), _joined_modifiers("Current", "former aides")
    ('three current former aides', 'former aides')
    """
    return f"{first} {second}" if first.islower() else second


def _one_company(text: str) -> bool:
    """One company or outlet whose name holds "and": with a suffix, or listed whole ("S and P",
    "The Post and Courier").

    >>> _one_company("S and P"), _one_company("Rellow Paint and Glass Co"), _one_company("Smith and Jones")
    (True, True, False)
    """
    low = text.lower().removeprefix("the ")
    return ("and" in text or "&" in text) and _JOINT_COMPANY_RE.match(text) is not None \
        or low in phrase_set("organisations.txt") or " and " in low and low in phrase_set("outlets.txt")


def _named_conjunct(infos: list[SourceInfo], *, bodies: bool) -> SourceInfo | None:
    """The conjunct that decides a coordination (TAXONOMY: a named conjunct decides): a named
    person ("Trump and his allies"), else the first named body or outlet ("activists and
    Planned Parenthood", "companies including Acme Corp."); ``bodies``: the first conjunct has
    no post-modifier, so a body named later is no place in it ("spokesmen at the FBI and ...")."""
    for kinds, what in ((_PERSON_ONLY, "a named person"), (_BODIES if bodies else (), "a named body")):
        for info in infos:
            if info.type in kinds and info.pronoun in (None, "he", "she"):  # "he" is a person
                return SourceInfo(info.type, info.head, True, name=info.name,
                                  evidence=f"coordination with {what}: {info.evidence}")
    return None


_PERSON_ONLY = (SourceType.NAMED_PERSON,)
_BODIES = (SourceType.NAMED_ORG, SourceType.MEDIA)


def classify_in(mention: str, text: str) -> SourceInfo:
    """``classify(mention, context=text)``, remembered: across articles for a mention in lower
    case ("he", "the official"; the article is read only about capitalised words), else
    within one article.

    >>> t = "Corvel Software Inc posted a loss. Corvel said sales fell."
    >>> classify_in("Corvel", t).type.value, classify("Corvel").type.value
    ('named_org', 'named_person')
    """
    return _classify_lower(mention) if mention.islower() else _classify_in(mention, text)


_classify_lower = lru_cache(maxsize=4096)(classify)
_classify_in = lru_cache(maxsize=512)(lambda mention, text: classify(mention, context=text))


_NAMED = (SourceType.NAMED_PERSON, SourceType.NAMED_ORG, SourceType.MEDIA)


def _document_with_author(text: str) -> bool:
    """"a study by Jane Doe and John Roe": a document noun heads the mention and the
    coordination is inside its post-modifier, so the authors do not decide (TAXONOMY: a
    document noun decides even when its author is named in the phrase)."""
    core = mention_core(text)
    core_toks = tokens(core)
    if not core_toks or noun_categories().get(strip_possessive(core_toks[-1]).lower()) != "document":
        return False
    first = first_conjunction(text)
    return first is not None and first >= len(core)


_NAME_PART_RE = re.compile(r"^(?:(?:former|then|ex-)\s*)?(?:[A-Z][\w'&\-]*\.?\s+){0,4}"
                           r"(?:[A-Z]|(?:al|el|bin|ibn)-[A-Z])[\w'&\-]+\.?$")  # ("Ahmed al-Asiri")
# ("former Justice Minister Jose Eduardo Cardozo": session 17, blind batch 48)
# an affiliation after an appositive name: "David Woodard *of Clemson University*"
_AFFILIATION_RE = re.compile(r"\s+(?:of|at|from|with)\s+\S.*$")


_BODY_TYPES = {"org": SourceType.NAMED_ORG, "media": SourceType.MEDIA}
_APPOSITIVE_STOPS = frozenset("of for in at on with that which who whose from to by".split())


# bodies that follow a person and take a bare first name before them: "Hillary camp", "Bernie
# campaign" (PolNeAR train headline), not a surname
_FOLLOWING_BODIES = frozenset("camp campaign team party administration government family staff".split())


def _described_body(text: str) -> tuple[SourceType, str] | None:
    """The type a name's appositive gives it when it describes a body: "America Rising, *a
    conservative political action committee*" (named_org), "Breitbart, *a conservative news
    network*" (media). People keep theirs ("Smith, a spokesman for the group").

    >>> _described_body("Priorities USA, the main super PAC supporting Clinton")
    (<SourceType.NAMED_ORG: 'named_org'>, 'pac')
    """
    appositive = text.split(",")[1].strip()
    if not appositive.lower().startswith(("a ", "an ", "the ")):
        return None
    toks = tokens(appositive)
    cut = next((i for i, t in enumerate(toks) if i > 1 and (
        t.lower() in _APPOSITIVE_STOPS or t.endswith(("ing", "ed")) and t.islower())), len(toks))
    head = toks[cut - 1].lower() if cut else ""
    kind = _BODY_TYPES.get(noun_categories().get(head, "")) if head in _BODY_HEADS else None
    return (kind, head) if kind is not None else None


# heads of an appositive that make the name before it a body, not a person
_BODY_HEADS = frozenset("committee pac group organization organisation company firm union "
                        "coalition campaign party agency foundation institute watchdog league "
                        "association nonprofit charity council network newspaper magazine outlet "
                        "website think-tank corporation station broadcaster channel tabloid "
                        "daily weekly".split())


# an appositive that gives a name after lower-case words of description, with no article
# or preposition among them ("syndicated radio host Dennis Prager"; not "a spokesman for Jane Doe")
_DESCRIBED_NAME_PART_RE = re.compile(r"^(?:(?!(?:a|an|the|of|for|to|with|at|in|on|by|from|and|or|who|"
                                     r"that)\s)[a-z][\w\-]*\s+){0,3}([a-z][\w\-]*)\s+(?:[A-Z][\w'\-]*\.?\s+){1,2}"
                                     r"[A-Z][\w'\-]+$")


def _described_name_part(part: str) -> bool:
    """Is ``part`` a name after lower-case words that end in a person noun ("syndicated radio
    host Dennis Prager"; not "said Reince Priebus")?

    >>> _described_name_part("radio host Dennis Prager"), _described_name_part("said Jo Lee")
    (True, False)
    """
    m = _DESCRIBED_NAME_PART_RE.match(part)
    return m is not None and person_noun(m.group(1))


_APPOSITIVE_SPLIT_RE = re.compile(r",|\s[\u2014\u2013]\s?|\s?[\u2014\u2013]\s|\s--\s")


# a restrictive relative clause still open where the first comma falls
_OPEN_RELATIVE_RE = re.compile(r"\s(?:who|whom|whose|that)\s")


_MADE_BY_RE = re.compile(r"\b(?:carried|published|issued|released|aired|broadcast|run|written|"
                         r"sent|circulated|posted)\s+(?:by|on|in)\s", re.IGNORECASE)


def _appositive_name(text: str) -> SourceInfo | None:
    """"the company's chief executive, John J. Ferriola", "the port operator, Tessel
    Terminals": a name set off by commas names the source."""
    parts = [PARTY_TAG_RE.sub("", _AFFILIATION_RE.sub("", p.strip()))
             for p in _APPOSITIVE_SPLIT_RE.split(text)]
    if _OPEN_RELATIVE_RE.search(parts[0]):
        return None  # "An official who worked under Mr. Comey's predecessor, Robert Mueller,":
        # the name is the relative clause's (blind batch 14), not the source's
    if _MADE_BY_RE.search(parts[0]):
        return None  # "A government statement carried by the official news agency, KCNA,":
        # the name restates the agency (blind batch 24, session 16), not the statement
    for part in parts[1:]:
        if _NAME_PART_RE.match(part) and (len(part.split()) >= 2 or find_outlet(part)):
            info = _classify_one(part)
            if info.type in _NAMED:
                return info
        elif _described_name_part(part):  # "one prominent conservative, *syndicated radio
            info = _classify_one(part)  # host Dennis Prager*," (session 18, PolNeAR train)
            if info.type is SourceType.NAMED_PERSON:
                return info
    if len(parts) >= 2 and _first_name_of_kin(parts[0], parts[1]):
        return SourceInfo(SourceType.NAMED_PERSON, parts[1], False, name=parts[1],
                          evidence=f"a relative given a first name ({parts[1]!r})")
    return None


def _first_name_of_kin(described: str, name: str) -> bool:
    """"his wife, Jane,": a relative named by a first name alone (TAXONOMY: a name decides).

    >>> _first_name_of_kin("his wife", "Jane"), _first_name_of_kin("his wife", "Monday")
    (True, False)
    """
    toks = tokens(described)
    return (len(toks) >= 2 and toks[-1].lower() in KIN_NOUNS and name.isalpha() and is_cap(name)
            and name[1:].islower() and name.lower() not in _NOT_FIRST_NAMES)


# capitalised single words after a comma that are no first names
_NOT_FIRST_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday jr sr "
                             "too however meanwhile".split())


def _body_name(toks: list[str]) -> bool:
    """"the Bureau of Labor Statistics", "the Center for Opinion Research": a capitalised
    name whose body word comes before "of"/"for" names the body, not a document.

    >>> _body_name(tokens("the Bureau of Labor Statistics")), _body_name(tokens("the jobs report"))
    (True, False)
    """
    if len(toks) < 3 or not is_cap(toks[-1]):
        return False
    for i, tok in enumerate(toks[:-2]):
        if is_cap(tok) and tok.lower() in ORG_WORDS and toks[i + 1] in ("of", "for", "on"):
            return all(is_cap(t) or t in FUNCTION_WORDS for t in toks[i + 2:])
    return False


_BROADCAST_WORDS = frozenset("news broadcast broadcasting television tv cable radio media sports "
                             "satellite cnn fox abc cbs nbc".split())


def _advocacy_network(toks: list[str]) -> bool:
    """"The Judicial Crisis Network" (blind batches 6 and 8): a capitalised name ending in
    "Network" with no broadcast word in it names a group, not a broadcaster ("Sinclair Broadcast
    Network").

    >>> _advocacy_network(tokens("The Judicial Crisis Network")), _advocacy_network(tokens("the network"))
    (True, False)
    """
    name: list[str] = []
    for t in reversed(toks[:-1]):  # the capitalised run before "Network" ("The conservative
        if not is_cap(t) or t.lower() in DETS:  # *Judicial Crisis* Network")
            break
        name.insert(0, t)
    return len(name) >= 1 and is_cap(toks[-1]) and not any(t.lower() in _BROADCAST_WORDS for t in name)


def _common_in(context: str, word: str) -> bool:
    """Is ``word`` (capitalised at a sentence start) a common noun in this article? Yes when it
    appears in lower case elsewhere, or only ever opens sentences, and is never capitalised
    mid-sentence ("Developers" vs "Sanders", whom the article also calls "Bernie Sanders")."""
    if not context:
        return False
    low = word.lower()
    if after_lower_word(context, word):
        return False
    return contains_word(context, low) or (_PLURAL_NOUN_RE.search(low) is not None
                                           and only_opens_sentences(context, word))


# endings of plural nouns for people that surnames rarely have ("Developers" but not "Sanders",
# "Engineers", "Relatives", "Editorialists"); "-ers" only in longer words
_PLURAL_NOUN_RE = re.compile(r"(?:ists|ians|ants|ents|ees|als|ives|ites|ors|ics|ies|\w{5}ers)$")


# a surname that opens with a lower-case particle: "Ahmed al-Asiri", "Bashar al-Assad" (session
# 17, blind batch 52: "Brig. Gen. Ahmed al-Asiri" had no type); read with the particle capitalised
_PARTICLE_SURNAME_RE = re.compile(r"(?<![\w-])(al|el|bin|ibn|abu)-(?=[A-Z])")
_CAPITALISED_PARTICLE_RE = re.compile(r"(?<![\w-])(Al|El|Bin|Ibn|Abu)-(?=[A-Z])")


def _capitalised_particle(m: re.Match[str]) -> str:
    return m.group(1).capitalize() + "-"


def _lower_particle(m: re.Match[str]) -> str:
    return m.group(1).lower() + "-"


# a body named by its holder's title with "of": "the secretary of state's office"
_OF_OWNER_BODY_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.\-]*\s+){0,3}(?i:secretary|attorney|comptroller|"
                               r"commissioner|superintendent)\s+of\s+(?:the\s+)?[\w\-]+['\u2019]s\s+(office)$")


def _classify_one(text: str, context: str = "") -> SourceInfo:
    text = text.strip(" ,")
    if "-" in text and _PARTICLE_SURNAME_RE.search(text):
        info = _classify_one(_PARTICLE_SURNAME_RE.sub(_capitalised_particle, text), context)
        if info.type is SourceType.NAMED_PERSON and info.name:  # the name as written
            return replace(info, name=_CAPITALISED_PARTICLE_RE.sub(_lower_particle, info.name))
        return info
    low = text.lower()
    toks = tokens(text)
    if not toks:
        return SourceInfo(SourceType.UNKNOWN, "", False, evidence="no words")
    owned = _OF_OWNER_BODY_RE.match(text) if "office" in low else None
    if owned is not None:  # "The Colorado secretary of state's office" (session 17, blind 51)
        return SourceInfo(SourceType.NAMED_ORG, owned.group(1).lower(), False,
                          evidence=f"an office named by its holder ({owned.group(1)!r})")
    if low in _LONE_DETERMINERS and text != low:  # "One said ...", "Another added ...": a
        return _classify_one(low, context)  # sentence's first word, no name (as in lower case)
    pronoun = pronoun_word(low) if " " not in low and not (len(text) > 1 and text.isupper()) else None  # "WHO"
    if pronoun:
        return _pronoun(pronoun)
    if _EACH_OF_THEM_RE.fullmatch(low):  # "each of them", "both": the people just named
        return SourceInfo(SourceType.UNKNOWN, low, True, pronoun="they",
                          evidence=f"{low!r} takes up a plural (unknown until resolved)")
    if len(toks) == 2 and toks[0].lower() == "the" and is_cap(toks[1]) and toks[1].lower() in PAPER_WORDS \
            and outlet_short_name(context, toks[1]):  # "the Herald" after "the Miami Herald"
        return SourceInfo(SourceType.MEDIA, toks[1], False, name=text,  # (blind batch 34)
                          evidence=f"the short name of an outlet the article named ({text!r})")
    if text[:1] in "WK" and len(text) <= 7 and _CALL_SIGN_RE.fullmatch(text):  # "WMUR" (blind 29)
        return SourceInfo(SourceType.MEDIA, text, False, name=text,
                          evidence=f"a broadcaster's call sign {text!r}")
    if low.removeprefix("the ") in phrase_set("organisations.txt"):  # "Right to Rise", whole
        return SourceInfo(SourceType.NAMED_ORG, toks[-1], False, name=text,
                          evidence=f"a known organisation {text!r}")
    count_m = COUNT_RE.match(text)
    count = count_m.group(1) if count_m else None
    if _NAMED_FAMILY_RE.match(text):  # "the Koch brothers": people the name picks out
        return SourceInfo(SourceType.NAMED_PERSON, toks[-1], True, count=count, name=text,
                          evidence=f"a family named {text!r}")
    titled = titled_name(toks) or (lower_title_name(text.split(",", 1)[0]) if " of " in text else None)
    if titled:
        return SourceInfo(SourceType.NAMED_PERSON, titled.split()[-1], False, count=count,
                          name=titled, evidence=f"title phrase ending in the name {titled!r}")
    core = mention_core(text) or text
    core_toks = toks if core == text else tokens(core)
    head_raw = core_toks[-1] if core_toks else toks[-1]
    head = strip_possessive(head_raw)
    lhead = head.lower()
    plural = (lhead.endswith("s") and not lhead.endswith("ss") or lhead in IRREGULAR_PLURALS
              or lhead.endswith("men") and not is_cap(head)) and (
        not is_cap(head) or lhead in _PARTIES or head == core_toks[0])
    of_m = OF_HEAD_RE.match(text) if "of" in low else None  # its "of", before the regex
    if of_m and of_m.group().lower().startswith("one "):
        plural = False  # "one of the interlocutors" is one person
    cats = noun_categories()
    cat = cats.get(lhead)
    outlet = find_outlet(text)
    base: dict[str, Any] = dict(head=head, plural=plural, count=count)
    if cat in ("role", "vague") and " of " in text and _BODY_OF_RE.match(text) \
            and _body_name(toks):  # "the Office of Inspector General" (blind batch 36)
        return SourceInfo(SourceType.NAMED_ORG, **base, name=core,
                          evidence=f"name of a body {text!r} (not its officer)")
    if cat == "document" and _body_name(core_toks):
        return SourceInfo(SourceType.NAMED_ORG, **base, name=core,
                          evidence=f"name of a body {core!r} (not a document)")
    if cat == "document" and lhead == "page" and "editorial" in (t.lower() for t in core_toks):
        return SourceInfo(SourceType.MEDIA, **base, evidence="an outlet's editorial page")
    if (cat == "document" or is_cap(head) and cat is not None) and newspaper_name(core_toks):
        # "The Charlotte Observer" (blind batches 5 and 7): a paper, not an observer
        return SourceInfo(SourceType.MEDIA, **base, name=core, evidence=f"newspaper name {core!r}")
    if lhead == "figures" and any(t.lower() in _FIGURES_OF_PEOPLE for t in core_toks[:-1]):
        return SourceInfo(SourceType.UNNAMED_GROUP, **base,  # "some GOP figures", not numbers
                          evidence=f"people of note ({core!r})")
    if cat == "document" and lhead in _REPORTING_NOUNS \
            and any(t.lower() in _PRESS_WORDS or cats.get(strip_possessive(t).lower()) == "media"
                    or outlet_short_name(context, strip_possessive(t)) for t in core_toks[:-1]):
        # "press reports", "the newspaper's report", "a Post review" (after "The Washington Post")
        return SourceInfo(SourceType.MEDIA, **base, evidence=f"reports of the press ({core!r})")
    if cat == "document" and not (outlet and (lhead in _REPORTING_NOUNS or head in outlet.split())):
        return SourceInfo(SourceType.DOCUMENT, **base, evidence=f"document noun {lhead!r}")
    if cat is None and is_cap(head) and head == core_toks[0] and head[1:].islower() and plural \
            and len(core_toks) == 1 and lhead not in _PARTIES and _common_in(context, head):
        return SourceInfo(SourceType.UNNAMED_GROUP, **base,
                          evidence=f"plural common noun {lhead!r} (capitalised first word)")
    people_head = bool(outlet) and (cat in ("group", "role", "vague", "bare") or lhead in _PARTIES) \
        and not find_outlet(core)
    if outlet and (cat in (None, "media", "document") or is_cap(head)) and not people_head:
        name = person_name(core)
        if " " not in outlet and head == outlet and (
                name and name != outlet and name.split()[0].lower() not in DETS
                and not find_outlet(name.split()[0])
                or core == outlet and outlet_surname(context, outlet)):
            # "Michael Bloomberg", and "Bloomberg" alone where the article names him so
            return SourceInfo(SourceType.NAMED_PERSON, **base, name=name,
                              evidence=f"a person's surname {outlet!r}, not the outlet")
        if listed_company(core) or core.startswith(outlet) and any(
                is_cap(t) and t.lower() in ORG_WORDS for t in tokens(core[len(outlet):])):
            # "Reuters Holdings Plc", "The Independent Federation of ...": not the outlet's writer
            return SourceInfo(SourceType.NAMED_ORG, **base, name=core,
                              evidence=f"a company or body whose name opens with outlet {outlet!r}")
        if is_cap(head) and head not in outlet and name and not find_outlet(head) \
                and not newspaper_name(tokens(name)):
            return SourceInfo(SourceType.NAMED_PERSON, **base, name=name,
                              evidence=f"named journalist {name!r} of outlet {outlet!r}")
        return SourceInfo(SourceType.MEDIA, **base, name=outlet, evidence=f"outlet {outlet!r}")
    if cat in _COMMON_HEADS and is_cap(head) and _company_short_name(core_toks, context):
        return SourceInfo(SourceType.NAMED_ORG, **base, name=core,
                          evidence=f"short form of a company's name {core!r} (written with a suffix)")
    if cat == "media" and lhead == "network" and _advocacy_network(core_toks):
        return SourceInfo(SourceType.NAMED_ORG, **base, name=core,
                          evidence=f"name of a body {core!r} (not a broadcaster)")
    if cat == "media":
        return SourceInfo(SourceType.MEDIA, **base, evidence=f"media noun {lhead!r}")
    if cat == "people" and is_cap(head) and _surname_in_text(context, head):
        return SourceInfo(SourceType.NAMED_PERSON, **base, name=head,
                          evidence=f"{head!r} is a surname here (the article gives the full name)")
    if cat == "people" and core.lower() in phrase_set("places.txt"):  # "the Russians"
        return SourceInfo(SourceType.NAMED_ORG, **base, name=core,
                          evidence=f"government named by its place {core!r}")
    if cat == "people":  # "Hispanics", "Iowans", "Millennials", "Russians": a category of people
        return SourceInfo(SourceType.UNNAMED_GROUP, **base, evidence=f"a category of people ({head!r})")
    if _CROWD_RE.match(low):  # "thousands of people" in the street: a crowd, not informants
        return SourceInfo(SourceType.UNNAMED_GROUP, **base, evidence="a crowd counted in round numbers")
    if MEMBERS_OF_RE.match(text) and outlet is None:  # "members of Congress": people of a body
        return SourceInfo(SourceType.UNNAMED_GROUP, **{**base, "plural": True},
                          evidence=f"unnamed members of a body ({text!r})")
    if _SHARE_RE.match(text):
        return SourceInfo(SourceType.UNNAMED_GROUP, **base, evidence=f"a share of people ({text!r})")
    if lhead in _QUANTIFIERS and len(core_toks) == 1:  # "Some say they ...": people, plural
        return SourceInfo(SourceType.UNNAMED_GROUP, **{**base, "plural": True},
                          evidence=f"a quantity of people ({lhead!r})")
    if toks[0].lower() in _DEMONSTRATIVES and len(toks) > 2 and toks[1].lower() in _TIES:
        # "those close to him", "those familiar with the talks" (TAXONOMY's anonymous_vague)
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **base,
                          evidence=f"unnamed, described by their ties ('those {toks[1].lower()}')")
    if "those" in low and _OF_THOSE_RE.search(text):  # "About a third of those under 30",
        return SourceInfo(SourceType.UNNAMED_GROUP, **{**base, "plural": True},  # "62 percent
                          evidence=f"people described as 'those' ({text!r})")  # of those who watched"
    if lhead in _DEMONSTRATIVES and len(core_toks) == 1:  # "those who said ...", "27 percent of those"
        return SourceInfo(SourceType.UNNAMED_GROUP, **base, evidence=f"people described only as {lhead!r}")
    if ("%" in core or "cent" in core or "pct" in core) and _PERCENT_RE.match(core):
        return SourceInfo(SourceType.UNNAMED_GROUP, **base, evidence=f"a share of people ({text!r})")
    if of_m and lhead in _PARTIES and not of_m.group().lower().startswith("one "):
        return SourceInfo(SourceType.UNNAMED_GROUP, **base,
                          evidence=f"a part of a party ({text!r})")
    if is_cap(head) and cat is None:
        return _named(core, core_toks, head, base, context)
    if lhead.endswith("s") and cat in ("group", "role", "vague") and name_in_prose(core, context):
        return SourceInfo(SourceType.NAMED_ORG, **base, name=core,
                          evidence=f"capitalised name {core!r} of a body, written so mid-sentence")
    if cat is None and lhead in _PARTIES:
        return _named(core, core_toks, head, base, context)
    first = toks[0].lower()
    affiliation = " ".join(t for t in core_toks[:-1] if is_cap(t) and t.lower() not in DETS) or None
    if lhead == "authorities" and len(core_toks) > 1 and is_cap(core_toks[-2]) \
            and core_toks[-2].lower() not in _KINDS_OF_AUTHORITY:
        # "the Iraqi authorities", "Chinese authorities": a government named by its place
        # (TAXONOMY), while bare "authorities" are unnamed officials
        return SourceInfo(SourceType.NAMED_ORG, **base, name=core,
                          evidence=f"the authorities of a named place ({core!r})")
    if cat == "role":
        aff = affiliation or _modifiers(core_toks[:-1])
        return SourceInfo(SourceType.ANONYMOUS_SPECIFIC, **base, role=lhead, affiliation=aff,
                          evidence=f"unnamed, role noun {lhead!r}")
    if cat == "bare":
        modified = any(t.lower() not in DETS and not COUNT_RE.match(t)
                       for t in core_toks[:-1]) or (core != text and not OF_HEAD_RE.match(text))
        t = SourceType.ANONYMOUS_VAGUE if modified else SourceType.ANONYMOUS_BARE
        return SourceInfo(t, **base, affiliation=affiliation,
                          evidence=f"'source' {'with a description' if modified else 'with no description'}")
    if cat == "vague" and lhead in ORG_WORDS and is_cap(head) and len(core_toks) > 1 \
            and is_cap(core_toks[-2]) and core_toks[-2].lower() not in DETS:
        # "General Partners, a Texas partnership" (session 9, Reuters sample): a firm's name
        return SourceInfo(SourceType.NAMED_ORG, **base, name=core, evidence=f"organisation name {core!r}")
    if cat == "vague":
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **base, affiliation=affiliation,
                          evidence=f"unnamed, no role ({lhead!r})")
    if plural and definite_bodies(core_toks, lhead):
        return SourceInfo(SourceType.NAMED_ORG, **base, affiliation=affiliation,
                          evidence=f"definite plural of bodies ({lhead!r}) named before")
    if cat == "group" and not plural and cats.get(lhead + "s") == "group" \
            and lhead not in _COLLECTIVE_NOUNS:
        # "a Hong Kong trader", "one analyst": one member of a group noun is one unnamed person,
        # not a collective (its plural is listed with it; "the public" has none)
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **base, affiliation=affiliation,
                          evidence=f"one unnamed person ({lhead!r})")
    if cat == "group" and of_m and of_m.group().lower().startswith(("one ", "another ")):
        # "One of the committee's staff members" (blind batch 27): one person of the group
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **base, affiliation=affiliation,
                          evidence=f"one unnamed member ({lhead!r})")
    if cat == "group":
        return SourceInfo(SourceType.UNNAMED_GROUP, **base, affiliation=affiliation,
                          evidence=f"collective noun {lhead!r}")
    if cat == "org" and "editorial" in (t.lower() for t in core_toks):
        return SourceInfo(SourceType.MEDIA, **base, evidence="an outlet's editorial board")
    if cat == "org" and lhead in _WIRE_HEADS and len(core_toks) > 1 \
            and core_toks[-2].lower() in _PRESS_WORDS | {"wire"} \
            and not (core_toks[-2].lower() == "press" and lhead != "agency"):
        # "the state news agency", "the official Xinhua news agency": an outlet (TAXONOMY: media);
        # "the press service of the ministry" is the ministry's office
        return SourceInfo(SourceType.MEDIA, **base, evidence=f"a news service ({core!r})")
    if cat == "org" and len(core_toks) == 2 and is_cap(core_toks[1]) \
            and core_toks[0].lower() in given_name_genders() and lhead not in _FOLLOWING_BODIES:
        # blind batch 10: "The state party chairman, Steve House," was a body
        return SourceInfo(SourceType.NAMED_PERSON, **base, name=core,
                          evidence=f"a given name before the surname {head!r} ({core!r})")
    if cat == "org" and any(t.lower() in _PERSON_ADJECTIVES for t in core_toks[:-1]):
        # blind batch 29: "a retired tool-and-die maker" is a person, not a company
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **base, evidence=f"one unnamed person ({core!r})")
    if cat == "org":
        if first in _QUANTIFIERS:
            return SourceInfo(SourceType.UNNAMED_GROUP, **base, evidence="quantified collective")
        return SourceInfo(SourceType.NAMED_ORG, **base, affiliation=affiliation,
                          evidence=f"organisation noun {lhead!r}")
    if (first in _QUANTIFIERS or plural and not is_cap(head)
            and any(is_cap(t) and t.lower() not in DETS for t in core_toks)) \
            and people_noun(lhead):
        return SourceInfo(SourceType.UNNAMED_GROUP, **base, evidence="quantified or plural description")
    if plural and people_noun(lhead):
        return SourceInfo(SourceType.UNNAMED_GROUP, **base, evidence=f"plural common noun {lhead!r}")
    # (a bare "another" has no head noun, though it ends like "reporter")
    if (lhead.isalpha() or lhead.endswith("-year-old")) and first in _ONE_OF_THEM \
            and lhead not in _ONE_OF_THEM and person_noun(lhead):  # ("a 40-year-old in the next
        # lane": session 17, blind batch 51)
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **base,
                          evidence=f"unnamed person described as {lhead!r}")
    return SourceInfo(SourceType.UNKNOWN, **base, evidence=f"no rule for head {lhead!r}")


# capitalised only at a sentence start: kinds of authority, not a place ("Local authorities
# said"), and the determiners
_KINDS_OF_AUTHORITY = DETS | frozenset("local federal state city county municipal regional "
                                       "provincial health tax election immigration customs border "
                                       "security military some many other top senior".split())


def _surname_in_text(context: str, word: str) -> bool:
    """Is the category word ``word`` ("Christians", "Jews") a person's surname in this article,
    given in full after an initial or after a role noun ("spokesman F. Wilhelm Christians")?
    Session 7, Reuters-21578 sample: a banker's surname was typed an unnamed group.

    >>> _surname_in_text("board spokesman F. Wilhelm Christians said so. Christians said", "Christians")
    True
    >>> _surname_in_text("clashes between Muslims and Christians", "Christians")
    False
    """
    return bool(context) and word in context and _surname_in(context, word)


@lru_cache(maxsize=64)
def _surname_in(context: str, word: str) -> bool:
    for m in _full_name_re(word).finditer(context):
        lead = [m.group(1).strip()] if m.group(1) else []
        if m.group(2)[1] == "." or any(
                noun_categories().get(w.lower()) == "role" or w.lower() in phrase_set("titles.txt")
                for w in lead + m.group(2).split()[:1]):
            return True  # "F. Wilhelm Christians", "spokesman Rolf Jews", "Chairman Rolf Jews"
    return False


@lru_cache(maxsize=64)
def _full_name_re(word: str) -> re.Pattern[str]:
    """``word`` after one to three initials or capitalised words, and an optional lower-case word
    before them (a role noun: "spokesman F. Wilhelm Christians")."""
    return re.compile(r"\b([a-z]+\s+)?((?:(?<![.\w])[A-Z]\.\s+|[A-Z][a-z]+\s+){1,3})" + re.escape(word) + r"\b")


# categories of common head nouns that also end company names ("Data General", "Shared Network",
# "Corlan General Partners", "Redbook Associates", "Brenco Metal Traders")
_COMMON_HEADS = frozenset("role vague group bare media".split())


def _company_short_name(toks: list[str], context: str) -> bool:
    """Is this run of capitalised words ending in a common noun the short form of a company's
    name, which the article writes in full with a suffix ("Data General Corp", "Shared Network
    Technologies Inc"; a lone word only without "the": "Anchor said" after "Anchor Glass
    Container Corp")? Then the noun is no role, collective or medium (session 7,
    Reuters-21578 sample: "Data General", "Media General" typed anonymous_specific by "general",
    "Shared Network" typed media by "network").

    >>> _company_short_name(["Data", "General"], "Data General Corp lost. Data General said")
    True
    >>> _company_short_name(["Surgeon", "General"], "The Surgeon General said")
    False
    >>> _company_short_name(["Anchor"], "Anchor Glass Container Corp rose. Anchor said")
    True
    """
    words = toks[1:] if toks and toks[0].lower() == "the" else toks
    return len(words) >= (1 if toks == words else 2) and all(is_cap(t) for t in words) \
        and bool(context) and company_stem_in_text(context, " ".join(words))


# "six in 10", "nearly three in five", "those surveyed": a share of poll respondents
_SHARE_RE = re.compile(r"^(?:the\s+)?(?:(?:only|nearly|almost|about|roughly|approximately|more\s+than|"
                       r"fewer\s+than|less\s+than|some|just)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
                       r"(?:\d+|three|four|five|ten)\b|^those\s+(?:surveyed|polled|questioned|interviewed)$",
                       re.IGNORECASE)
# a share of "those" people (blind batch 28, session 16: "About a third of those under 30" had
# been a person, "Sixty-two percent of those who watched" an unknown "who")
_OF_THOSE_RE = re.compile(r"\bof\s+those\s+(?:who|under|over|between|aged|older|younger|with|"
                          r"without|in|at|from|living|born|surveyed|polled|questioned|"
                          r"interviewed|asked|watching|voting)\b", re.IGNORECASE)
# adjectives only a person takes: before an organisation noun ("maker") they make it a worker
_PERSON_ADJECTIVES = frozenset("retired laid-off unemployed jobless elderly widowed pregnant "
                               "homeless middle-aged teenage".split())
_ONE_OF_THEM = frozenset("a an one another".split())
_DEMONSTRATIVES = frozenset({"those"})
_TIES = frozenset("close familiar around near who with in at involved knowledgeable briefed inside "
                  "loyal allied".split())
# "members of Congress", "Republican members of the committee", "members of his staff": unnamed
# people of a body (TAXONOMY: a restricted subset is an unnamed group); session 11: PolNeAR train
# silver calls all 9 such sources anonymous, and they were typed as the body
MEMBERS_OF_RE = re.compile(r"^(?:[A-Za-z][\w\-]*\s+){0,3}members\s+of\s+", re.IGNORECASE)  # up to 3 words before


# a bare percentage as a source ("including 18% who say"): the share of people it counts
# ("pct": newswire's abbreviation, "46 pct said")
_PERCENT_RE = re.compile(r"^(?:(?:only|nearly|almost|about|roughly|just|some)\s+)?\d+(?:\.\d+)?\s*(?:%|percent|pct|per\s+cent)$",
                         re.IGNORECASE)


_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


def _counted(count: str | None) -> bool:
    """A count that makes a party a subset ("two Republicans"), not a year ("2016 Democrats").

    >>> _counted("two"), _counted("2016"), _counted(None)
    (True, False, False)
    """
    return count is not None and not _YEAR_RE.fullmatch(count)


def _modifiers(toks: list[str]) -> str | None:
    """The words before a role noun that say whom it serves ("administration", "campaign");
    not a rank or a tenure ("senior", "former").

    >>> _modifiers(["a", "senior", "administration"]), _modifiers(["the", "former"])
    ('administration', None)
    """
    mods = [t for t in toks if t.lower() not in DETS and t.lower() not in _RANKS
            and not COUNT_RE.match(t)]
    return " ".join(mods) or None


# rank and tenure words, no affiliation ("a senior official", "a former aide")
_RANKS = frozenset("senior top former high-ranking high-level senior-level mid-level low-level "
                   "junior current longtime veteran retired key chief principal deputy ex".split())


def pronoun_word(low: str) -> str | None:
    """The pronoun a one-word mention stands for: "he'll" -> "he", "their" -> "they".

    >>> pronoun_word("he'll"), pronoun_word("their"), pronoun_word("official")
    ('he', 'they', None)
    """
    bare = _CONTRACTION_RE.sub("", low) if "'" in low or "\u2019" in low else low
    bare = _POSSESSIVE_PRONOUNS.get(bare, bare)
    return bare if bare in _PRONOUNS else None


def _pronoun(low: str) -> SourceInfo:
    if low in _PERSON_PRONOUNS:
        return SourceInfo(SourceType.NAMED_PERSON, low, False, pronoun=low,
                          evidence=f"pronoun {low!r} (a person)")
    if low in _PLURAL_PRONOUNS:
        return SourceInfo(SourceType.UNKNOWN, low, True, pronoun=low,
                          evidence=f"pronoun {low!r} (unknown until resolved)")
    if low in _NEUTER_PRONOUNS:
        return SourceInfo(SourceType.NAMED_ORG, low, False, pronoun=low, evidence="pronoun 'it'")
    if low in _RELATIVES:
        return SourceInfo(SourceType.UNKNOWN, low, False, pronoun=low, evidence="relative pronoun")
    return SourceInfo(SourceType.UNKNOWN, low, low in ("we", "us"), pronoun=low,
                      evidence=f"first/second person {low!r}")


# Business news marks a company by its stock symbol in angle brackets ("Brellin AG <BRLG.F>",
# "Tarvane Foods <TRVN.O>"; a wire convention) or by a legal form after its name ("Moskel Plc",
# "Morvin N.V."); no person carries either. Session 7, Reuters-21578 sample of 300 stories: 7
# such companies were typed persons. Case-sensitive, and not after a place: "Ohio AG" is a person.
_TICKER_END_RE = re.compile(r"\w\s*<[A-Z][A-Z0-9]*(?:\.[A-Z]+)?>?(?:\s+[A-Z][A-Za-z.]*)?$")
_LEGAL_FORM_END_RE = re.compile(r"([A-Z][\w'&.\-]*)\s+(AG|Plc|PLC|plc|N\.?V|S\.?A|S\.?p\.?A|SpA|GmbH|"
                                r"Bhd|B\.?V|KK|K\.K|AB|ASA|Oyj|Pty|Pte|SE|NL|Cie)\.?$")


def listed_company(core: str) -> str | None:
    """Why ``core`` names a company (a stock symbol or a legal form ends it), else None.

    >>> listed_company("Brellin AG <BRLG.F"), listed_company("Moskel Plc")
    ("stock symbol after the name 'Brellin AG <BRLG.F'", "legal form ending the name 'Moskel Plc'")
    >>> listed_company("Texas AG"), listed_company("Jane Doe")
    (None, None)
    """
    if "<" in core and _TICKER_END_RE.search(core):
        return f"stock symbol after the name {core!r}"
    m = _LEGAL_FORM_END_RE.search(core)
    if m is None or m.group(2) == "AG" and (m.group(1).lower() in phrase_set("places.txt")
                                            or m.group(1) in ("State", "Deputy", "Assistant")):
        return None  # "Texas AG", "State AG": an attorney general
    return f"legal form ending the name {core!r}"


def _named(core: str, toks: list[str], head: str, info: dict, context: str = "") -> SourceInfo:
    """A mention whose head is capitalised (or a party); ``toks``: the words of ``core``."""
    if len(toks) == 2 and toks[0].lower() in _ONE_OF_THEM and head.lower() not in _PARTIES \
            and not find_outlet(head) and head.lower() not in phrase_set("organisations.txt"):
        # "a Muslim", "another Texan": one unnamed person described by faith or origin
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **info,
                          evidence=f"one unnamed person ('{toks[0].lower()} {head}')")
    titled = title_then_name(toks)
    if titled:
        return SourceInfo(SourceType.NAMED_PERSON, **info, name=titled,
                          evidence=f"a title before the personal name {titled!r}")
    described = described_name(toks)
    if described is not None:
        kind, name, noun = described
        return SourceInfo(kind, **info, name=name,
                          evidence=f"name {name!r} introduced by the noun {noun!r}")
    if domain_name(head):
        return SourceInfo(SourceType.NAMED_ORG, **info, name=head, evidence=f"web address {head!r}")
    if newspaper_name(toks):
        return SourceInfo(SourceType.MEDIA, **info, name=core,
                          evidence=f"newspaper name {core!r}")
    company = listed_company(core)
    if company:
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core, evidence=company)
    owned = owned_name(toks)
    if owned:
        return SourceInfo(SourceType.NAMED_PERSON, **info, name=owned,
                          evidence=f"a person named after an owner ({owned!r})")
    caps = [strip_possessive(t) for t in toks if is_cap(t)]
    lower_caps = {c.lower().rstrip(".") for c in caps}
    first = toks[0].lower() if toks else ""
    if head.lower() in _PARTIES or head.lower() in ("gop",):
        lead = toks[0] if len(toks) > 1 else ""
        if first in _ONE_OF_THEM and head.lower() in ("democrat", "republican"):
            return SourceInfo(SourceType.ANONYMOUS_VAGUE, **info,
                              evidence=f"one unnamed party member ('a {head}')")
        if first == "the" and head.lower() in ("democrat", "republican"):
            # "the Wisconsin Republican": one party member, a description that coref gives to
            # the person the article named (TAXONOMY: "the Republican lawmaker" named before)
            return SourceInfo(SourceType.ANONYMOUS_VAGUE, **info,
                              evidence=f"one party member described ('the ... {head}')")
        restricted = any(t.isalpha() and t.islower() and t not in DETS and t not in CAUCUS_WORDS
                         for t in toks[1:-1])  # "his fellow Republicans", "the moderate Democrats"
        if first in _QUANTIFIERS or restricted or _counted(info["count"]) or (
                lead.isalpha() and first not in DETS and first not in CAUCUS_WORDS
                and (lead.islower() or first in SUBSET_WORDS or first in SUBSET_CAPS)):
            return SourceInfo(SourceType.UNNAMED_GROUP, **info,
                              evidence=f"a subset of a party ({' '.join(toks)!r})")
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core, evidence=f"party {head!r}")
    if core.lower() == "wall street":  # TAXONOMY: "Wall Street" meaning investors
        return SourceInfo(SourceType.UNNAMED_GROUP, **info, evidence="'Wall Street': investors")
    places = phrase_set("places.txt")
    if core.lower() in places or core.lower().removeprefix("the ") in places:
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core,
                          evidence=f"government named by its place {core!r}")
    if core.lower().removeprefix("the ") in phrase_set("organisations.txt"):
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core,
                          evidence=f"a known organisation {core!r}")
    acronym = (head.isupper() and 2 <= len(head) <= 6 and not shouted_name(head, context)
               and all(t.lower() in DETS for t in toks[:-1])) or _DOTTED_RE.match(head)
    if lower_caps & ORG_WORDS or acronym:
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core,
                          evidence=f"organisation name {core!r}")
    if len(toks) == 2 and first == "the" and not head.lower().endswith("s") \
            and head.lower() not in phrase_set("titles.txt"):
        return SourceInfo(SourceType.NAMED_ORG, **info, name=head,
                          evidence=f"a name with the definite article {core!r}")
    if definite_name(toks):
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core,
                          evidence=f"a name with the definite article {core!r}")
    if len(toks) == 1 and lone_name(context, head):
        return SourceInfo(SourceType.NAMED_ORG, **info, name=head,
                          evidence=f"one-word name {head!r}, never with a first name or title here")
    if len(caps) >= 2 and len(caps) == len(toks) and company_stem_in_text(context, core):
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core,
                          evidence=f"the article writes {core!r} with a company suffix")
    name = person_name(core) or head
    if len(toks) == 1:  # one person's surname, though it ends in -s ("Sanders", "Jones")
        info = {**info, "plural": False}
    return SourceInfo(SourceType.NAMED_PERSON, **info, name=name,
                      evidence=f"capitalised name {name!r}")
