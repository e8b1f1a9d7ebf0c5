"""What every figure of `analysis.plots` shares: colours, label thinning, wrapping, the footer.

Figures must read at 300 and at 3,000 words, 5 and 60 paragraphs, 1 and 20 attributions, so
labels along an axis are thinned to at most `MAX_TICK_LABELS`, long labels are wrapped, legends
go outside the data, and the source footer is placed under everything else the figure draws.
"""

from __future__ import annotations

import functools
import math
import textwrap
from collections.abc import Callable, Sequence
from typing import ParamSpec, TypeVar

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..article import Article
from ..plotting import PALETTE, add_source_note, house_style

P = ParamSpec("P")
R = TypeVar("R")

__all__ = ["KIND_COLOURS", "PARAGRAPH_COLOURS", "MAX_TICK_LABELS", "article_title", "finish",
           "label_step", "legend_below", "new_figure", "paragraph_labels", "styled",
           "thinned", "wrap"]

#: Paragraph colours cycle through these (Okabe-Ito, without black, grey and yellow).
PARAGRAPH_COLOURS: tuple[str, ...] = tuple(PALETTE[k] for k in (
    "blue", "orange", "green", "vermillion", "purple", "sky"))

#: One colour per stance family (the annotated text of `analysis.annotate` uses the same).
KIND_COLOURS: dict[str, str] = {
    "epistemic": PALETTE["blue"], "deontic": PALETTE["vermillion"],
    "attitude": PALETTE["orange"], "attribution": PALETTE["purple"],
    "engagement": PALETTE["green"], "intensity": PALETTE["sky"],
    "self_mention": PALETTE["black"], "reader_engagement": PALETTE["grey"],
}

#: At most this many tick labels along an axis: 8.5-10 inch axes hold about 25 two-digit labels
#: of 9-point text with a gap between them (checked on the 74-sentence tests/data/street_trees).
MAX_TICK_LABELS = 25


def new_figure(*args: object, **kwargs: object):
    """``plt.subplots`` under the house style (a user's own rcParams are left alone)."""
    import matplotlib.pyplot as plt

    with house_style():
        return plt.subplots(*args, **kwargs)  # type: ignore[arg-type]


def label_step(n: int, *, most: int = MAX_TICK_LABELS) -> int:
    """Label every k-th of ``n`` items, k in 1, 2, 5, 10, ..., so at most ``most`` are drawn."""
    if n <= most:
        return 1
    raw = n / most
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if step >= raw:
            return step
    return math.ceil(raw)


def wrap(label: str, width: int = 22) -> str:
    """A label folded onto lines of at most ``width`` characters."""
    return textwrap.fill(" ".join(str(label).split()), width) or str(label)


def article_title(article: Article) -> str:
    """The article's title, or its file name when it has none."""
    return article.title.text if article.title else article.name


def paragraph_labels(spans: Sequence[tuple[int, float, float]], *, axis_units: float,
                     most: int = 20) -> list[tuple[int, float]]:
    """Which paragraph labels to draw, as (paragraph, x at its middle).

    ``spans`` are (paragraph, first x, last x) in reading order and ``axis_units`` the axis
    length in data units. A label is kept when its middle is at least ``axis_units / most`` from
    the last label kept, so that at most about ``most`` labels share the axis and none overprint.
    """
    gap = axis_units / most if axis_units > 0 else 0.0
    kept: list[tuple[int, float]] = []
    for p, lo, hi in spans:
        x = (lo + hi) / 2
        if not kept or x - kept[-1][1] >= gap:
            kept.append((p, x))
    return kept


def thinned(kept: int, total: int) -> str:
    """A note for an axis label when not every paragraph is labelled ("" when all are)."""
    return "" if kept >= total else f"; {kept} of {total} paragraphs labelled"


def styled(fn: Callable[P, R]) -> Callable[P, R]:
    """Run a figure function under the house style (legends, fonts and grid included) without
    changing the caller's rcParams."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with house_style():
            return fn(*args, **kwargs)

    return wrapper


def finish(fig: Figure, article: Article, note: str | None = None) -> Figure:
    """Add the source footer (the article's title and the method note) under the figure."""
    text = f"Source: “{article_title(article)}”" + (f". {note}" if note else "")
    add_source_note(fig, text)
    return fig


def legend_below(ax: Axes, *, ncols: int = 3, **kwargs: object) -> None:
    """A legend under the axes (outside the data), left-aligned."""
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.18), ncols=ncols, fontsize=8.5,
              borderaxespad=0, **kwargs)
