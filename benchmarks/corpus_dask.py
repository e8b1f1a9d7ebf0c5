"""Benchmark (d): `analysis.profile_corpus` on Dask, 1 worker against 2, on real articles.

    .venv/bin/python benchmarks/corpus_dask.py [--dir ../shared/corpora/polnear-train/text]
                                               [--repeats 2] [--files-per-task 1]
                                               [--generate WORDS] [--workers 1 2]

For each repeat, alternating which goes first, a `LocalCluster` of 1 and of 2 single-threaded
worker processes profiles every ``*.txt`` file of ``--dir`` (default: the 840 PolNeAR
articles) to a temporary Parquet file. Two times are printed per run: *wall* from asking for
the cluster to the renamed file (what a user waits for), and *steady* from the first task
submitted to the last row written, with the workers started and the package imported and
warmed in them beforehand (what the extra worker buys once running). Words are the table's
``words`` column (Flesch words of the bodies). Target (issue 15): 2 workers >= 1.8x the words
per second of 1 worker.

On a shared machine wall times depend on the other processes' load more than on the code, so
the workers' CPU time (user + system, from `resource.getrusage` in each worker before and after
the run) is printed too: words per worker-CPU-second is what two idle cores would each deliver,
so it projects a corpus's time on them (``words / (workers * words per CPU-s)``).
``--generate WORDS``: profile a generated corpus (benchmarks/corpus.py, 5,000-word files) of
that size instead of ``--dir``, e.g. 1,000,000 words to project the 10-million-word figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from profile_vs_textstat import POLNEAR, commit, machine  # noqa: E402


def _cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _warm() -> None:
    from analysis import Article
    from analysis.profile import profile_article

    profile_article(Article.from_text("Warm Up\n\nIt may rain, officials said. We must go.\n",
                                      name="warm"))


def run(folder: Path, n: int, files_per_task: int) -> tuple[float, float, int, int, float]:
    """(wall s, steady s, words, errors, worker CPU s) for one run on ``n`` workers."""
    import pandas as pd
    from distributed import Client, LocalCluster

    from analysis.corpus import profile_corpus

    with tempfile.TemporaryDirectory(prefix="corpus-dask-") as tmp:
        start = time.perf_counter()
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
        try:
            client.run(_warm)
            cpu0 = client.run(_cpu)
            steady_start = time.perf_counter()
            out = profile_corpus([folder], out=Path(tmp) / "p.parquet", client=client,
                                 files_per_task=files_per_task, progress=False)
            steady = time.perf_counter() - steady_start
            cpu1 = client.run(_cpu)
            cpu = sum(cpu1[w] - cpu0[w] for w in cpu1 if w in cpu0)
        finally:
            client.close()
            cluster.close()
        wall = time.perf_counter() - start
        df = pd.read_parquet(out, columns=["words", "error"])
        return wall, steady, int(df["words"].sum()), int(df["error"].notna().sum()), cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=POLNEAR)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--files-per-task", type=int, default=1)
    ap.add_argument("--generate", type=int, default=0, metavar="WORDS")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    print(f"machine: {machine()}; commit {commit()}; {time.strftime('%Y-%m-%d %H:%M %Z')}")
    with tempfile.TemporaryDirectory(prefix="corpus-gen-") as gen:
        folder = args.dir
        if args.generate:
            import corpus

            folder = Path(gen)
            for i in range(max(1, args.generate // 5000)):
                (folder / f"article{i:05d}.txt").write_text(corpus.article(5000, seed=i),
                                                            encoding="utf-8")
        elif not folder.is_dir():
            raise SystemExit(f"{folder}: no such folder (the PolNeAR texts live in ../shared)")
        measure(folder, args)


def measure(folder: Path, args: argparse.Namespace) -> None:
    import os

    steady: dict[int, list[float]] = {n: [] for n in args.workers}
    walls: dict[int, list[float]] = {n: [] for n in args.workers}
    per_cpu: dict[int, list[float]] = {n: [] for n in args.workers}
    for r in range(args.repeats):
        for n in (args.workers if r % 2 == 0 else args.workers[::-1]):
            wall, st, words, errors, cpu = run(folder, n, args.files_per_task)
            steady[n].append(words / st)
            walls[n].append(words / wall)
            per_cpu[n].append(words / cpu)
            print(f"repeat {r}, {n} worker(s): {words:,} words, {errors} errors; wall {wall:.1f} s"
                  f" ({words / wall:,.0f} words/s), steady {st:.1f} s ({words / st:,.0f} "
                  f"words/s); worker CPU {cpu:.1f} s ({words / cpu:,.0f} words per CPU-s); "
                  f"load {os.getloadavg()[0]:.1f}")
    for n in args.workers:
        c = statistics.median(per_cpu[n])
        print(f"{n} worker(s), medians: {statistics.median(steady[n]):,.0f} words/s steady, "
              f"{statistics.median(walls[n]):,.0f} wall, {c:,.0f} words per worker-CPU-s; "
              f"projected on {n} idle core(s): 10 million words in {1e7 / (n * c) / 60:.1f} min")
    if 1 in steady and 2 in steady:
        s1, s2 = statistics.median(steady[1]), statistics.median(steady[2])
        w1, w2 = statistics.median(walls[1]), statistics.median(walls[2])
        c1, c2 = statistics.median(per_cpu[1]), statistics.median(per_cpu[2])
        print(f"speed-up 2 vs 1 worker: {s2 / s1:.2f}x steady, {w2 / w1:.2f}x wall; CPU "
              f"efficiency {c2 / c1:.2f} (2 workers' words per CPU-s over 1 worker's: the "
              f"speed-up on two idle cores would be about {2 * c2 / c1:.2f}x; target >= 1.8x)")


if __name__ == "__main__":
    main()
