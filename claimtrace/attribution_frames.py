"""Attribution frames: from one cue to its source span, content span(s) and pattern.

One function per pattern of TAXONOMY.md (``according_to``, passive, verb frames with the
source before or after the verb, speaker labels, sourceless cues); each
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
from dataclasses import dataclass, field

from .cues import Cue
from .lexicons import reporting_verbs
from .model import Pattern, Sentence, SourceType
from .sources import classify
from .spans import (
    appositive_np,
    extend_appositive,
    has_word,
    is_adverbial_tail,
    left_np,
    right_np,
    strip_trailing_punct,
    strip_ws,
    subject_np,
    words,
)

_THAT_OR_TO_RE = re.compile(r"\s*(that|to)\b")
_TAIL_CLAUSE_RE = re.compile(r"\s*,\s*(?:\"|adding|according|citing|saying)")
_COMMA_QUOTE_RE = re.compile(r'\s*,\s*"')
_THAT_RE = re.compile(r"\s*(?:that\b|:)?\s*", re.IGNORECASE)
_BY_RE = re.compile(r"\bby\s+", re.IGNORECASE)
_INTENTION = frozenset("plan want hope expect intend seek refuse decline pledge vow promise".split())
_TO_RE = re.compile(r"\s+to\s+[a-z]")
_AGENTLESS_KINDS = frozenset({"speech", "believe", "told"})
# Speech verbs whose purpose infinitive is an action more than a statement ("to defend his
# record", "to nominate a judge"): measured on PolNeAR train, mostly not annotated.
_NOT_PURPOSE_SPEECH = frozenset("defend ask recommend describe nominate disclose mention "
                                "acknowledge reject confirm reveal deny admit recall promise "
                                "write".split())
# Words that take a "to + verb" as their object rather than a purpose: "able to say",
# "refused to comment" (the cue is the governing verb, or nothing is said).
_INFINITIVE_GOVERNORS = frozenset(
    "able unable want wants need needs going likely unlikely expected ready willing reluctant "
    "eager set due about have has had used ought try tries tried trying attempt seem seems "
    "appear appears allowed forced asked told urged refuse refuses declined decline plan plans "
    "hope hopes chance time way right effort efforts order opportunity decision bid pressure "
    "would could will may might must should can".split())
_WEAK_OK_RE = re.compile(r"\s*(?:that\b|:|,?\s*\")", re.IGNORECASE)
# Verbs of saying that put their subject after them ("..., said Pompeo"; "..., wrote Smith").
_INVERTING = frozenset(
    "say tell add note write ask explain continue reply respond answer insist argue warn recall "
    "admit acknowledge concede declare announce state observe remark quip joke tweet claim "
    "predict suggest counter caution complain confirm conclude boast promise recount report "
    "emphasize stress agree allege assert contend maintain reiterate repeat urge".split()
)
_BE_AUX_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_INFINITIVE_RE = re.compile(r"(?<![\w'])[Tt]o\s+$")
_CLAUSE_OPENER_RE = re.compile(r'\b(?:that|if|whether)\b|"')
_COORD_RE = re.compile(r"\b(?:and|but|then|or)\s+$")
_DEMONSTRATIVE = frozenset({"this", "that", "it", "these", "those", "such"})
_RECIPIENT_WORDS = frozenset(
    "the a an his her their its our reporters journalists him her them me us you lawmakers "
    "senators investigators supporters members voters crowd audience congress colleagues "
    "interviewers viewers listeners readers".split()
)
_LABEL_RE = re.compile(r"((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w'\-]*):\s+\S")
_NOT_SPEAKERS = frozenset("the a an related update updated watch video photos breaking exclusive "
                          "editor's note read live latest analysis opinion sources source "
                          "see also more q a contributing byline wow revealed name".split())
_SIGNATURE_RE = re.compile(r"[-\u2014\u2013\u2015]\s*((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w'\-]*)\s*[.,]?\s*$")
_LABEL_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.MEDIA})
_HEADLINE_LABEL_TYPES = _LABEL_TYPES | {SourceType.NAMED_ORG, SourceType.UNNAMED_GROUP,
                                        SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_SPECIFIC}
_SPEAKER_RE = re.compile(r"([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}):\s+\S")


@dataclass
class RawAttribution:
    """An attribution before source resolution (offsets into the text)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: list[tuple[int, int]]
    pattern: Pattern
    sentence: int
    rule: str
    evidence: str
    antecedent: tuple[int, int] | None = None  # for "who"/"which" sources
    parent: int | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Ctx:
    text: str
    sent: Sentence
    quotes: list[tuple[int, int]]
    prev_sentence: Sentence | None
    found: list[RawAttribution]


def _span_text(text: str, span: tuple[int, int] | None) -> str:
    return "" if span is None else text[span[0]:span[1]]


def _content_after(ctx: Ctx, start: int) -> tuple[int, int] | None:
    """Content from ``start`` to the end of the sentence (or of the quote it opens)."""
    text, sent = ctx.text, ctx.sent
    s, e = strip_ws(text, start, sent.end)
    for qs, qe in ctx.quotes:
        if qs == s and qe > e:  # a direct quote that runs on past this sentence
            return s, qe
    if e > s and text[e - 1] != '"':
        s, e = strip_trailing_punct(text, s, e)
    return (s, e) if has_word(text, s, e) else None


def _content_before(ctx: Ctx, end: int) -> tuple[int, int] | None:
    """Content from the sentence start (or the quote that began earlier) to ``end``."""
    text, sent = ctx.text, ctx.sent
    start = sent.start
    for qs, qe in ctx.quotes:
        if qs < start < qe:  # the sentence starts inside a quote opened earlier
            start = qs
    s, e = strip_ws(text, start, end)
    if e > s and text[e - 1] == ",":
        e -= 1
    s, e = strip_ws(text, s, e)
    return (s, e) if has_word(text, s, e) else None


def _boundary_before(text: str, floor: int, pos: int) -> int | None:
    """Offset of the comma/closing quote/dash right before ``pos`` (ignoring spaces)."""
    i = pos - 1
    while i >= floor and text[i].isspace():
        i -= 1
    if i >= floor and text[i] in ',"\u2014\u2013':
        return i
    return None


def _according(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    src = right_np(text, cue.end, sent.end, max_words=16, any_first=True)
    if src is None:
        toks = words(text, cue.end, min(sent.end, cue.end + 200))
        if not toks:
            return None
        src = (toks[0][0], toks[0][1])
    before = _content_before(ctx, cue.start)
    fragments = []
    if before and len(words(text, *before)) >= 2:
        fragments.append(before)
    comma = text.find(",", src[1], min(sent.end, cue.end + 200))
    if not fragments and comma > 0 and '"' not in text[src[1]:comma]:
        # "According to exit polls by the AP and the networks, nearly half ...": the source
        # phrase runs to the comma that opens the content
        src = strip_trailing_punct(text, src[0], comma)
    after = _content_after(ctx, src[1])
    if after:
        s, e = after
        while s < e and text[s] in ', ':
            s += 1
        if has_word(text, s, e):
            fragments.append((s, e))
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), src, fragments, Pattern.ACCORDING_TO,
                          sent.index, "according_to", f"'according to' + {_span_text(text, src)!r}")


def _passive(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    by = _BY_RE.search(text, cue.end, min(sent.end, cue.end + 80))
    subject = strip_ws(text, sent.start, cue.start)
    subj_words = words(text, max(subject[0], subject[1] - 200), subject[1])
    if by and not any(ch in text[cue.end:by.start()] for ch in ',;"'):
        src = right_np(text, by.end(), sent.end, max_words=14, any_first=True)
        if src is None:
            return None
        if len(subj_words) == 1 and text[slice(*subj_words[0])].lower() in _DEMONSTRATIVE \
                and ctx.prev_sentence is not None:
            prev = ctx.prev_sentence
            content = strip_trailing_punct(text, prev.start, prev.end)
            rule = "passive_by_demonstrative"
        else:
            content = strip_ws(text, *subject)
            rule = "passive_by"
        if not has_word(text, *content):
            return None
        return RawAttribution((cue.start, cue.end), src, [content], Pattern.PASSIVE, sent.index, rule,
                              f"passive {text[cue.start:cue.end]!r} ... by {_span_text(text, src)!r}")
    if cue.lemma not in ("reported", "said", "believed", "thought", "rumored", "rumoured",
                         "alleged", "announced", "expected"):
        return None
    rest = text[cue.end:sent.end]
    m = _THAT_OR_TO_RE.match(rest)
    if not m:
        return None
    after = _content_after(ctx, cue.end + (m.start(1) if m.group(1) == "that" else 0))
    is_it = len(subj_words) == 1 and text[slice(*subj_words[0])].lower() == "it"
    fragments = [after] if after else []
    if not is_it and subj_words:
        fragments.insert(0, (subj_words[0][0], subj_words[-1][1]))
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), None, fragments, Pattern.NO_SOURCE, sent.index,
                          "passive_no_agent", f"agentless {text[cue.start:cue.end]!r}")


def speaker_label(ctx: Ctx) -> RawAttribution | None:
    """"WALLACE: ..." in a transcript, a headline "Dr. Ben Carson: Clinton 'not fit'",
    or a signature paragraph ("- Sanders.") after a quotation."""
    text, sent = ctx.text, ctx.sent
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return None
    m = _SPEAKER_RE.match(text, sent.start, sent.end)
    if not m:
        m = _LABEL_RE.match(text, sent.start, sent.end)
        if not m or m.group(1).split()[0].lower() in _NOT_SPEAKERS or classify(m.group(1)).type \
                not in _label_types(sent.index):
            return _signature(ctx)
    colon = m.end(1)
    content = _content_after(ctx, colon + 1)
    if content is None:
        return None
    return RawAttribution((colon, colon + 1), (m.start(1), m.end(1)), [content],
                          Pattern.SOURCE_VERB_CONTENT, sent.index, "speaker_label",
                          f"paragraph opens with speaker {m.group(1)!r} and a colon")


def _label_types(sentence_index: int) -> frozenset[SourceType]:
    """Who may open a paragraph with a colon: a person or outlet anywhere; in the headline also
    an organisation or a group ("Historians: ...", "Insiders: ...")."""
    return _HEADLINE_LABEL_TYPES if sentence_index == 0 else _LABEL_TYPES


def _signature(ctx: Ctx) -> RawAttribution | None:
    """A paragraph that only names the speaker ("- Sanders.") after a quoted paragraph."""
    text, sent, prev = ctx.text, ctx.sent, ctx.prev_sentence
    m = _SIGNATURE_RE.match(text, sent.start, sent.end)
    if not m or prev is None or prev.paragraph != sent.paragraph - 1:
        return None
    quote = strip_trailing_punct(text, prev.start, prev.end)
    if text[quote[0]] != '"' or text[quote[1] - 1] != '"':
        return None
    if classify(m.group(1)).type is not SourceType.NAMED_PERSON:
        return None
    return RawAttribution((m.start(), m.start() + 1), (m.start(1), m.end(1)), [quote],
                          Pattern.CONTENT_SOURCE_VERB, sent.index, "signature",
                          f"the paragraph after a quotation is signed {m.group(1)!r}")


def _skip_recipient(text: str, start: int, end: int) -> int:
    """After "told"/"asked": the offset just past the recipient ("told *Reuters on Sunday* that").

    When a that/if/whether clause or a quote opens within a few words, the content starts there.
    """
    m = _CLAUSE_OPENER_RE.search(text, start, min(end, start + 90))
    if m and len(words(text, start, m.start())) <= 12 and '"' not in text[start:m.start()]:
        return m.start()
    pos = start
    toks = words(text, start, min(end, start + 200))
    for i, (s, e) in enumerate(toks):
        w = text[s:e]
        lower_ok = w.lower() in _RECIPIENT_WORDS or (i == 0 and w.endswith("s") and w.isalpha())
        if (w[0].isupper() or lower_ok) and not text[pos:s].strip(" "):
            pos = e
        else:
            break
    return pos


def _verb_frame(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    if _INFINITIVE_RE.search(text, max(sent.start, cue.verb_start - 4), cue.verb_start):
        return _infinitive(ctx, cue)  # "declined to say" (no), "took the stage to assail" (yes)
    if _BE_AUX_RE.search(text, max(sent.start, cue.verb_start - 12), cue.verb_start) \
            and not _is_participle(text, cue):
        return _agentless_passive(ctx, cue)  # "has been criticized", "were deemed"
    after_cue = cue.end
    if cue.kind == "told" or cue.lemma == "ask":
        after_cue = _skip_recipient(text, cue.end, sent.end)
    tail = text[after_cue:sent.end]
    boundary = _boundary_before(text, sent.start, cue.start)
    # "..., said Pompeo." : content + verb + source
    if boundary is not None and boundary > sent.start and cue.lemma in _INVERTING \
            and cue.start == cue.verb_start:
        src = right_np(text, cue.end, sent.end, any_first=True)
        if src and _source_then_end(text, src[1], sent.end):
            content = _content_before(ctx, boundary + (1 if text[boundary] == '"' else 0))
            if content:
                src = (src[0], _relative_or_appositive_end(text, src[1], sent.end))
                return RawAttribution((cue.start, cue.end), src, [content],
                                      Pattern.CONTENT_VERB_SOURCE, sent.index, "inverted_verb",
                                      f"content, then {text[cue.start:cue.end]!r} + source")
    floor = max([sent.start] + [a.cue[1] for a in ctx.found if a.cue[1] <= cue.start])
    src = left_np(text, floor, cue.start)
    if src is None and boundary is not None and text[boundary] == "," \
            and _is_participle(text, cue):
        return _participle(ctx, cue)  # "..., citing three people familiar with ..."
    if src is None and boundary is not None and text[boundary] == ",":
        src = appositive_np(text, sent.start, boundary)
    coordinated = False
    if src is None and _COORD_RE.search(text, max(sent.start, cue.start - 6), cue.start):
        src = _sentence_subject(ctx)  # "X survived ... and says ..."
        coordinated = src is not None
    if src is None:
        return _participle(ctx, cue)
    intention = cue.lemma in _INTENTION and bool(_TO_RE.match(text, after_cue))
    if src[0] == sent.start and is_adverbial_tail(tail) and not intention:
        return _after_quote(ctx, cue, src)
    b = _boundary_before(text, sent.start, src[0])
    content_tail = is_adverbial_tail(tail) or _TAIL_CLAUSE_RE.match(tail)
    if cue.weak and tail.strip(" .!?\n"):
        content_tail = False  # "..., Tehran launched a missile attack on the base": a noun
    if b is not None and b > sent.start and content_tail:
        end = b + 1 if text[b] == '"' else b
        content = _content_before(ctx, end)
        if content is None:
            return None
        fragments = [content]
        m = _COMMA_QUOTE_RE.match(tail)
        if m:
            more = _content_after(ctx, after_cue + m.end() - 1)
            if more:
                fragments.append(more)
        return RawAttribution((cue.start, cue.end), src, fragments, Pattern.CONTENT_SOURCE_VERB,
                              sent.index, "content_first",
                              f"content, then source {_span_text(text, src)!r} + {text[cue.start:cue.end]!r}")
    m = _THAT_RE.match(text, after_cue)
    start = after_cue if not m else after_cue + (m.end() - m.start() if text[m.start():m.end()].strip() == ":" else 0)
    if cue.kind == "believe" and _embedded(text, src):
        return None  # "said she planned to ...": the intention is inside another's content
    bare = False
    if cue.weak and not _WEAK_OK_RE.match(text, after_cue) and not (
            cue.lemma in _INTENTION and _TO_RE.match(text, after_cue)):
        bare = _bare_complement(text, cue, src, after_cue, sent.end)
        if not bare:
            return None  # "his plans", "I think so": a noun, or a belief with no clause
    content = _content_after(ctx, start)
    if content is None or (is_adverbial_tail(text[after_cue:sent.end]) and not intention):
        return None  # "said on Tuesday." (but "declined to comment on ..." is a content)
    pattern = {"told": Pattern.TOLD, "believe": Pattern.BELIEF,
               "media_first": Pattern.MEDIA_REPORT}.get(cue.kind, Pattern.SOURCE_VERB_CONTENT)
    return RawAttribution((cue.start, cue.end), src, [content], pattern, sent.index,
                          "coordinated_subject" if coordinated else
                          f"bare_complement:{cue.kind}" if bare else f"source_verb_content:{cue.kind}",
                          f"source {_span_text(text, src)!r} + {cue.kind} cue {text[cue.start:cue.end]!r}")


# Weak cues that a bare complement can follow (no "that", no quote). PolNeAR marks
# "aides believe her record will help" (a clause), "Palestinians want East Jerusalem" (a stance
# with an object) and "polls show Clinton ahead" (evidence with a small clause).
_BARE_CLAUSE_LEMMAS = frozenset("believe think feel fear hope expect doubt know suspect assume "
                                "understand realize recognize claim estimate".split())
_STANCE_OBJECT_LEMMAS = frozenset("want oppose seek blame embrace welcome demand".split())
_MIND_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.NAMED_ORG, SourceType.ANONYMOUS_SPECIFIC,
                         SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_BARE,
                         SourceType.UNNAMED_GROUP, SourceType.UNKNOWN, SourceType.MEDIA})
_EMBEDDING_WORDS = frozenset("if whether that who which because since while although".split())
_CLAUSE_SUBJECT_RE = re.compile(
    r"\s+(?:(?:he|she|they|we|i|you|it|there|the|a|an|his|her|their|its|our|most|many|some|"
    r"this|these|those|no|nobody|none|everyone)\b|[A-Z])")
_OBJECT_RE = re.compile(
    r"\s+(?:(?:him|her|them|us|me|it|the|a|an|his|their|its|our|more|less|no|any|"
    r"this|these|those|every|such)\b|[A-Z0-9$])")


def _embedded(text: str, src: tuple[int, int]) -> bool:
    """Is the subject right after another cue or a clause opener ("said they think ...",
    "asked if he believed ...")? Such a belief is part of the outer content."""
    before = words(text, max(0, src[0] - 30), src[0])
    if not before:
        return False
    word = text[before[-1][0]:before[-1][1]].lower()
    return word in _EMBEDDING_WORDS or word in reporting_verbs()


def _bare_complement(text: str, cue: Cue, src: tuple[int, int], after: int, end: int) -> bool:
    """Does a weak cue head an attribution with a bare complement?

    "Clinton aides believe her record will help" (a clause), "Palestinians want East Jerusalem"
    (a stance and its object), "polls show Clinton ahead" (evidence). Only for a subject that
    can hold the belief or give the evidence, and not when the cue sits inside a clause of its
    own ("said they think ...", "asked if he believed ...").
    """
    if len(words(text, after, end)) < 2 or text[src[0]:src[1]].lower() in ("who", "which", "that"):
        return False
    if _embedded(text, src):
        return False
    kind = classify(text[src[0]:src[1]]).type
    if cue.lemma not in _BARE_CLAUSE_LEMMAS and _is_participle(text, cue):
        return False  # "a group backing Bush", "polls showing": a modifier as often as not
    if cue.kind == "evidence":
        return kind is SourceType.DOCUMENT and bool(_OBJECT_RE.match(text, after, end))
    if kind not in _MIND_TYPES:
        return False
    if cue.lemma in _BARE_CLAUSE_LEMMAS:
        return bool(_CLAUSE_SUBJECT_RE.match(text, after, end)) and len(words(text, after, end)) >= 3
    return cue.lemma in _STANCE_OBJECT_LEMMAS and bool(_OBJECT_RE.match(text, after, end))


_GERUND_PREP_RE = re.compile(r"\b(?:[Bb]y|[Ii]n|[Aa]fter|[Ww]hile|[Bb]efore|[Ww]ithout|[Ss]ince)\s+$")
_PARENTHETICAL_RE = re.compile(r"\s*\([^()]{1,40}\)")
_RELATIVE_AFTER_RE = re.compile(r"\s+(?:who|whose)\b")


def _source_then_end(text: str, pos: int, end: int) -> bool:
    """After "said X": only adverbials, a comma, or a relative clause about X until the end."""
    m = _PARENTHETICAL_RE.match(text, pos, end)  # "Rep. Bobby Scott (D-Va.)"
    if m:
        pos = m.end()
    rest = text[pos:end]
    if is_adverbial_tail(rest) or rest.startswith(",") or _RELATIVE_AFTER_RE.match(rest):
        return True
    comma = rest.find(",")
    return comma > 0 and is_adverbial_tail(rest[:comma])


def _relative_or_appositive_end(text: str, pos: int, end: int) -> int:
    """Where an inverted source ends: its parenthetical and appositive included."""
    m = _PARENTHETICAL_RE.match(text, pos, end)
    if m:
        pos = m.end()
    if _RELATIVE_AFTER_RE.match(text, pos, end):
        return pos  # PolNeAR sources stop before the relative clause as often as not
    return extend_appositive(text, pos, end)


def _sentence_subject(ctx: Ctx) -> tuple[int, int] | None:
    earlier = [a.source for a in ctx.found if a.source is not None]
    if earlier:
        return earlier[-1]
    return subject_np(ctx.text, ctx.sent.start, ctx.sent.end)


def _after_quote(ctx: Ctx, cue: Cue, src: tuple[int, int]) -> RawAttribution | None:
    """"“...?” Renteria told reporters.": the quote was split off as its own sentence."""
    prev, text = ctx.prev_sentence, ctx.text
    if prev is None or prev.paragraph != ctx.sent.paragraph or text[prev.end - 1] != '"':
        return None
    region = next(((s, e) for s, e in ctx.quotes if e == prev.end), None)
    if region is None:
        return None
    return RawAttribution((cue.start, cue.end), src, [region], Pattern.CONTENT_SOURCE_VERB,
                          ctx.sent.index, "content_first_previous_quote",
                          f"quote ends the previous sentence; source {_span_text(text, src)!r}")


def _is_participle(text: str, cue: Cue) -> bool:
    """Is the cue's verb an -ing form ("saying", "referring to")?"""
    return text[cue.verb_start:cue.end].split(None, 1)[0].endswith("ing")


def _participle(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"..., adding that ..." / "..., saying ...": the subject is the clause's earlier source."""
    text, sent = ctx.text, ctx.sent
    word = text[cue.verb_start:cue.end].lower()
    if not _is_participle(text, cue):
        return None
    gerund = _GERUND_PREP_RE.search(text, max(sent.start, cue.verb_start - 12), cue.verb_start)
    if _boundary_before(text, sent.start, cue.verb_start) is None and not gerund:
        return None
    if gerund and not words(text, sent.start, gerund.start()):
        return _opening_gerund(ctx, cue)
    src = _sentence_subject(ctx)
    if src is None:
        return None
    content = _content_after(ctx, cue.end)
    if content is None:
        return None
    return RawAttribution((cue.verb_start, cue.end), src, [content], Pattern.SOURCE_VERB_CONTENT,
                          sent.index, "participle_subject",
                          f"participle {word!r} shares the subject {_span_text(text, src)!r}")


def _opening_gerund(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"In declaring the remarks unchristian, the pope ...": the subject follows the clause."""
    text, sent = ctx.text, ctx.sent
    comma = text.find(",", cue.end, sent.end)
    if comma < 0 or '"' in text[cue.end:comma]:
        return None
    src = subject_np(text, strip_ws(text, comma + 1, sent.end)[0], sent.end)
    content = strip_ws(text, cue.end, comma)
    if src is None or not has_word(text, *content):
        return None
    return RawAttribution((cue.verb_start, cue.end), src, [content], Pattern.SOURCE_VERB_CONTENT,
                          sent.index, "opening_gerund",
                          f"gerund clause {text[cue.verb_start:cue.end]!r}, then subject "
                          f"{_span_text(text, src)!r}")


def _infinitive(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"Sanders took the stage to assail Clinton's record": a purpose infinitive of a speech verb
    whose subject is the sentence's. Not after a verb that is itself a cue or takes the
    infinitive as its object ("declined to say", "wants to discuss", "is expected to say")."""
    text, sent = ctx.text, ctx.sent
    if cue.weak or cue.kind != "speech" or " " in cue.lemma or cue.lemma in _NOT_PURPOSE_SPEECH:
        return None
    before = words(text, max(sent.start, cue.verb_start - 40), cue.verb_start)
    if len(before) < 2:
        return None
    governor = text[before[-2][0]:before[-2][1]].lower()
    if governor in reporting_verbs() or governor in _INFINITIVE_GOVERNORS \
            or governor.endswith(("ed", "ing")) or any(a.cue[1] >= before[-2][0] for a in ctx.found):
        return None
    src = _sentence_subject(ctx)
    content = _content_after(ctx, cue.end)
    if src is None or content is None or src[1] > cue.verb_start - 1 - len(governor):
        return None
    if is_adverbial_tail(text[cue.end:sent.end]):
        return None
    return RawAttribution((cue.verb_start, cue.end), src, [content], Pattern.SOURCE_VERB_CONTENT,
                          sent.index, "purpose_infinitive",
                          f"infinitive {text[cue.verb_start:cue.end]!r} of the subject "
                          f"{_span_text(text, src)!r}")


def _agentless_passive(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"Mr. Sanders has been criticized for ...": a reporting verb in the passive, no agent."""
    text, sent = ctx.text, ctx.sent
    if cue.weak or cue.kind not in _AGENTLESS_KINDS or _BY_RE.search(text, cue.end, sent.end):
        return None
    before = _content_before(ctx, cue.start)
    after = _content_after(ctx, cue.end)
    fragments = [f for f in (before, after) if f and len(words(text, *f)) >= 1]
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), None, fragments, Pattern.NO_SOURCE, sent.index,
                          "passive_no_agent", f"agentless passive {text[cue.start:cue.end]!r}")


def _sourceless(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"X reportedly did ...", "X seems to ...", "Asked about Y, ...": no source is named."""
    text, sent = ctx.text, ctx.sent
    if cue.kind == "asked":
        comma = text.find(",", cue.end, sent.end)
        content = strip_trailing_punct(text, cue.end, comma if comma > 0 else sent.end)
        fragments = [content] if has_word(text, *content) else []
    else:
        before = _content_before(ctx, cue.start)
        after = _content_after(ctx, cue.end)
        fragments = [f for f in (before, after) if f]
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), None, fragments, Pattern.NO_SOURCE, sent.index,
                          f"no_source:{cue.kind}", f"{cue.kind} cue {text[cue.start:cue.end]!r} names no source")


def frame(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    if cue.kind in ("evidential", "asked"):
        return _sourceless(ctx, cue)
    if cue.kind == "according":
        return _according(ctx, cue)
    if cue.kind == "passive":
        return _passive(ctx, cue)
    return _verb_frame(ctx, cue)
