"""Where a corpus run's results accumulate: in memory, or in an output folder.

An output folder holds one file per table (``documents``, ``attributions``,
``sources``, ``claims``, ``claim_groups``, ``re_reports`` and the internal
``claim_index`` with ``claim_signatures.npy``) and ``manifest.json``. While a run
goes on, results land in ``_parts/pNNNNNN/``: each part is written in a hidden
folder, fsync'd and renamed into place, so a part is complete or absent. A resumed
run skips the record numbers (``documents.seq``) found in the parts and in the
committed tables. Finishing merges everything into the table files: the new files
are staged as ``*.new``, the manifest is switched to ``committing`` (the commit
point), the staged files are renamed over the old ones and the parts deleted; a
run killed during that is completed by the next ``resume``. Either store's
``finalize`` returns a :class:`~claimtrace.results.CorpusResult`.

>>> store = MemoryStore(inputs=["a.jsonl"], options={})
>>> store.finalize(track=False, run_seconds=0.0).frame("documents").empty
True
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .io import (
    atomic_write_text,
    concat_npy,
    fsync_dir,
    iter_table,
    merge_tables,
    read_table,
    save_npy,
    write_table,
)

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

    from .corpus import BatchResult
    from .results import CorpusResult

__all__ = ["EXT", "MANIFEST", "SIGNATURES", "TABLES", "DirStore", "MemoryStore", "empty_table"]

#: Tables written per part, in this order.
TABLES = ("documents", "attributions", "sources", "claims", "claim_index",
          "re_report_candidates")
SIGNATURES = "claim_signatures.npy"
MANIFEST = "manifest.json"
EXT = {"parquet": ".parquet", "jsonl": ".jsonl"}



def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def empty_table(name: str) -> pd.DataFrame:
    """A zero-row frame with the columns of table ``name``.

    >>> frame = empty_table("claim_index")
    >>> len(frame), list(frame.columns[:4])
    (0, ['doc_seq', 'doc_id', 'claim_id', 'outlet'])
    """
    import pandas as pd

    from .corpus import _empty_frames, document_columns
    from .tracking import INDEX_COLUMNS, group_frame, re_report_frame

    if name == "documents":
        return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in document_columns().items()})
    if name == "claim_index":
        return pd.DataFrame(columns=list(INDEX_COLUMNS))
    if name in ("re_reports", "re_report_candidates"):
        return re_report_frame([])
    if name == "claim_groups":
        return group_frame(pd.DataFrame(columns=["doc_seq"]), [])
    return _empty_frames()[name].copy()


def _claim_groups(index: Path | pd.DataFrame, sigs: Any, fmt: str) -> pd.DataFrame:
    """The claim_groups table from the claim index (a file read in chunks, or a frame)."""
    import numpy as np
    import pandas as pd

    from .tracking import group_frame, group_signatures

    if isinstance(index, pd.DataFrame):
        labels = group_signatures(sigs, index["doc_seq"].to_numpy())
        return group_frame(index, labels)
    seqs = np.concatenate([c["doc_seq"].to_numpy(dtype=np.int64)
                           for c in iter_table(index, fmt, columns=["doc_seq"])] or
                          [np.zeros(0, np.int64)])
    labels = group_signatures(sigs, seqs)
    members, member_labels, at = [], [], 0
    for chunk in iter_table(index, fmt):
        lab = labels[at:at + len(chunk)]
        at += len(chunk)
        keep = lab >= 0
        if keep.any():
            members.append(chunk[keep])
            member_labels.append(lab[keep])
    if not members:
        return empty_table("claim_groups")
    return group_frame(pd.concat(members, ignore_index=True), np.concatenate(member_labels))


def _counts(frames: dict[str, int], status: dict[str, int],
            groups: pd.DataFrame) -> dict[str, int]:
    out = {"documents": status.get("ok", 0) + status.get("error", 0),
           "ok": status.get("ok", 0), "errors": status.get("error", 0)}
    out.update({k: v for k, v in frames.items() if k not in ("documents",)})
    out["claim_groups"] = int(groups["group_id"].nunique()) if len(groups) else 0
    out["grouped_claims"] = len(groups)
    return out


class _DoneSet:
    """Record numbers already done: a byte per number (200,000 records: 200 kB)."""

    def __init__(self) -> None:
        self.bits = bytearray()

    def add_many(self, seqs: Sequence[int] | np.ndarray) -> None:
        for s in seqs:
            s = int(s)
            if s >= len(self.bits):
                self.bits.extend(b"\0" * (s + 1 - len(self.bits) + 1024))
            self.bits[s] = 1

    def __contains__(self, seq: int) -> bool:
        return seq < len(self.bits) and self.bits[seq] == 1


# --------------------------------------------------------------------------- stores


class MemoryStore:
    """Results kept in memory (notebooks, small corpora).

    >>> from claimtrace.corpus import BatchOptions, Record, analyze_batch
    >>> store = MemoryStore(inputs=["<records>"], options={})
    >>> store.add(analyze_batch([(0, Record("a", "Officials said the talks had stalled.")),
    ...                          (1, Record("b", "", error="empty text"))],
    ...                         BatchOptions(time_limit=5, track=True, keep_analyses=False)))
    >>> store.finalize(track=True, run_seconds=0.0).frame("documents")["status"].tolist()
    ['ok', 'error']
    """

    def __init__(self, *, inputs: list[str], options: dict[str, Any]) -> None:
        self.inputs, self.options = inputs, options
        self.done = _DoneSet()
        self.n_done = self.n_done_errors = 0
        self.chunks: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
        self.sigs: list[np.ndarray] = []
        self.analyses: list[Any] = []
        self.started = _now()

    def add(self, result: BatchResult) -> None:
        for t in TABLES:
            self.chunks[t].append(result.tables[t])
        self.sigs.append(result.signatures)
        if result.analyses:
            self.analyses.extend(result.analyses)

    def flush(self) -> None:
        pass

    def finalize(self, *, track: bool, run_seconds: float) -> CorpusResult:
        import numpy as np
        import pandas as pd

        from .tracking import NUM_PERM, select_re_reports

        t0 = time.perf_counter()
        frames = {t: (pd.concat(c, ignore_index=True) if c else empty_table(t))
                  for t, c in self.chunks.items()}
        sigs = np.vstack(self.sigs) if self.sigs else np.zeros((0, NUM_PERM), "uint32")
        frames["claim_groups"] = (_claim_groups(frames["claim_index"], sigs, "")
                                  if track else empty_table("claim_groups"))
        frames["re_reports"] = select_re_reports(frames["re_report_candidates"],
                                                 frames["documents"]["outlet"].unique())
        status = frames["documents"]["status"].value_counts().to_dict()
        manifest = _manifest(self.inputs, self.options, "complete", started=self.started,
                             counts=_counts({t: len(f) for t, f in frames.items()}, status,
                                            frames["claim_groups"]),
                             run_seconds=run_seconds, finalize_seconds=time.perf_counter() - t0,
                             docs=frames["documents"])
        from .results import CorpusResult

        return CorpusResult(frames=frames, manifest=manifest, analyses=self.analyses or None)


def _manifest(inputs: list[str], options: dict[str, Any], status: str, *, started: str,
              counts: dict[str, int] | None = None, run_seconds: float | None = None,
              finalize_seconds: float | None = None, docs: pd.DataFrame | None = None,
              **extra: Any) -> dict[str, Any]:
    from . import __version__

    timings: dict[str, Any] = {"started": started}
    if run_seconds is not None:
        timings.update(finished=_now(), run_seconds=round(run_seconds, 3),
                       finalize_seconds=round(finalize_seconds or 0.0, 3))
    if docs is not None and len(docs):
        timings["analysis_seconds"] = round(float(docs["seconds"].sum()), 3)
    return {"claimtrace_version": __version__, "status": status, "inputs": inputs,
            "options": options, "counts": counts or {}, "timings": timings, **extra}


class DirStore:
    """Results written to ``out_dir`` as they come (see the module docstring).

    >>> import tempfile
    >>> from claimtrace.corpus import BatchOptions, Record, analyze_batch
    >>> batch = analyze_batch([(0, Record("a", "Officials said the talks had stalled."))],
    ...                       BatchOptions(time_limit=5, track=True, keep_analyses=False))
    >>> with tempfile.TemporaryDirectory() as d:
    ...     store = DirStore(d, output_format="jsonl", resume=False, inputs=["<records>"],
    ...                      options={"output_format": "jsonl"})
    ...     store.add(batch)
    ...     store.flush()
    ...     res = store.finalize(track=True, run_seconds=0.0)
    ...     print(res.manifest["status"], res.frame("documents")["status"].tolist())
    complete ['ok']
    """

    def __init__(self, out_dir: str | os.PathLike[str], *, output_format: str, resume: bool,
                 inputs: list[str], options: dict[str, Any], part_size: int = 2000,
                 part_seconds: float = 10.0) -> None:
        from .errors import ClaimtraceError

        if output_format not in EXT:
            raise ValueError(f"output_format must be 'parquet' or 'jsonl', not {output_format!r}")
        self.dir = Path(out_dir)
        self.fmt, self.ext = output_format, EXT[output_format]
        self.parts = self.dir / "_parts"
        self.part_size, self.part_seconds = part_size, part_seconds
        self.inputs, self.options = inputs, options
        old = self._read_manifest()
        if old is not None and not resume:
            raise ClaimtraceError(f"{self.dir} already holds a claimtrace run; resume it "
                                  "(resume=True, --resume) or choose another directory")
        if old is not None and old["options"].get("output_format") != output_format:
            raise ClaimtraceError(f"{self.dir} holds {old['options'].get('output_format')} "
                                  f"tables; resume with that output format")
        if old is not None and "<records>" not in (*old.get("inputs", []), *inputs) \
                and old.get("inputs") != inputs:
            raise ClaimtraceError(f"{self.dir} was run on {old.get('inputs')}; resume it with "
                                  "the same inputs (records are matched by their position)")
        self.parts.mkdir(parents=True, exist_ok=True)
        if old is not None and old.get("status") == "committing":
            self._complete_commit(old)
            old = self._read_manifest()
        self._clean()
        self.base = bool(old and old.get("base"))
        self.runs = list(old.get("runs", [])) if old else []
        self.started = _now()
        self.done = _DoneSet()
        self.n_done = self.n_done_errors = 0
        self._load_done()
        names = [p.name for p in self._part_dirs()]
        self.next_part = 1 + max((int(n[1:]) for n in names), default=0)
        self.buffer: list[BatchResult] = []
        self.buffered = 0
        self.last_flush = time.monotonic()
        self.analyses: list[Any] = []
        self._write_manifest(_manifest(inputs, options, "running", started=self.started,
                                       base=self.base, runs=self.runs))

    # ---------------------------------------------------------------- bookkeeping

    def _read_manifest(self) -> dict[str, Any] | None:
        path = self.dir / MANIFEST
        if not path.exists():
            return None
        return json.loads(path.read_text(encoding="utf-8"))

    def _write_manifest(self, manifest: dict[str, Any]) -> None:
        atomic_write_text(self.dir / MANIFEST, json.dumps(manifest, indent=2, default=str))

    def _part_dirs(self) -> list[Path]:
        return sorted(p for p in self.parts.iterdir() if p.is_dir() and p.name.startswith("p"))

    def _final(self, name: str) -> Path:
        return self.dir / (name + (self.ext if name != "claim_signatures" else ".npy"))

    def _staged(self) -> list[Path]:
        return sorted(self.dir.glob("*.new"))

    def _clean(self) -> None:
        """Remove what a killed run left half-written: hidden part folders, tmp and staged files."""
        for p in self.parts.iterdir():
            if p.name.startswith("."):
                shutil.rmtree(p, ignore_errors=True)
        for p in [*self._staged(), *self.dir.glob(".*.tmp")]:
            p.unlink(missing_ok=True)

    def _complete_commit(self, manifest: dict[str, Any]) -> None:
        for staged in self._staged():
            os.replace(staged, staged.with_suffix(""))
        fsync_dir(self.dir)
        for name in manifest.get("merged_parts", []):
            shutil.rmtree(self.parts / name, ignore_errors=True)
        manifest = {k: v for k, v in manifest.items() if k != "merged_parts"}
        manifest.update(status="complete", base=True)
        self._write_manifest(manifest)

    def _load_done(self) -> None:
        sources = [p / f"documents{self.ext}" for p in self._part_dirs()]
        if self.base and self._final("documents").exists():
            sources.insert(0, self._final("documents"))
        for path in sources:
            for chunk in iter_table(path, self.fmt, columns=["seq", "status"]):
                self.done.add_many(chunk["seq"].to_numpy())
                self.n_done += len(chunk)
                self.n_done_errors += int((chunk["status"] != "ok").sum())

    # ---------------------------------------------------------------- writing

    def add(self, result: BatchResult) -> None:
        self.buffer.append(result)
        self.buffered += result.n_docs
        if result.analyses:
            self.analyses.extend(result.analyses)
        if (self.buffered >= self.part_size
                or time.monotonic() - self.last_flush >= self.part_seconds):
            self.flush()

    def flush(self) -> None:
        """Write the buffered results as one part, atomically."""
        import numpy as np
        import pandas as pd

        self.last_flush = time.monotonic()
        if not self.buffer:
            return
        name = f"p{self.next_part:06d}"
        tmp = self.parts / f".{name}.tmp"
        tmp.mkdir()
        for t in TABLES:
            write_table(pd.concat([r.tables[t] for r in self.buffer], ignore_index=True),
                        tmp / f"{t}{self.ext}", self.fmt)
        save_npy(tmp / "signatures.npy", np.vstack([r.signatures for r in self.buffer]))
        fsync_dir(tmp)
        os.rename(tmp, self.parts / name)
        fsync_dir(self.parts)
        self.next_part += 1
        self.buffer, self.buffered = [], 0

    def finalize(self, *, track: bool, run_seconds: float) -> CorpusResult:
        """Merge the parts (and earlier committed tables) into the table files; commit."""
        from .tracking import NUM_PERM, select_re_reports

        t0 = time.perf_counter()
        parts = self._part_dirs()
        rows: dict[str, int] = {}
        for t in TABLES:
            sources = [p / f"{t}{self.ext}" for p in parts]
            if self.base and self._final(t).exists():
                sources.insert(0, self._final(t))
            dest = Path(f"{self._final(t)}.new")
            rows[t] = (merge_tables(sources, dest, self.fmt) if sources
                       else write_table(empty_table(t), dest, self.fmt))
        sig_sources = [p / "signatures.npy" for p in parts]
        if self.base and self._final("claim_signatures").exists():
            sig_sources.insert(0, self._final("claim_signatures"))
        sig_dest = Path(f"{self._final('claim_signatures')}.new")
        concat_npy(sig_sources, sig_dest, width=NUM_PERM)
        if track:
            import numpy as np

            groups = _claim_groups(Path(f"{self._final('claim_index')}.new"),
                                   np.load(sig_dest, mmap_mode="r"), self.fmt)
        else:
            groups = empty_table("claim_groups")
        write_table(groups, f"{self._final('claim_groups')}.new", self.fmt)
        status: dict[str, int] = {}
        outlets: set[str] = set()
        docs_path = Path(f"{self._final('documents')}.new")
        seconds = 0.0
        for chunk in iter_table(docs_path, self.fmt, columns=["status", "seconds", "outlet"]):
            for k, v in chunk["status"].value_counts().items():
                status[k] = status.get(k, 0) + int(v)
            seconds += float(chunk["seconds"].sum())
            outlets.update(o for o in chunk["outlet"].dropna().unique() if isinstance(o, str))
        candidates = read_table(Path(f"{self._final('re_report_candidates')}.new"), self.fmt)
        if candidates.empty:
            candidates = empty_table("re_report_candidates")
        rows["re_reports"] = write_table(select_re_reports(candidates, sorted(outlets)),
                                         f"{self._final('re_reports')}.new", self.fmt)
        counts = _counts(rows, status, groups)
        run = {"started": self.started, "finished": _now(), "seconds": round(run_seconds, 3)}
        runs = [*self.runs, run]
        manifest = _manifest(self.inputs, self.options, "committing", started=self.started,
                             counts=counts, run_seconds=run_seconds,
                             finalize_seconds=time.perf_counter() - t0, base=self.base,
                             runs=runs, merged_parts=[p.name for p in parts],
                             tables={t: self._final(t).name
                                     for t in (*TABLES, "claim_groups", "re_reports")})
        manifest["timings"]["analysis_seconds"] = round(seconds, 3)
        self._write_manifest(manifest)  # the commit point
        self._complete_commit(manifest)
        from .results import CorpusResult

        return CorpusResult(out_dir=self.dir, fmt=self.fmt, manifest=self._read_manifest(),
                            analyses=self.analyses or None)
