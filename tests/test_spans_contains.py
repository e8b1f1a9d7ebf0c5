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
