# %% [markdown]
# # 03 · Stance wording
#
# **Question.** How does the article take positions? Which words carry its verdicts and its
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
ENCODING = None  # None: UTF-8, or an HTML page's declared charset; or e.g. "cp1252"

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from analysis import annotated_html, plots
from analysis.notebook import md_text, open_run, short
from analysis.stance import (
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

run = open_run(ARTICLE, OUT, encoding=ENCODING)
run.show()
article = run.article
pd.set_option("display.max_colwidth", 110)


def full_stop(text: str) -> str:
    """End ``text`` with a full stop unless it already ends a sentence (inside quotes too)."""
    return text if text.rstrip("”\"’'")[-1:] in ".!?…" else text + "."


# %% [markdown]
# **A worked example first.** One sentence of our own, and the rows the matcher gives for it:
# "may" is an epistemic hedge, "should" a deontic obligation and "welcome" an attitude word, all
# in the author's voice.

# %%
find_stance("Talks may resume, and both sides should welcome that.")[
    ["text", "kind", "category", "voice", "source"]]

# %% [markdown]
# The same matcher on the whole article:

# %%
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
# ## The article with its markers
#
# Every marker in place, coloured by family; hover over a mark for its category, the source of
# its lexicon row, its voice and the context rule that kept it. Dashed marks belong to another
# voice (inside a quotation or a report, or a belief the text ascribes to someone else).

# %%
annotated_html(article, markers=markers)

# %% [markdown]
# ## The stance profile
#
# Markers per 1,000 body words, by family and category. The solid part of each bar is the
# author's own wording; the hatched part belongs to another voice: words inside reported or
# quoted content, and beliefs the text ascribes to someone else (labelled by the hedging
# rules). Attitude is split by the polarity its lexicon gives.

# %%
profile = stance_profile(article)
run.save_table(profile, "03_stance_profile")
fig = plots.stance_profile_figure(article, profile=profile)
run.save_figure(fig, "03_stance_profile")
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
    + f" The headline lines add {len(head)} marker{'' if len(head) == 1 else 's'}"
    + (": " + ", ".join(f"“{short(t)}” ({k}, {p or 'no polarity'})" for t, k, p in
                        zip(head["text"], head["kind"], head["polarity"])) if len(head) else "")
    + "."
))

# %% [markdown]
# ## The prescriptions
#
# Every sentence with a deontic marker (obligation, necessity, priority), in reading order.
# Negated obligations are kept apart: "should not" tells the reader what *not* to do. Only the
# author's own obligations are the article's prescriptions; one inside a quotation or a report
# is someone else's.

# %%
deontic = marker_sentences(article, kind="deontic")
run.save_table(deontic, "03_prescriptions")
moves = stance_moves(article)
layout = reading_layout(article)
words_total = int(layout["last_word"].max()) + 1
own = moves.query("kind == 'deontic' and author")
if deontic.empty:
    display(Markdown("**Nothing to show:** no sentence carries a deontic marker."))
else:
    display(deontic[["sentence", "paragraph", "markers", "categories", "text"]]
            .style.format(escape="html").hide(axis="index"))
    first = int(own["word"].min()) if len(own) else None
    late = first is not None and len(own) >= 2 and first / words_total > 0.5
    display(Markdown(
        f"**What it shows.** {len(deontic)} sentence{'s' if len(deontic) != 1 else ''} carr"
        f"{'y' if len(deontic) != 1 else 'ies'} a deontic marker, {len(own)} of the markers in "
        "the author's own voice"
        + (f"; the first of those comes at word {first} of {words_total}, "
           f"{first / words_total:.0%} of the way through the text"
           + (" we have (it is cut off)" if article.truncated else "")
           if first is not None else "; every one belongs to a quoted or reported voice")
        + ". " + ("The article diagnoses first and prescribes only in its second half."
                  if late else "")))

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
quotes = quotations(article)
run.save_table(quotes, "03_quotations")
if attr.empty:
    display(Markdown("**Nothing to show:** the text attributes nothing to another voice "
                     "(no reporting verb with a person or institution as its subject)."))
else:
    display(attr[["source", "actor", "verb", "attitude", "content", "quoted", "sentence"]]
            .style.format(escape="html").hide(axis="index"))
if quotes.empty:
    display(Markdown("**Nothing to show:** the text quotes no one (no stretch in quotation "
                     "marks)."))
else:
    display(quotes[["text", "type", "speaker", "verb", "n_words", "sentence"]]
            .style.format(escape="html").hide(axis="index"))
voices = markers[(markers["voice"] != "author") & (markers["kind"] == "attitude")]
if len(attr):
    shown = attr.head(8)
    display(Markdown(
        "**What it shows.** "
        + " ".join(f"{short(r.source[:1].upper() + r.source[1:])} *{short(r.verb)}* "
                   f"({r.attitude})"
                   + (f" {full_stop(short(r.content, 80))}" if str(r.content).strip() else ".")
                   for r in shown.itertuples())
        + (f" (and {len(attr) - len(shown)} more in the table)" if len(attr) > len(shown) else "")
        + (" Evaluative words inside those reports belong to the reported voice, not the "
           "author: " + ", ".join(f"“{short(r.text)}” ({short(r.voice)})"
                                  for r in voices.itertuples()) + "." if len(voices) else "")))

# %% [markdown]
# ## Actors and stance
#
# Which stance markers share a sentence with each actor (from `analysis/lexicons/actors.csv`,
# where each actor has its aliases: a capital city for its government, a minister's name for the
# ministry). The last column counts the attributions whose source is the actor.

# %%
links = actor_stance(article)
run.save_table(links, "03_actor_stance")
counts = plots.actor_counts(links)
run.save_table(counts.reset_index().rename(columns=lambda c: c.replace("\n", " ")),
               "03_actor_stance_heatmap")
if counts.empty:
    display(Markdown("**Nothing to show:** no actor of the table is named in this text."))
fig = plots.actor_stance_heatmap(article, links=links)
run.save_figure(fig, "03_actor_stance_heatmap")
plt.show()

# %% [markdown]
# ## Stance moves in reading order
#
# Each marker at its place in the text (word number, counting the title and subtitle first).
# Filled marks are the author's wording, open marks another voice's; dashed lines are
# paragraph starts.

# %%
run.save_table(moves, "03_stance_moves")
fig = plots.stance_moves_figure(article, moves=moves, layout=layout)
run.save_figure(fig, "03_stance_moves")
plt.show()

# %%
body_moves = moves[moves["part"] == "body"]
if body_moves.empty:
    display(Markdown("**Nothing to show:** the body has no stance marker."))
else:
    by_para = body_moves.groupby(["paragraph", "kind"]).size().unstack(fill_value=0)
    by_para.index = [int(p) + 1 for p in by_para.index]
    display(by_para.T if len(by_para) > 12 else by_para)
    most = by_para.idxmax()
    deontic_paras = sorted({int(p) + 1 for p in
                            body_moves.query("kind == 'deontic'")["paragraph"].dropna()})
    display(Markdown(
        "**What it shows.** "
        + "; ".join(f"{k.replace('_', ' ')} markers peak in ¶{int(most[k])} "
                    f"({int(by_para[k].max())})" for k in by_para.columns)
        + ". Deontic markers: "
        + (", ".join(f"¶{p}" for p in deontic_paras) if deontic_paras else "none")
        + f" (of {len(article.paragraphs)} paragraphs)."))

# %% [markdown]
# ## Caveats
#
# - Lexicons see words, not meaning. Attitude polarity is each word's prior polarity from VADER
#   or the project rows, whatever the context: a word rated positive stays positive in a
#   sentence that uses it with irony, and a noun that names an event can also count as an
#   evaluation.
# - Attribution needs a reporting verb with a human or institutional subject found by a
#   word-level heuristic (the noun phrase before the verb); unusual word orders or reported
#   speech without a reporting verb are missed. Content runs to the end of the sentence.
# - The per-1,000 rates of other voices rest on few words (reported content is short), so
#   they are listed but not compared with the author's.

# %%
if article.truncated:
    display(Markdown(f"- This text is cut off ({md_text(article.truncation_reason)}): every count "
                     "is for the part we have."))
