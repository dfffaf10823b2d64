"""Subjects of participles, gerunds and coordinated verbs (claimtrace.clause_frames)."""

from __future__ import annotations

import pytest

from claimtrace.clause_frames import clause_start, participle, sentence_subject
from claimtrace.cues import find_cues
from claimtrace.frame_context import Ctx, RawAttribution
from claimtrace.model import Pattern, Sentence, Span


def _ctx(text: str, found: list[RawAttribution] | None = None) -> Ctx:
    return Ctx(text, Sentence(0, Span.of(text, 0, len(text)), 0), [], None, found or [])


def _raw(text: str, source: str, cue: str, content: tuple[int, int]) -> RawAttribution:
    s = text.index(source)
    c = text.index(cue)
    return RawAttribution((c, c + len(cue)), (s, s + len(source)), [content],
                          Pattern.SOURCE_VERB_CONTENT, 0, "test", "")


def _subject(ctx: Ctx, cue_word: str) -> str:
    span = sentence_subject(ctx, ctx.text.index(cue_word))
    return "" if span is None else ctx.text[span[0]:span[1]]


@pytest.mark.parametrize("text, cue, subject", [
    ("The harbour master closed the pier, saying the storm was near.", "saying", "The harbour master"),
    ("Tilda Marsh left early, and the village clerk replied by saying nothing had changed.",
     "saying", "the village clerk"),
    ("While Tilda Marsh hesitated, Oren Vale accepted, adding that the plan was sound.",
     "adding", "Oren Vale"),
    ("Hundreds of striking bakers marched downtown, chanting that bread is a right.",
     "chanting", "Hundreds of striking bakers"),
])
def test_clause_subject_without_earlier_source(text: str, cue: str, subject: str) -> None:
    assert _subject(_ctx(text), cue) == subject


def test_outer_source_beats_nested_one() -> None:
    text = "Ms. Ferro said the inspector believes the dam will hold, adding that repairs are done."
    outer = _raw(text, "Ms. Ferro", "said", (text.index("the inspector"), len(text) - 1))
    nested = _raw(text, "the inspector", "believes", (text.index("the dam"), len(text) - 1))
    assert _subject(_ctx(text, [outer, nested]), "adding") == "Ms. Ferro"


def test_earlier_source_of_another_clause_is_skipped() -> None:
    text = "Ms. Ferro said the dam held; the engineers stayed on site, noting that rain was due."
    said = _raw(text, "Ms. Ferro", "said", (text.index("the dam"), text.index(";")))
    assert _subject(_ctx(text, [said]), "noting") == "the engineers"


def test_without_cue_position_the_last_earlier_source_is_kept() -> None:
    text = "Ms. Ferro said the dam held and warned of rain."
    said = _raw(text, "Ms. Ferro", "said", (text.index("the dam"), len(text) - 1))
    assert sentence_subject(_ctx(text, [said])) == said.source


def test_clause_start_skips_opening_subordinate_clause() -> None:
    text = "When the rain came, the harbour master waited"
    assert text[clause_start(text, 0, len(text)):].strip() == "the harbour master waited"


def test_participle_frame_uses_clause_subject() -> None:
    text = "Tilda Marsh lost the vote, and the village clerk replied, saying the count was fair."
    cue = next(c for c in find_cues(text, 0, len(text), []) if text[c.start:c.end] == "saying")
    raw = participle(_ctx(text), cue)
    assert raw is not None and raw.rule == "participle_subject"
    assert text[raw.source[0]:raw.source[1]] == "the village clerk"


def test_dummy_it_is_no_subject() -> None:
    text = "It is hard to say whether the ferry will run."
    assert _subject(_ctx(text), "say") == ""


@pytest.mark.parametrize("text, cue, subject", [
    # an irregular past is the clause's verb, not part of its subject
    ("President Mara Quill met workers on Tuesday and said the plant would stay open.",
     "said", "President Mara Quill"),
    # a dateline and an "-s" verb right after a name
    ("DUNMORE, Ore. (Reuters) - The ferry operator Coastline runs a fleet and says fares "
     "will rise.", "says", "The ferry operator Coastline"),
    # an opening subordinate clause ("Just before ...,") hides no subject of its own
    ("Just before the ferry left, the harbour pilot needed help and asked for volunteers.",
     "asked", "the harbour pilot"),
    # an opening participle phrase is skipped to its comma
    ("Rallying dock workers who are owed wages, Mayor Tilda Marsh spoke here and promised "
     "to pay them.", "promised", "Mayor Tilda Marsh"),
    # a participle aside between the subject and its verb
    ("Harbour unions, looking for a way to end the strike, seized the quay and said they "
     "would stay.", "said", "Harbour unions"),
])
def test_coordinated_verb_shares_main_verb_subject(text: str, cue: str, subject: str) -> None:
    assert _subject(_ctx(text), cue) == subject


@pytest.mark.parametrize("text", [
    "There were more protests, such as when Oren Vale blocked the road and called it a right.",
    "It is hard to see the plan work and say it is fair.",
])
def test_no_coordinated_subject_after_dummy_or_subordinate(text: str) -> None:
    cue = "called" if "called" in text else "say it"
    assert _subject(_ctx(text), cue) == ""


@pytest.mark.parametrize("text, cue, source", [
    ("Mayor Tilda Marsh paused, then revealed why the pier had closed.", "then revealed",
     "Mayor Tilda Marsh"),
    ("Oren Vale offered the clerk a job, then says he will welcome advice from anyone.",
     "then says", "Oren Vale"),
    ("Ms. Ferro has backed the levy but has since said she now doubts it will pass.",
     "has since said", "Ms. Ferro"),
    ("Mayor Ortiz freed up funds for the pier and on Monday announced the work would start.",
     "announced", "Mayor Ortiz"),
])
def test_coordinated_cue_after_then_or_time_words(text: str, cue: str, source: str) -> None:
    from claimtrace import analyze
    found = [(a.cue.text, a.source and a.source.span.text) for a in analyze(text).attributions]
    assert (cue, source) in found, found
