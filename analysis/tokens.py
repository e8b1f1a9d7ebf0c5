"""`TokenTable`: the tokens of a text as columns (plain arrays), `Span`s made only when read.

`analysis.tokenize` segments each part of an Article once and keeps its tokens in a
`TokenTable`: start and end offsets (``array('i')``, 8-byte
``array('q')`` for a text past 2**31 characters), the token texts (one shared string per
distinct form), a kind code per token and, per token, the row of its sentence in a small table
of ``(part, paragraph, sentence)``. Measurements that only count or compare (the matcher,
readability counts, word totals) read the columns; code that wants `Span` objects indexes or
iterates the table and gets a new, equal `Span` each time (nothing holds them).

Why: a frozen `Span` per token costs about 150 bytes (the object and its two offset integers)
and 2 us to build; the columns cost about 30 bytes a token. On 200,000 words of news prose the
profile's peak memory fell from 89.6 to (see ``benchmarks/README.md``, issue 15 "lean core").
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from typing import overload

from .spans import Span

__all__ = ["TokenTable", "TextSlice", "SpanView", "KIND_NAMES", "kind_code", "make_span"]

#: Kind code -> kind name; the first three are the tokenizer's, others are added on first sight
#: (a table built from hand-made spans may carry any kind).
KIND_NAMES: list[str] = ["word", "number", "punct"]
_KIND_CODES: dict[str, int] = {k: n for n, k in enumerate(KIND_NAMES)}
WORD, NUMBER, PUNCT = 0, 1, 2
#: kind code -> 1, but 0 for punctuation (a `bytes.translate` table)
_NOT_PUNCT = bytes(int(k != PUNCT) for k in range(256))


def kind_code(kind: str) -> int:
    """The code of a kind name (registered on first sight; at most 256 kinds)."""
    code = _KIND_CODES.get(kind)
    if code is None:
        if len(KIND_NAMES) >= 256:
            raise ValueError("more than 256 token kinds")
        code = _KIND_CODES[kind] = len(KIND_NAMES)
        KIND_NAMES.append(kind)
    return code


# A frozen slotted dataclass's __init__ sets each field through object.__setattr__ (about 2 us
# for the seven of a Span); setting the slots directly gives the same object in a third of that.
_new = object.__new__
_S_START = Span.start.__set__  # type: ignore[attr-defined]
_S_END = Span.end.__set__  # type: ignore[attr-defined]
_S_TEXT = Span.text.__set__  # type: ignore[attr-defined]
_S_PART = Span.part.__set__  # type: ignore[attr-defined]
_S_PARA = Span.paragraph.__set__  # type: ignore[attr-defined]
_S_SENT = Span.sentence.__set__  # type: ignore[attr-defined]
_S_KIND = Span.kind.__set__  # type: ignore[attr-defined]


def make_span(start: int, end: int, text: str, part: str, paragraph: int | None,
              sentence: int | None, kind: str) -> Span:
    """``Span(start, end, text, part, paragraph, sentence, kind)``, built faster."""
    s = _new(Span)
    _S_START(s, start)
    _S_END(s, end)
    _S_TEXT(s, text)
    _S_PART(s, part)
    _S_PARA(s, paragraph)
    _S_SENT(s, sentence)
    _S_KIND(s, kind)
    return s


Row = tuple[str, "int | None", "int | None"]  # (part, paragraph, sentence)


class TextSlice(Sequence[str]):
    """``texts[start:stop]`` without the copy: the word forms of one sentence as the tagger
    reads them (a list per sentence held 2.3 MB of pointers at the profile's peak)."""

    __slots__ = ("_texts", "_start", "_stop")

    def __init__(self, texts: list[str], start: int, stop: int) -> None:
        self._texts, self._start, self._stop = texts, start, stop

    def __len__(self) -> int:
        return self._stop - self._start

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return self._texts[self._start:self._stop][k]
        n = self._stop - self._start
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError("word index out of range")
        return self._texts[self._start + k]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts[self._start:self._stop])  # a short copy; islice would skip


class SpanView(Sequence[Span]):
    """Tokens ``indices`` of a table as a read-only sequence of `Span`s, each made on first
    read and kept in ``made`` (table index -> Span; a sentence's token and word views share
    one). The matcher hands these to context rules, which read a few words around a match:
    making every token of the sentence first cost more than the rules themselves."""

    __slots__ = ("_table", "_indices", "_made")

    def __init__(self, table: TokenTable, indices: Sequence[int], made: dict[int, Span]) -> None:
        self._table, self._indices, self._made = table, indices, made

    def __len__(self) -> int:
        return len(self._indices)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return tuple([self[x] for x in range(*k.indices(len(self._indices)))])
        t = self._indices[k]  # IndexError and negative k as for a tuple
        s = self._made.get(t)
        if s is None:
            s = self._made[t] = self._table[t]
        return s

    def __iter__(self) -> Iterator[Span]:
        for x in range(len(self._indices)):
            yield self[x]

    def __eq__(self, other: object) -> bool:
        return tuple(self) == (tuple(other) if isinstance(other, SpanView) else other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"SpanView({len(self)} tokens)"


def offset_typecode(limit: int) -> str:
    """The array type for offsets below ``limit``: 4-byte ``i`` when they fit, else ``q``."""
    return "i" if limit < 2**31 else "q"


class TokenTable(Sequence[Span]):
    """Tokens as columns; ``table[k]`` and iteration give `Span`s equal to the tokenizer's.

    ``starts``, ``ends``: offsets into the source; ``texts``: token texts; ``kinds``: codes
    into `KIND_NAMES`; ``rows``: the row of each token in ``keys``, the list of
    ``(part, paragraph, sentence)`` of the sentences (consecutive tokens of one sentence share
    a row). A slice gives a tuple of `Span`s. Immutable by convention: built once, read after.
    """

    __slots__ = ("starts", "ends", "texts", "kinds", "rows", "keys", "_lexical")

    def __init__(self, starts: array, ends: array, texts: list[str], kinds: bytes,
                 rows: array, keys: list[Row]) -> None:
        self.starts, self.ends, self.texts = starts, ends, texts
        self.kinds, self.rows, self.keys = kinds, rows, keys
        # (source, `lexical(source)`): the profile, readability, hedging and stance each ask
        # for the lexical words of the same table and source; they are found once.
        self._lexical: tuple[str, TokenTable] | None = None

    @classmethod
    def from_spans(cls, spans: Iterable[Span]) -> TokenTable:
        """The table of spans given (in their order); a new row at each change of key."""
        starts, ends, texts, rows = array("q"), array("q"), [], array("i")
        kinds = bytearray()
        keys: list[Row] = []
        last: Row | None = None
        # ("q" while collecting: the offsets of hand-made spans are not known in advance)
        for t in spans:
            key = (t.part, t.paragraph, t.sentence)
            if key != last:
                keys.append(key)
                last = key
            starts.append(t.start)
            ends.append(t.end)
            texts.append(t.text)
            kinds.append(kind_code(t.kind))
            rows.append(len(keys) - 1)
        tc = offset_typecode(max(ends, default=0) + 1)
        if tc != "q":
            starts, ends = array(tc, starts), array(tc, ends)
        return cls(starts, ends, texts, bytes(kinds), rows, keys)

    @classmethod
    def concat(cls, tables: Sequence[TokenTable], shifts: Sequence[int]) -> TokenTable:
        """The tables one after the other, each table's sentence numbers plus its shift."""
        if len(tables) == 1 and not shifts[0]:
            return tables[0]
        tc = "i" if all(t.starts.typecode == "i" for t in tables) else "q"
        starts, ends, texts, rows = array(tc), array(tc), [], array("i")
        kinds = bytearray()
        keys: list[Row] = []
        for t, shift in zip(tables, shifts, strict=True):
            base = len(keys)
            keys.extend(k if not shift or k[2] is None else (k[0], k[1], k[2] + shift)
                        for k in t.keys)
            if t.starts.typecode == tc:
                starts.extend(t.starts)
                ends.extend(t.ends)
            else:
                starts.fromlist(t.starts.tolist())
                ends.fromlist(t.ends.tolist())
            texts.extend(t.texts)
            kinds.extend(t.kinds)
            rows.extend(r + base for r in t.rows) if base else rows.extend(t.rows)
        return cls(starts, ends, texts, bytes(kinds), rows, keys)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, k: int) -> Span: ...

    @overload
    def __getitem__(self, k: slice) -> tuple[Span, ...]: ...

    def __getitem__(self, k: int | slice) -> Span | tuple[Span, ...]:
        if isinstance(k, slice):
            return tuple(self._spans(range(*k.indices(len(self.starts)))))
        if k < 0:
            k += len(self.starts)
        if not 0 <= k < len(self.starts):
            raise IndexError("token index out of range")
        part, para, sent = self.keys[self.rows[k]]
        return make_span(self.starts[k], self.ends[k], self.texts[k], part, para, sent,
                         KIND_NAMES[self.kinds[k]])

    def __iter__(self) -> Iterator[Span]:
        return self._spans(range(len(self.starts)))

    def _spans(self, ks: range) -> Iterator[Span]:
        starts, ends, texts, kinds, rows, keys = (self.starts, self.ends, self.texts,
                                                  self.kinds, self.rows, self.keys)
        names = KIND_NAMES
        new, s_start, s_end, s_text, s_part, s_para, s_sent, s_kind = (
            _new, _S_START, _S_END, _S_TEXT, _S_PART, _S_PARA, _S_SENT, _S_KIND)
        last_row, part, para, sent = -1, "", None, None
        for k in ks:
            r = rows[k]
            if r != last_row:
                part, para, sent = keys[r]
                last_row = r
            s = new(Span)
            s_start(s, starts[k])
            s_end(s, ends[k])
            s_text(s, texts[k])
            s_part(s, part)
            s_para(s, para)
            s_sent(s, sent)
            s_kind(s, names[kinds[k]])
            yield s

    def __repr__(self) -> str:
        return f"TokenTable({len(self)} tokens, {len(self.keys)} sentence rows)"

    # --- columns derived on demand ----------------------------------------------------------

    def sentence_of(self) -> list[int | None]:
        """Each token's sentence number (a list, one entry per token)."""
        keys = self.keys
        return [keys[r][2] for r in self.rows]

    def groups(self) -> list[range]:
        """Token index ranges of consecutive tokens with the same (sentence, part, paragraph),
        in order: `analysis.matching`'s sentence groups."""
        out: list[range] = []
        rows, keys = self.rows, self.keys
        n = len(rows)
        start = 0
        last_row = rows[0] if n else -1
        for k in range(1, n):
            r = rows[k]
            if r != last_row:
                if keys[r] != keys[last_row]:
                    out.append(range(start, k))
                    start = k
                last_row = r
        if n:
            out.append(range(start, n))
        return out

    def lexical(self, source: str) -> TokenTable:
        """`analysis.tokenize.lexical_words` as a table: punctuation dropped, pieces written
        together (no space or punctuation between, same sentence number) joined into one word,
        which keeps the first piece's sentence row and is a number only if both are.

        Numpy masks over the columns' buffers, a Python loop only for the joins (see
        `_lexical_of`); the temporaries are a few kept-word columns (it runs while the stance
        analysis is held: an earlier numpy version with wide temporaries raised the profile's
        peak from 55.9 to 75-80 MiB).

        Remembered for the last source asked (the same table object is returned again: do
        not change it)."""
        got = self._lexical
        if got is not None and (got[0] is source or got[0] == source):
            return got[1]
        lex = self._lexical_of(source)
        self._lexical = (source, lex)
        return lex

    def forget_lexical(self) -> None:
        """Let the remembered `lexical` table go (`analysis.stance.analyse` does before the
        profile's memory peak, so the cache does not raise it)."""
        self._lexical = None

    def _lexical_of(self, source: str) -> TokenTable:
        """`lexical` computed: the columns without punctuation (numpy masks over the arrays'
        buffers), then the few pieces written together (about 2% of the words) joined in
        Python. Temporaries: a few columns of the kept words (4 bytes a word each).
        200,000 words, best of 15, alternated: 0.110-0.121 -> 0.026-0.030 s CPU; peak of
        `benchmarks/profile_memory.py` 0.263 KB/word."""
        import numpy as np

        tc = self.starts.typecode
        n = len(self.starts)
        if not n:
            return TokenTable(array(tc), array(tc), [], b"", array("i"), self.keys)
        off = np.dtype(f"i{self.starts.itemsize}")
        keep_bytes = self.kinds.translate(_NOT_PUNCT)
        keep = np.frombuffer(keep_bytes, dtype=np.bool_)
        st = np.frombuffer(self.starts, dtype=off)[keep]
        en = np.frombuffer(self.ends, dtype=off)[keep]
        rs = np.frombuffer(self.rows, dtype=np.dtype(f"i{self.rows.itemsize}"))[keep]
        kd = np.frombuffer(self.kinds, dtype=np.uint8)[keep]
        keys = self.keys
        # piece k joins piece k - 1: written together (no space, no punctuation between) in
        # the same sentence
        touch = np.flatnonzero(st[1:] == en[:-1]) + 1
        joined = np.array([k for k, r, q in zip(touch.tolist(), rs[touch].tolist(),
                                                rs[touch - 1].tolist(), strict=True)
                           if keys[r][2] == keys[q][2]], dtype=np.intp)
        kept = np.ones(len(st), dtype=np.bool_)
        kept[joined] = False
        starts, ends, rows = array(tc), array(tc), array("i")
        starts.frombytes(st[kept].tobytes())
        ends.frombytes(en[kept].tobytes())
        rows.frombytes(rs[kept].astype(np.dtype(f"i{rows.itemsize}"), copy=False).tobytes())
        texts = list(compress(compress(self.texts, keep_bytes), kept.tobytes()))
        kinds = bytearray(kd[kept].tobytes())
        head, last = -1, -2
        for dropped, (k, e, kk) in enumerate(zip(joined.tolist(), en[joined].tolist(),
                                                 kd[joined].tolist(), strict=True)):
            if k - 1 != last:  # a new run of joins: its first piece is the word
                head = k - 1 - dropped
            ends[head] = e
            kinds[head] = NUMBER if kinds[head] == NUMBER and kk == NUMBER else WORD
            texts[head] = source[starts[head]:e]
            last = k
        return TokenTable(starts, ends, texts, bytes(kinds), rows, keys)

    def parts_mask(self, parts: frozenset[str]) -> bytes:
        """Per token: 1 if its part is one of ``parts``, else 0 (one byte a token: a list of
        bools took 8 bytes a token, and two of them were part of the profile's memory peak)."""
        in_rows = bytes(k[0] in parts for k in self.keys)
        return bytes(map(in_rows.__getitem__, self.rows))
