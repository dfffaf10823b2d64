"""The source graph chart: sources, articles and outlets, and who carries which claims.

:func:`source_graph` draws a graph of :func:`claimtrace.graph.build_graph` (or builds one
from analyses).  Claims are folded into weighted source -> article edges
(``_fold_claims``); past ``max_nodes`` only the busiest sources and articles are kept
(``_prune``); each connected component is laid out on its own and the components are
packed in rows (``_layout``, numpy only); labels go where they overlap least
(``_label_offsets``).  matplotlib and networkx are imported inside the functions.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from claimtrace.model import DocumentMeta
>>> from claimtrace.analysis import Analysis
>>> a = Analysis(text="", meta=DocumentMeta("e"), sentences=(), noise=(), attributions=(),
...              sources=(), claims=())
>>> source_graph([a]).get_title()
'Source graph: sources (by class) and the articles they carry claims in'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .display import CLASS_LABELS, PALETTE, claim_class
from .plot_base import _INK, MIX_COLUMNS, _empty, _new_axes, shorten

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    from matplotlib.axes import Axes

    from .analysis import Analysis

__all__ = ["source_graph"]


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
    ordered = nx.Graph()  # a fixed node and edge order: the same picture in every process
    ordered.add_nodes_from(sorted(C.nodes(data=True), key=lambda nd: str(nd[0])))
    ordered.add_edges_from(sorted(C.edges(), key=lambda e: (str(e[0]), str(e[1]))))
    C = ordered
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

    >>> import claimtrace as ct
    >>> text = "Pompeo said the talks had stalled. Officials said a deal was close."
    >>> ax = source_graph([ct.analyze(text, doc_id="d1")])
    >>> sorted(t.get_text() for t in ax.texts)
    ['Officials (1)', 'Pompeo (1)', 'd1']
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
