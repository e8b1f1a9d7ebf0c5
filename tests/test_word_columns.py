"""The matcher's per-table word columns and its faster builders give what the plain code gave."""

from __future__ import annotations

import pickle

from analysis.matching import Match, _make_match, match, norm_form
from analysis.rule_context import SentenceIndex
from analysis.tokenize import token_table, words
from analysis.word_columns import WordColumns, word_columns


def test_word_columns_by_hand() -> None:
    # tokens: It(0) 's(1) ,(2) “(3) Maybe(4) ”(5) 2(6) .(7) | We(8) go(9) .(10)
    text = "It's, “Maybe” 2. We go."
    table = token_table(text)
    assert list(table.texts) == ["It", "'s", ",", "“", "Maybe", "”", "2", ".",
                                 "We", "go", "."]
    cols = WordColumns(table)
    assert cols.mask == bytes([1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0])
    assert list(cols.tok) == [0, 1, 4, 6, 8, 9]
    assert cols.norm == ["it", "'s", "maybe", "2", "we", "go"]
    # punctuation between 's and Maybe, Maybe and 2, 2 and We (the sentence end)
    assert cols.gap == bytes([0, 1, 1, 1, 0])
    assert [(g.start, g.stop) for g in cols.groups] == [(0, 8), (8, 11)]
    assert cols.bounds == [0, 4]
    assert cols.tags is None


def test_word_columns_remembered_for_the_last_table() -> None:
    t1, t2 = token_table("One two."), token_table("Three.")
    c1 = word_columns(t1)
    assert word_columns(t1) is c1
    assert word_columns(t2) is not c1 and word_columns(t2).norm == ["three"]


def test_norm_form_remembered() -> None:
    assert norm_form("Don\u2019t") == "don't"
    assert norm_form("Don\u2019t") is norm_form("Don\u2019t")
    assert norm_form("a\u200bb") == "ab"


def test_make_match_equals_the_dataclass() -> None:
    values = (3, 9, "likely", "hedge", "adverb", "Hyland", "", 2, "likely", "hedges",
              "author", "", "body", 1, 4, 5, (("polarity", "neg"),))
    a, b = Match(*values), _make_match(*values)
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b)
    assert pickle.loads(pickle.dumps(b)) == a and b.get("polarity") == "neg"


def test_sentence_index_lazy_punctuation() -> None:
    text = "Why? Well, fine?"
    toks = words(text)
    norm = ("why", "well", "fine")
    calls = []

    def punct() -> list[tuple[int, int, str]]:
        calls.append(1)
        return [(3, 4, "?"), (9, 10, ",")]

    idx = SentenceIndex(toks, norm, b"\x00\x01\x01", punct_tokens=punct)
    assert calls == []  # nothing listed until asked
    assert idx.clause_start(2) == 2 and idx.clause_start(0) == 0
    assert idx.punct_between(4, 5) is False and idx.punct_between(9, 11) is True
    assert idx.last_question_mark() == 3
    assert calls == [1]  # listed once


def test_quote_pairings_kept_for_the_same_source() -> None:
    from analysis import quotes

    text = '"It may rain," she said. It may.'
    first = match_voices(text)
    assert quotes._PAIRED[0] == text and quotes._PAIRED[1]  # kept for the next call
    got = quotes.paired(text, 0, len(text), (24, 32), False)
    assert got == [(0, 14, 1, 13, True)]  # the marks at 0 and 13, inner 1-13
    assert quotes.paired(text, 0, len(text), (24, 32), False) is got
    assert match_voices(text) == first == ["quoted", "author"]
    quotes.paired("other text", 0, 10, (), False)
    assert quotes._PAIRED[0] == "other text"


def match_voices(text: str) -> list[str]:
    from analysis.hedging import hedge_lexicons

    return [m.voice for m in match(hedge_lexicons(), token_table(text), text)
            if m.text == "may"]


def test_make_context_equals_the_dataclass() -> None:
    from analysis.hedging import hedge_lexicons
    from analysis.rule_context import RuleContext, _make_context

    toks = words("It may rain.")
    norm = ("it", "may", "rain")
    idx = SentenceIndex(toks, norm, [False, False, False])
    entry = hedge_lexicons()[0].entries[0]
    args = (toks[:3], norm, 1, 2, toks, toks[0], "It may rain.", entry, idx, None, 0)
    a, b = RuleContext(*args), _make_context(*args)
    assert a == b and repr(a) == repr(b) and b.index is idx and b.group == 0
    assert b.before() == ["it"] and b.after() == ["rain"] and b.text == "may"
