"""What every notebook does first: pick the article and the output folders, save figures/tables.

Each notebook has a cell tagged ``parameters`` with ``ARTICLE`` and ``OUT`` (both ``None`` for
the seed essay and the repository's ``figures/`` and ``results/``); papermill overrides them to
run the same notebook on another article without touching the committed outputs.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from . import paths
from .article import Article, load_article
from .plotting import add_source_note, apply_house_style, has_source_note, save_figure

__all__ = ["Run", "open_run", "md_text", "short"]


@dataclass(frozen=True)
class Run:
    """One notebook run: the article and where its figures and tables go."""

    article: Article
    figures_dir: Path
    results_dir: Path

    @property
    def label(self) -> str:
        """How figures name their source, e.g. "Source: How Diplomacy With North Korea Can Work"."""
        title = self.article.title.text if self.article.title else self.article.name
        return f"Source: “{title}”"

    def describe(self) -> str:
        """One Markdown line naming the article analysed (escaped), for the top of a notebook."""
        art = self.article
        title = art.title.text if art.title else art.name
        where = f" ({md_text(Path(art.source).name)})" if art.source else ""
        cut = f" The text is cut off: {md_text(art.truncation_reason)}." if art.truncated else ""
        n = len(art.paragraphs)
        return (f"**Article analysed:** *{md_text(title)}*{where}, {n} body "
                f"paragraph{'' if n == 1 else 's'}.{cut}")

    def show(self) -> None:
        """Display `describe` in a notebook."""
        from IPython.display import Markdown, display

        display(Markdown(self.describe()))

    def save_figure(self, fig: Figure, name: str, *, note: str | None = None) -> Path:
        """Save PNG and SVG (with the source footer, unless the figure has one), return the PNG.

        Figures from `analysis.plots` carry their footer already; ``note`` then replaces it.
        """
        if note is not None or not has_source_note(fig):
            add_source_note(fig, self.label + (f". {note}" if note else ""))
        png, _ = save_figure(fig, name, folder=self.figures_dir)
        return png

    def save_table(self, df: pd.DataFrame, name: str) -> Path:
        """Save the table behind a figure as CSV (UTF-8, no index, stable float format)."""
        self.results_dir.mkdir(parents=True, exist_ok=True)
        path = self.results_dir / f"{name}.csv"
        df.to_csv(path, index=False, float_format="%.6g", lineterminator="\n")
        return path


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")


def md_text(text: str) -> str:
    """Article text made safe for Markdown prose: HTML escaped, Markdown markup characters escaped.

    Article text is data: a ``<script>`` or ``*`` in an article must show as itself in a
    notebook or HTML report, never as markup.
    """
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def short(text: str, width: int = 80, *, markdown: bool = True) -> str:
    """One line of at most ``width`` characters (whitespace folded, " …" where cut).

    With ``markdown=True`` (the default) the result is escaped with `md_text` for use in
    Markdown prose; pass ``markdown=False`` for table cells (pandas escapes those itself).
    """
    line = textwrap.shorten(" ".join(text.split()), width, placeholder=" …")
    return md_text(line) if markdown else line


def open_run(article: str | Path | None = None, out: str | Path | None = None, *,
             encoding: str | None = None) -> Run:
    """Load the article (default: the seed essay) and choose output folders; apply house style.

    With ``out`` set, figures go to ``OUT/figures`` and tables to ``OUT/results``; otherwise to
    the repository's ``figures/`` and ``results/``.
    """
    apply_house_style()
    art = load_article(Path(article) if article else paths.SEED_ARTICLE, encoding=encoding)
    if out:
        base = Path(out)
        return Run(art, base / "figures", base / "results")
    return Run(art, paths.FIGURES_DIR, paths.RESULTS_DIR)
