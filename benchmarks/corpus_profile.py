"""Benchmark (c): ``python -m analysis profile`` over a generated corpus, using every core.

    .venv/bin/python benchmarks/corpus_profile.py [--words 10000000] [--file-words 5000]
                                                  [--jobs 2] [--dir DIR] [--keep]
                                                  [--engine dask|processes]

``--engine dask`` (the default): one ``python -m analysis profile DIR --engine dask --workers
JOBS --out FILE.parquet`` command, timed from start to exit (cluster start-up, worker imports
and the Parquet file included), and its CPU time with its workers' (``RUSAGE_CHILDREN``: the
load-independent figure; on JOBS idle cores the run takes at least that divided by JOBS);
peak memory is the largest resident size of any child process (driver or worker).
``--engine processes``: the earlier measurement, described below.

Writes ``words / file-words`` generated articles (benchmarks/corpus.py) into ``--jobs``
folders under DIR (default: a temporary folder, removed afterwards unless --keep), then runs
one ``python -m analysis profile FOLDER --csv ... --no-progress`` process per folder at the
same time, as a user would on a 2-core machine. Prints the wall time, words per second over
all processes, and each process's peak resident memory (``wait4`` rusage; target: under 1 GB,
i.e. the profile streams files one at a time instead of loading the corpus). Checks that
every file got its row and no row has an error.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from profile_vs_textstat import machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def generate(base: Path, words: int, file_words: int, jobs: int) -> tuple[list[Path], int]:
    folders = [base / f"part{j}" for j in range(jobs)]
    for f in folders:
        f.mkdir(parents=True, exist_ok=True)
    n_files = max(1, words // file_words)
    total = 0
    for i in range(n_files):
        text = corpus.article(file_words, seed=i)
        total += len(text.split())
        (folders[i % jobs] / f"article{i:05d}.txt").write_text(text, encoding="utf-8")
    return folders, total


def dask_run(base: Path, folders: list[Path], total: int, n_files: int, jobs: int) -> None:
    import resource

    import pandas as pd

    out = base / "profiles.parquet"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "analysis", "profile", *map(str, folders),
                           "--engine", "dask", "--workers", str(jobs), "--out", str(out),
                           "--no-progress"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"profile failed: {proc.stderr[-2000:]}")
    rows = pd.read_parquet(out, columns=["words", "error"])
    errors = int(rows["error"].notna().sum())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = after.ru_maxrss / 1024
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    print(f"profiled {len(rows)} articles ({errors} errors), {int(rows['words'].sum()):,} "
          f"Flesch words, in {wall:.1f} s wall ({wall / 60:.2f} min) with {jobs} Dask workers")
    print(f"throughput: {total / wall:,.0f} words/s over all workers")
    print(f"largest resident memory of any child process (driver or worker): {peak:.0f} MiB")
    print(f"CPU time of the command, its workers and its scheduler: {cpu:.1f} s "
          f"({total / cpu:,.0f} words per CPU-s); on {jobs} idle cores that is at least "
          f"{cpu / jobs:.1f} s ({cpu / jobs / 60:.2f} min; target < 3 min for 10M words), "
          f"load {os.getloadavg()[0]:.1f} now")
    assert len(rows) == n_files and errors == 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=10_000_000)
    ap.add_argument("--file-words", type=int, default=5000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--dir", type=Path, default=None)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--engine", choices=["dask", "processes"], default="dask")
    args = ap.parse_args()

    print(f"machine: {machine()}")
    base = args.dir or Path(tempfile.mkdtemp(prefix="corpus-bench-"))
    try:
        start = time.perf_counter()
        folders, total = generate(base, args.words, args.file_words, args.jobs)
        n_files = sum(len(list(f.glob("*.txt"))) for f in folders)
        print(f"generated {n_files} files, {total:,} words in {time.perf_counter() - start:.0f} s"
              f" under {base}")
        if args.engine == "dask":
            dask_run(base, folders, total, n_files, args.jobs)
            return
        procs = {}
        start = time.perf_counter()
        for j, folder in enumerate(folders):
            out = base / f"profile{j}.csv"
            p = subprocess.Popen([sys.executable, "-m", "analysis", "profile", str(folder),
                                  "--csv", str(out), "--no-progress"], cwd=ROOT,
                                 stderr=subprocess.PIPE, text=True)
            procs[p.pid] = (p, out)
        peaks = {}
        while len(peaks) < len(procs):
            pid, status, usage = os.wait4(-1, 0)
            if pid in procs:
                peaks[pid] = usage.ru_maxrss / 1024  # KiB -> MiB on Linux
                if os.waitstatus_to_exitcode(status) != 0:
                    p = procs[pid][0]
                    raise SystemExit(f"profile process failed: {p.stderr.read()[-2000:]}")
        wall = time.perf_counter() - start
        import pandas as pd

        rows = pd.concat([pd.read_csv(out) for _, out in procs.values()])
        errors = int(rows["error"].notna().sum()) if "error" in rows else 0
        print(f"profiled {len(rows)} articles ({errors} errors), "
              f"{int(rows['words'].sum()):,} Flesch words, in {wall:.1f} s wall with "
              f"{len(procs)} processes")
        print(f"throughput: {total / wall:,.0f} words/s over all processes "
              f"({total / wall / len(procs):,.0f} per process)")
        print("peak resident memory per process: "
              + ", ".join(f"{m:.0f} MiB" for m in peaks.values())
              + f"; together {sum(peaks.values()):.0f} MiB (target < 1024 MiB)")
        assert len(rows) == n_files and errors == 0
    finally:
        if not args.keep and args.dir is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
