"""matplotlib charts of sourcing.  Every function takes ``ax=None`` and returns the Axes.

Colours come from :data:`claimtrace.display.PALETTE` (Okabe-Ito, colour-blind safe), the
same colours the HTML highlighting uses.  matplotlib is imported inside the functions,
and nothing here picks a backend or shows a window, so it works under Agg.

Inputs: ``data`` is an iterable of :class:`~claimtrace.analysis.Analysis` or the frame of
:func:`claimtrace.metrics.article_table`; the graph chart also takes a networkx graph.
:func:`source_graph` lives in :mod:`claimtrace.plot_graph` and the shared helpers
(:data:`MIX_COLUMNS`, :func:`shorten`) in :mod:`claimtrace.plot_base`; both are importable
from here.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from claimtrace.model import DocumentMeta
>>> from claimtrace.analysis import Analysis
>>> a = Analysis(text="", meta=DocumentMeta("e"), sentences=(), noise=(), attributions=(),
...              sources=(), claims=())
>>> sourcing_mix([a]).get_title()
'Sourcing mix by article'
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .display import CLASS_LABELS, PALETTE, claim_class
from .plot_base import _EDGE, _INK, MIX_COLUMNS, _empty, _new_axes, shorten
from .plot_graph import _fold_claims, _layout, source_graph  # noqa: F401 - re-exported

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure

    from .analysis import Analysis

__all__ = [
    "KINDS",
    "anonymous_timeline",
    "figure_svg",
    "justified_anonymity",
    "save_axes",
    "shorten",
    "source_graph",
    "sourcing_mix",
    "sourcing_strip",
]


def _table(data: Any) -> pd.DataFrame:
    import pandas as pd

    from .metrics import article_table

    return data if isinstance(data, pd.DataFrame) else article_table(data)


def _grouped(data: Any, by: str) -> pd.DataFrame:
    from .metrics import corpus_metrics

    table = _table(data)
    if by == "doc_id":
        return table.reset_index(drop=True)
    return corpus_metrics(table, by=by)


def _group_label(row: Any, by: str) -> str:
    value = row[by]
    if by == "doc_id" and isinstance(row.get("title"), str) and row["title"]:
        return shorten(f"{row['title']} ({value})", 40)
    return shorten("(none)" if value is None or value != value else value, 40)


def _legend_right(ax: Axes, handles: list[Any], **kw: Any) -> None:
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              fontsize=8, borderaxespad=0.0, **kw)


def _patch(key: str, label: str | None = None) -> Any:
    from matplotlib.patches import Patch

    return Patch(facecolor=PALETTE[key], edgecolor=_EDGE, linewidth=0.5,
                 label=label or CLASS_LABELS[key])


# --------------------------------------------------------------------------- sourcing mix


def sourcing_mix(data: Iterable[Analysis] | pd.DataFrame, *, by: str = "doc_id",
                 ax: Axes | None = None, share: bool = True, top: int = 30) -> Axes:
    """Stacked horizontal bars: the claims of each article (or outlet, month) by source class.

    ``share=True`` draws shares of all claims (each bar sums to 100%) with the claim count
    at the bar's end; ``share=False`` draws counts.  Only the ``top`` groups with most
    claims are drawn.

    >>> import claimtrace as ct
    >>> a = ct.analyze("Pompeo said the talks had stalled. Officials said a deal was close.")
    >>> ax = sourcing_mix([a])
    >>> ax.get_title(), [t.get_text() for t in ax.get_legend().get_texts()]
    ('Sourcing mix by article', ['named person', 'anonymous'])
    """
    df = _grouped(data, by)
    n_groups = len(df)
    df = df[df["n_claims"] > 0] if len(df) else df
    df = df.sort_values("n_claims", ascending=False, kind="stable").head(top).iloc[::-1]
    ax = _new_axes(ax, (8.5, 1.6 + 0.32 * max(len(df), 3)))
    what = {"doc_id": "article"}.get(by, by)
    ax.set_title(f"Sourcing mix by {what}" + (f"\n({len(df)} of {n_groups} with most claims)"
                                               if n_groups > len(df) > 0 else ""))
    if df.empty:
        return _empty(ax, "no claims")
    labels = [_group_label(r, by) for _, r in df.iterrows()]
    total = df["n_claims"].astype(float).to_numpy()
    left = [0.0] * len(df)
    ys = range(len(df))
    present = []
    for key, col in MIX_COLUMNS:
        vals = df[col].astype(float).to_numpy() if col in df else [0.0] * len(df)
        vals = [v / t if share and t else v for v, t in zip(vals, total, strict=True)]
        if not any(vals):
            continue
        present.append(key)
        ax.barh(list(ys), vals, left=left, color=PALETTE[key], edgecolor="white",
                linewidth=0.6, height=0.72, label=CLASS_LABELS[key])
        left = [a + b for a, b in zip(left, vals, strict=True)]
    ax.set_yticks(list(ys), labels, fontsize=8)
    for y, end, n in zip(ys, left, total, strict=True):
        ax.text(end + (0.01 if share else 0.1), y, f"{int(n)}", va="center", fontsize=7,
                color=_INK)
    if share:
        from matplotlib.ticker import PercentFormatter

        ax.set_xlim(0, 1.08)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel("share of claims (number of claims at the bar's end)")
    else:
        ax.set_xlabel("claims")
    ax.spines[["top", "right"]].set_visible(False)
    _legend_right(ax, [_patch(k) for k in present])
    return ax


# --------------------------------------------------------------------------- timeline


def anonymous_timeline(data: Iterable[Analysis] | pd.DataFrame, *, by: str | None = None,
                       ax: Axes | None = None, lines: int = 7) -> Axes:
    """Anonymous share of attributed claims per month (pooled), one line per ``by`` group.

    Each point is labelled ``anonymous/attributed`` (up to 36 points); undated articles
    are left out (the title says how many).  Past ``lines`` groups, the smaller ones are
    pooled as "(others)".

    >>> import claimtrace as ct
    >>> docs = [ct.analyze("Officials said it rained.", doc_id="a", published="2020-01-05"),
    ...         ct.analyze("Pompeo said it rained.", doc_id="b")]
    >>> ax = anonymous_timeline(docs)
    >>> ax.get_title(), [t.get_text() for t in ax.texts]
    ('Anonymous share of attributed claims by month (1 undated article left out)', ['1/1'])
    """
    import pandas as pd

    from .metrics import corpus_metrics

    table = _table(data)
    ax = _new_axes(ax, (8.5, 4.2))
    undated = int(table["month"].isna().sum()) if len(table) else 0
    dated = table[table["month"].notna()] if len(table) else table
    ax.set_title("Anonymous share of attributed claims by month"
                 + (f" ({undated} undated article{'s' * (undated != 1)} left out)"
                    if undated else ""))
    if dated.empty:
        return _empty(ax, "no dated articles")
    keys = ["month"] + ([by] if by else [])
    if by:  # at most `lines` lines: the groups with most attributed claims, then the rest
        totals = dated.groupby(by, dropna=False)["n_attributed_claims"].sum()
        top = set(totals.sort_values(ascending=False, kind="stable").index[:lines - 1])
        if len(totals) > lines:
            dated = dated.assign(**{by: [v if v in top else "(others)" for v in dated[by]]})
    df = corpus_metrics(dated, by=keys)
    df["when"] = pd.PeriodIndex(df["month"], freq="M").to_timestamp()
    groups = df.groupby(by, dropna=False, sort=True) if by else [(None, df)]
    from matplotlib.ticker import PercentFormatter

    from .display import PALETTE as P

    cycle = [P["anonymous"], P["named_person"], P["document"], P["media"], P["mixed"],
             P["named_org"], P["unknown"]]
    points = len(df)
    collide = bool(df["month"].duplicated().any())  # labels of two lines in one month
    for i, (name, g) in enumerate(groups):
        g = g.sort_values("when")
        colour = cycle[i % len(cycle)]
        label = shorten(name if not isinstance(name, tuple) else name[0], 30) if by else None
        ax.plot(g["when"], g["anonymous_share_claims"], marker="o", color=colour,
                linewidth=1.8, markersize=5, label=label)
        if points <= 36 and not collide:
            for _, r in g.iterrows():
                if r["n_attributed_claims"]:
                    ax.annotate(f"{int(r['n_anonymous_claims'])}/{int(r['n_attributed_claims'])}",
                                (r["when"], r["anonymous_share_claims"]), fontsize=7,
                                textcoords="offset points", xytext=(0, 6), ha="center",
                                color=_INK)
    ax.set_ylim(-0.03, 1.1)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_ylabel("anonymous-only / attributed claims")
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    _date_axis(ax, df["when"])
    if by:
        ax.legend(fontsize=8, frameon=False, title=by, title_fontsize=8)
    return ax


def _date_axis(ax: Axes, when: pd.Series) -> None:
    import matplotlib.dates as mdates
    import pandas as pd

    lo, hi = pd.Timestamp(when.min()), pd.Timestamp(when.max())
    pad = 20 if lo != hi else 45  # days, so no point sits on the edge
    ax.set_xlim(mdates.date2num(lo.to_pydatetime()) - pad,
                mdates.date2num(hi.to_pydatetime()) + pad)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    ax.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, -(-months // 12))))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    for t in ax.get_xticklabels():
        t.set_rotation(30)
        t.set_horizontalalignment("right")


# --------------------------------------------------------------------------- strip


def sourcing_strip(analysis: Analysis, *, ax: Axes | None = None) -> Axes:
    """One cell per sentence, coloured by the class of the claim it holds.

    Noise sentences are hatched, sentences without a claim are left pale; thin lines
    mark paragraph breaks.

    >>> import claimtrace as ct
    >>> a = ct.analyze("Pompeo said the talks had stalled. It rained.", title="Talks")
    >>> ax = sourcing_strip(a)
    >>> ax.get_title(), [t.get_text() for t in ax.get_legend().get_texts()]
    ('Sourcing, sentence by sentence: Talks', ['named person', 'no claim'])
    """
    from matplotlib.patches import Patch, Rectangle

    from .metrics import claim_facts

    n = len(analysis.sentences)
    ax = _new_axes(ax, (max(6.0, min(14.0, 2.0 + 0.18 * n)), 2.3))
    ax.set_title("Sourcing, sentence by sentence: "
                 f"{shorten(analysis.meta.title or analysis.doc_id, 60)}", fontsize=10)
    if not n:
        return _empty(ax, "no sentences")
    classes: dict[int, str] = {}
    for f in claim_facts(analysis):
        classes.setdefault(f.claim.sentence, claim_class(f.source_class))
    present: list[str] = []
    for s in analysis.sentences:
        if s.is_noise:
            ax.add_patch(Rectangle((s.index, 0), 1, 1, facecolor="white", edgecolor="#999999",
                                   hatch="///", linewidth=0.4))
            continue
        key = classes.get(s.index)
        colour = PALETTE[key] if key else "#F2F2F2"
        ax.add_patch(Rectangle((s.index, 0), 1, 1, facecolor=colour, edgecolor="white",
                               linewidth=0.8))
        if key and key not in present:
            present.append(key)
    prev = analysis.sentences[0].paragraph
    for s in analysis.sentences[1:]:
        if s.paragraph != prev:
            ax.axvline(s.index, color=_INK, linewidth=1.6)
        prev = s.paragraph
    ax.set_xlim(0, n)
    ax.set_ylim(0, 1)
    ax.set_yticks([])
    step = max(1, -(-n // 15))
    ax.set_xticks([i + 0.5 for i in range(0, n, step)], [str(i) for i in range(0, n, step)],
                  fontsize=7)
    ax.set_xlabel("sentence (lines: paragraph breaks)", fontsize=8)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    order = [k for k, _ in MIX_COLUMNS if k in present]
    handles = [_patch(k) for k in order]
    handles.append(Patch(facecolor="#F2F2F2", edgecolor=_EDGE, linewidth=0.5, label="no claim"))
    if any(s.is_noise for s in analysis.sentences):
        handles.append(Patch(facecolor="white", edgecolor="#999999", hatch="///",
                             label="noise"))
    _legend_right(ax, handles, ncol=1 + (len(handles) > 5))
    return ax


# --------------------------------------------------------------------------- justified anonymity


def justified_anonymity(data: Iterable[Analysis] | pd.DataFrame, *, by: str = "outlet",
                        ax: Axes | None = None, top: int = 30) -> Axes:
    """Share of anonymous source mentions that say why the source is unnamed, per group.

    Bars on a pale 0–100% track, labelled ``justified/anonymous mentions``; groups with no
    anonymous mention are listed with "none".

    >>> import claimtrace as ct
    >>> docs = [ct.analyze("Officials, who were not authorized to speak, said so.", doc_id="a"),
    ...         ct.analyze("Officials said so.", doc_id="b")]
    >>> ax = justified_anonymity(docs, by="doc_id")
    >>> [(y.get_text(), t.get_text()) for y, t in zip(ax.get_yticklabels(), ax.texts)]
    [('b', '0/1'), ('a', '1/1')]
    """
    df = _grouped(data, by)
    n_groups = len(df)
    df = df.sort_values("n_anonymous_mentions", ascending=False, kind="stable").head(top)
    df = df.iloc[::-1]
    ax = _new_axes(ax, (8.0, 1.5 + 0.32 * max(len(df), 3)))
    what = {"doc_id": "article"}.get(by, by)
    ax.set_title(f"Justified anonymity by {what}: anonymous mentions with a reason"
                 + (f"\n({len(df)} of {n_groups} with most anonymous mentions)"
                    if n_groups > len(df) else ""))
    if df.empty:
        return _empty(ax, "no articles")
    ys = list(range(len(df)))
    rate = df["justified_anonymity_rate"].astype(float).fillna(0).to_numpy()
    ax.barh(ys, [1.0] * len(ys), color="#EEEEEE", height=0.62, edgecolor="#CCCCCC",
            linewidth=0.5)
    ax.barh(ys, rate, color=PALETTE["anonymous"], height=0.62)
    for y, (_, r) in zip(ys, df.iterrows(), strict=True):
        n = int(r["n_anonymous_mentions"])
        txt = "none" if not n else f"{int(r['n_justified_anonymous_mentions'])}/{n}"
        ax.text(1.02, y, txt, va="center", fontsize=8, color=_INK)
    from matplotlib.ticker import PercentFormatter

    ax.set_yticks(ys, [_group_label(r, by) for _, r in df.iterrows()], fontsize=8)
    ax.set_xlim(0, 1.15)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel("anonymous mentions with an anonymity reason")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


# --------------------------------------------------------------------------- output


def figure_svg(fig: Figure | SubFigure) -> str:
    """The figure as an inline ``<svg>`` element (no XML prolog, no metadata, text as text); a
    subfigure is drawn as the whole figure holding it.

    >>> import claimtrace as ct
    >>> svg = figure_svg(sourcing_mix([ct.analyze("Officials said it rained.")]).figure)
    >>> svg.startswith("<svg"), "Sourcing mix by article" in svg
    (True, True)
    """
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "claimtrace"}):
        fig.figure.savefig(buf, format="svg", bbox_inches="tight",
                           metadata={"Creator": None, "Date": None, "Format": None, "Type": None})
    text = buf.getvalue()
    return text[text.index("<svg"):]


def save_axes(ax: Axes, path: str | Path, *, dpi: int = 150) -> Path:
    """Save the figure holding ``ax`` as PNG, SVG or PDF (by suffix).

    >>> import pathlib, tempfile
    >>> import claimtrace as ct
    >>> ax = sourcing_mix([ct.analyze("Officials said it rained.")])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     save_axes(ax, pathlib.Path(tmp) / "mix.png").read_bytes()[1:4]
    b'PNG'
    """
    path = Path(path)
    ax.figure.figure.savefig(path, dpi=dpi, bbox_inches="tight")  # (the top figure)
    return path


#: Chart kinds of ``claimtrace plot --kind``.
KINDS = ("mix", "timeline", "strip", "graph", "justified")
