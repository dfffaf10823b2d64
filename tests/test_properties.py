"""Invariants of ``analyze`` on arbitrary text (hypothesis).

Whatever the input: no exception, every emitted span satisfies
``text[span.start:span.end] == span.text``, ids and parent links point at real objects, and
``to_dict()`` is JSON-serialisable.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrace import Analysis, Span, analyze

# words and punctuation that exercise the cue, quote and noise code, mixed with odd characters
_PIECES = [
    "said", "told", "Reuters", "according to", "was announced by", "Sources", "sources",
    "the source", "Pompeo", "Mike Pompeo", "he", "they", "that", "was the first to report",
    "on condition of anonymity", "citing the fact that", "have expressed", "It was reported",
    "so-called", "Similar articles", "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "..",
    "...", "......", "!!!!", "?", ",", ", ", ". ", "\n", "\n\n", "\r\n", " ", "\t", "\x00",
    "\ufffd", "\x0b", "\x7f", "\u2028", "\ufeff", "\u00a0", "\u2014", "-", ":", ";", "(", ")",
]
_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
_TEXT = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=300),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ALPHABET, max_size=8)),
             max_size=80).map("".join),
    st.lists(st.sampled_from(_PIECES + ["A", "b", "X Y", "The army"]), max_size=120).map(" ".join),
)


def all_spans(a: Analysis) -> Iterator[Span]:
    """Every span the analysis emits."""
    for s in a.sentences:
        yield s.span
    for n in a.noise:
        yield n.span
    for at in a.attributions:
        yield at.cue
        if at.source is not None:
            yield at.source.span
            if at.source.anonymity_reason is not None:
                yield at.source.anonymity_reason
        if at.content is not None:
            yield from at.content.fragments
    for src in a.sources:
        if src.anonymity_reason is not None:
            yield src.anonymity_reason
        for m in src.mentions:
            yield m.span
            if m.anonymity_reason is not None:
                yield m.anonymity_reason
    for c in a.claims:
        yield c.span
    for d in a.diagnostics:
        if d.start is not None:
            yield Span.of(a.text, d.start, d.end if d.end is not None else d.start)


def check_invariants(text: str, a: Analysis) -> None:
    assert a.text == text
    n = len(text)
    for span in all_spans(a):
        assert 0 <= span.start <= span.end <= n, span
        assert text[span.start:span.end] == span.text, span
    by_id = {at.id: at for at in a.attributions}
    assert list(by_id) == list(range(len(a.attributions)))
    for at in a.attributions:
        assert at.cue.end > at.cue.start
        assert 0 <= at.sentence < len(a.sentences)
        if at.content is not None:
            frags = at.content.fragments
            assert frags and all(f.start <= g.start for f, g in zip(frags, frags[1:], strict=False))
        if at.source is not None:
            assert 0 <= at.source.source_id < len(a.sources)
        # a parent is another attribution of the same sentence (cycles: see test_attributions)
        if at.parent is not None:
            assert at.parent in by_id and at.parent != at.id
            assert by_id[at.parent].sentence == at.sentence
    for c in a.claims:
        assert not a.sentences[c.sentence].is_noise
        assert set(c.attribution_ids) <= set(by_id)
    json.dumps(a.to_dict(), allow_nan=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_analyze_never_raises_and_spans_hold(text: str) -> None:
    check_invariants(text, analyze(text, doc_id="prop"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Sources said the talks had stalled.", "\u201cWe will,\u201d she said, \u201cand soon.\u201d",
    "According to Reuters, the base was hit..", "Headline here", "Similar articles",
    "It was reported that the plan failed.", "The source added that it was over.",
    "Pompeo told reporters that it was over!!!!", "......", "\u201cunclosed quote said",
]), min_size=1, max_size=12), st.sampled_from(["\n", "\n\n", " ", "\r\n"]))
def test_newsy_paragraphs(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    a = analyze(text)
    check_invariants(text, a)


def test_two_megabytes_of_punctuation() -> None:
    text = ("......!!!!????,,,,;;;;\u201c\u201d\"\"''" * 80_000)[:2_000_000]
    a = analyze(text)
    assert a.attributions == ()
    assert a.claims == ()
    for span in all_spans(a):
        assert text[span.start:span.end] == span.text


def test_huge_single_line_finishes() -> None:
    plain = "The river rose by two metres overnight and the bridge was closed to traffic.. "
    attr = "Officials said the talks, which had stalled, would resume on Monday.. "
    text = ((plain * 19 + attr) * 700).rstrip()  # about 1 MB, no newline
    assert "\n" not in text and len(text) > 1_000_000
    a = analyze(text)
    assert len(a.attributions) >= 700
    check_invariants(text, a)


def test_run_on_sentence_with_many_cues_finishes() -> None:
    text = "officials said the talks would resume and " * 200  # one sentence, 200 cues
    a = analyze(text)
    assert len(a.attributions) >= 100
    check_invariants(text, a)


def test_only_control_characters_and_nul() -> None:
    text = "\x00\x01\x02\x7f\ufffd\x00" * 50
    a = analyze(text)
    assert a.claims == ()
    assert {d.code for d in a.diagnostics} & {"binary_text", "control_characters",
                                              "replacement_characters"}
    check_invariants(text, a)


def test_coordinated_clause_after_quoted_words_does_not_crash() -> None:
    """Regression (a Reuters story): a source just after ", but" whose clause start lies before
    the earlier content raised AttributeError in the content-cutting pass."""
    text = ("On February Six, Vulcan initially offered to acquire Jones\nand Vining for five "
            "dlrs a share, but Jones and Vining\ndismissed the offer as \"frivolous\" and "
            "\"without substance\" and\nsaid the bid failed to comply with provisions of the "
            "Securities\nAct of 1934.")
    a = analyze(text)
    for att in a.attributions:
        for span in [att.cue, *(att.content.fragments if att.content else ())]:
            assert text[span.start:span.end] == span.text


def test_quotation_resumed_inside_according_to_keeps_fragments_in_order() -> None:
    # found by the property test above: a quotation after "according to" resumed into the
    # content gave fragments out of order and overlapping
    text = "b according to \u201c Sources \u201c according to"
    a = analyze(text, doc_id="prop")
    check_invariants(text, a)
    assert [f.text for f in a.attributions[0].content.fragments] == [text[15:]]
