"""Score article extraction on a folder in the article-pages layout (body shingles, headline).

The folder holds ``html/ID.html.gz`` (the page as fetched), ``text/ID.txt`` (the page's text as
a browser gives it by select-all and copy) and ``ground-truth.json`` (``{ID: {"articleBody",
"headline", "url"}}``). Each page is loaded with `analysis.article.load_article` (the text form
or the HTML form) and its body paragraphs are compared with the hand-made body.

The metric is the benchmark's own: per page, the multiset of 4-word shingles of lower-cased
``\\w+`` tokens of the prediction against the truth gives true positives (the overlap of the two
multisets), false positives and false negatives; precision and recall are averaged over pages
and F1 is the harmonic mean of the two averages. A headline is right when it equals the page's
headline after whitespace is collapsed (pages without a gold headline are not counted).

References
----------
Scrapinghub article-extraction-benchmark, ``evaluate.py`` (MIT licence),
github.com/scrapinghub/article-extraction-benchmark.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import ArticleError

__all__ = ["ExtractionScore", "PINNED_SCORES", "body_shingle_score", "evaluate_extraction",
           "extraction_table", "format_extraction", "half_of", "pin_extraction",
           "read_article_pages"]

#: where the dev-set scores are pinned (see tests/test_extract_benchmark.py)
PINNED_SCORES = Path(__file__).resolve().parent.parent / "data" / "extraction_scores.json"
SHINGLE = 4
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class ExtractionScore:
    """Body precision, recall and F1 (benchmark metric) and headline exact-match share."""

    input: str
    pages: int
    precision: float
    recall: float
    f1: float
    headline_exact: float
    headline_pages: int
    errors: int


def _shingles(text: str, n: int = SHINGLE) -> Counter[str]:
    tokens = _TOKEN_RE.findall((text or "").lower())
    return Counter(" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def body_shingle_score(truth: str, prediction: str) -> tuple[float, float]:
    """(precision, recall) of one page's predicted body against its true body.

    Both empty counts as perfect; a prediction sharing no shingle scores 0 for both.
    """
    t, p = _shingles(truth), _shingles(prediction)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def read_article_pages(folder: str | Path) -> dict[str, dict]:
    """The ground truth of a folder in the article-pages layout, keyed by page ID."""
    root = Path(folder)
    gt = root / "ground-truth.json"
    if not gt.is_file():
        raise ArticleError(f"{root}: no ground-truth.json; give a folder in the article-pages "
                           "layout (html/ID.html.gz, text/ID.txt, ground-truth.json).")
    return json.loads(gt.read_text(encoding="utf-8"))


def half_of(ids: Sequence[str], half: str) -> list[str]:
    """Split page IDs for tuning: ``"tune"`` = even positions of the sorted IDs (0, 2, ...),
    ``"held-out"`` = odd positions, ``"all"`` = every ID."""
    ordered = sorted(ids)
    if half == "all":
        return ordered
    if half not in ("tune", "held-out"):
        raise ValueError(f"half must be 'all', 'tune' or 'held-out', not {half!r}")
    return ordered[0 if half == "tune" else 1::2]


def _norm(s: str | None) -> str:
    return " ".join((s or "").split())


def extraction_table(folder: str | Path, *, input: str = "text", half: str = "all",
                     ids: Sequence[str] | None = None) -> pd.DataFrame:
    """One row per page: ``id``, ``precision``, ``recall``, ``headline`` (predicted),
    ``gold_headline``, ``headline_ok`` (NA when the page has no gold headline), ``language``,
    ``error`` (the message when the page could not be loaded; it then scores 0)."""
    from ..article import load_article

    if input not in ("text", "html"):
        raise ValueError(f"input must be 'text' or 'html', not {input!r}")
    root = Path(folder)
    gold = read_article_pages(root)
    rows = []
    for pid in (list(ids) if ids is not None else half_of(list(gold), half)):
        g = gold[pid]
        path = root / ("text" if input == "text" else "html") / (
            f"{pid}.txt" if input == "text" else f"{pid}.html.gz")
        error = None
        body = headline = ""
        language = None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                a = load_article(path)
            body = a.body_text
            headline = a.title.text if a.title is not None else ""
            language = a.language
        except ArticleError as exc:
            error = str(exc)
        p, r = body_shingle_score(g.get("articleBody") or "", body)
        gh = g.get("headline")
        rows.append({"id": pid, "precision": p, "recall": r, "headline": headline,
                     "gold_headline": gh,
                     "headline_ok": None if not gh else _norm(headline) == _norm(gh),
                     "language": language, "error": error})
    df = pd.DataFrame(rows, columns=["id", "precision", "recall", "headline", "gold_headline",
                                     "headline_ok", "language", "error"])
    df["headline_ok"] = df["headline_ok"].astype("boolean")
    return df


def evaluate_extraction(folder: str | Path, *, input: str = "text", half: str = "all",
                        table: pd.DataFrame | None = None) -> ExtractionScore:
    """Body P/R/F1 (averaged over pages, F1 of the means) and the headline exact-match share."""
    df = table if table is not None else extraction_table(folder, input=input, half=half)
    p = float(df["precision"].mean()) if len(df) else math.nan
    r = float(df["recall"].mean()) if len(df) else math.nan
    f1 = (2 * p * r / (p + r) if p + r > 0 else 0.0) if len(df) else math.nan
    hl = df["headline_ok"].dropna()
    return ExtractionScore(input=input, pages=len(df), precision=p, recall=r, f1=f1,
                           headline_exact=float(hl.mean()) if len(hl) else math.nan,
                           headline_pages=len(hl), errors=int(df["error"].notna().sum()))


def format_extraction(score: ExtractionScore, *, half: str = "all") -> str:
    """The score as a few lines of text."""
    return (f"input {score.input}, {half}: {score.pages} pages ({score.errors} not loaded)\n"
            f"  body  P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}\n"
            f"  headline exact {score.headline_exact:.1%} of {score.headline_pages} pages")




def pin_extraction(folder: str | Path, *, input: str, path: str | Path = PINNED_SCORES,
                   table: pd.DataFrame | None = None) -> dict[str, dict[str, float]]:
    """Store the ``all``, ``tune`` and ``held-out`` scores of one input form as the pinned floor.

    Only the rows of ``input`` ("text" or "html") in the JSON file at ``path`` are replaced (the
    other form's rows, the margin and the note stay as they are), so the two forms can be
    re-pinned apart. ``table`` (every page, from `extraction_table`) saves loading the pages
    again. Returns the rows written.
    """
    target = Path(path)
    pinned = json.loads(target.read_text(encoding="utf-8"))
    df = table if table is not None else extraction_table(folder, input=input, half="all")
    rows: dict[str, dict[str, float]] = {}
    for half in ("all", "tune", "held-out"):
        part = df[df["id"].isin(half_of(list(df["id"]), half))]
        score = evaluate_extraction(folder, input=input, table=part)
        rows[half] = {"pages": score.pages, "precision": round(score.precision, 4),
                      "recall": round(score.recall, 4), "f1": round(score.f1, 4),
                      "headline_exact": round(score.headline_exact, 4)}
    pinned[input] = rows
    target.write_text(json.dumps(pinned, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return rows
