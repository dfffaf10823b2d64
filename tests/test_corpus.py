"""The corpus runner's guarantees: one documents row per record, resumable after SIGKILL,
engines agree, time limit, crashed workers, atomic output folder, CLI exit codes."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import claimtrace.analysis
from claimtrace.cli import main
from claimtrace.corpus import _deadline, _TimeLimit
from claimtrace.errors import ClaimtraceError
from claimtrace.io import read_table
from claimtrace.readers import Record
from claimtrace.results import CorpusResult
from claimtrace.runner import analyze_corpus

pytest.importorskip("pyarrow")

EMPTY_HTML = "<html><head><title>x</title></head><body><div></div></body></html>"
ARTICLE_HTML = ("<html><body><article><h1>Bridge</h1><p>The city council plans to close the "
                "Harbor Bridge for six months starting in June, two council officials said on "
                "Monday, because engineers found serious corrosion in the main cables.</p><p>"
                "Mayor Jane Ortiz told reporters that ferries would add crossings during the "
                "closure and that a timetable would follow within two weeks.</p></article>"
                "</body></html>")
SENTENCES = ["Officials said the bridge would close in June.",
             "The mayor said the repairs would take six months.",
             "According to the Daily Planet, ferries will run more often.",
             "Sources said the budget had doubled."]


def _story(i: int) -> str:
    return f"Story {i}. " + " ".join(SENTENCES[(i + k) % 4] for k in range(3))


def _write_jsonl(path: Path, n: int, *, outlet: str = "Wire") -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"d{i}", "text": _story(i), "outlet": outlet,
                                 "published": f"2021-03-{1 + i % 28:02d}"}) + "\n")
    return path


@pytest.fixture
def bad_corpus(tmp_path: Path) -> Path:
    d = tmp_path / "bad"
    d.mkdir()
    (d / "good.txt").write_text(_story(1), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "junk.txt").write_bytes(bytes(range(256)) * 12)
    (d / "latin1.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    (d / "noarticle.html").write_text(EMPTY_HTML, encoding="utf-8")
    (d / "article.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (d / "records.jsonl").write_text("\n".join([
        json.dumps({"id": "j-good", "text": _story(2)}),
        json.dumps({"id": "j-notext", "headline": "no text here"}),
        "this line is not JSON",
        json.dumps({"id": "j-empty", "text": ""}),
        json.dumps({"id": "j-junk", "text": "".join(chr(i % 32) for i in range(400))}),
    ]) + "\n", encoding="utf-8")
    (d / "rows.csv").write_text(f'id,text\nc-good,"{_story(3)}"\nc-empty,\n', encoding="utf-8")
    return d


EXPECTED = {  # origin suffix -> (status, error starts with)
    "good.txt:1": ("ok", None),
    "empty.txt:1": ("error", "empty text"),
    "junk.txt:1": ("error", "NUL byte"),
    "latin1.txt:1": ("error", "invalid UTF-8"),
    "noarticle.html:1": ("error", "no article text"),
    "article.html:1": ("ok", None),
    "records.jsonl:1": ("ok", None),
    "records.jsonl:2": ("error", "no text field"),
    "records.jsonl:3": ("error", "not JSON"),
    "records.jsonl:4": ("error", "empty text"),
    "records.jsonl:5": ("error", "not text"),
    "rows.csv:2": ("ok", None),
    "rows.csv:3": ("error", "empty text"),
}


def _check_statuses(docs) -> None:
    assert len(docs) == len(EXPECTED)
    got = {Path(o).name: (s, e) for o, s, e in zip(docs["origin"], docs["status"], docs["error"],
                                                    strict=True)}
    assert sorted(got) == sorted(EXPECTED)
    for origin, (status, prefix) in EXPECTED.items():
        st, err = got[origin]
        assert st == status, (origin, err)
        if prefix is None:
            assert err is None or err != err  # None or NaN
        else:
            assert err.startswith(prefix), (origin, err)


def test_bad_records_are_all_listed(bad_corpus: Path, tmp_path: Path) -> None:
    res = analyze_corpus([str(bad_corpus)], engine="serial", errors="strict")
    docs = res.frame("documents")
    _check_statuses(docs)
    assert docs["seq"].tolist() == list(range(len(EXPECTED)))
    ok = docs[docs["status"] == "ok"]
    assert (ok["n_claims"] > 0).all() and ok["n_attributions"].notna().all()
    assert docs.loc[docs["status"] == "error", "n_claims"].isna().all()
    # the same through the process pool into an output folder
    out = tmp_path / "out"
    res2 = analyze_corpus([str(bad_corpus)], engine="local", workers=2, errors="strict",
                          out_dir=out, output_format="jsonl")
    _check_statuses(res2.frame("documents"))
    assert res2.manifest["counts"]["errors"] == 9
    # errors="replace" decodes the Latin-1 file with U+FFFD instead of failing it
    res3 = analyze_corpus([str(bad_corpus / "latin1.txt")], engine="serial")
    assert res3.frame("documents")["status"].tolist() == ["ok"]


def test_analysis_failure_and_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    real = claimtrace.analysis.analyze

    def fake(text: str, **kw):
        if "EXPLODE" in text:
            raise RuntimeError("boom")
        if "SLOW" in text:
            time.sleep(3)
        return real(text, **kw)

    monkeypatch.setattr(claimtrace.analysis, "analyze", fake)
    recs = [Record("a", _story(0)), Record("b", "EXPLODE now"), Record("c", "SLOW text here"),
            Record("d", _story(1))]
    before = signal.getsignal(signal.SIGALRM)
    t0 = time.perf_counter()
    docs = analyze_corpus(recs, engine="serial", time_limit=0.3).frame("documents")
    assert time.perf_counter() - t0 < 2.5
    assert docs["status"].tolist() == ["ok", "error", "error", "ok"]
    assert docs["error"][1] == "analysis failed: RuntimeError: boom"
    assert docs["error"][2] == "time limit: analysis took over 0.3 s"
    assert signal.getsignal(signal.SIGALRM) is before  # the handler is put back


def test_time_limit_in_a_thread() -> None:
    caught: list[str] = []

    def spin() -> None:
        try:
            with _deadline(0.2):
                end = time.monotonic() + 5
                while time.monotonic() < end:
                    pass
            caught.append("finished")
        except _TimeLimit:
            caught.append("limit")

    t = threading.Thread(target=spin)
    t.start()
    t.join(6)
    assert caught == ["limit"]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the crashing analyser is patched in before the pool forks")
def test_crashing_worker_only_fails_its_record(monkeypatch: pytest.MonkeyPatch) -> None:
    real = claimtrace.analysis.analyze

    def fake(text: str, **kw):
        if "CRASH" in text:
            os._exit(3)
        return real(text, **kw)

    monkeypatch.setattr(claimtrace.analysis, "analyze", fake)
    recs = [Record(f"r{i}", "CRASH" if i == 5 else _story(i)) for i in range(12)]
    docs = analyze_corpus(recs, engine="local", workers=2, batch_size=4).frame("documents")
    assert docs["doc_id"].tolist() == [f"r{i}" for i in range(12)]
    status = dict(zip(docs["doc_id"], docs["status"], strict=True))
    assert status.pop("r5") == "error"
    assert set(status.values()) == {"ok"}
    assert docs.loc[5, "error"].startswith("worker crashed")


def test_output_folder_tables_and_manifest(tmp_path: Path) -> None:
    inp = _write_jsonl(tmp_path / "in.jsonl", 30)
    out = tmp_path / "out"
    res = analyze_corpus(str(inp), engine="serial", out_dir=out, part_size=7)
    for name in ("documents", "attributions", "sources", "claims", "claim_groups",
                 "re_reports"):
        assert (out / f"{name}.parquet").exists(), name
    assert not any((out / "_parts").iterdir())  # parts merged and removed
    m = json.loads((out / "manifest.json").read_text())
    assert m["status"] == "complete" and m["inputs"] == [str(inp)]
    assert m["counts"]["documents"] == 30 and m["counts"]["ok"] == 30
    assert m["options"]["engine"] == "serial"
    assert {"run_seconds", "analysis_seconds", "started", "finished"} <= set(m["timings"])
    again = CorpusResult.open(out)
    docs = again.frame("documents")
    assert docs["doc_id"].tolist() == [f"d{i}" for i in range(30)]
    claims = again.frame("claims")
    assert not claims.duplicated(["doc_id", "claim_id"]).any()
    assert set(claims["doc_id"]) <= set(docs["doc_id"])
    assert res.claim_groups and all(len(g.doc_ids) >= 2 for g in res.claim_groups)
    with pytest.raises(ClaimtraceError, match="resume"):
        analyze_corpus(str(inp), engine="serial", out_dir=out)


def test_resume_after_completion_adds_only_new_records(tmp_path: Path) -> None:
    inp = _write_jsonl(tmp_path / "a.jsonl", 10)
    out = tmp_path / "out"
    analyze_corpus(str(inp), engine="serial", out_dir=out, output_format="jsonl")
    _write_jsonl(inp, 16)  # the input grew
    seen: list[int] = []
    with pytest.raises(ClaimtraceError, match="same inputs"):
        analyze_corpus(str(tmp_path / "other.jsonl"), engine="serial", out_dir=out,
                       output_format="jsonl", resume=True)
    res = analyze_corpus(str(inp), engine="serial", out_dir=out, output_format="jsonl",
                         resume=True, progress=lambda done, failed: seen.append(done))
    docs = res.frame("documents")
    assert sorted(docs["seq"]) == list(range(16)) and len(docs) == 16
    assert seen[0] == 10 and seen[-1] == 16
    assert len(res.manifest["runs"]) == 2


def test_crash_during_commit_is_finished_by_resume(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrace.stores import DirStore

    inp = _write_jsonl(tmp_path / "in.jsonl", 12)
    out = tmp_path / "out"

    def die(self, manifest):
        raise KeyboardInterrupt("killed at the commit point")

    with monkeypatch.context() as mp:
        mp.setattr(DirStore, "_complete_commit", die)
        with pytest.raises(KeyboardInterrupt):
            analyze_corpus(str(inp), engine="serial", out_dir=out, part_size=5)
    assert json.loads((out / "manifest.json").read_text())["status"] == "committing"
    res = analyze_corpus(str(inp), engine="serial", out_dir=out, resume=True)
    docs = res.frame("documents")
    assert sorted(docs["seq"]) == list(range(12))
    assert res.manifest["status"] == "complete"


KILL_SCRIPT = """
import sys
from claimtrace.runner import analyze_corpus
analyze_corpus(sys.argv[1], engine="local", workers=2, out_dir=sys.argv[2], batch_size=8,
               part_size=40, part_seconds=0.2, time_limit=None)
"""


def test_sigkill_then_resume_gives_every_record_once(tmp_path: Path) -> None:
    n = 600
    inp = _write_jsonl(tmp_path / "in.jsonl", n)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(inp), str(out)],
                            start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    parts = out / "_parts"
    while time.monotonic() < deadline:
        if parts.is_dir() and any(p.name.startswith("p") for p in parts.iterdir()):
            break
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    assert json.loads((out / "manifest.json").read_text())["status"] == "running"
    assert not (out / "documents.parquet").exists()
    done = [p for p in parts.iterdir() if p.name.startswith("p")]
    n_done = sum(len(read_table(p / "documents.parquet")) for p in done)
    assert 0 < n_done < n  # killed mid-way
    res = analyze_corpus(str(inp), engine="local", workers=2, out_dir=out, resume=True,
                         batch_size=16)
    docs = res.frame("documents")
    assert len(docs) == n
    assert sorted(docs["seq"]) == list(range(n))
    assert sorted(docs["doc_id"]) == sorted(f"d{i}" for i in range(n))
    assert (docs["status"] == "ok").all()
    claims = res.frame("claims", columns=["doc_id", "claim_id"])
    assert not claims.duplicated().any()
    assert res.manifest["counts"]["documents"] == n


def test_dask_engine_matches_local(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    recs = [Record(f"r{i}", _story(i), outlet="Wire" if i % 2 else "Planet",
                   published=f"2021-03-{1 + i % 9:02d}") for i in range(40)]
    recs.append(Record("bad", "", error="empty text"))
    local = analyze_corpus(recs, engine="local", workers=2, batch_size=8)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        dask = analyze_corpus(recs, engine="dask", scheduler=client, batch_size=8)
    cols = ["seq", "doc_id", "status", "error", "n_claims", "n_attributions", "n_sources"]
    assert local.frame("documents")[cols].equals(dask.frame("documents")[cols])
    for name in ("attributions", "claims", "claim_groups"):
        a, b = local.frame(name), dask.frame(name)
        assert a.shape == b.shape and a.equals(b), name


def test_cli_corpus_exit_codes(bad_corpus: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli-out"
    assert main(["corpus", str(bad_corpus), "-o", str(out), "--engine", "serial",
                 "--output-format", "jsonl"]) == 0
    err = capsys.readouterr().err
    assert "13 documents" in err and "\r" not in err  # no progress bar when not a terminal
    assert (out / "documents.jsonl").exists()
    # the same folder again without --resume: refused, nothing could run
    assert main(["corpus", str(bad_corpus), "-o", str(out), "--engine", "serial"]) == 2
    # --resume on a finished run: nothing new, still fine
    assert main(["corpus", str(bad_corpus), "-o", str(out), "--engine", "serial",
                 "--output-format", "jsonl", "--resume"]) == 0
    # only unreadable input: every record failed
    assert main(["corpus", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o2"),
                 "--engine", "serial"]) == 1
    assert main(["corpus", str(bad_corpus), "-o", str(tmp_path / "o3"),
                 "--csv-columns", "nonsense"]) == 2


def test_tables_are_the_same_on_the_row_path_and_the_frame_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    import claimtrace.corpus as runner
    import claimtrace.frames as frames

    recs = [Record(f"r{i}", _story(i), outlet="Wire") for i in range(6)]
    with monkeypatch.context() as mp:
        mp.setattr(runner, "_row_api", lambda: None)
        slow = analyze_corpus(recs, engine="serial", track_claims=False)
    api = runner._row_api()
    if api is None:  # frames has no row functions (yet): emulate them from its frame functions
        def rows_of(fn):
            def rows(a):
                with monkeypatch.context() as mp:
                    mp.setattr(frames, "_build", lambda rows, schema: rows)
                    return fn(a)
            return rows

        api = types.SimpleNamespace(
            claim_rows=rows_of(frames.claims_frame),
            attribution_rows=rows_of(frames.attributions_frame),
            source_rows=rows_of(frames.sources_frame), frame_from_rows=frames._build,
            CLAIM_COLUMNS=frames.CLAIM_COLUMNS, SOURCE_COLUMNS=frames.SOURCE_COLUMNS,
            ATTRIBUTION_COLUMNS=frames.ATTRIBUTION_COLUMNS)
    monkeypatch.setattr(runner, "_row_api", lambda: api)
    fast = analyze_corpus(recs, engine="serial", track_claims=False)
    for name in ("attributions", "sources", "claims"):
        assert fast.frame(name).equals(slow.frame(name)), name
    assert len(fast.frame("claims")) > 6


def test_cli_progress_bar_only_on_a_terminal(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    inp = _write_jsonl(tmp_path / "in.jsonl", 12)
    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    assert main(["corpus", str(inp), "-o", str(tmp_path / "o"), "--engine", "serial",
                 "--batch-size", "4"]) == 0
    shown = term.getvalue()
    assert "12/12" in shown and "doc/s" in shown and "errors=0" in shown
