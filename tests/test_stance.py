"""Stance markers, attributions and voices, on sentences annotated by hand.

Every expected value below was worked out by reading the sentence, not by running the code;
the comment next to each case says what a reader sees.
"""

from __future__ import annotations

import math
import subprocess
import sys

import pandas as pd
import pytest

from analysis import paths
from analysis.article import Article
from analysis.matching import LexiconError, load_lexicon
from analysis.stance import (
    KINDS,
    STANCE_COLUMNS,
    VADER_MIN,
    Marker,
    actor_stance,
    analyse,
    attributions,
    find_stance,
    quotations,
    stance_lexicons,
    stance_summary,
    vader_lexicon,
)


def marks(text: str, kind: str | None = None) -> list[tuple[str, str]]:
    """(text, category) of every marker of ``kind`` in a plain-text sentence."""
    df = find_stance(text)
    if kind:
        df = df[df["kind"] == kind]
    return list(zip(df["text"], df["category"], strict=True))


# --------------------------------------------------------------------------------------------
# Lexicon files


@pytest.mark.parametrize("name", ["deontic", "attitude", "reporting_verbs", "engagement",
                                  "intensity", "self_mention"])
def test_lexicon_files_load_with_sources(name: str) -> None:
    lex = load_lexicon(name)
    frame = lex.frame()
    assert len(frame) > 0
    assert (frame["source"].str.len() > 0).all()
    # every context rule is explained in the note column
    assert (frame.loc[frame["rule"] != "", "note"].str.len() > 0).all()


def test_project_rows_say_why() -> None:
    mine = {"deontic", "attitude", "reporting_verbs", "engagement", "intensity", "self_mention"}
    for lex in stance_lexicons():
        if lex.name not in mine:
            continue
        frame = lex.frame()
        project = frame[frame["source"] == "project"]
        assert project["note"].str.startswith("project:").all(), lex.name


def test_vader_lexicon_ships_offline_and_is_filtered() -> None:
    lex = vader_lexicon()
    polarity = {e.pattern: dict(e.extra)["polarity"] for e in lex.entries}
    # VADER (Hutto and Gilbert 2014) rates dangerous -2.1 and failure -2.3 (vader_lexicon.txt)
    assert polarity["dangerous"] == "negative"
    assert polarity["failure"] == "negative"
    # "matters" is rated +0.1, below the threshold, so it is left out
    assert VADER_MIN == 0.5 and "matters" not in polarity
    # emoticons such as ":)" are not words
    assert ":)" not in polarity


# --------------------------------------------------------------------------------------------
# Deontic and directive


@pytest.mark.parametrize("text, expected", [
    # one modal of advice
    ("The strategy should assume that talks will fail.", [("should", "obligation")]),
    # the negator joins the modal and the category is kept apart
    ("The strategy should not assume a quick deal.", [("should not", "obligation (negated)")]),
    ("Washington shouldn't wait.", [("shouldn't", "obligation (negated)")]),
    # semi-modals of necessity
    ("Seoul needs to act and Tokyo has to follow.",
     [("needs to", "necessity"), ("has to", "necessity")]),
    ("The allies do not need to agree.", [("do not need to", "necessity (negated)")]),
    # "do not have time" is no semi-modal: nothing deontic (the "not" stays a denial)
    ("They do not have time.", []),
    # extraposed necessity adjective
    ("It is essential to keep talking.", [("It is essential to", "necessity_adjective")]),
    # the wh-cleft of the seed
    ("What matters now is to construct a strategy.", [("What matters now is", "priority")]),
    # goal noun + should be: a priority, the span includes "be"
    ("A key objective for the next stage should be to sustain momentum.",
     [("should be", "priority")]),
    # "must" as obligation
    ("Negotiators must be patient.", [("must", "necessity")]),
])
def test_deontic(text: str, expected: list[tuple[str, str]]) -> None:
    assert marks(text, "deontic") == expected


def test_negated_obligation_is_flagged() -> None:
    df = find_stance("The strategy should not assume a quick deal.")
    row = df[df["kind"] == "deontic"].iloc[0]
    assert bool(row["negated"]) is True
    # the "not" is part of the deontic marker, not counted again as a denial
    assert "denial" not in set(df["category"])


# --------------------------------------------------------------------------------------------
# Attitude


@pytest.mark.parametrize("text, expected", [
    # "rocky" (project row), "dangerous" (VADER -2.1)
    ("The talks got off to a rocky start and were dangerous.",
     [("rocky", "negative"), ("dangerous", "negative")]),
    # predicative "right" is evaluative ...
    ("Pompeo was right about the talks.", [("right", "positive")]),
    # ... but not "right now" or "the right to"
    ("The talks start right now.", []),
    ("They have the right to leave.", []),
    # a fixed phrase wins over VADER's "failure"
    ("It is a recipe for failure.", [("recipe for failure", "negative")]),
    # "as well as" is a coordinator, not praise (VADER's "well" is blocked by the longer row)
    ("Tokyo as well as Seoul.", []),
    # VADER rates "created" +1.0; an exclusion row drops it ("crisis" stays, -3.1)
    ("The crisis created by the tests.", [("crisis", "negative")]),
    # "narrow" only of an approach
    ("They chose too narrow a focus.", [("narrow", "negative")]),
    ("The bill passed by a narrow margin.", []),
    # "wrong" in a title-case subtitle line
    ("A Narrow Focus on Denuclearization Is the Wrong Strategy",
     [("Narrow", "negative"), ("Wrong", "negative")]),
])
def test_attitude_polarity(text: str, expected: list[tuple[str, str]]) -> None:
    df = find_stance(text)
    df = df[df["kind"] == "attitude"]
    assert list(zip(df["text"], df["polarity"], strict=True)) == expected


def test_word_inside_quotation_belongs_to_the_quoted_voice() -> None:
    text = "The ministry criticized the “gangster-like demand.” The demand was dangerous."
    df = find_stance(text)
    att = df[df["kind"] == "attitude"].set_index("text")
    # gangster-like: inside the quote reported by "the ministry"; dangerous: the author's
    assert att.loc["gangster-like", "voice"] == "The ministry"
    assert att.loc["dangerous", "voice"] == "author"


def test_unattributed_quotation_voice() -> None:
    # no reporting verb: the quoted word is held at a distance, not the author's evaluation
    df = find_stance("The so-called “productive” talks went nowhere.")
    row = df[df["text"] == "productive"].iloc[0]
    assert row["voice"] == "unattributed quotation"


# --------------------------------------------------------------------------------------------
# Attribution


@pytest.mark.parametrize("text, source, verb, attitude, content, quoted", [
    # neutral say; subject a name
    ("Pompeo said that the talks went well.", "Pompeo", "said", "neutral",
     "the talks went well", False),
    # distancing: claim
    ("The regime claims that its tests are over.", "The regime", "claims", "distancing",
     "its tests are over", False),
    # endorsing: acknowledge, with an adverb between subject and verb
    ("Officials privately acknowledged that the plan failed.", "Officials", "acknowledged",
     "endorsing", "the plan failed", False),
    # critical: condemn; content is the object, quoted
    ("Seoul condemned the “reckless launch.”", "Seoul", "condemned", "critical",
     "the “reckless launch.”", True),
    # subject after the verb, after a quotation
    ("“We are ready,” said Pompeo.", "Pompeo", "said", "neutral", "“We are ready,”", True),
    # a short adverbial before "that" is not part of the content
    ("The president said on Tuesday that the deal was dead.", "The president", "said",
     "neutral", "the deal was dead", False),
    # a quotation before the subject is what was said
    ("“This is a historic day,” Moon Jae-in told reporters.", "Moon Jae-in", "told", "neutral",
     "“This is a historic day,”", True),
    # a report as the source, with a factive verb
    ("A report by the United Nations found that exports rose.",
     "A report by the United Nations", "found", "endorsing", "exports rose", False),
    # according to X: the source follows, the content is the rest of the sentence
    ("According to the Foreign Ministry, the talks are over.", "the Foreign Ministry",
     "According to", "neutral", "the talks are over", False),
])
def test_attribution(text: str, source: str, verb: str, attitude: str, content: str,
                     quoted: bool) -> None:
    df = attributions(text)
    assert len(df) == 1
    r = df.iloc[0]
    assert (r["source"], r["verb"], r["attitude"], r["content"], bool(r["quoted"])) == (
        source, verb, attitude, content, quoted)
    assert text[r["content_start"]:r["content_end"]] == content


@pytest.mark.parametrize("text", [
    # a non-human subject: "showed" is a booster here, not an attribution
    "The talks again showed why the focus is too narrow.",
    # "State" is part of a title, not the verb
    "Secretary of State Mike Pompeo arrived.",
    # the noun after a determiner
    "The claims were false.",
    # the writer's own "we" is self-mention, not another voice
    "We note that the plan is costly.",
    # a passive with a non-human subject
    "The company was found in 1990.",
    # "state" as a noun at the end of a long phrase
    "They decided to concentrate instead on reform of the North Korean state and economy.",
])
def test_not_an_attribution(text: str) -> None:
    assert attributions(text).empty


def test_negator_absorbed_by_a_negated_booster_is_not_a_denial_too() -> None:
    # "not show": the hedging rule makes a negated booster (a hedge); "not" is not counted again
    df = find_stance("The talks did not show progress.")
    assert list(zip(df["text"], df["kind"], strict=True))[:1] == [("not show", "epistemic")]
    assert "denial" not in set(df["category"])


def test_showed_with_nonhuman_subject_falls_back_to_booster() -> None:
    df = find_stance("The talks again showed why the focus is too narrow.")
    row = df[df["text"] == "showed"].iloc[0]
    assert (row["kind"], row["category"]) == ("epistemic", "booster")


# --------------------------------------------------------------------------------------------
# Engagement, intensity, self-mention, reader engagement


@pytest.mark.parametrize("text, expected", [
    ("Although talks mattered, it failed.", [("Although", "concession")]),
    ("Despite the flood of commentary, little is known.", [("Despite", "concession")]),
    ("In contrast, a broader process works.", [("In contrast", "counter")]),
    ("But the crisis is over.", [("But", "counter")]),
    # "not only ... but also" adds, it does not counter
    ("Not only Seoul but also Tokyo agreed.", [("Not", "denial")]),
    # counter-expectation "even"
    ("The process could stall or even fail.", [("even", "counter")]),
    # temporal "yet" is not a counter move; the negator is a denial
    ("The deal is not yet done.", [("not", "denial")]),
    ("The deal was done, yet nobody trusted it.", [("yet", "counter"), ("nobody", "denial")]),
    # denial: never, no
    ("Pyongyang never agreed and gave no date.", [("never", "denial"), ("no", "denial")]),
    # concessive "Granted," only at the start of a sentence; the verb is not counted
    ("Granted, the talks failed.", [("Granted", "concession")]),
    ("Seoul granted the request.", []),
    ("They do not have time.", [("not", "denial")]),
])
def test_engagement(text: str, expected: list[tuple[str, str]]) -> None:
    assert marks(text, "engagement") == expected


@pytest.mark.parametrize("text, expected", [
    ("The crisis was quite dangerous.", [("quite", "amplifier")]),
    ("Too narrow a focus fails.", [("Too", "amplifier")]),
    # additive "too" at a clause end is not a degree word
    ("Seoul agreed, too.", []),
    ("With the crisis temporarily defused, talks resumed.", [("temporarily", "downtoner")]),
    ("The plan was slightly risky and very costly.",
     [("slightly", "downtoner"), ("very", "amplifier")]),
    # "so that" and "rather than" are not degree words
    ("They met so that talks could resume, rather than wait.", []),
    ("It was so dangerous.", [("so", "amplifier")]),
    ("The gains were rather limited.", [("rather", "downtoner")]),
])
def test_intensity(text: str, expected: list[tuple[str, str]]) -> None:
    assert marks(text, "intensity") == expected


@pytest.mark.parametrize("text, expected", [
    # I and our: self-mention; you: reader pronoun
    ("I think our policy fails you.",
     [("I", "self_mention"), ("our", "self_mention"), ("you", "reader_pronoun")]),
    # an imperative at the start of a sentence
    ("Consider the costs of waiting.", [("Consider", "imperative")]),
    # the same verb inside a sentence is not an imperative
    ("They consider the costs.", []),
    # the U.S. is not "us"
    ("The U.S. agreed.", []),
])
def test_self_mention_and_reader(text: str, expected: list[tuple[str, str]]) -> None:
    df = find_stance(text)
    df = df[df["kind"].isin(["self_mention", "reader_engagement"])]
    assert list(zip(df["text"], df["category"], strict=True)) == expected


def test_question_is_reader_engagement() -> None:
    text = "The talks failed. Who is to blame?"
    df = find_stance(text)
    q = df[df["category"] == "question"]
    assert list(q["text"]) == ["Who is to blame?"]


# --------------------------------------------------------------------------------------------
# The seed essay, annotated by hand


def _seed_rows(seed_article: Article, kind: str) -> pd.DataFrame:
    df = find_stance(seed_article)
    return df[df["kind"] == kind]


def test_seed_offsets_hold(seed_article: Article) -> None:
    df = find_stance(seed_article)
    assert list(df.columns[:10]) == list(STANCE_COLUMNS[:10])
    for r in df.itertuples(index=False):
        assert seed_article.text[r.start:r.end] == r.text


def test_seed_prescriptions(seed_article: Article) -> None:
    # Read by hand: paragraph 3 (0-based 2) "what matters now is to construct";
    # paragraph 4 "should assume" and "should not assume"; paragraph 5 "should be to sustain".
    d = _seed_rows(seed_article, "deontic")
    assert list(d["text"]) == ["what matters now is", "should", "should not", "should be"]
    assert list(d["paragraph"]) == [2, 3, 3, 4]
    assert list(d["negated"]) == [False, False, True, False]
    assert set(d["voice"]) == {"author"}


def test_seed_attitude_words_and_voices(seed_article: Article) -> None:
    a = _seed_rows(seed_article, "attitude").set_index("text")
    # the author's: "rocky start", "Pompeo was right", "a recipe for failure", "quite dangerous"
    for word, pol in [("rocky", "negative"), ("right", "positive"),
                      ("recipe for failure", "negative"), ("dangerous", "negative")]:
        assert (a.loc[word, "polarity"], a.loc[word, "voice"]) == (pol, "author")
    # the quoted voices: the ministry's "gangster-like demand", Pompeo's "productive"
    assert a.loc["gangster-like", "voice"] == "the North Korean Foreign Ministry"
    assert a.loc["gangster-like", "polarity"] == "negative"
    assert (a.loc["productive", "voice"], a.loc["productive", "polarity"]) == (
        "Pompeo", "positive")
    # the subtitle's "Wrong" is the author's, in the subtitle
    assert (a.loc["Wrong", "part"], a.loc["Wrong", "voice"]) == ("subtitle", "author")


def test_seed_attributions(seed_article: Article) -> None:
    df = attributions(seed_article)
    # Sentence 2 of the body: the ministry "criticized" Washington's quoted demand;
    # sentence 3: Pompeo "maintains" that the meetings were "productive".
    got = list(zip(df["source"], df["actor"], df["verb"], df["attitude"], df["quoted"],
                   strict=True))
    assert got == [
        ("the North Korean Foreign Ministry", "North Korea", "criticized", "critical", True),
        ("Pompeo", "United States", "maintains", "distancing", True),
    ]
    assert df.iloc[0]["content"] == (
        "Washington’s “unilateral and gangster-like demand for denuclearization.”")
    assert df.iloc[1]["content"] == "the meetings were “productive.”"


def test_seed_quotations_linked_to_speakers(seed_article: Article) -> None:
    q = quotations(seed_article)
    assert list(q["content"]) == ["unilateral and gangster-like demand for denuclearization.",
                                  "productive."]
    assert list(q["speaker"]) == ["the North Korean Foreign Ministry", "Pompeo"]
    assert list(q["type"]) == ["direct", "direct"]


def test_seed_engagement_moves(seed_article: Article) -> None:
    e = _seed_rows(seed_article, "engagement")
    # In contrast (p1), Despite (p2), Although and But (p3); "even fail" and "instead" (p1, p2)
    assert set(e["text"]) >= {"In contrast", "Despite", "Although", "But", "even"}


def test_seed_summary(seed_article: Article) -> None:
    s = stance_summary(seed_article)
    assert s.counts["deontic"] == 4
    assert s.n_attributions == 2
    assert s.attribution_attitudes == {"critical": 1, "distancing": 1}
    assert s.headline_counts["attitude"] == 2  # "Narrow" and "Wrong" in the subtitle
    # the essay has no self-mention and no question: zero, a defined rate
    assert s.counts["self_mention"] == 0 and s.per_1000["self_mention"] == 0.0
    assert s.per_1000["deontic"] == pytest.approx(1000 * 4 / s.body_words)
    assert s.author_words + s.other_words == s.body_words
    assert set(s.table()["kind"]) == set(KINDS)


def test_summary_counts_the_records_without_building_the_tables() -> None:
    # "We" self-mention, "must" necessity, "Perhaps" hedge, "too" amplifier: one each, 9 words
    an = analyse("We must act now. Perhaps it is too late.")
    s = stance_summary(an)
    assert s.body_words == 9
    assert s.by_category == {"deontic/necessity": 1, "epistemic/hedge": 1,
                             "intensity/amplifier": 1, "self_mention/self_mention": 1}
    assert s.per_1000["deontic"] == pytest.approx(1000 / 9)
    assert not an._tables  # the profile path builds no DataFrame
    assert list(an.markers["text"]) == ["We", "must", "Perhaps", "too"]
    assert an.markers is an.markers  # built once, then kept
    assert Marker._fields == STANCE_COLUMNS  # a record is a row of the table


def test_summary_nan_when_no_reported_content() -> None:
    s = stance_summary("The talks were dangerous.")
    assert math.isnan(s.other_per_1000["attitude"])
    assert any("no reported or quoted content" in n for n in s.notes)


# --------------------------------------------------------------------------------------------
# Actors


def test_actor_stance_by_sentence(seed_article: Article) -> None:
    df = actor_stance(seed_article)
    reported = df[df["kind"] == "reported"]
    assert set(zip(reported["actor"], reported["marker"], strict=True)) == {
        ("North Korea", "criticized"), ("United States", "maintains")}


def test_actor_table_can_be_overridden() -> None:
    text = "The minister claimed that prices fell."
    assert attributions(text, actors={"Ruritania": ["The minister"]}).iloc[0]["actor"] == (
        "Ruritania")
    assert attributions(text).iloc[0]["actor"] == ""


def test_missing_actor_file_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(LexiconError, match="not found"):
        find_stance("Pompeo said so.", actors=tmp_path / "nope.csv")


def test_rejects_other_types() -> None:
    with pytest.raises(TypeError):
        find_stance(42)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# CLI


def test_cli_stance_json() -> None:
    import json

    out = subprocess.run([sys.executable, "-m", "analysis", "stance", str(paths.SEED_ARTICLE),
                          "--json"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert {"summary", "markers", "attributions", "quotations"} <= set(data)
    assert [a["verb"] for a in data["attributions"]] == ["criticized", "maintains"]


# --------------------------------------------------------------------------------------------
# Span lookups (bisection over lists built once per analysis)


def test_nested_reports_give_the_marker_to_the_first_attribution() -> None:
    # Two attributions: "Pompeo said that <officials claimed that talks may fail>" and
    # "officials claimed that <talks may fail>". "may" lies in both contents; the first
    # attribution in text order (Pompeo's) speaks it, as before the lookup was indexed.
    df = find_stance("Pompeo said that officials claimed that talks may fail.")
    assert list(attributions("Pompeo said that officials claimed that talks may fail.")
                ["source"]) == ["Pompeo", "officials"]
    assert df.loc[df["text"] == "may", "voice"].tolist() == ["Pompeo"]


def test_containing_returns_the_first_span_in_list_order() -> None:
    from analysis.stance import _Containing

    idx = _Containing([(0, 10), (2, 5), (20, 30), (21, 22)])
    assert idx.first(3, 4) == 0  # (0, 10) and (2, 5) both hold 3-4: list order wins
    assert idx.first(2, 5) == 0
    assert idx.first(9, 11) is None  # runs past 10
    assert idx.first(12, 13) is None  # between spans
    assert idx.first(21, 22) == 2  # (20, 30) comes before (21, 22) in the list
    assert idx.first(30, 30) == 2  # the end is inclusive, as content_end >= end
    assert _Containing([]).first(0, 1) is None
