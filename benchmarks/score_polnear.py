"""Analyse PolNeAR (dev by default) and score with ../shared/tools/score.py.

Run by hand: ``python benchmarks/score_polnear.py [dev|train] [--out PRED.jsonl]``. Prints the
scorer's table. Skips (exit 0) when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import claimtrace as ct

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split", nargs="?", default="dev")
    ap.add_argument("--out", default=f"/tmp/claimtrace-pred-{time.strftime('%H%M%S')}.jsonl")
    ap.add_argument("--bootstrap", default="0")
    args = ap.parse_args()
    gold = SHARED / "data" / "polnear" / f"{args.split}.jsonl"
    if not gold.exists():
        print(f"skipped: {gold} not found")
        return 0
    t0 = time.perf_counter()
    n_chars = 0
    with gold.open(encoding="utf-8") as fin, open(args.out, "w", encoding="utf-8") as fout:
        for line in fin:
            rec = json.loads(line)
            n_chars += len(rec["text"])
            a = ct.analyze(rec["text"], doc_id=rec["doc_id"])
            fout.write(json.dumps({"doc_id": rec["doc_id"],
                                   "attributions": a.to_dict()["attributions"]}) + "\n")
    dt = time.perf_counter() - t0
    print(f"analysed {n_chars / 1e6:.2f} MB in {dt:.1f} s ({n_chars / 1e6 / dt:.2f} MB/s); "
          f"predictions in {args.out}")
    return subprocess.call([sys.executable, str(SHARED / "tools" / "score.py"), str(gold),
                            args.out, "--bootstrap", args.bootstrap])


if __name__ == "__main__":
    raise SystemExit(main())
