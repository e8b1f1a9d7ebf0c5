"""Benchmark (not a test): one very long sentence, to check the analysis grows linearly.

The text is a headline, a blank line and one paragraph that is one sentence: the seed essay's
body words repeated until ``n`` words are reached, every sentence-final mark (``.``, ``?``,
``!``) turned into a comma so the sentence never ends until the single full stop at the end.
Each size runs the full profile (`analysis.profile.profile_article`: structure, readability,
hedging, stance) ``--repeats`` times (best kept). Printed: seconds per size and the ratio of
each size's time to the smallest size's; linear growth means ratio ~ size ratio (target:
10,000 words within 5x the time of 2,500).

    .venv/bin/python benchmarks/long_sentence.py [--sizes 2500 10000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import paths  # noqa: E402
from analysis.article import load_article  # noqa: E402
from analysis.profile import profile_article  # noqa: E402


def long_sentence(n_words: int) -> str:
    """A headline and one ``n_words``-word sentence made of the seed body's words."""
    body = load_article(paths.SEED_ARTICLE).body_text
    words = re.sub(r"[.?!]+(?=[\s\u201d\"]|$)", ",", body).split()
    out = (words * (n_words // len(words) + 1))[:n_words]
    return "One Long Sentence\n\n" + " ".join(out).rstrip(",") + ".\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2500, 10000])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"  # lexicons, tokenizers and the CMU dictionary load here
        warm.write_text(long_sentence(200), encoding="utf-8")
        profile_article(load_article(warm))
        for n in args.sizes:
            path = Path(tmp) / f"long_{n}.txt"
            path.write_text(long_sentence(n), encoding="utf-8")
            article = load_article(path)
            best = float("inf")
            for _ in range(args.repeats):
                t0 = time.perf_counter()
                row = profile_article(article)
                best = min(best, time.perf_counter() - t0)
            times.append(best)
            print(f"{n:>7,} words, {row['sentences']} sentence(s): {best:7.2f} s  "
                  f"(x{best / times[0]:.2f} the time of {args.sizes[0]:,} words, "
                  f"x{n / args.sizes[0]:.1f} the words)")


if __name__ == "__main__":
    main()
