"""The notebooks in notebooks/: committed without outputs, and each one runs top to bottom.

Each notebook is executed with nbclient on the ``python3`` kernel, which jupyter_client
starts with this interpreter (``sys.executable``, the virtualenv's python), with the
notebook's own folder as working directory, as Jupyter and nbmake do.  A last cell added to
the in-memory copy reports the kernel's ``sys.prefix``, so a kernel from another Python
fails the test.  The temporary files the notebooks write (report, GEXF/GraphML) go to
pytest's ``tmp_path`` through ``TMPDIR``.  That the notebooks also run from the repository
root is checked on their data-finding cell, without a second kernel per notebook.

Output policy (notebooks/README.md): notebooks are committed stripped; run
``python notebooks/strip_outputs.py`` before committing.
"""

from __future__ import annotations

import copy
import importlib.util
import os
import re
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="notebook tests need nbformat (extra: test)")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))
EXPECTED = ("01-quickstart.ipynb", "02-sourcing-report.ipynb", "03-source-graph.ipynb",
            "04-evaluate.ipynb")
CELL_TIMEOUT = 120  # seconds per cell
NOTEBOOK_BUDGET = 60  # seconds per notebook, kernel start included; a generous ceiling
_MAGIC = re.compile(r"^\s*[%!].*$", re.MULTILINE)
# ways a cell could reach data without the find_data() helper
_RELATIVE_DATA = re.compile(r"""["'](?:\.\./|\./)?data/|\.\./|\bshared/""")


def _strip_module():
    spec = importlib.util.spec_from_file_location("strip_outputs",
                                                  NOTEBOOK_DIR / "strip_outputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _code(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "code"]


def test_the_four_notebooks_are_there():
    assert [p.name for p in NOTEBOOKS] == list(EXPECTED)
    assert (NOTEBOOK_DIR / "README.md").is_file()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    nb = _read(path)
    nbformat.validate(nb)
    found = _strip_module().problems(nb)
    assert not found, (f"{path.name} carries outputs or run metadata ({'; '.join(found[:3])}): "
                       "run python notebooks/strip_outputs.py")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_narrative_and_public_data_only(path):
    nb = _read(path)
    kinds = [c.cell_type for c in nb.cells]
    assert kinds[0] == "markdown" and nb.cells[0].source.startswith("# "), "starts with a title"
    assert kinds.count("markdown") >= kinds.count("code") - 1, "a short explanation per step"
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for src in _code(nb):
        assert len(src.splitlines()) <= 40, f"a long code cell:\n{src[:200]}"
        assert not _RELATIVE_DATA.search(src), f"data reached without find_data():\n{src}"
    assert "DATA = find_data()" in _code(nb)[0]


def _find_data_cell(path: Path) -> str:
    return _MAGIC.sub("", _code(_read(path))[0])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_find_data_from_root_notebooks_and_elsewhere(path, tmp_path, monkeypatch):
    source = _find_data_cell(path)
    for cwd in (ROOT, NOTEBOOK_DIR, ROOT / "data" / "gold"):
        monkeypatch.chdir(cwd)
        ns: dict = {}
        exec(compile(source, f"{path.name}[find_data]", "exec"), ns)
        assert ns["DATA"] == ROOT / "data"
    monkeypatch.chdir(tmp_path)
    ns = {}
    with pytest.raises(FileNotFoundError, match="claimtrace repository"):
        exec(compile(source, f"{path.name}[find_data]", "exec"), ns)


def test_strip_outputs_round_trip(tmp_path):
    strip = _strip_module()
    nb = _read(NOTEBOOKS[0])
    dirty = copy.deepcopy(nb)
    cell = next(c for c in dirty.cells if c.cell_type == "code")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="hi\n")]
    cell.execution_count = 7
    cell.metadata["execution"] = {"iopub.status.busy": "2024-01-01T00:00:00Z"}
    dirty.metadata["language_info"] = {"name": "python", "version": "3.12.1"}
    target = tmp_path / "dirty.ipynb"
    nbformat.write(dirty, target)
    assert strip.main(["--check", str(target)]) == 1
    assert strip.main([str(target)]) == 0
    assert strip.main(["--check", str(target)]) == 0
    assert _read(target) == nb


# --------------------------------------------------------------------------- execution


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, tmp_path, monkeypatch):
    nbclient = pytest.importorskip("nbclient", reason="notebook runs need nbclient (extra: test)")
    pytest.importorskip("ipykernel", reason="notebook runs need ipykernel (extra: test)")
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # tempfile in the kernel writes here
    nb = _read(path)
    nb.cells.append(nbformat.v4.new_code_cell("import sys\nprint(sys.prefix)"))
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=CELL_TIMEOUT,
                                     resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    start = time.perf_counter()
    client.execute()  # raises CellExecutionError, with the cell and traceback, on failure
    took = time.perf_counter() - start
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors
    prefix = "".join(o.get("text", "") for o in nb.cells[-1].outputs).strip()
    assert os.path.realpath(prefix) == os.path.realpath(sys.prefix), \
        f"the python3 kernel ran {prefix}, not this interpreter's {sys.prefix}"
    assert took < NOTEBOOK_BUDGET, f"{path.name} took {took:.0f} s"
    shown = {k for c in nb.cells if c.cell_type == "code" for o in c.outputs
             for k in o.get("data", {})}
    if path.name.startswith(("01", "02", "03")):
        assert "image/png" in shown, "the charts are displayed"
    written = {p.name for p in tmp_path.rglob("*") if p.is_file()}
    if path.name.startswith("02"):
        assert "sourcing-report.html" in written
    if path.name.startswith("03"):
        assert {"sources.gexf", "sources.graphml"} <= written
