"""Figures of notebook 01 (and 02): sentence length in reading order."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from ..article import Article, ends_sentence
from ..plotting import PALETTE
from ..structure import sentence_table
from ._layout import (
    PARAGRAPH_COLOURS,
    finish,
    label_step,
    new_figure,
    paragraph_labels,
    styled,
    thinned,
)

__all__ = ["sentence_lengths"]


@styled
def sentence_lengths(article: Article, *, table: pd.DataFrame | None = None,
                     title: str | None = None) -> Figure:
    """One bar per body sentence in reading order, coloured by paragraph, with the mean.

    ``table`` is `analysis.structure.sentence_table` (computed when not given; 1-based
    ``sentence`` and ``paragraph``). A last sentence the page cut off is hatched: its length is
    a lower bound. Sentence and paragraph labels are thinned on long articles.
    """
    t = sentence_table(article) if table is None else table
    fig, ax = new_figure(figsize=(9, 4.6))
    if t.empty:
        ax.text(0.5, 0.5, "no body sentences", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return finish(fig, article)
    n = len(t)
    colours = [PARAGRAPH_COLOURS[(int(p) - 1) % len(PARAGRAPH_COLOURS)] for p in t["paragraph"]]
    bars = ax.bar(t["sentence"], t["words"], color=colours, width=0.8 if n < 60 else 1.0)
    cut = article.truncated and not ends_sentence(str(t["text"].iloc[-1]))
    if cut:
        bars[-1].set_hatch("///")
        bars[-1].set_edgecolor("white")
    mean = float(t["words"].mean())
    ax.axhline(mean, color=PALETTE["black"], linestyle="--", linewidth=1)
    ax.text(1.01, mean, f"mean\n{mean:.1f}", transform=ax.get_yaxis_transform(), fontsize=9,
            va="center", ha="left")
    top = float(t["words"].max()) * 1.18
    groups = [(int(p), float(g["sentence"].min()), float(g["sentence"].max()))
              for p, g in t.groupby("paragraph")]
    for _, lo, _ in groups:
        if lo > 1:
            ax.axvline(lo - 0.5, color="#cccccc", linewidth=0.6 if len(groups) > 30 else 0.8)
    shown = paragraph_labels(groups, axis_units=n)
    for p, x in shown:
        ax.text(x, top, f"¶{p}", ha="center", va="bottom", fontsize=9 if len(groups) < 15 else 8,
                color=PARAGRAPH_COLOURS[(p - 1) % len(PARAGRAPH_COLOURS)], fontweight="bold")
    if cut:
        ax.annotate("cut off\nmid-sentence", xy=(n, float(t["words"].iloc[-1])),
                    xytext=(n, top * 0.75), ha="right" if n > 10 else "center", va="bottom",
                    fontsize=8.5, arrowprops={"arrowstyle": "->", "color": "#555555", "lw": 0.8})
    step = label_step(n)
    ax.set_xticks([s for s in t["sentence"] if (s - 1) % step == 0])
    ax.set_xlim(0.4, n + 0.6)
    ax.set_ylim(0, top * 1.1)
    ax.set_xlabel("sentence, in reading order (¶ = body paragraph"
                  + thinned(len(shown), len(groups)) + ")")
    ax.set_ylabel("sentence length (words)")
    ax.grid(axis="x", visible=False)
    shortest, longest = int(t["words"].min()), int(t["words"].max())
    ax.set_title(title or (f"Sentence length runs from {shortest} to {longest} words "
                           f"around a mean of {mean:.0f}"))
    note = "Words counted as in Flesch (1948); sentences split with nltk Punkt."
    if cut:
        note += " Hatched: the last sentence, cut off where the page stops."
    return finish(fig, article, note)
