"""Evaluation against gold standards, one module per gold standard (a reader plus a scorer).

- :mod:`analysis.evaluate.uncertainty`: the hedge detector on Szeged/BioScope uncertainty XML.

The names users already import from ``analysis.evaluate`` are re-exported here.
"""

from .uncertainty import (
    CATEGORY_GROUP,
    GROUPS,
    REFERENCE_FILE,
    CorpusError,
    EvaluationResult,
    GoldCue,
    GoldSentence,
    Score,
    compare_with_reference,
    error_table,
    evaluate,
    format_errors,
    format_result,
    gold_group,
    read_uncertainty_xml,
    reference_rates,
    split_of,
    write_reference,
)

__all__ = [
    "CATEGORY_GROUP",
    "GROUPS",
    "REFERENCE_FILE",
    "CorpusError",
    "EvaluationResult",
    "GoldCue",
    "GoldSentence",
    "Score",
    "compare_with_reference",
    "error_table",
    "evaluate",
    "format_errors",
    "format_result",
    "gold_group",
    "read_uncertainty_xml",
    "reference_rates",
    "split_of",
    "write_reference",
]
