"""Readability side by side with textstat: textstat's nine whole-text values for the same text,
next to ours (`analysis.readability`), with each gap split into what comes from textstat's
counts and what from its definitions and constants.

The published formula is applied to textstat's own counts as well (`_score` of
`analysis.readability` on a `ReadabilityCounts` made by textstat's counters), so
``from_definition`` isolates textstat's changes to a formula (a constant, Gunning's complex
words, Linsear Write's sample) and ``from_counts`` what its sentence, word and syllable counts
add. textstat is imported on first use, and never downloads (`ensure_nltk_cmudict`).

References
----------
Bansal, S. and Aggarwal, C. textstat 0.7.13: calculate statistical features from text.
https://github.com/textstat/textstat (the version compared; its definitions are in
`TEXTSTAT_DEFINITIONS`).
Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.
Dale, E. and Chall, J. S. (1948). A formula for predicting readability. Educational Research
Bulletin 27(1), 11-20, 28.
Coleman, M. and Liau, T. L. (1975). A computer readability formula designed for machine
scoring. Journal of Applied Psychology 60(2), 283-284.
Senter, R. J. and Smith, E. A. (1967). Automated Readability Index. AMRL-TR-66-220,
Wright-Patterson Air Force Base.
Klare, G. R. (1974-1975). Assessing readability. Reading Research Quarterly 10(1), 62-102
(describes Linsear Write and its 100-word sample).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import pandas as pd

from .article import Article
from .readability import FORMULAS, _score, readability
from .readability_counts import ReadabilityCounts

__all__ = ["TEXTSTAT_DEFINITIONS", "TEXTSTAT_FUNCTIONS", "TextstatComparison", "textstat_scores"]

#: Our formula name -> the textstat function that computes it.
TEXTSTAT_FUNCTIONS: dict[str, str] = {
    "flesch_reading_ease": "flesch_reading_ease",
    "flesch_kincaid_grade": "flesch_kincaid_grade",
    "gunning_fog": "gunning_fog",
    "smog": "smog_index",
    "coleman_liau": "coleman_liau_index",
    "automated_readability_index": "automated_readability_index",
    "dale_chall": "dale_chall_readability_score",
    "linsear_write": "linsear_write_formula",
    "lix": "lix",
}

#: What textstat 0.7.13 does differently in each formula, besides its counts.
TEXTSTAT_DEFINITIONS: dict[str, str] = {
    "flesch_reading_ease": "same constants",
    "flesch_kincaid_grade": "same constants",
    "gunning_fog": "complex = 3+ syllables and not on the Dale-Chall list (not Gunning's rule)",
    "smog": "same constants",
    "coleman_liau": "0.058 instead of Coleman and Liau's 0.0588",
    "automated_readability_index": "characters include punctuation; words include punctuation "
                                   "tokens",
    "dale_chall": "no inflection, name or figure rules: any form not on the list is unfamiliar",
    "linsear_write": "first 100 words only, with sentences re-counted in that sample",
    "lix": "same formula",
}


@dataclass(frozen=True)
class TextstatComparison:
    """textstat's nine values for the same text, next to ours, with the counts behind both.

    ``scores`` columns: ``formula``, ``textstat`` (as is), ``textstat_counts_published`` (the
    published formula on textstat's counts: isolates textstat's definitions and constants),
    ``ours``, ``difference`` (ours - textstat), ``from_definition`` (textstat_counts_published -
    textstat), ``from_counts`` (ours - textstat_counts_published), ``explanation``.
    ``counts`` columns: ``quantity``, ``textstat``, ``ours``, ``why``.
    """

    text: str
    textstat: dict[str, float]
    scores: pd.DataFrame
    counts: pd.DataFrame


def _textstat_counts(text: str) -> ReadabilityCounts:
    import textstat

    words_ = textstat.lexicon_count(text)
    return ReadabilityCounts(
        sentences=textstat.sentence_count(text), words=words_,
        syllables=textstat.syllable_count(text),
        letters=textstat.letter_count(text),
        characters=textstat.char_count(text),  # textstat's ARI: non-space characters
        polysyllables=textstat.polysyllabcount(text),
        complex_words=_ts_difficult(text, 3),  # what textstat's gunning_fog counts
        long_words=textstat.long_word_count(text),
        unfamiliar_words=_ts_difficult(text, 0),
    )


def _ts_difficult(text: str, threshold: int) -> int:
    from textstat.backend.counts import count_difficult_words

    return count_difficult_words(text, "en_US", threshold)


_WHY = {
    "sentences": "textstat splits at every . ! ? (so at 'U.S.') and drops sentences of two "
                 "words or fewer; ours are Punkt sentences with an abbreviation list",
    "words": "textstat splits on spaces after deleting punctuation; ours are tokens with "
             "clitics re-attached",
    "syllables": "both use the CMU dictionary first; textstat deletes hyphens and apostrophes "
                 "and falls back on pyphen + 1; ours sums compound parts, reads figures and "
                 "abbreviations aloud, and falls back on estimate_syllables",
    "letters": "textstat counts letters and digits; ours letters only",
    "characters": "textstat counts every non-space character, punctuation included",
    "polysyllables": "follows the syllable counts",
    "complex_words": "textstat: 3+ syllables and not on the Dale-Chall list; ours: Gunning's "
                     "rule (no proper nouns, compounds, or -es/-ed/-ing third syllables)",
    "long_words": "both: more than 6 letters",
    "unfamiliar_words": "textstat: not on the list as written; ours: Dale and Chall's "
                        "inflection, name and figure rules",
}


def textstat_scores(obj: str | Article, *, include_headline: bool = False) -> TextstatComparison:
    """Run textstat 0.7.13's nine whole-text functions on the same text and explain each gap.

    For an Article the text given to textstat is its body paragraphs joined by blank lines
    (with the title and subtitle first when ``include_headline``). The CMU dictionary is put
    where nltk finds it first (`ensure_nltk_cmudict`), so textstat never downloads.
    """
    import textstat

    from .resources import ensure_nltk_cmudict

    ensure_nltk_cmudict()
    if isinstance(obj, Article):
        spans = obj.parts(("title", "subtitle", "body") if include_headline else ("body",))
        text = "\n\n".join(s.text for s in spans)
    else:
        text = obj
    ts_values = {name: float(getattr(textstat, fn)(text))
                 for name, fn in TEXTSTAT_FUNCTIONS.items()}
    ours = readability(obj, include_headline=include_headline)
    tc = _textstat_counts(text)
    published = _score(tc, warn=False).scores()
    oc = ours.counts
    differing = {f.name for f in fields(tc) if f.name in _WHY
                 and getattr(tc, f.name) != getattr(oc, f.name)}
    inputs = {
        "flesch_reading_ease": ("sentences", "words", "syllables"),
        "flesch_kincaid_grade": ("sentences", "words", "syllables"),
        "gunning_fog": ("sentences", "words", "complex_words"),
        "smog": ("sentences", "polysyllables"),
        "coleman_liau": ("sentences", "words", "letters"),
        "automated_readability_index": ("sentences", "words", "characters"),
        "dale_chall": ("sentences", "words", "unfamiliar_words"),
        "linsear_write": ("sentences", "words", "polysyllables"),
        "lix": ("sentences", "words", "long_words"),
    }
    rows = []
    for name, value in ts_values.items():
        parts_ = [f"{q} {getattr(tc, q)} vs {getattr(oc, q)}" for q in inputs[name]
                  if q in differing]
        definition = TEXTSTAT_DEFINITIONS[name]
        expl = "; ".join(([f"counts (textstat vs ours): {', '.join(parts_)}"] if parts_ else [])
                         + ([f"textstat: {definition}"] if not definition.startswith("same")
                            else []))
        o = ours.scores()[name]
        defn = published[name] - value
        defn = 0.0 if abs(defn) < 1e-9 else defn  # floating-point noise, not a difference
        rows.append({
            "formula": FORMULAS[name][1], "name": name, "textstat": value,
            "textstat_counts_published": published[name], "ours": o,
            "difference": o - value, "from_definition": defn,
            "from_counts": o - value - defn, "explanation": expl or "no difference",
        })
    counts = pd.DataFrame([{"quantity": q, "textstat": getattr(tc, q), "ours": getattr(oc, q),
                            "why": _WHY[q]} for q in _WHY])
    return TextstatComparison(text=text, textstat=ts_values, scores=pd.DataFrame(rows),
                              counts=counts)

