"""Readability's counts: every word looked at once (syllables, letters, familiarity, the word
classes of the formulas) and summed into `ReadabilityCounts`. The counting rules are listed in
`analysis.readability`, which re-exports these names.

References
----------
Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3), 221-233.
Dale, E. and Chall, J. S. (1948). A formula for predicting readability; and Instructions.
Educational Research Bulletin 27(1), 11-20, 28; 27(2), 37-54.
Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import chain, compress, islice
from operator import ne
from typing import NamedTuple

from . import paths
from .article import Article
from .normalize import word_form
from .spans import Span
from .syllables import count_syllables
from .tokenize import sentences, token_table
from .tokens import NUMBER, TokenTable

__all__ = ["ReadabilityCounts", "count_readability", "describe_words", "is_familiar"]

_TERMINAL_RE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]\u00bb]*\s*$")

# --- counts -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReadabilityCounts:
    """Everything the formulas need, counted once (the rules: `analysis.readability`)."""

    sentences: int
    words: int
    syllables: int
    letters: int
    characters: int
    polysyllables: int
    complex_words: int
    long_words: int
    unfamiliar_words: int
    numbers: int = 0
    unterminated_sentences: int = 0

    def __add__(self, other: ReadabilityCounts) -> ReadabilityCounts:
        return ReadabilityCounts(*(getattr(self, f.name) + getattr(other, f.name)
                                   for f in fields(self)))


class _Word(NamedTuple):
    """One lexical word and its features (a named tuple: immutable, and cheap to build per
    word, which a frozen dataclass is not)."""

    span: Span
    syllables: int
    letters: int
    characters: int
    polysyllabic: bool
    complex: bool
    long: bool
    unfamiliar: bool
    proper: bool
    number: bool


# --- Dale-Chall familiarity -----------------------------------------------------------------

@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    with open(paths.PACKAGE_DATA_DIR / "dale_chall_easy_words.csv", newline="",
              encoding="utf-8") as fh:
        return frozenset(row["word"].strip().lower() for row in csv.DictReader(fh))


def _stems(w: str) -> list[str]:
    """Candidate list words for an inflected form, after Dale and Chall's (1948) rules."""
    out: list[str] = []

    def undouble(s: str) -> list[str]:
        return [s[:-1]] if len(s) > 2 and s[-1] == s[-2] and s[-1] not in "aeiouls" else []

    if w.endswith("ies") or w.endswith("ied") or w.endswith("ier"):
        out.append(w[:-3] + "y")
    if w.endswith("iest"):
        out.append(w[:-4] + "y")
    if w.endswith("ily"):
        out.append(w[:-3] + "y")
    for suffix in ("s", "es", "ed", "d", "ing", "er", "r", "est", "st", "ly", "n", "en"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[: -len(suffix)]
            out.append(stem)
            if suffix in ("ed", "ing", "er", "est", "en"):
                out.append(stem + "e")  # "making" -> "make"
                out.extend(undouble(stem))  # "running" -> "run"
    return out


#: Curly single quotes made straight (built once, not per word).
_CURLY_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_POSSESSIVE = re.compile(r"'s$|s'$")


def _drop_possessive(m: re.Match[str]) -> str:
    return "" if m.group() == "'s" else "s"


@lru_cache(maxsize=65536)
def is_familiar(word: str) -> bool:
    """Whether a (non-name) word counts as familiar for Dale-Chall: on the list or inflected.

    Possessive endings are removed first; a hyphenated compound is familiar when every part is;
    figures are familiar.
    """
    w = word.translate(_CURLY_QUOTES).lower().strip("'")
    w = _POSSESSIVE.sub(_drop_possessive, w)
    if not w or any(ch.isdigit() for ch in w) and not any(ch.isalpha() for ch in w):
        return True
    if "-" in w:
        return all(is_familiar(p) for p in w.split("-") if p)
    easy = _easy_words()
    return w in easy or any(s in easy for s in _stems(w))


# --- per-word features ---------------------------------------------------------------------

_ES_SYLLABLE = re.compile(r"(?:[sxz]|ch|sh|ce|ge)es$")
_ED_SYLLABLE = re.compile(r"[td]ed$")


def _suffix_made_complex(w: str) -> bool:
    """True when a 3-syllable word is complex only because of -es, -ed or -ing (Gunning)."""
    lw = w.lower()
    return (lw.endswith("ing") or bool(_ES_SYLLABLE.search(lw)) or bool(_ED_SYLLABLE.search(lw)))


def _analyse(obj: str | Article, *, include_headline: bool) -> tuple[str, list[Span], list[_Word]]:
    """Tokenize once and describe every word once. Returns (source text, sentences, words)."""
    source, sents, lex = _lexical(obj, include_headline=include_headline)
    return source, sents, describe_words(list(lex), sents)


def _lexical(obj: str | Article, *, include_headline: bool
             ) -> tuple[str, list[Span], TokenTable]:
    """(source text, sentences, lexical words as a `TokenTable`) of the parts readability
    reads."""
    if isinstance(obj, Article):
        parts = ("title", "subtitle", "body") if include_headline else ("body",)
        source = obj.text
    elif isinstance(obj, str):
        parts, source = ("body",), obj
    else:
        raise TypeError(f"expected str or Article, got {type(obj).__name__}")
    sents = sentences(obj, parts=parts)
    return source, sents, token_table(obj, sentence_spans=sents).lexical(source)


@lru_cache(maxsize=131072)
def _form_features(t: str, number: bool) -> tuple[int, int, int, bool, bool, bool]:
    """What does not depend on a word's position: (syllables, letters, characters,
    polysyllabic, complex if not a proper noun, familiar) for one written form."""
    syl = count_syllables(t)
    letters = sum(ch.isalpha() for ch in t)
    chars = letters + sum(ch.isdigit() for ch in t)
    poly = syl >= 3
    complex_ = (poly and "-" not in t and not number
                and not (syl == 3 and _suffix_made_complex(t)))
    familiar = number or is_familiar(t)
    return syl, letters, chars, poly, complex_, familiar


def _word_keys(lex: Sequence[Span]) -> tuple[list[tuple[str, bool, bool]], set[int | None]]:
    """Each lexical word's (form, number, proper) key, and the sentences that have words.

    A capitalised word is proper inside a sentence, or at a sentence start when the same
    form is also capitalised inside one; the form is `word_form` (soft hyphens and zero-width
    characters out, NFC: normalize.py). ``lex``: `Span`s or a `TokenTable` (read by column)."""
    first_of_sentence: set[int] = set()
    with_words: set[int | None] = set()
    if isinstance(lex, TokenTable):
        starts: Sequence[int] = lex.starts
        texts: Sequence[str] = lex.texts
        numbers = [k == NUMBER for k in lex.kinds]
        # consecutive words of a row share its sentence: only a change of row can start one
        row_keys, last = lex.keys, -1
        for k, r in enumerate(lex.rows):
            if r != last:
                last = r
                sent = row_keys[r][2]
                if sent not in with_words:
                    with_words.add(sent)
                    first_of_sentence.add(starts[k])
    else:
        starts = [s.start for s in lex]
        texts = [s.text for s in lex]
        numbers = [s.kind == "number" for s in lex]
        for start, sent in zip(starts, [s.sentence for s in lex], strict=True):
            if sent not in with_words:
                with_words.add(sent)
                first_of_sentence.add(start)
    form_of = {t: word_form(t) for t in set(texts)}  # once per distinct text
    forms = [form_of[t] for t in texts]
    capitalised_inside = {t for start, text, t in zip(starts, texts, forms, strict=True)
                          if start not in first_of_sentence and text[:1].isupper()}
    keys = [(t, number, t[:1].isupper() and (start not in first_of_sentence
                                             or t in capitalised_inside))
            for start, t, number in zip(starts, forms, numbers, strict=True)]
    return keys, with_words


def _table_key_counts(lex: TokenTable) -> tuple[dict[tuple[str, bool, bool], int],
                                                  set[int | None]]:
    """``Counter(_word_keys(lex)[0])`` (the same counts) and the sentences that have words,
    without a key per word: the words not at a sentence start are counted per token text
    (`Counter` over the texts, numbers apart), then each text's key is added once times its
    count; the sentence-start words (one per sentence) are keyed one by one.
    200,000 words, best of 15, alternated: `_count_lexical` 0.27-0.37 -> 0.11-0.18 s CPU."""
    import numpy as np

    starts, texts, row_keys = lex.starts, lex.texts, lex.keys
    rows = lex.rows
    n = len(texts)
    first_of_sentence: set[int] = set()
    with_words: set[int | None] = set()
    # consecutive words of a row share its sentence: only a change of row can start one
    for k in chain((0,) if n else (), compress(range(1, n), map(ne, islice(rows, 1, None), rows))):
        sent = row_keys[rows[k]][2]
        if sent not in with_words:
            with_words.add(sent)
            first_of_sentence.add(starts[k])
    at_first = list(compress(range(n), map(first_of_sentence.__contains__, starts)))
    inside = np.ones(n, dtype=np.bool_)
    inside[at_first] = False
    number = np.frombuffer(lex.kinds, dtype=np.uint8) == NUMBER
    words_inside = Counter(compress(texts, (inside & ~number).tobytes()))
    numbers_inside = Counter(compress(texts, (inside & number).tobytes()))
    form_of: dict[str, str] = {}
    for t in chain(words_inside, numbers_inside, [texts[k] for k in at_first]):
        if t not in form_of:
            form_of[t] = word_form(t)
    capitalised_inside = {form_of[t] for t in chain(words_inside, numbers_inside)
                          if t[:1].isupper()}
    counts: dict[tuple[str, bool, bool], int] = {}
    for counted, is_number in ((words_inside, False), (numbers_inside, True)):
        for t, m in counted.items():
            f = form_of[t]
            key = (f, is_number, f[:1].isupper())
            counts[key] = counts.get(key, 0) + m
    kinds = lex.kinds
    for k in at_first:
        f = form_of[texts[k]]
        key = (f, kinds[k] == NUMBER, f[:1].isupper() and f in capitalised_inside)
        counts[key] = counts.get(key, 0) + 1
    return counts, with_words


def describe_words(lex: Sequence[Span], sents: Sequence[Span]) -> list[_Word]:
    """Syllables, letters and the word classes of every lexical word (tokens passed along)."""
    out: list[_Word] = []
    append = out.append
    # The features after the span depend only on (form, number, proper): computed once each.
    features: dict[tuple[str, bool, bool], tuple] = {}
    for s, key in zip(lex, _word_keys(lex)[0], strict=True):
        f = features.get(key)
        if f is None:
            t, number, proper = key
            syl, letters, chars, poly, complex_, familiar = _form_features(t, number)
            f = features[key] = (syl, letters, chars, poly, complex_ and not proper, letters > 6,
                                 not (familiar or proper), proper, number)
        append(_Word(s, *f))
    return out


def _count_lexical(sents: Sequence[Span], lex: Sequence[Span]) -> ReadabilityCounts:
    """`_count` of `describe_words` without a record per word: the words are counted per
    (form, number, proper) key (`_word_keys`), then each key's features (`_form_features`,
    the same as `describe_words` gives) are added once times its count. Same counts."""
    if isinstance(lex, TokenTable):
        keys, with_words = _table_key_counts(lex)
    else:
        word_keys, with_words = _word_keys(lex)
        keys = Counter(word_keys)
    syllables = letters = characters = polysyllables = complex_words = 0
    long_words = unfamiliar = numbers = 0
    for (t, number, proper), n in keys.items():
        syl, let, chars, poly, complex_, familiar = _form_features(t, number)
        syllables += n * syl
        letters += n * let
        characters += n * chars
        polysyllables += n * poly
        complex_words += n * (complex_ and not proper)
        long_words += n * (let > 6)
        unfamiliar += n * (not (familiar or proper))
        numbers += n * number
    kept = [s for s in sents if s.sentence in with_words]
    return ReadabilityCounts(
        sentences=len(kept), words=len(lex), syllables=syllables, letters=letters,
        characters=characters, polysyllables=polysyllables, complex_words=complex_words,
        long_words=long_words, unfamiliar_words=unfamiliar, numbers=numbers,
        unterminated_sentences=sum(not _TERMINAL_RE.search(s.text) for s in kept),
    )


def _count(sents: Sequence[Span], ws: Sequence[_Word]) -> ReadabilityCounts:
    with_words = {w.span.sentence for w in ws}
    kept = [s for s in sents if s.sentence in with_words]
    return ReadabilityCounts(
        sentences=len(kept),
        words=len(ws),
        syllables=sum(w.syllables for w in ws),
        letters=sum(w.letters for w in ws),
        characters=sum(w.characters for w in ws),
        polysyllables=sum(w.polysyllabic for w in ws),
        complex_words=sum(w.complex for w in ws),
        long_words=sum(w.long for w in ws),
        unfamiliar_words=sum(w.unfamiliar for w in ws),
        numbers=sum(w.number for w in ws),
        unterminated_sentences=sum(not _TERMINAL_RE.search(s.text) for s in kept),
    )


def count_readability(obj: str | Article, *, include_headline: bool = False) -> ReadabilityCounts:
    """The counts behind every formula, for a string or an Article's body (and headline)."""
    _, sents, ws = _analyse(obj, include_headline=include_headline)
    return _count(sents, ws)
