"""Every bad input of issue 7, tried through the API and the CLI.

What each input yields (decided here; the loader's messages say what to do):

=============================  ===========================================================
input                          result
=============================  ===========================================================
empty file                     EmptyArticleError
whitespace only                EmptyArticleError
a directory                    NotAFileError
a missing path                 ArticleNotFoundError
no read permission             UnreadableFileError (file, or a folder above it)
PNG image / NUL bytes          BinaryFileError (NUL: hints at encoding='utf-16')
UTF-16 with BOM                read; BOM removed, encoding "utf-16-le" (or "-be")
UTF-16 without BOM             BinaryFileError by default; read with encoding='utf-16-le'
Windows-1252 smart quotes      ArticleEncodingError naming byte and offset, suggesting
                               encoding='cp1252'; read with that encoding
Latin-1                        the same, read with encoding='latin-1'
an HTML page (or fragment)     HTMLInputError ("save it as plain text")
prose quoting a tag or two     read as text (tags are escaped wherever displayed)
Markdown                       read as text, with a note: markup counts as text
50 MB of text                  read (one article in memory; see benchmarks/ for speed)
10,000 words, no punctuation   read as one sentence, with a note: per-sentence figures doubtful
title with no body             NoBodyError (also title + subtitle)
German                         read, with a note: may not be English
Chinese                        read, with a note: not Latin script, figures meaningless
extremely long lines           read (a 1 MB line; a 5,000-sentence line)
mixed line endings (CRLF)      read; paragraphs as with LF, no ``\\r`` inside any span
=============================  ===========================================================

A note is kept in ``Article.notes`` and issued as an `InputWarning`; the CLI prints it as one
``warning: ...`` line on stderr. Errors: the CLI prints one ``error: ...`` line and exits 2.
In every case the input file (and its folder) is byte-identical afterwards.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from analysis import (
    ArticleEncodingError,
    ArticleError,
    ArticleNotFoundError,
    BinaryFileError,
    EmptyArticleError,
    HTMLInputError,
    NoBodyError,
    NotAFileError,
    UnreadableFileError,
    load_article,
    sentences,
    words,
)
from analysis.cli import COMMANDS, main
from analysis.errors import InputWarning
from analysis.paths import ROOT
from analysis.tokenize import lexical_words

#: Commands that take one article path; the measurement commands join when they exist.
ARTICLE_COMMANDS = [c for c in ("article", "sentences", "words", "readability", "hedges",
                                "stance") if c in COMMANDS]

SMART = "How Talks Work\n\nThe “quick” envoy – it’s fast. It met the others.\n"
LATIN = "Café Society\n\nThe café served crème brûlée. It was très bon.\n"
GERMAN = (
    "Wie Diplomatie mit Nordkorea funktionieren kann\n\n"
    "Die Regierung hat am Montag beschlossen, dass die Gespräche mit dem Norden weitergehen "
    "sollen. Das ist eine gute Nachricht für alle Beteiligten in der Region. Kritiker "
    "meinen jedoch, dass eine schnelle Einigung kaum möglich sein wird.\n"
)
CHINESE = "外交如何运作\n\n政府周一决定继续谈判。这对所有人都有好处。批评者认为很难迅速达成协议。\n"
MARKDOWN = (
    "# How Talks Work\n\n"
    "**Diplomacy** is slow, as [one report](https://example.org/report) says. "
    "Talks *may* resume.\n\n"
    "- first, a freeze\n- then, inspections\n"
)
#: 10,000 English words in one paragraph, no sentence punctuation (2,000 x 5 words).
UNPUNCTUATED = "Talks Without End\n\n" + " ".join(["the", "talks", "went", "on", "and"] * 2000)
HTML_PAGE = "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hi.</p></body></html>"
HTML_FRAGMENT = "How Talks Work\n\n<div class=\"story\">\n<p>Talks resumed.</p>\n</div>\n"
TAG_PROSE = (
    "How Scripts Get In\n\n"
    "The attacker typed <script>alert(1)</script> into the comment box. A second try used "
    "<img src=x onerror=alert(2)> instead. Neither ran.\n"
)


@dataclass
class Case:
    """One bad input: how to make it, and what it must yield."""

    make: object  # bytes, or a callable(folder) -> Path for special cases
    error: type[ArticleError] | None = None
    message: tuple[str, ...] = ()  # substrings the error message (or a note) must contain
    note: str | None = None  # a substring one of Article.notes must contain
    encoding: str = "utf-8"
    extra: dict = field(default_factory=dict)


def _directory(folder: Path) -> Path:
    d = folder / "articles"
    d.mkdir()
    return d


CASES: dict[str, Case] = {
    "empty": Case(b"", EmptyArticleError, ("empty",)),
    "whitespace": Case(b" \n\t\r\n  \n", EmptyArticleError, ("whitespace",)),
    "directory": Case(_directory, NotAFileError, ("directory",)),
    "missing": Case(lambda folder: folder / "nowhere.txt", ArticleNotFoundError,
                    ("no such file",)),
    "png": Case(b"\x89PNG\r\n\x1a\n" + bytes(24), BinaryFileError, ("PNG", "plain-text")),
    # The NUL byte is the 6th byte (offset 5): "Hello" is 5 bytes.
    "nul-bytes": Case(b"Hello\x00world. More text here.", BinaryFileError,
                      ("NUL byte at offset 5", "utf-16")),
    "utf16-bom": Case(SMART.encode("utf-16")),
    "utf16-no-bom-default": Case(SMART.encode("utf-16-le"), BinaryFileError, ("utf-16",)),
    "utf16-no-bom-explicit": Case(SMART.encode("utf-16-le"), encoding="utf-16-le"),
    # “ is the first non-ASCII character: "How Talks Work\n\nThe " is 14 + 2 + 4 = 20 bytes.
    "cp1252-default": Case(SMART.encode("cp1252"), ArticleEncodingError,
                           ("0x93", "offset 20", "cp1252")),
    "cp1252-explicit": Case(SMART.encode("cp1252"), encoding="cp1252"),
    # é is the 4th byte of "Café" (offset 3).
    "latin1-default": Case(LATIN.encode("latin-1"), ArticleEncodingError,
                           ("0xe9", "offset 3", "latin-1")),
    "latin1-explicit": Case(LATIN.encode("latin-1"), encoding="latin-1"),
    "html-page": Case(HTML_PAGE.encode(), HTMLInputError, ("HTML page", "plain text")),
    "html-fragment": Case(HTML_FRAGMENT.encode(), HTMLInputError, ("HTML page",)),
    "tags-in-prose": Case(TAG_PROSE.encode()),
    "markdown": Case(MARKDOWN.encode(), note="Markdown"),
    "unpunctuated": Case(UNPUNCTUATED.encode(), note="no sentence punctuation"),
    "title-only": Case(b"How Diplomacy With North Korea Can Work\n", NoBodyError,
                       ("title with no body",)),
    "title-subtitle-only": Case(b"How Diplomacy Can Work\n\nA Narrow Focus Is Wrong\n",
                                NoBodyError, ("no body",)),
    "german": Case(GERMAN.encode(), note="may not be English"),
    "chinese": Case(CHINESE.encode(), note="not Latin script"),
    "long-line": Case(("Long Lines\n\n" + " ".join(
        f"Sentence number {i} is here." for i in range(5000)) + "\n").encode()),
    "megabyte-token": Case(("A Blob\n\n" + "x" * 1_000_000 + ".\n").encode()),
    "crlf-mixed": Case(b"How Talks Work\r\n\r\nFirst paragraph here. It has two sentences.\n\n"
                       b"Second paragraph,\r\nwrapped on a CRLF line. The end.\r\n"),
}
ERROR_CASES = [k for k, c in CASES.items() if c.error is not None]
OK_CASES = [k for k, c in CASES.items() if c.error is None]


def _make(folder: Path, name: str) -> Path:
    case = CASES[name]
    if callable(case.make):
        return case.make(folder)
    path = folder / f"{name}.txt"
    path.write_bytes(case.make)
    return path


def _snapshot(folder: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every entry under folder: bytes (None for folders) and modification time."""
    out = {}
    for p in sorted(folder.rglob("*")):
        out[str(p.relative_to(folder))] = (p.read_bytes() if p.is_file() else None,
                                           p.stat().st_mtime_ns)
    return out


def _load(path: Path, case: Case):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = load_article(path, encoding=case.encoding)
    return article, [str(w.message) for w in caught if w.category is InputWarning]


# --- API ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ERROR_CASES)
def test_api_error_is_specific_and_says_what_to_do(tmp_path, name) -> None:
    case = CASES[name]
    path = _make(tmp_path, name)
    before = _snapshot(tmp_path)
    with pytest.raises(case.error) as exc:
        load_article(path, encoding=case.encoding)
    msg = str(exc.value)
    for part in case.message:
        assert part in msg, f"{name}: {part!r} not in {msg!r}"
    assert "\n" not in msg  # one line
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("name", OK_CASES)
def test_api_reads_with_notes_where_doubtful(tmp_path, name) -> None:
    case = CASES[name]
    path = _make(tmp_path, name)
    before = _snapshot(tmp_path)
    article, warned = _load(path, case)
    sents = sentences(article)
    toks = words(article, sentence_spans=sents)
    for span in (*article.parts(("title", "subtitle", "caption", "credit", "body")), *sents,
                 *toks):
        assert article.text[span.start:span.end] == span.text
    if case.note:
        assert any(case.note in n for n in article.notes), article.notes
        assert list(article.notes) == warned  # every note is also a warning
    else:
        assert article.notes == ()
        assert warned == []
    assert _snapshot(tmp_path) == before


def test_utf16_bom_is_decoded_exactly(tmp_path) -> None:
    article, _ = _load(_make(tmp_path, "utf16-bom"), CASES["utf16-bom"])
    assert article.text == SMART  # the BOM removed, nothing else changed
    assert article.encoding == "utf-16-le"  # Python writes utf-16 little-endian after its BOM
    assert article.title.text == "How Talks Work"
    # By hand: "The “quick” envoy – it’s fast." and "It met the others."
    assert [s.text for s in sentences(article)] == ["The “quick” envoy – it’s fast.",
                                                    "It met the others."]


def test_utf16_without_bom_reads_when_told(tmp_path) -> None:
    article, _ = _load(_make(tmp_path, "utf16-no-bom-explicit"), CASES["utf16-no-bom-explicit"])
    assert article.text == SMART


@pytest.mark.parametrize("name, text", [("cp1252-explicit", SMART), ("latin1-explicit", LATIN)])
def test_single_byte_encodings_decode_exactly(tmp_path, name, text) -> None:
    article, _ = _load(_make(tmp_path, name), CASES[name])
    assert article.text == text
    assert len(sentences(article)) == 2  # two full stops in the one body paragraph


def test_tags_inside_prose_are_text_not_a_page(tmp_path) -> None:
    article, _ = _load(_make(tmp_path, "tags-in-prose"), CASES["tags-in-prose"])
    assert "<script>alert(1)</script>" in article.paragraphs[0].text
    # By hand: three sentences, ending "box.", "instead." and "ran."
    assert [s.text[-5:] for s in sentences(article)] == [" box.", "tead.", " ran."]


def test_unpunctuated_paragraph_is_one_long_sentence(tmp_path) -> None:
    article, _ = _load(_make(tmp_path, "unpunctuated"), CASES["unpunctuated"])
    sents = sentences(article)
    assert len(sents) == 1
    assert len(lexical_words(words(article, sentence_spans=sents), article.text)) == 10_000


def test_chinese_and_german_notes_name_the_problem(tmp_path) -> None:
    zh, _ = _load(_make(tmp_path, "chinese"), CASES["chinese"])
    de, _ = _load(_make(tmp_path, "german"), CASES["german"])
    assert "English" in zh.notes[0] and "English" in de.notes[0]
    assert len(zh.paragraphs) == 1 and zh.title.text == "外交如何运作"
    # By hand: the German body has three full stops, so three sentences.
    assert len(sentences(de)) == 3


def test_long_line_keeps_every_sentence(tmp_path) -> None:
    article, _ = _load(_make(tmp_path, "long-line"), CASES["long-line"])
    sents = sentences(article)
    assert len(sents) == 5000  # one per "Sentence number i is here."
    assert sents[-1].text == "Sentence number 4999 is here."


def test_crlf_paragraphs_and_spans_hold_no_carriage_return(tmp_path) -> None:
    article, _ = _load(_make(tmp_path, "crlf-mixed"), CASES["crlf-mixed"])
    assert article.title.text == "How Talks Work"
    assert len(article.paragraphs) == 2  # the blank lines are "\r\n\r\n" and "\n\n"
    sents = sentences(article)
    assert len(sents) == 4  # two full stops in each paragraph
    assert not any("\r" in s.text[-1] or "\r" in s.text[0] for s in sents)
    assert not any("\r" in t.text for t in words(article, sentence_spans=sents))


def test_markdown_is_read_with_a_note(tmp_path) -> None:
    article, _ = _load(_make(tmp_path, "markdown"), CASES["markdown"])
    assert "Export the article as plain text" in article.notes[0]
    # By hand: "... says." and "Talks *may* resume." in the first body paragraph.
    first = [s for s in sentences(article) if s.paragraph == 0]
    assert len(first) == 2


def test_permission_denied_by_the_system(tmp_path, monkeypatch) -> None:
    """Reading fails with EACCES: simulated, so it runs as root too."""
    path = tmp_path / "locked.txt"
    path.write_text("A Title\n\nSome text here.\n")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(UnreadableFileError, match="permission denied"):
        load_article(path)


def test_folder_without_search_permission(tmp_path, monkeypatch) -> None:
    """stat() fails with EACCES (a folder above is not searchable): Path.exists() would raise
    PermissionError itself, so the loader must catch it. Simulated, so it runs as root too."""
    path = tmp_path / "locked" / "article.txt"
    real_stat = Path.stat

    def stat(self, *a, **k):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *a, **k)

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(UnreadableFileError, match="permission denied"):
        load_article(path)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads any file whatever its mode; chmod cannot block it")
def test_no_read_permission_for_real(tmp_path, capsys) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("A Title\n\nSome text here.\n")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableFileError, match="permission denied"):
            load_article(path)
        assert main(["article", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "permission denied" in err
    finally:
        path.chmod(0o600)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> tuple[Path, int]:
    """A 50 MB article, generated (never committed): a title and numbered paragraphs."""
    folder = tmp_path_factory.mktemp("big")
    para = " ".join(["Talks resumed in the capital on Monday. Officials said the next round may "
                     "come soon, although critics doubt it."] * 10)
    n = 50 * 1024 * 1024 // (len(para) + 2) + 1
    path = folder / "big.txt"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("A Very Long Article\n\n")
        for _ in range(n):
            fh.write(para + "\n\n")
    assert path.stat().st_size > 50 * 1024 * 1024
    return path, n


@pytest.mark.slow
def test_fifty_megabytes_reads_every_paragraph(big_file) -> None:
    path, n = big_file
    before = path.read_bytes()
    article = load_article(path)
    assert article.title.text == "A Very Long Article"
    assert len(article.paragraphs) == n
    assert article.notes == ()
    # Segment the first 100 paragraphs (all 50 MB takes ~30 s: benchmarks/ material). By hand:
    # each paragraph is 10 x ("... on Monday." + "Officials said ... doubt it."): 20 sentences.
    head = dataclasses.replace(article, paragraphs=article.paragraphs[:100])
    sents = sentences(head)
    assert len(sents) == 2000
    assert all(article.text[s.start:s.end] == s.text for s in sents)
    assert path.read_bytes() == before


# --- CLI, in process (every command) ---------------------------------------------------------

def _cli(argv: list[str], capsys) -> tuple[int, str, str]:
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.mark.parametrize("command", ARTICLE_COMMANDS)
@pytest.mark.parametrize("name", ERROR_CASES)
def test_cli_error_is_one_line_exit_2(tmp_path, capsys, name, command) -> None:
    case = CASES[name]
    path = _make(tmp_path, name)
    before = _snapshot(tmp_path)
    rc, out, err = _cli([command, str(path), "--encoding", case.encoding], capsys)
    assert rc == 2
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    for part in case.message:
        assert part in err
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("command", ARTICLE_COMMANDS)
@pytest.mark.parametrize("name", [k for k in OK_CASES if k != "megabyte-token"])
def test_cli_reads_with_warning_lines(tmp_path, capsys, name, command) -> None:
    case = CASES[name]
    path = _make(tmp_path, name)
    before = _snapshot(tmp_path)
    rc, out, err = _cli([command, str(path), "--encoding", case.encoding], capsys)
    assert rc == 0, err
    json.loads(out)
    lines = err.splitlines()
    assert all(line.startswith("warning: ") for line in lines), err
    notes = [line for line in lines if line.startswith(f"warning: {path}: ")]
    assert (case.note is not None) == bool(notes), err
    if case.note:
        assert case.note in err
    assert _snapshot(tmp_path) == before


@pytest.mark.skipif("profile" not in COMMANDS, reason="no profile command yet")
@pytest.mark.parametrize("name", [k for k in ERROR_CASES if k != "directory"])
def test_cli_profile_error_is_one_line_exit_2(tmp_path, capsys, name) -> None:
    case = CASES[name]
    path = _make(tmp_path, name)
    before = _snapshot(tmp_path)
    rc, out, err = _cli(["profile", str(path), "--encoding", case.encoding, "--no-progress"],
                        capsys)
    assert rc == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert _snapshot(tmp_path) == before


# --- CLI, as a user runs it (a separate process: no traceback, exit 2, one line) -------------

@pytest.mark.parametrize("name", ["empty", "directory", "missing", "png", "cp1252-default",
                                  "html-page", "title-only"])
def test_cli_process_prints_one_line_no_traceback(tmp_path, name) -> None:
    path = _make(tmp_path, name)
    before = _snapshot(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "analysis", "sentences", str(path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: ")
    assert _snapshot(tmp_path) == before


def test_cli_process_warns_in_one_line(tmp_path) -> None:
    path = _make(tmp_path, "chinese")
    proc = subprocess.run([sys.executable, "-m", "analysis", "article", str(path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("warning: ")
    assert json.loads(proc.stdout)["notes"] == [proc.stderr[len("warning: "):].rstrip("\n")]


@pytest.mark.slow
def test_cli_fifty_megabytes(big_file, tmp_path) -> None:
    path, n = big_file
    out = tmp_path / "article.json"
    with open(out, "w") as fh:
        proc = subprocess.run([sys.executable, "-m", "analysis", "article", str(path)],
                              stdout=fh, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(out.read_text())["paragraphs"]) == n


@pytest.mark.skipif("report" not in COMMANDS, reason="no report command yet")
@pytest.mark.parametrize("name", ERROR_CASES)
def test_cli_report_refuses_bad_input_before_any_kernel(tmp_path, capsys, name) -> None:
    path = _make(tmp_path, name)
    before = _snapshot(tmp_path)
    out = tmp_path.parent / f"{tmp_path.name}-out"
    rc, stdout, err = _cli(["report", str(path), "--out", str(out)], capsys)
    assert rc == 2 and stdout == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert not out.exists()  # nothing written
    assert _snapshot(tmp_path) == before
