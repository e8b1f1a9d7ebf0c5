"""`load_article` / `Article.from_text`: structure found by general rules, and bad input.

Expected values were read off the texts by eye (the seed file is printed in data/README.md's
terms: title, subtitle, caption + credit, 5 body paragraphs, 3 web lines), never copied from
the loader's output.
"""

from __future__ import annotations

import os
import shutil

import pytest

from analysis import paths
from analysis.article import Article, load_article
from analysis.errors import (
    ArticleEncodingError,
    ArticleError,
    ArticleNotFoundError,
    BinaryFileError,
    EmptyArticleError,
    HTMLInputError,
    NoBodyError,
    NotAFileError,
)


def _all_spans(a: Article):
    spans = [s for s in (a.title, a.subtitle, a.caption, a.credit) if s is not None]
    return spans + list(a.paragraphs) + [b.span for b in a.boilerplate]


# --- the seed essay ---------------------------------------------------------------------------


def test_seed_headline(seed_article: Article) -> None:
    assert seed_article.title.text == "How Diplomacy With North Korea Can Work"
    # The title is the file's first line: 7 words, 33 letters + 6 spaces = 39 characters.
    assert (seed_article.title.start, seed_article.title.end) == (0, 39)
    assert seed_article.subtitle.text == "A Narrow Focus on Denuclearization Is the Wrong Strategy"


def test_seed_caption_and_credit(seed_article: Article) -> None:
    assert seed_article.credit.text == "Andrew Harnik / Pool via REUTERS"
    assert seed_article.caption.text == (
        "U.S. Secretary of State Mike Pompeo and North Korean Director of the United Front "
        "Department Kim Yong Chol meet at the Park Hwa Guest House in Pyongyang, July 2018."
    )
    # Caption and credit share one line, separated by one space.
    assert seed_article.credit.start == seed_article.caption.end + 1


def test_seed_body_paragraphs(seed_article: Article) -> None:
    paras = seed_article.paragraphs
    assert len(paras) == 5  # counted by eye: blocks after the caption line, before "Loading"
    assert paras[0].text.startswith("At the end of last week")
    assert paras[0].text.endswith("as well as multiple other fronts.")
    assert paras[1].text.startswith("The recent crisis created by North Korea’s")
    assert paras[2].text.startswith("Although South Korean diplomacy")
    # Paragraphs 3 and 4 end with a no-break space (U+00A0) in the file; the span trims it.
    assert paras[2].text.endswith("for the next phase.")
    assert paras[3].text.startswith("The strategy should assume")
    assert paras[4].text.startswith("A key objective for the next stage")
    assert paras[4].text.endswith("over the next year or so, 2018")
    assert [p.paragraph for p in paras] == [0, 1, 2, 3, 4]
    assert all(p.part == "body" for p in paras)


def test_seed_boilerplate_removed(seed_article: Article) -> None:
    removed = [(b.span.text, b.category) for b in seed_article.boilerplate]
    assert removed == [
        ("Loading, please wait...", "loading"),
        ("Related Articles", "navigation"),
        ("This site uses cookies to improve your user experience. Click here to learn more.",
         "cookies"),
    ]
    body = " ".join(p.text for p in seed_article.paragraphs)
    assert "Loading" not in body and "cookies" not in body


def test_seed_truncated_with_reason(seed_article: Article) -> None:
    assert seed_article.truncated is True
    reason = seed_article.truncation_reason
    assert "without terminal punctuation" in reason  # "... or so, 2018" has no full stop
    assert "Loading, please wait..." in reason


def test_seed_every_span_indexes_the_text(seed_article: Article, seed_text: str) -> None:
    assert seed_article.text == seed_text
    for s in _all_spans(seed_article):
        assert seed_text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_seed_parts_in_reading_order(seed_article: Article) -> None:
    parts = seed_article.parts(("title", "subtitle", "caption", "credit", "body"))
    assert [p.part for p in parts] == ["title", "subtitle", "caption", "credit"] + ["body"] * 5
    with pytest.raises(ValueError, match="unknown part"):
        seed_article.parts(("footnotes",))


# --- other shapes -----------------------------------------------------------------------------


def test_no_title_when_first_block_is_a_sentence() -> None:
    a = Article.from_text("North Korea tested a missile. Officials said it flew far.\n\n"
                          "Talks resume next week.\n")
    assert a.title is None and a.subtitle is None and a.caption is None
    assert [p.text for p in a.paragraphs] == [
        "North Korea tested a missile. Officials said it flew far.", "Talks resume next week."]
    assert a.truncated is False and a.truncation_reason is None


@pytest.mark.parametrize(
    ("caption_block", "caption", "credit"),
    [
        ("Kim Jong Un waves from a balcony. Photo: Jane Doe / Getty",
         "Kim Jong Un waves from a balcony.", "Photo: Jane Doe / Getty"),
        ("Kim Jong Un waves from a balcony. (AP Photo/Ahn Young-joon)",
         "Kim Jong Un waves from a balcony.", "(AP Photo/Ahn Young-joon)"),
        ("Kim Jong Un waves from a balcony.\nAP Photo/Ahn Young-joon",
         "Kim Jong Un waves from a balcony.", "AP Photo/Ahn Young-joon"),
        ("Pompeo meets Kim Jong Un. REUTERS/Jonathan Ernst",
         "Pompeo meets Kim Jong Un.", "REUTERS/Jonathan Ernst"),
        # The credit must not swallow "Kim Jong Un." from the caption's last sentence.
        ("Pompeo meets Kim Jong Un. Andrew Harnik / Pool via REUTERS",
         "Pompeo meets Kim Jong Un.", "Andrew Harnik / Pool via REUTERS"),
        ("Pompeo meets Kim. J. Scott Applewhite / AP", "Pompeo meets Kim.",
         "J. Scott Applewhite / AP"),
    ],
)
def test_caption_credit_forms(caption_block: str, caption: str, credit: str) -> None:
    text = f"Talks Resume\n\nWhy Patience Pays\n\n{caption_block}\n\nDiplomats met on Friday.\n"
    a = Article.from_text(text)
    assert a.title.text == "Talks Resume"
    assert a.subtitle.text == "Why Patience Pays"
    assert a.caption.text == caption
    assert a.credit.text == credit
    assert [p.text for p in a.paragraphs] == ["Diplomats met on Friday."]
    for s in _all_spans(a):
        assert text[s.start:s.end] == s.text


def test_credit_alone_on_its_line() -> None:
    a = Article.from_text("Talks Resume\n\nPhoto: Jane Doe\n\nDiplomats met on Friday.\n")
    assert a.caption is None
    assert a.credit.text == "Photo: Jane Doe"


def test_credit_on_the_line_after_the_caption() -> None:
    text = "Talks Resume\n\nKim waves from a balcony.\n\nAP Photo/Ahn Young-joon\n\nThey met.\n"
    a = Article.from_text(text)
    assert a.caption.text == "Kim waves from a balcony."
    assert a.credit.text == "AP Photo/Ahn Young-joon"
    assert [p.text for p in a.paragraphs] == ["They met."]


def test_crlf_line_endings_keep_exact_offsets() -> None:
    text = "Title Here\r\n\r\nA Subtitle Without a Stop\r\n\r\nFirst one.\r\n\r\nSecond one.\r\n"
    a = Article.from_text(text)
    assert a.text == text  # nothing normalised
    assert a.title.text == "Title Here"
    assert a.subtitle.text == "A Subtitle Without a Stop"
    assert [p.text for p in a.paragraphs] == ["First one.", "Second one."]
    # "Title Here" (10) + CRLF CRLF (4) + subtitle (25) + 4 = 43: where "First one." starts.
    assert a.paragraphs[0].start == 43
    assert all("\r" not in s.text for s in _all_spans(a))


def test_single_newlines_between_paragraphs() -> None:
    text = ("Title Here\nA Subtitle Without a Stop\n"
            "First paragraph. It has two sentences.\nSecond paragraph here.\n")
    a = Article.from_text(text)
    assert a.title.text == "Title Here"
    assert a.subtitle.text == "A Subtitle Without a Stop"
    assert [p.text for p in a.paragraphs] == [
        "First paragraph. It has two sentences.", "Second paragraph here."]


def test_long_lines_in_one_block_are_paragraphs_but_wrapped_lines_are_not() -> None:
    long1 = ("This paragraph is long enough that nobody would have hard-wrapped it at this "
             "width, so it is one line.")
    long2 = "Another paragraph follows it directly after one newline."
    wrapped = ("A hard-wrapped paragraph that goes on for a while and\n"
               "then continues on the next line.")
    a = Article.from_text(f"Title Here\n\n{long1}\n{long2}\n\n{wrapped}\n")
    assert len(long1) > 100  # longer than the wrap width in the rule
    assert [p.text for p in a.paragraphs] == [long1, long2, wrapped]


def test_paywall_marker_lines_are_removed_and_truncate() -> None:
    text = ("Title Here\n\nFirst paragraph is complete.\n\nSecond paragraph ends with a stop.\n\n"
            "Subscribe to continue reading\n\nAlready a subscriber? Sign in\n\n"
            "Share | Tweet | Email\n")
    a = Article.from_text(text)
    assert [b.span.text for b in a.boilerplate] == [
        "Subscribe to continue reading", "Already a subscriber? Sign in", "Share | Tweet | Email"]
    assert [b.category for b in a.boilerplate] == ["paywall", "paywall", "share"]
    assert len(a.paragraphs) == 2
    # The body's last paragraph ends with a full stop: only the marker makes it truncated.
    assert a.truncated is True
    assert a.truncation_reason == (
        "a paywall marker follows the body: 'Subscribe to continue reading'")


def test_debris_in_the_middle_and_at_the_end_of_the_last_block() -> None:
    text = ("Title Here\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.\n"
            "Loading, please wait...\n")
    a = Article.from_text(text)
    assert [p.text for p in a.paragraphs] == ["First paragraph.", "Second paragraph."]
    assert [b.category for b in a.boilerplate] == ["advertising", "loading"]
    assert a.truncated is True


def test_complete_article_is_not_truncated() -> None:
    a = Article.from_text("Title Here\n\nIt ends “properly.”\n")
    assert a.truncated is False and a.truncation_reason is None


def test_unfinished_last_paragraph_truncates() -> None:
    a = Article.from_text("Title Here\n\nFirst sentence. The second one stops in the")
    assert a.truncated is True
    assert "without terminal punctuation" in a.truncation_reason


# --- bad input --------------------------------------------------------------------------------


def _write(tmp_path, data: bytes, name: str = "article.txt"):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_missing_file(tmp_path) -> None:
    with pytest.raises(ArticleNotFoundError, match="no such file") as exc:
        load_article(tmp_path / "nope.txt")
    assert "Check the path" in str(exc.value)
    assert isinstance(exc.value, FileNotFoundError)  # also catchable the standard way


def test_directory(tmp_path) -> None:
    with pytest.raises(NotAFileError, match="is a directory") as exc:
        load_article(tmp_path)
    assert ".txt file" in str(exc.value)


@pytest.mark.parametrize(("data", "words"), [(b"", "empty"), (b"  \n\t\r\n  \n", "whitespace")])
def test_empty_and_whitespace(tmp_path, data: bytes, words: str) -> None:
    with pytest.raises(EmptyArticleError, match=words) as exc:
        load_article(_write(tmp_path, data))
    assert "Save the article's text" in str(exc.value)


def test_nul_bytes(tmp_path) -> None:
    # "abc" then a NUL: the NUL is byte 3 (0-based).
    with pytest.raises(BinaryFileError, match="NUL byte at offset 3") as exc:
        load_article(_write(tmp_path, b"abc\x00def. More text here."))
    assert "binary" in str(exc.value) and "plain-text" in str(exc.value)


def test_png_image(tmp_path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(20)
    with pytest.raises(BinaryFileError, match="PNG image") as exc:
        load_article(_write(tmp_path, png, "photo.txt"))
    assert "plain-text (.txt)" in str(exc.value)


def test_undecodable_bytes_name_offset_and_encoding(tmp_path) -> None:
    # cp1252 "café au lait." : c=0 a=1 f=2, é (0xE9) is byte 3 and not valid UTF-8 there.
    with pytest.raises(ArticleEncodingError, match="0xe9 at offset 3") as exc:
        load_article(_write(tmp_path, "Title\n\ncafé au lait.".encode("cp1252")[7:]))
    assert "encoding=" in str(exc.value)


def test_undecodable_offset_counts_the_bom(tmp_path) -> None:
    # A UTF-8 BOM is 3 bytes, so the bad byte after "caf" sits at offset 3 + 3 = 6 in the file.
    with pytest.raises(ArticleEncodingError, match="offset 6"):
        load_article(_write(tmp_path, b"\xef\xbb\xbfcaf\xe9 au lait."))


def test_wrong_encoding_given(tmp_path) -> None:
    # UTF-8 "café" read as ASCII: é is 0xC3 0xA9, the first at offset 3; suggest utf-8.
    with pytest.raises(ArticleEncodingError, match="offset 3") as exc:
        load_article(_write(tmp_path, "café au lait.".encode()), encoding="ascii")
    assert "encoding='utf-8'" in str(exc.value)


def test_unknown_encoding(tmp_path) -> None:
    with pytest.raises(ArticleEncodingError, match="unknown encoding 'klingon'"):
        load_article(_write(tmp_path, b"Some text."), encoding="klingon")


def test_right_encoding_given_decodes(tmp_path) -> None:
    a = load_article(_write(tmp_path, "Café Talks\n\nIt was très bien.".encode("cp1252")),
                     encoding="cp1252")
    assert a.title.text == "Café Talks" and a.encoding == "cp1252"


def test_utf8_bom_is_removed_and_offsets_index_the_text(tmp_path) -> None:
    a = load_article(_write(tmp_path, b"\xef\xbb\xbfTitle Here\n\nOne sentence."))
    assert a.text == "Title Here\n\nOne sentence."
    assert (a.title.start, a.title.end) == (0, 10)


@pytest.mark.parametrize("page", [
    b"<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hi.</p></body></html>",
    b"How Diplomacy Works\n\n<div class=\"article\"><p>Talks resumed.</p></div>\n",
])
def test_html_page(tmp_path, page: bytes) -> None:
    with pytest.raises(HTMLInputError, match="HTML page") as exc:
        load_article(_write(tmp_path, page, "page.html"))
    assert "plain text" in str(exc.value)


@pytest.mark.parametrize("text", [
    "How Diplomacy With North Korea Can Work\n",
    "How Diplomacy With North Korea Can Work\n\nA Narrow Focus Is the Wrong Strategy\n",
    "How Diplomacy With North Korea Can Work\n\nLoading, please wait...\n",
])
def test_title_with_no_body(tmp_path, text: str) -> None:
    with pytest.raises(NoBodyError, match="title with no body") as exc:
        load_article(_write(tmp_path, text.encode()))
    assert "Add the article's paragraphs" in str(exc.value)


def test_only_debris(tmp_path) -> None:
    with pytest.raises(EmptyArticleError, match="only web-page debris"):
        load_article(_write(tmp_path, b"Loading, please wait...\n\nRelated Articles\n"))


def test_bom_in_a_string_is_refused() -> None:
    with pytest.raises(ArticleEncodingError, match="byte-order mark"):
        Article.from_text("\ufeffTitle\n\nBody.")


def test_every_error_is_an_article_error_and_a_value_error() -> None:
    for cls in (ArticleNotFoundError, NotAFileError, EmptyArticleError, BinaryFileError,
                ArticleEncodingError, HTMLInputError, NoBodyError):
        assert issubclass(cls, ArticleError) and issubclass(cls, ValueError)


# --- nothing is written next to the input -----------------------------------------------------

BAD_INPUTS = {
    "empty.txt": b"",
    "blank.txt": b"\n \n",
    "nul.txt": b"ab\x00cd",
    "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(16),
    "latin1.txt": b"caf\xe9.",
    "page.txt": b"<html><body>x</body></html>",
    "title.txt": b"Just A Title\n",
}


def _snapshot(folder):
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_loading_writes_nothing_next_to_the_input(tmp_path) -> None:
    seed = tmp_path / paths.SEED_ARTICLE.name
    shutil.copy2(paths.SEED_ARTICLE, seed)
    for name, data in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    os.chmod(tmp_path, 0o755)
    before = _snapshot(tmp_path)

    load_article(seed)
    for name in BAD_INPUTS:
        with pytest.raises(ArticleError):
            load_article(tmp_path / name)
    with pytest.raises(ArticleError):
        load_article(tmp_path / "missing.txt")

    assert _snapshot(tmp_path) == before  # same names, same bytes, same modification times
