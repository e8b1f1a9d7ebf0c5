"""Quality gate: extraction on the article-pages dev set must not drop below the pinned scores.

The pinned figures (analysis/data/extraction_scores.json) were measured with
``python -m analysis evaluate-extraction ../shared/corpora/article-pages --input text|html``; a
change that lowers body F1 or the headline exact-match share by more than the pinned margin fails
here. Skipped when ../shared/corpora/article-pages is absent (it is development data, not shipped).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from analysis.evaluate.extraction import PINNED_SCORES, evaluate_extraction, extraction_table

PAGES = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "article-pages"


@pytest.mark.parametrize("input_form", ["text", "html"])
def test_extraction_not_below_pinned_scores(input_form: str) -> None:
    if not (PAGES / "ground-truth.json").is_file():
        pytest.skip(f"{PAGES} is absent (the article-pages development set)")
    pinned = json.loads(PINNED_SCORES.read_text(encoding="utf-8"))
    margin = pinned["margin"]
    want = pinned[input_form]["all"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = extraction_table(PAGES, input=input_form)
    got = evaluate_extraction(PAGES, input=input_form, table=table)
    assert got.pages == want["pages"]
    assert got.errors == 0, table[table.error.notna()][["id", "error"]]
    assert got.f1 >= want["f1"] - margin, (got.f1, want["f1"])
    assert got.headline_exact >= want["headline_exact"] - margin, (got.headline_exact, want)
