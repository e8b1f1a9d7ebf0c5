"""Score the sentence splitter on the English Golden Rules (and optionally on FactBank).

Usage (from the repository root)::

    .venv/bin/python benchmarks/golden_rules.py [PATH_TO_golden_rules_en.json]
        [--factbank PATH_TO_factbank.xml] [--no-factbank]

A Golden Rules case counts as right only when the list of sentences matches the expected list
exactly, each sentence stripped of whitespace at its ends (the rule of pySBD's benchmark). For
scale the same cases are run through nltk's untrained ``PunktSentenceTokenizer()`` (published
figure 39.58%).

With FactBank (the Szeged Uncertainty Corpus news part, gold ``<Sentence>`` elements inside
``<Document>`` elements), each document's sentences are joined by one space, split again, and
the boundaries found are compared with the gold ones (precision, recall, F1), plus the share of
gold sentences reproduced exactly.

The data files are read where they are (by default ``../shared/benchmarks/`` and
``../shared/corpora/`` next to the repository); nothing is copied.

References
----------
Sadvilkar, N. and Neumann, M. (2020). PySBD: Pragmatic Sentence Boundary Disambiguation.
Proceedings of NLP-OSS, 110-114 (the 48 English Golden Rules and published scores).
Szarvas, G., Vincze, V., Farkas, R., Mora, G. and Gurevych, I. (2012). Cross-genre and
cross-domain detection of semantic uncertainty. Computational Linguistics 38(2), 335-367.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer

from analysis import load_article, paths
from analysis.tokenize import sentences, words

SHARED = paths.ROOT.parent / "shared"
DEFAULT_GOLDEN = SHARED / "benchmarks" / "golden_rules_en.json"
DEFAULT_FACTBANK = SHARED / "corpora" / "szeged-factbank" / "factbank.xml"

Splitter = Callable[[str], list[str]]


def ours(text: str) -> list[str]:
    """The package's splitter on a plain string."""
    return [s.text for s in sentences(text)]


def untrained_punkt(text: str) -> list[str]:
    """nltk's Punkt with no parameters at all (the published 39.58% baseline)."""
    return PunktSentenceTokenizer().tokenize(text)


def load_cases(path: Path) -> list[dict]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data["cases"] if isinstance(data, dict) else data


def score(cases: list[dict], split: Splitter) -> tuple[int, list[tuple[dict, list[str]]]]:
    """Number of cases exactly right, and the failing cases with what the splitter gave."""
    right, failures = 0, []
    for case in cases:
        got = [s.strip() for s in split(case["text"]) if s.strip()]
        expected = [s.strip() for s in case["expected"]]
        if got == expected:
            right += 1
        else:
            failures.append((case, got))
    return right, failures


def factbank_documents(path: Path) -> list[list[str]]:
    """Gold sentences of each FactBank document (inline cue markup flattened to text)."""
    root = ET.parse(path).getroot()
    docs = []
    for doc in root.iter("Document"):
        sents = ["".join(s.itertext()).strip() for s in doc.iter("Sentence")]
        sents = [s for s in sents if s]
        if sents:
            docs.append(sents)
    return docs


def factbank_scores(docs: list[list[str]], split_spans: Callable[[str], list[tuple[int, int]]]
                    ) -> dict[str, float]:
    """Boundary precision, recall, F1 and the share of gold sentences reproduced exactly."""
    tp = fp = fn = exact = n_gold = 0
    for sents in docs:
        text, gold, pos = "", [], 0
        for k, s in enumerate(sents):
            if k:
                text += " "
                pos += 1
            gold.append((pos, pos + len(s)))
            text += s
            pos += len(s)
        found = split_spans(text)
        gold_ends = {e for _, e in gold[:-1]}
        found_ends = {e for _, e in found[:-1]}
        tp += len(gold_ends & found_ends)
        fp += len(found_ends - gold_ends)
        fn += len(gold_ends - found_ends)
        exact += len(set(gold) & set(found))
        n_gold += len(gold)
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if p + r else float("nan")
    return {"precision": p, "recall": r, "f1": f, "exact": exact / n_gold, "sentences": n_gold,
            "documents": len(docs)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("golden", nargs="?", type=Path, default=DEFAULT_GOLDEN,
                    help=f"Golden Rules JSON (default {DEFAULT_GOLDEN})")
    ap.add_argument("--factbank", type=Path, default=DEFAULT_FACTBANK,
                    help="FactBank XML with gold <Sentence> elements (skipped if absent)")
    ap.add_argument("--no-factbank", action="store_true", help="skip the FactBank measurement")
    args = ap.parse_args(argv)

    if not args.golden.is_file():
        print(f"error: Golden Rules file not found: {args.golden}", file=sys.stderr)
        return 2
    cases = load_cases(args.golden)
    right, failures = score(cases, ours)
    base_right, _ = score(cases, untrained_punkt)
    n = len(cases)
    print(f"Golden Rules ({args.golden}): {n} cases")
    print(f"  analysis.tokenize.sentences:     {right}/{n} = {100 * right / n:.2f}%")
    print(f"  untrained PunktSentenceTokenizer: {base_right}/{n} = {100 * base_right / n:.2f}%"
          "  (published 39.58%)")
    for case, got in failures:
        print(f"\nFAIL rule {case.get('rule_no', case.get('id'))}: {case.get('rule', '')}")
        print(f"  text:     {case['text']!r}")
        print(f"  expected: {case['expected']!r}")
        print(f"  got:      {got!r}")

    seed = load_article(paths.SEED_ARTICLE)
    words(seed)  # warm up: compiles the regular expressions once
    t0 = time.perf_counter()
    seed_sents = sentences(seed, parts=("title", "subtitle", "body"))
    seed_toks = words(seed, sentence_spans=seed_sents)
    dt = time.perf_counter() - t0
    print(f"\nSeed article: {len(seed_sents)} sentences (title, subtitle, body), {len(seed_toks)} "
          f"tokens in {1000 * dt:.1f} ms")

    if not args.no_factbank:
        if args.factbank.is_file():
            docs = factbank_documents(args.factbank)
            t0 = time.perf_counter()
            ours_fb = factbank_scores(docs, lambda t: [(s.start, s.end) for s in sentences(t)])
            dt = time.perf_counter() - t0
            base_fb = factbank_scores(
                docs, lambda t: list(PunktSentenceTokenizer().span_tokenize(t)))
            print(f"\nFactBank sentence boundaries ({args.factbank}): {ours_fb['documents']} "
                  f"documents, {ours_fb['sentences']} gold sentences")
            for name, r in (("analysis.tokenize.sentences", ours_fb),
                            ("untrained PunktSentenceTokenizer", base_fb)):
                print(f"  {name:33s} P={r['precision']:.3f} R={r['recall']:.3f} "
                      f"F1={r['f1']:.3f} exact sentences={100 * r['exact']:.2f}%")
            print(f"  (ours: {dt:.2f} s for the whole corpus)")
        else:
            print(f"\nFactBank not found at {args.factbank}; skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
