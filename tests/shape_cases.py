"""Helpers shared by the shape tests on invented text (sessions 17 and 18).

>>> source_class("Jane Doe said the plan would pass.", "Jane Doe").value
'named_person'
"""

from __future__ import annotations

from claimtrace import analyze
from claimtrace.model import SourceClass


def all_attributions(text: str) -> list[tuple[str, str | None, SourceClass | None]]:
    """(cue, source, class) for every attribution, in text order."""
    return [(a.cue.text, a.source.span.text if a.source else None, a.source_class)
            for a in analyze(text).attributions]


def source_class(text: str, source: str) -> SourceClass | None:
    """The class of the attribution whose source is exactly ``source`` (the last one)."""
    found = [kind for _, src, kind in all_attributions(text) if src == source]
    assert found, all_attributions(text)
    return found[-1]
