"""Differential test: the speed work changes how sentences, tokens, readability features and
lexicon matches are computed, never what they are.

Two checks, each independent of the lexicons and loaders other work changes on purpose:

1. Digests. For each text of the seed, the Golden Rules, FactBank, and samples of the PolNeAR
   and article-page texts, sha256 digests of the sentence offsets, the token offsets and kinds,
   the lexical words, the per-word readability features (syllables, letters, familiarity ...)
   and the readability counts, computed on the plain text (`analysis.tokenize.sentences(str)`:
   paragraphs at blank lines, so the article loader's headline rules do not enter), are
   compared with the digests committed in ``tests/data/differential.json`` (no corpus text is
   committed, only digests). They were written before the core was changed
   (``PYTHONPATH=$PWD python tests/test_differential.py --write`` at the commit named
   in the file). A mismatch
   names the corpus, the text and what differs.
2. The matcher. `analysis.matching.match` (indexed on each entry's first word, per-form caches)
   is compared with `reference_match` below, which tries every entry of every lexicon at every
   word in the documented order (longest first, then lexicon and row order, rules in order,
   matched words consumed), on the package's current hedge and stance lexicons: whatever those
   lexicons hold, both must find the same matches.

Corpora under ``../shared`` are skipped, with the reason, when absent.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from analysis import paths
from analysis.matching import (
    RULES,
    Lexicon,
    Match,
    RuleContext,
    _LazyTags,
    match,
    norm_form,
)
from analysis.spans import Span
from analysis.tokenize import lexical_words, sentences, words

ROOT = paths.ROOT

DIGESTS = Path(__file__).resolve().parent / "data" / "differential.json"
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "corpora" / "polnear-train" / "text"
PAGES = SHARED / "corpora" / "article-pages" / "text"
FACTBANK = SHARED / "corpora" / "szeged-factbank" / "factbank.xml"
GOLDEN = SHARED / "benchmarks" / "golden_rules_en.json"

#: Every k-th file of the two large corpora (sorted by name): 105 PolNeAR articles (about
#: 78,000 words) and 38 article pages (about 47,000 words) keep the test to seconds.
POLNEAR_EVERY, PAGES_EVERY = 8, 3


def _texts(corpus: str) -> Iterator[tuple[str, str]]:
    """(text id, text) of one corpus, in a fixed order."""
    if corpus == "seed":
        yield paths.SEED_ARTICLE.name, paths.SEED_ARTICLE.read_text(encoding="utf-8")
        extra = ROOT / "tests" / "data" / "night_buses.txt"
        if extra.is_file():
            yield extra.name, extra.read_text(encoding="utf-8")
    elif corpus == "golden_rules":
        cases = json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]
        for k, case in enumerate(cases):
            text = case["text"] if isinstance(case, dict) else case[0]
            yield f"case{k:02d}", text
    elif corpus == "factbank":
        from analysis.evaluate import read_uncertainty_xml

        docs: dict[str, list[str]] = {}
        for s in read_uncertainty_xml(FACTBANK):
            docs.setdefault(s.doc, []).append(s.text)
        for doc in sorted(docs):
            yield doc, "\n\n".join(docs[doc])
    elif corpus == "polnear":
        for p in sorted(POLNEAR.glob("*.txt"))[::POLNEAR_EVERY]:
            yield p.name, p.read_text(encoding="utf-8")
    elif corpus == "article_pages":
        for p in sorted(PAGES.glob("*.txt"))[::PAGES_EVERY]:
            yield p.name, p.read_text(encoding="utf-8")
    else:
        raise KeyError(corpus)


CORPORA: dict[str, Path | None] = {"seed": None, "golden_rules": GOLDEN, "factbank": FACTBANK,
                                   "polnear": POLNEAR, "article_pages": PAGES}


def _skip_if_absent(corpus: str) -> None:
    need = CORPORA[corpus]
    if need is not None and not need.exists():
        pytest.skip(f"{need} is absent (the shared corpora live in ../shared)")


def _h(obj: object) -> str:
    return hashlib.sha256(json.dumps(obj, separators=(",", ":")).encode()).hexdigest()[:20]


def digests(text: str) -> dict[str, str]:
    """What the speed work must not change, one digest each (no text, only offsets/numbers)."""
    from analysis.readability import count_readability, describe_words

    sents = sentences(text)
    toks = words(text, sentence_spans=sents)
    lex = lexical_words(toks, text)
    feats = describe_words(lex, sents)
    counts = count_readability(text)
    return {
        "sentences": _h([(s.start, s.end, s.paragraph, s.sentence) for s in sents]),
        "tokens": _h([(t.start, t.end, t.kind, t.sentence) for t in toks]),
        "lexical": _h([(t.start, t.end, t.kind) for t in lex]),
        "features": _h([[w.span.start, *(v for v in tuple(w)[1:])] for w in feats]),
        "counts": _h(dataclasses.asdict(counts)),
    }


def _stored() -> dict:
    if not DIGESTS.is_file():
        pytest.fail(f"{DIGESTS} is missing: run python tests/test_differential.py --write")
    return json.loads(DIGESTS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_digests_unchanged(corpus):
    _skip_if_absent(corpus)
    stored = _stored()["corpora"][corpus]
    differences = []
    seen = 0
    for tid, text in _texts(corpus):
        seen += 1
        want = stored.get(tid)
        if want is None:
            differences.append(f"{tid}: no stored digest (a new text? rerun --write)")
            continue
        got = digests(text)
        differences += [f"{tid}: {k} differ" for k in want if got.get(k) != want[k]]
    assert seen == len(stored), f"{corpus}: {seen} texts now, {len(stored)} when written"
    assert not differences, f"{corpus}: " + "; ".join(differences[:20])


# --- the matcher against a plain reference ---------------------------------------------------


def _position_ok(pos: frozenset[str], tok: Span, norm: str) -> bool:
    from analysis.matching import NUMBER_WORDS

    return ("*" in pos or norm in pos
            or ("<NUM>" in pos and (tok.kind == "number" or norm in NUMBER_WORDS)))


def _quoted_ref(source: str, pos: int, sent: Span) -> bool:
    """``pos`` inside a quotation of its sentence, by the one pairing rule applied plainly."""
    from analysis.normalize import view
    from analysis.quotes import pair_quotes

    n = sent.end - sent.start
    found = pair_quotes(view(source[sent.start:sent.end]), 0, n, sentence_ends=[n])
    return any(a + sent.start <= pos < b + sent.start for _, _, a, b, _ in found)


def reference_match(lexicons: Sequence[Lexicon], tokens: Sequence[Span], source: str, *,
                    sentence_spans: Sequence[Span]) -> list[Match]:
    """The matcher as its docstring describes it, with no index or cache: every entry that
    could start in the sentence tried at every word of it."""
    entries = [e for lex in lexicons for e in lex.entries]
    by_number = {s.sentence: s for s in sentence_spans}
    out: list[Match] = []
    groups: list[list[int]] = []  # token indices of each sentence, in order
    k = 0
    while k < len(tokens):
        m = k
        key = (tokens[k].sentence, tokens[k].part, tokens[k].paragraph)
        while m < len(tokens) and (tokens[m].sentence, tokens[m].part,
                                   tokens[m].paragraph) == key:
            m += 1
        groups.append(list(range(k, m)))
        k = m
    # The same part-of-speech tags as the engine gives its rules (one tagger call).
    tagger = _LazyTags(tokens, groups)
    for g, group in enumerate(groups):
        sent_toks = tuple(tokens[x] for x in group)
        widx = [x for x in group if tokens[x].kind != "punct"]
        wsp = tuple(tokens[x] for x in widx)
        if not wsp:
            continue
        norm = tuple(norm_form(w.text) for w in wsp)
        sent = by_number[wsp[0].sentence]
        # Entries that could start anywhere in this sentence (a plain filter, for speed: a
        # first position with a wildcard, or one of its words in the sentence).
        here = set(norm)
        possible = [(order, e) for order, e in enumerate(entries)
                    if "*" in e.positions[0] or "<NUM>" in e.positions[0]
                    or not here.isdisjoint(e.positions[0])]
        claimed = [False] * len(wsp)
        i = 0
        while i < len(wsp):
            cands = []
            for order, e in possible:
                n = len(e.positions)
                if i + n > len(wsp) or any(claimed[i:i + n]):
                    continue
                if any(widx[i + x] - widx[i + x - 1] > 1 for x in range(1, n)):
                    continue  # punctuation inside
                if all(_position_ok(e.positions[x], wsp[i + x], norm[i + x]) for x in range(n)):
                    cands.append((-n, order, e))
            cands.sort(key=lambda c: (c[0], c[1]))
            for neg_n, _, e in cands:
                j = i - neg_n
                fields: dict = {}
                ctx = RuleContext(wsp, norm, i, j, sent_toks, sent, source, e,
                                  tagger=tagger, group=g)
                results = [RULES[r].fn(ctx) for r in e.rules]
                if any(res is None for res in results):
                    continue
                for res in results:
                    fields.update(res)
                a, b = i, j
                left = int(fields.pop("extend_left", 0) or 0)
                right = int(fields.pop("extend_right", 0) or 0)
                if left and a - left >= 0 and not any(claimed[a - left:a]):
                    a -= left
                if right and b + right <= len(wsp) and not any(claimed[b:b + right]):
                    b += right
                claimed[a:b] = [True] * (b - a)
                start, end = wsp[a].start, wsp[b - 1].end
                extra = dict(e.extra)
                for key2 in list(fields):
                    if key2 not in ("kind", "category", "voice", "label"):
                        extra[key2] = str(fields.pop(key2))
                voice = fields.get("voice", "") or (
                    "quoted" if _quoted_ref(source, start, sent) else "author")
                out.append(Match(
                    start=start, end=end, text=source[start:end],
                    kind=str(fields.get("kind", e.kind)),
                    category=str(fields.get("category", e.category)), source=e.source,
                    rule="+".join(e.rules), sentence=sent.sentence, pattern=e.pattern,
                    lexicon=e.lexicon, voice=voice, label=str(fields.get("label", "")),
                    part=wsp[a].part, paragraph=wsp[a].paragraph, token_start=widx[a],
                    token_end=widx[b - 1] + 1, extra=tuple(extra.items())))
                i = b - 1
                break
            i += 1
    return sorted(out, key=lambda x: (x.start, x.end))


def _lexicon_sets() -> dict[str, tuple[Lexicon, ...]]:
    from analysis.hedging import hedge_lexicons
    from analysis.stance import stance_lexicons

    return {"hedges": tuple(hedge_lexicons()), "stance": tuple(stance_lexicons())}


#: Texts per corpus for the matcher comparison (the reference is slow: it tries every entry).
MATCH_SAMPLE = {"seed": 10, "golden_rules": 48, "factbank": 6, "polnear": 5,
                "article_pages": 4}


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_matcher_equals_reference(corpus):
    _skip_if_absent(corpus)
    lexsets = _lexicon_sets()
    compared = 0
    for n, (tid, text) in enumerate(_texts(corpus)):
        if n >= MATCH_SAMPLE[corpus]:
            break
        sents = sentences(text)
        toks = words(text, sentence_spans=sents)
        for family, lexs in lexsets.items():
            # No paragraph spans: both look for opening quotes from the sentence start.
            got = match(lexs, toks, text, sentence_spans=sents)
            want = reference_match(lexs, toks, text, sentence_spans=sents)
            assert got == want, f"{corpus} {tid} {family}: {len(got)} vs {len(want)} matches"
            compared += len(want)
    assert compared > 0 or corpus == "golden_rules"


def test_reference_matcher_by_hand():
    """The reference itself on a sentence worked out by hand: "may well" is one hedge (the
    longest entry wins over "may"), "perhaps" another, and nothing spans the comma."""
    from analysis.matching import load_lexicon

    lex_path = Path(__file__).resolve().parent / "data" / "differential_lexicon.csv"
    lex = load_lexicon(lex_path)
    text = "It may well rain, perhaps tomorrow."
    sents = sentences(text)
    toks = words(text, sentence_spans=sents)
    found = reference_match([lex], toks, text, sentence_spans=sents)
    assert [(m.text, m.category) for m in found] == [("may well", "modal phrase"),
                                                     ("perhaps", "adverb")]
    assert found == match([lex], toks, text, sentence_spans=sents)


def write(path: Path = DIGESTS) -> None:
    """Write the digests of every corpus present (run before changing the core)."""
    import subprocess

    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                          capture_output=True).stdout.strip()
    data: dict = {"written_at": head, "note": "sha256 (first 20 hex digits) of offsets and "
                  "numbers; see tests/test_differential.py", "corpora": {}}
    for corpus, need in CORPORA.items():
        if need is not None and not need.exists():
            print(f"{corpus}: absent, skipped", file=sys.stderr)
            continue
        data["corpora"][corpus] = {tid: digests(text) for tid, text in _texts(corpus)}
        print(f"{corpus}: {len(data['corpora'][corpus])} texts", file=sys.stderr)
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
    else:
        print(__doc__)
