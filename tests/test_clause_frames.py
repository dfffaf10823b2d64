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
