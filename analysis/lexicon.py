"""Lexicons as data: CSV files of patterns with their kind, category, source and context rules.

A lexicon is a CSV file in ``analysis/lexicons/`` with one row per entry and at least the
columns ``pattern, kind, category, source, rule, note``; `load_lexicon` reads and validates
one. The pattern syntax and the matching are described in `analysis.matching`, which
re-exports everything here.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from . import paths
from .errors import ArticleError

if TYPE_CHECKING:
    from .rule_context import Rule

__all__ = ["NUMBER_WORDS", "REQUIRED_COLUMNS", "Lexicon", "LexiconEntry", "LexiconError",
           "load_lexicon"]

REQUIRED_COLUMNS: tuple[str, ...] = ("pattern", "kind", "category", "source", "rule", "note")
_CORE_FIELDS = ("kind", "category", "voice", "label")
_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})

NUMBER_WORDS: frozenset[str] = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
    half""".split()
)


class LexiconError(ArticleError):
    """A lexicon file is missing, malformed or names an unknown rule (CLI: one line, exit 2)."""


# --------------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class LexiconEntry:
    """One row of a lexicon: the parsed pattern and the fields every match of it carries."""

    pattern: str
    positions: tuple[frozenset[str], ...]
    kind: str
    category: str
    source: str
    rules: tuple[str, ...]
    note: str
    extra: tuple[tuple[str, str], ...] = ()
    lexicon: str = ""
    row: int = 0

    def __len__(self) -> int:
        return len(self.positions)


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon: its name, file, entries in file order and extra column names."""

    name: str
    path: Path | None
    entries: tuple[LexiconEntry, ...]
    extra_columns: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def frame(self) -> pd.DataFrame:
        """The entries as a table (pattern, kind, category, source, rule, note, extras)."""
        rows = [{"pattern": e.pattern, "kind": e.kind, "category": e.category,
                 "source": e.source, "rule": "+".join(e.rules), "note": e.note, **dict(e.extra)}
                for e in self.entries]
        return pd.DataFrame(rows, columns=[*REQUIRED_COLUMNS, *self.extra_columns])


_POSITION_RE = re.compile(r"^(?:\*|<NUM>|[^\sA-Z|*<>]+(?:\|[^\sA-Z|*<>]+)*)$")


def _parse_pattern(pattern: str, where: str) -> tuple[frozenset[str], ...]:
    parts = pattern.split()
    if not parts:
        raise LexiconError(f"{where}: empty pattern")
    out = []
    for p in parts:
        if not _POSITION_RE.match(p):
            raise LexiconError(
                f"{where}: bad pattern position {p!r} in {pattern!r}: use lower-case words, "
                "'a|b' alternatives, '*' or '<NUM>'")
        p = p.translate(_APOS)
        if "|" not in p and p not in ("*", "<NUM>"):
            # written as one word but the tokenizer splits it ("shouldn't" -> should n't)
            split = _treebank_split(p)
            out.extend(frozenset([w]) for w in split)
            continue
        for alt in p.split("|"):
            if len(_treebank_split(alt)) > 1:
                split = " ".join(_treebank_split(alt))
                raise LexiconError(f"{where}: alternative {alt!r} is several tokens for the "
                                   f"tokenizer; write it split (e.g. {split!r}) in a row of "
                                   "its own")
        out.append(frozenset(p.split("|")))
    return tuple(out)


def _treebank_split(word: str) -> list[str]:
    """How the word tokenizer splits one pattern word ("can't" -> ["ca", "n't"])."""
    from .treebank import _word_tokenizer

    if "'" not in word and not word.endswith("not"):
        return [word]
    return [w.lower() for w in _word_tokenizer().tokenize(word)] or [word]


def load_lexicon(name_or_path: str | Path, *, rules: Mapping[str, Rule] | None = None) -> Lexicon:
    """Read and validate a lexicon: ``"hedges"`` means ``analysis/lexicons/hedges.csv``.

    Checks the required columns, that every row has a pattern, kind, category and source, that
    every rule it names is registered (and has a note saying why), and that no pattern appears
    twice with the same kind. Raises `LexiconError` with the file and row on any problem.
    """
    from .rule_context import RULES

    registry = RULES if rules is None else rules
    p = Path(name_or_path)
    if p.suffix != ".csv" and not p.exists() and "/" not in str(name_or_path):
        p = paths.LEXICON_DIR / f"{name_or_path}.csv"
    if not p.is_file():
        raise LexiconError(f"lexicon {str(name_or_path)!r} not found (looked for {p})")
    with open(p, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        columns = [c.strip() for c in (reader.fieldnames or [])]
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if missing:
            raise LexiconError(f"{p.name}: missing column(s) {missing}; "
                               f"required: {list(REQUIRED_COLUMNS)}")
        extra_cols = tuple(c for c in columns if c not in REQUIRED_COLUMNS)
        entries: list[LexiconEntry] = []
        seen: dict[tuple[str, str], int] = {}
        for k, raw in enumerate(reader, start=2):
            row = {(key or "").strip(): (v or "").strip() for key, v in raw.items()}
            where = f"{p.name} line {k}"
            if not any(row.values()):
                continue
            for col in ("pattern", "kind", "category", "source"):
                if not row.get(col):
                    raise LexiconError(f"{where}: empty {col!r}")
            pattern = " ".join(row["pattern"].split())
            positions = _parse_pattern(pattern, where)
            rule_names = tuple(r.strip() for r in row["rule"].split("+") if r.strip())
            for r in rule_names:
                if r not in registry:
                    raise LexiconError(f"{where}: unknown rule {r!r}; registered: "
                                       f"{sorted(registry)}")
            if rule_names and not row.get("note"):
                raise LexiconError(f"{where}: rule {row['rule']!r} needs a note saying why")
            key = (pattern, row["kind"])
            if key in seen:
                raise LexiconError(f"{where}: pattern {pattern!r} ({row['kind']}) repeats "
                                   f"line {seen[key]}")
            seen[key] = k
            entries.append(LexiconEntry(
                pattern=pattern, positions=positions, kind=row["kind"],
                category=row["category"], source=row["source"], rules=rule_names,
                note=row.get("note", ""), extra=tuple((c, row.get(c, "")) for c in extra_cols),
                lexicon=p.stem, row=k))
    if not entries:
        raise LexiconError(f"{p.name}: no entries")
    return Lexicon(p.stem, p, tuple(entries), extra_cols)
