"""Readability: the classic formulas from their papers, computed from the package's own counts.

The text is tokenized once (`sentences`, `words`, `lexical_words`), each word is looked at once
(syllables, letters, familiarity), and every formula is a small pure function of the resulting
`ReadabilityCounts`. Undefined values are NaN with a reason, never 0.

This module holds the formulas and the summaries built from them: the whole text
(`readability`), one row per sentence or paragraph (`readability_table`) and the longest
sentences. The counts are made in `analysis.readability_counts`; the per-word table and the
hard words in `analysis.readability_words`; the side-by-side with textstat in
`analysis.readability_textstat`. Their public names stay importable from here.

Counting rules (after Flesch 1948, applied to the package's tokens)
-------------------------------------------------------------------
- Sentences: the Punkt sentences of `analysis.tokenize.sentences` ("U.S." does not end a
  sentence; a sentence never crosses a paragraph). With ``include_headline=True`` the title and
  subtitle count as one sentence each. A "sentence" without any word (a lone dash) is dropped.
  Colons and semicolons do not end sentences.
- Words: `lexical_words`: punctuation dropped; a contraction ("don't") or a possessive
  ("Korea's") is one word; a hyphenated compound ("gangster-like", "one-track") is one word;
  figures ("2018", "25%") are words; an abbreviation ("U.S.") is one word.
- Syllables: `analysis.syllables.count_syllables` (the CMU dictionary, then Flesch's rules:
  figures as read aloud, abbreviations letter by letter, compounds as the sum of their parts).
- Letters: alphabetic characters of the words (Coleman and Liau 1975); characters: letters and
  digits (Senter and Smith 1967 counted strokes for letters and numbers, not punctuation).
- Polysyllables: words of 3 or more syllables (McLaughlin 1969; Linsear Write's "hard" words).
- Complex words (Gunning 1952): 3+ syllables, except proper nouns (capitalised words not at
  the start of a sentence, or at the start but capitalised elsewhere in the text), hyphenated
  compounds, and words that reach 3 syllables only through -es, -ed or -ing (the suffix is a
  syllable only after s/x/z/ch/sh/ce/ge for -es, after t/d for -ed, always for -ing).
- Long words (Björnsson 1968): more than 6 letters.
- Unfamiliar words (Dale and Chall 1948): not on the Dale-Chall list of about 3,000 familiar
  words (``analysis/data/dale_chall_easy_words.csv``) after their rules: regular plurals and
  possessives, -s/-ies, -ed/-ied, -ing, -n/-en participles, -er/-est comparatives and -ly
  adverbs of listed words are familiar, and so are names of persons and places (proper nouns as
  above) and figures; a hyphenated compound is familiar when every part is.

References
----------
Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3), 221-233.
Dale, E. and Chall, J. S. (1948). A formula for predicting readability; and Instructions.
Educational Research Bulletin 27(1), 11-20, 28; 27(2), 37-54.
Chall, J. S. and Dale, E. (1995). Readability Revisited: The New Dale-Chall Readability
Formula. Brookline Books.
Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.
McLaughlin, G. H. (1969). SMOG grading: a new readability formula. Journal of Reading 12(8),
639-646.
Senter, R. J. and Smith, E. A. (1967). Automated Readability Index. AMRL-TR-66-220,
Wright-Patterson Air Force Base.
Björnsson, C. H. (1968). Läsbarhet. Liber.
Kincaid, J. P., Fishburne, R. P., Rogers, R. L. and Chissom, B. S. (1975). Derivation of new
readability formulas for Navy enlisted personnel. Research Branch Report 8-75, Naval Technical
Training Command.
Coleman, M. and Liau, T. L. (1975). A computer readability formula designed for machine
scoring. Journal of Applied Psychology 60(2), 283-284.
Klare, G. R. (1974-1975). Assessing readability. Reading Research Quarterly 10(1), 62-102
(describes Linsear Write, developed for the U.S. Air Force by O'Hayre).
"""

from __future__ import annotations

import importlib
import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import pandas as pd

from .article import Article

# The counts (one look at every word) are their own module; their names stay importable here.
from .readability_counts import (
    ReadabilityCounts,
    _analyse,
    _count,
    _count_lexical,
    _lexical,
    _Word,
    count_readability,
    describe_words,
    is_familiar,
)
from .spans import Span

if TYPE_CHECKING:  # the moved names in `__all__`, for type checkers; at run time: `_MOVED`
    from .readability_textstat import TextstatComparison, textstat_scores
    from .readability_words import hard_words, nominalisations, word_table

__all__ = [
    "FORMULAS",
    "Readability",
    "ReadabilityCounts",
    "ReadabilityWarning",
    "TextstatComparison",
    "automated_readability_index",
    "coleman_liau",
    "count_readability",
    "dale_chall",
    "describe_words",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "grade_equivalent",
    "gunning_fog",
    "hard_words",
    "is_familiar",
    "linsear_write",
    "lix",
    "longest_sentences",
    "nominalisations",
    "readability",
    "readability_from_tokens",
    "readability_table",
    "reading_ease_label",
    "smog",
    "textstat_scores",
    "word_table",
]

#: Fewer sentences than this and SMOG is outside the sample size it was fitted on.
SMOG_MIN_SENTENCES = 30
#: A text with at least this many words and no sentence punctuation gets NaN sentence scores.
UNPUNCTUATED_MIN_WORDS = 60
#: A text whose mean sentence is longer than this (in words) is missing sentence punctuation,
#: so every sentence-based score is NaN. Chosen from UD English EWT 2.x (16,537 sentences of
#: web text, punctuation tokens left out): 99.9% of its sentences have at most 73 words and
#: the longest has 136, so a *mean* above 75 means the text is not punctuated into sentences
#: (a run-on text of 5,000 words and one full stop has a mean of 5,000, which Flesch's formula
#: turns into -4976). The highest mean of the 113 texts in the article-pages corpus is 51.6.
#: Re-run the check in tests/test_robust_readability.py after changing it.
MAX_MEAN_SENTENCE_WORDS = 75
#: A text in which fewer than this share of the words are words of letters (the rest are
#: figures: "2018", "3.5", "40%") is a table or a list of numbers, not prose, so the
#: readability formulas (fitted on prose) are NaN. In the article-pages corpus the highest
#: share of figures is 26% (a results page), the median about 2%.
MIN_LETTER_WORD_SHARE = 0.5
#: Per-sentence and per-paragraph scores need a unit of at least this many words, else NaN.
#: The formulas were fitted on 100-word samples (Flesch 1948; Dale and Chall 1948; Gunning
#: 1952; Linsear Write counts a 100-word sample), so a shorter unit is outside their sample
#: size; SMOG needs `SMOG_MIN_SENTENCES` sentences (McLaughlin 1969) and is NaN in any unit
#: with fewer. ``readability_table(..., min_words=0)`` scores every unit regardless.
UNIT_MIN_WORDS = 100


class ReadabilityWarning(UserWarning):
    """A readability score was not computed or is outside its formula's intended use."""


# --- the formulas ---------------------------------------------------------------------------

def _div(a: float, b: float) -> float:
    return a / b if b else math.nan


def flesch_reading_ease(c: ReadabilityCounts) -> float:
    """206.835 - 1.015 words/sentences - 84.6 syllables/words (higher = easier, 0-100 mostly).

    References
    ----------
    Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3), 221-233.
    """
    return 206.835 - 1.015 * _div(c.words, c.sentences) - 84.6 * _div(c.syllables, c.words)


def flesch_kincaid_grade(c: ReadabilityCounts) -> float:
    """0.39 words/sentences + 11.8 syllables/words - 15.59 (US school grade).

    References
    ----------
    Kincaid, J. P., Fishburne, R. P., Rogers, R. L. and Chissom, B. S. (1975). Derivation of new
    readability formulas for Navy enlisted personnel. Research Branch Report 8-75.
    """
    return 0.39 * _div(c.words, c.sentences) + 11.8 * _div(c.syllables, c.words) - 15.59


def gunning_fog(c: ReadabilityCounts) -> float:
    """0.4 (words/sentences + 100 complex words/words) (US school grade).

    References
    ----------
    Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.
    """
    return 0.4 * (_div(c.words, c.sentences) + 100 * _div(c.complex_words, c.words))


def smog(c: ReadabilityCounts) -> float:
    """1.0430 sqrt(polysyllables x 30/sentences) + 3.1291 (US grade; meant for 30 sentences).

    References
    ----------
    McLaughlin, G. H. (1969). SMOG grading: a new readability formula. Journal of Reading 12(8),
    639-646.
    """
    return 1.0430 * math.sqrt(c.polysyllables * _div(30, c.sentences)) + 3.1291


def coleman_liau(c: ReadabilityCounts) -> float:
    """0.0588 L - 0.296 S - 15.8, L letters and S sentences per 100 words (US grade).

    References
    ----------
    Coleman, M. and Liau, T. L. (1975). A computer readability formula designed for machine
    scoring. Journal of Applied Psychology 60(2), 283-284.
    """
    return 0.0588 * 100 * _div(c.letters, c.words) - 0.296 * 100 * _div(c.sentences, c.words) - 15.8


def automated_readability_index(c: ReadabilityCounts) -> float:
    """4.71 characters/words + 0.5 words/sentences - 21.43 (US grade).

    References
    ----------
    Senter, R. J. and Smith, E. A. (1967). Automated Readability Index. AMRL-TR-66-220.
    """
    return 4.71 * _div(c.characters, c.words) + 0.5 * _div(c.words, c.sentences) - 21.43


def dale_chall(c: ReadabilityCounts) -> float:
    """0.1579 PDW + 0.0496 words/sentences, + 3.6365 when PDW > 5 (PDW = % unfamiliar words).

    The score maps to grade bands (`grade_equivalent`): below 5.0 grade 4 and below ... 10 and
    above college graduate.

    References
    ----------
    Dale, E. and Chall, J. S. (1948). A formula for predicting readability. Educational Research
    Bulletin 27(1), 11-20, 28.
    """
    pdw = 100 * _div(c.unfamiliar_words, c.words)
    raw = 0.1579 * pdw + 0.0496 * _div(c.words, c.sentences)
    return raw + 3.6365 if pdw > 5 else raw


def linsear_write(c: ReadabilityCounts) -> float:
    """r = (easy words + 3 hard words)/sentences; r/2 if r > 20, else (r - 2)/2 (US grade).

    Easy words have 1-2 syllables, hard words 3 or more. The original scores a 100-word sample;
    here the whole text (r is a rate per sentence, so it does not depend on the sample size).

    References
    ----------
    O'Hayre, J. (1966). Gobbledygook Has Gotta Go. U.S. Bureau of Land Management (the
    formula, developed for the U.S. Air Force); Klare, G. R. (1974-1975). Assessing
    readability. Reading Research Quarterly 10(1), 62-102.
    """
    easy = c.words - c.polysyllables
    r = _div(easy + 3 * c.polysyllables, c.sentences)
    return r / 2 if r > 20 else (r - 2) / 2


def lix(c: ReadabilityCounts) -> float:
    """words/sentences + 100 long words/words (long = more than 6 letters); not a grade.

    Björnsson's bands: below 30 very easy, 30-40 easy, 40-50 medium, 50-60 difficult, above 60
    very difficult.

    References
    ----------
    Björnsson, C. H. (1968). Läsbarhet. Liber.
    """
    return _div(c.words, c.sentences) + 100 * _div(c.long_words, c.words)


#: name -> (function, short label, whether the score is a US school grade)
FORMULAS: dict[str, tuple[Callable[[ReadabilityCounts], float], str, bool]] = {
    "flesch_reading_ease": (flesch_reading_ease, "Flesch Reading Ease", False),
    "flesch_kincaid_grade": (flesch_kincaid_grade, "Flesch-Kincaid grade", True),
    "gunning_fog": (gunning_fog, "Gunning Fog", True),
    "smog": (smog, "SMOG", True),
    "coleman_liau": (coleman_liau, "Coleman-Liau", True),
    "automated_readability_index": (automated_readability_index, "ARI", True),
    "dale_chall": (dale_chall, "Dale-Chall", False),
    "linsear_write": (linsear_write, "Linsear Write", True),
    "lix": (lix, "LIX", False),
}

#: Flesch (1949) reading-ease bands -> school grade (the middle of each band).
_FRE_GRADES = ((90, 5.0), (80, 6.0), (70, 7.0), (60, 8.5), (50, 11.0), (30, 14.5),
               (-math.inf, 17.0))
#: Dale and Chall (1948) score bands -> school grade (the middle of each band).
_DC_GRADES = ((10.0, 16.0), (9.0, 14.0), (8.0, 11.5), (7.0, 9.5), (6.0, 7.5), (5.0, 5.5),
              (-math.inf, 4.0))


def grade_equivalent(name: str, score: float) -> float:
    """A US school grade for a formula's score: grade formulas as is; Flesch Reading Ease and
    Dale-Chall through their published bands (middle of the band); NaN for LIX (no grade scale).
    """
    if math.isnan(score):
        return math.nan
    if FORMULAS[name][2]:
        return score
    table = {"flesch_reading_ease": _FRE_GRADES, "dale_chall": _DC_GRADES}.get(name)
    if table is None:
        return math.nan
    return next(g for lo, g in table if score >= lo)


#: Flesch's (1948) description of Reading Ease scores: (lowest score of the band, label).
FLESCH_SCALE: tuple[tuple[float, str], ...] = (
    (90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "standard"),
    (50, "fairly difficult"), (30, "difficult"), (-math.inf, "very difficult"))


def reading_ease_label(score: float) -> str:
    """Flesch's own label for a Reading Ease score (0-30 very difficult, 30-50 difficult, 50-60
    fairly difficult, 60-70 standard, 70-80 fairly easy, 80-90 easy, 90-100 very easy);
    "undefined" for NaN.

    References: Flesch, R. (1948). A new readability yardstick. J. Appl. Psych. 32(3), table 5.
    """
    if math.isnan(score):
        return "undefined"
    return next(label for lo, label in FLESCH_SCALE if score >= lo)


# --- the summary ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Readability:
    """Counts, the nine scores, why any score is NaN, and notes on the formulas' limits."""

    counts: ReadabilityCounts
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog: float
    coleman_liau: float
    automated_readability_index: float
    dale_chall: float
    linsear_write: float
    lix: float
    nan_reasons: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def scores(self) -> dict[str, float]:
        """Formula name -> score."""
        return {name: getattr(self, name) for name in FORMULAS}

    def grades(self) -> dict[str, float]:
        """Formula name -> US school grade equivalent (NaN for LIX)."""
        return {name: grade_equivalent(name, v) for name, v in self.scores().items()}


def _score(c: ReadabilityCounts, *, warn: bool = True) -> Readability:
    reasons: dict[str, str] = {}
    notes: list[str] = []
    scores = {name: fn(c) for name, (fn, _, _) in FORMULAS.items()}
    if c.words == 0:
        reasons = {name: "no words" for name in FORMULAS}
    elif c.sentences == 0:
        reasons = {name: "no sentences" for name in FORMULAS}
    elif c.unterminated_sentences == c.sentences and c.words >= UNPUNCTUATED_MIN_WORDS:
        msg = (f"{c.words} words without sentence punctuation: sentence length is undefined, so "
               "every sentence-based score is NaN")
        reasons = {name: msg for name in FORMULAS}
    elif c.words / c.sentences > MAX_MEAN_SENTENCE_WORDS:
        msg = (f"{c.words} words in {c.sentences} sentence(s), {c.words / c.sentences:.0f} per "
               f"sentence, more than the {MAX_MEAN_SENTENCE_WORDS} that punctuated English "
               "reaches (UD English EWT): the text is missing sentence punctuation, so every "
               "sentence-based score is NaN")
        reasons = {name: msg for name in FORMULAS}
    elif c.words - c.numbers < MIN_LETTER_WORD_SHARE * c.words:
        msg = (f"{c.numbers} of {c.words} words are figures, not words of letters (fewer than "
               f"{MIN_LETTER_WORD_SHARE:.0%} are words): the text is a table or a list of "
               "numbers, not prose, and the formulas are for prose, so every score is NaN")
        reasons = {name: msg for name in FORMULAS}
    if reasons and c.words and c.sentences and warn:
        warnings.warn(next(iter(reasons.values())), ReadabilityWarning, stacklevel=3)
    if reasons:
        scores = {name: math.nan for name in FORMULAS}
    elif c.sentences < SMOG_MIN_SENTENCES:
        notes.append(f"SMOG: {c.sentences} sentences, fewer than the {SMOG_MIN_SENTENCES} "
                     "McLaughlin's formula was fitted on; treat it as a rough guide")
    return Readability(counts=c, **scores, nan_reasons=reasons, notes=tuple(notes))


def readability(obj: str | Article, *, include_headline: bool = False) -> Readability:
    """Every formula for a string or an Article's body (with the headline if asked).

    Tokenizes once, counts once, then computes the nine scores from `ReadabilityCounts`.
    A long text without sentence punctuation warns (`ReadabilityWarning`) and gets NaN scores.
    """
    _, sents, lex = _lexical(obj, include_headline=include_headline)
    return _score(_count_lexical(sents, lex))


def readability_from_tokens(sentence_spans: Sequence[Span], lexical: Sequence[Span]) -> Readability:
    """The same summary from tokens you already have (`sentences` + `lexical_words`), so a
    pipeline that measures several things tokenizes once."""
    return _score(_count_lexical(sentence_spans, lexical))


def readability_table(obj: str | Article, *, by: str = "sentence",
                      include_headline: bool = False,
                      min_words: int = UNIT_MIN_WORDS) -> pd.DataFrame:
    """One row per sentence or paragraph: offsets, text, counts and the nine scores.

    Columns: ``unit`` (sentence or paragraph index), ``paragraph``, ``part``, ``start``, ``end``,
    ``text``, every `ReadabilityCounts` field, the nine scores and ``nan_reason``. A unit of
    fewer than ``min_words`` words (default `UNIT_MIN_WORDS`, the formulas' 100-word samples)
    gets NaN scores with the reason; SMOG is NaN below `SMOG_MIN_SENTENCES` sentences.

    References: Flesch (1948), J. Appl. Psych. 32(3); Dale and Chall (1948), Educ. Res. Bull.
    27(1); Gunning (1952), The Technique of Clear Writing; McLaughlin (1969), J. Reading 12(8).
    """
    if by not in ("sentence", "paragraph"):
        raise ValueError(f"by must be 'sentence' or 'paragraph', not {by!r}")
    source, sents, ws = _analyse(obj, include_headline=include_headline)
    key = (lambda s: s.sentence) if by == "sentence" else (lambda s: (s.part, s.paragraph))
    groups: dict[object, list[Span]] = {}
    for s in sents:
        groups.setdefault(key(s), []).append(s)
    by_sentence: dict[int | None, list[_Word]] = {}
    for w in ws:
        by_sentence.setdefault(w.span.sentence, []).append(w)
    rows = []
    for k, (_, ss) in enumerate(groups.items()):
        gw = [w for s in ss for w in by_sentence.get(s.sentence, [])]
        r = _score(_count(ss, gw), warn=False)
        start, end = ss[0].start, ss[-1].end
        scores, reason = r.scores(), next(iter(r.nan_reasons.values()), "")
        if not reason and r.counts.words < min_words:
            reason = (f"{r.counts.words} words, fewer than the {min_words} of the samples the "
                      "formulas were fitted on")
            scores = {name: math.nan for name in scores}
        elif not reason and r.counts.sentences < SMOG_MIN_SENTENCES and min_words > 0:
            scores["smog"] = math.nan
            reason = (f"SMOG: {r.counts.sentences} sentences, fewer than the "
                      f"{SMOG_MIN_SENTENCES} it needs")
        rows.append({
            "unit": k, "paragraph": ss[0].paragraph, "part": ss[0].part, "start": start,
            "end": end, "text": source[start:end],
            **{f.name: getattr(r.counts, f.name) for f in fields(r.counts)},
            **scores,
            "nan_reason": reason,
        })
    return pd.DataFrame(rows)


def longest_sentences(obj: str | Article, *, n: int = 5,
                      include_headline: bool = False) -> pd.DataFrame:
    """The ``n`` longest sentences in words, with offsets, words, syllables and FK grade."""
    t = readability_table(obj, by="sentence", include_headline=include_headline)
    cols = ["unit", "paragraph", "start", "end", "words", "syllables", "polysyllables",
            "flesch_kincaid_grade", "text"]
    return t.sort_values(["words", "unit"], ascending=[False, True]).head(n)[cols].rename(
        columns={"unit": "sentence"}).reset_index(drop=True)


# --- names that moved to the modules built on this one ------------------------------------

#: Public names of `readability_words` and `readability_textstat`, importable from here as
#: before. They are imported on first use (PEP 562), not here: `readability_textstat` imports
#: this module, and `import analysis.readability` should not load the word or textstat tables.
_MOVED: dict[str, str] = {
    **dict.fromkeys(("hard_words", "nominalisations", "word_table"), "readability_words"),
    **dict.fromkeys(("TEXTSTAT_DEFINITIONS", "TEXTSTAT_FUNCTIONS", "TextstatComparison",
                     "textstat_scores"), "readability_textstat"),
}


def __getattr__(name: str) -> Any:
    """A name that moved out of this module, from the module that holds it now."""
    module = _MOVED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MOVED))
