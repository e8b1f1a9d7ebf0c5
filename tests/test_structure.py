"""Structure tables of the seed essay; every count below was made by hand on the text."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.article import Article
from analysis.structure import article_counts, boilerplate_table, parts_table, sentence_table


@pytest.fixture(scope="module")
def sents(seed_article: Article) -> pd.DataFrame:
    return sentence_table(seed_article)


def test_parts_in_reading_order(seed_article: Article, seed_text: str) -> None:
    df = parts_table(seed_article)
    assert list(df["part"]) == (["title", "subtitle", "caption", "credit"] + ["body"] * 5
                                + ["removed"] * 3)
    assert list(df["paragraph"].dropna()) == [1, 2, 3, 4, 5]
    for row in df.itertuples():
        assert seed_text[row.start:row.end] == row.text
    by_part = dict(zip(df["part"].head(4), df["words"].head(4), strict=True))
    # How(1) Diplomacy With North Korea Can Work(7); A Narrow Focus on Denuclearization Is the
    # Wrong Strategy (9); Andrew Harnik / Pool via REUTERS (5: the slash is not a word).
    assert (by_part["title"], by_part["subtitle"], by_part["credit"]) == (7, 9, 5)


def test_boilerplate_table_says_why(seed_article: Article) -> None:
    df = boilerplate_table(seed_article)
    assert list(df["category"]) == ["loading", "navigation", "cookies"]
    assert list(df["truncates"]) == [True, False, False]
    assert all(df["why"].str.len() > 10)


def test_fifteen_sentences_by_paragraph(sents: pd.DataFrame) -> None:
    # Counted by hand: paragraph 1 has 7 sentences, then 3, 2, 2 and 1.
    assert list(sents["sentence"]) == list(range(1, 16))
    assert sents.groupby("paragraph").size().tolist() == [7, 3, 2, 2, 1]


@pytest.mark.parametrize(("number", "n_words"), [
    # At the end of last week (6) the next phase of (10) U.S. (11) North Korean diplomacy (14)
    # got off to a rocky start in Pyongyang (22); the en dash between U.S. and North splits.
    (1, 22),
    # Following ... Washington’s (19) unilateral and gangster-like demand for
    # denuclearization (25): the possessive and the hyphenated compound are one word each.
    (2, 25),
    # Pompeo maintains that the meetings were productive: 7.
    (3, 7),
    # The strategy should assume that (5) the North Korean government is (10) itself uncertain
    # about what comes (15) next (16).
    (13, 16),
    # A key objective for the next stage should be to (10) sustain diplomatic momentum over
    # the (15) next year or so (19) 2018 (20).
    (15, 20),
])
def test_words_per_sentence(sents: pd.DataFrame, number: int, n_words: int) -> None:
    assert sents.loc[sents["sentence"] == number, "words"].item() == n_words


def test_tokens_include_punctuation(sents: pd.DataFrame) -> None:
    # "Pompeo maintains that the meetings were “productive.”": 7 words + “ . ” = 10 tokens.
    assert sents.loc[sents["sentence"] == 3, "tokens"].item() == 10


def test_counts_agree_with_the_table(seed_article: Article, sents: pd.DataFrame) -> None:
    c = article_counts(seed_article)
    assert (c.paragraphs, c.sentences) == (5, 15)
    assert c.words == sents["words"].sum()
    assert c.tokens == sents["tokens"].sum()
    assert c.tokens - c.punctuation >= c.words  # split clitics make extra word tokens


def test_plain_text_article() -> None:
    a = Article.from_text("Short Title\n\nOne two three. Four five.\n\nSix.\n")
    df = sentence_table(a)
    assert list(df["words"]) == [3, 2, 1]
    assert list(df["paragraph"]) == [1, 1, 2]
    assert article_counts(a).words == 6
