"""analysis: measure how an opinion article argues, with every number traced to its words."""

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
    NoBodyError,
    NotAFileError,
    UnreadableFileError,
)
from .evaluate import evaluate, read_uncertainty_xml
from .hedging import HedgeRates, HedgingSummary, find_hedges, hedge_concordance, hedging_summary
from .matching import Lexicon, LexiconError, Match, concordance, load_lexicon, match, matches_frame
from .profile import profile_article, profile_table
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
from .resources import cmu_dictionary, ensure_nltk_cmudict
from .spans import Span
from .stance import (
    StanceAnalysis,
    StanceSummary,
    actor_stance,
    attributions,
    find_stance,
    quotations,
    stance_summary,
)
from .structure import ArticleCounts, article_counts, boilerplate_table, parts_table, sentence_table
from .syllables import count_syllables, estimate_syllables
from .tokenize import lexical_words, sentences, words

__all__ = [
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
    "article_counts",
    "attributions",
    "boilerplate_table",
    "cmu_dictionary",
    "concordance",
    "count_syllables",
    "ensure_nltk_cmudict",
    "estimate_syllables",
    "evaluate",
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
    "stance_summary",
    "textstat_scores",
    "word_table",
    "words",
]
