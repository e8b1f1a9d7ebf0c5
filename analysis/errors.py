"""Exceptions a user can cause. Each message says what was wrong and what to do."""

from __future__ import annotations


class ArticleError(ValueError):
    """Base class: the input cannot be read as an article. The CLI prints the message, exit 2."""


class ArticleNotFoundError(ArticleError, FileNotFoundError):
    """The path does not exist."""


class NotAFileError(ArticleError):
    """The path is a directory or something else that is not a regular file."""


class UnreadableFileError(ArticleError):
    """The file exists but cannot be opened (permissions, I/O)."""


class EmptyArticleError(ArticleError):
    """The file or text is empty, whitespace only, or holds no words."""


class BinaryFileError(ArticleError):
    """The file holds binary data (NUL bytes, an image, a PDF ...), not text."""


class ArticleEncodingError(ArticleError, UnicodeError):
    """The bytes cannot be decoded with the requested encoding."""


class HTMLInputError(ArticleError):
    """The file is an HTML page rather than the article's text."""


class NoBodyError(ArticleError):
    """The text has a headline but no body paragraphs."""


class InputWarning(UserWarning):
    """The input was read, but some measurements on it are doubtful (not English, Markdown,
    a long stretch without sentence punctuation). The same text is kept in ``Article.notes``."""


class NoArticleError(HTMLInputError):
    """An HTML page with no article in it (an index, an error or a login page)."""
