"""The scoring core of :mod:`claimtrace.evaluate`: spans as pieces, pairing, per-document counts.

A span is a tuple of ``(start, end)`` character pieces.  :class:`_Doc` holds a document's
text and word tokens; :func:`_score_doc` adds one document's gold-vs-predicted counts to a
:class:`_Totals`, and :func:`_results` turns the totals into the figures that
:func:`claimtrace.evaluate.evaluate` returns (the metric definitions are listed there).
Reading and checking the JSONL records lives in :mod:`claimtrace.evaluate`.

>>> text = "Officials said the plan works."
>>> doc = _Doc(text)
>>> gold = [_Att(cue=((10, 14),), source=((0, 9),), content=((15, 29),), stype="named_org")]
>>> pred = [_Att(cue=((10, 14),), source=((0, 9),), content=((15, 30),), stype=None)]
>>> _pairs(gold, pred)
[(0, 0, 'cue')]
>>> _trim(text, (15, 30)), doc.head(((0, 9),))
((15, 29), (0, 9))
>>> totals = _Totals(Counter(), defaultdict(Counter), Counter(), [])
>>> _score_doc(doc, gold, pred, False, totals)
>>> r = _results(totals, False)
>>> r["attribution"]["match"]["f1"], r["span_set"]["content"]["exact"]["f1"]
(1.0, 0.0)
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

ROLES = ("cue", "source", "content")
SPAN_MODES = ("exact", "lenient", "overlap", "token")
_UNKNOWN = (None, "", "unknown")
_WORD_RE = re.compile(r"\w+")
_POSSESSIVE_RE = re.compile(r"\W*['\u2019]s\W*$")
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u2039\u203a`")
_OPENING_QUOTES = "\"\u201c\u201e\u00ab"

Piece = tuple[int, int]
Pieces = tuple[Piece, ...]


# ----------------------------------------------------------------------------- pieces

def _trimmable(ch: str) -> bool:
    return ch.isspace() or ch in _QUOTE_MARKS or unicodedata.category(ch)[0] == "P"


def _strip(text: str, piece: Piece, drop) -> Piece:
    s, e = piece
    while s < e and drop(text[s]):
        s += 1
    while e > s and drop(text[e - 1]):
        e -= 1
    return s, e


def _trim(text: str, piece: Piece) -> Piece:
    """The piece without edge whitespace/punctuation/quotes; a piece made only of those
    (a ":" cue) loses only its whitespace, and one made only of whitespace stays as it is."""
    s, e = _strip(text, piece, _trimmable)
    if s < e:
        return s, e
    s, e = _strip(text, piece, str.isspace)
    return (s, e) if s < e else piece


def _trim_all(text: str, span: Pieces | None) -> Pieces | None:
    return tuple(_trim(text, p) for p in span) if span else span


def _shared(a: Piece, b: Piece) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span_shared(a: Pieces, b: Pieces) -> int:
    return sum(_shared(p, q) for p in a for q in b)


def _normalise(pieces: Iterable[Piece]) -> Pieces:
    """Sorted pieces, overlapping ones merged (touching ones kept apart)."""
    out: list[Piece] = []
    for s, e in sorted(pieces):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return tuple(out)


def _greedy(cands: list[tuple]) -> dict:
    """One-to-one pairing from ``(sort_key, a, b)`` candidates, smallest key first."""
    taken_b, out = set(), {}
    for _, a, b in sorted(cands, key=lambda c: c[0]):
        if a not in out and b not in taken_b:
            out[a] = b
            taken_b.add(b)
    return out


class _Doc:
    """A document's text and word tokens, with lookups by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = [m.span() for m in _WORD_RE.finditer(text)]
        self._starts = [s for s, _ in self.toks]
        self._ends = [e for _, e in self.toks]

    def tokens(self, span: Iterable[Piece] | None) -> set[int]:
        """Indices of the word tokens sharing a character with the span."""
        found: set[int] = set()
        for s, e in span or ():
            found.update(range(bisect.bisect_right(self._ends, s),
                               bisect.bisect_left(self._starts, e)))
        return found

    def head(self, span: Pieces) -> Piece | None:
        """The last word token of a span (before a trailing possessive "'s"), clipped to it."""
        s, e = span[-1]
        m = _POSSESSIVE_RE.search(self.text, s, e)
        if m and m.end() == e and m.start() > s:
            e = m.start()
        idx = self.tokens(((s, e),)) or self.tokens(span)
        if not idx:
            return None
        hs, he = self.toks[max(idx)]
        for ps, pe in span:
            if ps < he and hs < pe:
                hs, he = max(hs, ps), min(he, pe)
        return hs, he


@dataclass
class _Att:
    """One attribution: its spans as pieces, its source type and its pattern."""

    cue: Pieces | None
    source: Pieces | None
    content: Pieces | None
    stype: Any
    pattern: Any = None


# ----------------------------------------------------------------------------- scoring

def _span_sets(doc: _Doc, role: str, gold: list[_Att], pred: list[_Att], c: Counter) -> None:
    g = sorted({p for a in gold for p in getattr(a, role) or ()})
    p = sorted({q for a in pred for q in getattr(a, role) or ()})
    gl, pl = {_trim(doc.text, x) for x in g}, {_trim(doc.text, x) for x in p}
    cands = [((-_shared(x, y), abs(x[0] - y[0]) + abs(x[1] - y[1]), x, y), x, y)
             for x in g for y in p if _shared(x, y)]
    gt, pt = doc.tokens(g), doc.tokens(p)
    for mode, tp, n_pred, n_gold in (("exact", len(set(g) & set(p)), len(p), len(g)),
                                     ("lenient", len(gl & pl), len(pl), len(gl)),
                                     ("overlap", len(_greedy(cands)), len(p), len(g)),
                                     ("token", len(gt & pt), len(pt), len(gt))):
        c[f"span.{role}.{mode}.tp"] += tp
        c[f"span.{role}.{mode}.n_pred"] += n_pred
        c[f"span.{role}.{mode}.n_gold"] += n_gold


def _pairs(gold: list[_Att], pred: list[_Att]) -> list[tuple[int, int, str]]:
    """Pair gold and predicted attributions one-to-one: by cue overlap, then by content."""
    cands: list[tuple[tuple[float, int, int, int], int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = _span_shared(g.cue, p.cue) if g.cue and p.cue else 0
            if ov:
                cov = _span_shared(g.content, p.content) if g.content and p.content else 0
                cands.append(((-ov, -cov, i, j), i, j))
    by_cue = _greedy(cands)
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if i in by_cue or j in by_cue.values() or not (g.content and p.content):
                continue
            ov = _span_shared(g.content, p.content)
            shorter = min(sum(e - s for s, e in g.content), sum(e - s for s, e in p.content))
            if ov and 2 * ov >= shorter:
                cands.append(((-ov / shorter, -ov, i, j), i, j))
    by_content = _greedy(cands)
    return ([(i, j, "cue") for i, j in sorted(by_cue.items())]
            + [(i, j, "content") for i, j in sorted(by_content.items())])


def _token_f1(g: set[int], p: set[int]) -> float:
    if not g and not p:
        return 1.0
    both = len(g & p)
    return 2 * both / (len(g) + len(p)) if both else 0.0


def _score_pair(doc: _Doc, g: _Att, p: _Att, c: Counter, conf: Counter, typing: bool) -> None:
    if g.cue:
        c["pair.cue.n"] += 1
        c["pair.cue.exact"] += p.cue == g.cue
        c["pair.cue.lenient"] += bool(p.cue) and _trim_all(doc.text, p.cue) == _trim_all(doc.text, g.cue)
    if g.source:
        c["pair.source.n"] += 1
        if p.source:
            c["pair.source.exact"] += p.source == g.source
            c["pair.source.lenient"] += _trim_all(doc.text, p.source) == _trim_all(doc.text, g.source)
            c["pair.source.overlap"] += _span_shared(p.source, g.source) > 0
            h = doc.head(g.source)
            hit = h is not None and any(s <= h[0] and h[1] <= e for s, e in p.source)
            c["pair.source.head"] += hit
            c["attr_src.tp"] += hit
    else:
        c["pair.nosource.n"] += 1
        c["pair.nosource.agree"] += p.source is None
        c["attr_src.tp"] += p.source is None
    if g.content:
        gt, pt = doc.tokens(g.content), doc.tokens(p.content)
        c["pair.content.n"] += 1
        c["pair.content.token_f1_sum"] += _token_f1(gt, pt)  # type: ignore[assignment]  # a float
        c["pair.content.exact"] += p.content == g.content
        c["pair.content.lenient"] += bool(p.content) and (
            _trim_all(doc.text, p.content) == _trim_all(doc.text, g.content))
        c["content_tok.tp"] += len(gt & pt)
    if typing and g.stype not in _UNKNOWN:
        ptype = p.stype if p.stype not in (None, "") else "(none)"
        conf[(g.stype, ptype)] += 1
        g_anon, p_anon = g.stype == "anonymous", ptype == "anonymous"
        c["type.n"] += 1
        c["type.correct"] += ptype == g.stype
        c["type.bin.correct"] += g_anon == p_anon
        c["type.anon.tp"] += g_anon and p_anon
        c["type.anon.n_gold"] += g_anon
        c["type.anon.n_pred"] += p_anon


def _anon_share(attrs: list[_Att]) -> float | None:
    known = [a.stype == "anonymous" for a in attrs if a.source is not None and a.stype not in _UNKNOWN]
    return sum(known) / len(known) if known else None


def _cue_words(doc: _Doc, span: Pieces | None) -> str:
    if not span:
        return "(none)"
    return " ".join(" ".join(doc.text[s:e].split()) for s, e in span).lower()


def _quote_kind(doc: _Doc, span: Pieces | None) -> str:
    head = doc.text[span[0][0]:span[0][1]].lstrip() if span else ""
    return "direct" if head[:1] and head[0] in _OPENING_QUOTES else "other"


@dataclass
class _Totals:
    c: Counter
    by: defaultdict
    conf: Counter
    shares: list


def _score_doc(doc: _Doc, gold: list[_Att], pred: list[_Att], typing: bool, t: _Totals) -> None:
    c = t.c
    for role in ROLES:
        _span_sets(doc, role, gold, pred, c)
    pairs = _pairs(gold, pred)
    c["attr.n_gold"] += len(gold)
    c["attr.n_pred"] += len(pred)
    c["attr.tp"] += len(pairs)
    for i, j, stage in pairs:
        c[f"attr.tp_by_{stage}"] += 1
        _score_pair(doc, gold[i], pred[j], c, t.conf, typing)
    c["content_tok.n_gold"] += sum(len(doc.tokens(a.content)) for a in gold)
    c["content_tok.n_pred"] += sum(len(doc.tokens(a.content)) for a in pred)
    hit_gold, hit_pred = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    for i, g in enumerate(gold):
        keys = [("cue", _cue_words(doc, g.cue)),
                ("source_type", "(no source)" if g.source is None else (g.stype or "(none)")),
                ("quote", _quote_kind(doc, g.content))]
        if g.pattern is not None:
            keys.append(("pattern", str(g.pattern)))
        for key in keys:
            t.by[key]["n_gold"] += 1
            t.by[key]["n_matched"] += i in hit_gold
    for j, p in enumerate(pred):
        if p.pattern is not None:
            t.by[("pred_pattern", str(p.pattern))]["n_pred"] += 1
            t.by[("pred_pattern", str(p.pattern))]["n_matched"] += j in hit_pred
    if typing:
        gs = _anon_share(gold)
        if gs is not None:
            t.shares.append((gs, _anon_share(pred) or 0.0))


def _prf(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def _breakdown(by: dict[tuple[str, str], Counter]) -> dict[str, dict[str, dict]]:
    """Recall per gold cue / source type / quote kind (/ pattern), precision per predicted
    pattern; biggest groups first, the 30 most frequent cues only."""
    grouped: dict[str, list] = defaultdict(list)
    for (dim, val), v in by.items():
        size = v["n_pred"] if dim == "pred_pattern" else v["n_gold"]
        rate = "precision" if dim == "pred_pattern" else "recall"
        grouped[dim].append((-size, val, {**v, rate: v["n_matched"] / size}))
    return {dim: {val: row for _, val, row in sorted(rows)[:30 if dim == "cue" else None]}
            for dim, rows in grouped.items()}


def _results(t: _Totals, typing: bool) -> dict[str, Any]:
    c = t.c

    def share(num: str, den: str) -> dict[str, Any]:
        return {"value": c[num] / c[den] if c[den] else None, "n": c[den]}

    span_set = {role: {m: _prf(c[f"span.{role}.{m}.tp"], c[f"span.{role}.{m}.n_pred"],
                               c[f"span.{role}.{m}.n_gold"]) for m in SPAN_MODES} for role in ROLES}
    match = _prf(c["attr.tp"], c["attr.n_pred"], c["attr.n_gold"])
    match.update(tp_by_cue_overlap=c["attr.tp_by_cue"], tp_by_content_fallback=c["attr.tp_by_content"])
    attribution = {
        "match": match,
        "with_source_head": _prf(c["attr_src.tp"], c["attr.n_pred"], c["attr.n_gold"]),
        "cue_given_match": {k: share(f"pair.cue.{k}", "pair.cue.n") for k in ("exact", "lenient")},
        "source_given_match": {k: share(f"pair.source.{k}", "pair.source.n")
                               for k in ("exact", "lenient", "overlap", "head")},
        "nosource_agreement": share("pair.nosource.agree", "pair.nosource.n"),
        "content_given_match": {
            "token_f1_mean": share("pair.content.token_f1_sum", "pair.content.n"),
            "exact": share("pair.content.exact", "pair.content.n"),
            "lenient": share("pair.content.lenient", "pair.content.n")},
        "content_token_e2e": _prf(c["content_tok.tp"], c["content_tok.n_pred"], c["content_tok.n_gold"]),
    }
    breakdown = _breakdown(t.by)
    res: dict[str, Any] = {"span_set": span_set, "attribution": attribution,
                           "breakdown": breakdown, "typing": None}
    if typing:
        n = c["type.n"]
        confusion: dict[str, dict[str, int]] = {}
        for (g, p), k in sorted(t.conf.items()):
            confusion.setdefault(g, {})[p] = k
        res["typing"] = {
            "n": n, "accuracy": c["type.correct"] / n if n else None,
            "binary_accuracy": c["type.bin.correct"] / n if n else None,
            "anonymous_class": _prf(c["type.anon.tp"], c["type.anon.n_pred"], c["type.anon.n_gold"]),
            "confusion": confusion,
            "anonymous_share": {
                "docs": len(t.shares),
                "mae": sum(abs(g - p) for g, p in t.shares) / len(t.shares),
                "mean_gold": sum(g for g, _ in t.shares) / len(t.shares),
                "mean_pred": sum(p for _, p in t.shares) / len(t.shares)} if t.shares else None}
    return res
