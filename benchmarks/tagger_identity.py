"""Check (not a test): `analysis.tagging` gives the same tags as a saved run, token for token.

For speed work that must not change any output: ``--save`` writes the tags of EWT dev and of
every PolNeAR article (both tagsets; each article in its own `tag_sentences` call, in name
order, then again in reverse order so caches filled by earlier calls are exercised) to a JSON
file outside the repository; ``--compare`` recomputes them with the current code and reports
every difference (exit status 1 if any). ``--max-forms 500`` makes the memo of forms
restart often, to check that restarts change nothing either.

    .venv/bin/python benchmarks/tagger_identity.py --save /tmp/tags-before.json
    # ... change analysis/tagging.py ...
    .venv/bin/python benchmarks/tagger_identity.py --compare /tmp/tags-before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tagger_speed import EWT, POLNEAR, read_conllu, tokenised  # noqa: E402

from analysis import tagging  # noqa: E402


def corpora() -> dict[str, list[list[list[str]]]]:
    """Name -> documents (lists of sentences of word forms)."""
    dev = read_conllu(EWT / "en_ewt-ud-dev.conllu")
    docs = [tokenised(p.read_text(encoding="utf-8")) for p in sorted(POLNEAR.glob("*.txt"))]
    return {"ewt-dev": [[s[0] for s in dev]], "polnear": docs}


def all_tags(data: dict[str, list[list[list[str]]]]) -> dict[str, list]:
    out: dict[str, list] = {}
    for tagset in tagging.TAGSETS:
        for name, docs in data.items():
            out[f"{name}/{tagset}"] = [tagging.tag_sentences(d, tagset=tagset) for d in docs]
            again = [tagging.tag_sentences(d, tagset=tagset) for d in reversed(docs)][::-1]
            out[f"{name}/{tagset}/again"] = again
    return json.loads(json.dumps(out))  # tuples -> lists, as they are read back


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    ap.add_argument("--max-forms", "--max-new-forms", dest="max_forms", type=int,
                    default=tagging.MAX_FORMS,
                    help="a small value exercises the memo's restarts")
    args = ap.parse_args()
    tagging.MAX_FORMS = args.max_forms
    if not POLNEAR.is_dir() or not EWT.is_dir():
        sys.exit(f"needs {POLNEAR} and {EWT}")
    data = corpora()
    got = all_tags(data)
    n = sum(len(t) for s in got["ewt-dev/upos"] + got["polnear/upos"] for t in s)
    if args.save:
        args.save.write_text(json.dumps(got), encoding="utf-8")
        print(f"saved the tags of {n} tokens x {len(got)} runs to {args.save}")
        return
    saved = json.loads(args.compare.read_text(encoding="utf-8"))
    bad = 0
    for key, docs in saved.items():
        for d, (old, new) in enumerate(zip(docs, got[key], strict=True)):
            for s, (a, b) in enumerate(zip(old, new, strict=True)):
                if a != b:
                    bad += 1
                    print(f"{key} doc {d} sentence {s}: {a} -> {b}")
    print(f"{n} tokens x {len(got)} runs compared: {bad} sentences differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
