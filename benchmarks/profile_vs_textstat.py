"""Benchmark (a): the full profile versus textstat's nine readability functions, on the same
200,000 words of real prose, interleaved, plus the profile's peak memory per word.

    .venv/bin/python benchmarks/profile_vs_textstat.py [--words 200000] [--repeats 5]
                                                        [--generated] [--no-memory]
                                                        [--cprofile 25]

The text: the PolNeAR news articles (``../shared/corpora/polnear-train/text/*.txt``, real
political news prose) joined with blank lines until ``--words`` whitespace-separated words;
each repeat starts at a different article (so no side's per-text cache can help: textstat
memoises its counts per text string) and both sides get the same text in that repeat. Without
the corpus (or with ``--generated``) the generated text of ``benchmarks/corpus.py`` is used.

Our side is `analysis.profile.profile_article` on the text as an Article whose body is every
blank-line paragraph: segmentation, then every section the profile has (readability, hedging,
stance and attribution, and the part-of-speech tagging when a section uses it). With
``--from-text`` the Article comes from `Article.from_text` (the file loader's path without the
file read), timed with the profile; on 200 joined news articles that parser reads the text as
a page with boilerplate and keeps between a third and nine tenths of it as body (2026-12-02),
so the words profiled would depend on the extractor rather than on the profile.
textstat's side is the nine functions its documentation's usage example lists,
``text_standard`` left out (it calls the others): flesch_reading_ease, smog_index,
flesch_kincaid_grade, coleman_liau_index, automated_readability_index,
dale_chall_readability_score, difficult_words, linsear_write_formula, gunning_fog.

Both sides are warmed up first (lexicons, dictionaries, regexes loaded). The two are
interleaved, the order alternating from repeat to repeat, and the figure is the median of the
per-repeat ratios (the machine is shared: a ratio of two runs a few seconds apart suffers less
from another process's load than either time). Both wall-clock and CPU time
(``time.process_time`` of this process, which other processes' load does not inflate) are
reported, each as a median of per-repeat ratios. Memory: one more, untimed run of our side under
`tracemalloc` gives the peak of Python allocations during the profile (lexicons and caches
loaded in the warm-up are not counted), divided by the text's words.

Target (issue 15): ratio <= 0.5; peak memory <= 0.3 KB per word.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear-train" / "text"

#: textstat's documentation (README "Usage"), in its order, without text_standard.
TEXTSTAT_NINE = ["flesch_reading_ease", "smog_index", "flesch_kincaid_grade",
                 "coleman_liau_index", "automated_readability_index",
                 "dale_chall_readability_score", "difficult_words", "linsear_write_formula",
                 "gunning_fog"]


def machine() -> str:
    """CPU count and model, Python version and the load average now."""
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
            f"load average {load:.1f}")


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def real_text(n_words: int, *, start: int = 0) -> str | None:
    """PolNeAR articles from the ``start``-th (wrapping round) joined to ``n_words`` words."""
    files = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else []
    if not files:
        return None
    chunks: list[str] = []
    total = 0
    k = start
    while total < n_words:
        text = files[k % len(files)].read_text(encoding="utf-8").strip()
        k += 1
        if not text:
            continue
        chunks.append(text)
        total += len(text.split())
        if k - start > 10 * len(files):
            break
    return "\n\n".join(chunks) + "\n"


def text_for(repeat: int, n_words: int, generated: bool) -> tuple[str, str]:
    """The repeat's text and what it is."""
    if not generated:
        text = real_text(n_words, start=97 * repeat)
        if text is not None:
            return text, "PolNeAR articles"
    return corpus.article(n_words, seed=repeat), "generated text (benchmarks/corpus.py)"


#: Build our side's Article with the loader's text parser (`Article.from_text`, --from-text)
#: instead of reading every blank-line paragraph as body.
FROM_TEXT = False


def article_of(text: str, name: str):
    """The text as an Article: every blank-line paragraph body (`analysis.tokenize.segments`),
    or, with ``--from-text``, the loader's parse (headline and boilerplate detection)."""
    from analysis import Article
    from analysis.tokenize import segments

    if FROM_TEXT:
        return Article.from_text(text, name=name)
    return Article(text=text, paragraphs=tuple(segments(text)), name=name)


def ours(text: str, name: str) -> dict:
    from analysis.profile import profile_article

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return profile_article(article_of(text, name))


def theirs(text: str) -> dict:
    import textstat

    return {name: getattr(textstat, name)(text) for name in TEXTSTAT_NINE}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--generated", action="store_true", help="the generated text, not PolNeAR")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N")
    ap.add_argument("--from-text", action="store_true",
                    help="build the Article with Article.from_text (timed with the profile)")
    args = ap.parse_args()
    global FROM_TEXT
    FROM_TEXT = args.from_text

    from analysis.profile import SECTIONS
    from analysis.resources import ensure_nltk_cmudict

    ensure_nltk_cmudict()  # before textstat: otherwise it tries nltk.download()
    print(f"machine: {machine()}; commit {commit()}; {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"profile sections: {', '.join(s.__name__ for s in SECTIONS)}")
    warm, _ = text_for(1000, 5000, args.generated)
    ours(warm, "warm")
    theirs(warm)

    t_ours, t_theirs, ratios = [], [], []
    c_ours, c_theirs, c_ratios = [], [], []
    for r in range(args.repeats):
        text, what = text_for(r, args.words, args.generated)
        n = len(text.split())
        order = ("ours", "theirs") if r % 2 == 0 else ("theirs", "ours")
        took, cpu = {}, {}
        for side in order:
            start, start_cpu = time.perf_counter(), time.process_time()
            out = ours(text, f"bench{r}") if side == "ours" else theirs(text)
            took[side] = time.perf_counter() - start
            cpu[side] = time.process_time() - start_cpu
            if side == "ours":
                row = out
            else:
                ts = out
        t_ours.append(took["ours"])
        t_theirs.append(took["theirs"])
        ratios.append(took["ours"] / took["theirs"])
        c_ours.append(cpu["ours"])
        c_theirs.append(cpu["theirs"])
        c_ratios.append(cpu["ours"] / cpu["theirs"])
        print(f"repeat {r} ({what}, {n:,} words, {order[0]} first): ours {took['ours']:.2f} s "
              f"({row['words']:,} Flesch words, {row['sentences']:,} sentences, FRE "
              f"{row.get('flesch_reading_ease', float('nan')):.1f}); textstat "
              f"{took['theirs']:.2f} s (FRE {ts['flesch_reading_ease']:.1f}); "
              f"ratio {ratios[-1]:.2f}; CPU {cpu['ours']:.2f} s / {cpu['theirs']:.2f} s = "
              f"{c_ratios[-1]:.2f}; load {os.getloadavg()[0]:.1f}")
    mo, mt = statistics.median(t_ours), statistics.median(t_theirs)
    print(f"median: full profile {mo:.2f} s ({n / mo:,.0f} words/s), textstat nine "
          f"{mt:.2f} s ({n / mt:,.0f} words/s)")
    print(f"median ratio full profile / textstat = {statistics.median(ratios):.2f} "
          f"(runs: {', '.join(f'{x:.2f}' for x in ratios)}; target <= 0.5)")
    print(f"CPU time (time.process_time): full profile median {statistics.median(c_ours):.2f} s,"
          f" textstat nine {statistics.median(c_theirs):.2f} s; median CPU ratio "
          f"{statistics.median(c_ratios):.2f} (runs: {', '.join(f'{x:.2f}' for x in c_ratios)})")

    if not args.no_memory:
        text, _ = text_for(args.repeats, args.words, args.generated)
        n = len(text.split())
        tracemalloc.start()
        ours(text, "memory")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak memory (tracemalloc, during the profile): {peak / 2**20:.1f} MiB for "
              f"{n:,} words = {peak / 1024 / n:.3f} KB per word (target <= 0.3)")

    if args.cprofile:
        text, _ = text_for(args.repeats + 1, args.words, args.generated)
        prof = cProfile.Profile()
        prof.enable()
        ours(text, "cprofile")
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.cprofile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
