"""Shapes found in the fifth to seventh blind batches (session 15), each on invented text.

Each test names the batch whose article showed the error; the sentences here are new, so the
tests check the rule, not the batch.
"""

from __future__ import annotations

import pytest

from claimtrace import analyze
from claimtrace.model import SourceClass, SourceType
from claimtrace.weak_cues import mention_info


def _attribution(text: str, cue: str):
    a = analyze(text)
    found = [x for x in a.attributions if x.cue.text == cue]
    assert found, [x.cue.text for x in a.attributions]
    return found[0]


def test_a_dateline_is_no_part_of_a_content_that_opens_the_sentence() -> None:
    # blind batch 5: "RALEIGH, N.C. - ..., her campaign manager, X, said" took the place too
    text = "PORTLAND, Maine - The ferry board will raise fares in June, its chairman, Ida Moss, said."
    at = _attribution(text, "said")
    assert at.content.fragments[0].text.startswith("The ferry board")
    assert at.source.span.text == "its chairman, Ida Moss,"


def test_a_place_before_time_words_is_no_name_opening_the_source() -> None:
    # blind batch 5: "in North Carolina over the next three weeks, her campaign manager, Robby
    # Mook, said": the place was taken for the name that opens the source, and nothing was found
    text = ("The line will add ferries in Nova Scotia over the next two summers, its spokesman, "
            "Tam Okafor, said on Friday.")
    at = _attribution(text, "said")
    assert at.source.span.text == "its spokesman, Tam Okafor,"
    assert at.source_type is SourceType.NAMED_PERSON


@pytest.mark.parametrize(("mention", "kind"), [
    ("The Charlotte Observer", SourceType.MEDIA),  # blind batches 5 and 7: "observer" is a role
    ("The Fresno Bee", SourceType.MEDIA),
    ("the Orlando Sentinel", SourceType.MEDIA),
    ("The Centers for Disease Control and Prevention", SourceType.NAMED_ORG),  # blind batch 7
    ("the National Institutes of Health", SourceType.NAMED_ORG),
    ("The Judicial Crisis Network", SourceType.NAMED_ORG),  # blind batch 6: no broadcaster
    ("the Sinclair Broadcast Network", SourceType.MEDIA),
    ("Some Republican senators facing tough re-election races", SourceType.ANONYMOUS_SPECIFIC),
])
def test_mention_types(mention: str, kind: SourceType) -> None:
    assert mention_info(mention).type is kind


def test_a_name_after_a_preposition_does_not_stop_he_continuing_the_unnamed_speaker() -> None:
    # blind batch 7: "supporters of Senator Bernie Sanders" kept "He said" from the strategist
    text = ("Some activists fear the plan will anger supporters of Mayor Oren Vale, who built "
            "his career on the port. A senior harbour official who has worked with the board said "
            "those fears were overblown. He said the pilots would be consulted.")
    he = next(x for x in analyze(text).attributions if x.source and x.source.span.text == "He")
    assert he.source_class is SourceClass.ANONYMOUS


def test_the_role_noun_takes_up_the_unnamed_holder_introduced_with_one() -> None:
    # blind batch 5: "One Republican senator, who ..., said ... 'the senator said'" went to
    # the last person named (a spokeswoman)
    text = ("Ida Moss, a spokeswoman for the mayor, said the vote would wait. One councillor, who "
            "spoke on condition of anonymity, said the delay hurt the city. \"It is a mess,\" the "
            "councillor said.")
    last = [x for x in analyze(text).attributions if x.source
            and x.source.span.text == "the councillor"]
    assert last and last[0].source_class is SourceClass.ANONYMOUS


def test_an_and_inside_the_relative_clause_makes_no_pair() -> None:
    # blind batch 5: "One senator, who is up for re-election and asked not to be named, said he
    # had told ..." was two people, so "he" went to the last person named
    info = mention_info("One councillor, who is up for re-election and asked not to be named,")
    assert not info.plural
    text = ("Mayor Oren Vale spoke on Monday. One councillor, who is up for re-election and asked "
            "not to be named, said he had told the mayor that he would vote no.")
    he = next(x for x in analyze(text).attributions if x.source and x.source.span.text == "he")
    assert he.source_class is SourceClass.ANONYMOUS


def test_a_thousands_comma_opens_no_appositive() -> None:
    # blind batch 5: "WikiLeaks, which has published more than 2,000 of the emails, said"
    text = "PortWatch, which has posted more than 3,500 of the memos, said it would post more."
    at = _attribution(text, "said")
    assert at.source.span.text == "PortWatch, which has posted more than 3,500 of the memos,"


def test_a_subject_with_its_appositive_is_shared_by_a_coordinated_verb() -> None:
    # blind batch 5: "One of those senators, Mark Kirk of Illinois, has met ... and said" gave "One"
    text = ("One of the councillors, Ida Moss of Dover, has met the pilots and said the plan "
            "should wait.")
    at = _attribution(text, "said")
    assert at.source.span.text == "One of the councillors, Ida Moss of Dover,"
    assert at.source_type is SourceType.NAMED_PERSON


@pytest.mark.parametrize("text", [
    "The appeals court found in March that the map had a discriminatory effect.",  # blind 5
    "The tribunal found last week that the board had broken its own rules.",
])
def test_found_with_a_date_before_its_clause(text: str) -> None:
    at = _attribution(text, "found")
    assert at.content.fragments[0].text.startswith("that")


@pytest.mark.parametrize(("text", "source"), [
    # blind batch 6: the walk stopped at the noun after the document's participle phrase
    ("A memo sent last month by the state party to county boards argued that hours should be cut.",
     "A memo sent last month by the state party to county boards"),
    ("A letter sent to donors on Friday warned that the race was tightening.",
     "A letter sent to donors"),
])
def test_a_document_and_its_participle_phrase(text: str, source: str) -> None:
    at = next(x for x in analyze(text).attributions if x.source)
    assert at.source.span.text == source
    assert at.source_type is SourceType.DOCUMENT


@pytest.mark.parametrize(("text", "cues"), [
    # blind batch 7: "holding formal mock debates" read "mock" as a verb of saying
    ("The governor has skipped formal mock debates this year.", []),
    ("Critics mock the plan as a giveaway.", ["mock"]),
    ("Rebels mock bids to silence them online.", ["mock"]),  # a headline's verb before a plural
])
def test_mock_before_a_noun_is_an_adjective(text: str, cues: list[str]) -> None:
    assert [x.cue.text for x in analyze(text).attributions if x.cue.text == "mock"] == cues


@pytest.mark.parametrize(("text", "kind"), [
    # blind batch 5: a description that the next sentences name is that person (TAXONOMY: a
    # description that resolves to someone named in the article)
    ("Court Halts Port Rule\n\nA federal judge in Dover on Thursday halted the port rule, saying "
     "the board had ignored the law. Judge Ann Vale wrote that the rule must wait.",
     SourceClass.NAMED_PERSON),
    ("A harbour pilot said the board had lied. The pilot, Tam Okafor, said later that he would "
     "testify.", SourceClass.NAMED_PERSON),
    # a reason for anonymity keeps the first one unnamed
    ("A harbour pilot who asked not to be named said the board had lied. The pilot, Tam Okafor, "
     "said later that he would testify.", SourceClass.ANONYMOUS),
    # another person of that noun in between: not the same one
    ("A harbour pilot said the board had lied. Another pilot disagreed. The pilot, Tam Okafor, "
     "said the board was right.", SourceClass.ANONYMOUS),
])
def test_a_description_named_in_the_next_sentences(text: str, kind: SourceClass) -> None:
    first = next(x for x in analyze(text).attributions if x.source
                 and x.source.span.text.startswith("A "))
    assert first.source_class is kind


def test_he_after_an_opening_quote_continues_the_unnamed_voter() -> None:
    # blind batch 10: the capital of the quotation's first word was taken for a name before "he"
    text = ("Fair Day\n\nA man wearing a red cap and a camouflage jacket said he had voted for the "
            "mayor twice. \"Not this time,\" he said.")
    a = analyze(text)
    first = next(x for x in a.attributions if x.cue.text == "said")
    assert first.source.span.text == "A man wearing a red cap and a camouflage jacket"
    he = [x for x in a.attributions if x.source and x.source.span.text == "he"]
    assert he and he[-1].source_class is SourceClass.ANONYMOUS


def test_the_role_noun_after_a_description_with_an_appositive_name() -> None:
    # blind batch 9: "A spokesman for X, Neal Whitford, said ... the spokesman said" was unnamed
    text = ("A spokesman for the mayor, Tam Okafor, said the office was pleased. \"We will see "
            "for ourselves,\" the spokesman said.")
    last = [x for x in analyze(text).attributions if x.source
            and x.source.span.text == "the spokesman"]
    assert last and last[0].source_class is SourceClass.NAMED_PERSON


@pytest.mark.parametrize(("mention", "kind"), [
    ("The state party chairman, Steve House,", SourceType.NAMED_PERSON),  # blind batch 10
    ("Paul Church", SourceType.NAMED_PERSON),
    ("the House", SourceType.NAMED_ORG),
    ("Hillary Camp", SourceType.NAMED_ORG),  # a following body, not a surname (PolNeAR train)
    ("The Vindicator, the local newspaper,", SourceType.MEDIA),  # blind batch 10
    ("KNXV, a Phoenix television station,", SourceType.MEDIA),  # blind batch 9
    ("The Post and Courier", SourceType.MEDIA),
    ("One man eating alone at the end of the counter", SourceType.ANONYMOUS_VAGUE),
    ("The registrar", SourceType.ANONYMOUS_SPECIFIC),
])
def test_more_mention_types(mention: str, kind: SourceType) -> None:
    assert mention_info(mention).type is kind


@pytest.mark.parametrize(("text", "source"), [
    # blind batch 10: an inverted "shouted"; "in May" read as the modal
    ("\"That's not good enough,\" shouted a woman near the front.", "a woman near the front"),
    ("A ferry poll released in May showed that most riders wanted a new pier.",
     "A ferry poll released in May"),
])
def test_shouted_and_in_may(text: str, source: str) -> None:
    a = analyze(text)
    assert [x.source.span.text for x in a.attributions if x.source] == [source]


def test_a_senator_of_the_other_party_named_later_is_another_one() -> None:
    # PolNeAR train: "a Democratic senator said ... Senator X of Texas, the No. 2 Republican"
    text = ("Late on Thursday, a Democratic senator said the votes would come. No deal was "
            "announced. It was unclear when the votes would come. Senator Ann Vale of Texas, the "
            "No. 2 Republican in the Senate, said the chamber would vote on Monday.")
    first = next(x for x in analyze(text).attributions if x.source
                 and x.source.span.text == "a Democratic senator")
    assert first.source_class is SourceClass.ANONYMOUS


@pytest.mark.parametrize("text", [
    # blind batch 8: a quantifier opens the believed clause
    "So who is right? I think both sides deserve some of the blame.",
    "I think all that fury missed the point.",
])
def test_a_belief_whose_clause_opens_with_a_quantifier(text: str) -> None:
    assert [x.cue.text for x in analyze(text).attributions] == ["think"]


@pytest.mark.parametrize(("mention", "kind"), [
    ("The conservative Judicial Crisis Network", SourceType.NAMED_ORG),  # blind batch 8
    # blind batch 8: people named inside a restrictive relative clause are not the source
    ("a longtime GOP operative in Wisconsin who has worked for both Ann Vale and Tam Okafor",
     SourceType.ANONYMOUS_SPECIFIC),
])
def test_mention_types_from_blind_batch_8(mention: str, kind: SourceType) -> None:
    assert mention_info(mention).type is kind


def test_a_briefing_room_is_no_cue() -> None:
    # blind batch 8: "Speaking in the White House briefing room, the president said ... and warned"
    text = ("Speaking in the harbour office briefing room, the mayor said the ruling was wrong and "
            "warned that the pier would close.")
    a = analyze(text)
    assert [(x.cue.text, x.source.span.text) for x in a.attributions] == [
        ("said", "the mayor"), ("warned", "the mayor")]


def test_she_after_a_quote_resumed_after_the_cue_continues_the_unnamed_juror() -> None:
    # blind batch 9: the quotation resumed after "she said", so the quote was not "opening"
    text = ("Judge Ann Vale set sentencing for May 4. She said the mayor could remain free.\n\n"
            "One juror, a retired teacher from Dover, said the panel had been persuaded by bank "
            "records. \"The paper trail was overwhelming,\" she said. \"We kept going back to it.\"")
    she = [x for x in analyze(text).attributions if x.source and x.source.span.text == "she"]
    assert she and she[-1].source_class is SourceClass.ANONYMOUS


def test_a_later_name_with_the_other_sides_description_is_another_person() -> None:
    # blind batch 10: "A Sanders precinct captain ... The Clinton captain, Mark Sorensen,"
    text = ("A Vale precinct captain told the undecided voters that Vale would win. The Okafor "
            "captain, Mark Sorensen, made his own pitch. \"Okafor can win,\" he said.")
    first = next(x for x in analyze(text).attributions if x.source
                 and x.source.span.text == "A Vale precinct captain")
    assert first.source_class is SourceClass.ANONYMOUS


def test_he_after_a_sentence_about_the_unnamed_speaker() -> None:
    # blind batch 11: a sentence giving the official's reason for anonymity came between
    text = ("Hack\n\nMayor Oren Vale said no one knew who was behind it. \"It could be anyone,\" he "
            "said.\n\nA senior harbour official said the board was weighing a response. The official "
            "spoke on condition of anonymity because he was not authorized to speak. \"We will not "
            "telegraph our punches,\" he said.")
    he = [x for x in analyze(text).attributions if x.source and x.source.span.text == "he"]
    assert [x.source_class for x in he] == [SourceClass.NAMED_PERSON, SourceClass.ANONYMOUS]


def test_the_agency_after_a_news_agency_is_that_outlet() -> None:
    # blind batch 11: "the state news agency KCNA reported. The agency said" was a body
    text = ("The port closed on Friday, the state news agency Velta reported. The agency said the "
            "closure would last a week.")
    kinds = {x.source.span.text: x.source_class for x in analyze(text).attributions}
    assert kinds["The agency"] is SourceClass.MEDIA
    assert kinds["the state news agency Velta"] is SourceClass.MEDIA


@pytest.mark.parametrize(("text", "source"), [
    # blind batch 11: a document and its author after "by", with or without a participle
    ("A report released in May by the harbour commission estimated that fares would rise.",
     "A report released in May by the harbour commission"),
    ("A report by the Office of Port Safety released in July found that the pier was unsafe.",
     "A report by the Office of Port Safety released in July"),
    # a relative clause holding a comma before the cue
    ("Dover, which has troops at a base near Lisk, north of Vell, insisted it would take part.",
     "Dover, which has troops at a base near Lisk, north of Vell,"),
])
def test_sources_from_blind_batch_11(text: str, source: str) -> None:
    a = analyze(text)
    assert [x.source.span.text for x in a.attributions if x.source] == [source]


def test_labor_dept_is_a_body() -> None:
    # blind batch 12: a headline's "Labor Dept. says"
    assert mention_info("Labor Dept.").type is SourceType.NAMED_ORG


@pytest.mark.parametrize(("text", "kind"), [
    # blind batch 14: a quotation before "she said" goes on quoting the unnamed speaker even
    # where the paragraph names a woman
    ("Ann Vale, the harbour director, took a different view. She argued the plan was late, "
     "according to a woman who attended the meeting. The woman said Ms. Vale listened for most "
     "of the hour.\n\n\"She told them to stop fighting over maps,\" she said.", SourceClass.ANONYMOUS),
])
def test_a_quote_first_pronoun_after_an_unnamed_speaker(text: str, kind: SourceClass) -> None:
    she = [x for x in analyze(text).attributions if x.source and x.source.span.text == "she"]
    assert she and she[-1].source_class is kind


def test_one_of_those_donors_then_the_donor() -> None:
    # blind batch 14: "the donor" after "One of those donors" went to the last person named
    text = ("Ann Vale has been calling donors. One of those donors, a contributor from Dover, said "
            "Ms. Vale had asked her for money. The donor said she had agreed.")
    donor = next(x for x in analyze(text).attributions if x.source
                 and x.source.span.text == "The donor")
    assert donor.source_class is SourceClass.ANONYMOUS


def test_a_name_after_a_preposed_according_to_is_the_contents_subject() -> None:
    # blind batch 14: "According to a senior aide who was in the room, John Podesta, the campaign
    # chairman, pressed ..." named the aide
    text = ("According to a senior aide who was in the room, Tam Okafor, the harbour chairman, "
            "pressed the mayor on the plan.")
    at = _attribution(text, "According to")
    assert at.source_class is SourceClass.ANONYMOUS


@pytest.mark.parametrize(("mention", "kind"), [
    # blind batch 14: the name belongs to the relative clause
    ("A former official who worked under the mayor's predecessor, Ann Vale,",
     SourceType.ANONYMOUS_SPECIFIC),
    ("The Record, a newspaper in North Jersey,", SourceType.MEDIA),  # blind batch 15
])
def test_mention_types_from_blind_batches_14_and_15(mention: str, kind: SourceType) -> None:
    assert mention_info(mention).type is kind


def test_a_year_after_a_participles_phrase_stays_in_the_source() -> None:
    # blind batch 15: "an internal review commissioned by his office in 2014 found" was missed
    text = "An internal review commissioned by the port office in 2014 found no evidence of fraud."
    at = _attribution(text, "found")
    assert at.source.span.text == "An internal review commissioned by the port office in 2014"


def test_a_title_inside_a_relative_clause_gives_no_gender() -> None:
    # blind batch 14: "The aide, a woman who has worked for Mr. Chaffetz since 2013," was a man
    # by "Mr.", so "he" in her statement and then her own "she said" went astray
    from claimtrace.gender import mention_gender
    assert mention_gender("The aide, a woman who has worked for Mr. Vale since 2013,", None,
                          "aide") == "f"
    assert mention_gender("Jane Doe, who met Mr. Roe,", "Jane Doe", "Doe") == "f"


@pytest.mark.parametrize(("text", "mention", "kind"), [
    # blind batch 16: members of an unnamed group across a sentence about them
    ("Two harbour aides described the meeting. Neither was authorized to speak. One said the "
     "debate had been heated. The other described Vale as the last man standing.", "The other",
     SourceClass.ANONYMOUS),
    ("One delegate said she was pressured. Another said she was offered a slot. A third, from "
     "Dover, said he had received no pressure at all.", "A third, from Dover,", SourceClass.ANONYMOUS),
    ("Residents were less patient. One, a retired autoworker, said he had stopped trusting anyone. "
     "Another said she had been buying water since 2014.", "Another", SourceClass.ANONYMOUS),
    # a role description with no unnamed holder takes up the person named just before
    ("Ann Vale, the mayor's campaign chairwoman, told reporters the effort had failed. The mayor's "
     "adviser said the count was fair.", "The mayor's adviser", SourceClass.NAMED_PERSON),
])
def test_speakers_from_blind_batch_16(text: str, mention: str, kind: SourceClass) -> None:
    found = [x for x in analyze(text).attributions if x.source and x.source.span.text == mention]
    assert found and found[0].source_class is kind


@pytest.mark.parametrize(("mention", "kind"), [
    ("The man, who later identified himself as Dale Okafor, a corn grower,", SourceType.NAMED_PERSON),
    ("The other, a man from Dover who gave only his first name, Art,", SourceType.NAMED_PERSON),
    ("a man who declined to give his name", SourceType.ANONYMOUS_VAGUE),
    ("The Detroit Free Press", SourceType.MEDIA),
    ("an Associated Press count", SourceType.DOCUMENT),  # TAXONOMY: a data analysis
])
def test_mention_types_from_blind_batch_16(mention: str, kind: SourceType) -> None:
    assert mention_info(mention).type is kind
