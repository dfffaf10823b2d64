"""Source-span walks in claimtrace.spans, on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrace import analyze
from claimtrace.span_words import dateline_end, time_or_amount
from claimtrace.spans import appositive_np, closing_marks, left_np, subject_np
from claimtrace.spans_right import extend_appositive, right_np


def _left(text: str, cue: str) -> str | None:
    span = left_np(text, 0, text.index(cue))
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The mayor on Friday said the bridge would reopen.", "said", "The mayor"),
    ("Two aides last week said the plan was dead.", "said", "Two aides"),
    ("Ms. Ortiz didn't say when the vote would be held.", "say", "Ms. Ortiz"),
    ("Ms. Ortiz didn\u2019t say when the vote would be held.", "say", "Ms. Ortiz"),
    ("The governor has repeatedly argued that taxes are too high.", "argued", "The governor"),
    ("The senator has in the past said she opposes the bill.", "said", "The senator"),
    ("To the extent she talks about the budget, it is brief.", "talks", "she"),
    ("Recently he announced a new tour of the state.", "announced", "he"),
    ("Those councillors argued the fee was unfair.", "argued", "Those councillors"),
    ("More than half of the members say the rules should change.", "say", "More than half of the members"),
    ("The advisers to the mayor say the deal is close.", "say", "The advisers to the mayor"),
    ("Even a rival group conceded the figures were right.", "conceded", "a rival group"),
    ("Harbour workers here said the strike would go on.", "said", "Harbour workers"),
])
def test_left_np_boundaries(text: str, cue: str, source: str) -> None:
    assert _left(text, cue) == source


def test_left_np_relative_clause_with_infinitive() -> None:
    text = "Farmers who want to export said prices fell."
    assert _left(text, "said") == "Farmers who want to export"  # the relative clause reaches back


def test_left_np_object_pronoun_after_preposition_keeps_phrase() -> None:
    text = "A source close to him said the talks had stalled."
    assert _left(text, "said") == "A source close to him"


def test_appositive_skips_adverbial_parenthetical() -> None:
    text = "The treasurer, in a short statement, said the audit was complete."
    span = appositive_np(text, 0, text.index(", said"))
    assert span is not None and text[span[0]:span[1]] == "The treasurer"


def test_appositive_keeps_description() -> None:
    text = "Lena Park, a spokeswoman for the council, said the vote was delayed."
    span = appositive_np(text, 0, text.index(", said"))
    assert span is not None
    assert text[span[0]:span[1]] == "Lena Park, a spokeswoman for the council,"


def test_extend_appositive_stops_at_resumed_quote() -> None:
    text = '"The plan," said Omar Reyes, a planner at the agency, "is still on track."'
    name_end = text.index(", a planner")
    end = extend_appositive(text, name_end, len(text))
    assert text[text.index("Omar"):end] == "Omar Reyes, a planner at the agency,"


def test_extend_appositive_to_sentence_end() -> None:
    text = "The river is rising, said Dana Cole, a hydrologist in the county."
    end = extend_appositive(text, text.index(", a hydro"), len(text))
    assert text[text.index("Dana"):end] == "Dana Cole, a hydrologist in the county"


@pytest.mark.parametrize(("text", "after", "source"), [
    ("The vote is close, according to a source on the committee.", "according to",
     "a source on the committee"),
    ("Turnout fell, according to a report in the Valley Herald.", "according to",
     "a report in the Valley Herald"),
    ("It will pass, said a person close to the mayor.", "said", "a person close to the mayor"),
    ("It will pass, said Ana Ruiz in an interview.", "said", "Ana Ruiz"),
    ("Prices rose, according to a survey in March.", "according to", "a survey"),
    ("Prices rose, according to a poll on Tuesday.", "according to", "a poll"),
])
def test_right_np_prepositional_modifiers(text: str, after: str, source: str) -> None:
    start = text.index(after) + len(after)
    span = right_np(text, start, len(text), any_first=True)
    assert span is not None and text[span[0]:span[1]] == source


def test_offsets_index_the_text() -> None:
    text = "Jo Lin, on Monday, and a aide to the mayor on Friday didn\u2019t say much."
    for cue in ("say",):
        span = left_np(text, 0, text.index(cue))
        assert span is not None
        s, e = span
        assert text[s:e] == text[s:e].strip() and e <= text.index(cue)


def test_time_phrase_of_a_participle_stays() -> None:
    text = "Shoppers interviewed at the market on Sunday said prices were up."
    assert _left(text, "said") == "Shoppers interviewed at the market on Sunday"


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("He's said the levy would be cut.", "said", "He"),
    ("She\u2019s predicting a close count.", "predicting", "She"),
    ("They've argued the map is unfair.", "argued", "They"),
    ("Another said it was rushed.", "said", "Another"),
    ("Some argue the fee is too high.", "argue", "Some"),
    ("Both said the bridge would reopen.", "said", "Both"),
    ("Some liked it, and most said it was fair.", "said", "most"),
    ("Marta Diaz and Leo Park have both argued the fee is fair.", "argued", "Marta Diaz and Leo Park"),
    ("Since June, farm workers and growers say the rules changed.", "say",
     "farm workers and growers"),
    ("Nurses who staffed the night shift argue the rota is unsafe.", "argue",
     "Nurses who staffed the night shift"),
])
def test_left_np_pronouns_quantifiers_relatives(text: str, cue: str, source: str) -> None:
    assert _left(text, cue) == source


def test_left_np_object_relative_stays_put() -> None:
    text = "The levy, which councillors say will fail, passed."
    assert _left(text, "say") == "councillors"


def test_left_np_does_not_coordinate_a_verb() -> None:
    text = "The river rose and engineers said the dam held."
    assert _left(text, "said") == "engineers"


def test_appositive_keeps_relative_clause() -> None:
    text = "Rosa Vidal, who chairs the water board, said rates would rise."
    span = appositive_np(text, 0, text.index(", said"))
    assert span is not None
    assert text[span[0]:span[1]] == "Rosa Vidal, who chairs the water board,"


@pytest.mark.parametrize(("text", "source"), [
    ("Ferris campaign manager Dale Ortiz sent a note, calling it a smear.",
     "Ferris campaign manager Dale Ortiz"),
    ("The Maine senator sent a note, calling it a smear.", "The Maine senator"),
    ("Ferris leads rivals in the county.", "Ferris"),
    ("She sent notes to the board.", "She"),
])
def test_subject_np_over_title_nouns(text: str, source: str) -> None:
    span = subject_np(text, 0, len(text))
    assert span is not None and text[span[0]:span[1]] == source


@pytest.mark.parametrize(("text", "source"), [
    ("The fee is fair, said he.", "he"),
    ("Ana Ruiz said he didn't know.", "he"),
    ("Ana Ruiz said he's open to it.", "he"),
])
def test_right_np_subject_pronoun_stands_alone(text: str, source: str) -> None:
    start = text.index("said") + 4
    span = right_np(text, start, len(text), any_first=True)
    assert span is not None and text[span[0]:span[1]] == source



@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Ortiz, Lamb and Pryce have all said the fee is fair.", "said", "Ortiz, Lamb and Pryce"),
    ("Mayor Ortiz, Dana Lamb, and other councillors argued the fee was fair.", "argued",
     "Mayor Ortiz, Dana Lamb, and other councillors"),
    ("In Dover, Lamb and Pryce said the fee was fair.", "said", "Lamb and Pryce"),
    ("Unlike Ortiz, Lamb and Pryce said the fee was fair.", "said", "Lamb and Pryce"),
    ("Most recently, the county board and the mayor said it was fair.", "said",
     "the county board and the mayor"),
    ("On Friday, Lamb and Pryce said the fee was fair.", "said", "Lamb and Pryce"),
])
def test_left_np_comma_list_of_names(text: str, cue: str, source: str) -> None:
    assert _left(text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The river trust has twice complained about the weir.", "complained", "The river trust"),
    ("Few growers would ever concede they were wrong.", "concede", "Few growers"),
    ("The unions have in particular argued the delays cost jobs.", "argued", "The unions"),
    ("Ms. Lamb herself said the fee was fair.", "said", "Ms. Lamb"),
    ("A county survey released last week found rents rose.", "found",
     "A county survey released last week"),
    ("The mayor last week said rents rose.", "said", "The mayor"),
])
def test_left_np_drops_adverbs_keeps_document_dates(text: str, cue: str, source: str) -> None:
    assert _left(text, cue) == source


def test_appositive_with_age_and_town_keeps_the_name() -> None:
    text = "Ida Moss, 61, of Dover, Del., said the bus was late."
    span = appositive_np(text, 0, text.index(", said"))
    assert span is not None and text[span[0]:span[1]].startswith("Ida Moss, 61,")


@pytest.mark.parametrize(("text", "source"), [
    ("The fee is unfair, said a planner who drafted the first map.",
     "a planner who drafted the first map"),
    ("The fee is unfair, said a planner who spoke on condition of anonymity.", "a planner"),
    ("The fee is unfair, said a planner who ran the unit and described the map as a mess.",
     "a planner"),
    ("The fee is unfair, said his survey of growers showed the rents rising.",
     "his survey of growers"),
    ("Rents rose, according to one unaligned Dover landlord.", "one unaligned Dover landlord"),
    ("Rents rose, according to records obtained by the Herald.",
     "records obtained by the Herald"),
])
def test_right_np_relative_clauses_and_verbs(text: str, source: str) -> None:
    m = text.index("said") + 4 if "said" in text else text.index("according to") + 12
    span = right_np(text, m, len(text), any_first=True)
    assert span is not None and text[span[0]:span[1]] == source


@pytest.mark.parametrize(("text", "source"), [
    ("The Green candidate appeared at the fair, saying rents were too high.", "The Green candidate"),
    ("Dana Lamb and Leo Pryce toured the site, hoping to win votes.", "Dana Lamb and Leo Pryce"),
    ("Lawyers for Dover filed a motion, arguing the fee was void.", "Lawyers for Dover"),
    ("Ferris later toured the site, saying it was safe.", "Ferris"),
    ("Ferris on Monday toured the site, saying it was safe.", "Ferris"),
])
def test_subject_np_coordination_and_of_phrases(text: str, source: str) -> None:
    span = subject_np(text, 0, len(text))
    assert span is not None and text[span[0]:span[1]] == source


# session 6: spans that the train error analysis found typed wrongly or not at all
@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The port office less than two weeks ago said the pier was safe.", "said", "The port office"),
    ("Mr. Vale at the time said the pier was safe.", "said", "Mr. Vale"),
    ("Sen. Ann Lee on Thursday evening said the pier was safe.", "said", "Sen. Ann Lee"),
    ("Rep. Ann Lee (D-Me.) earlier in the day said the pier was safe.", "said", "Rep. Ann Lee (D-Me.)"),
    ("Fishermen in general say the pier is safe.", "say", "Fishermen"),
    ("Oren Vale in a blog post argued that the pier was safe.", "argued", "Oren Vale"),
    ("The harbour pilots Thursday said the pier was safe.", "said", "The harbour pilots"),
    ("Port authorities never quite realized the pier was unsafe.", "realized", "Port authorities"),
    # a date after a participle belongs to the document; a holiday is a name
    ("A poll released Sunday showed the plan losing.", "showed", "A poll released Sunday"),
    ("Super Tuesday voters said the plan was right.", "said", "Super Tuesday voters"),
    # a modal spelled with a capital after a name is a surname
    ("Prime Minister Theresa May said the talks would go on.", "said", "Prime Minister Theresa May"),
    ("The columnist George Will wrote that the plan would fail.", "wrote", "The columnist George Will"),
    # a live blog's time stamp glued to its headline
    ("February 6, 2016 9:12PMVale Says The Pier Is Safe", "Says", "Vale"),
    # a horizontal bar is a dash
    ("PORTSIDE \u2015 The harbour board said the pier was safe.", "said", "The harbour board"),
])
def test_left_np_time_and_name_tails(text: str, cue: str, source: str) -> None:
    assert _left(text, cue) == source


@pytest.mark.parametrize(("text", "source"), [
    ("Quill, 35, the daughter of the former mayor, said so.", "Quill, 35, the daughter of the former mayor,"),
    ("J.J. Doe, editor at large of The Harbor, a weekly, said so.", "J.J. Doe, editor at large of The Harbor, a weekly,"),
])
def test_appositive_walks_back_to_a_name(text: str, source: str) -> None:
    span = appositive_np(text, 0, text.index(", said"))
    assert span is not None and text[span[0]:span[1]] == source


def test_appositive_does_not_walk_back_over_a_clause_aside() -> None:
    text = "Mr. Vale, speaking at a rally in Portside, Maine, said so."
    span = appositive_np(text, 0, text.index(", said"))
    assert span is None or not text[span[0]:].startswith("Mr. Vale")  # not "the name's" aside


def test_extend_appositive_stops_before_a_reporting_relative_clause() -> None:
    text = ('"It is safe," said Ann Lee, a pilot from Portside, Maine, who said she had '
            "sailed past the pier every day for thirty years and never once seen it shake in a storm.")
    start = text.index("Ann Lee")
    end = extend_appositive(text, start + len("Ann Lee"), len(text))
    assert text[start:end] == "Ann Lee, a pilot from Portside, Maine,"
    # a relative clause that describes stays
    text = '"It is safe," said Ann Lee, a pilot, who sails past the pier every day.'
    end = extend_appositive(text, text.index(", a pilot"), len(text))
    assert text[text.index("Ann Lee"):end] == "Ann Lee, a pilot, who sails past the pier every day"


@pytest.mark.parametrize("text, source", [
    ("A person briefed on the talks said the deal was close.", "A person briefed on the talks"),
    ("Two sources briefed on the plan said it would wait.", "Two sources briefed on the plan"),
])
def test_participle_describing_an_unnamed_source(text: str, source: str) -> None:
    # TAXONOMY's anonymous_vague example "a person briefed on": the participle is no verb
    s, e = left_np(text, 0, text.index(" said"))
    assert text[s:e] == source


def test_people_described_by_a_relative_clause_with_an_object_pronoun() -> None:
    text = "Those who know him said he would run."
    s, e = left_np(text, 0, text.index(" said"))
    assert text[s:e] == "Those who know him"


def test_neither_nor_keeps_both_conjuncts() -> None:
    text = "Neither Mr. Vale nor other officials identified the platforms."
    s, e = left_np(text, 0, text.index(" identified"))
    assert text[s:e] == "Neither Mr. Vale nor other officials"


@pytest.mark.parametrize(("text", "word", "closed"), [
    ("The U.S. has said so.", "The U.S", "The U.S."),
    ("The A.F.L.-C.I.O. has said so.", "The A.F.L.-C.I.O", "The A.F.L.-C.I.O."),
    ("Ann Lee of Dover, Del. said so.", "Ann Lee of Dover, Del", "Ann Lee of Dover, Del."),
    ("Sen. Al Fox (R-Ga.) said so.", "Sen. Al Fox (R-Ga", "Sen. Al Fox (R-Ga.)"),
    ("About 42% said so.", "About 42", "About 42%"),
    ("It was said by Ann Lee of Dover, Del.", "Ann Lee of Dover, Del", "Ann Lee of Dover, Del"),
    ("Ann Lee. She said so.", "Ann Lee", "Ann Lee"),  # no abbreviation: a sentence's end
    ("The term ends, Ann said.", "Ann", "Ann"),
])
def test_closing_marks(text: str, word: str, closed: str) -> None:
    start = text.index(word)
    s, e = closing_marks(text, (start, start + len(word)), len(text))
    assert text[s:e] == closed


def test_appositive_skips_an_ing_aside_but_keeps_the_names_own() -> None:
    text = "Ann Lee, D-Ore., citing a memo, said so."
    span = appositive_np(text, 0, text.index(", said"))
    assert span is not None and text[span[0]:span[1]] == "Ann Lee, D-Ore.,"


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Ann Lee, saying so, today urged a vote.", "urged", None),  # the frames look left of the comma
    ("Tarrow Lines Inc today said so.", "said", "Tarrow Lines Inc"),
    ("Tarrow Lines Inc yesterday said so.", "said", "Tarrow Lines Inc"),
    ("Harbour pilots today argue so.", "argue", "Harbour pilots today"),  # "nowadays"
])
def test_left_np_lone_date_is_no_source(text: str, cue: str, source: str | None) -> None:
    assert _left(text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    # session 7, Reuters-21578 sample: a date or a connective opening the sentence is no part
    # of the source; a month alone may be a name
    ("February 17 Tarrow said the dollar was stable.", "said", "Tarrow"),
    ("Several years ago Tarrow's firm said it would grow.", "said", "Tarrow's firm"),
    ("Previously the Fed said rates would rise.", "said", "the Fed"),
    ("Nevertheless, the Sorvel group, which owns stakes in several firms, said it would sell.",
     "said", "the Sorvel group, which owns stakes in several firms,"),
    ("Moreover, Ann Lee, chairman of the bank, said rates would rise.", "said",
     "Ann Lee, chairman of the bank,"),
])
def test_leading_date_or_connective_is_no_source(text: str, cue: str, source: str) -> None:
    hits = [at for at in analyze(text).attributions if at.cue.text == cue]
    assert hits and hits[0].source is not None and hits[0].source.span.text == source



@pytest.mark.parametrize(("text", "rest"), [
    ("PORTSIDE, March 20 - Tarrow said so.", "Tarrow said so."),
    ("PORTSIDE, Del., March 2 - Tarrow said so.", "Tarrow said so."),
    ("PORTSIDE (Reuters) - Tarrow said so.", "Tarrow said so."),
    ("PORT ROYAL, June 3 (AP) -- Tarrow said so.", "Tarrow said so."),
    ("PORTSIDE, Dec. 8 (UPI) \u2014 Tarrow said so.", "Tarrow said so."),
    ("Ann Lee - a pilot - said so.", "Ann Lee - a pilot - said so."),  # no capitals: no dateline
])
def test_dateline_end(text: str, rest: str) -> None:
    assert text[dateline_end(text, 0, len(text)):] == rest


def test_dateline_only_opens_a_paragraph() -> None:
    text = "He left. PORTSIDE - Tarrow said so."
    assert dateline_end(text, 9, len(text)) == 9


@pytest.mark.parametrize(("after_by", "expected"), [
    ("March 31, they said", True), ("the summer.", True), ("1990", True), ("mid-1987", True),
    ("25 to 30 pct this year", True), ("more than 50 pct when compared", True), ("the end of the year", True),
    ("Tarrow Lines Inc", False), ("3M Co", False), ("May Quill", False),
    ("58.5 percent of voters", False), ("the 9,000 people there", False),
])
def test_time_or_amount(after_by: str, expected: bool) -> None:
    text = "by " + after_by
    assert time_or_amount(text, 3, len(text)) is expected


@pytest.mark.parametrize("text, source", [
    # session 12, project gold set: a document noun's participle and agent stay in the subject
    ("A memo written by the inspectors says that heaters were broken.", "A memo written by the inspectors"),
    ("A letter signed by 40 senators says the deal is flawed.", "A letter signed by 40 senators"),
])
def test_a_document_written_by_someone_is_the_source(text: str, source: str) -> None:
    says = [a for a in analyze(text).attributions if a.cue.text == "says"]
    assert says and says[0].source.span.text == source


def test_a_name_after_an_inverted_source_that_looks_like_a_verb() -> None:
    # "Hope" after the comma is a name, not the verb "hope" opening a clause
    said = analyze("The deal was off, said a spokeswoman for Trump, Hope Hicks.").attributions[0]
    assert said.source.span.text == "a spokeswoman for Trump, Hope Hicks"
    assert said.source.type.value == "named_person"
