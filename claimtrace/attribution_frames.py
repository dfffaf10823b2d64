"""Attribution frames: from one cue to its source span, content span(s) and pattern.

One function per pattern of TAXONOMY.md (``according_to``, passive, verb frames with the
source before or after the verb); participles, gerunds, infinitives and sourceless cues are in
``clause_frames``, speaker labels in ``label_frames``. Each
returns a ``RawAttribution`` carrying the rule that fired and the evidence it saw, or None.
``attributions.find_attributions`` tries them for every cue of every sentence.

>>> from claimtrace.model import Sentence, Span
>>> from claimtrace.cues import find_cues
>>> text = 'The talks will go on, one official said.'
>>> ctx = Ctx(text, Sentence(0, Span.of(text, 0, len(text)), 0), [], None, [])
>>> raw = frame(ctx, find_cues(text, 0, len(text), [])[0])
>>> text[raw.source[0]:raw.source[1]], raw.pattern.value
('one official', 'content_source_verb')
"""

from __future__ import annotations

import re

from .clause_frames import (
    after_comma_adverb,
    after_quote,
    agentless_passive,
    participle,
    reduced_passive,
    sentence_subject,
    sourceless,
)
from .cues import Cue
from .frame_context import (
    Ctx,
    RawAttribution,
    boundary_before,
    content_after,
    content_before,
    is_participle,
    span_text,
)
from .infinitive_frames import aspect_without_speech, evidential_speaker, infinitive
from .label_frames import speaker_label
from .model import Pattern, SourceType
from .source_repairs import (
    across_named_thing,
    in_relative_clause,
    past_opening_place,
    phrase_after_quote,
    relative_coordinate,
    repair_left_source,
    within_opening_aside,
)
from .span_words import (
    BE_FORMS,
    DETERMINERS,
    NP_PREPOSITIONS,
    PRONOUNS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
    time_or_amount,
)
from .spans import (
    appositive_np,
    has_word,
    left_np,
    set_off_date_start,
    strip_trailing_punct,
    strip_ws,
    words,
)
from .spans_aside import opening_name_aside
from .spans_right import according_tail, extend_appositive, is_adverbial_tail, right_np
from .weak_cues import bare_complement, embedded, mention_info, relative_gap

__all__ = ["Ctx", "RawAttribution", "frame", "speaker_label"]

# (a date may come first: "It was reported last week that ...", blind batch 37, session 16)
_THAT_OR_TO_RE = re.compile(r"\s*(?:(?:(?:last|this|next|on|early|late|earlier)\s+){1,2}[A-Za-z]+\s+)?(that|to)\b")

_NEW_CLAUSE_RE = re.compile(r"\s*(?:,\s*(?:and|but|while|whereas)\b|;)")
# after a content-first cue: a new clause, a quotation or a participle clause
_TAIL_CLAUSE_RE = re.compile(_NEW_CLAUSE_RE.pattern + r"|\s*,\s*(?:\"|adding|according|citing|saying)\b")

_COMMA_QUOTE_RE = re.compile(r'\s*,\s*"')

_THAT_RE = re.compile(r"\s*(?:that\b|:)?\s*", re.IGNORECASE)

_BY_RE = re.compile(r"\bby\s+", re.IGNORECASE)

_INTENTION = frozenset("plan want hope expect intend seek refuse decline pledge vow promise".split())

_TO_RE = re.compile(r"\s+to\s+[a-z]")

_WEAK_OK_RE = re.compile(r"\s*(?:that\b|:|,?\s*\")|"
                         # an aside before the clause: "Conservative voters believe, correctly,
                         # that ..." (blind batch 21, session 16)
                         r",\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3},\s*that\b", re.IGNORECASE)
# a date between "found" and its clause: "The appeals court found *in July* that ..." (blind
# batch 5; "found" alone needs a document or a clause right after it)
_DATED_THAT_RE = re.compile(r"\s+(?:(?:in|on|last|earlier|this|late|early)\s+){1,2}(?:[A-Z][a-z]+|\d{4}|"
                            r"week|month|year|spring|summer|fall|autumn|winter)(?:\s+\d{4})?\s+that\b")

# Verbs of saying that put their subject after them ("..., said Pompeo"; "..., wrote Smith").
_INVERTING = frozenset(
    "say add note write ask explain continue reply respond answer insist argue warn recall "
    "admit acknowledge concede declare announce state observe remark quip joke tweet claim "
    "predict suggest counter caution complain confirm conclude boast promise recount report "
    "emphasize stress agree allege assert contend maintain reiterate repeat urge read "
    # blind batch 10: '"That's not good enough," shouted a woman near the front'
    "shout yell exclaim whisper".split()
)


_BE_AUX_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

_CONTRACTED_ARE_RE = re.compile(r"\w['\u2019]re\s+$")
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ld", "id", "ght", "nt", "ne")


def _be_passive(text: str, floor: int, cue: Cue) -> bool:
    """Is the cue's verb a passive participle after a form of "be", with or without adverbs
    in between ("were deemed", "was first noted", "was not shown", "they're told")?

    >>> from claimtrace.cues import find_cues
    >>> t = "The toll was first criticized in May."
    >>> _be_passive(t, 0, find_cues(t, 0, len(t), [])[-1])
    True
    """
    if _BE_AUX_RE.search(text, max(floor, cue.verb_start - 12), cue.verb_start):
        return True
    verb = text[cue.verb_start:cue.end].split(" ", 1)[0]
    if not verb.endswith(_PARTICIPLE_ENDINGS):
        return False  # "They're supportive of", "All we have to do is not nominate"
    return bool(_CONTRACTED_ARE_RE.search(text, max(floor, cue.verb_start - 12), cue.verb_start)) \
        or cue.start < cue.verb_start and not BE_FORMS.isdisjoint(
            text[cue.start:cue.verb_start].lower().split())


_INFINITIVE_RE = re.compile(r"(?<![\w'])[Tt]o\s+$")

_CLAUSE_OPENER_RE = re.compile(r'\b(?:that|if|whether)\b|"')

# "and said", "then says", "but has since said", "and on Monday announced": a verb coordinated
# with the clause's own, past time words ("-ly" adverbs, measured on PolNeAR train, brought as
# many adjectives as verbs: "and racially charged", "and widely expected")
_COORD_RE = re.compile(r"\b(?:and|but|then|or)\s+(?:(?:also|then|later|since|now|still|even|again|"
                       r"soon|has|have|had|on\s+[A-Z][a-z]+day)\s+){0,2}$")

# agentless passives that report without a that/to clause (train: declared 5 of 7, announced
# 7 of 10 were annotated; "seen", "viewed", "confirmed", "disclosed" were below 0.4)
_BARE_PASSIVES = frozenset(["declared", "announced"])
_DEMONSTRATIVE = frozenset({"this", "that", "it", "these", "those", "such"})

_DETERMINERS = frozenset("the a an his her their its our".split())
_RECIPIENT_WORDS = frozenset(
    "the a an his her their its our reporters journalists him her them me us you lawmakers "
    "senators investigators supporters members voters crowd audience congress colleagues "
    "interviewers viewers listeners readers".split()
)


# "said that according to its analysis, the party won": the phrase opens the clause
_OPENS_CLAUSE_RE = re.compile(r"\b(?:that|if|whether|because|and|but)\s*,?\s*$", re.IGNORECASE)


# a clause joined by ", and" whose subject the phrase interrupts: ", and *Senate Democrats*, "
_PHRASE_THEN_PREDICATE_RE = re.compile(r"[^,.;\n]+,\s+[a-z]")  # "..., according to an aide, will"
_JOINED_SUBJECT_RE = re.compile(r"[,;]\s+(?:and|but)\s+((?:[\w'\-.]+\s+){0,4}[\w'\-.]+),\s*$")


def _according(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    src = right_np(text, cue.end, sent.end, max_words=16, any_first=True)
    if src is None:
        toks = words(text, cue.end, min(sent.end, cue.end + 200))
        if not toks:
            return None
        src = (toks[0][0], toks[0][1])
    before = content_before(ctx, cue.start)
    joined = _JOINED_SUBJECT_RE.search(text, max(sent.start, cue.start - 80), cue.start)
    if before and joined is not None and before[0] < joined.start(1) \
            and _PHRASE_THEN_PREDICATE_RE.match(text, cue.end, sent.end):
        before = joined.span(1)  # "X told reporters A, and Senate Democrats, according to an
        # aide, will try again" (session 17, blind batch 40): only the joined clause is the aide's
    fragments = []
    if before and len(words(text, *before)) >= 2:
        fragments.append(before)
    comma = text.find(",", src[1], min(sent.end, cue.end + 200))
    if fragments and not _OPENS_CLAUSE_RE.search(text, max(sent.start, cue.start - 12), cue.start):
        src = according_tail(text, src, sent.end)
    elif comma > 0 and '"' not in text[src[1]:comma]:
        # "According to exit polls by the AP and the networks, nearly half ...": the source
        # phrase runs to the comma that opens the content
        src = strip_trailing_punct(text, src[0], comma)
    after = content_after(ctx, src[1])
    if after:
        s, e = after
        while s < e and text[s] in ', ':
            s += 1
        if has_word(text, s, e):
            fragments.append((s, e))
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), src, fragments, Pattern.ACCORDING_TO,
                          sent.index, "according_to", f"'according to' + {span_text(text, src)!r}")


def _passive(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    by = _BY_RE.search(text, cue.end, min(sent.end, cue.end + 80))
    subject = strip_ws(text, sent.start, cue.start)
    subj_words = words(text, max(subject[0], subject[1] - 200), subject[1])
    if by and time_or_amount(text, by.end(), sent.end):
        by = None  # "is expected by the summer", "to expand by 25 pct": a deadline, no agent
    if by and not any(ch in text[cue.end:by.start()] for ch in ',;"'):
        src = right_np(text, by.end(), sent.end, max_words=14, any_first=True)
        if src is None:
            return None
        if len(subj_words) == 1 and text[slice(*subj_words[0])].lower() in _DEMONSTRATIVE \
                and ctx.prev_sentence is not None:
            prev = ctx.prev_sentence
            content: tuple[int, int] | None = strip_trailing_punct(text, prev.start, prev.end)
            rule = "passive_by_demonstrative"
        elif not has_word(text, *subject) and text[cue.start:cue.start + 2].lower() == "as":
            comma = text.find(",", src[1], sent.end)  # "As reported by the Times, the deal ..."
            content = content_after(ctx, comma + 1) if comma >= 0 else None
            rule = "passive_by"
        else:
            content = strip_ws(text, *subject)
            rule = "passive_by"
        if content is None or not has_word(text, *content):
            return None
        return RawAttribution((cue.start, cue.end), src, [content], Pattern.PASSIVE, sent.index, rule,
                              f"passive {text[cue.start:cue.end]!r} ... by {span_text(text, src)!r}")
    rest = text[cue.end:sent.end]
    if _seen_as(text, cue, subj_words, rest):
        m = None  # "Rubio is widely seen as the favourite": a perception, no agent
    elif cue.lemma not in ("reported", "said", "believed", "thought", "rumored", "rumoured",
                           "alleged", "announced", "declared", "expected", "told"):
        return None
    else:
        m = _THAT_OR_TO_RE.match(rest)
        if not m and cue.lemma not in _BARE_PASSIVES:
            return None
    if m:
        after = content_after(ctx, cue.end + (m.start(1) if m.group(1) == "that" else 0))
    else:  # "Sanders was declared the winner", "the deal was announced on Friday"
        after = None if is_adverbial_tail(rest) else content_after(ctx, cue.end)
    is_it = len(subj_words) == 1 and text[slice(*subj_words[0])].lower() == "it"
    fragments = [after] if after else []
    if not is_it and subj_words:
        fragments.insert(0, (subj_words[0][0], subj_words[-1][1]))
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), None, fragments, Pattern.NO_SOURCE, sent.index,
                          "passive_no_agent", f"agentless {text[cue.start:cue.end]!r}")


_AS_RE = re.compile(r"\s+as\b")
_PERCEPTION_PASSIVES = frozenset(["seen", "viewed"])
_RELATIVE_SUBJECTS = frozenset("who which that what whose".split())


def _seen_as(text: str, cue: Cue, subj_words: list[tuple[int, int]], rest: str) -> bool:
    """"The kingdom is viewed as a bulwark": "seen"/"viewed" + "as" after a form of "be",
    whose subject is not a relative pronoun ("a state that is seen as ...", "what is seen as
    ...": PolNeAR train mostly leaves those unmarked) nor "being" ("risk being seen as").
    Train: 13 of 15 such passives were annotated."""
    if cue.lemma not in _PERCEPTION_PASSIVES or not _AS_RE.match(rest):
        return False
    if text[cue.start:cue.verb_start].split()[:1] == ["being"] or not subj_words:
        return False
    return text[slice(*subj_words[-1])].lower() not in _RELATIVE_SUBJECTS


def _skip_recipient(text: str, start: int, end: int, told: bool = True) -> int:
    """After "told"/"asked": the offset just past the recipient ("told *Reuters on Sunday* that").

    When a that/if/whether clause or a quote opens within a few words, the content starts there.
    After "told", a determiner's noun phrase is the recipient ("told *a local paper*"); after
    "asked" PolNeAR train as often counts it in the content ("asked a judge to block ...").

    >>> t = "told the committee on Tuesday the plan would fail"
    >>> t[_skip_recipient(t, 4, len(t)):]
    ' on Tuesday the plan would fail'
    """
    m = _CLAUSE_OPENER_RE.search(text, start, min(end, start + 90))
    if m and len(words(text, start, m.start())) <= 12 and '"' not in text[start:m.start()]:
        return m.start()
    pos = start
    toks = words(text, start, min(end, start + 200))
    after_det = 0  # words taken since a determiner: "told *the committee*", "told *a local paper*"
    for i, (s, e) in enumerate(toks):
        w = text[s:e]
        lw = w.lower()
        lower_ok = (lw in _RECIPIENT_WORDS and (i == 0 or lw not in _DETERMINERS)) or (
            i == 0 and w.endswith("s") and w.isalpha()) or (
            0 < after_det < 4 and lw.isalpha() and lw not in _NOT_IN_RECIPIENT)
        if after_det and lw in _TOLD_THINGS:
            return start  # "told *a different story*", "tells the truth": what is told, no recipient
        if (w[0].isupper() or lower_ok) and not text[pos:s].strip(" "):
            pos = e
            after_det = 1 if told and i == 0 and lw in _DETERMINERS else after_det + (after_det > 0)
        else:
            break
    return pos


_TOLD_THINGS = frozenset("story stories tale tales lie lies joke jokes truth version anecdote "
                         "anecdotes".split())
# words that end a recipient's noun phrase after its determiner ("told the committee *on*
# Tuesday", "told the board *the* plan would fail", "told a crowd *he* would win")
_NOT_IN_RECIPIENT = STOP_WORDS | NP_PREPOSITIONS | DETERMINERS | PRONOUNS | frozenset(
    "to about into during".split())


def _participle(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """:func:`participle`, past the recipient of "telling": "..., telling *reporters* that ..."
    (session 7, train error analysis: 35 contents changed, 23 now exact, 1 exact before; after
    "asking" the recipient is as often content: "asking *them* to host events")."""
    raw = participle(ctx, cue)
    if raw is not None and cue.kind == "told":
        s, e = raw.content[0]
        skip = strip_ws(ctx.text, _skip_recipient(ctx.text, s, e), e)[0]
        if skip > s and has_word(ctx.text, skip, e):
            raw.content[0] = (skip, e)
    return raw


# verbs of saying that follow a quotation without a comma in careless copy ('"We won" said Doe')
_BARE_INVERTING = frozenset("say add tell ask write".split())


# the comma and "as" before an outlet whose report the clause before retells (blind batch 34,
# session 16)
_COMMA_AS_RE = re.compile(r",\s*as\s+$")


def _quoted_subject(text: str, close: int, cue: Cue) -> bool:
    """Does the quotation closing at ``close`` end on a word, with no comma or stop inside its
    marks, before a verb that is not plain "said"? Then the quotation holds the verb's subject
    ('... "as long as the U.S. imperialists" maintained troops'; blind batch 24, session 16)."""
    return text[close - 1:close].isalnum() and cue.lemma not in _BARE_INVERTING


def _verb_frame(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    if _INFINITIVE_RE.search(text, max(sent.start, cue.verb_start - 4), cue.verb_start):
        return infinitive(ctx, cue)  # "declined to say" (no), "took the stage to assail" (yes)
    if _be_passive(text, sent.start, cue) and not is_participle(text, cue):
        return agentless_passive(ctx, cue)  # "has been criticized", "were deemed"
    if aspect_without_speech(text, cue):
        return None  # "went on to win the race": no statement
    after_cue = cue.end
    if cue.kind == "told" or cue.lemma == "ask":
        after_cue = _skip_recipient(text, cue.end, sent.end, cue.kind == "told")
    tail = text[after_cue:sent.end]
    # the comma before a lone date counts ("X, saying ..., today urged"; left_np takes no date)
    boundary = boundary_before(text, sent.start, set_off_date_start(text, sent.start, cue.start))
    # "..., said Pompeo." : content + verb + source
    if boundary is not None and boundary > sent.start and cue.lemma in _INVERTING \
            and cue.start == cue.verb_start and not is_participle(text, cue) \
            and not (text[boundary] == '"' and _quoted_subject(text, boundary, cue)):
        src = right_np(text, cue.end, sent.end, any_first=True)
        quoted = text[boundary] == '"' or text[boundary - 1:boundary] == '"'
        if quoted and not cue.weak \
                and (src is None or not _source_then_end(text, src[1], sent.end)):
            src = phrase_after_quote(text, cue.end, sent.end) or src
        if src and _source_then_end(text, src[1], sent.end) and (
                quoted or _inverted_speaker(text, src)
                and opening_name_aside(text, sent.start, cue.start) is None):
            content = content_before(ctx, boundary + (1 if text[boundary] == '"' else 0))
            if content:
                src = (src[0], _relative_or_appositive_end(text, src[1], sent.end))
                return RawAttribution((cue.start, cue.end), src, [content],
                                      Pattern.CONTENT_VERB_SOURCE, sent.index, "inverted_verb",
                                      f"content, then {text[cue.start:cue.end]!r} + source")
    floor = sent.start  # the end of the last attribution found before the cue, if any
    for a in reversed(ctx.found):  # the latest first: the largest ends, so the test rarely runs
        if floor < a.cue[1] <= cue.start and not in_relative_clause(text, a):
            floor = a.cue[1]
    if is_participle(text, cue) and after_comma_adverb(text, sent.start, cue.start):
        return _participle(ctx, cue)  # "..., eventually saying he would be a disaster"
    walked = left_np(text, floor, cue.start)
    src = repair_left_source(ctx, cue, walked, floor)
    if src is not None and _naming(text, cue, src):
        return None  # "a group called Citizens for Trump": a name given, not a statement
    if src is not None and _idiom_or_noun(text, cue, src):
        return None  # "That said, ...", "has the final say": no statement
    if src is None and boundary is not None and text[boundary] == "," \
            and is_participle(text, cue) and not _progressive(text, cue):
        return _participle(ctx, cue)  # "..., citing three people familiar with ..."
    if src is None and boundary is not None and text[boundary] == ",":
        src = appositive_np(text, sent.start, boundary)
        if src is not None:
            src = across_named_thing(ctx, sent.start, src)  # 'A man in a "MAGA" cap, 42, said'
    if src is not None and src[0] > sent.start and floor == sent.start and not cue.weak:
        src = within_opening_aside(text, sent.start, cue.start, src)
        src = past_opening_place(text, sent.start, src)  # "In X County, the director, Y, said"
    if src is None and not cue.weak and not is_participle(text, cue):
        src = opening_name_aside(text, sent.start, cue.start)  # "Tom Fitton, the head of ..., said"
    coordinated = False
    if src is None and (_COORD_RE.search(text, max(sent.start, cue.start - 40), cue.start)
                        or text[cue.start:cue.verb_start].strip().lower() == "then"
                        or _series_verb(ctx, cue)):
        src = relative_coordinate(text, sent.start, cue.start) \
            or sentence_subject(ctx, cue.start)  # "X survived ... and says ..."
        coordinated = src is not None
    if src is None:
        return _participle(ctx, cue)
    intention = cue.lemma in _INTENTION and bool(_TO_RE.match(text, after_cue))
    adverbial_tail = is_adverbial_tail(tail) and not (  # read three times below; "found at
        cue.kind == "evidence" and _AT_LEAST_RE.match(tail))  # least four posts": an amount
    if src[0] == sent.start and adverbial_tail and not intention:
        return after_quote(ctx, cue, src)
    b = boundary_before(text, sent.start, src[0])
    if b is None and adverbial_tail and cue.lemma == "report":
        as_m = _COMMA_AS_RE.search(text, max(sent.start, src[0] - 8), src[0])
        b = as_m.start() if as_m is not None else None  # "..., as Politico first reported Monday."
    if b is None and walked is not None and walked[0] < src[0] and walked[1] == src[1]:
        b = boundary_before(text, sent.start, walked[0])  # "..., an offer *the board* rebuffed"
    content_tail: bool | re.Match[str] | None = adverbial_tail or _TAIL_CLAUSE_RE.match(tail)
    if cue.weak and tail.strip(" .!?\n") and not _NEW_CLAUSE_RE.match(tail):
        content_tail = False  # "..., Tehran launched a missile attack on the base": a noun
    if b is not None and b > sent.start and content_tail:
        end = b + 1 if text[b] == '"' else b
        content = content_before(ctx, end)
        if content is None:
            return None
        fragments = [content]
        m = _COMMA_QUOTE_RE.match(tail)
        if m:
            more = content_after(ctx, after_cue + m.end() - 1)
            if more:
                fragments.append(more)
        return RawAttribution((cue.start, cue.end), src, fragments, Pattern.CONTENT_SOURCE_VERB,
                              sent.index, "content_first",
                              f"content, then source {span_text(text, src)!r} + {text[cue.start:cue.end]!r}")
    m = _THAT_RE.match(text, after_cue)
    start = after_cue if not m else after_cue + (m.end() - m.start() if text[m.start():m.end()].strip() == ":" else 0)
    if cue.kind == "believe" and embedded(text, src, sent.start) \
            and not relative_gap(text, cue, src, after_cue, sent.end, sent.start):
        return None  # "said she planned to ...": the intention is inside another's content
    if cue.kind in ("believe", "evidence") and text[src[0]:src[1]].lower() == "that":
        return None  # "a plan that seeks ...", "records that show ...": a description
    if cue.lemma in _NEEDS_SPEAKER and mention_info(text[src[0]:src[1]]).type is SourceType.UNKNOWN \
            and mention_info(text[src[0]:src[1]]).pronoun is None:
        return None  # "2,205 delegates, compared with Sanders' 1,401": a comparison, no speaker
    if cue.lemma == "find" and not _WEAK_OK_RE.match(text, after_cue) \
            and not _DATED_THAT_RE.match(text, after_cue) and not _IN_DOCUMENT_THAT_RE.match(text, after_cue) \
            and mention_info(text[src[0]:src[1]]).type not in (SourceType.DOCUMENT, SourceType.MEDIA):
        return None  # "he found sanctuary in Russia": "found" needs a document or a clause
    bare = False
    if cue.weak and not _WEAK_OK_RE.match(text, after_cue) and not (
            cue.lemma in _INTENTION and _TO_RE.match(text, after_cue)) \
            and not (cue.lemma in _ASIDE_LEMMAS and _between_commas(text, sent.start, src, after_cue)):
        bare = bare_complement(text, cue, src, after_cue, sent.end, sent.start)
        if not bare:
            return None  # "his plans", "I think so": a noun, or a belief with no clause
    comma = _as_clause_comma(text, sent.start, src, after_cue, sent.end)
    if comma is not None:
        start, intention = comma + 1, True  # "As the Times reported last week, the deal ..."
    content = content_after(ctx, start)
    if content is None and _ENDS_WITH_COLON_RE.match(text, after_cue, sent.end):
        content = _next_paragraph_quote(text, sent.end)  # 'he declared:' + a quoted paragraph
        intention = intention or content is not None
    if content is None or (adverbial_tail and not intention):
        return None  # "said on Tuesday." (but "declined to comment on ..." is a content)
    pattern = {"told": Pattern.TOLD, "believe": Pattern.BELIEF,
               "media_first": Pattern.MEDIA_REPORT}.get(cue.kind, Pattern.SOURCE_VERB_CONTENT)
    return RawAttribution((cue.start, cue.end), src, [content], pattern, sent.index,
                          "coordinated_subject" if coordinated else
                          f"bare_complement:{cue.kind}" if bare else f"source_verb_content:{cue.kind}",
                          f"source {span_text(text, src)!r} + {cue.kind} cue {text[cue.start:cue.end]!r}")


# "The Kaiser Family Foundation found *in an analysis this summer that* ..." (session 17, blind
# batch 40): a body finds in its own study
_IN_DOCUMENT_THAT_RE = re.compile(r"\s+in\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){0,2}?(?:analysis|study|"
                                  r"report|survey|review|poll|paper|audit)\b[^.;\n]{0,40}?\s+that\b")
_AT_LEAST_RE = re.compile(r"\s+at\s+(?:least|most)\b", re.IGNORECASE)
_NAMED_AFTER_RE = re.compile(r"\s+(?:[A-Z\"]|the\s+[A-Z])")


_ENDS_WITH_COLON_RE = re.compile(r"[^:\n]{0,60}:\s*$")
_NEXT_QUOTE_RE = re.compile(r"\s*\n\s*(\"[^\n]+)")


_SERIES_COMMA_RE = re.compile(r",\s*$")
# cues that follow a comma without being a verb of a series: "..., compared with 40 percent",
# "better than, say, a tax"
_NOT_SERIES = frozenset({"compare"})


def _series_verb(ctx: Ctx, cue: Cue) -> bool:
    """Is ``cue`` a finite verb in a series after a comma ("He mocked the plan, *called* it a
    fraud and left"; a headline's "Ortiz wins, *vows* to ..."). Its subject is the clause's, as
    after "and". Not after a cue set off by commas ("His wife, he says, *plans* to leave": the
    verb is part of what he says). Session 7, train error analysis: 62 new cues, 42 of them
    annotated (the missed ones mostly reduced relatives: "a film, written by ...").

    >>> from claimtrace.model import Sentence, Span
    >>> from claimtrace.cues import find_cues
    >>> t = "He mocked the plan, called it a fraud."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> [_series_verb(ctx, c) for c in find_cues(t, 0, len(t), [])]
    [False, False, True]
    """
    text, floor = ctx.text, ctx.sent.start
    return _SERIES_COMMA_RE.search(text, max(floor, cue.start - 4), cue.start) is not None \
        and cue.lemma not in _NOT_SERIES and not is_participle(text, cue) \
        and not text.startswith(",", cue.end) \
        and not any(cue.start - 4 <= a.cue[1] <= cue.start for a in ctx.found)


_PROGRESSIVE_AUX = frozenset("is are was were am".split())


def _progressive(text: str, cue: Cue) -> bool:
    """Is ``cue`` an -ing form after its own "is"/"are" ("Dana Reyes, who won the county, *is
    calling for* a recount")? A finite verb, then, whose subject stands before the comma aside,
    not a participle sharing the clause's subject (session 7, train error analysis: 11 new
    cues, 10 of them annotated).

    >>> from claimtrace.cues import find_cues
    >>> t = "Ann Lee, a senator, is urging calm."
    >>> _progressive(t, find_cues(t, 0, len(t), [])[0])
    True
    """
    return cue.start < cue.verb_start and \
        text[cue.start:cue.verb_start].split()[0].lower() in _PROGRESSIVE_AUX


_AS_OPENER_RE = re.compile(r"\s*(?:[Aa]s|[Jj]ust\s+as)\s+$")


def _as_clause_comma(text: str, floor: int, src: tuple[int, int], after: int, end: int) -> int | None:
    """The comma that closes an opening "As X reported ..." clause, whose content follows it."""
    if not _AS_OPENER_RE.fullmatch(text, floor, src[0]):
        return None
    comma = text.find(",", after, min(end, after + 60))
    if comma < 0 or '"' in text[after:comma]:
        return None
    return comma


def _next_paragraph_quote(text: str, end: int) -> tuple[int, int] | None:
    """The quoted paragraph that follows a sentence ending in a colon ("In a 1963 speech, he
    declared:" + a paragraph in quotes)."""
    m = _NEXT_QUOTE_RE.match(text, end)
    if m is None:
        return None
    return strip_trailing_punct(text, m.start(1), m.end(1))


_SAY_NOUN_BEFORE = frozenset("final last larger greater bigger big more little much equal real "
                             "strong no any a the".split())


def _idiom_or_noun(text: str, cue: Cue, src: tuple[int, int]) -> bool:
    """"That said, ..." (a discourse marker) and "the final say" (a noun) are not cues."""
    said = text[cue.start:cue.end]
    if said not in ("said", "say"):
        return False
    last = words(text, src[0], src[1])[-1]
    word = text[last[0]:last[1]]
    if said == "said" and word == "That" and src[1] - src[0] == 4 \
            and text[cue.end:cue.end + 1] == ",":
        return True
    return said == "say" and word in _SAY_NOUN_BEFORE and (
        len(words(text, src[0], src[1])) >= 2 or word in ("a", "the"))


_NEEDS_SPEAKER = frozenset(["compare"])
def _naming(text: str, cue: Cue, src: tuple[int, int]) -> bool:
    """"a short film called "Tenemos Familias"": a bare "called" after a common noun that
    introduces a name."""
    if text[cue.start:cue.end] not in ("called", "dubbed", "named", "titled"):
        return False
    last = words(text, src[0], src[1])[-1]
    word = text[last[0]:last[1]]
    return word.islower() and word not in ("he", "she", "they", "we", "i", "who", "you") \
        and bool(_NAMED_AFTER_RE.match(text, cue.end))


_PARENTHETICAL_RE = re.compile(r"\s*\([^()]{1,40}\)")

_SUBORDINATE_AFTER_RE = re.compile(r"\s+(?:as|when|while|after|before|because|since)\s+\w")
_RELATIVE_AFTER_RE = re.compile(r"\s+(?:who|whose)\b")


def _inverted_speaker(text: str, src: tuple[int, int]) -> bool:
    """After "..., said": a speaker ("Pompeo", "a senior official", "he"), not the object of a
    verb read backwards ("X, his aide, urged *a strong stand*, ...")."""
    if _PREPOSITION_FIRST_RE.match(text, src[0]):
        return False  # "Trump, asked *about the deal*, said": the verb's complement
    info = mention_info(text[src[0]:src[1]])
    return info.type is not SourceType.UNKNOWN or info.pronoun in ("he", "she", "they", "we", "i")


_PREPOSITION_FIRST_RE = re.compile(r"(?:about|on|for|of|over|with|at|in|into|to|from|by|whether|if)\s",
                                   re.IGNORECASE)


def _source_then_end(text: str, pos: int, end: int) -> bool:
    """After "said X": only adverbials, a comma, or a relative clause about X until the end."""
    m = _PARENTHETICAL_RE.match(text, pos, end)  # "Rep. Bobby Scott (D-Va.)"
    if m:
        pos = m.end()
    rest = text[pos:end]
    if is_adverbial_tail(rest) or rest.startswith(",") or _RELATIVE_AFTER_RE.match(rest) \
            or _SUBORDINATE_AFTER_RE.match(rest):
        return True  # "said Sanders as he closed out"
    comma = rest.find(",")
    return comma > 0 and is_adverbial_tail(rest[:comma])


def _relative_or_appositive_end(text: str, pos: int, end: int) -> int:
    """Where an inverted source ends: its parenthetical and appositive included."""
    if text.startswith(".", pos) and text[pos - 3:pos] in (" Jr", " Sr"):
        pos += 1  # "said John Smith Jr., a senior official"
    m = _PARENTHETICAL_RE.match(text, pos, end)
    if m:
        pos = m.end()
    if _RELATIVE_AFTER_RE.match(text, pos, end):
        return pos  # PolNeAR sources stop before the relative clause as often as not
    return extend_appositive(text, pos, end)


# weak cues that, set off by commas inside the content, are verbs ("the tax, aides believe,
# would ..."); not "plans", "tweets", "report", "detail" (nouns in a comma list as often)
_ASIDE_LEMMAS = frozenset("believe think hope expect fear suspect know note show find suggest "
                          "argue claim feel estimate".split())


_ASIDE_PRONOUNS = SUBJECT_PRONOUNS - {"i"}  # they, he, she, we: not a filler "I think", "you know"


def _between_commas(text: str, floor: int, src: tuple[int, int], after_cue: int) -> bool:
    """"The new tax, his advisers believe, would hurt ...": a weak cue and its source set off by
    commas inside the content (an aside, as with "said") need no that-clause."""
    b = boundary_before(text, floor, src[0])
    if b is None or b <= floor or text[b] != "," or not text.startswith(",", after_cue):
        return False
    info = mention_info(text[src[0]:src[1]])  # "Such efforts, they believe, will ..." (not the
    return info.type is not SourceType.UNKNOWN or info.pronoun in _ASIDE_PRONOUNS  # "you know"


_COMMA_END_RE = re.compile(r",\s+$")


def _after_comma_passive(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"The bill, *opposed by* House Republicans, failed": a participle and its agent set off by
    a comma after the noun phrase they describe (the comma hides the noun from the verb frame).
    PolNeAR train: 7 of 12 new attributions annotated."""
    text, sent = ctx.text, ctx.sent
    comma = _COMMA_END_RE.search(text, max(sent.start, cue.start - 4), cue.start)
    if comma is None:
        return None
    noun = left_np(text, sent.start, comma.start())
    return reduced_passive(ctx, cue, noun) if noun is not None else None


def frame(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """The attribution that ``cue`` heads in ``ctx``'s sentence, or None: the frame for the
    cue's kind (sourceless and evidential cues, "according to", passives), else a verb frame.

    >>> from claimtrace.cues import find_cues
    >>> from claimtrace.model import Sentence, Span
    >>> t = "The talks failed, according to two diplomats."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> raw = frame(ctx, find_cues(t, 0, len(t), [])[0])
    >>> t[raw.source[0]:raw.source[1]], t[raw.content[0][0]:raw.content[0][1]], raw.pattern.value
    ('two diplomats', 'The talks failed', 'according_to')
    """
    if cue.kind == "evidential" and cue.lemma != "reportedly":
        return evidential_speaker(ctx, cue) or sourceless(ctx, cue)
    if cue.kind in ("evidential", "asked"):
        return sourceless(ctx, cue)
    if cue.kind == "according":
        return _according(ctx, cue)
    if cue.kind == "passive":
        return _passive(ctx, cue)
    raw = _verb_frame(ctx, cue)
    if raw is None:
        return _after_comma_passive(ctx, cue)
    if raw.source is not None and raw.source[1] <= cue.start:
        # "a practice criticized by Miller": the noun before the participle is the content
        return reduced_passive(ctx, cue, raw.source) or raw
    return raw

