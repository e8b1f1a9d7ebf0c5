"""Issue 11, quotation pairing: unit marks and stray or unclosed quotation marks never flip the
voice of the rest of the text (hedge counts worked out by reading each sentence)."""

from __future__ import annotations

import pytest

from analysis import Article, find_hedges
from analysis.quotes import pair_quotes, quote_spans


def inner(text: str, ends=None, continued=False) -> list[tuple[str, bool]]:
    ends = ends if ends is not None else [len(text)]
    return [(text[a:b], c) for _, _, a, b, c in pair_quotes(text, 0, len(text),
                                                             sentence_ends=ends,
                                                             continued=continued)]


@pytest.mark.parametrize("text", [
    "He is 6'2\" tall and may win.",
    "She bought a 12\" pipe.",
    "The gap was 5\"6 wide.",
    "A 70\" screen is large.",
])
def test_a_straight_quote_after_a_digit_is_a_unit_mark(text) -> None:
    assert inner(text) == []


def test_a_quotation_may_still_end_after_a_figure() -> None:
    assert inner('"We need 42" he said.') == [("We need 42", True)]


def test_feet_and_inches_inside_a_quotation() -> None:
    text = '"He is 6\'2" and fast," she said.'
    assert inner(text) == [("He is 6'2\" and fast,", True)]


def test_straight_quotes_open_before_a_word_and_close_after_one() -> None:
    assert inner('He said "no". Then "yes," she said.') == [("no", True), ("yes,", True)]


def test_a_stray_closing_mark_opens_nothing() -> None:
    assert inner("The word ends here\" and may go on.") == []


def test_an_unclosed_quotation_ends_with_its_sentence() -> None:
    text = 'He said "it may rain. Perhaps it will. It might.'
    ends = [21, 38, len(text)]  # by hand: after "rain.", "will.", "might."
    assert inner(text, ends) == [("it may rain.", False)]


def test_an_unclosed_quotation_continued_in_the_next_paragraph() -> None:
    text = "“We will stay. We may win.\n\n“Then we go home,” she said."
    quotes = quote_spans(text)
    assert [(q.content, q.closed) for q in quotes] == [
        ("We will stay. We may win.", False), ("Then we go home,", True)]


def test_an_inch_mark_does_not_flip_the_author_voice() -> None:
    # By hand: author hedges "may" (sentence 2), "perhaps" (3), "might" (3): 3, none quoted.
    clean = "The Tall Player\n\nHe is tall. The team may win. Perhaps it might.\n"
    inch = "The Tall Player\n\nHe is 6'2\" tall. The team may win. Perhaps it might.\n"
    for text in (clean, inch):
        h = find_hedges(Article.from_text(text))
        assert sorted(h[h.voice == "author"].text.str.lower()) == ["may", "might", "perhaps"]


def test_an_unclosed_quotation_keeps_later_sentences_the_authors() -> None:
    # By hand: "may" is inside the unclosed quotation's sentence (his); "perhaps" and
    # "might" in the next sentences are the author's.
    text = 'Talks\n\nHe said "the talks may fail. Perhaps they might.\n'
    h = find_hedges(Article.from_text(text))
    voices = dict(zip(h.text.str.lower(), h.voice, strict=True))
    assert voices["may"] in ("quoted", "attributed")  # inside the quotation he reports
    assert (voices["perhaps"], voices["might"]) == ("author", "author")


def test_a_stray_mark_at_a_paragraph_end_opens_nothing_in_the_next() -> None:
    # A straight, closing or opening mark after the last sentence, then a paragraph break: no
    # quotation, and the next paragraph's "Perhaps" stays the author's. By hand: author hedges
    # "may" (paragraph 1), "perhaps" and "might" (paragraph 2): 3.
    for mark in ('"', "\u201d", "\u201c"):
        text = (f"Late Buses\n\nRiders met on Monday. The council may add buses. {mark}\n\n"
                "Perhaps the plan might work.\n")
        assert quote_spans(text) == []
        h = find_hedges(Article.from_text(text))
        assert sorted(h[h.voice == "author"].text.str.lower()) == ["may", "might", "perhaps"]


def test_a_stray_mark_before_a_quoted_paragraph_still_lets_it_open() -> None:
    # the next paragraph opens with its own mark (the multi-paragraph convention): that
    # quotation is the next paragraph's, and the stray mark before the break stays stray
    text = 'Riders met on Monday. "\n\n"Perhaps the plan might work," Lee said.'
    assert [(q.content, q.closed) for q in quote_spans(text)] == [
        ("Perhaps the plan might work,", True)]


def test_a_paragraph_taken_for_the_title_reports_nothing_by_add() -> None:
    # "may add two buses" has an object, not a report: no attribution, so a stray mark that
    # makes the parser read the first paragraph as the title moves no hedge out of the
    # author's voice. By hand: may, perhaps, would, might: 4 author hedges.
    text = ("Night Buses\n\nThe council may add two buses. Perhaps the owners will pay. \"\n\n"
            "It is true that riders would come. The plan might work.\n")
    h = find_hedges(Article.from_text(text))
    assert sorted(h[h.voice == "author"].text.str.lower()) == ["may", "might", "perhaps",
                                                               "would"]
