"""Whole-report runs shared by test_report, test_browser and test_results_fresh.

Executing every notebook takes a while, so each run happens at most once per pytest session
(`_once`, which also remembers a failure) into a temporary folder that is removed at exit:

- `seed_run`: the seed essay with ``OUT`` set (what ``make report`` computes, written aside);
- `essay_run`: ``tests/data/night_buses.txt``, a small article written for these tests, through
  the user's path ``make report ARTICLE=... OUT=...`` (``python -m analysis report`` when make
  or the installed-stamp is missing);
- `tiny_notebook`: a one-cell notebook with the report's parameters cell, for runs of the
  report machinery without the real notebooks.

Not a test module (pytest collects only ``test_*.py``); tests import it by name.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from analysis import paths


def tiny_notebook(folder: Path, name: str, body: str, *, title: str = "Tiny") -> Path:
    """``folder/name``: a title, the parameters cell (ARTICLE, OUT) and one code cell ``body``."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    nb = new_notebook(cells=[
        new_markdown_cell(f"# {title}"),
        new_code_cell("ARTICLE = None  # path\nOUT = None  # folder",
                      metadata={"tags": ["parameters"]}),
        new_code_cell(body),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = folder / name
    nbformat.write(nb, path)
    return path


ESSAY = Path(__file__).resolve().parent / "data" / "night_buses.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
#: Screenshots for a human to look at (build/ is not committed).
SCREENSHOTS = paths.ROOT / "build" / "screenshots"


def _tmp(prefix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _once(fn):
    """Like functools.cache, but a failure is remembered too: a broken run is not retried by
    every test that needs it (each retry would execute every notebook again)."""
    outcome: list = []

    @functools.wraps(fn)
    def wrapper():
        if not outcome:
            try:
                outcome.append((True, fn()))
            except Exception as exc:  # noqa: BLE001 - re-raised below, for every caller
                outcome.append((False, exc))
        ok, value = outcome[0]
        if not ok:
            raise value
        return value

    return wrapper


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0")
    proc = subprocess.run(cmd, cwd=paths.ROOT, capture_output=True, text=True, env=env,
                          timeout=1800)
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({proc.returncode}):\n"
                             f"{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}")
    return proc


@_once
def seed_run() -> Path:
    """Every notebook on the seed essay, written under a temporary OUT; returns OUT."""
    out = _tmp("seed-report-") / "seed"
    # No PATH: exactly what `make report` runs (the notebooks' own ARTICLE = None), plus OUT.
    _run([sys.executable, "-m", "analysis", "report", "--out", str(out)])
    return out


def make_available() -> bool:
    """``make report`` would not try to (re)install: make exists and the venv is stamped."""
    stamp = paths.ROOT / ".venv" / ".installed"
    venv_python = (paths.ROOT / ".venv" / "bin" / "python").absolute()
    return (shutil.which("make") is not None and stamp.exists()
            and Path(sys.executable).absolute() == venv_python)


@_once
def essay_run() -> tuple[Path, str]:
    """Every notebook on tests/data/night_buses.txt; returns (OUT, how it was run)."""
    out = _tmp("essay-report-") / "essay"
    if make_available():
        _run(["make", "--no-print-directory", "report", f"ARTICLE={ESSAY}", f"OUT={out}"])
        return out, "make report ARTICLE=... OUT=..."
    _run([sys.executable, "-m", "analysis", "report", str(ESSAY), "--out", str(out)])
    return out, "python -m analysis report PATH --out DIR"


#: Articles of our own, unlike the seed (tests/data/): a news report built on quotations, a
#: 40-paragraph op-ed with a byline and captions, a notice with no hedges or boosters.
OWN_ARTICLES = {name: ESSAY.parent / f"{name}.txt"
                for name in ("harbour_vote", "street_trees", "library_hours")}


def _own_run(name: str) -> Path:
    out = _tmp(f"{name}-report-") / name
    _run([sys.executable, "-m", "analysis", "report", str(OWN_ARTICLES[name]), "--out", str(out)])
    return out


#: One report per article per session (each about 45 s on two cores).
own_runs = {name: _once(functools.partial(_own_run, name)) for name in OWN_ARTICLES}


def require_browser() -> None:
    """Skip (fail under ANALYSIS_REQUIRE_BROWSER=1, as in CI) without Chromium or Playwright."""
    reason = None
    if not CHROMIUM.exists():
        reason = ("Debian's chromium is not installed at /usr/bin/chromium "
                  "(.ci/run installs it: apt-get install chromium)")
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright is not installed (it is pinned in requirements.txt)"
    if reason:
        if os.environ.get("ANALYSIS_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
