"""Frames where the cue's subject is not next to it: participles ("..., saying ..."),
gerunds ("by saying ...", "In calling X reckless, Y ..."), passives with or without an agent
("has been criticized", "a move praised by X") and sourceless cues ("reportedly", "seemed",
"Asked about ...").

>>> from claimtrace.model import Sentence, Span
>>> from claimtrace.cues import find_cues
>>> text = 'Mayor Ortiz opened the bridge, saying it would cut commutes.'
>>> ctx = Ctx(text, Sentence(0, Span.of(text, 0, len(text)), 0), [], None, [])
>>> raw = participle(ctx, find_cues(text, 0, len(text), [])[0])
>>> text[raw.source[0]:raw.source[1]], raw.rule
('Mayor Ortiz', 'participle_subject')
"""

from __future__ import annotations

import re

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
from .model import Pattern
from .span_words import SUBJECT_PRONOUNS, dateline_end, is_source_noun, lower_word, time_or_amount
from .spans import (
    appositive_np,
    has_word,
    left_np,
    strip_trailing_punct,
    strip_ws,
    subject_np,
    words,
)
from .spans_aside import opening_name_aside, opening_subject
from .spans_right import CLAUSE_INTRO, SUBJECT_LEAD, right_np

_BY_RE = re.compile(r"\bby\s+", re.IGNORECASE)
_AGENTLESS_KINDS = frozenset({"speech", "believe", "told"})
_STANCE_NOT_PASSIVE = frozenset("support oppose back endorse want seek plan welcome embrace "
                                "defend praise".split())
_GERUND_PREP_RE = re.compile(r"\b(?:[Bb]y|[Ii]n|[Aa]fter|[Ww]hile|[Bb]efore|[Ww]ithout|[Ss]ince|[Uu]pon)\s+"
                             r"(?:[a-z]+ly\s+)?$")  # "after (initially) saying"


# Words that join the cue to its clause ("..., and said", "... by saying"): skipped backwards.
_OWN_JOIN_RE = re.compile(r"(?:[,\u2014\u2013]\s*)?(?:\b(?:and|but|or|then|by|while|after|before|in|"
                          r"without|since)\s+)*$", re.IGNORECASE)
# Where a new clause with its own subject may begin: "; she ...", ", and the governor ...".
_CLAUSE_BREAK_RE = re.compile(r";|,\s*(?:and|but|while|whereas|although|though|because|so|yet)\s+|"
                              r"\s(?:and|but)\s+(?=(?:he|she|they|we|I)\b)")
# An opening adverb or short phrase before the subordinate clause: "Last month, when ..."
_LEAD_ADVERBIAL = (r"(?:(?-i:In|On|At|During|Over|Last|This|Earlier|Later|Then|Now|Still|Yet|Instead|"
                   r"Meanwhile|Indeed|Finally|Ultimately|Recently|Previously|Initially|Eventually|"
                   r"Similarly|Separately|Apparently|Originally)\b[^,;:\"\u201c]{0,40},\s*)?")
# A measure of time before "after"/"before"/"since": "Two years after", "Ever since", "Long before"
_TIME_MEASURE = r"(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?)"
_TIME_LEAD = r"(?:" + _TIME_MEASURE + r"\s+|long\s+|shortly\s+|just\s+|soon\s+|ever\s+)?"
_SUBORDINATE_RE = re.compile(r"\s*" + _LEAD_ADVERBIAL + r"(?:(?:and|but)\s+)?(?:(?:while|when|whereas|"
                             r"although|though|as|if|because|once|even though|even as|until|unless)|"
                             + _TIME_LEAD + r"(?:after|before|since)|(?-i:[A-Z][a-z]+ed)\s+(?:about|whether|"
                             r"if|on|by|at|in|during|for|why|what|how|again|later))\b", re.IGNORECASE)
_FINITE_RE = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|"
                        r"must|should|[a-z]{3,}ed)\b")
# The clause's main verb without a parser: an auxiliary, an "-ed" or "-s" form or a common
# irregular past ("met", "took", "went"), after an optional adverb ("quickly distanced").
_IRREGULAR_PAST = ("met took went made gave spoke came saw began brought bought built caught "
                   "chose drew drove fell felt fought flew got grew heard held kept knew led lost "
                   "paid ran rose sat sent shot sold stood struck swore taught threw won wore "
                   "wrote broke became spent sought withdrew hit left")
_MAIN_VERB_RE = re.compile(r"\s(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
                           r"(is|are|was|were|has|have|had|will|would|can|could|did|does|may|might|"
                           r"must|should|[a-z]{3,}ed|[a-z]{2,}[^\Wsui]s|"
                           + "|".join(_IRREGULAR_PAST.split()) + r")\b")
_RELATIVE_HEADS = frozenset({"who", "which", "that", "whom", "whose"})
_MAX_VERB_CANDIDATES = 4
_DETERMINER_RE = re.compile(r"\s*(?:the|a|an|his|her|their|its|our)\s", re.IGNORECASE)
_SUBJECT_END_RE = re.compile(r"\s*(?:and|or|,)")  # "Iran and said": a list, not a subject
_DUMMY_SUBJECTS = frozenset({"it", "there"})  # "It is hard to say ...": no speaker
_MAX_SUBORDINATE_WORDS = 25
_EMBEDDED_RE = re.compile(r"\b(?:whether|if)\s+$", re.IGNORECASE)  # an embedded question's subject
_MAX_SUBJECT_LEAD_WORDS = 6


def _own_join_start(text: str, floor: int, pos: int) -> int:
    """Where the words joining a cue to its clause begin.

    >>> t = "He won, and then said so"
    >>> t[:_own_join_start(t, 0, t.index("said"))]
    'He won'
    """
    m = _OWN_JOIN_RE.search(text, max(floor, pos - 40), pos)
    return m.start() if m else pos


def _skip_subordinate(text: str, start: int, end: int) -> int:
    """Past an opening subordinate clause ("While X hesitated, Y ...") to its comma.

    >>> t = "While Ann hesitated, Bo spoke"
    >>> t[_skip_subordinate(t, 0, len(t)):]
    ' Bo spoke'
    """
    m = _SUBORDINATE_RE.match(text, start, end)
    if m:
        comma = text.find(",", m.end(), end)
        if comma > 0 and len(words(text, start, comma)) <= _MAX_SUBORDINATE_WORDS:
            return comma + 1
    return start


def clause_start(text: str, floor: int, end: int) -> int:
    """Start of the clause that ends at ``end``: after the last "; " or ", and" that opens a
    clause with a subject of its own, past an opening subordinate clause.

    >>> t = "Ann left early, and the mayor replied"
    >>> t[clause_start(t, 0, len(t)):]
    'the mayor replied'
    """
    start = floor
    for m in _CLAUSE_BREAK_RE.finditer(text, floor, end):
        if m.group().startswith(";") or _opens_subject(text, m.end(), end):
            start = m.end()
    return _skip_subordinate(text, start, end)


def _opens_subject(text: str, start: int, end: int) -> bool:
    """Does a subject and its finite verb follow ``start`` ("the governor *tripped* ...")?

    >>> t = "the New Jersey governor tripped up Rubio"
    >>> _opens_subject(t, 0, len(t)), _opens_subject("Iran and said", 0, 13)
    (True, False)
    """
    subj = subject_np(text, start, end)
    if subj is not None and subj[0] == strip_ws(text, start, end)[0]:
        return _SUBJECT_END_RE.match(text, subj[1]) is None
    m = _FINITE_RE.search(text, start, end)
    return m is not None and _DETERMINER_RE.match(text, start) is not None \
        and len(words(text, start, m.start())) <= _MAX_SUBJECT_LEAD_WORDS \
        and not any(ch in ',;:"' for ch in text[start:m.start()])


def _is_nested(raw: RawAttribution, found: list[RawAttribution]) -> bool:
    """Is ``raw``'s source inside another attribution's content (and not the other way round)?
    "Starr said Clinton's situation reminds him ...": "Clinton's situation" is nested."""
    def inside(outer: RawAttribution, inner: RawAttribution) -> bool:
        src = inner.source
        return src is not None and any(s <= src[0] and src[1] <= e for s, e in outer.content)
    return any(o is not raw and inside(o, raw) and not inside(raw, o) for o in found)


def _clause_subject_np(text: str, start: int, end: int, sent_end: int) -> tuple[int, int] | None:
    """The noun phrase before the clause's first finite verb ("Hundreds of protesters *marched*"),
    else the clause-initial name or pronoun.

    >>> t = "A few other Republicans have spoken out, saying so."
    >>> s, e = _clause_subject_np(t, 0, t.index(","), len(t)); t[s:e]
    'A few other Republicans'
    """
    found = _main_verb_subject(text, start, end)
    if found is not None:
        return found
    m = _FINITE_RE.search(text, start, end)
    if m:
        np = left_np(text, start, m.start() + 1)
        if np is not None and len(words(text, start, np[0])) <= _MAX_SUBJECT_LEAD_WORDS \
                and text[np[0]:np[1]].lower() not in _DUMMY_SUBJECTS \
                and not _embedded_subject(text, start, np[0]):
            return np
    return subject_np(text, start, sent_end) or opening_subject(text, start, end)


def _embedded_subject(text: str, start: int, pos: int) -> bool:
    """Does a noun phrase at ``pos`` open a question embedded in the clause, not the clause?

    >>> t = "Kell put off deciding whether the group could stay"
    >>> _embedded_subject(t, 0, t.index("the group")), _embedded_subject("If Al goes", 0, 3)
    (True, False)
    """
    m = _EMBEDDED_RE.search(text, max(start, pos - 9), pos)
    return m is not None and bool(words(text, start, m.start()))


def _opening_appositive(text: str, start: int, comma: int) -> tuple[int, int] | None:
    """"*One of those senators, Mark Kirk of Illinois,* has met ...": a phrase and its
    appositive that open the clause (blind batch 5 took "One" alone); None otherwise."""
    np = appositive_np(text, start, comma)
    return np if np is not None and np[0] == start else None


def _main_verb_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase before the clause's first finite verb, past a dateline and an opening
    adverbial or participle phrase ("Rallying workers, Ms. Ortiz *promised* ..."); None when
    the clause opens with a dummy ("There *were* ...") or no verb has a plausible subject.

    >>> t = "President Mara Quill met workers on Tuesday and said so."
    >>> s, e = _main_verb_subject(t, 0, t.index(" and said")); t[s:e]
    'President Mara Quill'
    >>> t = "Just before the ferry left, the harbour pilot needed help and asked for it."
    >>> s, e = _main_verb_subject(t, 0, t.index(" and asked")); t[s:e]
    'the harbour pilot'
    """
    start = dateline_end(text, start, end)  # "ORLANDO, Fla. (Reuters) - ", "MEXICO CITY - "
    toks = words(text, start, min(end, start + 40))
    while toks and lower_word(text, toks[0]) in SUBJECT_LEAD:
        toks = toks[1:]
    first = lower_word(text, toks[0]) if toks else ""
    intro = first in CLAUSE_INTRO or first.endswith("ing") or first in ("just", "shortly", "even")
    tried = 0
    for m in _MAIN_VERB_RE.finditer(text, start, end):
        verb = m.group(1)
        before = text[start:m.start()].rstrip()
        prev = before.rsplit(None, 1)[-1] if before else ""
        if verb.endswith("s") and verb not in _AUX_S and not (
                prev[:1].isupper() and _S_VERB_OBJECT_RE.match(text, m.end(), end)):
            continue  # "-s" right after a name, an object after it: "CITIC runs an ..."
        tried += 1
        if tried > _MAX_VERB_CANDIDATES:
            break
        np = left_np(text, start, m.start() + 1)
        if np is None and before.endswith(","):
            np = _opening_appositive(text, start, start + len(before) - 1) \
                or subject_np(text, start, m.start()) or opening_subject(text, start, m.start(1)) \
                or opening_name_aside(text, start, m.start(1))  # "X, looking for ..., seized"
        if np is None:
            continue
        head = text[np[0]:np[1]].lower()
        if head in _DUMMY_SUBJECTS:
            return None
        if head in _RELATIVE_HEADS or _embedded_subject(text, start, np[0]):
            continue  # "put off deciding whether *the group* could ...": not the clause's subject
        lead = text[start:np[0]].strip()
        if intro and lead.endswith(",") or not intro and len(words(text, start, np[0])) \
                <= _MAX_SUBJECT_LEAD_WORDS and not any(ch in ';:"' for ch in lead):
            return np
    return None


_AUX_S = frozenset({"is", "has", "was", "does"})
_S_VERB_OBJECT_RE = re.compile(r"\s+(?:a|an|the|his|her|their|its|it|him|them|that|to|with)\s")


def sentence_subject(ctx: Ctx, cue_start: int | None = None) -> tuple[int, int] | None:
    """The subject a participle, gerund or coordinated verb at ``cue_start`` shares: the last
    earlier source of its clause that is not inside another's content, else the clause's
    subject. Without ``cue_start``, the last earlier source of the sentence, else its subject.

    >>> from claimtrace.model import Sentence, Span
    >>> t = "Ann won, and the mayor replied, saying so."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> s, e = sentence_subject(ctx, t.index("saying")); t[s:e]
    'the mayor'
    """
    if cue_start is None:
        earlier = [a.source for a in ctx.found if a.source is not None]
        return earlier[-1] if earlier else subject_np(ctx.text, ctx.sent.start, ctx.sent.end)
    text, sent = ctx.text, ctx.sent
    end = _own_join_start(text, sent.start, cue_start)
    start = clause_start(text, sent.start, end)
    earlier_found = [a for a in ctx.found if a.source is not None
                     and a.pattern != Pattern.ACCORDING_TO
                     and start <= a.source[0] and _ends_by(text, a.source[1], end)]
    # the latest one not nested in another's content, else the latest; read from the end, as
    # a run-on sentence may hold hundreds of earlier attributions
    outer = next((a for a in reversed(earlier_found) if not _is_nested(a, ctx.found)), None)
    if outer is not None or earlier_found:
        return (outer or earlier_found[-1]).source
    return _clause_subject_np(text, start, end, sent.end)


def _ends_by(text: str, pos: int, end: int) -> bool:
    """Does a span ending at ``pos`` end by ``end``, a closing comma aside ("said Al Fox, an
    aide*,* adding ...": the appositive's comma is the one before the participle)?"""
    return pos <= end or (pos <= end + 2 and not text[end:pos].strip(", "))


def after_quote(ctx: Ctx, cue: Cue, src: tuple[int, int]) -> RawAttribution | None:
    """"“...?” Renteria told reporters.": the quote was split off as its own sentence.

    >>> from claimtrace import analyze; from claimtrace.cues import find_cues, quote_regions
    >>> t = '"Who will pay for it?" Renteria told reporters.'
    >>> (prev, sent), q = analyze(t).sentences, quote_regions(t, 0, len(t))
    >>> cue = find_cues(t, sent.start, sent.end, q)[0]
    >>> raw = after_quote(Ctx(t, sent, q, prev, []), cue, (23, 31))  # source: "Renteria"
    >>> t[raw.content[0][0]:raw.content[0][1]], raw.rule
    ('"Who will pay for it?"', 'content_first_previous_quote')
    """
    prev, text = ctx.prev_sentence, ctx.text
    if prev is None or prev.paragraph != ctx.sent.paragraph:
        return None
    # a closing '' is normalised to '" ', so the quote mark may sit one before the end
    close = prev.end - 1 if text[prev.end - 1] == '"' else prev.end - 2
    if text[close] != '"':
        return None
    region = next(((s, e) for s, e in ctx.quotes if e in (prev.end, close + 1)), None)
    if region is None:
        return None
    return RawAttribution((cue.start, cue.end), src, [region], Pattern.CONTENT_SOURCE_VERB,
                          ctx.sent.index, "content_first_previous_quote",
                          f"quote ends the previous sentence; source {span_text(text, src)!r}")


_COMMA_ADVERB_RE = re.compile(r"[,\u2014]\s*(?:[a-z]+ly|later|then|also|again|even|still|once|"
                              r"soon|finally|at\s+one\s+point)\s+$")


def after_comma_adverb(text: str, floor: int, pos: int) -> bool:
    """Is there a comma and one adverb right before ``pos`` ("..., *eventually* saying")?

    >>> t = "The mayor closed the pier, eventually saying the storm was near."
    >>> after_comma_adverb(t, 0, t.index("saying")), after_comma_adverb(t, 0, t.index("the storm"))
    (True, False)
    """
    return _COMMA_ADVERB_RE.search(text, max(floor, pos - 24), pos) is not None


def participle(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"..., adding that ..." / "..., saying ...": the subject is the clause's earlier source.

    >>> from claimtrace.cues import find_cues
    >>> from claimtrace.model import Sentence, Span
    >>> t = "The village clerk replied by saying nothing had changed."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> raw = participle(ctx, find_cues(t, 0, len(t), [])[-1])  # the cue "saying"
    >>> t[raw.source[0]:raw.source[1]], t[raw.content[0][0]:raw.content[0][1]]
    ('The village clerk', 'nothing had changed')
    """
    text, sent = ctx.text, ctx.sent
    word = text[cue.verb_start:cue.end].lower()
    if not is_participle(text, cue):
        return None
    gerund = _GERUND_PREP_RE.search(text, max(sent.start, cue.verb_start - 28), cue.verb_start)
    if not gerund and cue.start == cue.verb_start and text[cue.start].isupper() \
            and _opens_sentence(text, sent.start, cue.start):
        return _opening_gerund(ctx, cue)  # "Noting that the pier was shut, Vale said ..."
    if boundary_before(text, sent.start, cue.verb_start) is None and not gerund \
            and not after_comma_adverb(text, sent.start, cue.verb_start):
        return None
    if gerund and _opens_sentence(text, sent.start, gerund.start()):
        return _opening_gerund(ctx, cue)
    if gerund and _opens_after_lead(text, sent.start, gerund.start()):
        raw = _opening_gerund(ctx, cue)  # "But in describing ..., the journalists ..."
        if raw is not None:
            return raw
    src = sentence_subject(ctx, cue.verb_start)
    if src is None and gerund:
        src = gerund_host_subject(text, sent.start, gerund.start())
    aside = False
    if src is None and not gerund and cue.kind == "speech" and cue.lemma != "write":
        # "The Journal, citing X, reported"; "Lee, writing in X, argued" names the outlet only
        src = comma_host_subject(text, sent.start, cue.verb_start)
        aside = src is not None
    if src is None:
        return None
    content = _aside_content(ctx, cue.end) if aside else content_after(ctx, cue.end)
    if content is None:
        return None
    return RawAttribution((cue.verb_start, cue.end), src, [content], Pattern.SOURCE_VERB_CONTENT,
                          sent.index, "participle_subject",
                          f"participle {word!r} shares the subject {span_text(text, src)!r}")


_TIME_LEAD_RE = re.compile(r"\s*(?:" + _TIME_MEASURE + r"|[Ll]ong|[Ss]hortly|[Jj]ust|[Ss]oon|[Ee]ven)\s*$")


def _opens_sentence(text: str, start: int, pos: int) -> bool:
    """Does a gerund's preposition at ``pos`` open the sentence, after at most a measure of
    time ("*Two years* after backing Ames, Bo said")?"""
    return not words(text, start, pos) or _TIME_LEAD_RE.fullmatch(text, start, pos) is not None


def _opens_after_lead(text: str, start: int, pos: int) -> bool:
    """Does a gerund's preposition at ``pos`` open the sentence after a dateline, a conjunction
    or a one-word adverb ("But in describing ...", "Now, after arguing ..."), or open a clause
    after a colon ("...: By refusing ...")? Session 7, train error analysis: strong cues
    dropped for want of a subject.

    >>> t = "HARBORTON - But after saying so, Lee left."
    >>> _opens_after_lead(t, 0, t.index("after")), _opens_after_lead(t, 0, t.index("so"))
    (True, False)
    """
    colon = text.rfind(":", start, pos)
    if colon >= 0 and not text[colon + 1:pos].strip() and text[pos].isupper():
        return True  # a capital after a colon opens a clause of its own
    return _opens_sentence(text, _past_lead(text, start, pos), pos)


def _past_lead(text: str, start: int, end: int) -> int:
    """Past a dateline and one opening conjunction or adverb ("WASHINGTON - But ...")."""
    start = dateline_end(text, start, end + 1)  # its dash must have a word after it
    lead = _LEAD_WORD_RE.match(text, start, end)
    return lead.end() if lead and lead.group(1).lower() in SUBJECT_LEAD else start


_LEAD_WORD_RE = re.compile(r"\s*([A-Z][a-z]+)\b,?\s*")  # "But ", "Now, "


def gerund_host_subject(text: str, start: int, prep: int) -> tuple[int, int] | None:
    """The subject of the clause a gerund phrase at ``prep`` ("by dismissing ...") hangs on,
    where :func:`sentence_subject` finds none: the noun phrase the phrase interrupts ("Lee,
    after saying ..., left") or the one opening the clause before it, past a dateline, a
    conjunction and one short opening phrase ("But the Lee campaign risks ... by ...").
    Session 7, train error analysis of strong cues dropped for want of a subject: with
    :func:`_opens_after_lead`, 8 train cues added, all on a gold cue with its source head.

    >>> t = "Mr. Lee, after initially saying no, left."
    >>> s, e = gerund_host_subject(t, 0, t.index("after")); t[s:e]
    'Mr. Lee'
    >>> t = "But the Lee campaign risks losing by dismissing him."
    >>> s, e = gerund_host_subject(t, 0, t.index("by")); t[s:e]
    'the Lee campaign'
    """
    if text[start:prep].rstrip().endswith(","):  # "Lee, after saying ...": the noun phrase before it
        return comma_host_subject(text, start, prep)
    start = _past_lead(text, start, prep)
    np = _np_before_verb(text, start, prep)
    comma = text.find(",", start, prep)
    if np is None and comma >= 0 and len(words(text, start, comma)) <= _MAX_GERUND_LEAD_WORDS:
        np = _np_before_verb(text, comma + 1, prep)  # "In May, Lee ...", "Lee's rival, Al ..."
    return np


_MAX_GERUND_LEAD_WORDS = 8


def comma_host_subject(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (past a dateline and a conjunction) and ends in
    the comma right before ``pos``: the subject of a phrase set off after it ("Lee, after
    saying ...", "The Journal, citing ..."). Session 7, train error analysis of strong cues
    dropped for want of a subject: for a speech participle right after the comma, 6 train
    cues added, 5 on a gold cue with its source head (PolNeAR annotates "citing",
    "recalling" beside the outer "reported", "said"; the wrong one is "echoing"). "Writing
    in/for X" names the outlet, and PolNeAR annotates the outer verb: 1 of 3 right, left out.

    >>> t = "But the Journal, citing two aides, reported it."
    >>> s, e = comma_host_subject(t, 0, t.index("citing")); t[s:e]
    'the Journal'
    >>> comma_host_subject("In May, citing aides, Lee left.", 0, 8) is None
    True
    """
    start = _past_lead(text, start, pos)
    before = text[start:pos].rstrip()
    if not before.endswith(","):
        return None
    return _opening_np(text, start, start + len(before) - 1)


def _aside_content(ctx: Ctx, start: int) -> tuple[int, int] | None:
    """The content of a phrase set off by commas, from ``start`` to its closing comma outside
    quotes ("The Journal, citing *internal documents*, reported ..."), else to the end.

    >>> from claimtrace.model import Sentence, Span
    >>> t = "Al Roe, citing two aides, said so."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> s, e = _aside_content(ctx, t.index(" two")); t[s:e]
    'two aides'
    """
    text, sent = ctx.text, ctx.sent
    end = None
    comma = text.find(",", start, sent.end)
    while comma >= 0 and end is None:
        quote = next(((qs, qe) for qs, qe in ctx.quotes if qs < comma < qe), None)
        if quote is None:
            end = comma
        elif not text[comma + 1:quote[1]].strip(_CLOSING):
            end = quote[1]  # 'citing "the magic of it," said': the quote closes the phrase
        else:
            comma = text.find(",", comma + 1, sent.end)
    if end is None:
        return content_after(ctx, start)
    s, e = strip_ws(text, start, end)
    return (s, e) if has_word(text, s, e) else None


_CLOSING = " \"'\u201d\u2019"


def _opening_np(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that runs from ``start`` (spaces aside) to ``end``, if there is one."""
    np = left_np(text, start, end)
    if np is None or np[0] != strip_ws(text, start, end)[0] or np[1] != end:
        return None
    last = text[np[0]:np[1]].rsplit(None, 1)[-1]
    speaker = last.lower() not in _DUMMY_SUBJECTS and (
        last[0].isupper() or last.lower() in SUBJECT_PRONOUNS or is_source_noun(last))
    return np if speaker else None  # "often conducted by ...", "It was ...": no speaker


def _np_before_verb(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that opens the clause at ``start`` when a finite verb follows it; an
    "-s" word counts as the verb only before an object or a gerund ("the campaign *risks*
    losing"; "Harbor *officials* risk" is a plural noun)."""
    for m in _MAIN_VERB_RE.finditer(text, start, end):
        verb = m.group(1)
        if not verb.endswith("s") or verb in _AUX_S or _S_VERB_OBJECT_RE.match(text, m.end()) \
                or _GERUND_NEXT_RE.match(text, m.end()):
            return _opening_np(text, start, m.start())
    return None


_GERUND_NEXT_RE = re.compile(r"\s+[a-z]{3,}ing\b")


def _opening_gerund(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"In declaring the remarks unchristian, the pope ...": the subject follows the clause."""
    text, sent = ctx.text, ctx.sent
    comma = text.find(",", cue.end, sent.end)
    if comma < 0 or '"' in text[cue.end:comma]:
        return None
    after = strip_ws(text, comma + 1, sent.end)[0]
    src = subject_np(text, after, sent.end) or _main_verb_subject(text, after, sent.end)
    content = strip_ws(text, cue.end, comma)
    if src is None or not has_word(text, *content):
        return None
    return RawAttribution((cue.verb_start, cue.end), src, [content], Pattern.SOURCE_VERB_CONTENT,
                          sent.index, "opening_gerund",
                          f"gerund clause {text[cue.verb_start:cue.end]!r}, then subject "
                          f"{span_text(text, src)!r}")


def agentless_passive(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"Mr. Sanders has been criticized for ...": a reporting verb in the passive, no agent.

    >>> from claimtrace.cues import find_cues
    >>> from claimtrace.model import Sentence, Span
    >>> t = "Mr. Sanders has been criticized for his remarks."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> raw = agentless_passive(ctx, find_cues(t, 0, len(t), [])[0])
    >>> raw.source, raw.rule, [t[s:e] for s, e in raw.content]
    (None, 'passive_no_agent', ['Mr. Sanders', 'for his remarks'])
    """
    text, sent = ctx.text, ctx.sent
    if cue.weak or cue.kind not in _AGENTLESS_KINDS or cue.lemma in _STANCE_NOT_PASSIVE:
        return None  # a stance in the passive ("whether the idea was supported") is no report
    by = _BY_AFTER_RE.match(text, cue.end, sent.end)
    if by and not time_or_amount(text, by.end(), sent.end):
        return _passive_with_agent(ctx, cue, by.end())
    if by is None and _BY_RE.search(text, cue.end, min(sent.end, cue.end + _BY_REACH)):
        return None  # (a deadline, "be concluded by March 31", leaves the passive agentless)
    if text[cue.verb_start:cue.end].split()[0].lower() in _EXPERIENCER_PARTICIPLES:
        held = _experiencer(ctx, cue)
        if held is not None:
            return held
    before = content_before(ctx, cue.start)
    after = content_after(ctx, cue.end)
    fragments = [f for f in (before, after) if f and has_word(text, *f)]
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), None, fragments, Pattern.NO_SOURCE, sent.index,
                          "passive_no_agent", f"agentless passive {text[cue.start:cue.end]!r}")


# how far after a passive cue a "by" may stand and still be its agent: a bound, so that a run-on
# sentence of thousands of passives is not scanned to its end once per cue
_BY_REACH = 400


# participles of feeling: "the government is worried that ..." has its holder as subject
_EXPERIENCER_PARTICIPLES = frozenset("worried concerned convinced persuaded determined frustrated "
                                     "disappointed pleased surprised troubled alarmed encouraged "
                                     "dismayed relieved outraged offended heartened".split())
_BE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|not\s+|also\s+)*$",
                           re.IGNORECASE)


def _experiencer(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """'The Mexican government is worried that ...', 'Mr. Ackman is convinced that ...': the
    subject holds the feeling, the clause after it is the content."""
    text, sent = ctx.text, ctx.sent
    be = _BE_BEFORE_RE.search(text, max(sent.start, cue.verb_start - 30), cue.verb_start)
    src = left_np(text, sent.start, be.start()) if be else None
    content = content_after(ctx, cue.end)
    if src is None or content is None:
        return None
    return RawAttribution((cue.start, cue.end), src, [content], Pattern.BELIEF, sent.index,
                          "experiencer_passive",
                          f"{span_text(text, src)!r} is {text[cue.verb_start:cue.end]!r}")


_MANNER_BY_RE = re.compile(r"(?:name|default)\b", re.IGNORECASE)


def _agent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The agent noun phrase after "by", without the charge that may follow it; none for a
    manner ("quoted by name", "chosen by default")."""
    if _MANNER_BY_RE.match(text, start, end):
        return None
    src = right_np(text, start, end, max_words=12, any_first=True)
    if src is None:
        return None
    reason = _AGENT_REASON_RE.search(text, src[0], src[1])
    if reason and reason.start() > src[0]:
        src = (src[0], reason.start())  # "by his rivals *for failing to ...*": the charge, not the agent
    return src


def reduced_passive(ctx: Ctx, cue: Cue, noun: tuple[int, int]) -> RawAttribution | None:
    """"a practice criticized by Miller", "a fact first reported by X": a participle after a
    noun phrase, with its agent; the agent is the source, the noun phrase the content.

    >>> from claimtrace.model import Sentence, Span
    >>> from claimtrace.cues import find_cues
    >>> t = "He cut the tax, a move praised by Senate Republicans."
    >>> c = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> cue = [k for k in find_cues(t, 0, len(t), []) if k.lemma == "praise"][0]
    >>> r = reduced_passive(c, cue, (16, 22))
    >>> t[r.source[0]:r.source[1]], t[r.content[0][0]:r.content[0][1]]
    ('Senate Republicans', 'a move')
    """
    text, sent = ctx.text, ctx.sent
    verb = text[cue.verb_start:cue.end].split()[0].lower()
    lead = text[cue.start:cue.verb_start].split()
    if not all(w.endswith("ly") or w in _PARTICIPLE_ADVERBS for w in lead) \
            or not _PARTICIPLE_RE.fullmatch(verb):
        return None
    by = _BY_AFTER_RE.match(text, cue.end, sent.end)
    if by is None or _NOT_AGENT_RE.match(text, by.end()) or time_or_amount(text, by.end(), sent.end):
        return None  # "responded by saying", "said by telephone"
    if _PERFECT_RE.search(text, max(sent.start, cue.start - 12), cue.start):
        return None
    src = _agent(text, by.end(), sent.end)
    if src is None or not has_word(text, *noun):
        return None
    return RawAttribution((cue.start, cue.end), src, [noun], Pattern.PASSIVE, sent.index,
                          "reduced_passive_by",
                          f"{span_text(text, noun)!r} {verb} by {span_text(text, src)!r}")


# adverbs of time that open a reduced passive as "-ly" adverbs do ("a deal, first reported by X")
_PARTICIPLE_ADVERBS = frozenset("first also later initially previously originally".split())
_PARTICIPLE_RE = re.compile(r"[a-z]+(?:ed|en|wn)|made|told|said|held|thought|brought|heard|felt|"
                            r"led|read|put|set|sought|taught|won|cited")
_NOT_AGENT_RE = re.compile(r"(?:\w+ly\s+)?\w+ing\b|[\d$%]|(?:tele)?phone\b|e-?mail\b|text\b|mail\b|video\b|satellite\b|"
                           r"far\b|default\b|way\b|the\s+way\b|now\b|then\b|itself\b|themselves\b|name\b|"
                           r"(?:him|her|them)sel(?:f|ves)\b", re.IGNORECASE)
_PERFECT_RE = re.compile(r"\b(?:has|have|had|having|'ve|'d)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _passive_with_agent(ctx: Ctx, cue: Cue, agent: int) -> RawAttribution | None:
    """"Trump has been criticized by his rivals for ...": the agent after "by" is the source,
    the subject before the verb (and what follows the agent) the content."""
    text, sent = ctx.text, ctx.sent
    src = _agent(text, agent, sent.end)
    if src is None:
        return None
    fragments = [f for f in (content_before(ctx, cue.start), content_after(ctx, src[1]))
                 if f and has_word(text, *f)]
    if not fragments:
        return None
    return RawAttribution((cue.start, cue.end), src, fragments, Pattern.PASSIVE, sent.index,
                          "passive_by_verb", f"passive {text[cue.start:cue.end]!r} by {span_text(text, src)!r}")


def sourceless(ctx: Ctx, cue: Cue) -> RawAttribution | None:
    """"X reportedly did ...", "X seems to ...", "Asked about Y, ...": no source is named.

    >>> from claimtrace.cues import find_cues
    >>> from claimtrace.model import Sentence, Span
    >>> t = "The dam reportedly failed on Monday."
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, [])
    >>> raw = sourceless(ctx, find_cues(t, 0, len(t), [])[0])
    >>> raw.source, raw.rule, [t[s:e] for s, e in raw.content]
    (None, 'no_source:evidential', ['The dam', 'failed on Monday'])
    """
    text, sent = ctx.text, ctx.sent
    source = None
    if cue.kind == "asked":
        comma = text.find(",", cue.end, sent.end)
        start = cue.end
        by = _BY_AFTER_RE.match(text, cue.end, sent.end)
        if by:  # "Asked by Matt Lauer whether ...": the one who asked is the source
            source = right_np(text, by.end(), comma if comma > 0 else sent.end, any_first=True)
            start = source[1] if source else start
        content = strip_trailing_punct(text, start, comma if comma > 0 else sent.end)
        fragments = [content] if has_word(text, *content) else []
    else:
        before = content_before(ctx, cue.start)
        if before is not None:
            before = _own_clause(text, before)
        after = content_after(ctx, cue.end)
        fragments = [f for f in (before, after) if f]
    if not fragments:
        return None
    if source is not None:
        return RawAttribution((cue.start, cue.end), source, fragments, Pattern.PASSIVE, sent.index,
                              "asked_by", f"asked by {span_text(text, source)!r}")
    return RawAttribution((cue.start, cue.end), None, fragments, Pattern.NO_SOURCE, sent.index,
                          f"no_source:{cue.kind}", f"{cue.kind} cue {text[cue.start:cue.end]!r} names no source")


# where the clause of an evidential cue starts, after another clause: "... on Thursday — where he
# seemed to differ", "...; the race appears closer", "..., and he seemed uneasy"
_EVIDENTIAL_CLAUSE_RE = re.compile(r"(?:[;\u2014\u2013]|--|,\s*(?:and|but|while|whereas)\b|"
                                   r"\b(?:where|because|although|though|whereas)\b)\s*")


def _own_clause(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The part of the content before an evidential cue ("seemed", "appears") that is the cue's
    own clause: after the last dash, semicolon or clause joiner (PolNeAR marks "he ... to differ
    with Pence", not the clause about Thursday before it).

    >>> t = "He spoke on Thursday — where he seemed to differ."
    >>> s = _own_clause(t, (0, t.index(" seemed"))); t[s[0]:s[1]]
    'he'
    """
    last = max(_EVIDENTIAL_CLAUSE_RE.finditer(text, *span), key=lambda m: m.start(), default=None)
    if last is None or not has_word(text, last.end(), span[1]):
        return span
    return strip_ws(text, last.end(), span[1])


_AGENT_REASON_RE = re.compile(r"\s+(?:for|of)\s+(?:\w+ing|his|her|their|its)\b")
# "by" right after a cue, an adverb or a day between: "Asked by X", "criticized on Monday by X"
_BY_AFTER_RE = re.compile(r"\s+(?:[a-z]+ly\s+|on\s+[A-Z][a-z]+day\s+|[A-Z][a-z]+day\s+|"
                          r"(?:on|in|for|over|at)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?[a-z]+\s+)?by\s+")
