"""False senses (claimtrace.false_senses): a reporting-verb form used in a sense that reports
nothing gives no attribution, while the reporting use next to it still does."""

from __future__ import annotations

import pytest

from claimtrace import analyze
from claimtrace.cues import find_cues
from claimtrace.false_senses import false_sense


def _cue_texts(text: str) -> list[str]:
    return [a.cue.text for a in analyze(text).attributions]


@pytest.mark.parametrize("text, word", [
    ('Joe Baker, star of the cable reality show "Cake Kings," praised the governor.', "show"),
    ("Nearly two thousand farmers showed up at the fair on Sunday.", "showed"),
    ("The two firms called off a merger after the new tax rule.", "called"),
    ("The governor did not back down, even after the vote.", "back"),
    ("The senator won the primary in Ohio, adding to her lead in the race.", "adding"),
    ("The mayor has given three speeches since announcing his bid.", "announcing"),
    ("The council passed the budget without naming a new treasurer.", "naming"),
])
def test_no_attribution_from_a_false_sense(text: str, word: str) -> None:
    assert not any(word in cue for cue in _cue_texts(text))


@pytest.mark.parametrize("text, word", [
    ("The mayor said the roads would be fixed by June.", "said"),
    ("Polls show the senator ahead by ten points.", "show"),
    ("The governor added that the vote would wait.", "added"),
    ("Since announcing his bid, he has said the tax must go.", "said"),
])
def test_reporting_use_still_counts(text: str, word: str) -> None:
    assert any(word in cue for cue in _cue_texts(text))


def test_passive_phrasal_is_kept() -> None:
    text = "The mayor was written off as a dreamer by the press."
    cue = next(c for c in find_cues(text, 0, len(text), []) if "written" in text[c.start:c.end])
    assert not false_sense(text, cue)
