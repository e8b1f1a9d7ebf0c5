"""Issue 11, reading and readability: byte-order marks, the size limit, path messages, and NaN
with a reason for run-on text and numbers-only text (expected values worked out by hand)."""

from __future__ import annotations

import math
import os
import warnings

import pytest

from analysis import load_article, readability
from analysis.errors import ArticleNotFoundError, printable
from analysis.readability import MAX_MEAN_SENTENCE_WORDS, ReadabilityWarning
from analysis.reading import BOMS, MAX_ARTICLE_BYTES, decode_bytes, read_text

TEXT = "Talks Resume\n\nThe envoy said it may rain. Perhaps it will.\n"


@pytest.mark.parametrize("codec, bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff"),
    ("utf-8", b"\xef\xbb\xbf"),
])
def test_every_byte_order_mark_decodes_exactly(codec, bom) -> None:
    text, used = decode_bytes(bom + TEXT.encode(codec))
    assert text == TEXT  # mark removed, nothing else changed
    assert used == codec


def test_utf32_mark_is_not_taken_for_utf16() -> None:
    # FF FE 00 00 starts like the UTF-16 LE mark; read as UTF-16 it would give NUL characters
    assert BOMS[0][0] == b"\xff\xfe\x00\x00"
    text, _ = decode_bytes(b"\xff\xfe\x00\x00" + "ab".encode("utf-32-le"))
    assert text == "ab"


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path) -> None:
    big = tmp_path / "sparse.txt"
    with open(big, "wb") as fh:  # a sparse file: no disk used, st_size past the limit
        fh.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(Exception) as exc:
        load_article(big)
    assert type(exc.value).__name__ == "ArticleTooLargeError"
    assert "100.0 MiB" in str(exc.value) and "not read" in str(exc.value)


def test_size_limit_can_be_lowered(tmp_path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    with pytest.raises(Exception, match="larger than the 10 bytes"):
        read_text(p, max_bytes=10)
    assert read_text(p)[0] == TEXT


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_symlink_loop_is_named_as_such(tmp_path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(ArticleNotFoundError, match="symbolic link loop"):
        load_article(a)


def test_a_file_name_too_long_is_named_as_such(tmp_path) -> None:
    with pytest.raises(ArticleNotFoundError, match="file name is too long"):
        load_article(tmp_path / ("x" * 300 + ".txt"))


def test_control_characters_in_names_are_escaped(tmp_path) -> None:
    assert printable("a\x1b[2Jb\x07\u202e.txt") == "a\\x1b[2Jb\\x07\\u202e.txt"
    with pytest.raises(ArticleNotFoundError) as exc:
        load_article(tmp_path / "evil\x1b[31m.txt")
    assert "\x1b" not in str(exc.value) and "\\x1b[31m" in str(exc.value)


def _nan_everywhere(r) -> bool:
    return all(math.isnan(v) for v in r.scores().values()) and len(r.nan_reasons) == 9


def test_run_on_text_with_one_full_stop_is_nan_with_a_reason() -> None:
    # 5,000 words and one full stop: Flesch would give 206.8 - 1.015 * 5000 - ... = about -4900
    text = " ".join(["the talks went on and on"] * 833 + ["again"] * 2) + "."
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = readability(text)
    assert r.counts.sentences == 1 and r.counts.words == 5000
    assert _nan_everywhere(r)
    assert "5000 per sentence" in r.nan_reasons["flesch_reading_ease"]
    assert any(issubclass(x.category, ReadabilityWarning) for x in w)


def test_long_but_punctuated_text_keeps_its_scores() -> None:
    # 20 sentences of 20 words: a mean of 20, far below the limit
    text = " ".join(["The envoy and the minister met in the city to talk about the "
                     "future of the region and its people."] * 20)
    r = readability(text)
    assert r.counts.words / r.counts.sentences == 20 < MAX_MEAN_SENTENCE_WORDS
    assert not math.isnan(r.flesch_reading_ease)


def test_numbers_only_text_is_nan_with_a_reason() -> None:
    text = "2018 2019 3.5 40% 12. 42 17 2020 88 9."  # 10 figures, no words of letters
    with pytest.warns(ReadabilityWarning, match="10 of 10 words are figures"):
        r = readability(text)
    assert r.counts.words == 10 and r.counts.numbers == 10
    assert _nan_everywhere(r)
    assert "10 of 10 words are figures" in r.nan_reasons["flesch_kincaid_grade"]


def test_prose_with_some_figures_keeps_its_scores() -> None:
    # 4 figures among 12 words: a third, below the half that makes it a table
    r = readability("In 2018 the 3 envoys met 40 officials in 12 towns.")
    assert r.counts.numbers == 4
    assert not math.isnan(r.flesch_reading_ease)


def test_evaluate_on_deeply_nested_xml_is_a_corpus_error(tmp_path) -> None:
    from analysis.evaluate import read_uncertainty_xml
    from analysis.evaluate.uncertainty import CorpusError

    p = tmp_path / "deep.xml"
    p.write_text("<Document><sentence>" + "<cue>" * 50000 + "x" + "</cue>" * 50000
                 + "</sentence></Document>", encoding="utf-8")
    with pytest.raises(CorpusError, match="nested deeper"):
        read_uncertainty_xml(p)


def test_evaluate_with_an_unknown_declared_encoding_is_a_corpus_error(tmp_path) -> None:
    from analysis.evaluate import read_uncertainty_xml
    from analysis.evaluate.uncertainty import CorpusError

    p = tmp_path / "enc.xml"
    p.write_bytes(b"<?xml version='1.0' encoding='no-such-codec'?><Document/>")
    with pytest.raises(CorpusError, match="encoding"):
        read_uncertainty_xml(p)
