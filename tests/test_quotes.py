"""Quotation spans, counted by hand."""

from __future__ import annotations

import pytest

from analysis.quotes import quote_spans, words_in


@pytest.mark.parametrize("text, contents", [
    # two curly quotations in one paragraph
    ("He said “yes” and then “no, never.”", ["yes", "no, never."]),
    # straight quotes pair by parity
    ('A "scare" word and a "second one".', ["scare", "second one"]),
    # an apostrophe is not a quotation mark
    ("Korea’s talks and the ‘rogue’ label.", []),
    # guillemets
    ("Il a dit «non».", ["non"]),
    # two apostrophes typed for a double quote (newspaper archives), opening and closing
    ("''We will win,'' she said, ''and soon.''", ["We will win,", "and soon."]),
    # with Treebank `` in the paragraph, '' only closes
    ("He said ``yes'' and ``no''.", ["yes", "no"]),
    # doubled apostrophes set apart by a space after an inner single quote still close
    ("''A blow to 'the old guard,' '' she said.", ["A blow to 'the old guard,' "]),
    # an opening glyph typed for the closing one: after a mark, before a space, it closes
    ("“The bridge is open,“ the engineer said.", ["The bridge is open,"]),
])
def test_quote_contents(text: str, contents: list[str]) -> None:
    assert [q.content for q in quote_spans(text)] == contents


def test_offsets_and_marks() -> None:
    text = "Pompeo maintains that the meetings were “productive.”"
    (q,) = quote_spans(text)
    assert text[q.start:q.end] == "“productive.”"
    assert text[q.inner_start:q.inner_end] == "productive."
    assert q.closed and q.n_words == 1


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "He said “we will go on\n\nNext paragraph."
    (q,) = quote_spans(text)
    assert not q.closed
    assert q.content == "we will go on"


def test_words_in() -> None:
    # unilateral / and / gangster-like / demand / for / denuclearization = 6 words
    assert words_in("unilateral and gangster-like demand for denuclearization.") == 6
