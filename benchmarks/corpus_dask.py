"""Benchmark (d): `analysis.profile_corpus` on Dask, 1 worker against 2, on real articles.

    .venv/bin/python benchmarks/corpus_dask.py [--dir ../shared/corpora/polnear-train/text]
                                               [--repeats 2] [--files-per-task 1]

For each repeat, alternating which goes first, a `LocalCluster` of 1 and of 2 single-threaded
worker processes profiles every ``*.txt`` file of ``--dir`` (default: the 840 PolNeAR
articles) to a temporary Parquet file. Two times are printed per run: *wall* from asking for
the cluster to the renamed file (what a user waits for), and *steady* from the first task
submitted to the last row written, with the workers started and the package imported and
warmed in them beforehand (what the extra worker buys once running). Words are the table's
``words`` column (Flesch words of the bodies). Target (issue 15): 2 workers >= 1.8x the words
per second of 1 worker.
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


def _warm() -> None:
    from analysis import Article
    from analysis.profile import profile_article

    profile_article(Article.from_text("Warm Up\n\nIt may rain, officials said. We must go.\n",
                                      name="warm"))


def run(folder: Path, n: int, files_per_task: int) -> tuple[float, float, int, int]:
    """(wall s, steady s, words, errors) for one run on ``n`` workers."""
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
            steady_start = time.perf_counter()
            out = profile_corpus([folder], out=Path(tmp) / "p.parquet", client=client,
                                 files_per_task=files_per_task, progress=False)
            steady = time.perf_counter() - steady_start
        finally:
            client.close()
            cluster.close()
        wall = time.perf_counter() - start
        df = pd.read_parquet(out, columns=["words", "error"])
        return wall, steady, int(df["words"].sum()), int(df["error"].notna().sum())


def main() -> None:
    import os

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=POLNEAR)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--files-per-task", type=int, default=1)
    args = ap.parse_args()
    if not args.dir.is_dir():
        raise SystemExit(f"{args.dir}: no such folder (the PolNeAR texts live in ../shared)")
    print(f"machine: {machine()}; commit {commit()}; {time.strftime('%Y-%m-%d %H:%M %Z')}")
    steady: dict[int, list[float]] = {1: [], 2: []}
    walls: dict[int, list[float]] = {1: [], 2: []}
    for r in range(args.repeats):
        for n in ((1, 2) if r % 2 == 0 else (2, 1)):
            wall, st, words, errors = run(args.dir, n, args.files_per_task)
            steady[n].append(words / st)
            walls[n].append(words / wall)
            print(f"repeat {r}, {n} worker(s): {words:,} words, {errors} errors; wall {wall:.1f} s"
                  f" ({words / wall:,.0f} words/s), steady {st:.1f} s ({words / st:,.0f} "
                  f"words/s); load {os.getloadavg()[0]:.1f}")
    s1, s2 = statistics.median(steady[1]), statistics.median(steady[2])
    w1, w2 = statistics.median(walls[1]), statistics.median(walls[2])
    print(f"median words/s: 1 worker {s1:,.0f} steady ({w1:,.0f} wall), 2 workers {s2:,.0f} "
          f"steady ({w2:,.0f} wall); speed-up {s2 / s1:.2f}x steady, {w2 / w1:.2f}x wall "
          "(target >= 1.8x)")


if __name__ == "__main__":
    main()
