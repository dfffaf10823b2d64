"""Build the sample articles (``*.txt`` and ``samples.jsonl``) from ``annotated.md``.

The annotated markup is the source of truth; this script strips it (with the parser of
``../gold/build_gold.py``) and writes one plain-text file per article plus one JSONL record per
article: ``{"doc_id", "outlet", "published", "title", "text"}``. The ``.txt`` file and the
record's ``text`` are identical, byte for byte.

>>> records = build()
>>> sorted(r["doc_id"] for r in records)[0]
's1_mt_report'

Run ``python data/samples/build_samples.py`` to rewrite the files, ``--check`` to exit 1 when
they are out of date.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE / "annotated.md"


def _gold_module() -> ModuleType:
    path = HERE.parent / "gold" / "build_gold.py"
    spec = importlib.util.spec_from_file_location("claimtrace_build_gold", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def annotated(source: Path = DEFAULT_SOURCE) -> list[dict[str, object]]:
    """The samples as gold records (with attributions), text ending in one newline."""
    gold = _gold_module()
    out = []
    for doc_id, meta, body in gold.split_articles(source.read_text("utf-8")):
        record = gold.parse_article(doc_id, meta, body + "\n")
        record["split"] = "sample"
        out.append(record)
    return out


def build(source: Path = DEFAULT_SOURCE) -> list[dict[str, object]]:
    """The ``samples.jsonl`` records, in file order."""
    keys = ("doc_id", "outlet", "published", "title", "text")
    return [{k: r[k] for k in keys} for r in annotated(source)]


def write(records: list[dict[str, object]], folder: Path) -> dict[Path, str]:
    """The files to write: ``<doc_id>.txt`` per record and ``samples.jsonl``."""
    files = {folder / f"{r['doc_id']}.txt": str(r["text"]) for r in records}
    files[folder / "samples.jsonl"] = "".join(
        json.dumps(r, ensure_ascii=False) + "\n" for r in records
    )
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--folder", type=Path, default=HERE)
    parser.add_argument("--check", action="store_true", help="fail if any file is stale")
    args = parser.parse_args(argv)
    files = write(build(args.source), args.folder)
    if args.check:
        stale = [p for p, text in files.items() if not p.exists() or p.read_text("utf-8") != text]
        return 1 if stale else 0
    for path, text in files.items():
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
