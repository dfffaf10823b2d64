"""False senses (claimtrace.false_senses): a reporting-verb form used in a sense that reports
nothing gives no attribution, while the reporting use next to it still does."""

from __future__ import annotations

import pytest

from claimtrace import analyze
from claimtrace.cues import find_cues
from claimtrace.false_senses import false_sense


def _cue_texts(text: str) -> list[str]:
    return [a.cue.text for a in analyze(text).attributions]


@pytest.mark.parametrize("text, word", [
    ('Joe Baker, star of the cable reality show "Cake Kings," praised the governor.', "show"),
    ("Nearly two thousand farmers showed up at the fair on Sunday.", "showed"),
    ("The two firms called off a merger after the new tax rule.", "called"),
    ("The governor did not back down, even after the vote.", "back"),
    ("The senator won the primary in Ohio, adding to her lead in the race.", "adding"),
    ("The mayor has given three speeches since announcing his bid.", "announcing"),
    ("The council passed the budget without naming a new treasurer.", "naming"),
    ("The mayor leads the field with 41 percent support, and her rival trails.", "support"),
    ("Asked about the tax, the governor gave a vague answer.", "answer"),
    ("The museum marked the anniversary of the 2001 attacks.", "attacks"),
    ("A report issued this month by the agency lists the closures.", "issued"),
    ("The trade pact negotiated by the last governor will lapse.", "negotiated"),
    ("The most telling detail of the race is the turnout.", "telling"),
    ("The state economy added 12,000 jobs in March.", "added"),
    ("The fund met twice in May. All told, the group raised $2 million.", "told"),
    ("They came from Ohio, and all told, the crowd topped 5,000.", "told"),
])
def test_no_attribution_from_a_false_sense(text: str, word: str) -> None:
    assert not any(word in cue for cue in _cue_texts(text))


@pytest.mark.parametrize("text, word", [
    ("The mayor said the roads would be fixed by June.", "said"),
    ("Polls show the senator ahead by ten points.", "show"),
    ("The governor added that the vote would wait.", "added"),
    ("Since announcing his bid, he has said the tax must go.", "said"),
    ("Town records show the pool was closed in May, aides say.", "say"),
    ("The union issued a statement saying the strike would end.", "issued"),
    ("The mayor added a warning that the bridge would close.", "added"),
])
def test_reporting_use_still_counts(text: str, word: str) -> None:
    assert any(word in cue for cue in _cue_texts(text))


@pytest.mark.parametrize("text, word", [
    ("The senator, a Democrat, issued on Monday a plea for calm.", "issued"),  # after apposition
    ("Critics attacked the plan, and the mayor posted on Facebook that it would go on.", "posted"),
    ("Many in the party hope, aides say, that the vote will wait.", "hope"),
])
def test_verb_uses_are_no_false_sense(text: str, word: str) -> None:
    cue = next(c for c in find_cues(text, 0, len(text), []) if word in text[c.start:c.end])
    assert not false_sense(text, cue)


def test_passive_phrasal_is_kept() -> None:
    text = "The mayor was written off as a dreamer by the press."
    cue = next(c for c in find_cues(text, 0, len(text), []) if "written" in text[c.start:c.end])
    assert not false_sense(text, cue)


@pytest.mark.parametrize("text", [
    "UPDATE: The shop said it would reopen the store on Friday.",
    "BYLINE: Jane Roe.",
    "Correction: An earlier version of this story gave the wrong date for the vote.",
])
def test_rubric_label_is_no_speaker(text: str) -> None:
    assert not any(a.cue.text == ":" for a in analyze(text).attributions)


def test_transcript_speaker_label_is_kept() -> None:
    text = "HOST: What do you make of the new budget plan for the city?"
    assert any(a.cue.text == ":" for a in analyze(text).attributions)


@pytest.mark.parametrize(("text", "source", "kind"), [
    # session 6: "state" as an adjective, a company name in the possessive, an all-caps acronym
    ('"The plan will fail," state television said.', "state television", "media"),
    ("Moody's said the bank would lose its rating.", "Moody's", "named_org"),
    ("The WHO said the outbreak was over.", "WHO", "named_org"),
])
def test_sources_that_looked_like_other_words(text: str, source: str, kind: str) -> None:
    found = [(a.source.span.text, a.source_class.value) for a in analyze(text).attributions if a.source]
    assert (source, kind) in found, found


@pytest.mark.parametrize(("text", "form"), [
    # session 7, business news: a reporting verb in its market sense
    ("Output grew 2 pct after declining 7.3 pct in 1986.", "declining"),
    ("Trade between the two countries declined 12 pct last year.", "declined"),
    ("Brellin Corp offered 34 dlrs a share for the publisher.", "offered"),
    ("Halvor Bank is offering 125 mln dlrs of subordinated notes due 1997.", "offering"),
    ("Halvor Corp said it is offering 5.5 mln shares of its common stock.", "offering"),
    ("The trade balance showed a deficit of 300 mln stg in May.", "showed"),
    ("Sour crude grades showed an increase of 33 cts a barrel.", "showed"),
    ("Inflation fell from 12 points to 9.1 pct.", "points to"),
    ("The rise was 7.9 pct compared with 5.7 pct in January.", "compared"),
    ("Its board declared a two-for-one stock split.", "declared"),
    ("The company declared its first dividend since 1978.", "declared"),
    ("It withdrew the ratings on the senior debt and preferred stock.", "preferred"),
    ("The price is 19 mln dlrs in cash and 10 pct redeemable preferred.", "preferred"),
    # session 9, Reuters sample: a fall or the noun "decline", a company's results, an issue of
    # securities
    ("The Dow plunged to 1844.97, a 404 point decline in the leading indicator.", "decline"),
    ("Output declined sharply in recent weeks.", "declined"),
    ("Beef output declined to 104,353 tonnes in January.", "declined"),
    ("The dollar declined to close at 1.83 marks.", "declined"),
    ("Investment by textile firms will decline by 11 pct.", "decline"),
    ("Halvor Corp posted net income of 41.9 mln dlrs.", "posted"),
    ("U.S. retailers posted stronger than expected sales in February.", "posted"),
    ("The central bank issued 7.08 billion dlrs of certificates of deposit.", "issued"),
    ("It will pay with about 11 mln newly issued common shares.", "issued"),
    ("Halvor Oil said it raised posted prices for two grades of crude.", "posted"),
])
def test_market_senses(text: str, form: str) -> None:
    cue = next(c for c in find_cues(text, 0, len(text), []) if text[c.start:c.end].endswith(form))
    assert false_sense(text, cue)


@pytest.mark.parametrize(("text", "form"), [
    ("The senator offered $30 billion over ten years for the coal towns.", "offered"),
    ("A survey showed a rise in consumer confidence.", "showed"),
    ("The new poll by the Halvor Institute showed an increase in support for the plan.", "showed"),
    ("He declined to comment on the offer.", "declined"),
    ("The center has declined for years to reveal its donors.", "declined"),
    ("She declined that assignment and has since left the network.", "declined"),
    ("Doe declined, saying the plan was flawed.", "declined"),
    ("Trump posted a message on Twitter saying he would win.", "posted"),
    ("The DNC issued a statement apologizing to Sanders.", "issued"),
    ("The mayor declared that the curfew was over.", "declared"),
    ("She preferred that the vote wait until May.", "preferred"),
    ("The data points to a slowdown, she said.", "points to"),
    ("Doe compared the plan to a tax on the poor.", "compared"),
])
def test_market_senses_keep_reports(text: str, form: str) -> None:
    cue = next(c for c in find_cues(text, 0, len(text), []) if text[c.start:c.end].endswith(form))
    assert not false_sense(text, cue)


@pytest.mark.parametrize(("text", "form"), [
    # session 7: other senses of "call", "name", "propose", "continue", "support", "forecast"
    ("The memorial inevitably called to mind the riots of 1968.", "called"),
    ("Her record was called into question by the audit.", "called"),
    ("The mayor called Ms. Varga to congratulate her on the win.", "called"),
    ("The senator called both rivals Tuesday night.", "called"),
    ("The race was called shortly after nine, and the winner spoke.", "was called"),
    ("She ran a small shop called Bread First in the valley.", "called"),
    ("The plan relies on a formula called the \"rolling average\" for payments.", "called"),
    ("The following proposed stock offerings were filed with the agency.", "proposed"),
    ("The few proposed foreign investments include two banks.", "proposed"),
    ("Her three proposed bills never reached the floor.", "proposed"),
    ("The firm warned of losses despite continued growth in sales.", "continued"),
    ("The strike continued today in the northern ports.", "continued"),
    ("Steel prices have continued to fall this year.", "have continued"),
    ("Grain prices (continued) - Wheat rose in the week.", "continued"),
    ("The notes, supported by a letter of credit, mature in 1995.", "supported"),
    ("Few analysts published precise earnings forecasts for the bank.", "forecasts"),
])
def test_other_senses_of_reporting_verbs(text: str, form: str) -> None:
    cue = next(c for c in find_cues(text, 0, len(text), []) if text[c.start:c.end].endswith(form))
    assert false_sense(text, cue)


@pytest.mark.parametrize(("text", "form"), [
    ("The senator denounced what he called a disgrace to the state.", "called"),
    ("The senator called for a recount in two counties.", "called for"),
    ("Doe called the ruling \"a travesty.\"", "called"),
    ("The mayor called the plan a tax on the poor.", "called"),
    ("Jones, a lawyer, called Smith a liar.", "called"),
    ("A group of party leaders is calling a meeting to discuss the rules.", "calling"),
    ("The group called Voters First said it would sue.", "said"),
    ("The police named Joe Doe as a suspect in the fire.", "named"),
    ("The governor proposed a new tax on fuel.", "proposed"),
    ("\"We will win,\" he continued.", "continued"),
    ("The letter continued: \"We reject the offer.\"", "continued"),
    ("The mayor continued to insist that the bridge was safe.", "continued"),
    ("Most voters in the county supported the tax.", "supported"),
    ("The ministry forecasts growth of 2 pct next year.", "forecasts"),
    ("The aides all told reporters, off the record, that the vote was lost.", "told"),
])
def test_reporting_senses_kept(text: str, form: str) -> None:
    cue = next(c for c in find_cues(text, 0, len(text), []) if text[c.start:c.end].endswith(form))
    assert not false_sense(text, cue)


@pytest.mark.parametrize(("text", "found"), [
    # session 12, PolNeAR train: "cast X as Y" characterises (16 of 24 annotated); the verb
    # alone does not ("cast a ballot", "cast doubt on")
    ("Cruz cast himself as a Washington outsider.", True),
    ("Sanders has cast former secretary of State Hillary Clinton as unqualified.", True),
    ("Voters cast ballots on Monday.", False),
    ("The report cast doubt on the plan.", False),
    ("Clinton framed the vote as a referendum on Trump.", True),
    ("He positioned himself as an outsider.", True),
    ("The company positioned its trucks near the border.", False),
])
def test_cast_as_characterises(text: str, found: bool) -> None:
    assert bool(analyze(text).attributions) is found
