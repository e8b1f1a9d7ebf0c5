"""One house style for every figure and a deterministic `save_figure` (PNG and SVG).

Colours are the Okabe-Ito palette (colour-blind safe). Figures carry the source article in a
footer. PNG files get no timestamp metadata and SVG files a fixed hash salt and no date, so
running the notebooks twice writes the same bytes. The package never calls ``matplotlib.use``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from . import paths

__all__ = ["PALETTE", "STYLE", "house_style", "save_figure", "add_source_note",
           "has_source_note"]

#: Okabe and Ito (2008), "Color Universal Design".
PALETTE: dict[str, str] = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
    "grey": "#999999",
}

STYLE: dict[str, object] = {
    "figure.figsize": (8.0, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "font.size": 10.5,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": mpl.cycler(color=[PALETTE[k] for k in
                                         ("blue", "orange", "green", "vermillion", "sky",
                                          "purple", "yellow", "black")]),
    "legend.frameon": False,
    "svg.hashsalt": "analysis",
    "svg.fonttype": "path",
    "path.simplify": True,
    # Titles and labels quote article text: "$5 ... $10" must stay text, never math (and an
    # unbalanced "$" must not crash the renderer). No figure of ours uses math text.
    "text.parse_math": False,
}


@contextmanager
def house_style() -> Iterator[None]:
    """Context manager applying the house style (``with house_style(): ...``)."""
    with mpl.rc_context(STYLE):
        yield


def apply_house_style() -> None:
    """Apply the house style globally (for notebooks)."""
    mpl.rcParams.update(STYLE)


def add_source_note(fig: Figure, text: str) -> None:
    """Write a small footer (the source article, the method) under everything else in ``fig``.

    The footer goes below the lowest artist (x-axis label, ticks, a legend under the axes), so
    it never overprints them, and is wrapped to the figure's width. Call it after the figure is
    laid out. A second call replaces the first footer.
    """
    old = getattr(fig, "_analysis_source_note", None)
    if old is not None:
        old.remove()
    fig.draw_without_rendering()
    bbox = fig.get_tightbbox()
    height = fig.get_figheight()
    y = min(bbox.y0 / height, 0.0) - 0.1 / height  # 0.1 inch under the lowest artist
    x = min(bbox.x0 / fig.get_figwidth(), 0.0)
    # About 16 characters of 8-point text per inch of width (DejaVu Sans, average letter).
    width = max(40, int((bbox.width if bbox.width > 0 else fig.get_figwidth()) * 16))
    wrapped = textwrap.fill(" ".join(text.split()), width)
    fig._analysis_source_note = fig.text(  # type: ignore[attr-defined]
        x, y, wrapped, ha="left", va="top", fontsize=8, color="#555555",
        transform=fig.transFigure)


def has_source_note(fig: Figure) -> bool:
    """Whether `add_source_note` already wrote a footer on ``fig``."""
    return getattr(fig, "_analysis_source_note", None) is not None


def save_figure(fig: Figure, name: str, *, folder: str | Path | None = None) -> tuple[Path, Path]:
    """Save ``fig`` as ``NAME.png`` and ``NAME.svg`` in ``folder`` (default ``figures/``).

    Deterministic output: no creation date or software metadata, a fixed SVG hash salt.
    Returns the two paths.
    """
    out = Path(folder) if folder is not None else paths.FIGURES_DIR
    out.mkdir(parents=True, exist_ok=True)
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    with mpl.rc_context({"svg.hashsalt": "analysis"}):
        fig.savefig(png, format="png", metadata={"Software": None}, dpi=150, bbox_inches="tight")
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None},
                    bbox_inches="tight")
    return png, svg


def new_figure(*args: object, **kwargs: object) -> tuple[Figure, object]:
    """``plt.subplots`` under the house style."""
    with house_style():
        return plt.subplots(*args, **kwargs)
