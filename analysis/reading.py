"""Reading an article file: path checks, a size limit, byte-order marks and decoding.

`read_text` is what `analysis.article.load_article` calls: it checks the path (missing, a
folder, a symbolic-link loop, a name too long, no permission), refuses a file larger than
`MAX_ARTICLE_BYTES` *before* reading it (a 16 GiB sparse file must not be read whole to find a
NUL byte), then `decode_bytes` decodes it: a byte-order mark decides the encoding (UTF-32 marks
are checked before UTF-16, since the UTF-32 little-endian mark begins with the UTF-16 one),
binary data and undecodable bytes are refused with the offset. Every message names the file
with control characters escaped (`printable`), says what is wrong and what to do.

References
----------
The Unicode Standard, Version 15.0, section 23.8 "Specials" (U+FEFF) and Table 2-4
(encoding schemes and their byte-order marks).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .errors import (
    ArticleEncodingError,
    ArticleNotFoundError,
    ArticleTooLargeError,
    BinaryFileError,
    EmptyArticleError,
    NotAFileError,
    UnreadableFileError,
    printable,
)

__all__ = ["BOMS", "MAX_ARTICLE_BYTES", "decode_bytes", "printable", "read_bytes", "read_text"]

#: The largest file read as one article, in bytes (100 MiB). An opinion article is 5-50 KB and
#: the longest novels about 7 MB; the test suite reads a 50 MB file whole
#: (tests/test_bad_input.py), so this is twice that. A larger file is refused before it is
#: read, with this limit in the message; pass ``max_bytes`` to `read_text` to change it.
MAX_ARTICLE_BYTES = 100 * 1024 * 1024

#: Byte-order marks, longest first: UTF-32 LE (FF FE 00 00) starts with the UTF-16 LE mark
#: (FF FE), so the UTF-32 marks are tried first. The codec named reads the bytes after the mark.
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a RIFF file (WebP image, WAV audio ...)",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx/.epub file)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
}


def _size(n: int) -> str:
    for unit, k in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= k:
            return f"{n / k:.1f} {unit}"
    return f"{n} bytes"


def read_bytes(path: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``, or a specific `ArticleError`."""
    p = Path(path)
    name = printable(str(p))
    try:
        st = p.stat()
    except PermissionError:
        raise UnreadableFileError(
            f"{name}: permission denied (on the file or a folder above it); make it readable."
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleNotFoundError(
                f"{name}: a symbolic link loop (a link that points, directly or through other "
                "links, back to itself); point the link at the article's file."
            ) from None
        if exc.errno == errno.ENAMETOOLONG:
            longest = max((len(os.fsencode(part)) for part in p.parts), default=0)
            raise ArticleNotFoundError(
                f"{printable(str(p)[:80])}...: the file name is too long for the system "
                f"({len(str(p))} characters; the longest part has {longest} bytes, the usual "
                "limit is 255). Rename the file or give a shorter path."
            ) from None
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR):
            raise UnreadableFileError(f"{name}: cannot be read ({exc.strerror}).") from None
        rel = "" if p.is_absolute() else f" (relative to {printable(str(Path.cwd()))})"
        hint = ("" if p.parent.exists()
                else f"; its folder {printable(str(p.parent))} does not exist either")
        raise ArticleNotFoundError(f"{name}: no such file{rel}{hint}. Check the path.") from None
    if p.is_dir():
        raise NotAFileError(f"{name}: is a directory; give the path of one article's .txt file.")
    if not p.is_file():
        raise NotAFileError(f"{name}: is not a regular file; give the path of a saved .txt file.")
    if st.st_size > max_bytes:
        raise ArticleTooLargeError(
            f"{name}: the file is {_size(st.st_size)}, larger than the {_size(max_bytes)} an "
            "article may be (analysis.reading.MAX_ARTICLE_BYTES); it was not read. Split it "
            "into articles, or pass max_bytes to read it anyway."
        )
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # never more than the limit, even if the file grew
    except PermissionError:
        raise UnreadableFileError(f"{name}: permission denied; make the file readable.") from None
    except OSError as exc:
        raise UnreadableFileError(f"{name}: cannot be read ({exc.strerror}).") from None
    if len(data) > max_bytes:
        raise ArticleTooLargeError(
            f"{name}: the file grew past {_size(max_bytes)} while it was read; it was not read."
        )
    return data


def read_text(path: str | Path, *, encoding: str = "utf-8",
              max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[str, str]:
    """`read_bytes` then `decode_bytes`: the file's text and the encoding used."""
    return decode_bytes(read_bytes(path, max_bytes=max_bytes), encoding=encoding,
                        name=printable(str(path)))


def decode_bytes(data: bytes, *, encoding: str = "utf-8", name: str = "input") -> tuple[str, str]:
    """Decode a file's bytes, refusing empty and binary data. Returns (text, encoding used).

    A byte-order mark (`BOMS`: UTF-32 and UTF-16 in either byte order, UTF-8) decides the
    encoding and is removed; otherwise ``encoding`` is used, and a byte it cannot decode raises
    `ArticleEncodingError` naming its offset in the file.
    """
    if not data:
        raise EmptyArticleError(
            f"{name}: the file is empty (0 bytes); there is no article text to analyse. "
            "Save the article's text into it and try again."
        )
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryFileError(
                f"{name}: this is {what}, not text. Save the article as a plain-text (.txt) file."
            )
    bom = next(((m, enc) for m, enc in BOMS if data.startswith(m)), None)
    wide = encoding.replace("-", "").replace("_", "").lower().startswith(("utf16", "utf32"))
    if bom is None and not wide:
        pos = data.find(b"\x00")
        if pos >= 0:
            raise BinaryFileError(
                f"{name}: NUL byte at offset {pos}: this looks like a binary file, not text "
                "(or UTF-16 without a byte-order mark: pass encoding='utf-16'). "
                "Save the article as a plain-text (.txt) file."
            )
    if bom is not None:
        used, skip = bom[1], len(bom[0])
    else:
        used, skip = encoding, 0
    try:
        text = data[skip:].decode(used)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        is_utf8 = used.replace("-", "").replace("_", "").lower() in ("utf8", "utf8sig")
        hint = ("encoding='cp1252' (Windows) or encoding='latin-1'" if is_utf8
                else "encoding='utf-8'")
        raise ArticleEncodingError(
            f"{name}: byte 0x{data[offset]:02x} at offset {offset} cannot be decoded as {used} "
            f"({exc.reason}). Pass the file's real encoding, e.g. {hint}."
        ) from None
    except LookupError:
        raise ArticleEncodingError(
            f"{name}: unknown encoding {printable(encoding)!r}. Pass a Python codec name such "
            "as encoding='utf-8', 'cp1252' or 'latin-1'."
        ) from None
    if not text.strip():
        raise EmptyArticleError(
            f"{name}: the file holds only whitespace ({len(data)} bytes); there is no article "
            "text to analyse. Save the article's text into it and try again."
        )
    return text, used
