"""Within-article merging of source mentions (claimtrace.coref).

Rules from TAXONOMY.md and coref's contract: a surname joins the full name; "the source" and
other definite anaphors join the unnamed informant they continue; "he"/"she" go to a named
person; anonymous sources are never merged by a mere description ("a source", "another
source"); a mention is kept apart from the resolved source it refers to.
"""

from __future__ import annotations

import pytest

from claimtrace import Analysis, SourceClass, SourceType, analyze
from claimtrace.sources import classify


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def _sid(a: Analysis, words: str, nth: int = 0) -> int:
    """Source id of the ``nth`` attribution whose source mention reads ``words``."""
    hits = [at for at in a.attributions if at.source and at.source.span.text == words]
    assert len(hits) > nth, [(at.cue.text, at.source and at.source.span.text)
                             for at in a.attributions]
    return hits[nth].source.source_id


MERGED = [
    # (text, first mention, later mention)
    ("Mike Pompeo said the talks would go on. Pompeo added that the troops would stay.",
     "Mike Pompeo", "Pompeo"),
    ("Mike Pompeo said the talks would go on. He added that the troops would stay.",
     "Mike Pompeo", "He"),
    ("Angela Merkel said the talks would go on. She added that the troops would stay.",
     "Angela Merkel", "She"),
    ("One of the interlocutors said the talks had begun. The source added that training had not.",
     "One of the interlocutors", "The source"),
    ("A senior official said the deal was close. The official said it would be signed.",
     "A senior official", "The official"),
    ("The Pentagon said the strikes had stopped. The Pentagon added that no one was hurt.",
     "The Pentagon", "The Pentagon"),
    ("Sources said the plan was ready. They said it would be announced soon.", "Sources", "They"),
    ("Secretary of State Mike Pompeo said the talks would go on. Pompeo added that "
                 "the troops would stay.", "Secretary of State Mike Pompeo", "Pompeo"),
    # session 11: a nested verb that is no verb of saying keeps its speaker's "they"
    ("Critics of the levy spoke first. The ferry pilots said they agreed that the pier must "
     "close.", "The ferry pilots", "they"),
]


@pytest.mark.parametrize(("text", "first", "later"), MERGED)
def test_merged(text: str, first: str, later: str) -> None:
    a = analyze(text)
    nth = 1 if first == later else 0
    sid = _sid(a, first)
    assert _sid(a, later, nth) == sid
    src = a.sources[sid]
    assert src.id == sid
    assert [m.span.text for m in src.mentions] == [first, later]
    assert all(m.source_id == sid for m in src.mentions)


SEPARATE = [
    # (text, first mention, later mention): never merged by description alone
    ("A source said the deal was close. Another source said the deal was dead.",
     "A source", "Another source"),
    ("A source said the deal was close. A source said the deal was dead.", "A source", "A source"),
    ("Sources said the plan was ready. Sources said it was delayed.", "Sources", "Sources"),
    ("One official said the plan was ready. Another official said it was not.",
     "One official", "Another official"),
    ("Mike Pompeo said the talks would go on. Sources said the troops would stay.",
     "Mike Pompeo", "Sources"),
    ("Mike Pompeo said the talks would go on. Nancy Pelosi said they would not.",
     "Mike Pompeo", "Nancy Pelosi"),
    ("Administration sources said they said Iraq is interested in training.",
     "Administration sources", "they"),  # the nested speaker is not the outer one
]


@pytest.mark.parametrize(("text", "first", "later"), SEPARATE)
def test_not_merged(text: str, first: str, later: str) -> None:
    a = analyze(text)
    nth = 1 if first == later else 0
    assert _sid(a, first) != _sid(a, later, nth)


def test_surname_merge_keeps_the_longer_name() -> None:
    a = analyze("Pompeo said the talks would go on. Later, Mike Pompeo said the troops would stay.")
    assert len(a.sources) == 1
    assert a.sources[0].name == "Mike Pompeo"
    assert a.sources[0].type is SourceType.NAMED_PERSON


def test_he_resolves_to_person_named_outside_an_attribution() -> None:
    a = analyze("Mike Pompeo arrived in Baghdad on Monday. He said the talks would go on.")
    src = a.source_of(a.attributions[0])
    assert src.type is SourceType.NAMED_PERSON
    assert "Pompeo" in src.name


def test_pronoun_does_not_retype_its_antecedent() -> None:
    a = analyze("Sources said the plan was ready. They said it would be announced soon.")
    src = a.sources[_sid(a, "Sources")]
    assert src.type is SourceType.ANONYMOUS_BARE


def test_mentions_kept_apart_from_source() -> None:
    a = analyze("One of the interlocutors said the talks had begun. The source added that "
                "training had not.")
    src = a.sources[_sid(a, "The source")]
    assert src.name == "One of the interlocutors"
    assert [m.span.text for m in src.mentions] == ["One of the interlocutors", "The source"]
    assert [m.head for m in src.mentions] == ["interlocutors", "source"]


def test_keys_stable_across_articles_for_named_only() -> None:
    text = "Mike Pompeo said it rained. Sources said it snowed. The Pentagon said it was dry."
    a, b = analyze(text, doc_id="a"), analyze(text, doc_id="b")
    keys_a = {s.type: s.key for s in a.sources}
    keys_b = {s.type: s.key for s in b.sources}
    assert keys_a[SourceType.NAMED_PERSON] == keys_b[SourceType.NAMED_PERSON]
    assert keys_a[SourceType.NAMED_ORG] == keys_b[SourceType.NAMED_ORG]
    # an anonymous source is local to its article
    assert keys_a[SourceType.ANONYMOUS_BARE] != keys_b[SourceType.ANONYMOUS_BARE]


def test_source_ids_are_dense_and_cover_every_mention() -> None:
    a = analyze("Mike Pompeo said the talks would go on. Sources said it was over. He added that "
                "the troops would stay. The source added that nothing was decided.")
    assert [s.id for s in a.sources] == list(range(len(a.sources)))
    mentions = [(m.span.start, m.span.end) for s in a.sources for m in s.mentions]
    used = [(at.source.span.start, at.source.span.end) for at in a.attributions if at.source]
    assert sorted(set(used)) == sorted(mentions)
    for at in a.attributions:
        if at.source:
            assert at.source in a.sources[at.source.source_id].mentions


# Rules added from error analysis on PolNeAR train (sentences written for these tests).
@pytest.mark.parametrize("mention,kind,inner", [
    ("Dana Whitfield didn't", SourceType.NAMED_PERSON, "Dana Whitfield"),  # trailing auxiliary
    ("Rep. Jane Doe (D-Ore.) last month", SourceType.NAMED_PERSON, "Rep. Jane Doe (D-Ore.)"),
    ("the extent she", SourceType.NAMED_PERSON, "she"),  # a pronoun inside an overlong span
    ("Donald Trump began", SourceType.NAMED_PERSON, "Donald Trump"),  # a leading name
])
def test_inner_source(mention: str, kind: SourceType, inner: str) -> None:
    from claimtrace.coref import inner_source
    found = inner_source(mention)
    assert found is not None and found[0].type is kind and found[1] == inner


@pytest.mark.parametrize("mention", ["last month", "So", "the past"])
def test_inner_source_none(mention: str) -> None:
    from claimtrace.coref import inner_source
    assert inner_source(mention) is None


def _type_of(text: str, words: str) -> SourceType:
    a = analyze(text)
    hits = [at for at in a.attributions if at.source and at.source.span.text == words]
    assert hits, [(at.cue.text, at.source and at.source.span.text) for at in a.attributions]
    return hits[0].source.type


@pytest.mark.parametrize("text,words,kind", [
    # a kin term with a possessive identifies one person (TAXONOMY: "Trump's son")
    ("The senator spoke at the fair. His wife said the family would stay in Ohio.",
     "His wife", SourceType.NAMED_PERSON),
    ("Marta Kell arrived late. Kell's brother said she had been held up in traffic.",
     "Kell's brother", SourceType.NAMED_PERSON),
    # a definite "the judge" picks out one person
    ("The hearing lasted an hour. The judge said the case would resume on Monday.",
     "The judge", SourceType.NAMED_PERSON),
    # an unresolved "they" takes the last plural people noun just before
    ("Many farmers gathered outside the hall on Friday. They said the new tariff would hurt them.",
     "They", SourceType.UNNAMED_GROUP),
    # a possessive pronoun's single office holder is one person, as "Vale's campaign manager"
    ("Oren Vale spoke in Boise. His campaign manager said the race was close.",
     "His campaign manager", SourceType.NAMED_PERSON),
    ("Oren Vale spoke in Boise. His spokesman said the race was close.",
     "His spokesman", SourceType.ANONYMOUS_SPECIFIC),  # a role TAXONOMY keeps unnamed
])
def test_resolved_types(text: str, words: str, kind: SourceType) -> None:
    assert _type_of(text, words) is kind


def test_he_prefers_a_recent_named_person_over_unnamed_people() -> None:
    # TAXONOMY: a name decides; "she" goes to the person named in the last two sentences when
    # the unnamed speaker in between is a group
    text = ("Governor Alma Reyes toured the flooded district on Tuesday. Local officials said "
            "the levee had failed overnight. She said federal help would arrive within days.")
    assert _type_of(text, "She") is SourceType.NAMED_PERSON


def test_she_opening_the_next_sentence_continues_one_unnamed_speaker() -> None:
    # session 16: "She said" right after one unnamed person spoke continues that speaker even
    # where the paragraph named a woman before (blind batches 4, 7, 13, 18 and 27 all read it
    # so, none the other way; the session 14 rule had given it to the named woman)
    text = ("Governor Alma Reyes toured the flooded district on Tuesday. A local official said "
            "the levee had failed overnight. She said federal help would arrive within days.")
    assert _type_of(text, "She") is SourceType.ANONYMOUS_SPECIFIC


def test_he_goes_to_an_unnamed_person_when_no_name_is_near() -> None:
    text = ("Dana Pell opened the session. The vote was delayed twice. The budget ran long. "
            "A senior aide said the delay was deliberate. He said leaders wanted more time.")
    assert _type_of(text, "He") is SourceType.ANONYMOUS_SPECIFIC


def test_possessive_pronoun_source_resolves_to_its_owner() -> None:
    a = analyze("Senator Ron Vale spoke in Boise. His office said the bill would pass.")
    keys = [s.key for s in a.sources]
    assert not any(k == "person:his" for k in keys)



@pytest.mark.parametrize(("text", "words", "kind"), [
    # TAXONOMY: a name decides; an unnamed description set off after the name is that person
    ("The vote was close. Tomas Ferreira, a veteran union organizer who has argued that the "
     "schedule is unsafe, voted no.", "who", SourceType.NAMED_PERSON),
    ("Tomas Ferreira, a veteran union organizer who said the schedule was unsafe, left early.",
     "who", SourceType.NAMED_PERSON),
    # the name need not open its clause when the description is a relative's antecedent
    ("The fund raised $500,000 from Ilse M. Garrow, a Boise investor who had backed the mayor.",
     "who", SourceType.NAMED_PERSON),
    ("The plan is sound, said Teodor Brandt, a senior analyst at Halvard, who notes that costs "
     "fell.", "who", SourceType.NAMED_PERSON),
    ("For many, the choice is easy. 61-year-old Wren Abbot, a retired welder who voted for the "
     "mayor, said he would do so again.", "who", SourceType.NAMED_PERSON),
])
def test_appositive_name_decides(text: str, words: str, kind: SourceType) -> None:
    assert _type_of(text, words) is kind


@pytest.mark.parametrize(("text", "words", "kind"), [
    # the appositive's closing comma left out: the name still decides
    ("Oskar Lind, a former security agent for the old regime has written a book about it.",
     "a former security agent for the old regime", SourceType.NAMED_PERSON),
    ("Sen. Ada Moor (D-Ore.), a supporter of the bill told reporters that it would pass.",
     "a supporter of the bill", SourceType.NAMED_PERSON),
    # not an aside, where the unnamed person speaks about the one named ...
    ("Ada Moor, an aide said, was furious about the leak.", "an aide",
     SourceType.ANONYMOUS_SPECIFIC),
    # ... nor a sentence adverb or a place before the comma
    ("Tonight, a spokesman for the airline said it had no comment.", "a spokesman for the airline",
     SourceType.ANONYMOUS_SPECIFIC),
    ("The bank is closing its office in Dubai, United Arab Emirates, a spokeswoman said in "
     "response to an enquiry.", "a spokeswoman", SourceType.ANONYMOUS_SPECIFIC),
])
def test_unclosed_appositive(text: str, words: str, kind: SourceType) -> None:
    assert _type_of(text, words) is kind


@pytest.mark.parametrize(("text", "name"), [
    ("Rosa Lindqvist, a retired ferry pilot, said", "Rosa Lindqvist"),
    ("Sen. Ada Moor (D-Ore.), a longtime critic, said", "Sen. Ada Moor"),
    ("However, a port official said", None),  # a sentence adverb is no name
    ("In Harwick, a port official said", None),  # nor a place after a preposition
    ("After meeting Rosa Lindqvist, a port official said", None),  # the name opens no clause
])
def test_name_before_an_appositive(text: str, name: str | None) -> None:
    from claimtrace.names import name_before
    at = text.index(", ") + 2
    assert name_before(text, at, 0) == name


@pytest.mark.parametrize(("text", "name"), [
    ("a grant from Ilse M. Garrow, a Boise investor who", "Ilse M. Garrow"),
    ("said Gov. Ada Moor of Idaho, a Republican who", "Gov. Ada Moor"),
    ("After meeting Garrow, a port official who", None),  # one word anywhere is no full name
])
def test_a_full_name_anywhere_before_a_relatives_antecedent(text: str, name: str | None) -> None:
    from claimtrace.names import name_before
    at = text.index(", ") + 2
    assert name_before(text, at, 0, anywhere=True) == name


def test_first_person_in_a_quotation_is_its_speaker() -> None:
    from claimtrace.coref import _quote_hosts
    from claimtrace.frame_context import RawAttribution
    from claimtrace.model import Pattern
    text = "\u201cI think the ferry will run,\u201d Mayor Ines Valdor said."
    i_at, quote_end = text.index("I think"), text.index("\u201d")
    inner = RawAttribution((i_at + 2, i_at + 7), (i_at, i_at + 1), [(i_at + 8, quote_end)],
                           Pattern.SOURCE_VERB_CONTENT, 0, "inner", "")
    outer = RawAttribution((text.index(" said") + 1, len(text) - 1),
                           (text.index("Mayor"), text.index(" said")), [(1, quote_end)],
                           Pattern.CONTENT_SOURCE_VERB, 0, "outer", "")
    assert _quote_hosts([inner, outer], text) == {0: 1}
    assert _quote_hosts([outer], text) == {}


@pytest.mark.parametrize(("text", "words", "kind"), [
    # a relative pronoun takes its antecedent's type, also as the object of a preposition
    ("The plan drew a sharp reply from Governor Jane Doe, who said it would fail.",
     "who", SourceType.NAMED_PERSON),
    ("It was a good night for Mr. Roe, who said he would rest.", "who", SourceType.NAMED_PERSON),
    ("Voters hope to re-elect Sen. Jane Doe this year, who said the bill would pass.",
     "who", SourceType.NAMED_PERSON),
    # "they" after two people named together
    ("Mr. Doe and Mr. Roe met in Dayton. They said the deal was fair.",
     "They", SourceType.NAMED_PERSON),
    ("In Iowa and Ohio, they said the count was slow.", "they", SourceType.UNKNOWN),
    # a name set off right after a singular description names it
    ("In early October, Hale's Virginia state director, Mark Ruben, reached out to Votewise, "
     "writing in an email: \"We want the data.\"", "Hale's Virginia state director",
     SourceType.NAMED_PERSON),
    # the single office holder of a named body is one identifiable person ...
    ("Harbor United's commissioner said the season would start in May.",
     "Harbor United's commissioner", SourceType.NAMED_PERSON),
    # ... but a spokesman stays unnamed (TAXONOMY: a role noun such as spokesman)
    ("Harbor United's spokesman said the season would start in May.",
     "Harbor United's spokesman", SourceType.ANONYMOUS_SPECIFIC),
    # one person described twice
    ("Senator Jane Doe toured the plant. The Ohio senator and presidential candidate said "
     "the jobs would stay.", "The Ohio senator and presidential candidate",
     SourceType.NAMED_PERSON),
])
def test_round4_resolution(text: str, words: str, kind: SourceType) -> None:
    a = analyze(text)
    hits = [at.source for at in a.attributions if at.source and at.source.span.text == words]
    assert hits, [(at.cue.text, at.source and at.source.span.text) for at in a.attributions]
    assert hits[0].type is kind


@pytest.mark.parametrize(("mention", "found"), [
    ("the kind of plan many Democrats", ("many Democrats", SourceType.UNNAMED_GROUP)),
    ("in five years Freedonia", ("Freedonia", SourceType.NAMED_PERSON)),
    ("energy, Jane Doe,", ("Jane Doe", SourceType.NAMED_PERSON)),
    ("a reply to Doe", None),
    ("serving in Ohio, Utah and Maine,", None),
    ("a reply by the minister", None),
])
def test_source_at_the_end_of_an_overrun_mention(mention: str, found: tuple | None) -> None:
    from claimtrace.overrun import inner_source
    got = inner_source(mention)
    assert (got and (got[1], got[0].type)) == found if found else got is None


# typing round 5 (PolNeAR train error analysis; invented sentences)
@pytest.mark.parametrize(("text", "words", "kind"), [
    # a definite description takes up the unnamed person an indefinite one introduced ...
    ("Senator Jane Doe held a town hall in Dayton. A young woman in the crowd asked about the "
     "plant. \"You promised us jobs,\" the woman said.", "the woman", SourceType.ANONYMOUS_VAGUE),
    ("Governor John Roe toured the site. One plant executive met him at the gate. \"We will "
     "stay,\" the executive said.", "the executive", SourceType.ANONYMOUS_SPECIFIC),
    # ... but not when a name follows the indefinite, nor for a unique office
    ("A man named John Roe stood up. \"We will stay,\" the man said.", "the man",
     SourceType.NAMED_PERSON),
    ("Rarely does a senator speak so bluntly. Senator Jane Doe did. \"We will stay,\" the "
     "senator said.", "the senator", SourceType.NAMED_PERSON),
    # a bare surname before "he" is the person named in full elsewhere in the article
    ("Jane Doe and John Roe met on Monday.\n\nThe plant closed in May. Few expected it. "
     "Roe was angry about the delay.\n\n\"It is a disgrace,\" he said.", "he",
     SourceType.NAMED_PERSON),
])
def test_round5_resolution(text: str, words: str, kind: SourceType) -> None:
    a = analyze("The committee met.\n\n" + text)
    hits = [at.source for at in a.attributions if at.source and at.source.span.text == words]
    assert hits, [(at.cue.text, at.source and at.source.span.text) for at in a.attributions]
    assert hits[0].type is kind, hits[0].evidence


# typing round 7 (invented sentences)
def test_self_declared_unnamed_source_stays_anonymous_with_its_reason() -> None:
    a = analyze("The firm laid off staff.\n\nJane Doe was hired in 2012 and left in May. The "
                "clerk of nearly six years, a longtime resident who spoke on the condition of "
                "anonymity for fear of losing her job, said the firm was in trouble.")
    src = [x.source for x in a.attributions if x.source and "clerk" in x.source.span.text]
    assert src, [(x.cue.text, x.source and x.source.span.text) for x in a.attributions]
    assert src[0].type.is_anonymous, src[0].evidence
    assert src[0].anonymity_reason is not None
    assert src[0].anonymity_reason.text.startswith("spoke on the condition of anonymity")


def test_two_descriptions_of_one_person_take_up_the_named_person() -> None:
    a = analyze("The debate ended late.\n\nJane Doe said on Monday that she would win Ohio. The Democratic "
                "presidential front-runner and former secretary of state said the plan would "
                "work.")
    src = [x.source for x in a.attributions if x.source and "front-runner" in x.source.span.text]
    assert src and src[0].type is SourceType.NAMED_PERSON, src and src[0].evidence
    assert _sid(a, src[0].span.text) == next(s.id for s in a.sources if s.name == "Jane Doe")


def test_definite_description_goes_to_the_person_it_titled() -> None:
    a = analyze("The hearing opened.\n\nRules Committee Chairman John Roe said on Monday that "
                "the vote would wait. Jane Doe said she disagreed. The chairman said the rules "
                "would stay.")
    sid = _sid(a, "The chairman")
    assert a.sources[sid].name.endswith("Roe"), a.sources[sid].name


def test_definite_role_noun_takes_up_the_named_holder_of_that_role() -> None:
    # TAXONOMY "a name decides": "the spokesman" after "spokesman Oren Vale" is Vale
    text = ("Harbour Board spokesman Oren Vale said the pier would reopen. "
            "The spokesman added that no date was set.")
    a = analyze(text)
    assert [(x.source.span.text, x.source_class.value) for x in a.attributions] == [
        ("Harbour Board spokesman Oren Vale", "named_person"), ("The spokesman", "named_person")]
    assert a.attributions[0].source.source_id == a.attributions[1].source.source_id


def test_definite_role_noun_takes_up_a_name_its_indefinite_appositive_described() -> None:
    # "Mara Quill, a lawyer for the family, ... the lawyer": the description named her before
    a = analyze("Mara Quill, a lawyer for the family, said the pier was unsafe. "
                "The lawyer said the board had been warned.")
    assert [x.source_class.value for x in a.attributions] == ["named_person", "named_person"]
    assert a.attributions[0].source.source_id == a.attributions[1].source.source_id


def test_definite_role_noun_after_an_unnamed_one_stays_with_it() -> None:
    a = analyze("A lawyer for the family said the pier was unsafe. Oren Vale, the harbour master, "
                "disagreed. The lawyer said the board had been warned.")
    assert [x.source_class.value for x in a.attributions if x.cue.text == "said"] == [
        "anonymous", "anonymous"]


def test_definite_role_noun_without_a_named_holder_stays_anonymous() -> None:
    a = analyze("A Harbour Board spokesman said the pier would reopen. "
                "The spokesman added that no date was set.")
    assert {x.source_class.value for x in a.attributions} == {"anonymous"}


@pytest.mark.parametrize("text, source, kind", [
    ("Texas asked a federal judge to block the rule, saying it exceeded federal power.",
     "Texas", "named_org"),
    ("Voters backed Senator Mara Quill of Vermont, who said the pier would reopen.",
     "who", "named_person"),
    ("It follows an article in the Portside Gazette by Oren Vale, who wrote that the pier was "
     "unsafe.", "who", "named_person"),
])
def test_states_as_governments_and_who_never_a_place_or_paper(text: str, source: str,
                                                              kind: str) -> None:
    rows = [(x.source.span.text, x.source_class.value) for x in analyze(text).attributions
            if x.source is not None]
    assert (source, kind) in rows


# session 5: kin of the writer, and "each"/"both" taking up the people just named
@pytest.mark.parametrize(("text", "words", "kind"), [
    ("My father said the farm was sold in 1990.", "My father", SourceType.NAMED_PERSON),
    ("His running mate said the ticket was strong.", "His running mate", SourceType.NAMED_PERSON),
    ("The first lady said the program worked.", "The first lady", SourceType.NAMED_PERSON),
    ("Jane Doe and John Roe met in Dayton on Monday. Each said the plant would stay.", "Each",
     SourceType.NAMED_PERSON),
    ("Two plant workers met the mayor. Both of them said the plant would stay.", "Both of them",
     SourceType.UNNAMED_GROUP),
    ("Senators Jane Doe and John Roe wrote to the agency. The two lawmakers argued that the "
     "rule was illegal.", "The two lawmakers", SourceType.NAMED_PERSON),
    ("The two candidates met in Dayton. Both candidates said the race was close.",
     "Both candidates", SourceType.UNNAMED_GROUP),
    # an owner's role noun takes up the person the article named in that role
    ("Doe spokeswoman Mara Quill said the rally was full. Doe's spokeswoman said later that "
     "she would attend.", "Doe's spokeswoman", SourceType.NAMED_PERSON),
    ("Doe's spokeswoman said later that she would attend.", "Doe's spokeswoman",
     SourceType.ANONYMOUS_SPECIFIC),
])
def test_kin_and_each_of_them(text: str, words: str, kind: SourceType) -> None:
    test_round5_resolution(text, words, kind)


# session 5: "I" outside quotations is the article's own voice when the article names it
@pytest.mark.parametrize(("text", "expected", "name"), [
    ("Why I ran.\n\nI entered the race in May. I believe the state needs change.\n\n"
     "Jane Doe is the governor of Ohio.", SourceType.NAMED_PERSON, "Jane Doe"),
    ("By Jane Doe\n\nI believe the state needs change.", SourceType.NAMED_PERSON, "Jane Doe"),
    ("Q&A with Mayor Jane Doe.\n\nQ: Will the plant close?\n\nA: I think it will stay open.\n\n"
     "Q: Why?\n\nI believe the owners want to stay.", SourceType.NAMED_PERSON, "Jane Doe"),
    ("Why I ran.\n\nI believe the state needs change.", SourceType.UNKNOWN, None),
])
def test_first_person_voice_of_the_article(text: str, expected: SourceType, name: str | None) -> None:
    a = analyze(text)
    mine = [at.source for at in a.attributions if at.source and at.source.span.text == "I"]
    assert mine, [(at.cue.text, at.source and at.source.span.text) for at in a.attributions]
    assert all(m.type is expected for m in mine), [m.evidence for m in mine]
    if name:
        assert all(name in m.evidence for m in mine)


def test_quoted_i_stays_with_its_speaker_even_with_a_tagline() -> None:
    a = analyze('"I think the plant will close," Tom Roe said.\n\nJane Doe is a reporter in Ohio.')
    assert all("Jane Doe" not in (at.source.evidence if at.source else "")
               for at in a.attributions)


# a headline's bare role description is the person the body names in that role (TAXONOMY: a
# description that resolves to someone named in the article); an indefinite one stays unnamed
@pytest.mark.parametrize("text,words,kind", [
    ("Dorland mayor says the bridge will reopen\n\nMayor Quentin Abery said on Monday that "
     "repairs were nearly done.", "Dorland mayor", SourceType.NAMED_PERSON),
    ("Harbor governor warns of storm costs\n\nGov. Elsa Marrow said the state would borrow.",
     "Harbor governor", SourceType.NAMED_PERSON),
    ("A Dorland official says the bridge will reopen\n\nMayor Quentin Abery said on Monday that "
     "repairs were nearly done.", "A Dorland official", SourceType.ANONYMOUS_SPECIFIC),
])
def test_headline_description_takes_the_name_from_the_body(text: str, words: str,
                                                           kind: SourceType) -> None:
    assert _type_of(text, words) is kind


def test_headline_person_keeps_the_whole_name() -> None:
    from claimtrace.antecedents import headline_person
    from claimtrace.sources import classify_in
    t = "Harbor governor warns of storm costs\n\nGov. Elsa Marrow said the state would borrow."
    info = headline_person(classify_in("Harbor governor", t), "Harbor governor", t, 0)
    assert info is not None and info.name == "Elsa Marrow"
    assert headline_person(classify_in("Harbor governor", t), "Harbor governor", t, 60) is None


def test_a_tagline_with_a_title_and_party_tag_names_the_author() -> None:
    from claimtrace.first_person import document_voice
    t = ("Why the dam matters.\n\nI grew up by the river.\n\n"
         "Rep. Tomas Vell, D-Ore., is a member of the water committee.")
    assert document_voice(t) == ("Rep. Tomas Vell", "the author, named in the closing tagline")
    t2 = "Why the dam matters.\n\nI grew up by the river.\n\nAnna Maria Pell is a hydrologist."
    assert document_voice(t2) == ("Anna Maria Pell", "the author, named in the closing tagline")


# session 6: readers' letters signed on a line of their own
def test_signed_letters_give_each_i_its_signer() -> None:
    t = ("What readers said about the debate.\n\nI think the governor won it easily.\n\n"
         "Lena P. Marsh.\n\nI believe the mayor looked tired.\n\n@riverfan22.\n\n"
         "I expect a long night.")
    a = analyze(t)
    by_cue = {at.cue.text: at.source for at in a.attributions if at.source}
    assert by_cue["think"].type is SourceType.NAMED_PERSON and "Lena P. Marsh" in by_cue["think"].evidence
    assert by_cue["believe"].type is SourceType.NAMED_PERSON and "@riverfan22" in by_cue["believe"].evidence
    assert by_cue["expect"].type is SourceType.UNKNOWN  # no signature follows the last "I"


# session 6: what a relative pronoun stands for when the run before it took in a verb or no noun
@pytest.mark.parametrize(("text", "kind"), [
    # the run is "affected the former president": the noun phrase opens at "the"
    ("Former President Tom Vance spoke on Sunday. But the mayor's words may have affected the "
     "former president, who said the city had failed him.", SourceType.NAMED_PERSON),
    # "won over Weaver": a capitalised name after a lower-case word opens the phrase
    ("Karen Weaver, the mayor, met the candidate. The plan has won over Weaver, who said it "
     "would help the city.", SourceType.NAMED_PERSON),
    # "some who", "others who": people, with no noun
    ("The plan was read by economists, including some who warned it could fail.",
     SourceType.UNNAMED_GROUP),
    # "..., and who": a second relative takes the first one's antecedent
    ("Senator Ann Ruiz of Utah, who spoke first, and who said she would vote no, left early.",
     SourceType.NAMED_PERSON),
    # the noun right before "who" when the run before it has no typed head
    ("Unity means including people who have backed the senator from the start.",
     SourceType.ANONYMOUS_VAGUE),
    ("He won among the roughly four in 10 voters who called themselves liberal.",
     SourceType.UNNAMED_GROUP),
    # "those who said", "18% who say": people, with no noun
    ("Those who said the economy mattered most backed the senator.", SourceType.UNNAMED_GROUP),
    ("Most voters backed the plan, including 18% who said they would pay more.", SourceType.UNNAMED_GROUP),
])
def test_relative_pronoun_antecedents(text: str, kind: SourceType) -> None:
    assert _type_of(text, "who") is kind


def test_they_after_two_surnames_the_article_named_in_full() -> None:
    t = ("Sen. Ted Lorne of Utah and Sen. Mia Vance of Ohio debated the governor on Thursday.\n\n"
         "Lorne and Vance, who had clashed before, both turned on him. They said his plan "
         "would fail.")
    assert _type_of(t, "They") is SourceType.NAMED_PERSON
    # places joined by "and" are no pair of people
    t2 = "In Iowa and Ohio, the farmers met. They said the rain came late."
    assert _type_of(t2, "They") is not SourceType.NAMED_PERSON


def test_they_after_a_pair_named_in_its_own_sentence() -> None:
    # session 11: a plural source in the sentence before no longer outranks two people named
    # together in the pronoun's own sentence (not after a preposition: "met with Doe and Roe")
    t = ("Harbor critics said the levy was unfair.\n\nMara Quill and Oren Vale run the pier, and "
         "they want the levy repealed.")
    assert _type_of(t, "they") is SourceType.NAMED_PERSON
    t2 = ("Harbor critics said the levy was unfair.\n\nThe critics met with Mara Quill and Oren "
          "Vale, and they want the levy repealed.")
    assert _type_of(t2, "they") is SourceType.UNNAMED_GROUP


@pytest.mark.parametrize(("text", "mention", "kind"), [
    # session 11: an unnamed employee or counsel is no person named before it
    ("Marcel Lazar was sentenced on Monday. The employee said he would appeal.", "The employee",
     SourceType.ANONYMOUS_SPECIFIC),
    ("Marcel Lazar was sentenced on Monday. Lazar\u2019s defense counsel said he would appeal.",
     "Lazar\u2019s defense counsel", SourceType.ANONYMOUS_SPECIFIC),
    # unless the article named the person with that noun
    ("Jane Roe, an employee of the port, said on Monday that the pier was shut. The employee "
     "said it would reopen.", "The employee", SourceType.NAMED_PERSON),
])
def test_unnamed_employee_or_counsel(text: str, mention: str, kind: SourceType) -> None:
    assert _type_of(text, mention) is kind


def test_a_singular_demonym_is_a_person() -> None:
    # session 11: "the Texan said" after the article names him was an organisation "The Texan"
    t = "Sen. Ted Lorne of Texas said the pier would close. The Texan said it would reopen."
    assert _type_of(t, "The Texan") is SourceType.NAMED_PERSON
    assert classify("a Texan").type is SourceType.ANONYMOUS_VAGUE


def test_which_after_members_of_a_body_is_the_body() -> None:
    t = "Both ports are members of the Harbor League, which writes the rules of the trade."
    assert _type_of(t, "which") is SourceType.NAMED_ORG


@pytest.mark.parametrize(("text", "kind"), [
    # session 11: one person with two descriptions under one article is still the name before
    ('"Read the minutes," said Mara Quill, a harbor pilot and ferry captain who has accused the '
     'board of secrecy.', SourceType.NAMED_PERSON),
    # a name opening "X and others who ...": the named conjunct decides
    ("Mara Quill spoke on Monday. Quill and others who want to close the pier said the vote "
     "was rigged.", SourceType.NAMED_PERSON),
    # not a name that closes a clause before "and those who"
    ("The mayor spoke. The vote went to Quill and those who want to close the pier.",
     SourceType.UNNAMED_GROUP),
])
def test_relative_after_a_named_conjunct_or_a_double_description(text: str,
                                                                  kind: SourceType) -> None:
    assert _type_of(text, "who") is kind


@pytest.mark.parametrize(("text", "kind"), [
    # session 11: "He added" continues the speaker just quoted, named or not
    ("Mara Quill said the pier would open. A harbor official said it had stalled. He added "
     "that the ferry would stay.", SourceType.ANONYMOUS_SPECIFIC),
    ("Mara Quill arrived on Monday. A harbor official said the talks had stalled. She added "
     "that the ferry would stay.", SourceType.ANONYMOUS_SPECIFIC),
    ("A harbor official said the pier was shut. Mara Quill said it would open. She added that "
     "the ferry would stay.", SourceType.NAMED_PERSON),
])
def test_he_added_continues_the_last_speaker(text: str, kind: SourceType) -> None:
    assert _type_of(text, text.split(". ")[-1].split()[0]) is kind


def test_he_after_a_titled_name_is_the_whole_name() -> None:
    # session 11: "Secretary of State Mike Pompeo ... He said" had become a person "State Mike"
    t = "Secretary of State Mara Quill will travel on Monday. He said the ferry would stay."
    a = analyze(t)
    assert [s.name for s in a.sources] == ["Mara Quill"]


def test_a_body_named_with_and_before_an_office_holder_is_one_person() -> None:
    # "Securities and Exchange Commission Chairman John Shad": not "Securities" and a second person
    t = ("Harbor and Ferry Commission Chairman Oren Vale said the pier would close. He said the "
         "ferry would stay. He said the fares would rise.")
    a = analyze(t)
    assert [(s.name, s.type) for s in a.sources] == [("Oren Vale", SourceType.NAMED_PERSON)]
    assert classify("Mara Quill and Senate Majority Leader Oren Vale").plural  # two people


@pytest.mark.parametrize("mention", ["The president-elect", "The GOP hopeful"])
def test_the_president_elect_is_one_identified_person(mention: str) -> None:
    assert _type_of(f"Officials met on Monday. {mention} said the plan would fail.",
                    mention) is SourceType.NAMED_PERSON


def test_who_after_a_name_and_an_age_is_that_person() -> None:
    t = "The vote was close, said Mara Quill, 45, who has opposed the levy for years."
    assert _type_of(t, "who") is SourceType.NAMED_PERSON


@pytest.mark.parametrize("text", [
    # session 11: "who" after a description set off by commas is the name before it, not the
    # last noun of the description
    "Critics spoke. The plan was praised by Dr. Mara Quill, a surgeon at the hospital, who said "
    "it would save lives.",
    "Critics spoke. The plan was praised by Mara Quill, the group founder and a longtime "
    "activist, who said it would pass.",
])
def test_who_after_a_closed_appositive_is_the_name(text: str) -> None:
    assert _type_of(text, "who") is SourceType.NAMED_PERSON


def test_remarks_of_a_described_person_rest_on_that_person() -> None:
    t = ("Senator Ada Pruitt spoke in Ohio on Monday. The senator's remarks suggested that she "
         "would oppose the bill.")
    assert _type_of(t, "The senator's") is SourceType.NAMED_PERSON  # the possessor speaks


def test_first_person_in_a_transcript_turn_is_the_labelled_speaker() -> None:
    t = ("Gov. Mary Fallin spoke on Sunday.\n\nHOST: Has the senator run as a healer?\n\n"
         "FALLIN: He is trying to. I believe that has been part of his message.")
    a = analyze(t)
    mine = [at.source for at in a.attributions if at.source and at.source.span.text == "I"]
    assert mine and all(m.type is SourceType.NAMED_PERSON for m in mine)


# Session 6, TAXONOMY battery: short articles written for this test where the type of a source
# depends on the words around it (appositives, pronouns, descriptions, kin, roles of a named
# principal, definite bodies, relative pronouns, coordinations); coarse class as in TAXONOMY.md.
PER, ORG, MED, DOC, ANO, UNK = (SourceClass.NAMED_PERSON, SourceClass.NAMED_ORG,
                                SourceClass.MEDIA, SourceClass.DOCUMENT, SourceClass.ANONYMOUS, SourceClass.UNKNOWN)
ARTICLE_BATTERY = [
    ('Mike Pompeo arrived in Seoul on Monday. He said the talks would go on.',
     'He', PER),
    ('Angela Merkel spoke in Berlin. She said the talks would go on.',
     'She', PER),
    ('Mike Pompeo arrived in Seoul on Monday. The talks were tense. He said the troops would stay.',
     'He', PER),
    ('Governor Alma Reyes toured the district. Local officials said the levee failed. She said help would arrive.',
     'She', PER),
    ('Governor Alma Reyes toured the district. A local official said the levee failed. She said help would arrive.',
     'She', ANO),
    ('Senator Ron Vale spoke in Boise. His office said the bill would pass.',
     'His office', ORG),
    ('Mike Pompeo met the press. “We will stay,” he said.',
     'he', PER),
    ('Mike Pompeo met the press. “I think we will stay,” he said.',
     'he', PER),
    ('Sen. Ted Cruz spoke in Iowa on Monday. Cruz told reporters that he would win.',
     'Cruz', PER),
    ('Hillary Clinton spoke in Ohio. Mrs. Clinton said the economy was strong.',
     'Mrs. Clinton', PER),
    ('Hillary Clinton spoke in Ohio. The former secretary of state said the economy was strong.',
     'The former secretary of state', PER),
    ('Hillary Clinton spoke in Ohio. The Democratic front-runner said the economy was strong.',
     'The Democratic front-runner', PER),
    ('Sen. Jeff Flake voted no. The Arizona Republican said the bill was rushed.',
     'The Arizona Republican', PER),
    ('Sen. Jeff Flake voted no. The senator said the bill was rushed.',
     'The senator', PER),
    ('Sen. Jeff Flake voted no. The Republican lawmaker said the bill was rushed.',
     'The Republican lawmaker', PER),
    ('Mitch McConnell opened the session. The majority leader said the vote would be Friday.',
     'The majority leader', PER),
    ('Gavin Newsom signed the bill. The governor said it would save lives.',
     'The governor', PER),
    ('Paul Ryan was elected on Thursday. The new speaker said the House would act.',
     'The new speaker', PER),
    ('Donald Trump spoke in Iowa. The billionaire said he would build a wall.',
     'The billionaire', PER),
    ('Donald Trump spoke in Iowa. The real estate mogul said he would build a wall.',
     'The real estate mogul', PER),
    ('Donald Trump spoke in Iowa. The president said he would build a wall.',
     'The president', PER),
    ('Donald Trump spoke in Iowa. The Republican nominee said he would build a wall.',
     'The Republican nominee', PER),
    ('Donald Trump spoke in Iowa. The 70-year-old said he would build a wall.',
     'The 70-year-old', PER),
    ('Donald Trump spoke in Iowa. His son said the campaign was strong.',
     'His son', PER),
    ("Donald Trump spoke in Iowa. Trump's son said the campaign was strong.",
     "Trump's son", PER),
    ('Donald Trump spoke in Iowa. His daughter Ivanka said the campaign was strong.',
     'His daughter Ivanka', PER),
    ('Marta Kell arrived late. Her husband said she had been held up.',
     'Her husband', PER),
    ("Marta Kell arrived late. Kell's mother said she had been held up.",
     "Kell's mother", PER),
    ('Donald Trump spoke in Iowa. His spokeswoman said the campaign was strong.',
     'His spokeswoman', ANO),
    ("Donald Trump spoke in Iowa. Trump's spokeswoman said the campaign was strong.",
     "Trump's spokeswoman", ANO),
    ('Donald Trump spoke in Iowa. His lawyer said the case was weak.',
     'His lawyer', ANO),
    ('Donald Trump spoke in Iowa. An aide said the campaign was strong.',
     'An aide', ANO),
    ('Donald Trump spoke in Iowa. Aides said the campaign was strong.',
     'Aides', ANO),
    ('Donald Trump spoke in Iowa. His aides said the campaign was strong.',
     'His aides', ANO),
    ('Donald Trump spoke in Iowa. His advisers said the campaign was strong.',
     'His advisers', ANO),
    ('Donald Trump spoke in Iowa. Those close to him said the campaign was strong.',
     'Those close to him', ANO),
    ('Donald Trump spoke in Iowa. People close to him said the campaign was strong.',
     'People close to him', ANO),
    ('Donald Trump spoke in Iowa. A person close to him said the campaign was strong.',
     'A person close to him', ANO),
    ('Donald Trump spoke in Iowa. His supporters said the campaign was strong.',
     'His supporters', ANO),
    ('Donald Trump spoke in Iowa. His critics said the campaign was weak.',
     'His critics', ANO),
    ('Donald Trump spoke in Iowa. Trump and his allies said the campaign was strong.',
     'Trump and his allies', PER),
    ('Donald Trump spoke in Iowa. His fellow Republicans said the campaign was weak.',
     'His fellow Republicans', ANO),
    ('Donald Trump spoke in Iowa. Some Republicans said the campaign was weak.',
     'Some Republicans', ANO),
    ('Donald Trump spoke in Iowa. Republicans said the campaign was strong.',
     'Republicans', ORG),
    ('Donald Trump spoke in Iowa. House Republicans said the campaign was strong.',
     'House Republicans', ORG),
    ('Donald Trump spoke in Iowa. His campaign said the crowd was large.',
     'His campaign', ORG),
    ('Donald Trump spoke in Iowa. The Trump campaign said the crowd was large.',
     'The Trump campaign', ORG),
    ('Donald Trump spoke in Iowa. In a statement, his campaign said the crowd was large.',
     'his campaign', ORG),
    ('Donald Trump spoke in Iowa. He wrote on Twitter that the crowd was large.',
     'He', PER),
    ('Donald Trump spoke in Iowa. His tweet said the crowd was large.',
     'His tweet', DOC),
    ('Many farmers gathered outside the hall. They said the new tariff would hurt them.',
     'They', ANO),
    ('The Pentagon briefed reporters. It said the strikes had stopped.',
     'It', ORG),
    ('Exxon Mobil posted a loss. The company said prices had fallen.',
     'The company', ORG),
    ('Exxon Mobil posted a loss. The oil giant said prices had fallen.',
     'The oil giant', ORG),
    ('Apple posted a loss. The company said in a statement that prices had fallen.',
     'The company', ORG),
    ('Apple posted a loss. It said prices had fallen.',
     'It', ORG),
    ('The New York Times published the report. The newspaper said the files were real.',
     'The newspaper', MED),
    ('The New York Times published the report. The Times said the files were real.',
     'The Times', MED),
    ('The Associated Press obtained the memo. The AP reported that the files were real.',
     'The AP', MED),
    ('The group Human Rights Watch released a study. The group said abuses were common.',
     'The group', ORG),
    ('Amnesty International released a study. The organization said abuses were common.',
     'The organization', ORG),
    ('Amnesty International released a study. The report said abuses were common.',
     'The report', DOC),
    ('Amnesty International released a study. The study found that abuses were common.',
     'The study', DOC),
    ('Amnesty International released a study. Its report said abuses were common.',
     'Its report', DOC),
    ('The Justice Department filed suit on Monday. The department said the law was illegal.',
     'The department', ORG),
    ('The Supreme Court ruled on Monday. The court said the law was valid.',
     'The court', ORG),
    ('The Senate Judiciary Committee met on Monday. The committee said the nominee was qualified.',
     'The committee', ORG),
    # session 11: its members are not the body speaking as itself, but a restricted subset of
    # people (TAXONOMY: an unnamed group; PolNeAR train silver agrees on all 9 "members of" sources)
    ('The Senate Judiciary Committee met on Monday. Members of the committee said the nominee was qualified.',
     'Members of the committee', ANO),
    ('Tomas Ferreira, who has argued that the schedule is unsafe, voted no.',
     'who', PER),
    ('Critics, who say the law goes too far, sued.',
     'who', ANO),
    ('The Pentagon, which said the strikes had stopped, declined to comment further.',
     'which', ORG),
    ('A senior official who spoke on condition of anonymity said the deal was close.',
     'A senior official who spoke on condition of anonymity', ANO),
    ('A senior official said the deal was close. The official said it would be signed.',
     'The official', ANO),
    ('One of the interlocutors said the talks had begun. The source added that training had not.',
     'The source', ANO),
    ('Officials said the deal was close. They said it would be signed soon.',
     'They', ANO),
    ("Russia's foreign ministry said the talks were over.",
     "Russia's foreign ministry", ORG),
    ("Iran's supreme leader said the deal was dead.",
     "Iran's supreme leader", PER),
    ('Russian state television said the talks were over.',
     'Russian state television', MED),
    ('Iranian state media said the talks were over.',
     'Iranian state media', MED),
    ("China's state news agency said the talks were over.",
     "China's state news agency", MED),
    ('The official Xinhua news agency said the talks were over.',
     'The official Xinhua news agency', MED),
    ('Syrian rebels said the town had fallen.',
     'Syrian rebels', ANO),
    ('Rebels said the town had fallen.',
     'Rebels', ANO),
    ('Kurdish fighters said the town had fallen.',
     'Kurdish fighters', ANO),
    ('Palestinian officials said the talks were over.',
     'Palestinian officials', ANO),
    ('The Palestinians said the talks were over.',
     'The Palestinians', ORG),
    ('The Israelis said the talks were over.',
     'The Israelis', ORG),
    ('Iraqi leaders said the talks were over.',
     'Iraqi leaders', ANO),
    ('Israeli Prime Minister Benjamin Netanyahu said the talks were over.',
     'Israeli Prime Minister Benjamin Netanyahu', PER),
    ("Israel's prime minister said the talks were over.",
     "Israel's prime minister", PER),
    ("Britain's prime minister said the talks were over.",
     "Britain's prime minister", PER),
    ('The British prime minister said the talks were over.',
     'The British prime minister', PER),
    ('Downing Street said the talks were over.',
     'Downing Street', ORG),
    ('Whitehall said the talks were over.',
     'Whitehall', ORG),
    ('Brussels said the talks were over.',
     'Brussels', ORG),
    ('Wall Street reacted badly, and analysts said the talks were over.',
     'analysts', ANO),
    ('Capitol Hill Republicans said the talks were over.',
     'Capitol Hill Republicans', ORG),
    ('Senate Republicans said the talks were over.',
     'Senate Republicans', ORG),
    ('Conservative Republicans said the talks were over.',
     'Conservative Republicans', ANO),
    ('Moderate Democrats said the talks were over.',
     'Moderate Democrats', ANO),
    ('Top Democrats said the talks were over.',
     'Top Democrats', ANO),
    ('Leading Republicans said the talks were over.',
     'Leading Republicans', ANO),
    ('Many Democrats said the talks were over.',
     'Many Democrats', ANO),
    ('Most Republicans said the talks were over.',
     'Most Republicans', ANO),
    ('Two Republicans said the talks were over.',
     'Two Republicans', ANO),
    ('Republican senators said the talks were over.',
     'Republican senators', ANO),
    ('Democratic leaders said the talks were over.',
     'Democratic leaders', ANO),
    ('The Democrats said the talks were over.',
     'The Democrats', ORG),
    ('The Republicans said the talks were over.',
     'The Republicans', ORG),
    ('The GOP said the talks were over.',
     'The GOP', ORG),
    ('Democratic officials said the talks were over.',
     'Democratic officials', ANO),
    ('Trump campaign officials said the talks were over.',
     'Trump campaign officials', ANO),
    ('Clinton campaign aides said the talks were over.',
     'Clinton campaign aides', ANO),
    ('Obama administration officials said the talks were over.',
     'Obama administration officials', ANO),
    ('White House officials said the talks were over.',
     'White House officials', ANO),
    ('Pentagon officials said the talks were over.',
     'Pentagon officials', ANO),
    ('Kremlin officials said the talks were over.',
     'Kremlin officials', ANO),
    ('A Kremlin spokesman said the talks were over.',
     'A Kremlin spokesman', ANO),
    ('Kremlin spokesman Dmitry Peskov said the talks were over.',
     'Kremlin spokesman Dmitry Peskov', PER),
    ('Peskov said the talks were over.',
     'Peskov', PER),
    ('U.N. Secretary-General Antonio Guterres said the talks were over.',
     'U.N. Secretary-General Antonio Guterres', PER),
    ('The U.N. secretary-general said the talks were over.',
     'The U.N. secretary-general', PER),
    ("NATO's secretary general said the talks were over.",
     "NATO's secretary general", PER),
    ('A NATO official said the talks were over.',
     'A NATO official', ANO),
    ('An EU official said the talks were over.',
     'An EU official', ANO),
    ('EU diplomats said the talks were over.',
     'EU diplomats', ANO),
    ('European officials said the talks were over.',
     'European officials', ANO),
    ('Several European diplomats said the talks were over.',
     'Several European diplomats', ANO),
    ('Israeli security sources said the talks were over.',
     'Israeli security sources', ANO),
    ('Security sources said the talks were over.',
     'Security sources', ANO),
    ('Diplomatic sources said the talks were over.',
     'Diplomatic sources', ANO),
    ('A diplomatic source said the talks were over.',
     'A diplomatic source', ANO),
    ('Congressional sources said the talks were over.',
     'Congressional sources', ANO),
    ('A Democratic source said the talks were over.',
     'A Democratic source', ANO),
    ('Hispanics said the talks were over.',
     'Hispanics', ANO),
    ('Iowans said the talks were over.',
     'Iowans', ANO),
    ('Many Iowans said the talks were over.',
     'Many Iowans', ANO),
    ('Voters in Iowa said the talks were over.',
     'Voters in Iowa', ANO),
    ('Residents of Flint said the water was unsafe.',
     'Residents of Flint', ANO),
    ('Flint residents said the water was unsafe.',
     'Flint residents', ANO),
    ('Parents in the district said the water was unsafe.',
     'Parents in the district', ANO),
    ('One mother said the water was unsafe.',
     'One mother', ANO),
    ('A mother of three said the water was unsafe.',
     'A mother of three', ANO),
    ('A 34-year-old mother of three said the water was unsafe.',
     'A 34-year-old mother of three', ANO),
    ('A man who lives nearby said the water was unsafe.',
     'A man who lives nearby', ANO),
    ('A woman who asked not to be named said the water was unsafe.',
     'A woman who asked not to be named', ANO),
    ('Someone in the crowd shouted that the water was unsafe.',
     'Someone in the crowd', ANO),
    ('Experts say the water is unsafe.',
     'Experts', ANO),
    ('Health experts say the water is unsafe.',
     'Health experts', ANO),
    ('Legal scholars say the ruling is narrow.',
     'Legal scholars', ANO),
    ('Economists at Goldman Sachs say growth will slow.',
     'Economists at Goldman Sachs', ANO),
    ('Goldman Sachs economists say growth will slow.',
     'Goldman Sachs economists', ANO),
    ('Goldman Sachs said growth will slow.',
     'Goldman Sachs', ORG),
    ('Analysts at the bank say growth will slow.',
     'Analysts at the bank', ANO),
    ('Wall Street analysts say growth will slow.',
     'Wall Street analysts', ANO),
    ('The Congressional Budget Office estimated that the plan would cost $1 trillion.',
     'The Congressional Budget Office', ORG),
    ('The CBO estimated that the plan would cost $1 trillion.',
     'The CBO', ORG),
    ('A CBO analysis found that the plan would cost $1 trillion.',
     'A CBO analysis', DOC),
    ('The CBO report found that the plan would cost $1 trillion.',
     'The CBO report', DOC),
    ('The Post reported that the plan would cost $1 trillion.',
     'The Post', MED),
    ('A Post analysis found that the plan would cost $1 trillion.',
     'A Post analysis', DOC),
    ('A Washington Post-ABC News poll found that most voters oppose the plan.',
     'A Washington Post-ABC News poll', DOC),
    ('The latest Quinnipiac poll found that most voters oppose the plan.',
     'The latest Quinnipiac poll', DOC),
    ('A Gallup survey found that most voters oppose the plan.',
     'A Gallup survey', DOC),
    ('Polls show that most voters oppose the plan.',
     'Polls', DOC),
    ('Exit polls showed that most voters opposed the plan.',
     'Exit polls', DOC),
    ('The data show that most voters oppose the plan.',
     'The data', DOC),
    ('Census data show that most voters oppose the plan.',
     'Census data', DOC),
    ('Government figures show that prices rose.',
     'Government figures', DOC),
    ('Official figures show that prices rose.',
     'Official figures', DOC),
    ('The Labor Department said prices rose.',
     'The Labor Department', ORG),
    ('A Labor Department report showed that prices rose.',
     'A Labor Department report', DOC),
    ('Court records show that he paid the fine.',
     'Court records', DOC),
    ('Court documents show that he paid the fine.',
     'Court documents', DOC),
    ('Documents obtained by The Associated Press show that he paid the fine.',
     'Documents obtained by The Associated Press', DOC),
    ('Emails released by WikiLeaks show that he paid the fine.',
     'Emails released by WikiLeaks', DOC),
    ('WikiLeaks said he paid the fine.',
     'WikiLeaks', ORG),
    ('The indictment says he paid the fine.',
     'The indictment', DOC),
    ('The lawsuit alleges that he paid the fine.',
     'The lawsuit', DOC),
    ('The complaint alleges that he paid the fine.',
     'The complaint', DOC),
    ('A federal indictment alleges that he paid the fine.',
     'A federal indictment', DOC),
    ('Prosecutors allege that he paid the fine.',
     'Prosecutors', ANO),
    ('Federal prosecutors allege that he paid the fine.',
     'Federal prosecutors', ANO),
    ('U.S. Attorney Preet Bharara said he paid the fine.',
     'U.S. Attorney Preet Bharara', PER),
    ('Special counsel Robert Mueller said he paid the fine.',
     'Special counsel Robert Mueller', PER),
    ('The special counsel said he paid the fine.',
     'The special counsel', PER),
    ('The treaty says that each side must disarm.',
     'The treaty', DOC),
    ('The Constitution says that each state gets two senators.',
     'The Constitution', DOC),
    ('The constitution says that each state gets two senators.',
     'The constitution', DOC),
    ('The First Amendment says that speech is free.',
     'The First Amendment', DOC),
    ('The Affordable Care Act says that insurers must cover everyone.',
     'The Affordable Care Act', DOC),
    ('The Paris agreement says that each side must cut emissions.',
     'The Paris agreement', DOC),
    ('The Iran deal says that each side must disarm.',
     'The Iran deal', DOC),
    ('The Bible says that each side must disarm.',
     'The Bible', DOC),
    ('The ad says that the senator voted for the war.',
     'The ad', DOC),
    ('A new ad says that the senator voted for the war.',
     'A new ad', DOC),
    ('The narrator says that the senator voted for the war.',
     'The narrator', DOC),
    ('A Clinton ad says that the senator voted for the war.',
     'A Clinton ad', DOC),
    ("The Clinton campaign's ad says that the senator voted for the war.",
     "The Clinton campaign's ad", DOC),
    ('The website says that the senator voted for the war.',
     'The website', DOC),
    ('His website says that the senator voted for the war.',
     'His website', DOC),
    ('A fact sheet says that the senator voted for the war.',
     'A fact sheet', DOC),
    ('The White House fact sheet says that the senator voted for the war.',
     'The White House fact sheet', DOC),
    ('A White House statement said the senator voted for the war.',
     'A White House statement', DOC),
    ('In a statement, the White House said the senator voted for the war.',
     'the White House', ORG),
    ('The White House said in a statement that the senator voted for the war.',
     'The White House', ORG),
    ('A spokesman for the White House said the senator voted for the war.',
     'A spokesman for the White House', ANO),
    # TAXONOMY's own example: "Reuters said in a statement" (about itself) is named_org
    ('Reuters said in a statement that its reporters were safe.',
     'Reuters', ORG),
    ('A Reuters reporter said the senator voted for the war.',
     'A Reuters reporter', ANO),
    ('Reuters reporter Jane Roe said the senator voted for the war.',
     'Reuters reporter Jane Roe', PER),
    ('Reporters asked whether the senator voted for the war.',
     'Reporters', ANO),
    ('One reporter asked whether the senator voted for the war.',
     'One reporter', ANO),
    ('A CNN reporter asked whether the senator voted for the war.',
     'A CNN reporter', ANO),
    ('CNN reported that the senator voted for the war.',
     'CNN', MED),
    ("CNN's Jake Tapper asked whether the senator voted for the war.",
     "CNN's Jake Tapper", PER),
    ('Tapper asked whether the senator voted for the war.',
     'Tapper', PER),
    ('Fox News reported that the senator voted for the war.',
     'Fox News', MED),
    ('The network reported that the senator voted for the war.',
     'The network', MED),
    ('The broadcaster reported that the senator voted for the war.',
     'The broadcaster', MED),
    ('The magazine reported that the senator voted for the war.',
     'The magazine', MED),
    ('The outlet reported that the senator voted for the war.',
     'The outlet', MED),
    ('Local media reported that the senator voted for the war.',
     'Local media', MED),
    ('Local news reports said the senator voted for the war.',
     'Local news reports', MED),
    ('Media reports said the senator voted for the war.',
     'Media reports', MED),
    ('State-run media reported that the senator voted for the war.',
     'State-run media', MED),
    ('State television reported that the senator voted for the war.',
     'State television', MED),
    ('The state-run news agency reported that the senator voted for the war.',
     'The state-run news agency', MED),
    ('The semi-official Tasnim news agency reported that the senator voted for the war.',
     'The semi-official Tasnim news agency', MED),
    ("Iran's semi-official Fars news agency reported that the senator voted for the war.",
     "Iran's semi-official Fars news agency", MED),
    ('The Russian news agency Interfax reported that the senator voted for the war.',
     'The Russian news agency Interfax', MED),
    ('Interfax reported that the senator voted for the war.',
     'Interfax', MED),
    ('The German newspaper Der Spiegel reported that the senator voted for the war.',
     'The German newspaper Der Spiegel', MED),
    ('Der Spiegel reported that the senator voted for the war.',
     'Der Spiegel', MED),
    ('Le Monde reported that the senator voted for the war.',
     'Le Monde', MED),
    ('The Financial Times reported that the senator voted for the war.',
     'The Financial Times', MED),
    ('The Economist reported that the senator voted for the war.',
     'The Economist', MED),
    ('Newsweek reported that the senator voted for the war.',
     'Newsweek', MED),
    ('Time magazine reported that the senator voted for the war.',
     'Time magazine', MED),
    ('The Daily Beast reported that the senator voted for the war.',
     'The Daily Beast', MED),
    ('The Huffington Post reported that the senator voted for the war.',
     'The Huffington Post', MED),
    ('HuffPost reported that the senator voted for the war.',
     'HuffPost', MED),
    ('The Intercept reported that the senator voted for the war.',
     'The Intercept', MED),
    ('ProPublica reported that the senator voted for the war.',
     'ProPublica', MED),
    ('Mother Jones reported that the senator voted for the war.',
     'Mother Jones', MED),
    ('National Review reported that the senator voted for the war.',
     'National Review', MED),
    ('The Weekly Standard reported that the senator voted for the war.',
     'The Weekly Standard', MED),
    ('Yahoo News reported that the senator voted for the war.',
     'Yahoo News', MED),
    ('The Boston Globe reported that the senator voted for the war.',
     'The Boston Globe', MED),
    ('The Los Angeles Times reported that the senator voted for the war.',
     'The Los Angeles Times', MED),
    ('The Chicago Tribune reported that the senator voted for the war.',
     'The Chicago Tribune', MED),
    ('The Washington Examiner reported that the senator voted for the war.',
     'The Washington Examiner', MED),
    ('The Daily Caller reported that the senator voted for the war.',
     'The Daily Caller', MED),
    ('Sky News reported that the senator voted for the war.',
     'Sky News', MED),
    ('Agence France-Presse reported that the senator voted for the war.',
     'Agence France-Presse', MED),
    ('AFP reported that the senator voted for the war.',
     'AFP', MED),
    ('Haaretz reported that the senator voted for the war.',
     'Haaretz', MED),
    ('PolitiFact found that the senator voted for the war.',
     'PolitiFact', MED),
    ('FactCheck.org found that the senator voted for the war.',
     'FactCheck.org', MED),
    ('The Fact Checker found that the senator voted for the war.',
     'The Fact Checker', MED),
    ('Pompeo and Mattis said the troops would stay.',
     'Pompeo and Mattis', PER),
    ('Officials and analysts said the troops would stay.',
     'Officials and analysts', ANO),
    ('Mattis and other officials said the troops would stay.',
     'Mattis and other officials', PER),
    ('The Pentagon and the State Department said the troops would stay.',
     'The Pentagon and the State Department', ORG),
    ('Britain and France said the troops would stay.',
     'Britain and France', ORG),
    ('Democrats and some Republicans said the bill was flawed.',
     'Democrats and some Republicans', ORG),
    ('Activists and Planned Parenthood said the bill was flawed.',
     'Activists and Planned Parenthood', ORG),
    ('Both Clinton and Sanders said the bill was flawed.',
     'Both Clinton and Sanders', PER),
    ("Clinton, Sanders and O'Malley all said the bill was flawed.",
     "Clinton, Sanders and O'Malley", PER),
    ('I think that the plan is wrong.',
     'I', UNK),
    ('We believe that the plan is wrong.',
     'We', UNK),
    ('You could argue that the plan is wrong.',
     'You', UNK),
    ('They said the plan failed.',
     'They', UNK),
]


@pytest.mark.parametrize(("text", "words", "coarse"), ARTICLE_BATTERY)
def test_taxonomy_article_battery(text: str, words: str, coarse: SourceClass) -> None:
    assert _type_of(text, words).source_class is coarse


# session 6: a definite plural description takes up the pair named just before (TAXONOMY: a
# description that resolves to people named in the article); a noun that cannot describe them
# does not ("the protesters" after two debaters)
@pytest.mark.parametrize(("text", "words", "kind"), [
    ("Sen. Ann Vale and Sen. Tom Roe met voters on Monday. The senators said the plan would fail.",
     "The senators", SourceType.NAMED_PERSON),
    ("Ann Vale and Tom Roe debated on Monday. The Democratic candidates said the tax would pass.",
     "The Democratic candidates", SourceType.NAMED_PERSON),
    ("Ann Vale and Tom Roe debated on Monday. The protesters said the tax would pass.",
     "The protesters", SourceType.UNNAMED_GROUP),
    ("The vote was held on Monday. The senators said the plan would fail.",
     "The senators", SourceType.ANONYMOUS_SPECIFIC),
    # session 13, TAXONOMY battery: leaders and party members take up the pair too
    ("Ann Vale and Tom Roe met the president. The congressional leaders said they were hopeful.",
     "The congressional leaders", SourceType.NAMED_PERSON),
    ("Ann Vale and Tom Roe met the president. The two Republicans said they were hopeful.",
     "The two Republicans", SourceType.NAMED_PERSON),
    ("Ann Vale met the president on Monday. The GOP leaders said they were hopeful.",
     "The GOP leaders", SourceType.UNNAMED_GROUP),
])
def test_definite_plural_takes_up_a_named_pair(text: str, words: str, kind: SourceType) -> None:
    assert _type_of(text, words) is kind


def test_a_parenthetical_speaker_is_no_appositive_of_the_name_before() -> None:
    # "Clinton, a top aide said, is confident": the aide speaks of Clinton, and "the aide" later
    # is that aide, not Clinton
    t = ("Senator Ada Vale spoke in Iowa. Vale, a top aide said, is very confident. The aide added "
         "that the campaign was ready.")
    assert _type_of(t, "The aide").is_anonymous


# session 7, train error analysis: "he"/"she" after an unnamed person takes up that person, not
# a capitalised word written before the pronoun that names no person ("In September") nor a
# name inside the unnamed person's own words ("for Mr. Roe")
@pytest.mark.parametrize(("text", "words", "kind"), [
    ("A spokesman for Mr. Roe said the plant would close. He added that talks had failed.",
     "He", SourceType.ANONYMOUS_SPECIFIC),
    ("A local man said the fine was unfair. In September, he had posted that the mayor should "
     "resign.", "he", SourceType.ANONYMOUS_VAGUE),
    ("Senator Ann Vale toured the plant in Dover. She said the jobs would stay.",
     "She", SourceType.NAMED_PERSON),
])
def test_pronoun_after_an_unnamed_person(text: str, words: str, kind: SourceType) -> None:
    assert _type_of(text, words).source_class is kind.source_class


# session 7, train error analysis judged by TAXONOMY (silver and claimtrace both said
# anonymous): "both men", "the two voters" take up two people the article named apart in the
# sentences just before; not "both sides", nor two unnamed people introduced as "two men"
@pytest.mark.parametrize(("text", "words", "kind"), [
    ("For an hour, Ann Vale sat face to face with Speaker Tom Roe. Soon after, both men issued "
     "a statement saying the talks had gone well.", "both men", SourceType.NAMED_PERSON),
    ("Jane Doe runs a diner. Her neighbour, Tom Roe, retired last year. The two voters said the "
     "race was close.", "The two voters", SourceType.NAMED_PERSON),
    ("Sen. Ann Vale leads Gov. Tom Roe by three points. The two Democratic contenders said the "
     "debate was fair.", "The two Democratic contenders", SourceType.NAMED_PERSON),
    ("Two men were arrested on Monday, Police Chief Ann Vale said. Mayor Tom Roe praised the "
     "officers. The two men said they were innocent.", "The two men", SourceType.ANONYMOUS_VAGUE),
    ("Ann Vale met Tom Roe on Monday. Both sides said the talks had gone well.",
     "Both sides", SourceType.UNNAMED_GROUP),
    ("The vote was held on Monday. Both candidates said the count was fair.",
     "Both candidates", SourceType.UNNAMED_GROUP),
])
def test_dual_description_takes_up_two_people_named_apart(text: str, words: str,
                                                          kind: SourceType) -> None:
    assert _type_of(text, words) is kind


def test_session9_he_after_one_dealer_is_that_dealer() -> None:
    # a singular group noun is one unnamed person, so "he" can take it up
    a = analyze("The dollar fell, one dealer said. He said the central bank had not intervened.")
    dealer, he = a.attributions[0].source, a.attributions[1].source
    assert dealer is not None and he is not None
    assert he.source_id == dealer.source_id and he.type is SourceType.ANONYMOUS_VAGUE


def test_a_tagline_with_an_appositive_names_the_author() -> None:
    from claimtrace.first_person import document_voice
    t = ("This, I predict, will not end well.\n\nIlse Varga, a Boise State law professor, is a "
         "member of the paper's board of contributors.")
    assert document_voice(t) == ("Ilse Varga", "the author, named in the closing tagline")


@pytest.mark.parametrize("text", [
    "Oren Vale met Mara Quill on Monday. Both said the pier would close.",
    "Oren Vale met Mara Quill on Monday. The two said the pier would close.",
])
def test_bare_both_takes_up_two_people_named_just_before(text: str) -> None:
    # TAXONOMY: a name decides; "Both" with no noun is the two people just named
    said = [a for a in analyze(text).attributions if a.cue.text == "said"][0]
    assert said.source.type is SourceType.NAMED_PERSON


@pytest.mark.parametrize("text, mention, says, never", [
    # a description taken up by a named person: the mention says whose it is and why
    ("A campaign aide, Jo Hale, said the deal was dead. The aide said talks would go on.",
     "The aide", "the same source as 'Jo Hale', named_person", None),
    # a description that identifies one person: the resolver's reason, not "unnamed"
    ("The new speaker said the deal was dead.", "The new speaker", "identifies a person", "unnamed"),
    ("Trump's campaign manager said the deal was dead.", "Trump's campaign manager",
     "identifies a person", "unnamed"),
])
def test_mention_evidence_agrees_with_its_type(text: str, mention: str, says: str,
                                               never: str | None) -> None:
    # the report's tooltip shows a mention's type beside its evidence: they must agree
    found = [m for s in analyze(text).sources for m in s.mentions if m.span.text == mention]
    assert found and found[0].type is SourceType.NAMED_PERSON
    assert says in found[0].evidence
    assert never is None or never not in found[0].evidence


def test_his_spokeswoman_is_the_one_the_article_named_in_that_role() -> None:
    # TAXONOMY: a name decides; a role noun after a pronoun owner, as after "Trump's"
    a = analyze("Trump spokeswoman Hope Hicks said the deal was off. "
                "His spokeswoman added that talks would resume.")
    added = [x for x in a.attributions if x.cue.text == "added"][0]
    assert added.source.type is SourceType.NAMED_PERSON
    assert a.source_of(added).name == "Hope Hicks"


def test_her_friend_is_not_someone_elses_named_friend() -> None:
    # a vague noun is no role: "her friend" stays unnamed beside "his friend Ali Oumar"
    a = analyze("His friend Ali Oumar said he had plans. Hamdy was headed to Cairo, her friend said.")
    friend = [x for x in a.attributions if x.source and x.source.span.text == "her friend"][0]
    assert friend.source.type.is_anonymous


def test_a_surname_in_s_is_one_person() -> None:
    # "Sanders" alone was a plural mention, so "He added" skipped him for an earlier reporter
    a = analyze("One reporter said it was close. Sanders said he would win. "
                "He added that the poll was wrong.")
    added = [x for x in a.attributions if x.cue.text == "added"][0]
    assert added.source.type is SourceType.NAMED_PERSON and a.source_of(added).name == "Sanders"
    assert not classify("Jones").plural and classify("Democrats").plural


@pytest.mark.parametrize(("text", "mention", "kind"), [
    # TAXONOMY: "Trump's son" is a named person, and so are his sons; "his sons" stay unnamed
    ("Trump spoke. Trump's sons said the deal was fine.", "Trump's sons", SourceType.NAMED_PERSON),
    ("Jo Hale spoke. His sons said the deal was fine.", "His sons", SourceType.UNNAMED_GROUP),
])
def test_a_named_persons_children_are_named_people(text: str, mention: str, kind: SourceType) -> None:
    assert _type_of(text, mention) is kind


@pytest.mark.parametrize(("text", "name"), [
    # session 13, reading PolNeAR train output: the verb whose object the antecedent is stays
    # out of the source's name ("hearing a candidate", "begging a woman")
    ("In Vale, they are hearing a candidate who thinks the same way.", "a candidate"),
    ("The mayor spent the morning begging a woman who claimed to be undecided to vote.",
     "a woman"),
])
def test_relative_antecedent_starts_at_its_determiner(text: str, name: str) -> None:
    a = analyze(text)
    who = next(at.source for at in a.attributions if at.source and at.source.span.text == "who")
    assert next(s.name for s in a.sources if s.id == who.source_id) == name


@pytest.mark.parametrize(("text", "mention", "name"), [
    # session 14, TAXONOMY "a name decides": a role description takes up the person the article
    # named in that role, even one who was no source before ("named two paragraphs up")
    ("Oren Vale, a senior adviser to the mayor, arrived late. The adviser said the pier would "
     "reopen.", "The adviser", "Oren Vale"),
    ("Mara Quill, Hale's spokeswoman, declined to comment on Monday. On Tuesday, Hale's "
     "spokeswoman said the report was false.", "Hale's spokeswoman", "Mara Quill"),
])
def test_role_description_takes_up_the_person_named_in_that_role(text: str, mention: str,
                                                                  name: str) -> None:
    a = analyze(text)
    at = next(x for x in a.attributions if x.source and x.source.span.text == mention)
    assert at.source_class is SourceClass.NAMED_PERSON
    assert a.source_of(at).name == name


@pytest.mark.parametrize("text", [
    # a place is no person ("in New Hampshire, a young woman asked ..."), and a role noun owned
    # by a pronoun ("his lawyer") may be anyone's
    "At a town hall in New Hampshire, a young woman asked about the pier. Later the adviser "
    "said the pier would reopen.",
    "Mara Quill, a lawyer for the board, spoke first. Oren Vale arrived. His lawyer said the "
    "pier was unsafe.",
])
def test_role_description_without_a_person_named_in_that_role_stays_anonymous(text: str) -> None:
    a = analyze(text)
    last = a.attributions[-1]
    assert last.source_class is SourceClass.ANONYMOUS, (last.source.span.text, a.source_of(last))


@pytest.mark.parametrize(("text", "mention", "kind"), [
    # session 14, blind test articles: a bare "One"/"Another" right after an unnamed group spoke
    # is one of its members (TAXONOMY: "one of the interlocutors" is anonymous)
    ("Three harbour officials described the talks. One said the deal was close.", "One",
     SourceClass.ANONYMOUS),
    ("Three donors said they were worried. One said the board was secretive. Another said it "
     "was fine.", "Another", SourceClass.ANONYMOUS),
    # no group just before: no member to take up
    ("The pier closed in May. One said it was a mistake.", "One", SourceClass.UNKNOWN),
])
def test_a_bare_one_speaks_for_a_member_of_the_group_before(text: str, mention: str,
                                                            kind: SourceClass) -> None:
    a = analyze(text)
    at = next(x for x in a.attributions if x.source and x.source.span.text == mention)
    assert at.source_class is kind


@pytest.mark.parametrize(("text", "kind"), [
    # session 14, second blind test batch: "he"/"she" opening the sentence right after an unnamed
    # person spoke, in a paragraph that names no one of that gender, continue that speaker
    ("Mayor Oren Vale defended the pier on Monday.\n\nA senior harbour official, speaking on "
     "condition of anonymity, said the board had been warned. He said the warning came in May.",
     SourceClass.ANONYMOUS),
    # the named person in the unnamed speaker's own paragraph no longer takes "he" from the
    # speaker (session 16, see test_she_opening_the_next_sentence_continues_one_unnamed_speaker)
    ("Mayor Oren Vale toured the pier. A harbour official said the board had been warned. He "
     "said the warning came in May.", SourceClass.ANONYMOUS),
    # unnamed people, not one person: "he" is the named man
    ("Mayor Oren Vale toured the pier. Harbour officials said the board had been warned. He "
     "said the warning came in May.", SourceClass.NAMED_PERSON),
    # a name earlier in the pronoun's own sentence: "he" may be that person
    ("A harbour official said the vote was close. Oren Vale spoke a day after he said it was over.",
     None),
])
def test_he_opening_the_next_sentence_continues_the_unnamed_speaker(text: str,
                                                                  kind: SourceClass | None) -> None:
    a = analyze(text)
    he = [x for x in a.attributions if x.source and x.source.span.text.lower() == "he"]
    assert he
    if kind is not None:
        assert he[-1].source_class is kind
    else:
        assert he[-1].source_class is not SourceClass.ANONYMOUS


def test_which_after_an_outlet_that_was_a_passive_agent_is_that_outlet() -> None:
    # session 14, second blind batch: "reported by The Washington Post, which said ..." left
    # "which" without an antecedent (the walk stops at the passive's "by")
    a = analyze("The rift was reported by The Harbour Herald, which said the board had split.")
    which = next(x for x in a.attributions if x.source and x.source.span.text == "which")
    assert which.source_class is SourceClass.MEDIA


@pytest.mark.parametrize(("text", "mention", "kind"), [
    # session 14, third blind batch: "X said he had told Y": "he" is X, however recently someone
    # else was named
    ("Oren Vale spoke on Monday. One donor said he had told the mayor that he would stop giving.",
     "he", SourceClass.ANONYMOUS),
    # "One ... said. Another called ...": one more unnamed person of the same kind
    ("Harbour pilots were angry. One pilot from the north shore, who asked not to be named, said "
     "the board had lied. Another called the plan a disgrace.", "Another", SourceClass.ANONYMOUS),
    # a lone "Another" before its description: the description says who ("Romney" is no source)
    ("One strategist said the attacks backfired. Another, a former adviser to Mitt Romney, said "
     "the issue was a distraction.", "Another, a former adviser to Mitt Romney,",
     SourceClass.ANONYMOUS),
])
def test_unnamed_speakers_taken_up_by_he_and_another(text: str, mention: str,
                                                      kind: SourceClass) -> None:
    a = analyze(text)
    at = next(x for x in a.attributions if x.source and x.source.span.text == mention)
    assert at.source_class is kind


def test_a_quantifier_and_a_party_adjective_are_no_person() -> None:
    # session 14, second blind batch: "Some Democratic operatives worry ..." read "Some
    # Democratic" as a woman named in the paragraph, so "She said" left the unnamed speaker
    a = analyze("Some Democratic operatives worry the plan could fail. One longtime donor, who "
                "spoke on condition of anonymity, said several friends had called her. She said "
                "she told them it was fine.")
    she = [x for x in a.attributions if x.source and x.source.span.text == "She"]
    assert she and she[0].source_class is SourceClass.ANONYMOUS
