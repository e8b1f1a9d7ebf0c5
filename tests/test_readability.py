"""Readability: counts made by hand on small texts, formula values worked out from those counts."""

from __future__ import annotations

import math
import warnings

import pytest

from analysis import Article, ReadabilityWarning, readability, readability_table
from analysis.readability import (
    ReadabilityCounts,
    automated_readability_index,
    coleman_liau,
    dale_chall,
    flesch_kincaid_grade,
    flesch_reading_ease,
    grade_equivalent,
    gunning_fog,
    is_familiar,
    linsear_write,
    lix,
    longest_sentences,
    smog,
)

SIMPLE = "The cat sat on the mat. The dog ran."
# Counted by hand: 2 sentences; 6 + 3 = 9 words, every one a single syllable -> 9 syllables;
# letters 3+3+3+2+3+3 + 3+3+3 = 26 (no digits, so 26 characters); no word of 3+ syllables,
# none longer than 6 letters; every word is on the Dale-Chall list (the, cat, sat, on, mat,
# dog, ran are all in analysis/data/dale_chall_easy_words.csv).
SIMPLE_COUNTS = ReadabilityCounts(sentences=2, words=9, syllables=9, letters=26, characters=26,
                                  polysyllables=0, complex_words=0, long_words=0,
                                  unfamiliar_words=0, numbers=0, unterminated_sentences=0)

HARDER = "In 2018 Pompeo visited Pyongyang. The negotiations were unproductive."
# By hand, sentence 1: In(1) 2018(twen-ty eigh-teen, 4) Pompeo(pom-pay-oh, 3) visited(3)
# Pyongyang(2) = 5 words, 13 syllables; sentence 2: The(1) negotiations(ne-go-ti-a-tions, 5)
# were(1) unproductive(un-pro-duc-tive, 4) = 4 words, 11 syllables. Total 9 words, 24 syllables.
# Polysyllables (3+): 2018 (a figure counts as read aloud, as SMOG's instructions say),
# Pompeo, visited, negotiations, unproductive = 5.
# Complex (Gunning): 2018 is a figure, Pompeo a proper noun, "visited" is 3 syllables only
# because of -ed after t -> 2 (negotiations, unproductive).
# Long (more than 6 letters): visited(7), Pyongyang(9), negotiations(12), unproductive(12) = 4.
# Letters: 2+0+6+7+9 + 3+12+4+12 = 55; characters add the 4 digits of 2018 = 59.
# Unfamiliar (Dale-Chall): 2018 is a figure, Pompeo and Pyongyang are names, "visited" is
# visit + -ed, in/the/were are on the list -> 2 (negotiations, unproductive).
HARDER_COUNTS = ReadabilityCounts(sentences=2, words=9, syllables=24, letters=55, characters=59,
                                  polysyllables=5, complex_words=2, long_words=4,
                                  unfamiliar_words=2, numbers=1, unterminated_sentences=0)


def test_counts_simple_text() -> None:
    assert readability(SIMPLE).counts == SIMPLE_COUNTS


def test_counts_harder_text() -> None:
    assert readability(HARDER).counts == HARDER_COUNTS


def test_formulas_simple_text_by_hand() -> None:
    r = readability(SIMPLE)
    # words/sentence = 9/2 = 4.5; syllables/word = 9/9 = 1
    assert r.flesch_reading_ease == pytest.approx(117.6675)  # 206.835 - 1.015*4.5 - 84.6*1
    assert r.flesch_kincaid_grade == pytest.approx(-2.035)  # 0.39*4.5 + 11.8*1 - 15.59
    assert r.gunning_fog == pytest.approx(1.8)  # 0.4*(4.5 + 100*0/9)
    assert r.smog == pytest.approx(3.1291)  # 1.043*sqrt(0*30/2) + 3.1291
    # L = 26/9*100 = 288.889, S = 2/9*100 = 22.222: 0.0588*288.889 - 0.296*22.222 - 15.8
    assert r.coleman_liau == pytest.approx(16.986667 - 6.577778 - 15.8, abs=1e-5)
    # 4.71*26/9 + 0.5*4.5 - 21.43 = 13.606667 + 2.25 - 21.43
    assert r.automated_readability_index == pytest.approx(-5.573333, abs=1e-5)
    assert r.dale_chall == pytest.approx(0.2232)  # 0.1579*0 + 0.0496*4.5; PDW 0 <= 5: no 3.6365
    assert r.linsear_write == pytest.approx(1.25)  # r = (9*1 + 0*3)/2 = 4.5 <= 20: (4.5-2)/2
    assert r.lix == pytest.approx(4.5)  # 4.5 + 100*0/9


def test_formulas_harder_text_by_hand() -> None:
    r = readability(HARDER)
    # words/sentence = 4.5; syllables/word = 24/9 = 2.666667
    assert r.flesch_reading_ease == pytest.approx(-23.3325)  # 206.835 - 4.5675 - 225.6
    # 0.39*4.5 + 11.8*24/9 - 15.59 = 1.755 + 31.466667 - 15.59
    assert r.flesch_kincaid_grade == pytest.approx(17.631667, abs=1e-5)
    assert r.gunning_fog == pytest.approx(10.688889, abs=1e-5)  # 0.4*(4.5 + 22.222222)
    assert r.smog == pytest.approx(12.161745, abs=1e-5)  # 1.043*sqrt(5*30/2) + 3.1291
    # L = 55/9*100 = 611.111: 0.0588*611.111 = 35.933333; S = 22.222: 0.296*22.222 = 6.577778
    assert r.coleman_liau == pytest.approx(13.555556, abs=1e-5)
    # 4.71*59/9 + 0.5*4.5 - 21.43 = 30.876667 + 2.25 - 21.43
    assert r.automated_readability_index == pytest.approx(11.696667, abs=1e-5)
    # PDW = 100*2/9 = 22.2222 > 5: 0.1579*22.2222 + 0.0496*4.5 + 3.6365 = 3.508889 + 0.2232 + 3.6365
    assert r.dale_chall == pytest.approx(7.368589, abs=1e-5)
    assert r.linsear_write == pytest.approx(3.75)  # r = (4*1 + 5*3)/2 = 9.5: (9.5-2)/2
    assert r.lix == pytest.approx(48.944444, abs=1e-5)  # 4.5 + 100*4/9


def test_pure_formulas_on_round_counts() -> None:
    # 100 words, 5 sentences, 150 syllables, 470 letters and characters, 10 polysyllables,
    # 8 complex, 25 long, 12 unfamiliar: ASL = 20, ASW = 1.5
    c = ReadabilityCounts(sentences=5, words=100, syllables=150, letters=470, characters=470,
                          polysyllables=10, complex_words=8, long_words=25, unfamiliar_words=12)
    assert flesch_reading_ease(c) == pytest.approx(59.635)  # 206.835 - 20.3 - 126.9
    assert flesch_kincaid_grade(c) == pytest.approx(9.91)  # 7.8 + 17.7 - 15.59
    assert gunning_fog(c) == pytest.approx(11.2)  # 0.4*(20 + 8)
    assert smog(c) == pytest.approx(1.043 * math.sqrt(60) + 3.1291)  # 10*30/5 = 60
    assert coleman_liau(c) == pytest.approx(10.356)  # 0.0588*470 - 0.296*5 - 15.8
    assert automated_readability_index(c) == pytest.approx(10.707)  # 22.137 + 10 - 21.43
    assert dale_chall(c) == pytest.approx(6.5233)  # 1.8948 + 0.992 + 3.6365
    assert linsear_write(c) == pytest.approx(12.0)  # r = (90 + 30)/5 = 24 > 20: 24/2
    assert lix(c) == pytest.approx(45.0)  # 20 + 25


def test_dale_chall_adjustment_only_above_five_percent() -> None:
    base = dict(sentences=1, words=100, syllables=100, letters=400, characters=400,
                polysyllables=0, complex_words=0, long_words=0)
    at_five = ReadabilityCounts(**base, unfamiliar_words=5)
    above = ReadabilityCounts(**base, unfamiliar_words=6)
    assert dale_chall(at_five) == pytest.approx(0.1579 * 5 + 0.0496 * 100)  # 5.7855, no adjustment
    assert dale_chall(above) == pytest.approx(0.1579 * 6 + 0.0496 * 100 + 3.6365)


def test_counting_rules_contractions_hyphens_abbreviations() -> None:
    # "Don't" (1 word), "U.S." (1 word, 2 syllables), "gangster-like" (1 word, 3 syllables),
    # "talks" (1): 4 words, 1 sentence (no break at U.S.); syllables 1 + 2 + 3 + 1 = 7
    r = readability("Don't U.S. gangster-like talks.")
    assert (r.counts.sentences, r.counts.words, r.counts.syllables) == (1, 4, 7)
    # gangster-like has 3 syllables but is a hyphenated compound: not complex for Gunning
    assert r.counts.polysyllables == 1 and r.counts.complex_words == 0


def test_dale_chall_inflection_rules() -> None:
    for word in ("books", "making", "stopped", "happier", "happiest", "boxes", "babies",
                 "Book’s", "quickly"):
        assert is_familiar(word), word  # book, make, stop, happy, box, baby, quick are listed
    assert not is_familiar("negotiations")
    assert is_familiar("dog-house") is is_familiar("house")  # a compound: all parts listed


def test_no_words_gives_nan_with_reason() -> None:
    for text in ("", "!!! ... ?"):
        r = readability(text)
        assert r.counts.words == 0
        assert all(math.isnan(v) for v in r.scores().values())
        assert set(r.nan_reasons.values()) == {"no words"}


def test_long_text_without_sentence_punctuation_warns_and_is_nan() -> None:
    text = " ".join(["the cat sat on the mat and the dog ran off"] * 30)  # 330 words, no stop
    with pytest.warns(ReadabilityWarning, match="330 words without sentence punctuation"):
        r = readability(text)
    assert r.counts.words == 330
    assert all(math.isnan(v) for v in r.scores().values())
    assert "without sentence punctuation" in r.nan_reasons["flesch_reading_ease"]


def test_short_unpunctuated_text_is_scored() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r = readability("the cat sat on the mat")
    assert r.lix == pytest.approx(6.0)  # 6 words, 1 sentence, no long word
    assert r.counts.unterminated_sentences == 1


def test_smog_note_below_30_sentences() -> None:
    assert any("SMOG" in n for n in readability(SIMPLE).notes)
    thirty = " ".join(["The dog ran."] * 30)
    assert not any("SMOG" in n for n in readability(thirty).notes)


def test_grade_equivalents() -> None:
    assert grade_equivalent("flesch_reading_ease", 37.7) == 14.5  # 30-50: college (13-16)
    assert grade_equivalent("flesch_reading_ease", 95) == 5.0
    assert grade_equivalent("dale_chall", 8.56) == 11.5  # 8.0-8.9: grades 11-12
    assert grade_equivalent("gunning_fog", 12.3) == 12.3
    assert math.isnan(grade_equivalent("lix", 47.0))


def test_article_body_and_headline() -> None:
    a = Article.from_text("A Short Title\n\nThe cat sat on the mat. The dog ran.\n\nIt sat.\n")
    assert readability(a).counts.sentences == 3  # body only
    assert readability(a, include_headline=True).counts.sentences == 4  # + the title line
    assert readability(a).counts.words == 11  # 6 + 3 + 2
    assert readability(a, include_headline=True).counts.words == 14  # + A Short Title


def test_readability_table_by_paragraph_and_sentence() -> None:
    text = "The cat sat on the mat. The dog ran.\n\nIn 2018 Pompeo visited Pyongyang."
    t = readability_table(text, by="paragraph")
    assert list(t["words"]) == [9, 5]  # counted by hand above
    assert list(t["sentences"]) == [2, 1]
    assert all(text[s:e] == tx for s, e, tx in zip(t["start"], t["end"], t["text"], strict=True))
    s = readability_table(text, by="sentence")
    assert list(s["words"]) == [6, 3, 5]
    assert list(s["paragraph"]) == [0, 0, 1]
    with pytest.raises(ValueError):
        readability_table(text, by="word")


def test_longest_sentences() -> None:
    ls = longest_sentences(HARDER, n=1)
    assert int(ls["words"][0]) == 5  # "In 2018 Pompeo visited Pyongyang."


def test_cli_readability_json(capsys) -> None:
    import json

    from analysis import paths
    from analysis.cli import main

    assert main(["readability", str(paths.SEED_ARTICLE), "--json", "--table", "paragraph"]) == 0
    data = json.loads(capsys.readouterr().out)
    # the seed's body: 15 sentences in 5 paragraphs (counted by reading the file)
    assert data["counts"]["sentences"] == 15
    assert len(data["table"]) == 5
    assert set(data["scores"]) == {"flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
                                   "smog", "coleman_liau", "automated_readability_index",
                                   "dale_chall", "linsear_write", "lix"}
    assert data["grades"]["lix"] is None  # NaN (no grade scale) becomes null


def test_readability_from_tokens_matches() -> None:
    from analysis import lexical_words, sentences, words
    from analysis.readability import readability_from_tokens

    sents = sentences(HARDER)
    lex = lexical_words(words(HARDER, sentence_spans=sents), HARDER)
    assert readability_from_tokens(sents, lex).counts == HARDER_COUNTS


def test_short_units_get_nan_with_a_reason() -> None:
    # Paragraph 1: 9 words; paragraph 2: 120 words in 12 sentences of 10 words each.
    long = " ".join(["The small dog ran across the wide green field today."] * 12)
    text = "The cat sat on the mat. The dog ran.\n\n" + long
    t = readability_table(text, by="paragraph")
    assert list(t["words"]) == [9, 120]
    assert math.isnan(t.loc[0, "flesch_kincaid_grade"])
    assert "9 words, fewer than the 100" in t.loc[0, "nan_reason"]
    assert not math.isnan(t.loc[1, "flesch_kincaid_grade"])
    assert math.isnan(t.loc[1, "smog"]) and "SMOG" in t.loc[1, "nan_reason"]  # 12 < 30 sentences
    # min_words=0 scores every unit, as before.
    assert not math.isnan(readability_table(text, by="paragraph", min_words=0).loc[0, "lix"])


@pytest.mark.parametrize(("score", "label"), [
    (95, "very easy"), (90, "very easy"), (85, "easy"), (75, "fairly easy"), (65, "standard"),
    (55, "fairly difficult"), (50.2, "fairly difficult"), (40, "difficult"), (30, "difficult"),
    (29.9, "very difficult"), (-5, "very difficult"), (float("nan"), "undefined")])
def test_reading_ease_label_follows_flesch_1948(score, label) -> None:
    from analysis.readability import reading_ease_label

    assert reading_ease_label(score) == label


def test_counts_per_form_equal_counts_per_word_record():
    # readability() counts per distinct (form, number, proper) key; readability_table still
    # builds one record per word: both must give the same counts. Sentence-initial and inner
    # capitals (a name seen inside a sentence is proper at the start too), figures, hyphens.
    from analysis.readability import _count, _count_lexical, describe_words
    from analysis.tokenize import lexical_words, sentences, words

    text = ("Pyongyang rejected the offer. The envoy met Pyongyang's delegates in 2019. "
            "Negotiations resumed; negotiations stalled again by 40%. Well-known problems "
            "remained unresolved, unbelievably.")
    sents = sentences(text)
    lex = lexical_words(words(text, sentence_spans=sents), text)
    fast = _count_lexical(sents, lex)
    assert fast == _count(sents, describe_words(lex, sents))
    assert fast.words == 4 + 7 + 7 + 5 and fast.sentences == 4 and fast.numbers == 2
