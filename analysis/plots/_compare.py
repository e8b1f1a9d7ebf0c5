"""Figure of notebook 05: the article's headline numbers beside other articles and news."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from ..article import Article, load_article
from ..plotting import PALETTE
from ..profile import HEADLINE, comparison_table, news_reference, profile_table
from ._layout import finish, new_figure, styled, wrap

__all__ = ["compare_articles", "comparison_finding"]


def comparison_finding(comparison: pd.DataFrame, profiles: pd.DataFrame, me: str) -> str:
    """The clearest statement the numbers support (the figure's title)."""
    mine = comparison[comparison["name"] == me].set_index("measure")
    names = list(profiles["name"])
    key = "hedges_per_1000_all_voices"
    hed = mine.loc[key] if key in mine.index else None
    if hed is not None and hed["reference"] == hed["reference"] and hed["reference"] > 0:
        ratio = hed["value"] / hed["reference"]
        how = (f"{ratio:.1f} times as often as" if ratio >= 1.2 else
               "about as often as" if ratio > 0.8 else "less often than")
        return (f"The article hedges {how} news writing ({hed['shown']} vs "
                f"{hed['reference']:.1f} hedges per 1,000 words)")
    if len(names) > 1 and "words_per_sentence" in mine.index:
        rank = int(profiles["words_per_sentence"].rank(ascending=False, method="min")
                   .iloc[names.index(me)])
        which = ("the longest" if rank == 1 else "the shortest" if rank == len(names)
                 else f"the #{rank} longest")
        return (f"This article's sentences are {which} of {len(names)} articles "
                f"({mine.loc['words_per_sentence', 'shown']} words on average)")
    return "One article's headline numbers (no other article or news reference to compare)"


@styled
def compare_articles(article: Article, *, others: Sequence[str | Path] = (),
                     profiles: pd.DataFrame | None = None,
                     comparison: pd.DataFrame | None = None) -> Figure:
    """One small panel per headline measure, the article (vermillion) beside other articles
    (blue) and the news reference (dashed line, with its range) where one is stored.

    Give ``profiles`` and ``comparison`` (`analysis.profile.profile_table` and
    `comparison_table`) when you have them; otherwise the article and ``others`` (paths) are
    profiled here.
    """
    if profiles is None:
        profiles = profile_table([*(load_article(p) for p in others), article],
                                 progress=False)
    if comparison is None:
        comparison = comparison_table(profiles, news_reference())
    me = article.name
    measures = [m for m in HEADLINE if m.column in profiles.columns]
    names = list(profiles["name"])
    labels = [t if isinstance(t, str) and t else n
              for n, t in zip(names, profiles["title"], strict=True)]
    ncols = min(4 if len(measures) > 6 else 3, max(len(measures), 1))
    nrows = -(-len(measures) // ncols)
    fig, grid = new_figure(nrows, ncols, sharey=True, squeeze=False,
                           figsize=(3 * ncols + 1.5, nrows * (1.5 + 0.42 * len(names)) + 0.6))
    axes = grid.ravel()
    for ax in axes[len(measures):]:
        ax.set_visible(False)
    for ax, m in zip(axes, measures, strict=True):
        sub = comparison[comparison["measure"] == m.column].set_index("name").loc[names]
        scale = 100.0 if m.percent else 1.0
        top = float(sub["value"].max() * scale) if sub["value"].notna().any() else 0.0
        for i, (name, r) in enumerate(sub.iterrows()):
            colour = PALETTE["vermillion"] if name == me else PALETTE["blue"]
            ax.hlines(i, 0, r["value"] * scale, color=colour, lw=2.5)
            ax.plot(r["value"] * scale, i, "o", color=colour, ms=7)
            ax.annotate(r["shown"], (r["value"] * scale, i), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=9)
        ref = sub["reference"].iloc[0]
        if ref == ref:  # not NaN
            low, high = sub["reference_low"].iloc[0], sub["reference_high"].iloc[0]
            if low == low and high == high:
                ax.axvspan(low * scale, high * scale, color=PALETTE["grey"], alpha=0.15, lw=0)
            ax.axvline(ref * scale, color=PALETTE["black"], ls="--", lw=1.2)
            ax.annotate("news", (ref * scale, -0.75), xytext=(3, 0), textcoords="offset points",
                        ha="left", va="center", fontsize=8.5, color="#333333")
            top = max(top, ref * scale, high * scale if high == high else 0)
        ax.set_xlim(0, top * 1.35 if top > 0 else 1)
        ax.set_title(m.label.replace(" per 1,000 words", ""), fontsize=10.5)
        ax.set_xlabel("% of sentences" if m.percent else m.unit)
        ax.grid(axis="y", visible=False)
    axes[0].set_yticks(range(len(names)), [wrap(t, 22) for t in labels])
    axes[0].set_ylim(len(names) - 0.4, -0.9)
    fig.suptitle(comparison_finding(comparison, profiles, me), x=0.01, ha="left", fontsize=12.5,
                 fontweight="bold")
    fig.tight_layout()
    return finish(fig, article, "Dashed: news reference rate where stored (data/reference/).")
