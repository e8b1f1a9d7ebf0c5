"""Each notebook is paired with a jupytext percent script (notebooks/NN_name.py) that says the same.

The .ipynb is what JupyterLab, papermill and the reports run; the .py is what a diff shows.
JupyterLab with jupytext saves both; after editing one by hand, run
``.venv/bin/jupytext --sync notebooks/*.ipynb`` (the pairing is configured in pyproject.toml).
"""

from __future__ import annotations

import jupytext
import nbformat
import pytest

from analysis import paths
from analysis.report import notebook_paths

NOTEBOOKS = notebook_paths()
FIX = "run `.venv/bin/jupytext --sync notebooks/*.ipynb` and commit both files"


def cells(nb) -> list[tuple[str, str, tuple[str, ...]]]:
    """What a pair must agree on: each cell's type, source and tags, in order."""
    return [(c.cell_type, c.source.strip("\n"), tuple(c.get("metadata", {}).get("tags", [])))
            for c in nb.cells]


def test_pairing_is_configured_in_pyproject() -> None:
    import tomllib

    config = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["jupytext"]["formats"] == "ipynb,py:percent"


def test_every_notebook_has_a_script_and_every_script_a_notebook() -> None:
    scripts = sorted(p.stem for p in paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.py"))
    assert scripts == [p.stem for p in NOTEBOOKS], FIX


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_pair_in_sync(path) -> None:
    ipynb = nbformat.read(path, as_version=4)
    script = jupytext.read(path.with_suffix(".py"), fmt="py:percent")
    assert cells(ipynb) == cells(script), f"{path.name} and its .py differ: {FIX}"


def test_a_changed_cell_is_caught(tmp_path) -> None:
    """The comparison sees a one-character edit made on one side only."""
    path = NOTEBOOKS[0]
    ipynb = nbformat.read(path, as_version=4)
    text = path.with_suffix(".py").read_text(encoding="utf-8")
    edited = tmp_path / path.with_suffix(".py").name
    edited.write_text(text.replace("import pandas as pd", "import pandas as pd  # edited", 1),
                      encoding="utf-8")
    assert cells(ipynb) != cells(jupytext.read(edited, fmt="py:percent"))
