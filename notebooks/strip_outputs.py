"""Strip outputs, execution counts and run metadata from notebooks, so git keeps only sources.

Usage (from the repository root or anywhere)::

    python notebooks/strip_outputs.py              # every notebook in notebooks/
    python notebooks/strip_outputs.py a.ipynb ...  # only these
    python notebooks/strip_outputs.py --check      # change nothing; exit 1 if one has outputs

What is removed: the outputs and execution count of every code cell, the per-cell run
metadata Jupyter and nbclient add (``execution``, ``ExecuteTime``, ``collapsed``,
``scrolled``), the notebook's widget state, and everything in ``language_info`` but its
name (the Python version it was last run with).  Sources, markdown, cell ids and the kernel
spec are kept as they are.

>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
>>> nb.cells[0].execution_count = 3
>>> problems(nb)
['cell 0: execution count 3']
>>> strip(nb), problems(nb)
(True, [])
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
#: Per-cell metadata written by running or viewing a notebook, not by its author.
RUN_METADATA = ("execution", "ExecuteTime", "collapsed", "scrolled")


def problems(nb: nbformat.NotebookNode) -> list[str]:
    """What :func:`strip` would remove, one line per cell or notebook-level item."""
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs"):
            found.append(f"cell {i}: {len(cell.outputs)} output(s)")
        if cell.get("execution_count") is not None:
            found.append(f"cell {i}: execution count {cell.execution_count}")
        extra = [k for k in RUN_METADATA if k in cell.get("metadata", {})]
        if extra:
            found.append(f"cell {i}: run metadata {', '.join(extra)}")
    if "widgets" in nb.metadata:
        found.append("notebook: widget state")
    if set(nb.metadata.get("language_info", {})) - {"name"}:
        found.append("notebook: language_info beyond its name")
    return found


def strip(nb: nbformat.NotebookNode) -> bool:
    """Remove outputs, counts and run metadata in place; True when anything changed."""
    changed = bool(problems(nb))
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.outputs = []
        cell.execution_count = None
        for key in RUN_METADATA:
            cell.metadata.pop(key, None)
    nb.metadata.pop("widgets", None)
    info = nb.metadata.get("language_info")
    if info is not None:
        nb.metadata["language_info"] = {"name": info.get("name", "python")}
    return changed


def notebooks(paths: list[str]) -> list[Path]:
    """The notebooks named, or every ``*.ipynb`` beside this script."""
    if paths:
        return [Path(p) for p in paths]
    return sorted(HERE.glob("*.ipynb"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="notebooks (default: notebooks/*.ipynb)")
    parser.add_argument("--check", action="store_true",
                        help="report notebooks with outputs and exit 1; change nothing")
    args = parser.parse_args(argv)
    dirty = 0
    for path in notebooks(args.paths):
        nb = nbformat.read(path, as_version=4)
        found = problems(nb)
        if not found:
            continue
        dirty += 1
        if args.check:
            more = f"; and {len(found) - 3} more" if len(found) > 3 else ""
            print(f"{path}: " + "; ".join(found[:3]) + more)
        else:
            strip(nb)
            nbformat.write(nb, path)
            print(f"stripped {path}")
    if args.check and dirty:
        print(f"{dirty} notebook(s) carry outputs: run python notebooks/strip_outputs.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
