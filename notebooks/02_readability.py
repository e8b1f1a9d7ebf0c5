# %% [markdown]
# # 02 · How hard is the article to read, and why?
#
# **Question.** What school grade do the classic readability formulas give the article's body, how
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
ENCODING = None  # None: UTF-8, or an HTML page's declared charset; or e.g. "cp1252"

# %%
import re

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from analysis import (hard_words, longest_sentences, nominalisations, plots, readability,
                      readability_table, textstat_scores)
from analysis.notebook import md_text, open_run, short
from analysis.readability import FORMULAS, UNIT_MIN_WORDS, reading_ease_label

run = open_run(ARTICLE, OUT, encoding=ENCODING)
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
    + (f" The text is cut off ({md_text(article.truncation_reason)}), so these are counts for "
       "the part we have." if article.truncated else "")
))

# %% [markdown]
# ## Nine formulas, one text
#
# Seven formulas give a US school grade directly. Flesch Reading Ease (0-100, higher is easier)
# and Dale-Chall (a score) are turned into grades with their authors' own band tables (the middle
# of each band); LIX has no grade scale, so it is shown on Björnsson's own bands.

# %%
scores = plots.grades_table(r)
run.save_table(scores, "02_grades_by_formula")
scores[["formula", "score", "grade", "grade_from"]]

# %%
fig = plots.grades_by_formula(article, result=r)
run.save_figure(fig, "02_grades_by_formula")
plt.show()
graded = scores[scores["grade_from"] != "no grade"].dropna(subset=["grade"]).sort_values("grade")

# %%
grade_only = graded["grade"]
fk = r.flesch_kincaid_grade
if grade_only.empty:
    display(Markdown("**What it shows.** No formula gives a grade for this text: "
                     + md_text(next(iter(r.nan_reasons.values()), "no text")) + "."))
else:
    spread = grade_only.max() - grade_only.min()
    level = next((label for lo, hi, label in plots.GRADE_BANDS if lo <= grade_only.median() < hi),
                 plots.GRADE_BANDS[-1][2]).split("\n")[0]
    display(Markdown(
        f"**What it shows.** The median formula puts the body at {level} level. The grades run "
        f"from {grade_only.min():.1f} ({graded.iloc[0]['formula']}) to {grade_only.max():.1f} "
        f"({graded.iloc[-1]['formula']}), a spread of {spread:.1f} grades "
        + ("(the formulas broadly agree)" if spread <= 4 else "(the formulas disagree widely)")
        + f" around a median of {grade_only.median():.1f}. Flesch-Kincaid says {fk:.1f}; "
        f"Flesch Reading Ease is {r.flesch_reading_ease:.1f} "
        f"(\"{reading_ease_label(r.flesch_reading_ease)}\" on Flesch's 1948 scale), "
        f"and LIX is {r.lix:.1f}. "
        + ("; ".join(r.notes) + "." if r.notes else "")))

# %% [markdown]
# ## Sentence by sentence
#
# A text's grade is an average. The chart shows each sentence's length in reading order, with
# the paragraph boundaries, to show where the long sentences sit.

# %%
sent = readability_table(article, by="sentence")
run.save_table(sent, "02_sentence_lengths")
fig = plots.sentence_lengths(article)
run.save_figure(fig, "02_sentence_lengths")
plt.show()

# %%
top = longest_sentences(article, n=3)
run.save_table(top, "02_longest_sentences")
items = [f"{k + 1}. ({row.words} words, {row.syllables / row.words:.2f} syllables per word) "
         f"*{short(row.text, 160)}*" for k, row in enumerate(top.itertuples())]
display(Markdown("**The longest sentences** (no grade: a single sentence is shorter than the "
                 f"{UNIT_MIN_WORDS}-word samples the formulas were fitted on):\n\n"
                 + "\n".join(items)))

# %% [markdown]
# ## Paragraph by paragraph
#
# The same formulas on each paragraph. The formulas were fitted on samples of 100 words (Flesch
# 1948, Dale and Chall 1948, Gunning 1952; SMOG on 30 sentences, McLaughlin 1969), so a
# paragraph shorter than `analysis.readability.UNIT_MIN_WORDS` words gets no grade (NaN with the
# reason in the table) and the figure marks it "too short" instead of drawing a number.

# %%
para = readability_table(article, by="paragraph")
run.save_table(para, "02_paragraph_grades")
fig = plots.paragraph_grades(article, table=para)
run.save_figure(fig, "02_paragraph_grades")
plt.show()
scored = para.dropna(subset=["flesch_kincaid_grade"])
if scored.empty:
    display(Markdown(f"**What it shows.** No paragraph has {UNIT_MIN_WORDS} words, so none gets "
                     f"a grade of its own; the longest has {para['words'].max()} words."))
else:
    hardest = scored.loc[scored["flesch_kincaid_grade"].idxmax()]
    easiest = scored.loc[scored["flesch_kincaid_grade"].idxmin()]
    display(Markdown(
        f"**What it shows.** {len(scored)} of {len(para)} paragraphs "
        f"{'is' if len(scored) == 1 else 'are'} long enough to score. "
        f"By Flesch-Kincaid, paragraph {hardest['unit'] + 1} ({hardest['words']} words, "
        f"{hardest['words'] / hardest['sentences']:.1f} words per sentence) reads at grade "
        f"{hardest['flesch_kincaid_grade']:.1f}"
        + (f", paragraph {easiest['unit'] + 1} at {easiest['flesch_kincaid_grade']:.1f}."
           if len(scored) > 1 else ".")))

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
    times = "once" if top_poly["count"] == 1 else f"{top_poly['count']} times"
    longest = (f" The longest is *{md_text(top_poly['word'])}* ({top_poly['syllables']} "
               f"syllables, {times}).")
display(Markdown(
    f"**What it shows.** {len(hw)} word forms push the grade up.{longest} "
    f"{len(rare)} are rare in general English"
    + (": " + ", ".join(f"*{md_text(w)}* (Zipf {z:.1f})" for w, z in
                        zip(rare['word'][:12], rare['zipf'][:12], strict=True))
       + (f" and {len(rare) - 12} more (in the table)" if len(rare) > 12 else "")
       if len(rare) else "")
    + f". The body has {len(nz)} nominalisations"
    + (": " + ", ".join(f"*{md_text(w)}* ×{n}" for w, n in nz_counts.head(12).items())
       + (f" and {len(nz_counts) - 12} more forms" if len(nz_counts) > 12 else "")
       if len(nz) else "")
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
fig = plots.textstat_comparison(article, comparison=cmp)
run.save_figure(fig, "02_textstat_vs_ours")
plt.show()

# %%
counts = cmp.counts.set_index("quantity")
s = cmp.scores.set_index("name")
theirs, ours = int(counts.loc["sentences", "textstat"]), int(counts.loc["sentences", "ours"])
body = " ".join(p.text for p in article.paragraphs)
# Why the sentence counts differ, said only when this text shows it: textstat 0.7.13 ends a
# sentence at every full stop (so inside abbreviations) and ignores sentences of <= 2 words.
abbreviations = sorted(set(re.findall(r"\b(?:[A-Za-z]\.){2,}", body)))
tiny = int((sent["words"] <= 2).sum())
if theirs > ours and abbreviations:
    why = ("its regular expression ends a sentence at every full stop, so inside "
           + ", ".join(f"\"{md_text(a)}\"" for a in abbreviations[:4]))
elif theirs > ours:
    why = "it ends a sentence at punctuation that Punkt does not treat as a sentence end"
elif theirs < ours and tiny:
    why = (("" if ours - theirs == tiny else "in part because ")
           + f"it ignores sentences of two words or fewer ({tiny} of the package's {ours})")
elif theirs < ours:
    why = "it joins stretches that Punkt splits"
else:
    why = "the two counts agree"
gaps = (s.loc[[n for n in FORMULAS if n != "lix"], "ours"]
        - s.loc[[n for n in FORMULAS if n != "lix"], "textstat"]).abs()
big = gaps.idxmax() if gaps.notna().any() else None
display(Markdown(
    f"**What it shows.** textstat finds {theirs} sentences where the package finds {ours}"
    + (f": {why}. " if theirs != ours else ". ")
    + f"It counts {counts.loc['syllables', 'textstat']} syllables to our "
    f"{counts.loc['syllables', 'ours']}, {counts.loc['complex_words', 'textstat']} complex words "
    f"for the Fog index to our {counts.loc['complex_words', 'ours']} (it uses \"3+ syllables and "
    f"not on the Dale-Chall list\" instead of Gunning's rule), and "
    f"{counts.loc['unfamiliar_words', 'textstat']} unfamiliar words to our "
    f"{counts.loc['unfamiliar_words', 'ours']} (no plural, -ed, -ing or name rules)."
    + (f" The largest gap is {FORMULAS[big][1]}: {s.loc[big, 'textstat']:.1f} (textstat) "
       f"against {s.loc[big, 'ours']:.1f} (ours)." if big else "")
))

# %% [markdown]
# ## Caveats
#
# - The formulas were fitted on school texts and samples of 100 words (Flesch, Dale-Chall,
#   Linsear Write) or 30 sentences (SMOG); a short opinion article is outside the samples
#   they were fitted on, so read the grades as a range, not a precise level.
# - Syllables come from the CMU dictionary where it knows the word; for other words a rule
#   estimator, which must agree exactly with the dictionary on at least 90% of held-out
#   dictionary words (`tests/test_syllables.py`; the measured rate is printed by
#   `scripts/evaluate_syllables.py`). Figures count as read aloud ("2018" = 4 syllables).
# - Gunning's proper-noun rule and Dale and Chall's name rule rely on capitals; a name at the
#   start of a sentence that appears nowhere else in capitals is treated as a common word.
# - A text cut off by its page (notebook 01 says whether this one is) is measured as far as it
#   goes: every number then describes the visible part only.
