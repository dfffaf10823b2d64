"""Table files: JSONL, CSV and Parquet writers and readers, written atomically.

Every writer writes to a temporary name in the destination folder, fsyncs it and
renames it into place, so a reader (or a resumed run) sees either the whole file
or none of it. Parquet needs ``pyarrow`` (imported only when used).

>>> import pandas as pd, tempfile, os
>>> d = tempfile.mkdtemp()
>>> write_table(pd.DataFrame({"a": [1, 2]}), os.path.join(d, "t.jsonl"))
2
>>> read_table(os.path.join(d, "t.jsonl"))["a"].tolist()
[1, 2]
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "FORMATS",
    "atomic_write_text",
    "concat_npy",
    "fmt_of",
    "fsync_dir",
    "iter_table",
    "merge_tables",
    "read_table",
    "save_npy",
    "write_table",
]

#: Table formats by file suffix.
FORMATS = {".parquet": "parquet", ".jsonl": "jsonl", ".csv": "csv"}


def fmt_of(path: str | os.PathLike[str]) -> str:
    """The table format of ``path`` from its suffix (``.parquet``, ``.jsonl``, ``.csv``).

    >>> fmt_of("out/documents.parquet"), fmt_of("claims.JSONL")
    ('parquet', 'jsonl')
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown table format {suffix!r}; use one of {sorted(FORMATS)}")
    return FORMATS[suffix]


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Make a rename inside ``path`` durable (no-op where directories cannot be opened).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     print(fsync_dir(d), fsync_dir(os.path.join(d, "missing")))
    None None
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _commit(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)
    fsync_dir(path.parent)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` so that the file is either old or new, never half-written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     atomic_write_text(os.path.join(d, "manifest.json"), '{"status": "complete"}')
    ...     print(os.listdir(d), Path(d, "manifest.json").read_text(encoding="utf-8"))
    ['manifest.json'] {"status": "complete"}
    """
    path = Path(path)
    tmp = _tmp(path)
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    _commit(tmp, path)


# --------------------------------------------------------------------------- arrow helpers


def to_arrow(df: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table (no index).

    >>> import pandas as pd
    >>> table = to_arrow(pd.DataFrame({"a": [1, 2]}, index=[5, 6]))
    >>> table.column_names, table.column("a").to_pylist()
    (['a'], [1, 2])
    """
    import pyarrow as pa

    return pa.Table.from_pandas(df, preserve_index=False)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly ``schema``'s columns (missing ones null), in order, cast."""
    import pyarrow as pa

    cols = []
    for field in schema:
        if field.name in table.column_names:
            col = table.column(field.name)
            cols.append(col if col.type == field.type else col.cast(field.type))
        else:
            cols.append(pa.nulls(len(table), type=field.type))
    return pa.Table.from_arrays(cols, schema=schema)


def _unified_schema(paths: Sequence[Path]) -> pa.Schema | None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = [pq.read_schema(p) for p in paths]
    if not schemas:
        return None
    meta = next((s.metadata for s in schemas if len(s) and s.metadata), None)
    unified = pa.unify_schemas([s.remove_metadata() for s in schemas],
                               promote_options="permissive")
    return unified.with_metadata(meta) if meta else unified


# --------------------------------------------------------------------------- writers


def _jsonl_text(df: pd.DataFrame) -> str:
    if df.empty:
        return ""
    text = df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
    return text if text.endswith("\n") else text + "\n"


def write_table(df: pd.DataFrame, path: str | os.PathLike[str], fmt: str | None = None) -> int:
    """Write ``df`` to ``path`` (format from the suffix unless ``fmt``) atomically; rows written.

    >>> import pandas as pd, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     n = write_table(pd.DataFrame({"a": [1, 2]}), os.path.join(d, "t.parquet"))
    ...     print(n, os.listdir(d), read_table(os.path.join(d, "t.parquet"))["a"].tolist())
    2 ['t.parquet'] [1, 2]
    """
    path = Path(path)
    fmt = fmt or fmt_of(path)
    tmp = _tmp(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(to_arrow(df), tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    else:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            if fmt == "jsonl":
                fh.write(_jsonl_text(df))
            elif fmt == "csv":
                df.to_csv(fh, index=False)
            else:
                raise ValueError(f"unknown table format {fmt!r}")
            fh.flush()
            os.fsync(fh.fileno())
    _commit(tmp, path)
    return len(df)


def merge_tables(parts: Sequence[str | os.PathLike[str]], dest: str | os.PathLike[str],
                 fmt: str | None = None) -> int:
    """Concatenate table files ``parts`` into ``dest``, streaming, atomically; rows written.

    Parquet parts are appended to one ``ParquetWriter`` a row group at a time, under a
    schema unified over all parts (a column that is all-null in one part takes the
    type it has in the others). JSONL parts are concatenated byte for byte.

    >>> import pandas as pd, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p1, p2 = os.path.join(d, "p1.parquet"), os.path.join(d, "p2.parquet")
    ...     _ = write_table(pd.DataFrame({"a": [1, 2], "b": [None, None]}), p1)
    ...     _ = write_table(pd.DataFrame({"a": [3], "b": ["x"]}), p2)
    ...     n = merge_tables([p1, p2], os.path.join(d, "all.parquet"))
    ...     merged = read_table(os.path.join(d, "all.parquet"))
    >>> n, merged["a"].tolist(), merged["b"].iloc[-1]
    (3, [1, 2, 3], 'x')
    """
    dest = Path(dest)
    fmt = fmt or fmt_of(dest)
    paths = [Path(p) for p in parts]
    tmp = _tmp(dest)
    rows = 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        schema = _unified_schema(paths)
        if schema is None:
            import pandas as pd

            return write_table(pd.DataFrame(), dest, "parquet")
        with pq.ParquetWriter(tmp, schema) as writer:
            for p in paths:
                pf = pq.ParquetFile(p)
                for i in range(pf.num_row_groups):
                    table = _conform(pf.read_row_group(i), schema)
                    rows += table.num_rows
                    writer.write_table(table)
    elif fmt == "jsonl":
        with open(tmp, "wb") as out:
            for p in paths:
                with open(p, "rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        rows = -1
    else:
        raise ValueError(f"cannot merge {fmt!r} tables")
    if fmt == "parquet":
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    _commit(tmp, dest)
    if rows < 0:
        rows = sum(1 for _ in _jsonl_lines(dest))
    return rows


# --------------------------------------------------------------------------- readers


def _jsonl_lines(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def iter_table(path: str | os.PathLike[str], fmt: str | None = None, *,
               columns: Sequence[str] | None = None,
               batch_rows: int = 65_536) -> Iterator[pd.DataFrame]:
    """Read a table file in chunks of at most ``batch_rows`` rows (memory stays bounded).

    >>> import pandas as pd, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_table(pd.DataFrame({"a": [1, 2, 3]}), os.path.join(d, "t.jsonl"))
    ...     print([c["a"].tolist() for c in iter_table(os.path.join(d, "t.jsonl"), batch_rows=2)])
    [[1, 2], [3]]
    """
    import pandas as pd

    path = Path(path)
    fmt = fmt or fmt_of(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        wanted = [c for c in columns if c in pf.schema_arrow.names] if columns else None
        for batch in pf.iter_batches(batch_size=batch_rows, columns=wanted):
            yield batch.to_pandas()
        return
    if fmt == "csv":
        yield from pd.read_csv(path, chunksize=batch_rows, usecols=columns)
        return
    chunk: list[dict[str, Any]] = []
    for row in _jsonl_lines(path):
        chunk.append({c: row.get(c) for c in columns} if columns else row)
        if len(chunk) >= batch_rows:
            yield pd.DataFrame.from_records(chunk)
            chunk = []
    if chunk:
        yield pd.DataFrame.from_records(chunk)


def read_table(path: str | os.PathLike[str], fmt: str | None = None, *,
               columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A whole table file as a DataFrame (an empty frame for an empty file).

    >>> import pandas as pd, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_table(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), os.path.join(d, "t.csv"))
    ...     _ = write_table(pd.DataFrame(), os.path.join(d, "empty.jsonl"))
    ...     print(read_table(os.path.join(d, "t.csv"), columns=["b"]).to_dict("list"),
    ...           read_table(os.path.join(d, "empty.jsonl"), columns=["b"]).shape)
    {'b': ['x', 'y']} (0, 1)
    """
    import pandas as pd

    path = Path(path)
    fmt = fmt or fmt_of(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        names = pq.read_schema(path).names
        wanted = [c for c in columns if c in names] if columns else None
        return pq.read_table(path, columns=wanted).to_pandas()
    chunks = list(iter_table(path, fmt, columns=columns))
    if not chunks:
        return pd.DataFrame(columns=list(columns or []))
    return pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]


# --------------------------------------------------------------------------- numpy


def save_npy(path: Path, arr: np.ndarray) -> None:
    """Save ``arr`` as ``.npy`` and fsync it.

    >>> import numpy as np, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     save_npy(Path(d, "s.npy"), np.arange(4, dtype="uint32").reshape(2, 2))
    ...     print(np.load(Path(d, "s.npy")).tolist())
    [[0, 1], [2, 3]]
    """
    import numpy as np

    with open(path, "wb") as fh:
        np.save(fh, arr)
        fh.flush()
        os.fsync(fh.fileno())


def concat_npy(sources: Sequence[Path], dest: Path, *, width: int, dtype: str = "uint32") -> int:
    """Stack (n x ``width``) ``.npy`` matrices into ``dest`` through a memmap, chunk by
    chunk (memory stays bounded), and fsync it; the number of rows.

    >>> import numpy as np, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     save_npy(Path(d, "a.npy"), np.zeros((2, 3), dtype="uint32"))
    ...     save_npy(Path(d, "b.npy"), np.ones((1, 3), dtype="uint32"))
    ...     n = concat_npy([Path(d, "a.npy"), Path(d, "b.npy")], Path(d, "all.npy"), width=3)
    ...     print(n, np.load(Path(d, "all.npy")).tolist())
    3 [[0, 0, 0], [0, 0, 0], [1, 1, 1]]
    """
    import numpy as np

    arrays = [np.load(p, mmap_mode="r") for p in sources]
    n = sum(a.shape[0] for a in arrays)
    out = np.lib.format.open_memmap(dest, mode="w+", dtype=dtype, shape=(n, width))
    at = 0
    for a in arrays:
        for lo in range(0, a.shape[0], 100_000):
            chunk = a[lo:lo + 100_000]
            out[at:at + len(chunk)] = chunk
            at += len(chunk)
    out.flush()
    del out
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())
    return n
