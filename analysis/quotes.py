"""Quotation marks: where quoted stretches of text begin and end.

Curly double quotes pair by direction (“ opens, ” closes), guillemets and Treebank ``` `` ''``
likewise (in a paragraph with no ````` ``, ``''`` is two apostrophes typed for a straight double
quote, as newspaper archives set quotations, and pairs like ``"``);
an opening curly mark before a space is stray. A straight double quote opens when it
stands before a word (after a space, a bracket or the start), closes when it stands after one,
and is a unit mark, never a quotation, after a digit (``6'2"``, ``a 12" pipe``; after ``6'2``
even inside a quotation). Single quotes are not used: ’ is also the apostrophe.

A quotation never crosses a paragraph, and a mark with no partner never runs to the end of
the text: an opening mark with no closing mark ends at the end of its sentence (or at the next
opening mark), except that it runs to the paragraph's end when the next paragraph opens with a
quotation mark (a quotation continued over paragraphs, as news style writes it: Chicago Manual
of Style 17th ed. 6.11; AP Stylebook, "quotation marks"). `pair_quotes` is the one pairing
rule; the matcher's quoted voice (`analysis.matching`) uses it too.

Speakers (`quotation_table`) come from the attributions `analysis.attribution` finds: the
attribution whose content holds the quotation; else one whose cue stands in the same
sentence; else a speech attribution in the sentence before or after, in the same paragraph
(news writes '"...," she said. "..."' and 'He said: ...' across sentences).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from .article import Article
from .normalize import view
from .spans import Span
from .tokenize import segments

if TYPE_CHECKING:
    from .attribution import AttributedDocument, Attribution

__all__ = [
    "QUOTATION_COLUMNS", "Quote", "pair_quotes", "quotation_table", "quote_spans", "words_in",
]

QUOTATION_COLUMNS: tuple[str, ...] = (
    "start", "end", "text", "content", "n_words", "type", "speaker", "actor", "verb",
    "sentence", "paragraph", "part", "link",
)
#: A quotation with no speaker and at most this many words is a scare quote (the writer
#: holding a word at a distance: "so-called “productive” talks"); longer ones are unattributed.
#: Four words: the longest scare-quoted phrases of the seed and test sentences.
SCARE_MAX_WORDS: int = 4

_WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*")
_MARK_RE = re.compile('[\u201c\u201d\u00ab\u00bb"]|``|\'\'')
_CURLY_OPEN = frozenset({"\u201c", "\u00ab", "``"})
_CURLY_CLOSE = frozenset({"\u201d", "\u00bb", "''"})
#: What may stand right before an opening straight quote, and right after a closing one.
_BEFORE_OPEN = "([{\u2014\u2013-/"
_AFTER_CLOSE = ".,;:!?)]}\u2014\u2013-/\u2026"
_FEET_INCHES_RE = re.compile(r"\d['’′]\d{1,2}$")

#: (start, end, inner_start, inner_end, closed) of one quoted stretch.
Stretch = tuple[int, int, int, int, bool]


def _role(text: str, i: int, lo: int, hi: int, mark: str, *, treebank: bool = True) -> str:
    """"open", "close", "both" (between two non-spaces), "unit" (inch/second mark), "stray".

    ``treebank``: the paragraph opens quotations with ````` ``, so ``''`` closes them; otherwise
    ``''`` is two apostrophes typed for a straight double quote (as newspaper archives set it:
    ''We will win,'' she said) and takes its role from its neighbours like ``"``.
    """
    if mark == "''" and not treebank:
        return _by_neighbours(text[i - 1] if i > lo else " ", text[i + 2] if i + 2 < hi else " ")
    if mark in _CURLY_OPEN:
        # a quotation starts with a word: "“" before a space is stray (guillemets excepted,
        # French style sets a space inside them); after a word or a sentence mark and before a
        # space or a mark, "“" is a closing quote set with the wrong glyph (“It's over,“ he said)
        after = text[i + len(mark)] if i + len(mark) < hi else " "
        prev = text[i - 1] if i > lo else " "
        if mark == "\u201c" and not prev.isspace() and prev not in _BEFORE_OPEN and (
                after.isspace() or after in _AFTER_CLOSE):
            return "close"
        return "stray" if after.isspace() and mark != "\u00ab" else "open"
    if mark in _CURLY_CLOSE:
        return "close"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isdigit():
        return "unit" if _FEET_INCHES_RE.search(text, max(lo, i - 6), i) else "digit"
    return _by_neighbours(prev, nxt)


def _by_neighbours(prev: str, nxt: str) -> str:
    """The role of a straight mark from the characters around it: "open" after a space or an
    opening bracket and before a word, "close" after a word and before a space or a mark,
    "stray" between two spaces, "both" between two word characters."""
    before_ok = prev.isspace() or prev in _BEFORE_OPEN
    after_ok = nxt.isspace() or nxt in _AFTER_CLOSE
    if before_ok and not after_ok:
        return "open"
    if after_ok and not before_ok:
        return "close"
    return "stray" if before_ok else "both"


def pair_quotes(text: str, lo: int, hi: int, *, sentence_ends: Sequence[int] = (),
                continued: bool = False) -> list[Stretch]:
    """The quoted stretches of ``text[lo:hi]`` (one paragraph), in order, without overlaps.

    ``sentence_ends``: sorted end offsets of the sentences (an unclosed quotation stops at the
    end of its own); ``continued``: the next paragraph opens with a quotation mark, so an
    unclosed quotation here runs to ``hi``. See the module docstring for the rules.
    """
    out: list[Stretch] = []
    open_at, open_len = -1, 0

    def unclosed(limit: int, *, last: bool) -> None:
        stop = limit
        if not (last and continued):
            k = bisect_right(sentence_ends, open_at)
            if k < len(sentence_ends):
                stop = min(stop, max(sentence_ends[k], open_at + open_len))
        out.append((open_at, stop, open_at + open_len, stop, False))

    treebank = text.find("``", lo, hi) >= 0  # (no copy of the paragraph)
    for m in _MARK_RE.finditer(text, lo, hi):
        mark, i = m.group(), m.start()
        role = _role(text, i, lo, hi, mark, treebank=treebank)
        if role == "stray" and mark == "''" and not treebank and open_at >= 0:
            role = "close"  # "... 'Park Avenue,' '' she said": spaced after an inner quote
        if open_at < 0:
            if role in ("open", "both"):
                open_at, open_len = i, len(mark)
            continue
        if role in ("close", "both", "digit"):  # "we need 42" he said: a digit may end one
            out.append((open_at, m.end(), open_at + open_len, i, True))
            open_at = -1
        elif role == "open":  # a new quotation: the open one was never closed
            unclosed(i, last=False)
            open_at, open_len = i, len(mark)
    if open_at >= 0:
        unclosed(hi, last=True)
    return out


def _continues(source: str, nxt: Span | None) -> bool:
    """The next paragraph opens with a quotation mark (a quotation continued into it)."""
    if nxt is None:
        return False
    head = source[nxt.start:nxt.start + 2]
    return head[:1] in ("\u201c", "\u00ab", '"') or head in ("``", "''")


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


#: The pairings of the last source asked (`paired`): (source, {(lo, hi, ends, continued):
#: stretches}); replaced as one tuple, so a thread never reads one source's memo as another's.
_PAIRED: tuple[str | None, dict] = (None, {})


def paired(source: str, lo: int, hi: int, local_ends: tuple[int, ...],
           continued: bool) -> list[Stretch]:
    """``pair_quotes(view(source[lo:hi]), 0, hi - lo, ...)`` (offsets relative to ``lo``),
    remembered for the last source: the quotation table (`quote_spans`) and the matcher's
    voices (`analysis.matching`) pair the same paragraphs, the hedge and the stance analyses
    each once more (6,327 pairings of 3,301 distinct paragraphs on 200 PolNeAR texts). The
    list returned is shared: read it, do not change it."""
    global _PAIRED
    last = _PAIRED
    if last[0] is not source and last[0] != source:
        last = _PAIRED = (source, {})
    memo = last[1]
    key = (lo, hi, local_ends, continued)
    got = memo.get(key)
    if got is None:
        got = memo[key] = pair_quotes(view(source[lo:hi]), 0, hi - lo,
                                      sentence_ends=local_ends, continued=continued)
    return got


def words_in(text: str) -> int:
    """Number of words in ``text`` (runs of letters or digits, inner hyphens/apostrophes kept)."""
    return len(_WORD_RE.findall(text))


def _in_segment(seg: Span, source: str, ends: Sequence[int], continued: bool) -> list[Quote]:
    base = seg.start  # marks are paired on the segment's view (controls blanked), same offsets
    # the ends after base that pairing can read: those inside, and the first one after
    i = bisect_right(ends, base)
    rel = tuple([e - base for e in ends[i:bisect_right(ends, base + len(seg.text)) + 1]])
    if source.startswith(seg.text, base):
        found = paired(source, base, base + len(seg.text), rel, continued)
    else:  # a segment not cut from this source: paired as it is
        found = pair_quotes(view(seg.text), 0, len(seg.text), sentence_ends=rel,
                            continued=continued)
    return [Quote(base + s, base + e, base + a, base + b, source[base + s:base + e],
                  source[base + a:base + b], seg.part, seg.paragraph, closed)
            for s, e, a, b, closed in found]


def quote_spans(obj: str | Article, *,
                parts: Sequence[str] = ("title", "subtitle", "body"),
                sentence_spans: Sequence[Span] | None = None) -> list[Quote]:
    """Every quotation in the requested parts, in text order (offsets into the source text).

    ``sentence_spans`` (from `analysis.tokenize.sentences` with the same parts) bound unclosed
    quotations; computed when not given.
    """
    from .tokenize import sentences

    source = obj.text if isinstance(obj, Article) else obj
    segs = segments(obj, parts=parts)
    if sentence_spans is None:
        sentence_spans = sentences(obj, parts=tuple(parts)) if segs else []
    ends = sorted(s.end for s in sentence_spans)
    out: list[Quote] = []
    for k, seg in enumerate(segs):
        nxt = segs[k + 1] if k + 1 < len(segs) and seg.part == "body" else None
        out.extend(_in_segment(seg, source, ends, _continues(source, nxt)))
    return out


def _speaker(adoc: AttributedDocument, q: Quote, sent: Span | None,
             by_sentence: dict[int, list[Attribution]], neighbours: dict[int, tuple[int, int]]
             ) -> tuple[Attribution | None, str]:
    a = adoc.attribution_at(q.start, q.end)
    if a is not None:
        return a, "content"
    if sent is None or sent.sentence is None:
        return None, ""
    same = [x for x in by_sentence.get(sent.sentence, [])
            if x.cue_type not in ("belief", "evidential")]
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
        k = bisect_right(starts, q.start) - 1
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
