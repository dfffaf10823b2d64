"""Safe HTML markup of text: escaping, and highlight spans that may nest or overlap.

:func:`esc` escapes any value for HTML text or a quoted attribute.  :func:`render_marks`
escapes a text and wraps each ``_Mark`` range (start, end, rank, classes, title, anchor)
in a ``<span>``; it sweeps the sorted mark boundaries and closes and re-opens a span that
crosses another, so the output is always well nested, and a mark's ``id`` goes on its first
piece only.  A smaller rank is the outer span.  :mod:`claimtrace.display` builds the marks
of an analysis (sources, cues, claims, contents, noise) and re-exports these names.

>>> marks = [_Mark(0, 5, 0, "outer"), _Mark(3, 8, 1, "cross", "a <b>", anchor="x")]
>>> render_marks("Hi & hello", marks)
'<span class="outer">Hi <span class="cross" id="x" title="a &lt;b&gt;">&amp; </span></span><span class="cross" title="a &lt;b&gt;">hel</span>lo'
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["esc", "render_marks"]


def esc(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute.

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape("" if value is None else str(value), quote=True)


@dataclass(frozen=True)
class _Mark:
    """One highlighted span: rank orders nesting (smaller = outer)."""

    start: int
    end: int
    rank: int
    classes: str
    title: str = ""
    anchor: str = ""


def _open_tag(mark: _Mark, with_anchor: bool) -> str:
    attrs = f' class="{esc(mark.classes)}"'
    if with_anchor and mark.anchor:
        attrs += f' id="{esc(mark.anchor)}"'
    if mark.title:
        attrs += f' title="{esc(mark.title)}"'
    return f"<span{attrs}>"


def render_marks(text: str, marks: Iterable[_Mark]) -> str:
    """Escape ``text`` and wrap each mark's range in a ``<span>``; output is well nested.

    A mark that crosses another is closed and re-opened around it; its ``id`` goes
    on the first piece only.

    >>> render_marks("a < b", [_Mark(4, 5, 0, "ct-src", anchor="s1")])
    'a &lt; <span class="ct-src" id="s1">b</span>'
    """
    ordered = sorted(set(marks), key=lambda m: (m.start, m.rank, -m.end, m.classes, m.title, m.anchor))
    key = {m: (m.rank, m.start, -m.end, i) for i, m in enumerate(ordered)}
    bounds = sorted({0, len(text), *(m.start for m in ordered), *(m.end for m in ordered)})
    out: list[str] = []
    stack: list[_Mark] = []
    active: set[_Mark] = set()
    anchored: set[_Mark] = set()
    nxt = 0
    for i, pos in enumerate(bounds[:-1]):
        active = {m for m in active if m.end > pos}
        while nxt < len(ordered) and ordered[nxt].start <= pos:
            active.add(ordered[nxt])
            nxt += 1
        want = sorted(active, key=key.__getitem__)
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        for m in want[keep:]:
            out.append(_open_tag(m, m not in anchored))
            anchored.add(m)
        stack = want
        out.append(html.escape(text[pos:bounds[i + 1]], quote=False))
    out.extend("</span>" for _ in stack)
    return "".join(out)
