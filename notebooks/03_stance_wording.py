# %% [markdown]
# # 03 · Stance wording
#
# **Question.** How does the essay take positions? Which words carry its verdicts and its
# prescriptions, whose voices does it bring in, and how does it frame them: does it endorse what
# it reports, or hold it at a distance?
#
# **Method.** Every stance marker is a match of a lexicon file in `analysis/lexicons/` (one row
# per pattern, each with its published source or a project reason and any context rule it needs),
# found by the same matcher as the hedges of notebook 04; families follow Biber and Finegan (1989),
# Biber et al. (1999), Hyland (2005) and Martin and White (2005), and attitude polarity comes from
# the VADER lexicon (Hutto and Gilbert 2014) with project additions for policy writing. A word
# inside a reported or quoted stretch belongs to the voice that the text names as its source;
# everything else, the title and subtitle included, is the author's.

# %%
# %load_ext autoreload
# %autoreload 2
# %matplotlib inline

# %% tags=["parameters"]
ARTICLE = None  # path to a .txt article; None = the seed essay
OUT = None  # output folder; None = the repository's figures/ and results/

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

from analysis.notebook import md_text, open_run, short
from analysis.plotting import PALETTE
from analysis.stance import (
    KINDS,
    actor_stance,
    attributions,
    find_stance,
    marker_sentences,
    quotations,
    reading_layout,
    stance_moves,
    stance_profile,
    stance_summary,
)

run = open_run(ARTICLE, OUT)
run.show()
article = run.article
pd.set_option("display.max_colwidth", 110)

KIND_COLOURS = {
    "epistemic": PALETTE["blue"], "deontic": PALETTE["vermillion"],
    "attitude": PALETTE["orange"], "attribution": PALETTE["purple"],
    "engagement": PALETTE["green"], "intensity": PALETTE["sky"],
    "self_mention": PALETTE["black"], "reader_engagement": PALETTE["grey"],
}





def full_stop(text: str) -> str:
    """End ``text`` with a full stop unless it already ends a sentence (inside quotes too)."""
    return text if text.rstrip("”\"’'")[-1:] in ".!?…" else text + "."


summary = stance_summary(article)
markers = find_stance(article)
run.save_table(markers, "03_stance_markers")
display(Markdown(
    f"**{len(markers)} stance markers** in *{md_text(article.name)}*: "
    f"{sum(summary.counts.values())} in the body ({summary.body_words} words) and "
    f"{sum(summary.headline_counts.values())} in the title and subtitle "
    f"({summary.headline_words} words). "
    f"{summary.other_words} body words lie inside reported or quoted content."
))

# %% [markdown]
# ## The stance profile
#
# Markers per 1,000 body words, by family and category. The solid part of each bar is the
# author's own wording; the hatched part belongs to another voice: words inside reported or
# quoted content, and beliefs the text ascribes to someone else ("the North Korean government is
# itself uncertain", labelled by the hedging rules). Attitude is split by the polarity its
# lexicon gives.

# %%
profile = stance_profile(article)
run.save_table(profile, "03_stance_profile")
body_profile = profile[profile["body"] > 0].iloc[::-1]
labels = [f"{k.replace('_', ' ')} · {c}" for k, c in zip(body_profile["kind"],
                                                        body_profile["category"])]
colours = [KIND_COLOURS[k] for k in body_profile["kind"]]
fig, ax = plt.subplots(figsize=(8, 0.38 * len(body_profile) + 1.6))
y = np.arange(len(body_profile))
ax.barh(y, body_profile["author_per_1000"], color=colours, label="author's voice")
ax.barh(y, body_profile["other_per_1000"], left=body_profile["author_per_1000"],
        color=colours, alpha=0.35, hatch="///", edgecolor="white",
        label="another voice")
for yi, (n, total, ex) in enumerate(zip(body_profile["body"], body_profile["per_1000"],
                                        body_profile["examples"])):
    ax.text(total + 0.6, yi, f"{n}  ({short(ex, 34, markdown=False)})", va="center", fontsize=8,
            color="#333333")
ax.set_yticks(y, labels)
ax.set_xlabel("markers per 1,000 words of the body")
ax.set_xlim(0, body_profile["per_1000"].max() * 1.75)
ax.grid(axis="y", visible=False)
NAMES = {("attitude", "negative"): "negative evaluation",
         ("attitude", "positive"): "positive evaluation", ("epistemic", "hedge"): "hedging",
         ("epistemic", "booster"): "boosting"}
top = profile.sort_values("per_1000", ascending=False).iloc[:2]
names = [NAMES.get((k, c), f"{c} ({k})".replace("_", " "))
         for k, c in zip(top["kind"], top["category"])]
ax.set_title(f"Most of the essay's stance wording is {names[0]} and {names[1]}")
from matplotlib.patches import Patch  # noqa: E402

ax.legend(handles=[Patch(color="#777777", label="author's voice"),
                   Patch(facecolor="#777777", alpha=0.35, hatch="///", edgecolor="white",
                         label="another voice")], loc="lower right")
run.save_figure(fig, "03_stance_profile",
                note="Numbers at the bars: markers in the body, then examples.")
plt.show()

# %%
author_share = sum(summary.author_counts.values()) / max(1, sum(summary.counts.values()))
neg = profile.query("kind == 'attitude' and category == 'negative'")["body"].sum()
pos = profile.query("kind == 'attitude' and category == 'positive'")["body"].sum()
hedges = summary.by_category.get("epistemic/hedge", 0)
boosters = summary.by_category.get("epistemic/booster", 0)
personal = summary.counts["self_mention"] + summary.counts["reader_engagement"]
head = markers.query("part != 'body'")
display(Markdown(
    f"**What it shows.** {author_share:.0%} of the body's stance markers are in the author's "
    f"own voice. Attitude words: {neg} negative, {pos} positive; hedges {hedges}, boosters "
    f"{boosters}. Self-mention {summary.counts['self_mention']}, reader engagement "
    f"{summary.counts['reader_engagement']}"
    + (": the writer argues impersonally, never saying *I* or *we* or addressing the reader."
       if personal == 0 else ".")
    + f" The headline lines add {len(head)} markers: "
    + (", ".join(f"“{short(t)}” ({k}, {p or 'no polarity'})" for t, k, p in
                 zip(head["text"], head["kind"], head["polarity"])) or "none") + "."
))

# %% [markdown]
# ## The prescriptions
#
# Every sentence with a deontic marker (obligation, necessity, priority), in reading order.
# Negated obligations are kept apart: "should not assume" tells the reader what *not* to do.

# %%
deontic = marker_sentences(article, kind="deontic")
run.save_table(deontic, "03_prescriptions")
display(deontic[["sentence", "paragraph", "markers", "categories", "text"]]
        .style.format(escape="html").hide(axis="index"))
words_total = int(reading_layout(article)["last_word"].max()) + 1
first = stance_moves(article).query("kind == 'deontic'")["word"].min()
display(Markdown(
    f"**What it shows.** {len(deontic)} sentence{'s' if len(deontic) != 1 else ''} "
    f"prescribe{'' if len(deontic) != 1 else 's'}; the first prescription comes at "
    f"word {first} of {words_total} (the last {1 - first / words_total:.0%} of the text"
    f"{' we have: the article is cut off' if article.truncated else ''})."
    + (" The essay diagnoses first and prescribes at the end." if first / words_total > 0.5
       else "")
    if len(deontic) else "**What it shows.** No sentence carries a deontic marker."
))

# %% [markdown]
# ## Who is quoted, and how
#
# Each reporting verb with a human or institutional subject is an attribution. The verb carries
# the writer's attitude to the report: *neutral* (say, note), *distancing* (claim, maintain),
# *endorsing* (show, acknowledge) or *critical* (criticize, condemn), after Thompson and Ye (1991)
# and Hyland (2005). A verb whose subject is not a person or institution ("the talks showed") is
# not an attribution: it stays an epistemic booster.

# %%
attr = attributions(article)
run.save_table(attr, "03_attributions")
display(attr[["source", "actor", "verb", "attitude", "content", "quoted", "sentence"]]
        .style.format(escape="html").hide(axis="index"))
quotes = quotations(article)
run.save_table(quotes, "03_quotations")
display(quotes[["text", "type", "speaker", "verb", "n_words", "sentence"]]
        .style.format(escape="html").hide(axis="index"))
voices = markers[(markers["voice"] != "author") & (markers["kind"] == "attitude")]
display(Markdown(
    "**What it shows.** "
    + " ".join(f"{short(r.source[:1].upper() + r.source[1:])} *{short(r.verb)}* ({r.attitude}) "
               f"{full_stop(short(r.content, 80))}" for r in attr.itertuples())
    + " Evaluative words inside those reports belong to the reported voice, not the author: "
    + ", ".join(f"“{short(r.text)}” ({short(r.voice)})" for r in voices.itertuples()) + "."
    if len(attr) else "**What it shows.** The text attributes nothing to another voice."
))

# %% [markdown]
# ## Actors and stance
#
# Which stance markers share a sentence with each actor (from `analysis/lexicons/actors.csv`,
# aliases such as Washington, Pompeo and the U.S. for the United States). The last column counts
# the attributions whose source is the actor.

# %%
links = actor_stance(article)
run.save_table(links, "03_actor_stance")
COLUMNS = [("epistemic", "hedge", "hedge"), ("epistemic", "booster", "booster"),
           ("deontic", None, "deontic"), ("attitude", "negative", "attitude\nnegative"),
           ("attitude", "positive", "attitude\npositive"), ("engagement", None, "engagement"),
           ("intensity", None, "intensity"), ("attribution", None, "reporting\nverb"),
           ("reported", None, "source of\na report")]


def column(row) -> str | None:
    for kind, label, name in COLUMNS:
        if row["kind"] == kind and (label is None or row["label"] == label):
            return name
    return None


links["column"] = [column(r) for _, r in links.iterrows()]
counts = (links.dropna(subset=["column"]).groupby(["actor", "column"]).size()
          .unstack(fill_value=0)
          .reindex(columns=[c for _, _, c in COLUMNS], fill_value=0))
counts = counts.loc[counts.sum(axis=1).sort_values(ascending=False).index]
run.save_table(counts.reset_index().rename(columns=lambda c: c.replace("\n", " ")),
               "03_actor_stance_heatmap")
if counts.empty:  # no actor of the table is named: say so instead of an empty grid
    counts = pd.DataFrame([[0] * len(COLUMNS)], index=["(no actor named)"],
                          columns=[c for _, _, c in COLUMNS])
fig, ax = plt.subplots(figsize=(10, 0.6 * len(counts) + 2.2))
im = ax.imshow(counts.values, cmap="Blues", aspect="auto", vmin=0,
               vmax=max(1, counts.values.max()))
for i in range(counts.shape[0]):
    for j in range(counts.shape[1]):
        v = counts.values[i, j]
        ax.text(j, i, str(v), ha="center", va="center", fontsize=10,
                color="white" if v > counts.values.max() * 0.6 else "#222222")
ax.set_xticks(range(counts.shape[1]), counts.columns, fontsize=9)
ax.xaxis.tick_top()
ax.set_yticks(range(len(counts)), counts.index)
ax.grid(False)
for side in ("top", "right", "bottom", "left"):
    ax.spines[side].set_visible(False)
fig.colorbar(im, ax=ax, label="markers", shrink=0.8, pad=0.02)
totals = counts.sum(axis=1)
ax.set_title(f"Sentences naming {totals.index[0]} carry the most stance markers "
             f"({totals.iloc[0]}; {totals.index[1]}: {totals.iloc[1]})"
             if len(totals) > 1 else f"Stance markers in sentences naming {totals.index[0]}",
             pad=34)
run.save_figure(fig, "03_actor_stance_heatmap",
                note="A marker counts once for every actor its sentence names.")
plt.show()

# %% [markdown]
# ## Stance moves in reading order
#
# Each marker at its place in the text (word number, counting the title and subtitle first).
# Filled marks are the author's wording, open marks another voice's; dashed lines are
# paragraph starts.

# %%
moves = stance_moves(article)
run.save_table(moves, "03_stance_moves")
present = [k for k in KINDS if k in set(moves["kind"])]
fig, ax = plt.subplots(figsize=(10, 0.5 * len(present) + 2.4))
for yi, kind in enumerate(present):
    sub = moves[moves["kind"] == kind]
    own, other = sub[sub["author"]], sub[~sub["author"]]
    ax.scatter(own["word"], [yi] * len(own), s=60, color=KIND_COLOURS[kind], zorder=3)
    ax.scatter(other["word"], [yi] * len(other), s=60, facecolor="white",
               edgecolor=KIND_COLOURS[kind], linewidth=1.6, zorder=3)
    if kind in ("deontic", "attribution"):
        for n, r in enumerate(sub.itertuples()):
            ax.annotate(r.text, (r.word, yi), xytext=(0, -13 if n % 2 else 9),
                        textcoords="offset points", ha="center", va="center", fontsize=7.5,
                        color="#333333")
layout = reading_layout(article)
body_layout = layout[layout["part"] == "body"]
for r in body_layout.itertuples():
    ax.axvline(r.first_word - 0.5, color="#888888", linestyle="--", linewidth=0.8)
    ax.text(r.first_word + 1, -0.75, f"¶{int(r.paragraph) + 1}", fontsize=8,
            color="#555555")
head = layout[layout["part"] != "body"]
n_words = int(layout["last_word"].max()) + 1
if len(head):
    n_head = int(head["last_word"].max()) + 1
    ax.axvspan(-0.5, n_head - 0.5, color="#eeeeee", zorder=0)
    ax.text(n_head / 2, len(present) - 1.5, "headline", ha="center", va="center",
            rotation=90, fontsize=8, color="#555555")
ax.set_yticks(range(len(present)), [k.replace("_", " ") for k in present])
ax.set_ylim(len(present) - 0.4, -1.0)
ax.set_xlim(-1, n_words + 1)
ax.set_xlabel("position in the text (word number)")
ax.grid(axis="y", visible=False)
att_words = moves.query("kind == 'attitude'")["word"]
first_deontic = moves.query("kind == 'deontic'")["word"].min()
share_early = (att_words < n_words / 2).mean() if len(att_words) else float("nan")
ax.set_title(
    f"{share_early:.0%} of evaluative words come in the first half; "
    f"prescriptions only in the last {1 - first_deontic / n_words:.0%}"
    if not (pd.isna(first_deontic) or pd.isna(share_early))
    else "Stance moves in reading order")
run.save_figure(fig, "03_stance_moves",
                note="Filled: author's voice; open: another voice (reported, quoted or ascribed).")
plt.show()

# %%
by_para = moves[moves["part"] == "body"].groupby(["paragraph", "kind"]).size().unstack(
    fill_value=0)
display(by_para)
most = by_para.idxmax()
deontic_paras = sorted({int(p) + 1 for p in moves.query("kind == 'deontic'")["paragraph"].dropna()})
display(Markdown(
    "**What it shows.** "
    + "; ".join(f"{k.replace('_', ' ')} markers peak in ¶{int(most[k]) + 1} "
                f"({int(by_para[k].max())})" for k in by_para.columns)
    + ". Deontic markers appear only in paragraph(s) "
    + (", ".join(f"¶{p}" for p in deontic_paras) or "none")
    + "."
))

# %% [markdown]
# ## Caveats
#
# - Lexicons see words, not meaning. Attitude polarity is the word's prior polarity from VADER
#   or the project rows: "devotion" counts as positive although "a one-track devotion" is meant
#   critically; "crisis" counts as the author's negative evaluation though it also names an event.
# - Attribution needs a reporting verb with a human or institutional subject found by a
#   word-level heuristic (the noun phrase before the verb); unusual word orders or reported
#   speech without a reporting verb are missed. Content runs to the end of the sentence.
# - The per-1,000 rates of other voices rest on very few words (reported content is short), so
#   they are listed but not compared with the author's.
# - The seed is cut off by a paywall: every count is for the part we have, and the essay's
#   remaining prescriptions are not in it.
