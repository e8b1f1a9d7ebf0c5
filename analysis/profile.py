"""Headline numbers, one row per article, to compare many (``python -m analysis profile``).

`profile_article` segments an article once (sentences, then words within them) and hands the
same tokens to each measurement module's summary; `iter_profiles` streams files one at a time
(one article in memory at once) with a progress bar; `profile_table` collects the rows into a
DataFrame (one row per article, columns documented in `COLUMNS`).

A measurement module contributes through a *section*: a function ``(article, sentences,
tokens) -> dict`` registered in `SECTIONS`. Sections whose module is not importable yet are
skipped, so the table grows as modules are added. Undefined values are ``NaN``, never 0.

For a corpus on several cores (Dask), see `analysis.corpus.profile_corpus`: the same row per
article, streamed to Parquet or CSV.
"""

from __future__ import annotations

import gc
import math
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from . import paths
from .article import Article, load_article
from .errors import ArticleError
from .spans import Span
from .tokenize import sentences, token_table
from .tokens import TokenTable

__all__ = ["COLUMNS", "SECTIONS", "HEADLINE", "Measure", "profile_article", "iter_profiles",
           "profile_table", "article_paths", "news_reference", "comparison_table",
           "headline_markdown"]

Section = Callable[[Article, list[Span], TokenTable], dict[str, Any]]

#: Column -> what it holds. Columns of sections whose module is missing are left out.
COLUMNS: dict[str, str] = {
    "name": "the file name without extension",
    "path": "the file as given",
    "title": "the headline, if the loader found one",
    "truncated": "True when the text is cut off (paywall, loading marker, no final punctuation)",
    "paragraphs": "body paragraphs",
    "sentences": "body sentences (analysis.tokenize.sentences)",
    "words": "body words counted the Flesch way (analysis.tokenize.lexical_words)",
    "words_per_sentence": "words / sentences",
    "error": "the ArticleError message when the file could not be read (skip_errors=True)",
}


def _structure(article: Article, sents: list[Span], toks: TokenTable) -> dict[str, Any]:
    n_words = len(toks.lexical(article.text))
    return {
        "title": article.title.text if article.title else "",
        "truncated": bool(article.truncated),
        "paragraphs": len(article.paragraphs),
        "sentences": len(sents),
        "words": n_words,
        "words_per_sentence": n_words / len(sents) if sents else math.nan,
    }


def _stance_analysis(article: Article) -> Any:
    """The article's `analysis.stance.analyse` (attributions included), built once per
    `profile_article` call and shared by the hedging and stance sections."""
    from .stance import analyse

    try:
        an = _ANALYSES.get(article)
        if an is None:
            an = _ANALYSES[article] = analyse(article)
    except TypeError:  # an unhashable field: not remembered
        an = analyse(article)
    return an


# Article -> its stance analysis, while `profile_article` runs (entries dropped at its end).
_ANALYSES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _hedging(article: Article, sents: list[Span], toks: TokenTable) -> dict[str, Any]:
    from .hedging import body_hedge_rates

    # The profile path: body rates without hedging_summary's tables, and the attributions of
    # the stance analysis (the same `analyse_article` result hedging would build again).
    body, hedges = body_hedge_rates(article, attributed=_stance_analysis(article).attributed)
    # Measured the way the news reference was (every voice, body only), as
    # analysis.evaluate.compare_with_reference counts it, from the same matches: the matcher
    # works sentence by sentence, so the body's hedges do not depend on the headline lines.
    nw, ns = body.words, body.sentences
    return {
        "hedges_per_1000": body.hedges_per_1000,
        "boosters_per_1000": body.boosters_per_1000,
        "share_sentences_hedged": body.share_sentences_hedged,
        "hedges_per_1000_all_voices": 1000 * len(hedges) / nw if nw else math.nan,
        "share_sentences_hedged_all_voices": (len({s for _, s in hedges}) / ns
                                              if ns else math.nan),
    }


def _readability(article: Article, sents: list[Span], toks: TokenTable) -> dict[str, Any]:
    from .readability import readability

    r = readability(article)
    return {
        "flesch_reading_ease": r.flesch_reading_ease,
        "flesch_kincaid_grade": r.flesch_kincaid_grade,
        "gunning_fog": r.gunning_fog,
        "dale_chall": r.dale_chall,
    }


def _stance(article: Article, sents: list[Span], toks: TokenTable) -> dict[str, Any]:
    from .stance_rates import stance_summary

    s = stance_summary(_stance_analysis(article))
    return {
        "attitude_per_1000": s.author_per_1000.get("attitude", math.nan),
        "deontic_per_1000": s.author_per_1000.get("deontic", math.nan),
        "epistemic_per_1000": s.author_per_1000.get("epistemic", math.nan),
        "attributions": s.n_attributions,
        "quotations": s.n_quotations,
    }


COLUMNS.update({
    "flesch_reading_ease": "Flesch (1948) reading ease of the body (analysis.readability)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade level (Kincaid et al. 1975)",
    "gunning_fog": "Gunning (1952) fog index",
    "dale_chall": "Dale-Chall score (Dale and Chall 1948, with the 3.6365 adjustment)",
    "attitude_per_1000": "attitude markers in the author's voice per 1,000 body words in the "
                         "author's voice (quoted and reported content excluded; analysis.stance)",
    "deontic_per_1000": "deontic markers (must, should, need to ...) in the author's voice "
                        "per 1,000 body words in the author's voice",
    "epistemic_per_1000": "epistemic stance markers in the author's voice per 1,000 body "
                          "words in the author's voice",
    "attributions": "reported speech and thought attributed to a source",
    "quotations": "quoted stretches in the body (direct, scare and unattributed quotes)",
    "hedges_per_1000": "author's hedges per 1,000 body words (analysis.hedging, Hyland 2005)",
    "boosters_per_1000": "author's boosters per 1,000 body words (analysis.hedging)",
    "share_sentences_hedged": "share of body sentences with at least one author hedge",
    "hedges_per_1000_all_voices": "hedges of every voice (quoted and attributed too) per 1,000 "
                                  "body words: measured as on the news reference "
                                  "(analysis.evaluate.compare_with_reference)",
    "share_sentences_hedged_all_voices": "share of body sentences with a hedge of any voice, "
                                         "as on the news reference",
})

#: Sections in column order; each module's headline numbers come from its public summary.
SECTIONS: list[Section] = [_structure, _readability, _hedging, _stance]


def profile_article(article: Article, *, path: str | Path | None = None) -> dict[str, Any]:
    """The headline numbers of one article as a flat dict (one table row)."""
    with _no_cyclic_gc():
        sents = sentences(article)
        toks = token_table(article, sentence_spans=sents)
        row: dict[str, Any] = {"name": article.name,
                               "path": str(path if path is not None else article.source or "")}
        try:
            for section in SECTIONS:
                row.update(section(article, sents, toks))
        finally:
            try:
                _ANALYSES.pop(article, None)
            except TypeError:
                pass
    return row


_GC_LOCK = threading.Lock()
_GC_DEPTH = [0, False]  # profiles running in this process; was the collector on before them


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while articles are profiled (reference counting
    still frees everything else at once), then restore it as it was.

    The profile allocates a few objects per token (spans, tokens, words, matches) and keeps them
    all until the row is made; every 700 allocations the collector walks the young objects and
    every ~70,000 the old ones, which cost 15-25% of the CPU time of a 200,000-word profile
    (7.46 and 8.30 s with it, 6.53 and 6.34 s without, `time.process_time`, 2026-12-02). The
    cyclic garbage made meanwhile is collected when the collector resumes. Nested and
    concurrent profiles (threads) share one pause: the last to finish resumes it.
    """
    with _GC_LOCK:
        if _GC_DEPTH[0] == 0:
            _GC_DEPTH[1] = gc.isenabled()
            gc.disable()
        _GC_DEPTH[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_DEPTH[0] -= 1
            if _GC_DEPTH[0] == 0 and _GC_DEPTH[1]:
                gc.enable()


def article_paths(inputs: Iterable[str | Path], *, pattern: str = "*.txt") -> list[Path]:
    """Files as given, and the ``*.txt`` files (sorted by name) of any folder given."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(q for q in p.glob(pattern) if q.is_file()))
        else:
            out.append(p)
    return out


def iter_profiles(inputs: Iterable[str | Path], *, encoding: str | None = None,
                  skip_errors: bool = False, progress: bool | None = None
                  ) -> Iterator[dict[str, Any]]:
    """Profile files one at a time (a folder stands for its ``*.txt`` files).

    A file that is not a readable article raises its `ArticleError`; with ``skip_errors`` it
    yields a row with the message in ``error`` instead. ``progress``: show a tqdm bar on
    stderr (None: only when stderr is a terminal and there is more than one file).
    """
    from tqdm import tqdm  # plain: tqdm.auto needs ipywidgets inside a notebook

    files = article_paths(inputs)
    if progress is None:
        disable = None if len(files) > 1 else True  # None: tqdm shows it only on a terminal
    else:
        disable = not progress
    bar = tqdm(files, desc="profiling", unit="article", disable=disable, leave=True)
    for path in bar:
        try:
            article = load_article(path, encoding=encoding)
        except ArticleError as exc:
            if not skip_errors:
                raise
            yield {"name": path.stem, "path": str(path), "error": str(exc)}
            continue
        yield profile_article(article, path=path)


def profile_table(inputs: Iterable[str | Path] | Sequence[Article], *, encoding: str | None = None,
                  skip_errors: bool = False, progress: bool | None = None,
                  relative_to: Path | None = None) -> pd.DataFrame:
    """One row per article (see `COLUMNS`), in the order given.

    ``relative_to``: write ``path`` relative to this folder when the file is inside it (so a
    committed table does not depend on where the repository was cloned).
    """
    items = list(inputs)
    if items and all(isinstance(a, Article) for a in items):
        rows = [profile_article(a) for a in items]  # type: ignore[arg-type]
    else:
        rows = list(iter_profiles(items, encoding=encoding,  # type: ignore[arg-type]
                                  skip_errors=skip_errors, progress=progress))
    df = pd.DataFrame(rows)
    if "error" in df.columns and df["error"].isna().all():
        df = df.drop(columns="error")
    if relative_to is not None and "path" in df.columns:
        df["path"] = [_relative(p, relative_to) for p in df["path"]]
    return df


def _relative(path: str, base: Path) -> str:
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path


# ---------------------------------------------------------------------------------------------
# Headline numbers side by side, against news writing


@dataclass(frozen=True)
class Measure:
    """One headline number: its profile column, how to label and format it."""

    column: str
    label: str
    unit: str
    digits: int = 1
    percent: bool = False

    def format(self, value: float | None) -> str:
        """``12.3``, ``46.7%``, or ``n/a`` for an undefined value."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "n/a"
        if self.percent:
            return f"{100 * float(value):.{self.digits}f}%"
        return f"{float(value):.{self.digits}f}"


#: The numbers notebook 05 and the README show, in order (those missing from a table are skipped).
HEADLINE: tuple[Measure, ...] = (
    Measure("flesch_reading_ease", "Flesch reading ease", "score (higher = easier)"),
    Measure("flesch_kincaid_grade", "Flesch-Kincaid grade", "US school grade"),
    Measure("words_per_sentence", "Words per sentence", "words"),
    Measure("hedges_per_1000_all_voices", "Hedges per 1,000 words", "per 1,000 words"),
    Measure("share_sentences_hedged_all_voices", "Sentences with a hedge", "share of sentences",
            percent=True),
    Measure("boosters_per_1000", "Boosters per 1,000 words", "per 1,000 words"),
    Measure("attitude_per_1000", "Attitude markers per 1,000 words", "per 1,000 words"),
    Measure("deontic_per_1000", "Obligation words per 1,000 words", "per 1,000 words"),
)

REFERENCE_FILE: Path = paths.DATA_DIR / "reference" / "factbank_hedging_rates.csv"

#: profile column -> (measure, annotation) in the stored news rates (analysis.evaluate).
REFERENCE_MEASURES: dict[str, tuple[str, str]] = {
    "hedges_per_1000_all_voices": ("hedges_per_1000_words", "detector (all hedge categories)"),
    "share_sentences_hedged_all_voices": ("share_hedged_sentences",
                                          "detector (all hedge categories)"),
}


def news_reference(path: Path | None = None, *, split: str = "all") -> pd.DataFrame | None:
    """Reference rates for news writing, one row per profile measure, or None if not stored.

    Reads the rates `analysis.evaluate` wrote for the FactBank news corpus
    (``data/reference/factbank_hedging_rates.csv``) and keeps those measured exactly as the
    profile measures an article (the detector, every voice). Columns: ``measure`` (a profile
    column), ``value``, ``low``, ``high`` (NaN: the corpus gives one rate, not a range),
    ``source``.
    """
    path = path or REFERENCE_FILE
    if not path.is_file():
        return None
    raw = pd.read_csv(path)
    raw = raw[raw["split"] == split]
    rows = []
    for column, (measure, annotation) in REFERENCE_MEASURES.items():
        hit = raw[(raw["measure"] == measure) & (raw["annotation"] == annotation)]
        if hit.empty:
            continue
        r = hit.iloc[0]
        rows.append({"measure": column, "value": float(r["value"]), "low": math.nan,
                     "high": math.nan,
                     "source": f"FactBank news ({r['corpus']}, {int(r['sentences']):,} "
                               f"sentences, {int(r['words']):,} words), same detector"})
    if not rows:
        return None
    return pd.DataFrame(rows, columns=["measure", "value", "low", "high", "source"])


def comparison_table(profiles: pd.DataFrame, reference: pd.DataFrame | None = None
                     ) -> pd.DataFrame:
    """Long table behind the comparison figure: one row per article and headline measure.

    Columns: name, title, measure, label, unit, value, shown (formatted as in the README),
    reference, reference_low, reference_high, reference_source (NaN/empty without a reference).
    """
    ref = reference.set_index("measure") if reference is not None else None
    rows = []
    for _, prof in profiles.iterrows():
        for m in HEADLINE:
            if m.column not in profiles.columns:
                continue
            r = ref.loc[m.column] if ref is not None and m.column in ref.index else None
            rows.append({
                "name": prof["name"], "title": prof.get("title", ""), "measure": m.column,
                "label": m.label, "unit": m.unit, "value": float(prof[m.column]),
                "shown": m.format(prof[m.column]),
                "reference": float(r["value"]) if r is not None else math.nan,
                "reference_low": float(r["low"]) if r is not None else math.nan,
                "reference_high": float(r["high"]) if r is not None else math.nan,
                "reference_source": str(r["source"]) if r is not None else "",
            })
    return pd.DataFrame(rows, columns=["name", "title", "measure", "label", "unit", "value",
                                       "shown", "reference", "reference_low", "reference_high",
                                       "reference_source"])


def headline_markdown(comparison: pd.DataFrame, name: str) -> str:
    """A Markdown table of one article's headline numbers (and the news reference if known)."""
    rows = comparison[comparison["name"] == name]
    if rows.empty:
        raise KeyError(f"no article named {name!r} in the comparison table")
    by_col = {m.column: m for m in HEADLINE}
    has_ref = rows["reference"].notna().any()
    head = "| Measure | This article |" + (" News reference |" if has_ref else "")
    rule = "|---|---:|" + ("---:|" if has_ref else "")
    lines = [head, rule]
    for _, r in rows.iterrows():
        line = f"| {r['label']} | {r['shown']} |"
        if has_ref:
            ref = r["reference"]
            line += f" {by_col[r['measure']].format(ref) if ref == ref else '–'} |"
        lines.append(line)
    return "\n".join(lines)
