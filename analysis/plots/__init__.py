"""Every figure the notebooks draw, as a function of an `Article` that returns a `Figure`.

A user gets the report's figure in their own notebook with one call::

    from analysis import load_article, plots
    fig = plots.sentence_lengths(load_article("essay.txt"))

Each function takes the article plus keyword-only options; pass a table you already computed
(``table=``, ``summary=``, ...) so nothing is measured twice. The house style is applied inside
each call (your rcParams are left alone) and each figure carries its source footer; save with
`analysis.plotting.save_figure`. Figures thin their labels, wrap them and keep legends outside
the data so that they read at 300 and 3,000 words, 5 and 60 paragraphs.
"""

from ._compare import compare_articles, comparison_finding
from ._hedging import hedge_reading_order, hedges_by_category, news_reference_figure
from ._layout import KIND_COLOURS, PARAGRAPH_COLOURS, label_step
from ._readability import (
    GRADE_BANDS,
    grades_by_formula,
    grades_table,
    paragraph_grades,
    textstat_comparison,
)
from ._stance import (
    actor_counts,
    actor_stance_heatmap,
    stance_moves_figure,
    stance_profile_figure,
)
from ._structure import sentence_lengths

#: Figure file name (figures/NAME.png) -> the function that draws it, in the notebooks' order.
FIGURES = {
    "01_sentence_lengths": sentence_lengths,
    "02_grades_by_formula": grades_by_formula,
    "02_sentence_lengths": sentence_lengths,
    "02_paragraph_grades": paragraph_grades,
    "02_textstat_vs_ours": textstat_comparison,
    "03_stance_profile": stance_profile_figure,
    "03_actor_stance_heatmap": actor_stance_heatmap,
    "03_stance_moves": stance_moves_figure,
    "04_hedges_by_category": hedges_by_category,
    "04_reading_order": hedge_reading_order,
    "04_news_reference": news_reference_figure,
    "05_compare_articles": compare_articles,
}

__all__ = [
    "FIGURES",
    "GRADE_BANDS",
    "KIND_COLOURS",
    "PARAGRAPH_COLOURS",
    "actor_counts",
    "actor_stance_heatmap",
    "compare_articles",
    "comparison_finding",
    "grades_by_formula",
    "grades_table",
    "hedge_reading_order",
    "hedges_by_category",
    "label_step",
    "news_reference_figure",
    "paragraph_grades",
    "sentence_lengths",
    "stance_moves_figure",
    "stance_profile_figure",
    "textstat_comparison",
]
