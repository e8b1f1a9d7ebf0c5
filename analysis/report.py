"""Run every notebook on an article with papermill and publish readable HTML reports.

``build_reports()`` (what ``make report`` runs) executes ``notebooks/NN_name.ipynb`` in order
with the ``python3`` kernel of the running interpreter (the project's ``.venv``), from the
notebooks folder, on the seed essay, and writes:

- ``reports/NN_name.html``: the executed notebook as one standalone page (figures embedded as
  data URIs, a table of contents, code folded away, no scripts from the network);
- ``figures/*.png|svg`` and ``results/*.csv``: written by the notebooks themselves through
  `analysis.notebook.open_run`.

``build_reports(article=PATH, out=DIR)`` (``make report ARTICLE=... OUT=...`` or
``python -m analysis report PATH --out DIR``) runs the same notebooks on another article,
passing ``ARTICLE`` and ``OUT`` to each notebook's ``parameters`` cell with papermill, and
writes everything under ``DIR`` (``notebooks/``, ``reports/``, ``figures/``, ``results/``);
the committed outputs are never touched. The article is loaded before any kernel starts, so a
bad file stops with its one-line `ArticleError` message.

Determinism: the committed HTML must come out byte-identical on every run, so the page carries
no timestamps and no scripts, and `normalise_html` removes what a kernel can make vary between
runs (object addresses, pandas Styler ids, the checkout's absolute path).

Safety: a page runs no script at all. JavaScript and widget outputs are left out, and a
Content-Security-Policy (``default-src 'none'``; images and fonts only as data URIs, inline
styles) stops any script that article text might smuggle into a Markdown cell.
"""

from __future__ import annotations

import functools
import html
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import nbformat
from jinja2 import DictLoader

from . import paths
from .article import Article, load_article
from .errors import ArticleError, OutputPathError
from .outputs import check_output
from .reading import read_bytes

__all__ = [
    "ReportError",
    "NotebookFailedError",
    "ReportPlan",
    "notebook_paths",
    "plan_report",
    "check_parameters_cell",
    "execute_notebook",
    "notebook_html",
    "normalise_html",
    "build_reports",
]

#: The kernel every notebook runs with: ``python3`` resolves to the running interpreter.
KERNEL_NAME = "python3"
#: Seconds one cell may run before the report gives up.
CELL_TIMEOUT = 600


class ReportError(ArticleError):
    """The report cannot run with these parameters (e.g. OUT would overwrite committed files)."""


class NotebookFailedError(RuntimeError):
    """A notebook raised an exception; the message names the notebook, cell and error."""

    def __init__(self, message: str, *, notebook: Path, ename: str, evalue: str,
                 executed: Path | None) -> None:
        super().__init__(message)
        self.notebook = notebook
        self.ename = ename
        self.evalue = evalue
        self.executed = executed


@dataclass(frozen=True)
class ReportPlan:
    """Where one report run reads and writes.

    ``article`` is None for the seed essay (the notebooks' default); ``out`` is None when the
    run writes the committed ``reports/``, ``figures/`` and ``results/``.
    """

    article: Path | None
    out: Path | None
    reports_dir: Path
    figures_dir: Path
    results_dir: Path
    notebooks_dir: Path
    #: The copy of the article every notebook reads (``OUT/article/NAME``), written once by
    #: `build_reports`, so an article edited during the run cannot give notebooks that
    #: describe different texts. None for the seed (checked unchanged after the run instead).
    snapshot: Path | None = None
    #: The article file's encoding, passed to every notebook as ENCODING: the one given, else
    #: the one the article was read with (an HTML page's declared charset, a byte-order mark).
    encoding: str = "utf-8"

    @property
    def parameters(self) -> dict[str, str]:
        """What papermill injects after each ``parameters`` cell (nothing for the seed)."""
        params: dict[str, str] = {}
        if self.article is not None:
            params["ARTICLE"] = str(self.snapshot or self.article)
        if self.out is not None:
            params["OUT"] = str(self.out)
        if self.encoding != "utf-8":
            params["ENCODING"] = self.encoding
        return params


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks ``NN_name.ipynb``, in reading order."""
    folder = folder or paths.NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def plan_report(article: str | Path | None = None, out: str | Path | None = None, *,
                encoding: str | None = None, overwrite: bool = False
                ) -> tuple[ReportPlan, Article]:
    """Check the parameters and load the article before any notebook runs.

    ``article`` None means the seed essay. ``out`` None means the committed folders for the
    seed, and ``out/<article-name>/`` for any other article (so another article can never
    overwrite the seed's outputs). ``out`` goes through `analysis.outputs.check_output`: not
    inside a committed folder, not holding the article, and not a folder that already holds
    files (an earlier report) unless ``overwrite``. Raises the article's own `ArticleError`
    (missing file, a directory, binary, HTML, ...) or `ReportError` when ``out`` is unusable.
    """
    art_path: Path | None = None
    if article is not None and str(article) != "":
        art_path = Path(article).expanduser().resolve()
        if art_path == paths.SEED_ARTICLE.resolve() and out is None:
            art_path = None  # the seed itself: same as the default run
    given = Path(article) if art_path is not None else paths.SEED_ARTICLE  # type: ignore[arg-type]
    loaded = load_article(given, encoding=encoding)  # the user's spelling in error messages
    if art_path is not None and out is None:
        out = paths.ROOT / "out" / art_path.stem
    if out is None:
        plan = ReportPlan(None, None, paths.REPORTS_DIR, paths.FIGURES_DIR, paths.RESULTS_DIR,
                          paths.ROOT / "build" / "executed")
        return plan, loaded
    try:
        out_dir = check_output(out, inputs=[given], folder=True, overwrite=overwrite)
    except OutputPathError as exc:
        raise _OutputError(str(exc)) from None
    snapshot = out_dir / "article" / given.name if art_path is not None else None
    plan = ReportPlan(art_path, out_dir, out_dir / "reports", out_dir / "figures",
                      out_dir / "results", out_dir / "notebooks", snapshot,
                      encoding=encoding or loaded.encoding)
    return plan, loaded


class _OutputError(ReportError, OutputPathError):
    """``out`` refused by the output guard: both a `ReportError` and an `OutputPathError`."""


def check_parameters_cell(path: Path, parameters: dict[str, str]) -> None:
    """The notebook has a cell tagged ``parameters`` that assigns every parameter we pass.

    Raises `ReportError` otherwise (papermill would silently inject the values at the top).
    """
    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code"
             and "parameters" in c.get("metadata", {}).get("tags", [])]
    if not cells:
        raise ReportError(f"{path.name} has no code cell tagged 'parameters'; add one with "
                          "ARTICLE = None and OUT = None")
    for name in parameters:
        if not re.search(rf"^{re.escape(name)}\s*[:=]", cells[0].source, re.M):
            raise ReportError(f"{path.name}: its parameters cell does not define {name}")


def execute_notebook(path: Path, *, parameters: dict[str, str] | None = None,
                     output_path: Path | None = None, timeout: int = CELL_TIMEOUT,
                     kernel_cwd: Path | None = None) -> nbformat.NotebookNode:
    """Run a notebook top to bottom with papermill from the notebooks folder.

    ``parameters`` are injected after the cell tagged ``parameters``; the executed copy is
    saved to ``output_path`` (after every cell, so a failure leaves a readable copy).
    ``kernel_cwd`` (default: the notebook's folder) is where the kernel starts; it is given
    to the kernel alone, so the calling process's working directory never changes and
    several notebooks can run at once from threads.
    Raises `NotebookFailedError` with the notebook, cell number and exception on failure.
    """
    import logging

    import papermill
    from papermill.exceptions import PapermillExecutionError

    check_parameters_cell(path, parameters or {})
    # papermill's own parameter inference cannot parse "X = None  # ...; None = default"
    # comments and warns on every run; the names were just checked above instead.
    logging.getLogger("papermill").setLevel(logging.ERROR)
    if output_path is not None:
        output_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return papermill.execute_notebook(
            str(path), str(output_path) if output_path else None,
            parameters=parameters or None, kernel_name=KERNEL_NAME, progress_bar=False,
            execution_timeout=timeout, log_output=False,
            resources={"metadata": {"path": str(kernel_cwd or path.parent)}})
    except PapermillExecutionError as exc:
        where = f"; the executed copy is {output_path}" if output_path else ""
        msg = (f"{path.name} failed in cell {exc.cell_index} (execution {exc.exec_count}): "
               f"{exc.ename}: {exc.evalue}{where}")
        raise NotebookFailedError(msg, notebook=path, ename=exc.ename, evalue=exc.evalue,
                                  executed=output_path) from None


# ---------------------------------------------------------------------------------------------
# HTML

_TEMPLATE = r"""
{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{% block html_head_css %}
<meta name="generator" content="analysis.report (nbconvert lab template)">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:">
<style type="text/css">
:root { --report-width: 46rem; }
html { scroll-behavior: smooth; }
body.jp-Notebook { margin: 0; padding: 0; background: #fff; overflow: visible; }
.report-layout { display: flex; gap: 2.5rem; justify-content: center; align-items: flex-start;
  padding: 1.5rem 1rem 4rem; }
nav.report-toc { position: sticky; top: 1rem; flex: 0 0 15rem; max-height: calc(100vh - 2rem);
  overflow-y: auto; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  border-right: 1px solid #e3e3e3; padding-right: 1rem; }
nav.report-toc h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em;
  color: #666; margin: 0 0 .5rem; }
nav.report-toc ol { list-style: none; margin: 0; padding: 0; }
nav.report-toc li { margin: .25rem 0; }
nav.report-toc li.toc-h3 { padding-left: 1rem; font-size: 13px; }
nav.report-toc a { color: #0072B2; text-decoration: none; }
nav.report-toc a:hover { text-decoration: underline; }
main { flex: 0 1 var(--report-width); min-width: 0; }
.jp-RenderedHTMLCommon, .jp-RenderedMarkdown { font: 17px/1.6 Georgia, "DejaVu Serif", serif;
  color: #222; }
.jp-RenderedMarkdown h1 { font: 700 2rem/1.25 system-ui, sans-serif; margin-top: 0; }
.jp-RenderedMarkdown h2, .jp-RenderedMarkdown h3 { font-family: system-ui, sans-serif;
  margin-top: 2rem; }
.jp-Cell { padding: 0; }
.jp-InputPrompt, .jp-OutputPrompt { display: none; }
details.report-code { margin: .25rem 0; font: 13px system-ui, sans-serif; color: #666; }
details.report-code > summary { cursor: pointer; user-select: none; }
.jp-OutputArea-output img { max-width: 100%; height: auto; }
.jp-RenderedHTMLCommon table { font: 14px/1.4 system-ui, sans-serif; }
.jp-OutputArea-output { overflow-x: auto; }
/* A wide table scrolls inside its own box instead of running off the page. */
.jp-RenderedHTMLCommon table { display: block; max-width: 100%; overflow-x: auto; }
.jp-RenderedHTMLCommon td { white-space: normal; max-width: 32rem; }
.jp-RenderedText pre { white-space: pre-wrap; }
@media (max-width: 60rem) {
  .report-layout { display: block; }
  nav.report-toc { position: static; border-right: none; border-bottom: 1px solid #e3e3e3;
    margin-bottom: 1.5rem; padding-bottom: 1rem; max-height: none; }
}
@media print { nav.report-toc { display: none; } details.report-code { display: none; } }
</style>
{% endblock html_head_css %}
{%- block body_header -%}
<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
<div class="report-layout">
<!--report-toc-->
<main>
{%- endblock body_header -%}
{% block body_footer %}
</main>
</div>
</body>
{% endblock body_footer %}
{%- block data_javascript scoped -%}{%- endblock data_javascript -%}
{%- block data_widget_view scoped -%}{%- endblock data_widget_view -%}
{% block input_group -%}
{%- if cell.source.strip() -%}
<details class="report-code"><summary>Code</summary>
{{ super() }}
</details>
{%- endif -%}
{%- endblock input_group %}
"""

_HEADING = re.compile(r'<h([1-3]) id="([^"]+)">(.*?)<a class="anchor-link"', re.S)
_TAG = re.compile(r"<[^>]+>")


def _toc(body: str) -> str:
    items = []
    for level, anchor, inner in _HEADING.findall(body):
        text = html.escape(html.unescape(_TAG.sub("", inner)).strip(), quote=False)
        items.append(f'<li class="toc-h{level}"><a href="#{anchor}">{text}</a></li>')
    if not items:
        return ""
    return ('<nav class="report-toc" aria-label="Contents"><h2>Contents</h2><ol>\n'
            + "\n".join(items) + "\n</ol></nav>")


def _first_heading(nb: nbformat.NotebookNode) -> str | None:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^#\s+(.+)$", cell.source, re.M)
            if m:
                return _TAG.sub("", m.group(1)).replace("*", "").replace("`", "").strip()
    return None


_ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]{6,}")
_STYLER_ID = re.compile(r"\bT_([0-9a-f]{5})(?=_|\b)")


def normalise_html(page: str, *, root: Path | None = None) -> str:
    """Remove what varies between two runs of the same notebook on the same machine or another.

    Object addresses (``at 0x7f3a...``) become ``at 0x0``; pandas Styler's random table ids
    (``T_1a2b3``) are renumbered in order of appearance; the checkout's absolute path becomes
    relative, so a clone elsewhere writes the same bytes.
    """
    page = _ADDRESS.sub("at 0x0", page)
    ids: dict[str, str] = {}

    def renumber(m: re.Match[str]) -> str:
        return "T_" + ids.setdefault(m.group(1), f"t{len(ids):04d}")

    page = _STYLER_ID.sub(renumber, page)
    root = (root or paths.ROOT).resolve()
    page = page.replace(str(root) + "/", "").replace(str(root), ".")
    return page


@functools.lru_cache(maxsize=1)
def _html_exporter():
    """The HTML exporter, built once per process: its template environment (the lab template
    and ours) is loaded and compiled on first use and reused for every notebook."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", extra_loaders=[DictLoader(
        {"analysis_report.html.j2": _TEMPLATE})], template_file="analysis_report.html.j2")
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    return exporter


def notebook_html(nb: nbformat.NotebookNode, *, name: str) -> str:
    """One standalone, deterministic HTML page for an executed notebook.

    Figures are embedded (data URIs), code cells fold into "Code" toggles, a table of contents
    lists the ``#``, ``##`` and ``###`` headings, and the page loads nothing from the network.
    """
    nb = nbformat.from_dict(nb)  # a copy: the title below must not change the caller's notebook
    for cell in nb.cells:  # papermill gives its injected cell a random id; the page keeps ids
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
    title = _first_heading(nb) or name
    nb.metadata["title"] = title
    body, _ = _html_exporter().from_notebook_node(nb, resources={"metadata": {"name": name}})
    body = body.replace("<!--report-toc-->", _toc(body), 1)
    return normalise_html(body)


# ---------------------------------------------------------------------------------------------
# The whole run


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class _Executed:
    """One notebook's execution: the executed notebook, or the failure as plain data."""

    notebook: Path
    seconds: float
    executed: nbformat.NotebookNode | None
    failure: NotebookFailedError | None = None


def _execute(nb_path: Path, parameters: dict[str, str], notebooks_dir: Path) -> _Executed:
    """Run one notebook (in a thread of the report's process; its kernel is its own process).

    The kernel starts in the notebook's folder through nbclient's ``resources`` rather than
    papermill's ``cwd``, which changes the whole process's working directory and so cannot be
    shared by notebooks running side by side.
    """
    started = time.monotonic()
    try:
        executed = execute_notebook(nb_path, parameters=parameters,
                                    output_path=notebooks_dir / nb_path.name,
                                    kernel_cwd=nb_path.parent)
    except NotebookFailedError as exc:
        return _Executed(nb_path, time.monotonic() - started, None, exc)
    return _Executed(nb_path, time.monotonic() - started, executed)


def _write_page(done: _Executed, reports_dir: Path) -> Path:
    page = notebook_html(done.executed, name=done.notebook.stem)  # type: ignore[arg-type]
    html_path = reports_dir / f"{done.notebook.stem}.html"
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(page, encoding="utf-8", newline="\n")
    return html_path


def default_jobs() -> int:
    """Notebooks run side by side: one per CPU core, at most 4 (each kernel is one process)."""
    return max(1, min(4, os.cpu_count() or 1))


def start_order(nbs: Sequence[Path], executed_dir: Path) -> list[Path]:
    """The order notebooks start in: the longest first, so the last to finish is a short one.

    A notebook's expected time is its duration in the previous run (papermill's metadata in
    the executed copy in ``executed_dir``, when there is one) or else, for every notebook
    alike, the size of its code (a first run, a fresh clone). Ties keep reading order. Only
    the schedule depends on this: every page is the same whatever the order.
    """
    def previous(nb: Path) -> float | None:
        try:
            meta = nbformat.read(executed_dir / nb.name, as_version=4).metadata
            return float(meta["papermill"]["duration"])
        except Exception:  # noqa: BLE001 - no usable earlier run: fall back to code size
            return None

    durations = {nb: previous(nb) for nb in nbs}
    if any(d is None for d in durations.values()):
        nb_code = {nb: sum(len(c.source) for c in nbformat.read(nb, as_version=4).cells
                           if c.cell_type == "code") for nb in nbs}
        durations = {nb: float(nb_code[nb]) for nb in nbs}
    return sorted(nbs, key=lambda nb: -durations[nb])  # sorted() is stable: ties in order


def build_reports(article: str | Path | None = None, out: str | Path | None = None, *,
                  notebooks: Sequence[Path] | None = None, encoding: str | None = None,
                  jobs: int | None = None, overwrite: bool = False,
                  log: Callable[[str], None] = _say) -> list[Path]:
    """Execute every notebook on ``article`` and write the HTML reports; return their paths.

    See the module docstring for what goes where. The notebooks are independent, so ``jobs``
    of them (default: one per core, see `default_jobs`) run at once, each from a thread of
    this process in its own kernel (a process), the longest first (`start_order`); this
    process turns each executed notebook into its page as it finishes, with one HTML
    exporter. The pages come out the same whatever the order. Every notebook runs even when
    another fails; then `NotebookFailedError` is raised for the first failure in reading
    order, naming the others that failed too (each executed copy is saved). Raises the
    article's `ArticleError` before any kernel starts and `ReportError` for an unusable
    ``out``. The article is read once: every notebook reads the snapshot
    ``OUT/article/NAME`` written from those bytes (the seed, read by the notebooks' default,
    is checked unchanged at the end instead; if it changed, `ReportError`). ``overwrite``
    lets ``out`` be a folder that already holds files (an earlier report). ``encoding`` None
    reads the article as `load_article` does (UTF-8, or an HTML page's byte-order mark or
    declared charset) and passes the encoding it used on to the notebooks.
    """
    from concurrent.futures import ThreadPoolExecutor, as_completed

    plan, loaded = plan_report(article, out, encoding=encoding, overwrite=overwrite)
    source = Path(loaded.source) if loaded.source else paths.SEED_ARTICLE
    data = read_bytes(source)  # once: the snapshot, or the seed's bytes to compare at the end
    if plan.snapshot is not None:
        plan.snapshot.parent.mkdir(parents=True, exist_ok=True)
        plan.snapshot.write_bytes(data)
        load_article(plan.snapshot, encoding=plan.encoding)  # still the article, as read
    nbs = [Path(nb).resolve() for nb in notebooks] if notebooks is not None \
        else notebook_paths()
    if not nbs:
        raise ReportError(f"no notebooks NN_name.ipynb found in {paths.NOTEBOOKS_DIR}")
    for nb_path in nbs:  # every notebook checked before the first kernel starts
        check_parameters_cell(nb_path, plan.parameters)
    jobs = max(1, min(jobs or default_jobs(), len(nbs)))
    where = "the repository's reports/, figures/, results/" if plan.out is None else str(plan.out)
    log(f"report on {loaded.name!r}: {len(nbs)} notebooks, {jobs} at a time -> {where}")
    pages: dict[Path, Path] = {}
    failed: dict[Path, NotebookFailedError] = {}
    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="notebook") as pool:
        futures = [pool.submit(_execute, nb, plan.parameters, plan.notebooks_dir)
                   for nb in start_order(nbs, plan.notebooks_dir)]
        try:
            for i, fut in enumerate(as_completed(futures), 1):
                done = fut.result()
                if done.failure is not None:
                    failed[done.notebook] = done.failure
                    status = "FAILED"
                else:
                    pages[done.notebook] = _write_page(done, plan.reports_dir)
                    status = f"-> {_shown(pages[done.notebook])}"
                log(f"[{i}/{len(nbs)}] {done.notebook.stem}: {done.seconds:.1f} s {status}")
        except BaseException:  # Ctrl-C or a page that cannot be written: start nothing more
            for fut in futures:
                fut.cancel()
            raise
    if plan.snapshot is None and read_bytes(source) != data:
        raise ReportError(f"{source}: the article changed while the report ran, so the "
                          "notebooks may describe different texts; run the report again.")
    if failed:
        first = next(nb for nb in nbs if nb in failed)
        exc = failed[first]
        others = [nb.name for nb in nbs if nb in failed and nb != first]
        also = f" (also failed: {', '.join(others)})" if others else ""
        raise NotebookFailedError(str(exc) + also, notebook=first, ename=exc.ename,
                                  evalue=exc.evalue, executed=exc.executed)
    return [pages[nb] for nb in nbs]


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(paths.ROOT))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    build_reports()
