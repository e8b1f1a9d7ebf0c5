"""The committed results, figures, reports and README numbers match what the code makes now.

Every notebook is run on the seed into a temporary OUT (once per session, shared with the
browser tests through tests/report_runs.py) and its tables are compared byte for byte with the
committed ``results/*.csv``. A failure means: run ``make report`` and commit what it changed.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import report_runs

from analysis import paths
from analysis.report import notebook_paths

FIX = "run `make report` and commit figures/, results/, reports/ and README.md"


def names(folder, pattern: str) -> list[str]:
    return sorted(p.name for p in folder.glob(pattern))


@pytest.fixture(scope="module")
def fresh():
    return report_runs.seed_run()


@pytest.mark.notebook
def test_result_tables_are_fresh(fresh) -> None:
    made = names(fresh / "results", "*.csv")
    assert made, "the notebooks wrote no tables"
    assert names(paths.RESULTS_DIR, "*.csv") == made, f"results/ differs in its files: {FIX}"
    stale = [n for n in made
             if (fresh / "results" / n).read_bytes() != (paths.RESULTS_DIR / n).read_bytes()]
    assert not stale, f"stale tables {stale}: {FIX}"


@pytest.mark.notebook
def test_figure_files_are_fresh(fresh) -> None:
    made = names(fresh / "figures", "*.*")
    assert names(paths.FIGURES_DIR, "*.*") == made, f"figures/ differs in its files: {FIX}"
    for name in made:
        if name.endswith(".png"):
            assert name[:-4] + ".svg" in made, f"{name} has no SVG twin"


def test_every_figure_has_its_table() -> None:
    """figures/NAME.png comes with results/NAME.csv, the table it was drawn from."""
    figures = {p.stem for p in paths.FIGURES_DIR.glob("*.png")}
    tables = {p.stem for p in paths.RESULTS_DIR.glob("*.csv")}
    assert figures <= tables, f"figures without a table: {sorted(figures - tables)}"


def test_a_report_for_every_notebook() -> None:
    expected = sorted(p.stem + ".html" for p in notebook_paths())
    assert names(paths.REPORTS_DIR, "*.html") == expected, f"reports/ is out of date: {FIX}"


def test_readme_headline_section_is_fresh() -> None:
    proc = subprocess.run([sys.executable, str(paths.ROOT / "scripts" / "update_readme.py"),
                           "--check"], cwd=paths.ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr + proc.stdout
