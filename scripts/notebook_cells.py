"""Shared by the notebook builders (scripts/build_notebook_NN.py): the cells every notebook
starts with and the writer that turns a list of cells into a clean .ipynb.

Each builder keeps its cells as ``(kind, source, tags)`` tuples; cell ids are fixed
(``{prefix}-NN``) so that rebuilding an unchanged notebook writes the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"

#: Reload the package on every cell (edit analysis/ without restarting) and plot inline even
#: when MPLBACKEND=Agg is set, as in CI.
SETUP = ("code", "%load_ext autoreload\n%autoreload 2\n%matplotlib inline", [])

#: The cell papermill overrides to run a notebook on another article (`make report ARTICLE=`).
PARAMETERS = ("code", """\
ARTICLE = None  # path to a .txt article; None = the seed essay
OUT = None  # output folder; None = the repository's figures/ and results/""", ["parameters"])

Cell = tuple[str, str, list[str]]


def build(cells: list[Cell], *, prefix: str) -> nbformat.NotebookNode:
    """A notebook without outputs from ``(kind, source, tags)`` tuples (kind "md" or "code")."""
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for k, (kind, source, tags) in enumerate(cells):
        make = new_markdown_cell if kind == "md" else new_code_cell
        cell = make(source, id=f"{prefix}-{k:02d}")
        if tags:
            cell.metadata["tags"] = list(tags)
        nb.cells.append(cell)
    return nb


def write(cells: list[Cell], name: str, *, prefix: str) -> Path:
    """Build and write ``notebooks/NAME``; print and return its path."""
    path = NOTEBOOKS / name
    nbformat.write(build(cells, prefix=prefix), path)
    print(f"wrote notebooks/{name}")
    return path
