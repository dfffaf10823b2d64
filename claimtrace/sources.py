"""Source classification: fine type, head, count, role, affiliation, anonymity reason.

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
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import noun_categories, phrase_list, phrase_set
from .model import SourceType

_TOKEN_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f](?:[\w\u00c0-\u024f&]|['.\-](?=[\w\u00c0-\u024f]))*")
_POSSESSIVE_RE = re.compile(r"['\u2019]s?$")
_COUNT_RE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+dozen|dozens|\d+|both|a\s+pair(?:\s+of)?|several|a\s+number\s+of|a\s+handful\s+of|"
    r"a\s+couple\s+of|multiple|numerous)\b",
    re.IGNORECASE,
)
_OF_HEAD_RE = re.compile(
    r"^(?:(?:about|nearly|almost|only|just|roughly|at\s+least|more\s+than|less\s+than|"
    r"fewer\s+than)\s+)?(?:one|two|three|four|five|some|many|most|several|few|none|each|all|any|both|a\s+few|"
    r"a\s+number|a\s+handful|a\s+couple|a\s+group|a\s+pair|dozens|hundreds|thousands|members|"
    r"majority|minority|half|\d+|[\w\-]+\s+percent|\d+%)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?",
    re.IGNORECASE,
)
_POSTMOD_RE = re.compile(
    r"\s*(?:,|\b(?:who|which|that|familiar|close|briefed|with|in|at|from|for|of|on|to|"
    r"including|involved|knowledgeable|speaking|near|inside|within|among)\b)",
    re.IGNORECASE,
)
_PARTICIPLE_RE = re.compile(r"\s([a-z]{3,}(?:ed|ing)|seen|written|given|taken|made|held|run|"
                             r"drawn|known|shown|done|sent|led|kept|quoted|cited)\b")
# a participle starts a post-modifier only when a phrase follows it ("a poll *released Thursday
# by* ...", "riders *waiting at* ..."), not when it modifies the next noun ("a tracking poll")
_PHRASE_AFTER_RE = re.compile(
    r"\s*(?:$|[,;:]|(?:by|at|in|on|for|from|to|with|about|after|before|during|last|this|"
    r"the|a|an|his|her|their|its|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|earlier|online|publicly)\b)", re.IGNORECASE)
_NOT_PARTICIPLES = frozenset("red need seed bed speed feed breed shed hundred embed united "
                             "unnamed unidentified named based unrelated interested concerned "
                             "elected retired armed".split())
_REPORTING_NOUNS = frozenset("paper piece article articles editorial column report reports story "
                             "stories review investigation broadcast interview coverage".split())
_ORG_DESCRIPTORS = frozenset("operator utility chipmaker retailer carrier airline manufacturer maker "
                              "automaker insurer lender developer producer distributor publisher "
                              "firm company startup group charity nonprofit owner landlord "
                              "supplier contractor broker exchange regulator watchdog union".split())
_FUNCTION_WORDS = frozenset("of for at in on to from with by and or the a an".split())
_QUANTIFIERS = frozenset("some many most few several various numerous all other others "
                         "thousands hundreds dozens millions scores".split())
_PARTIES = frozenset("republicans democrats gop liberals conservatives tories labour "
                     "democrat republican".split())
_ORG_WORDS = frozenset(
    "department ministry committee party house senate congress council commission agency "
    "corp corporation inc co ltd llc bank university college association institute center "
    "centre foundation fund office court service administration campaign organization "
    "organisation union group company police army navy force forces guard pentagon kremlin "
    "board bureau authority authorities federation coalition alliance league club team "
    "network cabinet parliament assembly government ministry embassy consulate church "
    "hospital school council caucus secretariat directorate command command society "
    "trust partners capital holdings airlines motors systems technologies labs watch".split()
)
_DOTTED_RE = re.compile(r"^(?:[A-Z]\.){2,}[A-Z]?\.?$")
_FEMALE = frozenset("she her herself".split())
_PERSON_PRONOUNS = frozenset("he she him her".split())
_PLURAL_PRONOUNS = frozenset("they them".split())
_NEUTER_PRONOUNS = frozenset("it".split())
_FIRST_SECOND = frozenset("i we you me us".split())
_RELATIVES = frozenset("who which that".split())


@dataclass(frozen=True)
class SourceInfo:
    """What the words of a source mention say about it, before resolution."""

    type: SourceType
    head: str
    plural: bool
    pronoun: str | None = None
    count: str | None = None
    role: str | None = None
    affiliation: str | None = None
    name: str | None = None
    evidence: str = ""


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word)


@lru_cache(maxsize=1)
def _outlet_re() -> re.Pattern[str]:
    names = sorted(phrase_list("outlets.txt"), key=len, reverse=True)
    variants = []
    for n in names:
        variants.append(re.escape(n))
        if n.lower().startswith("the "):
            variants.append("[Tt]" + re.escape(n[1:]))
        if len(n) >= 5 and n.upper() != n:  # "POLITICO", "USA TODAY" in headline style
            variants.append(re.escape(n.upper()))
    return re.compile(r"(?<!\w)(?:" + "|".join(variants) + r")(?!\w)")


def find_outlet(text: str) -> str | None:
    """The longest outlet name from the lexicon found in ``text`` (as written there)."""
    best = None
    for m in _outlet_re().finditer(text):
        if best is None or len(m.group()) > len(best):
            best = m.group()
    return best


def _core(text: str) -> str:
    """The mention without its post-modifiers ("a source *close to the talks*", "a poll
    *released Thursday by ...*", "riders *waiting at the station*")."""
    m = _OF_HEAD_RE.match(text)
    body = text[m.end():] if m else text
    for cut in _POSTMOD_RE.finditer(body):
        if cut.start() > 0 and not _inside_name(body, cut.start(), cut.end()):
            body = body[: cut.start()]
            break
    cats = noun_categories()
    for pm in _PARTICIPLE_RE.finditer(body):
        word = pm.group(1).lower()
        if pm.start() > 0 and word not in cats and word not in _NOT_PARTICIPLES \
                and _PHRASE_AFTER_RE.match(body, pm.end()):
            body = body[: pm.start()]
            break
    return body.strip(" ,")


def _inside_name(body: str, start: int, end: int) -> bool:
    """"Secretary *of* State", "Bank *of* America": a preposition between capitalised words."""
    before = body[:start].split()
    after = body[end:].split()
    if not (before and after and after[0][:1].isupper()
            and body[start:end].strip().lower() in ("of", "for", "at", "on", "in", "to")):
        return False
    word = before[-1].lower().rstrip(".")
    return word in _ORG_WORDS or word in phrase_set("titles.txt")


def person_name(text: str) -> str | None:
    """The personal name at the end of a mention ("Secretary of State Mike Pompeo" -> "Mike Pompeo")."""
    toks = _tokens(text)
    titles = phrase_set("titles.txt")
    run: list[str] = []
    for tok in reversed(toks):
        bare = _strip_possessive(tok).rstrip(".")
        if _is_cap(tok) and bare.lower() not in titles and bare.lower() not in _ORG_WORDS:
            run.insert(0, _strip_possessive(tok))
            if len(run) == 3:
                break
        else:
            break
    if not run:
        return None
    if len(run) == 3 and len(run[1].rstrip(".")) > 1 and run[0].lower() in ("state", "defense"):
        run = run[1:]
    return " ".join(run)


_CONJUNCT_RE = re.compile(r",?\s+(?:including|and|along\s+with|as\s+well\s+as|or)\s+")


def classify(mention: str, *, context: str = "") -> SourceInfo:
    """Classify one source mention by its words alone (no resolution of pronouns).

    In a coordination a named conjunct decides ("critics, including Trump" is a person).
    """
    text = mention.strip(" ,")
    parts = _CONJUNCT_RE.split(text)
    if len(parts) > 1:
        infos = [_classify_one(p, context) for p in parts if p.strip()]
        for info in infos:
            if info.type is SourceType.NAMED_PERSON and info.pronoun is None:
                return SourceInfo(info.type, info.head, True, name=info.name,
                                  evidence=f"coordination with a named person: {info.evidence}")
        return SourceInfo(infos[0].type, infos[0].head, True, count=infos[0].count,
                          role=infos[0].role, affiliation=infos[0].affiliation,
                          name=infos[0].name, evidence=f"coordination: {infos[0].evidence}")
    info = _classify_one(text, context)
    if info.type not in _NAMED and "," in text:
        named = _appositive_name(text)
        if named:
            return SourceInfo(named.type, info.head, info.plural, name=named.name,
                              role=info.role, evidence=f"appositive name decides: {named.evidence}")
    return info


_NAMED = (SourceType.NAMED_PERSON, SourceType.NAMED_ORG, SourceType.MEDIA)
_NAME_PART_RE = re.compile(r"^(?:[A-Z][\w'&\-]*\.?\s+){0,3}[A-Z][\w'&\-]+\.?$")


def _appositive_name(text: str) -> SourceInfo | None:
    """"the company's chief executive, John J. Ferriola", "the port operator, Tessel
    Terminals": a name set off by commas names the source."""
    parts = [p.strip() for p in text.split(",")]
    for part in parts[1:]:
        if _NAME_PART_RE.match(part) and (len(part.split()) >= 2 or find_outlet(part)):
            info = _classify_one(part)
            if info.type in _NAMED:
                return info
    return None


def _common_in(context: str, word: str) -> bool:
    """Is ``word`` (capitalised at a sentence start) a common noun in this article? Yes when it
    appears in lower case elsewhere and never capitalised mid-sentence ("Developers" vs "Sanders")."""
    if not context:
        return False
    low = word.lower()
    if re.search(r"[a-z,;] " + re.escape(word) + r"\b", context):
        return False
    return re.search(r"\b" + re.escape(low) + r"\b", context) is not None


def _classify_one(text: str, context: str = "") -> SourceInfo:
    text = text.strip(" ,")
    low = text.lower()
    toks = _tokens(text)
    if not toks:
        return SourceInfo(SourceType.UNKNOWN, "", False, evidence="no words")
    if len(toks) == 1 and low in _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _NEUTER_PRONOUNS | _FIRST_SECOND | _RELATIVES:
        return _pronoun(low)
    count_m = _COUNT_RE.match(text)
    count = count_m.group(1) if count_m else None
    titled = _titled_name(toks)
    if titled:
        return SourceInfo(SourceType.NAMED_PERSON, titled.split()[-1], False, count=count,
                          name=titled, evidence=f"title phrase ending in the name {titled!r}")
    core = _core(text) or text
    core_toks = _tokens(core)
    head_raw = core_toks[-1] if core_toks else toks[-1]
    head = _strip_possessive(head_raw)
    lhead = head.lower()
    plural = lhead.endswith("s") and not lhead.endswith("ss") and (
        not _is_cap(head) or lhead in _PARTIES or head == core_toks[0])
    of_m = _OF_HEAD_RE.match(text)
    if of_m and of_m.group().lower().startswith("one "):
        plural = False  # "one of the interlocutors" is one person
    cats = noun_categories()
    cat = cats.get(lhead)
    outlet = find_outlet(text)
    caps = [t for t in core_toks if _is_cap(t)]
    info = dict(head=head, plural=plural, count=count)
    if cat == "document" and not (outlet and (lhead in _REPORTING_NOUNS or head in outlet.split())):
        return SourceInfo(SourceType.DOCUMENT, **info, evidence=f"document noun {lhead!r}")
    if outlet and (cat in (None, "media", "document") or _is_cap(head)):
        if _is_cap(head) and head not in outlet and person_name(core) and not find_outlet(head):
            name = person_name(core)
            return SourceInfo(SourceType.NAMED_PERSON, **info, name=name,
                              evidence=f"named journalist {name!r} of outlet {outlet!r}")
        return SourceInfo(SourceType.MEDIA, **info, name=outlet, evidence=f"outlet {outlet!r}")
    if cat == "media":
        return SourceInfo(SourceType.MEDIA, **info, evidence=f"media noun {lhead!r}")
    if lhead in _QUANTIFIERS and len(core_toks) == 1:
        return SourceInfo(SourceType.UNNAMED_GROUP, **info, evidence=f"a quantity of people ({lhead!r})")
    if cat is None and _is_cap(head) and head == core_toks[0] and head[1:].islower() and plural \
            and len(core_toks) == 1 and lhead not in _PARTIES and _common_in(context, head):
        return SourceInfo(SourceType.UNNAMED_GROUP, **info,
                          evidence=f"plural common noun {lhead!r} (capitalised first word)")
    if _is_cap(head) and cat is None:
        return _named(core, head, info)
    if cat is None and lhead in _PARTIES:
        return _named(core, head, info)
    first = toks[0].lower()
    affiliation = " ".join(t for t in core_toks[:-1] if _is_cap(t)) or None
    if cat == "role":
        aff = affiliation or _modifiers(core_toks[:-1])
        return SourceInfo(SourceType.ANONYMOUS_SPECIFIC, **info, role=lhead, affiliation=aff,
                          evidence=f"unnamed, role noun {lhead!r}")
    if cat == "bare":
        modified = any(t.lower() not in _DETS and not _COUNT_RE.match(t)
                       for t in core_toks[:-1]) or (core != text and not _OF_HEAD_RE.match(text))
        t = SourceType.ANONYMOUS_VAGUE if modified else SourceType.ANONYMOUS_BARE
        return SourceInfo(t, **info, affiliation=affiliation,
                          evidence=f"'source' {'with a description' if modified else 'with no description'}")
    if cat == "vague":
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **info, affiliation=affiliation,
                          evidence=f"unnamed, no role ({lhead!r})")
    if cat == "group":
        return SourceInfo(SourceType.UNNAMED_GROUP, **info, affiliation=affiliation,
                          evidence=f"collective noun {lhead!r}")
    if cat == "org":
        if first in _QUANTIFIERS:
            return SourceInfo(SourceType.UNNAMED_GROUP, **info, evidence="quantified collective")
        return SourceInfo(SourceType.NAMED_ORG, **info, affiliation=affiliation,
                          evidence=f"organisation noun {lhead!r}")
    if first in _QUANTIFIERS or caps and lhead.endswith("s") and not _is_cap(head):
        return SourceInfo(SourceType.UNNAMED_GROUP, **info, evidence="quantified or plural description")
    if plural:
        return SourceInfo(SourceType.UNNAMED_GROUP, **info, evidence=f"plural common noun {lhead!r}")
    if lhead.isalpha() and first in _ONE_OF_THEM and person_noun(lhead):
        return SourceInfo(SourceType.ANONYMOUS_VAGUE, **info,
                          evidence=f"unnamed person described as {lhead!r}")
    return SourceInfo(SourceType.UNKNOWN, **info, evidence=f"no rule for head {lhead!r}")


_AGENTIVE_RE = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ee|ive|ary|ess|ier|ate)$")
_PERSON_WORDS = frozenset("child kid teen youth veteran native fellow ally gunman guy".split())


def person_noun(head: str) -> bool:
    """Could this head noun name a person ("senator", "businessman", "commenter")? A noun that
    cannot ("a reversal", "a visit") is no unnamed person, only a source span that overran."""
    low = head.lower()
    return low in _PERSON_WORDS or noun_categories().get(low) in ("role", "vague") or (
        low not in noun_categories() and _AGENTIVE_RE.search(low) is not None)


_DETS = frozenset("a an the this that these those one another some his her their its our".split())
_ONE_OF_THEM = frozenset("a an one another".split())


def _modifiers(toks: list[str]) -> str | None:
    mods = [t for t in toks if t.lower() not in _DETS and not _COUNT_RE.match(t)]
    return " ".join(mods) or None


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


def _named(core: str, head: str, info: dict) -> SourceInfo:
    toks = _tokens(core)
    described = _described_name(toks)
    if described is not None:
        kind, name, noun = described
        return SourceInfo(kind, **info, name=name,
                          evidence=f"name {name!r} introduced by the noun {noun!r}")
    caps = [_strip_possessive(t) for t in toks if _is_cap(t)]
    lower_caps = {c.lower().rstrip(".") for c in caps}
    first = toks[0].lower() if toks else ""
    if head.lower() in _PARTIES or head.lower() in ("gop",):
        lead = toks[0] if len(toks) > 1 else ""
        if first in _ONE_OF_THEM and head.lower() in ("democrat", "republican"):
            return SourceInfo(SourceType.ANONYMOUS_VAGUE, **info,
                              evidence=f"one unnamed party member ('a {head}')")
        if first in _QUANTIFIERS or (lead.isalpha() and lead.islower() and first not in _DETS):
            return SourceInfo(SourceType.UNNAMED_GROUP, **info,
                              evidence="a subset of a party ('some Democrats', 'senior Republicans')")
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core, evidence=f"party {head!r}")
    places = phrase_set("places.txt")
    if core.lower() in places or core.lower().removeprefix("the ") in places:
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core,
                          evidence=f"government named by its place {core!r}")
    acronym = (head.isupper() and 2 <= len(head) <= 6
               and all(t.lower() in _DETS for t in toks[:-1])) or _DOTTED_RE.match(head)
    if lower_caps & _ORG_WORDS or acronym:
        return SourceInfo(SourceType.NAMED_ORG, **info, name=core,
                          evidence=f"organisation name {core!r}")
    name = person_name(core) or head
    return SourceInfo(SourceType.NAMED_PERSON, **info, name=name,
                      evidence=f"capitalised name {name!r}")


@lru_cache(maxsize=1)
def _anonymity_re() -> re.Pattern[str]:
    phrases = sorted(phrase_list("anonymity.txt"), key=len, reverse=True)
    body = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in phrases)
    return re.compile(r"\b(?:" + body + r")\b", re.IGNORECASE)


def _titled_name(toks: list[str]) -> str | None:
    """"Minister of the Armed Forces Florence Parly": a long title phrase that ends in a name.

    The trailing capitalised run must be three words or more, so that a complement such as
    "a spokesman for Mr. Castell" (two words after "for") is not taken for the speaker.
    """
    i = len(toks)
    while i > 0 and _is_cap(toks[i - 1]):
        i -= 1
    run = toks[i:]
    if len(run) < 3 or i == 0 or toks[i - 1].lower() not in _FUNCTION_WORDS:
        return None
    name = run[-2:]
    if {t.lower().rstrip(".") for t in name} & (_ORG_WORDS | phrase_set("titles.txt")):
        return None
    if find_outlet(" ".join(run)) or " ".join(run).lower() in phrase_set("places.txt"):
        return None
    titles = phrase_set("titles.txt")
    if not any(t.lower().rstrip(".") in titles for t in toks[:i] + run[:-2]):
        return None
    return " ".join(_strip_possessive(t) for t in name)


def _described_name(toks: list[str]) -> tuple[SourceType, str, str] | None:
    """"the utility Brenford Electric", "news agency Stelan", "director Rosa Enwright": the
    lower-case noun right before a trailing name says what the name is."""
    i = len(toks)
    while i > 0 and _is_cap(toks[i - 1]):
        i -= 1
    if i == 0 or i == len(toks) or len(toks) - i > 4:
        return None
    noun = toks[i - 1].lower()
    if noun in _FUNCTION_WORDS:
        return None  # "Secretary of State Mike Pompeo": a title, not a describing noun
    name = " ".join(toks[i:])
    if name.lower() in _PARTIES or toks[-1].lower() in _PARTIES:
        return None  # "senior Republicans" is a subset of a party, not a person
    cat = noun_categories().get(noun)
    if cat == "media" or noun in ("agency", "weekly", "daily", "newspaper", "broadcaster"):
        return SourceType.MEDIA, name, noun
    if cat == "org" or noun in _ORG_DESCRIPTORS:
        return SourceType.NAMED_ORG, name, noun
    if cat in ("role", "vague", None) and noun.isalpha():
        lowered = {t.lower().rstrip(".") for t in toks[i:]}
        if not lowered & _ORG_WORDS:
            return SourceType.NAMED_PERSON, name, noun
    return None


def anonymity_reason_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The anonymity-reason span in ``text[start:end]`` (one sentence), if any.

    It starts at the first anonymity phrase and runs to the end of the sentence.
    """
    rx = _anonymity_re()
    m = rx.search(text, start, end)
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
    """The next comma or semicolon after ``pos``, or ``end``."""
    hits = [i for i in (text.find(",", pos, end), text.find(";", pos, end)) if i >= 0]
    return min(hits) if hits else end
