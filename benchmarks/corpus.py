"""Corpus runner benchmark: throughput, peak memory, and a long streaming replay.

Run by hand (not part of the tests)::

    .venv/bin/python benchmarks/corpus.py            # full: 2,000 and 19,000 stories, 200,000 replay
    .venv/bin/python benchmarks/corpus.py --quick    # a few minutes: 500 stories, 20,000 replay

Reads the Reuters-21578 stories that /work/shared/data holds (skips when absent).
For each size it runs the local engine with 1 and 2 workers and Dask (a LocalCluster
of 2 single-threaded worker processes), writing Parquet to a temporary folder, and
prints documents/s, MB of text/s and the peak memory (PSS) of the parent plus all its
child processes (sampled every 0.1 s with psutil), and the load average, since other
work on the machine slows every figure. The replay feeds the corpus
again and again through a generator (new doc ids each pass) into one streaming run
and prints elapsed time, rate and memory at checkpoints: time should grow linearly
and memory stay flat.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psutil

from claimtrace.readers import Record, read_corpus
from claimtrace.runner import analyze_corpus

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters21578" / "stories.jsonl"


def tree_rss() -> int:
    """Memory of this process and all its descendants, in bytes: the sum of their PSS
    (proportional set size: pages shared by forked workers are counted once), or of
    their RSS where PSS cannot be read."""
    me = psutil.Process()
    total = 0
    for p in [me, *me.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            try:
                total += p.memory_full_info().pss
            except (AttributeError, psutil.AccessDenied):
                total += p.memory_info().rss
    return total


class PeakRSS:
    """Samples :func:`tree_rss` in a thread; ``.peak`` after the block."""

    def __init__(self, every: float = 0.1) -> None:
        self.every, self.peak = every, 0
        self._stop = threading.Event()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss())
            self._stop.wait(self.every)

    def __enter__(self) -> PeakRSS:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss())


def mb(n: float) -> str:
    return f"{n / 1e6:,.0f} MB"


def run_once(records: list[Record], engine: str, workers: int) -> dict[str, float]:
    text_bytes = sum(len(r.text.encode()) for r in records)
    with tempfile.TemporaryDirectory() as tmp, PeakRSS() as rss:
        t0 = time.perf_counter()
        res = analyze_corpus(records, engine=engine, workers=workers, out_dir=Path(tmp) / "out")
        wall = time.perf_counter() - t0
    c = res.manifest["counts"]
    return {"docs": len(records), "wall": wall, "docs_s": len(records) / wall,
            "mb_s": text_bytes / 1e6 / wall, "peak": rss.peak, "errors": c["errors"],
            "groups": c["claim_groups"], "finalize": res.manifest["timings"]["finalize_seconds"]}


def throughput(sizes: list[int]) -> None:
    print(f"{'docs':>7} {'engine':<14} {'wall s':>8} {'docs/s':>8} {'MB/s':>6} "
          f"{'peak mem':>10} {'finalize s':>10} {'groups':>7} {'errors':>6} {'load':>5}",
          flush=True)
    for n in sizes:
        records = list(itertools.islice(read_corpus(DATA), n))
        for engine, workers in (("local", 1), ("local", 2), ("dask", 2)):
            r = run_once(records, engine, workers)
            label = f"{engine} x{workers}"
            print(f"{r['docs']:>7,} {label:<14} {r['wall']:>8.1f} {r['docs_s']:>8.0f} "
                  f"{r['mb_s']:>6.2f} {mb(r['peak']):>10} {r['finalize']:>10.1f} "
                  f"{r['groups']:>7,} {r['errors']:>6} {os.getloadavg()[0]:>5.1f}", flush=True)


def replayed(total: int) -> Iterator[Record]:
    """The corpus read again and again (streamed from disk each pass) up to ``total`` records."""
    n = 0
    for rep in itertools.count():
        for rec in read_corpus(DATA):
            if n >= total:
                return
            yield replace(rec, doc_id=f"{rec.doc_id}#{rep}")
            n += 1


def replay(total: int, every: int, workers: int, track: bool) -> None:
    print(f"\nreplay: {total:,} documents through one streaming run (local x{workers}, "
          f"Parquet, claim tracking {'on' if track else 'off'})", flush=True)
    print(f"{'docs':>9} {'elapsed s':>10} {'docs/s':>8} {'mem now':>10} {'mem peak':>10} "
          f"{'load':>5}", flush=True)
    state = {"next": every, "t0": time.perf_counter()}
    sampler = PeakRSS(every=0.5)

    def progress(done: int, failed: int) -> None:
        if done >= state["next"]:
            el = time.perf_counter() - state["t0"]
            print(f"{done:>9,} {el:>10.1f} {done / el:>8.0f} {mb(tree_rss()):>10} "
                  f"{mb(sampler.peak):>10} {os.getloadavg()[0]:>5.1f}", flush=True)
            state["next"] += every

    with tempfile.TemporaryDirectory() as tmp, sampler:
        t0 = time.perf_counter()
        res = analyze_corpus(replayed(total), engine="local", workers=workers,
                             out_dir=Path(tmp) / "out", track_claims=track, progress=progress)
        wall = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in (Path(tmp) / "out").iterdir() if f.is_file())
    rss = sampler
    t = res.manifest["timings"]
    print(f"done: {res.manifest['counts']['documents']:,} documents in {wall:.0f} s "
          f"({res.manifest['counts']['documents'] / wall:.0f} docs/s), finalize "
          f"{t['finalize_seconds']:.1f} s, peak memory {mb(rss.peak)}, output {mb(size)}",
          flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (a few minutes)")
    ap.add_argument("--replay", type=int, help="documents in the replay (default 200,000)")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--track", action="store_true", help="claim tracking on in the replay")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} not found", file=sys.stderr)
        return 0
    sizes = [500] if args.quick else [2000, 19_000]
    total = args.replay or (20_000 if args.quick else 200_000)
    print(f"claimtrace corpus benchmark on {DATA.name}, {psutil.cpu_count()} cores", flush=True)
    if not args.skip_throughput:
        throughput(sizes)
        # the replay in a fresh process, so its memory figures start clean
        cmd = [sys.executable, __file__, "--skip-throughput", "--replay", str(total)]
        return subprocess.call(cmd + (["--track"] if args.track else []))
    replay(total, every=max(1000, total // 10), workers=2, track=args.track)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
