"""The context rules of issue 12, one table per error type, on sentences written for the test.

Each expected list was worked out by reading the sentence: which words are hedges or boosters
by the lexicon's definitions (a judgement about the truth of a proposition, not permission,
ability, appearance or a term of a method). Every table has positive and negative rows. Each
case runs twice: with the part-of-speech tagger and with the rules' lexical fallback
(``use_tags=False``), unless marked as needing tags.
"""

from __future__ import annotations

import pytest

from analysis.hedging import hedge_lexicons
from analysis.matching import match
from analysis.tokenize import sentences, words


def found(text: str, *, use_tags: bool = True) -> list[tuple[str, str]]:
    sents = sentences(text)
    toks = words(text, sentence_spans=sents)
    ms = match(list(hedge_lexicons()), toks, text, sentence_spans=sents, use_tags=use_tags)
    return [(m.text, m.kind if m.kind == "booster" else m.category) for m in ms]


def voices(text: str) -> list[tuple[str, str]]:
    toks = words(text)
    return [(m.text, m.voice) for m in match(list(hedge_lexicons()), toks, text)]


TAGS = pytest.mark.parametrize("use_tags", [True, False], ids=["tags", "lexical"])
MODAL = "modal possibility"

# --- 1. "would" that is not hypothetical -------------------------------------------------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    # hypothetical: kept
    ("A smaller tax would help the farmers.", [("would", MODAL)]),
    ("If the bridge closed, traffic would collapse.", [("If", "condition"), ("would", MODAL)]),
    # future in the past after a past verb of saying or thinking: rejected
    ("The mayor promised that the pool would reopen in June.", []),
    ("Nobody expected that the mayor would resign.", [("expected", "doxastic verb")]),
    ("She was confident the jury would acquit him.", []),
    # habitual past: rejected
    ("Every winter the family would rent a cabin.", []),
    ("On Sundays he would often cook for twenty.", []),
    # direct questions: rejected
    ("Would the mayor have resigned without the audit?", []),
    ("Why would anyone buy that car?", []),
    # would-be and refusal: rejected
    ("The would-be buyers walked away.", []),
    ("The club would not comment on the transfer.", []),
    # indirect question: rejected
    ("The coach would not say if the striker would play.", [("if", "investigation")]),
])
def test_would(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


def test_would_in_reported_speech_with_a_condition_belongs_to_the_reported_voice():
    # "said ... would ... unless": a hypothetical, but the union's, not the writer's
    assert voices("The union said the strike would end unless wages fell.") == [
        ("would", "attributed"), ("unless", "author")]
    # the writer's own report of their own view stays the author's
    assert voices("I said the plan would fail if rates rose.") == [
        ("would", "author"), ("if", "author")]


# --- 2. modals and possibility words in a non-epistemic sense ------------------------------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    ("The vaccine may reduce deaths.", [("may", MODAL)]),
    ("You may leave your bags at the desk.", []),                   # permission
    ("May the new year bring you peace.", []),                      # wish
    ("They saved money so that they may retire early.", []),        # purpose
    ("The merger could raise prices.", [("could", MODAL)]),
    ("From the hill the fires could be seen at night.", []),         # past perception
    ("With the new lens we could detect single cells.", []),        # observational ability
    ("A possible delay worries the builders.", [("possible", "epistemic adverb/adjective")]),
    ("It is possible to cross the river by ferry.", []),            # feasibility
    ("The club has the potential to win the league.", []),          # capacity
    ("The ball gains potential energy as it rises.", []),           # technical
    ("The firm met potential buyers in Berlin.", []),               # a role, not a possibility
    ("Potential risks include flooding.", [("Potential", "epistemic adverb/adjective")]),
])
def test_non_epistemic_modals(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


# --- 3. statistical and technical vocabulary ---------------------------------------------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    ("We fitted the model by maximum likelihood.", []),
    ("The likelihood of a recession is growing.", [("likelihood", "epistemic adverb/adjective")]),
    ("Each curve gives the probability distribution of rainfall.", []),
    ("The predicted values match the survey.", []),
    ("As indicated in the second table, costs fell.", []),
    ("The results indicate that the drug works.", [("indicate", "epistemic verb")]),
])
def test_technical_terms(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


# --- 4. conditionals that are not uncertainty -------------------------------------------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    ("A number divides by four if and only if its last two digits do.", []),
    ("If only the bus had come earlier.", []),
    ("If you ask me, the plan is sound.", []),
    ("Unless you count the garage, the house is small.", []),
    ("The strike lasted as long as the war.", []),
    ("Bridges can be as long as two kilometres.", []),
    ("Prices will stay low as long as demand is weak.",
     [("will", "condition"), ("as long as", "condition")]),
    ("They earned hundreds, if not thousands, of pounds.", []),
    ("If you water the plant daily, it grows fast.", [("If", "condition")]),  # generic "you"
])
def test_conditions_that_are_not_uncertainty(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


@TAGS
@pytest.mark.parametrize("text,expected", [
    # the modal of the consequent is a condition cue (Szeged guidelines), the nearest one only
    ("If the dam breaks, the valley will flood.", [("If", "condition"), ("will", "condition")]),
    ("The valley will flood.", []),                                  # plain future
    ("The shop stays shut until the owner returns.", [("until", "condition")]),
    ("The shop stays shut until 2027.", []),
    ("The shop stays shut until the end of June.", []),
    ("The army stands ready to act should the talks fail.", [("should", "condition")]),
    ("The council should publish the report.", []),                  # deontic, not a hedge
])
def test_consequent_until_and_inverted_should(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


# --- 5. literal senses of epistemic words ------------------------------------------------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    ("Her dog looks like a small bear.", []),                        # appearance
    ("It looks like the vote will be close.", [("looks like", "epistemic verb")]),
    ("We should think about the costs.", []),
    ("I think the costs are too high.", [("think", "doxastic verb")]),
    ("Many people believe in luck.", []),
    ("Believe me, the food was awful.", []),
    ("It is hard to believe how fast it grew.", []),
    ("Critics believe the plan is too timid.", [("believe", "doxastic verb")]),
    ("She had a thought about dinner.", []),
    ("The singer does not really like jazz.", []),                   # downtoner
])
def test_literal_senses(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


# --- 6. belief and report cues -----------------------------------------------------------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    ("The bridge is considered the oldest in Wales.", [("considered", "doxastic verb")]),
    ("The board is considering selling the stadium.", []),
    ("The castle is said to be haunted.", [("said to", "doxastic verb")]),
    ("She said to wait outside.", []),
    ("The bank accused the clerk of fraud.", [("accused", "doxastic verb")]),
    ("The teacher is supposed to arrive at nine.", [("supposed to", "doxastic verb")]),
    ("The senator was rumored to be ill.", [("rumored to", "doxastic verb")]),
    ("The team appears weaker this season.", [("appears", "epistemic verb")]),
    ("The singer appeared on the stage.", []),
    ("Housing is relatively cheap here.", [("relatively", "approximator")]),
    ("Officials estimated that the repairs would cost more.", [("estimated", "doxastic verb")]),
    ("The damage was estimated at two million.", [("estimated", "approximator")]),
])
def test_belief_and_report_cues(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


# --- 7. investigation -------------------------------------------------------------------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    ("The panel will examine whether the rules were broken.",
     [("examine whether", "investigation")]),
    ("Engineers tested how the wing bends.", [("tested how", "investigation")]),
    ("Doctors examined the patient.", []),
    ("They asked whether or not the deal stands.", [("whether or not", "investigation")]),
])
def test_investigation(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


# --- 8. boosters ----------------------------------------------------------------------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    ("The reform was an obvious failure.", [("obvious", "booster")]),
    ("The answer is clear.", [("clear", "booster")]),
    ("The lake has clear water.", []),
    ("There is a clear sign of recovery.", [("clear", "booster")]),
    ("A certain person called twice.", []),
    ("Make sure the door is locked.", []),
    ("We know that the river floods.", [("know that", "booster")]),
    ("He did not know that the shop had closed.", []),
    ("The tests proved that the well was safe.", [("proved", "booster")]),
    ("The repairs are proving costly.", []),
    ("The new rules proved to be popular.", []),
    ("The answer is not obvious.", [("not obvious", "negated booster")]),
])
def test_boosters(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


# --- further cases of the same types (added with the third pass of the rules) -----------------


@TAGS
@pytest.mark.parametrize("text,expected", [
    # once: a subordinator of condition, not the adverb, not a past event
    ("Once the permit arrives, building starts.", [("Once", "condition")]),
    ("She called once again.", []),
    ("He was once a baker.", []),
    ("Once the permit arrived, building started.", []),
    # until: a past-tense clause reports what happened
    ("The mayor did nothing until the river flooded.", []),
    ("The mayor will wait until the river floods.", [("will", "condition"),
                                                      ("until", "condition")]),
    # if you: the reader's wish or search conditions the relevance, not the claim
    ("If you are looking for a quiet hotel, this is it.", []),
    # as though: with an impersonal subject only
    ("It looks as though the bridge will close.", [("looks as though", "epistemic verb")]),
    ("He looked as though he had run.", []),
    # a superlative before "possible" intensifies it
    ("They sought the lowest possible price.", []),
    # a name
    ("They laid flowers at the Tomb of the Unknown Soldier.", []),
    ("The cause of the fire is unknown.", [("unknown", "evidential limitation")]),
    # phrasal "thought out", a quantity "an estimated", a benchmark "beat forecasts"
    ("The plan was carefully thought out.", []),
    ("The fire destroyed an estimated 300 homes.", [("estimated", "approximator")]),
    ("Exports beat forecasts in May.", []),
    ("The most anticipated album of the year sold well.", []),
    # consider as an imperative after an adverb and a comma
    ("Honestly, consider the cost.", []),
])
def test_further_cases(text, expected, use_tags):
    assert found(text, use_tags=use_tags) == expected


def test_participle_of_saying_keeps_the_hypothetical_for_the_reported_voice():
    # "saying ... would": the -ing form takes no tense of its own, so "would" stays (attributed)
    assert voices("The minister spoke for an hour, saying the cuts would hurt farmers.") == [
        ("would", "attributed")]


def test_rules_read_tags_lazily_once_per_match_call(monkeypatch):
    import analysis.rule_context as rule_context
    import analysis.tagging as tagging

    calls = []
    real = tagging.tag_sentences

    def counting(sents, *, tagset="upos"):
        calls.append((len(sents), tagset))
        return real(sents, tagset=tagset)

    monkeypatch.setattr(tagging, "tag_sentences", counting)
    # sentences tagged by earlier tests are remembered (analysis.rule_context._PTB_TAGS): start
    # empty
    monkeypatch.setattr(rule_context, "_PTB_TAGS", {})
    text = ("Prices may rise. The shop stays shut until the owner returns. "
            "The panel examined whether it works.")
    first = found(text)
    # one call for the three sentences, in Penn Treebank tags
    assert calls == [(3, "ptb")]
    calls.clear()
    # the same sentences again (as the stance matcher reads them after the hedge matcher):
    # their tags are remembered, so nothing is tagged and the matches are the same
    assert found(text) == first
    assert calls == []
    assert found("Nothing here hedges.") == []
    assert calls == []  # no rule asked, nothing tagged
    calls.clear()
    found(text, use_tags=False)
    assert calls == []


@pytest.mark.parametrize("text,expected", [
    # a modal in reported speech is the reported speaker's possibility
    ("Officials said the talks may resume.", [("may", "attributed")]),
    ("She told him he could stay.", [("could", "attributed")]),
    ("We said the talks might resume.", [("might", "author")]),
    ("The talks may resume.", [("may", "author")]),
    # a contrastive clause ends the report: the writer's own hypothetical again
    ("He said no, but it would be a mistake to stop.", [("would", "author")]),
])
def test_modal_in_reported_speech_is_attributed(text, expected):
    assert voices(text) == expected


def test_headline_question_without_its_mark():
    from analysis import Article
    from analysis.hedging import find_hedges

    art = Article.from_text("Why the Deal Would Fail\n\nA Note on Trade\n\nThe deal would fail.\n")
    df = find_hedges(art)
    # the title's "Would" poses a question; the body's "would" is a hypothetical
    assert list(zip(df["text"], df["part"], strict=True)) == [("would", "body")]


def test_coordinated_verb_phrases_stay_in_the_report():
    # "but would not ...": the same reported subject, so still future in the past
    assert voices("The firm said the bonds would pay interest but would not pay it soon.") == []
