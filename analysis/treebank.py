"""Word tokens of sentences: nltk's Treebank-style tokenizer, run over many sentences at once
exactly as on each alone, plus the package's adjustments (dashes split off, kinds, a
sentence-final abbreviation keeps its period); see `analysis.tokenize` for the rules.
`analysis.tokenize.words` calls `_many_sentence_tokens` and builds the `Span`s.
"""

from __future__ import annotations

import re
from bisect import bisect
from collections.abc import Sequence
from functools import lru_cache
from operator import add

from ._nltk import engine  # first: nltk without scipy.stats (analysis/_nltk.py)

# isort: split
from nltk.tokenize import NLTKWordTokenizer

from .sentence_split import _CLOSERS, _DOTTED_ACRONYM, ABBREVIATIONS
from .tokens import NUMBER, PUNCT, WORD

__all__: list[str] = []


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


# --- words ----------------------------------------------------------------------------------

_NUMBER_RE = re.compile(
    r"^[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[-/]\d[\d,]*(?:\.\d+)?)*(?:%|st|nd|rd|th|s)?$"
)
_DASH_RE = re.compile(r"[\u2012\u2013\u2014\u2015]|--")


def _kind(tok: str) -> int:
    """`PUNCT` (no letter or digit), `NUMBER` (``2018``, ``1,000``, ``100.00``, ``5%``,
    ``3rd``, ``1990s``, ``2017-2018``) or `WORD`: the `analysis.tokens` kind codes."""
    if not any(ch.isalnum() for ch in tok):
        return PUNCT
    if _NUMBER_RE.match(tok):
        return NUMBER
    return WORD


class _Kinds(dict[str, int]):
    """Token text -> `_kind`, found on first sight; emptied past `_KINDS_MAX` texts. Read as
    ``map(_KINDS.__getitem__, toks)``: 4x faster than an ``lru_cache`` call per token."""

    def __missing__(self, tok: str) -> int:
        if len(self) >= _KINDS_MAX:
            self.clear()
        kind = self[tok] = _kind(tok)
        return kind


_KINDS_MAX = 1 << 16
_KINDS = _Kinds()


def _is_abbreviation(tok: str) -> bool:
    """``tok`` + "." is a known abbreviation or a dotted acronym (``U.S``, ``Inc``, ``J.R``)."""
    return tok.lower() in ABBREVIATIONS or _DOTTED_ACRONYM.match(tok + ".") is not None


_APOS_DASHES: tuple[tuple[str, str], ...] = (
    ("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"),
    ("\u2012", " "), ("\u2013", " "), ("\u2014", " "), ("\u2015", " "))


def _blank_dashes(text: str) -> str:
    """Replace dashes (`_DASH_RE`) by spaces of the same length, so the tokenizer splits there;
    curly apostrophes become straight ones. (One character for another: a `str.replace` per
    character present is many times faster than `str.translate` with a table.)"""
    if not text.isascii():
        for char, replacement in _APOS_DASHES:
            if char in text:
                text = text.replace(char, replacement)
    return text.replace("--", "  ")


#: A sentence's tokens as columns: start and end offsets into the sentence, the token texts
#: (of the text tokenized) and their kind codes.
Columns = tuple[list[int], list[int], list[str], list[int]]


def _finish(text: str, starts: list[int], ends: list[int], raw: list[str] | None = None
            ) -> Columns:
    """Add the dashes (blanked for the tokenizer) as tokens (`_kind` makes them punctuation),
    set kinds, and give a sentence-final abbreviation its period back. ``raw``: the tokens as
    found in the blanked text, which are ``text``'s own when it is ASCII without ``--``.

    Columns, not a (start, end, kind) tuple per token: `analysis.tokenize` stores columns
    (`_words` on 200,000 words, best of 15: 0.87-1.00 -> 0.72-0.95 s CPU)."""
    ascii_text = text.isascii()  # then the only dash is "--"
    if "--" in text if ascii_text else _DASH_RE.search(text):
        dashes = [m.span() for m in _DASH_RE.finditer(text)]
        found = sorted([*zip(starts, ends, strict=True), *dashes])
        starts, ends, raw = [s for s, _ in found], [e for _, e in found], None
    if raw is None or not ascii_text:
        toks = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    else:
        toks = raw
    kinds = list(map(_KINDS.__getitem__, toks))
    # The tokenizer splits the sentence's final period off "U.S." / "Inc."; an abbreviation
    # keeps it (the period does double duty), as it does inside a sentence. Only closing
    # punctuation may follow that period, so only the last "." token can be it.
    if "." in toks:
        k = len(toks) - 1 - toks[::-1].index(".")
        if k and all(tok in _CLOSERS for tok in toks[k + 1:]):
            if (ends[k - 1] == starts[k] and kinds[k - 1] == WORD
                    and _is_abbreviation(toks[k - 1])):
                ends[k - 1] = ends[k]
                toks[k - 1] = text[starts[k - 1]:ends[k]]
                del starts[k], ends[k], toks[k], kinds[k]
    return starts, ends, toks, kinds


def _sentence_tokens(text: str) -> Columns:
    """The token columns of one sentence (nltk's tokenizer on this sentence)."""
    found = list(_word_tokenizer().span_tokenize(_blank_dashes(text)))
    return _finish(text, [s for s, _ in found], [e for _, e in found])


# The same tokenizer run on many sentences at once. nltk's ``NLTKWordTokenizer.tokenize`` is a
# chain of regular-expression substitutions; run per sentence they cost most of the time
# (short strings, each call through nltk's time-limit wrapper). Here the sentences are joined
# with a separator character, each substitution runs once over the whole batch with the same
# engine (`regex`) and the same patterns, except that the separator stands in for the start
# and end of the sentence (``^`` and ``$`` become look-arounds on it; character classes that
# could match it exclude it), so every sentence is rewritten exactly as on its own. Quotes are
# then restored and tokens aligned sentence by sentence, as ``span_tokenize`` does. A sentence
# the batch cannot represent (it contains the separator or ends in a line break, where ``$``
# behaves differently) goes through nltk on its own; so does one where restoring quotes or
# aligning fails, so nltk raises its own error.
_SEP = "\x00"
_BATCH_PATTERNS: dict[str, str] = {
    # nltk pattern -> the batch version (patterns not listed are used as they are)
    r'^\"': r'(?<=\x00)\"',
    r'([^\.])(\.)([\]\)}>"\'' "»”’ " r']*+)\s*$':
        r'([^\.\x00])(\.)([\]\)}>"\'' "»”’ " r']*+)\s*(?=\x00)',
    r"([:,])([^\d])": r"([:,])([^\d\x00])",
    r"([:,])$": r"([:,])(?=\x00)",
    r'([^\.])(\.)([\]\)}>"\']*)\s*$': r'([^\.\x00])(\.)([\]\)}>"\']*)\s*(?=\x00)',
    r"([^'])' ": r"([^'\x00])' ",
}
# Same matches, faster: the preceding character is checked by a look-behind instead of being
# consumed and put back. In the contraction patterns a match ends with a space, so the
# character before the next match, which must not be a space, is never inside the previous
# one; before an opening quote the character (a space or bracket) is never a quote, so never
# inside a previous match either. Whitespace runs: a lone space, which `\s+` would replace by
# a space, is left alone (nearly every match). (pattern, replacement).
_FASTER_PATTERNS: dict[str, tuple[str, str]] = {
    r"([^' ])('[sS]|'[mM]|'[dD]|') ": (r"(?<=[^' ])('[sS]|'[mM]|'[dD]|') ", r" \1 "),
    r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ":
        (r"(?<=[^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", r" \1 "),
    r"([ \(\[{<])(\"|\'{2})": (r"(?<=[ \(\[{<])(?:\"|\'{2})", r" `` "),
    r"\s+": (r"[^\S ]\s*| \s+", " "),
}
# Every contraction pattern (CONTRACTIONS2 and 3 in `_NLTK_SOURCES`) matches only where one of
# these does, in the same engine with the same flags: sentences without one are left alone.
_CONTRACTION_HINT = re.compile(
    r"(?i)can(?#X)not|d(?#X)'ye|gim(?#X)me|gon(?#X)na|got(?#X)ta|lem(?#X)me|more(?#X)'n"
    r"|wan(?#X)na| 't(?#X)is| 't(?#X)was"
)
#: The nltk patterns the batch was checked against (nltk 3.10); any other nltk: no batch.
_NLTK_SOURCES: tuple[str, ...] = (
    "([«“‘„]|[`]+)", r'^\"', "(``)", r"([ \(\[{<])(\"|\'{2})",
    r"(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)",
    r'([^\.])(\.)([\]\)}>"\'' "»”’ " r']*+)\s*$', r"([:,])([^\d])", r"([:,])$", r"\.{2,}",
    r"[;@#$%&]", r"[\u2012-\u2015]", r'([^\.])(\.)([\]\)}>"\']*)\s*$', r"[?!]", r"([^'])' ",
    r"[*]", r"[\]\[\(\)\{\}\<\>]", r"--",
    "([»”’])", "''", '"', r"\s+", r"([^' ])('[sS]|'[mM]|'[dD]|') ",
    r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ",
    r"(?i)\b(can)(?#X)(not)\b", r"(?i)\b(d)(?#X)('ye)\b", r"(?i)\b(gim)(?#X)(me)\b",
    r"(?i)\b(gon)(?#X)(na)\b", r"(?i)\b(got)(?#X)(ta)\b", r"(?i)\b(lem)(?#X)(me)\b",
    r"(?i)\b(more)(?#X)('n)\b", r"(?i)\b(wan)(?#X)(na)(?=\s)",
    r"(?i) ('t)(?#X)(is)\b", r"(?i) ('t)(?#X)(was)\b",
)
# The words of `_CONTRACTION_HINT` in lower case, found with `str.find` in the lower-cased
# text: the letters of these words match under ``re.IGNORECASE`` their two ASCII cases and
# "ı", "İ" (i) and "ſ" (s); "ı" and "ſ" are mapped to "i" and "s", and "İ", which lowercases
# to two characters, makes the lower-cased text longer: then the pattern is used itself.
_HINT_WORDS = ("cannot", "d'ye", "gimme", "gonna", "gotta", "lemme", "more'n", "wanna",
               " 'tis", " 'twas")
_QUOTE_RE = re.compile(r"``|'{2}|\"")


def _contraction_hits(text: str) -> list[int]:
    """Where `_CONTRACTION_HINT` matches in ``text`` (or more places: a superset)."""
    low = text.lower()
    if not low.isascii():  # (two `str.replace` are many times faster than `str.translate`)
        low = low.replace("ı", "i").replace("ſ", "s")
    if len(low) != len(text):
        return [m.start() for m in _CONTRACTION_HINT.finditer(text)]
    hits: list[int] = []
    for word in _HINT_WORDS:
        at = low.find(word)
        while at >= 0:
            hits.append(at)
            at = low.find(word, at + 1)
    return hits


def _recompile(rx, pattern: str):
    """``pattern`` compiled by the engine and with the flags of the compiled pattern ``rx``."""
    if isinstance(rx, re.Pattern):
        return re.compile(pattern, rx.flags)
    import regex  # nltk's engine since 3.10 (nltk.redos)

    return regex.compile(pattern, rx.flags)


@lru_cache(maxsize=1)
def _batch_steps() -> tuple[tuple, tuple, tuple] | None:
    """(before padding, after padding, contractions) as (pattern, replacement) pairs, or None
    when nltk's tokenizer is not the one the batch was checked against. A changed pattern is
    compiled with the engine nltk compiled the original with (`regex` since nltk 3.10)."""
    tok = _word_tokenizer()
    try:
        first = [*tok.STARTING_QUOTES, *tok.PUNCTUATION, tok.PARENS_BRACKETS, tok.DOUBLE_DASHES]
        ending = list(tok.ENDING_QUOTES)
        contractions = [*tok.CONTRACTIONS2, *tok.CONTRACTIONS3]
        sources = tuple(engine(p).pattern for p, _ in [*first, *ending]) + tuple(
            p.pattern for p in contractions)
    except (AttributeError, TypeError, ValueError):
        return None
    if sources != _NLTK_SOURCES or type(tok).tokenize is not NLTKWordTokenizer.tokenize:
        return None
    if not all(isinstance(p, re.Pattern) for p in contractions):
        return None  # `_CONTRACTION_HINT` matches like them only in the same engine (`re`)

    def batch(p, r):
        rx = engine(p)
        if rx.pattern in _BATCH_PATTERNS:
            rx = _recompile(rx, _BATCH_PATTERNS[rx.pattern])
        elif rx.pattern in _FASTER_PATTERNS:
            faster, r = _FASTER_PATTERNS[rx.pattern]
            rx = _recompile(rx, faster)
        return rx, r

    return (tuple(batch(p, r) for p, r in first), tuple(batch(p, r) for p, r in ending),
            tuple(contractions))


def _batch_token_strings(texts: Sequence[str]) -> list[list[str]] | None:
    """``NLTKWordTokenizer().tokenize(t)`` for each text (which must not contain ``_SEP``)."""
    steps = _batch_steps()
    if steps is None:
        return None
    first, ending, contractions = steps
    text = _SEP + _SEP.join(texts) + _SEP
    for rx, r in first:
        text = rx.sub(r, text)
    # nltk pads the sentence with a space on each side.
    text = text.replace(_SEP, f" {_SEP} ")
    for rx, r in ending:
        text = rx.sub(r, text)
    # Contractions: only in the padded sentences (between separators) where one may match; no
    # pattern reaches past the spaces around a separator, so each sentence is rewritten alone.
    hits = _contraction_hits(text)
    if hits:
        chunks = text.split(_SEP)
        seps = [m.start() for m in re.finditer(_SEP, text)] if len(hits) > 1 else []
        for k in sorted({bisect(seps, h) if seps else text.count(_SEP, 0, h) for h in hits}):
            chunk = chunks[k]
            for rx in contractions:
                chunk = rx.sub(r" \1 \2 ", chunk)
            chunks[k] = chunk
        text = _SEP.join(chunks)
    # Every separator stands alone between spaces (padded above; no substitution removes a
    # space next to it), so splitting at the separators, then at whitespace, gives each text's
    # tokens; the batch begins and ends with a separator (nothing before or after).
    return [chunk.split() for chunk in text.split(_SEP)[1:-1]]


def _align(raw: list[str], text: str) -> tuple[list[int], list[int], list[str]] | None:
    """``span_tokenize``'s last steps: restore double quotes, find each token in ``text``;
    the tokens' starts, ends and texts (``raw`` with the quotes restored)."""
    if '"' in text or "''" in text:
        matched = iter(_QUOTE_RE.findall(text))
        try:
            raw = [next(matched) if t in ('"', "``", "''") else t for t in raw]
        except StopIteration:
            return None
    point = 0
    starts: list[int] = []
    append = starts.append
    index = text.index
    try:
        for t in raw:
            point = index(t, point)
            append(point)
            point += len(t)
    except ValueError:
        return None
    return starts, list(map(add, starts, map(len, raw))), raw


def _many_sentence_tokens(texts: Sequence[str]) -> list[Columns]:
    """`_sentence_tokens` of each text, tokenizing them together where that is exact."""
    blanked = [_blank_dashes(t) for t in texts]
    ok = [i for i, b in enumerate(blanked) if b and _SEP not in b and not b.endswith("\n")]
    raw = _batch_token_strings([blanked[i] for i in ok]) if ok else None
    out: list[Columns | None] = [None] * len(texts)
    if raw is not None:
        for i, toks in zip(ok, raw, strict=True):
            found = _align(toks, blanked[i])
            if found is not None:
                out[i] = _finish(texts[i], *found)
    return [o if o is not None else _sentence_tokens(t) for o, t in zip(out, texts, strict=True)]
