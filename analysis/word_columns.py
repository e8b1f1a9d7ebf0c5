"""The word (non-punctuation) tokens of a `TokenTable` as columns, found once per table.

`analysis.matching.match` runs twice on each article's table (the hedge lexicons, then the
stance lexicons) and reads, per sentence, the token index of each word, its normalised form
and whether punctuation stands before it. Built per sentence in Python loops these cost more
than the matching itself (the norm tuples alone 2.9 s of the matcher's 32 s under
line_profiler on the 840 PolNeAR texts); here each column is one pass in C
(`itertools.compress`, `map`) over the whole table, kept for the last table asked.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import compress, islice
from operator import sub

from .tokens import PUNCT, TokenTable, offset_typecode

__all__ = ["WordColumns", "word_columns"]

#: Kind code -> 1 for a word or number token, 0 for punctuation (``bytes.translate`` table).
_WORD_MASK = bytes(0 if c == PUNCT else 1 for c in range(256))


class WordColumns:
    """The columns of one table's word tokens (``w`` below numbers the words, 0 ...).

    ``mask``: per token, 1 for a word, 0 for punctuation; ``tok``: the token index of word
    ``w``; ``norm``: its `analysis.matching.norm_form`; ``gap``: ``gap[w]`` is 1 when a
    token (punctuation) stands between words ``w`` and ``w + 1``; ``groups``: the table's
    sentence groups (`TokenTable.groups`); ``bounds``: the first word of each group;
    ``tags``: the PTB tags of each group's words once a matcher's rules asked
    (`analysis.rule_context._LazyTags`).
    """

    __slots__ = ("mask", "tok", "norm", "gap", "groups", "bounds", "tags")

    def __init__(self, table: TokenTable) -> None:
        from .matching import _NORM_OF

        n = len(table.kinds)
        self.mask = mask = table.kinds.translate(_WORD_MASK)
        self.tok = tok = array(offset_typecode(n + 1), compress(range(n), mask))
        self.norm = list(map(_NORM_OF, compress(table.texts, mask)))
        self.gap = bytes(map((1).__lt__, map(sub, islice(tok, 1, None), tok)))
        self.groups = groups = table.groups()
        self.bounds = [bisect_left(tok, g.start) for g in groups]
        self.tags: list[tuple[str, ...]] | None = None


#: The last table asked and its columns (the hedge and the stance matchers read one table
#: in turn; holding one more keeps the previous article's columns alive for nothing). One
#: tuple, replaced whole: a thread never reads one table's columns as another's.
_LAST: tuple[TokenTable, WordColumns] | None = None


def word_columns(table: TokenTable) -> WordColumns:
    """The `WordColumns` of ``table``, remembered for the last table (by identity: a table
    is immutable by convention)."""
    global _LAST
    last = _LAST
    if last is None or last[0] is not table:
        last = _LAST = (table, WordColumns(table))
    return last[1]
