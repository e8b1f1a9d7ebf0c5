"""The tokenizer's column output (`analysis.treebank._finish`, `_align`, `_KINDS`)."""

from __future__ import annotations

from analysis import treebank as tb
from analysis.tokens import NUMBER, PUNCT, WORD


def test_finish_adds_dashes_and_keeps_the_abbreviation_period() -> None:
    text = "Seoul--and the U.S."
    # the tokenizer's spans of the blanked text "Seoul  and the U.S ."
    starts, ends = [0, 7, 11, 15, 18], [5, 10, 14, 18, 19]
    got = tb._finish(text, starts, ends)
    assert got == ([0, 5, 7, 11, 15], [5, 7, 10, 14, 19],
                   ["Seoul", "--", "and", "the", "U.S."], [WORD, PUNCT, WORD, WORD, WORD])


def test_finish_uses_the_raw_tokens_only_for_ascii_text() -> None:
    assert tb._finish("It’s 5%", [0, 2, 5], [2, 4, 7], ["It", "'s", "5%"]) == (
        [0, 2, 5], [2, 4, 7], ["It", "’s", "5%"], [WORD, WORD, NUMBER])
    assert tb._finish("It's", [0, 2], [2, 4], ["It", "'s"])[2] == ["It", "'s"]


def test_align_gives_starts_ends_and_restored_quotes() -> None:
    assert tb._align(["``", "Hi", "''"], '"Hi"') == ([0, 1, 3], [1, 3, 4], ['"', "Hi", '"'])
    assert tb._align(["x"], "abc") is None


def test_kinds_memo_empties_when_full(monkeypatch) -> None:
    kinds = tb._Kinds()
    monkeypatch.setattr(tb, "_KINDS_MAX", 2)
    assert [kinds[t] for t in ("a", "1", ",")] == [WORD, NUMBER, PUNCT]
    assert len(kinds) == 1  # emptied before the third text was added
