"""Claims (claimtrace.claims): every asserting sentence, attributed or not.

Noise (repeated headlines, footers) and questions are not claims; a sentence with no
attribution is an unattributed claim (the outlet's own voice), not an anonymous source.
"""

from __future__ import annotations

import pytest

from claimtrace import Sentence, Span, analyze
from claimtrace.claims import fingerprint, is_claim


def _sentence(text: str, *, noise: bool = False) -> Sentence:
    return Sentence(0, Span.of(text, 0, len(text)), 0, is_noise=noise)


@pytest.mark.parametrize(("text", "noise", "expected"), [
    ("The economy grew by 3 percent last year.", False, True),
    ("Officials said the sky is blue.", False, True),
    ("Will the talks resume next week?", False, False),
    ("\u201cWill the talks resume?\u201d", False, False),
    ('"Is it over?" ', False, False),
    ("Markets rose.", False, False),  # too short to assert much
    ("US and Iraqi military resumed fighting", True, False),
    ("Similar articles", True, False),
    ("", False, False),
])
def test_is_claim(text: str, noise: bool, expected: bool) -> None:
    assert is_claim(_sentence(text, noise=noise)) is expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("The  sky, is BLUE.", "the sky is blue", True),
    ("\u201cThe sky is blue,\u201d", "The sky is blue.", True),
    ("The sky is blue.", "The sky is green.", False),
])
def test_fingerprint(a: str, b: str, same: bool) -> None:
    fa, fb = fingerprint(a), fingerprint(b)
    assert (fa == fb) is same
    assert len(fa) == 16 and int(fa, 16) >= 0


def test_unattributed_claims_exist() -> None:
    a = analyze("The economy grew by 3 percent last year. Officials said the growth would "
                "continue. No one was hurt in the attacks.")
    assert [(c.span.text, c.attributed) for c in a.claims] == [
        ("The economy grew by 3 percent last year.", False),
        ("Officials said the growth would continue.", True),
        ("No one was hurt in the attacks.", False),
    ]
    unattributed = [c for c in a.claims if not c.attributed]
    assert all(c.attribution_ids == () and c.source_ids == () for c in unattributed)


def test_questions_are_not_claims() -> None:
    a = analyze("Will the talks resume next week? Officials said they would.")
    texts = [c.span.text for c in a.claims]
    assert texts == ["Officials said they would."]


def test_noise_is_not_a_claim() -> None:
    head = "French and Malian troops resumed patrols near Gao"
    text = (f"{head}\n\n{head}\n\nThe army said the operation had resumed near the river.\n\n"
            f"{head}\n\nThe mayor thanked the soldiers for their work.\n\nSimilar articles\n\n"
            "Troops leave the north\n")
    a = analyze(text)
    assert [c.span.text for c in a.claims] == [
        "The army said the operation had resumed near the river.",
        "The mayor thanked the soldiers for their work.",
    ]
    kinds = [n.kind.value for n in a.noise]
    assert kinds.count("repeated_headline") == 3
    assert "boilerplate" in kinds
    for c in a.claims:
        assert not any(c.span.overlaps(n.span) for n in a.noise)
    noise_sentences = {s.index for s in a.sentences if s.is_noise}
    assert noise_sentences and not noise_sentences & {c.sentence for c in a.claims}


def test_claim_rests_on_attribution_and_source() -> None:
    a = analyze("Pompeo said the talks would go on. The economy grew.  Sources said it rained.")
    first = a.claims[0]
    assert first.attributed
    assert first.attribution_ids == (0,)
    assert first.source_ids == (a.attributions[0].source.source_id,)
    assert first.fingerprint == fingerprint(first.span.text)


def test_passive_this_makes_the_previous_sentence_attributed() -> None:
    a = analyze("The army resumed patrols near the border. "
                "This was announced on Monday by representatives of the ministry.")
    assert [c.attributed for c in a.claims] == [True, True]
    assert a.claims[0].attribution_ids == a.claims[1].attribution_ids


def test_nested_claim_sources_are_top_level_only() -> None:
    a = analyze("Administration sources said they said Iraq is interested in training.")
    claim = a.claims[0]
    outer = next(at for at in a.attributions if at.parent is None)
    assert set(claim.attribution_ids) == {at.id for at in a.attributions}
    assert claim.source_ids == (outer.source.source_id,)


def test_claim_ids_and_spans() -> None:
    text = "Pompeo said the talks would go on. The economy grew by 3 percent. Is it over?"
    a = analyze(text)
    assert [c.id for c in a.claims] == list(range(len(a.claims)))
    for c in a.claims:
        assert text[c.span.start:c.span.end] == c.span.text
        assert a.sentences[c.sentence].span == c.span
        d = c.to_dict()
        assert d["attributed"] is c.attributed and d["text"] == c.span.text
