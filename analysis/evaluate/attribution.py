"""Evaluate attribution (who says what) against PolNeAR's brat standoff annotation.

PolNeAR (Newell, Margolin and Ruths 2018) marks every attribution in 1,000 US political news
articles: a ``Cue`` span (the reporting verb, "according to", a colon ...), a ``Source`` span
(who; absent for "Attribution-no-source") and a ``Content`` span (what), tied together by an
``E`` line (``Attribution:T4 Content:T3 Cue:T2 Source:T1``). Spans may be discontinuous
(``start end;start end``). `read_brat` reads one ``.ann`` file, `read_polnear` a corpus folder
(``text/NAME.txt`` with the headline on the first line, ``attributions/NAME.ann``).

`predict_attributions` reads a corpus file as its article (`corpus_article`: no boilerplate
filter; the annotators marked the headline and the dateline lead too), with the sourceless
appearance reports PolNeAR annotates ("X seems to Y"), and keeps the outer
reports (`analysis.attribution.outermost`): the gold never nests one attribution's cue inside
another's content ("X said he believes Y" is one attribution, the belief being its content).

Scoring (`score`):

- cue level: a predicted attribution matches a gold one when their cue spans overlap, one to
  one (greedy in text order, the gold cue with the largest overlap first); precision, recall
  and F1 over all documents (micro);
- over the matched pairs: source and content token F1 (tokens are ``\\w+`` runs, compared by
  their character offsets; the mean over pairs of 2|P & G| / (|P| + |G|)) and the exact-span
  share (the same set of tokens). A pair whose gold source is absent is left out of the source
  figures.

Held-out split: a file is ``test`` when the CRC32 of its name is divisible by 5
(`analysis.evaluate.uncertainty.split_of`), else ``dev``; the rules are tuned on ``dev``.

References
----------
Newell, E., Margolin, D. and Ruths, D. (2018). An attribution relations corpus for political
news. LREC 2018.
Pareti, S. (2016). PARC 3.0: a corpus of attribution relations. LREC 2016 (source, cue,
content).
Stenetorp, P. et al. (2012). brat: a web-based tool for NLP-assisted text annotation. EACL
(the standoff format).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..article import Article
from ..errors import ArticleError
from .uncertainty import Score, split_of

__all__ = [
    "AttributionScore",
    "BratError",
    "corpus_article",
    "GoldAttribution",
    "GoldDocument",
    "Predicted",
    "format_attribution_score",
    "predict_attributions",
    "read_brat",
    "read_polnear",
    "score",
    "evaluate_attribution",
]

#: A span set: (start, end) pairs into the document text, in order.
Spans = tuple[tuple[int, int], ...]

_TOKEN_RE = re.compile(r"\w+")


class BratError(ArticleError):
    """A brat file or corpus folder is missing or malformed (CLI: one line, exit 2)."""


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution: its cue, source (empty when none is given) and content spans."""

    cue: Spans
    source: Spans
    content: Spans
    label: str = "Attribution"


@dataclass(frozen=True)
class GoldDocument:
    """A text and its gold attributions."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True)
class Predicted:
    """One predicted attribution: cue, source and content span sets."""

    cue: Spans
    source: Spans
    content: Spans


def _parse_spans(field: str, where: str) -> Spans:
    out = []
    for part in field.split(";"):
        bits = part.split()
        if len(bits) != 2 or not all(b.isdigit() for b in bits):
            raise BratError(f"{where}: bad span {part!r} (expected 'start end')")
        s, e = int(bits[0]), int(bits[1])
        if e < s:
            raise BratError(f"{where}: span end {e} before start {s}")
        out.append((s, e))
    return tuple(out)


def read_brat(ann: str | Path | Iterable[str], *, name: str = "ann") -> tuple[GoldAttribution, ...]:
    """The attributions of one brat ``.ann`` file (a path, or its lines).

    ``T`` lines give labelled spans (``T3<TAB>Content 120 211<TAB>text``, discontinuous spans
    as ``120 130;135 150``); ``E`` lines tie them (``E1<TAB>Attribution:T4 Content:T3 Cue:T2
    Source:T1``; ``Content2`` adds content spans). Events whose trigger is not an attribution
    are skipped; other line types (``A``, ``R``, ``#``) are ignored, and so are the
    continuation lines of a span text that holds a line break. Raises `BratError` on a
    malformed line or an event naming an unknown span.
    """
    if isinstance(ann, (str, Path)):
        p = Path(ann)
        if not p.is_file():
            raise BratError(f"brat file {p} not found")
        name = p.name
        lines = p.read_text(encoding="utf-8").splitlines()
    else:
        lines = list(ann)
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[tuple[int, list[tuple[str, str]]]] = []
    for k, line in enumerate(lines, start=1):
        where = f"{name} line {k}"
        if re.match(r"T\d+\t", line):
            cols = line.split("\t")
            if len(cols) < 2 or " " not in cols[1]:
                raise BratError(f"{where}: a T line needs 'ID<TAB>Label start end'")
            label, _, rest = cols[1].partition(" ")
            spans[cols[0]] = (label, _parse_spans(rest, where))
        elif re.match(r"E\d+\t", line):
            cols = line.split("\t")
            if len(cols) < 2:
                raise BratError(f"{where}: an E line needs 'ID<TAB>Role:T1 ...'")
            args = []
            for arg in cols[1].split():
                role, _, tid = arg.partition(":")
                if not tid:
                    raise BratError(f"{where}: bad event argument {arg!r}")
                args.append((role, tid))
            events.append((k, args))
    out = []
    for k, args in events:
        roles: dict[str, list[tuple[int, int]]] = {"Cue": [], "Source": [], "Content": []}
        for _, tid in args:
            if tid not in spans:
                raise BratError(f"{name} line {k}: event names unknown span {tid}")
        label = spans[args[0][1]][0] if args else ""
        if not label.startswith("Attribution"):
            continue
        for role, tid in args[1:]:
            key = "Content" if role.startswith("Content") else role
            if key in roles:
                roles[key].extend(spans[tid][1])
        if not roles["Cue"]:
            continue
        out.append(GoldAttribution(tuple(sorted(roles["Cue"])), tuple(sorted(roles["Source"])),
                                   tuple(sorted(roles["Content"])), label))
    return tuple(out)


def read_polnear(folder: str | Path, *, split: str = "all",
                 limit: int | None = None) -> list[GoldDocument]:
    """The documents of a PolNeAR folder (``text/*.txt`` with ``attributions/*.ann``).

    ``split`` is ``"all"``, ``"dev"`` or ``"test"`` (by `split_of` of the file name);
    ``limit`` keeps the first N files of the split in name order.
    """
    if split not in ("all", "dev", "test"):
        raise BratError(f"unknown split {split!r}; choose all, dev or test")
    root = Path(folder)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise BratError(f"{root} is not a PolNeAR folder: it needs text/ and attributions/")
    docs = []
    for txt in sorted(text_dir.glob("*.txt")):
        if split != "all" and split_of(txt.stem) != split:
            continue
        ann = ann_dir / f"{txt.stem}.ann"
        if not ann.is_file():
            continue
        text = txt.read_text(encoding="utf-8")
        docs.append(GoldDocument(txt.stem, text, read_brat(ann)))
        if limit is not None and len(docs) >= limit:
            break
    if not docs:
        raise BratError(f"no .txt/.ann pairs in {root} (split {split})")
    return docs


# --------------------------------------------------------------------------------------------
# Scoring


def _tokens(text: str, spans: Spans) -> frozenset[tuple[int, int]]:
    out = set()
    for s, e in spans:
        for m in _TOKEN_RE.finditer(text, s, e):
            out.add((m.start(), m.end()))
    return frozenset(out)


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _token_f1(p: frozenset, g: frozenset) -> float:
    if not p and not g:
        return 1.0
    return 2 * len(p & g) / (len(p) + len(g))


def match_pairs(pred: Sequence[Predicted], gold: Sequence[GoldAttribution]
                ) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) whose cue spans overlap.

    Greedy: predictions in the order given, each taking the unmatched gold cue with the
    largest character overlap (ties: the earlier gold).
    """
    used: set[int] = set()
    pairs = []
    for i, p in enumerate(pred):
        best, best_ov = None, 0
        for j, g in enumerate(gold):
            if j in used:
                continue
            ov = _overlap(p.cue, g.cue)
            if ov > best_ov:
                best, best_ov = j, ov
        if best is not None:
            used.add(best)
            pairs.append((i, best))
    return pairs


@dataclass(frozen=True)
class AttributionScore:
    """Cue P/R/F1 and, over matched pairs, source and content token F1 and exact share."""

    documents: int
    cue: Score
    source_f1: float
    source_exact: float
    source_pairs: int
    content_f1: float
    content_exact: float
    content_pairs: int
    split: str = "all"


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else math.nan


def score(docs: Sequence[GoldDocument],
          predictions: Sequence[Sequence[Predicted]], *, split: str = "all") -> AttributionScore:
    """Score predictions (one sequence per document, in the same order) against the gold."""
    if len(docs) != len(predictions):
        raise ValueError("one prediction list per document")
    tp = fp = fn = 0
    src_f1: list[float] = []
    src_ex: list[float] = []
    con_f1: list[float] = []
    con_ex: list[float] = []
    for doc, pred in zip(docs, predictions, strict=True):
        gold = doc.attributions
        pairs = match_pairs(pred, gold)
        tp += len(pairs)
        fp += len(pred) - len(pairs)
        fn += len(gold) - len(pairs)
        for i, j in pairs:
            p, g = pred[i], gold[j]
            if g.source:
                ps, gs = _tokens(doc.text, p.source), _tokens(doc.text, g.source)
                src_f1.append(_token_f1(ps, gs))
                src_ex.append(float(ps == gs))
            pc, gc = _tokens(doc.text, p.content), _tokens(doc.text, g.content)
            con_f1.append(_token_f1(pc, gc))
            con_ex.append(float(pc == gc))
    return AttributionScore(len(docs), Score(tp, fp, fn), _mean(src_f1), _mean(src_ex),
                            len(src_f1), _mean(con_f1), _mean(con_ex), len(con_f1), split)


def corpus_article(text: str, *, name: str = "text") -> Article:
    """A corpus file read as the article it is: the first unit the headline, every other unit
    (a line, or a hard-wrapped block: `analysis.extract.split_units`) a body paragraph.

    PolNeAR's texts are the articles themselves, already extracted, and its annotators marked
    attributions in every line, the headline and the dateline lead included. Scoring them after
    `Article.from_text`'s boilerplate classifier would count what that classifier drops (a lead
    with few stopwords: "WASHINGTON (Reuters) - ...") as missed attributions: an extraction
    figure, not an attribution one. Raises `BratError` for a text without a word.
    """
    from ..extract import split_units
    from ..spans import Span

    units = split_units(text)
    if not units or not re.search(r"\w", text):
        raise BratError(f"{name}: the text holds no words")
    title = Span(units[0].start, units[0].end, text[units[0].start:units[0].end], part="title")
    body = tuple(Span(u.start, u.end, text[u.start:u.end], part="body", paragraph=k)
                 for k, u in enumerate(units[1:]))
    if not body:  # a headline alone: read it as the body
        body, title = (Span(title.start, title.end, title.text, part="body", paragraph=0),), None
    return Article(text=text, paragraphs=body, title=title, name=name)


def predict_attributions(text: str, *, name: str = "text") -> list[Predicted]:
    """Our attributions of a corpus article (first line the headline, `corpus_article`), as
    span sets."""
    from ..attribution import analyse_article, outermost

    article = corpus_article(text, name=name)
    doc = analyse_article(article, parts=("title", "subtitle", "caption", "credit", "body"),
                          appearance_reports=True)
    # PolNeAR annotates outer reports only ("said he believes X": the belief is content)
    return [Predicted(a.cue_spans, a.source_spans, a.content_spans)
            for a in outermost(doc.attributions)]


def evaluate_attribution(
    folder: str | Path, *, split: str = "all", limit: int | None = None,
    predict: Callable[[str], Sequence[Predicted]] | None = None,
) -> AttributionScore:
    """Read a PolNeAR folder, run ``predict`` (default `predict_attributions`) on each text and
    score it."""
    docs = read_polnear(folder, split=split, limit=limit)
    fn = predict or predict_attributions
    return score(docs, [list(fn(d.text)) for d in docs], split=split)


def format_attribution_score(s: AttributionScore) -> str:
    """A plain-text report."""
    c = s.cue
    return "\n".join([
        f"split: {s.split}  documents: {s.documents}  gold: {c.tp + c.fn}  "
        f"predicted: {c.tp + c.fp}",
        f"cue      P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
        f"(tp {c.tp}, fp {c.fp}, fn {c.fn})",
        f"source   token F1 {s.source_f1:.3f}  exact {s.source_exact:.3f}  "
        f"(pairs with a gold source: {s.source_pairs})",
        f"content  token F1 {s.content_f1:.3f}  exact {s.content_exact:.3f}  "
        f"(pairs: {s.content_pairs})",
    ])


def _cue_text(text: str, spans: Spans) -> str:
    return " ".join(" ".join(text[s:e].split()) for s, e in spans).lower()


def cue_errors(docs: Sequence[GoldDocument], predictions: Sequence[Sequence[Predicted]]
               ) -> tuple[Counter[str], Counter[str]]:
    """Missed gold cue texts and false-positive cue texts (lower-cased), counted."""
    missed: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for doc, pred in zip(docs, predictions, strict=True):
        pairs = match_pairs(pred, doc.attributions)
        got_p = {i for i, _ in pairs}
        got_g = {j for _, j in pairs}
        missed.update(_cue_text(doc.text, g.cue) for j, g in enumerate(doc.attributions)
                      if j not in got_g)
        false.update(_cue_text(doc.text, p.cue) for i, p in enumerate(pred) if i not in got_p)
    return missed, false


def format_cue_errors(missed: Counter[str], false: Counter[str], n: int = 15) -> str:
    """The ``n`` most frequent missed and false-positive cue texts."""
    lines = [f"missed gold cues (top {n} of {sum(missed.values())}):"]
    lines += [f"  {c:5d}  {t}" for t, c in missed.most_common(n)]
    lines.append(f"false-positive cues (top {n} of {sum(false.values())}):")
    lines += [f"  {c:5d}  {t}" for t, c in false.most_common(n)]
    return "\n".join(lines)
