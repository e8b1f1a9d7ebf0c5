"""Figures of notebook 04: hedges by category, in reading order, against news writing."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure

from ..article import Article
from ..hedging import HedgingSummary, hedging_summary, reading_order
from ..plotting import PALETTE
from ._layout import finish, legend_below, new_figure, paragraph_labels, styled, thinned

__all__ = ["hedges_by_category", "hedge_reading_order", "news_reference_figure"]


def _fmt(x: float, spec: str = ".1f") -> str:
    return "undefined" if isinstance(x, float) and math.isnan(x) else format(x, spec)


@styled
def hedges_by_category(article: Article, *, summary: HedgingSummary | None = None) -> Figure:
    """The body's hedges (blue) and boosters (orange) per 1,000 words, one bar per category
    of the lexicons, labelled with the count; the author's voice only."""
    s = hedging_summary(article) if summary is None else summary
    cat = s.by_category
    body = cat[cat["part"] == "body"].sort_values(["kind", "per_1000"], ascending=[False, True])
    fig, ax = new_figure(figsize=(8, 0.42 * max(len(body), 3) + 1.4))
    b = s.body
    if body.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no hedge or booster in the body", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_title("The body neither hedges nor boosts")
        return finish(fig, article, "Lexicons: analysis/lexicons/hedges.csv and boosters.csv.")
    colours = [PALETTE["blue"] if k == "hedge" else PALETTE["orange"] for k in body["kind"]]
    labels = [f"{c} ({k})" for k, c in zip(body["kind"], body["category"], strict=True)]
    ax.barh(labels, body["per_1000"], color=colours)
    for y, (v, n) in enumerate(zip(body["per_1000"], body["count"], strict=True)):
        ax.text(v + body["per_1000"].max() * 0.01, y, f"{n}", va="center", fontsize=9)
    ax.set_xlabel("markers per 1,000 body words (label: count)")
    ax.grid(axis="y", visible=False)
    if b.hedges and b.boosters:
        title = (f"The body hedges {_fmt(b.hedge_booster_ratio, '.2g')} times as often as it "
                 f"boosts: {b.hedges} hedges, {b.boosters} boosters")
    elif b.hedges:
        title = f"The body hedges {b.hedges} times and never boosts"
    else:
        title = f"The body never hedges and boosts {b.boosters} times"
    ax.set_title(title)
    return finish(fig, article, "Lexicons: analysis/lexicons/hedges.csv and boosters.csv; "
                                "author's voice only.")


#: Marker labels are drawn when there are at most this many markers, on at most `_LEVELS` rows
#: above and below the line (more overprint on a 10-inch axis; the concordance lists them all).
_LABEL_AT_MOST = 40
_LEVELS = 3


@styled
def hedge_reading_order(article: Article, *, order: tuple[pd.DataFrame, pd.DataFrame] | None = None,
                        summary: HedgingSummary | None = None) -> Figure:
    """Hedges above and boosters below a line from the first word of the title to the last word
    of the body; hollow marks are hedges another voice holds; paragraphs shaded alternately.

    ``order`` is `analysis.hedging.reading_order` of the article (matches, segments).
    """
    matches, segs = reading_order(article) if order is None else order
    s = hedging_summary(article) if summary is None else summary
    total = int(segs["last"].max()) + 1 if not segs.empty else 0
    fig, ax = new_figure(figsize=(10, 3.9))
    body_segs = segs[segs["part"] == "body"]
    spans = [(int(r.paragraph) + 1, float(r.first), float(r.last))
             for r in body_segs.itertuples()]
    for i, r in enumerate(body_segs.itertuples()):
        if i % 2 == 0:
            ax.axvspan(r.first - 0.5, r.last + 0.5, color="#f2f2f2", zorder=0)
    shown = paragraph_labels(spans, axis_units=total)
    for p, x in shown:
        ax.text(x, 4.25, f"¶{p}", ha="center", va="bottom", fontsize=9 if len(spans) < 15 else 7.5,
                color="#444444")
    hl = segs[segs["part"].isin(["title", "subtitle"])]
    if not hl.empty:
        ax.axvspan(hl["first"].min() - 0.5, hl["last"].max() + 0.5, color="#dcdcdc", zorder=0)
    ax.axhline(0, color="#444444", lw=0.8)
    label = len(matches) <= _LABEL_AT_MOST
    # About 120 characters of 8-point text fit across the 10-inch figure's axis.
    char_w = max(total, 1) / 120
    placed: dict[str, list[tuple[int, float, float]]] = {"hedge": [], "booster": []}
    for r in matches.itertuples():
        up = r.kind == "hedge"
        colour = PALETTE["blue"] if up else PALETTE["orange"]
        y = 1 if up else -1
        ax.scatter([r.position], [y], marker="^" if up else "v", s=70 if total < 1500 else 40,
                   color=colour if r.voice == "author" else "white", edgecolor=colour,
                   linewidth=1.4, zorder=3)
        if not label:
            continue
        half = len(r.text) * char_w / 2 + 1
        left, right = r.position - half, r.position + half
        lvl = 0
        while any(lv == lvl and left < b and a < right for lv, a, b in placed[r.kind]):
            lvl += 1
        if lvl >= _LEVELS:
            continue  # no room: the concordance has it
        placed[r.kind].append((lvl, left, right))
        dy = 0.35 + 0.6 * lvl
        ax.text(r.position, y + (dy if up else -dy), r.text, fontsize=8, ha="center",
                va="bottom" if up else "top", color=colour)
    ax.set_xlim(-1, total + 1)
    ax.set_ylim(-2.95, 4.9)  # room for three rows of 8-point labels under the boosters
    ax.set_yticks([1, -1], ["hedges", "boosters"])
    ax.grid(False)
    ax.set_xlabel("position in reading order (words from the start of the title; dark grey: "
                  "title and subtitle" + thinned(len(shown), len(spans)) + ")")
    bp = s.by_paragraph[s.by_paragraph["part"] == "body"]
    if not bp.empty and bp["hedges"].sum():
        dense = bp.sort_values(["hedges", "hedges_per_1000"], ascending=False).iloc[0]
        n_with = int((bp["hedges"] > 0).sum())
        ax.set_title(f"{n_with} of {len(bp)} body paragraphs hedge; ¶{int(dense['paragraph']) + 1} "
                     f"packs the most ({dense['hedges']} in {dense['words']} words); "
                     f"the headline has {s.headline.hedges}")
    else:
        ax.set_title("No hedges in the body")
    note = "Hollow marker: a hedge another voice holds."
    if not label:
        note += f" {len(matches)} markers: words not printed (see the concordance)."
    return finish(fig, article, note)


@styled
def news_reference_figure(article: Article, *, comparison: pd.DataFrame | None = None) -> Figure:
    """The article's hedge rates (all voices, body) beside FactBank news measured with the same
    detector and as its annotators marked it. ``comparison`` is
    `analysis.evaluate.compare_with_reference` of the article."""
    from ..evaluate import compare_with_reference

    comp = compare_with_reference(article) if comparison is None else comparison
    me = article.name
    panels = [
        ("per 1,000 words", [("hedges_per_1000_words", "all hedges"),
                             ("cues_per_1000_words", "comparable cues")], 1.0),
        ("% of sentences", [("share_hedged_sentences", "with any hedge"),
                            ("share_uncertain_sentences", "with a comparable cue")], 100.0),
    ]
    bars = [(me, "detector", "this article", PALETTE["vermillion"]),
            ("FactBank news", "detector", "news, same detector", PALETTE["blue"]),
            ("FactBank news", "gold", "news, human annotation", PALETTE["sky"])]
    fig, axes = new_figure(1, 2, figsize=(10, 4))
    for ax, (unit, measures, scale) in zip(axes, panels, strict=True):
        for j, (who, ann, label, colour) in enumerate(bars):
            xs, ys = [], []
            for i, (m, _) in enumerate(measures):
                sel = comp[(comp["text"] == who) & (comp["measure"] == m)
                           & comp["annotation"].str.startswith(ann)]
                if not sel.empty and not math.isnan(sel["value"].iloc[0]):
                    xs.append(i + (j - 1) * 0.27)
                    ys.append(sel["value"].iloc[0] * scale)
            ax.bar(xs, ys, width=0.25, color=colour, label=label)
            for x, y in zip(xs, ys, strict=True):
                ax.text(x, y, f"{y:.1f}", ha="center", va="bottom", fontsize=8.5)
        ax.set_xticks(range(len(measures)), [t for _, t in measures])
        ax.set_ylabel(unit)
        ax.grid(axis="x", visible=False)
        ax.margins(y=0.15)
    legend_below(axes[0], ncols=3)
    v = comp.set_index(["text", "measure"])["value"]
    mine = v.get((me, "hedges_per_1000_words"), math.nan)
    news = v.get(("FactBank news", "hedges_per_1000_words"), math.nan)
    if mine == mine and news == news and news > 0:
        times = mine / news
        how = (f"{times:.1f} times as densely as" if times >= 1.2 else
               "about as densely as" if times > 0.8 else f"{times:.1f} times as densely as")
        title = f"The article hedges {how} 1998 news"
        if mine == 0:
            title = "The article never hedges; 1998 news does"
    else:
        title = "The article's hedge rates beside 1998 news"
    fig.suptitle(title, x=0.0, ha="left", fontweight="bold", fontsize=12)
    fig.tight_layout()
    return finish(fig, article, "News: FactBank (Szeged Uncertainty Corpus), 3,129 sentences; "
                                "body of the article, every voice.")
