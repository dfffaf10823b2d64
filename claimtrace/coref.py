"""Within-article merging of source mentions into sources.

"Pompeo" joins "Secretary of State Mike Pompeo" (same surname); "the source" joins the
unnamed informant it continues ("one of the interlocutors"); "he"/"she" go to the nearest
named person, "they" to the nearest plural source, "it" to the nearest body or document.
Anonymous sources are never merged by description alone, only by a definite anaphor.

>>> from claimtrace import analyze
>>> a = analyze("Secretary of State Mike Pompeo said the talks were useful. Pompeo said they would go on.")
>>> [s.name for s in a.sources]
['Mike Pompeo']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .anonymity import anonymity_reason_span
from .antecedents import (
    described_near,
    description_words,
    headline_person,
    indefinite_before,
    it_antecedent,
    known_surnames,
    named_before,
    pair_description,
    plural_antecedent,
    pronoun_antecedent,
    relative_antecedent,
)
from .attributions import RawAttribution
from .cataphora import named_later
from .first_person import document_voice, in_question, signed_voice
from .gender import agrees, mention_gender, pronoun_gender, surname_gender
from .head_nouns import person_noun
from .lexicons import phrase_set
from .model import Attribution, Content, Sentence, Source, SourceMention, SourceType, Span
from .name_identity import has_suffix, name_surname, same_given_name
from .names import KIN_NOUNS, name_after, name_before
from .overrun import inner_source
from .private_people import (
    BARE_GENERIC_RE,
    BARE_KIN_RE,
    GENERIC_NAMED_RE,
    GENERIC_PEOPLE,
    OWNER_PRONOUN,
    PRIVATE_KIN_RE,
    PRIVATE_ROLE_APPOSITIVE_RE,
    aged_in_text,
)
from .scene import scene_subject
from .sources import SourceInfo, classify_in, pronoun_word
from .span_words import SAYING_VERBS

_PRIORITY = [
    SourceType.NAMED_PERSON, SourceType.NAMED_ORG, SourceType.MEDIA, SourceType.DOCUMENT,
    SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE, SourceType.UNNAMED_GROUP,
    SourceType.ANONYMOUS_BARE, SourceType.UNKNOWN,
]
_RANK = {t: i for i, t in enumerate(_PRIORITY)}.__getitem__  # _PRIORITY.index, by a dict
_PERSON_TYPES = (SourceType.NAMED_PERSON, SourceType.ANONYMOUS_SPECIFIC,
                 SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_BARE)
_PERSONISH = (SourceType.UNKNOWN, SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE)
_PARTITIVE_RE = re.compile(r"^(?:one|two|three|four|five|some|several|most|all|both|each|many)\s+"
                           r"of\s+(?:the|those|these)\s+", re.IGNORECASE)
_DEFINITE_RE = re.compile(r"^(?:the|this|that|these|those)\s+", re.IGNORECASE)
# "the owner of a downtown sports bar" (blind batch 30, session 16): the role of something
# indefinite picks out no one the reader knows
_OF_SOME_RE = re.compile(r"^the\s+(?:[\w\-]+\s+){1,2}of\s+(?:a|an|one|some|several|many)\s", re.IGNORECASE)
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_ANON_ANAPHORA = frozenset("source sources official officials person people aide aides "
                           "interlocutor interlocutors spokesman spokeswoman spokesperson "
                           "insider insiders diplomat diplomats adviser advisers "
                           # session 11: "The employee first said ..." was the person named
                           # last, not the unnamed employee ("the lawyer", "the operative" often
                           # describe the article's named subject, and stay out)
                           "employee employees".split())


_CAPITAL_RE = re.compile(r"\b[A-Z][a-z]")
_UNNAMED_PEOPLE = (SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_BARE)
# verbs that continue the previous speaker's statement: "... a senior official said. He added
# that ...", "She went on to say"
_CONTINUING_RE = re.compile(r"^(?:also\s+)?(?:added|adds|continued|continues|went\s+on)\b", re.IGNORECASE)


def _continued_speaker(raw: Sequence[RawAttribution], i: int, mention_cluster: dict[int, int],
                       resolver: _Resolver, text: str, gender: str | None,
                       sentences: Sequence[Sentence] = ()) -> int | None:
    """The cluster that "he"/"she" continues with "added", "continued" or "went on": the source
    of the attribution just before, in this sentence or the one before, when that source is one
    person, named or not, of the pronoun's gender where both are known (news prose writes "He
    added" for the speaker it just quoted). With "said" and other verbs of saying only an
    unnamed speaker of the sentence before is continued, by a pronoun that opens its sentence
    ("A senior official said ... He said ...") or by one after a quotation it opens with
    ('"...," she said'), even where the paragraph names someone of the pronoun's gender (session
    16: blind batches 18 and 27 read it so, and with that check gone no batch scored worse); a
    sentence about that speaker or giving the reason for anonymity may come between ("The
    official spoke on condition of anonymity ...")."""
    r = raw[i]
    joined = _joined_speaker(raw, i, mention_cluster, resolver, text, gender)
    if joined is not None:
        return joined
    continuing = _CONTINUING_RE.match(text[r.cue[0]:r.cue[1]]) is not None
    if not continuing and (not sentences or not _saying_cue(text, r) or r.source is None
                           or _CAPITAL_RE.search(text, _past_opening_quote(text, r, sentences),
                                                 r.source[0])):
        return None  # "McAuliffe tried ... after he said them": a name first in the sentence
    # the sentence before may give the reason for anonymity; its own verbs are no speakers there
    # ("The adviser asked not to be named because he was *describing* ..."), to the sentence's
    # end where the sentence is about the speaker (session 17, blind batch 51); read only when
    # that sentence holds an attribution
    at = _quote_sentence(r, sentences)  # '"A. B," she said': counted from the quote's opening
    reason = _reason_in(text, sentences, at - 1) \
        if any(x.sentence == at - 1 for x in raw[max(0, i - 8):i]) else None
    if reason is not None and _PRONOUN_OPENING_RE.match(text, sentences[at - 1].start, reason[0]):
        reason = (reason[0], sentences[at - 1].end)  # "She spoke on the condition that ...,
        # because her parents ... do not know": a sentence about the speaker, to its end
    for j in range(i - 1, -1, -1):
        prev = raw[j]
        if reason is not None and prev.sentence == at - 1 and reason[0] <= prev.cue[0] < reason[1]:
            continue
        quoted_between = _quoted_between(prev, r, sentences)
        if prev.sentence < at - 2 or prev.sentence == at - 2 and not quoted_between and (
                continuing or not sentences or any(x.sentence == at - 1 and not (
                    reason is not None and reason[0] <= x.cue[0] < reason[1]) for x in raw[j + 1:i])):
            return None
        idx = mention_cluster.get(j)
        if prev.source is None or idx is None or prev.parent is not None:
            continue
        if not continuing and j > 0 and raw[j - 1].source == prev.source and not _saying_cue(text, prev):
            continue  # "A man ... said he liked Kasich but doubted ...": the man's "said" decides
        cluster = resolver.clusters[idx]
        if prev.sentence == at - 2 and not quoted_between \
                and not _bridge(text, sentences[at - 1], cluster):
            return None  # the sentence between speaks of someone else
        if not continuing and (prev.sentence == r.sentence or cluster.type not in _UNNAMED_PEOPLE
                               or not _saying_cue(text, prev)):
            return None  # "An aide said ... He said ...": the unnamed speaker just quoted
        return _one_person(resolver, idx, gender)
    return None


_CLAUSE_JOIN_RE = re.compile(r",\s*(?:though|although|but|while|and|even\s+as)\s+$")


def _joined_speaker(raw: Sequence[RawAttribution], i: int, mention_cluster: dict[int, int],
                    resolver: _Resolver, text: str, gender: str | None) -> int | None:
    """"An aide said A, though he acknowledged B" (blind batch 31, session 16): "he" opening a
    clause joined to a statement in the same sentence is that statement's speaker, when one
    person of the pronoun's gender; None otherwise."""
    r = raw[i]
    if r.source is None or not _CLAUSE_JOIN_RE.search(text, max(0, r.source[0] - 20), r.source[0]):
        return None
    for j in range(i - 1, -1, -1):
        prev = raw[j]
        if prev.sentence != r.sentence or prev.cue[0] > r.source[0]:
            return None
        idx = mention_cluster.get(j)
        if idx is not None and (prev.parent is None or prev.rule.startswith("parenthetical")) \
                and _saying_cue(text, prev):  # (", a consultant said, though he": the
            # parenthetical speaker, even where a false belief cue in its content nests it)
            return _one_person(resolver, idx, gender)
    return None


def _scene_speaker(r: RawAttribution, info: SourceInfo, resolver: _Resolver, text: str,
                   sentences: Sequence[Sentence]) -> int | None:
    """The named person last mentioned, of the pronoun's gender, for a "he"/"she" that a
    scene-setting phrase puts at the head of a paragraph ("Hours later, standing at the lectern,
    he told reporters": ``scene.scene_subject``); else None."""
    if info.pronoun not in ("he", "she") or not sentences or r.source is None \
            or not scene_subject(text, sentences, r.sentence, r.source[0]):
        return None
    gender = pronoun_gender(info.pronoun)
    return resolver._recent(lambda c: c.type is SourceType.NAMED_PERSON and not c.plural
                            and resolver.agrees(c, gender))


def _described_just_before(raw: Sequence[RawAttribution], i: int, resolver: _Resolver, text: str,
                           sentences: Sequence[Sentence], gender: str | None) -> int | None:
    """"Araghchi said ... *The European diplomat* was less certain. '...,' she said": a sentence
    with no attribution whose subject takes up an unnamed person by the head noun that person
    spoke under gives "he"/"she" opening the next sentence, or closing its opening quotation
    (session 17, blind batch 43); None otherwise."""
    r = raw[i]
    if not sentences or r.source is None or not _saying_cue(text, r):
        return None
    at = _quote_sentence(r, sentences)
    if at < 1 or any(x.sentence == at - 1 for x in raw[max(0, i - 8):i]) \
            or _CAPITAL_RE.search(text, _past_opening_quote(text, r, sentences), r.source[0]):
        return None
    sent = sentences[at - 1]
    m = _BRIDGE_RE.match(text, sent.start, sent.end)
    if m is None or _NAMED_APPOSITIVE_RE.match(text, m.end(1), sent.end):
        return None
    head = m.group(1).lower()
    idx = resolver._recent(lambda c: c.type in _UNNAMED_PEOPLE and not c.plural and c.head == head)
    return _one_person(resolver, idx, gender) if idx is not None else None


def _quote_sentence(r: RawAttribution, sentences: Sequence[Sentence]) -> int:
    """The sentence that a quotation before the cue opens in ('"I don't love him. But I trust
    him," she said': the first of the two; session 17, blind batch 42), else the cue's."""
    if not sentences or not r.content or r.content[0][1] > r.cue[0]:
        return r.sentence
    start = r.content[0][0]
    k = r.sentence
    while k > 0 and sentences[k].start > start:
        k -= 1
    return k


def _quoted_between(prev: RawAttribution, r: RawAttribution, sentences: Sequence[Sentence]) -> bool:
    """Is the one sentence between ``prev`` and ``r`` part of what ``prev`` quotes ('"A," an aide
    said. "B." He added ...': the quotation runs on, and "He" still continues the aide; blind
    batch 21, session 16)?"""
    if not sentences or prev.sentence != r.sentence - 2:
        return False
    between = sentences[r.sentence - 1]
    return any(cs <= between.start and between.end <= ce + 2 for cs, ce in prev.content)


def _reason_in(text: str, sentences: Sequence[Sentence], k: int) -> tuple[int, int] | None:
    """The anonymity reason in sentence ``k``, if any."""
    if k < 0 or not sentences:
        return None
    return anonymity_reason_span(text, sentences[k].start, sentences[k].end)


def _bridge(text: str, sent: Sentence, cluster: _Cluster) -> bool:
    """Does a sentence with no attribution, between an unnamed speaker and "he said", speak of
    that speaker ("A senior official said ... *The official* spoke on condition of anonymity
    ... 'We will not telegraph it,' he said": blind batch 11)?"""
    m = _BRIDGE_RE.match(text, sent.start, sent.end)
    if m is not None and m.group(1).lower() == cluster.head \
            and not _NAMED_APPOSITIVE_RE.match(text, m.end(1), sent.end):
        return True  # (not "The Clinton captain, Mark Sorensen, ...": another, named, captain)
    # "She was not authorized to discuss staffing and asked not to be identified." (blind 18)
    return _PRONOUN_OPENING_RE.match(text, sent.start, sent.end) is not None \
        and anonymity_reason_span(text, sent.start, sent.end) is not None


_NAMED_APPOSITIVE_RE = re.compile(r",\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]")
_PRONOUN_OPENING_RE = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?(?:[Hh]e|[Ss]he)\b")
_BRIDGE_RE = re.compile(r"\s*(?:The|That|This)\s+(?:[\w'\-]+\s+){0,2}?([a-z]+)(?:\s*,|\s+[a-z]+)")


def _past_opening_quote(text: str, r: RawAttribution, sentences: Sequence[Sentence]) -> int:
    """Where to look for a name before the pronoun: past the sentence's first character, and
    past a quotation the sentence opens with, which is the content ("'Not this time,' he said":
    blind batch 10, the capital of a quote's first word kept "he" from the unnamed voter)."""
    start = sentences[r.sentence].start
    if r.content and r.content[0][0] <= start + 1 and r.content[0][1] <= r.cue[0]:
        return r.content[0][1]  # (a quotation resumed after the cue is no matter)
    return start + 1


def _one_person(resolver: _Resolver, idx: int, gender: str | None) -> int | None:
    """``idx`` when its cluster is one person (named or not) of the pronoun's gender, or of
    none known."""
    cluster = resolver.clusters[idx]
    return idx if not cluster.plural and cluster.type in _PERSON_TYPES \
        and resolver.agrees(cluster, gender) else None


def _reporting_subject(raw: Sequence[RawAttribution], i: int, mention_cluster: dict[int, int],
                       resolver: _Resolver, text: str, gender: str | None) -> int | None:
    """"One donor said he had told Kushner ...": "he" opening the content of a statement by one
    person is that person (of the pronoun's gender, where both are known), however recently
    someone else was named."""
    r = raw[i]
    if r.parent is None or r.source is None:
        return None
    host = raw[r.parent]
    idx = mention_cluster.get(r.parent)
    if idx is None or host.sentence != r.sentence or not host.content \
            or not host.rule.startswith("source_verb_content") or not _saying_cue(text, host) \
            or _THAT_OPENING_RE.sub("", text[host.content[0][0]:r.source[0]]).strip():
        return None
    return _one_person(resolver, idx, gender)


_THAT_OPENING_RE = re.compile(r"^\s*that\s*", re.IGNORECASE)


def _saying_cue(text: str, r: RawAttribution) -> bool:
    """Is the cue's verb one of saying ("said", "told", "warned"), not of agreeing, backing
    or wanting?"""
    verb = text[r.cue[0]:r.cue[1]].rsplit(None, 1)[-1].lower()
    return verb in SAYING_VERBS or verb in ("say", "saying", "tell", "telling")


@dataclass
class _Cluster:
    type: SourceType
    name: str
    plural: bool
    head: str
    mentions: list[tuple[Span, SourceInfo]] = field(default_factory=list)
    reason: Span | None = None
    evidence: str = ""
    last_sentence: int = 0
    gender: str | None = None  # "f"/"m" once a mention or the article says it (gender.py)
    # each mention's words as read, for its gender ("Mrs. Doe" for a "who" that takes her up)
    words: list[str] = field(default_factory=list)
    gender_read: int = 0  # how many mentions were read for it (read only when a pronoun asks)
    surname_read: bool = False  # whether the article was read for its surname's gender


def _slug(text: str) -> str:
    return _SLUG_RE.sub("-", text.lower()).strip("-")


@lru_cache(maxsize=4096)
def _norm_org(text: str) -> str:
    """A body's name as a key ("The Acme Corp's" -> "acme-corp"); remembered, since
    resolution compares each new name with every body named before it."""
    return _slug(_DEFINITE_RE.sub("", text.strip()).removesuffix("'s").removesuffix("\u2019s"))


class _Resolver:
    """Assigns each mention to a cluster, in text order."""

    def __init__(self, text: str = "") -> None:
        self.text = text  # the article, for antecedents that are no source
        self.at = 0  # where the mention being assigned starts
        self.clusters: list[_Cluster] = []
        self.order: dict[int, None] = {}  # cluster indexes, least recently mentioned first
        self.sentence = 0
        self.identified = False
        self.gender: str | None = None  # the gender of the pronoun being assigned, if any

    def _recent(self, pred, exclude: int | None = None) -> int | None:
        for idx in reversed(self.order):  # each cluster once: its latest mention decides
            if idx != exclude and pred(self.clusters[idx]):
                return idx
        return None

    def _new(self, info: SourceInfo, text: str) -> int:
        name = info.name or text
        kind, evidence = info.type, info.evidence
        if self.identified:  # a definite description that picks out one public person
            kind = SourceType.NAMED_PERSON
            who = "named people" if info.plural else "a person"
            evidence = f"definite description {text!r} identifies {who} (TAXONOMY: a name decides)"
        self.clusters.append(_Cluster(kind, name, info.plural, info.head.lower(), evidence=evidence))
        return len(self.clusters) - 1

    def assign(self, info: SourceInfo, text: str, *, sentence: int = 0,
               exclude: int | None = None, at: int = 0, unnamed: bool = False,
               gender: str | None = None) -> int:
        """The cluster of a mention; ``unnamed``: the mention itself says its source goes
        unnamed ("an aide who spoke on condition of anonymity"), so no named person takes it;
        ``gender``: that of the pronoun the mention stands for ("she" read as "Doe")."""
        self.sentence = sentence
        self.at = at
        self.identified = False
        self.gender = gender
        if unnamed and info.type.is_anonymous:
            idx = self._same_unnamed(info, text)
        else:
            idx = self._find(info, text, exclude)
        if idx is None:
            idx = self._new(info, text)
        return self.keep(idx, sentence)

    def keep(self, idx: int, sentence: int) -> int:
        """Mention cluster ``idx`` again, now the most recent (also a pronoun that continues
        its speaker)."""
        self.order.pop(idx, None)
        self.order[idx] = None
        self.clusters[idx].last_sentence = sentence
        return idx

    def _described_person(self, mention: str) -> int | None:
        """The most recent named person whose surname the article wrote, before this mention,
        next to every word of this description: "former President Bill Clinton ... the former
        president", "Rubio, the Florida senator, ... the Florida senator"."""
        words = description_words(mention)
        if not words:
            return None
        before = self.text[:self.at]
        return self._recent(lambda c: c.type is SourceType.NAMED_PERSON and not c.plural
                            and described_near(before, c.name.split()[-1], words))

    def _same_unnamed(self, info: SourceInfo, text: str) -> int | None:
        """A self-declared unnamed source joins only an unnamed one it takes up by a definite
        description with the same head ("the employee", after "an employee ...")."""
        if _DEFINITE_RE.match(text) is None:
            return None
        head = info.head.lower()
        return self._recent(lambda c: c.type.is_anonymous and c.plural == info.plural
                            and c.head == head)

    def recent_group(self, sentence: int) -> int | None:
        """The unnamed group that spoke in this or the previous sentence, for a bare "One" or
        "Another" that speaks for one of its members."""
        idx = self._recent(lambda c: c.plural and c.type.is_anonymous)  # (two sentences back:
        # "Two aides said ... Neither was authorized to speak. One said ...", blind batch 16)
        return idx if idx is not None and sentence - self.clusters[idx].last_sentence <= 2 else None

    def recent_one(self, sentence: int) -> int | None:
        """An unnamed person introduced as "One ..." (or as "Another", "A second", ...) in this
        or the previous sentence, whom "Another" or "A third" follows with one more of the same
        kind."""
        idx = self._recent(lambda c: not c.plural and c.type.is_anonymous and bool(c.mentions)
                           and (_ONE_OPENING_RE.match(c.mentions[0][0].text) is not None
                                or _MEMBER_RE.match(c.mentions[0][0].text) is not None))
        return idx if idx is not None and sentence - self.clusters[idx].last_sentence <= 1 else None

    def agrees(self, cluster: _Cluster, gender: str | None) -> bool:
        """Does the cluster agree with a pronoun's gender ("he", "she")? Its gender is read when
        a pronoun first asks: from its mentions ("Mrs. Doe", "Jane Doe", "a spokeswoman"), and
        for a named person whose mentions say none, from the article's other uses of the surname."""
        if gender is None or cluster.plural:
            return True
        if cluster.gender is None:
            cluster.gender = self._gender_of(cluster)
        return agrees(cluster.gender, gender)

    def _gender_of(self, cluster: _Cluster) -> str | None:
        for (span, info), words in zip(cluster.mentions[cluster.gender_read:],
                                       cluster.words[cluster.gender_read:], strict=True):
            # a "she" that took the person up says it too ("Clinton ... she said"): pronouns
            # join only a person of their gender or of none known yet
            found = pronoun_gender(span.text) or mention_gender(words, info.name, info.head)
            if found is not None:
                return found
        cluster.gender_read = len(cluster.mentions)
        if not cluster.surname_read and cluster.type is SourceType.NAMED_PERSON:
            cluster.surname_read = True
            return surname_gender(self.text, cluster.name)
        return None

    def _person_pronoun(self, exclude: int | None, gender: str | None) -> int | None:
        """"he"/"she": the nearest named person of the pronoun's gender (or of no known one),
        unless such an unnamed person was the subject of this or the previous sentence and no
        such named person appeared in the last two sentences (TAXONOMY: a name decides; news
        prose names whom "he" means)."""
        anon = self._recent(lambda c: not c.plural and c.type in _PERSON_TYPES[1:]
                            and self.agrees(c, gender), exclude)
        named = self._recent(lambda c: c.type is SourceType.NAMED_PERSON and not c.plural
                             and self.agrees(c, gender), exclude)
        if anon is not None and self.sentence - self.clusters[anon].last_sentence <= 1 and (
                named is None or self.sentence - self.clusters[named].last_sentence > 2):
            return anon
        return named if named is not None else anon

    def _find(self, info: SourceInfo, text: str, exclude: int | None) -> int | None:
        t = info.type
        if info.pronoun in ("he", "she", "him", "her"):
            return self._person_pronoun(exclude, pronoun_gender(info.pronoun))
        if info.pronoun in ("they", "them"):
            return self._recent(lambda c: c.plural, exclude)
        if info.pronoun == "it":
            return self._recent(lambda c: not c.plural and c.type in (
                SourceType.NAMED_ORG, SourceType.DOCUMENT, SourceType.MEDIA), exclude)
        if info.pronoun in ("i", "me"):
            return self._recent(lambda c: c.name.lower() in ("i", "me"))
        if t is SourceType.NAMED_PERSON and info.name:
            name = info.name
            surname = name_surname(name)
            own = self.gender or mention_gender(text, name, info.head)  # not "Mr. Doe" for "Mrs."
            def same(c: _Cluster) -> bool:
                return c.type is SourceType.NAMED_PERSON and name_surname(c.name) == surname \
                    and same_given_name(name, c.name) and self.agrees(c, own)
            idx = None
            if " " not in name.strip():  # a bare "Trump" is the father, not "Donald Trump Jr."
                idx = self._recent(lambda c: same(c) and not has_suffix(c.name))
            if idx is None:
                idx = self._recent(same)
            if idx is not None and len(name) > len(self.clusters[idx].name):
                self.clusters[idx].name = name
            return idx
        definite = _DEFINITE_RE.match(text) is not None or _PARTITIVE_RE.match(text) is not None
        if t in (SourceType.NAMED_ORG, SourceType.MEDIA):
            key = _norm_org(info.name or text)
            idx = self._recent(lambda c: c.type is t and _norm_org(c.name) == key)
            if idx is None and definite and not info.name:
                idx = self._recent(lambda c: c.type is t and info.head.lower() in c.name.lower())
            if idx is None and definite and not info.name and t is SourceType.NAMED_ORG \
                    and not any(w[:1].isupper() for w in text.split()[1:]):
                # "the state news agency KCNA reported. The agency said" (blind batch 11); not
                # "The International Atomic Energy Agency", a body of its own (session 17)
                idx = self._recent(lambda c: c.type is SourceType.MEDIA and any(
                    info.head.lower() in w.lower().split() for w in c.words))
            if idx is None and t is SourceType.MEDIA:
                # "the Times" after "The New York Times"; "the newspaper" after any outlet
                idx = self._recent(lambda c: c.type is t and (
                    _norm_org(c.name).endswith("-" + key) or (definite and not info.name)))
            return idx
        if t is SourceType.DOCUMENT and definite:
            if info.head.lower() in ("paper", "website", "site"):  # "the paper" after an outlet
                # is that newspaper ("The website said" after Breitbart News: session 17)
                media = self._recent(lambda c: c.type is SourceType.MEDIA)
                if media is not None:
                    return media
            return self._recent(lambda c: c.type is t and c.head == info.head.lower())
        if t.is_anonymous and definite and info.head.lower() in _ANON_ANAPHORA:
            same_head = self._recent(lambda c: c.type.is_anonymous and c.plural == info.plural
                                     and c.head == info.head.lower())
            if same_head is not None:
                return same_head
            if not info.plural and indefinite_before(self.text, self.at, info.head):
                return None  # "A Democratic strategist in Columbus put it more sharply. '...,' the
                # strategist said" (blind batch 19): the unnamed one just introduced, not Spicer
            partitive = _PARTITIVE_RE.match(text) is not None  # "one of the officials" (blind
            named = None if info.plural or partitive else self._described_person(text)  # 33)
            if named is None and not info.plural and not partitive:
                named = self._named_before(text, exclude)
            if named is not None:  # "spokesman John Kirby said ... The spokesman added"
                return named
            unnamed = self._recent(lambda c: c.type.is_anonymous and c.plural == info.plural
                                   and (c.type is not SourceType.UNNAMED_GROUP or not c.plural))
            return self._speaker_just_named(unnamed) \
                if not info.plural and not partitive and t is SourceType.ANONYMOUS_SPECIFIC else unnamed
        if t is SourceType.ANONYMOUS_VAGUE and definite and not info.plural \
                and not _PARTITIVE_RE.match(text) and not indefinite_before(self.text, self.at, info.head):
            named = self._described_person(text)  # "Jane Roe, a voter from Ames, ... The voter
            if named is not None:  # said" (session 17): one member of a group noun that the
                return named  # article wrote beside a name
        if t.is_anonymous and not info.plural and "," not in text \
                and (_OWNER_RE.match(text) or info.role and _PRONOUN_OWNER_RE.match(text)):
            named = self._described_person(text)  # "Doe spokeswoman Jane Roe ... Doe's
            if named is None and _OWNER_RE.match(text):  # spokeswoman said" (or "His
                named = self._named_before(text, exclude)  # spokeswoman", a role noun after
            if named is not None:  # a pronoun): the one the article named in that role
                return named
        if t in _PERSONISH and (_KIN_RE.match(text) or _owned_title(info, text)) \
                or t is SourceType.UNNAMED_GROUP and _NAMED_KIN_RE.match(text):
            self.identified = True  # "Trump's son", "his wife", "Trump's sons": identifiable
            return None
        if definite and not info.plural and t in _PERSONISH and _person_noun(info.head) \
                and info.head.lower() not in _ANON_ANAPHORA and not _OF_SOME_RE.match(text):
            if info.head.lower() not in _PERSON_NOUNS | phrase_set("titles.txt") \
                    and indefinite_before(self.text, self.at, info.head):
                # "a woman in the crowd asked ... the woman said": the unnamed person again,
                # before a person named earlier with that noun (blind batch 19: "A harbour
                # strategist put it more sharply ... the strategist said")
                unnamed = self._recent(lambda c: c.type.is_anonymous and not c.plural
                                       and c.head == info.head.lower())
                return unnamed if unnamed is not None else self._described_person(text)
            # "the Florida senator", "the New York businessman": an identified person, best
            # the one the article introduced with that noun ("former President Bill Clinton")
            found = self._described_person(text)
            unnamed = self._recent(lambda c: c.type.is_anonymous and not c.plural
                                   and _same_kind(c.head, info.head.lower()))  # "One Republican senator,
            # who spoke on the condition of anonymity, said ... the senator said" (blind batch
            # 5), "Her friend, a nurse, said ... the friend said" (session 17): the unnamed one,
            # when no one was described so or when the unnamed one spoke after the named one
            # (blind batch 30, session 16)
            if unnamed is not None and (found is None or self._later(unnamed, found)) and (
                    indefinite_before(self.text, self.at, info.head)
                    or self.sentence - self.clusters[unnamed].last_sentence <= 1):
                found = unnamed
            if found is not None or _PARTITIVE_RE.match(text):
                return found  # "One of the lawyers representing Mr. Trump" (blind batch 27,
                # session 16): one of several, no identified person
            if info.head.lower() in GENERIC_PEOPLE and BARE_GENERIC_RE.fullmatch(text.strip(" ,")):
                # "the girl", "the older woman" (session 17, blind batch 54): someone the
                # article did not name, not the last name given
                unnamed = self._recent(lambda c: c.type.is_anonymous and not c.plural)
                if unnamed is not None and self.sentence - self.clusters[unnamed].last_sentence <= 2:
                    return unnamed
                if GENERIC_NAMED_RE.search(self.text, max(0, self.at - 400), self.at):
                    self.identified = True  # "A man named John Roe stood up. ... the man said"
                return None
            found = self._recent(lambda c: c.type is SourceType.NAMED_PERSON and not c.plural)
            if found is None:
                self.identified = True
            return found
        return None

    def _later(self, a: int, b: int) -> bool:
        """Was cluster ``a`` mentioned after cluster ``b``?"""
        order = list(self.order)
        return order.index(a) > order.index(b)

    def _speaker_just_named(self, unnamed: int | None) -> int | None:
        """"Paul Manafort, Trump's campaign chairman, told reporters ... *The Trump adviser*
        said": a role description that no unnamed person of its noun took takes up the named
        person of this or the sentence before, if no unnamed person came later (blind batch 16);
        else ``unnamed``."""
        named = self._recent(lambda c: c.type is SourceType.NAMED_PERSON and not c.plural)
        if named is None or self.sentence - self.clusters[named].last_sentence > 1:
            return unnamed
        if unnamed is not None and self.clusters[unnamed].last_sentence >= self.clusters[named].last_sentence:
            return unnamed
        return named

    def _named_before(self, text: str, exclude: int | None) -> int | None:
        """The cluster of the person the article named before this mention and described
        with every word of it ("Jason Miller, a senior adviser to Trump, ... The adviser
        said"), a new one if that person was no source yet; None if there is none."""
        named = named_before(text, self.text, self.at)
        if named is None:
            return None
        idx = self._find(named, named.name or text, exclude)
        return idx if idx is not None else self._new(named, named.name or text)


# a bare member of a group just mentioned: "Three aides said ... One said ...", "Another added"
_MEMBER_RE = re.compile(r"(?:[Oo]ne|[Aa]nother(?:\s+one)?|[Aa]\s+(?:second|third|fourth)|"
                        r"[Tt]he\s+(?:other|second|third))")
_MEMBER_NAMED_RE = re.compile(r"\s+of\b|,\s+[A-Z]")  # "One of the men, Jessie Elkins, ..."
_ONE_OPENING_RE = re.compile(r"[Oo]ne\b(?!-)")  # "One said", "One, a retired autoworker, said"
# a member word with a description after a comma: "A third, from Virginia,", "Another, a nurse,"
_MEMBER_DESCRIBED_RE = re.compile(_MEMBER_RE.pattern + r",\s+(?:from|in|of|a|an|the|who)\b")


# heads that name the same kind of person: a member of Congress described by party ("One House
# Democrat ... the lawmaker said"; session 17, blind batch 47)
_LEGISLATOR_HEADS = frozenset("lawmaker legislator congressman congresswoman senator representative "
                              "democrat republican member".split())


def _same_kind(head: str, other: str) -> bool:
    """Do two head nouns describe the same kind of person (the same noun, or two legislator
    nouns)?"""
    return head == other or head in _LEGISLATOR_HEADS and other in _LEGISLATOR_HEADS


_KIN_RE = re.compile(
    r"^(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w\-]+['\u2019]s?)\s+(?:(?:late|former|eldest|oldest|youngest|"
    r"younger|older|elder|own)\s+)?(?:running\s+mate|" + "|".join(sorted(KIN_NOUNS)) + ")$")
# a named person's children or siblings, who are public through them ("Trump's adult children",
# "Clinton's daughters"; TAXONOMY: "Trump's son" is a named person); not after "his": the
# family of an unnamed or private person stays unnamed
_NAMED_KIN_RE = re.compile(r"^(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+['\u2019]s?\s+(?:(?:adult|grown|two|three|"
                           r"four|eldest|oldest|youngest|younger|older)\s+)?(?:sons|daughters|children|"
                           r"kids|brothers|sisters|grandchildren)$")
_PRONOUN_OWNER_RE = re.compile(r"^(?:[Hh]is|[Hh]er|[Ii]ts)\s+(?!\d)")  # "his campaign manager"
_OWNER_RE = re.compile(r"^(?:[A-Z][\w\-.&]*\s+){0,3}[A-Z][\w\-.&]*['\u2019]s?\s+(?!\d)")


def _owned_title(info: SourceInfo, text: str) -> bool:
    """"NATO's secretary general", "Trump's campaign chief": a named body's or person's
    single office holder is one identifiable person (TAXONOMY: a description that uniquely
    identifies a public figure)."""
    return not info.plural and info.count is None and info.role is not None \
        and info.role not in _UNNAMED_ROLES and "," not in text \
        and (_OWNER_RE.match(text) is not None or _PRONOUN_OWNER_RE.match(text) is not None)


# the role nouns that TAXONOMY gives to unnamed people even with an owner ("Doe's spokesman")
_UNNAMED_ROLES = frozenset("official aide spokesman spokeswoman spokesperson adviser advisor "
                           "staffer lawyer attorney strategist representative employee consultant "
                           "operative surrogate agent counsel".split())


_PERSON_NOUNS = frozenset("president nominee frontrunner front-runner governor mayor senator host "
                          "anchor secretary chief speaker candidate billionaire mogul judge "
                          "justice prince princess king queen pope "
                          # session 6, TAXONOMY battery: "the Wisconsin Republican" (one member),
                          # "the U.N. secretary-general" (one office holder)
                          "republican democrat secretary-general "
                          # session 11, TAXONOMY battery: "The president-elect said" was untyped
                          "president-elect vice-president "
                          # session 12, TAXONOMY battery: "the GOP hopeful said" was untyped
                          "hopeful".split())


def _person_noun(head: str) -> bool:
    """Could this head noun name a person ("senator", "businessman", "nominee")?"""
    return head.lower() in _PERSON_NOUNS or person_noun(head)


# an outlet that speaks "in a statement" speaks as a company about itself, not as a reporter of
# news (TAXONOMY: "Reuters said in a statement" is named_org; blind batch 22, session 16)
_OWN_STATEMENT_RE = re.compile(r"(?:\s+\w+day)?\s+in\s+(?:a|its|an\s+emailed|a\s+written)\s+statement\b")


# "the agency" after a news agency named in passing ("a statement carried by the Korean Central
# News Agency ... The agency said"; blind batch 24, session 16): the outlet, not a government body
_THE_AGENCY_RE = re.compile(r"[Tt]he\s+(?:state\s+|official\s+)?(?:news\s+)?agency")
_NEWS_AGENCY_RE = re.compile(r"\b(?:News|Press)\s+Agency\b|\bnews\s+agency\b")


def _info_for(raw: RawAttribution, text: str, sentences: Sequence[Sentence]) -> tuple[SourceInfo, str]:
    s, e = raw.source  # type: ignore[misc]
    mention = text[s:e]
    info = classify_in(mention, text)
    sent_start = sentences[raw.sentence].start
    if info.pronoun in ("who", "which", "that"):
        ante = relative_antecedent(text, sent_start, s)
        if ante:
            a_info, a_text, a_start = ante
            return _appositive_of(a_info, a_text, text, a_start, sent_start, anywhere=True)
    if info.type.is_anonymous and text.startswith(",", e):  # "Doe, a retired teacher, said"
        found = _appositive_of(info, mention, text, s, sent_start)
        if found[0] is not info or any(cs <= e + 2 < ce for cs, ce in raw.content):
            return found  # "According to an aide, *John Podesta* pressed ...": the content's subject
        found = _name_after_of(info, mention, text, e)
        if found[0] is not info:
            return found  # (else on to the checks below: "Fed governor, adopting a global lens,
            # champions ..." is a headline's role noun; session 18, PolNeAR train)
    if info.type.is_anonymous and _unclosed_appositive(text, raw, sent_start):
        return _appositive_of(info, mention, text, s, sent_start)  # "Doe, a former agent has"
    if info.type is SourceType.NAMED_ORG and _THE_AGENCY_RE.fullmatch(mention) \
            and _NEWS_AGENCY_RE.search(text, max(0, s - 600), s):
        return SourceInfo(SourceType.MEDIA, info.head, False, evidence=f"{mention!r} takes up the "
                          "news agency named just before"), mention
    if info.type is SourceType.UNKNOWN and info.pronoun is None and _OF_SOME_RE.match(mention) \
            and person_noun(info.head):
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, info.head, False, evidence=f"{mention!r}: "
                          "one unnamed person, described by the role of something indefinite"), mention
    if info.type is SourceType.MEDIA and _OWN_STATEMENT_RE.match(text, raw.cue[1]):
        return SourceInfo(SourceType.NAMED_ORG, info.head, info.plural, name=info.name,
                          evidence=f"{mention!r} speaks as a company in its own statement"), mention
    if info.pronoun is None and info.type is SourceType.UNKNOWN and PRIVATE_ROLE_APPOSITIVE_RE.search(mention):
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, info.head, False, evidence=f"{mention!r}: "
                          "described as a man or a woman, not named"), mention  # ("The cashier,
        # a woman in her 20s,": session 17, blind batch 51; "her" is no speaker there)
    if info.pronoun is None and (info.type is SourceType.UNKNOWN or mention[:1] in "Tt") \
            and PRIVATE_KIN_RE.match(mention):
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, info.head, False, evidence=f"{mention!r}: "
                          "a relative described but not named, a private person"), mention
    if info.type is SourceType.UNKNOWN and info.pronoun is None:
        if anonymity_reason_span(text, s, e) is not None:  # "the clerk, who spoke on condition
            return SourceInfo(SourceType.ANONYMOUS_VAGUE, info.head, info.plural,  # of anonymity"
                              count=info.count, evidence="unnamed: the mention says so"), mention
        inner = inner_source(mention, text)
        if inner is not None:
            return inner
    return headline_person(info, mention, text, s) or info, mention


_INDEFINITE_RE = re.compile(r"(?:a|an)\s")


def _unclosed_appositive(text: str, raw: RawAttribution, floor: int) -> bool:
    """"Gary Byrne, a former agent for the president has written ...": an indefinite
    description right after a comma, its closing comma left out, and the cue's words going on
    without a comma (not the aside "Doe, an aide said, was furious", where the aide speaks)."""
    s, e = raw.source  # type: ignore[misc]
    if not _INDEFINITE_RE.match(text, s) or not text.endswith(", ", floor, s) or e > raw.cue[0] \
            or not raw.content or raw.content[0][0] < raw.cue[1]:
        return False  # the source must open a clause whose content follows the cue
    if text[raw.cue[1]:raw.cue[1] + 2].lstrip().startswith(","):
        return False
    name = name_before(text, s, floor) or ""
    return " " in name.strip() or name in known_surnames(text)  # not "Tonight, a spokesman said"


# one person with two descriptions under one article: "a California superdelegate and Clinton
# supporter who ..." (not "a lawyer and a judge", "an aide and other staff")
_ONE_DESCRIBED_RE = re.compile(r"^(?:a|an)\s+[^,]+?\s+and\s+(?!(?:a|an|the|other|others|his|her|their|"
                               r"some|many|two|three)\b)[^,]+$")
# "Lionel Sosa, *a Texas media consultant and an influential Hispanic Republican* who said":
# right after a name and its comma, two indefinite descriptions are one person (session 18,
# hand-checked PolNeAR train)
_TWO_DESCRIPTIONS_RE = re.compile(r"^(?:a|an)\s+[^,]+?\s+and\s+(?:a|an)\s+[^,]+$")
_NAME_COMMA_RE = re.compile(r"[A-Z][\w'\-]+,\s+$")
_APPOSITIVE_DET_RE = re.compile(r"^(?:(?:a|an|the|another)\s+)?[a-z0-9]")


def _appositive_of(info: SourceInfo, mention: str, text: str, start: int, floor: int,
                   *, anywhere: bool = False) -> tuple[SourceInfo, str]:
    """"Jane Doe, a retired teacher, said": an unnamed description set off after a person's
    name is that person (TAXONOMY: a name decides). ``anywhere``: the description is a
    relative's antecedent ("from Jane Doe, a donor who said"), so the name may stand anywhere
    in its clause."""
    if not info.type.is_anonymous or info.plural and not _ONE_DESCRIBED_RE.match(mention) \
            and not (_TWO_DESCRIPTIONS_RE.match(mention) and _NAME_COMMA_RE.search(text, max(0, start - 60), start)) \
            or not _APPOSITIVE_DET_RE.match(mention):
        return info, mention
    name = name_before(text, start, floor, anywhere=anywhere) or ""
    named = classify_in(name, text)
    if named.type is not SourceType.NAMED_PERSON or named.pronoun:
        return info, mention
    return SourceInfo(SourceType.NAMED_PERSON, named.head, False, name=named.name,
                      role=info.role, evidence=f"appositive to the name {name!r}"), name


def _name_after_of(info: SourceInfo, mention: str, text: str, end: int) -> tuple[SourceInfo, str]:
    """"the campaign's state director, Jane Doe, said": a name set off right after an unnamed
    singular description names it (TAXONOMY: a name decides)."""
    name = name_after(text, end) if not info.plural else None
    named = classify_in(name, text) if name else None
    if named is None or named.type is not SourceType.NAMED_PERSON:
        return info, mention
    return SourceInfo(SourceType.NAMED_PERSON, named.head, False, name=named.name, role=info.role,
                      evidence=f"description followed by the name {name!r}"), mention


def resolve(
    raw: Sequence[RawAttribution],
    text: str,
    sentences: Sequence[Sentence],
    *,
    original: str,
    doc_id: str = "doc",
) -> tuple[list[Attribution], list[Source]]:
    """Merge source mentions into sources and build the final attributions.

    >>> from claimtrace import attributions, sentences, text
    >>> raw = "Mike Pompeo said talks would resume, and he added that they were useful."
    >>> work = text.normalise(raw)
    >>> sents = sentences.split_sentences(work, text.find_noise(work, original=raw), original=raw)
    >>> found = attributions.find_attributions(work, sents, original=raw)
    >>> atts, srcs = resolve(found, work, sents, original=raw)
    >>> [(a.source.span.text, srcs[a.source.source_id].name) for a in atts]
    [('Mike Pompeo', 'Mike Pompeo'), ('he', 'Mike Pompeo')]
    """
    resolver = _Resolver(text)
    mention_cluster: dict[int, int] = {}
    by_span: dict[tuple[int, int], int] = {}
    reasons: dict[int, tuple[int, int] | None] = {}
    hosts = _quote_hosts(raw, text)
    deferred: list[tuple[int, SourceInfo]] = []
    sourced = {x.sentence for x in raw if x.source}
    for i, r in enumerate(raw):
        if r.source is None:
            continue
        if r.source in by_span:  # the same words serve two cues ("said ..., adding ...")
            mention_cluster[i] = by_span[r.source]
            continue
        info, as_text = _info_for(r, text, sentences)
        kin = _unnamed_owner_kin(raw, i, mention_cluster, resolver, text, sentences)
        if kin is not None:
            info, as_text = kin
        if i in hosts:  # "I" inside a quotation is its speaker, who may be named after it
            deferred.append((i, info))
            continue
        if info.pronoun in ("i", "me"):
            info = _document_voice(info, text, r.source[0])  # an op-ed's named author
        speaker = _scene_speaker(r, info, resolver, text, sentences)  # "Hours later, ..., he told"
        if speaker is None and info.pronoun in ("he", "she"):  # "a senior official said ... He added"
            speaker = _continued_speaker(raw, i, mention_cluster, resolver, text,
                                         pronoun_gender(info.pronoun), sentences)
        if speaker is None and info.pronoun in ("he", "she"):
            speaker = _described_just_before(raw, i, resolver, text, sentences,
                                             pronoun_gender(info.pronoun))
        if speaker is None and info.pronoun in ("he", "she"):
            speaker = _reporting_subject(raw, i, mention_cluster, resolver, text,
                                         pronoun_gender(info.pronoun))  # "X said he had told Y"
        if speaker is None and (_MEMBER_RE.fullmatch(as_text) or _MEMBER_DESCRIBED_RE.match(as_text)) \
                and not _MEMBER_NAMED_RE.match(text, r.source[1]):
            speaker = resolver.recent_group(r.sentence)  # "Three aides said ... One said"
            one = resolver.recent_one(r.sentence) if speaker is None else None
            if one is not None and not as_text.lower().startswith("one"):
                kind = resolver.clusters[one].type  # "One Republican said ... Another called"
                info = SourceInfo(kind, info.head, False, evidence=f"{as_text!r}: one more of "
                                  f"the unnamed people just quoted ({kind.value})")
        if info.pronoun in ("he", "she") and speaker is None:
            info, as_text = pronoun_antecedent(info, as_text, r, resolver, text, sentences)
        elif info.pronoun in ("they", "them"):
            info, as_text = plural_antecedent(info, as_text, r, resolver, text, sentences)
        elif info.pronoun == "it":
            info, as_text = it_antecedent(info, as_text, r, resolver, text, sentences)
        elif info.plural and info.type.is_anonymous:
            info, as_text = pair_description(info, as_text, r, text, sentences)
        # "officials said they hoped ..." or "... they agreed": they are the officials; but in
        # "sources said they said ..." a nested verb of saying reports someone else's words (in
        # the host's own sentence: a later "He said ..." that a run-on content took in is not)
        exclude = None
        parent = r.parent
        if parent is not None and r.rule.endswith((":speech", ":told")) and _saying_cue(text, r) \
                and raw[parent].sentence == r.sentence and not (
                    # ("X said he had told Y ...": "he" is most often X; a singular pronoun keeps X)
                    info.pronoun in ("he", "she")
                    and raw[parent].rule.startswith("source_verb_content")):
            exclude = mention_cluster.get(parent)
        # only an anonymous mention can declare itself unnamed (assign reads it for no other)
        unnamed = info.type.is_anonymous and (
            anonymity_reason_span(text, *r.source) is not None or kin is not None
            or _reason_follows(r, info, text, sentences, sourced)  # "... He spoke on condition of"
            or PRIVATE_KIN_RE.match(as_text) is not None  # "His wife, a retired nurse,"
            or PRIVATE_ROLE_APPOSITIVE_RE.search(as_text) is not None)  # "The cashier, a woman"
        idx = resolver.keep(speaker, r.sentence) if speaker is not None else \
            resolver.assign(info, as_text, sentence=r.sentence, exclude=exclude, at=r.source[0],
                            unnamed=unnamed, gender=pronoun_gender(text[r.source[0]:r.source[1]]))
        mention_cluster[i] = by_span[r.source] = idx
        cluster = resolver.clusters[idx]
        span = Span.of(original, *r.source)
        cluster.mentions.append((span, info))
        cluster.words.append(as_text)
        if info.type.is_anonymous or cluster.type.is_anonymous:
            if r.sentence not in reasons:
                sent = sentences[r.sentence]
                reasons[r.sentence] = anonymity_reason_span(text, sent.start, sent.end)
            reason = reasons[r.sentence]
            if reason and cluster.reason is None:
                cluster.reason = Span.of(original, *reason)
        if (info.pronoun is None or len(cluster.mentions) == 1) and not resolver.identified \
                and not (cluster.type is SourceType.MEDIA and info.type is SourceType.NAMED_ORG
                         and not info.name):  # "The agency" taking up a news agency
            cluster.type = min(cluster.type, info.type, key=_RANK)
    for i, info in deferred:
        src = raw[i].source or (0, 0)
        host_idx = mention_cluster.get(hosts[i])
        idx = host_idx if host_idx is not None else \
            resolver.assign(info, text[src[0]:src[1]], sentence=raw[i].sentence)
        mention_cluster[i] = by_span[src] = idx
        resolver.clusters[idx].mentions.append((Span.of(original, *src), info))
        resolver.clusters[idx].words.append(text[src[0]:src[1]])
    _reasons_in_next_sentence(raw, mention_cluster, resolver.clusters, text, sentences, original)
    _name_described_later(resolver.clusters, text, sentences)
    order = sorted(set(mention_cluster.values()))
    new_id = {old: new for new, old in enumerate(order)}
    sources = [_build_source(new_id[old], resolver.clusters[old], doc_id) for old in order]
    mentions = _mentions_by_span(sources)
    attributions = [
        _build_attribution(i, r, original, mentions, new_id.get(mention_cluster.get(i, -1)))
        for i, r in enumerate(raw)
    ]
    return attributions, sources


def _unnamed_owner_kin(raw: Sequence[RawAttribution], i: int, mention_cluster: dict[int, int],
                       resolver: _Resolver, text: str,
                       sentences: Sequence[Sentence]) -> tuple[SourceInfo, str] | None:
    """"The husband, a machinist, said ... *His wife* said": a bare relative of the unnamed or
    private person who spoke last, within two sentences of the same paragraph, is unnamed too
    (session 17, blind batches 44 and 51); None where the owner is a public named person or
    no one of the possessive's gender spoke just before."""
    r = raw[i]
    mention = text[r.source[0]:r.source[1]]  # type: ignore[index]
    m = BARE_KIN_RE.fullmatch(mention)
    if m is None or not sentences:
        return None
    for j in range(i - 1, -1, -1):
        prev = raw[j]
        if prev.sentence < r.sentence - 2 \
                or sentences[prev.sentence].paragraph != sentences[r.sentence].paragraph:
            return None
        idx = mention_cluster.get(j)
        if idx is None or prev.parent is not None:
            continue
        owner = _one_person(resolver, idx, pronoun_gender(OWNER_PRONOUN[m.group(1).lower()]))
        cluster = resolver.clusters[owner] if owner is not None else None
        if cluster is None or not (cluster.type.is_anonymous or cluster.type is SourceType.NAMED_PERSON
                                   and aged_in_text(cluster.name, text)):
            return None
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, m.group(2).lower(), False,
                          evidence=f"{mention!r}: a relative of the private person just quoted"), mention
    return None


def _reason_follows(r: RawAttribution, info: SourceInfo, text: str, sentences: Sequence[Sentence],
                    sourced: set[int]) -> bool:
    """Does the sentence after a described person's statement open with "he" or "she" and say
    why that person goes unnamed ('"...," the lawmaker said. He spoke on condition of anonymity
    ...'; session 17, blind batches 39 and 42)? Then the description names no one."""
    nxt = r.sentence + 1
    if info.pronoun is not None or info.name or nxt >= len(sentences) or nxt in sourced:
        return False
    sent = sentences[nxt]
    return _PRONOUN_OPENING_RE.match(text, sent.start, sent.end) is not None \
        and anonymity_reason_span(text, sent.start, sent.end) is not None


def _document_voice(info: SourceInfo, text: str, at: int) -> SourceInfo:
    """"I" outside a quotation, in a reader's signed letter or in an article that names its own
    voice (a byline, a closing tagline, the one answering in a Q&A): that named person. Else
    ``info`` unchanged."""
    voice = signed_voice(text, at) or document_voice(text)
    if voice is None or in_question(text, at):
        return info
    name, how = voice
    return SourceInfo(SourceType.NAMED_PERSON, name.split()[-1], False, name=name,
                      evidence=f"first person {info.pronoun!r}: {how} ({name!r})")


def _mentions_by_span(sources: Sequence[Source]) -> dict[tuple[int, int, int], SourceMention]:
    """(source id, start, end) -> the first mention of that source with that span."""
    out: dict[tuple[int, int, int], SourceMention] = {}
    for src in sources:
        for m in src.mentions:
            out.setdefault((src.id, m.span.start, m.span.end), m)
    return out


def _quote_hosts(raw: Sequence[RawAttribution], text: str) -> dict[int, int]:
    """"'I will run,' Doe said": each first-person source ("I", "me", "my") inside the content
    of another attribution, mapped to the innermost such attribution (its speaker); else, in a
    paragraph that opens with a speaker label ("FALLIN: ..."), mapped to that label."""
    hosts: dict[int, int] = {}
    for i, r in enumerate(raw):
        # a first-person word is at most five characters ("my'll", "me're"): longer sources
        # need no pronoun test
        if r.source is None or r.source[1] - r.source[0] > 5 \
                or pronoun_word(text[slice(*r.source)].lower()) not in ("i", "me"):
            continue
        inside = [(sum(e - s for s, e in h.content), j) for j, h in enumerate(raw) if j != i
                  and h.source is not None and any(s <= r.source[0] < e for s, e in h.content)]
        if inside:
            hosts[i] = min(inside)[1]
            continue
        # "FALLIN: I think ... I believe ...": a transcript turn is its speaker's all through
        para = text.rfind("\n", 0, r.source[0]) + 1
        turn = [j for j, h in enumerate(raw) if h.rule == "speaker_label" and h.source is not None
                and para <= h.source[0] < r.source[0] and not text[para:h.source[0]].strip()]
        hosts.update({i: turn[0]} if turn else {})
    return hosts


_INDEFINITE_OPENING_RE = re.compile(r"(?:[Aa]n?)\s")


def _name_described_later(clusters: list[_Cluster], text: str, sentences: Sequence[Sentence]) -> None:
    """"*A federal judge* in Manhattan blocked the rule ... The judge, Ann Vale, wrote": an
    unnamed person whom the next three sentences name is that named person (cataphora.py). Not
    one who is unnamed for a reason the article gives."""
    starts = [s.start for s in sentences]
    for c in clusters:
        if c.type not in _UNNAMED_PEOPLE or c.plural or c.reason is not None or not c.mentions:
            continue
        span = c.mentions[0][0]
        if not _INDEFINITE_OPENING_RE.match(span.text):
            continue
        k = max(0, bisect_right(starts, span.start) - 1)  # the mention's sentence
        last = len(sentences) - 1
        name = named_later(text, c.head, span.end, sentences[min(k + 3, last)].end,
                           near_end=sentences[min(k + 2, last)].end, mention=span.text)
        if name is not None:
            c.type, c.name = SourceType.NAMED_PERSON, name
            c.evidence = f"{span.text.strip(' ,')!r} is named just after: {name!r} (cataphora)"


def _reasons_in_next_sentence(raw: Sequence[RawAttribution], mention_cluster: dict[int, int],
                              clusters: list[_Cluster], text: str,
                              sentences: Sequence[Sentence], original: str) -> None:
    """"Several officials said ... They requested anonymity because ...": a reason given in the
    sentence after an anonymous source's attribution belongs to that source."""
    if not any(c.type.is_anonymous and c.reason is None for c in clusters):
        return  # the common case: no anonymous source lacks its reason
    sourced = {x.sentence for x in raw if x.source}  # once, not per attribution (quadratic)
    for i, r in enumerate(raw):
        cluster = clusters[mention_cluster[i]] if i in mention_cluster else None
        if cluster is None or not cluster.type.is_anonymous or cluster.reason is not None:
            continue
        nxt = r.sentence + 1
        if nxt >= len(sentences) or nxt in sourced:
            continue
        reason = anonymity_reason_span(text, sentences[nxt].start, sentences[nxt].end)
        if reason:
            cluster.reason = Span.of(original, *reason)


def _mention_evidence(span: Span, info: SourceInfo, c: _Cluster) -> str:
    """Why this mention has its source's type: its own reading where the two agree, else the
    resolution that gave it the type ("He" -> Pompeo; "The new speaker" identifies a person).
    A mention must not show "unnamed, role noun 'manager'" beside the type named_person.

    >>> c = _Cluster(SourceType.NAMED_PERSON, "Jo Hale", False, "hale",
    ...              evidence="capitalised name 'Jo Hale'")
    >>> _mention_evidence(Span.of("The aide", 0, 8), classify_in("The aide", "The aide"), c)
    "unnamed, role noun 'aide'; the same source as 'Jo Hale', named_person (capitalised name 'Jo Hale')"
    """
    if info.type is c.type:
        return info.evidence
    if span.text.strip(" ,") == c.name.strip(" ,"):
        return c.evidence  # the mention that made the source: the resolver's own reason
    return f"{info.evidence}; the same source as {c.name.strip(' ,')!r}, {c.type.value} ({c.evidence})"


def _mention(span: Span, info: SourceInfo, c: _Cluster, sid: int,
             reason: Span | None) -> SourceMention:
    return SourceMention(span=span, type=c.type, source_id=sid, head=info.head,
                         count=info.count, role=info.role, affiliation=info.affiliation,
                         anonymity_reason=reason, evidence=_mention_evidence(span, info, c))


def _build_source(sid: int, c: _Cluster, doc_id: str) -> Source:
    if c.type is SourceType.NAMED_PERSON and pronoun_word(c.name.lower()) is None:
        key = "person:" + _slug(c.name)
    elif c.type in (SourceType.NAMED_ORG, SourceType.MEDIA) and c.mentions and c.name:
        key = ("org:" if c.type is SourceType.NAMED_ORG else "media:") + _norm_org(c.name)
    else:
        key = f"{doc_id}:{c.type.value}:{sid}"
    reason = c.reason if c.type.is_anonymous else None  # the source's, and each mention's
    mentions = tuple([_mention(span, info, c, sid, reason) for span, info in c.mentions])
    return Source(id=sid, key=key, name=c.name.strip(" ,"), type=c.type, mentions=mentions,
                  anonymity_reason=reason, evidence=c.evidence)


def _widen_quotes(original: str, s: int, e: int) -> Span:
    """A span that starts or ends between the two marks of a '' quotation takes both."""
    if s > 0 and original.startswith("''", s - 1):  # no slice copied per fragment
        s -= 1
    if 0 < e < len(original) and original.startswith("''", e - 1):
        e += 1
    return Span.of(original, s, e)


def _in_order(original: str, fragments: Sequence[tuple[int, int]]) -> tuple[Span, ...]:
    """Content fragments in text order, each widened over a '' quotation, overlaps merged (a
    quotation resumed after the cue may reach back into the first fragment)."""
    if len(fragments) == 1:
        return (_widen_quotes(original, *fragments[0]),)
    merged: list[list[int]] = []
    for span in sorted((_widen_quotes(original, s, e) for s, e in fragments),
                       key=lambda f: (f.start, f.end)):
        if merged and span.start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    return tuple(Span.of(original, s, e) for s, e in merged)


def _build_attribution(i: int, r: RawAttribution, original: str,
                       mentions: dict[tuple[int, int, int], SourceMention],
                       sid: int | None) -> Attribution:
    mention = None
    if r.source is not None and sid is not None:
        mention = mentions[(sid, *r.source)]
    content = Content(_in_order(original, r.content)) if r.content else None
    return Attribution(id=i, cue=Span.of(original, *r.cue), source=mention, content=content,
                       pattern=r.pattern, sentence=r.sentence, rule=r.rule, evidence=r.evidence,
                       parent=r.parent)
