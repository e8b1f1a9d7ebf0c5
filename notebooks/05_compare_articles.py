# %% [markdown]
# # Comparing articles: the essay beside other texts and beside news writing
#
# **Question.** Are the essay's headline numbers (how long its sentences run, how often it hedges
# and boosts its claims) unusual? A number for one article means little on its own, so this
# notebook puts several articles side by side, and beside reference rates for news writing.

# %%
# %load_ext autoreload
# %autoreload 2
# %matplotlib inline

# %% tags=["parameters"]
ARTICLE = None  # path to a .txt article; None = the seed essay
OUT = None  # output folder; None = the repository's figures/ and results/
FOLDER = None  # folder of .txt articles to compare; None = data/raw/

# %%
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
from IPython.display import Markdown, display

from analysis import paths
from analysis.notebook import md_text, open_run
from analysis.plotting import PALETTE
from analysis.profile import (HEADLINE, article_paths, comparison_table, headline_markdown,
                              news_reference, profile_table)

run = open_run(ARTICLE, OUT)
run.show()

# %% [markdown]
# ## Method
#
# Every `.txt` file in the folder (by default `data/raw/`), plus the article this notebook was
# run on, goes through `analysis.profile.profile_table`: each article is segmented once and handed
# to the same public summaries the other notebooks use (`analysis.hedging.hedging_summary` and
# friends), one row per article. The news reference (dashed line) is the hedge detector's rate on
# FactBank, a corpus of news reports annotated for uncertainty (`data/reference/`, written by
# `python -m analysis evaluate`); to compare like with like, the article's hedges are counted
# the same way there: every voice, quoted and attributed hedges included, body only.

# %%
folder = Path(FOLDER) if FOLDER else paths.RAW_DIR
files = article_paths([folder])
if ARTICLE and Path(ARTICLE).resolve() not in {f.resolve() for f in files}:
    files.append(Path(ARTICLE))
profiles = profile_table(files, progress=False, relative_to=paths.ROOT)
reference = news_reference()
comparison = comparison_table(profiles, reference)
display(Markdown(f"{len(profiles)} article(s) from `{folder.name}/`"
                 + (f" plus `{Path(ARTICLE).name}`" if ARTICLE and len(files) > 1 else "")
                 + "; news reference rates: "
                 + ("found" if reference is not None else "not stored yet (none drawn)") + "."))
profiles.drop(columns="path").set_index("name").round(3).T

# %% [markdown]
# ## The headline numbers side by side

# %%
measures = [m for m in HEADLINE if m.column in profiles.columns]
names = list(profiles["name"])
labels = [t if isinstance(t, str) and t else n for n, t in zip(names, profiles["title"])]
me = run.article.name
mine = comparison[comparison["name"] == me].set_index("measure")


def finding() -> str:
    """The figure's title: the clearest statement the numbers support."""
    key = "hedges_per_1000_all_voices"
    hed = mine.loc[key] if key in mine.index else None
    if hed is not None and hed["reference"] == hed["reference"]:  # a reference rate exists
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
    return "One article's headline numbers (no other article or news reference to compare yet)"


ncols = min(4 if len(measures) > 6 else 3, len(measures))
nrows = -(-len(measures) // ncols)
fig, grid = plt.subplots(nrows, ncols, sharey=True, squeeze=False,
                         figsize=(3 * ncols + 1.5, nrows * (1.5 + 0.42 * len(names)) + 0.6))
axes = grid.ravel()
for ax in axes[len(measures):]:
    ax.set_visible(False)
for ax, m in zip(axes, measures):
    sub = comparison[comparison["measure"] == m.column].set_index("name").loc[names]
    scale = 100.0 if m.percent else 1.0
    top = sub["value"].max() * scale
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
axes[0].set_yticks(range(len(names)), [textwrap.fill(t, 22) for t in labels])
axes[0].set_ylim(len(names) - 0.4, -0.9)
fig.suptitle(finding(), x=0.01, ha="left", fontsize=12.5, fontweight="bold")
fig.tight_layout()
run.save_figure(fig, "05_compare_articles",
                note="Dashed: news reference rate where stored (data/reference/).")
run.save_table(comparison, "05_compare_articles")
run.save_table(profiles, "05_profiles")
plt.show()

# %% [markdown]
# ## What it shows

# %%
heading = run.article.headline[0].text if run.article.headline else me
display(Markdown(f"**{md_text(heading)}**\n\n"
                 + headline_markdown(comparison, me)))
notes = []
for m in measures:
    r = mine.loc[m.column]
    if r["reference"] == r["reference"]:
        rel = "above" if r["value"] > r["reference"] else "below"
        notes.append(f"- {m.label}: {r['shown']}, {rel} the news rate of "
                     f"{m.format(r['reference'])} ({r['reference_source']}).")
others = [n for n in names if n != me]
for m in measures if others else []:
    theirs = comparison[(comparison["measure"] == m.column) & (comparison["name"] != me)]
    notes.append(f"- {m.label}: {mine.loc[m.column, 'shown']} here; "
                 + ", ".join(f"{v} in {md_text(n)}"
                             for n, v in zip(theirs["name"], theirs["shown"]))
                 + ".")
display(Markdown("\n".join(notes) or "_Nothing to compare with yet: add .txt files to the "
                 "folder, or store news reference rates under data/reference/._"))

# %% [markdown]
# ## Caveats
#
# - One article per bar: a difference between two articles is a difference between two texts,
#   not between two kinds of writing. The seed essay is also cut off by a paywall, so its rates
#   describe the part we have.
# - The news reference comes from a corpus annotated for uncertainty by people, with its own
#   definition of a cue; the essay's rates come from this project's lexicon. The line marks the
#   neighbourhood, not a threshold.
# - Rates per 1,000 words on a few hundred words are noisy: one hedge more or less moves the
#   rate by about three per 1,000 words in a 330-word text.
