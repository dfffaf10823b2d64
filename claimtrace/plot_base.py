"""What every claimtrace chart shares: class order, ink colours, label shortening, empty axes.

:data:`MIX_COLUMNS` is the stacking (and legend) order of the claim classes, with the
:func:`claimtrace.metrics.article_table` column counting each.  :func:`shorten` makes a
one-line label that matplotlib draws as typed.  ``_new_axes`` gives a figure-less Axes
(no pyplot, no backend chosen) and ``_empty`` writes a "nothing to draw" message on one.
Used by :mod:`claimtrace.plot` and :mod:`claimtrace.plot_graph`; matplotlib is imported
inside the functions.

>>> [key for key, _ in MIX_COLUMNS][:3]
['named_person', 'named_org', 'media']
>>> print(shorten("Costs rose $5m,   officials said", 40))
Costs rose \\$5m, officials said
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes


#: Claim classes in stacking order, with the article_table column that counts them.
MIX_COLUMNS: tuple[tuple[str, str], ...] = (
    ("named_person", "claims_class_named_person"),
    ("named_org", "claims_class_named_org"),
    ("media", "claims_class_media"),
    ("document", "claims_class_document"),
    ("anonymous", "claims_class_anonymous"),
    ("mixed", "claims_class_mixed"),
    ("unknown", "claims_class_unknown"),
    ("unattributed", "n_unattributed_claims"),
)
_SPACES = re.compile(r"\s+")
_INK = "#222222"
_EDGE = "#555555"


def shorten(label: Any, limit: int = 28) -> str:
    """One-line label of at most ``limit`` characters (an ellipsis marks a cut).

    >>> shorten("Secretary of State Mike Pompeo of the United States", 20)
    'Secretary of State…'
    """
    text = _SPACES.sub(" ", str(label)).strip()
    if len(text) > limit:
        cut = text[:limit - 1]
        if " " in cut[limit // 2:]:
            cut = cut[:cut.rfind(" ")]
        text = cut.rstrip(" ,;:-") + "…"
    return text.replace("$", r"\$")  # a "$" would start matplotlib mathtext


def _new_axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, layout="constrained")
    return fig.add_subplot()


def _empty(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            color=_EDGE, fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax
