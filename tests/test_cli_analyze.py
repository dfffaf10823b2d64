"""``claimtrace analyze`` through ``cli.main([...])``: formats, inputs, bad input, stdin."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import claimtrace
from claimtrace.cli import main
from claimtrace.output import CSV_COLUMNS

ARTICLE = (
    "Secretary of State Mike Pompeo said the talks would continue on Monday.\n\n"
    "\u201cWe are delighted to keep talking,\u201d Pompeo said.\n\n"
    "According to sources, a deal is close. The New York Times reported that troops would "
    "stay.\n\nMarkets rose sharply in early trading.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def _check_spans(doc: dict[str, Any], text: str) -> None:
    assert doc["attributions"], "expected some attributions"
    for a in doc["attributions"]:
        for key in ("cue", "source", "content"):
            span = a[key]
            if span and "fragments" not in span:
                assert text[span["start"]:span["end"]] == span["text"], span
    for c in doc["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]


# --------------------------------------------------------------------------- formats


def test_jsonl(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(["analyze", "--format", "jsonl", str(article)], capsys)
    assert rc == 0
    lines = out.splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["status"] == "ok" and doc["error"] is None
    assert doc["doc_id"] == str(article)
    _check_spans(doc, ARTICLE)
    assert {"named_person", "media", "anonymous_bare"} <= {a["source_type"]
                                                           for a in doc["attributions"]}
    assert doc["summary"]["n_claims"] == len(doc["claims"])


def test_json_single_and_many(article: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(["analyze", "--format", "json", str(article)], capsys)
    assert rc == 0
    doc = json.loads(out)
    assert isinstance(doc, dict)
    _check_spans(doc, ARTICLE)
    second = tmp_path / "second.txt"
    second.write_text("Sources said the talks had stalled.", encoding="utf-8")
    rc, out, _ = _run(["analyze", "--format", "json", str(article), str(second)], capsys)
    docs = json.loads(out)
    assert rc == 0 and isinstance(docs, list)
    assert [d["doc_id"] for d in docs] == [str(article), str(second)]


def test_csv(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(["analyze", "--format", "csv", str(article)], capsys)
    assert rc == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert list(rows[0]) == list(CSV_COLUMNS)
    n_attr = len(claimtrace.analyze(ARTICLE).attributions)
    assert len(rows) == n_attr
    for r in rows:
        assert r["doc_id"] == str(article)
        assert ARTICLE[int(r["cue_start"]):int(r["cue_end"])] == r["cue"]
        if r["source_start"]:
            assert ARTICLE[int(r["source_start"]):int(r["source_end"])] == r["source"]


def test_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(["analyze", str(article)], capsys)
    assert rc == 0
    assert out.startswith(f"== {article}:")
    assert "named_person" in out and "Pompeo" in out
    assert "The New York Times" in out


def test_output_file(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "out" / "result.jsonl"
    dest.parent.mkdir()
    rc, out, _ = _run(["analyze", "--format", "jsonl", str(article), "-o", str(dest)], capsys)
    assert rc == 0 and out == ""
    assert json.loads(dest.read_text(encoding="utf-8"))["status"] == "ok"


# --------------------------------------------------------------------------- inputs


def test_jsonl_input_one_line_per_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "corpus.jsonl"
    src.write_text(
        json.dumps({"id": "r1", "text": "Sources said it rained in the north."}) + "\n"
        + "this line is not json\n"
        + json.dumps({"id": "r3", "text": "The sky is blue, officials said on Monday."}) + "\n"
        + json.dumps({"id": "r4", "body": None}) + "\n",
        encoding="utf-8")
    rc, out, err = _run(["analyze", "--format", "jsonl", str(src)], capsys)
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["status"] for d in docs] == ["ok", "error", "ok", "error"]
    assert [d["doc_id"] for d in docs][::2] == ["r1", "r3"]
    assert docs[1]["origin"] == f"{src}:2"
    assert "not JSON" in docs[1]["error"]
    assert docs[1]["attributions"] == []
    assert rc == 1
    assert "2 of 4 documents failed" in err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = b"Pompeo said the talks would go on.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    rc, out, _ = _run(["analyze", "--format", "jsonl", "-"], capsys)
    assert rc == 0
    doc = json.loads(out)
    assert doc["doc_id"] == "<stdin>" and doc["status"] == "ok"
    assert [a["source"]["text"] for a in doc["attributions"]] == ["Pompeo"]


@pytest.fixture
def undecodable(tmp_path: Path) -> Path:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"abc\xff\xfe def. The minister said the plan was ready.")
    return path


def test_undecodable_strict(undecodable: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _run(["analyze", "--format", "jsonl", "--errors", "strict", str(undecodable)],
                        capsys)
    doc = json.loads(out)
    assert rc == 1
    assert doc["status"] == "error"
    assert doc["doc_id"] == str(undecodable) and doc["origin"].startswith(str(undecodable))
    assert "byte offset 3" in doc["error"]
    assert "failed" in err


def test_undecodable_replace(undecodable: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(["analyze", "--format", "jsonl", "--errors", "replace", str(undecodable)],
                      capsys)
    doc = json.loads(out)
    assert rc == 0
    assert doc["status"] == "ok"
    codes = {d["code"] for d in doc["diagnostics"]}
    assert codes & {"replacement_characters", "decode_replaced"}
    warning = next(d for d in doc["diagnostics"] if d["code"] in codes)
    assert warning["start"] == 3
    assert any(a["cue"]["text"] == "said" for a in doc["attributions"])


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    rc, out, _ = _run(["analyze", "--format", "jsonl", str(path)], capsys)
    doc = json.loads(out)
    assert rc == 1
    assert doc["status"] == "error" and "empty" in doc["error"]
    assert doc["claims"] == [] and doc["attributions"] == []


def test_bom_and_crlf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbfPompeo said the talks\r\nwould go on.\r\n\r\n"
                     b"Sources said it rained.\r\n")
    text = "Pompeo said the talks\nwould go on.\n\nSources said it rained.\n"
    rc, out, _ = _run(["analyze", "--format", "jsonl", str(path)], capsys)
    doc = json.loads(out)
    assert rc == 0 and doc["status"] == "ok"
    srcs = [a["source"] for a in doc["attributions"]]
    assert [s["text"] for s in srcs] == ["Pompeo", "Sources"]
    assert srcs[0]["start"] == 0  # the BOM is not part of the text
    _check_spans(doc, text)
    assert all("\r" not in c["text"] and "\ufeff" not in c["text"] for c in doc["claims"])


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(["analyze", "--format", "jsonl", str(tmp_path / "nope.txt")], capsys)
    doc = json.loads(out)
    assert rc == 1 and doc["status"] == "error"


def test_bad_format_is_a_usage_error(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "--format", "xml", str(article)])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_python_m_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "claimtrace", "--version"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"claimtrace {claimtrace.__version__}"
