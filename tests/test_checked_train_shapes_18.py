"""Shapes found by hand-checking PolNeAR train types in session 18, on invented text.

Helpers read 2,557 train attributions where claimtrace called the source anonymous, unknown or
(against the silver label) named, and typed each by TAXONOMY.md. The sentences here are new and
only copy the shape of what they found, so the tests check the rule, not the train text.
"""

from __future__ import annotations

import pytest
from shape_cases import source_class

from claimtrace.first_person import document_voice
from claimtrace.model import SourceClass, SourceType
from claimtrace.sources import classify

# ------------------------------------------------------------------ a headline's role noun

@pytest.mark.parametrize(("text", "source"), [
    # the body names the person but never with the headline's noun ("SEIU chief" -> "The
    # head of the union, Mary Kay Henry"; "former rival" -> a former governor)
    ("Union chief says members are drifting to the right\n\nThe head of the Velmar Service "
     "Union, Dora Quist, told reporters on Monday that many members liked the populist message.",
     "Union chief"),
    ("Ortiz will win the primary, former rival says\n\nCarla Mendes, who lost to Ortiz in 2012, "
     "predicted on Tuesday that he would take the nomination.", "former rival"),
    # a subheadline under a headline, before the first blank line (one newspaper's layout)
    ("Senate race tightens;\nWin or lose, candidate says, the campaign changed the state.\n\n"
     "Sen. Lena Brooks spent the day in Dayton, where she told volunteers to keep knocking.",
     "candidate"),
    # a participle set off by commas after the noun had kept it from the headline rule
    ("Bank governor, taking a global view, champions low rates;\nA new concept at the bank.\n\n"
     "Ms. Ilse Varga, a governor of the bank since 2014, has pressed for patience.", "Bank governor"),
])
def test_a_headline_role_noun_is_the_person_the_body_names(text: str, source: str) -> None:
    assert source_class(text, source) is SourceClass.NAMED_PERSON


@pytest.mark.parametrize(("text", "source"), [
    # a plural: a group, not the first person the body names
    ("Party insiders fear the nominee will lose the state\n\nTom Hale, the party chairman, "
     "said he was hopeful.", "Party insiders"),
    # an indefinite headline noun stays unnamed ("A Trump adviser says")
    ("A state official says the audit is late\n\nGov. Ana Ruiz was travelling on Monday.",
     "A state official"),
])
def test_a_headline_group_or_indefinite_stays_unnamed(text: str, source: str) -> None:
    assert source_class(text, source) is SourceClass.ANONYMOUS


# ------------------------------------------------------------------ "the diplomat"

def test_an_indefinite_phrase_ending_in_a_titled_name_introduces_no_one_unnamed() -> None:
    # "an admirer in British diplomat Sir Peter Westmacott" had been read as an unnamed
    # diplomat introduced, so "The diplomat" later stayed unnamed
    text = ("The president has an admirer in Velmari diplomat Sir Aldo Brenn.\n\n"
            "Brenn praised the president in an interview published Saturday.\n\n"
            "The diplomat also said the country was not in decline.")
    assert source_class(text, "The diplomat") is SourceClass.NAMED_PERSON


def test_an_indefinite_unnamed_diplomat_is_still_taken_up() -> None:
    text = ("A European diplomat in the room described the talks as tense.\n\n"
            "The diplomat said no deal was close.")
    assert source_class(text, "The diplomat") is SourceClass.ANONYMOUS


# ------------------------------------------------------------------ people of a contest, all named

@pytest.mark.parametrize(("text", "source"), [
    ("Ann Lee, Bo Chu and Cy Day met in Ames on Monday night. All three candidates said the "
     "ethanol mandate should stay.", "All three candidates"),
    ("Senate hopefuls Rita Vance and Omar Haddad spent the week in Reno. The candidates say "
     "they are not avoiding the nominee.", "The candidates"),
    ('"It is all a show," German Ortiz said. His brother Freddy Ortiz agreed. In some ways, the '
     "brothers noted, the candidate might enjoy it.", "the brothers"),
])
def test_a_group_description_takes_up_the_people_just_named(text: str, source: str) -> None:
    assert source_class(text, source) is SourceClass.NAMED_PERSON


@pytest.mark.parametrize(("text", "source"), [
    # Democrats named, then a party word that sets the Republican field apart
    ("Sen. Ann Lee tweeted about the debate, and Gov. Bo Chu joined in. As the Republican "
     "hopefuls argued over taxes, Lee said veterans were ignored.", "the Republican hopefuls"),
    # no one named at all
    ("The debate ran long. The candidates said the moderators had been fair.", "The candidates"),
])
def test_a_group_description_with_no_matching_names_stays_unnamed(text: str, source: str) -> None:
    assert source_class(text, source) is SourceClass.ANONYMOUS


# ------------------------------------------------------------------ written texts as sources

@pytest.mark.parametrize(("text", "source"), [
    ("The two ministers spoke by phone, according to a Pentagon readout.", "a Pentagon readout"),
    ("The printed slate card said delegates should back the governor.", "The printed slate card"),
    ("His campaign biography says he worked his way through college.", "His campaign biography"),
])
def test_a_written_text_is_a_document(text: str, source: str) -> None:
    assert source_class(text, source) is SourceClass.DOCUMENT


# ------------------------------------------------------------------ names inside descriptions

@pytest.mark.parametrize(("text", "source"), [
    # two indefinite descriptions after a name and its comma are that one person
    ('"He is no conservative," said Tomas Vela, a Texas media consultant and an influential '
     "Hispanic Republican who said he would not vote for the senator.", "who"),
    # a lower-case title with its "of" phrase, then the name
    ("Former Reagan chief of staff Don Ortega, who died in 2003, said the fight was personal.",
     "Former Reagan chief of staff Don Ortega, who died in 2003,"),
    ("White House chief of staff Dana Pruitt said the bill would pass.",
     "White House chief of staff Dana Pruitt"),
    # a name given after lower-case words of description, set off by commas
    ("But one prominent conservative, syndicated radio host Dennis Prager, said the boycott "
     "was a mistake.", "one prominent conservative, syndicated radio host Dennis Prager,"),
])
def test_a_description_that_carries_a_name_is_that_person(text: str, source: str) -> None:
    assert source_class(text, source) is SourceClass.NAMED_PERSON


def test_two_nouns_under_one_article_take_up_the_person_just_quoted() -> None:
    # "activist" is a group noun's singular: it still makes one person with "delegate"
    text = ('"We will fight on the floor," Morton Vale told reporters on Friday. The influential '
            "delegate and conservative activist, who backs the senator, warned that the convention "
            "would be long.")
    assert source_class(text, "The influential delegate and conservative activist, who backs the "
                   "senator,") is SourceClass.NAMED_PERSON


def test_a_spokesman_for_a_titled_person_stays_unnamed() -> None:
    text = "A spokesman for the secretary of state John Kerry said the talks would go on."
    assert source_class(text, "A spokesman for the secretary of state John Kerry") is SourceClass.ANONYMOUS


def test_who_after_a_party_behind_a_modal_is_the_party() -> None:
    # "would almost certainly benefit Democrats, who want ...": the verb is no part of the party
    text = "A stronger economy would almost certainly benefit Democrats, who want to keep the White House."
    assert source_class(text, "who") is SourceClass.NAMED_ORG


# ------------------------------------------------------------------ a first name alone

@pytest.mark.parametrize(("text", "source"), [
    ("A man who would give only his first name, Dale, said the plant closing hurt the town.",
     "A man who would give only his first name, Dale,"),
    ("One questioner, a student who gave his name only as Tyler because he works for a "
     "legislator, said tuition was too high.",
     "One questioner, a student who gave his name only as Tyler because he works for a legislator,"),
    ("Her cousin, a warehouse worker who asked that only his first name, Rafael, be used, said "
     "he would vote.", "Her cousin, a warehouse worker who asked that only his first name, Rafael, be used,"),
])
def test_a_first_name_given_in_the_mention_names_the_person(text: str, source: str) -> None:
    # blind batch 44's gold and the hand-checked train sources type these as named people
    assert source_class(text, source) is SourceClass.NAMED_PERSON


# ------------------------------------------------------------------ a name that only modifies

@pytest.mark.parametrize(("mention", "kind"), [
    # "close" before the head is an adjective, not "close to" ("sources close to the talks")
    ("Gore's close friends and allies", SourceType.ANONYMOUS_VAGUE),
    ("Obama's close allies", SourceType.UNNAMED_GROUP),
    ("sources close to the negotiations", SourceType.ANONYMOUS_VAGUE),
    # places joined inside a prepositional phrase join no one to the group
    ("Most Republican voters in Alabama, Georgia and Virginia", SourceType.UNNAMED_GROUP),
    # two governments by their places are still bodies
    ("Britain and France", SourceType.NAMED_ORG),
])
def test_a_name_inside_a_modifier_does_not_name_the_group(mention: str, kind: SourceType) -> None:
    assert classify(mention).type is kind


# ------------------------------------------------------------------ the author's "I"

@pytest.mark.parametrize(("text", "name"), [
    # a column whose headline opens with its author's name and a colon
    ("Jane Roe: The Long Road Back.\n\nI always hoped I would see a race like this one.\n",
     "Jane Roe"),
    # a closing tagline with a present-tense verb of office and a party tag
    ("Our debates draw viewers.\n\nI look forward to our debates this spring.\n\n"
     "Rep. Dana Hale Moreno, D-Ohio, chairs the Velmar Democratic Committee.",
     "Rep. Dana Hale Moreno"),
])
def test_the_authors_i_is_the_person_the_article_names(text: str, name: str) -> None:
    assert document_voice(text)[0] == name
    assert source_class(text, "I") is SourceClass.NAMED_PERSON


def test_an_article_whose_headline_names_no_one_keeps_the_i_unknown() -> None:
    text = "The Long Road Back.\n\nI always hoped I would see a race like this one.\n"
    assert document_voice(text) is None


@pytest.mark.parametrize(("mention", "kind"), [
    # a date or an adjective after the head had been taken for it
    ("fundraising reports through Jan. 31", SourceType.DOCUMENT),
    ("the most recent data available from the FBI", SourceType.DOCUMENT),
    ("the publicly available evidence", SourceType.DOCUMENT),
    ("a voice-over in the ad", SourceType.DOCUMENT),
])
def test_the_head_of_a_document_mention(mention: str, kind: SourceType) -> None:
    assert classify(mention).type is kind
