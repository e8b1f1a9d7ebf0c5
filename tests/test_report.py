"""analysis.report and the `report` / `profile` commands: parameters, HTML, runs on another article.

The whole-report runs are shared with test_browser and test_results_fresh (tests/report_runs.py)
so every notebook executes once per session per article.
"""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import report_runs
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import paths
from analysis.errors import ArticleNotFoundError, HTMLInputError, NotAFileError
from analysis.report import (
    NotebookFailedError,
    ReportError,
    build_reports,
    normalise_html,
    notebook_html,
    notebook_paths,
    plan_report,
)

# A 1x1 transparent PNG, base64: stands in for a figure in hand-built notebooks.
PNG_1PX = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kg"
           "AAAABJRU5ErkJggg==")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=paths.ROOT,
                          capture_output=True, text=True, timeout=600)


def tree_digest(*folders: Path) -> dict[str, str]:
    """sha256 of every file under the folders (what 'untouched' means)."""
    out = {}
    for folder in folders:
        for p in sorted(folder.rglob("*")) if folder.exists() else []:
            if p.is_file():
                out[str(p.relative_to(paths.ROOT))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


# --- parameters ------------------------------------------------------------------------------

def test_seed_run_writes_the_committed_folders() -> None:
    plan, article = plan_report()
    assert plan.article is None and plan.out is None
    assert plan.parameters == {}  # papermill injects nothing: the notebooks' defaults hold
    assert (plan.reports_dir, plan.figures_dir, plan.results_dir) == (
        paths.REPORTS_DIR, paths.FIGURES_DIR, paths.RESULTS_DIR)
    assert article.name == paths.SEED_ARTICLE.stem


def test_another_article_defaults_to_out_name(tmp_path) -> None:
    plan, article = plan_report(report_runs.ESSAY)
    assert plan.out == paths.ROOT / "out" / "night_buses"
    assert plan.figures_dir == paths.ROOT / "out" / "night_buses" / "figures"
    # every notebook reads the one snapshot of the article that build_reports writes under OUT
    assert plan.parameters == {
        "ARTICLE": str(paths.ROOT / "out" / "night_buses" / "article" / report_runs.ESSAY.name),
        "OUT": str(paths.ROOT / "out" / "night_buses")}
    assert article.title.text == "Why Small Towns Need Night Buses"


def test_out_folder_layout(tmp_path) -> None:
    plan, _ = plan_report(report_runs.ESSAY, tmp_path / "essay")
    base = (tmp_path / "essay").resolve()
    assert [plan.notebooks_dir, plan.reports_dir, plan.figures_dir, plan.results_dir] == [
        base / "notebooks", base / "reports", base / "figures", base / "results"]


@pytest.mark.parametrize("out", [".", "figures", "results", "reports", "notebooks", "data"])
def test_out_may_not_be_a_repository_folder(out) -> None:
    with pytest.raises(ReportError, match="choose a new folder"):
        plan_report(report_runs.ESSAY, paths.ROOT / out)


def test_out_may_not_be_a_file(tmp_path) -> None:
    f = tmp_path / "taken.txt"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(ReportError, match="existing file"):
        plan_report(report_runs.ESSAY, f)


def test_article_errors_come_first(tmp_path) -> None:
    with pytest.raises(ArticleNotFoundError):
        plan_report(tmp_path / "missing.txt", tmp_path / "out")
    with pytest.raises(NotAFileError):
        plan_report(tmp_path, tmp_path / "out")
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><body><p>Hello there.</p></body></html>",
                    encoding="utf-8")
    with pytest.raises(HTMLInputError):
        plan_report(page, tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nothing was written


@pytest.mark.parametrize("make_input, expected", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: (d / "empty.txt").write_text("  \n", encoding="utf-8") and d / "empty.txt",
     "empty"),
])
def test_cli_report_stops_with_one_line_before_any_notebook(tmp_path, make_input, expected):
    path = make_input(tmp_path)
    proc = run_cli("report", str(path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0].lower()
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()  # no kernel started, nothing written


def test_missing_parameters_cell_is_reported(tmp_path) -> None:
    nb = new_notebook(cells=[new_code_cell("x = 1")])
    path = tmp_path / "01_plain.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(ReportError, match="no code cell tagged 'parameters'"):
        build_reports(report_runs.ESSAY, tmp_path / "out", notebooks=[path], log=lambda s: None)


# --- HTML ------------------------------------------------------------------------------------

def hand_built_notebook() -> nbformat.NotebookNode:
    """An 'executed' notebook written by hand: headings, prose, a figure, a text output."""
    code = new_code_cell("plot()", execution_count=1)
    code.outputs = [
        new_output("display_data", data={"image/png": PNG_1PX, "text/plain": "<Figure>"}),
        new_output("stream", name="stdout",
                   text=f"saved {paths.ROOT}/figures/x.png <object at 0x7f3a2b1c4d50>\n"),
    ]
    return new_notebook(cells=[
        new_markdown_cell("# Sentence lengths in the essay\n\nWhat we ask."),
        new_markdown_cell("## Method\n\nTwo sentences."),
        code,
        new_markdown_cell("### Caveats & limits\n\nSome."),
    ])


def test_html_is_standalone_with_a_table_of_contents() -> None:
    page = notebook_html(hand_built_notebook(), name="01_demo")
    assert "<title>Sentence lengths in the essay</title>" in page
    # The three headings, in order, in the table of contents (the & escaped once).
    toc = page[page.index('<nav class="report-toc"'):page.index("</nav>")]
    assert [line.split('">')[-1].split("</a>")[0] for line in toc.splitlines()
            if line.startswith("<li")] == [
        "Sentence lengths in the essay", "Method", "Caveats &amp; limits"]
    assert 'href="#Method"' in toc
    assert f"data:image/png;base64,{PNG_1PX}" in page  # the figure is embedded
    assert "<script" not in page  # nothing to run, nothing fetched from a CDN
    assert "https://cdn" not in page
    assert '<details class="report-code">' in page  # code folded away, one toggle per cell
    assert page.count('<details class="report-code">') == 1


def test_html_runs_no_script() -> None:
    nb = hand_built_notebook()
    nb.cells[2].outputs.append(new_output("display_data", data={
        "application/javascript": "alert('from an output')", "text/plain": "<js>"}))
    page = notebook_html(nb, name="01_demo")
    assert "alert(" not in page and "<script" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_html_is_normalised() -> None:
    nb = hand_built_notebook()
    page = notebook_html(nb, name="01_demo")
    assert "saved figures/x.png" in page  # the checkout's path is gone
    assert str(paths.ROOT) not in page
    assert "at 0x0&gt;" in page and "0x7f3a2b1c4d50" not in page
    assert notebook_html(nb, name="01_demo") == page  # same notebook, same bytes


@pytest.mark.parametrize("raw, expected", [
    ("<Run at 0x7fe1c2d3b4a0>", "<Run at 0x0>"),
    ("#T_9f8e7_row0_col1, #T_9f8e7_row1_col1 {} #T_1a2b3_row0_col0",
     "#T_t0000_row0_col1, #T_t0000_row1_col1 {} #T_t0001_row0_col0"),
    ('<table id="T_9f8e7">', '<table id="T_t0000">'),
    ("plain text at 0x12", "plain text at 0x12"),  # too short to be an address
])
def test_normalise_html(raw, expected) -> None:
    assert normalise_html(raw) == expected


def test_root_path_becomes_relative() -> None:
    assert normalise_html(f"{paths.ROOT}/results/a.csv and {paths.ROOT}") == (
        "results/a.csv and .")


# --- a real run of a tiny notebook: the kernel, the parameters, a failure ------------------

def tiny_notebook(folder: Path, body: str, name: str = "01_tiny.ipynb") -> Path:
    return report_runs.tiny_notebook(folder, name, body)


@pytest.mark.notebook
def test_parameters_reach_the_project_kernel(tmp_path) -> None:
    nb = tiny_notebook(tmp_path, "import sys, pathlib\n"
                       "pathlib.Path(OUT, 'seen.txt').write_text("
                       "f'{sys.executable}|{ARTICLE}', encoding='utf-8')")
    out = tmp_path / "out"
    written = build_reports(report_runs.ESSAY, out, notebooks=[nb], log=lambda s: None)
    assert written == [out.resolve() / "reports" / "01_tiny.html"]
    executable, article = (out / "seen.txt").read_text(encoding="utf-8").split("|")
    assert Path(executable).absolute() == Path(sys.executable).absolute()
    assert article == str(out.resolve() / "article" / report_runs.ESSAY.name)  # the snapshot
    assert (out / "notebooks" / "01_tiny.ipynb").exists()


@pytest.mark.notebook
def test_failing_notebook_names_cell_and_error(tmp_path) -> None:
    nb = tiny_notebook(tmp_path, "raise ValueError('no sentences to plot')", "02_fails.ipynb")
    with pytest.raises(NotebookFailedError) as info:
        build_reports(report_runs.ESSAY, tmp_path / "out", notebooks=[nb], log=lambda s: None)
    msg = str(info.value)
    assert msg.startswith("02_fails.ipynb failed in cell")
    assert "ValueError: no sentences to plot" in msg
    assert "\n" not in msg
    assert info.value.executed.exists()  # the partial copy is there to read


# --- profile ---------------------------------------------------------------------------------

def test_cli_profile_csv(tmp_path) -> None:
    out = tmp_path / "profile.csv"
    proc = run_cli("profile", str(report_runs.ESSAY), str(paths.RAW_DIR), "--csv", str(out),
                   "--no-progress")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["name"] for r in rows] == ["night_buses", paths.SEED_ARTICLE.stem]
    essay = rows[0]
    # Counted by hand in tests/data/night_buses.txt: 3 paragraphs; sentences 3 + 3 + 2 = 8;
    # words 7+6+6 | 7+6+6 | 7+5 = 50.
    assert (essay["paragraphs"], essay["sentences"], essay["words"]) == ("3", "8", "50")
    assert essay["truncated"] == "False"


def test_cli_profile_skip_errors(tmp_path) -> None:
    proc = run_cli("profile", str(tmp_path / "missing.txt"), str(report_runs.ESSAY),
                   "--skip-errors", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    import json
    rows = json.loads(proc.stdout)
    assert "no such file" in rows[0]["error"]
    assert rows[1]["words"] == 50 and rows[1]["error"] is None


def test_cli_profile_stops_on_a_bad_file(tmp_path) -> None:
    proc = run_cli("profile", str(tmp_path / "missing.txt"), "--no-progress")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and "no such file" in proc.stderr


# --- the whole report on a small article of our own, through make report ARTICLE= OUT= -----

@pytest.fixture(scope="module")
def essay():
    before = tree_digest(paths.FIGURES_DIR, paths.RESULTS_DIR, paths.REPORTS_DIR)
    out, how = report_runs.essay_run()
    after = tree_digest(paths.FIGURES_DIR, paths.RESULTS_DIR, paths.REPORTS_DIR)
    return out, how, before, after


@pytest.mark.notebook
def test_essay_report_writes_everything_under_out(essay) -> None:
    out, how, before, after = essay
    stems = [p.stem for p in notebook_paths()]
    assert sorted(p.stem for p in (out / "reports").glob("*.html")) == stems, how
    assert sorted(p.stem for p in (out / "notebooks").glob("*.ipynb")) == stems
    assert list((out / "results").glob("*.csv"))
    assert before == after  # the seed's committed outputs were not touched


@pytest.mark.notebook
def test_essay_figures_are_images(essay) -> None:
    import matplotlib.image as mpimg

    out = essay[0]
    pngs = sorted((out / "figures").glob("*.png"))
    assert pngs
    for png in pngs:
        assert png.with_suffix(".svg").exists(), f"{png.name} has no SVG twin"
        img = mpimg.imread(png)
        assert img.shape[0] > 100 and img.shape[1] > 200, png.name
        assert img.std() > 0.01, f"{png.name} is blank"
    # The same notebooks save the same figures whatever the article.
    committed = sorted(p.name for p in paths.FIGURES_DIR.glob("*.png"))
    if committed:
        assert [p.name for p in pngs] == committed


@pytest.mark.notebook
def test_essay_numbers(essay) -> None:
    out = essay[0]
    profiles = pd.read_csv(out / "results" / "05_profiles.csv")
    row = profiles.set_index("name").loc["night_buses"]
    # Counted by hand in tests/data/night_buses.txt (body only, headline lines excluded):
    # 3 paragraphs, 8 sentences (3 + 3 + 2), 50 words (7+6+6 | 7+6+6 | 7+5).
    assert (row["paragraphs"], row["sentences"], row["words"]) == (3, 8, 50)
    assert not row["truncated"]
    # Syllables by hand, sentence by sentence: 8 10 6 | 9 6 8 | 10 5 = 62 (bus-es, nur-ses,
    # clean-ers, fin-ish, la-ter, per-haps, lit-tle, coun-cil, clear-ly, crit-ics, emp-ty).
    # Flesch (1948): 206.835 - 1.015 * 50/8 - 84.6 * 62/50 = 95.58725
    assert row["flesch_reading_ease"] == pytest.approx(95.58725, abs=1e-3)
    # Flesch-Kincaid: 0.39 * 6.25 + 11.8 * 1.24 - 15.59 = 1.4795
    assert row["flesch_kincaid_grade"] == pytest.approx(1.4795, abs=1e-3)
    # Hedges by hand: "perhaps", "might", "think" (3 in 50 words = 60 per 1,000), in 3 of the
    # 8 sentences; one booster, "clearly" (20 per 1,000).
    assert row["hedges_per_1000"] == pytest.approx(60.0)
    assert row["boosters_per_1000"] == pytest.approx(20.0)
    assert row["share_sentences_hedged"] == pytest.approx(3 / 8)
    # Notebook 05 puts the essay beside the seed (data/raw/) by default.
    assert set(profiles["name"]) == {"night_buses", paths.SEED_ARTICLE.stem}


@pytest.mark.notebook
def test_essay_reports_name_the_essay(essay) -> None:
    out = essay[0]
    for page in sorted((out / "reports").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        assert "night_buses" in text or "Why Small Towns Need Night Buses" in text, page.name
        assert "Traceback" not in text, page.name


def test_profile_streams_with_a_progress_bar(capsys) -> None:
    from analysis.profile import iter_profiles

    rows = iter_profiles([report_runs.ESSAY, report_runs.ESSAY], progress=True)
    first = next(rows)  # a generator: one article at a time, not the whole list up front
    assert first["name"] == "night_buses"
    assert len(list(rows)) == 1
    err = capsys.readouterr().err
    assert "profiling" in err and "2/2" in err
