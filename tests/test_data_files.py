"""The project's own data: gold annotations (data/gold) and sample articles (data/samples).

Checks that the files parse, that every span matches its offsets, that the gold set covers every
pattern and fine source type, that the built files are in sync with their markup sources, and
that the hand-counted figures in data/samples/README.md agree with the annotations.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from claimtrace.model import Pattern, SourceType

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD = DATA / "gold"
SAMPLES = DATA / "samples"
COARSE = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
ANON_INFORMANTS = {"anonymous_specific", "anonymous_vague", "anonymous_bare"}


def _load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_gold() -> ModuleType:
    return _load_module(GOLD / "build_gold.py", "claimtrace_data_build_gold")


@pytest.fixture(scope="module")
def build_samples() -> ModuleType:
    return _load_module(SAMPLES / "build_samples.py", "claimtrace_data_build_samples")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    with open(GOLD / "gold.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _attributions(records: list[dict]) -> list[dict]:
    return [a for r in records for a in r["attributions"]]


def _spans(record: dict) -> list[dict]:
    out = [*record.get("negatives", []), *record.get("noise", [])]
    for a in record["attributions"]:
        out.extend(a[k] for k in ("cue", "source", "content", "anonymity_reason") if a[k])
    return out


# ----------------------------------------------------------------------------- gold


def test_gold_has_enough_unique_articles_of_the_right_length(gold):
    assert len(gold) >= 40
    assert len({r["doc_id"] for r in gold}) == len(gold)
    for r in gold:
        assert r["split"] == "gold"
        assert r["outlet"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])
        assert r["text"].startswith(r["title"])
        assert 80 <= len(r["text"].split()) <= 250, r["doc_id"]


def test_every_gold_span_matches_its_offsets(gold):
    for r in gold:
        text = r["text"]
        for span in _spans(r):
            assert text[span["start"] : span["end"]] == span["text"], (r["doc_id"], span)
            assert span["start"] < span["end"]


def test_fragments_are_ordered_and_inside_their_content(gold):
    n = 0
    for a in _attributions(gold):
        frags = (a["content"] or {}).get("fragments")
        if not frags:
            continue
        n += 1
        assert len(frags) >= 2
        assert frags[0][0] == a["content"]["start"] and frags[-1][1] == a["content"]["end"]
        for (s1, e1), (s2, e2) in zip(frags, frags[1:], strict=False):
            assert s1 < e1 <= s2 < e2
    assert n >= 5


def test_gold_labels_are_consistent(build_gold, gold):
    for r in gold:
        ids = [a["id"] for a in r["attributions"]]
        assert len(ids) == len(set(ids)), r["doc_id"]
        for a in r["attributions"]:
            assert a["pattern"] in {p.value for p in Pattern}
            assert a["source_type"] in COARSE
            if a["pattern"] == "no_source":
                assert a["source"] is None and a["checked_type"] is None
                assert a["source_type"] == "unknown"
            else:
                assert a["source"] is not None
                assert SourceType(a["checked_type"]).source_class.value == a["source_type"]
                assert build_gold.FINE_TO_COARSE[a["checked_type"]] == a["source_type"]
            if a["anonymity_reason"]:
                assert a["source_type"] == "anonymous"
            if a["count_text"]:
                assert a["count_text"] in a["source"]["text"]
            if a["nested_in"]:
                assert a["nested_in"] in ids and a["nested_in"] != a["id"]


def test_every_pattern_and_fine_type_is_covered_several_times(gold):
    atts = _attributions(gold)
    patterns = Counter(a["pattern"] for a in atts)
    types = Counter(a["checked_type"] for a in atts if a["checked_type"])
    for p in Pattern:
        assert patterns[p.value] >= 3, p
    for t in SourceType:
        assert types[t.value] >= 3, t


def test_gold_covers_the_hard_cases(gold):
    atts = _attributions(gold)
    reasons = Counter(a["checked_type"] for a in atts if a["anonymity_reason"])
    for t in ANON_INFORMANTS:
        assert reasons[t] >= 2, t
        assert any(a["checked_type"] == t and not a["anonymity_reason"] for a in atts), t
    assert sum(bool(a["count_text"]) for a in atts) >= 5
    assert sum(bool(a["nested_in"]) for a in atts) >= 5
    told_reuters = [
        a
        for r in gold
        for a in r["attributions"]
        if a["pattern"] == "told" and r["text"][a["cue"]["end"] :].startswith(" Reuters")
    ]
    assert told_reuters and all("Reuters" not in a["source"]["text"] for a in told_reuters)
    negatives = Counter(n["kind"] for r in gold for n in r["negatives"])
    assert {"hedge", "title", "so_called", "quoted_said"} <= set(negatives)


def test_negatives_and_noise_hold_no_attribution(gold):
    for r in gold:
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in r["attributions"]]
        for n in r["negatives"]:
            assert not any(s < n["end"] and n["start"] < e for s, e in cues), (r["doc_id"], n)
        for region in r["noise"]:
            for a in r["attributions"]:
                for k in ("cue", "source", "content"):
                    span = a[k]
                    if span:
                        assert span["end"] <= region["start"] or span["start"] >= region["end"]


def test_machine_translated_articles_are_present(gold):
    mt = [r for r in gold if any(n["text"] == "Similar articles" for n in r["noise"])]
    assert len(mt) >= 3
    for r in mt:
        assert ".." in r["text"]
        assert sum(n["kind"] == "repeated_headline" for n in r["noise"]) >= 2
        assert all(n["text"] == r["title"] for n in r["noise"] if n["kind"] == "repeated_headline")


def test_gold_jsonl_is_in_sync_with_the_markup(build_gold, tmp_path):
    out = tmp_path / "gold.jsonl"
    assert build_gold.main(["--output", str(out)]) == 0
    assert out.read_bytes() == (GOLD / "gold.jsonl").read_bytes()


def test_converter_rejects_inconsistent_markup(build_gold):
    good = "[src#a1 t=person|Ada] {cue#a1 p=svc|said} <con#a1|it rained>."
    record = build_gold.parse_article("x", {}, good)
    assert record["attributions"][0]["source"] == {"start": 0, "end": 3, "text": "Ada"}
    bad = [
        "[src#a1 t=person|Ada] said <con#a1|it rained>.",  # no cue
        "[src#a1 t=boss|Ada] {cue#a1 p=svc|said} <con#a1|it rained>.",  # unknown type
        "[src#a1 t=person|Ada] {cue#a1 p=nosrc|said} <con#a1|it rained>.",  # source on nosrc
        "[src#a1 t=bare n=two|Sources] {cue#a1 p=svc|said} <con#a1|so>.",  # count not in span
        "[src#a1 t=person|Ada] {cue#a1 p=svc in=a9|said} <con#a1|so>.",  # unknown parent
        "[src#a1 t=person|Ada {cue#a1 p=svc|said} <con#a1|so>.",  # unclosed
    ]
    for markup in bad:
        with pytest.raises(build_gold.MarkupError):
            build_gold.parse_article("x", {}, markup)


# ----------------------------------------------------------------------------- samples


@pytest.fixture(scope="module")
def samples() -> list[dict]:
    with open(SAMPLES / "samples.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_samples_jsonl_matches_the_txt_files(samples):
    txt = sorted(SAMPLES.glob("*.txt"))
    assert len(samples) >= 6 and len(txt) == len(samples)
    for rec in samples:
        assert set(rec) == {"doc_id", "outlet", "published", "title", "text"}
        path = SAMPLES / f"{rec['doc_id']}.txt"
        assert path.read_text("utf-8") == rec["text"]
        assert rec["text"].split("\n", 1)[0] == rec["title"]
        assert 150 <= len(rec["text"].split()) <= 400, rec["doc_id"]


def test_samples_vary_in_outlet_and_date(samples):
    assert len({r["outlet"] for r in samples}) >= 2
    dates = sorted(dt.date.fromisoformat(r["published"]) for r in samples)
    assert len(set(dates)) >= 4
    assert 30 <= (dates[-1] - dates[0]).days <= 100


def test_sample_files_are_in_sync_with_the_markup(build_samples, tmp_path):
    for path, text in build_samples.write(build_samples.build(), tmp_path).items():
        assert (SAMPLES / path.name).read_bytes() == text.encode("utf-8"), path.name


def test_sample_annotations_match_their_text(build_samples, samples):
    by_id = {r["doc_id"]: r["text"] for r in samples}
    for rec in build_samples.annotated():
        assert rec["text"] == by_id[rec["doc_id"]]
        for span in _spans(rec):
            assert rec["text"][span["start"] : span["end"]] == span["text"]


def _readme_counts() -> dict[str, dict[str, int]]:
    lines = (SAMPLES / "README.md").read_text("utf-8").splitlines()
    header = next(ln for ln in lines if ln.startswith("| doc_id | named_person"))
    cols = [c.strip() for c in header.strip("|").split("|")]
    rows = {}
    for ln in lines[lines.index(header) + 2 :]:
        if not ln.startswith("|"):
            break
        cells = [c.strip() for c in ln.strip("|").split("|")]
        rows[cells[0]] = {c: int(v) for c, v in zip(cols[1:], cells[1:], strict=True)}
    return rows


def _counted(record: dict) -> dict[str, int]:
    atts = record["attributions"]
    out = dict.fromkeys(sorted(COARSE), 0)
    out["no_source"] = 0
    for a in atts:
        out["no_source" if a["source"] is None else a["source_type"]] += 1
    out["total"] = len(atts)
    mentions = {}
    for a in atts:
        if a["source_type"] == "anonymous" and a["source"]:
            key = (a["source"]["start"], a["source"]["end"])
            mentions[key] = (a["checked_type"], bool(a["anonymity_reason"]))
    out["anonymous mentions"] = len(mentions)
    out["informants"] = sum(t in ANON_INFORMANTS for t, _ in mentions.values())
    out["with reason"] = sum(t in ANON_INFORMANTS and r for t, r in mentions.values())
    return out


def test_readme_hand_counts_agree_with_the_annotations(build_samples):
    table = _readme_counts()
    records = build_samples.annotated()
    assert set(table) == {r["doc_id"] for r in records}
    for rec in records:
        assert table[rec["doc_id"]] == _counted(rec), rec["doc_id"]


def test_two_samples_from_different_outlets_carry_the_same_claim(samples):
    scoop = next(r for r in samples if r["doc_id"] == "s2_anonymous_scoop")
    rereport = next(r for r in samples if r["doc_id"] == "s5_rereport")
    assert scoop["outlet"] != rereport["outlet"]
    assert "Henrik Solvang" in scoop["text"] and "Henrik Solvang" in rereport["text"]
    assert "The New York Times" in rereport["text"]


# the blind test articles (data/gold/blind*): written and annotated by sessions that never read
# the code, scored in test_accuracy_floors; (folder, articles, attributions)
BLIND_SETS = [("blind", 14, 235), ("blind2", 16, 279), ("blind3", 16, 326), ("blind4", 12, 248),
              ("blind5", 14, 236), ("blind6", 14, 199), ("blind7", 14, 206),
              ("blind8", 14, 176), ("blind9", 14, 180), ("blind10", 14, 171),
              ("blind11", 14, 178), ("blind12", 14, 212), ("blind13", 14, 172),
              ("blind14", 14, 207), ("blind15", 8, 233), ("blind16", 12, 186),
              ("blind17", 14, 175), ("blind18", 12, 213), ("blind19", 8, 252),
              ("blind20", 12, 184), ("blind21", 12, 158), ("blind22", 12, 160),
              ("blind23", 12, 185), ("blind24", 12, 212), ("blind25", 12, 166),
              ("blind26", 14, 127), ("blind27", 12, 168), ("blind28", 12, 178),
              ("blind29", 10, 182), ("blind30", 12, 194), ("blind31", 12, 184),
              ("blind32", 12, 181), ("blind33", 12, 160), ("blind34", 12, 162),
              ("blind35", 12, 192), ("blind36", 12, 172), ("blind37", 12, 154),
              ("blind38", 12, 184), ("blind39", 10, 175), ("blind40", 12, 159),
              ("blind41", 12, 171), ("blind42", 12, 197), ("blind43", 10, 189),
              ("blind44", 12, 197), ("blind45", 12, 183), ("blind46", 10, 180),
              ("blind47", 12, 172), ("blind48", 14, 160), ("blind49", 12, 177),
              ("blind50", 10, 195), ("blind51", 12, 204), ("blind52", 12, 163),
              ("blind53", 12, 187), ("blind54", 12, 183), ("blind55", 10, 187),
              ("blind56", 12, 185), ("blind57", 12, 185)]


def _build_blind(name: str) -> ModuleType:
    return _load_module(GOLD / name / f"build_{name}.py", f"claimtrace_data_build_{name}")


@pytest.mark.parametrize(("name", "n_articles", "n_attributions"), BLIND_SETS)
def test_blind_jsonl_is_in_sync_with_its_markup(name, n_articles, n_attributions, tmp_path):
    out = tmp_path / f"{name}.jsonl"
    assert _build_blind(name).main(["--output", str(out)]) == 0
    assert out.read_bytes() == (GOLD / name / f"{name}.jsonl").read_bytes()
    with open(out, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    assert len(records) == n_articles and len({r["doc_id"] for r in records}) == n_articles
    assert sum(len(r["attributions"]) for r in records) == n_attributions
    for rec in records:
        for a in rec["attributions"]:
            assert a["source_type"] in COARSE
            for key in ("cue", "source", "content"):
                span = a[key]
                if span is not None:
                    assert rec["text"][span["start"]:span["end"]] == span["text"], (rec["doc_id"], key)


def test_blind_converter_rejects_an_ambiguous_span():
    build = _build_blind("blind")
    text = "Vale said it. Vale said it again."
    with pytest.raises(build.MarkupError):
        build.attribution(text, "said || Vale || it || named_person", "x#0")
