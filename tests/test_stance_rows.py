"""The marker records of `analysis.stance._rows`: exclusions, part-of-speech vetoes
(`analysis.stance_rules.pos_veto`) and voices looked up in one batch, worked by hand."""

from __future__ import annotations

import importlib.util

import pytest

from analysis.document import analyse_text
from analysis.matching import Match
from analysis.stance import find_stance
from analysis.stance_rules import pos_veto

needs_tags = pytest.mark.skipif(importlib.util.find_spec("analysis.tagging") is None,
                                reason="the tagger is not installed")

TEXT = ('The US will help us with great care. "Is this fair?" Lee asked. '
        "We have no more time. Is it wrong?")


@needs_tags
def test_rows_veto_names_and_phrases_and_give_each_marker_its_voice() -> None:
    # "US" is the proper noun (no self-mention), "no more" a degree phrase (no denial); the
    # quoted question has no attributed speaker; the last question is the author's
    df = find_stance(TEXT)
    got = list(zip(df["text"], df["kind"], df["voice"], df["polarity"], strict=True))
    assert got == [
        ("help", "attitude", "author", "positive"),
        ("us", "self_mention", "author", ""),
        ("great", "attitude", "author", "positive"),
        ("care", "attitude", "author", "positive"),
        ('"Is this fair?"', "reader_engagement", "unattributed quotation", ""),
        ("fair", "attitude", "unattributed quotation", "positive"),
        ("asked", "attribution", "author", ""),
        ("We", "self_mention", "author", ""),
        ("Is it wrong?", "reader_engagement", "author", ""),
        ("wrong", "attitude", "author", "negative"),
    ]


def _match(kind: str, category: str, k: int) -> Match:
    return Match(start=0, end=1, text="", kind=kind, category=category, source="", rule="",
                 sentence=0, pattern="", lexicon="", token_start=k, token_end=k + 1)


def test_pos_veto_without_tags() -> None:
    # tokens: 0 No, 1 longer, 2 will, 3 US, 4 help, 5 us, 6 .
    doc = analyse_text("No longer will US help us.", tag=False)
    veto = pos_veto(doc)
    assert veto(_match("engagement", "denial", 0))  # "no longer"
    assert veto(_match("self_mention", "self_mention", 3))  # "US" in capitals
    assert not veto(_match("self_mention", "self_mention", 5))  # "us"
    assert not veto(_match("engagement", "counter", 0))  # not a denial
    assert not veto(_match("deontic", "obligation", 2))  # never vetoed
