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

This module reads and checks the gold and prediction records and holds the public API; the
scoring core (spans as pieces, pairing, per-document counts) is :mod:`claimtrace.scoring`.

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

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import GoldFormatError
from .scoring import (
    ROLES,
    SPAN_MODES,
    Piece,  # noqa: F401 - re-exported
    Pieces,
    _Att,
    _Doc,
    _normalise,
    _results,
    _score_doc,
    _Totals,
)

# ----------------------------------------------------------------------------- reading

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
    """The gold records of a JSONL file (checked; GoldFormatError names file and line).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = Path(d, "gold.jsonl")
    ...     _ = path.write_text('{"doc_id": "d1", "text": "Pompeo said so."}\\n', encoding="utf-8")
    ...     print([rec["doc_id"] for rec in load_gold(path)])
    ['d1']
    >>> load_gold([{"doc_id": "d1", "text": "Hi."}, {"doc_id": "d1", "text": "Hi."}])
    Traceback (most recent call last):
    claimtrace.errors.GoldFormatError: gold record 2: duplicate doc_id 'd1'
    """
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
