# %% [markdown]
# # Hedging: how much the essay softens its claims, and where
#
# **Question.** The essay argues from uncertainty: "it is hard to know whether ...", "outsiders
# have very little evidence about ...", "it now appears that ...". How much does it hedge, against
# how much it boosts ("certainly mattered", "the talks again showed"), where in the argument do
# the hedges fall, and is that a lot for a piece of writing about current affairs?

# %%
# %load_ext autoreload
# %autoreload 2
# %matplotlib inline

# %% tags=["parameters"]
ARTICLE = None  # path to a .txt article; None = the seed essay
OUT = None  # output folder; None = the repository's figures/ and results/

# %%
import math

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from analysis.evaluate import compare_with_reference
from analysis.hedging import hedge_concordance, hedging_summary, reading_order
from analysis.notebook import open_run
from analysis.plotting import PALETTE

run = open_run(ARTICLE, OUT)
run.show()
art = run.article
summary = hedging_summary(art)
body, head = summary.body, summary.headline


# %% [markdown]
# ## Method
#
# Hedges and boosters are found by `analysis.hedging.find_hedges`: two lexicons kept as data
# (`analysis/lexicons/hedges.csv`, `boosters.csv`; each row a pattern, its category, its source
# in Hyland 2005, Biber et al. 1999, Salager-Meyer 1994 or the Szeged annotation guidelines, and
# the context rule it needs), matched left to right with the longest match winning, so "very
# little evidence" is one hedge. Context rules drop the false friends ("May" the month, "about"
# before a topic rather than a number, "appeared on television") and relabel what is not the
# author's own hedge ("the government is itself uncertain" is the government's doubt); rates
# count the author's markers per 1,000 words, with the title and subtitle apart from the body.

# %%
def fmt(x, spec=".1f"):
    return "undefined" if isinstance(x, float) and math.isnan(x) else format(x, spec)

ratio_note = "; ".join(n for n in body.notes if "ratio" in n)
display(Markdown(
    f"**Body:** {body.words} words in {body.sentences} sentences; "
    f"**{body.hedges} hedges** ({fmt(body.hedges_per_1000)} per 1,000 words) and "
    f"**{body.boosters} boosters** ({fmt(body.boosters_per_1000)} per 1,000 words); "
    + (f"{ratio_note}. " if ratio_note else
       f"a hedge-to-booster ratio of {fmt(body.hedge_booster_ratio, '.2f')}. ")
    + f"{body.sentences_with_hedge} of {body.sentences} sentences "
    f"({fmt(100 * body.share_sentences_hedged, '.0f')}%) carry at least one hedge of the "
    "author's; "
    f"{body.attributed} more hedge(s) belong to someone else (attributed or quoted).\n\n"
    f"**Headline** (title and subtitle, {head.words} words): {head.hedges} hedges, "
    f"{head.boosters} boosters."))

# %% [markdown]
# ## Hedges and boosters by category
#
# Each bar is one category of the lexicon, in the body, per 1,000 words; hedges in blue, boosters
# in orange.

# %%
cat = summary.by_category
cat_body = cat[cat["part"] == "body"].sort_values(["kind", "per_1000"], ascending=[False, True])
run.save_table(cat, "04_hedges_by_category")

fig, ax = plt.subplots(figsize=(8, 0.42 * max(len(cat_body), 3) + 1.2))
colors = [PALETTE["blue"] if k == "hedge" else PALETTE["orange"] for k in cat_body["kind"]]
labels = [f"{c} ({k})" for k, c in zip(cat_body["kind"], cat_body["category"])]
ax.barh(labels, cat_body["per_1000"], color=colors)
for y, (v, n) in enumerate(zip(cat_body["per_1000"], cat_body["count"])):
    ax.text(v + 0.3, y, f"{n}", va="center", fontsize=9)
ax.set_xlabel("markers per 1,000 body words (label: count)")
ax.grid(axis="y", visible=False)
if body.boosters:
    title = (f"The body hedges {fmt(body.hedge_booster_ratio, '.2g')} times as often as it "
             f"boosts: {body.hedges} hedges, {body.boosters} boosters")
else:
    title = f"The body hedges {body.hedges} times and never boosts"
ax.set_title(title)
run.save_figure(fig, "04_hedges_by_category",
                note="Lexicons: analysis/lexicons/hedges.csv and boosters.csv; "
                     "author's voice only.")
plt.show()

# %%
top = cat_body[cat_body["kind"] == "hedge"].sort_values("count", ascending=False)
if not top.empty:
    leads = top[top["count"] == top["count"].max()]["category"].tolist()
    display(Markdown(
        f"The hedges spread over {len(top)} categories; the most frequent "
        f"({top['count'].max()} each of {body.hedges}): **{', '.join(leads)}**. All: "
        + ", ".join(f"{r.category} ({r.count})" for r in top.itertuples()) + "."))

# %% [markdown]
# ## Where the hedges fall in reading order
#
# The strip runs from the first word of the title to the last word of the body; each marker is
# one hedge (above the line) or booster (below), grey lines mark paragraph boundaries. Hollow
# markers are hedges the text attributes to someone else.

# %%
order, segs = reading_order(art)
run.save_table(order[["position", "start", "end", "text", "kind", "category", "voice", "part",
                      "paragraph", "sentence"]], "04_reading_order")
total = int(segs["last"].max()) + 1 if not segs.empty else 0

fig, ax = plt.subplots(figsize=(10, 3.8))
for i, s in enumerate(segs.itertuples()):
    if s.part == "body" and i % 2 == 0:
        ax.axvspan(s.first - 0.5, s.last + 0.5, color="#f2f2f2", zorder=0)
    if s.part != "subtitle":
        ax.axvline(s.first - 0.5, color=PALETTE["grey"], lw=0.8)
    if s.part == "body":
        ax.text((s.first + s.last) / 2, 4.25, f"¶{int(s.paragraph) + 1}", ha="center",
                va="bottom", fontsize=9, color="#444444")
hl = segs[segs["part"].isin(["title", "subtitle"])]
if not hl.empty:
    ax.axvspan(hl["first"].min() - 0.5, hl["last"].max() + 0.5, color="#e4e4e4", zorder=0)
    ax.text(hl["last"].max() + 1.5, 4.25, "◀ title and subtitle", ha="left", va="bottom",
            fontsize=8, color="#444444")
ax.axhline(0, color="#444444", lw=0.8)
char_w = max(total, 1) / 170  # about 170 characters of 8-point text fit across the axis
placed = {"hedge": [], "booster": []}  # (level, left, right)
for r in order.itertuples():
    up = r.kind == "hedge"
    color = PALETTE["blue"] if up else PALETTE["orange"]
    y = 1 if up else -1
    face = color if r.voice == "author" else "white"
    ax.scatter([r.position], [y], marker="^" if up else "v", s=70, color=face,
               edgecolor=color, linewidth=1.4, zorder=3)
    half = len(r.text) * char_w / 2 + 1
    left, right = r.position - half, r.position + half
    lvl = 0
    while any(l == lvl and left < b and a < right for l, a, b in placed[r.kind]):
        lvl += 1
    placed[r.kind].append((lvl, left, right))
    dy = 0.35 + 0.6 * lvl
    ax.text(r.position, y + (dy if up else -dy), r.text, fontsize=8,
            ha="center", va="bottom" if up else "top", color=color)
ax.set_xlim(-1, total + 1)
ax.set_ylim(-2.4, 4.8)
ax.set_yticks([1, -1], ["hedges", "boosters"])
ax.grid(False)
ax.set_xlabel("position in reading order (words from the start of the title)")
per_para = summary.by_paragraph
bp = per_para[per_para["part"] == "body"]
if not bp.empty and bp["hedges"].sum():
    dense = bp.sort_values(["hedges", "hedges_per_1000"], ascending=False).iloc[0]
    n_with = int((bp["hedges"] > 0).sum())
    ax.set_title(f"{n_with} of {len(bp)} body paragraphs hedge; ¶{int(dense['paragraph']) + 1} "
                 f"packs the most ({dense['hedges']} in {dense['words']} words); "
                 f"the headline has {head.hedges}")
else:
    ax.set_title("No hedges in the body")
run.save_figure(fig, "04_reading_order", note="Hollow marker: hedge attributed to another voice.")
plt.show()

# %%
show = per_para[["part", "paragraph", "words", "sentences", "hedges", "boosters", "attributed",
                 "hedges_per_1000", "boosters_per_1000", "share_sentences_hedged"]].copy()
show["paragraph"] = [p + 1 if pd.notna(p) else pd.NA for p in show["paragraph"]]
display(show.round(1))
empty = [int(p) + 1 for p, h in zip(bp["paragraph"], bp["hedges"]) if h == 0]
display(Markdown(
    "Body paragraphs without an author's hedge: "
    + (", ".join(f"¶{p}" for p in empty) if empty else "none") + "."))

# %% [markdown]
# ## Against news writing
#
# Is this a lot? The reference is the FactBank part of the Szeged Uncertainty Corpus: 3,129
# sentences of 1998 news in which people marked every uncertainty cue (`data/reference/`, made by
# `python -m analysis evaluate`). The same detector was run on those news sentences, so the essay
# and the news are compared with one instrument; the gold bar shows what the annotators counted.
# Only hedge categories that correspond to the gold cue types are "comparable" (approximators
# such as "around 2017" and scope limiters such as "in the sense that" are not uncertainty cues in
# that annotation). Every voice counts here, as in the news annotation.

# %%
comp = compare_with_reference(art)
run.save_table(comp, "04_news_reference")
me = art.name
panels = [
    ("per 1,000 words", [("hedges_per_1000_words", "all hedges"),
                         ("cues_per_1000_words", "comparable cues")], 1.0),
    ("% of sentences", [("share_hedged_sentences", "with any hedge"),
                        ("share_uncertain_sentences", "with a comparable cue")], 100.0),
]
bars = [(me, "detector", "this essay", PALETTE["vermillion"]),
        ("FactBank news", "detector", "news, same detector", PALETTE["blue"]),
        ("FactBank news", "gold", "news, human annotation", PALETTE["sky"])]
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for ax, (unit, measures, scale) in zip(axes, panels):
    for j, (label_text, ann, label, color) in enumerate(bars):
        xs, ys = [], []
        for i, (m, _) in enumerate(measures):
            sel = comp[(comp["text"] == label_text) & (comp["measure"] == m)
                       & comp["annotation"].str.startswith(ann)]
            if not sel.empty:
                xs.append(i + (j - 1) * 0.27)
                ys.append(sel["value"].iloc[0] * scale)
        ax.bar(xs, ys, width=0.25, color=color, label=label)
        for x, y in zip(xs, ys):
            ax.text(x, y, f"{y:.1f}", ha="center", va="bottom", fontsize=8.5)
    ax.set_xticks(range(len(measures)), [t for _, t in measures])
    ax.set_ylabel(unit)
    ax.grid(axis="x", visible=False)
axes[0].legend(loc="upper right")
v = comp.set_index(["text", "measure"])["value"]
times = v[(me, "hedges_per_1000_words")] / v[("FactBank news", "hedges_per_1000_words")]
fig.suptitle(f"The essay hedges {times:.1f} times as densely as 1998 news",
             x=0.0, ha="left", fontweight="bold", fontsize=12)
run.save_figure(fig, "04_news_reference",
                note="News: FactBank (Szeged Uncertainty Corpus), 3,129 sentences; "
                     "body of the essay.")
plt.show()

# %%
display(Markdown(
    f"All hedges: {v[(me, 'hedges_per_1000_words')]:.1f} per 1,000 words in the essay's body "
    f"against {v[('FactBank news', 'hedges_per_1000_words')]:.1f} in news, "
    f"{times:.1f} times as many. "
    f"{100 * v[(me, 'share_hedged_sentences')]:.0f}% of the essay's sentences carry a hedge, "
    f"against {100 * v[('FactBank news', 'share_hedged_sentences')]:.0f}% of news sentences."))

# %% [markdown]
# ## The full concordance
#
# Every match with 40 characters of context on each side (context stops at a paragraph break),
# so each count above can be checked against the words.

# %%
kwic = hedge_concordance(art, width=40)
run.save_table(kwic, "04_concordance")
with pd.option_context("display.max_rows", None, "display.max_colwidth", None,
                       "display.width", 200):
    display(kwic[["left", "match", "right", "kind", "category", "voice"]])

# %% [markdown]
# ## Two phrases in context
#
# The two evidential hedges the argument turns on, found by the lexicon as single multiword
# matches, shown in their sentences (offsets into the article's text).

# %%
from analysis.tokenize import sentences as split_sentences

sent_by_id = {s.sentence: s for s in split_sentences(art, parts=("title", "subtitle", "body"))}
lines = []
for phrase in ("hard to know", "very little evidence"):
    rows = summary.matches[summary.matches["text"].str.lower() == phrase]
    if rows.empty:
        lines.append(f"- *{phrase}*: not in this article.")
        continue
    for r in rows.itertuples():
        s = sent_by_id[r.sentence]
        a, b = r.start - s.start, r.end - s.start
        lines.append(f"- **{r.text}** ({r.category}, characters {r.start}-{r.end}):  \n"
                     f"  > {s.text[:a]}**{s.text[a:b]}**{s.text[b:]}")
display(Markdown("\n".join(lines)))

# %% [markdown]
# ## Caveats
#
# - A lexicon finds the hedges it lists. On human-annotated news (FactBank) the detector reaches
#   a sentence-level F1 of about 0.8 (`python -m analysis evaluate`), so some hedges are missed
#   and some matches are not hedges; the concordance above is there to check each one.
# - Rates per 1,000 words on a few hundred words are noisy: one hedge more or less moves the
#   body's rate by about three per 1,000 words. The seed essay is also cut off by a paywall.
# - The news reference is 1998 wire copy, not opinion writing; it places the essay against
#   reporting, the register it argues about, not against other essays.
# - Voice is decided by simple rules (the subject of a belief verb, quotation marks); a hedge in
#   a paraphrase without quotation marks is counted as the author's.
