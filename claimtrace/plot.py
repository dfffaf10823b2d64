"""matplotlib charts of sourcing.  Every function takes ``ax=None`` and returns the Axes.

Colours come from :data:`claimtrace.display.PALETTE` (Okabe-Ito, colour-blind safe), the
same colours the HTML highlighting uses.  matplotlib is imported inside the functions,
and nothing here picks a backend or shows a window, so it works under Agg.

Inputs: ``data`` is an iterable of :class:`~claimtrace.analysis.Analysis` or the frame of
:func:`claimtrace.metrics.article_table`; the graph chart also takes a networkx graph.

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
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .display import CLASS_LABELS, PALETTE, claim_class

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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


def _empty(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            color=_EDGE, fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


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
        t.set_ha("right")


# --------------------------------------------------------------------------- strip


def sourcing_strip(analysis: Analysis, *, ax: Axes | None = None) -> Axes:
    """One cell per sentence, coloured by the class of the claim it holds.

    Noise sentences are hatched, sentences without a claim are left pale; thin lines
    mark paragraph breaks.
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


# --------------------------------------------------------------------------- graph


def _fold_claims(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Sources, articles and outlets; source -> article edges weighted by claims."""
    import networkx as nx

    H = nx.DiGraph()
    for n, d in G.nodes(data=True):
        if d.get("kind") in ("source", "article", "outlet"):
            H.add_node(n, **d)
    for u, v, d in G.edges(data=True):
        kind = d.get("kind")
        if kind == "asserts" and u in H:
            art = f"article:{G.nodes[v].get('doc_id')}"
            if art in H:
                w = H.edges[u, art]["weight"] + 1 if H.has_edge(u, art) else 1
                H.add_edge(u, art, kind="asserts", weight=w)
        elif kind in ("published", "cites", "is_outlet", "re_reports") and u in H and v in H:
            H.add_edge(u, v, kind=kind, weight=1)
    return H


def _component_layout(C: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Positions of one connected component, radius about sqrt(size) (numpy only, no scipy)."""
    import networkx as nx

    if len(C) == 1:
        return {n: (0.0, 0.0) for n in C}
    hubs = [n for n, k in C.nodes(data="kind") if k in ("article", "outlet")]
    rest = [n for n in C if n not in set(hubs)]
    shells = [s for s in (hubs, rest) if s]
    pos = nx.shell_layout(C, shells if len(shells) > 1 else None)
    if len(C) < 500:  # networkx needs scipy from 500 nodes on: keep the shells there
        pos = nx.spring_layout(C, pos=pos, k=1.6 / len(C) ** 0.5, iterations=150, seed=seed,
                               weight=None, method="force")
    pos = nx.rescale_layout_dict(pos, scale=max(1.0, len(C) ** 0.5 * 0.8))
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _layout(H: nx.DiGraph, seed: int) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own, then packed in rows, biggest first."""
    import networkx as nx

    U = H.to_undirected(as_view=True)
    comps = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c))
    parts = []
    for c in comps:
        pos = _component_layout(U.subgraph(c), seed)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        pad = 1.0
        parts.append((pos, min(xs) - pad, max(ys) + pad, max(xs) - min(xs) + 2 * pad,
                      max(ys) - min(ys) + 2 * pad))
    area = sum(w * h for *_, w, h in parts)
    row_width = max(parts[0][3], area ** 0.5 * 1.2)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pos, left, top, w, h in parts:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y - row_h, 0.0
        out.update({n: (x + px - left, y + py - top) for n, (px, py) in pos.items()})
        x += w
        row_h = max(row_h, h)
    return out


def _label_offsets(ax: Axes, pos: dict[str, Any], sizes: dict[str, float],
                   texts: dict[str, str], optional: frozenset[str] = frozenset(),
                   ) -> dict[str, tuple[float, float, str, str]]:
    """Greedy label placement, in the order of ``texts``: below, above, right or left of
    each node (offsets in points), whichever overlaps least the nodes and the labels placed
    before it.  A label in ``optional`` is dropped unless it finds a free spot."""
    to_pt = 72.0 / ax.figure.dpi
    xy = {n: ax.transData.transform(pos[n]) * to_pt for n in pos}
    boxes = [(x - r, y - r, x + r, y + r)
             for n, (x, y) in xy.items() for r in [(sizes.get(n, 100) ** 0.5) / 2]]

    def clash(b: tuple[float, float, float, float]) -> float:
        return sum(max(0.0, min(b[2], o[2]) - max(b[0], o[0]))
                   * max(0.0, min(b[3], o[3]) - max(b[1], o[1])) for o in boxes)

    out = {}
    for n, text in texts.items():
        x, y = xy[n]
        r0 = (sizes.get(n, 100) ** 0.5) / 2 + 2
        w, h = 0.56 * 7.5 * len(text) + 3, 7.5 * 1.25
        cands = []
        for r in (r0, r0 + h):
            cands += [(0.0, -r, "center", "top", (x - w / 2, y - r - h, x + w / 2, y - r)),
                      (0.0, r, "center", "bottom", (x - w / 2, y + r, x + w / 2, y + r + h)),
                      (r, 0.0, "left", "center", (x + r, y - h / 2, x + r + w, y + h / 2)),
                      (-r, 0.0, "right", "center", (x - r - w, y - h / 2, x - r, y + h / 2))]
        pick = min(cands, key=lambda c: clash(c[4]))  # first of the least crowded
        if n in optional and clash(pick[4]) > 0:
            continue  # a minor label with no free spot is left out
        boxes.append(pick[4])
        out[n] = pick[:4]
    return out


def _node_size(n_claims: int) -> float:
    """Marker area (points²) of a source carrying ``n_claims`` claims."""
    return min(90 + 80 * n_claims, 1100)


def _prune(H: nx.DiGraph, max_nodes: int) -> tuple[nx.DiGraph, str]:
    """Keep the sources carrying most claims and the articles they carry most claims in."""
    kind = dict(H.nodes(data="kind"))
    srcs = [n for n in H if kind[n] == "source"]
    arts = [n for n in H if kind[n] == "article"]
    if len(srcs) + len(arts) <= max_nodes:
        return H, ""
    claims = {n: int(H.nodes[n].get("n_claims", 0) or 0) for n in srcs}
    keep_src = sorted(srcs, key=lambda n: (-claims[n], str(n)))[:max(1, max_nodes * 2 // 3)]
    weight: dict[str, int] = {}
    for u in keep_src:
        for v in H.successors(u):
            if kind[v] == "article":
                weight[v] = weight.get(v, 0) + H.edges[u, v]["weight"]
    keep_art = sorted(weight, key=lambda n: (-weight[n], str(n)))[:max(1, max_nodes // 3)]
    kept_art = set(keep_art)
    keep_src = [u for u in keep_src if any(v in kept_art for v in H.successors(u))]
    keep = set(keep_src) | kept_art
    keep |= {u for a in keep_art for u in H.predecessors(a) if kind[u] == "outlet"}
    keep |= {v for u in keep_src for v in H.successors(u) if kind[v] == "outlet"}
    note = (f"the {len(keep_src)} of {len(srcs)} sources carrying most claims, "
            f"in {len(keep_art)} of {len(arts)} articles")
    return H.subgraph(keep).copy(), note


def source_graph(data: Iterable[Analysis] | nx.MultiDiGraph, *, ax: Axes | None = None,
                 max_label: int = 24, max_labels: int = 30, max_nodes: int = 120,
                 seed: int = 0) -> Axes:
    """Sources, articles and outlets: who carries the claims of which article.

    Claims are folded into weighted source -> article edges (width = claims); dashed
    edges are citations ("He said officials told him").  Sources are coloured by class
    and sized by the claims they carry; articles are squares, outlets diamonds.  Only the
    ``max_labels`` sources carrying most claims get a label, and past ``max_nodes``
    sources and articles only the busiest are drawn (the title says so).
    """
    import networkx as nx
    from matplotlib.lines import Line2D

    from .graph import build_graph

    G = data if isinstance(data, nx.Graph) else build_graph(data)
    H, note = _prune(_fold_claims(G), max_nodes)
    ax = _new_axes(ax, (9.0, 7.5))
    ax.set_title("Source graph: sources (by class) and the articles they carry claims in"
                 + (f"\n{note}" if note else ""))
    ax.set_axis_off()
    if not len(H):
        return _empty(ax, "no sources")
    pos = _layout(H, seed)
    srcs = [n for n, d in H.nodes(data=True) if d.get("kind") == "source"]
    claims = {n: int(H.nodes[n].get("n_claims", 0) or 0) for n in srcs}
    for kind, style in (("asserts", "solid"), ("cites", "dashed"), ("published", "solid"),
                        ("is_outlet", "dotted"), ("re_reports", "dashed")):
        edges = [(u, v) for u, v, k in H.edges(data="kind") if k == kind]
        if not edges:
            continue
        colours = [PALETTE[claim_class(H.nodes[u].get("source_class"))]
                   if kind in ("asserts", "cites") else "#777777" for u, _ in edges]
        widths = [min(0.8 + 0.9 * H.edges[e]["weight"], 6.0) for e in edges]
        nx.draw_networkx_edges(H, pos, edgelist=edges, ax=ax, edge_color=colours, width=widths,
                               style=style, alpha=0.55, node_size=300,
                               **({"arrows": True, "arrowsize": 8} if kind != "asserts"
                                  else {"arrows": False}))
    by_class: dict[str, list[str]] = {}
    for n in srcs:
        by_class.setdefault(claim_class(H.nodes[n].get("source_class")), []).append(n)
    for key, nodes in by_class.items():
        nx.draw_networkx_nodes(H, pos, nodelist=nodes, ax=ax, node_color=PALETTE[key],
                               node_size=[_node_size(claims[n]) for n in nodes],
                               edgecolors="white", linewidths=0.8)
    for kind, shape, colour, size in (("article", "s", "#444444", 230),
                                      ("outlet", "D", "#111111", 200)):
        nodes = [n for n, d in H.nodes(data=True) if d.get("kind") == kind]
        if nodes:
            nx.draw_networkx_nodes(H, pos, nodelist=nodes, ax=ax, node_shape=shape,
                                   node_color=colour, node_size=size, edgecolors="white")
    sizes = {n: _node_size(claims[n]) if n in claims else 230 for n in H}
    labelled = [n for n, d in H.nodes(data=True) if d.get("kind") in ("article", "outlet")]
    labelled += sorted(srcs, key=lambda n: (-claims[n], str(n)))[:max_labels]
    texts = {n: shorten(H.nodes[n].get("label") or n, max_label)
             + (f" ({claims[n]})" if n in claims else "") for n in labelled}
    ax.margins(0.12)
    ax.autoscale_view()
    optional = set(sorted(srcs, key=lambda n: (-claims[n], str(n)))[5:])
    arts = [n for n in labelled if H.nodes[n].get("kind") == "article"]
    if len(arts) > 12:  # crowded: article labels only where they fit
        optional.update(arts)
    for n, (dx, dy, ha, va) in _label_offsets(ax, pos, sizes, texts,
                                              frozenset(optional)).items():
        ax.annotate(texts[n], pos[n], xytext=(dx, dy), textcoords="offset points", ha=ha,
                    va=va, fontsize=7.5, color=_INK,
                    fontweight="normal" if n in claims else "bold",
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.75,
                          "linewidth": 0})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=PALETTE[k],
                      label=CLASS_LABELS[k]) for k, _ in MIX_COLUMNS if k in by_class]
    handles += [Line2D([], [], marker="s", linestyle="", color="#444444", label="article"),
                Line2D([], [], marker="D", linestyle="", color="#111111", label="outlet")]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=4,
              frameon=False, fontsize=8,
              title="node size and (n): claims carried; edge width: claims in that article",
              title_fontsize=8)
    return ax


# --------------------------------------------------------------------------- output


def figure_svg(fig: Figure) -> str:
    """The figure as an inline ``<svg>`` element (no XML prolog, no metadata, text as text)."""
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "claimtrace"}):
        fig.savefig(buf, format="svg", bbox_inches="tight",
                    metadata={"Creator": None, "Date": None, "Format": None, "Type": None})
    text = buf.getvalue()
    return text[text.index("<svg"):]


def save_axes(ax: Axes, path: str | Path, *, dpi: int = 150) -> Path:
    """Save the figure holding ``ax`` as PNG, SVG or PDF (by suffix)."""
    path = Path(path)
    ax.figure.savefig(path, dpi=dpi, bbox_inches="tight")
    return path


#: Chart kinds of ``claimtrace plot --kind``.
KINDS = ("mix", "timeline", "strip", "graph", "justified")
