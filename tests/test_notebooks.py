"""Every notebook runs top to bottom on the seed, written into a temporary folder.

The run itself is shared with test_report, test_browser and test_results_fresh
(`report_runs.seed_run`: ``python -m analysis report --out TMP``, i.e. papermill with the
notebooks' own ``parameters`` cell), so each notebook executes once per test session.
"""

from __future__ import annotations

import nbformat
import pytest
import report_runs

from analysis.report import notebook_paths

NOTEBOOKS = notebook_paths()


def test_the_notebooks_in_reading_order() -> None:
    names = [p.name for p in NOTEBOOKS]
    assert names[0] == "01_article_and_tokens.ipynb"
    assert names == sorted(names) and len(names) == 5


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_committed_clean_with_a_parameters_cell(path) -> None:
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.get("outputs") for c in code), f"{path.name} is committed with outputs"
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name} needs exactly one cell tagged 'parameters'"
    assert "ARTICLE" in tagged[0].source and "OUT" in tagged[0].source
    assert not any("sys.path" in c.source or "nltk.download" in c.source for c in code)


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_without_errors_and_saves_figures(path) -> None:
    out = report_runs.seed_run()
    executed = nbformat.read(out / "notebooks" / path.name, as_version=4)
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    prefix = path.stem[:2] + "_"
    assert list((out / "figures").glob(prefix + "*.png")), f"{path.name} saved no PNG figure"
    assert list((out / "figures").glob(prefix + "*.svg")), f"{path.name} saved no SVG figure"
    assert (out / "reports" / f"{path.stem}.html").stat().st_size > 10_000
