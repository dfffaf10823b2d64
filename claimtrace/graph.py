"""networkx graphs of articles, claims, sources and outlets (ARCHITECTURE.md conventions).

Nodes (every node has ``kind`` and ``label``):

- ``article:<doc_id>`` (kind ``article``): doc_id, outlet, published, month, title, counts.
- ``claim:<doc_id>:<n>`` (kind ``claim``; ``n`` is ``Claim.id``): text, sentence,
  char_start, char_end, attributed, source_class, anonymous_only, fingerprint, ...
  Claims in noise regions are left out.
- ``source:<key>`` (kind ``source``): named people, named organisations and media are
  shared across articles; ``<key>`` is ``Source.key`` normalised (lower case, no leading
  "the").  Anonymous, document and unknown sources belong to one article:
  ``source:<doc_id>:<key>`` (a key already starting with ``<doc_id>:`` is used as it is).
  Attributes: source_key, source_type, source_class, anonymous, shared, anonymity_reason,
  n_mentions (outside noise, summed over articles), n_claims, n_articles (from the edges), aliases
  (names folded in by ``merge_surnames``).
- ``outlet:<name>`` (kind ``outlet``): from ``meta.outlet``, and from media sources
  ("according to The New York Times"); names are matched case- and "the"-insensitively,
  the first spelling seen gives the id.

Edges (every edge has ``kind``; its key is unique in the graph):

- source -> claim ``asserts``: attribution_id, cue, cue_start, cue_end, pattern, rule,
  mention, nested (char offsets are named ``cue_*`` because GEXF reserves start/end).
- article -> claim ``contains``; outlet -> article ``published``.
- source -> source ``cites``: nested attribution, the outer source cites the inner one
  ("He said officials told him ...": He -> officials).
- source -> outlet ``is_outlet``: a media source is that outlet.
- claim -> claim ``same_claim`` and outlet -> outlet ``re_reports`` from ``claim_groups``.

**claim_groups protocol.** An iterable of groups, each a mapping with a ``"claims"`` item
or an object with a ``claims`` attribute: a sequence of ``(doc_id, claim_id)`` pairs (or
``"claim:<doc_id>:<n>"`` node ids).  An optional ``group_id``/``id`` names the group.
Members are ordered by their article's ``published`` date (undated last, ties in given
order); the first is the earliest report.  Every later member gets a ``same_claim`` edge
to it, and its outlet a ``re_reports`` edge to the first member's outlet (one edge per
outlet pair, ``weight`` = claims re-reported).  Unknown members are ignored.

The queries (:func:`anonymous_only_claims`, :func:`single_source_claims`,
:func:`rank_sources`, :func:`source_cooccurrence`) live in :mod:`claimtrace.graph_queries`
and the file formats (:func:`write_graph`, :func:`read_graph`) in :mod:`claimtrace.graph_io`;
all are importable from here.

>>> from claimtrace.model import DocumentMeta
>>> from claimtrace.analysis import Analysis
>>> a = Analysis(text="", meta=DocumentMeta("d1", outlet="Daily"), sentences=(), noise=(),
...              attributions=(), sources=(), claims=())
>>> G = build_graph([a])
>>> sorted(G.nodes), G.nodes["article:d1"]["kind"]
(['article:d1', 'outlet:Daily'], 'article')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from .graph_io import read_graph, write_graph
from .graph_queries import (
    anonymous_only_claims,
    rank_sources,
    single_source_claims,
    source_cooccurrence,
)
from .metrics import article_metrics, claim_facts, in_noise, month_of
from .model import SourceClass

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = [
    "SHARED_CLASSES",
    "anonymous_only_claims",
    "build_graph",
    "rank_sources",
    "read_graph",
    "single_source_claims",
    "source_cooccurrence",
    "source_node_id",
    "write_graph",
]

#: Source classes whose nodes are shared across articles (by normalised key).
SHARED_CLASSES = frozenset({SourceClass.NAMED_PERSON, SourceClass.NAMED_ORG, SourceClass.MEDIA})

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_THE = re.compile(r"^the\s+")
_TOKEN_SPLIT = re.compile(r"[\s\-_]+")
_ARTICLE_ATTRS = ("n_claims", "n_attributed_claims", "n_unattributed_claims", "n_sources",
                  "anonymous_share_claims", "unattributed_share")


def _norm(name: str) -> str:
    """Normalised name: lower case, single spaces, no edge punctuation, no leading "the".

    >>> _norm("  The New York  Times.")
    'new york times'
    """
    s = _SPACE.sub(" ", name.replace("\u2019", "'")).strip().lower()
    return _THE.sub("", _EDGE_PUNCT.sub("", s))


def source_node_id(doc_id: str, key: str, source_class: SourceClass) -> str:
    """The node id of a source: shared across articles for named and media sources.

    A key that already starts with ``<doc_id>:`` is taken as belonging to the article.

    >>> source_node_id("a1", "person:mike-pompeo", SourceClass.NAMED_PERSON)
    'source:person:mike-pompeo'
    >>> source_node_id("a1", "sources", SourceClass.ANONYMOUS)
    'source:a1:sources'
    >>> source_node_id("a1", "a1:anonymous_bare:0", SourceClass.ANONYMOUS)
    'source:a1:anonymous_bare:0'
    """
    if key.startswith(f"{doc_id}:"):
        return f"source:{key}"
    k = _norm(key) or key
    return f"source:{k}" if source_class in SHARED_CLASSES else f"source:{doc_id}:{k}"


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Drop None values; enums to their values."""
    return {k: getattr(v, "value", v) for k, v in attrs.items() if v is not None}


class _Builder:
    def __init__(self) -> None:
        self.G = nx.MultiDiGraph(kind="claimtrace")
        self.outlets: dict[str, str] = {}  # normalised name -> node id
        self.published: dict[str, str] = {}  # doc_id -> published (for ordering groups)
        self.outlet_of: dict[str, str] = {}  # doc_id -> outlet node
        self.seen: set[tuple[str, str, int]] = set()  # (source node, doc_id, Source.id)

    def outlet(self, name: str, **attrs: Any) -> str:
        norm = _norm(name) or name
        node = self.outlets.get(norm)
        if node is None:
            node = self.outlets[norm] = f"outlet:{name.strip()}"
            self.G.add_node(node, kind="outlet", label=name.strip(), **attrs)
        elif not attrs.get("from_media", False):
            self.G.nodes[node]["from_media"] = False
        return node

    def add(self, analysis: Analysis) -> None:
        G, meta, doc = self.G, analysis.meta, analysis.meta.doc_id
        art = f"article:{doc}"
        metrics = article_metrics(analysis)
        G.add_node(art, **_clean({
            "kind": "article", "label": meta.title or doc, "doc_id": doc, "outlet": meta.outlet,
            "published": meta.published, "month": month_of(meta.published), "title": meta.title,
            **{k: metrics[k] for k in _ARTICLE_ATTRS}}))
        if meta.published:
            self.published[doc] = meta.published
        if meta.outlet:
            out = self.outlet(meta.outlet, from_media=False)
            self.outlet_of[doc] = out
            G.add_edge(out, art, key=f"published:{doc}", **_clean(
                {"kind": "published", "published": meta.published}))
        src_node = {s.id: source_node_id(doc, s.key or s.name, s.source_class)
                    for s in analysis.sources}
        sources = {s.id: s for s in analysis.sources}
        n_ment = {s.id: sum(1 for m in s.mentions if not in_noise(analysis, m.span))
                  for s in analysis.sources}
        atts = {a.id: a for a in analysis.attributions}
        for f in claim_facts(analysis):
            c = f.claim
            cn = f"claim:{doc}:{c.id}"
            G.add_node(cn, **_clean({
                "kind": "claim", "label": c.span.text[:80], "text": c.span.text, "doc_id": doc,
                "claim_id": c.id, "sentence": c.sentence, "char_start": c.span.start,
                "char_end": c.span.end, "attributed": c.attributed, "n_sources": len(f.source_ids),
                "source_class": f.source_class, "anonymous_only": f.anonymous_only,
                "single_source": f.single_source, "content_words": f.content_words,
                "fingerprint": c.fingerprint}))
            G.add_edge(art, cn, key=f"contains:{doc}:{c.id}", kind="contains")
            linked: set[int] = set()
            for aid in c.attribution_ids:
                a = atts.get(aid)
                if a is None or a.source is None or a.source.source_id not in sources:
                    continue
                sid = a.source.source_id
                linked.add(sid)
                self._source(src_node[sid], sources[sid], doc, n_ment[sid])
                G.add_edge(src_node[sid], cn, key=f"asserts:{doc}:{c.id}:{aid}", **_clean({
                    "kind": "asserts", "attribution_id": aid, "cue": a.cue.text,
                    "cue_start": a.cue.start, "cue_end": a.cue.end, "pattern": a.pattern,
                    "rule": a.rule, "mention": a.source.span.text, "nested": a.parent is not None,
                    "doc_id": doc}))
                parent = atts.get(a.parent) if a.parent is not None else None
                if parent is not None and parent.source is not None \
                        and parent.source.source_id in sources:
                    pid = parent.source.source_id
                    self._source(src_node[pid], sources[pid], doc, n_ment[pid])
                    G.add_edge(src_node[pid], src_node[sid], key=f"cites:{doc}:{aid}",
                               kind="cites", attribution_id=aid, parent_id=parent.id, doc_id=doc)
            for sid in f.source_ids:  # sources named by the claim but not via an attribution
                if sid not in linked and sid in sources:
                    self._source(src_node[sid], sources[sid], doc, n_ment[sid])
                    G.add_edge(src_node[sid], cn, key=f"asserts:{doc}:{c.id}:s{sid}",
                               kind="asserts", doc_id=doc)

    def _source(self, node: str, src: Any, doc: str, n_mentions: int) -> None:
        G = self.G
        if (node, doc, src.id) in self.seen:
            return
        self.seen.add((node, doc, src.id))
        if node in G:  # a shared source met again in another article
            G.nodes[node]["n_mentions"] += n_mentions
            return
        shared = src.source_class in SHARED_CLASSES
        reason = src.anonymity_reason or next(
            (m.anonymity_reason for m in src.mentions if m.anonymity_reason), None)
        G.add_node(node, **_clean({
            "kind": "source", "label": src.name, "source_key": _norm(src.key or src.name),
            "source_type": src.type, "source_class": src.source_class,
            "anonymous": src.is_anonymous, "shared": shared,
            "anonymity_reason": reason.text if reason else None,
            "n_mentions": n_mentions}))
        if src.source_class is SourceClass.MEDIA:
            out = self.outlet(src.name, from_media=True)
            G.add_edge(node, out, key=f"is_outlet:{node}", kind="is_outlet")

    def groups(self, claim_groups: Iterable[Any]) -> None:
        G = self.G
        for gi, group in enumerate(claim_groups):
            members = (group.get("claims") or ()) if isinstance(group, dict) else group.claims
            gid = (group.get("group_id", group.get("id")) if isinstance(group, dict)
                   else getattr(group, "group_id", getattr(group, "id", None)))
            gid = str(gi if gid is None else gid)
            nodes = [n for n in (_claim_node(m) for m in members) if n in G]
            nodes = list(dict.fromkeys(nodes))
            order = sorted(range(len(nodes)), key=lambda i: (
                self.published.get(G.nodes[nodes[i]]["doc_id"]) is None,
                self.published.get(G.nodes[nodes[i]]["doc_id"]) or "", i))
            nodes = [nodes[i] for i in order]
            for n in nodes:
                G.nodes[n]["group"] = gid
            if len(nodes) < 2:
                continue
            first = nodes[0]
            first_out = self.outlet_of.get(G.nodes[first]["doc_id"])
            for n in nodes[1:]:
                G.add_edge(n, first, key=f"same_claim:{gid}:{n}", kind="same_claim", group=gid)
                out = self.outlet_of.get(G.nodes[n]["doc_id"])
                if out and first_out and out != first_out:
                    if G.has_edge(out, first_out, key="re_reports"):
                        G.edges[out, first_out, "re_reports"]["weight"] += 1.0
                    else:
                        G.add_edge(out, first_out, key="re_reports", kind="re_reports",
                                   weight=1.0)

    def merge_surnames(self) -> None:
        """Fold a person known by a shorter name ("pompeo") into the only longer name
        ending with it ("mike pompeo"), across articles."""
        G = self.G
        names = {n: _name_tokens(G.nodes[n]["source_key"]) for n, d in G.nodes(data=True)
                 if d.get("kind") == "source" and d.get("shared")
                 and d.get("source_class") == SourceClass.NAMED_PERSON.value}
        for n, (prefix, toks) in sorted(names.items(), key=lambda kv: -len(kv[1][1])):
            longer = [m for m, (p, t) in names.items() if m != n and m in G and p == prefix
                      and len(t) > len(toks) and t[-len(toks):] == toks]
            if len(longer) != 1:
                continue
            keep = longer[0]
            for u, _, k, d in list(G.in_edges(n, keys=True, data=True)):
                G.add_edge(keep if u == n else u, keep, key=k, **d)
            for _, v, k, d in list(G.out_edges(n, keys=True, data=True)):
                G.add_edge(keep, keep if v == n else v, key=k, **d)
            aliases = [a for a in (G.nodes[keep].get("aliases"), G.nodes[n].get("aliases"),
                                   G.nodes[n]["label"]) if a]
            G.nodes[keep]["aliases"] = "; ".join(aliases)
            G.nodes[keep]["n_mentions"] += G.nodes[n]["n_mentions"]
            G.remove_node(n)

    def finish(self) -> nx.MultiDiGraph:
        G = self.G
        for n, d in G.nodes(data=True):
            if d.get("kind") == "source":
                claims = {v for _, v, k in G.out_edges(n, data="kind") if k == "asserts"}
                d["n_claims"] = len(claims)
                d["n_articles"] = len({G.nodes[c]["doc_id"] for c in claims})
            elif d.get("kind") == "outlet":
                d["n_articles"] = sum(1 for _, _, k in G.out_edges(n, data="kind")
                                      if k == "published")
        G.graph["n_articles"] = sum(1 for _, k in G.nodes(data="kind") if k == "article")
        return G


def _name_tokens(key: str) -> tuple[str, tuple[str, ...]]:
    """``("person", ("mike", "pompeo"))`` from "person:mike-pompeo" or "mike pompeo"."""
    prefix, _, rest = key.rpartition(":")
    return prefix, tuple(t for t in _TOKEN_SPLIT.split(rest) if t)


def _claim_node(member: Any) -> str:
    if isinstance(member, str):
        return member
    doc_id, claim_id = member
    return f"claim:{doc_id}:{int(claim_id)}"


def build_graph(analyses: Iterable[Analysis], *, claim_groups: Iterable[Any] | None = None,
                merge_surnames: bool = True) -> nx.MultiDiGraph:
    """One MultiDiGraph of many articles (see the module docstring for nodes and edges).

    Streams over ``analyses``: only the graph is kept.  ``claim_groups`` follows the
    protocol of the module docstring.  With ``merge_surnames``, a person known by one
    word in some article ("Pompeo") joins the only longer name ending in that word
    ("Mike Pompeo"); the node keeps the long name and lists the short one in ``aliases``.

    >>> from claimtrace.analysis import analyze
    >>> G = build_graph([analyze("Jane Doe said the plan would fail.", doc_id="d1"),
    ...                  analyze("Doe said the talks had stalled.", doc_id="d2")])
    >>> doe = G.nodes["source:person:jane-doe"]
    >>> doe["n_articles"], doe["n_claims"], doe["aliases"]
    (2, 2, 'Doe')
    """
    b = _Builder()
    for a in analyses:
        b.add(a)
    if merge_surnames:
        b.merge_surnames()
    if claim_groups is not None:
        b.groups(claim_groups)
    return b.finish()
