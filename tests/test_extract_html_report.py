"""An HTML article in another charset through `make report` / `python -m analysis report`: the
page's declared charset is used when no encoding is given, and reaches the notebooks."""

from __future__ import annotations

import gzip
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from analysis.errors import ArticleEncodingError
from analysis.report import build_reports, plan_report

# A page of my own in windows-1252: "é" is the single byte 0xE9, the curly quotes 0x93/0x94;
# none of them is valid UTF-8 on its own.
_PARAGRAPH = (b"The caf\xe9 on the corner said the \x93new rules\x94 for pavement tables would "
              b"cost it a third of its summer trade, and the council agreed to look at them "
              b"again before the vote in the spring.")
PAGE = (b'<!DOCTYPE html><html><head><meta charset="windows-1252">'
        b"<title>Caf\xe9 tables back on the pavement</title></head><body><article>"
        b"<h1>Caf\xe9 tables back on the pavement</h1>" + b"<p>" + _PARAGRAPH + b"</p>"
        b"<p>Owners of three other caf\xe9s in the square said they would wait for the vote "
        b"before they ordered new chairs, because the last change of rules had cost them.</p>"
        b"</article></body></html>")


def _write(folder: Path, name: str = "cafe.html", data: bytes = PAGE) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_report_plan_reads_the_declared_charset_and_passes_it_on(tmp_path) -> None:
    page = _write(tmp_path)
    plan, article = plan_report(page, tmp_path / "out")
    assert article.encoding == "cp1252"  # WHATWG: windows-1252 is Python's cp1252
    assert article.title.text == "Café tables back on the pavement"
    assert "\u201cnew rules\u201d" in article.body_text
    assert plan.parameters["ENCODING"] == "cp1252"  # the notebooks read it the same way


def test_an_explicit_encoding_still_wins(tmp_path) -> None:
    page = _write(tmp_path)
    with pytest.raises(ArticleEncodingError, match="offset"):
        plan_report(page, tmp_path / "out", encoding="utf-8")
    assert not (tmp_path / "out").exists()


def test_cli_report_has_no_default_encoding() -> None:
    from analysis.cli import build_parser

    args = build_parser().parse_args(["report", "page.html"])
    assert args.encoding is None


@pytest.mark.notebook
@pytest.mark.parametrize("name, data", [("cafe.html", PAGE),
                                        ("cafe.html.gz", gzip.compress(PAGE))])
def test_notebooks_get_the_page_in_its_charset(tmp_path, name, data) -> None:
    nb = new_notebook(cells=[
        new_code_cell('ARTICLE = None\nOUT = None\nENCODING = "utf-8"',
                      metadata={"tags": ["parameters"]}),
        new_code_cell("import pathlib\nfrom analysis.article import load_article\n"
                      "a = load_article(ARTICLE, encoding=ENCODING)\n"
                      "pathlib.Path(OUT, 'seen.txt').write_text(a.title.text + '|' + ENCODING,"
                      " encoding='utf-8')"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, tmp_path / "01_charset.ipynb")
    out = tmp_path / "out"
    build_reports(_write(tmp_path, name, data), out, notebooks=[tmp_path / "01_charset.ipynb"],
                  log=lambda s: None)
    assert (out / "seen.txt").read_text(encoding="utf-8") == (
        "Café tables back on the pavement|cp1252")


def test_profile_and_notebooks_read_the_declared_charset_by_default(tmp_path) -> None:
    """`profile`, `open_run` (a notebook run by hand) and the corpus row all default to the
    page's own charset, as `report` does: no UTF-8 default overrides it."""
    from analysis.cli import build_parser
    from analysis.corpus import profile_file
    from analysis.notebook import open_run

    page = _write(tmp_path)
    assert build_parser().parse_args(["profile", str(page)]).encoding is None
    run = open_run(page, tmp_path / "out")
    assert run.article.encoding == "cp1252"
    assert run.article.title.text == "Café tables back on the pavement"
    row = profile_file(str(page))
    assert not row.get("error"), row.get("error")
    assert row["title"] == "Café tables back on the pavement"
    assert row["words"] == 36 + 29  # the two paragraphs, counted by hand
