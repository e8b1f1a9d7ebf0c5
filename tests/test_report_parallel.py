"""analysis.report running notebooks side by side: same pages, failures named, order, cwd.

The notebooks here are tiny and hand-made (a Markdown title, the parameters cell, one code
cell), so each run costs a kernel start per notebook, not the real report.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
import report_runs

from analysis.report import NotebookFailedError, build_reports, start_order


def tiny(folder: Path, name: str, body: str, *, title: str = "Tiny") -> Path:
    return report_runs.tiny_notebook(folder, name, body, title=title)


def three(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        tiny(folder, "01_words.ipynb", "print(len('one two three'.split()))", title="Words"),
        tiny(folder, "02_sum.ipynb", "print(sum(range(10)))", title="Sum"),
        tiny(folder, "03_cwd.ipynb", "import os, pathlib\n"
             "pathlib.Path(OUT, 'cwd.txt').write_text(os.getcwd(), encoding='utf-8')\n"
             "print('forty-two')", title="Where"),
    ]


def pages(folder: Path) -> dict[str, bytes]:
    """Each page's bytes, with the run's own OUT folder (in the injected parameters) as OUT."""
    out = str(folder.resolve()).encode()
    return {p.name: p.read_bytes().replace(out, b"OUT")
            for p in sorted((folder / "reports").glob("*.html"))}


@pytest.mark.notebook
def test_side_by_side_gives_the_same_pages_as_one_at_a_time(tmp_path) -> None:
    nbs = three(tmp_path / "nb")
    cwd = os.getcwd()
    one = build_reports(report_runs.ESSAY, tmp_path / "one", notebooks=nbs, jobs=1,
                        log=lambda s: None)
    assert os.getcwd() == cwd
    lines: list[str] = []
    par = build_reports(report_runs.ESSAY, tmp_path / "par", notebooks=nbs, jobs=3,
                        log=lines.append)
    assert os.getcwd() == cwd  # the report's process never changed directory
    # paths come back in reading order, whatever order the notebooks finished in
    assert [p.name for p in one] == [p.name for p in par] == [
        "01_words.html", "02_sum.html", "03_cwd.html"]
    assert pages(tmp_path / "one") == pages(tmp_path / "par")
    assert b"forty-two" in pages(tmp_path / "par")["03_cwd.html"]
    assert b"45" in pages(tmp_path / "par")["02_sum.html"]  # sum(range(10)) worked out by hand
    assert "3 at a time" in lines[0]
    assert sorted(line.split()[1] for line in lines[1:]) == ["01_words:", "02_sum:", "03_cwd:"]
    # each kernel started in its notebook's folder, as papermill's cwd did before
    for run in ("one", "par"):
        seen = Path((tmp_path / run / "cwd.txt").read_text(encoding="utf-8"))
        assert seen.resolve() == (tmp_path / "nb").resolve()


@pytest.mark.notebook
def test_a_failing_notebook_is_named_and_the_others_still_run(tmp_path) -> None:
    folder = tmp_path / "nb"
    folder.mkdir()
    nbs = [
        tiny(folder, "01_ok.ipynb", "print('fine')"),
        tiny(folder, "02_bad.ipynb", "raise KeyError('no such column')"),
        tiny(folder, "03_ok.ipynb", "print('also fine')"),
    ]
    lines: list[str] = []
    with pytest.raises(NotebookFailedError) as info:
        build_reports(report_runs.ESSAY, tmp_path / "out", notebooks=nbs, jobs=2,
                      log=lines.append)
    assert str(info.value).startswith("02_bad.ipynb failed in cell")
    assert "KeyError" in str(info.value) and "also failed" not in str(info.value)
    assert info.value.notebook == nbs[1]
    assert info.value.executed.exists()
    assert any("02_bad: " in line and line.endswith("FAILED") for line in lines)
    # the notebooks that worked still have their pages; the failed one has none
    assert sorted(pages(tmp_path / "out")) == ["01_ok.html", "03_ok.html"]


@pytest.mark.notebook
def test_every_failure_is_reported_the_first_in_reading_order(tmp_path) -> None:
    folder = tmp_path / "nb"
    folder.mkdir()
    nbs = [
        tiny(folder, "01_ok.ipynb", "x = 1"),
        tiny(folder, "02_bad.ipynb", "1 / 0"),
        tiny(folder, "03_bad.ipynb", "raise ValueError('three')"),
    ]
    with pytest.raises(NotebookFailedError) as info:
        build_reports(report_runs.ESSAY, tmp_path / "out", notebooks=nbs, jobs=3,
                      log=lambda s: None)
    msg = str(info.value)
    assert msg.startswith("02_bad.ipynb failed") and "ZeroDivisionError" in msg
    assert msg.endswith("(also failed: 03_bad.ipynb)")
    assert "\n" not in msg


def test_start_order_longest_first(tmp_path) -> None:
    src = tmp_path / "nb"
    src.mkdir()
    short = tiny(src, "01_short.ipynb", "x = 1")
    long = tiny(src, "02_long.ipynb", "x = 1\n" * 40)
    mid = tiny(src, "03_mid.ipynb", "x = 1\n" * 10)
    executed = tmp_path / "executed"
    # no earlier run: by the size of the code cells, longest first
    assert start_order([short, long, mid], executed) == [long, mid, short]
    # an earlier run's durations (papermill's metadata) take precedence over size
    executed.mkdir()
    for path, seconds in ((short, 9.0), (long, 1.0), (mid, 3.0)):
        nb = nbformat.read(path, as_version=4)
        nb.metadata["papermill"] = {"duration": seconds}
        nbformat.write(nb, executed / path.name)
    assert start_order([short, long, mid], executed) == [short, mid, long]
    # one notebook without an earlier run: all fall back to size, so all are comparable
    (executed / mid.name).unlink()
    assert start_order([short, long, mid], executed) == [long, mid, short]
    # equal sizes keep reading order
    a, b = tiny(src, "04_a.ipynb", "y = 2"), tiny(src, "05_b.ipynb", "y = 2")
    assert start_order([b, a], tmp_path / "none") == [b, a]


def test_an_error_in_the_report_process_starts_no_more_notebooks(tmp_path, monkeypatch) -> None:
    import time

    import analysis.report as report

    folder = tmp_path / "nb"
    folder.mkdir()
    nbs = [tiny(folder, f"0{i}_n.ipynb", "x = 1") for i in (1, 2, 3)]
    started: list[str] = []

    def fake_execute(nb: Path, *args: object) -> report._Executed:
        started.append(nb.name)
        time.sleep(0.3)  # the next notebook is still running when the error comes
        return report._Executed(nb, 0.3, nbformat.read(nb, as_version=4))

    def broken_page(*args: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "_execute", fake_execute)
    monkeypatch.setattr(report, "_write_page", broken_page)
    with pytest.raises(OSError, match="No space left"):
        build_reports(report_runs.ESSAY, tmp_path / "out", notebooks=nbs, jobs=1,
                      log=lambda s: None)
    # the first finished, the second had started; the third was never started
    assert len(started) == 2
