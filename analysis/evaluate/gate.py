"""Pinned dev-set scores and the quality gate (design.md pattern 4).

The scores an evaluation command reaches on its development corpus are pinned in a small JSON
file under ``data/reference/`` (for the hedge detector on FactBank:
``uncertainty_scores.json``). A test recomputes them and fails when a change drops any pinned
figure; ``python -m analysis evaluate CORPUS --compare`` prints the baseline, the pinned
figures and the current ones side by side, and ``--pin`` rewrites the pinned block after an
improvement (the ``baseline`` block, the figures before the work on issue 12, is kept as it was).

Figures are rounded to 3 decimals when pinned; `below_pinned` allows that rounding
(``TOLERANCE``), nothing more.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import paths
from .uncertainty import CorpusError, EvaluationResult

__all__ = [
    "PINNED_FILE",
    "TOLERANCE",
    "below_pinned",
    "gated",
    "format_comparison",
    "pin_scores",
    "pinned_scores",
    "scores_dict",
]

PINNED_FILE: Path = paths.DATA_DIR / "reference" / "uncertainty_scores.json"
#: Half a unit in the third decimal: the rounding of a pinned figure, so a score that equals its
#: pin is never reported below it.
TOLERANCE: float = 0.0005


def _r(x: float) -> float | None:
    return None if math.isnan(x) else round(float(x), 3)


def scores_dict(res: EvaluationResult) -> dict[str, Any]:
    """One split's figures as plain nested data (3 decimals; NaN becomes None).

    Keys: ``sentence`` and ``cue`` (precision, recall, f1), ``by_type`` (type -> ``cue_f1``,
    ``cue_precision``, ``cue_recall``, ``sentence_f1``), ``sentences``, ``gold_cues``.
    """
    s, c = res.sentence_level, res.cue_level
    by: dict[str, dict[str, float | None]] = {}
    for r in res.by_type.itertuples(index=False):
        by[r.type] = {"cue_precision": _r(r.precision), "cue_recall": _r(r.recall),
                      "cue_f1": _r(r.f1)}
    for r in res.by_type_sentence.itertuples(index=False):
        by.setdefault(r.type, {})["sentence_f1"] = _r(r.f1)
    return {
        "sentences": res.sentences, "gold_cues": res.gold_cues,
        "sentence": {"precision": _r(s.precision), "recall": _r(s.recall), "f1": _r(s.f1)},
        "cue": {"precision": _r(c.precision), "recall": _r(c.recall), "f1": _r(c.f1)},
        "by_type": by,
    }


def pinned_scores(path: str | Path | None = None) -> dict[str, Any]:
    """Read the pinned scores file (default `PINNED_FILE`)."""
    p = Path(path) if path else PINNED_FILE
    if not p.is_file():
        raise CorpusError(f"{p}: pinned scores not found; run `python -m analysis evaluate "
                          "../shared/corpora/szeged-factbank/factbank.xml --pin`")
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)


def pin_scores(results: Sequence[EvaluationResult], corpus: str | Path,
               out: str | Path | None = None) -> Path:
    """Write the results of each split as the pinned block; keep an existing ``baseline``."""
    p = Path(out) if out else PINNED_FILE
    old: dict[str, Any] = {}
    if p.is_file():
        with open(p, encoding="utf-8") as fh:
            old = json.load(fh)
    now = {r.split: scores_dict(r) for r in results}
    data = {
        "corpus": Path(corpus).name,
        "command": f"python -m analysis evaluate {corpus} --pin",
        "note": ("pinned: the floor a change must not drop below (tests/test_evaluate.py); "
                 "baseline: the figures before issue 12, kept for the record"),
        "baseline": old.get("baseline", now),
        "pinned": now,
    }
    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, sort_keys=False)
        fh.write("\n")
    return p


def _flat(d: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping):
            out.update(_flat(v, key + "."))
        elif isinstance(v, float):
            out[key] = v
    return out


def gated(key: str) -> bool:
    """Whether a flattened figure name (``cue.f1``, ``by_type.modal.cue_recall``) is gated."""
    return key.endswith("f1") or not key.startswith("by_type.")


def below_pinned(res: EvaluationResult, pinned: Mapping[str, Any]) -> list[str]:
    """The figures of ``res`` below their pin (beyond rounding), as readable lines.

    Gated figures (`gated`): sentence- and cue-level precision, recall and F1, and each
    type's cue-level and sentence-level F1 (a type's precision may trade against its recall;
    its F1 may not drop). None pins are skipped.
    """
    pins = pinned.get("pinned", {}).get(res.split)
    if pins is None:
        return [f"no pinned scores for split {res.split!r}"]
    now = _flat(scores_dict(res))
    out = []
    for key, floor in _flat(pins).items():
        if not gated(key):
            continue
        v = now.get(key)
        if v is None or v < floor - TOLERANCE:
            out.append(f"{res.split} {key}: {v} < pinned {floor}")
    return out


def format_comparison(results: Sequence[EvaluationResult], pinned: Mapping[str, Any]) -> str:
    """Baseline, pinned and current F1 (sentence, cue, and by type) for each split."""
    lines = [f"{'figure':<40}baseline  pinned     now"]
    for res in results:
        now = _flat(scores_dict(res))
        base = _flat(pinned.get("baseline", {}).get(res.split, {}))
        pin = _flat(pinned.get("pinned", {}).get(res.split, {}))
        for key in now:
            if not (key.endswith("f1") or key.endswith("precision") or key.endswith("recall")):
                continue

            def fmt(x: float | None) -> str:
                return "   -  " if x is None else f"{x:6.3f}"

            lines.append(f"{res.split + ' ' + key:<40}{fmt(base.get(key))}  {fmt(pin.get(key))}"
                         f"  {fmt(now.get(key))}")
    return "\n".join(lines)
