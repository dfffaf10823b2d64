"""Content pieces: where a content starts and ends, and which pieces it has.

The sentences are the project's own. Each row gives the cue and the exact text of every
content fragment, in order.
"""

from __future__ import annotations

import pytest

from claimtrace import Pattern, analyze

ROWS = [
    # a cue set off by commas inside its own content: the words on both sides
    ("The budget office, the senator said, underestimated the cost.", "said",
     ["The budget office", "underestimated the cost"]),
    ("In the end, the mayor said, the city will have to raise taxes.", "said",
     ["In the end", "the city will have to raise taxes"]),
    # "He said, "..."": the whole quotation, without the comma
    ('The mayor answered, "I have no idea. We are old friends."', "answered",
     ['"I have no idea. We are old friends."']),
    # an -ing clause after the cue is an attribution of its own; the quotes are the content
    ('"We will win this fight," the senator said, pointing to the latest polls. '
     '"Nobody should doubt it."', "said",
     ['"We will win this fight,"', '"Nobody should doubt it."']),
    # circumstance after the cue ("of the proposal", "the crowd of volunteers")
    ('"The plan is sound," the economist said of the proposal. "It will pay for itself."', "said",
     ['"The plan is sound,"', '"It will pay for itself."']),
    ('"We are leaving the old party behind," the candidate told the crowd of volunteers. '
     '"It is time for something new."', "told",
     ['"We are leaving the old party behind,"', '"It is time for something new."']),
    # adverbials between the cue and its clause are not content
    ("The senator said on Tuesday that the bill would pass.", "said",
     ["that the bill would pass"]),
    ("The lawyer wrote in a court filing that the request was futile.", "wrote",
     ["that the request was futile"]),
    ('The governor wrote on Facebook: "We are ready for the storm."', "wrote",
     ['"We are ready for the storm."']),
    # a paragraph that is only a quotation continues the quote before it
    ('"The storm is coming," the governor said.\n\n"Stay at home and keep your family safe."\n\n'
     "The roads were closed later.", "said",
     ['"The storm is coming,"', '"Stay at home and keep your family safe."']),
    # a content-first quote led by other words still continues after the cue
    ('Sooner or later, "we will need a new bridge," the engineer said. "The old one is failing."',
     "said", ['Sooner or later, "we will need a new bridge,"', '"The old one is failing."']),
]


def _content_of(text: str, cue: str) -> list[str]:
    found = [a for a in analyze(text).attributions if a.cue.text == cue]
    assert found, f"no attribution with cue {cue!r}"
    return [f.text for f in found[0].content.fragments]


@pytest.mark.parametrize(("text", "cue", "pieces"), ROWS)
def test_content_pieces(text: str, cue: str, pieces: list[str]) -> None:
    assert _content_of(text, cue) == pieces


def test_pieces_are_text_slices() -> None:
    for text, _, _ in ROWS:
        for a in analyze(text).attributions:
            for f in a.content.fragments:
                assert text[f.start:f.end] == f.text


def test_aside_with_participle_is_content_first() -> None:
    text = '"We will win this fight," the senator said, pointing to the latest polls.'
    said = next(a for a in analyze(text).attributions if a.cue.text == "said")
    assert said.pattern is Pattern.CONTENT_SOURCE_VERB


def test_relative_that_after_adverbial_is_kept_when_a_clause_intervenes() -> None:
    # "that" after a subject pronoun opens no clause of the cue: content starts at the cue
    text = "The senator said on Friday he met the governor and that they agreed on the plan."
    assert _content_of(text, "said")[0].startswith("on Friday he met")


def test_quote_paragraph_with_its_own_cue_is_not_continued() -> None:
    text = ('"The storm is coming," the governor said.\n\n'
            '"Stay at home," the mayor added.')
    assert _content_of(text, "said") == ['"The storm is coming,"']


@pytest.mark.parametrize(("text", "content"), [
    # session 6: a time or an occasion between the cue and a clause without "that"
    ("Jason Mill said Monday the plan would fail.", "the plan would fail"),
    ("The mayor said in a statement the bridge would close.", "the bridge would close"),
    ("The mayor said later Ohio would pay.", "Ohio would pay"),
])
def test_content_after_a_time_without_that(text: str, content: str) -> None:
    a = analyze(text)
    assert [at.content.fragments[0].text for at in a.attributions if at.cue.text == "said"] == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # session 7: the preposition a cue takes belongs to the cue, not the content
    ("The mayor complained about the noise from the new stadium.", "complained about",
     "the noise from the new stadium"),
    ("The economist warned against a second tax cut.", "warned against", "a second tax cut"),
    # ... but not a number or a circumstance before a that-clause
    ("The agency reported about 40 cases last week.", "reported", "about 40 cases last week"),
])
def test_cue_preposition(text: str, cue: str, content: str) -> None:
    assert _content_of(text, cue) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # session 7: a recipient or a stretch of time between the cue and its that-clause
    ("The governor wrote to the council that the budget was too small.", "wrote",
     "that the budget was too small"),
    ("The senator has argued for months that the tax is unfair.", "has argued",
     "that the tax is unfair"),
    ("The mayor left early, telling reporters that the talks had failed.", "telling",
     "that the talks had failed"),
])
def test_content_after_recipient_or_time(text: str, cue: str, content: str) -> None:
    assert _content_of(text, cue) == [content]


def test_quote_opened_in_content_runs_to_its_close() -> None:
    # session 7: a quotation that opens inside the content and closes a sentence later
    text = 'The coach said that the team "played its best game. Nobody can stop us now."'
    assert _content_of(text, "said") == ['that the team "played its best game. Nobody can stop us now."']
