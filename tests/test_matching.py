"""The lexicon matcher: file validation, pattern syntax, longest match, rules, KWIC.

Small lexicons are written to a temporary folder for each test; expected matches are worked
out by reading the sentence.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from analysis import Article, words
from analysis.errors import ArticleError
from analysis.matching import (
    RULES,
    LexiconError,
    concordance,
    load_lexicon,
    match,
    matches_frame,
    register_rule,
)
from analysis.tokenize import sentences

HEADER = "pattern,kind,category,source,rule,note\n"


def lex(tmp_path: Path, body: str, name: str = "lex", header: str = HEADER):
    p = tmp_path / f"{name}.csv"
    p.write_text(header + body, encoding="utf-8")
    return load_lexicon(p)


def run(lexicons, text: str):
    return match(lexicons, words(text), text)


def texts(found) -> list[str]:
    return [m.text for m in found]


# --- loading and validation ------------------------------------------------------------------


def test_shipped_lexicons_load():
    for name in ("hedges", "boosters"):
        lx = load_lexicon(name)
        assert len(lx) > 10
        assert all(e.source for e in lx.entries)


@pytest.mark.parametrize("header,body,message", [
    ("pattern,kind,category,source,rule\n", "may,hedge,modal,Hyland 2005,\n", "missing column"),
    (HEADER, "may,hedge,modal,,,\n", "empty 'source'"),
    (HEADER, ",hedge,modal,Hyland 2005,,\n", "empty 'pattern'"),
    (HEADER, "may,hedge,modal,Hyland 2005,no_such_rule,x\n", "unknown rule"),
    (HEADER, "may,hedge,modal,Hyland 2005,not_month,\n", "needs a note"),
    (HEADER, "may,hedge,modal,Hyland 2005,,\nmay,hedge,other,Hyland 2005,,\n", "repeats"),
    (HEADER, "May,hedge,modal,Hyland 2005,,\n", "bad pattern position"),
    (HEADER, "can't|cannot,hedge,modal,Hyland 2005,,\n", "several tokens"),
])
def test_invalid_lexicons_are_rejected(tmp_path, header, body, message):
    with pytest.raises(LexiconError, match=message):
        lex(tmp_path, body, header=header)


def test_lexicon_error_is_a_user_error(tmp_path):
    # the CLI turns ArticleError subclasses into one line and exit status 2
    with pytest.raises(ArticleError):
        load_lexicon(tmp_path / "absent.csv")


def test_extra_columns_travel_with_matches(tmp_path):
    lx = lex(tmp_path, "rocky,attitude,evaluation,project,,,negative\n",
             header="pattern,kind,category,source,rule,note,polarity\n")
    (m,) = run(lx, "A rocky start.")
    assert m.get("polarity") == "negative"
    df = matches_frame([m])
    assert df.loc[0, "polarity"] == "negative"


# --- pattern syntax ----------------------------------------------------------------------------


def test_alternatives_wildcard_and_number(tmp_path):
    lx = lex(tmp_path, "appear|appears,hedge,v,Hyland 2005,,\n"
                       "some <NUM>,hedge,approx,Salager-Meyer 1994,,\n"
                       "at * cost,hedge,x,project,,\n")
    text = "It appears that some 40 people, or some forty, came at any cost."
    # by hand: "appears"; "some 40"; "some forty" (number word); "at any cost"
    assert texts(run(lx, text)) == ["appears", "some 40", "some forty", "at any cost"]


def test_case_and_curly_apostrophes_are_ignored(tmp_path):
    lx = lex(tmp_path, "shouldn't,deontic,obligation,Biber et al. 1999,,\n")
    # one pattern word the tokenizer splits in two (should + n't); curly apostrophe in text
    assert texts(run(lx, "We Shouldn\u2019t wait.")) == ["Shouldn\u2019t"]


def test_longest_match_wins_and_no_word_counts_twice(tmp_path):
    lx = lex(tmp_path, "little,hedge,a,project,,\nevidence,hedge,b,project,,\n"
                       "very little evidence,hedge,c,project,,\n")
    found = run(lx, "Outsiders have very little evidence about it.")
    # one match covering three words, not "little" and "evidence" as well
    assert [(m.text, m.category) for m in found] == [("very little evidence", "c")]


def test_left_to_right_then_next_position(tmp_path):
    lx = lex(tmp_path, "hard to know,hedge,a,project,,\nknow whether,hedge,b,project,,\n"
                       "whether,hedge,c,project,,\n")
    # "hard to know" starts first and consumes "know"; "whether" is then matched alone
    found = run(lx, "It is hard to know whether it worked.")
    assert [(m.text, m.category) for m in found] == [("hard to know", "a"), ("whether", "c")]


def test_ties_go_to_the_lexicon_passed_first(tmp_path):
    a = lex(tmp_path, "somewhat,hedge,approximator,Hyland 2005,,\n", name="a")
    b = lex(tmp_path, "somewhat,intensity,downtoner,Biber et al. 1999,,\n", name="b")
    assert [m.kind for m in run([a, b], "It is somewhat odd.")] == ["hedge"]
    assert [m.kind for m in run([b, a], "It is somewhat odd.")] == ["intensity"]


def test_multiword_patterns_do_not_cross_punctuation_or_sentences(tmp_path):
    lx = lex(tmp_path, "or so,hedge,approximator,Salager-Meyer 1994,,\n")
    assert run(lx, "A year or, so to speak, two.") == []
    assert run(lx, "Stay or. So we left.") == []
    assert texts(run(lx, "A year or so later.")) == ["or so"]


def test_offsets_point_into_article_text(tmp_path):
    lx = lex(tmp_path, "could,hedge,modal,Hyland 2005,,\n")
    art = Article.from_text("Talks Could Fail\n\nA Subtitle Here\n\nThe talks could stall.\n")
    sents = sentences(art, parts=("title", "subtitle", "body"))
    found = match(lx, words(art, sentence_spans=sents), art.text, sentence_spans=sents)
    assert len(found) == 2  # "Could" in the title, "could" in the body
    for m in found:
        assert art.text[m.start:m.end] == m.text
    assert [m.part for m in found] == ["title", "body"]


# --- rules ---------------------------------------------------------------------------------


def test_a_rule_can_reject_and_override(tmp_path):
    @register_rule("test_only_before_rain", note="test rule")
    def _only_before_rain(ctx):
        if ctx.after(1) != ["rain"]:
            return None
        return {"category": "weather", "label": "before rain"}

    lx = lex(tmp_path, "may,hedge,modal,Hyland 2005,test_only_before_rain,test\n")
    found = run(lx, "It may rain. You may go.")
    assert [(m.text, m.category, m.label, m.rule) for m in found] == [
        ("may", "weather", "before rain", "test_only_before_rain")]
    RULES.pop("test_only_before_rain")


def test_registering_another_function_under_a_taken_name_fails():
    with pytest.raises(ValueError, match="already registered"):
        register_rule("not_month")(lambda ctx: {})


def test_rules_chain_and_the_next_longest_candidate_is_tried(tmp_path):
    @register_rule("test_never", note="rejects everything")
    def _never(ctx):
        return None

    lx = lex(tmp_path, "no doubt,booster,fixed,Hyland 2005,test_never,x\n"
                       "doubt,hedge,doxastic,Hyland 2005,,\n")

    # the two-word booster is rejected, so the one-word hedge at the next word is found
    found = run(lx, "There is no doubt.")
    assert [(m.text, m.kind) for m in found] == [("doubt", "hedge")]
    RULES.pop("test_never")


def test_negated_booster_extends_span_to_the_negator(tmp_path):
    lx = lex(tmp_path, "clearly,booster,certainty,Hyland 2005,negated_booster,x\n")
    (m,) = run(lx, "This was not clearly a win.")
    assert (m.text, m.kind, m.category) == ("not clearly", "hedge", "negated booster")


def test_quoted_words_get_the_quoted_voice(tmp_path):
    lx = lex(tmp_path, "may,hedge,modal,Hyland 2005,,\n")
    found = run(lx, "He said \u201cthe deal may fail\u201d, and it may.")
    assert [m.voice for m in found] == ["quoted", "author"]
    found = run(lx, 'She said "we may" and we may.')
    assert [m.voice for m in found] == ["quoted", "author"]


# --- tables --------------------------------------------------------------------------------


def test_matches_frame_columns_and_empty():
    df = matches_frame([])
    assert list(df.columns[:8]) == ["start", "end", "text", "kind", "category", "source",
                                    "rule", "sentence"]
    assert df.empty


def test_concordance_lines_up_and_stops_at_blank_lines(tmp_path):
    lx = lex(tmp_path, "could,hedge,modal,Hyland 2005,,\n")
    text = "First part.\n\nThe talks could stall soon.\n\nNext."
    kwic = concordance(run(lx, text), text, width=12)
    row = kwic.iloc[0]
    # by hand: 12 characters left of "could" are "\n\nThe talks " -> cut at the blank line
    assert row["left"].strip() == "The talks"
    assert row["match"] == "could"
    assert row["right"].rstrip() == " stall soon."
    assert len(row["left"]) == 12 and len(row["right"]) == 12


def test_concordance_accepts_a_frame(tmp_path):
    lx = lex(tmp_path, "may,hedge,modal,Hyland 2005,,\n")
    text = "It may rain."
    df = matches_frame(run(lx, text))
    kwic = concordance(df, text, width=5)
    assert kwic.loc[0, "left"] == "  It " and kwic.loc[0, "right"] == " rain"
    assert isinstance(kwic, pd.DataFrame) and not math.isnan(kwic.loc[0, "start"])
