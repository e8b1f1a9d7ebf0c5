"""An article's structure as tables: its parts, what was removed, its sentences and their length.

Every row carries ``start``/``end`` offsets into ``Article.text``. Paragraph and sentence
numbers in these tables are 1-based (for readers); `Span.paragraph` and `Span.sentence` stay
0-based. Word counts follow `analysis.tokenize.lexical_words` (Flesch's rule: punctuation
dropped, hyphenated compounds and contractions one word); token counts include punctuation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import paths
from .article import Article
from .resources import read_lexicon_csv
from .spans import Span
from .tokenize import lexical_words, sentences, words

__all__ = ["ArticleCounts", "article_counts", "boilerplate_table", "parts_table",
           "sentence_table"]

_ALL_PARTS = ("title", "subtitle", "caption", "credit", "body")


@dataclass(frozen=True)
class ArticleCounts:
    """How much text the article's body holds (the headline, caption and credit excluded)."""

    paragraphs: int
    sentences: int
    words: int
    tokens: int
    punctuation: int


@lru_cache(maxsize=1)
def _boilerplate_notes() -> dict[str, str]:
    rows = read_lexicon_csv(paths.PACKAGE_DATA_DIR / "boilerplate.csv", ("pattern", "note"))
    return {r["pattern"]: r["note"] for r in rows}


def _count_in(spans: Sequence[Span], by: Sequence[Span]) -> list[int]:
    """For each span in ``by``, how many of ``spans`` start inside it."""
    return [sum(b.start <= s.start < b.end for s in spans) for b in by]


def parts_table(article: Article) -> pd.DataFrame:
    """Every part of the file in reading order, kept or removed, with offsets and word counts.

    Columns: ``part`` (title, subtitle, byline, dateline, caption, credit, body, removed),
    ``paragraph`` (1-based for body paragraphs, else empty), ``start``, ``end``, ``characters``,
    ``words`` (0 for the byline, the date line and removed lines, which are not tokenized),
    ``text``.
    """
    kept = article.parts(_ALL_PARTS)
    tokens = words(article, parts=_ALL_PARTS)
    counts = _count_in(lexical_words(tokens, article.text), kept)
    rows = [
        {"part": s.part, "paragraph": None if s.paragraph is None else s.paragraph + 1,
         "start": s.start, "end": s.end, "characters": s.end - s.start, "words": n,
         "text": s.text}
        for s, n in zip(kept, counts, strict=True)
    ]
    rows += [
        {"part": s.part, "paragraph": None, "start": s.start, "end": s.end,
         "characters": s.end - s.start, "words": 0, "text": s.text}
        for s in (article.byline, article.dateline) if s is not None
    ]
    rows += [
        {"part": "removed", "paragraph": None, "start": b.span.start, "end": b.span.end,
         "characters": b.span.end - b.span.start, "words": 0, "text": b.span.text}
        for b in article.boilerplate
    ]
    df = pd.DataFrame(rows, columns=["part", "paragraph", "start", "end", "characters", "words",
                                     "text"])
    df["paragraph"] = df["paragraph"].astype("Int64")
    return df.sort_values("start", kind="stable").reset_index(drop=True)


def boilerplate_table(article: Article) -> pd.DataFrame:
    """The blocks the loader removed, and why: every one, so a reader sees what was cut.

    Columns: ``start``, ``end``, ``text``, ``category`` (a boilerplate.csv category, or
    furniture, repeated, extraction for the block classifier's and the HTML extractor's
    removals), ``truncates`` (does it mark the article as cut off), ``reason`` (the rule that
    removed it, in words), ``why`` (the boilerplate.csv note, when a listed pattern matched).
    """
    notes = _boilerplate_notes()
    return pd.DataFrame(
        [{"start": b.span.start, "end": b.span.end, "text": b.span.text, "category": b.category,
          "truncates": b.truncates, "reason": b.reason, "why": notes.get(b.pattern, "")}
         for b in article.boilerplate],
        columns=["start", "end", "text", "category", "truncates", "reason", "why"],
    )


def sentence_table(
    article: Article,
    *,
    sentence_spans: Sequence[Span] | None = None,
    tokens: Sequence[Span] | None = None,
) -> pd.DataFrame:
    """One row per body sentence in reading order, with its length in words and tokens.

    Columns: ``sentence`` and ``paragraph`` (1-based), ``start``, ``end``, ``words`` (Flesch's
    words, see `analysis.tokenize.lexical_words`), ``tokens`` (punctuation included), ``text``.
    Pass ``sentence_spans`` and ``tokens`` (from `sentences` and `words`) to reuse them.

    References
    ----------
    Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3),
    221-233 (what counts as a word).
    """
    sents = list(sentence_spans) if sentence_spans is not None else sentences(article)
    toks = list(tokens) if tokens is not None else words(article, sentence_spans=sents)
    n_tokens = Counter(t.sentence for t in toks)
    n_words = Counter(w.sentence for w in lexical_words(toks, article.text))
    rows = [
        {"sentence": k + 1, "paragraph": None if s.paragraph is None else s.paragraph + 1,
         "start": s.start, "end": s.end, "words": n_words[s.sentence],
         "tokens": n_tokens[s.sentence], "text": s.text}
        for k, s in enumerate(sents)
    ]
    df = pd.DataFrame(rows, columns=["sentence", "paragraph", "start", "end", "words", "tokens",
                                     "text"])
    df["paragraph"] = df["paragraph"].astype("Int64")
    return df


def article_counts(article: Article, *, sentence_spans: Sequence[Span] | None = None,
                   tokens: Sequence[Span] | None = None) -> ArticleCounts:
    """Paragraphs, sentences, words (Flesch's rule), tokens and punctuation tokens of the body."""
    sents = list(sentence_spans) if sentence_spans is not None else sentences(article)
    toks = list(tokens) if tokens is not None else words(article, sentence_spans=sents)
    return ArticleCounts(
        paragraphs=len(article.paragraphs),
        sentences=len(sents),
        words=len(lexical_words(toks, article.text)),
        tokens=len(toks),
        punctuation=sum(t.kind == "punct" for t in toks),
    )
