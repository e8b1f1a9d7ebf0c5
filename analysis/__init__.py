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
    readability_from_tokens,
    readability_table,
    textstat_scores,
    word_table,
)
from .evaluate import evaluate, read_uncertainty_xml
from .hedging import HedgeRates, HedgingSummary, find_hedges, hedge_concordance, hedging_summary
from .matching import Lexicon, LexiconError, Match, concordance, load_lexicon, match, matches_frame
from .resources import cmu_dictionary, ensure_nltk_cmudict
from .spans import Span
from .structure import ArticleCounts, article_counts, boilerplate_table, parts_table, sentence_table
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
    "ArticleCounts",
    "article_counts",
    "boilerplate_table",
    "parts_table",
    "sentence_table",
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
    "HedgeRates",
    "HedgingSummary",
    "Lexicon",
    "LexiconError",
    "Match",
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
    "concordance",
    "evaluate",
    "find_hedges",
    "hedge_concordance",
    "hedging_summary",
    "load_lexicon",
    "match",
    "matches_frame",
    "read_uncertainty_xml",
    "count_syllables",
    "ensure_nltk_cmudict",
    "estimate_syllables",
    "hard_words",
    "lexical_words",
    "load_article",
    "longest_sentences",
    "nominalisations",
    "readability",
    "readability_from_tokens",
    "readability_table",
    "sentences",
    "textstat_scores",
    "word_table",
    "words",
]
