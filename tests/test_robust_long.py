"""Long sentences stay linear: the per-sentence indices rules use, checked against brute force.

`SentenceIndex` answers "punctuation between?" and "nearest word before?" from arrays built once
per sentence; `ContainingIndex` answers "first range containing this one?" by a tree walk. Each
is compared with the direct scan it replaces on hand-made and random inputs (the times are in
benchmarks/long_sentence.py, not here).
"""

from __future__ import annotations

import random

from analysis import words
from analysis.matching import LexiconEntry, RuleContext, SentenceIndex
from analysis.spans import ContainingIndex, Span
from analysis.tokenize import sentences

ENTRY = LexiconEntry("x", (frozenset({"x"}),), "hedge", "c", "test", (), "")


def context(text: str, i: int) -> RuleContext:
    toks = tuple(words(text))
    wsp = tuple(t for t in toks if t.kind != "punct")
    norm = tuple(t.text.lower() for t in wsp)
    return RuleContext(wsp, norm, i, i + 1, toks, sentences(text)[0], text, ENTRY)


def test_punct_between_by_bisection() -> None:
    text = "Officials said, after the talks, that progress would come"
    ctx = context(text, 0)
    w = ctx.words  # Officials said after the talks that progress would come
    assert ctx.punct_between(w[1], w[2])  # said , after
    assert ctx.punct_between(w[0], w[5])  # two commas between
    assert not ctx.punct_between(w[2], w[4])  # after the talks
    assert not ctx.punct_between(w[5], w[8])  # that progress would come
    assert not ctx.punct_between(w[0], w[1])


def test_clause_start_is_the_word_after_the_last_comma() -> None:
    text = "Officials said, after the talks, that progress would come"
    # words: 0 Officials 1 said 2 after 3 the 4 talks 5 that 6 progress 7 would 8 come
    assert context(text, 7).clause_start() == 5
    assert context(text, 3).clause_start() == 2
    assert context(text, 1).clause_start() == 0
    assert context(text, 2).clause_start() == 2  # a comma right before word 2


def test_last_index_finds_the_nearest_earlier_word() -> None:
    text = "If they said it would rain we said it would not"
    # words: 0 If 1 they 2 said 3 it 4 would 5 rain 6 we 7 said 8 it 9 would 10 not
    ctx = context(text, 9)  # the second "would"
    assert ctx.last_index(frozenset({"said"})) == 7
    assert ctx.last_index(frozenset({"if"})) == 0
    assert ctx.last_index(frozenset({"said"}), before=7) == 2
    assert ctx.last_index(frozenset({"nothing"})) == -1
    assert ctx.last_index(frozenset({"if"}), before=0) == -1


def test_last_index_against_a_backward_scan() -> None:
    rng = random.Random(3)
    vocab = ["a", "b", "c", "said", "if"]
    for _ in range(50):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 30)))
        n = len(text.split())
        i = rng.randrange(n)
        ctx = context(text, i)
        for test in (frozenset({"said"}), frozenset({"if", "c"})):
            want = max((m for m in range(i) if ctx.norm[m] in test), default=-1)
            assert ctx.last_index(test) == want


def test_containing_index_first_in_list_order() -> None:
    spans = [(10, 50), (0, 100), (20, 30), (20, 30), (60, 70)]
    idx = ContainingIndex(spans)
    assert idx.first(22, 28) == 0  # inside 0, 1, 2 and 3: the first listed wins
    assert idx.first(5, 8) == 1
    assert idx.first(60, 70) == 1
    assert idx.first(65, 71) == 1  # (60, 70) ends too early; (0, 100) holds it
    assert idx.first(95, 101) is None  # nothing reaches 101
    assert ContainingIndex([]).first(0, 1) is None


def test_containing_index_against_a_scan() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 20)):
            s = rng.randint(0, 100)
            spans.append((s, s + rng.randint(0, 60)))
        idx = ContainingIndex(spans)
        for _ in range(20):
            s = rng.randint(0, 120)
            e = s + rng.randint(0, 20)
            want = next((k for k, (a, b) in enumerate(spans) if a <= s and e <= b), None)
            assert idx.first(s, e) == want


def test_span_offsets_in_a_long_sentence() -> None:
    # a sanity check that the indices see the same sentence the tokenizer made
    text = " ".join(["officials said that it would rain"] * 200) + "."
    toks = words(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert len(sentences(text)) == 1
    assert isinstance(toks[0], Span)


def test_sentence_index_from_punctuation_columns() -> None:
    # "Why? Well, fine?" by hand: punctuation at 3 ("?"), 9 (","), 15 ("?")
    text = "Why? Well, fine?"
    toks = words(text)
    norm = tuple(t.text.lower() for t in toks if t.kind != "punct")
    brk = [False, True, True]
    punct = [(t.start, t.end, t.text) for t in toks if t.kind == "punct"]
    assert punct == [(3, 4, "?"), (9, 10, ","), (15, 16, "?")]
    given = SentenceIndex(toks, norm, brk, punct_tokens=punct)
    read = SentenceIndex(toks, norm, brk)
    for idx in (given, read):
        assert idx.last_question_mark() == 15
        assert idx.punct_between(4, 5) is False and idx.punct_between(9, 11) is True
    assert SentenceIndex(toks[:1], norm[:1], brk[:1]).last_question_mark() == -1
