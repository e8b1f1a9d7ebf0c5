"""Benchmark (not a test): `analysis.tokenize.sentences` and `words` on about 200,000 words.

The text is the one `readability_vs_textstat.py` times: the seed essay's body repeated until
the word count is reached (``--synthetic``: seeded random prose of CMU dictionary words).
Each function runs ``--repeats`` times on the same string (best time kept); ``words`` is given
the sentences so it is timed alone. Printed: seconds and words per second for each, and the
CPU seconds (``time.process_time``, what to compare on a shared machine) of the best runs.
The first ``sentences`` run is the slowest: Punkt's verdicts are remembered per process.

    .venv/bin/python benchmarks/tokenize_speed.py [--words 200000] [--synthetic] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from readability_vs_textstat import seed_text, synthetic_text  # noqa: E402

from analysis.tokenize import sentences, words  # noqa: E402


def best_of(fn, repeats: int) -> tuple[float, float, object]:
    """Best wall-clock and best CPU seconds of ``repeats`` calls, and the last result."""
    best, best_cpu, out = float("inf"), float("inf"), None
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--synthetic", action="store_true")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()

    text = synthetic_text(args.words) if args.synthetic else seed_text(args.words)
    n_words = len(text.split())
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    sentences("Warm up. The tokenizers load here.")
    t_sent, c_sent, sents = best_of(lambda: sentences(text), args.repeats)
    t_words, c_words, toks = best_of(lambda: words(text, sentence_spans=sents), args.repeats)
    print(f"text: {n_words:,} whitespace-separated words, {len(sents):,} sentences, "
          f"{len(toks):,} tokens")
    print(f"sentences(): {t_sent:6.2f} s  ({n_words / t_sent:10,.0f} words/s)"
          f"  CPU {c_sent:.2f} s")
    print(f"words():     {t_words:6.2f} s  ({n_words / t_words:10,.0f} words/s)"
          f"  CPU {c_words:.2f} s")
    both = t_sent + t_words
    print(f"both:        {both:6.2f} s  ({n_words / both:10,.0f} words/s)")


if __name__ == "__main__":
    main()
