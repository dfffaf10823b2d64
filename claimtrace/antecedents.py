"""Antecedents of pronoun sources, found in the text before them.

"Mike Pompeo arrived. He said ..." (a person named just before), "Many voters were angry.
They said ..." (a plural people noun phrase just before), "... a reaction from President
Jane Doe, who said ..." (the noun phrase a relative pronoun attaches to).

The pronoun rules need the resolver of a whole analysis, so their examples go through
:func:`claimtrace.analyze`, whose source evidence names the rule that decided.

>>> t = "The plan drew a sharp reply from Governor Jane Doe, who said it would fail."
>>> info, words, _ = relative_antecedent(t, 0, t.index("who"))
>>> info.type.value, words
('named_person', 'Governor Jane Doe')
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .attributions import RawAttribution
from .gender import agrees, gendered_heads, person_gender, pronoun_gender
from .head_nouns import mention_core, people_noun, person_noun
from .lexicons import noun_categories, phrase_set
from .model import Sentence, SourceType
from .name_identity import name_surname, same_given_name
from .names import DETS, is_cap, tokens
from .sources import MEMBERS_OF_RE, SourceInfo, classify_in
from .span_words import SAYING_VERBS
from .spans import left_np, strip_ws

if TYPE_CHECKING:
    from .coref import _Cluster, _Resolver

# a name opens with a capital: the leading lookahead (here and in the name patterns below)
# rejects most positions of the text at once
_NAME_RE = re.compile(
    r"(?=[A-Z])\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|President|Secretary|Minister)\.?\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'\-]+")


def pronoun_antecedent(info: SourceInfo, as_text: str, r: RawAttribution, resolver: _Resolver,
                       text: str, sentences: Sequence[Sentence]) -> tuple[SourceInfo, str]:
    """"Mike Pompeo arrived on Monday. He said ...": when no source so far fits "he", the last
    person named in this or the two sentences before is the antecedent. A name inside an
    unnamed source's words is none ("A representative for Mr. Doe said ... He added"), nor
    one capitalised word after a function word that names no one ("In September", "New
    Hampshire"), nor a person of the other gender ("Mrs. Doe", "Jane Doe" for "he").

    >>> from claimtrace import analyze
    >>> a = analyze("Mike Pompeo arrived in Seoul on Monday. He said the talks would resume.")
    >>> src = a.attributions[0].source
    >>> src.span.text, src.type.value, src.evidence
    ('He', 'named_person', "pronoun 'he' -> 'Mike Pompeo', named just before")
    """
    gender = pronoun_gender(info.pronoun)
    introduced = _introduced_just_before(text, sentences, r, resolver, gender)
    if introduced is not None:
        return introduced
    recent_named = resolver._recent(lambda c: c.type is SourceType.NAMED_PERSON and not c.plural
                                    and resolver.agrees(c, gender))
    if recent_named is not None and r.sentence - resolver.clusters[recent_named].last_sentence <= 2:
        return info, as_text
    unnamed_near = resolver._recent(lambda c: not c.plural and c.type in _UNNAMED_PERSON_TYPES
                                    and resolver.agrees(c, gender) and r.sentence - c.last_sentence <= 1)
    first = max(0, r.sentence - 2) if unnamed_near is not None else \
        _chain_start(text, sentences, r.sentence, gender)  # "said the woman ... she said": her
    start, near = sentences[first].start, sentences[max(0, r.sentence - 2)].start
    end = r.source[0]  # type: ignore[index]
    inside = _unnamed_person_words(resolver, r.sentence)
    found = [m for m in _NAME_RE.finditer(text, start, end) if not inside[0] <= m.start() < inside[1]]
    names = [m for m in found if not text.endswith(("the ", "The "), 0, m.start())]  # "the Middle East"
    surnames = known_surnames(text)
    names += [m for m in _SURNAME_RE.finditer(text, start, end) if m.group() in surnames
              and not inside[0] <= m.start() < inside[1]
              and not any(n.start() <= m.start() < n.end() for n in found)]  # "the United States"
    named_at, found_named, skipped = -1, None, False
    for m in sorted(names, key=lambda m: m.start(), reverse=True):
        words = _without_leading_function_word(m.group())  # "When Mexico sends ...": Mexico
        if words != m.group() and words not in surnames:
            continue  # "In September", "New Hampshire": one capitalised word left, no known surname
        lead = _TITLE_LEAD_RE.search(text, max(0, m.start() - 30), m.start())
        titles = phrase_set("titles.txt")
        if lead and lead.group(1).lower().rstrip(".") in titles or words.split()[0].lower() in titles:
            more = _ONE_WORD_TAIL_RE.match(text, m.end(), end)  # "of State Mike *Pompeo*",
            words += more.group() if more else ""  # "Speaker Paul *Ryan*": past the title
        named = classify_in(words, text)
        if named.type is not SourceType.NAMED_PERSON or not named.name:
            continue
        its = person_gender(text[max(0, m.start() - 6):m.end()], named.name, named.head, text)
        if not agrees(gender, its) or its is None and (skipped or m.start() < near):
            skipped = True  # past a person of the other gender, or further back than two
            continue  # sentences, only a person known to be of the pronoun's gender will do
        if found_named is None or its is not None:
            named_at, found_named = m.start(), (SourceInfo(
                SourceType.NAMED_PERSON, named.head, False, name=named.name,
                evidence=f"pronoun {info.pronoun!r} -> {named.name!r}, named just before"), words)
        if its is not None:  # a person known to be of the pronoun's gender outranks a later
            break  # name of unknown gender ("Clinton was booed at Thursday's debate when she")
    subject = _gendered_subject(text, sentences, r.sentence, end, gender)
    if subject is not None and subject[0] > named_at:
        np = text[subject[0]:subject[1]]
        subject_info = classify_in(np, text)
        if subject_info.type.is_anonymous and not subject_info.plural:
            return SourceInfo(subject_info.type, subject_info.head, False,
                              evidence=f"pronoun {info.pronoun!r} -> {np!r}, the subject just before"), np
    return found_named or (info, as_text)


def _gendered_subject(text: str, sentences: Sequence[Sentence], index: int, end: int,
                      gender: str | None) -> tuple[int, int] | None:
    """An unnamed person of the pronoun's gender who opens its sentence or the one before ("A
    29-year-old Berlin woman received probation after she had posted ..."); None if none."""
    if gender is None:
        return None
    pattern = _gendered_subject_re(gender)
    for k in (index, index - 1):
        if k < 0:
            break
        m = pattern.match(text, sentences[k].start, end)
        if m is not None:
            return m.start(), m.end()
    return None


def _introduced_just_before(text: str, sentences: Sequence[Sentence], r: RawAttribution,
                           resolver: _Resolver, gender: str | None) -> tuple[SourceInfo, str] | None:
    """The unnamed person whom the sentence before introduces as its subject, when that sentence
    reports no one and speaks of no one else by the pronoun ("A Republican strategist ... was
    more skeptical. '...,' he said"); None otherwise."""
    role = _role_subject_before(text, sentences, r.sentence)
    if role is None or any(c.last_sentence == r.sentence - 1 for c in resolver.clusters):
        return None
    chain = _CHAIN_RE.get(gender or "")
    if chain is not None and chain.search(text, role[1], sentences[r.sentence - 1].end):
        return None  # "A reporter asked *him* ...": the pronoun goes on with someone else
    np = text[role[0]:role[1]].strip()
    found = classify_in(np, text)
    if not found.type.is_anonymous or found.plural:
        return None
    return SourceInfo(found.type, found.head, False, evidence=f"pronoun {'he' if gender == 'm' else 'she'!r} "
                      f"-> {np!r}, introduced in the sentence before"), np


def _role_subject_before(text: str, sentences: Sequence[Sentence], index: int) -> tuple[int, int] | None:
    """An unnamed person described by a role who opens the sentence before ("A Republican
    strategist who has advised several campaigns was more skeptical. '...,' he said": blind
    batch 27, session 16); None if none."""
    if index < 1:
        return None
    m = _role_subject_re().match(text, sentences[index - 1].start, sentences[index - 1].end)
    return (m.start(), m.end()) if m is not None else None


# people who ask, whom the answer that follows does not continue ("A reporter pressed the
# point. He said ...": the one asked)
_ASKERS = frozenset("reporter journalist interviewer moderator questioner host anchor".split())


@lru_cache(maxsize=1)
def _role_subject_re() -> re.Pattern[str]:
    cats = noun_categories()
    heads = "|".join(sorted((w for w, c in cats.items() if c in ("role", "vague") and not w.endswith("s")
                             and w not in _ASKERS), key=len, reverse=True))
    return re.compile(r"\s*(?:An?|One)\s+(?:[\w'\-]+\s+){0,3}?(?:" + heads + r")\b(?!\s*,)")


@lru_cache(maxsize=2)
def _gendered_subject_re(gender: str) -> re.Pattern[str]:
    heads = "|".join(sorted(gendered_heads(gender), key=len, reverse=True))
    return re.compile(r"(?:A|An|The|One)\s+(?:[\w'\-]+,?\s+){0,4}?(?:" + heads + r")\b")


# how many sentences further back a chain of "she ... she ..." may carry the search for a name
_CHAIN_MAX = 3
_CHAIN_RE = {"f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b"),
             "m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")}


def _chain_start(text: str, sentences: Sequence[Sentence], index: int, gender: str | None) -> int:
    """The first sentence to search for the name "he"/"she" takes up: two before its own, and
    further back, by up to three, while each sentence at the edge uses the same pronoun ("Jane
    Doe is one of them. After 14 years, she earns ... When she saw it ... 'I loved it,' she
    said": Doe).

    >>> t = "Jane Doe works here. She earns little. When she left, he cried. Then she spoke."
    >>> from claimtrace.sentences import split_sentences
    >>> _chain_start(t, split_sentences(t, [], original=t), 3, "f")
    0
    """
    first = max(0, index - 2)
    pattern = _CHAIN_RE.get(gender or "")
    while pattern is not None and first > 0 and index - 2 - first < _CHAIN_MAX \
            and pattern.search(text, sentences[first].start, sentences[first].end):
        first -= 1
    return first


def _unnamed_person_words(resolver: _Resolver, sentence: int) -> tuple[int, int]:
    """Where the latest mention of an unnamed person lies, when that person was a source in
    this or the sentence before; else an empty range."""
    idx = resolver._recent(lambda c: not c.plural and c.type in _UNNAMED_PERSON_TYPES)
    if idx is None or sentence - resolver.clusters[idx].last_sentence > 1:
        return 0, 0
    span = resolver.clusters[idx].mentions[-1][0]
    return span.start, span.end


_UNNAMED_PERSON_TYPES = (SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE,
                         SourceType.ANONYMOUS_BARE)


def _without_leading_function_word(name: str) -> str:
    """"When Mexico" -> "Mexico", "If Trump" -> "Trump": a sentence-initial capital on a
    function word is no part of a name."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in _NOT_FIRST_NAMES else name


# (the capital first: see _NAME_RE)
_SURNAME_RE = re.compile(r"(?=[A-Z])(?<![\w.'\u2019])[A-Z][a-z][\w'\-]*[a-z](?!['\u2019\w])")
_FULL_NAMES_RE = re.compile(
    r"(?=[A-Z])\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.(?:\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?(?=\s+[A-Z][a-z]))?|"
    r"(?<![.!?]\s)(?<![.!?]\s\s)[A-Z][a-z]+(?:\s+[A-Z]\.)?)"
    r"\s+([A-Z][a-z][\w\-]*[a-z])\b")


@lru_cache(maxsize=8)
def known_surnames(text: str) -> frozenset[str]:
    """The last words of the personal names written in full in ``text`` ("Jane Doe", "Mr.
    Doe"), so that a later bare "Doe" can be taken for that person.

    >>> sorted(known_surnames("Jane Doe spoke. Later, Doe, Mr. Roe and Sen. Ann Poe left."))
    ['Doe', 'Poe', 'Roe']
    """
    return frozenset(m.group(1) for m in _FULL_NAMES_RE.finditer(text)
                     if m.group().split()[0].lower() not in _NOT_FIRST_NAMES)


_NOT_FIRST_NAMES = frozenset("the a an in on at of for and but when while as if after before "
                             "this that these those his her their its our new north south east "
                             "west former late says said "
                             # session 14, second blind batch: "Some Democratic operatives"
                             # had been a person "Some Democratic"
                             "some many most several few all both each every any no other".split())


_WORD_RE = re.compile(r"[A-Za-z][\w\-]*")


def _plural_head(word: str) -> bool:
    """Could ``word`` head a plural source ("officials", "voters", "Democrats", "police")?"""
    low = word.lower()
    if low in ("democrats", "republicans", "police", "people"):
        return True
    cat = noun_categories().get(low)
    return cat in ("role", "vague", "bare", "group", "people") and low.endswith("s") and low not in (
        "others", "sources")


def plural_antecedent(info: SourceInfo, as_text: str, r: RawAttribution, resolver: _Resolver,
                      text: str, sentences: Sequence[Sentence]) -> tuple[SourceInfo, str]:
    """"Many voters were angry. They said ...": when no plural source so far fits "they",
    the last plural people noun phrase in this or the sentence before is the antecedent. A bare
    "Both" or "The two" takes up two people named apart in this or the sentence before.

    >>> from claimtrace import analyze
    >>> a = analyze("Many farmers gathered in the hall. They said the plan would ruin them.")
    >>> src = a.attributions[0].source
    >>> src.span.text, src.type.value, src.evidence
    ('They', 'unnamed_group', "pronoun 'they' -> 'Many farmers', just before")
    """
    recent = resolver._recent(lambda c: c.plural)
    if _BARE_DUAL_RE.match(as_text):  # "Trump met Clinton on Monday. Both said ..."
        if recent is not None and resolver.clusters[recent].last_sentence == r.sentence:
            return info, as_text  # "Two Republican senators said ..., though both said ..." (blind 33)
        names = last_two_people(text, sentences[max(0, r.sentence - 1)].start, r.source[0])  # type: ignore[index]
        if len(names) == 2:
            pair = " and ".join(reversed(names))
            return SourceInfo(SourceType.NAMED_PERSON, names[0].split()[-1], True, name=pair,
                              evidence=f"{as_text!r} -> {pair!r}, two people named just before"), as_text
    if recent is not None and r.sentence - resolver.clusters[recent].last_sentence <= 1 \
            and not _pair_after(resolver.clusters[recent], text, sentences[r.sentence].start,
                                r.source[0]):  # type: ignore[index]
        return info, as_text
    sent_start = sentences[max(0, r.sentence - 1)].start
    pairs = list(_NAME_PAIR_RE.finditer(text, sent_start, r.source[0]))  # type: ignore[index]
    for m in reversed(list(_WORD_RE.finditer(text, sent_start, r.source[0]))):  # type: ignore[index]
        if pairs and pairs[-1].end() >= m.end():
            return _named_pair(info, pairs[-1].group(), text, as_text)
        if not _plural_head(m.group()):
            continue
        floor = next((s.start for s in sentences if s.start <= m.start() < s.end), sent_start)
        np = _without_leading_verb(text, left_np(text, floor, m.end()) or (m.start(), m.end()))
        including = _INCLUDING_RE.match(text, m.end(), r.source[0])  # type: ignore[index]
        end = including.end() if including is not None else m.end()  # "Republican leaders of
        # the Assembly, including Speaker Howell. They argued" (session 17): a name decides
        found = classify_in(text[np[0]:end], text)
        if found.type is not SourceType.UNKNOWN and found.pronoun is None:
            return SourceInfo(found.type, found.head, True, name=found.name,
                              evidence=f"pronoun {info.pronoun!r} -> {text[np[0]:m.end()]!r}, "
                                       f"just before"), as_text
    return info, as_text


_INCLUDING_RE = re.compile(r"(?:\s+(?:of|in|from|on|at)\s+[^,.;\n]{1,50})?,\s+including\s+[^.;,\n]+")


# documents that speak as "it" ("A Gallup poll released Monday offers some hope. It shows ..."):
# blind batch 21 (session 16) had "A Pew Research Center survey ...: it found" typed as the
# organisation; in PolNeAR train 12 "it" sources typed as an organisation are documents by the
# silver labels (a memo, a video, a sign, a website among them)
_SPEAKING_DOCUMENTS = frozenset("poll survey study report analysis memo memorandum letter statement "
                                "ad advertisement video audit review filing complaint indictment "
                                "ruling opinion forecast projection index article editorial "
                                "post tweet website sign book "
                                # blind batch 24: "The Security Council resolution passed ... It
                                # demands that ..."
                                "resolution bill legislation treaty".split())


# a verb's object inside the phrase the walk found: "released *a survey*"
_OBJECT_DET_RE = re.compile(r"\b[a-z]+\s+(a|an|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+$")


def it_antecedent(info: SourceInfo, as_text: str, r: RawAttribution, resolver: _Resolver,
                  text: str, sentences: Sequence[Sentence]) -> tuple[SourceInfo, str]:
    """"It" with no body, outlet or document among the sources of this or the sentence before:
    a document named in those sentences, when it is the subject of its clause or when "it"
    finds or shows something ("A Gallup poll released Monday offers some hope. It shows ...").
    Anything else keeps ``info`` (an unresolved "it" is read as a body).

    >>> from claimtrace import analyze
    >>> a = analyze("A Gallup poll was released on Monday. It found that support was rising.")
    >>> src = a.attributions[0].source
    >>> src.span.text, src.type.value, src.evidence
    ('It', 'document', "pronoun 'it' -> 'A Gallup poll', just before")
    """
    recent = resolver._recent(lambda c: not c.plural and c.type in (
        SourceType.NAMED_ORG, SourceType.DOCUMENT, SourceType.MEDIA))
    if recent is not None and r.sentence - resolver.clusters[recent].last_sentence <= 1:
        return info, as_text
    floor = sentences[max(0, r.sentence - 1)].start
    evidence = r.rule.endswith(":evidence")
    for m in reversed(list(_WORD_RE.finditer(text, floor, r.source[0]))):  # type: ignore[index]
        if m.group().lower() not in _SPEAKING_DOCUMENTS:
            continue
        own = next((s.start for s in sentences if s.start <= m.start() < s.end), floor)
        np = left_np(text, own, m.end())
        if np is None:
            continue
        obj = _OBJECT_DET_RE.search(text, np[0], m.end())
        if obj is not None:
            np = (obj.start(1), np[1])  # "The Pew Research Center released *a survey*"
        found = classify_in(text[np[0]:m.end()], text)
        if found.type is SourceType.DOCUMENT and found.pronoun is None \
                and (evidence or not text[own:np[0]].strip()):
            return SourceInfo(SourceType.DOCUMENT, found.head, False, name=found.name,
                              evidence=f"pronoun 'it' -> {text[np[0]:m.end()]!r}, just before"), as_text
        return info, as_text  # only the nearest document noun is tried
    return info, as_text


def _pair_after(cluster: _Cluster, text: str, start: int, end: int) -> bool:
    """Are two people named together in ``text[start:end]`` (the pronoun's own sentence) after
    the plural source last mentioned, and not after a preposition ("Critics spoke. Paradis and
    Bennett didn't know the candidates they were supporting ...": they are the two)?"""
    pairs = list(_NAME_PAIR_RE.finditer(text, start, end))
    if not pairs or not cluster.mentions or cluster.mentions[-1][0].start >= pairs[-1].start():
        return False
    return _PREPOSITION_BEFORE_RE.search(text, max(start, pairs[-1].start() - 12),
                                         pairs[-1].start()) is None  # "wrote with Doe and Roe"


_PREPOSITIONS = "from|for|with|of|by|to|against|among|about|on|at|behind|like|than|between"
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:" + _PREPOSITIONS + r"|including|and|or)\s+$",
                                    re.IGNORECASE)


_BARE_DUAL_RE = re.compile(r"^(?:[Bb]oth(?:\s+of\s+them)?|[Tt]he\s+two|[Tt]he\s+pair)$")
_NAME_PAIR_RE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Govs?)\.\s+)?[A-Z][a-z][\w'\-]*(?:\s+[A-Z][\w'\-]*\.?)*"
    r"\s+and\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][a-z][\w'\-]*(?:\s+[A-Z][\w'\-]*)*")


# a personal name in full ("Jim Risch") or with a title ("Mr. Cruz"), at the end of a conjunct
_FULL_NAME_RE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Govs?)\.\s+[A-Z][\w'\-]+|"
                           r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'\-]+)$")


def _named_pair(info: SourceInfo, pair: str, text: str, as_text: str) -> tuple[SourceInfo, str]:
    """"Mr. Rubio and Mr. Cruz ... They said": two people named together are "they" (a bare
    surname counts where the article named that person in full)."""
    surnames = known_surnames(text)
    if not all(_FULL_NAME_RE.search(part) or part.split()[-1] in surnames
               for part in pair.split(" and ")):
        return info, as_text  # "In Iowa and Ohio": places, not two people
    found = classify_in(pair, text)
    if found.type is not SourceType.NAMED_PERSON or found.pronoun is not None:
        return info, as_text
    return SourceInfo(SourceType.NAMED_PERSON, found.head, True, name=pair,
                      evidence=f"pronoun {info.pronoun!r} -> {pair!r}, named together just before"), as_text


_TWO_OF_THEM_RE = re.compile(r"^(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he\s+pair\s+of)\s+[a-z][\w\-]*"
                             r"(?:\s+[a-z][\w\-]*)?$|^(?:[Tt]he\s+two|[Bb]oth)\s+(?:Republicans|Democrats)$")


# "the senators", "the Republican candidates": a definite plural description, which takes up
# the people named together just before as "the two senators" does
_PAIR_NOUNS = frozenset("senators lawmakers legislators congressmen congresswomen representatives "
                        "governors candidates nominees rivals contenders hopefuls presidents mayors "
                        "justices judges ministers brothers sisters men women duo pair couple "
                        "co-founders founders authors economists scholars researchers "
                        # session 13, TAXONOMY battery: "Paul Ryan and Mitch McConnell met ...
                        # The congressional leaders said", "The two Republicans said"
                        "leaders republicans democrats".split())
_DEFINITE_PLURAL_RE = re.compile(r"^[Tt]he\s+(?:[A-Za-z][\w\-]*\s+)?[a-z][\w\-]*s$")


def pair_description(info: SourceInfo, as_text: str, r: RawAttribution, text: str,
                     sentences: Sequence[Sentence]) -> tuple[SourceInfo, str]:
    """"Senators Jane Doe and John Roe wrote ... The two lawmakers said" (or "The lawmakers
    said"): a description of two people takes up the two named together in this or the
    sentence before (TAXONOMY: a name decides); failing that, a dual description of people
    takes up two people named apart just before (:func:`_two_named_apart`); "both candidates"
    with no one named stays unnamed.

    >>> from claimtrace import analyze; from claimtrace.model import Pattern
    >>> t = "Senators Jane Doe and John Roe wrote. The two lawmakers said so."
    >>> s, words = t.index("The two"), "The two lawmakers"
    >>> r = RawAttribution((0, 0), (s, s + len(words)), [], Pattern.SOURCE_VERB_CONTENT, 1, "", "")
    >>> info, _ = pair_description(classify_in(words, t), words, r, t, analyze(t).sentences)
    >>> info.type.value, info.name
    ('named_person', 'Senators Jane Doe and John Roe')
    """
    if not (info.type.is_anonymous and info.plural):
        return info, as_text
    if not (_TWO_OF_THEM_RE.match(as_text)
            or _DEFINITE_PLURAL_RE.match(as_text) and info.head.lower() in _PAIR_NOUNS):
        return _two_named_apart(info, as_text, r, text, sentences)
    sent_start = sentences[max(0, r.sentence - 1)].start
    pairs = list(_NAME_PAIR_RE.finditer(text, sent_start, r.source[0]))  # type: ignore[index]
    found, _ = _named_pair(info, pairs[-1].group(), text, as_text) if pairs else (info, as_text)
    if found is info:
        return _two_named_apart(info, as_text, r, text, sentences)
    return SourceInfo(found.type, found.head, True, name=found.name,
                      evidence=f"{as_text!r} -> {found.name!r}, named together just before"), as_text


# session 7, train error analysis judged by TAXONOMY (both silver and claimtrace said anonymous):
# "both men", "the two voters", "both candidates" take up two people the article named apart
# in the sentences just before ("Doe sat face to face with Speaker John Roe ... both men
# issued a statement"); only people nouns, not "both sides", "both parties", "both campaigns".
# 8 train pairs change (anonymous -> named_person), all 8 right by hand; silver, which said
# anonymous for all 8, agrees less (train typing 0.901 -> 0.900); dev typing 0.898 -> 0.899
_DUAL_RE = re.compile(r"^(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he\s+pair\s+of)\s+(?!of\b)"
                      r"(?:[A-Za-z][\w\-]*\s+){0,3}[a-z][\w\-]*$")
_DUAL_NOUNS = _PAIR_NOUNS | frozenset("voters parents leaders friends colleagues partners allies "
                                      "officials executives politicians lawyers".split())
_DUAL_WINDOW = 4  # sentences before the mention's own that may name the two (quotes split
# sentences; with 2, 3 of the 8 right train changes were missed)


def _two_named_apart(info: SourceInfo, as_text: str, r: RawAttribution, text: str,
                     sentences: Sequence[Sentence]) -> tuple[SourceInfo, str]:
    """"Doe met Speaker John Roe. Both men said ...": a dual description of people ("both
    men", "the two candidates") is named_person when two different people are named in its
    sentence or the four before, and no "two <noun>" introduced unnamed ones there ("Two men
    were held ... the two men said"). So are "all three candidates" (three named), "the
    brothers", and the people of a contest the article just named ("The candidates",
    "The non-Trump candidates"; not "the Republican hopefuls", which a party word may set
    apart from the people named)."""
    head = info.head.lower()
    counted = _COUNTED_PEOPLE_RE.match(as_text) if head in _DUAL_NOUNS else None
    wanted = 2
    if counted is not None:
        wanted = min(3, _NUMBER_WORDS[counted.group(1).lower()])
    elif not (_DUAL_RE.match(as_text) and head in _DUAL_NOUNS or _SIBLINGS_RE.match(as_text)
              or _CONTEST_RE.match(as_text) and head in _CONTEST_NOUNS and not _PARTY_WORD_RE.search(as_text)):
        return info, as_text
    start, end = sentences[max(0, r.sentence - _DUAL_WINDOW)].start, r.source[0]  # type: ignore[index]
    if _two_unnamed_re(head).search(text, start, end):
        return info, as_text
    names = last_people(text, start, end, wanted)
    if len(names) < wanted:
        return info, as_text
    pair = " and ".join(reversed(names))
    count = "two" if len(names) == 2 else "three"
    return SourceInfo(SourceType.NAMED_PERSON, names[0].split()[-1], True, name=pair,
                      evidence=f"{as_text!r} -> {pair!r}, {count} people named just before"), as_text


# session 18, hand-checked PolNeAR train: "all three candidates", "The candidates", "the
# brothers" after the people were named were unnamed groups (7 fixed, none broken)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTED_PEOPLE_RE = re.compile(r"^(?:[Aa]ll\s+(?:of\s+)?(?:the\s+)?|[Tt]he\s+)(two|three|four|five|six|seven)"
                                r"\s+(?:of\s+the\s+)?(?:[A-Za-z][\w\-]*\s+){0,3}[a-z][\w\-]*$")
_SIBLINGS_RE = re.compile(r"^[Tt]he\s+(?:brothers|sisters)$")
_CONTEST_NOUNS = frozenset("candidates contenders rivals hopefuls nominees".split())
_CONTEST_RE = re.compile(r"^(?:[Aa]ll\s+)?[Tt]he\s+(?:[A-Za-z][\w\-]*\s+){0,2}[a-z][\w\-]*s\b")
_PARTY_WORD_RE = re.compile(r"\b(?:Republican|Democratic|GOP|G\.O\.P\.|Democrat)s?\b")


@lru_cache(maxsize=64)
def _two_unnamed_re(head: str) -> re.Pattern[str]:
    """"two men", "a pair of aides" (not "the two men"): two unnamed people introduced."""
    return re.compile(r"(?<![Tt]he\s)\b(?:[Tt]wo|[Aa]\s+pair\s+of|[Aa]\s+couple\s+of)\s+"
                      r"(?:[\w'\-]+\s+){0,3}?" + re.escape(head) + r"\b")


def last_two_people(text: str, start: int, end: int) -> list[str]:
    """The last two different people named in ``text[start:end]``, latest first (a bare surname
    counts where the article named that person in full).

    >>> t = "Jane Doe met Speaker John Roe. Doe left later."
    >>> last_two_people(t, 0, len(t))
    ['Doe', 'John Roe']
    """
    return last_people(text, start, end, 2)


def last_people(text: str, start: int, end: int, limit: int) -> list[str]:
    """The last ``limit`` different people named in ``text[start:end]``, latest first.

    >>> last_people("Ann Lee, Bo Chu and Cy Day spoke.", 0, 33, 3)
    ['Cy Day', 'Bo Chu', 'Ann Lee']
    """
    surnames = known_surnames(text)
    found = [m for m in _NAME_RE.finditer(text, start, end)
             if not text.endswith(("the ", "The "), 0, m.start())]
    found += [m for m in _SURNAME_RE.finditer(text, start, end) if m.group() in surnames
              and not any(n.start() <= m.start() < n.end() for n in found)]
    names: list[str] = []
    for m in sorted(found, key=lambda m: m.start(), reverse=True):
        words = _without_leading_function_word(m.group())
        if words != m.group() and words not in surnames:
            continue
        more = _NAME_TAIL_RE.match(text, m.end(), end)  # "Speaker John *Roe*"
        named = classify_in(words + (more.group() if more else ""), text)
        if named.type is not SourceType.NAMED_PERSON or not named.name or named.pronoun:
            continue
        if not any(name_surname(n) == name_surname(named.name) and same_given_name(n, named.name)
                   for n in names):  # "Doe" is "Jane Doe"; the brothers "German Ortiz" and
            # "Freddy Ortiz" are two
            names.append(named.name)
        if len(names) == limit:
            break
    return names


def _relative_np(text: str, floor: int, rel_start: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun ("..., who said") follows."""
    end = rel_start
    while end > floor and text[end - 1] in " ,":
        end -= 1
    age = _AGE_ASIDE_RE.search(text, max(floor, end - 8), end)
    if age is not None:  # "Jo Hale, 45, who ...": the age is an aside to the name
        end = age.start()
    people = _PEOPLE_BEFORE_RE.search(text, max(floor, end - 30), end)
    if people is not None:  # "those who said", "18% who say": no noun, but people
        named = _NAME_AND_RE.search(text, max(floor, people.start() - 40), people.start())
        if named is not None and not text[floor:named.start()].strip():  # it opens the sentence
            return named.start(), end  # "Hawkins and others who", not "support Clinton and those"
        return people.start(), end
    np = left_np(text, floor, end) if end > floor else None
    if np is None and end > floor and text.startswith(",", end):
        name = _NAME_RUN_END_RE.search(text, max(floor, end - 60), end)
        if name is not None and not name.group().endswith(("'s", "\u2019s")):
            return name.start(), end  # "reported by *The Washington Post*, which said"
    return _without_leading_verb(text, np) if np is not None else None


# a capitalised name (with "the") ending right before a relative pronoun's comma
_NAME_RUN_END_RE = re.compile(r"(?:\b[Tt]he\s+)?(?:[A-Z][\w.\-'\u2019]*\s+){0,4}[A-Z][\w.\-'\u2019]*$")


# a verb's -ing form that a leftward walk took in before the noun phrase's determiner
_LEADING_VERB_RE = re.compile(r"[a-z]+ing\s+(?=(?:a|an|the|his|her|their|its|some|many|these|"
                              r"those|other)\s)")


def _without_leading_verb(text: str, np: tuple[int, int]) -> tuple[int, int]:
    """"hearing *a candidate* who thinks ...", "begging *a woman* who claimed ...": the noun
    phrase starts at its determiner, not at the verb whose object it is; nor at a verb after a
    modal ("would benefit *Democrats*, who want ...")."""
    m = _LEADING_VERB_RE.match(text, np[0], np[1])
    if m is None and _MODAL_BEFORE_RE.search(text, max(0, np[0] - 40), np[0]):
        m = _BASE_VERB_RE.match(text, np[0], np[1])
    return (m.end(), np[1]) if m is not None else np


_MODAL_BEFORE_RE = re.compile(r"\b(?:would|could|will|should|might|may|can|must)\s+$")
_BASE_VERB_RE = re.compile(r"(?:[a-z]+\s+){1,3}(?=[A-Z])")


def _closed_appositive(text: str, floor: int, rel_start: int) -> tuple[int, int] | None:
    """The description set off by commas right before "who" after a capitalised name ("Jo Hale,
    *a surgeon at the hospital*, who"), or None."""
    end = rel_start
    while end > floor and text[end - 1] == " ":
        end -= 1
    if end <= floor or text[end - 1] != ",":
        return None
    comma = text.rfind(",", max(floor, end - 121), end - 1)
    if comma < 0:
        return None
    start, stop = strip_ws(text, comma + 1, end - 1)
    if not _APPOSITIVE_OPEN_RE.match(text, start, stop) or not _NAME_END_RE.search(text, floor, comma):
        return None
    return start, stop


_APPOSITIVE_OPEN_RE = re.compile(r"(?:a|an|the)\s+[a-z]")
_NAME_END_RE = re.compile(r"[A-Z][\w'\-]+(?:\s+\([A-Z][\w.\-]*\))?$")
_AGE_ASIDE_RE = re.compile(r",\s*\d{1,3}$")
# the words before "who" that stand for people without a noun
_PEOPLE_BEFORE_RE = re.compile(r"(?:\b(?:[Tt]hose|[Ss]ome|[Mm]any|[Oo]thers|[Ff]ew|[Ss]everal|[Mm]ost|[Aa]nyone|"
                               r"[Ee]veryone)|\b\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b))$")
# a name joined to those people: "*Hawkins and* others who want ..." (a named conjunct decides)
_NAME_AND_RE = re.compile(r"(?<![\w.])[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2}\s+and\s+$")
# a second relative joined to a first: "..., and who", "but which"
_RELATIVE_WORD_RE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
_JOINED_RELATIVE_RE = re.compile(r"(?:,\s*|\s+)(?:and|but|or)\s+$")


# what "who" cannot stand for: "an article in New York magazine by *Gabriel Sherman*, who"
_NOT_PERSONS = frozenset({SourceType.DOCUMENT, SourceType.MEDIA})
# a preposition whose object may be the antecedent: "a reaction from *President Doe*"
_PREPOSITION_RE = re.compile(r"\b(?:" + _PREPOSITIONS + r")\s+", re.IGNORECASE)
_TIME_TAIL_RE = re.compile(r"\s+(?:(?:last|this|next|that)\s+(?:week|month|year)|today|"
                           r"yesterday|again|too|instead)$", re.IGNORECASE)


def relative_antecedent(text: str, floor: int,
                        rel_start: int) -> tuple[SourceInfo, str, int] | None:
    """What "who"/"which" at ``rel_start`` stands for: the noun phrase before it, or, when that
    phrase has no typed head ("a victory for Obama, who"), the object of its last preposition
    (a relative pronoun takes its antecedent's type). Returns its type, words and start.

    >>> t = "The vote was a victory for Senator Jo Hale, who said it was overdue."
    >>> info, words, start = relative_antecedent(t, 0, t.index("who"))
    >>> info.type.value, words, start == t.index("Senator")
    ('named_person', 'Senator Jo Hale', True)
    """
    joined = _JOINED_RELATIVE_RE.search(text, floor, rel_start)
    if joined is not None:  # "Doe, who ..., and who said": the first relative's antecedent
        word = _RELATIVE_WORD_RE.match(text, rel_start)
        first = [m.start() for m in _RELATIVE_WORD_RE.finditer(text, floor, joined.start())
                 if word is not None and m.group()[:3] == word.group()[:3]]  # "whom ..., and who"
        if first:
            return relative_antecedent(text, floor, first[-1])
    closed = _closed_appositive(text, floor, rel_start) if text.startswith("who", rel_start) else None
    if closed is not None:  # "Dr. Jo Hale, a surgeon at the hospital, who said": Hale, not the hospital
        words = text[closed[0]:closed[1]]
        info = classify_in(words, text)
        singular = not info.head.lower().endswith("s") or info.head.lower().endswith("ss")
        if singular and (info.type.is_anonymous or info.type is SourceType.UNKNOWN
                         and person_noun(info.head)):  # one person, however many descriptions
            kind = info.type if info.type.is_anonymous else SourceType.ANONYMOUS_VAGUE
            return SourceInfo(kind, info.head, False, role=info.role, evidence=info.evidence), \
                words, closed[0]
    span = _relative_np(text, floor, rel_start)
    if span is None:
        return None
    words = _TIME_TAIL_RE.sub("", text[span[0]:span[1]])
    info = classify_in(words, text)
    person_relative = text.startswith("who", rel_start) and info.type in _NOT_PERSONS
    # "members of the World Trade Organization, which writes the rules": the body, not its members
    thing_relative = text.startswith("which", rel_start) and MEMBERS_OF_RE.match(words) is not None
    if info.type is SourceType.UNKNOWN and info.pronoun is None or person_relative or thing_relative:
        # the last prepositional object that is a source, a place only when nothing else is:
        # "a victory for *Obama*", "a vote for *Sen. Doe of Vermont*" (not "Vermont")
        found = None
        for m in reversed(list(_PREPOSITION_RE.finditer(words))):
            tail = words[m.end():]
            tail_info = classify_in(tail, text) if tail else None
            if tail_info is None or tail_info.type is SourceType.UNKNOWN:
                continue
            if not tail_info.evidence.startswith("government named by its place"):
                return tail_info, tail, span[0] + m.end()
            found = found or (tail_info, tail, span[0] + m.end())
        if found is not None:
            return found
        inner = _last_np(words)
        if inner and info.type is SourceType.UNKNOWN:
            return classify_in(words[inner:], text), words[inner:], span[0] + inner
        head = words.rsplit(None, 1)[-1]
        if head.islower() and head != words and (person_noun(head) or people_noun(head)):
            head_info = classify_in(head, text)  # "including *people* who": the noun before "who"
            if head_info.type is not SourceType.UNKNOWN:
                return head_info, head, span[0] + len(words) - len(head)
    return info, words, span[0]


# a determiner that opens a noun phrase inside a run that took in a verb before it
_OPENERS = frozenset("the a an another this these those his her their its".split())
_TOKEN_RE = re.compile(r"[\w'\-.]+")


def _last_np(words: str) -> int | None:
    """Where the last noun phrase opens in ``words`` past its first word: a determiner, or a
    capitalised word after a lower-case one that is no determiner. None when there is none.

    >>> w = "affected the former president"; w[_last_np(w):]
    'the former president'
    """
    found, before = None, None
    for m in _TOKEN_RE.finditer(words):
        word = m.group()
        if before is not None and (word in _OPENERS or is_cap(word) and before.islower()
                                   and before not in _OPENERS):
            found = m.start()
        before = word
    return found


# how far back an indefinite description may introduce the person a definite one takes up
_INDEFINITE_WINDOW = 1500
# a name right after the description names the person: "a lawyer, Jane Doe,", "a man named Doe"
_NAMED_AFTER_RE = re.compile(r"\s*(?:,\s*(?:[A-Z][\w'\-]*\.?\s+){1,3}[A-Z][\w'\-]*\s*,|\s+(?:named|called)\b)"
                             # a title before a name: "an admirer in British diplomat Sir Peter
                             # Westmacott" introduces no unnamed diplomat (session 18, train)
                             r"|\s+(?:[A-Z][\w'\-]*\.?\s+){1,3}[A-Z][\w'\-]*")


@lru_cache(maxsize=256)
def _indefinite_re(head: str) -> re.Pattern[str]:
    """"a/one/another ... <head>": an unnamed person introduced."""
    h = "(?i:" + re.escape(head) + ")"  # "a Democrat ... The Democrat said" (blind batch 19)
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'\-]+\s+){0,4}?" + h + r"\b"
                      # "One of those donors" (blind batch 14): one of a group, as unnamed
                      r"|\b[Oo]ne\s+of\s+(?:the|those|these|his|her|their|its)\s+(?:[\w'\-]+\s+){0,3}?"
                      + h + r"s\b")


def indefinite_before(text: str, start: int, head: str) -> bool:
    """Was the person that "the <head>" at ``start`` stands for introduced as an unnamed one
    ("a woman in the audience asked ...", "one Carrier executive") shortly before? Then the
    definite description takes up that unnamed person, not the last person named.

    >>> t = "A young woman stood up. The mayor listened. The woman said it was unfair."
    >>> indefinite_before(t, t.index("The woman"), "woman")
    True
    >>> t = "A woman named Jane Doe stood up. The woman said it was unfair."
    >>> indefinite_before(t, t.index("The woman"), "woman")
    False
    """
    if not text or not head.isalpha():
        return False
    lo = max(0, start - _INDEFINITE_WINDOW)
    found = list(_indefinite_re(head.lower()).finditer(text, lo, start))
    return bool(found) and _NAMED_AFTER_RE.match(text, found[-1].end()) is None \
        and _NAME_APPOSITIVE_AFTER_RE.match(text, found[-1].end(), start) is None \
        and not (_NAME_BEFORE_APPOSITIVE_RE.search(text, max(0, found[-1].start() - 40), found[-1].start())
                 and _CLOSING_COMMA_RE.match(text, found[-1].end()))


# a name that the indefinite description follows as its appositive: "*Oren Vale,* a senior adviser"
_NAME_BEFORE_APPOSITIVE_RE = re.compile(r"[A-Z][\w'\-]+,\s+$")
_CLOSING_COMMA_RE = re.compile(r"(?:[^.;,]|\.(?=\s[A-Z])){0,60},")  # the appositive closes ("... to
# the mayor, arrived"; a title's full stop, "for Mr. Ryan,", is no sentence end)
# a name set off after the indefinite description: "A spokesman for the mayor*, Tam Okafor,*"
_NAME_APPOSITIVE_AFTER_RE = re.compile(r"(?:[^.;,]|\.(?=\s[A-Z])){0,50},\s+(?:[A-Z][\w.'\-]*\s+){1,3}"
                                       r"[A-Z][\w'\-]*\s*[,(]")


_OWNER_END_RE = re.compile(r"['\u2019]s?$")
_NEAR_WORDS = 60  # characters between a describing noun and the name it describes


def description_words(mention: str) -> tuple[str, ...]:
    """The words of a definite description without its determiner, lower case, up to its head:
    "The Florida senator" -> ("florida", "senator"); "the man who ..." -> ("man",).

    >>> description_words("The Florida senator"), description_words("the man who spoke")
    (('florida', 'senator'), ('man',))
    """
    core = mention_core(mention)
    words = [_OWNER_END_RE.sub("", w.lower()) for w in tokens(core) if w.lower() not in DETS]
    return tuple(w for w in words if w.replace("-", "").isalpha())


def described_near(text: str, surname: str, words: tuple[str, ...]) -> bool:
    """Does ``text`` write the description ``words`` (lower case, head last) as a title right
    before ``surname`` ("Former President Bill *Clinton*") or as an appositive right after it
    ("*Rubio*, the Florida senator,")?

    >>> described_near("Former President Bill Clinton spoke.", "Clinton", ("former", "president"))
    True
    >>> described_near("the Florida senator left, Cruz said", "Cruz", ("florida", "senator"))
    False
    """
    if len(surname) < 2 or not words:
        return False
    at = text.find(surname)
    while at >= 0:
        left = text[max(0, at - _NEAR_WORDS):at]
        if _title_before(left, words) or _appositive_after(
                text[at + len(surname):at + len(surname) + _NEAR_WORDS], words) \
                or ", " in left[-40:] and _described_then_named(left, words):
            return True
        at = text.find(surname, at + 1)
    return False


def _title_before(left: str, words: tuple[str, ...]) -> bool:
    """"... former President Bill ": the last lower-cased words before the name's capitalised
    run end with the head and hold every other word."""
    toks = tokens(left)
    while toks and is_cap(toks[-1]) and toks[-1].lower().rstrip(".") != words[-1]:
        toks.pop()  # the first names ("Bill", "Marco")
    low = [t.lower().rstrip(".") for t in toks[-5:]]
    return bool(low) and low[-1] == words[-1] and all(w in low for w in words)


# "A spokesman for Mr. Doe, Neal *Whitford*": a description, a comma, then the name's first words
_DESCRIBED_THEN_NAMED_RE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|([A-Z][\w\-]*)['\u2019]s)\s+((?:[^,.;]|\.(?=\s[A-Z])){1,50}),\s+"
    r"(?:[A-Z][\w.'\-]*\s+){0,3}$")


def _described_then_named(left: str, words: tuple[str, ...]) -> bool:
    """"*A spokesman for Mr. Schneiderman,* Neal ": the name is the appositive of a description
    that holds every word (blind batch 9: "the spokesman said" after it went unresolved).

    >>> _described_then_named("A spokesman for Mr. Doe, Neal ", ("spokesman",))
    True
    >>> _described_then_named("Trump's lawyer, Michael ", ("trump", "lawyer"))
    True
    """
    m = _DESCRIBED_THEN_NAMED_RE.search(left)
    if m is None:
        return False
    owner = [m.group(1).lower()] if m.group(1) else []  # "Trump's lawyer, Michael Cohen"
    low = owner + [_OWNER_END_RE.sub("", t.lower()) for t in tokens(m.group(2))]
    if words[-1] not in low or not all(w in low for w in words):
        return False
    after = low[low.index(words[-1]) + 1:]  # the head ends it, or a phrase of its own follows
    return not after or after[0] in _POSTMODIFIER_LEADS  # ("the senator left, Cruz": no)


_POSTMODIFIER_LEADS = frozenset("for of to at with in from on".split())


def _appositive_after(right: str, words: tuple[str, ...]) -> bool:
    """", the former secretary of state,": an appositive right after the name holds every word."""
    m = _APPOSITIVE_RE.match(right)
    if m is None:
        return False
    low = [_OWNER_END_RE.sub("", t.lower()) for t in tokens(m.group(1))]
    if low and low[-1] in SAYING_VERBS:
        return False  # "Clinton, a top aide said, is ...": the aide speaks of Clinton
    return words[-1] in low and all(w in low for w in words)


# "Rubio, the Florida senator,"; "Hope Hicks, Trump's spokeswoman,"
_APPOSITIVE_RE = re.compile(r",\s+((?:the|a|an|his|her|(?-i:[A-Z][\w\-]*)['\u2019]s)\s+[^,.;]+)[,.;]",
                            re.IGNORECASE)


# the abbreviated titles a body may write for a headline's role noun ("Indiana Gov. Mike Pence")
_TITLE_ABBREVIATIONS = {"governor": "gov", "senator": "sen", "representative": "rep",
                        "general": "gen", "secretary": "sec", "lieutenant": "lt"}
# a title word before a name match ("Secretary of *State Mike* Pompeo"): the name runs on one word
_TITLE_LEAD_RE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+$")
_ONE_WORD_TAIL_RE = re.compile(r"\s+[A-Z][a-z][\w'\-]*")
_NAME_TAIL_RE = re.compile(r"(?:\s+[A-Z][a-z][\w'\-]*)+")
_INDEFINITE_START_RE = re.compile(r"^(?:an?|one|another|some|two|three|several)\s", re.IGNORECASE)


def headline_person(info: SourceInfo, mention: str, text: str, start: int) -> SourceInfo | None:
    """"Velmar finance minister says ..." in a headline: a singular role description that the
    article's body gives as the title or appositive of a named person ("Finance Minister
    Aurelio Benz") is that person (TAXONOMY: a description that resolves to someone named in
    the article is named_person). Indefinite ones ("A Trump adviser says") stay unnamed.

    >>> t = "Velmar finance minister says gap will narrow\\nFinance Minister Aurelio Benz said so."
    >>> headline_person(classify_in("Velmar finance minister", t), "Velmar finance minister", t, 0).name
    'Aurelio Benz'
    """
    if info.plural or info.type not in (SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE):
        return None  # the common case, before any search of the text
    line_end = _headline_end(text)
    if line_end < 0 or start >= line_end or _INDEFINITE_START_RE.match(mention):
        return None
    head = info.head.lower()
    heads = [(head,)] + ([(_TITLE_ABBREVIATIONS[head],)] if head in _TITLE_ABBREVIATIONS else [])
    named = next(_described_people(text[line_end:], heads, text), None)
    if named is None and _ZERO_ARTICLE_RE.match(mention) and not mention.split()[-1].lower().endswith("s"):
        named = _protagonist(text, line_end)
    if named is None:
        return None
    return SourceInfo(SourceType.NAMED_PERSON, named.head, False, name=named.name, role=info.role,
                      evidence=f"headline description {mention!r} -> {named.name!r}, so titled "
                      "in the article")


# a headline's role noun with no article ("Fed governor", "Top aide", "Candidate"), not a
# possessive or pronoun opening ("His aide")
_ZERO_ARTICLE_RE = re.compile(r"(?!(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s)[\w\-.'\u2019 ]+$")


def _headline_end(text: str) -> int:
    """Where the headline ends: its first line, with a subheadline line under it when a blank
    line follows the two ("Ryan backs him;\nCriticism drives candidate to say ...\n\n")."""
    first = text.find("\n")
    block = text.find("\n\n")
    if first < 0 or block <= first or block > 300 or text.count("\n", first + 1, block) > 0:
        return first
    return block


def _protagonist(text: str, body: int) -> SourceInfo | None:
    """The first person the body of the article names, within its first 600 characters."""
    for m in _FULL_NAMES_RE.finditer(text, body, body + 600):
        more = _NAME_TAIL_RE.match(text, m.end())
        full = m.group() + more.group() if more else m.group()
        named = classify_in(_without_leading_function_word(full), text)
        if named.type is SourceType.NAMED_PERSON and named.pronoun is None:
            return named
    return None


def named_before(mention: str, text: str, at: int) -> SourceInfo | None:
    """The person named before ``at`` whom the article described with every word of the
    definite description ``mention``, nearest first: "Jason Miller, a senior adviser to Trump,
    arrived. ... The adviser said" (TAXONOMY: a description that resolves to someone named in
    the article is named_person, even one never quoted before).

    >>> t = "Jane Roe, a lawyer for the family, arrived. The lawyer said it was over."
    >>> named_before("The lawyer", t, t.index("The lawyer")).name
    'Jane Roe'
    """
    words = description_words(mention)
    if not words:
        return None
    found = list(_described_people(text[:at], (words,), text))
    return found[-1] if found else None


def _described_people(body: str, heads: Sequence[tuple[str, ...]], text: str) -> Iterator[SourceInfo]:
    """The named people of ``body``, in order, that it gives one of the descriptions ``heads``
    as a title or an appositive."""
    for m in _FULL_NAMES_RE.finditer(body):
        more = _NAME_TAIL_RE.match(body, m.end())  # "Gov. Mike *Pence*"
        full = m.group() + more.group() if more else m.group()
        if any(described_near(body, full.split()[-1], words) for words in heads):
            bare = _without_leading_function_word(full)  # "When Trump", not "New Hampshire"
            named = classify_in(bare if bare == full or classify_in(full, text).type in (
                SourceType.NAMED_PERSON, SourceType.UNKNOWN) else full, text)
            if named.type is SourceType.NAMED_PERSON and named.pronoun is None:
                yield named
