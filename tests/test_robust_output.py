"""Issue 11, writes and messages: one output guard for every command that writes, and the CLI's
messages for dashed names, control characters, batch errors and empty folders."""

from __future__ import annotations

import os
import sys

import pytest

from analysis import paths
from analysis.cli import main
from analysis.errors import OutputPathError
from analysis.outputs import check_output
from analysis.report import ReportError, plan_report

ARTICLE = "Night Buses\n\nThe council may add buses. Perhaps it should.\n"


def cli(argv, capsys):
    try:
        rc = main(argv)
    except SystemExit as exc:  # argparse usage errors
        rc = exc.code
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_profile_csv_onto_its_input_is_refused(article, capsys) -> None:
    rc, _, err = cli(["profile", str(article), "--csv", str(article), "--no-progress"], capsys)
    assert rc == 2 and "is one of the inputs" in err
    assert article.read_text(encoding="utf-8") == ARTICLE  # the article is intact


def test_profile_csv_onto_a_hard_link_of_its_input_is_refused(article, tmp_path) -> None:
    link = tmp_path / "same.csv"
    os.link(article, link)
    with pytest.raises(OutputPathError, match="one of the inputs"):
        check_output(link, inputs=[article])


@pytest.mark.parametrize("inside", ["data/raw", "data/raw/new", "analysis/lexicons", "notebooks",
                                    "tests/data", "scripts", "figures/x"])
def test_report_out_inside_a_committed_folder_is_refused(article, inside) -> None:
    with pytest.raises(ReportError, match="committed files"):
        plan_report(article, paths.ROOT / inside)
    with pytest.raises(OutputPathError):
        check_output(paths.ROOT / inside / "t.csv")


def test_report_out_onto_an_earlier_report_needs_overwrite(article, tmp_path) -> None:
    out = tmp_path / "out"
    (out / "reports").mkdir(parents=True)
    (out / "reports" / "01_x.html").write_text("earlier", encoding="utf-8")
    with pytest.raises(OutputPathError, match="--overwrite"):
        plan_report(article, out)
    plan, _ = plan_report(article, out, overwrite=True)
    assert plan.out == out.resolve()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert plan_report(article, empty)[0].out == empty.resolve()  # an empty folder is fine


def test_report_out_holding_the_article_is_refused(tmp_path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(OutputPathError, match="holds the input"):
        check_output(tmp_path, inputs=[p], folder=True, overwrite=True)


def test_csv_in_a_missing_folder_is_a_clear_error(article, tmp_path, capsys) -> None:
    target = tmp_path / "no" / "such" / "t.csv"
    rc, _, err = cli(["profile", str(article), "--csv", str(target), "--no-progress"], capsys)
    assert rc == 2 and "does not exist" in err and "Traceback" not in err


def test_csv_name_too_long_is_a_clear_error(article, tmp_path, capsys) -> None:
    rc, _, err = cli(["profile", str(article), "--csv", str(tmp_path / ("x" * 300 + ".csv")),
                      "--no-progress"], capsys)
    assert rc == 2 and "too long" in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes anywhere")
def test_read_only_out_is_a_clear_error(article, tmp_path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(OutputPathError, match="read-only"):
            plan_report(article, ro / "report")
    finally:
        ro.chmod(0o700)


def test_a_dashed_file_name_gets_a_hint(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-draft.txt").write_text(ARTICLE, encoding="utf-8")
    argv = ["hedges", "-draft.txt"]
    monkeypatch.setattr(sys, "argv", ["analysis", *argv])
    rc, _, err = cli(argv, capsys)
    assert rc == 2 and "put -- before file names" in err
    rc, out, _ = cli(["hedges", "--", "-draft.txt"], capsys)
    assert rc == 0 and '"matches"' in out


def test_control_characters_in_a_file_name_are_escaped(tmp_path, capsys) -> None:
    rc, _, err = cli(["hedges", str(tmp_path / "a\x1b[2J\x07.txt")], capsys)
    assert rc == 2
    assert "\x1b" not in err and "\x07" not in err and "\\x1b[2J\\x07" in err


def test_batch_profile_names_skip_errors_and_counts_what_it_skipped(article, tmp_path,
                                                                     capsys) -> None:
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    rc, _, err = cli(["profile", str(article), str(bad), "--no-progress"], capsys)
    assert rc == 2 and "--skip-errors" in err
    rc, out, err = cli(["profile", str(article), str(bad), "--no-progress", "--skip-errors"],
                       capsys)
    assert rc == 0
    assert "skipped 1 of 2 file(s)" in err and "b.txt" in err


def test_a_folder_without_articles_is_an_error(tmp_path, capsys) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    rc, out, err = cli(["profile", str(tmp_path), "--no-progress"], capsys)
    assert rc == 2 and "no articles" in err and out == ""


def _tiny(folder, body: str):
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    nb = new_notebook(cells=[
        new_markdown_cell("# Tiny"),
        new_code_cell("ARTICLE = None  # path\nOUT = None  # folder",
                      metadata={"tags": ["parameters"]}),
        new_code_cell(body)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = folder / "01_tiny.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.notebook
def test_every_notebook_reads_one_snapshot_of_the_article(article, tmp_path) -> None:
    from analysis.report import build_reports

    nbdir = tmp_path / "nb"
    nbdir.mkdir()
    # the notebook edits the user's file while the report runs, then records what it reads
    nb = _tiny(nbdir, f"import pathlib\npathlib.Path({str(article)!r}).write_text('edited')\n"
                      "pathlib.Path(OUT, 'seen.txt').write_text("
                      "pathlib.Path(ARTICLE).read_text(encoding='utf-8'))")
    out = tmp_path / "out"
    build_reports(article, out, notebooks=[nb], jobs=1, log=lambda s: None)
    assert (out / "seen.txt").read_text() == ARTICLE  # the snapshot, not the edited file
    assert (out / "article" / "a.txt").read_text(encoding="utf-8") == ARTICLE


def test_an_edited_seed_is_detected(tmp_path, monkeypatch) -> None:
    import analysis.report as report

    reads = iter([b"before", b"after"])
    monkeypatch.setattr(report, "read_bytes", lambda path: next(reads))
    monkeypatch.setattr(report, "_execute", lambda nb, *a: report._Executed(nb, 0.0, None))
    monkeypatch.setattr(report, "_write_page", lambda *a: tmp_path / "x.html")
    nb = _tiny(tmp_path, "x = 1")
    with pytest.raises(ReportError, match="changed while the report ran"):
        report.build_reports(None, tmp_path / "out", notebooks=[nb], jobs=1,
                             log=lambda s: None)
