"""Claims: every sentence that asserts something, attributed or not.

A claim rests on the attributions whose content overlaps its sentence, or whose cue is in
it; the sentence "This was announced by officials" rests on that attribution too. Noise
(repeated headlines, footers) and questions are not claims.

>>> from claimtrace import analyze
>>> a = analyze("The sky is green. Officials said the sky is blue.")
>>> [(c.span.text, c.attributed) for c in a.claims]
[('The sky is green.', False), ('Officials said the sky is blue.', True)]
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache

from .model import Attribution, Claim, Sentence, Source, Span

_WORD_RE = re.compile(r"[^\W_]+")
MIN_WORDS = 3


def fingerprint(text: str) -> str:
    """A short stable hash of a claim's lower-cased words (equal for equal wording).

    >>> fingerprint("The  sky, is BLUE.") == fingerprint("the sky is blue")
    True
    >>> fingerprint("Café_au-lait") == fingerprint("café au lait")
    True
    """
    if text.isascii():  # the common case, done on bytes: the same words, several times faster
        norm = b" ".join(text.encode("ascii").translate(_ASCII_WORD_BYTES).split())
    else:
        norm = " ".join(_WORD_RE.findall(text.lower())).encode("utf-8")
    return hashlib.sha1(norm).hexdigest()[:16]


# ASCII letters (lower-cased) and digits, the word characters of _WORD_RE in ASCII, kept; all
# else a space
_ASCII_WORD_BYTES = bytes(ord(chr(c).lower()) if c < 128 and chr(c).isalnum() else 32
                          for c in range(256))


def content_pieces(claim: Claim, attributions: dict[int, Attribution]) -> list[tuple[int, int]]:
    """The parts of a claim's sentence that are content of the attributions it rests on.

    >>> from claimtrace import analyze
    >>> a = analyze("Officials said the talks had stalled.")
    >>> c = a.claims[0]
    >>> [a.text[s:e] for s, e in content_pieces(c, {x.id: x for x in a.attributions})]
    ['the talks had stalled']
    """
    pieces = []
    for aid in claim.attribution_ids:
        att = attributions.get(aid)
        if att is None or att.content is None:
            continue
        for frag in att.content.fragments:
            lo, hi = max(frag.start, claim.span.start), min(frag.end, claim.span.end)
            if lo < hi:
                pieces.append((lo, hi))
    return pieces


def is_claim(sentence: Sentence) -> bool:
    """Does this sentence assert something (not noise, not a question, has some words)?

    >>> from claimtrace.sentences import split_sentences
    >>> t = "Talks will resume. Will they? Yes."
    >>> [(s.text, is_claim(s)) for s in split_sentences(t, [], original=t)]
    [('Talks will resume.', True), ('Will they?', False), ('Yes.', False)]
    """
    if sentence.is_noise:
        return False
    body = sentence.text.rstrip(" \"'\u201d\u2019)")
    if body.endswith("?"):
        return False
    return _has_words(sentence.text, MIN_WORDS)


def _has_words(text: str, n: int) -> bool:
    """Does ``text`` have at least ``n`` (>= 1) words? The scan stops at the n-th word.

    >>> _has_words("Yes, sir.", 2), _has_words("Yes, sir.", 3)
    (True, False)
    """
    return _words_re(n).search(text) is not None


@lru_cache(maxsize=8)
def _words_re(n: int) -> re.Pattern[str]:
    """``n`` words of ``_WORD_RE`` in a row: one tried only where a word starts, its runs
    possessive, so that each character is looked at a few times at most."""
    return re.compile(r"(?<![^\W_])[^\W_]++" + r"[\W_]++[^\W_]++" * (n - 1))


def _backing_by_sentence(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution]
) -> dict[int, list[Attribution]]:
    """Sentence index -> attributions whose content overlaps it or whose cue is in it."""
    starts = [s.start for s in sentences]
    out: dict[int, list[Attribution]] = {}
    for a in attributions:
        hit = {a.sentence}
        for f in a.content.fragments if a.content else ():
            first = max(0, bisect.bisect_right(starts, f.start) - 1)
            last = bisect.bisect_left(starts, f.end)
            hit.update(i for i in range(first, last) if sentences[i].end > f.start)
        for i in sorted(hit):
            out.setdefault(i, []).append(a)
    return out


def build_claims(
    text: str,
    sentences: Sequence[Sentence],
    attributions: Sequence[Attribution],
    sources: Sequence[Source],
) -> list[Claim]:
    """One claim per asserting sentence, with the attributions and sources it rests on.

    >>> from claimtrace import attributions, coref, sentences, text
    >>> raw = "Officials said on Monday that talks would resume."
    >>> work = text.normalise(raw)
    >>> sents = sentences.split_sentences(work, text.find_noise(work, original=raw), original=raw)
    >>> atts, srcs = coref.resolve(attributions.find_attributions(work, sents, original=raw),
    ...                            work, sents, original=raw)
    >>> [(c.span.text, c.attributed, c.source_ids) for c in build_claims(raw, sents, atts, srcs)]
    [('Officials said on Monday that talks would resume.', True, (0,))]
    """
    claims: list[Claim] = []
    by_sentence = _backing_by_sentence(sentences, attributions)
    for sent in sentences:
        if not is_claim(sent):
            continue
        backing = by_sentence.get(sent.index)
        claims.append(Claim(
            id=len(claims),
            sentence=sent.index,
            span=Span.of(text, sent.start, sent.end),
            attribution_ids=tuple(a.id for a in backing) if backing else (),
            source_ids=_source_ids(backing) if backing else (),  # most sentences rest on none
            fingerprint=fingerprint(sent.text),
        ))
    return claims


def _source_ids(backing: list[Attribution]) -> tuple[int, ...]:
    """The sources a claim rests on, in order: those of its top-level attributions, else of
    the nested ones."""
    top = [a for a in backing if a.parent is None] or backing
    return tuple(dict.fromkeys(a.source.source_id for a in top if a.source is not None))
