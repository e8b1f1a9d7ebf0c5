# %% [markdown]
# # 02 · How hard is the essay to read, and why?
#
# **Question.** What school grade do the classic readability formulas give the essay's body, how
# far do they agree, and which sentences and words push the grade up? And when textstat (the
# usual Python library) gives different numbers for the same text, where does the gap come from?
#
# **Method.** Sentences and words come from the package's tokenizer (notebook 01); syllables from
# the CMU Pronouncing Dictionary, with a rule-based estimate for words it lacks. Every formula is
# computed from one set of counts with the constants of its original paper
# (`analysis.readability`).

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

from analysis import (hard_words, longest_sentences, nominalisations, readability,
                      readability_table, textstat_scores)
from analysis.notebook import md_text, open_run, short
from analysis.plotting import PALETTE
from analysis.readability import FORMULAS, grade_equivalent

run = open_run(ARTICLE, OUT)
run.show()
article = run.article
pd.set_option("display.max_colwidth", 80)
pd.set_option("display.float_format", "{:.2f}".format)





r = readability(article)
c = r.counts
title = article.title.text if article.title else article.name
display(Markdown(
    f"*{md_text(title)}*: the body has **{c.sentences} sentences** and **{c.words} words** "
    f"({c.words / c.sentences:.1f} words per sentence), **{c.syllables} syllables** "
    f"({c.syllables / c.words:.2f} per word), {c.polysyllables} words of three or more "
    f"syllables, {c.complex_words} of Gunning's complex words, {c.long_words} words of more "
    f"than six letters and {c.unfamiliar_words} words outside the Dale-Chall list of familiar "
    f"words ({100 * c.unfamiliar_words / c.words:.0f}%)."
    + (" The text is cut off (a paywall), so these are counts for the part we have."
       if article.truncated else "")
))

# %% [markdown]
# ## Nine formulas, one text
#
# Seven formulas give a US school grade directly. Flesch Reading Ease (0-100, higher is easier)
# and Dale-Chall (a score) are turned into grades with their authors' own band tables (the middle
# of each band); LIX has no grade scale, so it is shown on Björnsson's own bands.

# %%
scores = pd.DataFrame([
    {"formula": FORMULAS[name][1], "name": name, "score": value,
     "grade": grade_equivalent(name, value),
     "grade_from": ("formula" if FORMULAS[name][2]
                    else "band table" if name != "lix" else "no grade"),
     "nan_reason": r.nan_reasons.get(name, "")}
    for name, value in r.scores().items()
])
run.save_table(scores, "02_grades_by_formula")
scores[["formula", "score", "grade", "grade_from"]]

# %%
BANDS = [(0, 5.5, "elementary\n(grades 1-5)"), (5.5, 8.5, "middle school\n(6-8)"),
         (8.5, 12.5, "high school\n(9-12)"), (12.5, 16.5, "college\n(13-16)"),
         (16.5, 20, "graduate\n(17+)")]
band_colours = ["#f7f7f7", "#eeeeee", "#f7f7f7", "#eeeeee", "#f7f7f7"]

graded = scores[scores["grade_from"] != "no grade"].dropna(subset=["grade"])
graded = graded.sort_values("grade")
fig, (ax, ax2) = plt.subplots(1, 2, figsize=(9.5, 4.6), width_ratios=[4, 1.2])
for (lo, hi, label), colour in zip(BANDS, band_colours):
    ax.axvspan(lo, hi, color=colour, zorder=0)
    ax.text((lo + hi) / 2, len(graded) - 0.35, label, ha="center", va="bottom", fontsize=8.5,
            color="#444444")
colours = [PALETTE["orange"] if g == "band table" else PALETTE["blue"]
           for g in graded["grade_from"]]
ax.hlines(range(len(graded)), 0, graded["grade"], color="#bbbbbb", lw=1, zorder=1)
ax.scatter(graded["grade"], range(len(graded)), color=colours, s=60, zorder=2)
for k, (g, row) in enumerate(zip(graded["grade"], graded.itertuples())):
    label = f"{g:.1f}" if row.grade_from == "formula" else f"{g:.1f}  (score {row.score:.1f})"
    ax.text(g + 0.3, k, label, va="center", fontsize=9)
ax.set_yticks(range(len(graded)), graded["formula"])
ax.set_xlim(0, 20)
ax.set_ylim(-0.6, len(graded) + 0.5)
ax.set_xlabel("US school grade (years of schooling)")
ax.grid(axis="y", visible=False)
lo_g, hi_g, med = graded["grade"].min(), graded["grade"].max(), graded["grade"].median()
med_band = next(label for lo, hi, label in BANDS if lo <= med < hi).split("\n")[0]
fig.suptitle(f"{len(graded)} formulas give grades {lo_g:.1f} to {hi_g:.1f}; "
             f"the median, {med:.1f}, is {med_band} level", x=0.01, ha="left", fontsize=12,
             fontweight="bold")
ax.scatter([], [], color=PALETTE["blue"], label="grade from the formula")
ax.scatter([], [], color=PALETTE["orange"], label="grade from the authors' band table")
ax.legend(loc="upper left", bbox_to_anchor=(0, -0.14), ncols=2, fontsize=8.5)

# LIX on Björnsson's bands
LIX_BANDS = [(0, 30, "very easy"), (30, 40, "easy"), (40, 50, "medium"), (50, 60, "difficult"),
             (60, 80, "very difficult")]
for (lo, hi, label), colour in zip(LIX_BANDS, band_colours):
    ax2.axhspan(lo, hi, color=colour, zorder=0)
    ax2.text(0.03, (max(lo, 20) + min(hi, 70)) / 2, label, va="center", fontsize=8.5,
             color="#444444", transform=ax2.get_yaxis_transform())
ax2.scatter([0.75], [r.lix], color=PALETTE["green"], s=60, zorder=2)
ax2.text(0.75, r.lix + 1.6, f"{r.lix:.1f}", ha="center", fontsize=9)
ax2.set_xlim(0, 1)
ax2.set_ylim(20, 70)
ax2.set_xticks([])
ax2.set_ylabel("LIX (words per sentence + % long words)")
ax2.set_title("LIX", loc="center")
ax2.grid(visible=False)
fig.tight_layout()
run.save_figure(fig, "02_grades_by_formula",
                note="Body text only; counts from analysis.readability")
plt.show()

# %%
grade_only = graded["grade"]
fk = r.flesch_kincaid_grade
display(Markdown(
    f"**What it shows.** The grade formulas agree the essay is hard: from "
    f"{grade_only.min():.1f} ({graded.iloc[0]['formula']}) to {grade_only.max():.1f} "
    f"({graded.iloc[-1]['formula']}), a spread of {grade_only.max() - grade_only.min():.1f} "
    f"grades around a median of {grade_only.median():.1f}. Flesch-Kincaid says {fk:.1f}; "
    f"Flesch Reading Ease is {r.flesch_reading_ease:.1f} (\"difficult\" on Flesch's scale), "
    f"and LIX is {r.lix:.1f}. "
    + ("; ".join(r.notes) + "." if r.notes else "")
))

# %% [markdown]
# ## Sentence by sentence
#
# A text's grade is an average. The chart shows each sentence's length in reading order, with
# the paragraph boundaries, to show where the long sentences sit.

# %%
sent = readability_table(article, by="sentence")
run.save_table(sent, "02_sentence_lengths")

fig, ax = plt.subplots(figsize=(9, 4.2))
para_colours = [PALETTE[k] for k in ("blue", "orange", "green", "purple", "sky", "vermillion")]
for row in sent.itertuples():
    unfinished = row.unterminated_sentences > 0
    ax.bar(row.unit, row.words, color=para_colours[row.paragraph % len(para_colours)],
           hatch="//" if unfinished else None, edgecolor="white", width=0.8)
boundaries = sent.groupby("paragraph")["unit"].agg(["min", "max"])
for p, (lo, hi) in boundaries.iterrows():
    if lo > 0:
        ax.axvline(lo - 0.5, color="#555555", ls="--", lw=0.9)
    ax.text((lo + hi) / 2, sent["words"].max() * 1.06, f"¶{p + 1}", ha="center", fontsize=9,
            color="#333333")
mean_len = c.words / c.sentences
ax.axhline(mean_len, color=PALETTE["black"], lw=0.8)
ax.text(1.005, mean_len, f"mean\n{mean_len:.1f}", va="center", ha="left", fontsize=8.5,
        transform=ax.get_yaxis_transform())
ax.set_xticks(sent["unit"], [str(u + 1) for u in sent["unit"]])
ax.set_xlabel("sentence, in reading order (dashed lines: paragraph boundaries)")
ax.set_ylabel("words per sentence")
ax.set_ylim(0, sent["words"].max() * 1.15)
ax.grid(axis="x", visible=False)
longest = sent.loc[sent["words"].idxmax()]
ax.set_title(f"Sentence lengths swing from {sent['words'].min()} to {sent['words'].max()} words; "
             f"the longest is sentence {longest['unit'] + 1}, in ¶{longest['paragraph'] + 1}")
run.save_figure(fig, "02_sentence_lengths",
                note=("Hatched: the last sentence, cut off by the paywall"
                      if article.truncated else None))
plt.show()

# %%
top = longest_sentences(article, n=3)
run.save_table(top, "02_longest_sentences")
items = [f"{k + 1}. ({row.words} words, grade {row.flesch_kincaid_grade:.1f}) "
         f"*{short(row.text, 160)}*" for k, row in enumerate(top.itertuples())]
display(Markdown("**The longest sentences** (words, Flesch-Kincaid grade of the sentence "
                 "alone):\n\n" + "\n".join(items)))

# %% [markdown]
# ## Paragraph by paragraph
#
# The same formulas on each paragraph. Short paragraphs give noisy grades (a single sentence
# decides them), so the number of sentences is printed under each.

# %%
para = readability_table(article, by="paragraph")
run.save_table(para, "02_paragraph_grades")
show = ["flesch_kincaid_grade", "gunning_fog", "coleman_liau", "automated_readability_index"]
fig, ax = plt.subplots(figsize=(8.5, 4.2))
width = 0.19
last = para["unit"] == para["unit"].max()
cut = para["unterminated_sentences"].gt(0) & last & article.truncated
for k, name in enumerate(show):
    xs = para["unit"] + (k - (len(show) - 1) / 2) * width
    ax.bar(xs, para[name], width=width, label=FORMULAS[name][1],
           color=[PALETTE["blue"], PALETTE["orange"], PALETTE["green"], PALETTE["purple"]][k],
           hatch=["//" if x else None for x in cut], edgecolor="white")
ax.axhspan(12.5, 16.5, color="#f1f1f1", zorder=0)
ax.text(para["unit"].max() + 0.55, 14.5, "college\n(13-16)", fontsize=8.5, va="center",
        color="#444444")
ax.set_ylim(0, max(para[show].max().max() * 1.2, 18))
ax.set_xticks(para["unit"], [f"¶{u + 1}\n{n} sent."
                             for u, n in zip(para["unit"], para["sentences"])])
ax.set_ylabel("US school grade")
ax.set_xlabel("paragraph (number of sentences)")
ax.grid(axis="x", visible=False)
hardest = para.loc[para["flesch_kincaid_grade"].idxmax()]
easiest = para.loc[para["flesch_kincaid_grade"].idxmin()]
ax.set_title(f"By Flesch-Kincaid, ¶{hardest['unit'] + 1} is the hardest paragraph "
             f"(grade {hardest['flesch_kincaid_grade']:.1f}), ¶{easiest['unit'] + 1} the easiest "
             f"({easiest['flesch_kincaid_grade']:.1f})")
ax.legend(ncols=4, fontsize=8.5, loc="upper left")
ax.set_xlim(-0.6, para["unit"].max() + 1.1)
fig.tight_layout()
run.save_figure(fig, "02_paragraph_grades",
                note="Hatched: the last paragraph, cut off by the paywall" if cut.any() else None)
plt.show()
display(Markdown(
    f"**What it shows.** By Flesch-Kincaid, paragraph {hardest['unit'] + 1} "
    f"({hardest['sentences']} sentences, {hardest['words'] / hardest['sentences']:.1f} words per "
    f"sentence) reads at grade {hardest['flesch_kincaid_grade']:.1f}, paragraph "
    f"{easiest['unit'] + 1} at {easiest['flesch_kincaid_grade']:.1f}."
))

# %% [markdown]
# ## What makes it hard
#
# Long sentences are half of every formula; the other half is the words. The table lists the
# words that push the grade up: three or more syllables, outside the Dale-Chall familiar list,
# or rare (a Zipf frequency below 3.5 in `wordfreq`, i.e. fewer than about three uses per
# million words). Nominalisations (-tion, -ment, -ness, -ity; Biber 1988) turn actions into
# abstract nouns and are listed apart.

# %%
hw = hard_words(article)
run.save_table(hw, "02_hard_words")
hw[["word", "count", "syllables", "zipf", "rare", "complex", "unfamiliar",
    "nominalisation"]].head(15)

# %%
nz = nominalisations(article)
run.save_table(nz, "02_nominalisations")
nz_counts = nz["text"].str.lower().value_counts()
poly = hw[hw["polysyllabic"]]
rare = hw[hw["rare"]].sort_values("zipf")
longest = ""
if len(poly):
    top_poly = poly.nlargest(1, ["syllables"]).iloc[0]
    longest = (f" The longest is *{md_text(top_poly['word'])}* ({top_poly['syllables']} "
               f"syllables, {top_poly['count']} times).")
display(Markdown(
    f"**What it shows.** {len(hw)} word forms push the grade up.{longest} "
    f"{len(rare)} are rare in general English"
    + (": " + ", ".join(f"*{md_text(w)}* (Zipf {z:.1f})"
                         for w, z in zip(rare['word'], rare['zipf'], strict=True))
       if len(rare) else "")
    + f". The body has {len(nz)} nominalisations"
    + (": " + ", ".join(f"*{md_text(w)}* ×{n}" for w, n in nz_counts.items()) if len(nz) else "")
    + "."
))

# %% [markdown]
# ## textstat as it is versus corrected counts
#
# textstat's formulas are only as good as its counts. The table runs textstat 0.7.13's nine
# functions on the same body text and splits each gap into two parts: **from definition** is
# textstat's value against the published formula applied to textstat's own counts (a constant or
# rule that differs), **from counts** is our value against that same published formula (our
# sentence, syllable and word-class counts instead of textstat's).

# %%
cmp = textstat_scores(article)
run.save_table(cmp.scores, "02_textstat_vs_ours")
run.save_table(cmp.counts, "02_textstat_counts")
display(cmp.counts)
cmp.scores[["formula", "textstat", "textstat_counts_published", "ours", "from_definition",
            "from_counts", "explanation"]]

# %%
s = cmp.scores.set_index("name")
grade_names = ["flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau",
               "automated_readability_index", "linsear_write", "dale_chall"]
other = ["flesch_reading_ease", "lix"]
fig, (ax, ax2) = plt.subplots(1, 2, figsize=(9.5, 4.4), width_ratios=[3, 1.3])
for axis, names in ((ax, grade_names), (ax2, other)):
    ys = range(len(names))
    for y, name in zip(ys, names):
        t, o = s.loc[name, "textstat"], s.loc[name, "ours"]
        axis.annotate("", xy=(o, y), xytext=(t, y),
                      arrowprops=dict(arrowstyle="->", color="#888888", lw=1.2))
        axis.scatter([t], [y], facecolor="white", edgecolor=PALETTE["vermillion"], s=55, zorder=3,
                     label="textstat 0.7.13 as is" if y == 0 else None)
        axis.scatter([o], [y], color=PALETTE["blue"], s=55, zorder=3,
                     label="corrected counts, published formula" if y == 0 else None)
    axis.set_yticks(list(ys), [FORMULAS[n][1] for n in names])
    axis.grid(axis="y", visible=False)
    axis.set_ylim(-0.6, len(names) - 0.4)
ax.set_xlabel("score (grade; Dale-Chall: its own score)")
ax2.set_xlabel("score")
ax2.margins(x=0.25)
diffs = (s.loc[grade_names, "ours"] - s.loc[grade_names, "textstat"]).abs()
big = diffs.idxmax()
fig.suptitle(f"Corrected counts move {sum(diffs > 0.5)} of 7 grade scores by more than half a "
             f"grade\n{FORMULAS[big][1]} moves most: {s.loc[big, 'textstat']:.1f} → "
             f"{s.loc[big, 'ours']:.1f}", x=0.01, ha="left", fontsize=12, fontweight="bold")
ax.legend(loc="upper left", bbox_to_anchor=(0, -0.16), ncols=2, fontsize=8.5)
ax2.set_title("not grades", loc="center", fontsize=10, fontweight="normal")
fig.tight_layout()
run.save_figure(fig, "02_textstat_vs_ours", note="Arrows go from textstat's value to ours")
plt.show()

# %%
counts = cmp.counts.set_index("quantity")
cl = s.loc["coleman_liau"]
lw = s.loc["linsear_write"]


def moves(delta: float) -> str:
    """How textstat's own definition shifts its value, in words."""
    return f"{'lowers' if delta > 0 else 'raises'} it by {abs(delta):.2f}"


display(Markdown(
    f"**What it shows.** textstat finds {counts.loc['sentences', 'textstat']} sentences where "
    f"there are {counts.loc['sentences', 'ours']}: its regular expression ends a sentence at "
    f"every full stop (so inside \"U.S.\") and drops fragments of two words or fewer. It counts "
    f"{counts.loc['syllables', 'textstat']} syllables to our {counts.loc['syllables', 'ours']}, "
    f"{counts.loc['complex_words', 'textstat']} complex words for the Fog index to our "
    f"{counts.loc['complex_words', 'ours']} (it uses \"3+ syllables and not on the Dale-Chall "
    f"list\" instead of Gunning's rule), and {counts.loc['unfamiliar_words', 'textstat']} "
    f"unfamiliar words to our {counts.loc['unfamiliar_words', 'ours']} (no plural, -ed, -ing or "
    f"name rules). Constants matter less: textstat's 0.058 in Coleman-Liau "
    f"{moves(cl['from_definition'])}; its 100-word Linsear Write sample "
    f"{moves(lw['from_definition'])}. The largest total gap is {FORMULAS[big][1]}: "
    f"{s.loc[big, 'textstat']:.1f} (textstat) against {s.loc[big, 'ours']:.1f} (ours)."
))

# %% [markdown]
# ## Caveats
#
# - The formulas were fitted on school texts and samples of 100 words (Flesch, Dale-Chall,
#   Linsear Write) or 30 sentences (SMOG); a short opinion essay is outside the samples
#   they were fitted on, so read the grades as a range, not a precise level.
# - Syllables come from the CMU dictionary where it knows the word; for other words a rule
#   estimator, which must agree exactly with the dictionary on at least 90% of held-out
#   dictionary words (`tests/test_syllables.py`; the measured rate is printed by
#   `scripts/evaluate_syllables.py`). Figures count as read aloud ("2018" = 4 syllables).
# - Gunning's proper-noun rule and Dale and Chall's name rule rely on capitals; a name at the
#   start of a sentence that appears nowhere else in capitals is treated as a common word.
# - The seed essay stops at a paywall: the last sentence is incomplete and every number
#   describes the visible part only.
