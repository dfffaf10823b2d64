"""Write and read claimtrace graphs as GraphML, GEXF or node-link JSON (chosen by suffix).

Attributes are made GraphML/GEXF friendly on the way out: None values dropped, enums to
their values, lists joined with "; ", numpy scalars to Python ones and, for the XML
formats, characters XML 1.0 cannot hold replaced by spaces.  Multigraph edge keys survive
the round trip (as GEXF edge ids), so a graph read back has the same nodes, keys and kinds.

>>> import tempfile
>>> from pathlib import Path
>>> G = nx.MultiDiGraph(kind="claimtrace")
>>> G.add_edge("source:a", "claim:d:0", key="asserts:d:0:1", kind="asserts", rule=None)
'asserts:d:0:1'
>>> with tempfile.TemporaryDirectory() as tmp:
...     H = read_graph(write_graph(G, Path(tmp) / "g.gexf"))
>>> list(H.edges(keys=True, data="kind"))
[('source:a', 'claim:d:0', 'asserts:d:0:1', 'asserts')]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["read_graph", "write_graph"]

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _scalar(v: Any) -> Any:
    v = getattr(v, "value", v)
    if isinstance(v, (bool, int, float, str)):
        return v
    if hasattr(v, "item"):  # numpy scalar
        return v.item()
    if isinstance(v, (list, tuple, set, frozenset)):
        return "; ".join(str(x) for x in v)
    return str(v)


def _exportable(G: nx.MultiDiGraph, *, xml: bool = False) -> nx.MultiDiGraph:
    """A copy whose attributes are str/int/float/bool only (None dropped).

    With ``xml``, characters XML 1.0 cannot hold (control characters) become spaces.
    """
    def conv(v: Any) -> Any:
        v = _scalar(v)
        return _XML_BAD.sub(" ", v) if xml and isinstance(v, str) else v

    def node(n: Any) -> Any:
        return conv(n) if isinstance(n, str) else n

    H = nx.MultiDiGraph()
    H.graph.update({k: conv(v) for k, v in G.graph.items() if v is not None})
    for n, d in G.nodes(data=True):
        H.add_node(node(n), **{k: conv(v) for k, v in d.items() if v is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(node(u), node(v), key=conv(str(k)),
                   **{a: conv(x) for a, x in d.items() if x is not None})
    return H


def write_graph(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``G`` as GraphML, GEXF or node-link JSON, chosen by the suffix of ``path``.

    None attributes are dropped and other values made str/int/float/bool so Gephi opens
    the file.  Returns the path.

    >>> import json, tempfile
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("source:a", kind="source", aliases=["Doe", "J. Doe"], role=None)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     data = json.loads(write_graph(G, Path(tmp) / "g.json").read_text())
    >>> data["nodes"]
    [{'kind': 'source', 'aliases': 'Doe; J. Doe', 'id': 'source:a'}]
    """
    path = Path(path)
    suffix = path.suffix.lower()
    H = _exportable(G, xml=suffix in (".graphml", ".gexf"))
    if suffix == ".graphml":
        nx.write_graphml(H, path)
    elif suffix == ".gexf":
        _write_gexf(H, path)
    elif suffix == ".json":
        import json

        data = nx.node_link_data(H, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {suffix!r}: use .graphml, .gexf or .json")
    return path


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_graph` (kinds, keys and attributes kept).

    >>> import tempfile
    >>> from claimtrace.analysis import analyze
    >>> from claimtrace.graph import build_graph
    >>> G = build_graph([analyze("Officials said the talks had stalled.", doc_id="d")])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     H = read_graph(write_graph(G, Path(tmp) / "g.graphml"))
    >>> sorted(k for _, _, k in H.edges(keys=True))
    ['asserts:d:0:0', 'contains:d:0']
    >>> [(d["label"], d["anonymous"]) for _, d in H.nodes(data=True) if d["kind"] == "source"]
    [('Officials', True)]
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        G = nx.read_graphml(path, force_multigraph=True)
    elif suffix == ".gexf":
        G = _read_gexf(path)
    elif suffix == ".json":
        import json

        data = json.loads(path.read_text(encoding="utf-8"))
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    else:
        raise ValueError(f"unknown graph format {suffix!r}: use .graphml, .gexf or .json")
    for k in ("node_default", "edge_default", "mode"):
        G.graph.pop(k, None)
    return G if isinstance(G, nx.MultiDiGraph) else nx.MultiDiGraph(G)


def _write_gexf(H: nx.MultiDiGraph, path: Path) -> None:
    # GEXF edge ids carry the multigraph keys (networkx renames a "key" attribute)
    for _, _, k, d in H.edges(keys=True, data=True):
        d["id"] = k
    nx.write_gexf(H, path)


def _read_gexf(path: Path) -> nx.MultiDiGraph:
    G = nx.read_gexf(path, node_type=str)
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else (
        (u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, k, d in edges:
        d = dict(d)
        key = d.pop("id", k)
        d.pop("networkx_key", None)
        H.add_edge(u, v, key=key, **d)
    return H
