"""Evaluate the hedge detector against human uncertainty annotation (Szeged / BioScope XML).

Reads the Szeged Uncertainty Corpus format (``<Sentence>`` elements with inline
``<ccue type="speculation_modal_probable_">might</ccue>``) and BioScope
(``<sentence>`` with ``<xcope>`` scopes and ``<cue type="speculation">``; negation cues are
ignored), runs the detector on each gold sentence and scores it:

- sentence level: a sentence is uncertain if it has at least one gold cue; the detector calls it
  uncertain if it finds at least one *comparable* hedge (any voice);
- cue level: a predicted hedge is correct if its span overlaps a gold cue (lenient overlap, as
  cues differ in extent: gold "remains to be seen" vs ours); a gold cue is found if a predicted
  hedge overlaps it. By type, both sides are restricted to the same type group.

What is comparable
------------------
The Szeged corpus annotates *semantic* uncertainty (Szarvas et al. 2012): epistemic modality
(``modal_possible``/``modal_probable``), belief (``doxastic``), condition and investigation. Our
hedge lexicon is wider: approximators ("around 2017", "or so") and scope limiters ("in a sense")
hedge precision, not truth, and are not gold cues. `CATEGORY_GROUP` maps each hedge category to a
gold type group and leaves those two out (``None``); a lexicon row may override its group in the
``szeged_type`` column (hypothetical "would" is a condition cue in the Szeged guidelines,
"remains to be seen" an investigation cue); boosters are never cues. Modal possible and
probable are merged into one group, ``modal``, because the lexicon does not separate the two
degrees.

Held-out split: documents are assigned to ``dev`` or ``test`` by a stable hash of their id
(`split_of`), about one in five to ``test``; the rules were developed looking at ``dev``.

References
----------
Szarvas, G., Vincze, V., Farkas, R., Mora, G. and Gurevych, I. (2012). Cross-genre and
cross-domain detection of semantic uncertainty. Computational Linguistics 38(2), 335-367.
Vincze, V., Szarvas, G., Farkas, R., Mora, G. and Csirik, J. (2008). The BioScope corpus.
BMC Bioinformatics 9(Suppl 11), S9.
Farkas, R. et al. (2010). The CoNLL-2010 shared task: learning to detect hedges and their scope
in natural language text. CoNLL 2010 (sentence-level F1 as the main measure).
"""

from __future__ import annotations

import csv
import math
import sys
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..article import Article
from ..errors import ArticleError
from ..hedging import hedge_lexicons
from ..matching import Lexicon, match, norm_form
from ..tokenize import lexical_words, sentences, words

__all__ = [
    "CATEGORY_GROUP",
    "CorpusError",
    "EvaluationResult",
    "GoldCue",
    "GoldSentence",
    "Score",
    "error_table",
    "evaluate",
    "format_errors",
    "format_result",
    "gold_group",
    "read_uncertainty_xml",
    "reference_rates",
    "split_of",
    "write_reference",
    "compare_with_reference",
]


class CorpusError(ArticleError):
    """The evaluation file is missing or not Szeged/BioScope XML (CLI: one line, exit 2)."""


#: hedge category -> gold type group (None: not a semantic-uncertainty cue, left out).
CATEGORY_GROUP: dict[str, str | None] = {
    "modal possibility": "modal",
    "epistemic verb": "modal",
    "epistemic adverb/adjective": "modal",
    "evidential limitation": "modal",
    "negated booster": "modal",
    "doxastic verb": "doxastic",
    "condition": "condition",
    "investigation": "investigation",
    "approximator": None,
    "scope limitation": None,
}

GROUPS: tuple[str, ...] = ("modal", "doxastic", "condition", "investigation")


def gold_group(cue_type: str) -> str:
    """Gold cue type -> group: ``speculation_modal_probable_`` -> ``modal`` etc.

    BioScope's single ``speculation`` type maps to ``speculation``.
    """
    t = cue_type.strip().lower().rstrip("_ ").strip()
    for g in GROUPS:
        if g in t:
            return g
    return "speculation" if t.startswith("speculation") else t


@dataclass(frozen=True)
class GoldCue:
    """A gold cue: character offsets into its sentence's text, the text and the gold type."""

    start: int
    end: int
    text: str
    type: str

    @property
    def group(self) -> str:
        return gold_group(self.type)


@dataclass(frozen=True)
class GoldSentence:
    """A gold sentence: id, document id, plain text and its cues (empty = certain)."""

    id: str
    doc: str
    text: str
    cues: tuple[GoldCue, ...] = ()

    @property
    def uncertain(self) -> bool:
        return bool(self.cues)


def _flatten(elem: ET.Element, buf: list[str], cues: list[tuple[int, int, str]]) -> None:
    """Collect the text of ``elem`` into ``buf``; record speculation cue offsets."""
    tag = elem.tag.lower()
    start = sum(len(x) for x in buf)
    if elem.text:
        buf.append(elem.text)
    for child in elem:
        _flatten(child, buf, cues)
        if child.tail:
            buf.append(child.tail)
    end = sum(len(x) for x in buf)
    ctype = elem.get("type", "")
    if tag == "ccue" or (tag == "cue" and ctype.strip().lower() != "negation"):
        cues.append((start, end, ctype.strip() or "speculation"))


def read_uncertainty_xml(path: str | Path) -> list[GoldSentence]:
    """Read Szeged Uncertainty Corpus or BioScope XML into `GoldSentence`s (file order).

    Raises `CorpusError` when the file is missing, not XML, or holds no sentences.
    """
    p = Path(path)
    if not p.is_file():
        raise CorpusError(f"{p}: no such file; pass the path of a Szeged/BioScope .xml file")
    try:
        root = ET.parse(p).getroot()
    except ET.ParseError as exc:
        raise CorpusError(f"{p}: not well-formed XML ({exc})") from exc
    except (LookupError, ValueError) as exc:  # encoding="no-such-codec" in the declaration
        raise CorpusError(f"{p}: the XML declares an encoding Python does not know ({exc}); "
                          "save it as UTF-8") from None
    try:
        return _sentences(p, root)
    except RecursionError:
        raise CorpusError(f"{p}: elements nested deeper than {sys.getrecursionlimit()} levels; "
                          "this is not Szeged/BioScope XML (their sentences nest a few "
                          "levels)") from None


def _sentences(p: Path, root: ET.Element) -> list[GoldSentence]:
    out: list[GoldSentence] = []
    docs = [d for d in root.iter() if d.tag.lower() == "document"] or [root]
    for n, doc in enumerate(docs):
        doc_id = next((d.text.strip() for d in doc.iter() if d.tag.lower() == "docid"
                       and d.text), f"doc{n}")
        for s in doc.iter():
            if s.tag.lower() != "sentence":
                continue
            buf: list[str] = []
            cues: list[tuple[int, int, str]] = []
            _flatten(s, buf, cues)
            text = "".join(buf)
            gold = tuple(GoldCue(a, b, text[a:b], t) for a, b, t in sorted(cues) if b > a)
            out.append(GoldSentence(s.get("id", f"{doc_id}.{len(out)}"), doc_id, text, gold))
    if not out:
        raise CorpusError(f"{p}: no <Sentence>/<sentence> elements; is this Szeged/BioScope XML?")
    return out


def split_of(doc_id: str, *, test_every: int = 5) -> str:
    """``"test"`` for about one document in ``test_every`` (stable CRC32 of the id), else
    ``"dev"``."""
    return "test" if zlib.crc32(doc_id.encode("utf-8")) % test_every == 0 else "dev"


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 with the counts behind them (NaN when undefined)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if math.isnan(p) or math.isnan(r) or p + r == 0:
            return float("nan") if (math.isnan(p) or math.isnan(r)) else 0.0
        return 2 * p * r / (p + r)


@dataclass(frozen=True, eq=False)
class EvaluationResult:
    """Scores for one split: sentence level, cue level overall and by type group, the corpus
    rates (gold and predicted), a per-sentence table and a per-cue table for error analysis.

    ``by_type``: cue level by type (type, gold_cues, predicted, precision, recall, f1).
    ``by_type_sentence``: sentence level by type (type, gold_sentences, predicted_sentences,
    precision, recall, f1): a sentence is gold-positive for a type when it has a gold cue of
    that type, predicted-positive when the detector finds a hedge of that type.
    ``cues``: one row per predicted and per gold cue (see `cue_table`); `error_table` counts
    its errors by cue word.
    """

    split: str
    sentences: int
    uncertain_sentences: int
    words: int
    gold_cues: int
    sentence_level: Score
    cue_level: Score
    by_type: pd.DataFrame = field(repr=False)
    rates: pd.DataFrame = field(repr=False)
    per_sentence: pd.DataFrame = field(repr=False)
    by_type_sentence: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)
    cues: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)


def _predict(sent: GoldSentence, lexicons: Sequence[Lexicon], use_tags: bool = True
             ) -> tuple[list, int]:
    toks = words(sent.text)
    found = match(list(lexicons), toks, sent.text, use_tags=use_tags)
    hedges = [m for m in found if m.kind == "hedge"]
    return hedges, len(lexical_words(toks, sent.text))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: Columns of `EvaluationResult.cues`.
CUE_COLUMNS: tuple[str, ...] = (
    "side", "id", "doc", "split", "start", "end", "text", "cue", "type", "hit", "typed_hit",
    "other_types", "sentence")


def _cue_form(text: str) -> str:
    """A cue's text as the error table groups it: lower case, spaces collapsed."""
    return " ".join(norm_form(text).split())


def evaluate(
    gold: Sequence[GoldSentence],
    *,
    split: str = "all",
    lexicons: Sequence[Lexicon] | None = None,
    use_tags: bool = True,
) -> EvaluationResult:
    """Run the detector on each gold sentence of ``split`` ("all", "dev" or "test") and score.

    ``use_tags=False`` scores the rules' lexical fallback (as without `analysis.tagging`).

    Only hedges whose category maps to a gold group (`CATEGORY_GROUP`) count as predictions;
    boosters never do. See the module docstring for the matching criteria.
    """
    if split not in ("all", "dev", "test"):
        raise ValueError(f"split must be 'all', 'dev' or 'test', not {split!r}")
    lexs = list(lexicons or hedge_lexicons())
    chosen = [s for s in gold if split == "all" or split_of(s.doc) == split]
    sent_tp = sent_fp = sent_fn = 0
    cue_tp_p = cue_fp = cue_tp_g = cue_fn = 0
    by = {g: [0, 0, 0, 0] for g in (*GROUPS, "speculation")}  # tp_pred, fp, tp_gold, fn
    by_sent = {g: [0, 0, 0] for g in (*GROUPS, "speculation")}  # tp, fp, fn
    nwords = ncues = npred_all = npred_cmp = nhedged = 0
    rows = []
    cue_rows: list[tuple] = []
    for s in chosen:
        hedges, nw = _predict(s, lexs, use_tags)
        nwords += nw
        ncues += len(s.cues)
        npred_all += len(hedges)
        nhedged += bool(hedges)
        preds = []
        for m in hedges:
            grp = m.get("szeged_type") or CATEGORY_GROUP.get(m.category, None)
            if grp is not None:
                preds.append(((m.start, m.end), grp, m))
        npred_cmp += len(preds)
        bioscope = any(c.group == "speculation" for c in s.cues)
        gspans = [((c.start, c.end), c.group) for c in s.cues]
        predicted = bool(preds)
        if predicted and s.uncertain:
            sent_tp += 1
        elif predicted:
            sent_fp += 1
        elif s.uncertain:
            sent_fn += 1
        sp = split_of(s.doc)
        for span, grp, m in preds:
            hit = any(_overlaps(span, g) for g, _ in gspans)
            cue_tp_p += hit
            cue_fp += not hit
            key = "speculation" if bioscope else grp
            typed_hit = any(_overlaps(span, g) and (gg == key) for g, gg in gspans)
            by[key][0 if typed_hit else 1] += 1
            others = sorted({gg for g, gg in gspans if _overlaps(span, g) and gg != key})
            cue_rows.append(("predicted", s.id, s.doc, sp, span[0], span[1], m.text,
                             _cue_form(m.text), key, hit, typed_hit, " ".join(others), s.text))
        for c in s.cues:
            g, gg = (c.start, c.end), c.group
            hit = any(_overlaps(span, g) for span, _, _ in preds)
            cue_tp_g += hit
            cue_fn += not hit
            typed = [("speculation" if bioscope else grp) for span, grp, _ in preds
                     if _overlaps(span, g)]
            typed_hit = gg in typed
            by.setdefault(gg, [0, 0, 0, 0])[2 if typed_hit else 3] += 1
            others = sorted(set(typed) - {gg})
            cue_rows.append(("gold", s.id, s.doc, sp, c.start, c.end, c.text, _cue_form(c.text),
                             gg, hit, typed_hit, " ".join(others), s.text))
        gold_types = {c.group for c in s.cues}
        pred_types = {"speculation" if bioscope else grp for _, grp, _ in preds}
        for t in gold_types | pred_types:
            bs = by_sent.setdefault(t, [0, 0, 0])
            bs[0 if (t in gold_types and t in pred_types) else 1 if t in pred_types else 2] += 1
        rows.append({
            "id": s.id, "doc": s.doc, "split": sp, "gold": s.uncertain,
            "predicted": predicted, "words": nw,
            "gold_cues": "; ".join(f"{c.text} [{c.group}]" for c in s.cues),
            "predicted_cues": "; ".join(f"{m.text} [{grp}]" for _, grp, m in preds),
            "text": s.text,
        })
    # Cue-level P uses predicted-side counts, R gold-side counts; Score stores them as
    # tp/fp/fn with tp from the gold side for R and precision computed below.
    cue = _mixed_score(cue_tp_p, cue_fp, cue_tp_g, cue_fn)
    trows = []
    for g, (tpp, fp, tpg, fn) in by.items():
        if tpp + fp + tpg + fn == 0:
            continue
        sc = _mixed_score(tpp, fp, tpg, fn)
        trows.append({"type": g, "gold_cues": tpg + fn, "predicted": tpp + fp,
                      "precision": sc.precision, "recall": sc.recall, "f1": sc.f1})
    by_type = pd.DataFrame(trows, columns=["type", "gold_cues", "predicted", "precision",
                                           "recall", "f1"])
    srows = []
    for g, (tp, fp, fn) in by_sent.items():
        if tp + fp + fn == 0:
            continue
        sc = Score(tp, fp, fn)
        srows.append({"type": g, "gold_sentences": tp + fn, "predicted_sentences": tp + fp,
                      "precision": sc.precision, "recall": sc.recall, "f1": sc.f1})
    by_type_sentence = pd.DataFrame(srows, columns=["type", "gold_sentences",
                                                    "predicted_sentences", "precision",
                                                    "recall", "f1"])
    nsent = len(chosen)
    nunc = sum(s.uncertain for s in chosen)
    rates = pd.DataFrame([
        {"measure": "cues_per_1000_words", "annotation": "gold", "value":
            1000 * ncues / nwords if nwords else float("nan")},
        {"measure": "share_uncertain_sentences", "annotation": "gold",
         "value": nunc / nsent if nsent else float("nan")},
        {"measure": "cues_per_1000_words", "annotation": "detector (comparable categories)",
         "value": 1000 * npred_cmp / nwords if nwords else float("nan")},
        {"measure": "hedges_per_1000_words", "annotation": "detector (all hedge categories)",
         "value": 1000 * npred_all / nwords if nwords else float("nan")},
        {"measure": "share_uncertain_sentences", "annotation": "detector (comparable categories)",
         "value": (sent_tp + sent_fp) / nsent if nsent else float("nan")},
        {"measure": "share_hedged_sentences", "annotation": "detector (all hedge categories)",
         "value": nhedged / nsent if nsent else float("nan")},
    ])
    return EvaluationResult(
        split=split, sentences=nsent, uncertain_sentences=nunc, words=nwords, gold_cues=ncues,
        sentence_level=Score(sent_tp, sent_fp, sent_fn), cue_level=cue, by_type=by_type,
        rates=rates, per_sentence=pd.DataFrame(rows), by_type_sentence=by_type_sentence,
        cues=pd.DataFrame(cue_rows, columns=list(CUE_COLUMNS)))


ERROR_COLUMNS: tuple[str, ...] = ("error", "cue", "type", "count", "gold_total", "example")


def error_table(result: EvaluationResult, *, typed: bool = False) -> pd.DataFrame:
    """The detector's errors counted by cue word, largest first.

    One row per (error, cue, type): ``error`` is ``false positive`` (a predicted cue that
    overlaps no gold cue), ``missed`` (a gold cue no predicted cue overlaps) or, with
    ``typed=True``, ``wrong type`` (a predicted cue that overlaps only gold cues of another
    type: an error in the per-type scores, not in the overall ones). ``cue`` is the cue's text in
    lower case, ``type`` the predicted type (false positive, wrong type) or the gold type
    (missed), ``count`` the number of such cues, ``gold_total`` how often that cue text is a
    gold cue of that type in the split (to read a count against), ``example`` the text of the
    first sentence where it happens.
    """
    c = result.cues
    if c.empty:
        return pd.DataFrame(columns=list(ERROR_COLUMNS))
    pred, gold = c[c["side"] == "predicted"], c[c["side"] == "gold"]
    parts = [pred[~pred["hit"]].assign(error="false positive"),
             gold[~gold["hit"]].assign(error="missed")]
    if typed:
        parts.append(pred[pred["hit"] & ~pred["typed_hit"]].assign(error="wrong type"))
    err = pd.concat(parts, ignore_index=True)
    if err.empty:
        return pd.DataFrame(columns=list(ERROR_COLUMNS))
    totals = gold.groupby(["cue", "type"]).size()
    out = (err.groupby(["error", "cue", "type"], sort=False)
           .agg(count=("id", "size"), example=("sentence", "first")).reset_index())
    out["gold_total"] = [int(totals.get((cu, ty), 0))
                         for cu, ty in zip(out["cue"], out["type"], strict=True)]
    order = {"false positive": 0, "missed": 1, "wrong type": 2}
    out = out.assign(_o=out["error"].map(order)).sort_values(
        ["_o", "count", "cue"], ascending=[True, False, True], kind="stable")
    return out[list(ERROR_COLUMNS)].reset_index(drop=True)


def format_errors(result: EvaluationResult, *, top: int = 15, width: int = 70) -> str:
    """The `error_table` as plain text: the ``top`` cues of each error kind."""
    err = error_table(result, typed=True)
    lines = [f"errors by cue ({result.split}): count, cue [type], gold cues of that text"]
    for kind in ("false positive", "missed", "wrong type"):
        sub = err[err["error"] == kind]
        lines.append(f"  {kind}: {int(sub['count'].sum())} cues, {len(sub)} distinct")
        for r in sub.head(top).itertuples(index=False):
            ex = r.example if len(r.example) <= width else r.example[:width - 3] + "..."
            label = f"{r.cue} [{r.type}]"
            lines.append(f"    {r.count:>4}  {label:<28} gold {r.gold_total:>3}  | {ex}")
    return "\n".join(lines)


@dataclass(frozen=True)
class _MixedScore(Score):
    """Cue-level score: precision from predicted cues, recall from gold cues (they differ when
    one predicted cue overlaps two gold cues or the reverse)."""

    tp_gold: int = 0

    @property
    def recall(self) -> float:
        return (self.tp_gold / (self.tp_gold + self.fn) if self.tp_gold + self.fn
                else float("nan"))


def _mixed_score(tp_pred: int, fp: int, tp_gold: int, fn: int) -> Score:
    return _MixedScore(tp_pred, fp, fn, tp_gold)


def format_result(res: EvaluationResult) -> str:
    """A plain-text report of one split."""
    s, c = res.sentence_level, res.cue_level
    lines = [
        f"split: {res.split}  sentences: {res.sentences}  uncertain: "
        f"{res.uncertain_sentences}  gold cues: {res.gold_cues}  words: {res.words}",
        f"sentence level  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"(tp {s.tp}, fp {s.fp}, fn {s.fn})",
        f"cue level       P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}",
        "by cue type, cue level (same-type overlap):",
    ]
    for r in res.by_type.itertuples(index=False):
        lines.append(f"  {r.type:<14} gold {r.gold_cues:>4}  predicted {r.predicted:>4}  "
                     f"P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}")
    if not res.by_type_sentence.empty:
        lines.append("by cue type, sentence level (a sentence with a cue of that type):")
        for r in res.by_type_sentence.itertuples(index=False):
            lines.append(f"  {r.type:<14} gold {r.gold_sentences:>4}  predicted "
                         f"{r.predicted_sentences:>4}  P {r.precision:.3f}  R {r.recall:.3f}  "
                         f"F1 {r.f1:.3f}")
    return "\n".join(lines)


REFERENCE_FILE: str = "factbank_hedging_rates.csv"


def write_reference(results: Sequence[EvaluationResult], corpus: str | Path,
                    out: str | Path) -> Path:
    """Write the corpus rates (gold and detector) of each result to a CSV with provenance."""
    from .. import paths

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    default = paths.DATA_DIR / "reference" / REFERENCE_FILE
    command = f"python -m analysis evaluate {corpus} --write-reference" + (
        "" if out.resolve() == default.resolve() else f" {out}")
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["corpus", "split", "measure", "annotation", "value", "sentences", "words",
                    "command"])
        for res in results:
            for r in res.rates.itertuples(index=False):
                w.writerow([Path(corpus).name, res.split, r.measure, r.annotation,
                            f"{r.value:.4f}", res.sentences, res.words,
                            command])
    return out


def reference_rates(path: str | Path | None = None) -> pd.DataFrame:
    """The stored news reference rates (``data/reference/factbank_hedging_rates.csv``)."""
    from .. import paths

    p = Path(path) if path else paths.DATA_DIR / "reference" / REFERENCE_FILE
    if not p.is_file():
        raise CorpusError(f"{p}: reference rates not found; run `python -m analysis evaluate "
                          "../shared/corpora/szeged-factbank/factbank.xml --write-reference`")
    return pd.read_csv(p)


def compare_with_reference(
    text_or_article: str | Article,
    *,
    reference: pd.DataFrame | None = None,
    split: str = "all",
) -> pd.DataFrame:
    """The essay's body beside the news reference, measured the same way on both sides.

    For the body of ``text_or_article`` the detector counts hedges of every voice (news
    reports other people's uncertainty too, and the gold annotation marks it), with words
    counted by `lexical_words` as in the reference. Rows: ``text`` (the article's name or
    "FactBank news"), ``annotation`` (detector or gold), ``measure``, ``value``.
    """
    ref = reference if reference is not None else reference_rates()
    ref = ref[ref["split"] == split]
    name = text_or_article.name if isinstance(text_or_article, Article) else "text"
    source = text_or_article.text if isinstance(text_or_article, Article) else text_or_article
    sents = sentences(text_or_article, parts=("body",))
    toks = words(text_or_article, sentence_spans=sents)
    found = [m for m in match(list(hedge_lexicons()), toks, source, sentence_spans=sents)
             if m.kind == "hedge"]
    comparable = [m for m in found
                  if (m.get("szeged_type") or CATEGORY_GROUP.get(m.category)) is not None]
    nw = len(lexical_words(toks, source))
    ns = len(sents)
    nan = float("nan")
    mine = [
        ("hedges_per_1000_words", "detector (all hedge categories)",
         1000 * len(found) / nw if nw else nan),
        ("share_hedged_sentences", "detector (all hedge categories)",
         len({m.sentence for m in found}) / ns if ns else nan),
        ("cues_per_1000_words", "detector (comparable categories)",
         1000 * len(comparable) / nw if nw else nan),
        ("share_uncertain_sentences", "detector (comparable categories)",
         len({m.sentence for m in comparable}) / ns if ns else nan),
    ]
    rows = [{"text": name, "annotation": a, "measure": m, "value": v} for m, a, v in mine]
    for r in ref.itertuples(index=False):
        rows.append({"text": "FactBank news", "annotation": r.annotation, "measure": r.measure,
                     "value": float(r.value)})
    return pd.DataFrame(rows, columns=["text", "annotation", "measure", "value"])
