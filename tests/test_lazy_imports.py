"""The package's lazy imports (analysis/__init__.py) and nltk without scipy.stats (_nltk).

Each check runs in a fresh interpreter, since what a process has imported is the point.
"""

from __future__ import annotations

import json
import subprocess
import sys

from analysis import paths


def fresh(code: str) -> dict:
    """Run ``code`` in a new interpreter (this checkout's package); it prints one JSON value."""
    proc = subprocess.run([sys.executable, "-c", code], cwd=paths.ROOT, capture_output=True,
                          text=True, timeout=300, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


LOADED = ("import json, sys\n"
          "def loaded(*names):\n"
          "    return {n: n in sys.modules for n in names}\n")


def test_import_analysis_imports_no_heavy_library() -> None:
    got = fresh(LOADED + "import analysis\n"
                "print(json.dumps(loaded('nltk', 'pandas', 'matplotlib', 'analysis.tokenize')))")
    assert got == {"nltk": False, "pandas": False, "matplotlib": False,
                   "analysis.tokenize": False}


def test_a_name_imports_only_its_module() -> None:
    got = fresh(LOADED + "from analysis import sentences\n"
                "print(json.dumps(loaded('analysis.tokenize', 'analysis.evaluate',"
                " 'analysis.annotate', 'analysis.plotting', 'matplotlib', 'scipy.stats')))")
    assert got == {"analysis.tokenize": True, "analysis.evaluate": False,
                   "analysis.annotate": False, "analysis.plotting": False,
                   "matplotlib": False, "scipy.stats": False}


def test_every_public_name_resolves_to_its_object() -> None:
    got = fresh("import json, analysis\n"
                "from analysis import *\n"
                "bad = [n for n in analysis.__all__ if getattr(analysis, n) is not globals()[n]]\n"
                "print(json.dumps({'bad': bad, 'n': len(analysis.__all__),"
                " 'dir': sorted(set(analysis.__all__) - set(dir(analysis)))}))")
    assert got["bad"] == [] and got["dir"] == []
    assert got["n"] > 50


def test_functions_named_like_their_submodule_stay_functions() -> None:
    # `readability` and `evaluate` are functions of the package and modules inside it; a
    # submodule import (before or after the name is used) must not replace the function.
    got = fresh("import json, types\n"
                "import analysis.readability, analysis.evaluate\n"
                "from analysis import readability, evaluate\n"
                "from analysis.readability import FORMULAS\n"
                "import analysis\n"
                "print(json.dumps([callable(readability), callable(evaluate),"
                " isinstance(analysis.readability, types.FunctionType),"
                " isinstance(analysis.evaluate, types.FunctionType), isinstance(FORMULAS, dict),"
                " analysis.readability.__module__]))")
    assert got == [True, True, True, True, True, "analysis.readability"]


def test_submodules_reachable_as_attributes_and_unknown_names_refused() -> None:
    got = fresh("import json, analysis\n"
                "t = analysis.tokenize.words.__name__\n"
                "try:\n"
                "    analysis.no_such_thing\n"
                "    missing = 'no error'\n"
                "except AttributeError as exc:\n"
                "    missing = str(exc)\n"
                "print(json.dumps([t, missing]))")
    assert got == ["words", "module 'analysis' has no attribute 'no_such_thing'"]


def test_nltk_without_scipy_stats_still_scores_fisher() -> None:
    # Fisher's exact test on the 2x2 table [[1, 1], [2, 6]] (n_ii=1, n_ix=2, n_xi=3, N=10):
    # the one-sided p of seeing 1 or fewer joint occurrences is
    # P(0) + P(1) = C(3,0)C(7,2)/C(10,2) + C(3,1)C(7,1)/C(10,2) = (21 + 21) / 45 = 0.9333...
    got = fresh(LOADED + "import analysis.tokenize\n"
                "before = loaded('nltk', 'scipy.stats')\n"
                "assoc = sys.modules['nltk.metrics.association']\n"
                "p = assoc.BigramAssocMeasures.fisher(1, (2, 3), 10)\n"
                "print(json.dumps([before, p, 'scipy.stats' in sys.modules]))")
    before, p, after = got
    assert before == {"nltk": True, "scipy.stats": False}
    assert abs(p - 42 / 45) < 1e-12
    assert after is True  # scipy.stats imported on the first Fisher score, not before


def test_readability_names_that_moved_stay_importable_from_readability() -> None:
    # The word tables and the textstat comparison live in modules that import
    # analysis.readability; the core imports neither, yet their names resolve from it to the
    # very objects of their new modules, and each module imports first without a cycle.
    # (`import analysis.readability as r` would give the function: see the test above.)
    got = fresh(LOADED + "import analysis.readability\n"
                "r = sys.modules['analysis.readability']\n"
                "before = loaded('analysis.readability_words', 'analysis.readability_textstat')\n"
                "import analysis.readability_words as w, analysis.readability_textstat as t\n"
                "import analysis\n"
                "from analysis.readability import hard_words, TEXTSTAT_FUNCTIONS\n"
                "same = [r.hard_words is w.hard_words is hard_words is analysis.hard_words,\n"
                "        r.word_table is w.word_table, r.nominalisations is w.nominalisations,\n"
                "        r.textstat_scores is t.textstat_scores is analysis.textstat_scores,\n"
                "        r.TextstatComparison is t.TextstatComparison,\n"
                "        TEXTSTAT_FUNCTIONS is t.TEXTSTAT_FUNCTIONS,\n"
                "        r.TEXTSTAT_DEFINITIONS is t.TEXTSTAT_DEFINITIONS]\n"
                "try:\n"
                "    r.no_such_thing\n"
                "    missing = 'no error'\n"
                "except AttributeError as exc:\n"
                "    missing = str(exc)\n"
                "print(json.dumps([before, same, 'hard_words' in dir(r), missing]))")
    assert got == [{"analysis.readability_words": False, "analysis.readability_textstat": False},
                   [True] * 7, True,
                   "module 'analysis.readability' has no attribute 'no_such_thing'"]
    for first in ("analysis.readability_textstat", "analysis.readability_words"):
        assert fresh(f"import json, {first}\nprint(json.dumps('{first}'))") == first
