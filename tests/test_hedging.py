"""Hedges and boosters on sentences annotated by hand, every context rule, the seed, summaries.

Each expected list below was written by reading the sentence and marking its hedges and
boosters the way the lexicon's categories define them (not copied from the code's output).
"""

from __future__ import annotations

import math

import pytest

from analysis import Article, load_article, paths
from analysis.hedging import find_hedges, hedge_concordance, hedging_summary


def found(text: str) -> list[tuple[str, str]]:
    df = find_hedges(text)
    return list(zip(df["text"], df["kind"], strict=True))


def cats(text: str) -> list[tuple[str, str]]:
    df = find_hedges(text)
    return list(zip(df["text"], df["category"], strict=True))


# --- context rules, one table each -----------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Talks may resume.", [("may", "hedge")]),
    ("May I add a point?", []),                              # permission: not epistemic
    ("The summit took place in May.", []),                   # the month after "in"
    ("The talks ended on May 5.", []),                       # the month before a date
    ("May 2018 was busy.", []),                              # sentence-initial month + year
    ("Theresa May spoke first.", []),                        # a surname mid-sentence
])
def test_may_the_month_is_not_a_hedge(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("About 40 people came.", [("About", "hedge")]),
    ("It cost around $5 million.", [("around", "hedge")]),
    ("It happened around the end of 2017.", [("around", "hedge")]),
    ("They waited about a third of the year.", [("about", "hedge")]),
    ("They talked about peace.", []),
    ("Troops are based around the world.", []),
    ("He walked around.", []),
])
def test_about_and_around_only_before_a_quantity_or_time(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("It now appears that the plan failed.", [("appears", "hedge")]),
    ("The plan appears to have failed.", [("appears", "hedge")]),
    ("The deal appeared set to collapse.", [("appeared", "hedge")]),
    ("He appeared on television.", []),
    ("She will appear before the committee.", []),
    ("He appeared in court on Monday.", []),
])
def test_appear_to_or_that_versus_appear_on_or_before(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # three words, one hedge; "little" and "evidence" are not counted again
    ("Outsiders have very little evidence about it.", [("very little evidence", "hedge")]),
    ("It is hard to know whether it worked.", [("hard to know", "hedge"),
                                               ("whether", "hedge")]),
    ("It might well fail.", [("might well", "hedge")]),
    ("Even if it fails, we go on.", [("Even if", "hedge")]),
])
def test_longest_match_wins_without_double_counting(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("It is not clear what comes next.", [("not clear", "negated booster")]),
    ("There is no evidence of a deal.", [("no evidence", "negated booster")]),
    ("The talks did not show progress.", [("not show", "negated booster")]),
    ("This is not clearly a win.", [("not clearly", "negated booster")]),
    ("The talks showed progress.", [("showed", "factive verb")]),
    ("It is clear that talks matter.", [("It is clear that", "fixed phrase")]),
    ("There is no doubt about it.", [("There is no doubt", "fixed phrase")]),
])
def test_negated_boosters_are_hedges(text, expected):
    assert cats(text) == expected


@pytest.mark.parametrize("text,voice", [
    ("The North Korean government is itself uncertain about what comes next.", "attributed"),
    ("Officials believe the talks will resume.", "attributed"),
    ("Pompeo thinks the talks were useful.", "attributed"),
    ("It is uncertain whether talks resume.", "author"),
    ("I believe the talks will resume.", "author"),
    ("We think the talks were useful.", "author"),
])
def test_uncertainty_held_by_another_actor_is_attributed(text, voice):
    df = find_hedges(text)
    first = df.iloc[0]
    assert first["text"] in ("uncertain", "believe", "thinks", "think")
    assert first["voice"] == voice


@pytest.mark.parametrize("text,expected", [
    # could: possibility kept, past inability rejected
    ("The process could stall.", [("could", "hedge")]),
    ("Investigators could not find the car.", []),
    ("Neither he nor she could be reached.", []),
    # would: hypothetical kept; future-in-the-past and refusal rejected
    ("A broader process would do more.", [("would", "hedge")]),
    ("He said the firm would close its plant.", []),
    ("The company would not comment.", []),
    # possible: epistemic kept; feasibility rejected
    ("A deal is possible.", [("possible", "hedge")]),
    ("Reply as soon as possible.", []),
    # thought: the verb kept; the noun rejected
    ("Officials thought the deal was done.", [("thought", "hedge")]),
    ("He had second thoughts and a thought.", []),
    # show: the verb kept; the noun rejected
    ("The figures show growth.", [("show", "booster")]),
    ("They watched the show.", []),
    # assume: belief with a clause kept; "should assume" and "assume control" rejected
    ("I assume that they left.", [("assume", "hedge")]),
    ("The strategy should assume that talks fail.", []),
    ("The firm assumed its debts.", []),
    # suspect / expected: verbs kept, nouns and known outcomes rejected
    ("Police suspect that he fled.", [("suspect", "hedge")]),
    ("No suspects have been named.", []),
    ("Sales are expected to rise.", [("expected", "hedge")]),
    ("Sales rose faster than expected.", []),
    # if: condition, or an indirect question after ask
    ("If talks fail, we lose.", [("If", "hedge")]),
    ("She looked as if she knew.", []),
    # kind of: degree adverb only
    ("It was kind of odd.", [("kind of", "hedge")]),
    ("It is a kind of weapon.", []),
    # establish: only with a that-clause
    ("The study established that it works.", [("established", "booster")]),
    ("They established a committee.", []),
])
def test_context_rules(text, expected):
    assert found(text) == expected


def test_if_after_a_question_verb_is_investigation():
    # "if" opens the reported question; "would" inside it is the question's future in the past
    assert cats("Reporters asked if the talks would resume.") == [("if", "investigation")]


@pytest.mark.parametrize("text,expected", [
    # a hand-annotated set of sentences in the essay's register
    ("Perhaps the talks will resume, but it is unlikely.", [("Perhaps", "hedge"),
                                                            ("unlikely", "hedge")]),
    ("Sanctions certainly matter, and indeed they work.", [("certainly", "booster"),
                                                          ("indeed", "booster")]),
    ("In fact, the summit was probably a success.", [("In fact", "booster"),
                                                     ("probably", "hedge")]),
    ("The data suggest that talks seem to help.", [("suggest", "hedge"), ("seem", "hedge")]),
    ("Of course, it remains to be seen what they do.", [("Of course", "booster"),
                                                        ("remains to be seen", "hedge")]),
    ("The regime will keep its weapons.", []),
    ("Roughly half of the budget, or so we hear.", [("Roughly", "hedge"), ("or so", "hedge")]),
    ("Little is known about the leader.", [("Little is known", "hedge")]),
])
def test_hand_annotated_sentences(text, expected):
    assert found(text) == expected


# --- the seed essay ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return load_article(paths.SEED_ARTICLE)


def test_seed_hedges_and_boosters(seed):
    df = find_hedges(seed)
    hedges = set(df.loc[df["kind"] == "hedge", "text"])
    boosters = set(df.loc[df["kind"] == "booster", "text"])
    for h in ("hard to know", "very little evidence", "appears", "could", "around", "or so"):
        assert h in hedges
    for b in ("certainly", "actually", "showed"):
        assert b in boosters
    for row in df.itertuples():
        assert seed.text[row.start:row.end] == row.text


def test_seed_counts_by_hand(seed):
    # Read by hand, body: hedges (author) = in the sense that, could, would, appears, around,
    # very little evidence, hard to know, whether, or so = 9; "uncertain" is the North Korean
    # government's (attributed) = 1; boosters = showed, actually, certainly, illustrated = 4.
    # Headline ("How Diplomacy With North Korea Can Work" / "A Narrow Focus on
    # Denuclearization Is the Wrong Strategy"): none. The caption is not analysed.
    s = hedging_summary(seed)
    assert (s.body.hedges, s.body.attributed, s.body.boosters) == (9, 1, 4)
    assert (s.headline.hedges, s.headline.boosters) == (0, 0)
    assert s.body.hedge_booster_ratio == 9 / 4
    assert math.isnan(s.headline.hedge_booster_ratio)
    assert any("no boosters" in n for n in s.headline.notes)
    # 15 body sentences; hedged ones, by hand: "Pompeo was right, in the sense ...",
    # "... could stall ...", "... would actually ...", "It now appears ...", "... very
    # little evidence ...", "... hard to know whether ...", "... year or so" = 7
    assert (s.body.sentences, s.body.sentences_with_hedge) == (15, 7)
    assert s.body.share_sentences_hedged == 7 / 15


def test_caption_left_out_by_default():
    text = ("Talks Resume\n\nA Subtitle Without Hedges\n\n"
            "Officials may meet in Pyongyang. Andrew Harnik / Pool via REUTERS\n\n"
            "The talks went well.\n")
    art = Article.from_text(text)
    assert art.caption is not None
    assert find_hedges(art).empty
    with_caption = find_hedges(art, parts=("caption", "body"))
    assert list(with_caption["text"]) == ["may"]


# --- summary arithmetic on a small text counted by hand ----------------------------------------


def test_summary_rates_by_hand():
    text = "It may rain. It will certainly rain.\n\nPerhaps not."
    # words: It may rain (3) + It will certainly rain (4) + Perhaps not (2) = 9
    # hedges: may, Perhaps = 2; boosters: certainly = 1; sentences 3, hedged 2
    s = hedging_summary(text)
    b = s.body
    assert (b.words, b.sentences, b.hedges, b.boosters) == (9, 3, 2, 1)
    assert b.hedges_per_1000 == pytest.approx(2000 / 9)
    assert b.boosters_per_1000 == pytest.approx(1000 / 9)
    assert b.share_sentences_hedged == pytest.approx(2 / 3)
    assert b.hedge_booster_ratio == 2.0
    p = s.by_paragraph
    assert list(p["words"]) == [7, 2]
    assert list(p["hedges"]) == [1, 1]
    assert math.isnan(p.loc[1, "hedge_booster_ratio"])
    assert "no boosters" in p.loc[1, "notes"]
    pc = s.by_paragraph_category
    # paragraph 0: may (modal possibility), certainly (certainty adverb); paragraph 1: Perhaps
    assert sorted(zip(pc["paragraph"], pc["category"], pc["count"], strict=True)) == [
        (0, "certainty adverb", 1), (0, "modal possibility", 1),
        (1, "epistemic adverb/adjective", 1)]
    c = s.by_category.set_index("category")
    assert c.loc["modal possibility", "count"] == 1
    assert c.loc["certainty adverb", "per_1000"] == pytest.approx(1000 / 9)


def test_no_boosters_gives_nan_with_reason():
    s = hedging_summary("It may rain.")
    assert math.isnan(s.body.hedge_booster_ratio)
    assert "no boosters: the hedge-to-booster ratio is undefined" in s.body.notes


def test_concordance_of_the_two_phrases(seed):
    kwic = hedge_concordance(seed, width=30)
    rows = kwic[kwic["match"].isin(["hard to know", "very little evidence"])]
    assert len(rows) == 2
    assert rows.iloc[0]["right"].startswith(" about when and why")
    assert rows.iloc[1]["right"].startswith(" whether the U.S.")


def test_bad_input_type():
    with pytest.raises(TypeError):
        find_hedges(42)  # type: ignore[arg-type]


def test_reading_order_positions_by_hand():
    from analysis.hedging import reading_order

    art = Article.from_text("Talks Resume Soon\n\nA New Phase Begins\n\n"
                            "It may rain. It will certainly rain.\n")
    m, segs = reading_order(art)
    # words in reading order: Talks(0) Resume(1) Soon(2) | A(3) New(4) Phase(5) Begins(6) |
    # It(7) may(8) rain(9) It(10) will(11) certainly(12) rain(13)
    assert list(zip(m["text"], m["position"], strict=True)) == [("may", 8), ("certainly", 12)]
    assert list(segs["part"]) == ["title", "subtitle", "body"]
    assert list(segs["first"]) == [0, 3, 7] and list(segs["words"]) == [3, 4, 7]


def test_body_hedge_rates_is_the_summary_body_without_tables():
    # The profile's path: whatever the title's "May" is, it is headline, not body, so it is left
    # out; "may" is the author's hedge, "might" is held by the officials (reported),
    # "certainly" the author's booster. Body words by hand: 4 + 6 + 4 = 14; sentences 3 (the
    # title is sentence 0 of the three parts, so the body's are 1, 2, 3).
    from analysis import Article
    from analysis.attribution import analyse_article
    from analysis.hedging import DEFAULT_PARTS, body_hedge_rates, hedging_summary

    article = Article.from_text("Talks May Resume Soon\n\nThe plan may work. Officials said the "
                                "deal might collapse. It is certainly true.\n")
    rates, hedges = body_hedge_rates(article)
    assert (rates.words, rates.sentences, rates.hedges, rates.boosters, rates.attributed) == (
        14, 3, 1, 1, 1)
    assert rates.hedges_per_1000 == 1000 / 14
    assert hedges == (("author", 1), ("attributed", 2))
    assert rates == hedging_summary(article).body
    # the attributions of an analysis the caller already has give the same answer
    adoc = analyse_article(article, parts=DEFAULT_PARTS)
    assert body_hedge_rates(article, attributed=adoc) == (rates, hedges)
    other = analyse_article(Article.from_text("Another text entirely."), parts=DEFAULT_PARTS)
    with pytest.raises(ValueError, match="not this text's analysis"):
        body_hedge_rates(article, attributed=other)
