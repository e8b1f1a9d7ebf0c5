"""Sentence and word segmentation on nltk, returning `Span`s with offsets into the source text.

Sentences
---------
nltk's Punkt algorithm (Kiss and Strunk 2006) runs on each paragraph with parameters built into
the package (no trained model is downloaded), and a few documented rules adjust its output:

1. Abbreviations (`ABBREVIATIONS`: titles, ranks, months, company words, ``U.S.``, ``e.g.``,
   ``a.m.`` ...) do not end a sentence unless the next word starts one (rule 2). Dotted acronyms
   (two or more letter-period pairs, ``J.R.``, ``U.A.E.``) count as abbreviations too, and a single
   capital with a period before a capitalised word is an initial (``Jonas E. Smith``).
2. Sentence starters: after an abbreviation or initial, a capitalised closed-class word
   (`SENTENCE_STARTERS`: pronouns, determiners, wh-words, auxiliaries, conjunctions, common
   prepositions) begins a new sentence (``in the U.S. How about you?``), a name does not
   (``the U.S. Government``). These are Punkt's orthographic-context and frequent-starter
   parameters, set by hand instead of learned. Abbreviations that close a name
   (`NAME_FINAL_ABBREVIATIONS`: company designators ``Inc.``, ``Corp.``, ``Co.``, ``Ltd.`` and US
   state abbreviations ``Mich.``) end the sentence before any capitalised word
   (``an analyst with Salomon Brothers Inc. Ms. Applebaum said``). Titles and abbreviations that
   introduce what follows (`NEVER_FINAL_ABBREVIATIONS`: ``Mr.``, ``Gen.``, ``e.g.``, ``vs.`` ...)
   never end a sentence (``e.g. The Times``).
3. Never across a paragraph; closing quotes and brackets stay with their sentence
   (``“productive.”``). A period followed by a closing double quote and a capitalised word ends
   the sentence even after an abbreviation (``He said "no." Then``). A sentence starts after
   whitespace, never inside a run such as ``?!`` or ``U.S.–North``.
4. A sentence does not begin with a lower-case word: a break Punkt proposes before one is
   dropped (the ``.``, ``!`` or ``?`` then ends a quotation or parenthesis inside the sentence,
   or belongs to a name such as ``Yahoo!``). Mixed-case words (``iPhone``) may begin a sentence.
5. Ellipses (three or more dots, spaced or not, or ``…``) never end a sentence by themselves:
   three dots mark an omission inside a sentence. Four dots are a period plus an ellipsis and end
   the sentence when a capitalised word follows: after the whole run (``that.... She``,
   ``period . . . . Next``), or, when the first dot is attached to the word and the rest are
   spaced (``compounds. . . . The``), after that first dot, the ellipsis then opening the next
   sentence (the Chicago Manual of Style's rules for ellipsis points, chapter 13).
6. Lists: a paragraph or line that begins with an item marker (``1.``, ``1)``, ``1.)``, ``a.``,
   optionally after a bullet) starts an enumeration; the marker never ends a sentence, and each
   following marker in sequence (``2.`` after ``1.``, ``b.`` after ``a.``, same punctuation)
   starts a new sentence even without a full stop before it. A bullet (``•``, ``⁃`` ...) after
   whitespace starts a new item.

Every sentence span satisfies ``text[s.start:s.end] == s.text``; the sentences of a paragraph
tile it in order, without overlap, with only whitespace between them.

Measured on the 48 English Golden Rules with ``benchmarks/golden_rules.py``.

Words
-----
nltk's Treebank-style tokenizer (``NLTKWordTokenizer``) runs on each sentence; curly apostrophes
are mapped to straight ones for the tokenizer only (same length, so offsets hold), and dashes
between words are split off as punctuation. For speed its substitutions run over all sentences
of a text at once, with each sentence treated exactly as alone (see `_batch_token_strings`).

An Article is segmented once per part (title, subtitle, body ...): `sentences` and `words`
remember the spans while the Article lives, so every measurement on it shares one tokenization.

References
----------
Kiss, T. and Strunk, J. (2006). Unsupervised multilingual sentence boundary detection.
Computational Linguistics 32(4), 485-525.
Sadvilkar, N. and Neumann, M. (2020). PySBD: Pragmatic sentence boundary disambiguation.
Proceedings of NLP-OSS 2020, 110-114 (the Golden Rules benchmark).
The Chicago Manual of Style, 17th ed. (2017), chapter 13 (ellipses).
"""

from __future__ import annotations

import re
import weakref
from array import array
from collections.abc import Sequence

from .article import Article
from .normalize import view

# The two concerns live in their own modules; their names stay importable from here.
from .sentence_split import (
    ABBREVIATIONS,
    NAME_FINAL_ABBREVIATIONS,
    NEVER_FINAL_ABBREVIATIONS,
    SENTENCE_STARTERS,
    _sentence_offsets,
)
from .spans import Span
from .tokens import TokenTable, offset_typecode
from .treebank import _many_sentence_tokens

__all__ = [
    "ABBREVIATIONS",
    "SENTENCE_STARTERS",
    "NAME_FINAL_ABBREVIATIONS",
    "NEVER_FINAL_ABBREVIATIONS",
    "segments",
    "sentences",
    "words",
    "token_table",
    "lexical_words",
    "TokenTable",
    "Text",
]

Text = str | Article


_DEFAULT_PARTS: tuple[str, ...] = ("body",)


def segments(obj: Text, *, parts: Sequence[str] = _DEFAULT_PARTS) -> list[Span]:
    """The stretches of text to segment: an article's requested parts, or a string's paragraphs.

    A plain string is split into paragraphs at blank lines (no headline detection); use
    `Article.from_text` to find a title and subtitle.
    """
    if isinstance(obj, Article):
        return obj.parts(tuple(parts))
    if not isinstance(obj, str):
        raise TypeError(f"expected str or Article, got {type(obj).__name__}")
    out: list[Span] = []
    seen = view(obj)  # control characters are blanks here too (analysis.normalize)
    for start, end in _paragraph_bounds(seen):
        out.append(Span(start, end, obj[start:end], part="body", paragraph=len(out)))
    return out


# A paragraph break: a whitespace run holding a blank line (two line breaks with only spaces,
# tabs, CR, FF or VT between), from the run's first character to its last; the paragraphs are
# the stretches between breaks with their edge whitespace stripped (``\s`` and `str.isspace`
# agree on what whitespace is). The blank line is searched for (a search that starts at line
# breaks), then widened to its whitespace run.
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n")


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text``: the non-blank stretches between blank lines,
    stripped of whitespace."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos < n:
        m = _BLANK_LINE_RE.search(text, pos)
        stop, after = (m.start(), m.end()) if m else (n, n)
        while stop > pos and text[stop - 1].isspace():
            stop -= 1
        while after < n and text[after].isspace():
            after += 1
        start = pos
        while start < stop and text[start].isspace():
            start += 1
        if start < stop:
            out.append((start, stop))
        pos = after
    return out


def sentences(obj: Text, *, parts: Sequence[str] = _DEFAULT_PARTS) -> list[Span]:
    """Split into sentences; every span satisfies ``source_text[s.start:s.end] == s.text``.

    For an Article, ``parts`` chooses what is segmented (default: the body only); title and
    subtitle are one sentence each when included. Sentences never cross a paragraph. The rules
    are listed in the module docstring. An Article's sentences are computed once per ``parts``
    and remembered while the Article lives (see `_memo`); each call returns a new list.
    """
    entry = _memo(obj, parts)
    if entry is None:
        return _sentences(obj, parts)
    return list(entry.sentences)  # type: ignore[arg-type]


def _sentences(obj: Text, parts: Sequence[str]) -> list[Span]:
    source = obj.text if isinstance(obj, Article) else obj
    out: list[Span] = []
    for seg in segments(obj, parts=parts):
        if seg.part in ("title", "subtitle", "caption", "credit"):
            offs: Sequence[tuple[int, int]] = [(0, len(seg.text))]
        else:
            offs = _sentence_offsets(view(seg.text))  # same length: offsets hold
        for s, e in offs:
            start, end = seg.start + s, seg.start + e
            out.append(
                Span(start, end, source[start:end], part=seg.part, paragraph=seg.paragraph,
                     sentence=len(out))
            )
    return out


def words(
    obj: Text,
    *,
    parts: Sequence[str] = _DEFAULT_PARTS,
    sentence_spans: Sequence[Span] | None = None,
) -> list[Span]:
    """Tokenize each sentence with nltk's Treebank-style tokenizer; ``kind`` marks punctuation.

    - Hyphenated compounds stay one token (``gangster-like``, ``inter-Korean``, ``U.S.-led``).
    - Dashes between words (en and em dash, ``--``) are split off as punctuation:
      ``U.S.–North`` gives ``U.S.``, ``–``, ``North``.
    - Contractions and possessives split in Treebank style whatever the apostrophe:
      ``Korea’s`` gives ``Korea`` + ``’s`` and ``don’t`` gives ``do`` + ``n’t``, exactly as with
      ``'``; quotes, brackets and other symbols are ``punct``.
    - An abbreviation ending the sentence keeps its period (``in the U.S.`` gives ``U.S.``).
    - ``kind`` is ``word``, ``number`` or ``punct``.

    Pass ``sentence_spans`` to reuse sentences you already have. An Article's tokens are
    computed once per ``parts`` and remembered while the Article lives (see `_memo`), also when
    ``sentence_spans`` are the very spans `sentences` returned for it; each call returns a new
    list of new `Span`s (the tokens are kept as a `TokenTable`, see `token_table`).
    """
    return list(token_table(obj, parts=parts, sentence_spans=sentence_spans))


def token_table(
    obj: Text,
    *,
    parts: Sequence[str] = _DEFAULT_PARTS,
    sentence_spans: Sequence[Span] | None = None,
) -> TokenTable:
    """`words` as a `TokenTable` (columns; a `Span` made per token read): what measurements
    share. An Article's table is the remembered one itself (do not change it)."""
    if isinstance(obj, Article):
        if sentence_spans is None:
            entry = _memo(obj, parts)
        else:
            entry = _memo_for_sentences(obj, sentence_spans)
        if entry is not None:
            return _memo_words(obj, entry)
    sents = sentence_spans if sentence_spans is not None else sentences(obj, parts=parts)
    return _words(obj, sents)


def _words(obj: Text, sents: Sequence[Span]) -> TokenTable:
    source = obj.text if isinstance(obj, Article) else obj
    tc = offset_typecode(len(source) + 1)
    starts, ends, texts, rows = array(tc), array(tc), [], array("i")
    kinds = bytearray()
    views = [view(s.text) for s in sents]  # controls blanked, same length (analysis.normalize)
    # One string object per distinct token text: "the" is held once, not once per token (a
    # 200,000-word text has about 20,000 distinct forms; 10 MB less at its peak).
    forms: dict[str, str] = {}
    form = forms.setdefault
    # Column by column, a sentence at a time (the tokenizer gives columns, `treebank.Columns`).
    for r, (sent, v, (st, en, toks, kds)) in enumerate(
            zip(sents, views, _many_sentence_tokens(views), strict=True)):
        base = sent.start
        if base:
            starts.extend(map(base.__add__, st))
            ends.extend(map(base.__add__, en))
        else:
            starts.extend(st)
            ends.extend(en)
        if source.startswith(v, base):  # the tokens' texts are the source's (nearly always)
            texts += map(form, toks, toks)
        else:
            texts += [form(t, t) for t in [source[base + s:base + e]
                                           for s, e in zip(st, en, strict=True)]]
        kinds += bytes(kds)
        rows.extend([r] * len(kds))
    keys = [(s.part, s.paragraph, s.sentence) for s in sents]
    return TokenTable(starts, ends, texts, bytes(kinds), rows, keys)


# --- one segmentation per article -------------------------------------------------------------
#
# The design rule: measurements never re-tokenize text already tokenized. Readability, hedging,
# stance and the profile each call `sentences` and `words` on the same Article (with parts
# ("body",) or ("title", "subtitle", "body")), so each part of an Article is segmented once and
# remembered while the Article lives; a request for several parts merges the parts' spans in
# reading order and renumbers their sentences, which is exactly what segmenting them together
# gives (each paragraph or headline line is segmented on its own, sentences numbered in order).

_PART_NAMES = frozenset({"title", "subtitle", "caption", "credit", "body"})


class _Entry:
    """An article's sentences and tokens for one set of parts (None: not computed yet)."""

    __slots__ = ("sentences", "words")

    def __init__(self) -> None:
        self.sentences: tuple[Span, ...] | None = None
        self.words: TokenTable | None = None


# Article -> {frozenset of parts: _Entry}. Weak keys: an Article's entries go when it is
# garbage-collected, so streaming many articles keeps only the live ones. Articles are frozen
# dataclasses, hashed and compared by value.
_MEMO: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _memo(obj: Text, parts: Sequence[str]) -> _Entry | None:
    """The filled-in-on-demand entry of an Article for ``parts`` (None: not remembered, for a
    plain string, unknown part names, which raise on the plain path, or an unhashable Article)."""
    if not isinstance(obj, Article) or isinstance(parts, str):
        return None
    key = frozenset(parts)
    if not key or not key <= _PART_NAMES:
        return None
    try:
        per = _MEMO.get(obj)
        if per is None:
            per = _MEMO[obj] = {}
    except TypeError:  # an unhashable field
        return None
    entry = per.get(key)
    if entry is None:
        entry = per[key] = _Entry()
    if entry.sentences is None:
        entry.sentences = _merge(obj, key, per, "sentences")
    return entry


def _memo_words(obj: Article, entry: _Entry) -> TokenTable:
    if entry.words is None:
        per = _MEMO[obj]
        key = next(k for k, v in per.items() if v is entry)
        entry.words = _merge(obj, key, per, "words")  # type: ignore[assignment]
    return entry.words  # type: ignore[return-value]


def _merge(obj: Article, key: frozenset[str], per: dict, what: str
           ) -> tuple[Span, ...] | TokenTable:
    """Sentences or words of the parts in ``key``: computed for a single part, else merged from
    the single parts' entries in reading order with the sentences renumbered."""
    if len(key) == 1:
        if what == "sentences":
            return tuple(_sentences(obj, tuple(key)))
        return _words(obj, per[key].sentences)
    bases = [_memo(obj, (name,)) for name in sorted(key)]
    fast = _merge_in_order(obj, bases, what)
    if fast is not None:
        return fast
    base_sents = sorted((s for b in bases for s in b.sentences), key=lambda s: s.start)
    number = {(s.part, s.sentence): k for k, s in enumerate(base_sents)}
    if what == "words":
        spans = sorted((t for b in bases for t in _memo_words(obj, b)), key=lambda t: t.start)
    else:
        spans = base_sents
    out = []
    for x in spans:
        k = number[(x.part, x.sentence)]
        out.append(x if x.sentence == k else
                   Span(x.start, x.end, x.text, x.part, x.paragraph, k, x.kind))
    return TokenTable.from_spans(out) if what == "words" else tuple(out)


def _merge_in_order(obj: Article, bases: list[_Entry], what: str
                    ) -> tuple[Span, ...] | TokenTable | None:
    """`_merge` without sorting or a renumbering table, when that gives the same result: each
    part's sentences are numbered 0, 1, ... in text order and the parts follow one another
    without interleaving, so the merge is the parts one after the other, each part's sentence
    numbers shifted by the number of sentences before it (spans of a part with no shift are kept
    as they are, as `_merge` keeps a span whose number does not change). None when those
    conditions do not hold; `_merge` then sorts."""
    ordered = sorted((b for b in bases if b.sentences), key=lambda b: b.sentences[0].start)
    last_start, last_end = -1, -1
    for b in ordered:
        ss = b.sentences
        if ss[0].start <= last_start or ss[0].start < last_end:
            return None
        prev = -1
        for k, x in enumerate(ss):
            if x.sentence != k or x.start <= prev or x.part != ss[0].part:
                return None
            prev = x.start
        last_start, last_end = ss[-1].start, ss[-1].end
    if len({b.sentences[0].part for b in ordered}) != len(ordered):
        return None
    if what == "words":
        tables = [_memo_words(obj, b) for b in ordered]
        last_start = -1
        for t in tables:
            st = t.starts
            if len(st):
                if st[0] <= last_start:
                    return None
                if any(x > y for x, y in zip(st, st[1:], strict=False)):
                    return None  # not in text order within the part: the sort would reorder
                last_start = st[-1]
        shifts, shift = [], 0
        for b in ordered:
            shifts.append(shift)
            shift += len(b.sentences)
        if not tables:
            return TokenTable.from_spans(())
        return TokenTable.concat(tables, shifts)
    out: list[Span] = []
    shift = 0
    for b in ordered:
        spans = b.sentences
        if shift:
            out.extend([Span(x.start, x.end, x.text, x.part, x.paragraph, x.sentence + shift,
                             x.kind) for x in spans])
        else:
            out.extend(spans)
        shift += len(b.sentences)
    return tuple(out)


def _memo_for_sentences(obj: Article, sents: Sequence[Span]) -> _Entry | None:
    """The entry whose sentences are exactly the spans ``sents`` (the same objects), if any."""
    try:
        per = _MEMO.get(obj)
    except TypeError:
        return None
    for entry in (per or {}).values():
        have = entry.sentences
        if (have is not None and len(have) == len(sents)
                and all(a is b for a, b in zip(have, sents, strict=True))):
            return entry
    return None


def lexical_words(tokens: Sequence[Span], source: str) -> list[Span]:
    """Words as readability formulas count them: punctuation dropped, split pieces re-joined.

    The rule: a word is a maximal run of non-punctuation tokens written together, with no space
    or punctuation between them. So a contraction or possessive is one word (``don’t``,
    ``Korea’s``; Treebank splits them), as are ``cannot`` and ``gonna``; a hyphenated compound
    is one word (``one-track``; never split); numbers count as words; a dash between words
    separates them (``U.S.–North`` is two words). ``source`` is the text the tokens index into.

    References
    ----------
    Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3),
    221-233 (contractions and hyphenated words count as one word).
    """
    if isinstance(tokens, TokenTable):
        return list(tokens.lexical(source))
    out: list[Span] = []
    for tok in tokens:
        if tok.kind == "punct":
            continue
        prev = out[-1] if out else None
        if prev is not None and tok.start == prev.end and tok.sentence == prev.sentence:
            kind = "number" if prev.kind == tok.kind == "number" else "word"
            out[-1] = Span(prev.start, tok.end, source[prev.start:tok.end], part=prev.part,
                           paragraph=prev.paragraph, sentence=prev.sentence, kind=kind)
            continue
        out.append(tok)
    return out
