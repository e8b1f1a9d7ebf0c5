"""Generated English-like text for the speed benchmarks (deterministic, offline).

Words are drawn with their real frequencies from ``wordfreq``'s English list (the most common
20,000 words), so common words repeat as they do in news prose and caches help both sides
equally; sentences are 6-38 words long with commas, a capitalised first word and a full stop,
question mark or quotation now and then; paragraphs hold 2-7 sentences. Not meaningful prose,
but it exercises every code path: hedges, boosters, modals and reporting verbs occur at their
natural rates.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[str], list[float]]:
    """The words and their cumulative frequencies (computed once, for fast sampling)."""
    from wordfreq import top_n_list, word_frequency

    words = [w for w in top_n_list("en", 20000) if w.isalpha() or "'" in w]
    return words, list(accumulate(word_frequency(w, "en") for w in words))


def sentence(rng: random.Random) -> str:
    words, cum_weights = _vocabulary()
    n = rng.randint(6, 38)
    ws = rng.choices(words, cum_weights=cum_weights, k=n)
    for i in range(2, n - 2):
        if rng.random() < 0.06:
            ws[i] += ","
    text = " ".join(ws)
    text = text[0].upper() + text[1:]
    r = rng.random()
    if r < 0.06:
        return text + "?"
    if r < 0.10:
        return f"“{text},” {rng.choice(['officials', 'he', 'she', 'critics'])} said."
    return text + "."


def paragraphs(n_words: int, *, seed: int = 0) -> Iterator[str]:
    """Paragraphs totalling about ``n_words`` whitespace-separated words."""
    rng = random.Random(seed)
    total = 0
    while total < n_words:
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 7)))
        total += len(para.split())
        yield para


def article(n_words: int, *, seed: int = 0) -> str:
    """A title line, a blank line, then paragraphs of about ``n_words`` words in all."""
    return f"Generated Article Number {seed}\n\n" + "\n\n".join(paragraphs(n_words, seed=seed)) \
        + "\n"
