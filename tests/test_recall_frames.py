"""Attributions that the frames used to miss: a statement whose content holds a sourceless
"appears"/"seems", a perception passive ("is seen as"), and "was declared" the winner.

Every sentence here was written for this test (no corpus text).
"""

from __future__ import annotations

import pytest

import claimtrace as ct


def _cues(text: str) -> dict[str, str | None]:
    """Cue text -> source text of the attributions of a short article."""
    result = ct.analyze("The council met on Monday.\n\n" + text)
    return {a.cue.text: (a.source.span.text if a.source else None) for a in result.attributions}


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    ("Harbor officials said the new pier appears to be sinking.", "said", "Harbor officials"),
    ("Mayor Lena Ortiz added that the ferry seemed to run late every day.", "added",
     "Mayor Lena Ortiz"),
    ("The two farmers acknowledged that the drought seems to be easing.", "acknowledged",
     "The two farmers"),
])
def test_statement_around_a_sourceless_evidential_stands(sentence: str, cue: str,
                                                          source: str) -> None:
    found = _cues(sentence)
    assert found.get(cue) == source, found


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The bridge is widely seen as the mayor's biggest success.", "is widely seen"),
    ("Both harbor towns are viewed as likely winners of the new route.", "are viewed"),
    ("The levy had long been seen as a burden on small farms.", "been seen"),
    ("Ms. Ortiz was declared the winner of the council race.", "was declared"),
])
def test_agentless_perception_passive(sentence: str, cue: str) -> None:
    found = _cues(sentence)
    assert cue in found and found[cue] is None, found


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The ferry, which is seen as a lifeline, runs twice a day.", "is seen"),
    ("Officials fear being seen as soft on the toll dodgers.", "being seen"),
    ("The fisherman was seen walking along the pier at dawn.", "was seen"),
])
def test_perception_passive_look_alikes(sentence: str, cue: str) -> None:
    assert cue not in _cues(sentence)


# Session 6 (cue recall): shapes the frames used to miss, each measured on PolNeAR train.

@pytest.mark.parametrize(("sentence", "cue", "source"), [
    ("The city is building a pier that the harbor board hopes will cut traffic.", "hopes",
     "the harbor board"),
    ("The ferry levy rose again, which the farmers believe will raise their costs.", "believe",
     "the farmers"),
    ("He spent months on a pier deal, which he hoped would revive the waterfront.", "hoped",
     "he"),
])
def test_belief_in_a_relative_clause_with_a_gap(sentence: str, cue: str, source: str) -> None:
    found = _cues(sentence)
    assert found.get(cue) == source, found


def test_relative_gap_needs_a_belief_verb() -> None:
    """"records that Linick questioned are ...": the relative's verb, not a gapped belief."""
    assert "questioned" not in _cues("Some old ledgers that the auditor questioned are now lost.")


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    ("The toll bill, opposed by harbor unions, never became law.", "opposed", "harbor unions"),
    ("A judge struck down the levy, opposed by farmers, because it was too steep.", "opposed",
     "farmers"),
    ("The ferry plan, first reported by the Harbor Gazette, would cost millions.",
     "first reported", "the Harbor Gazette"),
])
def test_reduced_passive_after_a_comma(sentence: str, cue: str, source: str) -> None:
    found = _cues(sentence)
    assert found.get(cue) == source, found


@pytest.mark.parametrize(("sentence", "source"), [
    ("The toll plan has drawn sharp criticism from harbor unions.", "harbor unions"),
    ("The mayor faced stern opposition from some of the farmers to her levy.",
     "some of the farmers"),
    ("She will face criticism from rivals that the pier is unsafe.", "rivals"),
])
def test_stance_noun_with_its_holder_after_it(sentence: str, source: str) -> None:
    found = _cues(sentence)
    assert source in found.values(), found


def test_stance_noun_from_the_start_is_no_holder() -> None:
    found = _cues("The plan met opposition from the start of the talks.")
    assert "opposition" not in found, found


@pytest.mark.parametrize(("sentence", "source"), [
    ("In Ortiz's view, the pier would pay for itself.", "Ortiz's"),
    ("The levy, in their view, was far too steep.", "their"),
])
def test_in_a_holders_view(sentence: str, source: str) -> None:
    found = _cues(sentence)
    assert found.get("view") == source, found


def test_in_view_inside_a_quotation_is_left_alone() -> None:
    found = _cues('"The levy, in my view, is too steep," Ortiz said.')
    assert "view" not in found, found


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    ("Mayor Ortiz came to the harbor to talk about the new ferry schedule.", "talk about",
     "Mayor Ortiz"),
    ("The farmers marched on city hall to call for a lower levy.", "call for", "The farmers"),
])
def test_purpose_infinitive_of_a_phrasal_cue(sentence: str, cue: str, source: str) -> None:
    found = _cues(sentence)
    assert found.get(cue) == source, found
