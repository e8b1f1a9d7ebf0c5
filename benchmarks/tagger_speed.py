"""Benchmark (not a test): `analysis.tagging.tag_sentences` speed on real prose, EWT accuracy.

The text: PolNeAR's news articles (``../shared/corpora/polnear-train/text/*.txt``, in name
order) until about ``--words`` tokens, each split with `analysis.tokenize` (sentences, then
Treebank words); without ``../shared`` the generated text of ``benchmarks/corpus.py``. Timed:

- ``per article``: one `tag_sentences` call per article, starting from a fresh model (weights
  loaded, vocabulary and memo of forms empty) inside the timing, then every article's new forms
  featurised in its own call: what the first ~200,000 words of a corpus run in a new process
  pay, weights loading amortised over all these articles (a corpus run loads the weights once
  per process; later articles only pay for the forms they are first to use);
- ``warm``: the same calls again (forms already featurised): the steady state of a long run;
- ``one call``: all sentences in one call;
- ``cold article`` (the pessimistic case): for each of the first ``--cold`` articles, a fresh
  model, then that article alone: weights loading and every form's featurisation amortised
  over one article (a new process per article, e.g. one ``python -m analysis profile`` run).

``--repeat N`` times the first two N times, each with a freshly loaded model (weights,
vocabulary tables and the memo of forms rebuilt; the process's other state is warm), and
prints the minimum and median CPU time: on a shared machine the minimum is the steadier figure.

Printed: microseconds per token for each, wall clock and CPU time of this process (the
machine is shared, so CPU time is the steadier figure), then accuracy on EWT test (when
``../shared`` is present). ``--nltk`` also trains nltk's averaged perceptron
(``PerceptronTagger``, default features, 5 iterations) on EWT train for each tagset and
reports its test accuracy and its speed on the first ``--nltk-words`` tokens of the text.

    .venv/bin/python benchmarks/tagger_speed.py [--words 200000] [--repeat 5] [--cold 20] [--nltk]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from analysis import tagging  # noqa: E402
from analysis.tokenize import sentences, words  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
POLNEAR = SHARED / "polnear-train" / "text"
EWT = SHARED / "ud-english-ewt"


def tokenised(text: str) -> list[list[str]]:
    """The words of each sentence, as the package tokenises them."""
    sents = sentences(text)
    out: list[list[str]] = [[] for _ in sents]
    index = {(s.part, s.paragraph, s.sentence): i for i, s in enumerate(sents)}
    for w in words(text, sentence_spans=sents):
        out[index[(w.part, w.paragraph, w.sentence)]].append(w.text)
    return [s for s in out if s]


def articles(n_words: int) -> tuple[str, list[list[list[str]]]]:
    docs: list[list[list[str]]] = []
    total = 0
    if POLNEAR.is_dir():
        source = f"PolNeAR ({POLNEAR})"
        texts = (p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*.txt")))
    else:
        from corpus import article

        source = "generated text (benchmarks/corpus.py)"
        texts = (article(800, seed=i) for i in range(10_000))
    for text in texts:
        doc = tokenised(text)
        docs.append(doc)
        total += sum(map(len, doc))
        if total >= n_words:
            break
    return source, docs


def read_conllu(path: Path) -> list[tuple[list[str], list[str], list[str]]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_tagger import read_conllu as read

    return read(path)


def ewt_accuracy(tag_fn, sents, col: int) -> float:
    pred = tag_fn([s[0] for s in sents])
    gold = [t for s in sents for t in s[col]]
    got = [t for p in pred for t in p]
    return sum(a == b for a, b in zip(got, gold, strict=True)) / len(gold)


def nltk_comparison(docs, n_words: int) -> None:
    from nltk.tag.perceptron import PerceptronTagger

    train = read_conllu(EWT / "en_ewt-ud-train.conllu")
    test = read_conllu(EWT / "en_ewt-ud-test.conllu")
    sample: list[list[str]] = []
    for doc in docs:
        for s in doc:
            if sum(map(len, sample)) >= n_words:
                break
            sample.append(s)
    n = sum(map(len, sample))
    for tagset, col in (("upos", 1), ("ptb", 2)):
        tagger = PerceptronTagger(load=False)
        t0 = time.perf_counter()
        tagger.train([list(zip(s[0], s[col], strict=True)) for s in train], nr_iter=5)
        train_s = time.perf_counter() - t0
        acc = ewt_accuracy(lambda ss, t=tagger: [[p for _, p in t.tag(s)] for s in ss], test, col)
        t0, c0 = time.perf_counter(), time.process_time()
        for s in sample:
            tagger.tag(s)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"nltk averaged perceptron {tagset}: EWT test {100 * acc:.2f}%, on {n} tokens "
              f"wall {1e6 * wall / n:.1f} us/token, CPU {1e6 * cpu / n:.1f} us/token; "
              f"trained in {train_s:.0f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--tagset", default="upos", choices=tagging.TAGSETS)
    ap.add_argument("--nltk", action="store_true", help="also train and time nltk's tagger")
    ap.add_argument("--nltk-words", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=1,
                    help="time fresh + warm this many times (fresh model each time); min, median")
    ap.add_argument("--cold", type=int, default=20,
                    help="articles timed alone with a fresh model each (0: skip)")
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    source, docs = articles(args.words)
    n = sum(len(s) for d in docs for s in d)
    print(f"text: {source}: {len(docs)} articles, {sum(map(len, docs))} sentences, {n} tokens")

    cpus: dict[str, list[float]] = {"per article": [], "warm": []}
    loads: list[float] = []
    for _ in range(args.repeat):
        tagging._MODEL = None  # a fresh model: weights, vocabulary tables and memo rebuilt
        t0, c0 = time.perf_counter(), time.process_time()
        tagging.model()
        load = time.perf_counter() - t0, time.process_time() - c0
        loads.append(load[1])
        for label in ("per article", "warm"):
            t0, c0 = time.perf_counter(), time.process_time()
            for doc in docs:
                tagging.tag_sentences(doc, tagset=args.tagset)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            if label == "per article":
                wall, cpu = wall + load[0], cpu + load[1]
            cpus[label].append(cpu)
            print(f"{label}: wall {wall:.3f} s ({1e6 * wall / n:.2f} us/token), "
                  f"CPU {cpu:.3f} s ({1e6 * cpu / n:.2f} us/token)"
                  + (f", loading the weights included (CPU {load[1]:.3f} s)"
                     if label == "per article" else ""))
    if args.repeat > 1:
        for label, v in cpus.items():
            print(f"{label} over {args.repeat} runs: CPU min {1e6 * min(v) / n:.2f}, median "
                  f"{1e6 * statistics.median(v) / n:.2f} us/token")
    print(f"loading the weights: CPU median {1e3 * statistics.median(loads):.1f} ms "
          f"({1e6 * statistics.median(loads) / n:.2f} us/token over these {len(docs)} articles, "
          f"{1e6 * statistics.median(loads) / (n / len(docs)):.1f} us/token over one article of "
          f"the mean {n / len(docs):.0f} tokens)")
    if args.cold:
        cold = []
        for doc in docs[: args.cold]:
            tagging._MODEL = None
            c0 = time.process_time()
            tagging.tag_sentences(doc, tagset=args.tagset)
            cold.append(1e6 * (time.process_time() - c0) / sum(map(len, doc)))
        print(f"cold article (fresh model, one article) over {len(cold)} articles: CPU min "
              f"{min(cold):.1f}, median {statistics.median(cold):.1f} us/token")
    every = [s for d in docs for s in d]
    t0, c0 = time.perf_counter(), time.process_time()
    tagging.tag_sentences(every, tagset=args.tagset)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"one call: wall {wall:.3f} s ({1e6 * wall / n:.2f} us/token), "
          f"CPU {cpu:.3f} s ({1e6 * cpu / n:.2f} us/token)")

    if (EWT / "en_ewt-ud-test.conllu").is_file():
        test = read_conllu(EWT / "en_ewt-ud-test.conllu")
        for tagset, col in (("upos", 1), ("ptb", 2)):
            acc = ewt_accuracy(lambda ss, t=tagset: tagging.tag_sentences(ss, tagset=t), test,
                               col)
            print(f"EWT test {tagset}: {100 * acc:.2f}%")
        if args.nltk:
            nltk_comparison(docs, args.nltk_words)
    else:
        print(f"EWT not found at {EWT}: accuracy not measured")


if __name__ == "__main__":
    main()
