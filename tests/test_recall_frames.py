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
