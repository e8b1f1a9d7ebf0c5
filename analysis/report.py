"""Execute the notebooks and turn them into HTML reports.

Every notebook in ``notebooks/`` (``NN_name.ipynb``, in order) is executed with the ``python3``
kernel of the running interpreter, from the notebooks folder; the executed copy is converted to
``reports/NN_name.html``. The committed notebooks are not modified.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

from . import paths

__all__ = ["notebook_paths", "execute_notebook", "write_html", "build_reports"]


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks, in reading order."""
    folder = folder or paths.NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def execute_notebook(path: Path, *, timeout: int = 600) -> nbformat.NotebookNode:
    """Run a notebook top to bottom in its own folder and return the executed copy."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def write_html(nb: nbformat.NotebookNode, out: Path) -> Path:
    """Convert an executed notebook to a standalone HTML page (figures embedded)."""
    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


def build_reports(*, notebooks: list[Path] | None = None, out_dir: Path | None = None) -> list[Path]:
    """Execute every notebook and write ``reports/NN_name.html``; return the HTML paths."""
    out_dir = out_dir or paths.REPORTS_DIR
    written = []
    for nb_path in notebooks or notebook_paths():
        print(f"executing {nb_path.name} ...", flush=True)
        nb = execute_notebook(nb_path)
        written.append(write_html(nb, out_dir / f"{nb_path.stem}.html"))
    return written


if __name__ == "__main__":
    for p in build_reports():
        print(f"wrote {p.relative_to(paths.ROOT)}")
