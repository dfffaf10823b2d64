"""Tests of claimtrace.evaluate: hand-made cases with known answers, input errors, and
agreement with the team's reference scorer (shared/tools/score.py) when it is available."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrace.errors import GoldFormatError
from claimtrace.evaluate import evaluate, format_results, predictions_for

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score.py"
DEV = SHARED / "data" / "polnear" / "dev.jsonl"

TEXT = ('Mayor Ada Reyes said "the bridge is safe," and aides noted: repairs are cheap. '
        '"It leaks," a city engineer\'s memo said, "badly." It was reported that traffic fell.')


def sp(sub: str, nth: int = 0, text: str = TEXT) -> dict:
    """The span of the nth occurrence of ``sub`` in ``text``."""
    starts = [m.start() for m in re.finditer(re.escape(sub), text)]
    s = starts[nth]
    return {"start": s, "end": s + len(sub), "text": sub}


def frags(*subs: str) -> dict:
    parts = [sp(s) for s in subs]
    s, e = parts[0]["start"], parts[-1]["end"]
    return {"start": s, "end": e, "text": TEXT[s:e], "fragments": [[p["start"], p["end"]] for p in parts]}


def att(source, cue, content, source_type=None) -> dict:
    out = {"source": source, "cue": cue, "content": content}
    if source_type is not None:
        out["source_type"] = source_type
    return out


GOLD_ATTS = [
    att(sp("Mayor Ada Reyes"), sp("said"), sp('"the bridge is safe,"'), "named_person"),
    att(sp("aides"), sp("noted"), sp("repairs are cheap"), "anonymous"),
    att(sp("a city engineer's memo"), sp("said", 1), frags('"It leaks,"', '"badly."'), "document"),
    att(None, sp("was reported"), sp("traffic fell"), "unknown"),
]


def gold_doc(doc_id: str = "d", split: str = "test") -> dict:
    return {"doc_id": doc_id, "text": TEXT, "split": split, "attributions": copy.deepcopy(GOLD_ATTS)}


def run(pred_atts: list[dict], gold=None, **kw) -> dict:
    gold = gold if gold is not None else [gold_doc()]
    return evaluate(gold, [{"doc_id": "d", "attributions": pred_atts}], **kw)


def pred_atts() -> list[dict]:
    return copy.deepcopy(GOLD_ATTS)


# --------------------------------------------------------------------------- known answers

def test_identity_scores_one_everywhere():
    r = run(pred_atts())
    for role in ("cue", "source", "content"):
        for mode in ("exact", "lenient", "overlap", "token"):
            assert r["span_set"][role][mode]["f1"] == 1.0, (role, mode)
    assert r["span_set"]["content"]["exact"]["n_gold"] == 5  # A3 content has two fragments
    a = r["attribution"]
    assert a["match"]["f1"] == a["with_source_head"]["f1"] == a["content_token_e2e"]["f1"] == 1.0
    assert a["source_given_match"]["exact"] == {"value": 1.0, "n": 3}
    assert a["nosource_agreement"] == {"value": 1.0, "n": 1}
    assert r["typing"]["accuracy"] == 1.0 and r["typing"]["n"] == 3
    assert r["typing"]["anonymous_share"]["mae"] == 0.0


def test_lenient_only_difference_in_quote_marks():
    pred = pred_atts()
    pred[0]["content"] = sp("the bridge is safe")
    ct = run(pred)["span_set"]["content"]
    assert (ct["exact"]["tp"], ct["lenient"]["tp"], ct["overlap"]["tp"]) == (4, 5, 5)
    given = run(pred)["attribution"]["content_given_match"]
    assert given["exact"]["value"] == 0.75 and given["lenient"]["value"] == 1.0


def test_overlap_only_cue():
    pred = pred_atts()
    pred[1]["cue"] = sp("aides noted")
    r = run(pred)
    cue = r["span_set"]["cue"]
    assert (cue["exact"]["tp"], cue["lenient"]["tp"], cue["overlap"]["tp"]) == (3, 3, 4)
    assert r["attribution"]["match"]["tp"] == 4
    assert r["attribution"]["cue_given_match"]["exact"]["value"] == 0.75


def test_one_span_over_two_fragments_matches_one_piece():
    whole = {"start": 79, "end": 128, "text": TEXT[79:128]}
    r = run([att(sp("a city engineer's memo"), sp("said", 1), whole)])
    ct = r["span_set"]["content"]
    assert ct["overlap"]["tp"] == 1 and ct["overlap"]["n_gold"] == 5 and ct["exact"]["tp"] == 0
    # predicted words: It leaks a city engineer s memo said badly (9); gold words 4+3+3+2 = 12
    assert (ct["token"]["tp"], ct["token"]["n_pred"], ct["token"]["n_gold"]) == (3, 9, 12)
    a = r["attribution"]
    assert a["match"]["p"] == 1.0 and a["match"]["r"] == 0.25
    assert a["content_given_match"]["token_f1_mean"]["value"] == pytest.approx(0.5)
    assert (a["content_token_e2e"]["tp"], a["content_token_e2e"]["n_pred"]) == (3, 9)


def test_pairing_is_one_to_one_and_span_sets_deduplicated():
    r = run([GOLD_ATTS[0], GOLD_ATTS[0]])
    m = r["attribution"]["match"]
    assert (m["tp"], m["n_pred"], m["n_gold"]) == (1, 2, 4)
    assert r["span_set"]["cue"]["exact"]["n_pred"] == 1


def test_head_match_on_last_word():
    pred = pred_atts()
    pred[2]["source"] = sp("memo")
    s = run(pred)["attribution"]["source_given_match"]
    assert s["exact"]["value"] == pytest.approx(2 / 3)
    assert s["head"]["value"] == s["overlap"]["value"] == 1.0


def test_head_skips_possessive():
    text = "In Reyes\u2019s words, the plan works."
    gold = [{"doc_id": "d", "text": text, "attributions": [
        att(sp("Reyes\u2019s", text=text), sp("words", text=text), sp("the plan works", text=text))]}]
    pred = [att(sp("Reyes", text=text), sp("words", text=text), sp("the plan works", text=text))]
    s = run(pred, gold=gold)["attribution"]["source_given_match"]
    assert s["head"]["value"] == 1.0 and s["exact"]["value"] == s["lenient"]["value"] == 0.0


def test_content_fallback_needs_half_of_the_shorter():
    hit = run([att(None, None, sp("reported that traffic"))])["attribution"]
    assert hit["match"]["tp_by_content_fallback"] == 1     # 7 shared chars of 12
    assert hit["nosource_agreement"] == {"value": 1.0, "n": 1}
    miss = run([att(None, None, sp("that traf"))])["attribution"]
    assert miss["match"]["tp"] == 0                         # 4 shared chars of 9


def test_typing_confusion_and_anonymous_share():
    pred = pred_atts()
    pred[0]["source_type"] = "named_person_fine"    # ignored: source_class wins
    pred[0]["source_class"] = "anonymous"
    gold = [gold_doc("d"), gold_doc("e")]           # e has no prediction: all missed
    t = run(pred, gold=gold)["typing"]
    assert t["n"] == 3 and t["accuracy"] == pytest.approx(2 / 3)
    assert t["confusion"]["named_person"] == {"anonymous": 1}
    assert t["binary_accuracy"] == pytest.approx(2 / 3)
    an = t["anonymous_class"]
    assert (an["p"], an["r"], an["f1"]) == pytest.approx((0.5, 1.0, 2 / 3))
    # gold share 1/3 in both documents; predicted 2/3 in d and none (0) in e
    assert t["anonymous_share"]["docs"] == 2
    assert t["anonymous_share"]["mae"] == pytest.approx(1 / 3)


def test_no_typing_without_types():
    pred = [{k: v for k, v in a.items() if k != "source_type"} for a in pred_atts()]
    r = run(pred)
    assert r["typing"] is None and r["options"]["typing"] is False


def test_merge_shared_cue_joins_a_split_quote():
    pred = [att(sp("a city engineer's memo"), sp("said", 1), sp('"It leaks,"')),
            att(None, sp("said", 1), sp('"badly."'))]
    assert run(pred)["attribution"]["match"]["p"] == 0.5
    r = run(pred, merge_shared_cue=True)
    assert r["attribution"]["match"]["p"] == 1.0
    assert r["attribution"]["content_given_match"]["exact"]["value"] == 1.0
    assert r["input_problems"]["counts"]["pred_merged_shared_cue"] == 1


def test_documents_split_missing_and_extra():
    gold = [gold_doc("d", "test"), gold_doc("e", "test"), gold_doc("f", "train")]
    preds = [{"doc_id": "d", "attributions": pred_atts()}, {"doc_id": "zz", "attributions": []}]
    r = evaluate(gold, preds, split="test")
    assert r["docs"]["gold_in_scope"] == 2 and r["docs"]["missing_prediction"] == 1
    assert r["docs"]["extra_prediction_docs"] == 1
    assert r["attribution"]["match"]["r"] == 0.5


def test_breakdowns_by_quote_kind_and_pattern():
    pred = pred_atts()[:1]
    pred[0]["pattern"] = "source_verb_content"
    r = run(pred)
    assert r["breakdown"]["quote"]["direct"] == {"n_gold": 2, "n_matched": 1, "recall": 0.5}
    assert r["breakdown"]["quote"]["other"]["recall"] == 0.0
    assert r["breakdown"]["pred_pattern"]["source_verb_content"]["precision"] == 1.0
    assert r["breakdown"]["cue"]["said"]["n_gold"] == 2


def test_invalid_prediction_spans_are_counted_not_scored():
    pred = [att({"start": 0, "end": 15, "text": "wrong"}, {"start": 16, "end": 999}, None)]
    r = run(pred)
    assert r["input_problems"]["counts"]["span_text_mismatch"] == 1
    assert r["input_problems"]["counts"]["offsets_out_of_range"] == 1
    assert r["span_set"]["cue"]["exact"]["n_pred"] == 0


def test_files_and_iterables_give_the_same_result(tmp_path):
    gp, pp = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gp.write_text(json.dumps(gold_doc()) + "\n\n", encoding="utf-8")
    pp.write_text(json.dumps({"doc_id": "d", "attributions": GOLD_ATTS[:2]}) + "\n", encoding="utf-8")
    assert evaluate(gp, str(pp)) == evaluate([gold_doc()], [{"doc_id": "d", "attributions": GOLD_ATTS[:2]}])


def test_format_results_shows_headline_figures():
    out = format_results(run(pred_atts()[:2]))
    for needle in ("attribution", "attribution + source", "exact", "lenient", "overlap",
                   "recall by quote kind", "source typing", "anonymous share per document"):
        assert needle in out
    assert "0.500" in out  # attribution recall 2/4


# --------------------------------------------------------------------------- errors

@pytest.mark.parametrize("lines, message", [
    (['{"doc_id": "a", "text": "x", "attributions": []}', '{"doc_id": '], ":2: invalid JSON"),
    (['{"doc_id": "a", "attributions": []}'], ":1: a gold record needs"),
    (['{"doc_id": "a", "text": "x"}', '{"doc_id": "a", "text": "y"}'], ":2: duplicate doc_id"),
    (['{"doc_id": "a", "text": "xy", "attributions": [{"cue": {"start": 0, "end": 9}}]}'],
     ":1: attribution 0 cue: offsets"),
    (['{"doc_id": "a", "text": "xy", "attributions": [{"cue": {"start": 0, "end": 1, "text": "y"}}]}'],
     ":1: attribution 0 cue: span text"),
    (['{"doc_id": "a", "text": "xy", "attributions": {}}'], ":1: \"attributions\" must be a list"),
])
def test_bad_gold_raises_with_file_and_line(tmp_path, lines, message):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        evaluate(path, [])
    assert str(path) + message in str(info.value)


def test_bad_prediction_record_raises():
    with pytest.raises(GoldFormatError, match="prediction record 1"):
        evaluate([gold_doc()], [{"attributions": []}])


def test_predictions_for_records_failures(monkeypatch):
    import claimtrace.analysis

    def broken(text, **kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(claimtrace.analysis, "analyze", broken)
    out = predictions_for([{"doc_id": 7, "text": "Hi."}])
    assert out == [{"doc_id": "7", "attributions": [], "error": "RuntimeError: boom"}]
    assert evaluate([gold_doc()], out)["docs"]["prediction_errors"] == 0  # doc 7 is out of scope


def test_evaluate_runs_the_analyser_when_no_predictions():
    text = "Pompeo said the talks would go on."
    gold = [{"doc_id": "p", "text": text, "attributions": [
        att(sp("Pompeo", text=text), sp("said", text=text), sp("the talks would go on", text=text),
            "named_person")]}]
    r = evaluate(gold)
    assert r["docs"]["with_prediction"] == 1 and r["docs"]["prediction_errors"] == 0
    assert r["typing"] is not None  # analyser output carries source_class
    assert r["attribution"]["match"]["r"] == 1.0


# --------------------------------------------------------------------------- agreement with score.py

def _perturb(records: list[dict]) -> list[dict]:
    """Damaged copies of gold as predictions: deterministic, every kind of error once in a while."""
    out, n = [], 0
    for k, rec in enumerate(records):
        if k == 1:
            continue                                        # one document without prediction
        text, atts = rec["text"], []
        for a in copy.deepcopy(rec.get("attributions") or []):
            n += 1
            kind = n % 8
            if kind == 0:
                continue                                    # missed
            if kind == 1 and a.get("cue"):                  # cue one char too long
                a["cue"]["end"] = min(len(text), a["cue"]["end"] + 1)
                a["cue"]["text"] = text[a["cue"]["start"]:a["cue"]["end"]]
            elif kind == 2 and a.get("cue"):                # source = the word after the cue
                m = re.compile(r"\w+").search(text, a["cue"]["end"])
                a["source"] = {"start": m.start(), "end": m.end(), "text": m.group()} if m else None
            elif kind == 3 and a.get("content") and not a["content"].get("fragments"):
                c = a["content"]                            # content cut in two fragments
                mid = (c["start"] + c["end"]) // 2
                a["content"] = {"start": c["start"], "end": c["end"], "text": c["text"],
                                "fragments": [[c["start"], mid], [mid + 1, c["end"]]]}
            elif kind == 4:                                 # type flipped / dropped
                a["source_type"] = "anonymous" if a.get("source_type") != "anonymous" else None
            elif kind == 5:                                 # no cue: content fallback only
                a["cue"] = None
            elif kind == 6 and a.get("content"):            # spurious copy, cue and source dropped
                atts.append({"source": None, "cue": None, "content": a["content"],
                             "source_type": "named_org"})
            atts.append(a)
        out.append({"doc_id": rec["doc_id"], "attributions": atts})
    out.append({"doc_id": "not-in-gold", "attributions": []})
    return out


def _leaves(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _leaves(v, f"{path}.{k}" if path else str(k))
    elif isinstance(obj, list):
        for k, v in enumerate(obj):
            yield from _leaves(v, f"{path}[{k}]")
    else:
        yield path, obj


_NOT_COMPARED = ("files", "options", "bootstrap", "docs.missing_counted_as", "docs.missing_examples",
                 "input_problems.examples")


def _assert_agree(tmp_path: Path, gold: list[dict], preds: list[dict], *args: str, **kw) -> dict:
    gp, pp, out = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl", tmp_path / "score.json"
    gp.write_text("".join(json.dumps(r) + "\n" for r in gold), encoding="utf-8")
    pp.write_text("".join(json.dumps(r) + "\n" for r in preds), encoding="utf-8")
    subprocess.run([sys.executable, str(SCORER), str(gp), str(pp), "--bootstrap", "0",
                    "--json", str(out), *args], check=True, capture_output=True, timeout=120)
    ref = json.loads(out.read_text(encoding="utf-8"))
    ours = dict(_leaves(evaluate(gp, pp, **kw)))
    compared = 0
    for key, value in _leaves(ref):
        if key.startswith(_NOT_COMPARED):
            continue
        assert key in ours, key
        if isinstance(value, float) or isinstance(ours[key], float):
            assert ours[key] == pytest.approx(value, abs=1e-9, rel=0), key
        else:
            assert ours[key] == value, key
        compared += 1
    assert compared > 100
    return ref


needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="shared/tools/score.py not available")
needs_dev = pytest.mark.skipif(not (SCORER.exists() and DEV.exists()), reason="shared data not available")


@needs_scorer
@pytest.mark.parametrize("merge", [False, True])
def test_agrees_with_reference_scorer_on_hand_made_cases(tmp_path, merge):
    pred = pred_atts()
    pred[0]["content"] = sp("the bridge is safe")
    pred[1]["cue"] = sp("aides noted")
    pred[2] = att(sp("memo"), sp("said", 1), sp('"It leaks,"'), "anonymous")
    pred.append(att(None, sp("said", 1), sp('"badly."'), "unknown"))
    pred.append(att(None, None, sp("reported that traffic")))
    gold = [gold_doc("d"), gold_doc("e")]
    args = ("--merge-shared-cue",) if merge else ()
    _assert_agree(tmp_path, gold, [{"doc_id": "d", "attributions": pred}], *args, merge_shared_cue=merge)


def _dev_docs(n: int = 10) -> list[dict]:
    with open(DEV, encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(n), fh, strict=False)]


@needs_dev
@pytest.mark.parametrize("merge", [False, True])
def test_agrees_with_reference_scorer_on_perturbed_dev_gold(tmp_path, merge):
    gold = _dev_docs()
    for k, rec in enumerate(gold):
        rec["split"] = "dev" if k % 4 else "other"
    args = ("--split", "dev") + (("--merge-shared-cue",) if merge else ())
    ref = _assert_agree(tmp_path, gold, _perturb(gold), *args, split="dev", merge_shared_cue=merge)
    assert 0 < ref["attribution"]["match"]["f1"] < 1


@needs_dev
def test_agrees_with_reference_scorer_on_analyser_output(tmp_path):
    gold = _dev_docs()
    try:
        preds = predictions_for(gold)
    except Exception:  # noqa: BLE001 - the analyser is under construction; score perturbed gold
        preds = []
    if not preds or any(p.get("error") for p in preds):
        preds = _perturb(gold)
    _assert_agree(tmp_path, gold, preds)
