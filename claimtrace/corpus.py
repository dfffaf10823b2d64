"""Corpus work: the unit a worker runs (:func:`analyze_batch`), and the public names.

``from claimtrace.corpus import read_corpus, analyze_corpus, CorpusResult, Record``
gathers the corpus API: :mod:`claimtrace.readers` (files, directories, JSONL, CSV,
HTML, gzip, stdin -> :class:`Record`), :mod:`claimtrace.runner` (serial, process
pool or Dask; streaming, resumable) and :mod:`claimtrace.results`
(:class:`CorpusResult`, the output folder).

:func:`analyze_batch` turns ``(seq, record)`` pairs into table chunks: one
``documents`` row per record whatever happens (status ``ok`` or ``error``), plus
the attributions, sources and claims of the articles that could be analysed, the
claim index and signatures for tracking, and re-report candidates. A document
that takes longer than the time limit is stopped: with ``SIGALRM`` where the
analysis runs in a process's main thread (serial and local engines), else (Dask
worker threads) by an asynchronous exception raised in the analysing thread, which
Python checks between bytecodes only.

>>> res = analyze_batch([(0, Record("a", "Pompeo said the talks would go on."))],
...                     BatchOptions(time_limit=5, track=True, keep_analyses=False))
>>> res.tables["documents"]["status"].tolist(), res.n_errors
(['ok'], 0)
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .readers import Record, count_records, read_corpus
from .results import CorpusResult

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

__all__ = ["BatchOptions", "BatchResult", "CorpusResult", "Record", "analyze_batch",
           "analyze_corpus", "count_records", "document_columns",  # noqa: F822 - lazy
           "read_corpus"]

_BASE_COLUMNS = {"seq": "int64", "doc_id": "object", "origin": "object", "outlet": "object",
                 "published": "object", "title": "object", "url": "object",
                 "status": "object", "error": "object", "n_chars": "int64",
                 "seconds": "float64"}


class _TimeLimit(BaseException):  # BaseException: analyser code catching Exception won't eat it
    pass


# --------------------------------------------------------------------------- time limit


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_TimeLimit` in this thread when the block runs longer than ``seconds``."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def _alarm(signum: int, frame: Any) -> None:
            raise _TimeLimit()

        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        return
    tid = ctypes.c_ulong(threading.get_ident())
    lock, state = threading.Lock(), {"done": False, "fired": False}

    def _fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(tid, ctypes.py_object(_TimeLimit))

    timer = threading.Timer(seconds, _fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:  # clear an exception not yet delivered
                ctypes.pythonapi.PyThreadState_SetAsyncExc(tid, None)


# --------------------------------------------------------------------------- worker side


@lru_cache(maxsize=1)
def _metric_columns() -> dict[str, str]:
    from .analysis import Analysis
    from .metrics import SHARES, article_metrics
    from .model import DocumentMeta

    empty = Analysis("", DocumentMeta("e"), (), (), (), (), ())
    shares = {s.name for s in SHARES}
    return {k: ("float64" if k in shares else "Int64") for k in article_metrics(empty)}


def document_columns() -> dict[str, str]:
    """Columns and dtypes of the ``documents`` table.

    >>> cols = document_columns()
    >>> list(cols)[:4], cols["status"], cols["n_claims"]
    (['seq', 'doc_id', 'origin', 'outlet'], 'object', 'Int64')
    """
    return {**_BASE_COLUMNS, **_metric_columns()}


@lru_cache(maxsize=1)
def _empty_frames() -> dict[str, pd.DataFrame]:
    from .analysis import Analysis
    from .frames import attributions_frame, claims_frame, sources_frame
    from .model import DocumentMeta

    empty = Analysis("", DocumentMeta("e"), (), (), (), (), ())
    return {"attributions": attributions_frame(empty), "sources": sources_frame(empty),
            "claims": claims_frame(empty)}


@dataclass
class BatchResult:
    """What a worker returns for one batch: table chunks, claim signatures, maybe analyses.

    >>> res = analyze_batch([(0, Record("b", "", error="empty text"))],
    ...                     BatchOptions(time_limit=5, track=True, keep_analyses=False))
    >>> res.n_docs, res.n_errors, res.signatures.shape, res.analyses
    (1, 1, (0, 64), None)
    """

    tables: dict[str, pd.DataFrame]
    signatures: np.ndarray
    n_docs: int
    n_errors: int
    analyses: list[Any] | None = None


@dataclass(frozen=True)
class BatchOptions:
    """Options of :func:`analyze_batch`: seconds per document, claim tracking, keep analyses.

    >>> BatchOptions(time_limit=60.0, track=True, keep_analyses=False)
    BatchOptions(time_limit=60.0, track=True, keep_analyses=False)
    """

    time_limit: float | None
    track: bool
    keep_analyses: bool


def _doc_row(seq: int, rec: Record) -> dict[str, Any]:
    return {"seq": seq, "doc_id": rec.doc_id, "origin": rec.origin, "outlet": rec.outlet,
            "published": rec.published, "title": rec.title, "url": rec.url,
            "status": "error" if rec.error else "ok", "error": rec.error,
            "n_chars": len(rec.text), "seconds": 0.0}


_ROW_API = ("claim_rows", "attribution_rows", "source_rows", "frame_from_rows")


def _row_api() -> Any:
    """:mod:`claimtrace.frames` when it offers per-analysis rows (one frame per batch is
    several times faster than one per article), else None."""
    from . import frames

    return frames if all(hasattr(frames, n) for n in _ROW_API) else None


def _table_parts(a: Any) -> dict[str, Any]:
    """Rows (fast path) or frames of the attributions, sources and claims of ``a``."""
    api = _row_api()
    if api is not None:
        return {"attributions": api.attribution_rows(a), "sources": api.source_rows(a),
                "claims": api.claim_rows(a)}
    from .frames import attributions_frame, claims_frame, sources_frame

    return {"attributions": attributions_frame(a), "sources": sources_frame(a),
            "claims": claims_frame(a)}


def _table(name: str, parts: list[Any]) -> pd.DataFrame:
    """One batch's table from per-article rows or frames."""
    import pandas as pd

    api = _row_api()
    if api is not None:
        schema = {"attributions": api.ATTRIBUTION_COLUMNS, "sources": api.SOURCE_COLUMNS,
                  "claims": api.CLAIM_COLUMNS}[name]
        return api.frame_from_rows([row for rows in parts for row in rows], schema)
    return pd.concat(parts, ignore_index=True) if parts else _empty_frames()[name].copy()


def _analyse_one(seq: int, rec: Record, opts: BatchOptions) -> tuple[Any, dict[str, Any]]:
    """(parts or None, metrics or error) for one readable record, within the time limit."""
    from .analysis import analyze
    from .metrics import article_metrics
    from .tracking import claim_index, re_reports

    with _deadline(opts.time_limit):
        a = analyze(rec.text, doc_id=rec.doc_id, outlet=rec.outlet, published=rec.published,
                    title=rec.title, url=rec.url)
        parts = _table_parts(a)
        index, sigs = claim_index(a, seq) if opts.track else ([], None)
        edges = re_reports(a) if opts.track else []
        metrics = article_metrics(a)
    return (parts, index, sigs, edges, a if opts.keep_analyses else None), metrics


def _frame(rows: list[dict[str, Any]], columns: Mapping[str, str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype=t)
                         for c, t in columns.items()})


def analyze_batch(batch: list[tuple[int, Record]], opts: BatchOptions) -> BatchResult:
    """Analyse ``(seq, record)`` pairs; never raises for one bad document.

    >>> res = analyze_batch([(0, Record("a", "Officials said the talks had stalled.")),
    ...                      (1, Record("b", "", error="empty text"))],
    ...                     BatchOptions(time_limit=5, track=False, keep_analyses=True))
    >>> res.tables["documents"][["seq", "status", "error"]].values.tolist()
    [[0, 'ok', None], [1, 'error', 'empty text']]
    >>> len(res.tables["attributions"]), [a.doc_id for a in res.analyses]
    (1, ['a'])
    """
    import numpy as np
    import pandas as pd

    from .tracking import INDEX_COLUMNS, NUM_PERM, re_report_frame

    docs: list[dict[str, Any]] = []
    chunks: dict[str, list[Any]] = {"attributions": [], "sources": [], "claims": []}
    index: list[dict[str, Any]] = []
    sigs: list[np.ndarray] = []
    edges: list[dict[str, Any]] = []
    analyses: list[Any] = []
    for seq, rec in batch:
        row = _doc_row(seq, rec)
        docs.append(row)
        if rec.error:
            continue
        start = time.perf_counter()
        try:
            (parts, idx, sig, edg, a), metrics = _analyse_one(seq, rec, opts)
        except _TimeLimit:
            row.update(status="error", error=f"time limit: analysis took over {opts.time_limit:g} s")
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            row.update(status="error", error=f"analysis failed: {type(exc).__name__}: {exc}")
        else:
            for name, df in parts.items():
                chunks[name].append(df)
            index.extend(idx)
            if sig is not None and len(sig):
                sigs.append(sig)
            edges.extend(edg)
            if a is not None:
                analyses.append(a)
            row.update(metrics)
        row["seconds"] = round(time.perf_counter() - start, 6)
    tables = {name: _table(name, parts) for name, parts in chunks.items()}
    tables["documents"] = _frame(docs, document_columns())
    tables["claim_index"] = pd.DataFrame(index, columns=list(INDEX_COLUMNS))
    tables["re_report_candidates"] = re_report_frame(edges)
    signatures = np.vstack(sigs) if sigs else np.zeros((0, NUM_PERM), dtype="uint32")
    n_err = sum(1 for d in docs if d["status"] != "ok")
    return BatchResult(tables, signatures, len(docs), n_err,
                       analyses if opts.keep_analyses else None)


def __getattr__(name: str) -> Any:
    if name == "analyze_corpus":  # runner imports this module: import it lazily
        from .runner import analyze_corpus

        return analyze_corpus
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
