"""Sentences and words with offsets (analysis/tokenize.py).

Every expected value here was worked out by reading the text, not copied from the code: the
comments say how each count was made.
"""

from __future__ import annotations

import json

import pytest

from analysis import load_article, paths
from analysis.tokenize import lexical_words, sentences, words

SHARED = paths.ROOT.parent / "shared"
GOLDEN = SHARED / "benchmarks" / "golden_rules_en.json"
ALL_PARTS = ("title", "subtitle", "body")


@pytest.fixture(scope="module")
def seed():
    return load_article(paths.SEED_ARTICLE)


def texts(spans):
    return [s.text for s in spans]


# --- the seed article ------------------------------------------------------------------------

def test_seed_body_has_15_sentences(seed):
    # Counted by hand in data/raw: 7 + 3 + 2 + 2 + 1 sentences in the five body paragraphs.
    assert len(sentences(seed)) == 15


@pytest.mark.parametrize("paragraph, expected", [(0, 7), (1, 3), (2, 2), (3, 2), (4, 1)])
def test_seed_sentences_per_paragraph(seed, paragraph, expected):
    assert sum(s.paragraph == paragraph for s in sentences(seed)) == expected


def test_seed_first_paragraph_boundaries(seed):
    # The seven sentences of the first paragraph, copied from the file by hand.
    expected = [
        "At the end of last week, the next phase of U.S.–North Korean diplomacy got off to a "
        "rocky start in Pyongyang.",
        "Following a set of talks with U.S. Secretary of State Mike Pompeo, the North Korean "
        "Foreign Ministry criticized Washington’s “unilateral and gangster-like demand for "
        "denuclearization.”",
        "Pompeo maintains that the meetings were “productive.”",
        "Pompeo was right, in the sense that the talks again showed why too narrow a focus on "
        "denuclearization has been and continues to be a recipe for failure.",
        "A one-track devotion to ending the nuclear program will force all other important "
        "issues to queue up behind it.",
        "As pressure mounts to resolve the lead issue, the whole diplomatic process could stall "
        "or even fail, leading to crisis once again.",
        "In contrast, a broader process would actually do more to ease progress on "
        "denuclearization, as well as multiple other fronts.",
    ]
    assert texts(s for s in sentences(seed) if s.paragraph == 0) == expected


def test_seed_headline_lines_are_one_sentence_each(seed):
    sents = sentences(seed, parts=ALL_PARTS)
    # 15 body sentences + the title + the subtitle.
    assert len(sents) == 17
    assert [(s.part, s.text) for s in sents[:2]] == [
        ("title", "How Diplomacy With North Korea Can Work"),
        ("subtitle", "A Narrow Focus on Denuclearization Is the Wrong Strategy"),
    ]


def test_seed_offsets_invariant_for_every_span(seed):
    sents = sentences(seed, parts=ALL_PARTS)
    toks = words(seed, parts=ALL_PARTS, sentence_spans=sents)
    segs = seed.parts(ALL_PARTS)
    for span in [*sents, *toks, *lexical_words(toks, seed.text)]:
        assert seed.text[span.start:span.end] == span.text
        assert span.text == span.text.strip() and span.text
    # Sentences tile each segment: in order, no overlap, only whitespace between them, and
    # together they cover the segment from its first to its last character.
    for seg in segs:
        inside = [s for s in sents if seg.start <= s.start and s.end <= seg.end]
        assert inside[0].start == seg.start and inside[-1].end == seg.end
        for a, b in zip(inside, inside[1:], strict=False):
            assert a.end <= b.start and seed.text[a.end:b.start].strip() == ""
    assert sum(len([s for s in sents if g.start <= s.start < g.end]) for g in segs) == len(sents)
    # Words lie inside their sentence, in order, without overlap.
    by_index = {s.sentence: s for s in sents}
    for a, b in zip(toks, toks[1:], strict=False):
        assert a.end <= b.start
    for t in toks:
        sent = by_index[t.sentence]
        assert sent.start <= t.start and t.end <= sent.end
        assert t.part == sent.part and t.paragraph == sent.paragraph


def _sentence_containing(seed, start_text):
    (sent,) = [s for s in sentences(seed) if s.text.startswith(start_text)]
    return sent


@pytest.mark.parametrize(
    "start_text, n_tokens, n_lexical, n_punct",
    [
        # At(1) the end of last week(6) , the next phase of(10) U.S.(11) – North Korean
        # diplomacy got off to a rocky start in Pyongyang(22) . -> punctuation , – . (3)
        ("At the end of last week", 25, 22, 3),
        # Following a set of talks with(6) U.S. Secretary of State Mike Pompeo(12) , the North
        # Korean Foreign Ministry criticized(18) Washington’s(19: Washington + ’s = 2 tokens)
        # “ unilateral and gangster-like demand for denuclearization(25) . ” -> 25 words,
        # 26 word tokens, punctuation , “ . ” (4)
        ("Following a set of talks", 30, 25, 4),
        # Pompeo maintains that the meetings were “ productive . ” -> 7 words, 3 punctuation
        ("Pompeo maintains", 10, 7, 3),
        # A key objective for the next stage should be to(10) sustain diplomatic momentum over
        # the next year or so(19) , 2018(20) -> 20 words, 1 punctuation (no final stop: cut off)
        ("A key objective", 21, 20, 1),
    ],
)
def test_seed_words_counted_by_hand(seed, start_text, n_tokens, n_lexical, n_punct):
    sent = _sentence_containing(seed, start_text)
    toks = words(seed, sentence_spans=[sent])
    assert len(toks) == n_tokens
    assert sum(t.kind == "punct" for t in toks) == n_punct
    assert len(lexical_words(toks, seed.text)) == n_lexical


def test_seed_first_sentence_tokens(seed):
    sent = _sentence_containing(seed, "At the end of last week")
    toks = words(seed, sentence_spans=[sent])
    # At(0) the end of last week(5) ,(6) the next phase of(10) U.S.(11) –(12) North(13):
    # U.S.–North does not end a sentence and gives U.S. / – / North.
    assert texts(toks[11:14]) == ["U.S.", "–", "North"]
    assert [t.kind for t in toks[11:14]] == ["word", "punct", "word"]


@pytest.mark.parametrize(
    "compound", ["gangster-like", "one-track", "inter-Korean", "just-concluded"]
)
def test_seed_hyphenated_compounds_stay_whole(seed, compound):
    assert compound in texts(words(seed))


def test_seed_numbers_and_possessives(seed):
    toks = words(seed)
    # Numbers in the body: 2017, 2018 (paragraph 2) and 2018 (the cut-off last paragraph).
    assert [t.text for t in toks if t.kind == "number"] == ["2017", "2018", "2018"]
    # North Korea’s (paragraph 2) and Washington’s (paragraph 1): the clitic is its own token.
    assert texts(toks).count("’s") == 2


# --- sentence rules on small texts --------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # Abbreviations from news and policy writing do not end sentences ...
        ("Gen. Smith met Sen. Jones and Rep. Lee in Washington.", 1),
        ("Mr. and Mrs. Kim met Dr. Park at 9 a.m. on Jan. 5 in St. Louis.", 1),
        ("Lt. Col. John A. Smith of the U.S. Army spoke to Gov. Brown.", 1),
        ("See No. 5, i.e. the last one, vs. the first, e.g. this one.", 1),
        ("The U.N. Security Council met on Dec. 3 at 4 p.m. in New York.", 1),
        ("Acme Corp. and Widget Inc. signed.", 1),
        ("Papers, e.g. The Times, and Gen. Smith vs. The Crown agreed.", 1),
        # ... unless a sentence starter follows (rule 2) ...
        ("The U.N. Security Council met. It voted.", 2),
        ("He lives in the U.S. He works for Acme Corp. in St. Louis.", 2),
        ("The deal went to Acme Inc. Shares rose.", 2),
        # ... decimals and initials are not boundaries.
        ("Prices rose 3.5 percent. The index fell 0.2 percent.", 2),
        ("Kim Jong Un met J. R. Smith.", 1),
    ],
)
def test_abbreviations(text, expected):
    assert len(sentences(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Closing quotes and brackets stay with their sentence.
        ("Pompeo said the talks were “productive.” Others disagreed.",
         ["Pompeo said the talks were “productive.”", "Others disagreed."]),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("(This was new.) The talks ended.", ["(This was new.)", "The talks ended."]),
        # A quotation ending in . ? ! inside a sentence does not end it (rule 4).
        ("“Is it over?” she asked.", ["“Is it over?” she asked."]),
        ("She wrote ‘This is great.’ and left.", ["She wrote ‘This is great.’ and left."]),
    ],
)
def test_quotes_and_brackets(text, expected):
    assert texts(sentences(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Three dots mark an omission inside a sentence; four dots end it (rule 5).
        ("The talks . . . went well.", ["The talks . . . went well."]),
        ("The talks ... went well... Really.", ["The talks ... went well... Really."]),
        ("It failed.... Then it worked.", ["It failed....", "Then it worked."]),
        ("It failed. . . . Then it worked.", ["It failed.", ". . . Then it worked."]),
        # Numbered items (rule 6).
        ("1. Freeze the tests 2. Open talks", ["1. Freeze the tests", "2. Open talks"]),
        ("a) Freeze. b) Talk.", ["a) Freeze.", "b) Talk."]),
    ],
)
def test_ellipses_and_lists(text, expected):
    assert texts(sentences(text)) == expected


def test_never_across_a_paragraph():
    text = "The first paragraph has no stop\n\nThe second one does."
    sents = sentences(text)
    assert texts(sents) == ["The first paragraph has no stop", "The second one does."]
    assert [s.paragraph for s in sents] == [0, 1]
    assert [(s.start, s.end) for s in sents] == [(0, 31), (33, 53)]


# --- words --------------------------------------------------------------------------------------

def test_curly_and_straight_apostrophes_tokenize_alike():
    curly = "North Korea’s leaders don’t say they’re done."
    straight = curly.replace("’", "'")
    a, b = words(curly), words(straight)
    assert [(t.start, t.end, t.kind) for t in a] == [(t.start, t.end, t.kind) for t in b]
    # North Korea ’s leaders do n’t say they ’re done . (by hand: 10 tokens)
    assert texts(a) == ["North", "Korea", "’s", "leaders", "do", "n’t", "say", "they", "’re",
                        "done", "."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Punctuation and symbols are "punct"; figures "number".
        ("It cost $100.00, or 5% (in 2018).",
         [("It", "word"), ("cost", "word"), ("$", "punct"), ("100.00", "number"),
          (",", "punct"), ("or", "word"), ("5", "number"), ("%", "punct"), ("(", "punct"),
          ("in", "word"), ("2018", "number"), (")", "punct"), (".", "punct")]),
        # An abbreviation ending the sentence keeps its period.
        ("He lives in the U.S.", [("He", "word"), ("lives", "word"), ("in", "word"),
                                  ("the", "word"), ("U.S.", "word")]),
        ("talks — and more", [("talks", "word"), ("—", "punct"), ("and", "word"),
                              ("more", "word")]),
    ],
)
def test_word_kinds(text, expected):
    assert [(t.text, t.kind) for t in words(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Flesch: contractions, possessives and hyphenated words are one word each.
        ("I don’t think North Korea’s one-track plan cannot work.",
         ["I", "don’t", "think", "North", "Korea’s", "one-track", "plan", "cannot", "work"]),
        ("We're gonna see U.S.–North Korean talks in 2018.",
         ["We're", "gonna", "see", "U.S.", "North", "Korean", "talks", "in", "2018"]),
    ],
)
def test_lexical_words(text, expected):
    assert texts(lexical_words(words(text), text)) == expected


# --- the Golden Rules benchmark ------------------------------------------------------------------

def test_golden_rules_at_least_90_percent():
    if not GOLDEN.is_file():
        pytest.skip(f"Golden Rules file not found at {GOLDEN} (../shared is absent)")
    cases = json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]
    assert len(cases) == 48
    right = sum(
        [s.text.strip() for s in sentences(c["text"])] == [e.strip() for e in c["expected"]]
        for c in cases
    )
    assert right / len(cases) >= 0.90, f"{right}/48 Golden Rules right"


# --- speed without another answer: sentences tokenized together, one segmentation per article --

def test_sentences_tokenized_together_come_out_as_alone():
    # words() runs nltk's substitutions over all sentences at once; each sentence must still get
    # the sentence-final rules: "ended." splits its period only because it ends a sentence (inside
    # a string nltk keeps "them." whole), and the opening '"' is recognised at a sentence start.
    # By hand: It|ended|. (3) + "|Go|,|"|he|said|. (7) + Then|it|began|. (4) = 14 tokens.
    toks = words('It ended. "Go," he said. Then it began.')
    assert [(t.text, t.sentence) for t in toks] == [
        ("It", 0), ("ended", 0), (".", 0),
        ('"', 1), ("Go", 1), (",", 1), ('"', 1), ("he", 1), ("said", 1), (".", 1),
        ("Then", 2), ("it", 2), ("began", 2), (".", 2),
    ]


def test_sentence_ending_in_colon_or_starting_with_quote_in_a_batch():
    # A colon ends the first sentence (split off: "Note", ":"); the second starts with an
    # apostrophe quote before a space, which nltk splits off: "'", "Tis" ... by hand 2 + 5 tokens.
    text = "Note:\n\n' Tis late, she said."
    assert [[t.text for t in words(text) if t.sentence == k] for k in (0, 1)] == [
        ["Note", ":"], ["'", "Tis", "late", ",", "she", "said", "."]]


def test_character_outside_the_batch_still_tokenized():
    # A NUL character (the batch's separator) is a control character: analysis.normalize.view
    # blanks it before tokenizing (issue 11), so it is no token and never reaches the batch:
    # "a", "b", "." by hand, offsets into the original text.
    toks = words("a \x00 b.")
    assert [t.text for t in toks] == ["a", "b", "."]
    assert [t.start for t in toks] == [0, 4, 5]


def test_article_segmented_once_per_part(monkeypatch):
    import analysis.tokenize as tokenize
    from analysis.article import Article

    calls = {"_sentences": 0, "_words": 0}

    def counting(name, f):
        def counted(*args, **kwargs):
            calls[name] += 1
            return f(*args, **kwargs)
        return counted

    for name in calls:
        monkeypatch.setattr(tokenize, name, counting(name, getattr(tokenize, name)))
    article = Article.from_text("Why Buses Run Late at Night\n\nA Short Note on Timetables\n\n"
                                "The last bus left early. Nobody knew why.\n\nIt came back at one.",
                                name="buses")
    body = sentences(article)
    words(article, sentence_spans=body)
    words(article)
    everything = sentences(article, parts=ALL_PARTS)
    words(article, sentence_spans=everything)
    toks = words(article, parts=ALL_PARTS)
    # Three parts (title, subtitle, body), each segmented and tokenized once.
    assert calls == {"_sentences": 3, "_words": 3}
    # Body sentence numbers follow the two headline lines when they are included: by hand,
    # "The last bus left early." is sentence 0 of the body and sentence 2 of everything.
    assert (body[0].sentence, everything[2].sentence) == (0, 2)
    assert everything[2].text == "The last bus left early."
    # "one" is in the fifth sentence of everything (title, subtitle, 3 body sentences): index 4.
    assert [t.sentence for t in toks if t.text == "one"] == [4]
    # Each call returns a new list: emptying one leaves the next intact.
    toks.clear()
    assert len(words(article, parts=ALL_PARTS)) == 27  # 6 + 5 + 6 + 4 + 6 tokens, by hand


# Punkt's own output on texts that reach each of its steps: candidate contexts that overlap
# ("acting!!!"), closing punctuation realigned after a break, abbreviations, initials,
# numbers, ellipses, line breaks inside a paragraph, leading and trailing whitespace.
_PUNKT_CASES = [
    "Very bad acting!!! I promise.",
    "(Sent1.) Sent2. \"Quoted.\" Then 'single.' Next.",
    "Mr. Smith met Dr. J. R. Jones at 5 p.m. on Jan. 3. They talked. The U.S. Government agreed.",
    "It was 1990. Then it was 2. Numbers... and more. . . . Here.\nA new line. And\ttabs.",
    "  Leading space. Trailing space.   ",
    "No break here",
    "Salomon Brothers Inc. Ms. Applebaum said so. e.g. The Times. What? Yes! Okay.",
    "A sentence.\n\nA paragraph in the same text.\r\nWindows line. Form\x0cfeed. Vertical\x0btab.",
    "He said \u201cno.\u201d Then he left.) And [this.] Done.",
]


def test_punkt_starts_match_span_tokenize():
    """`_Punkt.starts` is Punkt's ``span_tokenize`` (its sentence starts), computed faster."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from analysis.sentence_split import _punkt

    punkt = _punkt()
    for text in _PUNKT_CASES:
        want = [s for s, _ in PunktSentenceTokenizer.span_tokenize(punkt, text)]
        assert punkt.starts(text) == want, text
        for context in (text, text[:12], text[-15:]):
            assert punkt._contains_break(context) is PunktSentenceTokenizer.text_contains_sentbreak(
                punkt, context), context


def test_paragraph_bounds_by_hand():
    """Paragraphs are the stretches between blank lines, stripped: worked out by hand."""
    from analysis.tokenize import _paragraph_bounds

    assert _paragraph_bounds("  a\n\n b \n \n\nc  ") == [(2, 3), (6, 7), (12, 13)]
    assert _paragraph_bounds("one\n two\n\t\n") == [(0, 8)]  # a line break alone is no break
    assert _paragraph_bounds(" \n\n ") == []


def test_contraction_hits_cover_the_hint_pattern():
    """Every match of the contraction hint is among `_contraction_hits` (the str.find path,
    with "ı" and "ſ", and the pattern itself when "İ" makes the lower-cased text longer)."""
    from analysis.treebank import _CONTRACTION_HINT, _contraction_hits

    for text in ("We CANNOT go, gonna stay. I'd say 'Tis true; Wanna", "gımme more'n that",
                 "İ GoTTa lemme ſee: d'YE 'twas", "nothing here"):
        want = {m.start() for m in _CONTRACTION_HINT.finditer(text)}
        assert want <= set(_contraction_hits(text)), text
    assert sorted(_contraction_hits("I cannot, gonna.")) == [2, 10]  # by hand


def test_blank_dashes_by_hand():
    """Dashes become spaces of the same length, curly apostrophes straight ones."""
    from analysis.treebank import _blank_dashes

    assert _blank_dashes("don\u2019t \u2018x\u02bc a\u2013b\u2014c\u2012d\u2015e--f") == (
        "don't 'x' a b c d e  f")
    assert _blank_dashes("plain--text") == "plain  text"
