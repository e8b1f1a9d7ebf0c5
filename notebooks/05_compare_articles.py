# %% [markdown]
# # Comparing articles: the article beside other texts and beside news writing
#
# **Question.** Are the article's headline numbers (how long its sentences run, how often it hedges
# and boosts its claims) unusual? A number for one article means little on its own, so this
# notebook puts several articles side by side, and beside reference rates for news writing.

# %%
# %load_ext autoreload
# %autoreload 2
# %matplotlib inline

# %% tags=["parameters"]
ARTICLE = None  # path to a .txt article; None = the seed essay
OUT = None  # output folder; None = the repository's figures/ and results/
ENCODING = None  # None: UTF-8, or an HTML page's declared charset; or e.g. "cp1252"
FOLDER = None  # folder of .txt articles to compare; None = data/raw/

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from analysis import paths, plots
from analysis.notebook import md_text, open_run
from analysis.profile import (HEADLINE, article_paths, comparison_table, headline_markdown,
                              news_reference, profile_table)

run = open_run(ARTICLE, OUT, encoding=ENCODING)
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
extra = []  # the article itself, read with its own encoding, when it is not in the folder
if ARTICLE and Path(ARTICLE).resolve() not in {f.resolve() for f in files}:
    extra = [Path(ARTICLE)]
profiles = profile_table(files, progress=False, relative_to=paths.ROOT)
if extra:
    profiles = pd.concat([profiles, profile_table(extra, progress=False, relative_to=paths.ROOT,
                                                  encoding=ENCODING)], ignore_index=True)
files = files + extra
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
me = run.article.name
mine = comparison[comparison["name"] == me].set_index("measure")
fig = plots.compare_articles(run.article, profiles=profiles, comparison=comparison)
run.save_figure(fig, "05_compare_articles")
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
#   not between two kinds of writing.
# - The news reference comes from a corpus annotated for uncertainty by people, with its own
#   definition of a cue; the article's rates come from this project's lexicon. The line marks
#   the neighbourhood, not a threshold.

# %%
words = int(mine.loc["words", "value"]) if "words" in mine.index else int(
    profiles.set_index("name").loc[me, "words"])
display(Markdown(
    f"- Rates per 1,000 words on {words:,} words: one hedge more or less moves this article's "
    f"rate by {1000 / words:.1f} per 1,000 words."
    + (f"\n- This text is cut off ({md_text(run.article.truncation_reason)}): its rates "
       "describe the part we have." if run.article.truncated else "")))
