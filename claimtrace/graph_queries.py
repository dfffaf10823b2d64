"""Questions asked of a claimtrace graph: anonymous-only and single-source claims, busiest
sources, and which sources appear together.

Every function takes a graph of :func:`claimtrace.graph.build_graph` (or one read back with
:func:`claimtrace.graph.read_graph`) and relies only on the node and edge ``kind``
conventions documented in :mod:`claimtrace.graph`.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("claim:d:0", kind="claim", doc_id="d")
>>> G.add_node("source:d:officials", kind="source", label="officials", anonymous=True)
>>> G.add_edge("source:d:officials", "claim:d:0", kind="asserts")
0
>>> anonymous_only_claims(G), single_source_claims(G)
(['claim:d:0'], ['claim:d:0'])
>>> rank_sources(G)[["label", "n_claims", "n_articles"]].values.tolist()
[['officials', 1, 1]]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["anonymous_only_claims", "rank_sources", "single_source_claims", "source_cooccurrence"]


def _nodes(G: nx.MultiDiGraph, kind: str) -> list[str]:
    return [n for n, k in G.nodes(data="kind") if k == kind]


def _asserting(G: nx.MultiDiGraph, claim: str) -> set[str]:
    return {u for u, _, k in G.in_edges(claim, data="kind") if k == "asserts"}


def anonymous_only_claims(G: nx.MultiDiGraph) -> list[str]:
    """Claim nodes asserted by at least one source, every one of them anonymous.

    >>> from claimtrace.analysis import analyze
    >>> from claimtrace.graph import build_graph
    >>> text = "Jane Doe said the plan would fail. Officials said it had stalled."
    >>> anonymous_only_claims(build_graph([analyze(text, doc_id="d")]))
    ['claim:d:1']
    """
    return [c for c in _nodes(G, "claim")
            if (srcs := _asserting(G, c)) and all(G.nodes[s].get("anonymous") for s in srcs)]


def _corroborating(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """For each claim, the claims saying the same thing: same_claim links, or same fingerprint
    within one article."""
    same = nx.Graph()
    same.add_nodes_from(_nodes(G, "claim"))
    same.add_edges_from((u, v) for u, v, k in G.edges(data="kind") if k == "same_claim")
    by_fp: dict[tuple[str, str], list[str]] = {}
    for c in same.nodes:
        fp = G.nodes[c].get("fingerprint")
        if fp:
            by_fp.setdefault((G.nodes[c]["doc_id"], fp), []).append(c)
    for members in by_fp.values():
        same.add_edges_from(zip(members, members[1:], strict=False))
    out: dict[str, set[str]] = {}
    for comp in nx.connected_components(same):
        for c in comp:
            out[c] = comp
    return out


def single_source_claims(G: nx.MultiDiGraph) -> list[str]:
    """Claim nodes backed by exactly one source, with no other source for the same claim
    anywhere in the graph (same_claim groups, or same fingerprint in the article).

    >>> from claimtrace.analysis import analyze
    >>> from claimtrace.graph import build_graph
    >>> arts = [analyze("Jane Doe said the bridge would close.", doc_id="a"),
    ...         analyze("Officials said the bridge would close.", doc_id="b")]
    >>> single_source_claims(build_graph(arts))
    ['claim:a:0', 'claim:b:0']
    >>> single_source_claims(build_graph(arts, claim_groups=[{"claims": [("a", 0), ("b", 0)]}]))
    []
    """
    comps = _corroborating(G)
    out = []
    for c in _nodes(G, "claim"):
        if len(_asserting(G, c)) != 1:
            continue
        backers = set().union(*(_asserting(G, o) for o in comps[c]))
        if len(backers) == 1:
            out.append(c)
    return out


def rank_sources(G: nx.MultiDiGraph, top: int | None = None) -> pd.DataFrame:
    """Sources by the number of claims they carry (then articles, then label).

    Columns: node, label, source_class, source_type, anonymous, n_claims, n_articles.

    >>> from claimtrace.analysis import analyze
    >>> from claimtrace.graph import build_graph
    >>> text = ("Jane Doe said the plan would fail. She said talks stalled. "
    ...         "Officials said it was over.")
    >>> rank_sources(build_graph([analyze(text)]))[["label", "n_claims"]].values.tolist()
    [['Jane Doe', 2], ['Officials', 1]]
    """
    import pandas as pd

    cols = ["node", "label", "source_class", "source_type", "anonymous", "n_claims",
            "n_articles"]
    rows = []
    for n in _nodes(G, "source"):
        claims = _asserting_out(G, n)
        rows.append({"node": n, "label": G.nodes[n].get("label", n),
                     "source_class": G.nodes[n].get("source_class"),
                     "source_type": G.nodes[n].get("source_type"),
                     "anonymous": bool(G.nodes[n].get("anonymous")),
                     "n_claims": len(claims),
                     "n_articles": len({G.nodes[c].get("doc_id") for c in claims})})
    df = pd.DataFrame(rows, columns=cols)
    df = df.sort_values(["n_claims", "n_articles", "label"], ascending=[False, False, True],
                        kind="stable").reset_index(drop=True)
    return df if top is None else df.head(top)


def _asserting_out(G: nx.MultiDiGraph, source: str) -> set[str]:
    return {v for _, v, k in G.out_edges(source, data="kind") if k == "asserts"}


def source_cooccurrence(G: nx.MultiDiGraph, *, by: str = "article") -> nx.Graph:
    """Sources linked when they share articles (``by="article"``) or claims (``by="claim"``).

    An undirected weighted projection: ``weight`` is the number of shared articles or
    claims; nodes keep the source attributes.

    >>> from claimtrace.analysis import analyze
    >>> from claimtrace.graph import build_graph
    >>> text = "Jane Doe said the plan would fail. Officials said it had stalled."
    >>> G = build_graph([analyze(text)])
    >>> [source_cooccurrence(G, by=by).number_of_edges() for by in ("article", "claim")]
    [1, 0]
    """
    if by not in ("article", "claim"):
        raise ValueError(f"by must be 'article' or 'claim', not {by!r}")
    P = nx.Graph()
    members: dict[str, set[str]] = {}
    for s in _nodes(G, "source"):
        P.add_node(s, **G.nodes[s])
        for c in _asserting_out(G, s):
            members.setdefault(c if by == "claim" else G.nodes[c]["doc_id"], set()).add(s)
    for group in members.values():
        ordered = sorted(group)
        for i, u in enumerate(ordered):
            for v in ordered[i + 1:]:
                w = P.edges[u, v]["weight"] + 1 if P.has_edge(u, v) else 1
                P.add_edge(u, v, weight=w)
    return P
