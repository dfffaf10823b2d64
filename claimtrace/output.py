"""Writers for ``claimtrace analyze``: a readable table, JSON, JSONL (one line per input
record) and CSV (one row per attribution). Every input record gets output, even a failed one.

>>> import io, json
>>> buf = io.StringIO()
>>> from claimtrace.readers import Record
>>> _ = write_records([Record("a1", "Sources said it rained.")], fmt="jsonl", out=buf)
>>> json.loads(buf.getvalue())["attributions"][0]["source"]["text"]
'Sources'
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import IO, Any

from .analysis import Analysis, analyze
from .readers import Record, read_corpus

CSV_COLUMNS = ("doc_id", "attribution_id", "pattern", "cue", "cue_start", "cue_end", "source",
               "source_start", "source_end", "source_type", "source_class", "content",
               "content_start", "content_end", "rule", "evidence")


def analyze_record(record: Record) -> tuple[Analysis | None, str | None]:
    """Analyse one record; a record that could not be read or analysed gives its error.

    >>> analysis, error = analyze_record(Record("a", "Officials said the talks had stalled."))
    >>> [a.cue.text for a in analysis.attributions], error
    (['said'], None)
    >>> analyze_record(Record("b", "", error="empty text"))
    (None, 'empty text')
    """
    if record.error:
        return None, record.error
    try:
        return analyze(record.text, doc_id=record.doc_id, outlet=record.outlet,
                       published=record.published, title=record.title, url=record.url), None
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
        return None, f"analysis failed: {type(exc).__name__}: {exc}"


def analyze_inputs(paths: list[str], *, errors: str = "replace") -> tuple[list[Analysis], list[str]]:
    """Analyse every record in ``paths``; returns the analyses and one message per record that
    could not be read or analysed (the report, graph and plot commands use this).

    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     with open(os.path.join(d, "a.txt"), "w", encoding="utf-8") as fh:
    ...         _ = fh.write("Officials said the talks had stalled.")
    ...     analyses, problems = analyze_inputs([os.path.join(d, f) for f in ("a.txt", "b.txt")])
    ...     problems = [p.removeprefix(d + os.sep) for p in problems]
    >>> len(analyses), problems
    (1, ['b.txt:1: cannot read: No such file or directory'])
    """
    analyses: list[Analysis] = []
    problems: list[str] = []
    for record in read_corpus(paths, errors=errors):
        analysis, error = analyze_record(record)
        if analysis is None:
            problems.append(f"{record.origin or record.doc_id}: {error}")
        else:
            analyses.append(analysis)
    return analyses, problems


def _error_doc(record: Record, error: str) -> dict[str, Any]:
    return {"doc_id": record.doc_id, "origin": record.origin, "status": "error", "error": error,
            "attributions": [], "sources": [], "claims": [], "noise": [], "summary": {}}


def _doc(record: Record, analysis: Analysis) -> dict[str, Any]:
    return {"origin": record.origin, "status": "ok", "error": None, **analysis.to_dict()}


def _csv_rows(doc: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for a in doc["attributions"]:
        src, content = a["source"] or {}, a["content"] or {}
        yield {"doc_id": doc["doc_id"], "attribution_id": a["id"], "pattern": a["pattern"],
               "cue": a["cue"]["text"], "cue_start": a["cue"]["start"], "cue_end": a["cue"]["end"],
               "source": src.get("text"), "source_start": src.get("start"),
               "source_end": src.get("end"), "source_type": a["source_type"],
               "source_class": a["source_class"], "content": content.get("text"),
               "content_start": content.get("start"), "content_end": content.get("end"),
               "rule": a["rule"], "evidence": a["evidence"]}


def _table(doc: dict[str, Any]) -> str:
    """A short plain-text summary of one document for a person at a terminal."""
    if doc["status"] != "ok":
        return f"== {doc['doc_id']}: ERROR {doc['error']}\n"
    s = doc["summary"]
    share = s.get("anonymous_share_claims")
    lines = [f"== {doc['doc_id']}: {s.get('n_claims', 0)} claims, "
             f"{s.get('n_attributed_claims', 0)} attributed, {len(doc['attributions'])} attributions, "
             f"{len(doc['sources'])} sources",
             "   anonymous share of attributed claims: "
             + ("n/a" if share is None else f"{share:.0%}"),
             f"   {'source':<42} {'type':<19} {'cue':<16} content"]
    for a in doc["attributions"]:
        src = (a["source"] or {}).get("text") or "(none)"
        content = ((a["content"] or {}).get("text") or "").replace("\n", " ")
        lines.append(f"   {_clip(src, 42):<42} {a['source_type']:<19} "
                     f"{_clip(a['cue']['text'], 16):<16} {_clip(content, 60)}")
    if doc["noise"]:
        lines.append(f"   noise: {len(doc['noise'])} regions ("
                     + ", ".join(sorted({n['kind'] for n in doc['noise']})) + ")")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def write_records(records: Iterable[Record], *, fmt: str, out: IO[str]) -> tuple[int, int]:
    """Analyse and write each record; returns (documents ok, documents failed).

    >>> import io
    >>> buf = io.StringIO()
    >>> write_records([Record("a", "Officials said the talks had stalled."),
    ...                Record("b", "", error="empty text")], fmt="table", out=buf)
    (1, 1)
    >>> [line for line in buf.getvalue().splitlines() if line.startswith("==")]
    ['== a: 1 claims, 1 attributed, 1 attributions, 1 sources', '== b: ERROR empty text']
    """
    ok = failed = 0
    docs_for_json: list[dict[str, Any]] = []
    writer = None
    for record in records:
        analysis, error = analyze_record(record)
        doc = _doc(record, analysis) if analysis else _error_doc(record, error or "unknown error")
        ok, failed = (ok + 1, failed) if analysis else (ok, failed + 1)
        if fmt == "jsonl":
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        elif fmt == "json":
            docs_for_json.append(doc)
        elif fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
                writer.writeheader()
            writer.writerows(_csv_rows(doc))
        else:
            out.write(_table(doc))
    if fmt == "json":
        body: Any = docs_for_json[0] if len(docs_for_json) == 1 else docs_for_json
        out.write(json.dumps(body, ensure_ascii=False, indent=1) + "\n")
    return ok, failed


def write_analyses(inputs: list[str], *, fmt: str = "table", output: str | None = None,
                   errors: str = "replace") -> int:
    """The ``claimtrace analyze`` command: exit status 0 when every document was analysed,
    1 when some failed (they are still in the output, with their error).

    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     src, out = os.path.join(d, "a.txt"), os.path.join(d, "out.jsonl")
    ...     with open(src, "w", encoding="utf-8") as fh:
    ...         _ = fh.write("Officials said the talks had stalled.")
    ...     status = write_analyses([src], fmt="jsonl", output=out)
    ...     with open(out, encoding="utf-8") as fh:
    ...         print(status, [json.loads(line)["status"] for line in fh])
    0 ['ok']
    """
    records = read_corpus(inputs, errors=errors)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            ok, failed = write_records(records, fmt=fmt, out=fh)
    else:
        ok, failed = write_records(records, fmt=fmt, out=sys.stdout)
    if failed:
        print(f"claimtrace: {failed} of {ok + failed} documents failed (see their 'error')",
              file=sys.stderr)
    return 1 if failed else 0
