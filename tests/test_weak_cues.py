"""Weak cues with a bare complement (weak_cues.py): where "supports", "decided", "considers",
"see ... as", "wants ... to", a gapped belief or "with polls showing" head an attribution,
and the look-alikes that do not.

Every sentence here was written for this test (no corpus text).
"""

from __future__ import annotations

import pytest

from claimtrace import analyze


def _cues(sentence: str) -> dict[str, str | None]:
    """Cue text -> source text of the attributions in a one-sentence article (after a headline)."""
    result = analyze("The council met on Monday.\n\n" + sentence)
    return {a.cue.text: (a.source.span.text if a.source else None) for a in result.attributions}


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    ("Mayor Lena Ortiz supports the new ferry contract.", "supports", "Mayor Lena Ortiz"),
    ("Older farmers back the water plan by a wide margin.", "back", "Older farmers"),
    ("Treasurer Ann Lobo backed the bond measure last spring.", "backed", "Treasurer Ann Lobo"),
    ("Councilman Reyes decided not to seek a third term.", "decided", "Councilman Reyes"),
    # session 7: the cue takes its preposition ("warned against", "decided against")
    ("The school board decided against closing the library.", "decided against", "The school board"),
    ("Most residents consider the toll an unfair burden.", "consider", "Most residents"),
    ("Local merchants see the parking rules as a threat to their trade.", "see", "Local merchants"),
    ("Many farmers saw the new dam as a threat to their wells.", "saw", "Many farmers"),
    ("By noon the harbor crews saw that the storm had turned east.", "saw", "the harbor crews"),
    ("The mayor wants the state to pay for the bridge.", "wants", "The mayor"),
    ("The union chose a strategy its leaders hope will force a quick vote.", "hope", "its leaders"),
    ("Dr. Amos Kell notes the clinic has doubled its staff since 2010.", "notes", "Dr. Amos Kell"),
    ("Governor Ray Dunn has sought for months to calm the farmers.", "has sought", "Governor Ray Dunn"),
    # a belief inside a "because"/"while" clause is the clause subject's own
    ("Dunn backs the levy because he believes the roads will fail.", "believes", "he"),
    ("While many farmers expect a dry summer, the council disagrees.", "expect", "many farmers"),
    # a weak cue set off by commas inside its content
    ("The new levy, the mayor's aides believe, would pay for the bridge.", "believe",
     "the mayor's aides"),
    # session 13: a pronoun can hold the aside's belief (PolNeAR train "Such efforts, they
    # believe, will ...")
    ("The aides met in March. Such efforts, they believe, will doom the toll.", "believe", "they"),
])
def test_weak_cue_heads_an_attribution(sentence: str, cue: str, source: str) -> None:
    found = _cues(sentence)
    assert cue in found, found
    assert found[cue] is not None and found[cue].endswith(source.split()[-1])


def test_polls_showing_in_a_with_aside() -> None:
    found = _cues("Ms. Vance kept campaigning in the valley, with polls showing her well behind.")
    assert "showing" in found and found["showing"] == "polls"


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The crew had to roll back the old fence before noon.", "back"),
    ("Do you support the new stadium? Tell us below.", "support"),
    ("The plan drew support 40 percent of the time.", "support"),
    ("Reporters asked why the mayor decided to skip the hearing.", "decided"),
    ("\"I have decided to retire,\" the coach told the players.", "decided"),
    ("The mayor might consider a run for governor next year.", "consider"),
    ("Judge Wu, a former prosecutor considered a moderate, heard the case.", "considered"),
    ("\"I don't see him as a leader,\" one voter said.", "see"),
    ("The ferry captain saw the mayor at the pier on Sunday.", "saw"),
    ("The council saw its budget shrink by a third.", "saw"),
    ("She spent the day doing what she believes is her duty.", "believes"),
    ("I take her to the clinic and take notes about her diet.", "notes"),
    # a filler inside a quotation is no aside
    ("\"The fee, you know, is too high,\" the mayor said.", "know"),
    ("\"The fee, I think, is too high,\" the mayor said.", "think"),
])
def test_weak_look_alike_is_no_cue(sentence: str, cue: str) -> None:
    assert cue not in _cues(sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("But there are some harbour engineers who think the old pier is unsafe.", "think"),
    ("The ferry crews, who believe the new schedule will fail, met on Monday.", "believe"),
])
def test_belief_of_people_in_a_relative_clause_is_a_cue(sentence: str, cue: str) -> None:
    # "experts who think the case is clear": a belief with a clause of its own, held by the
    # people the relative clause describes (session 10, PolNeAR train: 10 of 15 annotated)
    assert cue in _cues(sentence)


def test_belief_after_that_or_which_is_still_no_cue() -> None:
    # a thing holds no belief: "a plan that hopes to ..." is the writer's figure of speech
    assert "hopes" not in _cues("The mayor backed a plan that hopes to cut ferry fares by half.")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The mayor blames budget cuts for the closing of the pier.", "blames"),
    ("Although Vale personally opposes tolls in most cases, she backed this one.", "opposes"),
])
def test_stance_with_a_bare_noun_object_is_a_cue(sentence: str, cue: str) -> None:
    # a stance right after its subject, a bare noun and a preposition (session 10, PolNeAR
    # train: 11 new attributions, all 11 annotated)
    assert cue in _cues(sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("With prices at their lowest level, demand has begun to rise.", "demand"),
    ("The board approved a plan to issue subordinated demand notes for the fund.", "demand"),
])
def test_noun_look_alike_of_a_stance_is_no_cue(sentence: str, cue: str) -> None:
    assert cue not in _cues(sentence)


@pytest.mark.parametrize("sentence", [
    "The vote is done. I think it\u2019s good.",
    "I think both Vale and Quill are basically on the same page.",
])
def test_short_or_quantified_clause_after_a_belief_is_a_cue(sentence: str) -> None:
    # session 11, from a train Q&A interview: a contraction is a subject and its verb, and
    # "both"/"all"/"each" open a subject with its verb close behind (train: 4 new, 3 annotated)
    assert "think" in _cues(sentence)


def test_two_word_object_after_a_belief_is_still_no_cue() -> None:
    assert "think" not in _cues("I think so too.")


def test_quantified_object_after_a_belief_is_no_clause() -> None:
    assert "assume" not in _cues("The buyer would assume all liabilities of the unit.")


@pytest.mark.parametrize("sentence", [
    "The levy is so narrow that many economists believe it would be easy to dodge.",
    "But now that we know the costs are big, the plan looks unwise.",
    "The vote was close, given that two aides believe the count was wrong.",
])
def test_belief_after_a_that_of_result_or_time_is_a_cue(sentence: str) -> None:
    # session 14, from PolNeAR train: "so ... that", "now that" and "given that" open no one's
    # content, so a belief after them is an attribution of its own (train: 4 new, all annotated)
    assert set(_cues(sentence)) & {"believe", "know"}


def test_belief_after_a_reported_that_is_still_no_cue() -> None:
    assert "believe" not in _cues("Vale said that aides believe the count was wrong.")


def test_side_taken_with_a_one_word_name_as_object_is_a_cue() -> None:
    # session 14, from PolNeAR train: "19 percent of students polled support Clinton." failed the
    # two-word floor for bare complements; a name after "support"/"back" is the whole object
    assert "support" in _cues("Meanwhile, 19 percent of the students support Quill.")
    assert "support" not in _cues("Meanwhile, the students support it.")


def test_belief_with_a_long_subject_and_a_modal_is_a_cue() -> None:
    # session 14, second blind batch: "Clinton aides believe suburban voters around Columbus and
    # Cincinnati could offset ..." (a subject of five words with names; train: 5 new annotated
    # attributions, 1 not)
    assert "believe" in _cues("Vale aides believe suburban voters around Ayr and Troon could "
                              "offset the loss.")


def test_texted_is_a_verb_of_saying() -> None:
    assert "texted" in _cues("A harbour official texted that the pier would reopen.")
