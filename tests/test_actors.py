"""Actor mentions from the alias table, checked by hand on the seed and on small texts."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.actors import find_actors, load_actors
from analysis.article import Article
from analysis.matching import LexiconError


def test_default_table_has_the_issue_aliases() -> None:
    t = load_actors()
    alias_to_actor = dict(zip(t["alias"], t["actor"], strict=True))
    for alias in ["Washington", "Pompeo", "the U.S."]:
        assert alias_to_actor[alias] == "United States"
    for alias in ["Pyongyang", "the North Korean government", "the Foreign Ministry",
                  "Kim Yong Chol"]:
        assert alias_to_actor[alias] == "North Korea"
    assert alias_to_actor["South Korea"] == "South Korea"


@pytest.mark.parametrize("text, expected", [
    # longest alias wins: the ministry, not "North Korean"
    ("the North Korean Foreign Ministry criticized Washington’s demand.",
     [("the North Korean Foreign Ministry", "North Korea"), ("Washington", "United States")]),
    # U.S. before a dash, North Korean after it: two actors
    ("U.S.–North Korean diplomacy", [("U.S.", "United States"), ("North Korean", "North Korea")]),
    # "us" is a pronoun, never the U.S. (case-sensitive aliases)
    ("Let us talk.", []),
    # a possessive keeps the actor
    ("North Korea’s tests", [("North Korea", "North Korea")]),
])
def test_find_actors(text: str, expected: list[tuple[str, str]]) -> None:
    df = find_actors(text)
    assert list(zip(df["text"], df["actor"], strict=True)) == expected


def test_seed_pompeo_mentions(seed_article: Article) -> None:
    df = find_actors(seed_article)
    # By hand: the caption is left out; the body names "U.S. Secretary of State Mike Pompeo"
    # once and "Pompeo" twice more.
    pompeo = df[df["text"].str.contains("Pompeo")]
    assert list(pompeo["text"]) == ["U.S. Secretary of State Mike Pompeo", "Pompeo", "Pompeo"]
    for r in df.itertuples(index=False):
        assert seed_article.text[r.start:r.end] == r.text


def test_override_with_mapping_and_frame() -> None:
    text = "Ruritania and its capital Strelsau disagreed."
    df = find_actors(text, actors={"Ruritania": ["Strelsau"]})
    assert list(df["actor"]) == ["Ruritania", "Ruritania"]
    table = pd.DataFrame({"alias": ["Strelsau"], "actor": ["Ruritania"]})
    assert list(find_actors(text, actors=table)["text"]) == ["Strelsau"]


def test_bad_tables() -> None:
    with pytest.raises(LexiconError):
        load_actors(pd.DataFrame({"name": ["x"]}))
    with pytest.raises(LexiconError):
        load_actors({"Ruritania": "Strelsau"})  # a string, not a list


def test_table_is_read_once_but_each_caller_gets_its_own_copy() -> None:
    # the packaged table is checked once per process; a caller that edits its copy must not
    # change what the next caller (another article's analysis) gets
    first = load_actors()
    first.loc[0, "actor"] = "Ruritania"
    assert load_actors().loc[0, "actor"] != "Ruritania"


def test_mentions_follow_a_changed_table() -> None:
    # the alias pattern is remembered per alias list: a new table is a new pattern
    text = "Strelsau and Zenda disagreed."
    assert list(find_actors(text, actors={"Ruritania": ["Strelsau"]})["text"]) == ["Strelsau"]
    assert list(find_actors(text, actors={"Ruritania": ["Zenda"]})["text"]) == ["Zenda"]
