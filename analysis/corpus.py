"""The profile over a corpus on Dask: one row per article, streamed to Parquet or CSV.

`profile_corpus` hands each article file to a `dask.distributed` worker, which loads and
profiles it (`analysis.profile.profile_article`, the same row as ``python -m analysis
profile``) and sends back one row of numbers. The driver writes rows as they complete (in
completion order; ``path`` identifies each), a few hundred at a time, so neither the corpus
nor the table is held in memory; only a bounded number of files are in flight at once.

A file that cannot be profiled (missing, binary, empty, an HTML page, a worker that died on
it ...) gets a row with the message in ``error`` and empty measurements; the batch goes on.
Output is written to ``FILE.partial`` and renamed to ``FILE`` when every row is in, so an
interrupted run leaves its finished rows behind and never a half-written file under the final
name. The output may not be one of the inputs, inside an input folder or inside a folder the
repository commits (data/, results/, analysis/ ...), and an existing file is not overwritten
unless asked.

Dask runs on a `LocalCluster` of ``workers`` single-threaded processes by default (the
profile is pure Python, so threads would share one interpreter lock), or on an existing
scheduler given by address, or on a `Client` you pass in.

References
----------
Rocklin, M. (2015). Dask: parallel computation with blocked algorithms and task scheduling.
Proceedings of the 14th Python in Science Conference, 130-136.
"""

from __future__ import annotations

import glob
import numbers
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import ArticleError

__all__ = ["CorpusOutputError", "batches", "check_output", "corpus_files", "local_cluster",
           "profile_corpus", "profile_file"]

#: Rows buffered before each write: one Parquet row group of a few hundred rows (tens of
#: KB), so the driver's memory stays flat whatever the corpus size. Not tuned (writing is
#: well under 1% of the profile's time).
BATCH_ROWS = 256

#: Tasks in flight per worker: a few, so a worker always has the next task queued while
#: the driver writes; more would only hold more rows in memory. Not tuned further.
IN_FLIGHT_PER_WORKER = 4

#: Bytes of article text one task profiles (consecutive files grouped up to this size), so
#: the per-task cost of Dask (scheduling, messages, the driver's bookkeeping) is paid about
#: once per second of profiling rather than once per article. Chosen from the profile's
#: speed: 64 KB is about 10,000 words, 0.7-1.5 s of one core at the 6,800-15,000 words per
#: CPU-second of benchmarks/README.md; over 120 PolNeAR articles on one worker, grouping
#: them 16 to a task (~100 KB) instead of 1 cut the driver's CPU time 3 to 5 times and the
#: worker's by a third (benchmarks/corpus_dask.py --files-per-task, loaded machine).
TASK_BYTES = 64 * 1024

#: At least this many tasks per worker when the corpus is small, so no worker idles while
#: another finishes one large task.
MIN_TASKS_PER_WORKER = 4

#: Dask settings for the LocalCluster `profile_corpus` starts itself (an existing cluster
#: keeps its own). The worker's statistical profiler (a thread sampling the running task's
#: stack every 10 ms, for the dashboard, which this cluster does not start) cost 14-16% of
#: the workers' CPU time on 120 PolNeAR articles (two runs each way, loaded machine). The
#: rest are timers that run whatever the work: Dask's defaults (event-loop tick 20 ms,
#: system monitor 500 ms, memory check 100 ms, work stealing every 100 ms) cost an idle
#: 2-worker cluster 21.8 ms of CPU per second in each worker and 41 ms in the driver
#: (scheduler, nannies, client), 4% of two cores; with the values below 4.4 and 9.8 ms
#: (15 s idle, measured with resource.getrusage). Work stealing has nothing to balance:
#: the scheduler queues the tasks and hands one out when a worker is free. A worker that
#: outgrows its memory is still paused or restarted, within 1 s instead of 0.1 s.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
}

_SUFFIXES = (".parquet", ".csv")


class CorpusOutputError(ArticleError):
    """The output path cannot be used (would overwrite an input or a committed file...)."""


def corpus_files(inputs: Iterable[str | Path], *, pattern: str = "*.txt") -> list[Path]:
    """Files as given, the ``*.txt`` files (sorted) of any folder, the matches of any glob.

    A path that does not exist is kept (its row will carry the loader's error); a glob that
    matches nothing is kept as given for the same reason.
    """
    out: list[Path] = []
    for item in inputs:
        s = str(item)
        p = Path(s).expanduser()
        if p.is_dir():
            out.extend(sorted(q for q in p.glob(pattern) if q.is_file()))
        elif not p.exists() and glob.has_magic(s):
            hits = sorted(Path(h) for h in glob.glob(os.path.expanduser(s), recursive=True))
            hits = [h for h in hits if h.is_file()]
            out.extend(hits or [p])
        else:
            out.append(p)
    return out


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output(out: str | Path, inputs: Sequence[Path], *, overwrite: bool = False) -> Path:
    """The resolved output file, or `CorpusOutputError` saying why it cannot be used.

    The project's one output guard (`analysis.outputs.check_output`: not an input, not in a
    committed folder, a folder that exists) plus what a corpus table adds: a .parquet or .csv
    name, not inside an input folder, and an existing file only with ``overwrite``. A folder
    for the table that does not exist yet is checked the same way, then created.
    """
    from .outputs import OutputPathError
    from .outputs import check_output as check_path

    if Path(out).suffix.lower() not in _SUFFIXES:
        raise CorpusOutputError(f"{out}: the output must end in .parquet or .csv")
    files = [p for p in inputs if not Path(p).is_dir()]
    try:
        parent = Path(out).expanduser().parent
        if not parent.exists():  # a new folder for the table: checked as a folder, then made
            check_path(parent, inputs=files, folder=True)
            parent.mkdir(parents=True)
        target = check_path(out, inputs=files)
    except OutputPathError as exc:
        raise CorpusOutputError(str(exc)) from None
    if target.is_dir():
        raise CorpusOutputError(f"{out}: is a folder; give a file name, e.g. profiles.parquet")
    for p in inputs:
        rp = Path(p).expanduser().resolve()
        if rp.is_dir() and _inside(target, rp):
            raise CorpusOutputError(f"{out}: is inside an input folder; write the table "
                                    "somewhere else, e.g. out/profiles.parquet")
    if target.exists() and not overwrite:
        raise CorpusOutputError(f"{out}: exists; choose a new name or pass overwrite=True "
                                "(--overwrite)")
    return target


def profile_file(path: str, *, encoding: str | None = None) -> dict[str, Any]:
    """One article file's profile row; a file that fails gets its message in ``error``.

    Runs on a worker. An `ArticleError` (the input's fault) keeps its message; any other
    exception is recorded with its type so that a bug in one article cannot stop a corpus.
    """
    import warnings

    from .article import load_article
    from .profile import profile_article

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # InputWarning etc. are kept in Article.notes
            article = load_article(path, encoding=encoding)
            row = profile_article(article, path=path)
    except ArticleError as exc:
        return {"name": Path(path).stem, "path": path, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - recorded, never silently dropped
        return {"name": Path(path).stem, "path": path,
                "error": f"{type(exc).__name__}: {exc} (a bug, please report it)"}
    row["error"] = None
    return row


def _profile_files(files: Sequence[str], encoding: str | None) -> list[dict[str, Any]]:
    """One task's rows. The cyclic garbage collector is paused for the whole task, not per
    article (`analysis.profile._no_cyclic_gc`): resumed after each article, it walked the
    worker's long-lived objects (lexicons, tagger, pandas) again and again; 150 PolNeAR
    articles in 16-file tasks took 7.16 s of CPU instead of 7.40-7.82 s. A task is ~64 KB of
    text (`TASK_BYTES`), so the garbage held meanwhile is small."""
    from .profile import _no_cyclic_gc

    with _no_cyclic_gc():
        return [profile_file(f, encoding=encoding) for f in files]


class _Writer:
    """Rows to Parquet (one row group per batch) or CSV (appended), with a fixed schema taken
    from the first successful row so error rows and later batches line up."""

    def __init__(self, target: Path) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        self.partial = target.with_name(target.name + ".partial")
        self.columns: list[str] | None = None
        self.pending: list[dict[str, Any]] = []
        self.rows = 0
        self._pq = None
        self._schema = None
        self._first: dict[str, Any] = {}

    def add(self, row: dict[str, Any]) -> None:
        self.pending.append(row)
        if self.columns is None and row.get("error") is None:
            self.columns = [c for c in row if c != "error"] + ["error"]
            self._first = row
        if self.columns is not None and len(self.pending) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        if self.columns is None:  # only errors so far (or in all)
            self.columns = ["name", "path", "error"]
        df = pd.DataFrame(self.pending).reindex(columns=self.columns)
        self.pending = []
        if self.target.suffix.lower() == ".csv":
            df.to_csv(self.partial, mode="a" if self.rows else "w", header=not self.rows,
                      index=False, float_format="%.6g", lineterminator="\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            if self._schema is None:
                self._schema = _schema(self.columns, self._first)
                self._pq = pq.ParquetWriter(self.partial, self._schema)
            self._pq.write_table(pa.Table.from_pandas(df, schema=self._schema,
                                                      preserve_index=False))
        self.rows += len(df)

    def close(self, *, complete: bool) -> Path:
        self.flush()
        if self._pq is not None:
            self._pq.close()
        if self.rows == 0:  # no file at all: an empty table, still with its header
            empty = pd.DataFrame(columns=["name", "path", "error"], dtype="string")
            if self.target.suffix.lower() == ".csv":
                empty.to_csv(self.partial, index=False)
            else:
                empty.to_parquet(self.partial, index=False)
        if complete:
            os.replace(self.partial, self.target)
            return self.target
        return self.partial


def _schema(columns: Sequence[str], first: dict[str, Any]):
    """Arrow types from the first successful row's values, all nullable (error rows leave the
    measurements out): text, booleans, counts (int64) and rates (float64)."""
    import pyarrow as pa

    def arrow_type(v: Any):
        if isinstance(v, bool) or type(v).__name__ == "bool_":
            return pa.bool_()
        if isinstance(v, numbers.Integral):
            return pa.int64()
        if isinstance(v, numbers.Real):
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(c, arrow_type(first.get(c))) for c in columns])


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # missing or unreadable: its row will carry the loader's error
        return 0


def batches(files: Sequence[Path], *, workers: int,
            files_per_task: int | None = None) -> list[list[str]]:
    """The tasks: lists of consecutive files (as strings, all a worker needs to read them).

    ``files_per_task`` fixes the count; None groups files up to `TASK_BYTES` of text, or
    less for a small corpus so each worker gets at least `MIN_TASKS_PER_WORKER` tasks.
    """
    if files_per_task is not None:
        size = max(1, files_per_task)
        return [[str(f) for f in files[i:i + size]] for i in range(0, len(files), size)]
    sizes = [_size(f) for f in files]
    limit = min(TASK_BYTES, max(1, sum(sizes) // (MIN_TASKS_PER_WORKER * max(1, workers))))
    out: list[list[str]] = []
    current: list[str] = []
    held = 0
    for f, n in zip(files, sizes, strict=True):
        if current and held + n > limit:
            out.append(current)
            current, held = [], 0
        current.append(str(f))
        held += n
    if current:
        out.append(current)
    return out


def local_cluster(workers: int, **config: Any) -> Any:
    """A `distributed.LocalCluster` of ``workers`` single-threaded processes, no dashboard,
    started with `LOCAL_CLUSTER_CONFIG` (and ``config``: more Dask settings by key) in force,
    which the workers copy when they start. Close it when done."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({**LOCAL_CLUSTER_CONFIG, **config}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=None)


def profile_corpus(inputs: Iterable[str | Path], *, out: str | Path | None = None,
                   client: Any = None, workers: int | None = None,
                   scheduler: str | None = None, encoding: str | None = None,
                   files_per_task: int | None = None, overwrite: bool = False,
                   progress: bool | None = None) -> pd.DataFrame | Path:
    """Profile every article of a corpus on Dask; one row per file (see `profile.COLUMNS`).

    ``inputs``: files, folders (their ``*.txt``) or globs. ``out``: a ``.parquet`` or ``.csv``
    file the rows stream to (returns its path); None collects the rows into a DataFrame
    (returned; for small corpora). ``client``: a `distributed.Client` to use; else
    ``scheduler`` (an address such as ``tcp://host:8786``) to connect to; else a
    `LocalCluster` of ``workers`` processes (default: one per CPU core; see `local_cluster`),
    shut down at the end. Workers get file paths, never texts, and
    send back rows of numbers. ``files_per_task``: files one task profiles (default None:
    consecutive files up to `TASK_BYTES` of text, see `batches`).
    ``progress``: a tqdm bar on stderr (None: only on a terminal).
    """
    from distributed import Client, as_completed
    from tqdm import tqdm

    files = corpus_files(inputs)
    target = check_output(out, [Path(str(i)) for i in inputs], overwrite=overwrite) \
        if out is not None else None
    own_cluster = own_client = None
    if client is None:
        if scheduler is not None:
            client = own_client = Client(scheduler)
        else:
            own_cluster = local_cluster(workers or os.cpu_count() or 1)
            client = own_client = Client(own_cluster)
    writer = _Writer(target) if target is not None else None
    collected: list[dict[str, Any]] = []
    complete = False
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        limit = IN_FLIGHT_PER_WORKER * n_workers
        chunks = iter(batches(files, workers=n_workers, files_per_task=files_per_task))
        live: dict[Any, list[str]] = {}
        pool = as_completed()
        for chunk in chunks:
            fut = client.submit(_profile_files, chunk, encoding, pure=False)
            live[fut] = chunk
            pool.add(fut)
            if len(live) >= limit:
                break
        bar = tqdm(total=len(files), desc="profiling", unit="article",
                   disable=None if progress is None else not progress, leave=True)
        for fut in pool:
            chunk = live.pop(fut)
            try:
                rows = fut.result()
            except Exception as exc:  # noqa: BLE001 - a worker died on these files
                rows = [{"name": Path(f).stem, "path": f,
                         "error": f"{type(exc).__name__}: {exc}"} for f in chunk]
            fut.release()
            for row in rows:
                if writer is not None:
                    writer.add(row)
                else:
                    collected.append(row)
            bar.update(len(chunk))
            nxt = next(chunks, None)
            if nxt is not None:
                f2 = client.submit(_profile_files, nxt, encoding, pure=False)
                live[f2] = nxt
                pool.add(f2)
        bar.close()
        complete = True
    finally:
        result = writer.close(complete=complete) if writer is not None else None
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()
    if result is not None:
        return result
    df = pd.DataFrame(collected)
    if "error" in df.columns and df["error"].isna().all():
        df = df.drop(columns="error")
    return df
