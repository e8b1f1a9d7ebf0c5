"""Headline numbers, one row per article, to compare many (``python -m analysis profile``).

`profile_article` segments an article once (sentences, then words within them) and hands the
same tokens to each measurement module's summary; `iter_profiles` streams files one at a time
(one article in memory at once) with a progress bar; `profile_table` collects the rows into a
DataFrame (one row per article, columns documented in `COLUMNS`).

A measurement module contributes through a *section*: a function ``(article, sentences,
tokens) -> dict`` registered in `SECTIONS`. Sections whose module is not importable yet are
skipped, so the table grows as modules are added. Undefined values are ``NaN``, never 0.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .article import Article, load_article
from .errors import ArticleError
from .spans import Span
from .tokenize import lexical_words, sentences, words

__all__ = ["COLUMNS", "SECTIONS", "profile_article", "iter_profiles", "profile_table",
           "article_paths"]

Section = Callable[[Article, list[Span], list[Span]], dict[str, Any]]

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


def _structure(article: Article, sents: list[Span], toks: list[Span]) -> dict[str, Any]:
    n_words = len(lexical_words(toks, article.text))
    return {
        "title": article.title.text if article.title else "",
        "truncated": bool(article.truncated),
        "paragraphs": len(article.paragraphs),
        "sentences": len(sents),
        "words": n_words,
        "words_per_sentence": n_words / len(sents) if sents else math.nan,
    }


#: Sections in column order; other modules' headline numbers are appended below when present.
SECTIONS: list[Section] = [_structure]


def profile_article(article: Article, *, path: str | Path | None = None) -> dict[str, Any]:
    """The headline numbers of one article as a flat dict (one table row)."""
    sents = sentences(article)
    toks = words(article, sentence_spans=sents)
    row: dict[str, Any] = {"name": article.name,
                           "path": str(path if path is not None else article.source or "")}
    for section in SECTIONS:
        row.update(section(article, sents, toks))
    return row


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


def iter_profiles(inputs: Iterable[str | Path], *, encoding: str = "utf-8",
                  skip_errors: bool = False, progress: bool | None = None
                  ) -> Iterator[dict[str, Any]]:
    """Profile files one at a time (a folder stands for its ``*.txt`` files).

    A file that is not a readable article raises its `ArticleError`; with ``skip_errors`` it
    yields a row with the message in ``error`` instead. ``progress``: show a tqdm bar on
    stderr (None: only when stderr is a terminal and there is more than one file).
    """
    from tqdm.auto import tqdm

    files = article_paths(inputs)
    if progress is None:
        disable = None if len(files) > 1 else True  # None: tqdm shows it only on a terminal
    else:
        disable = not progress
    bar = tqdm(files, desc="profiling", unit="article", disable=disable, leave=False)
    for path in bar:
        try:
            article = load_article(path, encoding=encoding)
        except ArticleError as exc:
            if not skip_errors:
                raise
            yield {"name": path.stem, "path": str(path), "error": str(exc)}
            continue
        yield profile_article(article, path=path)


def profile_table(inputs: Iterable[str | Path] | Sequence[Article], *, encoding: str = "utf-8",
                  skip_errors: bool = False, progress: bool | None = None) -> pd.DataFrame:
    """One row per article (see `COLUMNS`), in the order given."""
    items = list(inputs)
    if items and all(isinstance(a, Article) for a in items):
        rows = [profile_article(a) for a in items]  # type: ignore[arg-type]
    else:
        rows = list(iter_profiles(items, encoding=encoding,  # type: ignore[arg-type]
                                  skip_errors=skip_errors, progress=progress))
    df = pd.DataFrame(rows)
    if "error" in df.columns and df["error"].isna().all():
        df = df.drop(columns="error")
    return df
