"""One normalisation layer: what text is matched and counted as, while offsets stay exact.

Text copied from web pages and terminals carries characters a reader never sees: zero-width
spaces and joiners, soft hyphens (``per\\u00adhaps`` shows as "perhaps"), byte-order marks,
bidirectional marks, decomposed accents (``cafe\\u0301`` shows as "café"), and control
characters (an ANSI colour escape, a bell, a form feed). Kept as they are, they change counts:
"per\\u00adhaps" is not the hedge "perhaps", a decomposed "é" adds no syllable rule's vowel, an
escape at a line end hides its full stop. Two functions, used everywhere text is split or
compared, so the original text (``Article.text``) is never changed and every span still
points into it:

- `view`: a **same-length** copy for splitting (paragraphs, headline detection, sentences,
  tokens, quotation marks). Control characters and whole ANSI escape sequences become spaces;
  an invisible character standing next to a space, punctuation or an end becomes a space; one
  inside a word is kept, so the word stays one token. Offsets into the view are offsets into
  the text.
- `word_form`: what a token is matched and counted as: invisible characters removed and the
  form composed (Unicode NFC), used by the lexicon matcher's normalised form and by the
  syllable, letter and familiarity counts of readability.

References
----------
The Unicode Standard 15.0, chapter 23 (format characters: U+00AD soft hyphen, U+200B-U+200D,
U+2060, U+FEFF, the bidirectional marks) and Unicode Standard Annex #15, Unicode
Normalization Forms (NFC). ECMA-48, 5th ed. (1991), section 5.4 (control sequences: CSI
``ESC [``, parameters, final byte; OSC ended by BEL or ``ESC \\``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["CONTROL_RE", "INVISIBLE", "view", "word_form"]

#: Format characters that never show: soft hyphen, Mongolian vowel separator, zero-width
#: space, non-joiner and joiner, left-to-right and right-to-left marks, the bidirectional
#: embeddings, overrides and isolates, word joiner, invisible operators, byte-order mark.
INVISIBLE = ("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
_INVISIBLE_SET = frozenset(INVISIBLE)
#: ANSI/ECMA-48 escape sequences (CSI, OSC, and two-character escapes), then any other C0
#: control except tab, line feed and carriage return, DEL and the C1 controls.
CONTROL_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves ("\x1b[31m", "\x1b[2J")
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x1b[@-_]?"  # other escapes, or a lone ESC
    r"|[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]"
)
_SPECIAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + INVISIBLE + "]")
_REMOVE = str.maketrans(dict.fromkeys(INVISIBLE))


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def view(text: str) -> str:
    """``text`` of the same length with controls blanked and edge invisibles made spaces.

    Returns ``text`` itself when it holds none of those characters (the common case).
    """
    if _SPECIAL_RE.search(text) is None:
        return text
    out = CONTROL_RE.sub(_blank, text)
    if not any(ch in _INVISIBLE_SET for ch in out):
        return out
    chars = list(out)
    n = len(chars)
    # An invisible character inside a word (a letter or digit on each side, other invisibles
    # skipped) stays; elsewhere it is a space.
    for k, ch in enumerate(chars):
        if ch not in _INVISIBLE_SET:
            continue
        a = k - 1
        while a >= 0 and out[a] in _INVISIBLE_SET:
            a -= 1
        b = k + 1
        while b < n and out[b] in _INVISIBLE_SET:
            b += 1
        inside = a >= 0 and b < n and _wordish(out[a]) and _wordish(out[b])
        if not inside:
            chars[k] = " "
    return "".join(chars)


def _wordish(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M") or ch in "'’-"


def word_form(text: str) -> str:
    """A token as it is matched and counted: invisible characters removed, composed (NFC)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text.translate(_REMOVE))
