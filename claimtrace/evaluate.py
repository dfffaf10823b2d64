"""Score attributions (cue, source, content spans and source types) against gold annotations.

The figures follow the project's reference metric definitions, so ``claimtrace evaluate`` and
the team scorer agree on the same gold and predictions:

* span sets per role (cue, source, content): strict exact, lenient exact (pieces trimmed of
  whitespace, punctuation and quote marks), overlap (one-to-one, greedy by largest overlap) and
  word-token coverage, each as P/R/F1 over the distinct pieces of a document;
* attribution pairing (greedy by cue overlap, then by content overlap >= 50 % of the shorter
  content) with P/R/F1, source accuracy given a pair (exact, lenient, overlap, head word),
  no-source agreement, "attribution + source" P/R/F1, content token F1 and end-to-end content
  token P/R/F1, and recall broken down by gold cue, gold source type and quote kind;
* source typing over pairs whose gold type is known: accuracy, confusion, the binary
  anonymous-vs-not view and the per-document anonymous-share error.

>>> text = "Officials said the plan works."
>>> span = lambda s, e: {"start": s, "end": e, "text": text[s:e]}
>>> gold = [{"doc_id": "d", "text": text, "attributions": [
...     {"source": span(0, 9), "cue": span(10, 14), "content": span(15, 29),
...      "source_type": "named_org"}]}]
>>> pred = [{"doc_id": "d", "attributions": [
...     {"source": span(0, 9), "cue": span(10, 14), "content": span(15, 30)}]}]
>>> r = evaluate(gold, pred)
>>> r["attribution"]["match"]["f1"], r["span_set"]["content"]["exact"]["f1"]
(1.0, 0.0)
>>> r["span_set"]["content"]["lenient"]["f1"]
1.0
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GoldFormatError

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

    def tokens(self, span: Pieces | None) -> set[int]:
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


# ----------------------------------------------------------------------------- reading

@dataclass
class _Att:
    cue: Pieces | None
    source: Pieces | None
    content: Pieces | None
    stype: Any
    pattern: Any = None


def _span_problem(obj: Any, text: str) -> str | None:
    """Why a gold SPAN is not well formed, or None."""
    if obj is None:
        return None
    if not isinstance(obj, dict):
        return "a span must be an object or null"
    frags = obj.get("fragments") or [[obj.get("start"), obj.get("end")]]
    for frag in frags:
        if not (isinstance(frag, list | tuple) and len(frag) == 2
                and all(isinstance(x, int) and not isinstance(x, bool) for x in frag)):
            return f"bad offsets {frag!r}"
        if not 0 <= frag[0] < frag[1] <= len(text):
            return f"offsets {frag!r} outside the text (length {len(text)})"
    if "text" in obj and not obj.get("fragments") and text[frags[0][0]:frags[0][1]] != obj["text"]:
        return f"span text {obj['text'][:40]!r} differs from the text at its offsets"
    return None


def _pieces(obj: Any, text: str, problems: Counter) -> Pieces | None:
    """A SPAN dict (or a list of them) as normalised pieces; bad parts are counted and dropped."""
    if obj is None:
        return None
    if isinstance(obj, list):
        found = [p for o in obj for p in (_pieces(o, text, problems) or ())]
        return _normalise(found) or None
    try:
        if obj.get("fragments"):
            raw = [(int(s), int(e)) for s, e in obj["fragments"]]
        else:
            raw = [(int(obj["start"]), int(obj["end"]))]
    except (AttributeError, KeyError, TypeError, ValueError):
        problems["malformed_span"] += 1
        return None
    good = [(s, e) for s, e in raw if 0 <= s < e <= len(text)]
    problems["offsets_out_of_range"] += len(raw) - len(good)
    if not good:
        return None
    if "text" in obj and not obj.get("fragments") and text[raw[0][0]:raw[0][1]] != obj["text"]:
        problems["span_text_mismatch"] += 1
    return _normalise(good)


def _attributions(rec: dict, text: str, problems: Counter, side: str) -> list[_Att]:
    """A record's attributions; those without any span are dropped and counted."""
    out = []
    for a in rec.get("attributions") or []:
        if not isinstance(a, dict):
            problems[f"{side}_malformed_attribution"] += 1
            continue
        content = a.get("content")
        if a.get("content_parts") and not (isinstance(content, dict) and content.get("fragments")):
            content = a["content_parts"]  # a list of SPANs: the fragments of the content
        att = _Att(_pieces(a.get("cue"), text, problems), _pieces(a.get("source"), text, problems),
                   _pieces(content, text, problems),
                   a.get("source_class" if "source_class" in a else "source_type"), a.get("pattern"))
        if att.cue is None and att.source is None and att.content is None:
            problems[f"{side}_empty_attribution_dropped"] += 1
        else:
            out.append(att)
    return out


def _records(src: str | Path | Iterable[dict], what: str) -> Iterable[tuple[str, Any]]:
    """(where, record) for each JSONL line of a file, or each item of an iterable."""
    if isinstance(src, str | Path):
        try:
            with open(src, encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            yield f"{src}:{n}", json.loads(line)
                        except json.JSONDecodeError as exc:
                            raise GoldFormatError(f"{src}:{n}", f"invalid JSON ({exc.msg})") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldFormatError(str(src), f"cannot read the {what} file ({exc})") from None
    else:
        for n, rec in enumerate(src, 1):
            yield f"{what} record {n}", rec


def _check_gold(rec: Any, where: str) -> None:
    if not isinstance(rec, dict) or "doc_id" not in rec or not isinstance(rec.get("text"), str):
        raise GoldFormatError(where, "a gold record needs \"doc_id\" and a string \"text\"")
    attrs = rec.get("attributions")
    if attrs is not None and not isinstance(attrs, list):
        raise GoldFormatError(where, "\"attributions\" must be a list")
    for k, a in enumerate(attrs or []):
        if not isinstance(a, dict):
            raise GoldFormatError(where, f"attribution {k} is not an object")
        for role in ROLES:
            problem = _span_problem(a.get(role), rec["text"])
            if problem:
                raise GoldFormatError(where, f"attribution {k} {role}: {problem}")


def _load(src: str | Path | Iterable[dict], what: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for where, rec in _records(src, what):
        if what == "gold":
            _check_gold(rec, where)
        elif not isinstance(rec, dict) or "doc_id" not in rec:
            raise GoldFormatError(where, "a prediction record needs \"doc_id\"")
        did = str(rec["doc_id"])
        if did in out:
            raise GoldFormatError(where, f"duplicate doc_id {did!r}")
        out[did] = rec
    return out


def load_gold(src: str | Path | Iterable[dict]) -> list[dict]:
    """The gold records of a JSONL file (checked; GoldFormatError names file and line)."""
    return list(_load(src, "gold").values())


def _merge_shared_cue(attrs: list[_Att], problems: Counter) -> list[_Att]:
    """Fold attributions with the same cue (and equal or null sources) into the first one,
    pooling their contents: one relation per quote split around "he said"."""
    out: list[_Att] = []
    first: dict[Pieces, _Att] = {}
    for a in attrs:
        b = first.get(a.cue) if a.cue is not None else None
        if b is not None and (a.source is None or b.source is None or a.source == b.source):
            b.source = b.source or a.source
            if a.content:
                b.content = _normalise((b.content or ()) + a.content)
            if b.stype in (None, "") and a.stype:
                b.stype = a.stype
            problems["pred_merged_shared_cue"] += 1
            continue
        if a.cue is not None:
            first.setdefault(a.cue, a)
        out.append(a)
    return out


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
    cands = []
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
        c["pair.content.token_f1_sum"] += _token_f1(gt, pt)
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


# ----------------------------------------------------------------------------- public API

def predictions_for(gold_records: Iterable[dict]) -> list[dict]:
    """Run :func:`claimtrace.analyze` on each record's text; one prediction record per article.

    A document whose analysis fails gets ``"error"`` and no attributions, so one bad article
    does not stop an evaluation (the count is reported as ``docs.prediction_errors``).

    >>> predictions_for([{"doc_id": "x", "text": "Pompeo said it."}])[0]["doc_id"]
    'x'
    """
    from .analysis import analyze

    out = []
    for rec in gold_records:
        did = str(rec["doc_id"])
        try:
            analysis = analyze(rec["text"], doc_id=did)
            out.append({"doc_id": did, "attributions": [a.to_dict() for a in analysis.attributions]})
        except Exception as exc:  # noqa: BLE001 - recorded per document, never swallowed silently
            out.append({"doc_id": did, "attributions": [], "error": f"{type(exc).__name__}: {exc}"})
    return out


def evaluate(
    gold: str | Path | Iterable[dict],
    predictions: str | Path | Iterable[dict] | None = None,
    *,
    split: str | None = None,
    merge_shared_cue: bool = False,
) -> dict[str, Any]:
    """Score predictions against gold; with ``predictions=None``, score :func:`claimtrace.analyze`.

    ``gold`` and ``predictions`` are JSONL paths or iterables of records. A gold document with no
    prediction counts as all-missed; predictions for documents outside the gold scope are ignored.
    ``merge_shared_cue`` first folds predicted attributions sharing one cue (and equal or null
    sources) into one with a fragmented content, as PolNeAR annotates split quotes.
    Raises :class:`~claimtrace.errors.GoldFormatError` on bad JSON or malformed records.

    >>> r = evaluate([{"doc_id": "d", "text": "No quotes here.", "attributions": []}], [])
    >>> r["docs"]["missing_prediction"], r["attribution"]["match"]["f1"]
    (1, 0.0)
    """
    gold_recs = _load(gold, "gold")
    scope = {d: r for d, r in gold_recs.items() if split is None or r.get("split") == split}
    if predictions is None:
        predictions = predictions_for(scope.values())
    pred_recs = _load(predictions, "prediction")
    typing = any(isinstance(a, dict) and ("source_type" in a or "source_class" in a)
                 for r in pred_recs.values() for a in (r.get("attributions") or []))
    problems: Counter = Counter()
    totals = _Totals(Counter(), defaultdict(Counter), Counter(), [])
    for did, rec in scope.items():
        doc = _Doc(rec["text"])
        prec = pred_recs.get(did, {})
        pred = _attributions(prec, doc.text, problems, "pred")
        if merge_shared_cue:
            pred = _merge_shared_cue(pred, problems)
        _score_doc(doc, _attributions(rec, doc.text, problems, "gold"), pred, typing, totals)
    missing = [d for d in scope if d not in pred_recs]
    res = _results(totals, typing)
    res["docs"] = {"gold_in_scope": len(scope), "scored": len(scope),
                   "with_prediction": len(scope) - len(missing), "missing_prediction": len(missing),
                   "prediction_errors": sum(bool(pred_recs[d].get("error")) for d in scope
                                            if d in pred_recs),
                   "extra_prediction_docs": sum(d not in scope for d in pred_recs),
                   "missing_examples": missing[:5]}
    res["split"] = split
    res["options"] = {"merge_shared_cue": merge_shared_cue, "typing": typing}
    res["input_problems"] = {"counts": {k: v for k, v in problems.items() if v}}
    return res


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _recalls(rows: dict[str, dict], limit: int = 12) -> str:
    return ", ".join(f"{k} {_f(v['recall'])} (n={v['n_gold']})" for k, v in list(rows.items())[:limit])


def format_results(results: dict[str, Any]) -> str:
    """The headline figures of :func:`evaluate` as a plain-text table.

    >>> r = evaluate([{"doc_id": "d", "text": "Hi.", "attributions": []}], [])
    >>> print(format_results(r).splitlines()[0])
    documents: 1 gold in scope, 0 with a prediction, 1 missing (counted as all-missed), 0 with an error
    """
    d, a, bd = results["docs"], results["attribution"], results["breakdown"]
    m, w = a["match"], a["with_source_head"]
    lines = [f"documents: {d['gold_in_scope']} gold in scope, {d['with_prediction']} with a "
             f"prediction, {d['missing_prediction']} missing (counted as all-missed), "
             f"{d['prediction_errors']} with an error",
             f"attributions: {m['n_gold']} gold, {m['n_pred']} predicted, {m['tp']} paired "
             f"({m['tp_by_cue_overlap']} by cue, {m['tp_by_content_fallback']} by content)",
             "",
             f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}",
             f"{'attribution':<22}{_f(m['p']):>7}{_f(m['r']):>7}{_f(m['f1']):>7}",
             f"{'attribution + source':<22}{_f(w['p']):>7}{_f(w['r']):>7}{_f(w['f1']):>7}"
             "   (source head word right)",
             "",
             f"{'span F1':<22}{'exact':>9}{'lenient':>9}{'overlap':>9}{'token':>9}{'n_gold':>8}"]
    for role in ROLES:
        ss = results["span_set"][role]
        lines.append(f"{role:<22}" + "".join(f"{_f(ss[k]['f1']):>9}" for k in SPAN_MODES)
                     + f"{ss['exact']['n_gold']:>8}")
    s, cg = a["source_given_match"], a["content_given_match"]
    lines += ["",
              f"given a pair: source exact {_f(s['exact']['value'])}, lenient "
              f"{_f(s['lenient']['value'])}, overlap {_f(s['overlap']['value'])}, head "
              f"{_f(s['head']['value'])} (n={s['head']['n']}); no-source agreement "
              f"{_f(a['nosource_agreement']['value'])} (n={a['nosource_agreement']['n']})",
              f"given a pair: content token F1 {_f(cg['token_f1_mean']['value'])}, exact "
              f"{_f(cg['exact']['value'])} (n={cg['exact']['n']}); end-to-end content token F1 "
              f"{_f(a['content_token_e2e']['f1'])}",
              "recall by quote kind: " + _recalls(bd.get("quote", {}))]
    if "pattern" in bd:
        lines.append("recall by gold pattern: " + _recalls(bd["pattern"]))
    if "pred_pattern" in bd:
        lines.append("precision by predicted pattern: " + ", ".join(
            f"{k} {_f(v['precision'])} (n={v['n_pred']})" for k, v in bd["pred_pattern"].items()))
    lines.append("recall by gold source type: " + _recalls(bd.get("source_type", {})))
    t = results.get("typing")
    if t:
        an, share = t["anonymous_class"], t["anonymous_share"]
        lines += ["",
                  f"source typing (pairs with a known gold type, n={t['n']}): accuracy "
                  f"{_f(t['accuracy'])}; anonymous vs not: accuracy {_f(t['binary_accuracy'])}, "
                  f"anonymous P {_f(an['p'])} R {_f(an['r'])} F1 {_f(an['f1'])}"]
        if share:
            lines.append(f"anonymous share per document: MAE {_f(share['mae'])} over "
                         f"{share['docs']} documents (mean gold {_f(share['mean_gold'])}, "
                         f"mean predicted {_f(share['mean_pred'])})")
    else:
        lines.append("(no source typing: the predictions carry no source_type)")
    return "\n".join(lines)
