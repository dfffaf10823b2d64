"""Round-4 cues: stance adjectives, "known as", poll findings (verbless.py) and new cue verbs.

Every sentence here was written for this test (no corpus text).
"""

from __future__ import annotations

import pytest

from claimtrace import Pattern, analyze


def _one(sentence: str, cue: str):
    """The attribution whose cue text is ``cue`` in a one-sentence article (after a headline)."""
    result = analyze("The council met on Monday.\n\n" + sentence)
    found = [a for a in result.attributions if a.cue.text == cue]
    assert found, [a.cue.text for a in result.attributions]
    return found[0]


@pytest.mark.parametrize(("sentence", "cue", "source", "content"), [
    ("The farmers are deeply skeptical of the new water rules.", "are deeply skeptical of",
     "The farmers", "the new water rules"),
    ("Councilwoman Ada Brill was quick to point out that the budget had grown.", "was quick",
     "Councilwoman Ada Brill", "the budget had grown"),
    ("The union remains critical of the pension plan.", "remains critical of", "The union",
     "the pension plan"),
])
def test_stance_adjective_after_a_copula(sentence: str, cue: str, source: str, content: str) -> None:
    a = _one(sentence, cue)
    assert a.source is not None and a.source.span.text == source
    assert content in " ".join(f.text for f in a.content.fragments)


def test_known_as_has_no_source() -> None:
    a = _one("The ferry line, long known as the slowest in the region, was sold.", "long known as")
    assert a.source is None and a.pattern is Pattern.NO_SOURCE


@pytest.mark.parametrize(("sentence", "cue", "source", "content"), [
    ("In a new Harlow College poll released Sunday, most residents backed the bridge.", "In",
     "a new Harlow College poll released Sunday", "most residents backed the bridge"),
    ("Mayor Ortiz leads her rival by nine points in the latest Valley Herald survey.", "in",
     "the latest Valley Herald survey", "Mayor Ortiz leads her rival"),
])
def test_poll_is_the_source_of_a_finding(sentence: str, cue: str, source: str, content: str) -> None:
    a = _one(sentence, cue)
    assert a.source is not None and a.source.span.text == source
    assert content in " ".join(f.text for f in a.content.fragments)


def test_poll_counting_people_is_not_a_cue() -> None:
    result = analyze("The council met on Monday.\n\nSixty percent of voters in the poll were women.")
    assert not [a for a in result.attributions if a.cue.text.lower() == "in"]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The senator vowed to block the nomination.", "vowed"),
    ("The governor promised a vote on the bill by June.", "promised"),
    ("The chairman offered a compromise on the tariff schedule.", "offered"),
    ("The mayor rebuffed the union's demand for a raise.", "rebuffed"),
    ("The mayor downplayed the risk of flooding.", "downplayed"),
    ("Two board members sparred over the hiring freeze.", "sparred over"),
])
def test_new_cue_verbs(sentence: str, cue: str) -> None:
    a = _one(sentence, cue)
    assert a.source is not None


@pytest.mark.parametrize("text", [
    "The storm knocked out power to the valley.",      # "knocked" is not a cue
    "The ferry is willing to wait for late passengers.",  # "willing" was dropped
    "The offered price was too low.",                  # no source for "offered"
])
def test_not_stance_cues(text: str) -> None:
    result = analyze("The council met on Monday.\n\n" + text)
    assert result.attributions == [] or all(
        a.cue.text not in ("knocked", "is willing", "offered") for a in result.attributions)


def test_viewpoint_opening_names_whose_view_it_is() -> None:
    a = _one("To Ortiz, the ferry is the lifeline of the island.", "To")
    assert a.source is not None and a.source.span.text == "Ortiz"
    assert "the ferry is the lifeline" in a.content.fragments[0].text


def test_to_be_sure_is_no_viewpoint() -> None:
    result = analyze("The council met on Monday.\n\nTo be sure, the ferry ran late again.")
    assert result.attributions == ()


@pytest.mark.parametrize(("sentence", "cue"), [
    # session 7: the cue takes its preposition ("make the case for" in PolNeAR train gold)
    ("The coach made the case for a longer season.", "made the case for"),
    ("The councilwoman took aim at the parking fees.", "took aim at"),
])
def test_round5_cue_phrases(sentence: str, cue: str) -> None:
    a = _one(sentence, cue)
    assert a.source is not None
