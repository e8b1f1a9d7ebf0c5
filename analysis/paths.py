"""Repository folders, computed from this file's location (never from the working directory).

nbconvert, papermill and pytest start kernels in different folders; every path the package
uses comes from here so that a notebook finds its data wherever it is run from.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR: Path = Path(__file__).resolve().parent
ROOT: Path = PACKAGE_DIR.parent
DATA_DIR: Path = ROOT / "data"
RAW_DIR: Path = DATA_DIR / "raw"
LEXICON_DIR: Path = PACKAGE_DIR / "lexicons"
PACKAGE_DATA_DIR: Path = PACKAGE_DIR / "data"
FIGURES_DIR: Path = ROOT / "figures"
REPORTS_DIR: Path = ROOT / "reports"
RESULTS_DIR: Path = ROOT / "results"
NOTEBOOKS_DIR: Path = ROOT / "notebooks"

SEED_ARTICLE: Path = RAW_DIR / "how-diplomacy-with-north-korea-can-work.txt"


def cache_dir() -> Path:
    """Folder for derived, re-creatable files (e.g. the CMU dictionary in NLTK's layout).

    ``$ANALYSIS_CACHE`` wins; otherwise ``$XDG_CACHE_HOME/analysis`` or ``~/.cache/analysis``.
    """
    env = os.environ.get("ANALYSIS_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "analysis"
