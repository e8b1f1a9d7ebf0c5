"""Evaluation against gold standards, one module per gold standard (a reader plus a scorer).

- :mod:`analysis.evaluate.uncertainty`: the hedge detector on Szeged/BioScope uncertainty XML.
- :mod:`analysis.evaluate.extraction`: article extraction on a folder of saved pages
  (article-pages layout), body shingle P/R/F1 and headline exact match.

The names users already import from ``analysis.evaluate`` are re-exported here.
"""

from .extraction import (
    ExtractionScore,
    body_shingle_score,
    evaluate_extraction,
    extraction_table,
    format_extraction,
    read_article_pages,
)
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
    "ExtractionScore",
    "body_shingle_score",
    "evaluate_extraction",
    "extraction_table",
    "format_extraction",
    "read_article_pages",
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
