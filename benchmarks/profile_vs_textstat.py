"""Benchmark (a): the full profile (readability + hedging + stance) versus textstat's nine
readability functions, on the same 200,000-word text, in one run.

    .venv/bin/python benchmarks/profile_vs_textstat.py [--words 200000] [--repeats 3]
                                                        [--cprofile 25]

Both sides are warmed up on a small text first (dictionaries, lexicons, regexes loaded), then
timed on fresh text each repeat (a new seed, so textstat's per-text caches cannot help). Our
side is `analysis.profile.profile_article` on an `Article` (segmentation once, then every
section the profile has: readability, hedging, stance); textstat's side is its nine functions
matching our nine formulas. Target: ratio ours / textstat <= 1.0. ``--cprofile N`` prints the
N functions with the most cumulative time on our side.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import platform
import pstats
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

TEXTSTAT_NINE = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                 "coleman_liau_index", "automated_readability_index",
                 "dale_chall_readability_score", "linsear_write_formula", "lix"]


def machine() -> str:
    import os

    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, "
            f"load average {load:.1f} at start")


def ours(text: str, seed: int) -> dict:
    from analysis import Article
    from analysis.profile import SECTIONS, profile_article

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        row = profile_article(Article.from_text(text, name=f"bench{seed}"))
    row["_sections"] = [s.__name__ for s in SECTIONS]
    return row


def theirs(text: str) -> dict:
    import textstat

    return {name: getattr(textstat, name)(text) for name in TEXTSTAT_NINE}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--cprofile", type=int, default=0, metavar="N")
    args = ap.parse_args()

    from analysis.resources import ensure_nltk_cmudict

    ensure_nltk_cmudict()  # before textstat: otherwise it tries nltk.download()
    print(f"machine: {machine()}")
    warm = corpus.article(2000, seed=999)
    ours(warm, 999)
    theirs(warm)

    t_ours, t_theirs = [], []
    for r in range(args.repeats):
        text = corpus.article(args.words, seed=r)
        n = len(text.split())
        start = time.perf_counter()
        row = ours(text, r)
        t_ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        ts = theirs(text)
        t_theirs.append(time.perf_counter() - start)
        print(f"repeat {r}: {n} words; ours {t_ours[-1]:.2f} s "
              f"({row['words']} words, {row['sentences']} sentences, FRE "
              f"{row.get('flesch_reading_ease', float('nan')):.1f}); textstat "
              f"{t_theirs[-1]:.2f} s (FRE {ts['flesch_reading_ease']:.1f})")
    mo, mt = statistics.median(t_ours), statistics.median(t_theirs)
    print(f"profile sections: {', '.join(row['_sections'])}")
    print(f"median: full profile {mo:.2f} s ({args.words / mo:,.0f} words/s), textstat nine "
          f"{mt:.2f} s ({args.words / mt:,.0f} words/s)")
    print(f"ratio full profile / textstat = {mo / mt:.2f} (target <= 1.0)")

    if args.cprofile:
        text = corpus.article(args.words, seed=100)
        prof = cProfile.Profile()
        prof.enable()
        ours(text, 100)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.cprofile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
