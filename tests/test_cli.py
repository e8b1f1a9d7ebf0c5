"""``python -m analysis article|sentences|words PATH --json`` as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def seed_copy(tmp_path_factory) -> Path:
    """A copy of the seed in a folder of its own, so we can check nothing is written there."""
    folder = tmp_path_factory.mktemp("input")
    return Path(shutil.copy2(paths.SEED_ARTICLE, folder / paths.SEED_ARTICLE.name))


@pytest.fixture(scope="module")
def outputs(seed_copy: Path) -> dict[str, object]:
    before = sorted(p.name for p in seed_copy.parent.iterdir())
    out = {}
    for command in ("article", "sentences", "words"):
        proc = _cli(command, str(seed_copy), "--json")
        assert proc.returncode == 0, proc.stderr
        out[command] = json.loads(proc.stdout)
    assert sorted(p.name for p in seed_copy.parent.iterdir()) == before
    return out


def test_article_json(outputs, seed_text: str) -> None:
    art = outputs["article"]
    assert art["title"]["text"] == "How Diplomacy With North Korea Can Work"
    assert art["credit"]["text"] == "Andrew Harnik / Pool via REUTERS"
    assert len(art["paragraphs"]) == 5
    assert art["truncated"] is True
    assert [b["span"]["text"] for b in art["boilerplate"]][0] == "Loading, please wait..."
    spans = [art[k] for k in ("title", "subtitle", "caption", "credit")] + art["paragraphs"]
    for s in spans + [b["span"] for b in art["boilerplate"]]:
        assert seed_text[s["start"]:s["end"]] == s["text"]


def test_sentences_json(outputs, seed_text: str) -> None:
    sents = outputs["sentences"]
    # Counted by hand, paragraph by paragraph: 7 + 3 + 2 + 2 + 1 = 15 body sentences.
    assert len(sents) == 15
    assert [s["paragraph"] for s in sents] == [0] * 7 + [1] * 3 + [2] * 2 + [3] * 2 + [4]
    assert sents[2]["text"] == "Pompeo maintains that the meetings were “productive.”"
    for s in sents:
        assert seed_text[s["start"]:s["end"]] == s["text"]


def test_words_json(outputs, seed_text: str) -> None:
    toks = outputs["words"]
    # The body starts "At the end of last week," : 6 words, then a comma.
    assert [t["text"] for t in toks[:7]] == ["At", "the", "end", "of", "last", "week", ","]
    assert toks[6]["kind"] == "punct"
    for t in toks:
        assert seed_text[t["start"]:t["end"]] == t["text"]


def test_parts_option_adds_the_headline(seed_copy: Path) -> None:
    proc = _cli("sentences", str(seed_copy), "--parts", "title", "subtitle", "body")
    assert proc.returncode == 0, proc.stderr
    sents = json.loads(proc.stdout)
    assert len(sents) == 17  # title + subtitle + the 15 body sentences
    assert sents[0]["text"] == "How Diplomacy With North Korea Can Work"


BAD = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n \n", "whitespace"),
    "nul.txt": (b"ab\x00cd", "NUL byte"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(16), "PNG image"),
    "latin1.txt": (b"caf\xe9 au lait.", "--encoding cp1252"),  # the flag, not the keyword
    "page.txt": (b"<!doctype html><html><body><p>x</p></body></html>", "HTML page"),
    "title.txt": (b"Just A Title\n", "title with no body"),
}


# Every bad file through `article`; the two other commands share its loader, so two each.
CASES = [("article", n) for n in sorted(BAD)] + [
    (c, n) for c in ("sentences", "words") for n in ("nul.txt", "title.txt")]


@pytest.mark.parametrize(("command", "name"), CASES)
def test_user_errors_one_line_exit_2(tmp_path, command: str, name: str) -> None:
    data, words = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    proc = _cli(command, str(path), "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ") and words in lines[0]
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing written
    assert path.read_bytes() == data


@pytest.mark.parametrize(("target", "words"), [("missing.txt", "no such file"),
                                               (".", "is a directory")])
def test_path_errors_one_line_exit_2(tmp_path, target: str, words: str) -> None:
    proc = _cli("article", target, "--json", cwd=tmp_path)
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1 and words in proc.stderr
    assert "Traceback" not in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_encoding_option(tmp_path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café Talks\n\nIt was très bien.".encode("latin-1"))
    proc = _cli("article", str(path), "--encoding", "latin-1", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"]["text"] == "Café Talks"


def test_report_takes_an_encoding_flag(tmp_path) -> None:
    """`report --encoding` reaches the article's loading before any notebook runs: a cp1252 file
    read as UTF-8 fails naming the flag; with --encoding cp1252 the plan goes on (we stop it at
    an unusable --out, so no kernel starts)."""
    path = tmp_path / "cafe.txt"
    path.write_bytes("Caf\xe9 Prices Rise\n\nThe caf\xe9 raised its prices.\n".encode("cp1252"))
    bad = _cli("report", str(path), "--out", str(tmp_path / "o"))
    assert bad.returncode == 2 and "--encoding cp1252" in bad.stderr
    assert "encoding='" not in bad.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    ok = _cli("report", str(path), "--encoding", "cp1252", "--out", str(blocker))
    assert ok.returncode == 2 and "existing file" in ok.stderr  # got past the decoding


def test_encoding_reaches_the_notebooks_as_a_parameter(tmp_path) -> None:
    from analysis.report import plan_report

    path = tmp_path / "cafe.txt"
    path.write_bytes("Caf\xe9 Prices Rise\n\nThe caf\xe9 raised its prices.\n".encode("cp1252"))
    plan, art = plan_report(path, tmp_path / "out", encoding="cp1252")
    assert plan.parameters["ENCODING"] == "cp1252"
    assert "café" in art.text
    plan, _ = plan_report(None, tmp_path / "out2")
    assert "ENCODING" not in plan.parameters  # utf-8: the notebooks' default, nothing injected
