"""analysis: measure how an opinion article argues, with every number traced to its words.

The names below are imported on first use (PEP 562 module ``__getattr__``): ``import analysis``
costs almost nothing, and ``from analysis import sentences`` imports only the tokenizer and
what it needs, not the evaluation, annotation or plotting code. ``make report`` starts a kernel
per notebook and ``profile --engine dask`` a process per worker, so each process pays only for
what it uses. ``analysis.readability`` and ``analysis.evaluate`` are the functions of those
names, as before, also after ``import analysis.readability`` (a submodule import does not
replace them); the submodules are imported with ``import`` / ``from ... import`` as usual.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names, eagerly, for type checkers and editors
    from .annotate import AnnotatedHTML, annotated_html, show
    from .article import Article, Boilerplate, load_article
    from .corpus import CorpusOutputError, profile_corpus
    from .errors import (
        ArticleEncodingError,
        ArticleError,
        ArticleNotFoundError,
        BinaryFileError,
        EmptyArticleError,
        HTMLInputError,
        InputWarning,
        NoArticleError,
        NoBodyError,
        NotAFileError,
        UnreadableFileError,
    )
    from .evaluate import evaluate, evaluate_extraction, read_uncertainty_xml
    from .hedging import HedgeRates, HedgingSummary, find_hedges, hedge_concordance, hedging_summary
    from .matching import (
        Lexicon,
        LexiconError,
        Match,
        concordance,
        load_lexicon,
        match,
        matches_frame,
    )
    from .profile import profile_article, profile_table
    from .readability import (
        Readability,
        ReadabilityCounts,
        ReadabilityWarning,
        longest_sentences,
        readability,
        readability_from_tokens,
        readability_table,
    )
    from .readability_textstat import TextstatComparison, textstat_scores
    from .readability_words import hard_words, nominalisations, word_table
    from .resources import cmu_dictionary, ensure_nltk_cmudict
    from .spans import Span
    from .stance import StanceAnalysis, actor_stance, attributions, find_stance, quotations
    from .stance_rates import StanceSummary, stance_summary
    from .structure import (
        ArticleCounts,
        article_counts,
        boilerplate_table,
        parts_table,
        sentence_table,
    )
    from .syllables import count_syllables, estimate_syllables
    from .tokenize import lexical_words, sentences, words

#: Each submodule and the public names it provides (imported when one is first used).
_EXPORTS: dict[str, str] = {
    "annotate": "AnnotatedHTML annotated_html show",
    "article": "Article Boilerplate load_article",
    "corpus": "CorpusOutputError profile_corpus",
    "errors": (
        "ArticleEncodingError ArticleError ArticleNotFoundError BinaryFileError EmptyArticleError "
        "HTMLInputError InputWarning NoArticleError NoBodyError NotAFileError UnreadableFileError"
    ),
    "evaluate": "evaluate evaluate_extraction read_uncertainty_xml",
    "hedging": "HedgeRates HedgingSummary find_hedges hedge_concordance hedging_summary",
    "matching": "Lexicon LexiconError Match concordance load_lexicon match matches_frame",
    "profile": "profile_article profile_table",
    "readability": (
        "Readability ReadabilityCounts ReadabilityWarning longest_sentences readability "
        "readability_from_tokens readability_table"
    ),
    "readability_textstat": "TextstatComparison textstat_scores",
    "readability_words": "hard_words nominalisations word_table",
    "resources": "cmu_dictionary ensure_nltk_cmudict",
    "spans": "Span",
    "stance": "StanceAnalysis actor_stance attributions find_stance quotations",
    "stance_rates": "StanceSummary stance_summary",
    "structure": "ArticleCounts article_counts boilerplate_table parts_table sentence_table",
    "syllables": "count_syllables estimate_syllables",
    "tokenize": "lexical_words sentences words",
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names.split()}
#: Names that are a function here and a submodule too: the function keeps the name.
_SHADOWED = frozenset(name for name in _WHERE if name in _EXPORTS)


def __getattr__(name: str) -> Any:
    """A public name, imported from its submodule on first use; or a submodule itself
    (``analysis.tokenize`` after a bare ``import analysis``, as when everything was eager)."""
    module = _WHERE.get(name)
    if module is None:
        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")  # binds the attribute itself
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """This package's module type: binding a submodule never replaces a shadowed function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return  # the import system binding e.g. analysis.readability (the module)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "AnnotatedHTML",
    "Article",
    "ArticleCounts",
    "ArticleEncodingError",
    "ArticleError",
    "ArticleNotFoundError",
    "BinaryFileError",
    "Boilerplate",
    "CorpusOutputError",
    "EmptyArticleError",
    "HedgeRates",
    "HedgingSummary",
    "HTMLInputError",
    "InputWarning",
    "Lexicon",
    "LexiconError",
    "Match",
    "NoArticleError",
    "NoBodyError",
    "NotAFileError",
    "Readability",
    "ReadabilityCounts",
    "ReadabilityWarning",
    "Span",
    "StanceAnalysis",
    "StanceSummary",
    "TextstatComparison",
    "UnreadableFileError",
    "actor_stance",
    "annotated_html",
    "article_counts",
    "attributions",
    "boilerplate_table",
    "cmu_dictionary",
    "concordance",
    "count_syllables",
    "ensure_nltk_cmudict",
    "estimate_syllables",
    "evaluate",
    "evaluate_extraction",
    "find_hedges",
    "find_stance",
    "hard_words",
    "hedge_concordance",
    "hedging_summary",
    "lexical_words",
    "load_article",
    "load_lexicon",
    "longest_sentences",
    "match",
    "matches_frame",
    "nominalisations",
    "parts_table",
    "profile_article",
    "profile_corpus",
    "profile_table",
    "quotations",
    "read_uncertainty_xml",
    "readability",
    "readability_from_tokens",
    "readability_table",
    "sentence_table",
    "sentences",
    "show",
    "stance_summary",
    "textstat_scores",
    "word_table",
    "words",
]
