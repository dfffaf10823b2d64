"""Frames without a lexicon cue: a speaker label that opens a paragraph ("WALLACE: ...",
a headline "Historians: ..."), a signature paragraph ("- Sanders.") after a quotation, a
roundup item signed after a dash ('... - Pew Research: "..."'), a sentence that opens with a
speaker and a colon before a quotation, a fronted 'Said Comey, "..."', and a
dialogue tag with any verb after a quotation ('"Would it be negotiable?" Hannity pressed.').

>>> from claimtrace.model import Sentence, Span
>>> text = 'Dr. Ben Carson: Clinton not fit to lead'
>>> ctx = Ctx(text, Sentence(0, Span.of(text, 0, len(text)), 0), [], None, [])
>>> raw = speaker_label(ctx)
>>> text[raw.source[0]:raw.source[1]], raw.rule
('Dr. Ben Carson', 'speaker_label')
"""

from __future__ import annotations

import re

from .clause_frames import sentence_subject
from .credit_frames import tweet_credit
from .frame_context import Ctx, RawAttribution, content_after
from .lexicons import reporting_verbs
from .model import Pattern, SourceType
from .sources import classify
from .span_words import has_word, strip_ws
from .spans import strip_trailing_punct
from .spans_right import right_np

__all__ = ["dialogue_tag", "speaker_label"]

_LABEL_RE = re.compile(r"((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w'\-]*):\s+\S")
# a paragraph label that is the page's rubric, not a speaker ("UPDATE:", "Correction:"; session
# 6, train: 15 such all-caps and rubric labels were taken for speakers, none marked)
_NOT_SPEAKERS = frozenset("the a an related update updated watch video photos breaking exclusive "
                          "editor's note read live latest analysis opinion sources source "
                          "see also more q a contributing byline wow revealed name correction "
                          "corrections clarification email e-mail developing alert look listen "
                          "boom busted bombshell so paid just".split())
_SIGNATURE_RE = re.compile(r"[-\u2014\u2013\u2015]\s*((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w'\-]*)"
                           r"\s*(?:[.]\s*$|,\s+\S.{0,80}$|$)")
_LABEL_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.MEDIA})
_HEADLINE_LABEL_TYPES = _LABEL_TYPES | {SourceType.NAMED_ORG, SourceType.UNNAMED_GROUP,
                                        SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_SPECIFIC,
                                        SourceType.DOCUMENT}
# a headline speaker with an addressee: "Obama To Asians Worried About The Vote: It Will Be OK"
_ADDRESSED_LABEL_RE = re.compile(r"((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w'\-]*)\s+(?:[Tt]o|[Oo]n)\s+"
                                 r"[^:\n]{1,60}:\s+\S")
_SPEAKER_RE = re.compile(r"([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}):\s+\S")


def speaker_label(ctx: Ctx) -> RawAttribution | None:
    """"WALLACE: ..." in a transcript, a headline "Dr. Ben Carson: Clinton 'not fit'",
    or a signature paragraph ("- Sanders.") after a quotation.

    >>> from claimtrace.model import Sentence, Span
    >>> t = "WALLACE: Is the race over now?"
    >>> raw = speaker_label(Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), [], None, []))
    >>> t[slice(*raw.source)], t[slice(*raw.content[0])], raw.rule
    ('WALLACE', 'Is the race over now', 'speaker_label')
    >>> u = "UPDATE: The race is over now, officials say."
    >>> speaker_label(Ctx(u, Sentence(0, Span.of(u, 0, len(u)), 0), [], None, [])) is None
    True
    """
    text, sent = ctx.text, ctx.sent
    credit = tweet_credit(ctx)  # an embedded post: "... — Jo Roe (@joroe) May 1, 2016"
    if credit is not None:
        return credit
    if text.startswith(_FRONTED_VERBS, sent.start):  # "Continued Stone: ..." is no label
        fronted = _fronted_verb(ctx)
        if fronted is not None:
            return fronted
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return _signed_quote(ctx) or _quoted_speaker(ctx)
    if text.find(":", sent.start, sent.end) < 0:  # every label pattern below needs its colon
        return _signature(ctx) or _quoted_speaker(ctx)
    m = _SPEAKER_RE.match(text, sent.start, sent.end)
    if m and m.group(1).split()[0].lower() in _NOT_SPEAKERS:
        m = None  # "UPDATE: ...", "BYLINE: ...": a rubric in capitals
    if not m:
        m = _LABEL_RE.match(text, sent.start, sent.end)
        if not m and sent.index == 0:
            m = _ADDRESSED_LABEL_RE.match(text, sent.start, sent.end)  # "Obama To Voters: ..."
        if not m or m.group(1).split()[0].lower() in _NOT_SPEAKERS or classify(m.group(1)).type \
                not in _label_types(sent.index):
            return _signature(ctx) or _quoted_speaker(ctx)
    colon = text.index(":", m.end(1))
    content = content_after(ctx, colon + 1)
    transcript = m.re is _SPEAKER_RE
    if content is None or (not transcript and len(_ALPHA_WORD_RE.findall(text[content[0]:content[1]]))
                           < _min_label_words(sent.index)):
        return None  # "Clinton: 547." (a tally), "Kasich: Now or never." (a subhead)
    return RawAttribution((colon, colon + 1), (m.start(1), m.end(1)), [content],
                          Pattern.SOURCE_VERB_CONTENT, sent.index, "speaker_label",
                          f"paragraph opens with speaker {m.group(1)!r} and a colon")


_ALPHA_WORD_RE = re.compile(r"[A-Za-z]+")


def _min_label_words(sentence_index: int) -> int:
    """Words a label's content needs: a headline may be terse ("Poll: Trump leads"); in the
    body a short line after a name is a subhead ("Kasich: Now or never.")."""
    return 2 if sentence_index == 0 else 4


def _label_types(sentence_index: int) -> frozenset[SourceType]:
    """Who may open a paragraph with a colon: a person or outlet anywhere; in the headline also
    an organisation, a group or a document ("Historians: ...", "Poll: ...")."""
    return _HEADLINE_LABEL_TYPES if sentence_index == 0 else _LABEL_TYPES


def _signature(ctx: Ctx) -> RawAttribution | None:
    """A paragraph that only names the speaker ("- Sanders.") after a quoted paragraph."""
    text, sent, prev = ctx.text, ctx.sent, ctx.prev_sentence
    m = _SIGNATURE_RE.match(text, sent.start, sent.end)
    if not m or prev is None or prev.paragraph != sent.paragraph - 1:
        return None
    quote = strip_trailing_punct(text, prev.start, prev.end)
    if text[quote[1] - 1] != '"':
        return None
    opening = text.rfind('"', 0, quote[1] - 1)  # the quotation may open paragraphs earlier
    if opening >= 0 and prev.start - opening < 3000:
        quote = (opening, quote[1])
    if classify(m.group(1)).type is not SourceType.NAMED_PERSON:
        return None
    return RawAttribution((m.start(), m.start() + 1), (m.start(1), m.end(1)), [quote],
                          Pattern.CONTENT_SOURCE_VERB, sent.index, "signature",
                          f"the paragraph after a quotation is signed {m.group(1)!r}")


# a quotation signed on its own line: '"We will win." \u2015 Jane Roe' (a quote roundup)
_SIGNED_QUOTE_RE = re.compile(r'"[ \t\u00a0]*(?P<dash>[-\u2014\u2013\u2015]{1,2})[ \t\u00a0]*'
                              r"(?P<src>(?:[A-Z][\w.'\-]*[ \t\u00a0]){0,3}[A-Z][\w'\-]*)"
                              r"[ \t\u00a0]*(?:[.]|,[^\n\"]{1,80})?[ \t\u00a0]*$", re.MULTILINE)


def _signed_quote(ctx: Ctx) -> RawAttribution | None:
    """A quotation, a dash and a person's name closing the line ('"It's not over." \u2015 Jo
    Hale'): the same signature as :func:`_signature`, written on the quotation's own line. The
    quotation opens its line: '... was "still the No. 1 force."--Kim Hjelmgaard.' is a brief
    signed by its reporter."""
    text, sent = ctx.text, ctx.sent
    m = _SIGNED_QUOTE_RE.search(text, max(0, sent.start - 3), sent.end)
    if m is None or m.start("dash") < sent.start - 3:
        return None
    opening, _ = strip_ws(text, text.rfind("\n", 0, m.start()) + 1, m.start())
    if text[opening] != '"' or m.start() - opening > 3000 or not has_word(text, opening, m.start()) \
            or classify(m.group("src")).type is not SourceType.NAMED_PERSON:
        return None
    return RawAttribution(m.span("dash"), m.span("src"), [(opening, m.start() + 1)],
                          Pattern.CONTENT_SOURCE_VERB, sent.index, "signature",
                          f"a quotation signed {m.group('src')!r} after a dash on its line")


def _quoted_speaker(ctx: Ctx) -> RawAttribution | None:
    """The label frames that end in a quotation (a dash label, a colon label), tried only where
    the sentence holds a quotation mark and a colon (a fronted "Said" is tried first, in
    :func:`speaker_label`)."""
    text, s, e = ctx.text, ctx.sent.start, ctx.sent.end
    if text.find('"', s, e) < 0 or text.find(":", s, e) < 0:
        return None
    return _dash_label(ctx) or _quoted_label(ctx)


_FRONTED_VERBS = ("Said", "Says", "Added", "Adds", "Wrote", "Continued", "Explained", "Recalled",
                  "Replied", "Countered", "Quipped", "Declared", "Insisted", "Noted", "Asked")


# "... headline - Pew Research: "quotation"": a dash, a named speaker, a colon and a quotation
_DASH_LABEL_RE = re.compile(r"(?:^|\s)[-\u2014\u2013]\s*(?:More from\s+)?"
                            r"(?P<src>(?:[A-Z][\w.'\-]*\s(?:and\s)?){0,4}[A-Z][\w'\-]*):\s*\"")


def _dash_label(ctx: Ctx) -> RawAttribution | None:
    """A roundup item that names its author after a dash and quotes them after a colon
    ("Turnout was the story - Jane Roe: "Young voters stayed home."")."""
    text, sent = ctx.text, ctx.sent
    m = _DASH_LABEL_RE.search(text, sent.start, sent.end)
    if m is None or classify(m.group("src")).type not in _HEADLINE_LABEL_TYPES:
        return None
    return _colon_label(ctx, m, "dash_label",
                        f"a dash, speaker {m.group('src')!r}, a colon and a quotation")


def _colon_label(ctx: Ctx, m: re.Match[str], rule: str, evidence: str) -> RawAttribution | None:
    """The attribution of a label match ending in ': "': the colon is the cue, the speaker
    group ``src`` the source, the quotation the content."""
    content = content_after(ctx, m.end() - 1)
    if content is None:
        return None
    return RawAttribution((m.end("src"), m.end("src") + 1), m.span("src"), [content],
                          Pattern.SOURCE_VERB_CONTENT, ctx.sent.index, rule, evidence)


# a sentence that opens with a speaker, a colon and a quotation: 'Rep. Jo Hale (R-Ohio): "..."'
_QUOTED_LABEL_RE = re.compile(r"(?P<src>[A-Z][^:\"\n]{1,70}?):\s*\"")


def _quoted_label(ctx: Ctx) -> RawAttribution | None:
    """A sentence that opens with a named speaker (a description and a party tag allowed), a
    colon and a quotation ('Former senator Jo Hale (R-Ohio): "We never voted on it."')."""
    text, sent = ctx.text, ctx.sent
    m = _QUOTED_LABEL_RE.match(text, sent.start, sent.end)
    if m is None or not _label_phrase(m.group("src")) \
            or classify(m.group("src")).type not in _LABEL_TYPES:
        return None
    return _colon_label(ctx, m, "quoted_label",
                        f"sentence opens with speaker {m.group('src')!r}, a colon and a quotation")


def _label_phrase(phrase: str) -> bool:
    """A speaker's name with a description, not a clause ("He added", "On Monday, Jo said"):
    at most eight words, no comma, no reporting verb, a capital or a party tag at the end.

    >>> _label_phrase("Former senator Jo Hale (R-Ohio)"), _label_phrase("Jo Hale tweeted")
    (True, False)
    """
    toks = phrase.split()
    verbs = reporting_verbs()
    return len(toks) <= 8 and "," not in phrase and (toks[-1][0].isupper() or phrase[-1] == ")") \
        and toks[0].lower() not in _LABEL_OPENERS and not any(t.lower() in verbs for t in toks)


_LABEL_OPENERS = frozenset("according from here here's in on at as by for to with".split())


# 'Said Mara Quill, who ran the pier, "..."', 'Continued Stone: "..."': the verb opens the
# sentence, the speaker runs to the comma or colon before the quotation
_FRONTED_RE = re.compile(r'(?P<cue>' + "|".join(_FRONTED_VERBS)
                         + r')\s+(?P<src>(?:[A-Z]|the\s|an?\s)[^"\n:]{0,150}?)[,:]\s*"')


def _fronted_verb(ctx: Ctx) -> RawAttribution | None:
    """A sentence that opens with "Said" and its speaker, then a quotation
    ('Said Comey, "The thought is very painful to us."')."""
    text, sent = ctx.text, ctx.sent
    m = _FRONTED_RE.match(text, sent.start, sent.end)
    if m is None or classify(m.group("src")).type is SourceType.UNKNOWN:
        return None
    content = content_after(ctx, m.end() - 1)
    if content is None:
        return None
    end = m.end("src") + ("," in m.group("src"))  # an aside keeps its closing comma
    return RawAttribution(m.span("cue"), (m.start("src"), end), [content],
                          Pattern.CONTENT_VERB_SOURCE, sent.index, "fronted_verb",
                          f"{m.group('cue')!r} opens the sentence; speaker {m.group('src')!r}")


# '..., "' or '?"' then a speaker and one verb in -ed/-s, then the end of the clause
_SPEAKER = (r"(?P<src>(?:he|she|they|I|we)|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?"
            r"[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2}|"
            # session 10: a described speaker ('" ...," an angry Hollande retaliated')
            r"(?:the|an?)\s+(?:(?!(?:that|which|who|whom|whose)\b)[\w'\-]+\s+){0,3}[\w'\-]+)")
_TAG_END = (r"(?=\s*(?:[.,;]|$|\s+(?:on|in|at|during|after|before|to|with|into|from|last|this|"
            r"again|later|and|as|while|when)\b))")
_TAG_RE = re.compile(r'[,?!]"\s+' + _SPEAKER + r"\s+(?P<cue>[a-z]{3,}(?:ed|s)(?:\s+(?:out|back|up))?)"
                     + _TAG_END)  # "the crowd cried out"
_TAG_START_RE = re.compile(_SPEAKER + r"\s+(?P<cue>[a-z]{3,}(?:ed|s))" + _TAG_END)
_NOT_TAGS = frozenset("was has does goes seems looks lives works comes turns gets needs wants "
                      "stood walked left arrived smiled nodded paused laughed".split())


def dialogue_tag(ctx: Ctx) -> RawAttribution | None:
    """A quotation followed by its speaker and a verb the lexicon does not list: '"Go back to
    Univision," Trump barked.' or, split off as a sentence of its own, 'Hannity pressed.' after a
    quoted question. Only where the sentence has no other attribution.

    >>> from claimtrace.cues import quote_regions
    >>> from claimtrace.model import Sentence, Span
    >>> t = '"Go back to Univision," Trump barked.'
    >>> ctx = Ctx(t, Sentence(0, Span.of(t, 0, len(t)), 0), quote_regions(t, 0, len(t)), None, [])
    >>> raw = dialogue_tag(ctx)
    >>> t[slice(*raw.source)], t[slice(*raw.cue)], t[slice(*raw.content[0])]
    ('Trump', 'barked', '"Go back to Univision,"')
    """
    text, sent = ctx.text, ctx.sent
    if text.find('"', max(0, sent.start - 2), sent.end) < 0:
        return None  # every tag follows a quotation (in this sentence or just before it)
    m = _TAG_RE.search(text, sent.start, sent.end)
    if m is None:
        inverted = _inverted_tag(ctx) or _colon_quote(ctx)
        if inverted is not None:
            return inverted
    if m is not None:
        region = next(((s, e) for s, e in ctx.quotes if e == m.start() + 2), None)
    else:
        m = _TAG_START_RE.match(text, sent.start, sent.end)
        prev = ctx.prev_sentence
        if m is None or prev is None or prev.paragraph != sent.paragraph \
                or text[prev.end - 2:prev.end] not in ('?"', '!"'):
            return None
        region = next(((s, e) for s, e in ctx.quotes if e == prev.end), None)
    if region is None or m.group("cue") in _NOT_TAGS:
        return None
    return RawAttribution(m.span("cue"), m.span("src"), [region], Pattern.CONTENT_SOURCE_VERB,
                          sent.index, "dialogue_tag",
                          f"quotation, then {m.group('src')!r} + {m.group('cue')!r}")


_INVERTED_TAG_RE = re.compile(r'[,?!]"\s+(?P<cue>[a-z]{3,}ed)\s+(?=[A-Z])')


def _inverted_tag(ctx: Ctx) -> RawAttribution | None:
    """'"This is fantastic!" beamed Donald Hartley of Madison.': a quotation, a verb in -ed the
    lexicon does not list, then the speaker up to the end of the clause."""
    text, sent = ctx.text, ctx.sent
    m = _INVERTED_TAG_RE.search(text, sent.start, sent.end)
    if m is None or m.group("cue") in _NOT_TAGS:
        return None
    region = next(((s, e) for s, e in ctx.quotes if e == m.start() + 2), None)
    src = right_np(text, m.end(), sent.end)
    if region is None or src is None:
        return None
    rest = text[src[1]:sent.end].lstrip()
    if rest and rest[0] not in ".,;":
        return None
    return RawAttribution(m.span("cue"), src, [region], Pattern.CONTENT_VERB_SOURCE, sent.index,
                          "dialogue_tag", f"quotation, then {m.group('cue')!r} + "
                          f"{text[src[0]:src[1]]!r}")


_COLON_QUOTE_RE = re.compile(r'\b(?P<cue>[a-z]{3,}(?:ed|s)):\s*"')


def _colon_quote(ctx: Ctx) -> RawAttribution | None:
    """"... then leaned in and boomed: "Let's defeat her."": a verb the lexicon does not list,
    a colon and a quotation; the clause's subject speaks."""
    text, sent = ctx.text, ctx.sent
    m = _COLON_QUOTE_RE.search(text, sent.start, sent.end)
    if m is None or m.group("cue") in _NOT_TAGS or m.group("cue") in reporting_verbs():
        return None
    content = content_after(ctx, m.end() - 1)
    src = sentence_subject(ctx, m.start())
    if content is None or src is None:
        return None
    return RawAttribution(m.span("cue"), src, [content], Pattern.SOURCE_VERB_CONTENT, sent.index,
                          "dialogue_tag", f"{m.group('cue')!r}, a colon and a quotation; "
                          f"subject {text[src[0]:src[1]]!r}")
