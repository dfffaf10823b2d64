"""Corpus readers: files, directories, JSONL, CSV, HTML, gzip and stdin -> :class:`Record`.

Every input unit becomes exactly one record, in input order. A file that cannot be
opened, a line that is not JSON, a row without text, an HTML page without an article:
each is still yielded, with ``error`` set, so the runner can list it in its
``documents`` table. Nothing here raises on bad input and nothing loads a whole
JSONL/CSV file: rows are read one at a time, and a single text or HTML file is read
up to :data:`MAX_DOCUMENT_BYTES`.

>>> import io, json
>>> rows = [{"id": "a", "text": "Pompeo said so."}, {"id": "b"}]
>>> recs = list(read_jsonl_stream(io.BytesIO(
...     "\\n".join(json.dumps(r) for r in rows).encode()), "x.jsonl"))
>>> [(r.doc_id, r.error) for r in recs]
[('a', None), ('b', "no text field (looked for 'text', 'body', 'content')")]
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import sys
import warnings
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .text import decode_bytes

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Record",
    "count_records",
    "parse_columns",
    "read_corpus",
    "read_csv_stream",
    "read_jsonl_stream",
]

#: A single document (a text or HTML file, one JSONL line) larger than this is an error record.
MAX_DOCUMENT_BYTES = 20_000_000

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
_ALL = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

#: Record field -> candidate keys in a JSONL object or CSV header, first present wins.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("doc_id", "id", "article_id", "uid"),
    "text": ("text", "body", "content"),
    "outlet": ("outlet", "source", "publisher", "site", "media"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_BINARY_SHARE = 0.10  # more control/replacement characters than this: not text


@dataclass(frozen=True, slots=True)
class Record:
    """One input document, or the reason it could not be read (``error``).

    >>> Record("a1", "Officials said so.", outlet="Wire").ok
    True
    >>> Record("b1", "", origin="x.jsonl:2", error="empty text").ok
    False
    """

    doc_id: str
    text: str
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    origin: str = ""
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------- helpers


def parse_columns(spec: str | Mapping[str, str] | None) -> dict[str, str]:
    """``"id=uid,text=body"`` or a mapping -> ``{"id": "uid", "text": "body"}``.

    >>> parse_columns("id=uid, text=body")
    {'id': 'uid', 'text': 'body'}
    """
    if spec is None:
        return {}
    if isinstance(spec, Mapping):
        items = dict(spec)
    else:
        items = {}
        for part in filter(None, (p.strip() for p in spec.split(","))):
            field, sep, column = part.partition("=")
            if not sep or not column.strip():
                raise ValueError(f"column mapping {part!r} is not FIELD=COLUMN")
            items[field.strip()] = column.strip()
    unknown = set(items) - set(DEFAULT_FIELDS)
    if unknown:
        raise ValueError(f"unknown record field(s) {sorted(unknown)}; "
                         f"known: {sorted(DEFAULT_FIELDS)}")
    return {k: str(v) for k, v in items.items()}


def _decode(data: bytes, where: str, errors: str) -> str:
    """UTF-8 (BOM tolerated), as :func:`claimtrace.text.decode_bytes` decodes it."""
    return decode_bytes(data, where=where, errors=errors)[0]


def _text_problem(text: str) -> str | None:
    """Why ``text`` cannot be analysed (empty, binary), or None."""
    if not text.strip():
        return "empty text"
    sample = text[:20_000]
    bad = len(_CONTROL.findall(sample))
    if bad > _BINARY_SHARE * len(sample):
        return f"not text: {bad} of {len(sample)} characters are control or undecodable bytes"
    return None


def _scalar(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float, bool)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _pick(row: Mapping[str, Any], field: str, columns: Mapping[str, str]) -> tuple[bool, Any]:
    """(present, value) of record field ``field`` in a JSON object or CSV row."""
    if field in columns:
        key = columns[field]
        return key in row, row.get(key)
    for key in DEFAULT_FIELDS[field]:
        if key in row:
            return True, row[key]
    return False, None


def _from_row(row: Mapping[str, Any], columns: Mapping[str, str], where: str) -> Record:
    _, doc_id = _pick(row, "id", columns)
    meta = {f: _scalar(_pick(row, f, columns)[1]) for f in ("outlet", "published", "title", "url")}
    base = Record(doc_id=_scalar(doc_id) or where, text="", origin=where, **meta)
    present, text = _pick(row, "text", columns)
    if not present:
        looked = [columns["text"]] if "text" in columns else list(DEFAULT_FIELDS["text"])
        return replace(base, error=f"no text field (looked for {', '.join(map(repr, looked))})")
    if text is None:
        return replace(base, error="text is null")
    if not isinstance(text, str):
        return replace(base, error=f"text is a {type(text).__name__}, not a string")
    return replace(base, text=text, error=_text_problem(text))


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]  # a GzipFile reads bytes
    return open(path, "rb")  # noqa: SIM115 - returned to the caller, closed there


def _kind(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    last = suffixes[-1] if suffixes else ""
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in CSV_SUFFIXES:
        return "csv"
    if last in HTML_SUFFIXES:
        return "html"
    return "text"


_READ_ERRORS = (OSError, EOFError, zlib.error, gzip.BadGzipFile)


# --------------------------------------------------------------------------- streams


def read_jsonl_stream(stream: IO[bytes], where: str, *, columns: Mapping[str, str] | None = None,
                      errors: str = "replace") -> Iterator[Record]:
    """One record per non-blank line of a binary JSONL stream (origin ``where:line``).

    >>> data = io.BytesIO(b'{"doc_id": "a", "text": "Officials said the talks had stalled."}\\n'
    ...                   b'\\nnot json\\n')
    >>> [(r.doc_id, r.origin, r.ok) for r in read_jsonl_stream(data, "x.jsonl")]
    [('a', 'x.jsonl:1', True), ('x.jsonl:3', 'x.jsonl:3', False)]
    """
    columns = columns or {}
    lineno = 0
    try:
        for lineno, raw in enumerate(stream, 1):  # noqa: B007 - lineno used after the loop
            if not raw.strip():
                continue
            at = f"{where}:{lineno}"
            if len(raw) > MAX_DOCUMENT_BYTES:
                yield Record(at, "", origin=at, error=f"line too long ({len(raw)} bytes)")
                continue
            try:
                obj = json.loads(_decode(raw, at, errors))
            except InputError as exc:
                yield Record(at, "", origin=at, error=exc.problem)
                continue
            except ValueError as exc:
                yield Record(at, "", origin=at, error=f"not JSON: {exc}")
                continue
            if not isinstance(obj, dict):
                yield Record(at, "", origin=at,
                             error=f"not a JSON object (a {type(obj).__name__})")
                continue
            yield _from_row(obj, columns, at)
    except _READ_ERRORS as exc:
        at = f"{where}:{lineno + 1}"
        yield Record(at, "", origin=at, error=f"read failed after line {lineno}: {exc}")


def read_csv_stream(stream: IO[bytes], where: str, *, columns: Mapping[str, str] | None = None,
                    errors: str = "replace", delimiter: str = ",") -> Iterator[Record]:
    """One record per CSV row (header required; origin ``where:line`` of the row's start).

    >>> data = io.BytesIO(b"id,text,outlet\\na,Officials said so.,Wire\\nb,,Wire\\n")
    >>> [(r.doc_id, r.outlet, r.origin, r.error) for r in read_csv_stream(data, "x.csv")]
    [('a', 'Wire', 'x.csv:2', None), ('b', 'Wire', 'x.csv:3', 'empty text')]
    """
    columns = columns or {}
    if csv.field_size_limit() < MAX_DOCUMENT_BYTES:
        csv.field_size_limit(MAX_DOCUMENT_BYTES)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="",
                            errors="strict" if errors == "strict" else "replace")
    reader = csv.DictReader(text, delimiter=delimiter)
    start = 2
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError, *_READ_ERRORS) as exc:
            at = f"{where}:{start}"
            yield Record(at, "", origin=at, error=f"unreadable CSV from here on: {exc}")
            return
        at = f"{where}:{start}"
        start = reader.line_num + 1
        if None in row:  # more cells than header fields
            row.pop(None)
        yield _from_row(row, columns, at)


def _read_whole(path: Path, where: str, errors: str) -> str:
    with _open_binary(path) as fh:
        data = fh.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ValueError(f"document too large (over {MAX_DOCUMENT_BYTES} bytes)")
    return _decode(data, where, errors)


def html_to_record(html: str, where: str, doc_id: str) -> Record:
    """Article text of an HTML page (trafilatura), with its title, date, site and URL.

    >>> page = ("<html><head><title>Bridge</title></head><body><article><p>The council will "
    ...         "close the bridge for six months, two officials said.</p></article></body></html>")
    >>> r = html_to_record(page, "b.html:1", "b")
    >>> r.title, r.text, r.error
    ('Bridge', 'The council will close the bridge for six months, two officials said.', None)
    >>> html_to_record("<html><body><div></div></body></html>", "e.html:1", "e").error
    'no article text found in HTML'
    """
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Record(doc_id, "", origin=where, error="no article text found in HTML")
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return Record(doc_id, text, outlet=_scalar(getattr(doc, "sitename", None)),
                  published=_scalar(getattr(doc, "date", None)),
                  title=_scalar(getattr(doc, "title", None)),
                  url=_scalar(getattr(doc, "url", None)), origin=where,
                  error=_text_problem(text))


def _read_file(path: Path, columns: Mapping[str, str], errors: str) -> Iterator[Record]:
    name = str(path)
    kind = _kind(path)
    if kind in ("jsonl", "csv"):
        try:
            stream = _open_binary(path)
        except OSError as exc:
            yield Record(name, "", origin=f"{name}:1", error=f"cannot open: {exc.strerror or exc}")
            return
        with stream:
            if kind == "jsonl":
                yield from read_jsonl_stream(stream, name, columns=columns, errors=errors)
            else:
                delim = "\t" if ".tsv" in [s.lower() for s in path.suffixes] else ","
                yield from read_csv_stream(stream, name, columns=columns, errors=errors,
                                           delimiter=delim)
        return
    where = f"{name}:1"
    try:
        text = _read_whole(path, where, errors)
    except InputError as exc:
        yield Record(name, "", origin=where, error=exc.problem)
        return
    except (*_READ_ERRORS, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        yield Record(name, "", origin=where, error=f"cannot read: {reason}")
        return
    if kind == "html":
        problem = _text_problem(text)
        if problem:
            yield Record(name, "", origin=where, error=problem)
        else:
            yield html_to_record(text, where, name)
        return
    yield Record(name, text, origin=where, error=_text_problem(text))


def _read_stdin(errors: str) -> Iterator[Record]:
    where = "<stdin>:1"
    data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        yield Record("<stdin>", "", origin=where, error="document too large")
        return
    try:
        text = _decode(data, where, errors)
    except InputError as exc:
        yield Record("<stdin>", "", origin=where, error=exc.problem)
        return
    yield Record("<stdin>", text, origin=where, error=_text_problem(text))


def _walk(directory: Path) -> Iterator[Path]:
    """Supported files under ``directory`` (recursively, sorted, hidden ones skipped)."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            p = Path(root, f)
            if f.startswith("."):
                continue
            suffixes = [s.lower() for s in p.suffixes]
            if suffixes and suffixes[-1] == ".gz":
                suffixes.pop()
            if suffixes and suffixes[-1] in _ALL:
                yield p


def _as_list(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


# --------------------------------------------------------------------------- public


def read_corpus(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
                csv_columns: str | Mapping[str, str] | None = None,
                errors: str = "replace") -> Iterator[Record]:
    """Yield one :class:`Record` per document in ``paths``, bad ones included (``error`` set).

    ``paths``: files (.txt/.md, .html, .jsonl, .csv/.tsv, each optionally ``.gz``),
    directories (searched recursively for those), or ``"-"`` (standard input, one
    text). ``csv_columns`` maps record fields (id, text, outlet, published, title, url)
    to JSONL keys or CSV columns, e.g. ``"id=uid,text=body"``. ``errors="strict"``
    makes undecodable bytes an error record; ``"replace"`` substitutes U+FFFD.

    >>> [r.error for r in read_corpus(["/no/such/file.txt"])]
    ['cannot read: No such file or directory']
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
    columns = parse_columns(csv_columns)
    for raw in _as_list(paths):
        if raw == "-":
            yield from _read_stdin(errors)
            continue
        path = Path(raw)
        if path.is_dir():
            for f in _walk(path):
                yield from _read_file(f, columns, errors)
        else:
            yield from _read_file(path, columns, errors)


def count_records(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> int | None:
    """How many records :func:`read_corpus` will yield, counted cheaply (for progress bars).

    Counts non-blank JSONL lines and CSV rows without parsing JSON; ``None`` for stdin.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "a.jsonl").write_text('{"text": "One."}\\n\\n{"text": "Two."}\\n')
    ...     _ = Path(d, "b.txt").write_text("Officials said so.")
    ...     print(count_records(d), count_records("-"))
    3 None
    """
    total = 0
    for raw in _as_list(paths):
        if raw == "-":
            return None
        path = Path(raw)
        files = list(_walk(path)) if path.is_dir() else [path]
        for f in files:
            kind = _kind(f)
            if kind not in ("jsonl", "csv"):
                total += 1
                continue
            try:
                with _open_binary(f) as fh:
                    if kind == "jsonl":
                        total += sum(1 for line in fh if line.strip())
                    else:
                        text = io.TextIOWrapper(fh, encoding="utf-8", errors="replace",
                                                newline="")
                        total += max(0, sum(1 for _ in csv.reader(text)) - 1)
            except (*_READ_ERRORS, csv.Error):
                total += 1
    return total

