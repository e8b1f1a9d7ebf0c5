"""Profiles of different articles in several threads at once give each article's own row.

The matcher and the quotation pairing remember the last table and source they read
(`analysis.word_columns.word_columns`, `analysis.quotes.paired`); a thread switching between
another thread's two assignments must not read one article's columns or pairings as its own.
"""

from __future__ import annotations

import math
import sys
from concurrent.futures import ThreadPoolExecutor

from analysis import Article
from analysis.profile import profile_article
from analysis.tokenize import segments

TEXTS = [
    '"We may have to wait," the minister said. Perhaps the talks will resume. '
    "They must not fail.\n\nAnalysts argue that sanctions seem to work.",
    "The plan is clearly a disaster. I believe we should stop it now.\n\n"
    '"It could possibly succeed," she told reporters, "but I doubt it."',
    "Officials said the deal was likely to be signed. Critics warned it might collapse.\n\n"
    "Is this the end? No one knows.",
    "According to the report, prices rose sharply. It is certainly true that wages fell.\n\n"
    "We ought to be careful, he wrote.",
]


def _row(text: str, k: int) -> dict:
    return profile_article(Article(text=text, paragraphs=tuple(segments(text)), name=f"t{k}"))


def _same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        (isinstance(a[k], float) and math.isnan(a[k]) and math.isnan(b[k])) or a[k] == b[k]
        for k in a)


def test_threads_get_their_own_rows():
    alone = [_row(t, k) for k, t in enumerate(TEXTS)]
    # the four rows differ, so a row computed from another article's columns would show
    assert len({repr(sorted(r.items())) for r in alone}) == len(TEXTS)
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter allows
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            for _ in range(5):
                got = list(pool.map(_row, TEXTS * 3, list(range(len(TEXTS))) * 3))
                for k, row in enumerate(got):
                    assert _same(row, alone[k % len(TEXTS)]), (k, row)
    finally:
        sys.setswitchinterval(old)
