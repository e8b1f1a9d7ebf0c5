# %% [markdown]
# # 01 · The article and its tokens
#
# **Question.** What exactly do the later notebooks measure? A text saved from a web page holds
# more than the author's words, and every count (sentences, words, syllables, hedges) depends on
# where the article starts and stops and on how it is cut into sentences and words. This notebook
# shows which lines of the saved file count as the article, how they were divided, and how long the
# article's sentences are.

# %%
# %load_ext autoreload
# %autoreload 2
# %matplotlib inline

# %% tags=["parameters"]
ARTICLE = None  # path to a .txt article; None = the seed essay
OUT = None  # output folder; None = the repository's figures/ and results/
ENCODING = None  # None: UTF-8, or an HTML page's declared charset; or e.g. "cp1252"

# %%
import re

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from analysis import lexical_words, plots, sentences, words
from analysis.notebook import md_text, open_run, short
from analysis.structure import article_counts, boilerplate_table, parts_table, sentence_table

run = open_run(ARTICLE, OUT, encoding=ENCODING)
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
if removed.empty:
    display(Markdown("Nothing was removed: no line of this text matches the list."))
else:
    display(removed.assign(text=removed["text"].map(lambda t: short(t, 70, markdown=False))))

# %%
if article.truncated:
    display(Markdown(f"**The text is truncated:** {article.truncation_reason}. Every count below "
                     "is of the part the page showed, not of the whole text."))
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
# and pieces written together are one word, as Flesch (1948) counts them: a hyphenated compound
# (*well-known*) or a contraction (*don't*) is one word, while a dash between two words
# separates them. The title, subtitle and caption are not part of the body and are not counted
# here.

# %%
sents = sentences(article)
toks = words(article, sentence_spans=sents)
counts = article_counts(article, sentence_spans=sents, tokens=toks)
table = sentence_table(article, sentence_spans=sents, tokens=toks)
joined = [w.text for w in lexical_words(toks, article.text)
          if re.search(r"\w[-'’]\w", w.text)]
display(Markdown(
    f"The body has **{counts.paragraphs} paragraphs, {counts.sentences} sentences and "
    f"{counts.words} words** ({counts.tokens} tokens, of which {counts.punctuation} are "
    f"punctuation), {counts.words / counts.sentences:.1f} words per sentence on average. "
    + (("Written together and counted as one word here: "
        + ", ".join(f"*{md_text(w)}*" for w in list(dict.fromkeys(joined))[:6]) + ".")
       if joined else "No word here is hyphenated or contracted.")
))

# %%
table.assign(text=table["text"].map(lambda t: short(t, 70, markdown=False)))

# %% [markdown]
# ## Sentence length in reading order
#
# One bar per sentence, left to right as the article reads, coloured by paragraph.

# %%
fig = plots.sentence_lengths(article, table=table)
run.save_figure(fig, "01_sentence_lengths")
run.save_table(table, "01_sentence_lengths")
plt.show()
longest = table.loc[table["words"].idxmax()]
shortest = table.loc[table["words"].idxmin()]
mean = table["words"].mean()

# %%
per_paragraph = table.groupby("paragraph").size()
display(Markdown(
    f"**What it shows.** The {counts.sentences} sentences run from {shortest['words']} "
    f"word{'' if shortest['words'] == 1 else 's'} "
    f"(sentence {shortest['sentence']}: *{short(shortest['text'], 90)}*) to "
    f"{longest['words']} (sentence {longest['sentence']}, paragraph {longest['paragraph']}), "
    f"{mean:.1f} on average; half of them have {table['words'].median():.0f} words or fewer. "
    + (("Paragraph lengths in sentences: "
        + ", ".join(f"¶{p} {n}" for p, n in per_paragraph.items()) + ".")
       if len(per_paragraph) <= 12 else
       (f"Paragraphs hold {per_paragraph.median():.0f} sentence"
        f"{'' if per_paragraph.median() == 1 else 's'} at the median; the longest, "
        f"¶{per_paragraph.idxmax()}, holds {per_paragraph.max()}."))
))

# %% [markdown]
# ## Caveats
#
# - A truncated text (see "How it was cleaned") is only the part the page showed: when the last
#   sentence stops mid-way it is hatched, and its length and every total here are lower bounds
#   for the whole text.
# - Sentence boundaries come from Punkt with hand-set parameters; they were checked against the
#   Golden Rules benchmark (`benchmarks/golden_rules.py`), not against every abbreviation a text
#   may hold. Counts for another article depend on the same rules.
# - "Word" follows Flesch's convention; other tools split hyphenated words or contractions and
#   would report more words and shorter sentences than this table.
