"""Import nltk without the ``scipy.stats`` import that only its Fisher exact test needs.

``import nltk`` runs nltk's package ``__init__``, which imports every subpackage; one of them,
``nltk.metrics.association`` (collocation scores), imports ``scipy.stats.fisher_exact`` at
module level. That single import is about half of nltk's import time (0.7 s of 1.6 s CPU
on the 2-core machine of ``benchmarks/README.md``) and is paid by every process that
tokenizes: each notebook kernel of ``make report``, each Dask worker. The package never uses
collocation scores.

Importing this module (before any ``import nltk`` or ``from nltk... import``) imports nltk with
``scipy.stats`` blocked, so nltk takes its own fallback, then puts back a
``fisher_exact`` that imports scipy on its first call: nltk behaves as before (the Fisher score
works, one import later), and ``scipy.stats`` stays importable as usual. Nothing happens if
nltk is already imported (then scipy.stats was paid for already) or if scipy.stats is.
The other two optional scipy imports in nltk (``scipy.stats.stats.betai`` and a module
``norm``) do not exist in current versions, so nltk uses its fallbacks for them anyway.
"""

from __future__ import annotations

import sys
from typing import Any


def _fisher_exact(*args: Any, **kwargs: Any) -> Any:
    """scipy's ``fisher_exact``, imported when first called."""
    from scipy.stats import fisher_exact

    return fisher_exact(*args, **kwargs)


def _import_nltk() -> None:
    if "nltk" in sys.modules or "scipy.stats" in sys.modules:
        import nltk  # noqa: F401 - nothing to save
        return
    sys.modules["scipy.stats"] = None  # type: ignore[assignment]  # makes its import fail
    try:
        import nltk  # noqa: F401
    finally:
        if sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]
    from importlib.util import find_spec

    association = sys.modules["nltk.metrics.association"]  # (nltk.metrics is another module)
    fallback = getattr(association.fisher_exact, "__module__", "") == association.__name__
    if fallback and find_spec("scipy") is not None:
        association.fisher_exact = _fisher_exact  # nltk's fallback only raises


_import_nltk()
