"""Cue detection (claimtrace.cues): which words mark an attribution, and which do not.

``find_cues`` works on normalised text (straight quotes, same length as the original), one
sentence at a time, and skips anything inside a direct quotation.
"""

from __future__ import annotations

import pytest

from claimtrace.cues import find_cues, in_regions, quote_regions, tokenize
from claimtrace.text import normalise


def _cues(sentence: str) -> list[tuple[str, str, bool]]:
    """(cue text, kind, weak) of every cue in one sentence, quotes honoured."""
    work = normalise(sentence)
    quotes = quote_regions(work, 0, len(work))
    return [(c.span_text(sentence), c.kind, c.weak) for c in find_cues(work, 0, len(work), quotes)]


POSITIVES = [
    # (sentence, cue text, kind)
    ("Pompeo said the talks would go on.", "said", "speech"),
    ("The plan will be delayed, sources said.", "said", "speech"),
    ("The plan will be delayed, the source added.", "added", "speech"),
    ("According to sources, the Americans must resume training.", "According to", "according"),
    ("Soon, according to sources, the army must resume training.", "according to", "according"),
    ("The senator told Reuters that the bill would pass.", "told", "told"),
    ("This was announced on Wednesday by representatives of the ministry.", "was announced",
     "passive"),
    ("It was reported that the base had been hit.", "was reported", "passive"),
    ("The New York Times was the first to report on the decision.",
     "was the first to report on", "media_first"),
    ("Iraqi leaders have expressed dissatisfaction with the attack.", "have expressed", None),
    ("Officials believe that the dam will hold.", "believe", "believe"),
    ("He has said that it rained.", "has said", "speech"),
    ("\u201cWe will keep talking,\u201d Pompeo said last week.", "said", "speech"),
    ("A statement from the ministry said the strike had ended.", "said", "speech"),
    ("He also said that it rained.", "also said", "speech"),
    ("She has since said that it rained.", "has since said", "speech"),
    ("The mayor has not yet responded to the letter.", "has not yet responded to", "speech"),
]


@pytest.mark.parametrize(("sentence", "cue", "kind"), POSITIVES)
def test_cue_found(sentence: str, cue: str, kind: str | None) -> None:
    found = _cues(sentence)
    texts = [c for c, _, _ in found]
    assert cue in texts, found
    if kind is not None:
        assert dict((c, k) for c, k, _ in found)[cue] == kind


NEGATIVES = [
    # (sentence, word that must not be a cue (case-sensitive), why)
    ('She wrote "Why Leaders Say No" last year.', "Say", "inside a quoted book title"),
    ("She wrote \u201cWhy Leaders Say No\u201d last year.", "Say", "inside curly quotes"),
    ('The aide recalled: "The leader said nothing, and then he left."', "said",
     "inside quoted content"),
    ('"He said he would come," the mayor told reporters.', "said", "inside the quote"),
    ("The so-called experts were wrong about the economy.", "called", "so-called"),
    ("It is unclear whether the talks will resume.", "unclear", "a hedge"),
    ("He has held no rallies since announcing his bid.", "since",
     "'since' opens a clause unless an auxiliary comes before it"),
    ("The clerk stayed on yet resigned from the board.", "yet", "'yet' joins two verbs"),
]


@pytest.mark.parametrize(("sentence", "word", "why"), NEGATIVES)
def test_not_a_cue(sentence: str, word: str, why: str) -> None:
    found = _cues(sentence)
    assert not any(word in c.split() for c, _, _ in found), (why, found)


def test_cue_outside_quote_kept_inside_dropped() -> None:
    found = [c for c, _, _ in _cues('"He said he would come," the mayor told reporters.')]
    assert found == ["told"]


WEAK = [
    # forms that are a noun as often as a verb: a cue only with a clause after them
    ("His plans for the city were ambitious.", "plans"),
    ("Its claims about the war were false.", "claims"),
    ("The state will cut taxes next year.", "state"),
    ("He will continue his tour in Asia.", "continue"),
]


@pytest.mark.parametrize(("sentence", "word"), WEAK)
def test_noun_like_forms_are_weak(sentence: str, word: str) -> None:
    found = [(c, weak) for c, _, weak in _cues(sentence) if c.split()[-1] == word]
    assert all(weak for _, weak in found), found


def test_cue_offsets_index_the_original() -> None:
    raw = "\u201cIt\u2019s over,\u201d the minister said\u00a0on Monday.."
    work = normalise(raw)
    assert len(work) == len(raw)
    cues = find_cues(work, 0, len(work), quote_regions(work, 0, len(work)))
    assert [raw[c.start:c.end] for c in cues] == ["said"]
    assert cues[0].verb_start == cues[0].start


@pytest.mark.parametrize(("text", "regions"), [
    ('a "b" c "d" e', [(2, 5), (8, 11)]),
    ('a "b c', [(2, 6)]),  # unclosed: runs to the end of the paragraph
    ("no quotes here", []),
    ('""', [(0, 2)]),
])
def test_quote_regions(text: str, regions: list[tuple[int, int]]) -> None:
    assert quote_regions(text, 0, len(text)) == regions
    for s, e in regions:
        assert text[s] == '"'
        assert in_regions(s, regions) and not in_regions(e, regions) or e == len(text)


def test_tokenize_offsets() -> None:
    text = "U.S. officials didn't say; Abdul-Mahdi did."
    toks = tokenize(text, 0, len(text))
    words = [text[s:e] for s, e in toks]
    assert words == ["U.S", "officials", "didn't", "say", "Abdul-Mahdi", "did"]
    assert tokenize(text, 5, 14) == [(5, 14)]


def test_phrase_cue_guard_keeps_every_match() -> None:
    """The first-word guard of the phrase-cue regex (a speed-up) drops no match."""
    import re

    from claimtrace import cues

    text = ("According to aides, the deal was announced by the mayor. It is said that he "
            "was the first to report on it, which seemed odd; Asked about it, she reportedly "
            "smiled. When asked whether it was true, he appeared pleased. It has been reported "
            "that the talks were also described as hopeful, as reported by the Courier.")
    plain = re.compile(cues._special_body(), re.IGNORECASE)
    spans = [m.span() for m in cues._special_re().finditer(text)]
    assert spans == [m.span() for m in plain.finditer(text)]
    assert len(spans) >= 8
