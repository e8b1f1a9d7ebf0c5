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
from .resources import cmu_dictionary, ensure_nltk_cmudict
from .spans import Span
from .tokenize import lexical_words, sentences, words

__all__ = [
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
    "Span",
    "UnreadableFileError",
    "cmu_dictionary",
    "ensure_nltk_cmudict",
    "lexical_words",
    "load_article",
    "sentences",
    "words",
]
