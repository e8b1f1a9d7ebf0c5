"""Load an article saved from a web page and find its parts with general, documented rules.

``Article.text`` is the decoded file (a leading BOM removed, nothing else changed); every part
is a `Span` into it. The rules, in order:

1. Lines are split at ``\\n``, ``\\r\\n`` or ``\\r``. Blocks are separated by blank lines. A
   text with no blank lines has one block per line; a block whose lines (other than the last)
   run longer than ``WRAP_WIDTH`` characters holds one paragraph per line (single newlines
   between paragraphs), otherwise it is one hard-wrapped paragraph.
2. Web debris (loading placeholders, paywall prompts, link lists, cookie banners, share
   buttons, advertising labels) is removed: any block that is one line matching a pattern in
   ``analysis/data/boilerplate.csv``, and matching lines at the end of the last block.
3. The first block is the *title* when it is a single line of at most ``TITLE_MAX_WORDS``
   words that does not end with a full stop, and more blocks follow.
4. After a title, the next block is the *subtitle* when it is a single line of at most
   ``SUBTITLE_MAX_WORDS`` words ending without punctuation, not ending in a photo credit, and
   more blocks follow.
5. The next block is a *photo caption* when it ends in a credit ("Name / Agency via
   REUTERS", "Photo: ...", "AP Photo/...", "REUTERS/Name", "Name / Getty Images"); the credit
   is split off. A credit may also stand alone on its line, or on the line after the caption.
6. Every other block is a body paragraph. A text whose blocks are all short lines holding no
   sentence end (a title, perhaps a subtitle, and nothing else) raises `NoBodyError`. The
   article is *truncated* when the last paragraph ends without terminal punctuation (after
   closing quotes and brackets) or a paywall or loading marker was removed after (or inside)
   the body; ``truncation_reason`` says which.
7. Doubtful input is read but flagged in ``notes`` and with an `InputWarning`: text that is not
   English (mostly non-Latin letters, or few English function words), Markdown, and paragraphs
   of 100+ words with no sentence punctuation. A page of HTML is refused; prose that quotes a
   tag or two inside a sentence is text.
"""

from __future__ import annotations

import csv
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import paths
from .errors import (
    ArticleEncodingError,
    EmptyArticleError,
    HTMLInputError,
    InputWarning,
    NoBodyError,
)
from .normalize import view
from .reading import decode_bytes, read_text  # decode_bytes re-exported (it lived here)
from .spans import Span, strip_bounds

__all__ = ["Article", "Boilerplate", "load_article", "decode_bytes", "ends_sentence"]

TITLE_MAX_WORDS = 20
SUBTITLE_MAX_WORDS = 25
#: a line longer than this is not hard-wrapped text: it holds a whole paragraph
WRAP_WIDTH = 100
TERMINAL = ".!?…。！？"  # CJK full stops too, so Chinese text is a body (with a note)
CLOSERS = "\"'”’)]»"
#: Opening marks that cannot end a line of text: at a line's end they are stray (issue 11).
STRAY_OPENERS = "\u201c\u00ab\u2018"

# A person's name: 1-5 capitalised words or single-letter initials ("J. Scott Applewhite").
_NAME = r"(?:(?:[A-Z]\.|[A-Z][\w'’-]*)\s){0,4}(?:[A-Z]\.|[A-Z][\w'’-]*)"
_AGENCY = (
    r"(?:REUTERS|Reuters|AP|AFP|Getty Images|Bloomberg|EPA(?:-EFE)?|Pool|Associated Press|"
    r"Yonhap|KCNA|Redux|Shutterstock|Xinhua|Kyodo|Sipa USA|Alamy|UPI|dpa|The New York Times)"
)
# Where a credit may start: the start of the line/block, or after the caption's final
# punctuation and a space (so a credit never swallows the end of a caption sentence).
_CREDIT_START = r"(?:^|(?<=[.!?…”’\"')\]])\s+|\n)"
_CREDIT_RES = [
    # "Andrew Harnik / Pool via REUTERS", "Kim Hong-Ji / REUTERS", "Chip Somodevilla/Getty Images"
    re.compile(_CREDIT_START + rf"(?P<credit>{_NAME}\s?/\s?(?:[\w.'’&-]+\s){{0,3}}?"
               rf"(?:via\s)?{_AGENCY}(?:\s(?:Photo|Images|via\s{_AGENCY}))?)\s*$"),
    # "AP Photo/Ahn Young-joon", "(AP Photo/Evan Vucci)", "REUTERS/Jonathan Ernst"
    re.compile(_CREDIT_START + r"(?P<credit>\(?(?:AP|AFP|EPA|Yonhap|KCNA|Reuters|REUTERS)"
               rf"(?: Photo)?\s?/\s?{_NAME}\)?)\s*$"),
    # "Photo: Jane Doe / Getty", "Photograph by Jane Doe", "Image credit: ..."
    re.compile(_CREDIT_START + r"(?P<credit>(?:Photo|Photograph|Picture|Image|Credit)s?"
               r"(?: credit)?(?:\s?:| by)\s?[^\n]{2,80}?)\s*$", re.IGNORECASE),
]

_HTML_TAGS = (r"(?:html|head|body|div|script|style|p|br|meta|link|span|a|img|table|tr|td|ul|ol|li"
              r"|h[1-6]|section|article|main|header|footer|nav|form|iframe)")
#: An HTML page: a doctype or <html> first, or a line that begins with a tag ...
_HTML_RE = re.compile(
    r"^\s*(<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<html\b)"
    rf"|^[ \t]*</?{_HTML_TAGS}\b[^<>\n]*>",
    re.IGNORECASE | re.MULTILINE,
)
#: ... or many tags. Prose that quotes a tag or two inside a sentence (an article about a
#: script injection) is text, not a page; its tags are escaped wherever they are displayed.
_HTML_TAG_RE = re.compile(rf"</?{_HTML_TAGS}\b[^<>]*>", re.IGNORECASE)
HTML_TAG_LIMIT = 8
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
        (re.compile(r["pattern"], re.IGNORECASE), r["category"], r["truncates"] == "yes",
         r["pattern"])
        for r in rows
    )


def _match_boilerplate(line: str) -> tuple[re.Pattern[str], str, bool, str] | None:
    return next((p for p in _boilerplate_patterns() if p[0].match(line)), None)


def load_article(path: str | Path, *, encoding: str = "utf-8") -> Article:
    """Read a plain-text article and find its parts. Never writes anything.

    Raises a subclass of `ArticleError` with a message that says what is wrong and what to do:
    a missing path, a directory, an empty, whitespace-only, binary, undecodable or HTML file,
    or a headline with no body.
    """
    p = Path(path)
    text, used = read_text(p, encoding=encoding)  # path checks, size limit, BOM, decoding
    return _parse(text, name=p.stem, source=str(p), encoding=used)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, surrounding whitespace trimmed."""
    out = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = strip_bounds(text, m.start(), m.end())
        if s < e:
            out.append((s, e))
    return out


def _line_breaks(gap: str) -> int:
    """How many line breaks a stretch of whitespace holds (``\\r\\n`` counts once)."""
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


Block = list[tuple[int, int]]


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[Block]:
    """Group lines into paragraphs: blank-line separated blocks, see rule 1 in the module doc."""
    blocks: list[Block] = []
    for s, e in lines:
        if blocks and _line_breaks(text[blocks[-1][-1][1] : s]) < 2:
            blocks[-1].append((s, e))
        else:
            blocks.append([(s, e)])
    if len(blocks) == 1:
        return [[ln] for ln in lines]
    out: list[Block] = []
    for b in blocks:
        if len(b) > 1 and any(e - s > WRAP_WIDTH for s, e in b[:-1]):
            out.extend([ln] for ln in b)
        else:
            out.append(b)
    return out


def _n_words(s: str) -> int:
    return len(re.findall(r"\w+(?:[-'’.]\w+)*", s))


def ends_sentence(s: str) -> bool:
    """True when ``s`` ends with terminal punctuation, closing quotes and brackets aside."""
    s = s.rstrip(CLOSERS + STRAY_OPENERS + " ")
    return bool(s) and s[-1] in TERMINAL


def _headline_like(line: str) -> bool:
    """A short line holding no sentence end: not even "... stops. The next ..." inside it."""
    return (_n_words(line) <= SUBTITLE_MAX_WORDS and not ends_sentence(line)
            and not re.search(r"[a-z]{2}[.!?…][\"'”’)\]]*\s+[A-Z]", line))


def _find_credit(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Offsets of a photo credit ending the stretch ``text[s:e]``, or None."""
    for rx in _CREDIT_RES:
        m = rx.search(text[s:e])
        if m:
            return s + m.start("credit"), s + m.end("credit")
    return None


def _parse(text: str, *, name: str, source: str | None, encoding: str = "utf-8") -> Article:
    label = source or name
    if text.startswith("\ufeff"):
        raise ArticleEncodingError(
            f"{label}: the text starts with a byte-order mark (U+FEFF). Read files with "
            "load_article(), or open them with encoding='utf-8-sig'."
        )
    original, text = text, view(text)  # structure found on the same-length view (normalize.py)
    if not text.strip():
        raise EmptyArticleError(
            f"{label}: the text is empty or whitespace only; give the article's text."
        )
    head = text[:5000]
    if _HTML_RE.search(head) or len(_HTML_TAG_RE.findall(head)) >= HTML_TAG_LIMIT:
        raise HTMLInputError(
            f"{label}: this is an HTML page, not the article's text. Open it in a browser and save "
            "it as plain text (or copy the article's text into a .txt file)."
        )
    if not re.search(r"\w", text):
        raise EmptyArticleError(
            f"{label}: the text holds no words, only punctuation or symbols; "
            "give the article's text."
        )

    def span(s: int, e: int, part: str, paragraph: int | None = None) -> Span:
        return Span(s, e, original[s:e], part=part, paragraph=paragraph)

    # Rule 2: web debris, as whole one-line blocks anywhere and as trailing lines of the last block.
    removed: list[Boilerplate] = []
    blocks: list[Block] = []
    for block in _blocks(text, _lines(text)):
        hit = _match_boilerplate(text[block[0][0] : block[0][1]]) if len(block) == 1 else None
        if hit is None:
            blocks.append(block)
        else:
            s, e = block[0]
            removed.append(Boilerplate(span(s, e, "boilerplate"), hit[1], hit[3], hit[2]))
    while blocks and len(blocks[-1]) > 1:
        s, e = blocks[-1][-1]
        hit = _match_boilerplate(text[s:e])
        if hit is None:
            break
        removed.append(Boilerplate(span(s, e, "boilerplate"), hit[1], hit[3], hit[2]))
        blocks[-1] = blocks[-1][:-1]
    removed.sort(key=lambda b: b.span.start)
    if not blocks:
        shown = ", ".join(repr(b.span.text[:40]) for b in removed[:3])
        raise EmptyArticleError(
            f"{label}: the text holds only web-page debris ({shown}), no article. "
            "Save the page again once the article's text has loaded."
        )

    def single(k: int) -> str | None:
        """The text of block k when it is a single line, else None."""
        if k < len(blocks) and len(blocks[k]) == 1:
            s, e = blocks[k][0]
            return text[s:e]
        return None

    # Rule 3 and 4: title and subtitle.
    title = subtitle = caption = credit = None
    i = 0
    line = single(0)
    if line is not None and len(blocks) > 1:
        if _n_words(line) <= TITLE_MAX_WORDS and not line.rstrip(CLOSERS).endswith("."):
            title, i = span(*blocks[0][0], "title"), 1
    line = single(i)
    if title is not None and line is not None and len(blocks) > i + 1:
        last = line.rstrip(STRAY_OPENERS + " ")[-1:] or line[-1]  # a stray "“" at the end
        short = _n_words(line) <= SUBTITLE_MAX_WORDS and last not in TERMINAL + ",;:" + CLOSERS
        if short and _find_credit(text, *blocks[i][0]) is None:
            subtitle, i = span(*blocks[i][0], "subtitle"), i + 1

    # Rule 5: caption and credit (in one block, a credit alone, or caption then credit line).
    if len(blocks) > i + 1:
        s, e = blocks[i][0][0], blocks[i][-1][1]
        found = _find_credit(text, s, e)
        if found is not None:
            cs, ce = found
            cap_end = cs
            while cap_end > s and text[cap_end - 1].isspace():
                cap_end -= 1
            caption = span(s, cap_end, "caption") if cap_end > s else None
            credit, i = span(cs, ce, "credit"), i + 1
        elif len(blocks) > i + 2 and ends_sentence(text[s:e]):
            ns, ne = blocks[i + 1][0][0], blocks[i + 1][-1][1]
            found = _find_credit(text, ns, ne)
            if found is not None and found[0] == ns:
                caption, credit, i = span(s, e, "caption"), span(*found, "credit"), i + 2

    body_blocks = blocks[i:]
    if all(len(b) == 1 and _headline_like(text[b[0][0] : b[0][1]]) for b in blocks):
        first = text[blocks[0][0][0] : blocks[0][0][1]]
        raise NoBodyError(
            f"{label}: found only headline-like lines ({len(blocks)}, starting {first[:60]!r}) "
            "and no paragraph of sentences: a title with no body. Add the article's paragraphs "
            "after the title, separated by a blank line."
        )
    paragraphs = tuple(
        span(b[0][0], b[-1][1], "body", paragraph=k) for k, b in enumerate(body_blocks)
    )

    # Rule 6: truncation.
    reasons: list[str] = []
    last = paragraphs[-1]
    if not ends_sentence(last.text):
        reasons.append(
            f"the last paragraph ends without terminal punctuation (…{last.text[-40:]!r})"
        )
    for b in removed:
        if b.truncates:
            where = "follows the body" if b.span.start > last.end else "interrupts the body"
            reasons.append(f"a {b.category} marker {where}: {b.span.text!r}")
            break
    notes = _input_notes(text, paragraphs, label)
    for note in notes:
        warnings.warn(note, InputWarning, stacklevel=3)
    return Article(
        text=original,
        paragraphs=paragraphs,
        notes=notes,
        title=title,
        subtitle=subtitle,
        caption=caption,
        credit=credit,
        boilerplate=tuple(removed),
        truncated=bool(reasons),
        truncation_reason="; ".join(reasons) or None,
        source=source,
        name=name,
        encoding=encoding,
    )


# Doubtful input: read, but flagged in Article.notes and with an InputWarning.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for it as was with be by on not he she this are or his her from"
    " at which but have an they you were has been their its we will would can there than who i"
    .split()
)
_MARKDOWN_RES = (
    re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE),  # heading
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),  # [link](target)
    re.compile(r"(\*\*|__)\S[^\n]*?\S\1"),  # **strong**
    re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+\S.*\n[ \t]*(?:[-*+]|\d+\.)[ \t]+\S", re.MULTILINE),
    re.compile(r"^(?:```|~~~)", re.MULTILINE),  # code fence
)
#: A paragraph this long with no sentence punctuation at all is read as one sentence.
UNPUNCTUATED_WORDS = 100


def _input_notes(text: str, paragraphs: tuple[Span, ...], label: str) -> tuple[str, ...]:
    """Why measurements on this text may be doubtful (judged on its first 20,000 characters)."""
    notes = []
    body = " ".join(p.text for p in paragraphs[:200])[:20000]
    letters = [ch for ch in body if ch.isalpha()]
    latin = sum(ch < "\u0250" for ch in letters)
    tokens = re.findall(r"[^\W\d_]+", body.lower())
    english = sum(t in _ENGLISH_FUNCTION_WORDS for t in tokens)
    if letters and latin < 0.5 * len(letters):
        notes.append(f"{label}: most letters are not Latin script ({len(letters) - latin} of "
                     f"{len(letters)}): the text is not English. Sentence splitting, syllables, "
                     "readability formulas and the hedge and stance lexicons are for English; "
                     "treat every figure as meaningless.")
    elif len(tokens) >= 20 and english < 0.08 * len(tokens):  # English prose: 25-45%
        notes.append(f"{label}: only {english} of {len(tokens)} words are common English "
                     "function words (the, of, and ...): the text may not be English. The "
                     "readability formulas and lexicons are for English; figures are doubtful.")
    kinds = sum(bool(rx.search(text[:20000])) for rx in _MARKDOWN_RES)
    if kinds >= 2 or text.lstrip().startswith("# "):
        notes.append(f"{label}: looks like Markdown: markup (#, *, [links](...)) is kept as "
                     "text and link addresses count as words. Export the article as plain text "
                     "for exact counts.")
    flat = [p for p in paragraphs if not any(c in p.text for c in TERMINAL)
            and _n_words(p.text) >= UNPUNCTUATED_WORDS]
    if flat:
        which = ", ".join(str(p.paragraph + 1) for p in flat[:5])
        which += " ..." if len(flat) > 5 else ""
        notes.append(f"{label}: {len(flat)} paragraph(s) ({which}) of {UNPUNCTUATED_WORDS} or "
                     "more words have no sentence punctuation, so each is read as one sentence: "
                     "words per sentence and grade levels are doubtful. Check the text's "
                     "punctuation.")
    return tuple(notes)
