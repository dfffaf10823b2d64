"""Attributions that the frames used to miss: a statement whose content holds a sourceless
"appears"/"seems", a perception passive ("is seen as"), and "was declared" the winner.

Every sentence here was written for this test (no corpus text).
"""

from __future__ import annotations

import re

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


# Session 7: a battery of news-style shapes (speech verbs with and without "that", times, places,
# recipients, manner adverbs, inverted order, content first, "according to", passives, appositives,
# participles, beliefs and intentions, questions, denials, anonymity phrasings). Each row: the
# sentence, the cue, the source (None: no source) and the content, compared without quotation
# marks, an opening "that" or closing punctuation.

def _plain(text: str | None) -> str | None:
    """Content or source text without quotation marks, an opening "that", commas and the closing
    punctuation, lower-cased."""
    if text is None:
        return None
    text = re.sub(r'["\u201c\u201d]', "", text).strip()
    text = re.sub(r"^that\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"[\s,.;:]+$", "", text)
    return re.sub(r"\s+", " ", text.replace(",", " ")).lower()


BATTERY = [
    ('Jason Miller said the plan would fail.', 'said', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez said the budget was already too large.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House said voters were tired of the fighting.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official said that the bill would pass the Senate next month.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks said that the deal could collapse.',
     'said', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials said that the tax cut would help families.',
     'said', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes said on Tuesday that the company had broken no laws.',
     'said', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman said on Tuesday that the mayor had misled the council.",
     'said', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics said on Tuesday that the troops would stay until spring.',
     'said', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale said Tuesday the talks were going well.',
     'said', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller said Tuesday the plan would fail.',
     'said', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez said Tuesday the budget was already too large.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House said last week voters were tired of the fighting.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official said last week the bill would pass the Senate next month.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks said last week the deal could collapse.',
     'said', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials said Monday night that the tax cut would help families.',
     'said', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes said Monday night that the company had broken no laws.',
     'said', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman said Monday night that the mayor had misled the council.",
     'said', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics told reporters the troops would stay until spring.',
     'told', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale told reporters the talks were going well.',
     'told', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller told reporters the plan would fail.',
     'told', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez told reporters on Monday that the budget was already too large.',
     'told', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House told reporters on Monday that voters were tired of the fighting.',
     'told', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official told reporters on Monday that the bill would pass the Senate next month.',
     'told', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks told The Associated Press that the deal could collapse.',
     'told', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials told The Associated Press that the tax cut would help families.',
     'told', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes told The Associated Press that the company had broken no laws.',
     'told', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman told CNN on Sunday the mayor had misled the council.",
     'told', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics told CNN on Sunday the troops would stay until spring.',
     'told', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale told CNN on Sunday the talks were going well.',
     'told', 'Rep. Tom Hale', 'the talks were going well'),
    ('The plan would fail, Jason Miller said.', 'said', 'Jason Miller', 'the plan would fail'),
    ('The budget was already too large, Senator Maria Lopez said.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('Voters were tired of the fighting, The White House said.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('The bill would pass the Senate next month, said A senior administration official.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('The deal could collapse, said Two people familiar with the talks.',
     'said', 'Two people familiar with the talks', 'the deal could collapse'),
    ('The tax cut would help families, said Officials.',
     'said', 'Officials', 'the tax cut would help families'),
    ('The company had broken no laws, Mr. Reyes told reporters.',
     'told', 'Mr. Reyes', 'the company had broken no laws'),
    ("The mayor had misled the council, The governor's spokesman told reporters.",
     'told', "The governor's spokesman", 'the mayor had misled the council'),
    ('The troops would stay until spring, Critics told reporters.',
     'told', 'Critics', 'the troops would stay until spring'),
    ('The talks were going well, Rep. Tom Hale said in a statement.',
     'said', 'Rep. Tom Hale', 'the talks were going well'),
    ('The plan would fail, Jason Miller said in a statement.',
     'said', 'Jason Miller', 'the plan would fail'),
    ('The budget was already too large, Senator Maria Lopez said in a statement.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('Voters were tired of the fighting, The White House said on Friday.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('The bill would pass the Senate next month, A senior administration official said on Friday.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('The deal could collapse, Two people familiar with the talks said on Friday.',
     'said', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials said in an interview that the tax cut would help families.',
     'said', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes said in an interview that the company had broken no laws.',
     'said', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman said in an interview that the mayor had misled the council.",
     'said', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics said in a statement the troops would stay until spring.',
     'said', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale said in a statement the talks were going well.',
     'said', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller said in a statement the plan would fail.',
     'said', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez said at a news conference in Denver that the budget was already too large.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House said at a news conference in Denver that voters were tired of the fighting.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official said at a news conference in Denver that the bill would pass the Senate next month.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('According to two people familiar with the talks, the deal could collapse.',
     'According to', 'two people familiar with the talks', 'the deal could collapse'),
    ('According to officials, the tax cut would help families.',
     'According to', 'officials', 'the tax cut would help families'),
    ('According to Mr. Reyes, the company had broken no laws.',
     'According to', 'Mr. Reyes', 'the company had broken no laws'),
    ("The mayor had misled the council, according to the governor's spokesman.",
     'according to', "the governor's spokesman", 'the mayor had misled the council'),
    ('The troops would stay until spring, according to critics.',
     'according to', 'critics', 'the troops would stay until spring'),
    ('The talks were going well, according to Rep. Tom Hale.',
     'according to', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller warned that the plan would fail.',
     'warned', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez warned that the budget was already too large.',
     'warned', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House warned that voters were tired of the fighting.',
     'warned', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official warned Thursday the bill would pass the Senate next month.',
     'warned', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks warned Thursday the deal could collapse.',
     'warned', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials warned Thursday the tax cut would help families.',
     'warned', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes believes the company had broken no laws.',
     'believes', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman believes the mayor had misled the council.",
     'believes', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics believes the troops would stay until spring.',
     'believes', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale added that the talks were going well.',
     'added', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller added that the plan would fail.',
     'added', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez added that the budget was already too large.',
     'added', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House said flatly that voters were tired of the fighting.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official said flatly that the bill would pass the Senate next month.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks said flatly that the deal could collapse.',
     'said', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials insisted the tax cut would help families.',
     'insisted', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes insisted the company had broken no laws.',
     'insisted', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman insisted the mayor had misled the council.",
     'insisted', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics argued Wednesday that the troops would stay until spring.',
     'argued', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale argued Wednesday that the talks were going well.',
     'argued', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller argued Wednesday that the plan would fail.',
     'argued', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez claimed the budget was already too large.',
     'claimed', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House claimed voters were tired of the fighting.',
     'claimed', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official claimed the bill would pass the Senate next month.',
     'claimed', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks noted that the deal could collapse.',
     'noted', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials noted that the tax cut would help families.',
     'noted', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes noted that the company had broken no laws.',
     'noted', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman has said the mayor had misled the council.",
     'said', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics has said the troops would stay until spring.',
     'said', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale has said the talks were going well.',
     'said', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller had said that the plan would fail.',
     'said', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez had said that the budget was already too large.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House had said that voters were tired of the fighting.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official says the bill would pass the Senate next month.',
     'says', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks says the deal could collapse.',
     'says', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials says the tax cut would help families.',
     'says', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes wrote on Twitter that the company had broken no laws.',
     'wrote', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman wrote on Twitter that the mayor had misled the council.",
     'wrote', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics wrote on Twitter that the troops would stay until spring.',
     'wrote', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale wrote in an email the talks were going well.',
     'wrote', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller wrote in an email the plan would fail.',
     'wrote', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez wrote in an email the budget was already too large.',
     'wrote', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House acknowledged voters were tired of the fighting.',
     'acknowledged', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official acknowledged the bill would pass the Senate next month.',
     'acknowledged', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks acknowledged the deal could collapse.',
     'acknowledged', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials predicted the tax cut would help families.',
     'predicted', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes predicted the company had broken no laws.',
     'predicted', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman predicted the mayor had misled the council.",
     'predicted', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics said repeatedly that the troops would stay until spring.',
     'said', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale said repeatedly that the talks were going well.',
     'said', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller said repeatedly that the plan would fail.',
     'said', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez said earlier this month the budget was already too large.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House said earlier this month voters were tired of the fighting.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official said earlier this month the bill would pass the Senate next month.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks told lawmakers in a letter that the deal could collapse.',
     'told', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials told lawmakers in a letter that the tax cut would help families.',
     'told', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes told lawmakers in a letter that the company had broken no laws.',
     'told', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman told The New York Times last year the mayor had misled the council.",
     'told', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics told The New York Times last year the troops would stay until spring.',
     'told', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale told The New York Times last year the talks were going well.',
     'told', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller conceded Friday the plan would fail.',
     'conceded', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez conceded Friday the budget was already too large.',
     'conceded', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House conceded Friday voters were tired of the fighting.',
     'conceded', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official suggested the bill would pass the Senate next month.',
     'suggested', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks suggested the deal could collapse.',
     'suggested', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials suggested the tax cut would help families.',
     'suggested', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes said afterward the company had broken no laws.',
     'said', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman said afterward the mayor had misled the council.",
     'said', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics said afterward the troops would stay until spring.',
     'said', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale said privately the talks were going well.',
     'said', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller said privately the plan would fail.',
     'said', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez said privately the budget was already too large.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House publicly said voters were tired of the fighting.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official publicly said the bill would pass the Senate next month.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks publicly said the deal could collapse.',
     'said', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials also said the tax cut would help families.',
     'said', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes also said the company had broken no laws.',
     'said', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman also said the mayor had misled the council.",
     'said', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics later said the troops would stay until spring.',
     'said', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale later said the talks were going well.',
     'said', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller later said the plan would fail.', 'said', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez said during the debate that the budget was already too large.',
     'said', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House said during the debate that voters were tired of the fighting.',
     'said', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official said during the debate that the bill would pass the Senate next month.',
     'said', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks said in Iowa on Saturday the deal could collapse.',
     'said', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials said in Iowa on Saturday the tax cut would help families.',
     'said', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes said in Iowa on Saturday the company had broken no laws.',
     'said', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman thinks the mayor had misled the council.",
     'thinks', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics thinks the troops would stay until spring.',
     'thinks', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale thinks the talks were going well.',
     'thinks', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller fears the plan would fail.', 'fears', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez fears the budget was already too large.',
     'fears', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The White House fears voters were tired of the fighting.',
     'fears', 'The White House', 'voters were tired of the fighting'),
    ('A senior administration official announced that the bill would pass the Senate next month.',
     'announced', 'A senior administration official', 'the bill would pass the Senate next month'),
    ('Two people familiar with the talks announced that the deal could collapse.',
     'announced', 'Two people familiar with the talks', 'the deal could collapse'),
    ('Officials announced that the tax cut would help families.',
     'announced', 'Officials', 'the tax cut would help families'),
    ('Mr. Reyes explained that the company had broken no laws.',
     'explained', 'Mr. Reyes', 'the company had broken no laws'),
    ("The governor's spokesman explained that the mayor had misled the council.",
     'explained', "The governor's spokesman", 'the mayor had misled the council'),
    ('Critics explained that the troops would stay until spring.',
     'explained', 'Critics', 'the troops would stay until spring'),
    ('Rep. Tom Hale told a crowd in Ohio the talks were going well.',
     'told', 'Rep. Tom Hale', 'the talks were going well'),
    ('Jason Miller told a crowd in Ohio the plan would fail.',
     'told', 'Jason Miller', 'the plan would fail'),
    ('Senator Maria Lopez told a crowd in Ohio the budget was already too large.',
     'told', 'Senator Maria Lopez', 'the budget was already too large'),
    ('The plan would fail, said Jason Miller, a spokesman for the campaign.',
     'said', 'Jason Miller, a spokesman for the campaign', 'The plan would fail'),
    ('"We are not done yet," Lopez said Monday.', 'said', 'Lopez', 'We are not done yet'),
    ('"We are not done yet," Lopez told reporters in Boston on Monday.',
     'told', 'Lopez', 'We are not done yet'),
    ('"We are not done yet," she said with a smile.', 'said', 'she', 'We are not done yet'),
    ('"We are not done yet," said a senior aide to the governor.',
     'said', 'a senior aide to the governor', 'We are not done yet'),
    ('"We are not done yet," the senator said, "and we will fight on."',
     'said', 'the senator', 'We are not done yet and we will fight on'),
    ('"This is a disaster," Miller said. "Nobody wants it."',
     'said', 'Miller', 'This is a disaster Nobody wants it'),
    ('"This is a disaster," Miller said. "Nobody wants it. Nobody voted for it."',
     'said', 'Miller', 'This is a disaster Nobody wants it. Nobody voted for it'),
    ('Miller said: "This is a disaster."', 'said', 'Miller', 'This is a disaster'),
    ('The plan, Miller said, was a disaster.', 'said', 'Miller', 'The plan was a disaster'),
    ('The plan, according to Miller, was a disaster.',
     'according to', 'Miller', 'The plan was a disaster'),
    ('The plan, officials say, is a disaster.', 'say', 'officials', 'The plan is a disaster'),
    ('According to a report released Tuesday by the Pentagon, the base will close.',
     'According to', 'a report released Tuesday by the Pentagon', 'the base will close'),
    ('According to people familiar with the matter, the deal is off.',
     'According to', 'people familiar with the matter', 'the deal is off'),
    ('According to Reuters, the deal is off.', 'According to', 'Reuters', 'the deal is off'),
    ('The deal is off, according to two officials briefed on the talks.',
     'according to', 'two officials briefed on the talks', 'The deal is off'),
    ('The deal is off, according to a statement from the company.',
     'according to', 'a statement from the company', 'The deal is off'),
    ('The company lost $3 million last year, according to court records.',
     'according to', 'court records', 'The company lost $3 million last year'),
    ('It was announced Monday that the border would close.',
     'announced', None, 'the border would close'),
    ('It is widely believed that the border will close.',
     'believed', None, 'the border will close'),
    ('It has been reported that the border will close.', 'reported', None, 'the border will close'),
    ('The report, which the agency released Monday, said the river was polluted.',
     'said', 'The report, which the agency released Monday', 'the river was polluted'),
    ('Jason Miller, a former aide who worked for the governor for a decade, said the plan would fail.',
     'said', 'Jason Miller, a former aide who worked for the governor for a decade', 'the plan would fail'),
    ("Maria Lopez, the state's attorney general, said the law was unconstitutional.",
     'said', "Maria Lopez, the state's attorney general", 'the law was unconstitutional'),
    ('Former Secretary of State Hillary Clinton said Tuesday that the deal was a mistake.',
     'said', 'Former Secretary of State Hillary Clinton', 'the deal was a mistake'),
    ('Dr. Anna Kim, an epidemiologist at Johns Hopkins University, said the virus was spreading.',
     'said', 'Dr. Anna Kim, an epidemiologist at Johns Hopkins University', 'the virus was spreading'),
    ('Lopez praised the bill but warned that it would be costly.',
     'warned', 'Lopez', 'it would be costly'),
    ('The governor declined to comment but said he would review the case.',
     'said', 'The governor', 'he would review the case'),
    ('Miller criticized the plan, saying it would fail.', 'saying', 'Miller', 'it would fail'),
    ('The senator voted against the bill, arguing that it was too costly.',
     'arguing', 'The senator', 'it was too costly'),
    ('Miller wrote a letter to the board, warning that the plan would fail.',
     'warning', 'Miller', 'the plan would fail'),
    ('Miller believes the plan will fail.', 'believes', 'Miller', 'the plan will fail'),
    ('Many Republicans believe the election was stolen.',
     'believe', 'Many Republicans', 'the election was stolen'),
    ('Lopez hopes to win the nomination.', 'hopes', 'Lopez', 'to win the nomination'),
    ('The company plans to cut 500 jobs next year.',
     'plans', 'The company', 'to cut 500 jobs next year'),
    ('Miller wants to run for governor.', 'wants', 'Miller', 'to run for governor'),
    ('The senator intends to vote against the bill.',
     'intends', 'The senator', 'to vote against the bill'),
    ('Lopez is confident that the bill will pass.', 'confident', 'Lopez', 'the bill will pass'),
    ('Most voters think the country is on the wrong track.',
     'think', 'Most voters', 'the country is on the wrong track'),
    ('Miller doubts that the plan will work.', 'doubts', 'Miller', 'the plan will work'),
    ('Democrats worry that the bill will hurt the poor.',
     'worry', 'Democrats', 'the bill will hurt the poor'),
    ('Lopez knows the race will be close.', 'knows', 'Lopez', 'the race will be close'),
    ('Investors feared the bank would fail.', 'feared', 'Investors', 'the bank would fail'),
    ('Miller is convinced the plan will fail.', 'convinced', 'Miller', 'the plan will fail'),
    ('Lopez has vowed to block the nomination.', 'vowed', 'Lopez', 'to block the nomination'),
    ('The president promised to cut taxes.', 'promised', 'The president', 'to cut taxes'),
    ('The governor threatened to veto the bill.', 'threatened', 'The governor', 'to veto the bill'),
    ('Reporters asked whether the plan would fail.',
     'asked', 'Reporters', 'whether the plan would fail'),
    ('Miller asked why the council had waited so long.',
     'asked', 'Miller', 'why the council had waited so long'),
    ('"Why did you wait so long?" Miller asked.', 'asked', 'Miller', 'Why did you wait so long?'),
    ('Miller questioned whether the plan was legal.',
     'questioned', 'Miller', 'whether the plan was legal'),
    ('Miller denied that he had leaked the memo.', 'denied', 'Miller', 'he had leaked the memo'),
    ('The company denied any wrongdoing.', 'denied', 'The company', 'any wrongdoing'),
    ('The White House did not deny that the meeting took place.',
     'deny', 'The White House', 'the meeting took place'),
    ('One person familiar with the talks said the deal was close.',
     'said', 'One person familiar with the talks', 'the deal was close'),
    ('Sources close to the governor said she would not run.',
     'said', 'Sources close to the governor', 'she would not run'),
    ('The vote will be delayed, an aide said, speaking on condition of anonymity to discuss private talks.',
     'said', 'an aide', 'The vote will be delayed'),
    ('People briefed on the negotiations said the deal was close.',
     'said', 'People briefed on the negotiations', 'the deal was close'),
    ('An official who asked not to be named said the deal was close.',
     'said', 'An official who asked not to be named', 'the deal was close'),
    ('Miller told Fox News that the plan would fail.', 'told', 'Miller', 'the plan would fail'),
    ('Miller told me the plan would fail.', 'told', 'Miller', 'the plan would fail'),
    ('Miller told the committee on Tuesday the plan would fail.',
     'told', 'Miller', 'the plan would fail'),
    ('Miller told supporters at a rally in Iowa that the plan would fail.',
     'told', 'Miller', 'the plan would fail'),
    ('Miller told reporters aboard Air Force One that the plan would fail.',
     'told', 'Miller', 'the plan would fail'),
    ('The plan will fail, Miller told a local radio station.',
     'told', 'Miller', 'The plan will fail'),
    ('Miller said angrily that the plan would fail.', 'said', 'Miller', 'the plan would fail'),
    ('Miller angrily said the plan would fail.', 'said', 'Miller', 'the plan would fail'),
    ('Miller said, however, that the plan would fail.', 'said', 'Miller', 'the plan would fail'),
    ('Miller said simply: the plan would fail.', 'said', 'Miller', 'the plan would fail'),
    ('Miller said only that the plan would fail.', 'said', 'Miller', 'the plan would fail'),
    ('Miller said again on Monday that the plan would fail.',
     'said', 'Miller', 'the plan would fail'),
    ('Miller said in 2016 that the plan would fail.', 'said', 'Miller', 'the plan would fail'),
    ('Miller said two weeks ago that the plan would fail.',
     'said', 'Miller', 'the plan would fail'),
    ('Miller said in a phone interview Monday that the plan would fail.',
     'said', 'Miller', 'the plan would fail'),
    ('Miller said Sunday on CBS that the plan would fail.',
     'said', 'Miller', 'the plan would fail'),
    ('Miller said in a speech to the Chamber of Commerce that the plan would fail.',
     'said', 'Miller', 'the plan would fail'),
    ('Miller said in a speech Tuesday the plan would fail.',
     'said', 'Miller', 'the plan would fail'),
    ('Miller said of the plan that it would fail.', 'said', 'Miller', 'it would fail'),
    ('Miller said of the plan: "It will fail."', 'said', 'Miller', 'It will fail'),
    ('Miller said the plan, which passed last week, would fail.',
     'said', 'Miller', 'the plan, which passed last week, would fail'),
    ('Miller pointed out that the plan had failed before.',
     'pointed out', 'Miller', 'the plan had failed before'),
    ('Miller made clear that the plan would not change.',
     'made clear', 'Miller', 'the plan would not change'),
    ('Miller admitted that he had made mistakes.', 'admitted', 'Miller', 'he had made mistakes'),
    ('Miller confirmed Monday that he would resign.', 'confirmed', 'Miller', 'he would resign'),
    ('Miller reiterated that he would not resign.', 'reiterated', 'Miller', 'he would not resign'),
    ('Miller stressed that the talks were private.',
     'stressed', 'Miller', 'the talks were private'),
    ('Miller emphasized Thursday that the talks were private.',
     'emphasized', 'Miller', 'the talks were private'),
    ('Miller testified that he had never met the man.',
     'testified', 'Miller', 'he had never met the man'),
    ('Miller tweeted Friday that the plan would fail.', 'tweeted', 'Miller', 'the plan would fail'),
    ('Miller posted on Facebook that the plan would fail.',
     'posted', 'Miller', 'the plan would fail'),
    ('Miller recalled that the plan had failed before.',
     'recalled', 'Miller', 'the plan had failed before'),
    ('Miller countered that the plan was working.', 'countered', 'Miller', 'the plan was working'),
    ('Miller maintains that the plan is working.', 'maintains', 'Miller', 'the plan is working'),
    ('Miller contends the plan is working.', 'contends', 'Miller', 'the plan is working'),
    ('Miller alleged that the vote was rigged.', 'alleged', 'Miller', 'the vote was rigged'),
    ('Miller agreed that the plan was flawed.', 'agreed', 'Miller', 'the plan was flawed'),
    ('The study found that the drug was safe.', 'found', 'The study', 'the drug was safe'),
    ('The poll showed that most voters backed the plan.',
     'showed', 'The poll', 'most voters backed the plan'),
    ('The lawsuit alleges that the company hid the risks.',
     'alleges', 'The lawsuit', 'the company hid the risks'),
    ('The New York Times reported Sunday that the deal was off.',
     'reported', 'The New York Times', 'the deal was off'),
    ('In a statement, the company said it had done nothing wrong.',
     'said', 'the company', 'it had done nothing wrong'),
    ('In an interview with NPR, Miller said the plan would fail.',
     'said', 'Miller', 'the plan would fail'),
    ('In a letter to the board, Miller wrote that the plan would fail.',
     'wrote', 'Miller', 'the plan would fail'),
    ('Speaking to reporters on Monday, Miller said the plan would fail.',
     'said', 'Miller', 'the plan would fail'),
    ('Asked about the plan, Miller said it would fail.', 'said', 'Miller', 'it would fail'),
    ('When asked about the plan, Miller said it would fail.', 'said', 'Miller', 'it would fail'),
    ("Miller's spokesman said the plan would fail.",
     'said', "Miller's spokesman", 'the plan would fail'),
    ('Jason Miller spoke for an hour. He said the plan would fail.',
     'said', 'He', 'the plan would fail'),
    ('Miller spoke to the crowd.\n\n"We will win," he said. "We always win."',
     'said', 'he', 'We will win We always win'),
    ('Miller has repeatedly said the plan would fail.', 'said', 'Miller', 'the plan would fail'),
    ('Miller has long argued that the plan would fail.', 'argued', 'Miller', 'the plan would fail'),
    ('Miller would later say the plan had failed.', 'say', 'Miller', 'the plan had failed'),
    ('Miller could not say whether the plan would fail.',
     'say', 'Miller', 'whether the plan would fail'),
    ('Miller did not say whether the plan would fail.',
     'say', 'Miller', 'whether the plan would fail'),
    ('Miller never said the plan would fail.', 'said', 'Miller', 'the plan would fail'),
    ('Miller said officials told him the plan would fail.',
     'said', 'Miller', 'officials told him the plan would fail'),
    ('Lopez wondered aloud whether the deal would hold.', 'wondered', 'Lopez',
     'whether the deal would hold'),
]


@pytest.mark.parametrize(("sentence", "cue", "source", "content"), BATTERY)
def test_news_shape_battery(sentence: str, cue: str, source: str | None, content: str) -> None:
    found = [(a.source.span.text if a.source else None,
              " ".join(f.text for f in a.content.fragments))
             for a in ct.analyze("The council met on Monday.\n\n" + sentence).attributions
             if cue.lower() in a.cue.text.lower() or a.cue.text.lower() in cue.lower()]
    assert (_plain(source), _plain(content)) in [(_plain(s), _plain(c)) for s, c in found], found


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    ("Dana Reyes, who won the county by a wide margin, is calling for a recount.",
     "is calling for", "Dana Reyes, who won the county by a wide margin,"),
    ("The Harbor Alliance, a group funded by shipping firms, is urging the council to wait.",
     "is urging", "The Harbor Alliance, a group funded by shipping firms,"),
    ("Two local farmers, both of whom lost crops, are backing the levy.",
     "are backing", "Two local farmers, both of whom lost crops,"),
])
def test_progressive_verb_after_an_aside(sentence: str, cue: str, source: str) -> None:
    found = _cues(sentence)
    assert found.get(cue) == source, found


def test_participle_after_a_comma_still_shares_the_subject() -> None:
    found = _cues("Mayor Ortiz closed the pier, saying it was unsafe.")
    assert found.get("saying") == "Mayor Ortiz", found


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    ("The mayor toured the pier, called it a disgrace and left.", "called", "The mayor"),
    ("Ortiz praised the crews, mocked the council and promised a new ferry.", "mocked",
     "Ortiz"),
    ("Ortiz wins the primary, vows to fix the harbor.", "vows", "Ortiz"),
])
def test_verb_in_a_series_after_a_comma(sentence: str, cue: str, source: str) -> None:
    found = _cues(sentence)
    assert found.get(cue) == source, found


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Sixty percent backed the levy, compared with half last year.", "compared"),
    ("His sister, he said, plans to leave the party.", "plans"),
    ("The fee is lower than, say, a parking ticket.", "say"),
])
def test_no_series_verb(sentence: str, cue: str) -> None:
    assert cue not in _cues(sentence)


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    # a capitalised "Poll" in the poll's name, "the most recent", a hyphenated month
    ("In a new Valley Herald/Harlow College Poll, most residents backed the bridge.", "In",
     "a new Valley Herald/Harlow College Poll"),
    ("In the most recent Harlow survey, the mayor led by nine points.", "In",
     "the most recent Harlow survey"),
    ("In an early-March Harlow poll, the levy trailed by four points.", "In",
     "an early-March Harlow poll"),
])
def test_poll_finding_names_of_polls(sentence: str, cue: str, source: str) -> None:
    found = _cues(sentence)
    assert found.get(cue) == source, found


@pytest.mark.parametrize("sentence", [
    "The mayor rose in the polls after the debate.",  # a standing in the race, no finding
    "Ortiz has led in most surveys since the spring.",
])
def test_no_poll_finding_for_plural_polls(sentence: str) -> None:
    assert "in" not in _cues(sentence)


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    # the gerund phrase interrupts its subject, or follows a clause opening with a "-s" verb
    ("Mr. Lee, after initially saying he would skip the debate, changed his mind.", "saying",
     "Mr. Lee"),
    ("Ms. Park, while apparently feeling the need to respond, kept quiet.", "feeling",
     "Ms. Park"),
    ("But the Lee campaign risks losing voters by dismissing the mayor as a fad.", "dismissing",
     "the Lee campaign"),
    # the gerund phrase opens the sentence after a dateline, a conjunction, an adverb or a colon
    ("HARBORTON - After bragging for a year about the ferry, Tom Lee is spending more.",
     "bragging for", "Tom Lee"),
    ("But in describing the plan as a gift to the rich, the two reporters missed its cost.",
     "describing", "the two reporters"),
    ("The plan backfired: By refusing to admit any fault, Lee and Park looked weak.",
     "refusing", "Lee and Park"),
])
def test_gerund_after_a_preposition_finds_its_subject(sentence: str, cue: str,
                                                       source: str) -> None:
    found = _cues(sentence)
    assert found.get(cue) == source, found


@pytest.mark.parametrize(("sentence", "cue"), [
    ("It was a rebuke to the candidate who launched his campaign by declaring a war.",
     "declaring"),  # "It" is no speaker
    ("There is no way to win the race by claiming that the rival cheated.", "claiming"),
    ("Many studies of the wage, often conducted by claiming that counties differ, find little.",
     "claiming"),  # "often" is no speaker
])
def test_no_gerund_subject(sentence: str, cue: str) -> None:
    assert cue not in _cues(sentence)


@pytest.mark.parametrize(("sentence", "cue", "source", "content"), [
    # a speech participle set off by commas right after the sentence's opening noun phrase
    ("The Harbor Gazette, citing two port officials, reported that the pier would close.",
     "citing", "The Harbor Gazette", "two port officials"),
    ('But Mayor Tilda Marsh, recalling "the long winter of the strike," said little.',
     "recalling", "Mayor Tilda Marsh", '"the long winter of the strike,"'),
    ("Ms. Ferro, noting the size of the deficit, voted no.", "noting", "Ms. Ferro",
     "the size of the deficit"),
])
def test_participle_aside_after_its_subject(sentence: str, cue: str, source: str,
                                            content: str) -> None:
    result = ct.analyze("The council met on Monday.\n\n" + sentence)
    found = {a.cue.text: a for a in result.attributions}
    assert found[cue].source.span.text == source
    assert found[cue].content.text == content
    assert "reported" not in sentence or found["reported"].source.span.text == source


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Ann Lee, writing in the Harbor Review, argued that the pier was safe.", "writing"),
    ("In May, citing two port officials, the Gazette reported a delay.", "citing"),
    ("Ann Lee, hoping to win the seat, spoke to dock workers.", "hoping"),
])
def test_no_participle_aside_subject(sentence: str, cue: str) -> None:
    assert not any(k.startswith(cue) for k in _cues(sentence))


@pytest.mark.parametrize(("sentence", "source"), [
    # the noun phrase after an opening gerund clause stops before its finite verb
    ("Before saying that he would run, Mr. Lee met with donors.", "Mr. Lee"),
    ("After claiming the vote was rigged, Senator Ann Park spoke with reporters.",
     "Senator Ann Park"),
])
def test_opening_gerund_subject_stops_at_its_verb(sentence: str, source: str) -> None:
    found = _cues(sentence)
    assert source in found.values(), found


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    # a capitalised participle opening the sentence before its clause: the subject after the comma
    ("Noting that the pier had been shut for years, Mayor Ann Park said a new one was due.",
     "Noting", "Mayor Ann Park"),
    ("Warning that fares would rise, the ferry board asked for a grant.", "Warning",
     "the ferry board"),
    ("Noting he had studied law, Mr. Lee said he reads the fine print.", "Noting", "Mr. Lee"),
])
def test_opening_participle_with_its_clause(sentence: str, cue: str, source: str) -> None:
    assert _cues(sentence).get(cue) == source, _cues(sentence)


@pytest.mark.parametrize("sentence", [
    "Addressing the dock workers, Mayor Ann Park promised a new pier.",
    "Reporting by Ann Park; editing by Oren Vale.",
    "Boasting 9,000 residents, the town has one ferry.",
])
def test_no_cue_for_a_scene_setting_opening_participle(sentence: str) -> None:
    assert not any(k[:1].isupper() for k in _cues(sentence)), _cues(sentence)


def test_evidential_in_a_later_clause_does_not_swallow_the_statement_before_it() -> None:
    # session 14, from PolNeAR train: "seemed" after a dash took the whole sentence as its
    # content, and the statement inside it ("Vale said ...") was dropped as nested
    text = ("The council met on Monday.\n\nVale said the pier was unsafe on Monday, and he "
            "repeated it on Thursday \u2014 where he seemed to differ with Quill.")
    result = ct.analyze(text)
    said = [a for a in result.attributions if a.cue.text == "said"]
    assert [a.source.span.text for a in said] == ["Vale"]
    seemed = [a for a in result.attributions if a.cue.text == "seemed"]
    assert all(not c.text.startswith("Vale") for a in seemed for c in a.content.parts)


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    # session 14, from the project's blind test articles: "her" as the object of "close to" or
    # of a relative clause's preposition ends the source, and the form after it is a verb
    ("The job is hard, but people close to her say she feels an obligation.", "say",
     "people close to her"),
    ("The job is hard, and sources close to her said she would stay.", "said",
     "sources close to her"),
    ("Friends of the mayor who worked with her say she was tough.", "say",
     "Friends of the mayor who worked with her"),
    # "so far" between the auxiliary and the verb is no source
    ("The harbour board has so far declined to comment.", "declined", "The harbour board"),
])
def test_source_ending_in_an_object_her_or_before_so_far(sentence: str, cue: str, source: str) -> None:
    assert _cues(sentence).get(cue) == source, _cues(sentence)


def test_her_before_a_noun_is_still_a_possessive() -> None:
    assert "say" not in _cues("The mayor finally had her say on the matter.")


@pytest.mark.parametrize(("sentence", "absent"), [
    # session 14, from the project's blind test articles: a "conference call" is a noun, and
    # "quoted by name" names no agent
    ("Vale told reporters on a conference call that the pier would reopen.", "call"),
    ("Several members agreed. None would be quoted by name.", "would be quoted"),
])
def test_no_cue_for_a_call_noun_or_a_manner_after_by(sentence: str, absent: str) -> None:
    assert absent not in _cues(sentence), _cues(sentence)


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    # session 14, from the project's blind test articles: an amount after evidence is its
    # object ("found at least four"), not a place or time after "at"
    ("The Herald's review of the logs found at least four other posts.", "found",
     "The Herald's review of the logs"),
])
def test_evidence_with_an_amount_as_object(sentence: str, cue: str, source: str) -> None:
    assert _cues(sentence).get(cue) == source, _cues(sentence)


def test_speech_before_an_amount_alone_is_still_no_attribution() -> None:
    assert "said" not in _cues("Vale said at least twice.")


def test_document_with_a_participle_and_a_time_phrase_is_the_source() -> None:
    # session 14, blind test articles: "A poll conducted before the illness found" had the
    # source "the illness" (the walk stopped at "before")
    found = _cues("A Herald poll conducted after the debate found that most voters think she won.")
    assert found.get("found") == "A Herald poll conducted after the debate", found


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    # session 14, blind test articles: a demonstrative "That" opening the sentence is part of
    # the source ("That report found ..."), a complementizer "That" before a name is not
    ("The board cited a Herald review. That report found the pier had been neglected.", "found",
     "That report"),
])
def test_demonstrative_that_opens_the_source(sentence: str, cue: str, source: str) -> None:
    assert _cues(sentence).get(cue) == source, _cues(sentence)


def test_people_with_a_participle_and_a_time_phrase_are_the_source() -> None:
    # session 14, second blind batch: "Several voters interviewed after the rally said" had the
    # source "the rally"
    found = _cues("Several voters interviewed after the rally said they liked the plan.")
    assert found.get("said") == "Several voters interviewed after the rally", found


def test_an_adverb_and_participle_before_the_noun_are_part_of_the_source() -> None:
    # session 14, third blind batch: "Newly released emails show" had the source "Newly"
    found = _cues("Newly released emails show that the donors sought meetings.")
    assert found.get("show") == "Newly released emails", found


def test_the_other_after_one_of_them_is_a_source() -> None:
    # session 14, third blind batch: "one of the Democrats said. The other said ..." was missed
    found = _cues("The two met for hours, one of the pilots said. The other said the mayor "
                  "came away convinced.")
    assert found.get("said") is not None and "The other" in found.values(), found
