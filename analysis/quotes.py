"""Quotation marks: where quoted stretches of text begin and end.

Curly double quotes pair by direction (“ opens, ” closes), guillemets likewise, straight double
quotes by parity within a paragraph. Single quotes are not used: ’ is also the apostrophe.
A quotation never crosses a paragraph; an opening mark with no closing mark in its paragraph
runs to the paragraph's end (a quotation continued in the next paragraph, as news style
allows).

Speakers (`quotation_table`) come from the attributions `analysis.attribution` finds: the
attribution whose content holds the quotation; else one whose cue stands in the same
sentence; else a speech attribution in the sentence before or after, in the same paragraph
(news writes '"...," she said. "..."' and 'He said: ...' across sentences).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from .article import Article
from .spans import Span
from .tokenize import segments

if TYPE_CHECKING:
    from .attribution import AttributedDocument, Attribution

__all__ = ["QUOTATION_COLUMNS", "Quote", "quotation_table", "quote_spans", "words_in"]

QUOTATION_COLUMNS: tuple[str, ...] = (
    "start", "end", "text", "content", "n_words", "type", "speaker", "actor", "verb",
    "sentence", "paragraph", "part", "link",
)
#: A quotation with no speaker and at most this many words is a scare quote (the writer
#: holding a word at a distance: "so-called “productive” talks"); longer ones are unattributed.
#: Four words: the longest scare-quoted phrases of the seed and test sentences.
SCARE_MAX_WORDS: int = 4

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


def _speaker(adoc: AttributedDocument, q: Quote, sent: Span | None,
             by_sentence: dict[int, list[Attribution]], neighbours: dict[int, tuple[int, int]]
             ) -> tuple[Attribution | None, str]:
    a = adoc.attribution_at(q.start, q.end)
    if a is not None:
        return a, "content"
    if sent is None or sent.sentence is None:
        return None, ""
    same = [x for x in by_sentence.get(sent.sentence, []) if x.cue_type != "belief"]
    if same:
        return same[0], "same sentence"
    prev, nxt = neighbours.get(sent.sentence, (-1, -1))
    for k, label in ((prev, "previous sentence"), (nxt, "next sentence")):
        cands = [x for x in by_sentence.get(k, []) if x.cue_type == "speech" and x.quoted]
        if cands:
            return (cands[-1] if label == "previous sentence" else cands[0]), label
    return None, ""


def quotation_table(adoc: AttributedDocument) -> pd.DataFrame:
    """Every quotation with its speaker where the text says who.

    Columns: ``start, end, text`` (with the marks), ``content``, ``n_words``, ``type``
    ("direct": it has a speaker; "scare": no speaker and at most `SCARE_MAX_WORDS` words;
    "unattributed": longer, no speaker), ``speaker`` (as the text names it, or the name a
    he/she resolves to), ``actor``, ``verb``, ``sentence``, ``paragraph``, ``part``, ``link``
    (how the speaker was found: content, same sentence, previous/next sentence, or "").
    """
    doc = adoc.doc
    sents = sorted({s.sentence: s for s in doc.sentences}.values(), key=lambda s: s.start)
    starts = [s.start for s in sents]
    by_sentence: dict[int, list[Attribution]] = {}
    for a in adoc.attributions:
        if a.sentence is not None:
            by_sentence.setdefault(a.sentence, []).append(a)
    neighbours: dict[int, tuple[int, int]] = {}
    for k, s in enumerate(sents):
        prev = sents[k - 1] if k > 0 and sents[k - 1].paragraph == s.paragraph and (
            sents[k - 1].part == s.part) else None
        nxt = sents[k + 1] if k + 1 < len(sents) and sents[k + 1].paragraph == s.paragraph and (
            sents[k + 1].part == s.part) else None
        if s.sentence is not None:
            neighbours[s.sentence] = (
                prev.sentence if prev is not None and prev.sentence is not None else -1,
                nxt.sentence if nxt is not None and nxt.sentence is not None else -1)
    rows = []
    for q in doc.quotes:
        k = bisect.bisect_right(starts, q.start) - 1
        sent = sents[k] if k >= 0 and q.start < sents[k].end else None
        a, link = _speaker(adoc, q, sent, by_sentence, neighbours)
        if a is not None:
            kind, speaker, actor, verb = "direct", a.voice, a.actor, a.cue
        else:
            kind = "scare" if q.n_words <= SCARE_MAX_WORDS else "unattributed"
            speaker = actor = verb = ""
        rows.append({"start": q.start, "end": q.end, "text": q.text, "content": q.content,
                     "n_words": q.n_words, "type": kind, "speaker": speaker, "actor": actor,
                     "verb": verb, "sentence": sent.sentence if sent is not None else None,
                     "paragraph": q.paragraph, "part": q.part, "link": link})
    df = pd.DataFrame(rows, columns=list(QUOTATION_COLUMNS))
    for c in ("sentence", "paragraph"):
        df[c] = df[c].astype("Int64")
    return df
