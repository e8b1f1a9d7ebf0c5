"""Constructions added for issue 14's PolNeAR target, on sentences written for these tests.

Each expected source, cue and content was read off the sentence by hand: sibling reports in
one sentence, the outer report of a nested one, appearance verbs, refusals to speak, colon
quotations and labels, inverted speakers the tagger splits, and the corpus reading of a
PolNeAR text.
"""

from __future__ import annotations

import importlib.util

import pytest

from analysis.attribution import analyse_article, outermost
from analysis.evaluate.attribution import BratError, corpus_article

needs_tags = pytest.mark.skipif(importlib.util.find_spec("analysis.tagging") is None,
                                reason="analysis.tagging (the POS tagger) is not installed")


def found(text: str, **kw) -> list[tuple[str, str, str]]:
    """(source, cue, content) of every attribution in a plain-text paragraph."""
    return [(a.source, a.cue, a.content) for a in analyse_article(text, **kw).attributions]


def outer(text: str, **kw) -> list[tuple[str, str, str]]:
    return [(a.source, a.cue, a.content)
            for a in outermost(analyse_article(text, **kw).attributions)]


# --------------------------------------------------------------------------------------------
# Sibling reports: the first content ends where the second report starts


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # two clauses joined by ", and": Kim's words are not part of what Lee said
    ("Lee said the ferry was late, and Kim said the bus was early.",
     [("Lee", "said", "the ferry was late"), ("Kim", "said", "the bus was early")]),
    # two predicates of one subject
    ("Ortiz praised the budget and said it would pass easily.",
     [("Ortiz", "praised", "the budget"), ("Ortiz", "said", "it would pass easily")]),
    # a main clause after an adverbial one with its own report
    ("Asked whether the mill would close, the owner said it would stay open.",
     [("", "Asked", "whether the mill would close"),
      ("the owner", "said", "it would stay open")]),
    # a report inside a relative clause on the object
    ("The mayor rebuked critics who say the park is unsafe.",
     [("The mayor", "rebuked", "critics"), ("who", "say", "the park is unsafe")]),
])
def test_sibling_reports_split_the_sentence(text: str, expected) -> None:
    assert found(text) == expected


@needs_tags
def test_a_report_that_opens_the_content_stays_nested() -> None:
    # "he believes ..." is what Lee said: the belief is kept, inside Lee's content
    text = "Lee said he believes the ferry will be late."
    assert found(text) == [("Lee", "said", "he believes the ferry will be late"),
                           ("he", "believes", "the ferry will be late")]
    # the outer report alone, as PolNeAR annotates it
    assert outer(text) == [("Lee", "said", "he believes the ferry will be late")]


@needs_tags
def test_a_postposed_report_is_outer_to_the_report_before_it() -> None:
    # "want"'s content runs on to the speaker; the speaker's report is the outer one
    text = 'They want to "finish the road first," Ibsen said.'
    assert [cue for _, cue, _ in outer(text)] == ["said"]


# --------------------------------------------------------------------------------------------
# Inverted speakers after a quotation


@needs_tags
@pytest.mark.parametrize("text, source", [
    # a common-noun speaker (no name, not a listed head) after "said"
    ('"We sold out by noon," said the baker, who opened the shop in May.',
     "the baker, who opened the shop in May"),
    # a hyphenated modifier a tagger reads as a verb, inside the speaker's phrase
    ('"The count is not over," said Denver-based organizer Rita Okafor.',
     "Denver-based organizer Rita Okafor"),
])
def test_inverted_speaker_phrases(text: str, source: str) -> None:
    got = found(text)
    assert [(s, c) for s, c, _ in got][:1] == [(source, "said")]


@needs_tags
def test_a_prepositional_object_is_not_an_inverted_speaker() -> None:
    # "referring to Rita" does not make Rita the speaker of the quotation
    text = '"How could it get worse?" said the organizer, referring to Rita.'
    got = found(text)
    assert got[0][:2] == ("the organizer", "said")
    assert all("Rita" not in s for s, _, _ in got)


@needs_tags
def test_a_show_title_is_not_a_headline_verb() -> None:
    # "Show" after a name in a prose sentence full of capitals is part of the name
    text = "“I like him,” Okafor said on The Ann Ruiz Show on Tuesday."
    assert [c for _, c, _ in found(text)] == ["said"]


# --------------------------------------------------------------------------------------------
# Appearance verbs (sourceless, only when asked for)


@needs_tags
@pytest.mark.parametrize("text, content", [
    # subject raised out of a to-infinitive: the content is subject + complement
    ("The old pump appears to have failed.", ("The old pump", "to have failed")),
    # an expletive subject: the content is the complement only
    ("It seemed like the committee had settled the dispute.",
     ("like the committee had settled the dispute",)),
    # an adjective complement
    ("The ferry schedule seems unlikely to change.",
     ("The ferry schedule", "unlikely to change")),
])
def test_appearance_reports(text: str, content: tuple[str, ...]) -> None:
    adoc = analyse_article(text, appearance_reports=True)
    (a,) = adoc.attributions
    assert (a.source, a.cue_type) == ("", "evidential")
    src = adoc.doc.source
    assert tuple(src[s:e] for s, e in a.content_spans) == content


@needs_tags
def test_appearance_reports_are_off_by_default_and_keep_the_authors_voice() -> None:
    text = "The old pump appears to have failed. It may be replaced."
    assert found(text) == []
    adoc = analyse_article(text, appearance_reports=True)
    (a,) = adoc.attributions
    assert adoc.voice_at(a.content_start, a.content_end) is None  # the writer's own


@needs_tags
def test_appear_meaning_be_present_is_not_a_report() -> None:
    text = "The governor appeared on television on Monday."
    assert found(text, appearance_reports=True) == []


# --------------------------------------------------------------------------------------------
# Refusals to speak


@needs_tags
def test_declined_to_comment() -> None:
    assert found("A spokeswoman for the port declined to comment.") == [
        ("A spokeswoman for the port", "declined", "to comment")]


@needs_tags
def test_declined_with_a_non_human_subject_is_no_report() -> None:
    assert found("Ticket sales declined to a record low.") == []


# --------------------------------------------------------------------------------------------
# Colons


@needs_tags
def test_a_quotation_after_a_colon_is_the_named_speakers() -> None:
    text = 'The result pleased the pollster Nadia Brandt: "Turnout decided it again."'
    assert found(text) == [("the pollster Nadia Brandt", ":", '"Turnout decided it again."')]


@needs_tags
def test_a_byline_before_a_colon_is_not_a_speaker() -> None:
    text = 'A new gallery opens in the port, by Gazette reporter Ana Ruiz: "The doors open at ten."'
    assert [c for _, c, _ in found(text)] == []


@needs_tags
@pytest.mark.parametrize("text", [
    "Q: Will the ferry run on Sunday?",  # an interview's turn marker
    "Answer: A blue boat.",  # a label before a phrase with no verb
    "Ohio: Ann Lee, Bo Park, Cy Dunn.",  # a list of names after a place
])
def test_colon_lines_that_are_not_labels(text: str) -> None:
    assert [c for _, c, _ in found(text)] == []


# --------------------------------------------------------------------------------------------
# Reading a corpus text


def test_corpus_article_keeps_every_line() -> None:
    text = ("Port Reopens After Storm.\n\nHARBORTOWN (Wire) - The port reopened Monday.\n\n"
            "Officials said ships were waiting.\n")
    a = corpus_article(text)
    assert a.title is not None and a.title.text == "Port Reopens After Storm."
    # the dateline lead is a body paragraph, not boilerplate
    assert [p.text for p in a.paragraphs] == [
        "HARBORTOWN (Wire) - The port reopened Monday.", "Officials said ships were waiting."]
    assert all(text[p.start:p.end] == p.text for p in a.paragraphs)


def test_corpus_article_without_words_is_an_error() -> None:
    with pytest.raises(BratError, match="no words"):
        corpus_article("... --- ...\n")


# --------------------------------------------------------------------------------------------
# Catenative chains and the verbs added to the lexicon


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # the subject of "tried" is the subject of "show"
    ("Ortiz tried to show that the levy was fair.",
     [("Ortiz", "show", "the levy was fair")]),
    # a particle inside the chain
    ("The chairwoman went on to say that the vote was close.",
     [("The chairwoman", "say", "the vote was close")]),
])
def test_catenative_chains_reach_the_subject(text: str, expected) -> None:
    assert found(text) == expected


@needs_tags
def test_an_object_before_to_is_not_skipped() -> None:
    # "Kim" is the object of "asked", not a catenative verb: no subject for "explain"
    assert [c for _, c, _ in found("Lee asked Kim to explain the plan.")] == ["asked"]


@needs_tags
@pytest.mark.parametrize("text, expected", [
    ("The mayor assured residents that the water was safe.",
     ("The mayor", "assured", "the water was safe")),
    ("The judge ordered the city to reopen the shelter.",
     ("The judge", "ordered", "the city to reopen the shelter")),
    ("The union learned that the plant would close.",
     ("The union", "learned", "the plant would close")),
])
def test_verbs_of_advising_ordering_and_learning(text: str, expected) -> None:
    assert found(text) == [expected]


@needs_tags
@pytest.mark.parametrize("text, n", [
    ("The senator spoke at the rally on Monday.", 0),  # an event, no content
    ("The senator spoke about the flood plan on Monday.", 1),  # a topic: a report
])
def test_speak_reports_only_with_a_topic(text: str, n: int) -> None:
    assert len(found(text)) == n


# --------------------------------------------------------------------------------------------
# A poll as the source through "in"


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # the poll phrase after the clause (with its participle phrase)
    ("Ortiz drew 41 percent of the vote in a new Herald poll released Monday.",
     [("a new Herald poll released Monday", "in", "Ortiz drew 41 percent of the vote")]),
    # the poll phrase opening the sentence
    # (the renters' own report, nested in the poll's content: a plural common-noun subject
    # of a finite opinion verb, `analysis.attribution._subject`)
    ("In the spring survey, renters favored the levy.",
     [("the spring survey", "In", "renters favored the levy"),
      ("renters", "favored", "the levy")]),
])
def test_a_poll_phrase_is_the_source(text: str, expected) -> None:
    assert found(text) == expected


@needs_tags
def test_standing_in_the_polls_is_no_report() -> None:
    # the plural names a standing, not one poll's findings
    assert found("Ortiz has risen in the polls since May.") == []


@needs_tags
def test_a_report_inside_the_subject_ends_with_the_subject() -> None:
    # "requested anonymity ..." is part of who the source is; its content stops there
    text = "A clerk, who requested anonymity to discuss the audit, said the count was wrong."
    assert found(text) == [
        ("who", "requested", "anonymity to discuss the audit"),
        ("A clerk, who requested anonymity to discuss the audit", "said", "the count was wrong")]
    assert [c for _, c, _ in outer(text)] == ["requested", "said"]


def test_a_word_outside_the_auxiliaries_is_no_auxiliary() -> None:
    # taggers trained on web text may tag a plural noun subject AUX ("aides/AUX said"); the
    # closed class of auxiliaries decides instead
    from analysis.attribution._syntax import _AUXILIARIES

    assert {"is", "would", "'ll", "had"} <= _AUXILIARIES
    assert not {"aides", "officials", "said"} & _AUXILIARIES


# --------------------------------------------------------------------------------------------
# Subjects known by the verb's syntax: mental verbs, that-clauses, a speaking "it"


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # a mental verb's subject is its experiencer, whatever the head noun
    ("The new coach believes the team can win the cup.",
     [("The new coach", "believes", "the team can win the cup")]),
    ("Most shopkeepers fear that the tax will hurt sales.",
     [("Most shopkeepers", "fear", "the tax will hurt sales")]),
    ("Her cousin wants to open a bakery in the spring.",
     [("Her cousin", "wants", "to open a bakery in the spring")]),
    # a lexicon verb with a that-clause reports a proposition
    ("The new footage suggests that the driver was speeding.",
     [("The new footage", "suggests", "the driver was speeding")]),
])
def test_the_verb_vouches_for_its_subject(text: str, expected) -> None:
    assert found(text) == expected


@needs_tags
@pytest.mark.parametrize("text", [
    "The new footage suggests a cover-up.",  # no that-clause: "footage" needs the head check
    "The old bridge supports the heavy trucks.",  # not a mental verb
    "It feels like rain today.",  # "it" of a mental verb is no speaker
    "It shows that the fence was cut.",  # nor of a verb non-speakers do
])
def test_no_source_without_the_syntax(text: str) -> None:
    assert found(text) == []


@needs_tags
def test_a_speaking_it_is_the_source() -> None:
    text = "The city council met on Monday. It announced that the pool would reopen."
    assert found(text) == [("It", "announced", "the pool would reopen")]


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # a verb outside the lexicon before "that" keeps the human-head check
    ("Hiring her was a smart move given that the rules were new.", []),
    # a noun before "that" opens a relative clause: it is no cue, "they say" is the report
    ("Critics point to a nominating system that they say has treated him unfairly.",
     [("they", "say", "has treated him unfairly")]),
    ("The lenders check the credit score that they are using.", []),
])
def test_that_after_a_non_cue_opens_no_report(text: str, expected) -> None:
    assert found(text) == expected
