"""The per-article shortcuts of the corpus path give what the plain computation gives: the
Article's kept hash, the actor table's remembered alias index, the mention columns' frame,
the boilerplate rows tried only for lines that have their words."""

from __future__ import annotations

import dataclasses
import pickle
import re
import sys

import pandas as pd
import pytest

from analysis.actors import Mentions, _alias_index, _mentions, find_actors, load_actors
from analysis.article import Article
from analysis.document import analyse_text
from analysis.tokenize import sentences


def test_article_hash_is_the_value_hash_kept() -> None:
    a = Article.from_text("A Title\n\nThe first paragraph ends here.\n\nThe second one too.")
    expected = hash(tuple(getattr(a, f.name) for f in dataclasses.fields(a)))
    assert hash(a) == expected and a.__dict__["_hash"] == expected  # computed, then kept
    assert hash(a) == expected
    twin = Article.from_text(a.text)
    assert twin == a and hash(twin) == hash(a) and twin is not a
    # the kept hash is no field: repr, equality and a pickle leave it out
    assert "_hash" not in repr(a)
    back = pickle.loads(pickle.dumps(a))
    assert "_hash" not in back.__dict__ and back == a and hash(back) == expected
    other = dataclasses.replace(a, name="other")
    assert other != a and "_hash" not in other.__dict__


def test_alias_index_is_remembered_per_table_object() -> None:
    t = load_actors({"Ruritania": ["Strelsau"]})
    idx = _alias_index(t)
    assert _alias_index(t) is idx
    assert idx.by_alias == {"Ruritania": ("Ruritania", ""), "Strelsau": ("Ruritania", "")}
    # another table (a new object) gets its own index
    u = load_actors({"Ruritania": ["Zenda"]})
    assert "Zenda" in _alias_index(u).by_alias and "Zenda" not in idx.by_alias
    # every copy of the packaged table shares the packaged table's index
    assert _alias_index(load_actors()) is _alias_index(load_actors())


def test_mention_columns_by_hand() -> None:
    text = "Strelsau and Zenda disagreed. Ruritania did not."
    sents = sentences(text)
    m = _mentions(text, load_actors({"Ruritania": ["Strelsau"]}), sents)
    assert m == Mentions([0, 30], [8, 39], ["Strelsau", "Ruritania"], ["Ruritania"] * 2,
                         ["", ""], [0, 1], [0, 0], ["body", "body"])
    df = m.frame()
    assert list(df.columns) == ["start", "end", "text", "actor", "type", "sentence",
                                "paragraph", "part"]
    assert [str(t) for t in df.dtypes] == ["int64", "int64", "str", "str", "str", "Int64",
                                           "Int64", "str"]
    assert df["start"].tolist() == [0, 30] and df["sentence"].tolist() == [0, 1]


def test_mention_frame_as_the_rows_of_dicts_made_it() -> None:
    # the frame `find_actors` built before: one dict per mention, then Int64 columns
    a = Article.from_text("Pompeo Speaks\n\nWashington and Pyongyang met. Then Pompeo left.")
    sents = sentences(a, parts=("title", "subtitle", "body"))
    m = _mentions(a, load_actors(), sents)
    rows = [dict(zip(m._fields, r, strict=True)) for r in zip(*m, strict=True)]
    for got, made in ((m.frame(), rows), (Mentions(*([] for _ in m._fields)).frame(), [])):
        want = pd.DataFrame(made, columns=list(m._fields))
        for c in ("sentence", "paragraph"):
            want[c] = want[c].astype("Int64")
        pd.testing.assert_frame_equal(got, want, check_exact=True, check_column_type=True)
        assert list(got.dtypes) == list(want.dtypes)
    assert [r["text"] for r in rows] == ["Pompeo", "Washington", "Pyongyang", "Pompeo"]
    assert rows[0]["paragraph"] is None and rows[0]["part"] == "title"


def test_document_mentions_frame_is_find_actors() -> None:
    a = Article.from_text("Talks\n\nWashington said Pyongyang must act. Pompeo agreed.")
    doc = analyse_text(a, tag=False)
    pd.testing.assert_frame_equal(doc.mentions, find_actors(a), check_exact=True)
    assert doc.mentions is doc.mentions  # built once


def test_pattern_needs_by_hand() -> None:
    from analysis.extract._signals import pattern_needs

    # a literal run, a length limit from "$", an alternation's runs as one set
    assert pattern_needs(r"^.*\ball rights reserved\b.*$") == (
        sys.maxsize, (frozenset({"all rights reserved"}),))
    assert pattern_needs(r"^(?=.*\b(inbox|subscrib\w*)\b).{0,160}$") == (
        161, (frozenset({"inbox", "subscrib"}),))
    # optional parts and short runs need nothing; a branch without a run in each gives no set
    # longest: "cookies" (7) + "xxx" (3) + "news" (4), and a final newline
    assert pattern_needs(r"^(ab|cookies)?x{0,3}(y|news)$") == (15, ())
    # letters are lower-cased; a repeat of at least once keeps its run; "$" in multiline mode
    # is any line's end: no limit
    assert pattern_needs(r"(?m)^Sign(?:-UP){1,2}$") == (sys.maxsize, (frozenset({"sign"}),
                                                                      frozenset({"-up"})))
    assert pattern_needs("(") == (sys.maxsize, ())  # not a pattern: needs nothing


def test_ascii_folds_are_every_character_re_folds_to_ascii() -> None:
    from analysis.extract._signals import ASCII_FOLDS, folded

    rx = re.compile("[\x00-\x7f]", re.IGNORECASE)
    found = {ch for ch in map(chr, range(128, sys.maxunicode + 1)) if rx.fullmatch(ch)}
    assert found == set(ASCII_FOLDS)
    for ch, letter in ASCII_FOLDS.items():
        assert re.fullmatch(letter, ch, re.IGNORECASE)
    assert folded("ALL R\u0130GHTS \u212aept") == "all rights kept"


@pytest.mark.parametrize("line", [
    "All Rights Reserved", "© 2020 Foo. ALL RIGHTS RESERVED.", "all r\u0130ghts reserved",
    "all r\u0131ghts re\u017ferved", "Accept all cookies", "MANAGE COOKIES »",
    "We use cookies", "Get it in your \u0130nbox", "Subscribe to our newsletter",
    "Our newsletter reaches your inbox " + "x" * 140, "3 comments", "Leave a reply",
    "The rights reserved for you", "Cookies are tasty.", "Read more", "",
    "Thanks for subscribing! Check your inbox.",
])
def test_boilerplate_as_every_row_in_turn(line: str) -> None:
    from analysis.extract import boilerplate_patterns, match_boilerplate

    s = line.strip()
    assert match_boilerplate(line) == next(
        (p for p in boilerplate_patterns() if p[0].match(s)), None)


def test_language_of_joined_pieces_as_of_the_text() -> None:
    from analysis.extract import detect_language

    en = ["The talks resumed on Monday, and the two sides said that they were hopeful.",
          "It is not clear what was agreed, but both of them will meet again in a week."]
    pt = ["O governo disse que as negociações vão continuar na próxima semana, e que não há",
          "nada de novo para dizer sobre o acordo que foi feito com os outros países."]
    for pieces in (en * 4, pt * 4, en + pt * 6, ["one\ntwo"] + en * 4):
        text = " ".join(pieces)
        known: dict[str, list[str]] = {}
        first = detect_language("\n".join(pieces), known=known)
        assert first == detect_language("\n".join(pieces))
        assert detect_language(text, pieces=pieces, known=known) == detect_language(text)
        assert en[0] not in known or known[en[0]] == [
            "The", "talks", "resumed", "on", "Monday", "and", "the", "two", "sides", "said",
            "that", "they", "were", "hopeful"]
    assert detect_language(" ".join(en * 4), pieces=en * 4, known={}) == "English"
    assert detect_language(" ".join(pt * 4), pieces=pt * 4, known={}) == "Portuguese"


def test_words_inside_spans_by_hand_and_as_the_index(monkeypatch) -> None:
    import random
    from array import array

    from analysis import stance_rates
    from analysis.spans import ContainingIndex
    from analysis.stance_rates import _inside

    def cols(pairs):
        return array("i", [a for a, _ in pairs]), array("i", [b for _, b in pairs])

    # words [0,3) [4,8) [9,12) [20,25); spans [4,12) and [18,22): only [4,8) and [9,12) inside
    st, en = cols([(0, 3), (4, 8), (9, 12), (20, 25)])
    assert _inside([(4, 12), (18, 22)], st, en, b"\x01\x01\x01\x01") == 2
    assert _inside([(4, 12), (18, 22)], st, en, b"\x01\x00\x01\x01") == 1  # [4,8) not asked
    assert _inside([], *cols([(0, 1)]), b"\x01") == 0
    assert _inside([(0, 5)], array("i"), array("i"), b"") == 0
    monkeypatch.setattr(stance_rates, "_INSIDE_BLOCK", 7)  # several blocks, one cut short
    rng = random.Random(15)
    for _ in range(200):
        spans = [(a, a + rng.randrange(0, 30)) for a in
                 (rng.randrange(0, 100) for _ in range(rng.randrange(0, 8)))]
        words = [(a, a + rng.randrange(1, 6)) for a in sorted(rng.sample(range(120), 30))]
        mask = bytes(rng.randrange(2) for _ in words)
        index = ContainingIndex(spans)
        expected = (sum(index.contains(a, b) for (a, b), m in zip(words, mask, strict=True) if m)
                    if spans else 0)
        assert _inside(spans, *cols(words), mask) == expected
