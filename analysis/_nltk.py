"""Import nltk without the ``scipy.stats`` import that only its Fisher exact test needs.

``import nltk`` runs nltk's package ``__init__``, which imports every subpackage; one of them,
``nltk.metrics.association`` (collocation scores), imports ``scipy.stats.fisher_exact`` at
module level. With ``scipy.sparse`` (below) that is most of nltk's import time: ``import nltk``
took 1.36 s of CPU, 0.50 s without the two (the 2-core machine of ``benchmarks/README.md``,
loaded), paid by every process that tokenizes: each notebook kernel of ``make report``, each
Dask worker. The package never uses collocation scores.

Importing this module (before any ``import nltk`` or ``from nltk... import``) imports nltk with
``scipy.stats`` blocked, so nltk takes its own fallback, then puts back a
``fisher_exact`` that imports scipy on its first call: nltk behaves as before (the Fisher score
works, one import later), and ``scipy.stats`` stays importable as usual. Nothing happens if
nltk is already imported. The other two optional scipy.stats imports in nltk
(``scipy.stats.stats.betai`` and a module ``norm``) do not exist in current versions, so nltk
uses its fallbacks for them anyway. nltk's transition parser imports ``scipy.sparse`` (0.2 s)
with scikit-learn in one ``try``; without scikit-learn it cannot run, so ``scipy.sparse`` is
kept out too in that case (see `_blocked`).
"""

from __future__ import annotations

import sys
from typing import Any


def _fisher_exact(*args: Any, **kwargs: Any) -> Any:
    """scipy's ``fisher_exact``, imported when first called."""
    from scipy.stats import fisher_exact

    return fisher_exact(*args, **kwargs)


def _blocked() -> list[str]:
    """The scipy modules to keep out of nltk's import: scipy.stats, and scipy.sparse when
    scikit-learn is not installed (nltk's transition parser imports both together and
    cannot work without scikit-learn, so it never uses scipy.sparse then)."""
    from importlib.util import find_spec

    names = ["scipy.stats"]
    if find_spec("sklearn") is None:
        names.append("scipy.sparse")
    return [n for n in names if n not in sys.modules]


def _import_nltk() -> None:
    if "nltk" in sys.modules:
        return  # nothing to save
    blocked = _blocked()
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes its import fail
    try:
        import nltk  # noqa: F401
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    if "scipy.stats" not in blocked:
        return
    from importlib.util import find_spec

    association = sys.modules["nltk.metrics.association"]  # (nltk.metrics is another module)
    fallback = getattr(association.fisher_exact, "__module__", "") == association.__name__
    if fallback and find_spec("scipy") is not None:
        association.fisher_exact = _fisher_exact  # nltk's fallback only raises


_import_nltk()


def engine(pattern: Any) -> Any:
    """The compiled pattern inside one of nltk's time-limit wrappers (``nltk.redos``, nltk
    3.10), or ``pattern`` itself: the same matches without a wrapper call and time check."""
    return getattr(pattern, "_rx", pattern)
