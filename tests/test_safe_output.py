"""Safe output: article text is data, never markup or code.

- Every table the package returns, shown as HTML (``DataFrame.to_html`` and the notebook's
  ``_repr_html_``), escapes tags from the article: ``<script>``, ``<img onerror=...>``,
  ``<svg onload=...>`` and ``<b>`` appear as ``&lt;...&gt;``.
- The package never evaluates or unpickles anything: no ``eval``/``exec``/``compile`` calls,
  no ``pickle``/``shelve``/``marshal``/``dill``/``joblib`` imports, no ``shell=True``.
- papermill parameters: whatever the article's path holds (quotes, backslashes, newlines,
  ``"; import os``), the injected cell is plain assignments of string literals equal to the
  path, and the report refuses bad articles and output folders before any kernel starts.
- The HTML report made from such an article holds no live tag from it (the browser check that
  no script runs is in test_safe_output_browser.py; both share `xss_report`).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import importlib
import inspect
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis import Article, ArticleError, paths

#: An article whose prose quotes markup, in the headline, in quotations, next to hedges and
#: boosters, and in a long sentence: every table and report section gets some of it.
XSS_ARTICLE = """\
Why <script>alert("title")</script> Filters Fail

A Note on <img src=x onerror=alert("subtitle")> Escaping

Web forms still let attackers in. When a reviewer typed <script>alert(1)</script> into a \
comment box last year, the page may have run it, and the vendor clearly should have caught \
it. “We believe <img src=x onerror=alert(2)> is harmless,” the vendor said, although critics \
argued that it perhaps was not.

The lesson seems simple. Every table that shows this text must escape it, and every report \
must show <b>bold</b> as the literal characters, because an analyst who opens a report should \
never run code that came from an article. It is possible that other tools do this too, but we \
must check ours <svg onload=alert(3)> by hand.

Officials said the fix would certainly come soon. Perhaps it will.
"""
#: A live tag from the article: what must never reach an HTML page unescaped.
LIVE_TAG = re.compile(r"<script>alert|<img src=x|<svg onload|<b>bold", re.IGNORECASE)
ESCAPED = ("&lt;script&gt;", "&lt;img", "&lt;svg", "&lt;b&gt;")

MODULES = ["structure", "readability", "hedging", "stance", "actors", "profile"]


@pytest.fixture(scope="module")
def article() -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Article.from_text(XSS_ARTICLE, name="xss")


def test_the_article_is_text_not_an_html_page(article) -> None:
    assert "<script>alert(1)</script>" in article.paragraphs[0].text
    assert article.title.text.startswith("Why <script>")


def _tables(value) -> list[pd.DataFrame]:
    if isinstance(value, pd.DataFrame):
        return [value]
    if isinstance(value, (tuple, list)):
        return [t for v in value for t in _tables(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in _tables(getattr(value, f.name))]
    return []


def _table_functions() -> list[tuple[str, object]]:
    """Public functions taking one article (or text) and returning tables, module by module."""
    out = []
    for name in MODULES:
        try:
            module = importlib.import_module(f"analysis.{name}")
        except ImportError:
            continue
        for fname, fn in inspect.getmembers(module, inspect.isfunction):
            if fname.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters.values())
            if not params or params[0].name not in ("obj", "article", "text_or_article"):
                continue
            if any(p.default is p.empty and p.kind is not p.VAR_KEYWORD for p in params[1:]):
                continue
            out.append((f"{name}.{fname}", fn))
    return out


TABLE_FUNCTIONS = _table_functions()


@pytest.mark.parametrize("name, fn", TABLE_FUNCTIONS, ids=[n for n, _ in TABLE_FUNCTIONS])
def test_every_table_escapes_article_markup(article, name, fn) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = fn(article)
    for df in _tables(result):
        for page in (df.to_html(), df._repr_html_() or ""):
            assert not LIVE_TAG.search(page), f"{name}: {LIVE_TAG.search(page).group()!r}"


def test_some_table_shows_the_escaped_markup(article) -> None:
    """The check above must be able to fail: the markup really reaches the tables."""
    seen = set()
    for _, fn in TABLE_FUNCTIONS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for df in _tables(fn(article)):
                page = df.to_html()
                seen.update(e for e in ESCAPED if e in page)
    assert seen == set(ESCAPED)
    # and an unescaped rendering would be caught:
    assert LIVE_TAG.search(pd.DataFrame({"t": ["<script>alert(1)</script>"]})
                           .to_html(escape=False))


# --- no eval, no pickle ---------------------------------------------------------------------

def _python_files() -> list[Path]:
    files = sorted(paths.PACKAGE_DIR.rglob("*.py"))
    for folder in ("scripts", "benchmarks"):
        files += sorted((paths.ROOT / folder).rglob("*.py"))
    return files


UNSAFE_MODULES = {"pickle", "cPickle", "shelve", "marshal", "dill", "joblib", "cloudpickle"}


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(paths.ROOT)))
def test_no_eval_no_pickle_no_shell(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name):  # builtins; re.compile() etc. are attributes, fine
                assert f.id not in ("eval", "exec", "compile", "__import__"), \
                    f"{path.name}:{node.lineno}: {f.id}()"
            elif isinstance(f, ast.Attribute):  # os.system, os.popen, DataFrame.eval ...
                assert f.attr not in ("eval", "exec", "system", "popen"), \
                    f"{path.name}:{node.lineno}: .{f.attr}()"
            for kw in node.keywords:
                assert not (kw.arg == "shell" and isinstance(kw.value, ast.Constant)
                            and kw.value.value is True), f"{path.name}:{node.lineno}: shell=True"
        elif isinstance(node, ast.Import):
            bad = {a.name.split(".")[0] for a in node.names} & UNSAFE_MODULES
            assert not bad, f"{path.name}:{node.lineno}: import {bad}"
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.module.split(".")[0] not in UNSAFE_MODULES, \
                f"{path.name}:{node.lineno}: from {node.module} import"


def test_the_no_eval_check_can_fail(tmp_path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import pickle\nx = eval('1')\n")
    with pytest.raises(AssertionError):
        test_no_eval_no_pickle_no_shell(bad)


# --- papermill parameters -------------------------------------------------------------------

NASTY_NAMES = [
    'quote"; import os; os.remove("x"); "',
    "single'quote.txt",
    "back\\slash\\\".txt",
    "new\nline.txt",
    "{braces} and $dollar.txt",
    "ünïcödé – “curly”.txt",
]


@pytest.mark.parametrize("filename", NASTY_NAMES)
def test_papermill_parameters_are_string_literals(tmp_path, filename) -> None:
    pytest.importorskip("papermill")
    from papermill.parameterize import parameterize_notebook

    from analysis.report import notebook_paths, plan_report

    notebooks = notebook_paths()
    if not notebooks:
        pytest.skip("no notebooks yet")
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / filename
    path.write_text(XSS_ARTICLE, encoding="utf-8")
    plan, _ = plan_report(path, tmp_path / "out")
    from papermill.iorw import load_notebook_node

    src = load_notebook_node(str(notebooks[0]))  # what papermill.execute_notebook reads
    injected = parameterize_notebook(src, plan.parameters)
    cell = next(c for c in injected.cells
                if "injected-parameters" in c.get("metadata", {}).get("tags", []))
    tree = ast.parse(cell.source)
    values = {}
    for stmt in tree.body:
        assert isinstance(stmt, ast.Assign), ast.dump(stmt)  # nothing but NAME = "literal"
        assert isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)
        values[stmt.targets[0].id] = stmt.value.value
    # the notebooks read the snapshot build_reports writes under OUT, with the same nasty name
    assert values["ARTICLE"] == str((tmp_path / "out").resolve() / "article" / filename)
    assert Path(values["ARTICLE"]).name == path.name
    assert values["OUT"] == str((tmp_path / "out").resolve())


def test_report_refuses_bad_parameters_before_any_kernel(tmp_path) -> None:
    from analysis.report import ReportError, plan_report

    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><body><p>x</p></body></html>")
    with pytest.raises(ArticleError, match="HTML page"):
        plan_report(page, tmp_path / "out")
    good = tmp_path / "good.txt"
    good.write_text(XSS_ARTICLE)
    with pytest.raises(ReportError):
        plan_report(good, paths.ROOT)  # would write into the repository itself
    existing = tmp_path / "a_file"
    existing.write_text("x")
    with pytest.raises(ReportError):
        plan_report(good, existing)


# --- the HTML report made from the article ---------------------------------------------------

@functools.cache
def xss_report() -> Path:
    """Every notebook run on XSS_ARTICLE through the user's path (``python -m analysis report
    PATH --out DIR``), once per session, in a temporary folder removed at exit; returns DIR."""
    import atexit

    base = Path(tempfile.mkdtemp(prefix="xss-report-"))
    atexit.register(shutil.rmtree, base, ignore_errors=True)
    article = base / "xss_article.txt"
    article.write_text(XSS_ARTICLE, encoding="utf-8")
    out = base / "out"
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, "-m", "analysis", "report", str(article), "--out",
                           str(out)], cwd=paths.ROOT, capture_output=True, text=True, env=env,
                          timeout=1800)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert article.read_text(encoding="utf-8") == XSS_ARTICLE  # the input is untouched
    return out


def _reports() -> list[Path]:
    from analysis.report import notebook_paths

    if not notebook_paths():
        pytest.skip("no notebooks yet")
    return sorted((xss_report() / "reports").glob("[0-9][0-9]_*.html"))


@pytest.mark.slow
@pytest.mark.notebook
def test_report_html_holds_no_live_tag_from_the_article() -> None:
    pages = _reports()
    assert pages
    shown = set()
    for page in pages:
        text = page.read_text(encoding="utf-8")
        m = LIVE_TAG.search(text)
        assert m is None, \
            f"{page.name}: live markup from the article: {text[m.start() - 200:m.end() + 50]!r}"
        shown.update(e for e in ESCAPED if e in text)
    assert shown, "the article's markup should appear (escaped) somewhere in the reports"
