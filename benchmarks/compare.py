"""Compare the speed of two versions of claimtrace on one host: timed pairs and instruction counts.

Run by hand (not a test)::

    python benchmarks/compare.py OLD NEW [--limit N] [--pairs K] [--valgrind R]

``OLD`` and ``NEW`` are each a checkout (a folder holding ``claimtrace/``) or a git revision of
this repository, which is checked out into a temporary worktree for the run. Each version
analyses the same Reuters-21578 stories in a fresh child process, the two alternating (old, new,
then new, old) so that a host that speeds up or slows down during the run favours neither.

Two measures, because a shared host's speed drifts by several per cent between runs:

* **timed pairs**: MB/s of CPU time in ``analyze()`` for each version, and the ratio new/old per
  pair; the median ratio is the figure to quote.
* **instructions** (``--valgrind R``, needs valgrind): R interleaved counts per version under
  cachegrind with a fixed hash seed, each the instructions of a run that analyses the stories
  minus those of a run that only loads claimtrace. Counts of one version still vary by about
  1 % between runs, so quote the mean of several.

Exits 0 with a message when the stories are absent.

Example (the current tree against the last commit)::

    python benchmarks/compare.py HEAD . --pairs 3 --valgrind 3
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "data" / "reuters21578" / "stories.jsonl"

# The child: analyse stories [skip, skip + limit) with the claimtrace found at ROOT and print
# "<characters> <cpu seconds>"; with mode "load" it only imports and warms up.
_CHILD = """
import json, sys, time
root, path, skip, limit, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
sys.path.insert(0, root)
import claimtrace as ct
ct.analyze("Warm-up: officials said the lexicons load once.")
texts = []
with open(path, encoding="utf-8") as fh:
    for k, line in enumerate(fh):
        if k >= skip + limit:
            break
        if k >= skip and line.strip():
            texts.append(json.loads(line).get("text") or "")
if mode == "run":
    c0 = time.process_time()
    for t in texts:
        ct.analyze(t)
    print(sum(map(len, texts)), time.process_time() - c0)
"""


def checkout(spec: str, stack: ExitStack) -> Path:
    """A folder holding the version ``spec``: the folder itself, or a temporary git worktree."""
    path = Path(spec)
    if (path / "claimtrace" / "__init__.py").exists():
        return path.resolve()
    tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="claimtrace-compare-")))
    target = tmp / "tree"
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(target), spec],
                   check=True)
    stack.callback(subprocess.run, ["git", "-C", str(REPO), "worktree", "remove", "--force",
                                    str(target)], check=False)
    return target


def timed(root: Path, path: Path, skip: int, limit: int) -> float:
    """MB/s of CPU time in analyze() for one child run."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(root), str(path), str(skip), str(limit),
                          "run"], check=True, capture_output=True, text=True, cwd=root).stdout
    chars, cpu = out.split()
    return int(chars) / 1e6 / float(cpu)


_IREFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(root: Path, path: Path, skip: int, limit: int, mode: str) -> int:
    """Instructions of one child run under cachegrind (PYTHONHASHSEED=0)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                           "--cachegrind-out-file=/dev/null", sys.executable, "-c", _CHILD,
                           str(root), str(path), str(skip), str(limit), mode],
                          capture_output=True, text=True, env=env, cwd=root)
    m = _IREFS_RE.search(proc.stderr)
    if m is None:
        raise RuntimeError(f"no instruction count from valgrind:\n{proc.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def analysis_instructions(root: Path, path: Path, skip: int, limit: int) -> int:
    """Instructions spent analysing the stories: a full run minus a load-only run."""
    return instructions(root, path, skip, limit, "run") - instructions(root, path, skip, limit, "load")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", help="a checkout folder or a git revision")
    ap.add_argument("new", help="a checkout folder or a git revision")
    ap.add_argument("--path", type=Path, default=DEFAULT, help="a JSONL file with a 'text' field")
    ap.add_argument("--limit", type=int, default=4000, help="stories per timed run (default 4000)")
    ap.add_argument("--pairs", type=int, default=2, help="timed pairs (default 2; 0 for none)")
    ap.add_argument("--valgrind", type=int, default=0, metavar="R",
                    help="instruction counts per version on stories 1000-1999 (default 0: none)")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"skipped: {args.path} not found (the Reuters stories live in ../shared/data)")
        return 0
    if args.valgrind and shutil.which("valgrind") is None:
        print("valgrind is not installed: drop --valgrind or install it")
        return 2
    with ExitStack() as stack:
        old, new = checkout(args.old, stack), checkout(args.new, stack)
        for root in (old, new):  # compile both versions' bytecode outside the measurements
            subprocess.run([sys.executable, "-c", _CHILD, str(root), str(args.path), "0", "1", "load"],
                           check=True, capture_output=True, cwd=root)
        ratios = []
        for i in range(args.pairs):
            order = (old, new) if i % 2 == 0 else (new, old)
            speed = {root: timed(root, args.path, 0, args.limit) for root in order}
            ratios.append(speed[new] / speed[old])
            print(f"pair {i + 1}: old {speed[old]:.3f} MB/s, new {speed[new]:.3f} MB/s, "
                  f"new/old {ratios[-1]:.3f}", flush=True)
        if ratios:
            print(f"timed: median new/old {statistics.median(ratios):.3f} over {len(ratios)} pairs "
                  f"(first {args.limit:,} stories, CPU time)")
        counts: dict[Path, list[int]] = {old: [], new: []}
        for i in range(args.valgrind):
            for root in ((old, new) if i % 2 == 0 else (new, old)):
                counts[root].append(analysis_instructions(root, args.path, 1000, 1000))
            print(f"instructions {i + 1}: old {counts[old][-1] / 1e6:,.0f} M, "
                  f"new {counts[new][-1] / 1e6:,.0f} M", flush=True)
        if args.valgrind:
            mo, mn = statistics.mean(counts[old]), statistics.mean(counts[new])
            print(f"instructions: mean old {mo / 1e6:,.0f} M, new {mn / 1e6:,.0f} M, "
                  f"new/old {mn / mo:.3f} (stories 1000-1999, {args.valgrind} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
