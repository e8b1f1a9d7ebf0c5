"""Exceptions a user can cause. Each message says what was wrong and what to do."""

from __future__ import annotations

import re


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


class ArticleTooLargeError(ArticleError):
    """The file is larger than `analysis.reading.MAX_ARTICLE_BYTES`; it was not read."""


class OutputPathError(ArticleError):
    """An output would land on an input, inside a committed folder or on an earlier report,
    or its folder cannot be written (`analysis.outputs.check_output`)."""


class HTMLInputError(ArticleError):
    """The file is an HTML page rather than the article's text."""


class NoBodyError(ArticleError):
    """The text has a headline but no body paragraphs."""


class InputWarning(UserWarning):
    """The input was read, but some measurements on it are doubtful (not English, Markdown,
    a long stretch without sentence punctuation). The same text is kept in ``Article.notes``."""


class NoArticleError(HTMLInputError):
    """An HTML page with no article in it (an index, an error or a login page)."""


# C0 and C1 controls, DEL, and the bidirectional overrides/isolates that reorder what a terminal
# shows (a file name with U+202E can display its extension backwards).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters escaped (``\\x1b``, ``\\n``, ``\\u202e``), so a file
    name or an excerpt printed to a terminal cannot move the cursor, ring the bell or hide text.
    """
    def esc(m: re.Match[str]) -> str:
        ch = m.group()
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(
            ch, f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")

    return _UNPRINTABLE.sub(esc, text)
