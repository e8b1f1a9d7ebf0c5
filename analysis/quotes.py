"""Quotation marks: where quoted stretches of text begin and end.

Curly double quotes pair by direction (“ opens, ” closes), guillemets likewise, straight double
quotes by parity within a paragraph. Single quotes are not used: ’ is also the apostrophe.
A quotation never crosses a paragraph; an opening mark with no closing mark in its paragraph
runs to the paragraph's end (a quotation continued in the next paragraph, as news style
allows). Linking a quotation to its speaker is done by `analysis.stance.quotations`, from the
attributions the text makes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .article import Article
from .spans import Span
from .tokenize import segments

__all__ = ["Quote", "quote_spans", "words_in"]

_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
_WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*")
# Any opening mark: a key of _PAIRS or a straight double quote (found by search, not per char).
_OPENER_RE = re.compile("[" + re.escape("".join(_PAIRS) + '"') + "]")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    text: str
    content: str
    part: str
    paragraph: int | None
    closed: bool

    @property
    def n_words(self) -> int:
        """Words inside the marks (letters/digits runs; hyphenated compounds count once)."""
        return words_in(self.content)


def words_in(text: str) -> int:
    """Number of words in ``text`` (runs of letters or digits, inner hyphens/apostrophes kept)."""
    return len(_WORD_RE.findall(text))


def _in_segment(seg: Span, source: str) -> list[Quote]:
    out: list[Quote] = []
    text = seg.text
    search = _OPENER_RE.search
    m = search(text)
    while m is not None:
        i = m.start()
        ch = text[i]
        closer = _PAIRS.get(ch, '"')
        j = text.find(closer, i + 1)
        closed = j >= 0
        end = j + 1 if closed else len(text)
        inner_end = j if closed else len(text)
        s, e = seg.start + i, seg.start + end
        out.append(Quote(s, e, s + 1, seg.start + inner_end, source[s:e],
                         source[s + 1:seg.start + inner_end], seg.part, seg.paragraph, closed))
        m = search(text, end)
    return out


def quote_spans(obj: str | Article, *,
                parts: Sequence[str] = ("title", "subtitle", "body")) -> list[Quote]:
    """Every quotation in the requested parts, in text order (offsets into the source text)."""
    source = obj.text if isinstance(obj, Article) else obj
    out: list[Quote] = []
    for seg in segments(obj, parts=parts):
        out.extend(_in_segment(seg, source))
    return out
