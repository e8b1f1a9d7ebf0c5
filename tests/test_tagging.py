"""The part-of-speech tagger: hand-tagged sentences, the API's shape, loading, EWT accuracy.

Sentences are my own; the expected tags follow the UD English guidelines (UPOS) and the Penn
Treebank guidelines as EWT applies them (XPOS), worked out by hand for each word.
"""

from __future__ import annotations

import shutil
import socket
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from analysis import tagging
from analysis.paths import ROOT
from analysis.tagging import TaggerDataError, tag, tag_sentences

EWT = ROOT.parent / "shared" / "corpora" / "ud-english-ewt"


def words(text: str) -> list[str]:
    return text.split()


# --- hand-tagged sentences ------------------------------------------------------------------

UPOS_CASES = [
    # "US" and "U.S." are the country (PROPN), "us" the pronoun.
    ("The US imposed new sanctions .", "DET PROPN VERB ADJ NOUN PUNCT"),
    ("Officials in the U.S. told us nothing .", "NOUN ADP DET PROPN VERB PRON PRON PUNCT"),
    ("They asked us to wait .", "PRON VERB PRON PART VERB PUNCT"),
    # modal "can" (AUX) versus the noun "can"
    ("You can open the can with a knife .", "PRON AUX VERB DET NOUN ADP DET NOUN PUNCT"),
    # "that" as a complementiser (SCONJ) and as a determiner (DET)
    ("She said that the bridge had collapsed .", "PRON VERB SCONJ DET NOUN AUX VERB PUNCT"),
    ("That bridge is old .", "DET NOUN AUX ADJ PUNCT"),
    # every word of a name is PROPN, "United" and "New" included (EWT itself has ADJ for
    # them; see NAME_ADJECTIVES_ARE_PROPN)
    ("The United Nations met in New York on Monday .",
     "DET PROPN PROPN VERB ADP PROPN PROPN ADP PROPN PUNCT"),
    # Treebank-split contractions with either apostrophe
    ("I do n't know why .", "PRON AUX PART VERB ADV PUNCT"),
    ("I do n’t know why .", "PRON AUX PART VERB ADV PUNCT"),
    ("The minister ’s car was stolen .", "DET NOUN PART NOUN AUX VERB PUNCT"),
]

PTB_CASES = [
    # past participle (VBN) versus past tense (VBD)
    ("The letter was written by a friend .", "DT NN VBD VBN IN DT NN ."),
    ("She wrote a long letter .", "PRP VBD DT JJ NN ."),
    ("He has finished the report .", "PRP VBZ VBN DT NN ."),
    ("He finished the report yesterday .", "PRP VBD DT NN NN ."),
    ("You can open the can .", "PRP MD VB DT NN ."),
    ("The US imposed new sanctions .", "DT NNP VBD JJ NNS ."),
    # Known errors of the shipped weights (kept so that a better model shows up as XPASS):
    # "imposed" read as a participle before a bare plural, a capitalised first word as a name.
    pytest.param("The US imposed sanctions .", "DT NNP VBD NNS .",
                 marks=pytest.mark.xfail(strict=True, reason="shipped model: imposed/VBN")),
    pytest.param("Dogs bark .", "NNS VBP .",
                 marks=pytest.mark.xfail(strict=True, reason="shipped model: Dogs/NNP bark/NN")),
]


@pytest.mark.parametrize(("text", "expected"), UPOS_CASES)
def test_upos_by_hand(text, expected):
    assert tag(words(text)) == tuple(expected.split())


@pytest.mark.parametrize(("text", "expected"), PTB_CASES)
def test_ptb_by_hand(text, expected):
    assert tag(words(text), tagset="ptb") == tuple(expected.split())


@pytest.mark.parametrize(
    ("quoted", "straight"),
    [
        ("“ It is over , ” he said .", '" It is over , " he said .'),
        ("‘ Yes , ’ she said .", "' Yes , ' she said ."),
        ("`` It is over , '' he said .", '" It is over , " he said .'),
        ("He paused — then left …", "He paused -- then left ..."),
    ],
)
def test_quote_and_dash_styles_tag_alike(quoted, straight):
    assert tag(words(quoted)) == tag(words(straight))
    marks = [i for i, w in enumerate(words(quoted)) if not any(c.isalnum() for c in w)]
    assert [tag(words(quoted))[i] for i in marks] == ["PUNCT"] * len(marks)


def test_normalize_form():
    assert tagging.normalize_form("n’t") == "n't"
    assert tagging.normalize_form("“") == '"'
    assert tagging.normalize_form("``") == '"'
    assert tagging.normalize_form("''") == '"'
    assert tagging.normalize_form("—") == "--"
    assert tagging.normalize_form("U.S.") == "U.S."


def test_shape():
    assert tagging.shape("U.S.") == "X.X."
    assert tagging.shape("Obama") == "Xx"
    assert tagging.shape("1,200") == "d,d"
    assert tagging.shape("e-mail") == "x-x"


# --- the API's shape ------------------------------------------------------------------------


def test_empty_inputs():
    assert tag_sentences([]) == []
    assert tag_sentences([[]]) == [()]
    assert tag([]) == ()


def test_one_word():
    out = tag(["Hello"])
    assert isinstance(out, tuple) and len(out) == 1 and out[0] in tagging.model().pass2[
        "upos"].tags


def test_many_sentences_match_one_at_a_time():
    sents = [words(t) for t, _ in UPOS_CASES] + [[], ["Yes"]]
    for tagset in ("upos", "ptb"):
        together = tag_sentences(sents, tagset=tagset)
        assert len(together) == len(sents)
        assert [len(t) for t in together] == [len(s) for s in sents]
        assert together == [tag(s, tagset=tagset) for s in sents]


def test_input_not_modified_and_tuples_accepted():
    sent = ["They", "can", "wait", "."]
    before = list(sent)
    assert tag(tuple(sent)) == tag(sent)
    assert sent == before


def test_tagsets_are_the_ewt_tags():
    assert tag(["We", "agree", "."], tagset="ptb") == ("PRP", "VBP", ".")
    assert len(tagging.model().pass2["upos"].tags) == 17
    assert {"NNP", "VBN", "VBD", "MD", "``", "''"} <= set(tagging.model().pass2["ptb"].tags)


def test_unknown_tagset():
    with pytest.raises(ValueError, match="tagset"):
        tag(["Hello"], tagset="claws")
    with pytest.raises(ValueError, match="tagset"):
        tag_sentences([["Hello"]], tagset="UPOS ")


def test_a_string_is_not_a_sentence():
    with pytest.raises(TypeError):
        tag("The cat sat .")
    with pytest.raises(TypeError):
        tag_sentences(["The cat sat ."])


# --- loading --------------------------------------------------------------------------------


def test_weights_are_package_data():
    from importlib.resources import files

    assert (files("analysis") / "data" / "tagger-ewt.npz").is_file()
    note = (files("analysis") / "data" / "tagger-ewt.txt").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in note and "English Web Treebank" in note
    assert "CC BY-SA 4.0" in tagging.__doc__
    assert tagging.WEIGHTS_PATH.stat().st_size < 5_000_000


def test_loads_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the tagger tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(tagging, "_MODEL", None)
    assert tag(["The", "US", "voted", "."]) == ("DET", "PROPN", "VERB", "PUNCT")


def test_missing_weights(tmp_path):
    with pytest.raises(TaggerDataError, match="not found"):
        tagging.load_model(tmp_path / "nothing.npz")


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong_key", "no_pass2"])
def test_corrupt_weights(tmp_path, damage):
    bad = tmp_path / "bad.npz"
    if damage == "garbage":
        bad.write_bytes(b"not a zip file at all")
    elif damage == "truncated":
        data = tagging.WEIGHTS_PATH.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    else:
        # a missing pass-2 layer is found at load, not at its first use
        drop = "pass1_q" if damage == "wrong_key" else "pass2_ptb_q"
        with np.load(tagging.WEIGHTS_PATH) as z:
            arrays = {k: z[k] for k in z.files if k != drop}
        np.savez(bad, **arrays)
    with pytest.raises(TaggerDataError, match="unreadable|do not match"):
        tagging.load_model(bad)


def test_a_copy_loads_the_same(tmp_path):
    copy = tmp_path / "copy.npz"
    shutil.copy(tagging.WEIGHTS_PATH, copy)
    m = tagging.load_model(copy)
    assert m.pass2["ptb"].tags == tagging.model().pass2["ptb"].tags
    shipped = tagging.model()
    for a, b in ((m.pass1, shipped.pass1), (m.pass2["upos"], shipped.pass2["upos"])):
        assert np.array_equal(a.q, b.q) and np.array_equal(a.scale, b.scale)
        assert np.array_equal(a.tag_weights, b.tag_weights)


def test_tag_weights_are_the_dequantised_tag_rows(tmp_path):
    # pass 2's tag-template rows, dequantised at load, are q x scale of their template
    layer = tagging.model().pass2["upos"]
    n_word = len(tagging.WORD_TEMPLATES)
    with np.load(tagging.WEIGHTS_PATH) as z:
        q, scale = z["pass2_upos_q"], z["pass2_upos_scale"]
    first = layer.offsets[n_word]
    assert layer.tag_weights.shape == (q.shape[0] - first, q.shape[1])
    assert np.array_equal(layer.tag_weights[0], q[first].astype(np.float32) * scale[n_word])
    assert np.array_equal(layer.tag_weights[-1], q[-1].astype(np.float32) * scale[-1])


def test_pass2_read_on_first_use_and_clear_error_if_file_gone(tmp_path):
    copy = tmp_path / "copy.npz"
    shutil.copy(tagging.WEIGHTS_PATH, copy)
    m = tagging.load_model(copy)
    assert m.pass2["upos"].tags == tagging.model().pass2["upos"].tags
    copy.unlink()  # the PTB layer was not read yet
    with pytest.raises(TaggerDataError, match="unreadable"):
        m.pass2["ptb"]
    assert set(m.pass2) == {"upos", "ptb"}
    with pytest.raises(KeyError):
        m.pass2["claws"]


# --- accuracy on EWT test (the figure in analysis/data/tagger-ewt.txt, minus half a point) ----

# Achieved by the shipped weights (see analysis/data/tagger-ewt.txt); half a point of slack.
EWT_TEST_ACCURACY = {"upos": 0.9472, "ptb": 0.9441}


def read_conllu(path):
    sents, forms, upos, xpos = [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if forms:
                sents.append((forms, upos, xpos))
            forms, upos, xpos = [], [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                forms.append(cols[1])
                upos.append(cols[3])
                xpos.append(cols[4])
    return sents


@pytest.mark.slow
@pytest.mark.parametrize("tagset", ["upos", "ptb"])
def test_ewt_test_accuracy(tagset):
    path = EWT / "en_ewt-ud-test.conllu"
    if not path.is_file():
        pytest.skip(f"UD English EWT not available at {path} (../shared is absent)")
    sents = read_conllu(path)
    pred = tag_sentences([s[0] for s in sents], tagset=tagset)
    col = 1 if tagset == "upos" else 2
    gold = [t for s in sents for t in s[col]]
    got = [t for p in pred for t in p]
    assert len(got) == len(gold) == 25094
    accuracy = sum(a == b for a, b in zip(got, gold, strict=True)) / len(gold)
    assert accuracy >= EWT_TEST_ACCURACY[tagset] - 0.005


def test_batch_features_match_atoms():
    # the vectorised featuriser must give, form by form, the ids of `atoms` (the training view)
    m = tagging.model()
    forms = ["Obama", "U.S.", "1,000,000", "don’t", "n’t", "Zzyzx", "über-cool", "Ωmega", "a",
             "—", "…", "''", "“", "HELLO", "e-mail", "sanctions"]
    got = tagging._atom_rows(m, forms)
    for f, row in zip(forms, got, strict=True):
        ids = [v.get(a, tagging.UNKNOWN)
               for v, a in zip(m.vocab, tagging.atoms(tagging.normalize_form(f)), strict=True)]
        assert row.tolist() == ids, f


def test_shape_collapses_runs():
    assert tagging.shape("Obama") == "Xx"
    assert tagging.shape("U.S.") == "X.X."
    assert tagging.shape("1,000,000") == "d,d,d"
    assert tagging.shape("Ωmega") == "Xx"


def test_memo_of_new_forms_changes_nothing(monkeypatch):
    # made-up forms outside the vocabulary: tags must not depend on what earlier calls saw,
    # nor on the memo of new forms restarting when full
    sent = ["The", "Flurbington", "committee", "zorped", "the", "blickets", "."]
    others = [["Quuxly", "snarfed", "a", f"wug{i}", "."] for i in range(50)]
    monkeypatch.setattr(tagging, "_MODEL", None)
    alone = tag(sent)
    monkeypatch.setattr(tagging, "_MODEL", None)
    monkeypatch.setattr(tagging, "MAX_FORMS", 8)
    for s in others:
        tagging.tag_sentences([s])
        # bounded: a call starts when fewer than 8 forms are kept and adds at most 5
        assert tagging.model().forms.n_forms <= 7 + 5
    assert tag(sent) == alone
    assert tagging.tag_sentences(others + [sent])[-1] == alone


def test_memo_grows_in_proportion(monkeypatch):
    # 3,000 made-up forms, then 1 more form per call: each memo table holds at least the forms
    # kept (+ the boundary row) and at most a quarter more plus one growth step
    monkeypatch.setattr(tagging, "_MODEL", None)
    tagging.tag_sentences([[f"blorf{i}" for i in range(3000)]])
    c = tagging.model().forms
    assert c.n_forms == 3000
    for i in range(5):
        tagging.tag_sentences([["zig", f"zag{i}"]])
    assert c.n_forms == 3000 + 1 + 5
    for name in ("pass1", "upos"):
        filled, tables = c.tables[name]
        assert filled == c.n_forms + 1
        for t in tables.values():
            assert filled <= t.shape[0] <= 1.25 * filled + tagging._GROW_ROWS


def test_threads_share_the_memo(monkeypatch):
    # calls from several threads at once, with a memo so small that it restarts while other
    # threads score from its tables: every sentence gets the tags it gets alone
    sents = [["Quuxly", "snarfed", "a", f"wug{i}", "near", f"Blick{i % 7}", "."]
             for i in range(120)]
    monkeypatch.setattr(tagging, "_MODEL", None)
    alone = [tag(s) for s in sents]
    monkeypatch.setattr(tagging, "_MODEL", None)
    monkeypatch.setattr(tagging, "MAX_FORMS", 20)
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda s: tag(s), sents * 3))
    assert got == alone * 3


def test_ascii_batch_shapes_match_shape():
    # the joined-string path: runs of any character collapse, empty forms stay empty, the
    # 12-character cap applies after collapsing
    forms = ["Obama", "", "...", "--", "aaa!!!bbb", "U.S.", "1,000,000", "",
             "XxXxXxXxXxXxXxXx", "a\tb\t\tc"]
    assert tagging._ascii_shapes("\n".join(forms)) == [
        "Xx", "", ".", "-", "x!x", "X.X.", "d,d,d", "", "XxXxXxXxXxXx", "x\tx\tx"]
    assert [tagging.shape(f) for f in forms] == tagging._ascii_shapes("\n".join(forms))
    # forms holding a newline, or not ASCII, take the form-by-form path: the same atoms
    m = tagging.model()
    odd = ["x\ny", "ΣΑΣ", "''", "a``b"]
    want = [[v.get(a, tagging.UNKNOWN)
             for v, a in zip(m.vocab, tagging.atoms(tagging.normalize_form(f)), strict=True)]
            for f in odd]
    assert tagging._atom_rows(m, odd).tolist() == want
    assert tagging._atom_rows(m, ["''", "a"]).tolist() == [want[2], tagging._atom_rows(
        m, ["a"]).tolist()[0]]
