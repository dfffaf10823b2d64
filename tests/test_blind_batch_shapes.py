"""Shapes found in the fifth to seventeenth blind batches (session 15), each on invented text.

Each case names the batch whose article showed the error; the sentences here are new, so the
tests check the rule, not the batch.
"""

from __future__ import annotations

import pytest

from claimtrace import analyze
from claimtrace.gender import mention_gender
from claimtrace.model import SourceClass, SourceType
from claimtrace.weak_cues import mention_info


def _attribution(text: str, cue: str):
    a = analyze(text)
    found = [x for x in a.attributions if x.cue.text == cue]
    assert found, [x.cue.text for x in a.attributions]
    return found[0]


def _sources(text: str) -> list[str]:
    return [x.source.span.text for x in analyze(text).attributions if x.source]


# ------------------------------------------------------------------ how a mention is typed alone

@pytest.mark.parametrize(("mention", "kind"), [
    ("The Charlotte Observer", SourceType.MEDIA),  # blind batches 5 and 7: "observer" is a role
    ("The Fresno Bee", SourceType.MEDIA),
    ("the Orlando Sentinel", SourceType.MEDIA),
    ("The Detroit Free Press", SourceType.MEDIA),  # blind batch 16
    ("The Post and Courier", SourceType.MEDIA),  # blind batch 10: no coordination
    ("The Vindicator, the local newspaper,", SourceType.MEDIA),  # blind batch 10
    ("KNXV, a Phoenix television station,", SourceType.MEDIA),  # blind batch 9
    ("The Record, a newspaper in North Jersey,", SourceType.MEDIA),  # blind batch 15
    ("The Centers for Disease Control and Prevention", SourceType.NAMED_ORG),  # blind batch 7
    ("the National Institutes of Health", SourceType.NAMED_ORG),
    ("The Judicial Crisis Network", SourceType.NAMED_ORG),  # blind batch 6: no broadcaster
    ("The conservative Judicial Crisis Network", SourceType.NAMED_ORG),  # blind batch 8
    ("the Sinclair Broadcast Network", SourceType.MEDIA),
    ("Labor Dept.", SourceType.NAMED_ORG),  # blind batch 12: a headline's "Labor Dept. says"
    ("the House", SourceType.NAMED_ORG),
    ("Hillary Camp", SourceType.NAMED_ORG),  # a following body, not a surname (PolNeAR train)
    ("The state party chairman, Steve House,", SourceType.NAMED_PERSON),  # blind batch 10
    ("Paul Church", SourceType.NAMED_PERSON),
    ("The man, who later identified himself as Dale Okafor, a corn grower,", SourceType.NAMED_PERSON),
    ("The other, a man from Dover who gave only his first name, Art,", SourceType.NAMED_PERSON),
    ("a man who declined to give his name", SourceType.ANONYMOUS_VAGUE),  # blind batch 16
    ("an Associated Press count", SourceType.DOCUMENT),  # TAXONOMY: a data analysis
    ("Some Republican senators facing tough re-election races", SourceType.ANONYMOUS_SPECIFIC),
    ("One man eating alone at the end of the counter", SourceType.ANONYMOUS_VAGUE),  # blind 10
    ("The registrar", SourceType.ANONYMOUS_SPECIFIC),  # blind batch 9: was untyped
    # blind batch 8: people named inside a restrictive relative clause are not the source
    ("a longtime GOP operative in Wisconsin who has worked for both Ann Vale and Tam Okafor",
     SourceType.ANONYMOUS_SPECIFIC),
    # blind batch 14: the name belongs to the relative clause
    ("A former official who worked under the mayor's predecessor, Ann Vale,",
     SourceType.ANONYMOUS_SPECIFIC),
])
def test_mention_types(mention: str, kind: SourceType) -> None:
    assert mention_info(mention).type is kind


def test_an_and_inside_the_relative_clause_makes_no_pair() -> None:
    # blind batch 5: "One senator, who is up for re-election and asked not to be named," was two
    assert not mention_info("One councillor, who is up for re-election and asked not to be named,").plural


def test_a_title_inside_a_relative_clause_gives_no_gender() -> None:
    # blind batch 14: "The aide, a woman who has worked for Mr. Chaffetz since 2013," was a man
    # by "Mr.", so "he" in her statement and then her own "she said" went astray
    assert mention_gender("The aide, a woman who has worked for Mr. Vale since 2013,", None, "aide") == "f"
    assert mention_gender("Jane Doe, who met Mr. Roe,", "Jane Doe", "Doe") == "f"


# ------------------------------------------------------------------ who a mention is, in context

@pytest.mark.parametrize(("text", "mention", "which", "kind"), [
    # blind batch 7: "supporters of Senator Bernie Sanders" kept "He said" from the strategist
    ("Some activists fear the plan will anger supporters of Mayor Oren Vale, who built his career "
     "on the port. A senior harbour official who has worked with the board said those fears were "
     "overblown. He said the pilots would be consulted.", "He", 0, SourceClass.ANONYMOUS),
    # blind batch 5: "One Republican senator, who ..., said ... the senator said" went to the last
    # person named (a spokeswoman)
    ("Ida Moss, a spokeswoman for the mayor, said the vote would wait. One councillor, who spoke on "
     "condition of anonymity, said the delay hurt the city. \"It is a mess,\" the councillor said.",
     "the councillor", 0, SourceClass.ANONYMOUS),
    # blind batch 5: an "and" inside the relative clause made two people, so "he" went astray
    ("Mayor Oren Vale spoke on Monday. One councillor, who is up for re-election and asked not to "
     "be named, said he had told the mayor that he would vote no.", "he", 0, SourceClass.ANONYMOUS),
    # blind batch 10: the capital of the quotation's first word was taken for a name before "he"
    ("Fair Day\n\nA man wearing a red cap and a camouflage jacket said he had voted for the mayor "
     "twice. \"Not this time,\" he said.", "he", -1, SourceClass.ANONYMOUS),
    # blind batch 9: "A spokesman for X, Neal Whitford, said ... the spokesman said" was unnamed
    ("A spokesman for the mayor, Tam Okafor, said the office was pleased. \"We will see for "
     "ourselves,\" the spokesman said.", "the spokesman", 0, SourceClass.NAMED_PERSON),
    # blind batch 9: the quotation resumed after "she said", so the quote was not "opening"
    ("Judge Ann Vale set sentencing for May 4. She said the mayor could remain free.\n\nOne juror, "
     "a retired teacher from Dover, said the panel had been persuaded by bank records. \"The paper "
     "trail was overwhelming,\" she said. \"We kept going back to it.\"", "she", -1,
     SourceClass.ANONYMOUS),
    # blind batch 10: "A Sanders precinct captain ... The Clinton captain, Mark Sorensen,"
    ("A Vale precinct captain told the undecided voters that Vale would win. The Okafor captain, "
     "Mark Sorensen, made his own pitch. \"Okafor can win,\" he said.", "A Vale precinct captain", 0,
     SourceClass.ANONYMOUS),
    # PolNeAR train: "a Democratic senator said ... Senator X of Texas, the No. 2 Republican"
    ("Late on Thursday, a Democratic senator said the votes would come. No deal was announced. It "
     "was unclear when the votes would come. Senator Ann Vale of Texas, the No. 2 Republican in the "
     "Senate, said the chamber would vote on Monday.", "a Democratic senator", 0, SourceClass.ANONYMOUS),
    # blind batch 11: a sentence giving the official's reason for anonymity came between
    ("Hack\n\nMayor Oren Vale said no one knew who was behind it. \"It could be anyone,\" he said."
     "\n\nA senior harbour official said the board was weighing a response. The official spoke on "
     "condition of anonymity because he was not authorized to speak. \"We will not telegraph our "
     "punches,\" he said.", "he", -1, SourceClass.ANONYMOUS),
    ("Hack\n\nMayor Oren Vale said no one knew who was behind it. \"It could be anyone,\" he said.",
     "he", 0, SourceClass.NAMED_PERSON),
    # blind batch 11: "the state news agency KCNA reported. The agency said" was a body
    ("The port closed on Friday, the state news agency Velta reported. The agency said the closure "
     "would last a week.", "The agency", 0, SourceClass.MEDIA),
    ("The port closed on Friday, the state news agency Velta reported. The agency said the closure "
     "would last a week.", "the state news agency Velta", 0, SourceClass.MEDIA),
    # blind batch 5: the source spans of test_source_spans are typed right too
    ("The line will add ferries in Nova Scotia over the next two summers, its spokesman, Tam "
     "Okafor, said on Friday.", "its spokesman, Tam Okafor,", 0, SourceClass.NAMED_PERSON),
    ("One of the councillors, Ida Moss of Dover, has met the pilots and said the plan should wait.",
     "One of the councillors, Ida Moss of Dover,", 0, SourceClass.NAMED_PERSON),
    # blind batch 14: a quotation before "she said" goes on quoting the unnamed speaker even where
    # the paragraph names a woman
    ("Ann Vale, the harbour director, took a different view. She argued the plan was late, "
     "according to a woman who attended the meeting. The woman said Ms. Vale listened for most of "
     "the hour.\n\n\"She told them to stop fighting over maps,\" she said.", "she", -1,
     SourceClass.ANONYMOUS),
    # blind batch 14: "the donor" after "One of those donors" went to the last person named
    ("Ann Vale has been calling donors. One of those donors, a contributor from Dover, said Ms. "
     "Vale had asked her for money. The donor said she had agreed.", "The donor", 0,
     SourceClass.ANONYMOUS),
    # blind batch 14: "According to a senior aide who was in the room, John Podesta, the campaign
    # chairman, pressed ..." named the aide
    ("According to a senior aide who was in the room, Tam Okafor, the harbour chairman, pressed "
     "the mayor on the plan.", "a senior aide who was in the room", 0, SourceClass.ANONYMOUS),
    # blind batch 16: members of an unnamed group across a sentence about them
    ("Two harbour aides described the meeting. Neither was authorized to speak. One said the "
     "debate had been heated. The other described Vale as the last man standing.", "The other", 0,
     SourceClass.ANONYMOUS),
    ("One delegate said she was pressured. Another said she was offered a slot. A third, from "
     "Dover, said he had received no pressure at all.", "A third, from Dover,", 0,
     SourceClass.ANONYMOUS),
    ("Residents were less patient. One, a retired autoworker, said he had stopped trusting anyone. "
     "Another said she had been buying water since 2014.", "Another", 0, SourceClass.ANONYMOUS),
    # blind batch 19: "A Democratic strategist in Columbus put it more sharply. '...,' the
    # strategist said" went to a strategist named paragraphs before; "a Democrat ... The Democrat"
    ("Ida Moss, the party's chief strategist, said the race was close.\n\nA harbour strategist in "
     "Dover put it more sharply. \"They are losing,\" the strategist said.", "the strategist", 0,
     SourceClass.ANONYMOUS),
    ("Tam Okafor, the party's nominee, spoke on Monday. Her aides are watching closely, according to "
     "a Democrat who has discussed the race with them. The Democrat said the campaign was worried.",
     "The Democrat", 0, SourceClass.ANONYMOUS),
    # blind batch 18: the reason for anonymity, and a sentence about the speaker, come between
    ("A Vale adviser said the senator might never decide. The adviser asked not to be named because "
     "he was describing private talks. He said either choice would cost votes.", "He", 0,
     SourceClass.ANONYMOUS),
    # blind batch 16: a role description with no unnamed holder takes up the person named just before
    ("Ann Vale, the mayor's campaign chairwoman, told reporters the effort had failed. The mayor's "
     "adviser said the count was fair.", "The mayor's adviser", 0, SourceClass.NAMED_PERSON),
])
def test_source_class_in_context(text: str, mention: str, which: int, kind: SourceClass) -> None:
    found = [x for x in analyze(text).attributions if x.source and x.source.span.text == mention]
    assert found and found[which].source_class is kind


@pytest.mark.parametrize(("text", "first", "kind"), [
    # blind batch 5: a description that the next sentences name is that person (TAXONOMY: a
    # description that resolves to someone named in the article)
    ("Court Halts Port Rule\n\nA federal judge in Dover on Thursday halted the port rule, saying "
     "the board had ignored the law. Judge Ann Vale wrote that the rule must wait.",
     "A federal judge in Dover", SourceClass.NAMED_PERSON),
    ("A harbour pilot said the board had lied. The pilot, Tam Okafor, said later that he would "
     "testify.", "A harbour pilot", SourceClass.NAMED_PERSON),
    # a reason for anonymity keeps the first one unnamed
    ("A harbour pilot who asked not to be named said the board had lied. The pilot, Tam Okafor, "
     "said later that he would testify.", "A harbour pilot who asked not to be named",
     SourceClass.ANONYMOUS),
    # another person of that noun in between: not the same one
    ("A harbour pilot said the board had lied. Another pilot disagreed. The pilot, Tam Okafor, "
     "said the board was right.", "A harbour pilot", SourceClass.ANONYMOUS),
])
def test_a_description_named_in_the_next_sentences(text: str, first: str, kind: SourceClass) -> None:
    found = [x for x in analyze(text).attributions if x.source and x.source.span.text == first]
    assert found and found[0].source_class is kind


# ------------------------------------------------------------------ source spans

@pytest.mark.parametrize(("text", "cue", "source"), [
    # blind batch 5: a dateline was taken into the content, and a place before time words for
    # the name that opens the source ("in North Carolina over the next three weeks, her campaign
    # manager, Robby Mook, said")
    ("PORTLAND, Maine - The ferry board will raise fares in June, its chairman, Ida Moss, said.",
     "said", "its chairman, Ida Moss,"),
    ("The line will add ferries in Nova Scotia over the next two summers, its spokesman, Tam "
     "Okafor, said on Friday.", "said", "its spokesman, Tam Okafor,"),
    # blind batch 5: "WikiLeaks, which has published more than 2,000 of the emails, said"
    ("PortWatch, which has posted more than 3,500 of the memos, said it would post more.", "said",
     "PortWatch, which has posted more than 3,500 of the memos,"),
    # blind batch 5: "One of those senators, Mark Kirk of Illinois, has met ... and said" gave "One"
    ("One of the councillors, Ida Moss of Dover, has met the pilots and said the plan should wait.",
     "said", "One of the councillors, Ida Moss of Dover,"),
    # blind batch 10: the walk stopped at the "and" inside the participle phrase
    ("A man wearing a red cap and a camouflage jacket said he had voted for the mayor twice.",
     "said", "A man wearing a red cap and a camouflage jacket"),
    # blind batch 15: "an internal review commissioned by his office in 2014 found" was missed
    ("An internal review commissioned by the port office in 2014 found no evidence of fraud.",
     "found", "An internal review commissioned by the port office in 2014"),
])
def test_source_spans(text: str, cue: str, source: str) -> None:
    assert _attribution(text, cue).source.span.text == source


def test_a_dateline_is_no_part_of_a_content_that_opens_the_sentence() -> None:
    at = _attribution("PORTLAND, Maine - The ferry board will raise fares in June, its chairman, "
                      "Ida Moss, said.", "said")
    assert at.content.fragments[0].text.startswith("The ferry board")


@pytest.mark.parametrize(("text", "source"), [
    # blind batch 6: the walk stopped at the noun after the document's participle phrase
    ("A memo sent last month by the state party to county boards argued that hours should be cut.",
     "A memo sent last month by the state party to county boards"),
    ("A letter sent to donors on Friday warned that the race was tightening.", "A letter sent to donors"),
    # blind batch 11: a document and its author after "by", with or without a participle
    ("A report released in May by the harbour commission estimated that fares would rise.",
     "A report released in May by the harbour commission"),
    ("A report by the Office of Port Safety released in July found that the pier was unsafe.",
     "A report by the Office of Port Safety released in July"),
    # blind batch 10: "in May" read as the modal
    ("A ferry poll released in May showed that most riders wanted a new pier.",
     "A ferry poll released in May"),
])
def test_a_document_and_its_participle_phrase(text: str, source: str) -> None:
    at = next(x for x in analyze(text).attributions if x.source)
    assert at.source.span.text == source
    assert at.source_type is SourceType.DOCUMENT


@pytest.mark.parametrize(("text", "source"), [
    # blind batch 11: a relative clause holding a comma before the cue
    ("Dover, which has troops at a base near Lisk, north of Vell, insisted it would take part.",
     "Dover, which has troops at a base near Lisk, north of Vell,"),
    # blind batch 10: an inverted "shouted"
    ("\"That's not good enough,\" shouted a woman near the front.", "a woman near the front"),
])
def test_the_only_source(text: str, source: str) -> None:
    assert _sources(text) == [source]


# ------------------------------------------------------------------ cues

@pytest.mark.parametrize(("text", "cue"), [
    ("The appeals court found in March that the map had a discriminatory effect.", "found"),  # 5
    ("The tribunal found last week that the board had broken its own rules.", "found"),
    ("So who is right? I think both sides deserve some of the blame.", "think"),  # blind batch 8
    ("I think all that fury missed the point.", "think"),
])
def test_a_clause_after_a_date_or_opening_with_a_quantifier(text: str, cue: str) -> None:
    assert [x.cue.text for x in analyze(text).attributions] == [cue]


@pytest.mark.parametrize(("text", "cues"), [
    # blind batch 7: "holding formal mock debates" read "mock" as a verb of saying
    ("The governor has skipped formal mock debates this year.", []),
    ("Critics mock the plan as a giveaway.", ["mock"]),
    ("Rebels mock bids to silence them online.", ["mock"]),  # a headline's verb before a plural
])
def test_mock_before_a_noun_is_an_adjective(text: str, cues: list[str]) -> None:
    assert [x.cue.text for x in analyze(text).attributions if x.cue.text == "mock"] == cues


def test_a_briefing_room_is_no_cue() -> None:
    # blind batch 8: "Speaking in the White House briefing room, the president said ... and warned"
    text = ("Speaking in the harbour office briefing room, the mayor said the ruling was wrong and "
            "warned that the pier would close.")
    a = analyze(text)
    assert [(x.cue.text, x.source.span.text) for x in a.attributions] == [
        ("said", "the mayor"), ("warned", "the mayor")]
