"""Attributions in an article: every cue of every sentence framed, then linked.

``find_attributions`` runs the frames of ``attribution_frames`` over each sentence and then
adjusts what one sentence cannot see alone: a quotation that resumes after "she said", content
that ends where a coordinated verb begins, content cut at an anonymity reason, and nesting
("sources said *they said* ...").

>>> from claimtrace.model import Sentence, Span
>>> text = 'The talks will go on, one official said.'
>>> sents = [Sentence(0, Span.of(text, 0, len(text)), 0)]
>>> [(text[r.source[0]:r.source[1]], r.pattern.value) for r in find_attributions(text, sents, original=text)]
[('one official', 'content_source_verb')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

from .anonymity import anonymity_reason_span
from .attribution_frames import Ctx, RawAttribution, frame, speaker_label
from .cues import find_cues, quote_regions
from .false_senses import false_sense
from .frame_context import move_cue_preposition, repair_aside, trim_lead_punct
from .label_frames import dialogue_tag
from .lexicons import nominal_cue_forms, stance_adjectives
from .model import Pattern, Sentence, SourceType
from .nominal import nominal_frames
from .span_words import SUBJECT_PRONOUNS
from .spans import closing_marks, left_np, strip_trailing_punct, strip_ws
from .trie import trie_pattern
from .verbless import verbless_frames
from .weak_cues import mention_info

_NEW_CLAUSE_RE = re.compile(r"(?:,\s*(?:and|but|while|whereas|though|although)|;)\s+$"
                            # after a quotation that ends on its comma: 'told them "...," and he
                            # claimed that ...' (blind batch 21, session 16)
                            r"|(?<=,[\"\u201d])\s*(?:and|but|while|whereas)\s+$")
_CLAUSE_CUT_RE = re.compile(r",?\s+(?:and|but|then|while)\s+(?:\w+\s+){0,2}$")
# a sentence that opens with a subordinate clause, whose comma ends it: "While X said A, Y said B"
_SUBORDINATE_OPENER_RE = re.compile(r"\s*[\"\u201c]?(?:While|Though|Although|Whereas|Even\s+as|"
                                    r"Even\s+though|Even\s+if|If|Because|When|Since|Unlike)\b")
_COMMA_BEFORE_RE = re.compile(r",\s+$")

_MAX_QUOTE_PARAGRAPHS = 5  # quotation-only paragraphs that may continue one attribution
_CONTENT_FIRST = (Pattern.CONTENT_SOURCE_VERB, Pattern.CONTENT_VERB_SOURCE, Pattern.ACCORDING_TO)

__all__ = ["RawAttribution", "find_attributions"]


def _paragraph_bounds(sentences: Sequence[Sentence]) -> dict[int, tuple[int, int]]:
    bounds: dict[int, tuple[int, int]] = {}
    for s in sentences:
        b = bounds.get(s.paragraph)
        bounds[s.paragraph] = (s.start, s.end) if b is None else (min(b[0], s.start), max(b[1], s.end))
    return bounds


def _cut_at_reason(text: str, raw: RawAttribution, reason: tuple[int, int], floor: int) -> None:
    """Content stops where the anonymity reason begins ("..., on condition of anonymity"); a
    source found inside the reason is the phrase before it. ``floor``: the sentence start."""
    cut = []
    for s, e in raw.content:
        if s < reason[0] < e:
            s2, e2 = strip_trailing_punct(text, s, reason[0])
            if e2 > s2:
                cut.append((s2, e2))
        else:
            cut.append((s, e))
    raw.content = cut or raw.content
    if raw.source is not None and reason[0] <= raw.source[0] < reason[1]:
        raw.source = _source_before_reason(text, raw.source, reason, floor)


def _source_before_reason(text: str, source: tuple[int, int], reason: tuple[int, int],
                          floor: int) -> tuple[int, int]:
    """"An aide who spoke on condition of anonymity said ...": a source found inside the reason
    ("the talks" of "not authorized to discuss the talks") is the phrase the reason describes,
    taken with its relative clause."""
    m = _RELATIVE_END_RE.search(text, floor, reason[0])
    head = left_np(text, floor, m.start() if m else reason[0])
    return (head[0], reason[1]) if head is not None else source


_RELATIVE_END_RE = re.compile(r"\s+(?:who|that)\s*$")


def _cut_before_coordinated(text: str, found: list[RawAttribution], sent_start: int) -> None:
    """"X said A, but insists B" / "X said A, and Y said B" / "While X said A, Y said B": A
    ends where the next clause with its own verb of saying begins (a nested "X said Y told
    them" is left alone)."""
    if len(found) < 2:
        return  # the common case: no other attribution in the sentence to cut
    opened = _SUBORDINATE_OPENER_RE.match(text, sent_start) is not None
    for later in found:
        joint = later.source and (
            _NEW_CLAUSE_RE.search(text, max(0, later.source[0] - 12), later.source[0])
            or opened and _COMMA_BEFORE_RE.search(text, max(0, later.source[0] - 4), later.source[0]))
        if later.rule not in ("coordinated_subject", "participle_subject") and not joint:
            continue
        for earlier in found:
            if earlier is later or earlier.sentence != later.sentence or not earlier.content:
                continue
            s, e = earlier.content[-1]
            if s < later.cue[0] < e:
                m = _CLAUSE_CUT_RE.search(text, s, later.cue[0])
                cut = m.start() if m else later.cue[0]
                if joint and s < joint.start():
                    cut = joint.start()
                s2, e2 = strip_trailing_punct(text, s, cut)
                if e2 > s2:
                    earlier.content[-1] = (s2, e2)


# what sets off a relative clause or an aside inside a subject: "Doe, who ...", "the plan,
# announced ...", "the judges who ruled ..."
_CLAUSE_IN_SUBJECT_RE = re.compile(r",|\b(?:who|whom|whose|which|that)\b")


def _cut_at_subject_end(text: str, found: list[RawAttribution]) -> None:
    """"Doe, who did not say that A, said on Monday that B": an attribution inside another's
    source (a relative clause or aside of its subject) has a content that ends with that
    source. A source that starts with, or inside, the inner one's own subject ran over a
    clause and cuts nothing; nor does a cut that would end inside a quotation. ``found`` is
    sorted by cue start, so the cues inside a source are found by bisection."""
    starts = [a.cue[0] for a in found]
    for outer in found:
        if outer.source is None:
            continue
        lo, hi = outer.source
        for inner in found[bisect_left(starts, lo):bisect_left(starts, hi)]:
            if inner is outer or not inner.content \
                    or _CLAUSE_IN_SUBJECT_RE.search(text, lo, inner.cue[0]) is None \
                    or inner.source is not None and (inner.source[0] < lo or inner.source[0] == lo
                                                     and inner.rule.startswith("source_verb_content")):
                continue
            pieces = [strip_trailing_punct(text, s, min(e, hi)) for s, e in inner.content if s < hi]
            pieces = [(s, e) for s, e in pieces if e > s]
            if pieces and sum(map(_quote_marks, (text[s:e] for s, e in pieces))) % 2 == 0:
                inner.content = pieces


def _quote_marks(piece: str) -> int:
    return piece.count('"') + piece.count("\u201c") + piece.count("\u201d")


def _continue_quotes(text: str, sentences: Sequence[Sentence], found: list[RawAttribution],
                     quotes_by_para: dict[int, list[tuple[int, int]]]) -> None:
    """"“A,” she said. “B.”": the quotation that resumes after the cue is more of her content."""
    cue_sentences = {a.sentence for a in found}
    starts = [x.start for x in sentences]
    for a in found:
        if not _ends_in_quote(text, a):
            continue
        sent = sentences[a.sentence]
        regions = quotes_by_para.get(sent.paragraph, [])
        k = bisect_left(regions, (a.cue[1], -1))  # the first quotation at or after the cue
        nxt = regions[k] if k < len(regions) else None
        if nxt is None or any(qs < nxt[0] and qe > a.cue[1] for qs, qe in regions[max(0, k - 2):k]):
            continue
        if text[a.cue[1]:nxt[0]].strip(" ,.;") and text[sent.end:nxt[0]].strip():
            continue  # something other than the sentence end stands between cue and quote
        i = bisect_right(starts, nxt[0]) - 1
        owner = sentences[i] if i >= 0 and nxt[0] < sentences[i].end else None
        if owner is None or (owner.index != a.sentence and owner.index in cue_sentences
                             and not _quote_only(text, owner, nxt)):
            continue
        end = nxt[1]
        if any(f[0] <= nxt[0] < f[1] for f in a.content):
            continue
        a.content.append((nxt[0], end))
        a.extra["continued"] = True


def _regions_between(regions: list[tuple[int, int]], start: int,
                     end: int) -> list[tuple[int, int]]:
    """The quotations (sorted, not overlapping) that reach into ``start``..``end``: a sentence
    and the one before it see only these, not every quotation of a long paragraph (which made
    a paragraph of thousands of quoted lines quadratic).

    >>> _regions_between([(0, 5), (10, 20), (30, 40)], 12, 31)
    [(10, 20), (30, 40)]
    """
    i = bisect_right(regions, (start, end + 1))
    if i > 0 and regions[i - 1][1] > start:
        i -= 1
    j = i
    while j < len(regions) and regions[j][0] < end:
        j += 1
    return regions[i:j]


def _quote_paragraph(text: str, bounds: tuple[int, int]) -> tuple[int, int] | None:
    """The paragraph, when it is nothing but a quotation ("“...” / “...”")."""
    s, e = strip_ws(text, *bounds)
    if e - s < 2 or text[s] != '"' or text[e - 1] not in '"':
        return None
    return s, e


def _continue_into_paragraphs(text: str, sentences: Sequence[Sentence], found: list[RawAttribution],
                              para_bounds: dict[int, tuple[int, int]]) -> None:
    """"“A,” she said. / “B.”": a paragraph that is only a quotation, after a paragraph whose
    last attribution quotes, is more of that attribution's content (and so is the next one)."""
    last_in: dict[int, RawAttribution] = {}
    for a in found:  # text order: the last one written is the paragraph's last
        last_in[sentences[a.sentence].paragraph] = a
    paras = sorted(para_bounds)
    following = {p: paras[i + 1:i + 1 + _MAX_QUOTE_PARAGRAPHS] for i, p in enumerate(paras)}
    for p, last in last_in.items():
        if not any('"' in text[s:e] for s, e in last.content):
            continue
        for q in following.get(p, []):
            piece = _quote_paragraph(text, para_bounds[q])
            if piece is None or q in last_in:
                break
            last.content.append(piece)
            last.extra["continued"] = True


def _ends_in_quote(text: str, a: RawAttribution) -> bool:
    """Content before its cue that is (or ends in) a quotation: ""A," she said" or
    "Sooner or later, "A," he said"."""
    return a.pattern in _CONTENT_FIRST and bool(a.content) and '"' in (
        text[a.content[0][0]], text[a.content[-1][1] - 1])


def _quote_only(text: str, sent: Sentence, region: tuple[int, int]) -> bool:
    return region[0] <= sent.start + 1 and region[1] >= sent.end - 1


def _covers_cue(host: RawAttribution, inner: RawAttribution) -> bool:
    """Does ``inner``'s cue lie inside ``host``'s content?"""
    return any(s <= inner.cue[0] < e for s, e in host.content)


def _sourceless_mutual(host: RawAttribution, inner: RawAttribution) -> bool:
    """"Aides said the plan *appears* to fail": the sourceless "appears" takes the whole
    sentence, so each content holds the other's cue; the one with a source is the outer
    (PolNeAR train: 25 more gold statements kept, 3 other attributions)."""
    return host.source is None and inner.source is not None and _covers_cue(inner, host)


def _link_nested(found: list[RawAttribution]) -> None:
    """Mark an attribution whose cue lies inside another's content as nested in it."""
    by_sentence: dict[int, list[int]] = {}
    for i, a in enumerate(found):
        by_sentence.setdefault(a.sentence, []).append(i)
    for members in by_sentence.values():
        for i in members:
            inner = found[i]
            for j in members:
                if i != j and _covers_cue(found[j], inner) and not _sourceless_mutual(found[j], inner):
                    inner.parent = j
                    break


def _cue_start(a: RawAttribution) -> int:
    return a.cue[0]


@cache
def _frame_word_re() -> re.Pattern[str]:
    """A statement noun (nominal frames) or a stance adjective (verbless frames) after a space:
    both frames' main patterns need one, and one scan of the sentence answers for both (most
    sentences hold none)."""
    forms = set(nominal_cue_forms()) | stance_adjectives()
    return re.compile(r"\s" + trie_pattern(sorted(forms)) + r"\b")


def find_attributions(text: str, sentences: Sequence[Sentence], *, original: str) -> list[RawAttribution]:
    """Every attribution in the article, in text order (offsets valid in ``original`` too).

    >>> from claimtrace import sentences, text
    >>> raw = "Secretary of State Mike Pompeo said on Monday that talks would resume."
    >>> work = text.normalise(raw)
    >>> sents = sentences.split_sentences(work, text.find_noise(work, original=raw), original=raw)
    >>> found = find_attributions(work, sents, original=raw)
    >>> [(raw[slice(*f.source)], raw[slice(*f.cue)], f.pattern.value) for f in found]
    [('Secretary of State Mike Pompeo', 'said', 'source_verb_content')]
    """
    para_bounds = _paragraph_bounds(sentences)
    quoted = '"' in text  # without a quotation mark, no paragraph holds a quotation (most newswire)
    quotes_by_para = {p: quote_regions(text, s, e) for p, (s, e) in para_bounds.items()} if quoted else {}
    out: list[RawAttribution] = []
    prev: Sentence | None = None
    for sent in sentences:
        if sent.is_noise:
            continue
        near = prev.start if prev is not None and prev.paragraph == sent.paragraph else sent.start
        regions = quotes_by_para.get(sent.paragraph)
        quotes = _regions_between(regions, near, sent.end) if regions else []
        ctx = Ctx(text, sent, quotes, prev, [])
        label = speaker_label(ctx)
        if label:
            ctx.found.append(label)
        cues = find_cues(text, sent.start, sent.end, quotes)
        reason = anonymity_reason_span(text, sent.start, sent.end) if cues else None
        reach, seen = -1, 0  # the furthest cue end among ctx.found[:seen]
        for cue in cues:
            if len(ctx.found) > seen:  # found cues never change while the sentence is read
                reach = max(reach, *(a.cue[1] for a in ctx.found[seen:]))
                seen = len(ctx.found)
            if cue.start < reach and any(a.cue[0] <= cue.start < a.cue[1] for a in ctx.found):
                continue  # inside the cue of an attribution already found
            if reason and reason[0] <= cue.start < reason[1]:
                continue  # "citing the fact that ..." explains the anonymity
            if false_sense(text, cue):
                continue  # "showed up", "his own promise": no report
            raw = frame(ctx, cue)
            if raw is not None:
                repair_aside(ctx, raw)
                if reason:
                    _cut_at_reason(text, raw, reason, sent.start)
                ctx.found.append(raw)
        cue_words = _frame_word_re().search(text, sent.start, sent.end) is not None
        for raw in nominal_frames(text, sent.start, sent.end, sent.index, quotes, cue_words=cue_words) + \
                verbless_frames(text, sent.start, sent.end, sent.index, quotes, cue_words=cue_words):
            if not any(a.cue[0] < raw.cue[1] and raw.cue[0] < a.cue[1] for a in ctx.found):
                ctx.found.append(raw)
        if not ctx.found:
            tag = dialogue_tag(ctx)
            if tag is not None:
                ctx.found.append(tag)
        if len(ctx.found) > 1:  # one attribution alone has nothing to sort or cut
            ctx.found.sort(key=_cue_start)
            _cut_before_coordinated(text, ctx.found, sent.start)
            _cut_at_subject_end(text, ctx.found)
        for raw in ctx.found:
            if raw.source is not None:
                raw.source = closing_marks(text, raw.source, sent.end)
        out.extend(ctx.found)
        prev = sent
    if quoted:  # both continue a content that holds a quotation mark
        _continue_quotes(text, sentences, out, quotes_by_para)
        _continue_into_paragraphs(text, sentences, out, para_bounds)
    for raw in out:
        trim_lead_punct(text, raw)
        move_cue_preposition(text, raw)
    _link_nested(out)
    return _without_weak_nested(text, out)


# frames whose finding inside another attribution's content is more often a part of that
# content than an attribution of its own (PolNeAR train: 164 right, 313 not)
_WEAK_WHEN_NESTED = ("bare_complement", "known_as", "nominal", "passive_no_agent",
                     "purpose_infinitive", "stance_adjective", "source_verb_content:believe",
                     "source_verb_content:evidence", "no_source:evidential")


# hosts whose content takes in a statement nested in it ("according to X, Y said ...", "X told
# them Y said ...", "X said that Y claimed ..."): PolNeAR train, 157 right against 426 not
_ABSORBING_HOSTS = ("according_to", "source_verb_content:evidence", "source_verb_content:told",
                    "inverted_verb", "poll_finding", "coordinated_subject", "speaker_label",
                    "no_source:evidential")


_THAT_BEFORE_RE = re.compile(r"\bthat\s+$")  # "X said the memo showed that Y said ..."
# a verb right after the inner cue: "that" was a relative pronoun whose clause the inner
# attribution interrupts ("praised moves that he said improved the economy")
_GAP_VERB_RE = re.compile(r"\s+(?:is|are|was|were|will|would|could|can|might|may|had|has|have|"
                          r"[a-z]+ed)\b")
# the verbs that take such a gapped clause: "a rule that he says is unfair"
_GAP_CUES = frozenset("say says said argue argues argued claim claims claimed contend contends "
                      "contended insist insists insisted allege alleges alleged maintain "
                      "maintains maintained estimate estimates estimated".split())
# a clause of its own inside the host's content: "backs the levy because he believes ..."
_SUBORDINATOR_RE = re.compile(r"\b(?:because|while|although|though|whereas|since)\s+$", re.IGNORECASE)
# a time clause of its own, when a speaker follows ("apologized after *leaked emails* showed ...";
# not "after a debate expected to open", a preposition): PolNeAR train, 10 of 16 new annotated
_TIME_SUBORDINATOR_RE = re.compile(r"\b(?:after|before|when|until|once|unless)\s+$", re.IGNORECASE)


def _absorbed(text: str, inner: RawAttribution, host: RawAttribution) -> bool:
    """Is ``inner``, nested in ``host``'s content, part of that content rather than an
    attribution of its own?"""
    if host.rule == "according_to":  # "X told aides Y, according to Z": all of it is Z's
        return True  # PolNeAR train: drops 53, of which 8 matched a gold cue
    if _self_report(text, inner, host):
        return True
    lead = inner.source[0] if inner.source else inner.cue[0]
    if inner.rule.startswith(_WEAK_WHEN_NESTED):  # "..., aides said" after a belief: both stand
        own_clause = _SUBORDINATOR_RE.search(text, max(0, lead - 12), lead) is not None or (
            _TIME_SUBORDINATOR_RE.search(text, max(0, lead - 8), lead) is not None
            and _speaker_source(text, inner))
        return host.cue[0] < inner.cue[0] and not own_clause
    return inner.rule == "source_verb_content:speech" and bool(
        host.rule.startswith(_ABSORBING_HOSTS) or text.startswith(" that ", host.cue[1])
        or host.cue[1] < lead and _THAT_BEFORE_RE.search(text, max(host.cue[1], lead - 8), lead)
        and not (text[inner.cue[0]:inner.cue[1]].rsplit(None, 1)[-1] in _GAP_CUES
                 and _GAP_VERB_RE.match(text, inner.cue[1])))


# the verbs of saying that report what their subject did or felt ("said he voted for ..."), and
# those that stay a statement of their own inside one ("said he told them ...")
_SAYING_HOSTS = frozenset("say says said saying claim claims claimed insist insists insisted note "
                          "notes noted add adds added explain explains explained acknowledge "
                          "acknowledges acknowledged argue argues argued contend contends contended "
                          "maintain maintains maintained stress stresses stressed".split())
_SAYING_INNER = frozenset("say says said saying tell tells told telling add adds added adding ask "
                          "asks asked asking".split())
_PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | {"it"}


def _self_report(text: str, inner: RawAttribution, host: RawAttribution) -> bool:
    """"Tester said he voted against the bill", "Some 22 percent said they would back Trump":
    a pronoun opens what was said, and its verb is no statement with a clause of its own (not
    "said he told them", "said he stressed Poland would pay"); the vote or the preference is
    what the host reports (PolNeAR train: 1 of 44 such nested attributions annotated).

    >>> t = "Tester said he voted against the bill."
    >>> host = RawAttribution((7, 11), (0, 6), [(12, 37)], Pattern.SOURCE_VERB_CONTENT, 0, "", "")
    >>> inner = RawAttribution((15, 21), (12, 14), [(22, 37)], Pattern.SOURCE_VERB_CONTENT, 0, "", "")
    >>> _self_report(t, inner, host)
    True
    """
    if inner.source is None or not host.content or inner.source[0] != host.content[0][0]:
        return False
    host_verb = text[host.cue[0]:host.cue[1]].rsplit(None, 1)[-1].lower()
    inner_verb = text[inner.cue[0]:inner.cue[1]].rsplit(None, 1)[-1].lower()
    if host_verb not in _SAYING_HOSTS or inner_verb in _SAYING_INNER \
            or text[inner.source[0]:inner.source[1]].lower() not in _PERSONAL_PRONOUNS:
        return False
    return not (inner.content and _OWN_CLAUSE_RE.match(text, inner.content[0][0]))


# a content that is a statement's clause: "that ..." or a subject and its verb (not a quoted
# object: "said he could not comment on "cabinet speculation"")
_OWN_CLAUSE_RE = re.compile(r"(?:that\b|(?:\S+\s+){1,3}(?:will|would|can|could|should|may|might|"
                            r"must|is|are|was|were|has|have|had)\b)")


def _speaker_source(text: str, raw: RawAttribution) -> bool:
    """Does ``raw`` have a source that can speak or show (a typed mention or a pronoun)?"""
    if raw.source is None:
        return False
    info = mention_info(text[raw.source[0]:raw.source[1]])
    return info.type is not SourceType.UNKNOWN or info.pronoun is not None


def _without_weak_nested(text: str, found: list[RawAttribution]) -> list[RawAttribution]:
    """Drop a belief, stance or agentless passive nested in another attribution's content
    ("She said she hopes to win": the hope is part of what she said), and a statement nested
    in a content that takes it in; other nested statements stay ("sources said they said")."""
    kept = [a for a in found if a.parent is None or not _absorbed(text, a, found[a.parent])]
    if len(kept) < len(found):
        for a in kept:
            a.parent = None
        _link_nested(kept)
    return kept
