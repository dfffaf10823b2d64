"""The head of a source mention and what it can name.

:func:`mention_core` cuts a mention's post-modifiers ("a source *close to the talks*") so that
its last word is the head; :func:`person_noun` and :func:`people_noun` say whether a head can
name a person ("senator", "commenter") or people ("donors", "two-thirds"), as opposed to a
thing ("a reversal", "remarks"). Used by source typing and by pronoun resolution.

>>> person_noun("strategist"), person_noun("comment"), people_noun("donors"), people_noun("remarks")
(True, False, True, False)
"""

from __future__ import annotations

import re

from .lexicons import noun_categories, phrase_set
from .names import ORG_WORDS, is_cap, tokens
from .trie import trie_pattern

__all__ = ["CAUCUS_WORDS", "COUNT_RE", "IRREGULAR_PLURALS", "OF_HEAD_RE", "PARTY_TAG_RE",
           "SUBSET_WORDS", "definite_bodies", "mention_core", "people_noun", "person_noun"]

# plurals that do not end in -s ("people", "spokespeople")
IRREGULAR_PLURALS = frozenset("people men women children police folk spokespeople".split())
# words that, capitalised at the start of a sentence, still restrict a party to a subset
# ("Senior Republicans"), unlike a chamber or a place ("House Republicans", "Ohio Democrats")
CAUCUS_WORDS = frozenset("congressional legislative statehouse".split())  # a caucus, not a subset
SUBSET_WORDS = frozenset("senior top leading veteran prominent moderate establishment mainstream "
                         "vulnerable fellow young younger older key influential rank-and-file "
                         "conservative liberal progressive anxious nervous worried".split())
# capitalised words that also make a subset of a party: by faith, origin or allegiance ("Jewish
# Democrats", "Never Trump Republicans", "Reagan Democrats"); session 10, TAXONOMY battery
SUBSET_CAPS = frozenset("jewish black hispanic latino latina catholic evangelical christian muslim "
                        "white asian mormon never tea trump reagan bernie sanders clinton obama "
                        "cruz rubio kasich bush".split())

COUNT_RE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+dozen|dozens|\d+|both|a\s+pair(?:\s+of)?|several|a\s+number\s+of|a\s+handful\s+of|"
    r"a\s+couple\s+of|multiple|numerous)\b",
    re.IGNORECASE,
)
OF_HEAD_RE = re.compile(
    r"^(?:(?:about|nearly|almost|only|just|roughly|some|at\s+least|more\s+than|less\s+than|"
    r"fewer\s+than)\s+)?(?:one|two|three|four|five|some|many|most|several|few|none|each|all|any|both|a\s+few|"
    r"a\s+number|a\s+handful|a\s+couple|a\s+group|a\s+focus\s+group|a\s+pair|dozens|hundreds|thousands|members|"
    r"majority|minority|half|\d+|[\w\-]+\s+(?:percent|pct)|\d+%|(?:a|one|two)[\s\-]+(?:thirds?|quarters?)|"
    r"(?:the|a|an)\s+(?:(?:new|next|latest|large|small|significant|growing|fresh|wide|broad|"
    r"whole|long)\s+)?(?:series|batch|set|trove|collection|cache|pair|number|string|handful|array|"
    r"range|variety|chorus|slew|host|raft|share|proportion|percentage|line|wave|parade|"
    r"stream|litany|roster|contingent|cadre|bevy))"
    r"\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?",
    re.IGNORECASE,
)
_POSTMOD_WORDS = ("who which that familiar close briefed with in at from for of on to by including "
                  "involved knowledgeable speaking near inside within among about across around "
                  "throughout outside against during over under after since present behind beside "
                  "alongside through available").split()  # ("An older man behind them in line":
# session 17; "fundraising reports through Jan. 31", "the data available from the FBI": session 18)
# the words as a trie behind a first-letter check: finditer tries every position of the
# mention, and most fail at once (at most one word can end at a word boundary, so the
# order of the alternatives never decided a match)
_POSTMOD_RE = re.compile(
    r"\s*(?:,(?!\d{3}\b)|[\u2014\u2013]|--|(?<!-)\b(?=["
    + "".join(sorted({w[0] for w in _POSTMOD_WORDS})) + "])"
    + trie_pattern(sorted(_POSTMOD_WORDS)) + r"\b)",
    re.IGNORECASE,
)
_UP_FOR_RE = re.compile(r"\s+up\s+(?=for\b)", re.IGNORECASE)
_INDEFINITE_PEOPLE = frozenset("everyone everybody someone somebody anyone anybody nobody none "
                               "many most some few all several others".split())


def _common_plural_or_lower(words: str) -> bool:
    """Does ``words`` end in a common noun ("scholars", "people") or a capitalised plural
    ("Republicans", "Democrats"), not a name ("South Carolina")?"""
    last = words.split()[-1]
    return last[0].islower() or last.endswith("s") and not last.endswith("ss") \
        or last.lower() in _INDEFINITE_PEOPLE or last.lower() in noun_categories()


# a relative clause without "who"/"that" after the head: a subject pronoun and its verb
_CONTACT_CLAUSE_RE = re.compile(r" (?:I|we|you|they|he|she|it)(?:['\u2019](?:ve|d|ll|re|m))?\s+[a-z]")
# a document and a clause about who made it, with no "that": "a 21-page document *the Pentagon
# sent* to lawmakers", "figures *it released*" (blind batch 30, session 16)
_MADE_VERBS = frozenset("sent wrote released issued obtained filed published prepared drafted "
                        "circulated posted commissioned gave".split())
_MADE_VERB_RE = re.compile("|".join(sorted(_MADE_VERBS)))  # any of them, even inside a word
_MADE_BY_CLAUSE_RE = re.compile(r"\s+(?:the\s+(?:[A-Z][\w.'\u2019\-]*\s+){0,3}[a-z][\w\-]*\s+|(?:the\s+)?"
                                r"(?:[A-Z][\w.'\u2019\-]*\s+){1,4})(?:" + _MADE_VERB_RE.pattern + r")\b")
_PARTICIPLE_RE = re.compile(r"\s([a-z]{3,}(?:ed|ing)|seen|written|given|taken|made|held|run|"
                             r"drawn|known|shown|done|sent|led|kept|quoted|cited)\b")
# a participle starts a post-modifier only when a phrase follows it ("a poll *released Thursday
# by* ...", "riders *waiting at* ..."), not when it modifies the next noun ("a tracking poll")
_PHRASE_AFTER_RE = re.compile(  # (an adverb may come first: "a poll conducted *partly* after")
    r"\s*(?:[a-z]+ly(?:\s+|$))?(?:$|[,;:]|(?:by|at|in|on|for|from|to|with|about|after|before|during|last|this|out|"
    r"the|a|an|his|her|their|its|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|earlier|online|publicly|there|here|nearby|outside|inside)\b)", re.IGNORECASE)
# a name as the object of a participle taking a side: "a super PAC *supporting Trump*" (session
# 10, TAXONOMY battery; not "ranking Democrat Elijah Cummings", "leading Republican candidates")
_NAME_AFTER_RE = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?[A-Z][a-z]")
_TAKING_SIDES = frozenset("supporting backing opposing attacking criticizing criticising promoting "
                          "representing endorsing advising defending praising mourning".split())
_NOT_PARTICIPLES = frozenset("red need seed bed speed feed breed shed hundred embed united "
                             "unnamed unidentified named based unrelated interested concerned "
                             "elected retired armed".split())


def _adjective_before_head(body: str, cut: re.Match[str]) -> bool:
    """"Gore's *close* friends", "the publicly *available* evidence": "close" and "available"
    cut a post-modifier only before their preposition ("sources close to the talks", "the data
    available from the FBI"), not as adjectives before the head (session 18, PolNeAR train: the
    possessive name had become the head, a named person)."""
    after = _ADJECTIVE_CUTS.get(cut.group().strip().lower())
    return after is not None and after.match(body, cut.end()) is None


_ADJECTIVE_CUTS = {"close": re.compile(r"\s+to\b", re.IGNORECASE),
                   "available": re.compile(r"\s+(?:from|to|on|at|in|through)\b", re.IGNORECASE)}


def mention_core(text: str) -> str:
    """The mention without its post-modifiers ("a source *close to the talks*", "a poll
    *released Thursday by ...*", "riders *waiting at the station*").

    >>> mention_core("a senior official familiar with the talks")
    'a senior official'
    """
    m = OF_HEAD_RE.match(text) if "of" in text.lower() else None  # its "of", before the regex
    body = text[m.end():] if m else text
    if " up " in body:  # "One GOP senator *up for re-election*" (session 17, blind batch 40)
        cut = _UP_FOR_RE.search(body)
        if cut is not None and person_noun(body[:cut.start()].rsplit(None, 1)[-1]):
            body = body[:cut.start()]
    for cut in _POSTMOD_RE.finditer(body):
        if cut.start() > 0 and not _inside_name(body, cut.start(), cut.end()) \
                and not _only_determiners(body[: cut.start()]) and not _adjective_before_head(body, cut):
            body = body[: cut.start()]
            break
    made = _MADE_BY_CLAUSE_RE.search(body) if _MADE_VERB_RE.search(body) else None
    if made is not None and noun_categories().get(body[:made.start()].rsplit(" ", 1)[-1].lower()) == "document":
        body = body[:made.start()]  # "a memo the campaign sent to donors": the memo
    contact = _CONTACT_CLAUSE_RE.search(body)
    if contact is not None and contact.start() > 0 and body[contact.start() - 1].isalpha() \
            and _common_plural_or_lower(body[: contact.start()]):
        body = body[: contact.start()]  # "scholars *we consulted*", "Republicans *I spoke to*"
    cats = noun_categories()
    for pm in _PARTICIPLE_RE.finditer(body):
        word = pm.group(1).lower()
        if pm.start() > 0 and word not in cats and word not in _NOT_PARTICIPLES \
                and (_PHRASE_AFTER_RE.match(body, pm.end())
                     or word in _TAKING_SIDES and _NAME_AFTER_RE.match(body, pm.end())
                     or word.endswith("ing") and _after_people_noun(body, pm.start(), cats)):
            body = body[: pm.start()]
            break
    body = body.strip(" ,")
    if "(" in body or "-" in body:  # a party tag is rare: test before the regex
        body = PARTY_TAG_RE.sub("", body) or body
    if body[body.rfind(" ") + 1:].lower() not in _DATE_TAIL_WORDS:
        return body
    return _DATE_TAIL_RE.sub("", body) or body


# a date, adverb or emphatic word after the head is no part of it: "a poll *out Monday*",
# "a report *Tuesday*", "guidelines *recently* (issued by ...)", "Lee *herself*", "aides *here*"
_DATE_TAIL_WORDS = frozenset("out released published issued recently newly just also this last "
                             "late early earlier on monday tuesday wednesday thursday friday "
                             "saturday sunday today yesterday week month year morning "
                             "night himself herself itself themselves here there".split())
_DATE_TAIL_RE = re.compile(r"(?:\s+(?:" + "|".join(sorted(_DATE_TAIL_WORDS)) + r"))+$",
                           re.IGNORECASE)


# a party and state tag after a politician's name: "(D-Nev.)", "(R)", "R-Ky."
PARTY_TAG_RE = re.compile(r"\s*(?:\([DRI](?:-[A-Z][\w. ]*)?\)?|\s[DRI]-[A-Z][\w.]*)\.?$")


# the noun categories that name people (lexicons/source_nouns.txt)
PEOPLE_CATEGORIES = frozenset(("role", "group", "vague", "bare", "people"))


def _after_people_noun(body: str, at: int, cats: dict[str, str]) -> bool:
    """Does an "-ing" word at ``at`` follow a noun of people ("senators *facing* tough races",
    blind batch 6; "One man *eating* alone", blind batch 10)? It opens their post-modifier,
    whatever word comes next."""
    before = body[:at].rsplit(None, 1)
    prev = before[-1].lower() if before else ""
    return cats.get(prev) in PEOPLE_CATEGORIES


def _only_determiners(text: str) -> bool:
    """"an" in "an *inside* source": no head noun before the would-be post-modifier."""
    return all(t.lower() in _ARTICLES for t in tokens(text))


_ARTICLES = frozenset("a an the this that these those his her their its our".split())


def _inside_name(body: str, start: int, end: int) -> bool:
    """"Secretary *of* State", "Bank *of* America": a preposition between capitalised words."""
    before = body[:start].split()
    after = body[end:].split()
    if not (before and after and after[0][:1].isupper()
            and body[start:end].strip().lower() in ("of", "for", "at", "on", "in", "to")):
        return False
    if not is_cap(before[-1]):
        return False  # "a spokesman for Mr. Doe": a role noun, not a title inside a name
    word = before[-1].lower().rstrip(".")
    return word in ORG_WORDS or word in phrase_set("titles.txt")

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
                          "millennial evangelical independent "
                          # kin, age and fame nouns (PolNeAR train: "the admiral", "his wife")
                          "wife husband son daughter mother father brother sister boy girl "
                          "admiral star legend lady mate chair chairman chairwoman chairperson".split())
_AGE_RE = re.compile(r"^\d+-year-old$")
_FRACTION_RE = re.compile(r"^(?:\w+-)?(?:thirds|quarters|fourths|fifths|halves|majorities)$")


def person_noun(head: str) -> bool:
    """Could this head noun name a person ("senator", "businessman", "commenter")? A noun that
    cannot ("a reversal", "a visit", "a comment") is no unnamed person, only a source span that
    overran.

    >>> [person_noun(w) for w in ("senator", "commenter", "reversal", "visit")]
    [True, True, False, False]
    """
    low = head.lower()
    if low in _PERSON_WORDS or noun_categories().get(low) in ("role", "vague") or _AGE_RE.match(low):
        return True
    return (low not in noun_categories() and low not in _THING_WORDS
            and _AGENTIVE_RE.search(low) is not None and _THING_RE.search(low) is None)


def people_noun(plural: str) -> bool:
    """Could this plural head name people ("donors", "candidates", "rabbis", "two-thirds"), or
    bodies of people ("countries")? Not "remarks", "primaries", "cases": a group needs members.

    >>> [people_noun(w) for w in ("rabbis", "two-thirds", "countries", "cases")]
    [True, True, True, False]
    """
    low = plural.lower()
    if _FRACTION_RE.match(low):
        return True
    forms = {low, low[:-1]} | ({low[:-3] + "y"} if low.endswith("ies") else set()) | (
        {low[:-2]} if low.endswith("es") else set()) | (
        {low[:-3] + "man"} if low.endswith("men") else set())
    cats = noun_categories()
    return any(person_noun(f) or cats.get(f) in ("group", "org", "bare", "people") for f in forms)


_BODY_PLURALS = frozenset("groups companies firms organizations organisations unions campaigns "
                          "sides camps departments agencies parties".split())


def definite_bodies(toks: list[str], lhead: str) -> bool:
    """"the companies", "the two campaigns": a definite plural of bodies takes up organisations
    the article has named (TAXONOMY: a name decides); "some groups", "unions", "both sides"
    stay unnamed collectives.

    >>> definite_bodies(["the", "two", "campaigns"], "campaigns"), definite_bodies(["some", "groups"], "groups")
    (True, False)
    """
    if lhead not in _BODY_PLURALS or not toks:
        return False
    rest = [t.lower() for t in toks[1:-1]]
    return toks[0].lower() == "the" and all(t in ("two", "three") for t in rest)
