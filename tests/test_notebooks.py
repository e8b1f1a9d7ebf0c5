"""Every notebook runs top to bottom on the seed, writing into a temporary folder."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from analysis import paths
from analysis.report import notebook_paths

NOTEBOOKS = notebook_paths()


def test_there_are_notebooks() -> None:
    assert [p.name for p in NOTEBOOKS][:1] == ["01_article_and_tokens.ipynb"]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes(path, tmp_path) -> None:
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert tagged, f"{path.name} has no cell tagged 'parameters'"
    # Inject the output folder after the parameters cell, as papermill would.
    idx = nb.cells.index(tagged[0])
    nb.cells.insert(idx + 1, nbformat.v4.new_code_cell(f"OUT = {str(tmp_path)!r}"))
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(paths.NOTEBOOKS_DIR)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    assert list((tmp_path / "figures").glob("*.png")), "the notebook saved no figure"
