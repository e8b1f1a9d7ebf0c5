"""Benchmark (d): `analysis.profile_corpus` on Dask, 1 worker against 2, on real articles.

    .venv/bin/python benchmarks/corpus_dask.py [--dir ../shared/corpora/polnear-train/text]
                                               [--repeats 2] [--files-per-task N]
                                               [--generate WORDS] [--workers 1 2]
                                               [--dask-defaults]

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
so it projects a corpus's time on them. The driver's CPU time (this process: the client,
the scheduler and the nannies of a LocalCluster all live here) is printed too, in total and
per task and per second of the run (its timers tick per second, whatever the work): it is
the serial part, on the same cores as the workers. With ``W`` the workers' CPU seconds and
``r`` the driver's CPU seconds per second (a fraction of one core), ``n`` workers on ``n``
idle cores take about ``W / (n - r)`` (the driver shares the cores); one worker on two
cores takes ``W`` (the driver has the other core), so the speed-up of 2 workers over 1 is
about ``(2 - r2) * W1 / W2``. Both assume the workers' CPU per word measured here; on a
loaded machine that is itself higher (caches shared with other processes, and the workers'
own timers run longer), so read the projection as a bound from below.
The cluster is started as `analysis.profile_corpus` starts its own
(`analysis.corpus.local_cluster`: single-threaded worker processes, no statistical profiler,
slower timers; ``--dask-defaults`` starts it with Dask's own defaults for those settings,
as before, to measure what they cost); tasks are batches of files as
`analysis.corpus.batches` makes them unless ``--files-per-task`` is given (1 = as before).
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


def run(folder: Path, n: int, files_per_task: int | None,
        dask_defaults: bool) -> dict[str, float]:
    """Wall and steady seconds, words, errors, tasks, worker and driver CPU seconds."""
    import dask
    import pandas as pd
    from distributed import Client

    from analysis.corpus import (
        LOCAL_CLUSTER_CONFIG,
        batches,
        corpus_files,
        local_cluster,
        profile_corpus,
    )

    config = {k: dask.config.get(k) for k in LOCAL_CLUSTER_CONFIG} if dask_defaults else {}
    tasks = len(batches(corpus_files([folder]), workers=n, files_per_task=files_per_task))
    with tempfile.TemporaryDirectory(prefix="corpus-dask-") as tmp:
        start = time.perf_counter()
        cluster = local_cluster(n, **config)
        client = Client(cluster)
        try:
            client.run(_warm)
            cpu0, driver0 = client.run(_cpu), _cpu()
            steady_start = time.perf_counter()
            out = profile_corpus([folder], out=Path(tmp) / "p.parquet", client=client,
                                 files_per_task=files_per_task, progress=False)
            steady = time.perf_counter() - steady_start
            cpu1, driver1 = client.run(_cpu), _cpu()
            cpu = sum(cpu1[w] - cpu0[w] for w in cpu1 if w in cpu0)
        finally:
            client.close()
            cluster.close()
        wall = time.perf_counter() - start
        df = pd.read_parquet(out, columns=["words", "error"])
        return {"wall": wall, "steady": steady, "words": int(df["words"].sum()),
                "errors": int(df["error"].notna().sum()), "tasks": tasks, "cpu": cpu,
                "driver": driver1 - driver0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=POLNEAR)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--files-per-task", type=int, default=None,
                    help="files per task (default: analysis.corpus.batches' grouping by size)")
    ap.add_argument("--generate", type=int, default=0, metavar="WORDS")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--dask-defaults", action="store_true",
                    help="Dask's defaults for analysis.corpus.LOCAL_CLUSTER_CONFIG's settings")
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

    runs: dict[int, list[dict[str, float]]] = {n: [] for n in args.workers}
    for r in range(args.repeats):
        for n in (args.workers if r % 2 == 0 else args.workers[::-1]):
            m = run(folder, n, args.files_per_task, args.dask_defaults)
            runs[n].append(m)
            w = m["words"]
            print(f"repeat {r}, {n} worker(s): {w:,} words, {m['errors']} errors, "
                  f"{m['tasks']} tasks; wall {m['wall']:.1f} s ({w / m['wall']:,.0f} words/s), "
                  f"steady {m['steady']:.1f} s ({w / m['steady']:,.0f} words/s); worker CPU "
                  f"{m['cpu']:.1f} s ({w / m['cpu']:,.0f} words per CPU-s); driver CPU "
                  f"{m['driver']:.2f} s ({1000 * m['driver'] / m['tasks']:.1f} ms per task, "
                  f"{1000 * m['driver'] / m['steady']:.0f} ms per second); "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    med = {n: {k: statistics.median(m[k] for m in ms) for k in ms[0]}
           for n, ms in runs.items() if ms}
    idle: dict[int, float] = {}  # projected steady seconds on n idle cores
    for n, m in med.items():
        rate = m["driver"] / m["steady"]  # the driver's share of one core
        idle[n] = m["cpu"] / (n - rate) if n > 1 else m["cpu"]
        print(f"{n} worker(s), medians: {m['words'] / m['steady']:,.0f} words/s steady, "
              f"{m['words'] / m['wall']:,.0f} wall; {m['words'] / m['cpu']:,.0f} words per "
              f"worker-CPU-s, driver {rate:.3f} of a core; projected on {n} idle core(s)"
              f"{' (+1 for the driver)' if n == 1 else ''}: {idle[n]:.1f} s steady for these "
              f"words, 10 million words in {1e7 / m['words'] * idle[n] / 60:.1f} min + "
              f"start-up (wall - steady here: {m['wall'] - m['steady']:.1f} s)")
    if 1 in med and 2 in med:
        s1, s2 = med[1]["words"] / med[1]["steady"], med[2]["words"] / med[2]["steady"]
        w1, w2 = med[1]["words"] / med[1]["wall"], med[2]["words"] / med[2]["wall"]
        per_word = [med[n]["cpu"] / med[n]["words"] for n in (1, 2)]
        speedup = (med[2]["words"] / idle[2]) / (med[1]["words"] / idle[1])
        print(f"speed-up 2 vs 1 worker: {s2 / s1:.2f}x steady, {w2 / w1:.2f}x wall (both "
              f"depend on the machine's load); from CPU times: a worker's CPU per word with "
              f"2 workers is {per_word[1] / per_word[0]:.2f}x that with 1, so on two idle "
              f"cores the speed-up would be about {speedup:.2f}x (steady, the driver "
              f"included; target >= 1.8x)")


if __name__ == "__main__":
    main()
