"""What every attribution frame shares: the raw attribution record, the sentence context,
and content spans cut before or after a cue.

>>> from claimtrace.model import Sentence, Span
>>> text = 'The talks will go on, one official said.'
>>> ctx = Ctx(text, Sentence(0, Span.of(text, 0, len(text)), 0), [], None, [])
>>> s, e = content_before(ctx, text.index(', one')); text[s:e]
'The talks will go on'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .cues import Cue
from .model import Pattern, Sentence
from .spans import has_word, strip_trailing_punct, strip_ws

__all__ = ["Ctx", "RawAttribution", "boundary_before", "content_after", "content_before",
           "is_participle", "span_text"]


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


def span_text(text: str, span: tuple[int, int] | None) -> str:
    return "" if span is None else text[span[0]:span[1]]


def content_after(ctx: Ctx, start: int) -> tuple[int, int] | None:
    """Content from ``start`` to the end of the sentence (or of the quote it opens)."""
    text, sent = ctx.text, ctx.sent
    s, e = strip_ws(text, start, sent.end)
    for qs, qe in ctx.quotes:
        if qs == s and qe > e:  # a direct quote that runs on past this sentence
            return s, qe
    if e > s and text[e - 1] != '"':
        s, e = strip_trailing_punct(text, s, e)
    return (s, e) if has_word(text, s, e) else None


def content_before(ctx: Ctx, end: int) -> tuple[int, int] | None:
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


def boundary_before(text: str, floor: int, pos: int) -> int | None:
    """Offset of the comma/closing quote/dash right before ``pos`` (ignoring spaces)."""
    i = pos - 1
    while i >= floor and text[i].isspace():
        i -= 1
    if i >= floor and text[i] in ',"\u2014\u2013':
        return i
    return None


def is_participle(text: str, cue: Cue) -> bool:
    """Is the cue's verb an -ing form ("saying", "referring to")?"""
    return text[cue.verb_start:cue.end].split(None, 1)[0].endswith("ing")
