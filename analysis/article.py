"""Load an article saved from a web page and find its parts with general, documented rules.

``Article.text`` is the decoded file (a leading BOM removed, nothing else changed); every part
is a `Span` into it. The rules, in order:

1. Blocks are separated by blank lines; a text with no blank lines has one block per line.
2. Trailing web debris (loading placeholders, paywall prompts, link lists, cookie banners, share
   buttons) is removed from the end; the patterns live in ``analysis/data/boilerplate.csv``.
3. The first block is the *title* when it is short (at most 20 words), is a single line, does
   not end with a full stop, and more blocks follow.
4. The next block is the *subtitle* when it is short (at most 25 words), a single line, and ends
   without punctuation.
5. The next block is a *photo caption* when it ends in a credit line ("Name / Agency via
   REUTERS", "Photo: ...", "AP Photo/...", "... / Getty Images"); the credit is split off.
6. Every other block is a body paragraph. The article is *truncated* when the last paragraph
   ends without terminal punctuation or a paywall/loading marker followed the body.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import paths
from .errors import (
    ArticleEncodingError,
    ArticleNotFoundError,
    BinaryFileError,
    EmptyArticleError,
    HTMLInputError,
    NoBodyError,
    NotAFileError,
    UnreadableFileError,
)
from .spans import Span

__all__ = ["Article", "Boilerplate", "load_article", "decode_bytes"]

TITLE_MAX_WORDS = 20
SUBTITLE_MAX_WORDS = 25
TERMINAL = ".!?…"
CLOSERS = "\"'”’)]»"

_CREDIT_RES = [
    # "Andrew Harnik / Pool via REUTERS", "Kim Hong-Ji / REUTERS", "John Doe / Getty Images"
    re.compile(
        r"(?P<credit>(?:[A-Z][\w.'’-]*\s){1,4}?(?:[A-Z][\w.'’-]*)\s?/\s?"
        r"[\w .'’&-]{0,40}?(?:REUTERS|Reuters|AP|AFP|Getty Images|Bloomberg|EPA|Pool|"
        r"Associated Press|Yonhap|KCNA|Redux|Shutterstock)(?:\s[\w .'’-]{0,30})?)\s*$"
    ),
    re.compile(r"(?P<credit>(?:AP|AFP|Reuters|REUTERS) Photo\s?/\s?[\w .'’-]+)\s*$"),
    re.compile(r"(?P<credit>(?:Photo|Photograph|Image|Credit)s?(?: by)?:\s?[^.]{2,80})\s*$"),
]

_HTML_RE = re.compile(
    r"^\s*(<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<html\b)|<(head|body|div|script|p|meta|span)\b[^>]*>",
    re.IGNORECASE,
)
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx file)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
}


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A line removed as web debris: its span, the category and the pattern that matched."""

    span: Span
    category: str
    pattern: str
    truncates: bool


@dataclass(frozen=True)
class Article:
    """An article's exact text and its parts, each a `Span` into ``text``."""

    text: str
    paragraphs: tuple[Span, ...]
    title: Span | None = None
    subtitle: Span | None = None
    caption: Span | None = None
    credit: Span | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    truncated: bool = False
    truncation_reason: str | None = None
    source: str | None = None
    name: str = "text"
    encoding: str = "utf-8"
    notes: tuple[str, ...] = field(default=())

    @classmethod
    def from_text(cls, text: str, *, name: str = "text", source: str | None = None) -> Article:
        """Build an article from a string, finding title, subtitle, caption and body."""
        return _parse(text, name=name, source=source)

    @property
    def headline(self) -> tuple[Span, ...]:
        """The title and subtitle that are present (the author's thesis lines)."""
        return tuple(s for s in (self.title, self.subtitle) if s is not None)

    def parts(self, include: tuple[str, ...] = ("title", "subtitle", "body")) -> list[Span]:
        """The spans of the requested parts in reading order (body = every paragraph)."""
        known = {"title", "subtitle", "caption", "credit", "body"}
        unknown = set(include) - known
        if unknown:
            raise ValueError(f"unknown part(s) {sorted(unknown)}; choose from {sorted(known)}")
        out: list[Span] = []
        for name in ("title", "subtitle", "caption", "credit"):
            span = getattr(self, name)
            if name in include and span is not None:
                out.append(span)
        if "body" in include:
            out.extend(self.paragraphs)
        return sorted(out, key=lambda s: s.start)

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by blank lines (a convenience copy; offsets do not apply)."""
        return "\n\n".join(p.text for p in self.paragraphs)


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[tuple[re.Pattern[str], str, bool, str], ...]:
    with open(paths.PACKAGE_DATA_DIR / "boilerplate.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        (re.compile(r["pattern"], re.IGNORECASE), r["category"], r["truncates"] == "yes", r["pattern"])
        for r in rows
    )


def decode_bytes(data: bytes, *, encoding: str = "utf-8", name: str = "input") -> tuple[str, str]:
    """Decode a file's bytes, refusing empty and binary data. Returns (text, encoding used).

    A UTF-8 or UTF-16 byte-order mark decides the encoding and is removed; otherwise ``encoding``
    is used, and a byte it cannot decode raises `ArticleEncodingError` naming the offset.
    """
    if not data.strip():
        what = "empty" if not data else "whitespace only"
        raise EmptyArticleError(f"{name}: the file is {what}; there is no article text to analyse.")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryFileError(
                f"{name}: this is {what}, not text. Save the article as a plain-text (.txt) file."
            )
    if data.startswith(b"\xef\xbb\xbf"):
        used, data = "utf-8", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        used = "utf-16"
    else:
        used = encoding
        if b"\x00" in data[:65536]:
            pos = data.index(b"\x00")
            raise BinaryFileError(
                f"{name}: NUL byte at offset {pos}: this looks like a binary file, not text "
                "(or UTF-16 without a byte-order mark: pass encoding='utf-16')."
            )
    try:
        text = data.decode(used)
    except UnicodeDecodeError as exc:
        hint = "encoding='cp1252'" if used.replace("-", "").lower() == "utf8" else "encoding='utf-8'"
        raise ArticleEncodingError(
            f"{name}: byte 0x{data[exc.start]:02x} at offset {exc.start} is not valid {used}. "
            f"Pass the file's encoding, e.g. {hint} (Windows) or encoding='latin-1'."
        ) from None
    except LookupError:
        raise ArticleEncodingError(f"{name}: unknown encoding {encoding!r}.") from None
    if used == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    return text, used


def load_article(path: str | Path, *, encoding: str = "utf-8") -> Article:
    """Read a plain-text article and find its parts. Never writes anything.

    Raises a subclass of `ArticleError` with a message that says what is wrong: a missing path,
    a directory, an empty, binary, undecodable or HTML file, or a text with no body.
    """
    p = Path(path)
    if not p.exists():
        raise ArticleNotFoundError(f"{p}: no such file. Check the path.")
    if p.is_dir():
        raise NotAFileError(f"{p}: is a directory; give the path of one article's .txt file.")
    if not p.is_file():
        raise NotAFileError(f"{p}: is not a regular file.")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise UnreadableFileError(f"{p}: permission denied; make the file readable.") from None
    except OSError as exc:
        raise UnreadableFileError(f"{p}: cannot be read ({exc.strerror}).") from None
    text, used = decode_bytes(data, encoding=encoding, name=str(p))
    return _parse(text, name=p.stem, source=str(p), encoding=used)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, whitespace trimmed."""
    out = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group lines into blank-line separated blocks (one line each if there are no blank lines)."""
    blocks: list[list[tuple[int, int]]] = []
    for s, e in lines:
        if blocks and not re.search(r"\n[ \t\f\v\r]*\n", text[blocks[-1][-1][1] : s].replace("\r\n", "\n")):
            blocks[-1].append((s, e))
        else:
            blocks.append([(s, e)])
    if len(blocks) == 1 and len(lines) > 1:
        blocks = [[ln] for ln in lines]
    return blocks


def _n_words(s: str) -> int:
    return len(re.findall(r"\w+(?:[-'’.]\w+)*", s))


def _parse(text: str, *, name: str, source: str | None, encoding: str = "utf-8") -> Article:
    if text.startswith("\ufeff"):
        raise ValueError("text starts with a byte-order mark; decode files with load_article()")
    label = source or name
    if not text.strip():
        raise EmptyArticleError(f"{label}: the text is empty or whitespace only.")
    if _HTML_RE.search(text[:5000]):
        raise HTMLInputError(
            f"{label}: this is an HTML page, not the article's text. Open it in a browser and save "
            "it as plain text (or copy the article's text into a .txt file)."
        )
    if not re.search(r"\w", text):
        raise EmptyArticleError(f"{label}: the text holds no words, only punctuation or symbols.")

    def span(s: int, e: int, part: str, paragraph: int | None = None) -> Span:
        return Span(s, e, text[s:e], part=part, paragraph=paragraph)

    blocks = _blocks(text, _lines(text))
    removed: list[Boilerplate] = []
    while blocks:
        block = blocks[-1]
        if len(block) != 1:
            break
        s, e = block[0]
        hit = next((p for p in _boilerplate_patterns() if p[0].match(text[s:e])), None)
        if hit is None:
            break
        removed.insert(0, Boilerplate(span(s, e, "boilerplate"), hit[1], hit[3], hit[2]))
        blocks.pop()

    title = subtitle = caption = credit = None
    i = 0
    if len(blocks) >= 2 and len(blocks[0]) == 1:
        s, e = blocks[0][0]
        line = text[s:e]
        if _n_words(line) <= TITLE_MAX_WORDS and not line.rstrip(CLOSERS).endswith("."):
            title, i = span(s, e, "title"), 1
    elif len(blocks) == 1 and len(blocks[0]) == 1 and not removed:
        s, e = blocks[0][0]
        line = text[s:e]
        if _n_words(line) <= TITLE_MAX_WORDS and line[-1] not in TERMINAL + CLOSERS:
            raise NoBodyError(
                f"{label}: the text is a single short line without sentence punctuation "
                f"({line[:60]!r}), a title with no body. Add the article's paragraphs."
            )
    if title is not None and len(blocks) > i + 1 and len(blocks[i]) == 1:
        s, e = blocks[i][0]
        line = text[s:e]
        if _n_words(line) <= SUBTITLE_MAX_WORDS and line[-1] not in TERMINAL + ",;:" + CLOSERS:
            subtitle, i = span(s, e, "subtitle"), i + 1
    if title is not None and len(blocks) > i + 1 and len(blocks[i]) == 1:
        s, e = blocks[i][0]
        line = text[s:e]
        for rx in _CREDIT_RES:
            m = rx.search(line)
            if m and m.start("credit") > 0:
                cs = s + m.start("credit")
                ce = s + len(line.rstrip())
                cap_end = cs
                while cap_end > s and text[cap_end - 1].isspace():
                    cap_end -= 1
                caption, credit, i = span(s, cap_end, "caption"), span(cs, ce, "credit"), i + 1
                break

    body_blocks = blocks[i:]
    if not body_blocks:
        raise NoBodyError(
            f"{label}: found a headline but no body paragraphs. Check that the article text "
            "follows the title, separated by a blank line."
        )
    paragraphs = tuple(
        span(b[0][0], b[-1][1], "body", paragraph=k) for k, b in enumerate(body_blocks)
    )
    truncated, reason = False, None
    markers = [b for b in removed if b.truncates]
    if markers:
        truncated = True
        reason = f"a {markers[0].category} marker follows the body: {markers[0].span.text!r}"
    last = paragraphs[-1].text.rstrip(CLOSERS + " ")
    if last and last[-1] not in TERMINAL:
        truncated = True
        tail = paragraphs[-1].text[-40:]
        why = f"the last paragraph ends without terminal punctuation (…{tail!r})"
        reason = why if reason is None else f"{why}; {reason}"
    return Article(
        text=text,
        paragraphs=paragraphs,
        title=title,
        subtitle=subtitle,
        caption=caption,
        credit=credit,
        boilerplate=tuple(removed),
        truncated=truncated,
        truncation_reason=reason,
        source=source,
        name=name,
        encoding=encoding,
    )
