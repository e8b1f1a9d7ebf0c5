# %% [markdown]
# # 04 · Hedging: how much the article softens its claims, and where
#
# **Question.** A writer can soften a claim ("may", "perhaps", "it seems") or harden it
# ("clearly", "in fact", "certainly"). How much does this article hedge, against how much it
# boosts, where in the argument do the hedges fall, and is that a lot for a piece of writing
# about current affairs?

# %%
# %load_ext autoreload
# %autoreload 2
# %matplotlib inline

# %% tags=["parameters"]
ARTICLE = None  # path to a .txt article; None = the seed essay
OUT = None  # output folder; None = the repository's figures/ and results/
ENCODING = None  # None: UTF-8, or an HTML page's declared charset; or e.g. "cp1252"

# %%
import math

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from analysis import annotated_html, find_hedges, plots
from analysis.evaluate import compare_with_reference
from analysis.hedging import hedge_concordance, hedging_summary, reading_order
from analysis.notebook import md_text, open_run

run = open_run(ARTICLE, OUT, encoding=ENCODING)
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
# the context rule it needs), matched left to right with the longest match winning, so a
# multiword phrase ("it seems likely") is one hedge. Context rules drop the false friends ("May"
# the month, "about" before a topic rather than a number) and relabel what is not the author's
# own hedge (a belief the text ascribes to someone else is that person's doubt); rates count the
# author's markers per 1,000 words, with the title and subtitle apart from the body.
#
# **A worked example first**, on a sentence of our own: "may" and "perhaps" are hedges,
# "clearly" a booster.

# %%
find_hedges("The plan may perhaps work, and it clearly helps.")[
    ["text", "kind", "category", "source", "voice"]]

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
    f"{body.attributed} more hedge{'' if body.attributed == 1 else 's'} belong"
    f"{'s' if body.attributed == 1 else ''} to someone else (attributed or quoted).\n\n"
    f"**Headline** (title and subtitle, {head.words} words): {head.hedges} hedges, "
    f"{head.boosters} boosters."))

# %% [markdown]
# ## Hedges and boosters by category
#
# Each bar is one category of the lexicon, in the body, per 1,000 words; hedges in blue, boosters
# in orange.

# %% [markdown]
# ## The article with its hedges and boosters
#
# Every hedge (blue) and booster (orange) in place; hover over a mark for its category, the
# source of its lexicon row, its voice and rule. Dashed marks are another voice's.

# %%
if summary.matches.empty:
    display(Markdown("**Nothing to show:** the lexicons find no hedge or booster in this text."))
else:
    display(annotated_html(art, kinds=("hedge", "booster")))

# %%
cat = summary.by_category
cat_body = cat[cat["part"] == "body"].sort_values(["kind", "per_1000"], ascending=[False, True])
run.save_table(cat, "04_hedges_by_category")
fig = plots.hedges_by_category(art, summary=summary)
run.save_figure(fig, "04_hedges_by_category")
plt.show()
if not body.boosters:
    display(Markdown("**Nothing to show for boosters:** the body has none."))

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
fig = plots.hedge_reading_order(art, order=(order, segs), summary=summary)
run.save_figure(fig, "04_reading_order")
plt.show()
per_para = summary.by_paragraph
bp = per_para[per_para["part"] == "body"]

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
# `python -m analysis evaluate`). The same detector was run on those news sentences, so the article
# and the news are compared with one instrument; the gold bar shows what the annotators counted.
# Only hedge categories that correspond to the gold cue types are "comparable" (approximators
# such as "around 2017" and scope limiters such as "in the sense that" are not uncertainty cues in
# that annotation). Every voice counts here, as in the news annotation.

# %%
comp = compare_with_reference(art)
run.save_table(comp, "04_news_reference")
fig = plots.news_reference_figure(art, comparison=comp)
run.save_figure(fig, "04_news_reference")
plt.show()
me = art.name
v = comp.set_index(["text", "measure"])["value"]
news_rate = v[("FactBank news", "hedges_per_1000_words")]
times = v[(me, "hedges_per_1000_words")] / news_rate if news_rate else math.nan

# %%
display(Markdown(
    f"All hedges: {v[(me, 'hedges_per_1000_words')]:.1f} per 1,000 words in the article's body "
    f"against {v[('FactBank news', 'hedges_per_1000_words')]:.1f} in news, "
    f"{times:.1f} times as many. "
    f"{100 * v[(me, 'share_hedged_sentences')]:.0f}% of the article's sentences carry a hedge, "
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
# ## The multiword hedges in context
#
# Phrases of two or more words that the lexicon matched as one hedge (the longest match wins),
# shown in their sentences with offsets into the article's text, at most five.

# %%
from analysis.tokenize import sentences as split_sentences  # noqa: E402

sent_by_id = {s.sentence: s for s in split_sentences(art, parts=("title", "subtitle", "body"))}
multi = summary.matches[(summary.matches["kind"] == "hedge")
                        & summary.matches["text"].str.contains(r"\s", regex=True)]
lines = []
for r in multi.head(5).itertuples():
    s = sent_by_id[r.sentence]
    a, b = r.start - s.start, r.end - s.start
    lines.append(f"- **{md_text(r.text)}** ({md_text(r.category)}, characters {r.start}-{r.end}):"
                 f"  \n  > {md_text(s.text[:a])}**{md_text(s.text[a:b])}**{md_text(s.text[b:])}")
display(Markdown("\n".join(lines) if lines else
                 "**Nothing to show:** no hedge of two or more words in this text."))

# %% [markdown]
# ## Caveats
#
# - A lexicon finds the hedges it lists. On human-annotated news (FactBank) the detector reaches
#   a sentence-level F1 of about 0.8 (`python -m analysis evaluate`), so some hedges are missed
#   and some matches are not hedges; the concordance above is there to check each one.
# - The news reference is 1998 wire copy, not opinion writing; it places the article against
#   reporting, not against other opinion pieces.
# - Voice is decided by simple rules (the subject of a belief verb, quotation marks); a hedge in
#   a paraphrase without quotation marks is counted as the author's.

# %%
display(Markdown(
    f"- Rates per 1,000 words on {body.words:,} words: one hedge more or less moves the body's "
    f"rate by {1000 / body.words:.1f} per 1,000 words."
    + (f"\n- This text is cut off ({md_text(art.truncation_reason)}): every rate describes the "
       "part we have." if art.truncated else "")))
