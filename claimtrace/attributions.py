"""Attribution frames: from a cue to its source span, content span(s) and pattern.

One function per pattern of TAXONOMY.md; ``find_attributions`` tries them in order for each
cue of each sentence and keeps the first that fits. Each result carries the rule that fired
and the evidence it saw.

>>> from claimtrace.model import Sentence, Span
>>> text = 'The talks will go on, one official said.'
>>> sents = [Sentence(0, Span.of(text, 0, len(text)), 0)]
>>> [(text[r.source[0]:r.source[1]], r.pattern.value) for r in find_attributions(text, sents, original=text)]
[('one official', 'content_source_verb')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .cues import Cue, find_cues, quote_regions
from .model import Pattern, Sentence, SourceType
from .sources import anonymity_reason_span, classify
from .spans import (
    appositive_np,
    extend_appositive,
    is_adverbial_tail,
    left_np,
    right_np,
    strip_trailing_punct,
    strip_ws,
    subject_np,
    words,
)

_THAT_RE = re.compile(r"\s*(?:that\b|:)?\s*", re.IGNORECASE)
_BY_RE = re.compile(r"\bby\s+", re.IGNORECASE)
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
_CLAUSE_CUT_RE = re.compile(r",?\s+(?:and|but|then|while)\s+(?:\w+\s+){0,2}$")
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
                          "see also more q".split())
_TWEET_RE = re.compile(r"[\u2015\u2014]\s+([A-Z][\w.'\- ]{1,50}?\s+\(@\w+\))")
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
class _Ctx:
    text: str
    sent: Sentence
    quotes: list[tuple[int, int]]
    prev_sentence: Sentence | None
    found: list[RawAttribution]


def _span_text(text: str, span: tuple[int, int] | None) -> str:
    return "" if span is None else text[span[0]:span[1]]


def _content_after(ctx: _Ctx, start: int) -> tuple[int, int] | None:
    """Content from ``start`` to the end of the sentence (or of the quote it opens)."""
    text, sent = ctx.text, ctx.sent
    s, e = strip_ws(text, start, sent.end)
    for qs, qe in ctx.quotes:
        if qs == s and qe > e:  # a direct quote that runs on past this sentence
            return s, qe
    if e > s and text[e - 1] != '"':
        s, e = strip_trailing_punct(text, s, e)
    return (s, e) if words(text, s, e) else None


def _content_before(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """Content from the sentence start (or the quote that began earlier) to ``end``."""
    text, sent = ctx.text, ctx.sent
    start = sent.start
    for qs, qe in ctx.quotes:
        if qs < start < qe:  # the sentence starts inside a quote opened earlier
            start = qs
    s, e = strip_ws(text, start, end)
    if e > s and text[e - 1] == ",":
        e -= 1
    elif e > s and text[e - 1] == '"' and e - 2 >= s and text[e - 2] != ",":
        pass
    s, e = strip_ws(text, s, e)
    return (s, e) if words(text, s, e) else None


def _boundary_before(text: str, floor: int, pos: int) -> int | None:
    """Offset of the comma/closing quote/dash right before ``pos`` (ignoring spaces)."""
    i = pos - 1
    while i >= floor and text[i].isspace():
        i -= 1
    if i >= floor and text[i] in ',"\u2014\u2013':
        return i
    return None


def _according(ctx: _Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    src = right_np(text, cue.end, sent.end, max_words=16, any_first=True)
    if src is None:
        toks = words(text, cue.end, sent.end)
        if not toks:
            return None
        src = (toks[0][0], toks[0][1])
    before = _content_before(ctx, cue.start)
    fragments = []
    if before and len(words(text, *before)) >= 2:
        fragments.append(before)
    after = _content_after(ctx, src[1])
    if after:
        s, e = after
        while s < e and text[s] in ', ':
            s += 1
        if words(text, s, e):
            fragments.append((s, e))
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), src, fragments, Pattern.ACCORDING_TO,
                          sent.index, "according_to", f"'according to' + {_span_text(text, src)!r}")


def _passive(ctx: _Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    by = _BY_RE.search(text, cue.end, min(sent.end, cue.end + 80))
    subject = strip_ws(text, sent.start, cue.start)
    subj_words = words(text, *subject)
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
        if not words(text, *content):
            return None
        return RawAttribution((cue.start, cue.end), src, [content], Pattern.PASSIVE, sent.index, rule,
                              f"passive {text[cue.start:cue.end]!r} ... by {_span_text(text, src)!r}")
    if cue.lemma not in ("reported", "said", "believed", "thought", "rumored", "rumoured",
                         "alleged", "announced", "expected"):
        return None
    rest = text[cue.end:sent.end]
    m = re.match(r"\s*(that|to)\b", rest)
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


def _speaker_label(ctx: _Ctx) -> RawAttribution | None:
    """"WALLACE: ..." in a transcript, or a headline "Dr. Ben Carson: Clinton 'not fit'"."""
    text, sent = ctx.text, ctx.sent
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return None
    m = _SPEAKER_RE.match(text, sent.start, sent.end)
    if not m:
        m = _LABEL_RE.match(text, sent.start, sent.end)
        if not m or m.group(1).split()[0].lower() in _NOT_SPEAKERS or classify(m.group(1)).type \
                not in (SourceType.NAMED_PERSON, SourceType.MEDIA):
            return None
    colon = m.end(1)
    content = _content_after(ctx, colon + 1)
    if content is None:
        return None
    return RawAttribution((colon, colon + 1), (m.start(1), m.end(1)), [content],
                          Pattern.SOURCE_VERB_CONTENT, sent.index, "speaker_label",
                          f"paragraph opens with speaker {m.group(1)!r} and a colon")


def _tweet_signatures(text: str, start: int, end: int) -> list[RawAttribution]:
    """An embedded post signed "— Name (@handle) date": the name is the source of the post."""
    out: list[RawAttribution] = []
    floor = start
    for m in _TWEET_RE.finditer(text, start, end):
        c0 = max(floor, text.rfind(">", floor, m.start()) + 1)
        content = strip_ws(text, c0, m.start())
        if words(text, *content):
            out.append(RawAttribution((m.start(), m.start() + 1), m.span(1), [content],
                                      Pattern.CONTENT_VERB_SOURCE, -1, "post_signature",
                                      f"post signed {m.group(1)!r}"))
        floor = m.end()
    return out


def _skip_recipient(text: str, start: int, end: int) -> int:
    """After "told"/"asked": the offset just past the recipient ("told *Reuters on Sunday* that").

    When a that/if/whether clause or a quote opens within a few words, the content starts there.
    """
    m = _CLAUSE_OPENER_RE.search(text, start, min(end, start + 90))
    if m and len(words(text, start, m.start())) <= 12 and '"' not in text[start:m.start()]:
        return m.start()
    pos = start
    toks = words(text, start, end)
    for i, (s, e) in enumerate(toks):
        w = text[s:e]
        lower_ok = w.lower() in _RECIPIENT_WORDS or (i == 0 and w.endswith("s") and w.isalpha())
        if (w[0].isupper() or lower_ok) and not text[pos:s].strip(" "):
            pos = e
        else:
            break
    return pos


def _verb_frame(ctx: _Ctx, cue: Cue) -> RawAttribution | None:
    text, sent = ctx.text, ctx.sent
    if _INFINITIVE_RE.search(text, max(sent.start, cue.verb_start - 4), cue.verb_start):
        return None  # an infinitive: "declined to say"
    if _BE_AUX_RE.search(text, max(sent.start, cue.verb_start - 12), cue.verb_start) \
            and not text[cue.verb_start:cue.end].endswith("ing"):
        return None  # "is planned", "were considered": a passive with no agent phrase
    after_cue = cue.end
    if cue.kind == "told" or cue.lemma == "ask":
        after_cue = _skip_recipient(text, cue.end, sent.end)
    tail = text[after_cue:sent.end]
    boundary = _boundary_before(text, sent.start, cue.start)
    # "..., said Pompeo." : content + verb + source
    if boundary is not None and boundary > sent.start and cue.lemma in _INVERTING \
            and cue.start == cue.verb_start:
        src = right_np(text, cue.end, sent.end, any_first=True)
        if src and is_adverbial_tail(text[src[1]:sent.end]) or (
                src and text[src[1]:src[1] + 1] == ","):
            content = _content_before(ctx, boundary + (1 if text[boundary] == '"' else 0))
            if content:
                src = (src[0], extend_appositive(text, src[1], sent.end))
                return RawAttribution((cue.start, cue.end), src, [content],
                                      Pattern.CONTENT_VERB_SOURCE, sent.index, "inverted_verb",
                                      f"content, then {text[cue.start:cue.end]!r} + source")
    floor = max([sent.start] + [a.cue[1] for a in ctx.found if a.cue[1] <= cue.start])
    src = left_np(text, floor, cue.start)
    if src is None and boundary is not None and text[boundary] == ",":
        src = appositive_np(text, sent.start, boundary)
    coordinated = False
    if src is None and _COORD_RE.search(text, max(sent.start, cue.start - 6), cue.start):
        src = _sentence_subject(ctx)  # "X survived ... and says ..."
        coordinated = src is not None
    if src is None:
        return _participle(ctx, cue)
    if src[0] == sent.start and is_adverbial_tail(tail):
        return _after_quote(ctx, cue, src)
    b = _boundary_before(text, sent.start, src[0])
    content_tail = is_adverbial_tail(tail) or re.match(r"\s*,\s*(?:\"|adding|according|citing|saying)", tail)
    if b is not None and b > sent.start and content_tail:
        end = b + 1 if text[b] == '"' else b
        content = _content_before(ctx, end)
        if content is None:
            return None
        fragments = [content]
        m = re.match(r'\s*,\s*"', tail)
        if m:
            more = _content_after(ctx, after_cue + m.end() - 1)
            if more:
                fragments.append(more)
        return RawAttribution((cue.start, cue.end), src, fragments, Pattern.CONTENT_SOURCE_VERB,
                              sent.index, "content_first",
                              f"content, then source {_span_text(text, src)!r} + {text[cue.start:cue.end]!r}")
    m = _THAT_RE.match(text, after_cue)
    start = after_cue if not m else after_cue + (m.end() - m.start() if text[m.start():m.end()].strip() == ":" else 0)
    if cue.weak and not _WEAK_OK_RE.match(text, after_cue):
        return None  # "his plans", "I think so": a noun, or a belief with no clause
    content = _content_after(ctx, start)
    if content is None or is_adverbial_tail(text[after_cue:sent.end]):
        return None
    pattern = {"told": Pattern.TOLD, "believe": Pattern.BELIEF,
               "media_first": Pattern.MEDIA_REPORT}.get(cue.kind, Pattern.SOURCE_VERB_CONTENT)
    return RawAttribution((cue.start, cue.end), src, [content], pattern, sent.index,
                          "coordinated_subject" if coordinated else f"source_verb_content:{cue.kind}",
                          f"source {_span_text(text, src)!r} + {cue.kind} cue {text[cue.start:cue.end]!r}")


def _sentence_subject(ctx: _Ctx) -> tuple[int, int] | None:
    earlier = [a.source for a in ctx.found if a.source is not None]
    if earlier:
        return earlier[-1]
    return subject_np(ctx.text, ctx.sent.start, ctx.sent.end)


def _after_quote(ctx: _Ctx, cue: Cue, src: tuple[int, int]) -> RawAttribution | None:
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


def _participle(ctx: _Ctx, cue: Cue) -> RawAttribution | None:
    """"..., adding that ..." / "..., saying ...": the subject is the clause's earlier source."""
    text, sent = ctx.text, ctx.sent
    word = text[cue.verb_start:cue.end].lower()
    if not word.endswith("ing") or _boundary_before(text, sent.start, cue.verb_start) is None:
        return None
    src = _sentence_subject(ctx)
    if src is None:
        return None
    content = _content_after(ctx, cue.end)
    if content is None:
        return None
    return RawAttribution((cue.verb_start, cue.end), src, [content], Pattern.SOURCE_VERB_CONTENT,
                          sent.index, "participle_subject",
                          f"participle {word!r} shares the subject {_span_text(text, src)!r}")


def _sourceless(ctx: _Ctx, cue: Cue) -> RawAttribution | None:
    """"X reportedly did ...", "X seems to ...", "Asked about Y, ...": no source is named."""
    text, sent = ctx.text, ctx.sent
    if cue.kind == "asked":
        comma = text.find(",", cue.end, sent.end)
        if comma < 0:
            return None
        content = strip_ws(text, cue.end, comma)
        fragments = [content] if words(text, *content) else []
    else:
        before = _content_before(ctx, cue.start)
        after = _content_after(ctx, cue.end)
        fragments = [f for f in (before, after) if f]
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), None, fragments, Pattern.NO_SOURCE, sent.index,
                          f"no_source:{cue.kind}", f"{cue.kind} cue {text[cue.start:cue.end]!r} names no source")


def _frame(ctx: _Ctx, cue: Cue) -> RawAttribution | None:
    if cue.kind in ("evidential", "asked"):
        return _sourceless(ctx, cue)
    if cue.kind == "according":
        return _according(ctx, cue)
    if cue.kind == "passive":
        return _passive(ctx, cue)
    return _verb_frame(ctx, cue)


def _paragraph_bounds(sentences: Sequence[Sentence]) -> dict[int, tuple[int, int]]:
    bounds: dict[int, list[int]] = {}
    for s in sentences:
        b = bounds.setdefault(s.paragraph, [s.start, s.end])
        b[0], b[1] = min(b[0], s.start), max(b[1], s.end)
    return {p: (s, e) for p, (s, e) in bounds.items()}


def _cut_at_reason(text: str, raw: RawAttribution, reason: tuple[int, int]) -> None:
    """Content stops where the anonymity reason begins ("..., on condition of anonymity")."""
    cut = []
    for s, e in raw.content:
        if s < reason[0] < e:
            s2, e2 = strip_trailing_punct(text, s, reason[0])
            if e2 > s2:
                cut.append((s2, e2))
        else:
            cut.append((s, e))
    raw.content = cut or raw.content


def _cut_before_coordinated(text: str, found: list[RawAttribution]) -> None:
    """"X said A, but insists B": A ends where the second verb's clause begins."""
    for later in found:
        if later.rule not in ("coordinated_subject", "participle_subject"):
            continue
        for earlier in found:
            if earlier is later or earlier.sentence != later.sentence or not earlier.content:
                continue
            s, e = earlier.content[-1]
            if s < later.cue[0] < e:
                m = _CLAUSE_CUT_RE.search(text, s, later.cue[0])
                cut = m.start() if m else later.cue[0]
                s2, e2 = strip_trailing_punct(text, s, cut)
                if e2 > s2:
                    earlier.content[-1] = (s2, e2)


def _continue_quotes(text: str, sentences: Sequence[Sentence], found: list[RawAttribution],
                     quotes_by_para: dict[int, list[tuple[int, int]]]) -> None:
    """"“A,” she said. “B.”": the quotation that resumes after the cue is more of her content."""
    cue_sentences = {a.sentence for a in found}
    for a in found:
        if a.pattern not in (Pattern.CONTENT_SOURCE_VERB, Pattern.CONTENT_VERB_SOURCE) \
                or not a.content or text[a.content[0][0]] != '"':
            continue
        sent = sentences[a.sentence]
        regions = quotes_by_para.get(sent.paragraph, [])
        nxt = next(((qs, qe) for qs, qe in regions if qs >= a.cue[1]), None)
        if nxt is None or any(qs < nxt[0] and qe > a.cue[1] for qs, qe in regions if (qs, qe) != nxt):
            continue
        if text[a.cue[1]:nxt[0]].strip(" ,.;") and text[sent.end:nxt[0]].strip():
            continue  # something other than the sentence end stands between cue and quote
        owner = next((x for x in sentences if x.start <= nxt[0] < x.end), None)
        if owner is None or (owner.index != a.sentence and owner.index in cue_sentences
                             and not _quote_only(text, owner, nxt)):
            continue
        end = nxt[1]
        if any(f[0] <= nxt[0] < f[1] for f in a.content):
            continue
        a.content.append((nxt[0], end))
        a.extra["continued"] = True


def _quote_only(text: str, sent: Sentence, region: tuple[int, int]) -> bool:
    return region[0] <= sent.start + 1 and region[1] >= sent.end - 1


def _link_nested(found: list[RawAttribution]) -> None:
    """Mark an attribution whose cue lies inside another's content as nested in it."""
    for i, inner in enumerate(found):
        for j, outer in enumerate(found):
            if i != j and inner.sentence == outer.sentence and any(
                    s <= inner.cue[0] < e for s, e in outer.content):
                inner.parent = j
                break


def find_attributions(text: str, sentences: Sequence[Sentence], *, original: str) -> list[RawAttribution]:
    """Every attribution in the article, in text order (offsets valid in ``original`` too)."""
    para_bounds = _paragraph_bounds(sentences)
    quotes_by_para = {p: quote_regions(text, s, e) for p, (s, e) in para_bounds.items()}
    signatures = {}
    for p, (s, e) in para_bounds.items():
        if "(@" in text[s:e]:
            signatures[p] = _tweet_signatures(text, s, e)
    out: list[RawAttribution] = []
    prev: Sentence | None = None
    for sent in sentences:
        if sent.is_noise:
            continue
        quotes = quotes_by_para.get(sent.paragraph, [])
        ctx = _Ctx(text, sent, quotes, prev, [])
        label = _speaker_label(ctx)
        if label:
            ctx.found.append(label)
        for sig in signatures.get(sent.paragraph, ()):
            if sent.start <= sig.cue[0] < sent.end:
                sig.sentence = sent.index
                ctx.found.append(sig)
        reason = anonymity_reason_span(text, sent.start, sent.end)
        for cue in find_cues(text, sent.start, sent.end, quotes):
            if any(a.cue[0] <= cue.start < a.cue[1] for a in ctx.found):
                continue
            if reason and reason[0] <= cue.start < reason[1]:
                continue  # "citing the fact that ..." explains the anonymity
            raw = _frame(ctx, cue)
            if raw is not None:
                if reason:
                    _cut_at_reason(text, raw, reason)
                ctx.found.append(raw)
        _cut_before_coordinated(text, ctx.found)
        out.extend(ctx.found)
        prev = sent
    _continue_quotes(text, sentences, out, quotes_by_para)
    _link_nested(out)
    return out
