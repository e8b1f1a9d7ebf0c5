"""Benchmark (not a test): `analysis.readability` versus textstat's nine whole-text functions.

The text: about 200,000 words. By default the seed essay's body is repeated until the count is
reached (real prose, but repeated sentences); ``--synthetic`` builds seeded random prose from
CMU dictionary words instead (no repeated sentences, many words outside common vocabulary).
Both sides run in one process on the same string, after one warm-up call each on a short text
(loading the CMU dictionary is not timed for either). Printed: seconds for each side, the
ratio ours/textstat (target <= 1.0), and how our time splits into tokenization (nltk Punkt and
the Treebank tokenizer, shared with every other measurement) and counting + formulas.

    .venv/bin/python benchmarks/readability_vs_textstat.py [--words 200000] [--synthetic]
"""

from __future__ import annotations

import argparse
import random
import time

from analysis import load_article, paths
from analysis.readability import readability, readability_from_tokens
from analysis.readability_textstat import TEXTSTAT_FUNCTIONS
from analysis.resources import cmu_dictionary, ensure_nltk_cmudict
from analysis.tokenize import lexical_words, sentences, words


def seed_text(n_words: int) -> str:
    body = load_article(paths.SEED_ARTICLE).body_text
    per_copy = len(body.split())
    return "\n\n".join([body] * (n_words // per_copy + 1))


def synthetic_text(n_words: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    vocab = sorted(w for w in cmu_dictionary() if w.isalpha())
    common = ["the", "of", "and", "to", "a", "in", "that", "is", "for", "it", "was", "on"]
    paras, total = [], 0
    while total < n_words:
        sents = []
        for _ in range(rng.randint(3, 7)):
            k = rng.randint(6, 32)
            ws = [rng.choice(common) if rng.random() < 0.4 else rng.choice(vocab) for _ in range(k)]
            sents.append(" ".join(ws).capitalize() + rng.choice([".", ".", ".", "?", "!"]))
            total += k
        paras.append(" ".join(sents))
    return "\n\n".join(paras)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--synthetic", action="store_true")
    args = ap.parse_args()
    import textstat

    text = synthetic_text(args.words) if args.synthetic else seed_text(args.words)
    ensure_nltk_cmudict()
    warm = "The cat sat on the mat. It was denuclearization."
    readability(warm)
    for fn in TEXTSTAT_FUNCTIONS.values():
        getattr(textstat, fn)(warm)

    t0 = time.perf_counter()
    ours = readability(text)
    t_ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    theirs = {name: getattr(textstat, fn)(text) for name, fn in TEXTSTAT_FUNCTIONS.items()}
    t_textstat = time.perf_counter() - t0

    # Our time split: tokenization versus counting + formulas (a second, separate pass).
    t0 = time.perf_counter()
    sents = sentences(text)
    lex = lexical_words(words(text, sentence_spans=sents), text)
    t_tok = time.perf_counter() - t0
    t0 = time.perf_counter()
    readability_from_tokens(sents, lex)
    t_count = time.perf_counter() - t0

    kind = "synthetic CMU-word prose" if args.synthetic else "the seed body, repeated"
    print(f"text: {kind}; {ours.counts.words:,} words, {ours.counts.sentences:,} sentences")
    print(f"ours (readability, 9 scores):      {t_ours:7.2f} s")
    print(f"textstat (9 whole-text functions): {t_textstat:7.2f} s")
    print(f"ratio ours/textstat:               {t_ours / t_textstat:7.2f}  (target <= 1.0)")
    print(f"  ours, tokenization (nltk):       {t_tok:7.2f} s")
    print(f"  ours, counts + formulas:         {t_count:7.2f} s"
          f"  (ratio to textstat {t_count / t_textstat:.2f})")
    print("Flesch-Kincaid grade, ours vs textstat: "
          f"{ours.flesch_kincaid_grade:.2f} vs {theirs['flesch_kincaid_grade']:.2f}")


if __name__ == "__main__":
    main()
