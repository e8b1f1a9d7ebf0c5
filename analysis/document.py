"""One analysed article, built once: sentences, tokens, part-of-speech tags, quotations, actors.

Every stance, attribution and quotation table takes this object (design pattern 2: process
once, pass the processed object), so a notebook that shows six tables tokenizes, tags and
matches the article once. `analyse_text` builds it from a string or an `Article`.

Tags come from `analysis.tagging` (Universal POS, one per token, punctuation included) when that
module is installed; without it ``tags`` is ``None`` and the rules that ask for a part of speech
fall back to spelling cues (capitals, determiners), as `has_tags` tells callers.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import ModuleType

import pandas as pd

from .actors import ActorsLike, Mentions, _mentions, load_actors
from .article import Article
from .quotes import Quote, quote_spans
from .spans import Span
from .tokenize import segments, sentences, token_table
from .tokens import TextSlice, TokenTable

__all__ = ["DEFAULT_PARTS", "Document", "analyse_text", "has_tags", "tags_for"]

DEFAULT_PARTS: tuple[str, ...] = ("title", "subtitle", "body")


@lru_cache(maxsize=1)
def _tagger() -> ModuleType | None:
    try:
        return importlib.import_module("analysis.tagging")
    except ImportError:
        return None


def has_tags() -> bool:
    """True when the part-of-speech tagger (`analysis.tagging`) is available."""
    return _tagger() is not None


def tags_for(tokens: Sequence[Span]) -> tuple[str, ...] | None:
    """Universal POS tags for ``tokens`` (grouped by sentence, tagged in one call), or None."""
    mod = _tagger()
    if mod is None or not tokens:
        return None if mod is None else ()
    table = tokens if isinstance(tokens, TokenTable) else TokenTable.from_spans(tokens)
    texts = table.texts
    # one word-form sequence per (part, paragraph, sentence), views on the table's texts
    groups = [TextSlice(texts, g.start, g.stop) for g in table.groups()]
    tagged = mod.tag_sentences(groups, tagset="upos")
    out = tuple(tag for sent in tagged for tag in sent)
    if len(out) != len(tokens):
        raise RuntimeError(f"tagger returned {len(out)} tags for {len(tokens)} tokens")
    return out


@dataclass(frozen=True, eq=False)
class Document:
    """An article analysed once: everything later steps share.

    ``source`` is the text all offsets point into; ``sentences`` and ``tokens`` come from
    `analysis.tokenize` (the tokens as a `TokenTable`: a `Span` per token read); ``tags``
    holds one Universal POS tag per token (None without a
    tagger); ``quotes`` are the quotation spans; ``actors`` the actor table (read, never
    changed: its alias pattern is remembered per table object) and ``mentions`` where the text
    names them, the `analysis.actors.find_actors` table, made from ``mention_columns`` when
    first read. ``attributions`` is filled by `analysis.attribution`.
    """

    source: str
    name: str
    parts: tuple[str, ...]
    sentences: tuple[Span, ...]
    tokens: Sequence[Span]
    paragraphs: tuple[Span, ...]
    tags: tuple[str, ...] | None
    quotes: tuple[Quote, ...]
    actors: pd.DataFrame = field(repr=False)
    mention_columns: Mentions = field(repr=False)
    article: Article | None = field(default=None, repr=False)

    @cached_property
    def mentions(self) -> pd.DataFrame:
        """Where the text names an actor (`analysis.actors.find_actors`), built when first
        read: the profile reads only ``mention_columns`` (the frame cost ~1 ms per article)."""
        return self.mention_columns.frame()

    def tag(self, k: int) -> str:
        """The tag of token ``k`` ("" without a tagger)."""
        return self.tags[k] if self.tags is not None else ""


def analyse_text(obj: str | Article, *, actors: ActorsLike = None,
                 parts: Sequence[str] = DEFAULT_PARTS, tag: bool = True,
                 sentence_spans: Sequence[Span] | None = None,
                 tokens: Sequence[Span] | None = None) -> Document:
    """Tokenize, tag and find quotations and actor mentions, once.

    A plain string is read as body paragraphs separated by blank lines (use
    `Article.from_text` to find its headline). ``tag=False`` skips the tagger. Pass the
    ``sentence_spans`` and ``tokens`` a caller already has (for the same ``parts``) so the text
    is not tokenized twice.
    """
    if not isinstance(obj, (str, Article)):
        raise TypeError(f"expected str or Article, got {type(obj).__name__}")
    parts = tuple(parts)
    source = obj.text if isinstance(obj, Article) else obj
    sents = tuple(sentence_spans if sentence_spans is not None else sentences(obj, parts=parts))
    if tokens is None:
        toks: Sequence[Span] = token_table(obj, parts=parts, sentence_spans=sents)
    else:
        toks = tokens if isinstance(tokens, TokenTable) else tuple(tokens)
    table = load_actors(actors)
    mentions = _mentions(obj, table, sents)  # the table is checked: not again
    return Document(
        source=source, name=obj.name if isinstance(obj, Article) else "text", parts=parts,
        sentences=sents, tokens=toks, paragraphs=tuple(segments(obj, parts=parts)),
        tags=tags_for(toks) if tag else None,
        quotes=tuple(quote_spans(obj, parts=parts, sentence_spans=sents)),
        actors=table, mention_columns=mentions, article=obj if isinstance(obj, Article) else None)
