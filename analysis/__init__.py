"""analysis: measure how an opinion article argues, with every number traced to its words."""

from .article import Article, Boilerplate, load_article
from .errors import (
    ArticleEncodingError,
    ArticleError,
    ArticleNotFoundError,
    BinaryFileError,
    EmptyArticleError,
    HTMLInputError,
    NoBodyError,
    NotAFileError,
    UnreadableFileError,
)
from .readability import (
    Readability,
    ReadabilityCounts,
    ReadabilityWarning,
    TextstatComparison,
    hard_words,
    longest_sentences,
    nominalisations,
    readability,
    readability_table,
    textstat_scores,
    word_table,
)
from .resources import cmu_dictionary, ensure_nltk_cmudict
from .spans import Span
from .stance import (
    StanceSummary,
    actor_stance,
    attributions,
    find_stance,
    quotations,
    stance_summary,
)
from .syllables import count_syllables, estimate_syllables
from .tokenize import lexical_words, sentences, words

__all__ = [
    "StanceSummary",
    "actor_stance",
    "attributions",
    "find_stance",
    "quotations",
    "stance_summary",
    "Article",
    "ArticleEncodingError",
    "ArticleError",
    "ArticleNotFoundError",
    "BinaryFileError",
    "Boilerplate",
    "EmptyArticleError",
    "HTMLInputError",
    "NoBodyError",
    "NotAFileError",
    "Readability",
    "ReadabilityCounts",
    "ReadabilityWarning",
    "Span",
    "TextstatComparison",
    "UnreadableFileError",
    "cmu_dictionary",
    "count_syllables",
    "ensure_nltk_cmudict",
    "estimate_syllables",
    "hard_words",
    "lexical_words",
    "load_article",
    "longest_sentences",
    "nominalisations",
    "readability",
    "readability_table",
    "sentences",
    "textstat_scores",
    "word_table",
    "words",
]
