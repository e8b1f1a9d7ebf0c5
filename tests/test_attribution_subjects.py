"""Subjects and nesting added for issue 14's recall target, on sentences written for these tests.

Each expected source, cue and content was read off the sentence by hand: a possessive
apostrophe inside the source, a common-noun subject of a verb that is not only a speaker's
(with the participle, passive and modal readings that are not), the participle inside a
subject phrase, a report inside a relative clause, "according to" after a postposed report,
and a name the tagger takes for an adverb or an interjection.
"""

from __future__ import annotations

import importlib.util

import pytest

from analysis.attribution import analyse_article, outermost
from analysis.attribution._subject import _form, plain_subject
from analysis.attribution._syntax import _Sent
from analysis.document import analyse_text

needs_tags = pytest.mark.skipif(importlib.util.find_spec("analysis.tagging") is None,
                                reason="analysis.tagging (the POS tagger) is not installed")


def found(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of every attribution in a plain-text paragraph."""
    return [(a.source, a.cue, a.content) for a in analyse_article(text).attributions]


def outer(text: str) -> list[tuple[str, str, str]]:
    return [(a.source, a.cue, a.content)
            for a in outermost(analyse_article(text).attributions)]


def cues(text: str) -> list[str]:
    return [a.cue for a in analyse_article(text).attributions]


# --------------------------------------------------------------------------------------------
# A possessive apostrophe is part of the source phrase


@needs_tags
def test_a_bare_possessive_apostrophe_stays_inside_the_source() -> None:
    # "farmers'" is a possessive (the tagger's PART), not punctuation that ends the phrase
    assert found("Ana Ruiz, the farmers' lawyer, said the harvest was poor.") == [
        ("Ana Ruiz, the farmers' lawyer", "said", "the harvest was poor")]


# --------------------------------------------------------------------------------------------
# A common noun as the subject of a finite reporting verb


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # plural head, base form: they agree
    ("Local farmers hailed the new water plan.",
     [("Local farmers", "hailed", "the new water plan")]),
    # a participle modifier inside the subject ("leaked") stays in the phrase
    ("The leaked memos revealed the cost of the bridge.",
     [("The leaked memos", "revealed", "the cost of the bridge")]),
    # singular head, -s form
    ("The brochure highlights the risks of the lake.",
     [("The brochure", "highlights", "the risks of the lake")]),
])
def test_a_common_noun_subject_of_a_finite_verb_is_the_source(text: str, expected) -> None:
    assert found(text) == expected


@needs_tags
@pytest.mark.parametrize("text, cue", [
    # a bare -ing form after a noun modifies it: the posters do not attack
    ("The posters attacking the mayor covered the wall.", "attacking"),
    # a past form before a preposition or a name is a participle modifier
    ("The rules aimed at the mills were dropped.", "aimed"),
    ("A club called Open Doors met on Friday.", "called"),
])
def test_a_participle_after_a_noun_is_no_report_of_that_noun(text: str, cue: str) -> None:
    assert cue not in cues(text)


@needs_tags
def test_a_negated_clause_with_a_thing_as_subject_is_no_report() -> None:
    assert found("The tests did not show any leaks.") == []


@needs_tags
def test_the_subject_of_a_passive_is_not_its_source() -> None:
    assert all(a.source != "The plan" for a in analyse_article(
        "The plan was hailed by farmers.").attributions)


def test_verb_forms_are_read_against_the_lemma() -> None:
    assert [_form(w, lemma) for w, lemma in [
        ("hail", "hail"), ("hails", "hail"), ("carries", "carry"), ("hailed", "hail"),
        ("saw", "see"), ("hailing", "hail"), ("bring", "bring")]] == [
        "base", "s", "s", "past", "past", "ing", "base"]


@needs_tags
def test_subject_and_verb_must_agree_without_an_auxiliary() -> None:
    # "brochure" (singular) with a base form, "brochures" (plural) with an -s form: no concord,
    # so the noun is not the verb's subject here
    for text, ok in [("The brochure highlights the risks.", True),
                     ("The brochures highlight the risks.", True),
                     ("The brochures highlights the risks.", False)]:
        doc = analyse_text(text)
        s = _Sent(doc, doc.sentences[0], 0, len(doc.tokens))
        if s.tags[2] != "VERB":
            pytest.skip("the tagger did not read the verb as a verb")
        assert plain_subject(s, 2, 3, (0, 2), "highlight") is ok, text


# --------------------------------------------------------------------------------------------
# Nesting


@needs_tags
def test_a_report_in_a_relative_clause_on_the_content_is_its_own() -> None:
    # the tax is what Lee praised; "which he said ..." is a second report on that noun
    assert outer("Lee praised the new tax, which he said would fund schools.") == [
        ("Lee", "praised", "the new tax"), ("he", "said", "would fund schools")]


@needs_tags
def test_according_to_after_a_postposed_report_is_kept() -> None:
    # the radio reports Kim's words and that Kim said them: both reports stay
    assert outer('"We will win," Kim said, according to the local radio.') == [
        ("Kim", "said", '"We will win,"'),
        ("the local radio", "according to", '"We will win," Kim said')]


# --------------------------------------------------------------------------------------------
# Names the tagger mislabels


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # a capitalised word inside the sentence is a name, not an adverb to skip
    ("But Wheeler added that the judge was fair.",
     [("Wheeler", "added", "the judge was fair")]),
    # a capitalised first word with an apposition: a name even if tagged as an interjection
    ("Hicks, his spokeswoman, added that the plan works.",
     [("Hicks, his spokeswoman", "added", "the plan works")]),
])
def test_a_mislabelled_name_is_still_the_source(text: str, expected) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------------------------------
# Passives with the subject as the content


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # a complement with "as": the cue takes "as" along, the complement is more content
    ("The plan was widely seen as a failure.",
     ("", "was widely seen as", "The plan", ("a failure",))),
    # the agent of the passive is the source
    ("News of the move was first reported by the local paper.",
     ("the local paper", "was first reported", "News of the move", ())),
    # a complement with "for", which the cue takes along as it takes "as"
    ("The mayor was criticized for the delay.",
     ("", "was criticized for", "The mayor", ("the delay",))),
])
def test_a_passive_reports_its_subject(text: str, expected) -> None:
    a = analyse_article(text)
    (att,) = a.attributions
    more = tuple(text[s:e] for s, e in att.more_content)
    assert (att.source, att.cue, att.content, more) == expected


@needs_tags
def test_a_participle_without_be_is_no_passive_report() -> None:
    # "approved by the council" modifies "the road": no clause, no report
    assert found("The road approved by the council opens today.") == []


@needs_tags
def test_the_complement_of_a_passive_ends_at_punctuation() -> None:
    # the relative clause's passive does not swallow the main report after the comma
    text = "Lee, whose loss was seen as a blow, said he would run again."
    assert ("Lee, whose loss was seen as a blow", "said", "he would run again") in outer(text)


# --------------------------------------------------------------------------------------------
# Two apostrophes as a quotation mark


@needs_tags
def test_a_quotation_in_doubled_apostrophes_has_its_speaker() -> None:
    # the quotation before the cue is what was added; the clause after the comma is not
    text = "''The vote is close, and we are ahead,'' Ms. Ortiz added, pointing to the map."
    assert found(text) == [
        ("Ms. Ortiz", "added", "''The vote is close, and we are ahead,''")]


# --------------------------------------------------------------------------------------------
# The main clause's subject for a second verb and a gerund


@needs_tags
def test_a_second_verb_takes_a_subject_with_an_apposition() -> None:
    # "said" shares the subject of "joined", which stands before "a retired nurse"
    assert found("Ana Ruiz, a retired nurse, joined the board and said the clinic would stay "
                 "open.") == [("Ana Ruiz, a retired nurse", "said", "the clinic would stay open")]


@needs_tags
@pytest.mark.parametrize("text, expected", [
    ("The mayor surprised the council by saying that the pool would close.",
     [("The mayor", "saying", "the pool would close")]),
    # (a listed person head: "call" is not only a speaker's verb)
    ("The senator left the hall after calling the vote a disgrace.",
     [("The senator", "calling", "the vote a disgrace")]),
])
def test_a_gerund_after_a_preposition_takes_the_main_subject(text: str, expected) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------------------------------
# A relative "that" or "which" as the subject


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # "that" stands for "a group", a listed body head
    ("Lee joined a group that opposes the new dam.", [("that", "opposes", "the new dam")]),
    # "which" after a comma, standing for a named body
    ("The boats belong to the Harbor League, which demands a new pier.",
     [("which", "demands", "a new pier")]),
])
def test_a_relative_pronoun_after_a_source_noun_is_the_subject(text: str, expected) -> None:
    assert found(text) == expected


@needs_tags
def test_a_relative_pronoun_after_a_thing_is_no_source() -> None:
    # a lamp is no source, so neither is the "that" standing for it
    assert found("Lee bought a lamp that shows the time.") == []


# --------------------------------------------------------------------------------------------
# Quantifiers as the subject of a verb of speaking


@needs_tags
@pytest.mark.parametrize("text, expected", [
    ("Some said the fair should move to May.", [("Some", "said", "the fair should move to May")]),
    ("Another said the fair should stay.", [("Another", "said", "the fair should stay")]),
    # "half" is the head even when the tagger calls it an adverb, so it is not skipped
    ("Nearly half said the fair was too long.", [("half", "said", "the fair was too long")]),
])
def test_a_quantifier_stands_for_the_speakers(text: str, expected) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------------------------------
# "according to" with a modified source, after a sentence opener


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # the head is "polls", before the participle phrase that modifies it
    ("Lee led among young voters, according to exit polls reported by the networks.",
     [("exit polls reported by the networks", "according to", "Lee led among young voters")]),
    # "But" alone before the cue: the content follows the source
    ("But according to reports in the press, the mayor could not convince his family.",
     [("reports in the press", "according to", "the mayor could not convince his family")]),
])
def test_according_to_finds_its_source_and_content(text: str, expected) -> None:
    assert found(text) == expected


@needs_tags
def test_a_headline_label_may_be_a_name_and_a_common_noun() -> None:
    from analysis.evaluate.attribution import corpus_article

    art = corpus_article("Harbor League board: The pier plan is dead.\nThe board met in May.")
    adoc = analyse_article(art, parts=("title", "body"))
    assert [(a.source, a.cue, a.content) for a in adoc.attributions] == [
        ("Harbor League board", ":", "The pier plan is dead")]


@needs_tags
@pytest.mark.parametrize("text, expected", [
    # a verb of cognition with a that-clause
    ("The clerk realized that the form was wrong.",
     [("The clerk", "realized", "the form was wrong")]),
    # a verb of replying, with a quotation before it
    ('"Not today," the guard answered.', [("the guard", "answered", '"Not today,"')]),
])
def test_cognition_and_reply_verbs_are_cues(text: str, expected) -> None:
    assert found(text) == expected
