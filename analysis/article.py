"""The article model and its loader: text or HTML in, an `Article` of spans out.

``load_article(path)`` reads a file and never writes anything:

- an HTML page (``.html``, ``.htm``, ``.html.gz``, or a ``.txt`` whose content is a page) is
  decoded by its byte-order mark or declared charset (`decode_html`) and its article found by
  trafilatura (`analysis.extract.extract_html`); ``Article.text`` is then the extracted parts laid
  out as text, one part per block, blocks separated by a blank line: headline, deck, byline, date,
  body paragraphs (``origin="html"``, with ``extractor`` and ``extractor_version``). A page with
  no article raises `NoArticleError`.
- any other file is decoded text (a leading BOM removed; a drop cap, a capital letter alone on
  its line, is joined to the rest of its word and a note says so). Its units (lines, or
  hard-wrapped paragraphs) are labelled by `analysis.extract.classify_units`: body, headline,
  deck, byline, date line, photo caption and credit, or removed with the reason (the
  boilerplate list ``analysis/data/boilerplate.csv`` is one of its signals).

Either way every part is a `Span` into ``Article.text``; removed blocks are kept in
``Article.boilerplate`` with their reason. The article is *truncated* only on evidence: the last
body paragraph ends without terminal punctuation (after closing quotes and brackets), or a
paywall or loading marker was removed; ``truncation_reason`` says which. Doubtful input is read
but flagged in ``notes`` and with an `InputWarning`: text that is not English (its detected
``language``), Markdown, and paragraphs of 100+ words with no sentence punctuation.
"""

from __future__ import annotations

import gzip
import io
import re
import warnings
from dataclasses import dataclass, field, fields
from pathlib import Path

from . import extract
from .errors import (
    ArticleEncodingError,
    BinaryFileError,
    EmptyArticleError,
    InputWarning,
    NoArticleError,
    NoBodyError,
    UnreadableFileError,
)
from .normalize import view
from .reading import BOMS as _BOMS
from .reading import MAX_ARTICLE_BYTES, decode_bytes, read_bytes  # decode_bytes re-exported
from .spans import Span, strip_bounds

__all__ = ["Article", "Boilerplate", "decode_bytes", "decode_html", "declared_charset",
           "ends_sentence", "load_article", "looks_like_html"]

TERMINAL = extract.TERMINAL
CLOSERS = extract.CLOSERS
ends_sentence = extract.ends_sentence

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
    """A block removed from the article: its span, category, the boilerplate.csv pattern that
    matched (empty when the block classifier removed it), whether it marks the article as cut
    off, and the reason in words."""

    span: Span
    category: str
    pattern: str
    truncates: bool
    reason: str = ""


@dataclass(frozen=True)
class Article:
    """An article's exact text and its parts, each a `Span` into ``text``.

    ``origin`` is "text" (a plain-text file or string) or "html" (a page run through
    ``extractor`` at ``extractor_version``); ``metadata`` holds the page's (key, value) pairs
    (title, author, date, sitename, url) when it came from HTML; ``language`` the detected
    language (jusText's name for it, e.g. "English"), None when undecided.
    """

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
    byline: Span | None = None
    dateline: Span | None = None
    captions: tuple[Span, ...] = ()
    credits: tuple[Span, ...] = ()
    origin: str = "text"
    extractor: str | None = None
    extractor_version: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    language: str | None = None

    def __hash__(self) -> int:
        """The dataclass's value hash (of every field), computed once and kept beside the
        fields: the tokenizer's and the profile's memos look an article up about 20 times, and
        each hash went through every paragraph span (238,000 `Span` hashes per 400 PolNeAR
        articles). An unhashable field raises `TypeError` every time, as before."""
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash(tuple([getattr(self, name) for name in _FIELD_NAMES]))
            object.__setattr__(self, "_hash", h)
        return h

    def __getstate__(self) -> dict[str, object]:
        """The fields without the kept hash: a string's hash changes from process to process
        (a Dask worker unpickling an article computes its own)."""
        state = dict(self.__dict__)
        state.pop("_hash", None)
        return state

    @classmethod
    def from_text(cls, text: str, *, name: str = "text", source: str | None = None) -> Article:
        """Build an article from a string, finding title, subtitle, caption and body."""
        return _parse(text, name=name, source=source)

    @classmethod
    def from_html(cls, html: str, *, name: str = "page", source: str | None = None) -> Article:
        """Build an article from an HTML page's markup (see `analysis.extract.extract_html`)."""
        return _from_html(html, name=name, source=source)

    @property
    def headline(self) -> tuple[Span, ...]:
        """The title and subtitle that are present (the author's thesis lines)."""
        return tuple(s for s in (self.title, self.subtitle) if s is not None)

    @property
    def is_english(self) -> bool:
        """True unless the detected language is another one (undecided counts as English)."""
        return self.language in (None, "English")

    def parts(self, include: tuple[str, ...] = ("title", "subtitle", "body")) -> list[Span]:
        """The spans of the requested parts in reading order (body = every paragraph;
        caption and credit = every caption and credit)."""
        known = {"title", "subtitle", "caption", "credit", "byline", "dateline", "body"}
        unknown = set(include) - known
        if unknown:
            raise ValueError(f"unknown part(s) {sorted(unknown)}; choose from {sorted(known)}")
        out: list[Span] = []
        for name in ("title", "subtitle", "byline", "dateline"):
            span = getattr(self, name)
            if name in include and span is not None:
                out.append(span)
        if "caption" in include:
            out.extend(self.captions or ((self.caption,) if self.caption else ()))
        if "credit" in include:
            out.extend(self.credits or ((self.credit,) if self.credit else ()))
        if "body" in include:
            out.extend(self.paragraphs)
        return sorted(out, key=lambda s: s.start)

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by blank lines (a convenience copy; offsets do not apply)."""
        return "\n\n".join(p.text for p in self.paragraphs)


#: the fields `Article.__hash__` hashes, in order (those of the dataclass's own hash)
_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Article))


def _gunzip(data: bytes, p: Path) -> bytes:
    """A gzip-compressed page, decompressed no further than the size an article may have."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(MAX_ARTICLE_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise BinaryFileError(f"{p}: a damaged gzip file ({exc}); save the page again.") from None
    if len(out) > MAX_ARTICLE_BYTES:
        raise UnreadableFileError(
            f"{p}: the page decompresses to more than the {MAX_ARTICLE_BYTES // 2**20} MiB an "
            "article may be; it was not read further."
        )
    return out


#: file names read as HTML pages (a .txt file is read as HTML when its content is a page)
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")


def _is_html_name(p: Path) -> bool:
    return p.name.lower().endswith(HTML_SUFFIXES)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML page or fragment rather than prose that quotes a tag."""
    head = text[:5000]
    return bool(_HTML_RE.search(head)) or len(_HTML_TAG_RE.findall(head)) >= HTML_TAG_LIMIT


def load_article(path: str | Path, *, encoding: str | None = None) -> Article:
    """Read an article (plain text, or an HTML page) and find its parts. Never writes anything.

    A ``.html``/``.htm`` file (gzip-compressed too: ``.html.gz``), or a ``.txt`` file whose
    content is an HTML page, is decoded by its byte-order mark or declared charset (``encoding``
    overrides both) and its article is extracted with trafilatura; any other file is decoded as
    ``encoding`` (default UTF-8) and its parts found by `analysis.extract.classify_units`.

    Raises a subclass of `ArticleError` with a message that says what is wrong and what to do:
    a missing path, a directory, an empty, whitespace-only, binary or undecodable file, an HTML
    page with no article in it (`NoArticleError`), or a headline with no body.
    """
    p = Path(path)
    data = read_bytes(p)  # path checks and the size limit, before any byte is read
    if p.name.lower().endswith(".gz") and data.startswith(b"\x1f\x8b"):
        data = _gunzip(data, p)
    name = p.name.split(".")[0] or p.stem
    if _is_html_name(p) or _sniff_html(data):
        html, used = decode_html(data, encoding=encoding, name=str(p))
        return _from_html(html, name=name, source=str(p), encoding=used)
    text, used = decode_bytes(data, encoding=encoding or "utf-8", name=str(p))
    return _parse(text, name=p.stem, source=str(p), encoding=used)


_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def _sniff_html(data: bytes) -> bool:
    """A page by its first bytes: a doctype, an <html> tag, or many tags (any ASCII encoding)."""
    head = data[:5000].decode("latin-1")
    return looks_like_html(head.lstrip("\ufeff\xef\xbb\xbf"))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>`` or ``http-equiv``)."""
    m = _CHARSET_RE.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def decode_html(data: bytes, *, encoding: str | None = None, name: str = "input"
                ) -> tuple[str, str]:
    """Decode an HTML page: ``encoding`` if given, else its byte-order mark, else its declared
    charset, else UTF-8. A byte the charset cannot decode raises `ArticleEncodingError` with
    its offset; a single-byte charset declared over bytes that are valid multi-byte UTF-8 is
    refused as a wrong declaration (the page would read as mojibake) with the first such
    byte's offset.

    References
    ----------
    WHATWG HTML Living Standard, §13.2.3 "Determining the character encoding" (BOM first, then
    the ``<meta>`` prescan of the first 1024 bytes; we scan 4096).
    """
    import codecs

    declared = declared_charset(data)
    chosen = encoding
    if chosen is None and not any(data.startswith(m) for m, _ in _BOMS) and declared:
        try:
            chosen = codecs.lookup(declared).name
        except LookupError:
            raise ArticleEncodingError(
                f"{name}: the page declares charset {declared!r}, which is not a known "
                "encoding. Pass the real one, e.g. encoding='utf-8' or 'cp1252'."
            ) from None
        if chosen in ("latin-1", "iso8859-1", "cp1252", "ascii") and chosen != "utf-8":
            chosen = "cp1252" if chosen != "ascii" else chosen  # WHATWG: latin-1 means cp1252
            m = re.search(rb"[\xc2-\xf4][\x80-\xbf]+", data)
            if m is not None and chosen != "ascii":
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError:
                    pass
                else:
                    raise ArticleEncodingError(
                        f"{name}: the page declares charset {declared!r}, but its bytes are "
                        f"UTF-8 (a multi-byte sequence at offset {m.start()}); decoding them "
                        "as declared would garble every accented letter. Pass "
                        "encoding='utf-8' to read it as UTF-8."
                    )
    return decode_bytes(data, encoding=chosen or "utf-8", name=name)


def _assemble(pieces: list[tuple[str, str, str]]) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Lay (role, text, reason) pieces out as text separated by blank lines; their offsets."""
    chunks: list[str] = []
    where: list[tuple[str, int, int, str]] = []
    pos = 0
    for role, piece, reason in pieces:
        if chunks:
            chunks.append("\n\n")
            pos += 2
        chunks.append(piece)
        where.append((role, pos, pos + len(piece), reason))
        pos += len(piece)
    return "".join(chunks) + "\n", where


def _from_html(html: str, *, name: str, source: str | None, encoding: str = "utf-8"
               ) -> Article:
    label = source or name
    layout = extract.extract_html(html)
    if layout is None:
        raise NoArticleError(
            f"{label}: this HTML page holds no article text (the extractor found fewer than "
            f"{extract.MIN_ARTICLE_WORDS} words of main text): an index, an error or a login "
            "page? Open the article's own page and save it again, or save its text as plain text."
        )
    text, where = _assemble(list(layout.parts))

    def span(s: int, e: int, part: str, paragraph: int | None = None) -> Span:
        return Span(s, e, text[s:e], part=part, paragraph=paragraph)

    found: dict[str, Span] = {}
    paragraphs: list[Span] = []
    removed: list[Boilerplate] = []
    for role, s, e, reason in where:
        if role == "body":
            paragraphs.append(span(s, e, "body", paragraph=len(paragraphs)))
        elif role == "removed":
            # a boilerplate-list line keeps its row (a paywall or loading marker truncates)
            hit = extract.match_boilerplate(text[s:e]) if "boilerplate list" in reason else None
            removed.append(Boilerplate(span(s, e, "boilerplate"), hit[1] if hit else "extraction",
                                       hit[3] if hit else "", hit[2] if hit else False, reason))
        else:
            found.setdefault(role, span(s, e, role))
    return _finish(text, tuple(paragraphs), found, (), (), removed, name=name, source=source,
                   encoding=encoding, origin="html", extractor=layout.extractor,
                   extractor_version=layout.extractor_version, metadata=layout.meta)


def _finish(text: str, paragraphs: tuple[Span, ...], found: dict[str, Span],
            captions: tuple[Span, ...], credits: tuple[Span, ...], removed: list[Boilerplate],
            *, name: str, source: str | None, encoding: str, origin: str = "text",
            extractor: str | None = None, extractor_version: str | None = None,
            metadata: tuple[tuple[str, str], ...] = (), notes: tuple[str, ...] = (),
            known: dict[str, list[str]] | None = None) -> Article:
    """Truncation, language and input notes, then the Article (``known``: the words of lines
    `extract.detect_language` has read already)."""
    label = source or name
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
    pieces = [p.text for p in paragraphs[:200]]
    language = extract.detect_language(" ".join(pieces), pieces=pieces, known=known)
    notes = notes + _input_notes(text, paragraphs, label, language)
    for note in notes:
        warnings.warn(note, InputWarning, stacklevel=4)
    removed.sort(key=lambda b: b.span.start)
    return Article(
        text=text, paragraphs=paragraphs, notes=notes,
        title=found.get("title"), subtitle=found.get("subtitle"),
        caption=captions[0] if captions else None, credit=credits[0] if credits else None,
        captions=captions, credits=credits,
        byline=found.get("byline"), dateline=found.get("dateline"),
        boilerplate=tuple(removed), truncated=bool(reasons),
        truncation_reason="; ".join(reasons) or None, source=source, name=name,
        encoding=encoding, origin=origin, extractor=extractor,
        extractor_version=extractor_version, metadata=metadata, language=language,
    )


#: a drop cap: one capital letter on its own line, the rest of its word starting the next line
_DROP_CAP_RE = re.compile(r"(?m)^([A-Z])[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))?[ \t]*"
                          r"(?=[a-z]{2})")


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
    if looks_like_html(original):
        return _from_html(original, name=name, source=source, encoding=encoding)
    if not re.search(r"\w", text):
        raise EmptyArticleError(
            f"{label}: the text holds no words, only punctuation or symbols; "
            "give the article's text."
        )
    notes: tuple[str, ...] = ()
    joined = _DROP_CAP_RE.sub(r"\1", original)
    if joined != original:
        n = len(_DROP_CAP_RE.findall(original))
        notes = (f"{label}: {n} drop cap(s) joined to the rest of their word (a capital letter on "
                 "its own line, as pages set the first letter of an article); Article.text "
                 "differs from the file there.",)
        original, text = joined, view(joined)

    def span(s: int, e: int, part: str, paragraph: int | None = None) -> Span:
        return Span(s, e, original[s:e], part=part, paragraph=paragraph)

    units = extract.split_units(text)
    known: dict[str, list[str]] = {}  # the words of its lines, for the body's language too
    language = extract.detect_language(text, known=known)
    labels = extract.classify_units(text, units, language=language)
    removed: list[Boilerplate] = []
    found: dict[str, Span] = {}
    captions: list[Span] = []
    credits: list[Span] = []
    body_units: list[extract.Unit] = []
    for u, lb in zip(units, labels, strict=True):
        s, e = u.start, u.end
        if lb.role == "removed":
            hit = extract.match_boilerplate(text[s:e])
            removed.append(Boilerplate(span(s, e, "boilerplate"), lb.category,
                                       hit[3] if hit else "", bool(hit and hit[2]), lb.reason))
        elif lb.role == "body":
            body_units.append(u)
        elif lb.role == "caption":
            cr = extract.find_credit(text, s, e)
            if cr is not None:
                cap_s, cap_e = strip_bounds(text, s, cr[0])
                if cap_s < cap_e:
                    captions.append(span(cap_s, cap_e, "caption"))
                credits.append(span(*cr, "credit"))
            else:
                captions.append(span(s, e, "caption"))
        elif lb.role == "credit":
            credits.append(span(s, e, "credit"))
        elif lb.role == "title" and (k := extract.fused_byline(text[s:e])) is not None:
            # "Rain Delays the BridgeBy Ana Ferreira": the headline and its byline on one line
            t_s, t_e = strip_bounds(text, s, s + k)
            while t_e > t_s and text[t_e - 1] in "|•–—-":
                t_s, t_e = strip_bounds(text, t_s, t_e - 1)
            found["title"] = span(t_s, t_e, "title")
            if not any(x.role == "byline" for x in labels):
                found["byline"] = span(s + k, e, "byline")
        elif lb.role == "byline" and (bd := extract.byline_date_split(text[s:e])) is not None:
            # "By admin - 2018-09-16": the byline and the date line on one line
            found["byline"] = span(s, s + bd[0], "byline")
            if not any(x.role == "dateline" for x in labels):
                found["dateline"] = span(s + bd[1], e, "dateline")
        else:
            found[lb.role] = span(s, e, lb.role)
    if not body_units:
        if all(lb.role in ("removed",) for lb in labels) and removed and all(
                b.pattern for b in removed):
            shown = ", ".join(repr(b.span.text[:40]) for b in removed[:3])
            raise EmptyArticleError(
                f"{label}: the text holds only web-page debris ({shown}), no article. "
                "Save the page again once the article's text has loaded."
            )
        first = text[units[0].start:units[0].end]
        raise NoBodyError(
            f"{label}: found only headline-like lines ({len(units)}, starting {first[:60]!r}) "
            "and no paragraph of sentences: a title with no body. Add the article's paragraphs "
            "after the title, separated by a blank line."
        )
    paragraphs = tuple(span(u.start, u.end, "body", paragraph=k)
                       for k, u in enumerate(body_units))
    return _finish(original, paragraphs, found, tuple(captions), tuple(credits), removed,
                   name=name, source=source, encoding=encoding, notes=notes, known=known)


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


def _n_words(s: str) -> int:
    return len(re.findall(r"\w+(?:[-'’.]\w+)*", s))


def _input_notes(text: str, paragraphs: tuple[Span, ...], label: str,
                 language: str | None = None) -> tuple[str, ...]:
    """Why measurements on this text may be doubtful (judged on its first 20,000 characters)."""
    notes = []
    body = " ".join(p.text for p in paragraphs[:200])[:20000]
    # letters, and those of Latin script (below U+0250): counted in C (map, re.sub), the same
    # as testing each character of the body in Python
    n_letters = sum(map(str.isalpha, body))
    latin = n_letters - sum(map(str.isalpha, re.sub(r"[\x00-\u024f]+", "", body)))
    tokens = re.findall(r"[^\W\d_]+", body.lower())
    english = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, tokens))
    if n_letters and latin < 0.5 * n_letters:
        notes.append(f"{label}: most letters are not Latin script ({n_letters - latin} of "
                     f"{n_letters}): the text is not English. Sentence splitting, syllables, "
                     "readability formulas and the hedge and stance lexicons are for English; "
                     "treat every figure as meaningless.")
    elif len(tokens) >= 20 and english < 0.08 * len(tokens):  # English prose: 25-45%
        notes.append(f"{label}: only {english} of {len(tokens)} words are common English "
                     "function words (the, of, and ...): the text may not be English. The "
                     "readability formulas and lexicons are for English; figures are doubtful.")
    elif language is not None and language != "English" and len(tokens) >= 20:
        notes.append(f"{label}: the text reads as {language}, not English (most of its words "
                     f"are {language} function words, jusText's stoplists): sentence splitting, "
                     "readability formulas and the hedge and stance lexicons are for English; "
                     "those figures are not given for it.")
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
