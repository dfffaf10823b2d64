"""The same claim across articles: near-duplicate groups, first report, re-reporting.

A claim (a sentence, or the content spans of its attributions when they are long
enough) is reduced to lower-cased words without stopwords, cut into word bigrams
and fingerprinted with a 64-value MinHash from the ``datasketch`` library. We use
datasketch because it is maintained, because MinHash with banded LSH is the
standard way to find near-duplicates at scale (the Jaccard similarity of the
shingle sets is estimated from the signatures, and banding finds candidate pairs
without comparing all pairs), and because it is pure Python on numpy, so it runs
in every worker process without compiled extras. Signatures are 256 bytes
(64 x uint32): the corpus runner keeps them in a ``.npy`` file and groups them with
numpy (sort-based banding, then connected components), so memory per claim is a
few hundred bytes, not an object graph.

Rules: claims shorter than :data:`MIN_WORDS` content words are not tracked; a group
must span two articles or more; the first report is the member with the earliest
publication date (input order breaks ties, undated members come last). A source
is named in a group by its key (``Source.key``), so "Pompeo" in two articles is one
source; an anonymous source is prefixed with its article's id and is never merged
across articles. ``anonymous_only`` holds when some member is attributed and every
attributed member rests only on anonymous sources. Media attributions
("according to The New York Times"), and attributions to a named source that is the
outlet of another article of the corpus, give outlet -> cited outlet ``re_reports``
edges.

>>> a = signature("The council plans to close the Harbor Bridge for six months from June")
>>> b = signature("the city council plans to close the Harbor Bridge for six months starting June")
>>> round(similarity(a, b), 1) >= 0.5
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .claims import content_pieces
from .model import Pattern, SourceClass

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

    from .analysis import Analysis

__all__ = [
    "BANDS",
    "INDEX_COLUMNS",
    "MIN_WORDS",
    "NUM_PERM",
    "THRESHOLD",
    "ClaimGroup",
    "GroupMember",
    "Tracking",
    "claim_index",
    "group_frame",
    "group_signatures",
    "groups_from_frame",
    "outlet_key",
    "re_reports",
    "select_re_reports",
    "signature",
    "source_label",
    "similarity",
    "track",
]

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 values: candidate probability 0.64 at Jaccard 0.5, 0.99 at 0.7
THRESHOLD = 0.5  # estimated Jaccard of word-bigram sets needed to join a group
MIN_WORDS = 5  # content words (stopwords excluded) a claim needs to be tracked
SEED = 20_240_601
SEP = "; "

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_STOPWORDS = """a an the of to in on at by for from with and or but as that this these
those it its is are was were be been being will would has have had do does did not no
said says say told according which who whom whose than then there their they he she his her
we our you your i me my mr mrs ms"""
_STOP = frozenset(_STOPWORDS.split())
_OUTLET_PREFIX = re.compile(r"^(?:the\s+)", re.I)
_NON_WORD = re.compile(r"[^\w]+")

#: Columns of the claim index (one row per tracked claim; signatures are kept apart).
INDEX_COLUMNS = ("doc_seq", "doc_id", "claim_id", "outlet", "published", "text", "sources",
                 "source_types", "attributed", "anonymous_only")


# --------------------------------------------------------------------------- signatures


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without stopwords.

    >>> words("The Pentagon said it WOULD stay.")
    ['pentagon', 'stay']
    """
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP]


@lru_cache(maxsize=1)
def _permutations() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (``NUM_PERM`` uint32) of ``text``'s word bigrams, or None if short.

    >>> sig = signature("The council plans to close the Harbor Bridge for six months")
    >>> sig.dtype, sig.shape, signature("Officials said so.")
    (dtype('uint32'), (64,), None)
    """
    from datasketch import MinHash

    ws = words(text)
    if len(ws) < MIN_WORDS:
        return None
    shingles = [f"{a} {b}".encode() for a, b in zip(ws, ws[1:], strict=False)]
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme="affine32")
    m.update_batch(shingles)
    return m.digest().astype("uint32", copy=False)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures.

    >>> a = signature("The council plans to close the Harbor Bridge for six months from June")
    >>> b = signature("the city council plans to close the Harbor Bridge for six months "
    ...               "starting June")
    >>> similarity(a, a), similarity(a, b)
    (1.0, 0.59375)
    """
    return float((a == b).mean())


def outlet_key(name: str | None) -> str:
    """A normalised outlet name for matching ("The New York Times" -> "new york times").

    >>> outlet_key("The New York Times"), outlet_key("the Daily-Planet"), outlet_key(None)
    ('new york times', 'daily planet', '')
    """
    if not name:
        return ""
    return _NON_WORD.sub(" ", _OUTLET_PREFIX.sub("", name.strip())).strip().casefold()


# --------------------------------------------------------------------------- per article


def _tracked_text(claim: Any, atts: dict[int, Any]) -> str:
    """The content spans of a claim's attributions inside it when long enough, else the claim."""
    pieces = content_pieces(claim, atts)
    if pieces:
        base = claim.span.start
        text = " ".join(claim.span.text[lo - base:hi - base] for lo, hi in sorted(set(pieces)))
        if len(words(text)) >= MIN_WORDS:
            return text
    return claim.span.text


#: Source classes matched across articles by key; others belong to their article.
SHARED_CLASSES = frozenset({SourceClass.NAMED_PERSON, SourceClass.NAMED_ORG, SourceClass.MEDIA})


def source_label(doc_id: str, source: Any) -> str:
    """The key naming ``source`` across a corpus: its key when named or media, else
    ``<doc_id>:<key>`` (anonymous sources are never merged across articles).

    >>> from claimtrace.model import Source, SourceType
    >>> source_label("a1", Source(0, "sources", "sources", SourceType.ANONYMOUS_BARE, ()))
    'a1:sources'
    """
    key = source.key or source.name.casefold()
    if source.source_class in SHARED_CLASSES or key.startswith(f"{doc_id}:"):
        return key
    return f"{doc_id}:{key}"


def claim_index(analysis: Analysis, doc_seq: int = 0) -> tuple[list[dict[str, Any]], np.ndarray]:
    """Rows (:data:`INDEX_COLUMNS`) and signatures (n x ``NUM_PERM``) of an article's tracked claims.

    >>> import claimtrace as ct
    >>> text = "Officials said the council would close the Harbor Bridge for six months."
    >>> rows, sigs = claim_index(ct.analyze(text, doc_id="a"), doc_seq=7)
    >>> rows[0]["doc_seq"], rows[0]["sources"], rows[0]["anonymous_only"], sigs.shape
    (7, 'a:anonymous_specific:0', True, (1, 64))
    """
    import numpy as np

    from .metrics import claim_facts

    rows, sigs = [], []
    meta = analysis.meta
    atts = {a.id: a for a in analysis.attributions}
    sources = {s.id: s for s in analysis.sources}
    for f in claim_facts(analysis):
        sig = signature(_tracked_text(f.claim, atts))
        if sig is None:
            continue
        labels = [(source_label(meta.doc_id, sources[sid]), sources[sid].type.value)
                  for sid in f.source_ids if sid in sources]
        rows.append({
            "doc_seq": doc_seq, "doc_id": meta.doc_id, "claim_id": f.claim.id,
            "outlet": meta.outlet, "published": meta.published, "text": f.claim.span.text,
            "sources": SEP.join(k for k, _ in labels),
            "source_types": SEP.join(t for _, t in labels),
            "attributed": f.attributed, "anonymous_only": f.anonymous_only,
        })
        sigs.append(sig)
    arr = np.vstack(sigs) if sigs else np.zeros((0, NUM_PERM), dtype="uint32")
    return rows, arr


def re_reports(analysis: Analysis) -> list[dict[str, Any]]:
    """Candidate outlet -> cited outlet edges: the article's attributions to named or media sources.

    A candidate with ``media`` True (the source is typed media) is an edge; the others
    become edges in :func:`select_re_reports` when the cited name is the outlet of
    some article of the corpus ("according to the Daily Planet" where the analyser
    did not know the Daily Planet is a newspaper). Self-citations are left out.

    >>> from claimtrace.analysis import Analysis
    >>> from claimtrace.model import DocumentMeta
    >>> re_reports(Analysis("", DocumentMeta("d", outlet="X"), (), (), (), (), ()))
    []
    """
    outlet = analysis.meta.outlet
    if not outlet:
        return []
    noisy = {s.index for s in analysis.sentences if s.is_noise}
    sources = {s.id: s for s in analysis.sources}
    out = []
    for att in analysis.attributions:
        if att.source is None or att.sentence in noisy:
            continue
        src = sources.get(att.source.source_id)
        cls = src.source_class if src else att.source_class
        cited = src.name if src else att.source.span.text
        key = outlet_key(cited)
        if cls not in SHARED_CLASSES or not key or key == outlet_key(outlet):
            continue
        out.append({"doc_id": analysis.doc_id, "from_outlet": outlet, "to_outlet": cited,
                    "to_key": key, "published": analysis.meta.published,
                    "attribution_id": att.id, "cue": att.cue.text,
                    "pattern": att.pattern.value, "media": cls is SourceClass.MEDIA,
                    "first_to_report": att.pattern is Pattern.MEDIA_REPORT
                    and "first" in att.cue.text.casefold()})
    return out


def select_re_reports(candidates: pd.DataFrame, outlets: Iterable[str | None]) -> pd.DataFrame:
    """The ``re_reports`` edges among ``candidates``: media sources, or names of corpus ``outlets``.

    The cited outlet is spelled as the corpus spells it when it is one of ``outlets``.

    >>> import claimtrace as ct
    >>> a = ct.analyze("According to the Daily Planet, ferries will run more often.",
    ...                doc_id="a", outlet="Wire")
    >>> candidates = re_report_frame(re_reports(a))
    >>> len(select_re_reports(candidates, ["Wire"])), select_re_reports(
    ...     candidates, ["Wire", "The Daily Planet"])["to_outlet"].tolist()
    (0, ['The Daily Planet'])
    """
    names: dict[str, str] = {}
    for o in outlets:
        if o and isinstance(o, str):
            names.setdefault(outlet_key(o), o)
    if candidates.empty:
        return candidates.reset_index(drop=True)
    keep = candidates["media"].astype(bool) | candidates["to_key"].isin(list(names))
    out = candidates[keep].copy()
    out["to_outlet"] = [names.get(k, o) for k, o in zip(out["to_key"], out["to_outlet"],
                                                        strict=True)]
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- grouping


def _mix(cols: np.ndarray) -> np.ndarray:
    """A 64-bit hash per row of a uint32 matrix."""
    import numpy as np

    h = np.full(cols.shape[0], 0xCBF29CE484222325, dtype=np.uint64)
    prime = np.uint64(0x100000001B3)
    for j in range(cols.shape[1]):
        h ^= cols[:, j].astype(np.uint64)
        h *= prime
        h ^= h >> np.uint64(29)
    return h


def _band_pairs(h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs among rows with equal band hash: each to its run's head and neighbour."""
    import numpy as np

    order = np.argsort(h, kind="stable")
    hs = h[order]
    same = hs[1:] == hs[:-1]
    a1, b1 = order[:-1][same], order[1:][same]
    new_run = np.r_[True, ~same]
    heads = order[np.flatnonzero(new_run)][np.cumsum(new_run) - 1]
    keep = heads != order
    return np.r_[a1, heads[keep]], np.r_[b1, order[keep]]


def group_signatures(sigs: np.ndarray, docs: Sequence[int] | np.ndarray, *,
                     threshold: float = THRESHOLD) -> np.ndarray:
    """Group label per signature row (-1: in no group spanning two or more docs).

    ``sigs`` is an (n x NUM_PERM) uint32 array (a memmap works), ``docs`` the article
    number of each row. Exact duplicates are collapsed first; LSH banding proposes
    pairs, which join a group when their estimated Jaccard reaches ``threshold``.

    >>> import numpy as np
    >>> a = signature("The council plans to close the Harbor Bridge for six months from June")
    >>> b = signature("the city council plans to close the Harbor Bridge for six months "
    ...               "starting June")
    >>> c = signature("Ferries will run every twenty minutes while the bridge is closed")
    >>> group_signatures(np.vstack([a, b, c]), [0, 1, 1]).tolist()
    [0, 0, -1]
    """
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    docs = np.asarray(docs, dtype=np.int64)
    n = sigs.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    full = np.concatenate([_mix(np.asarray(sigs[lo:lo + 100_000]))
                           for lo in range(0, n, 100_000)])  # row chunks: a memmap stays paged out
    _, first, inverse = np.unique(full, return_index=True, return_inverse=True)
    reps = np.asarray(sigs[first])
    m, rows = reps.shape[0], reps.shape[1] // BANDS
    src, dst = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
    for band in range(BANDS):
        a, b = _band_pairs(_mix(reps[:, band * rows:(band + 1) * rows]))
        for lo in range(0, len(a), 200_000):
            ca, cb = a[lo:lo + 200_000], b[lo:lo + 200_000]
            ok = (reps[ca] == reps[cb]).mean(axis=1) >= threshold
            src.append(ca[ok])
            dst.append(cb[ok])
    ea, eb = np.concatenate(src), np.concatenate(dst)
    graph = coo_matrix((np.ones(len(ea), dtype=np.int8), (ea, eb)), shape=(m, m))
    _, comp = connected_components(graph, directed=False)
    labels = comp[inverse.ravel()]
    pairs = np.unique(np.stack([labels, docs]), axis=1)
    multi = np.bincount(pairs[0], minlength=int(labels.max()) + 1) >= 2
    out = np.where(multi[labels], labels, -1)
    _, renum = np.unique(out, return_inverse=True)
    return np.where(out >= 0, renum.ravel() - (1 if (out < 0).any() else 0), -1)


def group_frame(members: pd.DataFrame, labels: Sequence[int] | np.ndarray) -> pd.DataFrame:
    """The ``claim_groups`` table: one row per member claim of a cross-article group.

    ``members``: claim-index rows (:data:`INDEX_COLUMNS`), ``labels`` their group
    labels (rows labelled -1 are dropped). Group ids (``g1``, ``g2`` ...) follow the
    first report's date. Columns: group_id, doc_id, claim_id, outlet, published, text,
    sources, source_types, anonymous_only (the member), is_first, then per group:
    n_claims, n_docs, n_outlets, first_doc, first_outlet, first_published,
    group_anonymous_only.

    >>> import pandas as pd
    >>> row = dict(doc_seq=0, doc_id="a", claim_id=0, outlet="Wire", published="2021-03-02",
    ...            text="The bridge will close.", sources="", source_types="", attributed=False,
    ...            anonymous_only=False)
    >>> members = pd.DataFrame([row, {**row, "doc_seq": 1, "doc_id": "b", "outlet": "Post",
    ...                               "published": "2021-03-01"}])
    >>> groups = group_frame(members, [0, 0])
    >>> groups[["group_id", "doc_id", "is_first", "first_outlet"]].values.tolist()
    [['g1', 'b', True, 'Post'], ['g1', 'a', False, 'Post']]
    """
    import numpy as np
    import pandas as pd

    df = members.reset_index(drop=True).copy()
    df["_label"] = np.asarray(labels)
    df = df[df["_label"] >= 0]
    cols = ["group_id", "doc_id", "claim_id", "outlet", "published", "text", "sources",
            "source_types", "anonymous_only", "is_first", "n_claims", "n_docs", "n_outlets",
            "first_doc", "first_outlet", "first_published", "group_anonymous_only"]
    if df.empty:
        return pd.DataFrame({c: pd.Series([], dtype="object") for c in cols})
    df["_when"] = pd.to_datetime(df["published"], errors="coerce", utc=True, format="mixed")
    df = df.sort_values(["_when", "doc_seq", "claim_id"], na_position="last", kind="stable")
    g = df.groupby("_label", sort=False)
    first = g.head(1).set_index("_label")
    attributed = df["attributed"].astype(bool)
    anon = (df["anonymous_only"].astype(bool) | ~attributed).groupby(df["_label"]).all()
    anon &= attributed.groupby(df["_label"]).any()
    order = {lab: i + 1 for i, lab in enumerate(first.index)}
    out = pd.DataFrame({
        "group_id": df["_label"].map(lambda lab: f"g{order[lab]}"),
        "doc_id": df["doc_id"], "claim_id": df["claim_id"], "outlet": df["outlet"],
        "published": df["published"], "text": df["text"], "sources": df["sources"],
        "source_types": df["source_types"], "anonymous_only": df["anonymous_only"].astype(bool),
        "is_first": df.index.isin(g.head(1).index),
        "n_claims": g["claim_id"].transform("size"),
        "n_docs": g["doc_seq"].transform("nunique"),
        "n_outlets": g["outlet"].transform("nunique"),
        "first_doc": df["_label"].map(first["doc_id"]),
        "first_outlet": df["_label"].map(first["outlet"]),
        "first_published": df["_label"].map(first["published"]),
        "group_anonymous_only": df["_label"].map(anon),
        "_order": df["_label"].map(order),
    })
    out = out.sort_values("_order", kind="stable").drop(columns="_order")
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- objects


@dataclass(frozen=True)
class GroupMember:
    """One claim of a group: where it appeared and what backs it there.

    >>> m = GroupMember("a", 0, "Wire", "2021-03-02", "The bridge will close.", ("pompeo",), False)
    >>> m.doc_id, m.outlet, m.sources
    ('a', 'Wire', ('pompeo',))
    """

    doc_id: str
    claim_id: int
    outlet: str | None
    published: str | None
    text: str
    sources: tuple[str, ...]
    anonymous_only: bool


@dataclass(frozen=True)
class ClaimGroup:
    """Claims in several articles that say the same thing; ``members[0]`` came first.

    >>> first = GroupMember("b", 0, "Post", "2021-03-01", "The bridge will close.", (), False)
    >>> later = GroupMember("a", 3, "Wire", "2021-03-02", "The bridge will close.", (), False)
    >>> group = ClaimGroup("g1", (first, later), anonymous_only=False)
    >>> group.first_outlet, group.outlets, group.claims
    ('Post', ('Post', 'Wire'), (('b', 0), ('a', 3)))
    """

    group_id: str
    members: tuple[GroupMember, ...]
    anonymous_only: bool

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.doc_id for m in self.members))

    @property
    def claim_ids(self) -> tuple[tuple[str, int], ...]:
        return tuple((m.doc_id, m.claim_id) for m in self.members)

    @property
    def claims(self) -> tuple[tuple[str, int], ...]:
        """``(doc_id, claim_id)`` pairs: the claim_groups protocol of :mod:`claimtrace.graph`."""
        return self.claim_ids

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.outlet for m in self.members if m.outlet))

    @property
    def first_doc(self) -> str:
        return self.members[0].doc_id

    @property
    def first_outlet(self) -> str | None:
        return self.members[0].outlet

    @property
    def first_published(self) -> str | None:
        return self.members[0].published

    @property
    def sources(self) -> dict[str, tuple[str, ...]]:
        """Source keys backing the claim in each article."""
        out: dict[str, tuple[str, ...]] = {}
        for m in self.members:
            out[m.doc_id] = tuple(dict.fromkeys(out.get(m.doc_id, ()) + m.sources))
        return out


def _none(value: Any) -> Any:
    return None if value is None or value != value else value  # NaN -> None


def groups_from_frame(frame: pd.DataFrame) -> list[ClaimGroup]:
    """:class:`ClaimGroup` objects from a ``claim_groups`` table (see :func:`group_frame`).

    >>> import pandas as pd
    >>> row = dict(doc_seq=0, doc_id="a", claim_id=0, outlet="Wire", published="2021-03-02",
    ...            text="The bridge will close.", sources="pompeo", source_types="named_person",
    ...            attributed=True, anonymous_only=False)
    >>> members = pd.DataFrame([row, {**row, "doc_seq": 1, "doc_id": "b", "published": None}])
    >>> group = groups_from_frame(group_frame(members, [0, 0]))[0]
    >>> group.group_id, group.doc_ids, group.sources
    ('g1', ('a', 'b'), {'a': ('pompeo',), 'b': ('pompeo',)})
    """
    groups = []
    for gid, rows in frame.groupby("group_id", sort=False):
        members = tuple(
            GroupMember(str(r.doc_id), int(r.claim_id), _none(r.outlet), _none(r.published),
                        str(r.text), tuple(s for s in str(_none(r.sources) or "").split(SEP) if s),
                        bool(r.anonymous_only))
            for r in rows.sort_values("is_first", ascending=False, kind="stable")
                         .itertuples(index=False))
        groups.append(ClaimGroup(str(gid), members, bool(rows["group_anonymous_only"].iloc[0])))
    return groups


@dataclass(frozen=True)
class Tracking:
    """Claim groups and re-reporting edges of a set of articles.

    >>> import claimtrace as ct
    >>> t = track([ct.analyze("Ferries will run more often, Reuters reported.", doc_id="a",
    ...                       outlet="Wire")])
    >>> t.groups, t.re_reports[["from_outlet", "to_outlet", "media"]].values.tolist()
    ([], [['Wire', 'Reuters', True]])
    """

    frame: pd.DataFrame
    re_reports: pd.DataFrame

    @property
    def groups(self) -> list[ClaimGroup]:
        return groups_from_frame(self.frame)


def track(analyses: Iterable[Analysis], *, threshold: float = THRESHOLD) -> Tracking:
    """Group the claims of ``analyses`` across articles and list outlet re-reports (in memory).

    >>> import claimtrace as ct
    >>> a = ct.analyze("Officials said the council would close the Harbor Bridge for six months.",
    ...                doc_id="a", published="2021-03-02")
    >>> b = ct.analyze("The council will close the Harbor Bridge for six months, officials said.",
    ...                doc_id="b", published="2021-03-01")
    >>> group = track([a, b]).groups[0]
    >>> group.group_id, group.doc_ids, group.first_doc, group.anonymous_only
    ('g1', ('b', 'a'), 'b', True)
    """
    import numpy as np
    import pandas as pd

    rows: list[dict[str, Any]] = []
    sigs: list[np.ndarray] = []
    edges: list[dict[str, Any]] = []
    outlets: set[str] = set()
    for seq, a in enumerate(analyses):
        if a.meta.outlet:
            outlets.add(a.meta.outlet)
        r, s = claim_index(a, seq)
        rows.extend(r)
        sigs.append(s)
        edges.extend(re_reports(a))
    members = pd.DataFrame(rows, columns=list(INDEX_COLUMNS))
    sig = np.vstack(sigs) if sigs else np.zeros((0, NUM_PERM), dtype="uint32")
    labels = group_signatures(sig, members["doc_seq"].to_numpy(), threshold=threshold)
    edges_frame = select_re_reports(re_report_frame(edges), outlets)
    return Tracking(group_frame(members, labels), edges_frame)


RE_REPORT_COLUMNS = ("doc_id", "from_outlet", "to_outlet", "to_key", "published",
                     "attribution_id", "cue", "pattern", "media", "first_to_report")


def re_report_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """The ``re_reports`` table from :func:`re_reports` rows (fixed columns, also when empty).

    >>> frame = re_report_frame([{"doc_id": "a", "from_outlet": "Wire", "to_outlet": "Reuters"}])
    >>> frame.shape, list(frame.columns[:3]), re_report_frame([]).shape
    ((1, 10), ['doc_id', 'from_outlet', 'to_outlet'], (0, 10))
    """
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(RE_REPORT_COLUMNS))
