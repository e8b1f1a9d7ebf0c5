"""data/README.md documents every column of every table under results/.

Each ``results/*.csv`` file must be named in the README's "Derived files" section, and every
column of its header must appear in backticks (`` `column` ``) in that file's part of the
section: from the file's first mention up to the first mention of the next file (or the end of
the section).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "data" / "README.md"
RESULTS = sorted((ROOT / "results").glob("*.csv"))
MENTION = re.compile(r"\b\d\d_[A-Za-z0-9_]+\.csv\b")


def _derived_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Derived files")
    end = text.find("\n## ", start + 1)
    return text[start:] if end < 0 else text[start:end]


def _parts(section: str | None = None) -> dict[str, str]:
    """File name -> its part of the section (first mention to the next file's first mention)."""
    section = _derived_section() if section is None else section
    firsts: dict[str, int] = {}
    for m in MENTION.finditer(section):
        firsts.setdefault(m.group(), m.start())
    order = sorted(firsts.items(), key=lambda kv: kv[1])
    out = {}
    for k, (name, pos) in enumerate(order):
        end = order[k + 1][1] if k + 1 < len(order) else len(section)
        out[name] = section[pos:end]
    return out


def _header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))


def test_there_are_results_to_check() -> None:
    assert RESULTS, "no results/*.csv files found"


@pytest.mark.parametrize("path", RESULTS, ids=lambda p: p.name)
def test_every_column_is_documented(path: Path) -> None:
    parts = _parts()
    assert path.name in parts, f"{path.name} is not under 'Derived files' in data/README.md"
    part = parts[path.name]
    missing = [c for c in _header(path) if f"`{c}`" not in part]
    assert not missing, (f"columns of {path.name} not documented (as `column`) in its part of "
                         f"data/README.md: {missing}")


def test_the_check_can_fail() -> None:
    """A column named only in another file's part does not count as documented."""
    parts = _parts("`results/01_a.csv`: `x`, `y`.\n`results/02_b.csv`: `z`; see 01_a.csv, `w`.")
    assert set(parts) == {"01_a.csv", "02_b.csv"}
    assert "`z`" not in parts["01_a.csv"] and "`x`" not in parts["02_b.csv"]
    assert "`w`" in parts["02_b.csv"]  # a later mention of 01_a.csv does not end 02_b's part
