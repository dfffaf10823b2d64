"""An embedded social-media post credited after a dash: the text of a post copied into an
article, then "— Name (@handle) Month D, YYYY" (the credit line every embedded tweet carries).
The dash is the cue, the display name with its handle the source, the post the content.

PolNeAR train annotates 4 of its 14 tweet credits this way (the other 10 are in three articles
whose annotators marked no embedded tweet at all); TAXONOMY attributes a post with a named author
to that author.

>>> from claimtrace.model import Sentence, Span
>>> text = 'No one is above the law. \\u2014 Paul Ryan (@SpeakerRyan) July 5, 2016'
>>> ctx = Ctx(text, Sentence(0, Span.of(text, 0, len(text)), 0), [], None, [])
>>> raw = tweet_credit(ctx)
>>> text[raw.source[0]:raw.source[1]], text[raw.content[0][0]:raw.content[0][1]]
('Paul Ryan (@SpeakerRyan)', 'No one is above the law.')
"""

from __future__ import annotations

import re

from .frame_context import Ctx, RawAttribution
from .model import Pattern
from .span_words import has_word, strip_ws

__all__ = ["tweet_credit"]

# a dash, the display name (no parenthesis, no line break), the handle in parentheses
_CREDIT_RE = re.compile(r"(?:^|(?<=\s))(?P<dash>[\u2014\u2015\u2013]|--?)[ \t\u00a0]*"
                        r"(?P<name>[^\s()\u2014\u2015][^()\n\u2014\u2015]{0,60}?)[ \t\u00a0]*"
                        r"\(@\w{1,15}\)")
# what an embed appends to the post's text: its links and a newsletter prompt
_TAIL_RE = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+|SIGN UP FOR OUR NEWSLETTER))+\s*$")
_POST_TAG_RE = re.compile(r"<tweet\b[^>\n]*>")
_MAX_POST = 1000  # characters: a post is short, with its links and mentions


def tweet_credit(ctx: Ctx) -> RawAttribution | None:
    """The credit line of an embedded post ("... #RINO — Ben Jacobs (@Bencjacobs) September 1,
    2016"): the post runs back to its paragraph's start (or its ``<tweet>`` tag), or fills the
    paragraph before when the credit stands on a line of its own.

    >>> from claimtrace.model import Sentence, Span
    >>> t = "Great news for our farmers today!\\n\\u2014 Jane Doe (@janedoe) May 2, 2016"
    >>> ctx = Ctx(t, Sentence(1, Span.of(t, t.index("\\u2014"), len(t)), 1), [], None, [])
    >>> raw = tweet_credit(ctx)
    >>> t[raw.source[0]:raw.source[1]], t[raw.content[0][0]:raw.content[0][1]]
    ('Jane Doe (@janedoe)', 'Great news for our farmers today!')
    """
    text, sent = ctx.text, ctx.sent
    if text.find("(@", sent.start, sent.end) < 0:
        return None
    m = _CREDIT_RE.search(text, sent.start, sent.end)
    if m is None:
        return None
    post = _post_before(text, m.start())
    if post is None:
        return None
    return RawAttribution(m.span("dash"), (m.start("name"), m.end()), [post],
                          Pattern.CONTENT_SOURCE_VERB, sent.index, "tweet_credit",
                          f"a post credited to {m.group('name')!r} and its handle after a dash")


def _post_before(text: str, dash: int) -> tuple[int, int] | None:
    """The post's text before the credit's dash: from the line's start or the post's tag; the
    whole line before when the credit opens its own line. None when no words are there."""
    floor = max(0, dash - 2 * _MAX_POST)  # a post is short: look no further back
    newline = text.rfind("\n", floor, dash)
    tags = [m.end() for m in _POST_TAG_RE.finditer(text, newline + 1 if newline >= 0 else floor, dash)]
    if not tags and newline < 0 and floor > 0:
        return None  # no line start or tag within reach: no post of a readable length
    start = tags[-1] if tags else newline + 1
    if not text[start:dash].strip():  # "― Jane Roe (@janeroe) ..." on a line of its own
        end = start - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start, dash = text.rfind("\n", 0, end) + 1, end
    tail = _TAIL_RE.search(text, start, dash)
    s, e = strip_ws(text, start, tail.start() if tail else dash)
    if e - s > _MAX_POST or not has_word(text, s, e):
        return None
    return s, e
