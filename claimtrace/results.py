"""The result of a corpus run: :class:`CorpusResult` and a graph rebuilt from its tables.

Results live in memory or in an output folder (see ``stores``); a finished folder can be
reopened with :meth:`CorpusResult.open`.

>>> res = CorpusResult(frames={"documents": __import__("pandas").DataFrame(
...     {"doc_id": ["a"], "status": ["ok"]})}, manifest={"counts": {}})
>>> res.frame("documents")["doc_id"].tolist()
['a']
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .io import iter_table, read_table
from .stores import EXT, MANIFEST, empty_table

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

    from .tracking import ClaimGroup

__all__ = ["PUBLIC_TABLES", "CorpusResult", "graph_from_tables"]

#: Tables a user reads with :meth:`CorpusResult.frame`.
PUBLIC_TABLES = ("documents", "attributions", "sources", "claims", "claim_groups", "re_reports",
                 "claim_index", "re_report_candidates")


# --------------------------------------------------------------------------- result


class CorpusResult:
    """Tables of a corpus run, from memory or from an output folder.

    ``frame(name)`` for ``documents``, ``attributions``, ``sources``, ``claims``,
    ``claim_groups``, ``re_reports`` (and the internal ``claim_index``);
    ``claim_groups`` as objects; ``graph()``, ``report()``, ``summary()``.

    >>> res = CorpusResult(manifest={"counts": {"documents": 2, "errors": 0}})
    >>> res, len(res.frame("claims"))
    (CorpusResult(2 documents, 0 errors, 0 claim groups, in memory), 0)
    """

    def __init__(self, *, out_dir: str | os.PathLike[str] | None = None, fmt: str = "parquet",
                 frames: dict[str, pd.DataFrame] | None = None,
                 manifest: dict[str, Any] | None = None,
                 analyses: list[Any] | None = None) -> None:
        self.out_dir = Path(out_dir) if out_dir is not None else None
        self.fmt = fmt
        self._frames = frames or {}
        self.manifest = manifest or {}
        self.analyses = analyses

    @classmethod
    def open(cls, out_dir: str | os.PathLike[str]) -> CorpusResult:
        """The result of a finished run in ``out_dir``."""
        manifest = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
        return cls(out_dir=out_dir, fmt=manifest["options"]["output_format"], manifest=manifest)

    def path(self, name: str) -> Path:
        if self.out_dir is None:
            raise ValueError("this result is in memory; it has no files")
        return self.out_dir / f"{name}{EXT[self.fmt]}"

    def frame(self, name: str, *, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """Table ``name`` as a pandas DataFrame."""
        if name not in PUBLIC_TABLES:
            raise KeyError(f"unknown table {name!r}; tables: {', '.join(PUBLIC_TABLES)}")
        if self.out_dir is None:
            df = self._frames.get(name)
        else:
            df = read_table(self.path(name), self.fmt, columns=columns)
        if df is None or (df.empty and not len(df.columns)):
            df = empty_table(name)
        return df[[c for c in columns if c in df.columns]] if columns else df

    def iter_frame(self, name: str, *, batch_rows: int = 65_536) -> Iterator[pd.DataFrame]:
        """Table ``name`` in chunks (for tables too big for memory)."""
        if self.out_dir is None:
            yield self.frame(name)
        else:
            yield from iter_table(self.path(name), self.fmt, batch_rows=batch_rows)

    @property
    def claim_groups(self) -> list[ClaimGroup]:
        from .tracking import groups_from_frame

        return groups_from_frame(self.frame("claim_groups"))

    def _repr_html_(self) -> str:
        """Jupyter view: the corpus summary table and chart (the report's own fragment); for a
        run on disk without analyses in memory, per-outlet figures from the documents table."""
        from .display import corpus_html, css, esc

        if self.analyses:
            return corpus_html(self.analyses)
        from .corpus_metrics import corpus_metrics

        docs = self.frame("documents")
        ok = docs[docs["status"] == "ok"]
        counts = ", ".join(f"{esc(k)}: {esc(v)}" for k, v in self.manifest.get("counts", {}).items())
        table = corpus_metrics(ok, by=("outlet",)).to_html(index=False, escape=True,
                                                           float_format=lambda x: f"{x:.0%}")
        return (f"<style>{css()}</style><div class='ct-root'><p>{esc(repr(self))}</p>"
                f"<p class='ct-muted'>{counts}</p>{table}</div>")

    def summary(self) -> dict[str, Any]:
        """Counts, error reasons and timings of the run."""
        docs = self.frame("documents", columns=["status", "error"])
        errors = docs.loc[docs["status"] != "ok", "error"].fillna("")
        reasons = errors.str.split(":").str[0].value_counts().head(10).to_dict()
        return {**self.manifest.get("counts", {}), "error_reasons": reasons,
                "timings": self.manifest.get("timings", {})}

    def graph(self) -> nx.MultiDiGraph:
        """The corpus graph (graph conventions of ARCHITECTURE.md).

        With analyses in memory: ``graph.build_graph(analyses, claim_groups=...)``;
        otherwise a graph built from the tables: outlets, articles, grouped claims,
        the sources behind them and ``re_reports`` edges.
        """
        if self.analyses:
            from .graph import build_graph

            return build_graph(self.analyses, claim_groups=self.claim_groups)
        return graph_from_tables(self)

    def report(self) -> Any:
        """The corpus report (``report.build_report``); needs the analyses in memory."""
        if not self.analyses:
            raise ValueError("report() needs the analyses: run analyze_corpus without out_dir "
                             "or with keep_analyses=True")
        from .report import build_report

        return build_report(self.analyses)

    def __repr__(self) -> str:
        c = self.manifest.get("counts", {})
        where = str(self.out_dir) if self.out_dir else "memory"
        return (f"CorpusResult({c.get('documents', 0)} documents, {c.get('errors', 0)} errors, "
                f"{c.get('claim_groups', 0)} claim groups, in {where})")


# --------------------------------------------------------------------------- graph from tables


def graph_from_tables(result: CorpusResult) -> nx.MultiDiGraph:
    """A corpus graph from the tables alone (for runs whose analyses are not in memory).

    Nodes: outlets, articles, the claims of cross-article groups and the sources
    behind them; edges ``published``, ``contains``, ``asserts``, ``same_claim`` (to the
    first report) and outlet -> outlet ``re_reports`` (from media attributions and from
    claim groups, ``weight`` = how many).

    >>> from claimtrace.runner import analyze_corpus
    >>> say = " said the new bridge over the river would close in May."
    >>> res = analyze_corpus([{"doc_id": "a", "outlet": "Daily", "text": "Jane Doe" + say},
    ...                       {"doc_id": "b", "outlet": "Wire", "text": "Officials" + say}],
    ...                      engine="serial", keep_analyses=False)
    >>> G = graph_from_tables(res)
    >>> sorted((u, v) for u, v, k in G.edges(data="kind") if k in ("same_claim", "re_reports"))
    [('claim:b:0', 'claim:a:0'), ('outlet:Wire', 'outlet:Daily')]
    """
    import networkx as nx

    from .graph import source_node_id
    from .model import SourceType
    from .tracking import SEP, outlet_key

    G = nx.MultiDiGraph()
    outlets: dict[str, str] = {}

    def outlet(name: str) -> str:
        node = outlets.setdefault(outlet_key(name), f"outlet:{name}")
        if node not in G:
            G.add_node(node, kind="outlet", label=name)
        return node

    def re_report(src: str, dst: str) -> None:
        a, b = outlet(src), outlet(dst)
        if a == b:
            return
        if G.has_edge(a, b, key="re_reports"):
            G.edges[a, b, "re_reports"]["weight"] += 1.0
        else:
            G.add_edge(a, b, key="re_reports", kind="re_reports", weight=1.0)

    cols = ["doc_id", "outlet", "published", "title", "status"]
    for chunk in result.iter_frame("documents"):
        for r in chunk[cols].itertuples(index=False):
            node = f"article:{r.doc_id}"
            G.add_node(node, kind="article", label=str(r.title or r.doc_id), doc_id=str(r.doc_id),
                       **{k: str(v) for k, v in (("outlet", r.outlet), ("published", r.published),
                                                 ("status", r.status)) if v is not None})
            if r.outlet:
                G.add_edge(outlet(r.outlet), node, key=f"published:{node}", kind="published")
    for chunk in result.iter_frame("re_reports"):
        for r in chunk.itertuples(index=False):
            re_report(r.from_outlet, r.to_outlet)
    groups = result.frame("claim_groups")
    for gid, rows in groups.groupby("group_id", sort=False):
        first = None
        for r in rows.sort_values("is_first", ascending=False, kind="stable").itertuples():
            node = f"claim:{r.doc_id}:{int(r.claim_id)}"
            G.add_node(node, kind="claim", label=str(r.text)[:80], text=str(r.text),
                       doc_id=str(r.doc_id), group=str(gid))
            G.add_edge(f"article:{r.doc_id}", node, key=f"contains:{node}", kind="contains")
            keys = [k for k in str(r.sources or "").split(SEP) if k]
            types = [t for t in str(r.source_types or "").split(SEP) if t]
            for key, typ in zip(keys, types, strict=False):
                stype = SourceType(typ)
                src = source_node_id(str(r.doc_id), key, stype.source_class)
                if src not in G:
                    G.add_node(src, kind="source", label=key, source_key=key,
                               source_type=stype.value, source_class=stype.source_class.value,
                               anonymous=stype.is_anonymous)
                G.add_edge(src, node, key=f"asserts:{src}:{node}", kind="asserts")
            if first is None:
                first = r
                continue
            G.add_edge(node, f"claim:{first.doc_id}:{int(first.claim_id)}",
                       key=f"same_claim:{gid}:{node}", kind="same_claim", group=str(gid))
            if r.outlet and first.outlet:
                re_report(r.outlet, first.outlet)
    return G
