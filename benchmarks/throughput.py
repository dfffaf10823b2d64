"""Single-process throughput of ``claimtrace.analyze`` on the Reuters-21578 stories.

Run by hand (not a test)::

    python benchmarks/throughput.py [--limit N] [--path STORIES.jsonl] [--to-dict]

Reads ``../shared/data/reuters21578/stories.jsonl`` (repo-relative) one line at a time,
analyses every story in this one process and prints documents/s and MB/s (characters / 1e6
per second of analysis time, wall clock and this process's CPU time), the slowest documents,
and the machine it ran on. Exits 0 with
a message when the data set is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import claimtrace as ct

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters21578" / "stories.jsonl"


def machine() -> str:
    """One line about where the figures come from."""
    cpu = platform.processor() or platform.machine()
    return (f"{platform.platform()} | {cpu} | {os.cpu_count()} CPUs | "
            f"Python {platform.python_version()} ({platform.python_implementation()}) | "
            f"claimtrace {ct.__version__}")


def run(path: Path, limit: int | None, to_dict: bool) -> dict[str, float]:
    """Analyse up to ``limit`` stories; returns the counts and the seconds spent in analysis."""
    docs = chars = attributions = 0
    busy = cpu = 0.0
    slowest: list[tuple[float, str, int]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and docs >= limit:
                break
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec.get("text") or ""
            t0, c0 = time.perf_counter(), time.process_time()
            a = ct.analyze(text, doc_id=str(rec.get("doc_id", docs)))
            if to_dict:
                a.to_dict()
            dt = time.perf_counter() - t0
            busy += dt
            cpu += time.process_time() - c0
            docs += 1
            chars += len(text)
            attributions += len(a.attributions)
            slowest.append((dt, a.doc_id, len(text)))
            if len(slowest) > 50:
                slowest = sorted(slowest, reverse=True)[:5]
    slowest = sorted(slowest, reverse=True)[:5]
    return {"docs": docs, "chars": chars, "attributions": attributions, "seconds": busy,
            "cpu": cpu, "slowest": slowest}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="analyse only the first N stories")
    ap.add_argument("--path", type=Path, default=DEFAULT, help="a JSONL file with a 'text' field")
    ap.add_argument("--to-dict", action="store_true",
                    help="also build the JSON document (Analysis.to_dict) for each story")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"skipped: {args.path} not found (the Reuters stories live in ../shared/data)")
        return 0
    ct.analyze("Warm-up: officials said the lexicons load once.")  # compile regexes, load lexicons
    wall0 = time.perf_counter()
    r = run(args.path, args.limit, args.to_dict)
    wall = time.perf_counter() - wall0
    secs = r["seconds"] or float("nan")
    print(f"machine: {machine()}")
    print(f"input:   {args.path} ({r['docs']:,} documents, {r['chars'] / 1e6:.2f} M characters, "
          f"{r['attributions']:,} attributions)")
    print(f"analyse: {secs:.1f} s in analyze() ({wall:.1f} s wall, one process"
          f"{', with to_dict()' if args.to_dict else ''})")
    print(f"speed:   {r['docs'] / secs:,.1f} documents/s   {r['chars'] / 1e6 / secs:.3f} MB/s "
          f"(characters/1e6 per second)")
    # CPU time of this process alone: on a shared machine, wall time also counts the time
    # that other work held the core
    print(f"cpu:     {r['cpu']:.1f} s of CPU time in analyze(), {r['chars'] / 1e6 / r['cpu']:.3f} MB/s")
    print("slowest: " + ", ".join(f"{d} {n:,} chars {t * 1000:.0f} ms"
                                  for t, d, n in r["slowest"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
