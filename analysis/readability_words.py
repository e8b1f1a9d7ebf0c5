"""What makes a text hard to read, word by word: every word as the readability formulas counted
it (`word_table`), the words that push the grade up (`hard_words`) and the nominalisations.

The words come from the same single look at every word as the counts
(`analysis.readability_counts`), so a word is polysyllabic, complex or unfamiliar here exactly
when the formulas of `analysis.readability` counted it so (the counting rules are listed
there). Two features are added per written form: the nominalisation suffix (Biber 1988; the
suffixes are ``analysis/data/nominalisation_suffixes.csv``) and the Zipf frequency (Speer et al.,
wordfreq: log10 of the frequency per billion words).

References
----------
Biber, D. (1988). Variation across Speech and Writing. Cambridge University Press.
Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.
Dale, E. and Chall, J. S. (1948). A formula for predicting readability. Educational Research
Bulletin 27(1), 11-20, 28.
McLaughlin, G. H. (1969). SMOG grading: a new readability formula. Journal of Reading 12(8),
639-646.
Speer, R., Chin, J., Lin, A., Jewett, S. and Nathan, L. (2018). LuminosoInsight/wordfreq: v2.2.
Zenodo, doi:10.5281/zenodo.1443582.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

import pandas as pd

from . import paths
from .article import Article
from .readability_counts import _analyse
from .syllables import cmu_syllables

__all__ = ["hard_words", "nominalisations", "word_table"]


@lru_cache(maxsize=1)
def _nominal_suffixes() -> tuple[str, ...]:
    with open(paths.PACKAGE_DATA_DIR / "nominalisation_suffixes.csv", newline="",
              encoding="utf-8") as fh:
        return tuple(row["suffix"] for row in csv.DictReader(fh))


def _nominal_suffix(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    w = re.sub(r"'s$|'$", "", w)
    for suf in _nominal_suffixes():
        for form in (suf, suf + "s", suf[:-1] + "ies" if suf.endswith("y") else suf + "es"):
            if w.endswith(form) and len(w) - len(form) >= 3 and w.isalpha():
                return suf
    return ""


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def word_table(obj: str | Article, *, include_headline: bool = False) -> pd.DataFrame:
    """Every word as the formulas counted it: span, syllables (and whether the CMU dictionary
    knew it), letters, word classes, nominalisation suffix and Zipf frequency (wordfreq)."""
    _, _, ws = _analyse(obj, include_headline=include_headline)
    # Dictionary look-up, suffix and Zipf frequency depend on the written form only: once each.
    per_form: dict[str, tuple[bool, str, float]] = {}
    for t in {w.span.text for w in ws}:
        per_form[t] = (cmu_syllables(t.replace("\u2019", "'")) is not None, _nominal_suffix(t),
                       _zipf(t))
    rows = [{
        "start": w.span.start, "end": w.span.end, "text": w.span.text,
        "paragraph": w.span.paragraph, "sentence": w.span.sentence, "part": w.span.part,
        "syllables": w.syllables,
        "in_cmu": per_form[w.span.text][0],
        "letters": w.letters, "characters": w.characters, "number": w.number,
        "proper_noun": w.proper, "polysyllabic": w.polysyllabic, "complex": w.complex,
        "long": w.long, "unfamiliar": w.unfamiliar, "nominalisation": per_form[w.span.text][1],
        "zipf": per_form[w.span.text][2],
    } for w in ws]
    return pd.DataFrame(rows)


def hard_words(obj: str | Article, *, include_headline: bool = False,
               max_zipf: float = 3.5) -> pd.DataFrame:
    """The words that push the grade up, one row per word form (lower case), with counts.

    A word is listed when it is polysyllabic, complex, unfamiliar (Dale-Chall), a
    nominalisation, or rare (Zipf frequency below ``max_zipf``: fewer than about 3 per million
    words). Columns: ``word``, ``count``, ``syllables``, ``zipf``, ``rare``, the word classes,
    ``first_start``/``first_end`` (offsets of the first occurrence) and ``forms`` seen.
    Sorted by syllables, then rarity.
    """
    wt = word_table(obj, include_headline=include_headline)
    if wt.empty:
        return pd.DataFrame(columns=["word", "count", "syllables", "zipf", "rare"])
    wt = wt[~wt["number"]].copy()
    wt["word"] = wt["text"].str.lower().str.replace("\u2019", "'")
    wt["rare"] = wt["zipf"] < max_zipf
    flags = ["polysyllabic", "complex", "unfamiliar", "rare"]
    wt = wt[wt[flags].any(axis=1) | (wt["nominalisation"] != "")]
    out = (wt.groupby("word", sort=False)
             .agg(count=("text", "size"), syllables=("syllables", "first"),
                  zipf=("zipf", "first"), rare=("rare", "first"),
                  polysyllabic=("polysyllabic", "first"), complex=("complex", "any"),
                  unfamiliar=("unfamiliar", "any"), nominalisation=("nominalisation", "first"),
                  proper_noun=("proper_noun", "all"), first_start=("start", "min"),
                  first_end=("end", "first"), forms=("text", lambda s: ", ".join(sorted(set(s)))))
             .reset_index())
    return out.sort_values(["syllables", "zipf", "word"], ascending=[False, True, True],
                           ignore_index=True)


def nominalisations(obj: str | Article, *, include_headline: bool = False) -> pd.DataFrame:
    """Every nominalisation (Biber 1988: -tion, -ment, -ness, -ity and plurals) with its span."""
    wt = word_table(obj, include_headline=include_headline)
    cols = ["start", "end", "text", "paragraph", "sentence", "nominalisation", "syllables"]
    if wt.empty:
        return pd.DataFrame(columns=cols)
    return wt[wt["nominalisation"] != ""][cols].reset_index(drop=True)

