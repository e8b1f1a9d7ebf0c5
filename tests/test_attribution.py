"""Attribution (who says what) on sentences written for these tests, one per construction.

Each expected source, cue and content was read off the sentence by hand. Tests that rely on
part-of-speech tags skip when `analysis.tagging` is not installed.
"""

from __future__ import annotations

import importlib.util

import pytest

from analysis.article import Article
from analysis.attribution import analyse_article
from analysis.stance import analyse, attributions, find_stance, quotations

needs_tags = pytest.mark.skipif(importlib.util.find_spec("analysis.tagging") is None,
                                reason="analysis.tagging (the POS tagger) is not installed")


def found(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of every attribution in a plain-text paragraph."""
    return [(a.source, a.cue, a.content) for a in analyse_article(text).attributions]


# --------------------------------------------------------------------------------------------
# Constructions of reporting (Build 2)


@pytest.mark.parametrize("text, expected", [
    # reporting verb before a that-clause
    ("The mayor said that the bridge would reopen in May.",
     [("The mayor", "said", "the bridge would reopen in May")]),
    # reporting verb after the content, after a quotation (postposed)
    ("“We have waited long enough for fairness,” Okafor said.",
     [("Okafor", "said", "“We have waited long enough for fairness,”")]),
    # inverted: the verb before its subject, after a quotation
    ("“We will not back down,” said Haddad.", [("Haddad", "said", "“We will not back down,”")]),
    # "according to X": the source follows, the content is the rest of the sentence
    ("According to the election board, turnout fell sharply.",
     [("the election board", "According to", "turnout fell sharply")]),
    # a poll share as the source
    ("Sixty-two percent say the economy is getting worse.",
     [("Sixty-two percent", "say", "the economy is getting worse")]),
])
def test_reporting_constructions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # an internal-state cue: a belief of the source
    ("Haddad believes the strike will end soon.",
     [("Haddad", "believes", "the strike will end soon")]),
    # "X called it ...": the content is what it was called
    ("The council called it a betrayal of trust.",
     [("The council", "called", "it a betrayal of trust")]),
    # a cue noun with a possessor and a that-clause
    ("Mendez's claim that the count was rigged surprised nobody.",
     [("Mendez", "claim", "the count was rigged surprised nobody")]),
    # a parenthetical between the subject and the verb
    ("The minister, however, said she was “deeply troubled” by the vote.",
     [("The minister", "said", "she was “deeply troubled” by the vote")]),
    # a participial cue takes the clause's subject
    ("The senator left the hall, saying the debate was over.",
     [("The senator", "saying", "the debate was over")]),
])
def test_tagged_constructions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # a verb outside the lexicon with a that-clause reports what was said
    ("The mayor shot back that the referee had erred.",
     [("The mayor", "shot back", "the referee had erred")]),
    # a progressive cue after a form of be
    ("Lopez is telling voters that the count is fair.",
     [("Lopez", "telling", "the count is fair")]),
])
def test_syntax_of_reporting_beyond_the_lexicon(text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_speaker_label_before_a_colon() -> None:
    # a transcript line: the label is the speaker, what follows the colon is said
    assert found("LOPEZ: Thank you all for coming.") == [
        ("LOPEZ", ":", "Thank you all for coming")]


def test_quotation_continued_after_the_reporting_clause() -> None:
    text = "“We will win,” Okafor said. “Nobody can stop us.”"
    (a,) = analyse_article(text).attributions
    assert [text[s:e] for s, e in a.content_spans] == ["“We will win,”", "“Nobody can stop us.”"]


def test_first_person_outside_quotes_is_the_author() -> None:
    # the writer's own "we" is self-mention, not another voice
    assert found("We argue that the plan is costly.") == []


def test_a_cue_inside_a_quotation_is_the_speakers_own() -> None:
    # "I think" belongs to the quoted speaker; the attribution is the outer one
    assert found("“I think the vote was fair,” Lopez said.") == [
        ("Lopez", "said", "“I think the vote was fair,”")]


# --------------------------------------------------------------------------------------------
# Pronoun sources


def test_pronoun_resolved_when_one_name_precedes() -> None:
    text = "Okafor said the plan was flawed. He said it would fail."
    a = analyse_article(text).attributions
    assert [(x.source, x.resolved) for x in a] == [("Okafor", ""), ("He", "Okafor")]
    assert a[1].voice == "Okafor"


def test_pronoun_kept_when_two_names_precede() -> None:
    text = "Okafor said the plan was flawed. Lopez said it was sound. She said more."
    a = analyse_article(text).attributions
    assert [(x.source, x.resolved) for x in a] == [
        ("Okafor", ""), ("Lopez", ""), ("She", "")]


# --------------------------------------------------------------------------------------------
# The failures of issue 14, in sentences of our own (same construction, other words)


def test_possessive_noun_is_not_a_cue() -> None:
    # "state" in "the island state's leader" is a noun, not the verb "state"
    cues = [c for _, c, _ in found("The vote passed while the island state's leader watched.")]
    assert "state" not in cues


def test_object_after_the_verb_is_not_the_source() -> None:
    # the board is what the league rejected, not who spoke
    out = found("The league, which has long opposed the merger, rejected the board as a "
                "referee.")
    assert all(src != "the board" for src, _, _ in out)


@needs_tags
def test_subject_before_an_apposition_is_the_source() -> None:
    # the subject is the farmers (with their apposition), not the policy change in the content
    text = "Farmers in the valley, many of them veterans, said the new tariff opened the door."
    (a,) = analyse_article(text).attributions
    assert (a.source, a.cue, a.content) == (
        "Farmers in the valley, many of them veterans", "said", "the new tariff opened the door")
    assert a.voice == "Farmers in the valley"


def test_postposed_after_quotation_has_the_quotation_as_content() -> None:
    text = "“Our party stands for truth and decency,” Okafor said."
    assert found(text) == [("Okafor", "said", "“Our party stands for truth and decency,”")]


def test_postposed_content_is_before_the_source_not_the_adverbial_after() -> None:
    text = "“The voters of this state are not fooled” by the ads, Garcia said at a town hall."
    assert found(text) == [
        ("Garcia", "said", "“The voters of this state are not fooled” by the ads")]


@needs_tags
@pytest.mark.parametrize("text, source, cue", [
    ("Brennan said it was just the newest step in a long campaign.", "Brennan", "said"),
    ("The union reiterated its demand for higher wages.", "The union", "reiterated"),
    ("Haddad, however, said he was “deeply moved” by the crowd.", "Haddad", "said"),
])
def test_previously_missed(text: str, source: str, cue: str) -> None:
    assert [(s, c) for s, c, _ in found(text)] == [(source, cue)]


@needs_tags
def test_quotation_after_warned_that_has_a_speaker() -> None:
    text = "The Daily Ledger, a weekly paper, warned that “the country stands at a cliff edge.”"
    q = quotations(text)
    assert list(q["speaker"]) == ["The Daily Ledger"]
    assert list(q["type"]) == ["direct"]


def test_quotation_speaker_from_the_previous_sentence() -> None:
    # the second quotation continues what Okafor said in the sentence before
    text = "“We will win,” Okafor said. “Nobody can stop us now.”"
    q = quotations(text)
    assert list(q["speaker"]) == ["Okafor", "Okafor"]
    assert list(q["link"]) == ["content", "previous sentence"]


# --------------------------------------------------------------------------------------------
# Stance fixes: US is not us, names are not attitude, "No Longer" is not a denial


def test_us_the_country_is_not_a_self_mention() -> None:
    df = find_stance("The US will talk to us.")
    assert list(df.loc[df["kind"] == "self_mention", "text"]) == ["us"]


def test_capitalised_word_in_a_name_is_not_attitude() -> None:
    # VADER rates "united" positive; inside "United Nations" it is part of a name
    df = find_stance("Diplomats at the United Nations met again.")
    assert "United" not in set(df.loc[df["kind"] == "attitude", "text"])
    # the common word still counts
    df = find_stance("The members were united.")
    assert list(df.loc[df["kind"] == "attitude", "text"]) == ["united"]


def test_no_longer_is_not_a_denial() -> None:
    article = Article.from_text("Voters No Longer Trust Polls\n\nThey gave no reason.")
    df = find_stance(article)
    denials = df[df["category"] == "denial"]
    # "no reason" is a denial; "No Longer" in the headline is not
    assert list(denials["text"]) == ["no"]
    assert list(denials["part"]) == ["body"]


# --------------------------------------------------------------------------------------------
# Voice follows attribution; one analysis for every table


def test_marker_in_reported_content_has_the_sources_voice() -> None:
    df = find_stance("Okafor said the plan would probably fail.")
    row = df[df["text"] == "probably"].iloc[0]
    assert row["voice"] == "Okafor"


def test_tables_take_one_analysis() -> None:
    text = "Okafor said that the plan was dangerous."
    an = analyse(text)
    assert analyse(an) is an
    assert list(attributions(an)["source"]) == ["Okafor"]
    assert attributions(an).equals(attributions(text))
    assert find_stance(an).equals(find_stance(text))


def test_hedging_uses_the_same_attribution() -> None:
    from analysis.hedging import find_hedges

    # "may" lies in what the officials said: their hedge, not the author's
    df = find_hedges("Officials said the deal may collapse. The plan may work.")
    got = list(zip(df["text"], df["voice"], df["holder"], strict=True))
    assert got == [("may", "attributed", "Officials"), ("may", "author", "")]


# Verb classes with published provenance (Levin 1993 classes 33 and 37; Biber et al. 1999
# desire and intention verbs; support and opposition verbs): sentences of our own.
@pytest.mark.parametrize("text, expected", [
    # Levin 37, communication: a talk verb with its topic
    ("The mayor discussed the new budget with reporters.",
     [("The mayor", "discussed", "the new budget with reporters")]),
    # Levin 37, complain verbs with a that-clause
    ("Farmers complained that the rains came too late.",
     [("Farmers", "complained", "the rains came too late")]),
    # Levin 33, judgment verbs: the object is what is judged
    ("The senator blamed the governor for the delays.",
     [("The senator", "blamed", "the governor for the delays")]),
    ("Union leaders thanked the nurses for their work.",
     [("Union leaders", "thanked", "the nurses for their work")]),
    # intention verbs with a to-infinitive: the infinitive clause is the content
    ("The council plans to close the old library.",
     [("The council", "plans", "to close the old library")]),
    ("Ortiz vowed to fight the ruling in court.",
     [("Ortiz", "vowed", "to fight the ruling in court")]),
    # support and opposition verbs with a human subject
    ("The governor endorsed Okafor for the Senate seat.",
     [("The governor", "endorsed", "Okafor for the Senate seat")]),
    ("Most voters oppose the new tax.",
     [("Most voters", "oppose", "the new tax")]),
])
def test_verb_classes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # the same verbs with a non-human subject are not attributions
    "The beams support the roof of the barn.",
    "The river threatens to flood the lower town.",
])
def test_verb_classes_need_a_speaker(text: str) -> None:
    assert found(text) == []


def test_participle_after_a_closing_quotation_takes_the_main_subject() -> None:
    # ',” adding that ...': the comma sits inside the quotation mark; the speaker is Ortiz
    got = found("Ortiz said the plan was “a fair start,” adding that more money was needed.")
    assert ("Ortiz", "adding", "more money was needed") in got


def test_participle_after_a_dash_takes_the_main_subject() -> None:
    got = found("Lee changed course – saying he would back the second bill.")
    assert [(src, cue) for src, cue, _ in got][0] == ("Lee", "saying")


def test_third_person_cue_after_a_name_is_a_verb() -> None:
    # a tagger may read "Okafor tells" as name + plural noun; a clause follows, so it is a verb
    got = found("“We are not done,” Jenkins tells reporters in the lobby.")
    assert [(src, cue) for src, cue, _ in got] == [("Jenkins", "tells")]


def test_name_at_sentence_end_then_plural_is_not_a_cue() -> None:
    assert found("The inquiry looked at the Lee emails.") == []


def test_participle_after_a_number_is_a_modifier() -> None:
    # "pledged" modifies "delegates"; nobody pledges anything here
    assert found("Ortiz leads Lee by 40 pledged delegates.") == []


def test_lone_name_before_a_colon_in_a_headline() -> None:
    got = found("Jenkins: No new taxes this year.")
    assert [(src, cue) for src, cue, _ in got] == [("Jenkins", ":")]


def test_zero_that_clause_after_a_verb_outside_the_lexicon() -> None:
    # "hinted" is not a cue word; a subject pronoun and a finite verb follow it
    assert found("The mayor hinted she would leave.") == [
        ("The mayor", "hinted", "she would leave")]


def test_records_are_a_documentary_source() -> None:
    got = found("Court records show the firm paid the fine in May.")
    assert [(src, cue) for src, cue, _ in got] == [("Court records", "show")]


def test_characterize_verb_with_a_human_subject() -> None:
    # Levin 29.2: "see X as Y" reports the source's judgment
    got = found("Many voters see the new rule as a threat.")
    assert [(src, cue) for src, cue, _ in got] == [("Many voters", "see")]


@pytest.mark.parametrize("text, expected", [
    # an indirect question put to someone; who asked is not said, so the source is empty
    ("Asked whether the dam would hold, the engineer said it would.",
     [("", "Asked", "whether the dam would hold"), ("the engineer", "said", "it would")]),
    ("Jenkins was asked if she would run again.",
     [("", "asked", "if she would run again")]),
])
def test_asked_with_an_indirect_question(text: str, expected: list[tuple[str, str, str]]
                                         ) -> None:
    assert found(text) == expected


def test_asked_for_an_object_is_not_a_question() -> None:
    # "asked for a refund" has no indirect question and no named speaker before it
    assert found("Asked for a refund, the shop gave one.") == []


def test_poll_share_before_say_is_the_source() -> None:
    # a number before "say" is the subject, not a modifier of a participle
    got = found("Four in 10 say the roads are worse.")
    assert [(src, cue) for src, cue, _ in got] == [("Four in 10", "say")]


def test_long_subject_with_postmodifiers() -> None:
    # ten words before the verb (the old limit was seven)
    got = found("Half of the teachers in each town in the county say the pay is too low.")
    assert [(src, cue) for src, cue, _ in got] == [
        ("Half of the teachers in each town in the county", "say")]


@pytest.mark.parametrize("text, expected", [
    # agentless passive of a reporting verb: nobody is named, the source is empty
    ("The bill is expected to pass on Monday.", [("", "is expected", "to pass on Monday")]),
    ("It was announced that the plant would close.",
     [("", "was announced", "the plant would close")]),
])
def test_passive_reporting_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_passive_of_a_non_reporting_verb_is_not_an_attribution() -> None:
    assert found("The road was paved to last.") == []


def test_reporting_frames_are_data_with_provenance() -> None:
    # every frame row names its lemma, one of the four frames the finder reads, a source and
    # a note; "believe" is a mental verb, "add" reports only with a clause, "say" a speaker's,
    # "support" also a thing's ("the beams support the roof")
    import csv

    from analysis import paths

    with open(paths.LEXICON_DIR / "reporting_frames.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["lemma"] and r["source"] and r["note"] for r in rows)
    assert {r["frame"] for r in rows} == {"speaker_subject", "experiencer_subject", "clause_only",
                                          "thing_subject"}
    pairs = {(r["lemma"], r["frame"]) for r in rows}
    assert {("believe", "experiencer_subject"), ("add", "clause_only"),
            ("say", "speaker_subject"), ("support", "thing_subject")} <= pairs


def test_voices_at_by_hand() -> None:
    # "Lopez said the vote was fair." : Lopez 0-5, said 6-10, content "the vote was fair" 11-28;
    # "It rained." 30-40 is the writer's.
    adoc = analyse_article("Lopez said the vote was fair. It rained.")
    spans = [(24, 28), (11, 28), (0, 5), (30, 32), (10, 15)]
    assert adoc.voices_at(spans) == ["Lopez", "Lopez", None, None, None]
    assert adoc.voices_at(spans) == [adoc.voice_at(s, e) for s, e in spans]
    found = adoc.attributions_at(spans)
    assert found[0] is not None and found[0].cue == "said"
    assert found[2:] == [None, None, None]
