"""The textstat side by side (analysis/readability_textstat.py): each gap worked out by hand."""

from __future__ import annotations

import pytest

from analysis.readability_textstat import textstat_scores


def test_textstat_side_by_side_explains_sentence_count() -> None:
    text = "Hi. The U.S. envoy met the North Korean leader today."
    cmp = textstat_scores(text)
    counts = cmp.counts.set_index("quantity")
    # ours: "Hi." and the rest = 2 sentences. textstat's regex splits "Hi." "The U." "S."
    # "envoy ... today." and drops the three of two words or fewer: 1 sentence.
    assert counts.loc["sentences", "ours"] == 2
    assert counts.loc["sentences", "textstat"] == 1
    scores = cmp.scores.set_index("name")
    assert len(scores) == 9
    # textstat's Coleman-Liau uses 0.058, not 0.0588: the gap is 0.0008 * letters per 100 words
    ts_letters = counts.loc["letters", "textstat"]
    ts_words = 10  # textstat deletes "." and splits on spaces: Hi The US envoy ... today
    assert counts.loc["words", "textstat"] == ts_words
    assert scores.loc["coleman_liau", "from_definition"] == pytest.approx(
        0.0008 * 100 * ts_letters / ts_words)
    assert "sentences 1 vs 2" in scores.loc["flesch_reading_ease", "explanation"]
