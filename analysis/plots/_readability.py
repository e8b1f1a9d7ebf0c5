"""Figures of notebook 02: the nine formulas, grades by paragraph, textstat against ours."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..article import Article
from ..plotting import PALETTE
from ..readability import (
    FORMULAS,
    UNIT_MIN_WORDS,
    Readability,
    grade_equivalent,
    readability,
    readability_table,
)
from ..readability_textstat import TextstatComparison, textstat_scores
from ._layout import finish, label_step, legend_below, new_figure, styled

__all__ = ["GRADE_BANDS", "grades_by_formula", "paragraph_grades", "textstat_comparison",
           "grades_table"]

#: US school levels drawn behind the grades (grade 1-5 elementary, 6-8 middle school, ...).
GRADE_BANDS = ((0, 5.5, "elementary\n(grades 1-5)"), (5.5, 8.5, "middle school\n(6-8)"),
               (8.5, 12.5, "high school\n(9-12)"), (12.5, 16.5, "college\n(13-16)"),
               (16.5, 20, "graduate\n(17+)"))
#: Björnsson's LIX bands (Björnsson 1968, Läsbarhet).
LIX_BANDS = ((0, 30, "very easy"), (30, 40, "easy"), (40, 50, "medium"), (50, 60, "difficult"),
             (60, 80, "very difficult"))
_BAND_FILL = ("#f7f7f7", "#eeeeee")


def grades_table(r: Readability) -> pd.DataFrame:
    """One row per formula: ``formula`` (its name for readers), ``name``, ``score``, ``grade``,
    ``grade_from`` (formula, band table or no grade) and ``nan_reason``."""
    return pd.DataFrame([
        {"formula": FORMULAS[name][1], "name": name, "score": value,
         "grade": grade_equivalent(name, value),
         "grade_from": ("formula" if FORMULAS[name][2]
                        else "band table" if name != "lix" else "no grade"),
         "nan_reason": r.nan_reasons.get(name, "")}
        for name, value in r.scores().items()])


@styled
def grades_by_formula(article: Article, *, result: Readability | None = None) -> Figure:
    """Every formula's US grade on one axis (school levels behind), LIX on its own bands.

    ``result`` is `analysis.readability` of the article (computed when not given).
    """
    r = readability(article) if result is None else result
    scores = grades_table(r)
    graded = scores[scores["grade_from"] != "no grade"].dropna(subset=["grade"])
    graded = graded.sort_values("grade")
    fig, (ax, ax2) = new_figure(1, 2, figsize=(9.5, 4.6), width_ratios=[4, 1.2])
    for k, (lo, hi, label) in enumerate(GRADE_BANDS):
        ax.axvspan(lo, hi, color=_BAND_FILL[k % 2], zorder=0)
        ax.text((lo + hi) / 2, max(len(graded), 1) - 0.35, label, ha="center", va="bottom",
                fontsize=8.5, color="#444444")
    colours = [PALETTE["orange"] if g == "band table" else PALETTE["blue"]
               for g in graded["grade_from"]]
    ax.hlines(range(len(graded)), 0, graded["grade"].clip(upper=20), color="#bbbbbb", lw=1,
              zorder=1)
    ax.scatter(graded["grade"].clip(upper=20), range(len(graded)), color=colours, s=60, zorder=2)
    for k, row in enumerate(graded.itertuples()):
        label = (f"{row.grade:.1f}" if row.grade_from == "formula"
                 else f"{row.grade:.1f}  (score {row.score:.1f})")
        x = min(row.grade, 20)
        ax.text(x + 0.3 if x < 16 else x - 0.3, k, label, va="center", fontsize=9,
                ha="left" if x < 16 else "right")
    ax.set_yticks(range(len(graded)), graded["formula"])
    ax.set_xlim(0, 20)
    ax.set_ylim(-0.6, max(len(graded), 1) + 0.5)
    ax.set_xlabel("US school grade (years of schooling)")
    ax.grid(axis="y", visible=False)
    ax.scatter([], [], color=PALETTE["blue"], label="grade from the formula")
    ax.scatter([], [], color=PALETTE["orange"], label="grade from the authors' band table")
    legend_below(ax, ncols=2)
    if len(graded):
        lo_g, hi_g, med = graded["grade"].min(), graded["grade"].max(), graded["grade"].median()
        band = next((label for lo, hi, label in GRADE_BANDS if lo <= med < hi),
                    GRADE_BANDS[-1][2]).split("\n")[0]
        title = (f"{len(graded)} formulas give grades {lo_g:.1f} to {hi_g:.1f}; "
                 f"the median, {med:.1f}, is {band} level")
    else:
        title = "No formula gives a grade: " + (next(iter(r.nan_reasons.values()), "no text"))
    fig.suptitle(title, x=0.01, ha="left", fontsize=12, fontweight="bold")
    for k, (lo, hi, label) in enumerate(LIX_BANDS):
        ax2.axhspan(lo, hi, color=_BAND_FILL[k % 2], zorder=0)
        ax2.text(0.03, (max(lo, 20) + min(hi, 70)) / 2, label, va="center", fontsize=8.5,
                 color="#444444", transform=ax2.get_yaxis_transform())
    if not math.isnan(r.lix):
        y = min(max(r.lix, 20.5), 69.5)
        ax2.scatter([0.75], [y], color=PALETTE["green"], s=60, zorder=2)
        ax2.text(0.75, y + 1.6, f"{r.lix:.1f}", ha="center", fontsize=9)
    ax2.set_xlim(0, 1)
    ax2.set_ylim(20, 70)
    ax2.set_xticks([])
    ax2.set_ylabel("LIX (words per sentence + % long words)")
    ax2.set_title("LIX", loc="center")
    ax2.grid(visible=False)
    fig.tight_layout()
    return finish(fig, article, "Body text only; counts from analysis.readability.")


#: The four grade formulas drawn per paragraph (the others need more text or are not grades).
PARAGRAPH_FORMULAS = ("flesch_kincaid_grade", "gunning_fog", "coleman_liau",
                      "automated_readability_index")


@styled
def paragraph_grades(article: Article, *, table: pd.DataFrame | None = None,
                     formulas: tuple[str, ...] = PARAGRAPH_FORMULAS) -> Figure:
    """Each paragraph's grade by four formulas, one marker per formula, in reading order.

    ``table`` is ``readability_table(article, by="paragraph")``. Paragraphs shorter than the
    formulas' samples (`analysis.readability.UNIT_MIN_WORDS`) have NaN grades and are drawn as
    grey ticks along the bottom ("too short"), never as a grade.
    """
    para = readability_table(article, by="paragraph") if table is None else table
    fig, ax = new_figure(figsize=(9, 4.4))
    n = len(para)
    x = np.arange(1, n + 1)
    markers = ("o", "s", "D", "^")
    colours = (PALETTE["blue"], PALETTE["orange"], PALETTE["green"], PALETTE["purple"])
    offsets = np.linspace(-0.18, 0.18, len(formulas)) if n < 30 else np.zeros(len(formulas))
    for k, name in enumerate(formulas):
        ax.scatter(x + offsets[k], para[name], marker=markers[k % 4], color=colours[k % 4],
                   s=36 if n < 30 else 18, label=FORMULAS[name][1], zorder=3)
    scored = para[formulas[0]].notna().to_numpy() if n else np.array([], bool)
    if (~scored).any():
        ax.scatter(x[~scored], np.zeros((~scored).sum()) + 0.4, marker="|", s=80,
                   color=PALETTE["grey"], label=f"too short (< {UNIT_MIN_WORDS} words): no grade",
                   zorder=3, clip_on=False)
    ax.axhspan(12.5, 16.5, color="#f1f1f1", zorder=0)
    ax.text(1.005, 14.5, "college\n(13-16)", fontsize=8.5, va="center", color="#444444",
            transform=ax.get_yaxis_transform())
    top = float(np.nanmax(para[list(formulas)].to_numpy())) if scored.any() else 0.0
    ax.set_ylim(0, max(top * 1.15, 18))
    step = label_step(n)
    ax.set_xticks([i for i in x if (i - 1) % step == 0])
    ax.set_xlim(0.3, n + 0.7)
    ax.set_ylabel("US school grade")
    ax.set_xlabel("body paragraph, in reading order")
    ax.grid(axis="x", visible=False)
    legend_below(ax, ncols=3)
    if scored.any():
        fk = para[formulas[0]]
        hard, easy = para.loc[fk.idxmax()], para.loc[fk.idxmin()]
        title = (f"By {FORMULAS[formulas[0]][1]}, ¶{int(hard['unit']) + 1} is the hardest "
                 f"scored paragraph (grade {hard[formulas[0]]:.1f}), ¶{int(easy['unit']) + 1} "
                 f"the easiest ({easy[formulas[0]]:.1f})")
        if scored.sum() == 1:
            title = (f"Only ¶{int(hard['unit']) + 1} is long enough to score: "
                     f"{FORMULAS[formulas[0]][1]} {hard[formulas[0]]:.1f}")
    else:
        title = f"No paragraph has the {UNIT_MIN_WORDS} words a grade needs"
    ax.set_title(title)
    return finish(fig, article, f"{int(scored.sum())} of {n} paragraphs have at least "
                  f"{UNIT_MIN_WORDS} words, the formulas' sample size.")


#: The formulas that give a grade (left panel of `textstat_comparison`) and the two that do not.
_GRADE_NAMES = ("flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau",
                "automated_readability_index", "linsear_write", "dale_chall")
_OTHER_NAMES = ("flesch_reading_ease", "lix")


@styled
def textstat_comparison(article: Article, *,
                        comparison: TextstatComparison | None = None) -> Figure:
    """Each formula's score from textstat as it is, with an arrow to ours (corrected counts)."""
    cmp = textstat_scores(article) if comparison is None else comparison
    s = cmp.scores.set_index("name")
    fig, (ax, ax2) = new_figure(1, 2, figsize=(9.5, 4.4), width_ratios=[3, 1.3])
    for axis, names in ((ax, _GRADE_NAMES), (ax2, _OTHER_NAMES)):
        for y, name in enumerate(names):
            t, o = s.loc[name, "textstat"], s.loc[name, "ours"]
            if not (math.isnan(t) or math.isnan(o)):
                axis.annotate("", xy=(o, y), xytext=(t, y),
                              arrowprops={"arrowstyle": "->", "color": "#888888", "lw": 1.2})
            axis.scatter([t], [y], facecolor="white", edgecolor=PALETTE["vermillion"], s=55,
                         zorder=3, label="textstat as is" if y == 0 else None)
            axis.scatter([o], [y], color=PALETTE["blue"], s=55, zorder=3,
                         label="corrected counts, published formula" if y == 0 else None)
        axis.set_yticks(range(len(names)), [FORMULAS[n][1] for n in names])
        axis.grid(axis="y", visible=False)
        axis.set_ylim(-0.6, len(names) - 0.4)
    ax.set_xlabel("score (grade; Dale-Chall: its own score)")
    ax2.set_xlabel("score")
    ax2.margins(x=0.25)
    diffs = (s.loc[list(_GRADE_NAMES), "ours"] - s.loc[list(_GRADE_NAMES), "textstat"]).abs()
    if diffs.notna().any():
        big = diffs.idxmax()
        title = (f"Corrected counts move {int((diffs > 0.5).sum())} of {len(_GRADE_NAMES)} grade "
                 f"scores by more than half a grade\n{FORMULAS[big][1]} moves most: "
                 f"{s.loc[big, 'textstat']:.1f} → {s.loc[big, 'ours']:.1f}")
    else:
        title = "textstat and corrected counts: no grade to compare"
    fig.suptitle(title, x=0.01, ha="left", fontsize=12, fontweight="bold")
    legend_below(ax, ncols=2)
    ax2.set_title("not grades", loc="center", fontsize=10, fontweight="normal")
    fig.tight_layout()
    return finish(fig, article, "Arrows go from textstat's value to ours.")
