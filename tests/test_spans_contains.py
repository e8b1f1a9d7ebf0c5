"""spans.ContainingIndex.contains: is a range held by any of the ranges (worked by hand)."""

from analysis.spans import ContainingIndex


def test_contains_by_hand():
    # Ranges (10, 20), (15, 40), (50, 55), given out of order.
    index = ContainingIndex([(50, 55), (10, 20), (15, 40)])
    assert index.contains(12, 18)  # inside (10, 20)
    assert index.contains(18, 30)  # not in (10, 20) but in (15, 40)
    assert not index.contains(5, 12)  # starts before every range
    assert not index.contains(35, 45)  # runs past (15, 40)
    assert index.contains(50, 55)  # a range holds itself
    assert not index.contains(41, 49)  # between ranges
    assert not ContainingIndex([]).contains(0, 1)


def test_contains_agrees_with_first():
    spans = [(0, 5), (3, 9), (20, 21), (8, 30)]
    index = ContainingIndex(spans)
    for start in range(0, 32):
        for end in range(start, start + 6):
            held = any(s <= start and end <= e for s, e in spans)
            assert index.contains(start, end) is held
            assert (index.first(start, end) is not None) is held


def test_first_in_list_order_by_hand():
    # Sorted by start (the attribution index's case): (0, 10), (2, 30), (5, 8), (12, 40).
    index = ContainingIndex([(0, 10), (2, 30), (5, 8), (12, 40)])
    assert index.first(6, 7) == 0  # (0, 10) comes first, though (2, 30) and (5, 8) hold it too
    assert index.first(6, 20) == 1  # past 10: only (2, 30)
    assert index.first(13, 35) == 3  # past 30: only (12, 40)
    assert index.first(1, 2) == 0
    assert index.first(1, 12) is None  # (2, 30) starts after 1
    assert index.first(13, 41) is None  # runs past every range
    # Out of order: the first in the list given, not the earliest start.
    index = ContainingIndex([(5, 8), (0, 10), (2, 30)])
    assert index.first(6, 7) == 0
    assert index.first(6, 9) == 1
    assert index.first(3, 20) == 2


def test_first_many_by_hand():
    index = ContainingIndex([(0, 10), (2, 30), (12, 40)])
    assert index.first_many([(6, 20), (1, 2), (13, 41), (13, 35)]) == [1, 0, None, 2]
    assert ContainingIndex([]).first_many([(0, 1)]) == [None]
