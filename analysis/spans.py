"""`Span`: a piece of text with its character offsets; `ContainingIndex` over ranges."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``text[start:end]``.

    ``part`` says where it stands in an article ("title", "subtitle", "caption", "credit",
    "body"); ``paragraph`` is the body paragraph index (0-based) and ``sentence`` the index of the
    sentence it belongs to, where they apply. ``kind`` labels tokens ("word", "number", "punct")
    and is "" for larger spans.
    """

    start: int
    end: int
    text: str
    part: str = "body"
    paragraph: int | None = None
    sentence: int | None = None
    kind: str = ""

    def __len__(self) -> int:
        return self.end - self.start


def strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past whitespace, so ``text[start:end]`` has none at its ends.

    Returns the empty range ``(start, start)`` when the stretch is whitespace only.
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


class ContainingIndex:
    """The first of a list of ``(start, end)`` ranges (in list order) containing a query range.

    When the list comes sorted by start (as `analysis.attribution.AttributedDocument` gives
    it), list order is start order: the first range holding a query is the first whose end
    reaches the query's end, found by bisecting the prefix maximum of the ends, provided it
    starts early enough. Otherwise the ranges are sorted by start once and a segment tree over
    them keeps, per node, the largest end and the smallest list index below it. A query walks
    the tree best-first by that index, skipping nodes that start too late or end too early, so
    the first leaf it reaches is the answer: a few dozen steps however many ranges overlap (a
    window "back by the longest range" made one long sentence quadratic: its attributions
    cover every word).
    """

    __slots__ = ("_starts", "_size", "_end", "_low", "_reach", "_in_order")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        self._starts = [int(spans[k][0]) for k in order]
        # _reach[k]: the largest end among the k+1 ranges that start first (a prefix maximum)
        reach: list[int] = []
        best = -1
        for k in order:
            best = max(best, int(spans[k][1]))
            reach.append(best)
        self._reach = reach
        # the sort is stable, so the list was in start order if the order is the identity
        self._in_order = all(k == pos for pos, k in enumerate(order))
        size = 1
        end: list[int] = []
        low: list[int] = []
        if not self._in_order:
            while size < len(order):
                size *= 2
            end = [-1] * (2 * size)  # -1: reaches nothing (offsets are >= 0)
            low = [len(order)] * (2 * size)  # past every index: holds nothing
            for pos, k in enumerate(order):
                end[size + pos] = int(spans[k][1])
                low[size + pos] = k
            for v in range(size - 1, 0, -1):
                end[v] = max(end[2 * v], end[2 * v + 1])
                low[v] = min(low[2 * v], low[2 * v + 1])
        self._size, self._end, self._low = size, end, low

    def contains(self, start: int, end: int) -> bool:
        """Does any range hold ``[start, end)`` (s <= start and end <= e)? One bisection: of
        the ranges starting at or before ``start``, the one reaching furthest decides."""
        hi = bisect_right(self._starts, start)
        return hi > 0 and self._reach[hi - 1] >= end

    def first(self, start: int, end: int) -> int | None:
        """Index (into the list given) of the first range with s <= start and end <= e."""
        hi = bisect_right(self._starts, start)
        if hi == 0:
            return None
        if self._in_order:
            # the prefix maximum first reaches ``end`` at the first range that does
            k = bisect_left(self._reach, end)
            return k if k < hi else None
        size, ends, low = self._size, self._end, self._low
        heap = [(low[1], 1, 0, size)]
        while heap:
            k, v, lo, width = heappop(heap)
            if lo >= hi or ends[v] < end:
                continue
            if width == 1:
                return k  # a leaf passing both tests, reached in order of its index
            half = width // 2
            heappush(heap, (low[2 * v], 2 * v, lo, half))
            heappush(heap, (low[2 * v + 1], 2 * v + 1, lo + half, half))
        return None

    def first_many(self, queries: Iterable[tuple[int, int]]) -> list[int | None]:
        """`first` of each ``(start, end)`` query, in the order given."""
        first = self.first
        return [first(start, end) for start, end in queries]
