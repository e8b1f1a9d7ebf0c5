"""`analysis.readability_counts._table_key_counts`: the word-key counts of a token table."""

from __future__ import annotations

from collections import Counter

from analysis.readability_counts import _count_lexical, _table_key_counts, _word_keys
from analysis.tokenize import sentences, token_table

TEXT = "Kim met Moon in 2018. Moon said yes. Talks began in 2019 and Kim came."


def test_key_counts_by_hand() -> None:
    lex = token_table(TEXT).lexical(TEXT)
    counts, with_words = _table_key_counts(lex)
    # by hand: "Moon" opens sentence 1 but is capitalised inside sentence 0, so it is proper
    # there too; "Talks" opens sentence 2 and is never capitalised inside: not proper; "Kim"
    # is proper inside sentence 2, so also at the start of sentence 0
    assert counts == {("Kim", False, True): 2, ("met", False, False): 1,
                      ("Moon", False, True): 2, ("in", False, False): 2,
                      ("2018", True, False): 1, ("said", False, False): 1,
                      ("yes", False, False): 1, ("Talks", False, False): 1,
                      ("began", False, False): 1, ("2019", True, False): 1,
                      ("and", False, False): 1, ("came", False, False): 1}
    assert with_words == {0, 1, 2}
    keys, with_words2 = _word_keys(lex)
    assert Counter(keys) == counts and with_words2 == with_words


def test_count_lexical_same_for_table_and_spans() -> None:
    lex = token_table(TEXT).lexical(TEXT)
    sents = sentences(TEXT)
    assert _count_lexical(sents, lex) == _count_lexical(sents, list(lex))
    empty = token_table("").lexical("")
    assert _table_key_counts(empty) == ({}, set())
