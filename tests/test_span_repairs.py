"""Source spans that the simple noun-phrase walks used to cut short or miss (session 4 rules).

Each sentence is written for this test; each asserts the source a reader would name.
"""

from __future__ import annotations

import pytest

import claimtrace as ct


def _attributions(text: str) -> list[tuple[str, str, str | None, str]]:
    a = ct.analyze(text)
    return [(x.rule, x.cue.text, x.source.span.text if x.source else None, x.source_class.value)
            for x in a.attributions]


def _source_of(text: str, cue: str) -> str | None:
    found = [src for _, c, src, _ in _attributions(text) if c == cue]
    assert found, f"no attribution with cue {cue!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, cue, source", [
    # a sentence-opening name keeps its whole aside, not a phrase inside it
    ("Mara Quill, who at the time was a member of the Harbor League, a group of dock workers, "
     "said the pier was unsafe.", "said",
     "Mara Quill, who at the time was a member of the Harbor League, a group of dock workers,"),
    # an aspect verb before a gerund cue is no part of the source
    ("Oren Vale began calling for a new vote.", "calling for", "Oren Vale"),
    ("More councillors have begun urging the mayor to resign.", "urging", "More councillors"),
    ("Oren Vale set about persuading the council to act.", "persuading", "Oren Vale"),
    # "this past week" between a source and its cue is a time phrase
    ("Tilda Marsh, the harbour master, this past week announced a new schedule.", "announced",
     "Tilda Marsh, the harbour master,"),
    # paired adjectives open the source
    ("The pier will close in May, current and former harbour officials said.", "said",
     "current and former harbour officials"),
    # after a quotation, the speaker runs to the next comma or the end
    ('"It is a costly plan," said Will Tanner, a professor of economics at Harbor College.',
     "said", "Will Tanner, a professor of economics at Harbor College"),
    ('"We were told lies," said one owner of a bakery that sells rye bread who declined to be '
     "named.", "said", "one owner of a bakery that sells rye bread who declined to be named"),
    # a participle shares the subject hidden behind an aside
    ("Mara Quill, president of the Harbor League, tied the losses to the storm, saying the pier "
     "was never repaired.", "saying", "Mara Quill"),
    ("At a meeting in Portside, Maine, on Sunday, Ms. Quill tried to explain her vote, saying "
     "that the pier needed work.", "saying", "Ms. Quill"),
    # a participle after a comma and one adverb
    ("Mara Quill turned tougher on the plan, eventually saying it would fail.", "saying",
     "Mara Quill"),
    # dashed asides after an opening participle
    ("Reached by phone on Tuesday, Oren Vale \u2014 who is listed as a pilot but rarely flies "
     "\u2014 told the Gazette he would appeal.", "told",
     "Oren Vale \u2014 who is listed as a pilot but rarely flies \u2014"),
    # the issuer of a statement is the participle's source
    ("Later, the Vale campaign released a statement saying the vote was rigged.", "saying",
     "the Vale campaign"),
])
def test_source_span(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


def test_inverted_dialogue_tag_with_unlisted_verb() -> None:
    rows = _attributions('"The tide is turning," beamed Oren Vale of Portside.')
    assert rows == [("dialogue_tag", "beamed", "Oren Vale of Portside", "named_person")]


@pytest.mark.parametrize(("text", "row"), [
    ('"The pier will close," an angry Mara Quill retaliated.',
     ("dialogue_tag", "retaliated", "an angry Mara Quill", "named_person")),
    ('"No!" the crowd cried out, booing.', ("dialogue_tag", "cried out", "the crowd", "anonymous")),
])
def test_dialogue_tag_with_a_described_speaker(text: str, row: tuple[str, ...]) -> None:
    assert _attributions(text) == [row]


def test_no_dialogue_tag_from_a_relative_clause() -> None:
    # "''Harbor Nights,'' the series that first aired in 1989": a title and its description
    rows = _attributions("''Harbor Nights,'' the series that first aired in 1989, returns.")
    assert not any(r[0] == "dialogue_tag" for r in rows)


def test_unlisted_verb_before_colon_and_quote() -> None:
    rows = _attributions('Mara Quill leaned in and boomed: "We will rebuild the pier."')
    assert rows == [("dialogue_tag", "boomed", "Mara Quill", "named_person")]


def test_feeling_in_the_passive_is_held_by_its_subject() -> None:
    rows = _attributions("The harbour board is worried that the storm will close the pier.")
    assert rows == [("experiencer_passive", "is worried", "The harbour board", "named_org")]


def test_preposition_never_ends_a_source() -> None:
    rows = _attributions("The mayor drew boos upon saying the pier would close.")
    assert rows and all(src is None or not src.endswith("upon") for _, _, src, _ in rows)
    assert rows[0][2] == "The mayor"


def test_state_before_a_title_is_no_inverted_cue() -> None:
    rows = _attributions('"They will vote no," state Sen. Mara Quill (D) said on Friday.')
    assert [(cue, src) for _, cue, src, _ in rows] == [("said", "state Sen. Mara Quill (D)")]


@pytest.mark.parametrize("mention, count", [
    ("current and former harbour officials", None),
    ("three current and former Vale employees", "three"),
])
def test_paired_adjectives_type_by_their_head(mention: str, count: str | None) -> None:
    from claimtrace.sources import classify
    info = classify(mention)
    assert info.type is ct.SourceType.ANONYMOUS_SPECIFIC
    assert info.count == count


@pytest.mark.parametrize("text, source", [
    ('Turnout was the story - Jane Roe: "Young voters stayed home in every county."', "Jane Roe"),
    ('More came later -More from Roe and Vale: "Data from our firm helps confirm it."',
     "Roe and Vale"),
])
def test_roundup_item_signed_after_a_dash(text: str, source: str) -> None:
    rows = _attributions(text)
    assert [(rule, cue, src) for rule, cue, src, _ in rows] == [("dash_label", ":", source)]


def test_sentence_opening_speaker_colon_and_quote() -> None:
    rows = _attributions('The hearing went on. Rep. Jo Hale (R-Ohio): "I have not heard that '
                         'figure before."')
    assert [(rule, src) for rule, _, src, _ in rows] == [("quoted_label", "Rep. Jo Hale (R-Ohio)")]


def test_clause_before_colon_is_no_speaker_label() -> None:
    rows = _attributions('The crowd cheered. He added: "We will rebuild the pier."')
    assert [(cue, src) for _, cue, src, _ in rows] == [("added", "He")]


@pytest.mark.parametrize("text, source", [
    ('The house is a museum now. Said Mara Quill, who grew up next door, "We were all so proud."',
     "Mara Quill, who grew up next door,"),
    ('Said Vale, "The thought is very painful to us."', "Vale"),
])
def test_fronted_said_names_the_speaker_after_it(text: str, source: str) -> None:
    assert _source_of(text, "Said") == source


@pytest.mark.parametrize("text, cue, source", [
    ('Continued Vale: "So I think it is a very real problem."', "Continued", "Vale"),  # no label
    ('Added the mayor: "We will rebuild the pier."', "Added", "the mayor"),
])
def test_other_fronted_verbs_and_a_colon(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


@pytest.mark.parametrize("text, source", [
    ("Mara Quill stepped up her attacks on the harbour plan.", "Mara Quill"),
    ("Senator Oren Vale is now pressing his attack that Quill is unfit.", "Senator Oren Vale"),
    ("In May her criticism of the plan drew laughter.", "her"),
])
def test_renewed_statement_is_held_by_the_subject(text: str, source: str) -> None:
    noun = next(w for w in ("attacks", "attack", "criticism") if f" {w} " in text)
    assert _source_of(text, noun) == source


def test_a_number_with_thousands_commas_is_one_word() -> None:
    assert _source_of("About 108,000 residents said they would leave the coast.", "said") == \
        "About 108,000 residents"


@pytest.mark.parametrize("text, cue, source", [
    ("Mayor Oren Vale made an impassioned call for calm at the pier.", "call for", "Mayor Oren Vale"),
    ("The harbour board issued statements condemning the new toll.", "condemning", "The harbour board"),
    ("Hours later, she issued a statement calling on the council to act.", "calling on", "she"),
    ("Quill was on the radio talking about her plans for the pier.", "talking about", "Quill"),
    ("Later, the fishermen sent a letter urging the board to reconsider.", "urging", "the fishermen"),
])
def test_verb_object_is_not_the_source(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


@pytest.mark.parametrize("text, cue, wrong", [
    ("The vote will make every resident feel that the pier is safe.", "feel", "The vote"),
    ("Before they make progress on the issues they care about, they must win.", "care about",
     "they make progress on the issues"),
])
def test_a_causee_or_pronoun_is_not_moved_to_the_verbs_subject(text: str, cue: str,
                                                                wrong: str) -> None:
    assert _source_of(text, cue) != wrong


@pytest.mark.parametrize("text, cue, source, content", [
    ("The council cut the ferry service, a decision criticized by Mara Quill.", "criticized",
     "Mara Quill", "a decision"),
    ("He dismissed the plan, a view quickly endorsed by the harbour board.", "quickly endorsed",
     "the harbour board", "a view"),
])
def test_reduced_passive_agent_is_the_source(text: str, cue: str, source: str, content: str) -> None:
    found = [x for x in ct.analyze(text).attributions if x.cue.text == cue]
    assert found and found[0].rule == "reduced_passive_by"
    assert found[0].source.span.text == source
    assert found[0].content.text == content


@pytest.mark.parametrize("text, source", [
    ('"The pier is unsafe," Oren Vale said by telephone.', "Oren Vale"),
    ("Oren Vale responded by saying the pier was unsafe.", "Oren Vale"),
])
def test_by_a_means_or_a_gerund_is_no_agent(text: str, source: str) -> None:
    assert any(src == source for _, _, src, _ in _attributions(text))


@pytest.mark.parametrize("text, cue, source", [
    # an inverted speaker's appositive ends before a participle clause, which shares the speaker
    ("''The budget will not pass,'' said Tom Reed, a former party chairman in Ohio, referring "
     "to the mayor's plan.", "referring to", "Tom Reed, a former party chairman in Ohio,"),
    ("''The budget will not pass,'' said Tom Reed, a former party chairman in Ohio, referring "
     "to the mayor's plan.", "said", "Tom Reed, a former party chairman in Ohio,"),
    # an opening prepositional phrase is no subject
    ("Throughout the winter, the harbour pilots stayed home, fearing that the ice would "
     "return.", "fearing", "the harbour pilots"),
    ("Amid complaints from the union, the harbour board published a notice, saying the pier "
     "was safe.", "saying", "the harbour board"),
    ("Outside the town hall, about fifty fishermen gathered, holding signs and chanting that "
     "the pier must stay open.", "chanting", "about fifty fishermen"),
    # the one who released a document speaks through the relative clause about it
    ("Mayor Ann Vale released a short video that said the bridge would open in May.", "said",
     "Mayor Ann Vale"),
    ("The Harbor Gazette ran a piece that noted the ferry was always late.", "noted",
     "The Harbor Gazette"),
    # a verb joined to an open relative clause shares its relative pronoun
    ("The plan won over Ann Lee, who met the mayor and said she liked the new pier.", "said",
     "who"),
    # the object of a verb of causing speaks the infinitive
    ("The storm damage led local fishermen to say that the pier was unsafe.", "say",
     "local fishermen"),
    ("The vote prompted Oren Vale to accuse the council of haste.", "accuse", "Oren Vale"),
    # a verb phrase after an auxiliary is no source of the participle after it
    ("Some fishermen could be heard complaining that the pier was unsafe.", "complaining",
     "Some fishermen"),
    ("You could leave the meeting thinking that the pier was safe.", "thinking", "You"),
])
def test_subject_found_past_a_clause_or_phrase(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


@pytest.mark.parametrize("text, cue, source", [
    # an object relative clause ("which he favors") has no subject relative pronoun
    ("Oren Vale proposed a ferry tax, which he favors and says would fund the pier.", "says",
     "Oren Vale"),
    # a passive's agent in the phrase before a participle stays in the source
    ("The council was angered by the harbour board declaring the pier closed.", "declaring",
     "harbour board"),
])
def test_source_repairs_leave_other_shapes(text: str, cue: str, source: str) -> None:
    found = _source_of(text, cue)
    assert found is not None and found.endswith(source)


@pytest.mark.parametrize("text, cue, source", [
    # a pronoun with a contracted auxiliary is the subject, not a word to skip
    ("The fishermen waited in the hope she'd announce a new ferry schedule.", "announce", "she"),
    # an inverted "wrote X" needs a speaker after the verb, not the object of a named subject
    ("Mara Quill, a councillor who has served two terms on the board, wrote an angry letter "
     "about the pier.", "wrote",
     "Mara Quill, a councillor who has served two terms on the board,"),
    # a time phrase after the aside's comma does not hide the aside
    ("Oren Vale, who has argued with the harbour board all week, on Friday announced a new "
     "ferry schedule.", "announced", "Oren Vale, who has argued with the harbour board all week,"),
    # the agent of a passive before a participle cue speaks
    ("The council was angered by the harbour board declaring the pier closed.", "declaring",
     "the harbour board"),
])
def test_source_past_contraction_aside_or_passive(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


@pytest.mark.parametrize("text", [
    "The mayor is discrediting an earlier report from the Gazette saying the pier was unsafe.",
    "The board, which entered the year predicting that tolls would rise, has changed course.",
])
def test_verb_phrase_is_no_source(text: str) -> None:
    sources = [src for _, _, src, _ in _attributions(text) if src]
    assert not any(src.split()[0].endswith(("ing", "ed")) for src in sources), sources


@pytest.mark.parametrize("text, cue", [
    ("The new toll was first criticized at the spring meeting.", "was first criticized"),
    ("Bo Lee was once asked whether the pier was safe.", "was once asked"),
    ("They're told the pier will close in May.", "told"),
])
def test_passive_with_adverb_or_contraction_has_no_source(text: str, cue: str) -> None:
    rows = [r for r in _attributions(text) if r[1] == cue]
    assert rows and rows[0][0] == "passive_no_agent" and rows[0][2] is None, rows


@pytest.mark.parametrize("text, cue, source", [
    # an opening subordinate clause after a short adverbial holds no subject of the main clause
    ('Last month, when I asked Mayor Quill if she would run again, she looked at the camera '
     'and said, "Never."', "said", "she"),
    ("In a June debate, while most of his rivals called for more ferries, Oren Vale hewed "
     "closer to the board, noting that fares were high.", "noting", "Oren Vale"),
    ("Ever since she endorsed Ms. Pike this month, Tilda Marsh has been a strong surrogate, "
     "attacking the board.", "attacking", "Tilda Marsh"),
    ("Finally, as the meeting came to a close, Mara Quill delivered a sharp line, calling "
     "herself the underdog.", "calling", "Mara Quill"),
    ("Years after Tom Grant claimed that the era of big spending was over, Mara Quill won the "
     "seat by promising more of it.", "promising", "Mara Quill"),
    # an opening participle clause with an embedded question
    ('Asked on Monday whether Mr. Dunn would stay, Mrs. Dunn shook her head and said, "No."',
     "said", "Mrs. Dunn"),
    # a gerund clause after a measure of time, then the subject
    ("Eight years after backing Tom Grant, billionaire owner Mark Fenn endorsed Mara Pike.",
     "backing", "billionaire owner Mark Fenn"),
    # the subject of an embedded "whether" clause is not the clause's subject
    ("Judge Kell put off deciding whether the group could question Pike but said the group "
     "could ask for documents.", "said", "Judge Kell"),
])
def test_source_past_opening_or_embedded_clause(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


@pytest.mark.parametrize("text", [
    "Oren Vale went on to win the seat by a wide margin.",
    "The ferry line continued to lose money all winter.",
])
def test_aspect_verb_before_an_action_is_no_cue(text: str) -> None:
    assert _attributions(text) == []


def test_aspect_verb_before_speech_is_a_cue() -> None:
    assert _source_of("Oren Vale went on to say that the pier was unsafe.", "went on") == "Oren Vale"


@pytest.mark.parametrize("text, cue, source", [
    ("Mara Quill seemed to confirm the report about the pier.", "seemed", "Mara Quill"),
    ("The board appears to deny that fares will rise.", "appears", "The board"),
    ("Oren Vale seems to be tired of the pier.", "seems", None),  # no speech verb: no source
])
def test_evidential_before_speech_verb_names_the_speaker(text: str, cue: str,
                                                         source: str | None) -> None:
    assert _source_of(text, cue) == source


@pytest.mark.parametrize("text, cue, source", [
    # a closing "according to" phrase runs to the end of the sentence
    ("Ferry fares rose by a third, according to a Harbor Gazette survey taken last week.",
     "according to", "a Harbor Gazette survey taken last week"),
    ("The pier will close in May, according to Tilda Marsh, a spokeswoman for the port.",
     "according to", "Tilda Marsh, a spokeswoman for the port"),
    ("The pier will close in May, according to two officials who attended the meeting.",
     "according to", "two officials who attended the meeting"),
    # ... but not into a clause of its own, nor when it opens the content
    ("The pier will close in May, according to the port, but the dockers disagree.",
     "according to", "the port"),
    ("Since June, according to the port, fares have risen by a third.", "according to",
     "the port"),
    # a poll's own details are part of it
    ("In a Harbor Gazette poll released Monday, most residents backed the new pier.", "In",
     "a Harbor Gazette poll released Monday"),
    ("Mayor Ortiz leads by nine points in a Valley Herald survey conducted in May.", "in",
     "a Valley Herald survey conducted in May"),
    # a reflexive or a place word stays with its subject; a document keeps its date
    ("Mayor Ortiz herself has said the fares are too high.", "has said", "Mayor Ortiz herself"),
    ("Dock workers there say the pier is unsafe.", "say", "Dock workers there"),
    ("A Harbor Gazette poll last week found that most residents backed the pier.", "found",
     "A Harbor Gazette poll last week"),
    # an inverted speaker keeps a long appositive, a title in quotes, a "managing" title, "Jr."
    ('"It will not last," said Tilda Marsh, a pollster and strategist on the mayor\'s 2012 '
     "campaign who now advises the port authority, citing the rise in fares over the past "
     "two years and the fall in the number of passengers.", "said",
     "Tilda Marsh, a pollster and strategist on the mayor's 2012 campaign who now advises "
     "the port authority,"),
    ('"It will not last," said Tilda Marsh, the author of "Harbor Lights: A History of the '
     'Port," who studies ferries.', "said",
     'Tilda Marsh, the author of "Harbor Lights: A History of the Port," who studies ferries'),
    ('"It will not last," said Oren Vale, managing director of the ferry company.', "said",
     "Oren Vale, managing director of the ferry company"),
    ('"It will not last," said Oren Vale Jr., a senior port official.', "said",
     "Oren Vale Jr., a senior port official"),
])
def test_source_runs_on_to_what_names_it(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


def test_pronoun_keeps_its_own_span_before_a_reflexive() -> None:
    assert _source_of("She herself has said the fares are too high.", "has said") == "She"


# session 6 (train error analysis of source spans that typed wrongly or not at all)
@pytest.mark.parametrize("text, cue, source", [
    # the walk crossed the verb of its clause: the subject speaks, not the object
    ("Mara Quill spent much of the week portraying the plan as a failure.", "portraying",
     "Mara Quill"),
    ("The harbour council on Wednesday approved a resolution condemning the closure.",
     "condemning", "The harbour council"),
    ("He sent a long memo to the board in April explaining his vote.", "explaining", "He"),
    # a noun cue after a possessor and its adjectives: the possessor speaks
    ("The report questioned Mr. Vale's original pledge to rebuild the pier.", "pledge",
     "Mr. Vale's"),
    ("Voters remembered his stern warning that the pier would fail.", "warning", "his"),
    # a clause without "that": its subject, not the noun it describes
    ("Reopening the pier is something the harbour board wanted to avoid.", "wanted",
     "the harbour board"),
    ("The vote was an offer the harbour board rebuffed as unfair.", "rebuffed", "the harbour board"),
    # a noun cue that is the object of "have": the one who has it
    ("Harbour residents have two main questions: how the pier failed and who pays.", "questions",
     "Harbour residents"),
    # the noun an infinitive describes holds the source
    ("Councillors trying to rescue the pier say the vote came too late.", "say",
     "Councillors trying to rescue the pier"),
    # a time phrase between the source and its cue
    ("The harbour office less than two weeks ago said the pier was safe.", "said",
     "The harbour office"),
    ("Mara Quill on Wednesday morning said the pier was safe.", "said", "Mara Quill"),
    ("Oren Vale in a blog post argued that the pier was safe.", "argued", "Oren Vale"),
    # an aside that names members of the group belongs to the source
    ("Harbour officials \u2014 including the port director, Mara Quill \u2014 have argued that "
     "the pier is safe.", "have argued",
     "Harbour officials \u2014 including the port director, Mara Quill \u2014"),
    # a one-word name before an age and an appositive
    ("Quill, 35, the daughter of the former mayor, said the pier was safe.", "said",
     "Quill, 35, the daughter of the former mayor,"),
    ("Ann Mary May, 60, a doctor, said the clinic was full.", "said", "Ann Mary May, 60, a doctor,"),
])
def test_source_span_repairs_session_6(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


@pytest.mark.parametrize("text, cue, source", [
    # a relative clause keeps its antecedent; a participle before "by" is no verb
    ("Voters who backed the plan said the pier was safe.", "said", "Voters who backed the plan"),
    ("A fundraising email sent out by Oren Vale on Tuesday warned of cuts.", "warned of",
     "A fundraising email sent out by Oren Vale"),
    # a date after a participle belongs to the document
    ("A poll released Sunday showed the plan losing support.", "showed", "A poll released Sunday"),
    # a name before a noun cue is not cut: "his mother" speaks
    ("His mother refused to comment on the plan.", "refused", "His mother"),
])
def test_session_6_repairs_leave_other_shapes(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


@pytest.mark.parametrize("text, cue, source", [
    # session 7: a noun and a clause without "that" after a comma: the clause's subject speaks
    ("The ferry will stop at night, a point the harbour master acknowledged on Monday.",
     "acknowledged", "the harbour master"),
    ("The council raised the fee, an arrangement the harbour board has criticized.",
     "has criticized", "the harbour board"),
    # an "-ing" aside between the name and the cue is no part of the source
    ("Oren Vale, recalling his years on the docks, said the pier must stay open.", "said",
     "Oren Vale"),
    ("Sen. Mara Quill, D-Maine, citing a new report, said the port was safe.", "said",
     "Sen. Mara Quill, D-Maine,"),
    # ... but "including" and a title's "-ing" word belong to it
    ("Several harbour pilots, including Ann Ross, said the channel was too shallow.", "said",
     "Several harbour pilots, including Ann Ross,"),
    ("Ann Ross, acting director of the port, said the channel was too shallow.", "said",
     "Ann Ross, acting director of the port,"),
    # the full stop of an abbreviation and a per cent sign close the source
    ("The F.B.I. has said the files were lost.", "has said", "The F.B.I."),
    ("Tom Lee Jr. told reporters the pier would close.", "told", "Tom Lee Jr."),
    ("Sen. Mara Quill (D-Ore.) said the bill was dead.", "said", "Sen. Mara Quill (D-Ore.)"),
    ("Among voters in the county, 42% say the pier should close.", "say", "42%"),
    # ... but not a full stop that ends the sentence or comes before a quotation
    ('"We will rebuild," said Ann Ross of Portland, Ore.', "said", "Ann Ross of Portland, Ore"),
    ('"We will rebuild," said Ann Ross of Portland, Ore. "The town wants it."', "said",
     "Ann Ross of Portland, Ore"),
])
def test_session7_source_spans(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


# session 7, Reuters-21578 sample: a wire dateline, a lone date and a deadline after "by" were
# taken as sources; these sentences are written for the test, with invented names
@pytest.mark.parametrize("text, cue, source", [
    # the dateline is no part of an opening name, so the speaker after "said" is found
    ("HARBOUR NEWS\n\nPORTSIDE, March 20 - Ferry traffic will recover in the third quarter, "
     "said Mara Quill, a director of the harbour board.", "said",
     "Mara Quill, a director of the harbour board"),
    ("PORTSIDE, Del., May 2 (Reuters) - Oren Vale, chairman of Tarrow Lines Inc, said the "
     "ferry would sail.", "said", "Oren Vale, chairman of Tarrow Lines Inc,"),
    ("PORTSIDE \u2014 Oren Vale, a pilot with the port, said the pier was unsafe.", "said",
     "Oren Vale, a pilot with the port,"),
    # a lone date before the verb: the speaker is further left, or the date leaves the phrase
    ("Commissioner Mara Quill, saying the port cannot wait, today urged lawmakers to act.",
     "urged", "Commissioner Mara Quill"),
    ("Tarrow Lines Inc today said it would add two ferries.", "said", "Tarrow Lines Inc"),
    ("The harbour board yesterday said the pier was unsafe.", "said", "The harbour board"),
    # session 7: a season after "last", a date after a modal, an opening adverbial before "it"
    ("The harbour board last summer warned that the pier was unsafe.", "warned",
     "The harbour board"),
    ("Tarrow Lines will today announce that it will add two ferries.", "announce", "Tarrow Lines"),
    ("In addition it said the pier was unsafe.", "said", "it"),
    ("Moreover it said the pier was unsafe.", "said", "it"),
    # session 9 (Reuters sample): "In addition" before a named source
    ("In addition Tarrow Lines said the pier was unsafe.", "said", "Tarrow Lines"),
    ("In contrast dock workers said the pier was unsafe.", "said", "dock workers"),
    ("Earlier this week harbour pilots said the pier was unsafe.", "said", "harbour pilots"),
    ("Last year Tarrow Lines said the pier was unsafe.", "said", "Tarrow Lines"),
    ("A report on it said the pier was unsafe.", "said", "A report on it"),
    ("The pilot who found it said the pier was unsafe.", "said", "The pilot who found it"),
])
def test_dateline_and_date_are_no_part_of_the_source(text: str, cue: str, source: str) -> None:
    assert _source_of(text, cue) == source


def test_today_before_a_present_tense_stays_in_the_source() -> None:
    # "nowadays", not a date: PolNeAR keeps it in the source
    assert _source_of("Harbour pilots today argue that the pier is unsafe.", "argue") \
        == "Harbour pilots today"


@pytest.mark.parametrize("text, cue", [
    ("The ferry is expected to sail by the summer.", "is expected"),
    ("Ferry traffic is expected to grow by 25 to 30 pct this year.", "is expected"),
    ("The sale is scheduled to be concluded by March 31, the company said.", "be concluded"),
])
def test_a_deadline_or_margin_after_by_is_no_agent(text: str, cue: str) -> None:
    found = [(c, src) for _, c, src, _ in _attributions(text) if c == cue]
    assert all(src is None for _, src in found)


def test_a_share_of_people_after_by_is_an_agent() -> None:
    text = "The harbour levy was rejected by 58.5 percent of voters."
    assert _source_of(text, "was rejected") == "58.5 percent of voters"


@pytest.mark.parametrize("text, source, kind", [
    ('"We grow stronger with every vote," read the email.', "the email", "document"),
    ('"Stop the tolls," read the sign.', "the sign", "document"),
])
def test_read_after_a_quotation_names_its_document(text: str, source: str, kind: str) -> None:
    # PolNeAR train: 4 of 4 such uses annotated ('"...," read the statement')
    assert [(r[2], r[3]) for r in _attributions(text)] == [(source, kind)]


def test_no_inverted_speaker_from_a_preposition() -> None:
    # "Vale, asked about the deal, said ...": "about the deal" is what he was asked, no speaker
    rows = _attributions("Oren Vale, asked about the deal, said it was bad for the harbour.")
    assert not any(r[2].startswith("about") for r in rows)


@pytest.mark.parametrize("text, source", [
    ("Women gave 40 percent, according to an analysis by Brenpac, a fundraising website, higher "
     "than in any cycle on record.", "an analysis by Brenpac, a fundraising website"),
    ("Most of it came from women, according to Brenpac, the most of any candidate by far.",
     "Brenpac"),
    ("The talks stalled, according to Oren Vale, a lawyer for the family.",
     "Oren Vale, a lawyer for the family"),
])
def test_a_closing_according_to_source_stops_before_a_comparison(text: str, source: str) -> None:
    assert _source_of(text, "according to") == source


# session 11: a quotation signed on its own line, and an embedded post's credit line
def test_quotation_signed_after_a_dash_on_its_line() -> None:
    text = ("Harbor Workers Share Their Thoughts On The Pier.\n\nHere is what they told us.\n\n"
            "\u201cThe pier kept this town alive. It can again.\u201d \u2015 Mara Quill\n"
            "\u201cWe need the ferry back, and we need it now.\u201d\u00a0\u2015 Oren Vale\u00a0\n")
    a = ct.analyze(text)
    rows = [(x.rule, x.cue.text, x.source.span.text, x.source_class.value, x.content.text)
            for x in a.attributions if x.rule == "signature"]
    assert rows == [
        ("signature", "\u2015", "Mara Quill", "named_person",
         "\u201cThe pier kept this town alive. It can again.\u201d"),
        ("signature", "\u2015", "Oren Vale", "named_person",
         "\u201cWe need the ferry back, and we need it now.\u201d"),
    ]


def test_quotation_inside_a_sentence_signed_by_its_reporter_is_no_signature() -> None:
    rows = _attributions('Vale insisted that his party was "still the first force."--Mara Quill.')
    assert [(rule, cue, src) for rule, cue, src, _ in rows] == \
        [("source_verb_content:speech", "insisted", "Vale")]


@pytest.mark.parametrize("text, source, content", [
    ('<tweet id="1" author="@maraquill">Why is the pier still shut? #harbor \u2014 Mara Quill '
     '(@maraquill) September 1, 2016</tweet>.', "Mara Quill (@maraquill)",
     "Why is the pier still shut? #harbor"),
    ("The ferry is back. pic.twitter.com/abc123\n\u2015 Oren Vale (@orenvale) May 2, 2016",
     "Oren Vale (@orenvale)", "The ferry is back."),
    ("The vote was a disgrace.\n\n\u2015 Harbor League (@harborleague) May 2, 2016",
     "Harbor League (@harborleague)", "The vote was a disgrace."),
])
def test_embedded_post_is_attributed_to_its_credited_author(text: str, source: str,
                                                           content: str) -> None:
    a = ct.analyze(text)
    rows = [(x.cue.text, x.source.span.text, x.content.text)
            for x in a.attributions if x.rule == "tweet_credit"]
    assert len(rows) == 1 and rows[0][1:] == (source, content)
    assert rows[0][0] in ("\u2014", "\u2015")
