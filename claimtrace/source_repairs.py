"""Repairs to the source a verb frame found by walking left from its cue, and the speaker of an
inverted quotation when the noun-phrase walk stops early.

Each repair is a shape of news prose the plain walk misreads: the verb of a clause taken for a
source ("Trump has *avoided* criticizing"), an aspect verb ("Trump *began* calling for"), the
document a speaker issued ("Trump issued *a statement* saying"), a name after a preposition
("ended with *Maddow* asking"), the verb phrase of an auxiliary ("Ann could be *heard*
saying"), an aside that hides the name opening the sentence, a relative clause whose own cue cut
the walk short, a verb joined to an open relative clause ("Lee, *who* met him and said"), and
an inverted speaker with a stop word for a name ("said *Will* Doyle").

>>> t = "Later, the Vale campaign released a statement saying the vote was rigged."
>>> s, e = _issuer(t, 0, (t.index("the Vale"), t.index(" saying"))); t[s:e]
'the Vale campaign'
"""

from __future__ import annotations

import re

from .clause_frames import sentence_subject
from .cues import Cue
from .frame_context import Ctx, RawAttribution, is_participle, quoted_name_lead
from .head_nouns import PEOPLE_CATEGORIES
from .lead_scan import NOT_AFTER_WORD, first_match, lead_of
from .lexicons import noun_categories, reporting_verbs, weak_verb_forms
from .model import SourceType
from .phrase_repairs import infinitive_holder, possessor_of_noun, second_phrase, subject_before_verb
from .span_words import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    NP_PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    boundary_between,
    lower_word,
)
from .spans import left_np, strip_trailing_punct, words
from .spans_aside import opening_name_aside
from .trie import trie_pattern
from .weak_cues import mention_info

__all__ = ["across_named_thing", "emphatic_tail", "in_relative_clause", "past_opening_place",
           "phrase_after_quote", "relative_coordinate", "repair_left_source",
           "within_opening_aside"]


def repair_left_source(ctx: Ctx, cue: Cue, src: tuple[int, int] | None,
                       floor: int) -> tuple[int, int] | None:
    """The source of "X <cue>" after the repairs of this module, given what ``left_np`` found
    (``src``) between ``floor`` and the cue.

    >>> from claimtrace.cues import find_cues
    >>> from claimtrace.model import Sentence, Span
    >>> t = "Trump has avoided directly criticizing the judge."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> cue = find_cues(t, 0, len(t), [])[0]; walked = left_np(t, 0, cue.start)
    >>> t[slice(*walked)], t[slice(*repair_left_source(ctx, cue, walked, 0))]
    ('avoided', 'Trump')
    """
    text = ctx.text
    gerund = text.endswith("ing", cue.start, cue.end)
    if src is not None and _verb_not_source(text, src, floor):
        src = sentence_subject(ctx, cue.start)  # "Trump has avoided directly criticizing"
    elif src is not None and cue.verb_start == cue.start and _ends_in_aspect_verb(text, src):
        src = _before_aspect_verb(ctx, src, cue)  # "Trump began calling for": Trump
    if src is not None:
        src = _subject_of_object_verb(ctx, cue, src, floor)  # "Ann made an impassioned call"
    if src is not None and text.find(" ", *src) > 0:  # repairs of a phrase of several words
        src = subject_before_verb(text, floor, src)  # "Ann *spent* the day portraying"
        src = second_phrase(text, floor, src)  # "something *the board* wanted"
    if src is not None and gerund:
        src = _subject_of_verb_phrase(ctx, cue, src, floor)  # "Ann could be heard saying"
    if src is not None and text[src[0]:src[1]].lower() in ("that", "which"):
        src = _issuer(text, ctx.sent.start, src, relative=True)  # "posted a video that says"
    if src is not None and gerund:
        src = _issuer(text, ctx.sent.start, src)  # "Trump issued a statement saying": Trump
        named = _NAME_AFTER_PREPOSITION_RE.search(text, src[0], src[1]) \
            if _PREPOSITION_HINT_RE.search(text, src[0], src[1]) else None
        if named is not None and named.end() == src[1]:
            src = named.span(1)  # "The routine begins with Noah commenting on": Noah
    if src is not None:
        src = infinitive_holder(text, floor, src)  # "*Pilots trying* to save the pier say"
    if src is not None:
        src = _document_made_then(text, floor, src)  # "A poll conducted after the debate found"
        src = _wearing_this_and_that(text, floor, src)  # "A man wearing a cap and a coat said"
        src = across_named_thing(ctx, floor, src)  # 'A man in a "MAGA" cap said'
    if src is not None and _verb_phrase(text, src):
        return _passive_agent(text, src) if is_participle(text, cue) else None
    if src is None and text.find("about", max(floor, cue.start - 7), cue.start) >= 0:
        set_about = _SET_ABOUT_RE.search(text, max(floor, cue.start - 16), cue.start)
        if set_about:
            src = left_np(text, floor, set_about.start())  # "Mr. Obama set about persuading"
    if src is not None and text.find(" ", *src) > 0:
        src = possessor_of_noun(text, src)  # "Vale's *false* claims": Vale's
    if src is not None and text[src[0]].islower():
        src = _haver(ctx, cue, src, floor)  # "Ann had *no such* praise": Ann
    return emphatic_tail(text, src, cue.start) if src is not None else None


# "A poll *conducted after* the debate found": the walk stops at the preposition after the
# document's participle; the source is the document with its whole modifier
_MADE_THEN_PREPOSITIONS = frozenset("before after during since in on over between among across outside "
                                    "at to from for with by".split())
_MADE_THEN_RE = re.compile(r"\b(?:(?P<made>conducted|taken|released|published|completed|fielded|"
                           r"carried\s+out|done|sent|sent\s+out|posted|issued|circulated|"
                           r"distributed|obtained|filed|written|delivered|shared|leaked|addressed|"
                           r"prepared|commissioned|adopted|approved|drafted|submitted|produced|"
                           r"compiled|authored)|interviewed|surveyed|polled|questioned|reached|"
                           r"contacted)\s+(?:[^\s,;:\"\u201c\u201d]+\s+){0,10}?"
                           r"(?:" + "|".join(sorted(_MADE_THEN_PREPOSITIONS)) + r")\s+$")


def _document_made_then(text: str, floor: int, src: tuple[int, int]) -> tuple[int, int]:
    """The document before "conducted after ...", "taken in ..." (or the people before
    "interviewed after ...") when the walk found only the noun after the preposition.

    >>> t = "A CNN poll conducted after the debate found that she won."
    >>> s, e = _document_made_then(t, 0, (t.index("the debate"), t.index(" found"))); t[s:e]
    'A CNN poll conducted after the debate'
    """
    space = text.rfind(" ", floor, src[0] - 1)
    if space < 0 or text[space + 1:src[0] - 1] not in _MADE_THEN_PREPOSITIONS:
        return src  # the common case: no preposition right before the source
    if text[space + 1:src[0] - 1] == "by":  # "A report by the intelligence office found"
        doc = left_np(text, floor, space)  # (blind batch 11: the office was the source)
        if doc is not None and mention_info(text[doc[0]:doc[1]]).type is SourceType.DOCUMENT:
            return doc[0], src[1]
    m = _MADE_THEN_RE.search(text, max(floor, src[0] - 90), src[0])  # "A memo sent last month
    # by the state party to county boards argued" (blind batch 6): phrases may come between
    if m is None or m.end() != src[0]:
        return src
    doc = left_np(text, floor, m.start())
    if doc is None:
        return src
    info = mention_info(text[doc[0]:doc[1]])
    fits = info.type is SourceType.DOCUMENT if m.group("made") else \
        info.type.is_anonymous and info.plural  # "Several voters *interviewed after* the rally"
    return (doc[0], src[1]) if fits else src


# a person and the participle phrase that describes them, up to an "and" that joins two of its
# objects: "*A man wearing a red cap and* a camouflage jacket said"
_WEARING_AND_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]wo|[Ss]everal|[Ss]ome)\s+(?:[\w'\-]+\s+){0,2}?"
                             r"(?P<noun>[a-z]+)\s+(?P<ing>[a-z]{3,}ing)\s+[^,.;:\"\u201c\u201d]{1,50}?\s+and\s+$")


def _wearing_this_and_that(text: str, floor: int, src: tuple[int, int]) -> tuple[int, int]:
    """The person before a participle phrase whose two objects an "and" joins, when the walk
    stopped at that "and" (blind batch 10 took "a camouflage jacket" for the speaker); else
    ``src``.

    >>> t = "A man wearing a red cap and a coat said so."
    >>> t[slice(*_wearing_this_and_that(t, 0, (t.index("a coat"), t.index(" said"))))]
    'A man wearing a red cap and a coat'
    """
    if not text.endswith("and ", max(floor, src[0] - 4), src[0]):
        return src  # the common case
    m = _WEARING_AND_RE.search(text, max(floor, src[0] - 100), src[0])
    if m is None or m.group("ing") == "including" \
            or noun_categories().get(m.group("noun")) not in PEOPLE_CATEGORIES:
        return src
    return m.start(), src[1]


# blind batch 21 (session 16): the person before a quoted name inside the phrase ('One woman
# in a red "Make America Great Again" cap said'); the walk stops at the closing quote
_BEFORE_NAMED_THING_RE = re.compile(r"\b(?:in|of|from|with|for|behind|at|wearing|carrying|"
                                    r"holding|waving|sporting|leading|backing)\s+$")


def across_named_thing(ctx: Ctx, floor: int, src: tuple[int, int]) -> tuple[int, int]:
    """The whole phrase when the walk stopped at a quoted name inside it (see
    :func:`frame_context.quoted_name_lead`); else ``src``.

    >>> from claimtrace.cues import quote_regions
    >>> from claimtrace.model import Sentence, Span
    >>> t = 'A man in a "MAGA" cap said the rally was loud.'
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), quote_regions(t, 0, len(t)), None, [])
    >>> t[slice(*across_named_thing(ctx, 0, (t.index("cap"), t.index(" said"))))]
    'A man in a "MAGA" cap'
    """
    text = ctx.text
    close = src[0] - 2
    if close < floor or text[close:src[0]] != '" ':
        return src
    lead = quoted_name_lead(ctx, close)
    before = _BEFORE_NAMED_THING_RE.search(text, max(floor, lead - 12), lead) \
        if lead is not None and lead >= floor else None
    np = left_np(text, floor, before.start()) if before is not None else None
    return (np[0], src[1]) if np is not None else src


# a word that stays with the subject it follows: "Clinton *herself* has said", "officials *here* say"
_EMPHATIC_RE = re.compile(r"\s+(?:himself|herself|themselves|itself|ourselves|myself|here|there)\b")


# the date of a document: "A Gallup poll *last week* found", "emails released *this month* show"
_DOCUMENT_DATE_RE = re.compile(r"\s+(?:earlier\s+)?(?:last|this)\s+(?:week|month|year)\b")


def emphatic_tail(text: str, src: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """The source with the reflexive or place word that follows it before the cue, or with
    the date of a document ("A Gallup poll *last week* found ...").

    >>> t = "Lee herself has said so."
    >>> t[slice(*emphatic_tail(t, (0, 3), t.index("said")))]
    'Lee herself'
    """
    m = _EMPHATIC_RE.match(text, src[1], cue_start)
    if m is None:
        m = _DOCUMENT_DATE_RE.match(text, src[1], cue_start)
        if m is None or mention_info(text[src[0]:src[1]]).type is not SourceType.DOCUMENT:
            return src
    if text[src[0]:src[1]].lower() in PRONOUNS:
        return src  # "she herself": a pronoun is resolved by itself
    return src[0], m.end()


# a cheap test before the anchored preposition search
_PREPOSITION_HINT_RE = re.compile(r"\b(?:with|about|featuring|showing|of)\s")


_VERB_BEFORE = AUXILIARIES


def within_opening_aside(text: str, start: int, cue_start: int,
                          src: tuple[int, int]) -> tuple[int, int]:
    """The name that opens the sentence with its whole aside, when the phrase found before the
    cue lies inside that aside ("Eddie Griffin, who was then *a member of X, a group of
    bloggers,* said": Griffin spoke, not the member).

    >>> t = "Eddie Griffin, who was then a member of Vox, a group of bloggers, said so."
    >>> src = (t.index("a group"), t.index(", said"))
    >>> t[slice(*within_opening_aside(t, 0, t.index("said"), src))]
    'Eddie Griffin, who was then a member of Vox, a group of bloggers,'
    >>> t = "In Ohio, a pollster at Quinn College said so."
    >>> t[slice(*within_opening_aside(t, 0, t.index("said"), (9, t.index(" said"))))]
    'a pollster at Quinn College'
    """
    if not (_CLAUSE_ASIDE_RE.search(text, start, cue_start)
            or _ASIDE_OPENER_RE.search(text, start, cue_start)
            and _NAME_THEN_ASIDE_RE.search(text, start, cue_start)):
        return src  # no name with a describing or clause aside before the cue
    wider = opening_name_aside(text, start, cue_start)
    if wider is None or wider[0] >= src[0]:
        return src
    if wider[1] >= src[1] and _NAME_THEN_ASIDE_RE.match(text, wider[0], wider[1]):
        return wider
    if wider[1] <= src[0] and _CLAUSE_ASIDE_RE.match(text, wider[1]) \
            and _NAME_RE.fullmatch(text, wider[0], wider[1]):
        return wider  # "Clinton, during a town hall in Columbus, Ohio, said": Clinton
    return src


def past_opening_place(text: str, sent_start: int, src: tuple[int, int]) -> tuple[int, int]:
    """The source without the place that a sentence-opening preposition governs ("In Cuyahoga
    County, which includes Cleveland, *the board's director, Pat McDonald,* said": blind batch
    25, session 16, took the county for the speaker); else ``src``.

    >>> t = "In Ohio County, the board's director, Pat Lee, said"
    >>> t[slice(*past_opening_place(t, 0, (3, t.index(" said"))))]
    "the board's director, Pat Lee,"
    """
    if _PLACE_PREPOSITION_RE.fullmatch(text, sent_start, src[0]) is None:
        return src
    m = _PLACE_THEN_SPEAKER_RE.match(text, src[0], src[1])
    return (m.end(), src[1]) if m is not None else src


_PLACE_PREPOSITION_RE = re.compile(r"\s*(?:In|At|On|From|Across|Inside|Outside|Near|Throughout)\s+")
# a capitalised place (with its own relative clause) set off by a comma, then a determiner or name
_PLACE_THEN_SPEAKER_RE = re.compile(r"(?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w.'\u2019\-]*,"
                                    r"(?:\s+(?:which|where)\s+[^,]{1,60},)?\s+(?=(?:the|a|an|his|her|its|"
                                    r"their|[A-Z])\b)")


# a name (not an all-capitals dateline) and an aside that describes it
_NAME = r"(?:[A-Z][\w.'\u2019\-]*\s+){0,4}[A-Z][a-z][\w'\u2019\-]*"
_NAME_RE = re.compile(_NAME)
_CLAUSE_ASIDE_RE = re.compile(r",\s+(?:[a-z]+ing|during|at|in|after|before|while|speaking|"
                              r"despite|with|without|like|unlike)\s")
_ASIDE_OPENER = r",\s+(?:who|whose|whom|an?|the|\d+)\s"
_NAME_THEN_ASIDE_RE = re.compile(_NAME + _ASIDE_OPENER)
# the aside's opening alone: it starts with a comma, which the regex engine finds quickly, so
# it is a cheap test before the name pattern (tried at every capital letter)
_ASIDE_OPENER_RE = re.compile(_ASIDE_OPENER)


_ASPECT_VERBS = frozenset("began begun begin begins start started starts kept keep keeps "
                          "continued continue continues stopped stop stops resumed resume "
                          "resumes quit finished".split())
_SET_ABOUT_RE = re.compile(r"\b(?:set|sets|setting|went|go|goes|going)\s+about\s+$")
_GOVERNOR_FILLERS = _VERB_BEFORE | frozenset("also even still again never just already "
                                             "not".split())


def _without_fillers(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``toks`` without the auxiliaries and adverbs that end them ("more Republicans *have*
    begun", "Trump *has lately* started"): what is left ends with the subject."""
    while toks and (lower_word(text, toks[-1]) in _GOVERNOR_FILLERS
                    or text[toks[-1][0]:toks[-1][1]].endswith("ly") and text[toks[-1][0]].islower()):
        toks = toks[:-1]
    return toks


def _ends_in_aspect_verb(text: str, src: tuple[int, int]) -> bool:
    """Does the phrase before a gerund cue end in an aspect verb ("Trump *began* calling",
    "has lately *started* asking")? Then the verb is no part of the source."""
    last = text[max(src[0], text.rfind(" ", src[0], src[1]) + 1):src[1]]
    return last in _ASPECT_VERBS


def _before_aspect_verb(ctx: Ctx, src: tuple[int, int], cue: Cue) -> tuple[int, int] | None:
    """The subject before "began/kept/started + gerund": the phrase left of the aspect verb and
    its auxiliaries and adverbs ("more Republicans *have begun* urging"), else the sentence's
    subject."""
    text = ctx.text
    toks = _without_fillers(text, words(text, max(ctx.sent.start, src[0] - 40), src[1])[:-1])
    if toks and toks[-1][1] > src[0]:
        return strip_trailing_punct(text, src[0], toks[-1][1])
    found = left_np(text, ctx.sent.start, toks[-1][1] + 1) if toks else None
    return found if found is not None else sentence_subject(ctx, cue.start)


_NAME_AFTER_PREPOSITION_RE = re.compile(r"\b(?:with|about|featuring|showing|(?:footage|clip|"
                                        r"video|spectacle|sight|images?|photos?|recording|"
                                        r"audio|tape)\s+of)\s+"
                                        r"((?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*)$")
_ISSUED_DOCUMENTS = ("statement|letter|memo|email|op-ed|tweet|release|robocall|ad|video|message|"
                     "note|piece|column|editorial|sign|banner|poster|documentary|campaign|data")
_ISSUED_DOCUMENT_RE = re.compile(
    r"\b(?:issued|issuing|released|releasing|sent|sent\s+out|posted|posting|put\s+out|published|"
    r"publishing|wrote|penned|blasted\s+out|launched|launching|aired|airing|ran|running|hoisted|"
    r"held|holding|carried|carrying|unveiled|unveiling)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}"
    r"(?:" + _ISSUED_DOCUMENTS + r")"
    r"(?:\s+(?:to|for)\s+(?:[\w.'\u2019\-]+\s+){0,2}[\w.'\u2019\-]+)?\s*$")


# a cheap test before the anchored search
_DOCUMENT_HINT_RE = re.compile(r"\b(?:" + _ISSUED_DOCUMENTS + r")\b")


def _issuer(text: str, floor: int, src: tuple[int, int], *,
            relative: bool = False) -> tuple[int, int]:
    """"Trump issued a statement saying ...": the one who issued the document speaks through
    it (PolNeAR takes the issuer as the source); else ``src`` unchanged. With ``relative``,
    ``src`` is a relative pronoun whose antecedent is the document ("Trump released a video
    *that* said ...")."""
    end = src[0] if relative else src[1]
    while relative and end > floor and text[end - 1] in " ,":
        end -= 1
    if not _DOCUMENT_HINT_RE.search(text, max(floor, end - 40), end):
        return src
    m = _ISSUED_DOCUMENT_RE.search(text, max(floor, end - 80), end)
    if m is None or m.end() != end:
        return src
    issuer = left_np(text, floor, m.start())
    return issuer if issuer is not None else src


_OBJECT_VERBS = frozenset("made make makes making offered offer offers offering provided provide "
                          "provides issued issues issuing released releases releasing sent "
                          "sending launched launches launching ran placed posted published "
                          "wrote penned aired delivered carried carrying hoisted held hold "
                          "holding drew drawn unveiled unveiling emailed spent co-authored "
                          "authored circulated".split())
# a quick test (whether one is there, never where): each verb opens with a letter, so
# NOT_AFTER_WORD is the word boundary before it, and the lead looks only after a non-word character
_OBJECT_VERB_HINT_RE = re.compile(NOT_AFTER_WORD + trie_pattern(_OBJECT_VERBS) + r"\b")
_OBJECT_VERB_LEAD_RE = lead_of(_OBJECT_VERB_HINT_RE, NOT_AFTER_WORD, r"\W")
_CAUSEE_WORDS = frozenset("every anyone anybody everyone everybody someone sure clear him her "
                          "them us me it you people many some".split())
_DETERMINERS = frozenset("a an the his her their its no other any".split())


def _subject_of_object_verb(ctx: Ctx, cue: Cue, src: tuple[int, int],
                            floor: int) -> tuple[int, int] | None:
    """"Ann *made an impassioned* call for", "Bo issued *statements* condemning", "Cy was on
    *CNN* talking about": the walk took a verb's object (or the verb) for the source; the one
    who made, sent or offered is the source (the verb's subject), else ``src`` unchanged."""
    text = ctx.text
    if text.find(" on ", max(ctx.sent.start, src[0] - 5), src[0]) < 0 \
            and not first_match(_OBJECT_VERB_HINT_RE, _OBJECT_VERB_LEAD_RE, text,
                                max(ctx.sent.start, src[0] - 24), src[1]):
        return src  # cheap test: no such verb (nor "on" right before) near the phrase
    verb_start = _object_verb_start(text, ctx.sent.start, src)
    if verb_start is None:
        return src
    earlier = next((a.source for a in ctx.found if a.cue[0] == verb_start), None)
    if earlier is not None:
        return earlier  # "she *issued* a statement calling on": the issuing cue's source
    return _subject_before(ctx, cue, verb_start, floor if floor < verb_start else ctx.sent.start)


def _object_verb_start(text: str, sent_start: int, src: tuple[int, int]) -> int | None:
    """Where the verb whose object (or which itself) the phrase ``src`` is starts, if any."""
    first = words(text, src[0], min(src[1], src[0] + 40))
    if not first:
        return None
    w0 = lower_word(text, first[0])
    if w0.endswith("ly") and len(first) > 2 and text[first[2][0]].islower() \
            and lower_word(text, first[2]) not in DETERMINERS:
        return None  # "Newly released emails show": an adjective phrase, not a verb and object
    if w0.endswith("ly") and len(first) > 1:
        w0, first = lower_word(text, first[1]), first[1:]
    inner = next((i for i in range(1, len(first)) if text[first[i - 1][0]].isupper()
                  and lower_word(text, first[i]) in _OBJECT_VERBS
                  and text[first[i][0]].islower() and i + 1 < len(first)
                  and lower_word(text, first[i + 1]) in ("a", "an")), 0)
    if inner:
        first = first[inner:]  # "Mayor Oren Vale *made* an impassioned call"
        w0 = lower_word(text, first[0])
    if text[first[0][0]].islower() and w0 in _OBJECT_VERBS:
        nxt = lower_word(text, first[1]) if len(first) > 1 else ""
        if w0.startswith("mak") and nxt in _CAUSEE_WORDS or text[first[-1][0]].isupper():
            return None  # "make every American feel"; "made the changes Mills requested"
        return None if _after_be(text, sent_start, first[0][0], w0) else first[0][0]
    before = words(text, max(sent_start, src[0] - 24), src[0])
    if before and boundary_between(text, before[-1][1], src[0]):
        return None
    if len(before) > 1 and lower_word(text, before[-1]) in ("back", "out", "off"):
        before = before[:-1]  # "fired back a response saying"
    prev = lower_word(text, before[-1]) if before else ""
    if prev == "on" and len(before) > 1 and lower_word(text, before[-2]) in _ON_VERBS:
        return before[-2][0]  # "Sanders was on CNN talking about", "went on the record"
    if not (w0 in _DETERMINERS or text[first[0][0]].islower()) or prev not in _OBJECT_VERBS \
            or w0 in SUBJECT_PRONOUNS or w0 in ("who", "which", "that") \
            or prev.startswith("mak") and w0 not in _MADE_OBJECT_OPENERS:
        return None
    return None if _after_be(text, sent_start, before[-1][0], prev) else before[-1][0]


def _after_be(text: str, sent_start: int, verb_start: int, verb: str) -> bool:
    """Is the verb at ``verb_start`` a passive participle ("was *spent* on phone calls")?"""
    before = words(text, max(sent_start, verb_start - 8), verb_start)
    return bool(before) and lower_word(text, before[-1]) in BE_FORMS \
        and not verb.endswith("ing")


_ON_VERBS = frozenset("is are was were been be went goes go appeared appears".split())
_MADE_OBJECT_OPENERS = frozenset("a an other no his her their its".split())


def _subject_before(ctx: Ctx, cue: Cue, verb_start: int, floor: int) -> tuple[int, int] | None:
    """The subject of the verb at ``verb_start``: the phrase before it and its auxiliaries
    and adverbs, else the sentence's subject."""
    text = ctx.text
    toks = _without_fillers(text, words(text, max(floor, verb_start - 40), verb_start))
    found = left_np(text, floor, toks[-1][1]) if toks else None
    return found if found is not None else sentence_subject(ctx, cue.start)


_OPEN_RELATIVE_RE = re.compile(r"(?:,|\b[a-z]+)\s+(who|which)\s+([a-z]+)[^,;:\"\u2014\u2013()]{3,160}?"
                               r"\sand\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$")
_NOT_ANTECEDENT = NP_PREPOSITIONS | frozenset("to about on those".split())


def relative_coordinate(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """"Weaver, *who* came out and endorsed Clinton": a verb joined by "and" to the verb of a
    subject relative clause that is still open (no comma since "who") shares the relative
    pronoun as its subject, as PolNeAR marks it; None when no such clause ends at
    ``cue_start``. An object relative ("which he favors and says") or an indirect question
    ("asked about who ...") does not count.

    >>> t = "It won over Ann Lee, who met him and said she liked the plan."
    >>> s, e = relative_coordinate(t, 0, t.index("said")); t[s:e]
    'who'
    """
    if text.find(" and ", max(floor, cue_start - 24), cue_start) < 0:
        return None
    m = _OPEN_RELATIVE_RE.search(text, max(floor, cue_start - 200), cue_start)
    if m is None or m.group(2) in PRONOUNS or m.group(2) in DETERMINERS:
        return None
    before = words(text, max(floor, m.start(1) - 20), m.start(1))
    if not before or lower_word(text, before[-1]) in _NOT_ANTECEDENT:
        return None
    return m.span(1)


_PHRASE_AUXILIARIES = _VERB_BEFORE - {"to"}
_AGENT_OR_NAME_RE = re.compile(r"\bby\b|[A-Z]")


def _subject_of_verb_phrase(ctx: Ctx, cue: Cue, src: tuple[int, int],
                            floor: int) -> tuple[int, int]:
    """"Republicans can *reasonably campaign* saying", "Ann was *heard on a microphone*
    telling": the walk before a participle took the verb phrase of an auxiliary for the source;
    the auxiliary's subject speaks. Else ``src`` unchanged (a person or a group stays:
    "has left *62 percent of voters* saying")."""
    text = ctx.text
    first = words(text, src[0], min(src[1], src[0] + 30))[0]
    word = text[first[0]:first[1]]
    before = words(text, max(floor, src[0] - 12), src[0])
    if not before or not word.islower() or word in DETERMINERS or word in PRONOUNS \
            or lower_word(text, before[-1]) not in _PHRASE_AUXILIARIES \
            or boundary_between(text, before[-1][1], src[0]):
        return src
    phrase = text[src[0]:src[1]]
    if _AGENT_OR_NAME_RE.search(phrase) or mention_info(phrase).type is not SourceType.UNKNOWN:
        return src  # "was driven by *the media* declaring", "about *Pope Leo* calling"
    return _subject_before(ctx, cue, before[-1][0], floor) or src


_VERB_PHRASE_SECOND = DETERMINERS | NP_PREPOSITIONS | frozenset(
    "him them us me to about over up out off into all".split())
_ING_NOUNS = frozenset("something anything everything nothing".split())


def _verb_phrase(text: str, src: tuple[int, int]) -> bool:
    """Does the phrase the walk found open with a verb and its object or preposition
    ("*inhaling the* theories", "*gathered at* local conventions")? A verb phrase is no
    speaker.

    >>> t = "inhaling the theories"; _verb_phrase(t, (0, len(t)))
    True
    """
    if not text[src[0]].islower():
        return False  # the common case, tested before any word is split off
    toks = words(text, src[0], min(src[1], src[0] + 40))
    if len(toks) < 2:
        return False
    first, second = text[toks[0][0]:toks[0][1]], lower_word(text, toks[1])
    if first.endswith("ing") and second == "of":
        return False  # "polling of his members": a noun
    return first.islower() and first.endswith(("ing", "ed")) and first not in _ING_NOUNS \
        and second in _VERB_PHRASE_SECOND


def _passive_agent(text: str, src: tuple[int, int]) -> tuple[int, int] | None:
    """The agent of the passive verb that opens ``src`` ("angered by *the media* declaring"),
    else None (a verb phrase like "inhaling the theories" is no speaker)."""
    toks = words(text, src[0], src[1])
    return (toks[2][0], src[1]) if len(toks) > 2 and lower_word(text, toks[1]) == "by" else None


def in_relative_clause(text: str, raw: RawAttribution) -> bool:
    """Is ``raw`` a relative clause's own cue ("others *who want* to ban abortion said")? Its
    cue does not close the next cue's subject, which reaches back over the clause.

    >>> from claimtrace.attributions import find_attributions
    >>> from claimtrace.model import Sentence, Span
    >>> t = "Others who want to ban abortion said the bill would pass."
    >>> found = find_attributions(t, [Sentence(0, Span.of(t, 0, len(t)), 0)], original=t)
    >>> [(t[slice(*r.source)], in_relative_clause(t, r)) for r in found]
    [('who', True), ('Others who want to ban abortion', False)]
    """
    if raw.source is None:
        return False
    if raw.rule == "reduced_passive_by" and raw.content and raw.content[0][1] <= raw.cue[0]:
        return True  # "A memo *written by* inspectors says": the participle describes the memo
    return text[raw.source[0]:raw.source[1]].lower() == "who"


def _verb_not_source(text: str, src: tuple[int, int], floor: int) -> bool:
    """Is the one-word "source" left of a cue a verb ("has *avoided* criticizing", "are quick to
    *offer* praise", ", *committing* repeated gaffes")?"""
    word = text[src[0]:src[1]]
    if not word.isalpha() or not word.islower() or word in SUBJECT_PRONOUNS \
            or word in ("who", "which", "that"):
        return False  # several words, a name, a pronoun
    before = words(text, max(floor, src[0] - 20), src[0])
    prev = text[before[-1][0]:before[-1][1]].lower() if before else ""
    return word.endswith("ing") or (word.endswith(("ed", "en", "wn")) and prev in _VERB_BEFORE)



def phrase_after_quote(text: str, start: int, end: int, *,
                        max_words: int = 25) -> tuple[int, int] | None:
    """After '"...," said': every word up to the next comma, bracket, dash or the sentence's
    end is the speaker, when the noun-phrase walk stops early ('said *Will* Doyle', 'said
    *current* and former officials', 'said one owner of a shop that sells ... who declined
    to be named').

    >>> t = '"It will pass," said Will Doyle, a pilot.'
    >>> t[slice(*phrase_after_quote(t, t.index("said") + 4, len(t)))]
    'Will Doyle'
    >>> t = '"It will pass," said current and former officials.'
    >>> t[slice(*phrase_after_quote(t, t.index("said") + 4, len(t)))]
    'current and former officials'
    """
    toks = words(text, start, end)
    if not toks or boundary_between(text, start, toks[0][0]):
        return None
    first = text[toks[0][0]:toks[0][1]]
    if not (first[0].isupper() or first[0].isdigit() or first in _SPEAKER_OPENERS):
        return None
    stop = next((i for i in range(1, len(toks))
                 if boundary_between(text, toks[i - 1][1], toks[i][0])
                 or lower_word(text, toks[i]) in _SUBORDINATORS), len(toks))
    lows = [lower_word(text, t) for t in toks[:stop]]
    clause = next((i for i, w in enumerate(lows) if w in ("who", "that", "which")), stop)
    if stop > max_words or any(w in _VERB_BEFORE or w in reporting_verbs()
                               and w not in weak_verb_forms() for w in lows[1:clause]):
        return None  # "said the candidate could be ...": a clause; "state Sen. X said": no cue
    return toks[0][0], toks[stop - 1][1]


_SPEAKER_OPENERS = frozenset("a an the one two three four five several many some current "
                             "former senior top longtime".split())
_SUBORDINATORS = frozenset("as when while after before because since although though until if "
                           "whereas adding".split())


# verbs whose object can be a noun cue: "X *had* no such praise for", "X *have* two main questions"
_HAVING_VERBS = frozenset("have has had having made makes make gave gives give offered offers "
                          "issued repeated expressed voiced raised".split())
_HAVING_FILLERS = frozenset("all both also still already now again just".split())
_HAVING_RE = re.compile(r"\b(?:" + "|".join(sorted(_HAVING_VERBS)) + r")\b")


def _haver(ctx: Ctx, cue: Cue, src: tuple[int, int], floor: int) -> tuple[int, int]:
    """The subject of "have" (or "make", "offer", ...) when the walk took the modifiers of a noun
    cue, its object, for the source ("Ann Lee *had no such* praise for the plan", "residents
    *have two main* questions", "the mayor would *have a difficult* time vetoing it"): the
    phrase names no one, and the one who has the praise or the questions speaks (session 6, train
    error analysis: 5 spans changed, 4 now with the gold head word, none before). Else ``src``."""
    text = ctx.text
    if _HAVING_RE.search(text, max(floor, src[0] - 30), src[0]) is None:
        return src  # the common case: no "have" before the phrase
    before = words(text, max(floor, src[0] - 30), src[0])
    while before and lower_word(text, before[-1]) in _HAVING_FILLERS:
        before = before[:-1]
    if not before or lower_word(text, before[-1]) not in _HAVING_VERBS \
            or boundary_between(text, before[-1][1], src[0]):
        return src  # the common case: no "have" before the phrase
    toks = words(text, src[0], src[1])
    if any(not text[s].islower() for s, _ in toks) or lower_word(text, toks[0]) in ("who", "which", "that") \
            or mention_info(text[src[0]:src[1]]).type is not SourceType.UNKNOWN \
            or mention_info(text[src[0]:src[1]]).pronoun is not None:
        return src
    subject = _subject_before(ctx, cue, before[-1][0], floor)
    return subject if subject is not None else src
