"""`analysis.tokens.TokenTable`: the columns give the same tokens, words and groups as the
`Span` path, and the matcher's tag memo survives being cleared."""

from __future__ import annotations

import pytest

from analysis import rule_context
from analysis.rule_context import _LazyTags
from analysis.spans import Span
from analysis.tokenize import lexical_words, sentences, token_table, words
from analysis.tokens import SpanView, TextSlice, TokenTable, make_span

TEXT = "Korea’s U.S.–North talks don't end, 2017-2018.\n\nThey may stay. We go!"


def test_table_reads_as_the_spans_of_words():
    table = token_table(TEXT)
    spans = words(TEXT)
    assert isinstance(table, TokenTable)
    assert list(table) == spans
    assert len(table) == len(spans)
    assert table[0] == Span(0, 5, "Korea", "body", 0, 0, "word")
    assert table[-1] == spans[-1] and table[-1].text == "!"
    assert table[2:4] == tuple(spans[2:4])
    with pytest.raises(IndexError):
        table[len(spans)]


def test_lexical_table_joins_pieces_written_together():
    table = token_table(TEXT)
    lex = table.lexical(TEXT)
    # by hand: the possessive and the contraction are one word each, the dash separates
    # U.S. and North, the comma and the periods are not words
    assert lex.texts == ["Korea’s", "U.S.", "North", "talks", "don't", "end", "2017-2018",
                         "They", "may", "stay", "We", "go"]
    assert list(lex) == lexical_words(words(TEXT), TEXT)
    assert [s.kind for s in lex][6] == "number"


def test_lexical_table_is_remembered_per_source():
    table = token_table(TEXT)
    lex = table.lexical(TEXT)
    assert table.lexical(TEXT) is lex  # the same source: found once
    assert table.lexical("".join(TEXT)) is lex  # an equal string: the same words
    other = TEXT.replace("Korea", "KOREA")
    lex2 = table.lexical(other)
    assert lex2 is not lex and lex2.texts[0] == "KOREA’s"  # the words of the new source
    table.forget_lexical()
    assert table.lexical(other) is not lex2 and table.lexical(other).texts == lex2.texts


def test_span_view_makes_each_span_once():
    table = token_table(TEXT)
    made: dict = {}
    toks = SpanView(table, range(0, 4), made)  # Korea ’s U.S. –
    ws = SpanView(table, [0, 2], made)  # Korea, U.S.
    assert len(toks) == 4 and len(ws) == 2 and not made
    assert ws[1] == Span(8, 12, "U.S.", "body", 0, 0, "word")
    assert toks[2] is ws[1]  # one Span per token, shared by the views
    assert list(made) == [2]
    assert [t.text for t in toks] == ["Korea", "’s", "U.S.", "–"]
    assert toks[-1].kind == "punct" and toks[1:3] == (table[1], table[2])
    assert toks == tuple(table[0:4]) and bool(SpanView(table, [], {})) is False
    with pytest.raises(IndexError):
        ws[2]


def test_groups_are_the_sentences():
    table = token_table(TEXT)
    sents = sentences(TEXT)
    assert len(sents) == 3
    # tokens: Korea ’s U.S. – North talks do n't end , 2017-2018 .  |  They may stay .  |  We go !
    assert [len(g) for g in table.groups()] == [12, 4, 3]


def test_from_spans_keeps_each_span():
    spans = [Span(3, 5, "ab", "title", None, 0, "word"), Span(6, 7, "?", "title", None, 0, "punct"),
             Span(9, 11, "cd", "body", 0, 1, "odd")]
    table = TokenTable.from_spans(spans)
    assert list(table) == spans
    assert table.sentence_of() == [0, 0, 1]
    assert make_span(1, 2, "x", "body", 0, 0, "word") == Span(1, 2, "x", "body", 0, 0, "word")


def test_text_slice_is_a_view():
    texts = ["a", "b", "c", "d"]
    view = TextSlice(texts, 1, 3)
    assert list(view) == ["b", "c"] and len(view) == 2 and view[-1] == "c"
    assert view[0:1] == ["b"]


def test_tag_memo_cleared_mid_call_keeps_every_sentence(monkeypatch):
    """The memo of sentence tags is cleared when full; the sentences of the call that finds
    it full are all tagged again (once a KeyError on a sentence seen before the clearing)."""
    pytest.importorskip("analysis.tagging")
    monkeypatch.setattr(rule_context, "_PTB_TAGS", {})
    monkeypatch.setattr(rule_context, "_PTB_TAGS_LIMIT", 1)
    first = "They may stay."
    both = "They may stay. We go home."
    t1 = token_table(first)
    assert len(_LazyTags(t1, t1.groups()).of(0)) == 3  # They, may, stay
    t2 = token_table(both)
    lazy = _LazyTags(t2, t2.groups())
    assert len(lazy.of(0)) == 3 and len(lazy.of(1)) == 3  # We, go, home


def test_lexical_table_equals_lexical_words_on_real_text():
    """The array version of the joining rule against the loop over `Span`s, on the seed and
    hand-made edge cases (numbers joined to words, a sentence without numbers)."""
    from analysis import paths

    texts = [paths.SEED_ARTICLE.read_text(encoding="utf-8"), "",
             "5% of 2017's cases; 12-3 votes. Can't 3rd ones go?", "... !"]
    for text in texts:
        table = token_table(text)
        assert list(table.lexical(text)) == lexical_words(words(text), text)
    spans = [Span(0, 2, "ab", "body", 0, None, "word"), Span(2, 4, "12", "body", 0, None, "number"),
             Span(4, 6, "34", "body", 1, 5, "number"), Span(6, 8, "56", "body", 1, 5, "number")]
    text = "ab123456"
    got = list(TokenTable.from_spans(spans).lexical(text))
    assert got == lexical_words(spans, text)
    assert [(s.text, s.kind) for s in got] == [("ab12", "word"), ("3456", "number")]


def test_lexical_of_hand_made_spans_chains_numbers_and_sentences():
    src = "ab3.5x 12,  7(8"
    spans = [Span(0, 1, "a", "body", 0, 0, "word"), Span(1, 2, "b", "body", 0, 0, "word"),
             Span(2, 3, "3", "body", 0, 0, "number"), Span(3, 4, ".", "body", 0, 0, "punct"),
             Span(4, 5, "5", "body", 0, 0, "number"), Span(5, 6, "x", "body", 0, 1, "word"),
             Span(7, 9, "12", "body", 0, 1, "number"), Span(9, 10, ",", "body", 0, 1, "punct"),
             Span(12, 13, "7", "body", 0, 1, "number"), Span(13, 14, "(", "body", 0, 1, "punct"),
             Span(14, 15, "8", "body", 0, 1, "number")]
    lex = TokenTable.from_spans(spans)._lexical_of(src)
    # by hand: a+b+3 written together (a word); "." drops, so 5 stands alone, and x touches 5
    # but is in the next sentence; 12, 7 and 8 are numbers apart (a comma, a space, a bracket)
    assert lex.texts == ["ab3", "5", "x", "12", "7", "8"]
    assert list(lex.starts) == [0, 4, 5, 7, 12, 14] and list(lex.ends) == [3, 5, 6, 9, 13, 15]
    assert [s.kind for s in lex] == ["word", "number", "word", "number", "number", "number"]
    assert list(lex) == lexical_words(spans, src)
    assert len(TokenTable.from_spans(spans[3:4])._lexical_of(src)) == 0
    assert len(TokenTable.from_spans([])._lexical_of(src)) == 0
