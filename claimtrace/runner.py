"""``analyze_corpus``: analyse many records serially, on a process pool or on Dask.

Records go to workers in batches, with a bounded number of batches in flight, so
memory does not grow with the corpus. Each record gives exactly one row of the
``documents`` table, ``status`` ``ok`` or ``error`` (unreadable input, analysis
failure, time limit, crashed worker). With ``out_dir``, results are written as
they come, in atomic part files (see :mod:`claimtrace.results`), and a run killed
at any moment can be finished with ``resume=True``: records are numbered in input
order and the numbers already in the parts are skipped.

The work a worker does for one batch is :func:`claimtrace.corpus.analyze_batch`.
A batch whose worker process dies is retried once, then its records are run one by
one, each in a process of its own, so only the record that kills its worker fails.

>>> from claimtrace.readers import Record
>>> res = analyze_corpus([Record("a", "Pompeo said the talks would go on.")],
...                      engine="serial")
>>> res.frame("documents")["status"].tolist()
['ok']
"""

from __future__ import annotations

import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .corpus import BatchOptions, BatchResult, analyze_batch
from .readers import Record, read_corpus

if TYPE_CHECKING:  # pragma: no cover
    from .results import CorpusResult

__all__ = ["ENGINES", "analyze_corpus"]

ENGINES = ("local", "dask", "serial")


def _failed_batch(batch: list[tuple[int, Record]], message: str,
                  opts: BatchOptions) -> BatchResult:
    """An all-error result built in the parent, for records whose worker crashed."""
    bad = [(seq, Record(r.doc_id, "", r.outlet, r.published, r.title, r.url, r.origin,
                        message)) for seq, r in batch]
    return analyze_batch(bad, opts)


def _merge(results: list[BatchResult]) -> BatchResult:
    """One result from the results of consecutive parts of a batch."""
    import numpy as np
    import pandas as pd

    tables = {t: pd.concat([r.tables[t] for r in results], ignore_index=True)
              for t in results[0].tables}
    analyses = [a for r in results for a in (r.analyses or [])]
    return BatchResult(tables, np.vstack([r.signatures for r in results]),
                       sum(r.n_docs for r in results), sum(r.n_errors for r in results),
                       analyses or None)


def _crash_message(exc: BaseException) -> str:
    return f"worker crashed: {type(exc).__name__}: {exc}".rstrip(": ")


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


# --------------------------------------------------------------------------- engines


class _Serial:
    generation = 0
    in_flight = 1

    def submit(self, batch: list[tuple[int, Record]], opts: BatchOptions) -> Any:
        from concurrent.futures import Future

        fut: Future[BatchResult] = Future()
        try:
            fut.set_result(analyze_batch(batch, opts))
        except Exception as exc:  # noqa: BLE001 - reported through the future
            fut.set_exception(exc)
        return fut

    def recover(self) -> None:
        pass

    def isolate(self, batch: list[tuple[int, Record]], opts: BatchOptions) -> BatchResult:
        return _merge([_one_by_one(self, item, opts) for item in batch])

    def close(self) -> None:
        pass


def _one_by_one(engine: Any, item: tuple[int, Record], opts: BatchOptions) -> BatchResult:
    try:
        return engine.submit([item], opts).result()
    except Exception as exc:  # noqa: BLE001 - this record's worker died
        return _failed_batch([item], _crash_message(exc), opts)


class _Local:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.in_flight = 2 * workers
        self.generation = 0
        self.pool = self._new(workers)

    @staticmethod
    def _new(workers: int) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)

    def submit(self, batch: list[tuple[int, Record]], opts: BatchOptions) -> Any:
        return self.pool.submit(analyze_batch, batch, opts)

    def recover(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        try:
            self.pool.submit(int, 0).result()
            return
        except BrokenProcessPool:
            pass
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new(self.workers)
        self.generation += 1

    def isolate(self, batch: list[tuple[int, Record]], opts: BatchOptions) -> BatchResult:
        """Each record alone in a one-process pool of its own: a crash is that record's."""
        from concurrent.futures.process import BrokenProcessPool

        out, pool = [], self._new(1)
        try:
            for item in batch:
                try:
                    out.append(pool.submit(analyze_batch, [item], opts).result())
                except BrokenProcessPool as exc:
                    out.append(_failed_batch([item], _crash_message(exc), opts))
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = self._new(1)
        finally:
            pool.shutdown(wait=True)
        return _merge(out)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    def __init__(self, workers: int, scheduler: Any) -> None:
        from distributed import Client, LocalCluster

        self.cluster = None
        self.own_client = True
        if scheduler is None:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=":0")
            self.client = Client(self.cluster)
        elif isinstance(scheduler, str):
            self.client = Client(scheduler)
        else:  # an existing distributed.Client
            self.client, self.own_client = scheduler, False
        self.in_flight = 2 * max(1, sum(self.client.nthreads().values()))
        self.generation = 0

    def submit(self, batch: list[tuple[int, Record]], opts: BatchOptions) -> Any:
        return self.client.submit(analyze_batch, batch, opts, pure=False)

    def recover(self) -> None:
        pass  # the scheduler reschedules the tasks of a dead worker itself

    def isolate(self, batch: list[tuple[int, Record]], opts: BatchOptions) -> BatchResult:
        return _merge([_one_by_one(self, item, opts) for item in batch])

    def close(self) -> None:
        if self.own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _engine(name: str, workers: int, scheduler: Any) -> Any:
    if name == "serial":
        return _Serial()
    if name == "local":
        return _Local(workers)
    if name == "dask":
        return _Dask(workers, scheduler)
    raise ValueError(f"engine must be one of {ENGINES}, not {name!r}")


@dataclass
class _Job:
    batch: list[tuple[int, Record]]
    future: Any
    generation: int
    attempts: int = 0


def _execute(engine: Any, batches: Iterator[list[tuple[int, Record]]],
             opts: BatchOptions) -> Iterator[BatchResult]:
    """Results in input order, at most ``engine.in_flight`` batches outstanding.

    A batch whose worker dies is retried once; if it fails again its records are run
    one by one, each alone in a worker of its own, so a record that kills its worker
    becomes an error row ("worker crashed") and no other record is blamed.
    """
    pending: deque[_Job] = deque()
    exhausted = False
    while True:
        while not exhausted and len(pending) < engine.in_flight:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
            else:
                pending.append(_Job(batch, engine.submit(batch, opts), engine.generation))
        if not pending:
            return
        job = pending.popleft()
        try:
            result = job.future.result()
        except Exception:  # noqa: BLE001 - a dead worker, a lost task
            if job.generation == engine.generation:  # not just a casualty of an old pool
                engine.recover()
                job.attempts += 1
            if job.attempts >= 2:
                yield engine.isolate(job.batch, opts)
            else:
                job.future, job.generation = engine.submit(job.batch, opts), engine.generation
                pending.appendleft(job)
            continue
        job.future = None
        yield result


# --------------------------------------------------------------------------- driver


def _as_records(records: Any, csv_columns: Any, errors: str) -> tuple[list[str], Iterator[Record]]:
    """(input names for the manifest, record iterator) from paths, Records or dicts."""
    if isinstance(records, (str, os.PathLike)):
        records = [records]
    if isinstance(records, (list, tuple)) and records and all(
            isinstance(r, (str, os.PathLike)) for r in records):
        names = [os.fspath(r) for r in records]
        return names, read_corpus(names, csv_columns=csv_columns, errors=errors)

    def convert() -> Iterator[Record]:
        from .readers import _from_row, parse_columns

        cols = parse_columns(csv_columns)
        for i, r in enumerate(records, 1):
            yield r if isinstance(r, Record) else _from_row(r, cols, f"<records>:{i}")

    return ["<records>"], convert()


def _batches(records: Iterator[Record], done: Any,
             size: int) -> Iterator[list[tuple[int, Record]]]:
    """``(seq, record)`` batches of the records not ``done`` (seq: position in the input)."""
    batch: list[tuple[int, Record]] = []
    for seq, rec in enumerate(records):
        if seq in done:
            continue
        batch.append((seq, rec))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class _Counts:
    docs: int = 0
    errors: int = 0


def analyze_corpus(
    records: Iterable[Record] | Iterable[Mapping[str, Any]] | str | os.PathLike[str] | Iterable[str],
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: Any = None,
    out_dir: str | os.PathLike[str] | None = None,
    resume: bool = False,
    output_format: str = "parquet",
    batch_size: int = 32,
    time_limit: float | None = 60.0,
    track_claims: bool = True,
    keep_analyses: bool | None = None,
    part_size: int = 2000,
    part_seconds: float = 10.0,
    csv_columns: str | Mapping[str, str] | None = None,
    errors: str = "replace",
    progress: Callable[[int, int], None] | None = None,
) -> CorpusResult:
    """Analyse every record and return a :class:`~claimtrace.results.CorpusResult`.

    ``records``: :class:`~claimtrace.readers.Record` objects, dicts (``text``,
    ``doc_id`` ...), or paths (read with :func:`~claimtrace.readers.read_corpus`).
    ``engine``: ``"local"`` (process pool, ``workers`` processes, all cores by
    default), ``"dask"`` (``scheduler``: a ``distributed.Client``, an address, or
    None for a LocalCluster) or ``"serial"``. ``out_dir``: write tables there as
    results come (``output_format`` ``"parquet"`` or ``"jsonl"``), a part every
    ``part_size`` documents or ``part_seconds``; without it, results stay in
    memory. ``resume``: finish an interrupted run in ``out_dir``. ``time_limit``:
    seconds per document (None: no limit). ``keep_analyses``: keep every Analysis
    (default: only without ``out_dir``). ``progress(done, failed)`` is called
    after every batch.

    >>> recs = [{"doc_id": "a", "text": "Officials said the talks had stalled."},
    ...         {"doc_id": "b", "text": ""}]
    >>> res = analyze_corpus(recs, engine="local", workers=1)
    >>> res.frame("documents")[["doc_id", "status", "error"]].values.tolist()
    [['a', 'ok', None], ['b', 'error', 'empty text']]
    >>> res.manifest["counts"]["ok"], res.manifest["counts"]["errors"]
    (1, 1)
    """
    from .stores import DirStore, MemoryStore

    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    workers = workers or _default_workers()
    keep = (out_dir is None) if keep_analyses is None else keep_analyses
    opts = BatchOptions(time_limit=time_limit, track=track_claims, keep_analyses=keep)
    inputs, stream = _as_records(records, csv_columns, errors)
    options = {"engine": engine, "workers": workers, "batch_size": batch_size,
               "time_limit": time_limit, "track_claims": track_claims,
               "output_format": output_format, "csv_columns": csv_columns, "errors": errors}
    if out_dir is not None:
        store: Any = DirStore(out_dir, output_format=output_format, resume=resume,
                              inputs=inputs, options=options, part_size=part_size,
                              part_seconds=part_seconds)
    else:
        store = MemoryStore(inputs=inputs, options=options)
    counts = _Counts(docs=store.n_done, errors=store.n_done_errors)
    if progress is not None and counts.docs:
        progress(counts.docs, counts.errors)
    started = time.perf_counter()
    runner = _engine(engine, workers, scheduler)
    try:
        for result in _execute(runner, _batches(stream, store.done, batch_size), opts):
            store.add(result)
            counts.docs += result.n_docs
            counts.errors += result.n_errors
            if progress is not None:
                progress(counts.docs, counts.errors)
    except KeyboardInterrupt:
        store.flush()  # keep what is finished; resume=True does the rest
        raise
    finally:
        runner.close()
    store.flush()
    return store.finalize(track=track_claims, run_seconds=time.perf_counter() - started)
