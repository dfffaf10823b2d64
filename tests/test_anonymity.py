"""Anonymity-reason spans (claimtrace.anonymity): where the words saying why a source is unnamed
start and end (TAXONOMY.md, "Anonymity reason")."""

from __future__ import annotations

import doctest

import pytest

import claimtrace.anonymity
from claimtrace.anonymity import anonymity_reason_span


def test_module_doctest() -> None:
    result = doctest.testmod(claimtrace.anonymity)
    assert result.attempted > 0 and result.failed == 0


REASONS = [
    ("Sources said the resumption of the operation on condition of anonymity, citing the fact "
     "that this decision has not yet been announced.", "on condition of anonymity, citing the fact"),
    ("Two officials said the base was hit, speaking on condition of anonymity because they were "
     "not authorized to speak publicly.", "speaking on condition of anonymity because"),
    ("An aide, who asked not to be named, said the plan was dead.", "who asked not to be named"),
]


@pytest.mark.parametrize(("sentence", "starts_with"), REASONS)
def test_anonymity_reason_span(sentence: str, starts_with: str) -> None:
    span = anonymity_reason_span(sentence, 0, len(sentence))
    assert span is not None
    s, e = span
    assert sentence[s:e].startswith(starts_with)
    assert not sentence[s:e].endswith((".", " "))


def test_no_anonymity_reason() -> None:
    text = "Pompeo said the talks would go on."
    assert anonymity_reason_span(text, 0, len(text)) is None


@pytest.mark.parametrize("sentence, reason", [
    ("The clerks asked not to be named because they feared losing their jobs.",
     "asked not to be named because they feared losing their jobs"),
    ("A pilot who spoke on condition of anonymity because he was not authorized to speak said "
     "the fleet was grounded.", "spoke on condition of anonymity because he was not authorized to speak"),
    ("She did not want her name published because she fears the landlord.",
     "did not want her name published because she fears the landlord"),
])
def test_reason_keeps_its_own_because_clause(sentence: str, reason: str) -> None:
    span = anonymity_reason_span(sentence, 0, len(sentence))
    assert span is not None and sentence[span[0]:span[1]] == reason
