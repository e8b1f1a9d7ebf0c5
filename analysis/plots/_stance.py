"""Figures of notebook 03: the stance profile, actors and stance, stance moves in reading order."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from .. import stance as st
from ..article import Article
from ..notebook import short
from ._layout import KIND_COLOURS, finish, new_figure, paragraph_labels, styled, thinned, wrap

__all__ = ["ACTOR_COLUMNS", "actor_counts", "actor_stance_heatmap", "stance_moves_figure",
           "stance_profile_figure"]

_NAMES = {("attitude", "negative"): "negative evaluation",
          ("attitude", "positive"): "positive evaluation", ("epistemic", "hedge"): "hedging",
          ("epistemic", "booster"): "boosting"}


@styled
def stance_profile_figure(article: Article, *, profile: pd.DataFrame | None = None) -> Figure:
    """Stance markers per 1,000 body words by family and category, author's voice solid and
    another voice hatched; each bar labelled with its count and first examples.

    ``profile`` is `analysis.stance.stance_profile` of the article.
    """
    prof = st.stance_profile(article) if profile is None else profile
    body = prof[prof["body"] > 0].iloc[::-1]
    fig, ax = new_figure(figsize=(8.5, 0.38 * max(len(body), 2) + 1.8))
    if body.empty:
        ax.text(0.5, 0.5, "no stance markers in the body", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        ax.set_title("The body has no stance markers")
        return finish(fig, article)
    labels = [f"{k.replace('_', ' ')} · {c}"
              for k, c in zip(body["kind"], body["category"], strict=True)]
    colours = [KIND_COLOURS.get(k, "#777777") for k in body["kind"]]
    y = np.arange(len(body))
    ax.barh(y, body["author_per_1000"], color=colours)
    ax.barh(y, body["other_per_1000"], left=body["author_per_1000"], color=colours, alpha=0.35,
            hatch="///", edgecolor="white")
    rows = zip(body["body"], body["per_1000"], body["examples"], strict=True)
    for yi, (n, total, ex) in enumerate(rows):
        ax.text(total + body["per_1000"].max() * 0.01, yi,
                f"{n}  ({short(str(ex), 34, markdown=False)})", va="center", fontsize=8,
                color="#333333")
    ax.set_yticks(y, labels)
    ax.set_xlabel("markers per 1,000 words of the body")
    ax.set_xlim(0, body["per_1000"].max() * 1.9)
    ax.grid(axis="y", visible=False)
    top = prof.sort_values("per_1000", ascending=False).iloc[:2]
    names = [_NAMES.get((k, c), f"{c} ({k})".replace("_", " "))
             for k, c in zip(top["kind"], top["category"], strict=True)]
    ax.set_title(f"Most of the stance wording is {names[0]}"
                 + (f" and {names[1]}" if len(names) > 1 else ""))
    ax.legend(handles=[Patch(color="#777777", label="author's voice"),
                       Patch(facecolor="#777777", alpha=0.35, hatch="///", edgecolor="white",
                             label="another voice")],
              loc="lower left", bbox_to_anchor=(1.0, 0.0), fontsize=8.5)
    return finish(fig, article, "Numbers at the bars: markers in the body, then examples.")


#: Heatmap columns: (kind, label or None for any, column name).
ACTOR_COLUMNS = (("epistemic", "hedge", "hedge"), ("epistemic", "booster", "booster"),
                 ("deontic", None, "deontic"), ("attitude", "negative", "attitude\nnegative"),
                 ("attitude", "positive", "attitude\npositive"), ("engagement", None, "engagement"),
                 ("intensity", None, "intensity"), ("attribution", None, "reporting\nverb"),
                 ("reported", None, "source of\na report"))


def actor_counts(links: pd.DataFrame) -> pd.DataFrame:
    """`analysis.stance.actor_stance` as counts: one row per actor, one column per
    `ACTOR_COLUMNS` entry, actors with the most markers first."""
    cols = [c for _, _, c in ACTOR_COLUMNS]

    def column(kind: str, label: str) -> str | None:
        for k, lab, name in ACTOR_COLUMNS:
            if kind == k and (lab is None or label == lab):
                return name
        return None

    named = links.assign(column=[column(k, lab)
                                 for k, lab in zip(links["kind"], links["label"], strict=True)])
    counts = (named.dropna(subset=["column"]).groupby(["actor", "column"]).size()
              .unstack(fill_value=0).reindex(columns=cols, fill_value=0))
    return counts.loc[counts.sum(axis=1).sort_values(ascending=False, kind="stable").index]


@styled
def actor_stance_heatmap(article: Article, *, links: pd.DataFrame | None = None,
                         most: int = 15) -> Figure:
    """Stance markers that share a sentence with each actor (rows), by family (columns).

    ``links`` is `analysis.stance.actor_stance`; at most ``most`` actors are drawn (those with
    the most markers), the rest are counted in the footer.
    """
    counts = actor_counts(st.actor_stance(article) if links is None else links)
    left_out = max(0, len(counts) - most)
    counts = counts.iloc[:most]
    cols = list(counts.columns) or [c for _, _, c in ACTOR_COLUMNS]
    fig, ax = new_figure(figsize=(10, 0.5 * max(len(counts), 1) + 2.4))
    if counts.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No actor of analysis/lexicons/actors.csv is named in this text.",
                ha="center", va="center", transform=ax.transAxes)
        ax.set_title("No actor named")
        return finish(fig, article)
    values = counts.to_numpy()
    im = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, values.max()))
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            ax.text(j, i, str(v), ha="center", va="center", fontsize=9 if len(counts) < 10 else 8,
                    color="white" if v > values.max() * 0.6 else "#222222")
    ax.set_xticks(range(len(cols)), cols, fontsize=8)  # 9 columns of up to 10 letters
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(counts)), [wrap(a, 28) for a in counts.index])
    ax.grid(False)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    fig.colorbar(im, ax=ax, label="markers", shrink=0.8, pad=0.02)
    totals = counts.sum(axis=1)
    ax.set_title(f"Sentences naming {totals.index[0]} carry the most stance markers "
                 f"({totals.iloc[0]}; {totals.index[1]}: {totals.iloc[1]})"
                 if len(totals) > 1 else f"Stance markers in sentences naming {totals.index[0]}",
                 pad=34)
    note = "A marker counts once for every actor its sentence names."
    if left_out:
        note += f" {left_out} more actor{'s' if left_out > 1 else ''} with fewer markers not shown."
    return finish(fig, article, note)


#: Rows of `stance_moves_figure` whose markers are labelled with their words when there are at
#: most `_LABEL_AT_MOST` of them (more labels than that overprint one another on a 10-inch axis).
_LABELLED = ("deontic", "attribution")
_LABEL_AT_MOST = 12


@styled
def stance_moves_figure(article: Article, *, moves: pd.DataFrame | None = None,
                        layout: pd.DataFrame | None = None) -> Figure:
    """Every stance marker at its word position, one row per family; filled marks the author's
    voice, open marks another voice; dashed lines are paragraph starts.

    ``moves`` is `analysis.stance.stance_moves`, ``layout`` `analysis.stance.reading_layout`.
    """
    mv = st.stance_moves(article) if moves is None else moves
    lay = st.reading_layout(article) if layout is None else layout
    present = [k for k in st.KINDS if k in set(mv["kind"])]
    fig, ax = new_figure(figsize=(10, 0.5 * max(len(present), 1) + 2.4))
    n_words = int(lay["last_word"].max()) + 1 if len(lay) else 0
    small = n_words > 1500
    for yi, kind in enumerate(present):
        sub = mv[mv["kind"] == kind]
        own, other = sub[sub["author"]], sub[~sub["author"]]
        colour = KIND_COLOURS.get(kind, "#777777")
        ax.scatter(own["word"], [yi] * len(own), s=30 if small else 60, color=colour, zorder=3)
        ax.scatter(other["word"], [yi] * len(other), s=30 if small else 60, facecolor="white",
                   edgecolor=colour, linewidth=1.4, zorder=3)
        if kind in _LABELLED and len(sub) <= _LABEL_AT_MOST:
            for n, r in enumerate(sub.itertuples()):
                ax.annotate(short(r.text, 24, markdown=False), (r.word, yi),
                            xytext=(0, -13 if n % 2 else 9), textcoords="offset points",
                            ha="center", va="center", fontsize=7.5, color="#333333")
    body = lay[lay["part"] == "body"]
    spans = [(int(r.paragraph) + 1, float(r.first_word), float(r.last_word))
             for r in body.itertuples()]
    for _, lo, _ in spans:
        ax.axvline(lo - 0.5, color="#888888", linestyle="--", linewidth=0.5 if small else 0.8)
    shown = paragraph_labels(spans, axis_units=n_words)
    for p, _ in shown:
        lo = next(first for q, first, _ in spans if q == p)
        ax.text(lo + 1, -0.75, f"¶{p}", fontsize=8, color="#555555")
    head = lay[lay["part"] != "body"]
    if len(head):
        n_head = int(head["last_word"].max()) + 1
        ax.axvspan(-0.5, n_head - 0.5, color="#eeeeee", zorder=0)
    ax.set_yticks(range(len(present)), [k.replace("_", " ") for k in present])
    ax.set_ylim(max(len(present), 1) - 0.4, -1.0)
    ax.set_xlim(-1, n_words + 1)
    ax.set_xlabel("position in the text (word number; grey: title and subtitle"
                  + thinned(len(shown), len(spans)) + ")")
    ax.grid(axis="y", visible=False)
    att = mv.query("kind == 'attitude'")["word"]
    first_deontic = mv.query("kind == 'deontic'")["word"].min()
    if len(att) and not pd.isna(first_deontic) and n_words:
        share = (att < n_words / 2).mean()
        ax.set_title(f"{share:.0%} of evaluative words come in the first half; the first "
                     f"prescription comes at word {int(first_deontic)} of {n_words}")
    elif present:
        ax.set_title(f"{len(mv)} stance markers in reading order")
    else:
        ax.set_title("No stance markers in this text")
    return finish(fig, article,
                  "Filled: author's voice; open: another voice (reported, quoted or ascribed).")
