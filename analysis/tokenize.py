"""Sentence and word segmentation on nltk, returning `Span`s with offsets into the source text.

Sentences come from nltk's Punkt algorithm with parameters built into the package (no trained
model is downloaded): a list of abbreviations common in news and policy writing, never a
sentence across a paragraph, closing quotes and brackets kept with their sentence. Words come
from nltk's Treebank-style tokenizer (``NLTKWordTokenizer``), run on each sentence; curly
apostrophes are mapped to straight ones for the tokenizer only (same length, so offsets hold).

References
----------
Kiss, T. and Strunk, J. (2006). Unsupervised multilingual sentence boundary detection.
Computational Linguistics 32(4), 485-525.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .article import Article
from .spans import Span

__all__ = [
    "ABBREVIATIONS",
    "segments",
    "sentences",
    "words",
    "lexical_words",
    "Text",
]

Text = str | Article

#: Abbreviations Punkt must not end a sentence at (lower case, without the final period).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    u.s u.k u.n e.u u.s.a u.s.s.r d.c n.y l.a
    mr mrs ms dr prof sr jr st mt ft
    gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep pres amb sec atty supt insp
    rev fr hon
    inc corp co ltd llc plc bros assn dept univ govt
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vs v etc al approx est fig figs vol vols pp p ch sec para
    e.g i.e a.m p.m cf viz ca c
    ave blvd rd hwy
    """.split()
)

_DEFAULT_PARTS: tuple[str, ...] = ("body",)


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


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
    for k, m in enumerate(re.finditer(r"\S(?:.*?\S)??(?=\s*(?:\n[ \t\r\f\v]*\n|\Z))", obj, re.S)):
        out.append(Span(m.start(), m.end(), m.group(), part="body", paragraph=k))
    return out


def _sentence_offsets(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets inside one paragraph."""
    return list(_punkt().span_tokenize(text))


def sentences(obj: Text, *, parts: Sequence[str] = _DEFAULT_PARTS) -> list[Span]:
    """Split into sentences; every span satisfies ``source_text[s.start:s.end] == s.text``.

    For an Article, ``parts`` chooses what is segmented (default: the body only); title and
    subtitle are one sentence each when included. Sentences never cross a paragraph.
    """
    source = obj.text if isinstance(obj, Article) else obj
    out: list[Span] = []
    for seg in segments(obj, parts=parts):
        if seg.part in ("title", "subtitle", "caption", "credit"):
            offs = [(0, len(seg.text))]
        else:
            offs = _sentence_offsets(seg.text)
        for s, e in offs:
            start, end = seg.start + s, seg.start + e
            out.append(
                Span(start, end, source[start:end], part=seg.part, paragraph=seg.paragraph,
                     sentence=len(out))
            )
    return out


_CLITICS = ("'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'S", "'RE", "'VE", "'LL", "'D", "'M", "N'T")
_NUMBER_RE = re.compile(r"^[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:%|st|nd|rd|th|s)?$")
_DASH_RE = re.compile(r"[\u2012\u2013\u2014\u2015]|--")
_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _kind(tok: str) -> str:
    if not any(ch.isalnum() for ch in tok):
        return "punct"
    if _NUMBER_RE.match(tok):
        return "number"
    return "word"


def _blank_dashes(text: str) -> str:
    """Replace dashes by spaces of the same length, so the tokenizer splits there."""
    return _DASH_RE.sub(lambda m: " " * len(m.group()), text.translate(_APOS))


def words(
    obj: Text,
    *,
    parts: Sequence[str] = _DEFAULT_PARTS,
    sentence_spans: Sequence[Span] | None = None,
) -> list[Span]:
    """Tokenize each sentence with nltk's Treebank-style tokenizer; ``kind`` marks punctuation.

    Hyphenated compounds stay one token (``gangster-like``); dashes between words are split off
    (``U.S.–North`` gives ``U.S.``, ``–``, ``North``); contractions and possessives split in
    Treebank style (``Korea’s`` gives ``Korea`` + ``’s``) whatever the apostrophe. Pass
    ``sentence_spans`` to reuse sentences you already have.
    """
    source = obj.text if isinstance(obj, Article) else obj
    sents = sentence_spans if sentence_spans is not None else sentences(obj, parts=parts)
    out: list[Span] = []
    tok = _word_tokenizer()
    for sent in sents:
        found = [(s, e, "") for s, e in tok.span_tokenize(_blank_dashes(sent.text))]
        found += [(m.start(), m.end(), "punct") for m in _DASH_RE.finditer(sent.text)]
        for s, e, kind in sorted(found):
            start, end = sent.start + s, sent.start + e
            text = source[start:end]
            out.append(Span(start, end, text, part=sent.part, paragraph=sent.paragraph,
                            sentence=sent.sentence, kind=kind or _kind(text)))
    return out


def lexical_words(tokens: Sequence[Span], source: str) -> list[Span]:
    """Words as readability formulas count them: punctuation dropped, clitics re-attached.

    Flesch (1948) counts a contraction ("don't") or a possessive ("Korea's") as one word, and a
    hyphenated compound as one word; numbers count as words. A clitic token (``n't``, ``'s``
    ...) directly adjacent to the previous token is merged into it, so the span covers both.
    """
    out: list[Span] = []
    for tok in tokens:
        if tok.kind == "punct":
            continue
        if (out and tok.start == out[-1].end and tok.text.translate(_APOS) in _CLITICS):
            prev = out[-1]
            out[-1] = Span(prev.start, tok.end, source[prev.start:tok.end], part=prev.part,
                           paragraph=prev.paragraph, sentence=prev.sentence, kind=prev.kind)
            continue
        out.append(tok)
    return out
