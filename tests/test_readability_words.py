"""The word tables (analysis/readability_words.py): hard words and nominalisations by hand."""

from __future__ import annotations

from analysis.readability_words import hard_words, nominalisations

# tests/test_readability.py counts this text by hand: negotiations (ne-go-ti-a-tions, 5
# syllables) and unproductive (4) are its only complex and unfamiliar words.
HARDER = "In 2018 Pompeo visited Pyongyang. The negotiations were unproductive."


def test_hard_word_tables() -> None:
    hw = hard_words(HARDER)
    # counted by hand: negotiations (5) and unproductive (4) lead, with their offsets
    assert list(hw["word"][:2]) == ["negotiations", "unproductive"]
    first = hw.iloc[0]
    assert HARDER[first["first_start"]:first["first_end"]] == "negotiations"
    nz = nominalisations(HARDER)
    assert list(nz["text"]) == ["negotiations"]  # -tion(s); nothing else ends in -ment/-ness/-ity
