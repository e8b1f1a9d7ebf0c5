# %% [markdown]
# # 01 · The article and its tokens
#
# **Question.** What exactly do the later notebooks measure? A text saved from a web page holds
# more than the author's words, and every count (sentences, words, syllables, hedges) depends on
# where the essay starts and stops and on how it is cut into sentences and words. This notebook
# shows which lines of the saved file count as the essay, how they were divided, and how long the
# essay's sentences are.

# %%
# %load_ext autoreload
# %autoreload 2
# %matplotlib inline

# %% tags=["parameters"]
ARTICLE = None  # path to a .txt article; None = the seed essay
OUT = None  # output folder; None = the repository's figures/ and results/

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from analysis import sentences, words
from analysis.article import ends_sentence
from analysis.notebook import md_text, open_run, short
from analysis.plotting import PALETTE
from analysis.structure import article_counts, boilerplate_table, parts_table, sentence_table

run = open_run(ARTICLE, OUT)
run.show()
article = run.article
pd.set_option("display.max_colwidth", 90)




# %% [markdown]
# ## The article
#
# `load_article` reads the file, decodes it (the text is kept exactly, only a byte-order mark
# would be dropped) and finds the parts with general rules: a short first line is the title, a
# short unpunctuated line after it the subtitle, a line ending in a photo credit the caption.
# Where the text came from, and what rights apply to it, is in `data/README.md`.

# %%
def part(name: str) -> str:
    span = getattr(article, name)
    return f"“{md_text(span.text)}”" if span is not None else "*(none found)*"


display(Markdown(
    f"- **File:** {md_text(article.name)}.txt, {len(article.text):,} characters, "
    f"{article.encoding}\n"
    f"- **Title:** {part('title')}\n"
    f"- **Subtitle:** {part('subtitle')}\n"
    f"- **Photo caption:** {part('caption')}\n"
    f"- **Photo credit:** {part('credit')}\n"
    f"- **Body:** {len(article.paragraphs)} paragraphs\n"
    f"- **Complete?** {'no, the text is cut off' if article.truncated else 'yes'}"
))

# %% [markdown]
# ## How it was cleaned
#
# Lines of web-page debris (loading placeholders, paywall prompts, link lists, cookie notices,
# share buttons) are matched against a documented list, `analysis/data/boilerplate.csv`, where
# each pattern has a category and the reason it is not the author's text. Matching lines are
# left out of every measurement but stay in `Article.text`, so offsets never shift. The table
# lists what was removed here and why.

# %%
removed = boilerplate_table(article)
removed

# %%
if article.truncated:
    display(Markdown(f"**The text is truncated:** {article.truncation_reason}. Every count below "
                     "is of the part the page showed, not of the whole essay."))
else:
    display(Markdown("The text looks complete: the last paragraph ends a sentence and no "
                     "paywall or loading marker follows it."))

# %% [markdown]
# ## Its structure
#
# Every part as a span of the decoded text (`start` and `end` are character offsets, so
# `article.text[start:end]` gives the part back), in reading order, with what was removed at the
# end. Words are counted as readability formulas count them (see below).

# %%
structure = parts_table(article)
structure.assign(text=structure["text"].map(short))

# %% [markdown]
# ## Sentences and words
#
# **Method.** Each body paragraph is split into sentences by nltk's Punkt algorithm with
# parameters built into the package (a list of abbreviations common in news and policy writing,
# and a few documented rules; nothing is downloaded), never across a paragraph; each sentence is
# split into tokens by nltk's Treebank-style tokenizer. For word counts, punctuation is dropped
# and pieces written together are one word, as Flesch (1948) counts them: *gangster-like*,
# *Washington’s* and *one-track* are one word each, while the dash in *U.S.–North* separates two.
# The title, subtitle and caption are not part of the body and are not counted here.

# %%
sents = sentences(article)
toks = words(article, sentence_spans=sents)
counts = article_counts(article, sentence_spans=sents, tokens=toks)
table = sentence_table(article, sentence_spans=sents, tokens=toks)
display(Markdown(
    f"The body has **{counts.paragraphs} paragraphs, {counts.sentences} sentences and "
    f"{counts.words} words** ({counts.tokens} tokens, of which {counts.punctuation} are "
    f"punctuation), {counts.words / counts.sentences:.1f} words per sentence on average."
))

# %%
table.assign(text=table["text"].map(lambda t: short(t, 70, markdown=False)))

# %% [markdown]
# ## Sentence length in reading order
#
# One bar per sentence, left to right as the essay reads, coloured by paragraph.

# %%
colours = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "purple", "sky")]
n_par = int(table["paragraph"].max())
mean = table["words"].mean()
longest = table.loc[table["words"].idxmax()]
shortest = table.loc[table["words"].idxmin()]
# Hatch the last sentence when the text stops in the middle of it.
cut = article.truncated and not ends_sentence(table["text"].iloc[-1])

fig, ax = plt.subplots(figsize=(8.5, 4.6))
bar_colours = [colours[(p - 1) % len(colours)] for p in table["paragraph"]]
bars = ax.bar(table["sentence"], table["words"], color=bar_colours, width=0.75)
if cut:  # the last sentence stops where the page did: its length is a lower bound
    bars[-1].set_hatch("///")
    bars[-1].set_edgecolor("white")
ax.axhline(mean, color=PALETTE["black"], linestyle="--", linewidth=1)
ax.text(1.01, mean, f"mean\n{mean:.1f}", transform=ax.get_yaxis_transform(), fontsize=9,
        va="center", ha="left")
top = table["words"].max() * 1.18
for p, group in table.groupby("paragraph"):
    lo, hi = group["sentence"].min(), group["sentence"].max()
    ax.text((lo + hi) / 2, top, f"¶{p}", ha="center", va="bottom", fontsize=10,
            color=colours[(p - 1) % len(colours)], fontweight="bold")
    if lo > 1:
        ax.axvline(lo - 0.5, color="#bbbbbb", linewidth=0.8)
if cut:
    last_x, last_y = table["sentence"].iloc[-1], table["words"].iloc[-1]
    ax.annotate("cut off\nmid-\nsentence", xy=(last_x, last_y), xytext=(last_x, top * 0.72),
                ha="center", va="bottom", fontsize=8.5,
                arrowprops={"arrowstyle": "->", "color": "#555555", "lw": 0.8})
ax.set_xlim(0.4, len(table) + 0.6)
ax.set_ylim(0, top * 1.1)
ax.set_xticks(table["sentence"])
ax.set_xlabel("Sentence, in reading order (¶ = body paragraph)")
ax.set_ylabel("Sentence length (words)")
ax.grid(axis="x", visible=False)
ax.set_title(f"Sentence length swings from {shortest['words']} to {longest['words']} words "
             f"around a mean of {mean:.0f}")
run.save_figure(fig, "01_sentence_lengths",
                note="Words counted as in Flesch (1948); sentences split with nltk Punkt.")
run.save_table(table, "01_sentence_lengths")
plt.show()

# %%
display(Markdown(
    f"**What it shows.** The {counts.sentences} sentences run from {shortest['words']} words "
    f"(sentence {shortest['sentence']}: *{short(shortest['text'], 90)}*) to "
    f"{longest['words']} (sentence {longest['sentence']}, paragraph {longest['paragraph']}), "
    f"{mean:.1f} on average; half of them have {table['words'].median():.0f} words or fewer. "
    f"Paragraph lengths in sentences: "
    + ", ".join(f"¶{p} {n}" for p, n in table.groupby('paragraph').size().items()) + "."
))

# %% [markdown]
# ## Caveats
#
# - A truncated text (see "How it was cleaned") is only the part the page showed: when the last
#   sentence stops mid-way it is hatched, and its length and every total here are lower bounds
#   for the whole essay. The seed essay stops at a paywall.
# - Sentence boundaries come from Punkt with hand-set parameters; they were checked against the
#   Golden Rules benchmark (`benchmarks/golden_rules.py`), not against every abbreviation a text
#   may hold. Counts for another article depend on the same rules.
# - "Word" follows Flesch's convention; other tools split hyphenated words or contractions and
#   would report more words and shorter sentences than this table.
