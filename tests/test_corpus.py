"""analysis.corpus: the profile over a corpus on a two-worker Dask LocalCluster."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.cli import main
from analysis.corpus import CorpusOutputError, check_output, corpus_files, profile_corpus

distributed = pytest.importorskip("distributed")

GOOD = {
    # 6 + 3 words, 2 sentences in the body (the first line is the title).
    "cats.txt": "A Warm Day\n\nThe cat sat on the mat. It was warm.\n",
    # 4 + 4 + 2 words, 3 sentences in two paragraphs.
    "rain.txt": "Rain Again\n\nRain fell all night. The roads were wet.\n\nNobody minded.\n",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    return folder


@pytest.fixture(scope="module")
def client():
    """Two single-threaded worker processes, closed when the module's tests are done."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def test_workers_use_this_package(client):
    def where() -> str:
        import analysis

        return analysis.__file__

    found = client.run(where)
    assert len(found) == 2
    for f in found.values():
        assert Path(f).resolve().parent == paths.PACKAGE_DIR


def test_parquet_one_row_per_file_errors_recorded(client, tmp_path):
    folder = _corpus(tmp_path / "articles")
    missing = tmp_path / "nowhere.txt"
    out = profile_corpus([folder, missing], out=tmp_path / "out" / "profiles.parquet",
                         client=client, progress=False)
    assert out == (tmp_path / "out" / "profiles.parquet").resolve()
    assert not out.with_name(out.name + ".partial").exists()
    df = pd.read_parquet(out).set_index("name")
    assert sorted(df.index) == ["binary", "cats", "empty", "nowhere", "rain"]
    assert df.loc["cats", "words"] == 9 and df.loc["cats", "sentences"] == 2
    assert df.loc["rain", "words"] == 10 and df.loc["rain", "sentences"] == 3
    assert df.loc["rain", "paragraphs"] == 2
    assert df.loc["cats", "words_per_sentence"] == pytest.approx(4.5)
    for good in ("cats", "rain"):
        assert pd.isna(df.loc[good, "error"])
    for bad in ("binary", "empty", "nowhere"):
        assert isinstance(df.loc[bad, "error"], str) and df.loc[bad, "error"]
        assert math.isnan(df.loc[bad, "words"])  # no measurement, not a zero
    assert "no such file" in df.loc["nowhere", "error"]


def test_same_numbers_as_one_process(client, tmp_path):
    from analysis import load_article, profile_article

    folder = _corpus(tmp_path / "articles")
    df = profile_corpus([folder / "rain.txt", folder / "cats.txt"], client=client,
                        progress=False)
    assert "error" not in df.columns  # no file failed
    for _, row in df.iterrows():
        local = profile_article(load_article(row["path"]), path=row["path"])
        for key, value in local.items():
            got = row[key]
            if isinstance(value, float) and math.isnan(value):
                assert math.isnan(got), key
            else:
                assert got == value, key


def test_csv_and_cli_with_scheduler_address(client, tmp_path, capsys):
    folder = _corpus(tmp_path / "articles")
    out = tmp_path / "table.csv"
    code = main(["profile", str(folder / "*.txt"), "--engine", "dask", "--scheduler",
                 client.scheduler.address, "--out", str(out), "--no-progress"])
    assert code == 0
    df = pd.read_csv(out)
    assert len(df) == 4 and df["error"].notna().sum() == 2
    assert "wrote 4 rows" in capsys.readouterr().err
    # Run again: the table exists and is not overwritten without --overwrite.
    assert main(["profile", str(folder), "--engine", "dask", "--scheduler",
                 client.scheduler.address, "--out", str(out), "--no-progress"]) == 2
    assert "exists" in capsys.readouterr().err


def test_output_never_on_inputs_or_committed_folders(tmp_path):
    folder = _corpus(tmp_path / "articles")
    files = corpus_files([folder])
    with pytest.raises(CorpusOutputError, match="input"):
        check_output(folder / "profiles.csv", [folder])
    with pytest.raises(CorpusOutputError, match="input"):
        check_output(folder / "cats.txt.csv", [folder / "cats.txt", folder])
    with pytest.raises(CorpusOutputError, match="committed"):
        check_output(paths.RESULTS_DIR / "profiles.parquet", files)
    with pytest.raises(CorpusOutputError, match="committed"):
        check_output(paths.RAW_DIR / "x.parquet", files)
    with pytest.raises(CorpusOutputError, match=r"\.parquet or \.csv"):
        check_output(tmp_path / "profiles.json", files)
    (tmp_path / "old.parquet").write_bytes(b"keep me")
    with pytest.raises(CorpusOutputError, match="exists"):
        check_output(tmp_path / "old.parquet", files)
    assert (tmp_path / "old.parquet").read_bytes() == b"keep me"
    assert check_output(tmp_path / "new.parquet", files) == (tmp_path / "new.parquet").resolve()


def test_corpus_files_folders_and_globs(tmp_path):
    folder = _corpus(tmp_path / "articles")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    names = [p.name for p in corpus_files([folder])]
    assert names == ["binary.txt", "cats.txt", "empty.txt", "rain.txt"]
    assert [p.name for p in corpus_files([str(folder / "[cr]*.txt")])] == ["cats.txt",
                                                                            "rain.txt"]
    # A glob matching nothing stays as given, so its row says what went wrong.
    assert corpus_files([str(folder / "zz*.txt")]) == [folder / "zz*.txt"]


def _sized(folder: Path, sizes: dict[str, int]) -> list[Path]:
    folder.mkdir()
    out = []
    for name, size in sizes.items():
        (folder / name).write_bytes(b"x" * size)
        out.append(folder / name)
    return out


def test_batches_group_consecutive_files_by_size(tmp_path, monkeypatch):
    import analysis.corpus as corpus

    monkeypatch.setattr(corpus, "TASK_BYTES", 100)
    files = _sized(tmp_path / "c", {"a.txt": 60, "b.txt": 30, "c.txt": 20, "d.txt": 100,
                                    "e.txt": 250, "f.txt": 5})
    # 465 bytes for 1 worker x 4 tasks would allow 116 per task: TASK_BYTES (100) rules.
    # a+b = 90 (adding c makes 110 > 100); c alone (c+d = 120); d = 100; e is over the
    # limit on its own and still one task; f.
    got = corpus.batches(files, workers=1)
    assert [[Path(p).name for p in task] for task in got] == [
        ["a.txt", "b.txt"], ["c.txt"], ["d.txt"], ["e.txt"], ["f.txt"]]
    assert all(isinstance(p, str) for task in got for p in task)  # paths, never texts
    # with 2 workers the small-corpus rule lowers the limit to 465 // 8 = 58 bytes
    assert [[Path(p).name for p in task] for task in corpus.batches(files, workers=2)] == [
        ["a.txt"], ["b.txt", "c.txt"], ["d.txt"], ["e.txt"], ["f.txt"]]


def test_batches_small_corpus_keeps_every_worker_busy(tmp_path):
    from analysis.corpus import MIN_TASKS_PER_WORKER, batches

    # 16 files of 10 bytes = 160 bytes, far under TASK_BYTES: with 2 workers the limit is
    # 160 // (4 x 2) = 20 bytes, so 2 files per task and 8 tasks.
    files = _sized(tmp_path / "c", {f"{i:02d}.txt": 10 for i in range(16)})
    got = batches(files, workers=2)
    assert MIN_TASKS_PER_WORKER == 4
    assert len(got) == 8 and all(len(task) == 2 for task in got)
    assert [p for task in got for p in task] == [str(f) for f in files]  # each once, in order


def test_batches_fixed_count_and_missing_files(tmp_path):
    from analysis.corpus import batches

    files = _sized(tmp_path / "c", {"a.txt": 10, "b.txt": 10, "c.txt": 10})
    files.append(tmp_path / "nowhere.txt")
    assert batches(files, workers=1, files_per_task=3) == [
        [str(f) for f in files[:3]], [str(files[3])]]
    # by size, a missing file counts as empty and still gets its task (and its error row)
    got = batches(files, workers=1)
    assert [p for task in got for p in task] == [str(f) for f in files]
    assert batches([], workers=2) == []


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")  # the module's cluster has it
def test_own_cluster_workers_run_without_the_profiler(tmp_path):
    """The LocalCluster profile_corpus starts: its settings reach the worker processes."""
    from analysis.corpus import local_cluster

    cluster = local_cluster(1)
    try:
        with distributed.Client(cluster) as c:
            def profiler_enabled() -> object:
                import dask

                return dask.config.get("distributed.worker.profile.enabled")

            assert list(c.run(profiler_enabled).values()) == [False]
            assert c.nthreads() and set(c.nthreads().values()) == {1}  # one thread each
    finally:
        cluster.close()
