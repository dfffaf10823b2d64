"""Readers: every input unit becomes exactly one Record, bad ones with an error; streaming."""

from __future__ import annotations

import gzip
import io
import json
import sys
import tracemalloc
from pathlib import Path

import pytest

from claimtrace.readers import Record, count_records, parse_columns, read_corpus

ARTICLE_HTML = """<html><head><title>Bridge closes</title>
<meta property="og:site_name" content="Daily Planet"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Harbor Bridge to close</h1>
<p>The city council plans to close the Harbor Bridge for six months starting in June,
two council officials said on Monday, because engineers found corrosion in its cables.</p>
<p>Mayor Jane Ortiz told reporters that ferries would add crossings during the closure
and that the council would publish a timetable for the repairs within two weeks.</p>
</article><footer>Copyright Daily Planet</footer></body></html>"""

EMPTY_HTML = "<html><head><title>x</title></head><body><div></div></body></html>"


def _jsonl(path: Path, lines: list[str], *, gz: bool = False) -> Path:
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def test_jsonl_every_line_is_a_record(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", [
        json.dumps({"doc_id": "ok", "text": "Pompeo said so.", "outlet": "Star",
                    "date": "2020-01-02", "headline": "H", "url": "http://x"}),
        json.dumps({"id": "notext", "body_text": "wrong field"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": None}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "\x00\x01\x02\x03 junk \x04\x05\x06\x07\x08"}),
    ])
    recs = list(read_corpus(path))
    assert len(recs) == 8  # the blank line is not a record
    ok = recs[0]
    assert ok == Record("ok", "Pompeo said so.", "Star", "2020-01-02", "H", "http://x",
                        f"{path}:1", None)
    errors = [r.error for r in recs[1:]]
    assert errors[0].startswith("no text field")
    assert errors[1].startswith("not JSON")
    assert errors[2] == "not a JSON object (a list)"
    assert errors[3] == "text is null"
    assert errors[4] == "text is a int, not a string"
    assert errors[5] == "empty text"
    assert errors[6].startswith("not text")
    # no id: one from file and line; the blank line 4 is skipped, numbering keeps file lines
    assert [r.doc_id for r in recs[2:4]] == [f"{path}:3", f"{path}:5"]
    assert recs[1].doc_id == "notext"


def test_column_mapping_applies_to_csv_and_jsonl(tmp_path: Path) -> None:
    csv_path = tmp_path / "a.csv"
    csv_path.write_text('uid,body,paper,day\n1,"First line.\nSecond line.",Star,2020-01-01\n'
                        "2,,Star,2020-01-02\n3,Third.,Post,2020-01-03\n", encoding="utf-8")
    cols = "id=uid,text=body,outlet=paper,published=day"
    recs = list(read_corpus(csv_path, csv_columns=cols))
    assert [r.doc_id for r in recs] == ["1", "2", "3"]
    assert recs[0].text == "First line.\nSecond line."
    assert recs[0].outlet == "Star" and recs[0].published == "2020-01-01"
    assert recs[1].error == "empty text"
    assert [r.origin for r in recs] == [f"{csv_path}:2", f"{csv_path}:4", f"{csv_path}:5"]
    jl = _jsonl(tmp_path / "b.jsonl", [json.dumps({"uid": "x", "body": "Hello there."})])
    assert [(r.doc_id, r.text) for r in read_corpus(jl, csv_columns=cols)] == [("x", "Hello there.")]


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("id,title\n1,A\n2,B\n", encoding="utf-8")
    recs = list(read_corpus(path))
    assert [r.doc_id for r in recs] == ["1", "2"]
    assert all(r.error and r.error.startswith("no text field") for r in recs)


def test_gzip_inputs_and_truncated_gzip(tmp_path: Path) -> None:
    _jsonl(tmp_path / "a.jsonl.gz", [json.dumps({"id": str(i), "text": f"Doc {i} text."})
                                     for i in range(3)], gz=True)
    (tmp_path / "b.csv.gz").write_bytes(gzip.compress(b"id,text\nc1,CSV text.\n"))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"Plain text file."))
    recs = list(read_corpus(tmp_path))
    assert [r.doc_id for r in recs] == ["0", "1", "2", "c1", str(tmp_path / "c.txt.gz")]
    assert all(r.ok for r in recs)
    assert recs[-1].text == "Plain text file."
    # a gzip file cut short: the lines before the cut, then one error record
    blob = gzip.compress(b"".join(json.dumps({"text": f"Doc {i}."}).encode() + b"\n"
                                  for i in range(2000)))
    cut = tmp_path / "cut" / "d.jsonl.gz"
    cut.parent.mkdir()
    cut.write_bytes(blob[: len(blob) // 2])
    recs = list(read_corpus(cut))
    assert recs[-1].error and "read failed" in recs[-1].error
    assert all(r.ok for r in recs[:-1]) and len(recs) > 1


def test_directory_walk_html_and_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Officials said the bridge would close.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Note\n\nThe mayor said so.", encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "sub" / "d.html").write_text(EMPTY_HTML, encoding="utf-8")
    (tmp_path / "e.txt").write_bytes(b"caf\xe9 au lait, officials said.")
    (tmp_path / "f.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / ".hidden.txt").write_text("skip me", encoding="utf-8")
    (tmp_path / "g.png").write_bytes(b"\x89PNG")
    recs = {Path(r.doc_id).name: r for r in read_corpus(tmp_path)}
    assert sorted(recs) == ["a.txt", "b.md", "c.html", "d.html", "e.txt", "f.txt"]
    html = recs["c.html"]
    assert html.ok and "Harbor Bridge for six months" in html.text
    assert "Home | World" not in html.text and "Copyright" not in html.text
    assert html.outlet == "Daily Planet"
    assert recs["d.html"].error == "no article text found in HTML"
    assert recs["e.txt"].ok and "\ufffd" in recs["e.txt"].text  # errors="replace"
    assert recs["f.txt"].error.startswith("not text")
    strict = {Path(r.doc_id).name: r for r in read_corpus(tmp_path, errors="strict")}
    assert "byte offset 3" in strict["e.txt"].error
    assert strict["a.txt"].ok


def test_missing_file_and_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    recs = list(read_corpus([tmp_path / "nope.jsonl", tmp_path / "nope.txt",
                             tmp_path / "empty.txt"]))
    assert [r.error for r in recs] == ["cannot open: No such file or directory",
                                       "cannot read: No such file or directory", "empty text"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"Sources said the deal was off."))
    monkeypatch.setattr(sys, "stdin", fake)
    recs = list(read_corpus("-"))
    assert [(r.doc_id, r.text, r.origin) for r in recs] == [
        ("<stdin>", "Sources said the deal was off.", "<stdin>:1")]


def test_reading_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    body = "Officials said the talks would go on. " * 25
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(20_000):
            fh.write(json.dumps({"id": i, "text": body}) + "\n")
    assert path.stat().st_size > 15_000_000
    tracemalloc.start()
    n = sum(1 for _ in read_corpus(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 20_000 == count_records(path)
    assert peak < 2_000_000


def test_count_records_matches(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text('id,text\n1,"two\nlines"\n2,b\n', encoding="utf-8")
    _jsonl(tmp_path / "b.jsonl", ["{}", "", "nonsense"])
    (tmp_path / "c.txt").write_text("x", encoding="utf-8")
    assert count_records(tmp_path) == len(list(read_corpus(tmp_path))) == 5


def test_parse_columns_rejects_nonsense() -> None:
    assert parse_columns({"text": "body"}) == {"text": "body"}
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_columns("text")
    with pytest.raises(ValueError, match="unknown record field"):
        parse_columns("author=by")
