"""Browser text split into units (lines or hard-wrapped paragraphs) and each unit's features.

Used by `._text` (body or furniture) and `._text_meta` (headline, deck, byline, captions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from ._signals import _WORD_RE, ends_sentence, stopword_share


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of page text: one line, or a hard-wrapped paragraph (``start``/``end`` offsets,
    surrounding whitespace trimmed; ``blank_before``: a blank line separates it from the last)."""

    start: int
    end: int
    lines: int
    blank_before: bool


@dataclass(frozen=True, slots=True)
class UnitLabel:
    """What a unit is: ``role`` (body, title, subtitle, byline, dateline, caption, credit,
    removed) and, for a removed unit, ``category`` and the ``reason`` in words."""

    role: str
    category: str = ""
    reason: str = ""


#: a line longer than this is not hard-wrapped text: it holds a whole paragraph
WRAP_WIDTH = 100
#: lines of a hard-wrapped paragraph (all but its last) are at least this long; menus and
#: header stacks ("Home", "World", a byline, a date) are shorter. Typewriter-style wrapping
#: fills lines to 60-80 characters; 40 leaves room for long words carried over.
WRAP_MIN = 40
#: hard wrapping is how a whole text was saved (an e-mail, a plain-text file), not a property of
#: one block: a text whose single long lines (longer than `WRAP_WIDTH`, one paragraph each) hold
#: more than WRAP_LONG_RATIO times the characters of its wrapped-looking blocks was saved with
#: a paragraph per line (a browser copy), and its short multi-line blocks are stacks of separate
#: lines: a headline over its byline, a caption over its credit, a teaser list. 3 leaves a
#: hand-made text with a wrapped paragraph beside a long line wrapped (ratio about 1); on the
#: article-pages texts, every multi-line block but those of two pages (ratios 0.97 and 1.75,
#: a poll's answers and a Japanese paragraph) is such a stack, at ratios 3.5 to 155. Text
#: headline 90.1% -> 91.0% (a headline over its byline in one block), body F1 0.9307 -> 0.9301
#: before the link-list rule (`_text._drop_link_lists`) took out the teasers the split exposed.
WRAP_LONG_RATIO = 3.0


def _line_breaks(gap: str) -> int:
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_units(text: str) -> list[Unit]:
    """The text's units: blank-line separated blocks, each one unit when it is a hard-wrapped
    paragraph (every line but the last between `WRAP_MIN` and `WRAP_WIDTH` characters, in a text
    that is not written a paragraph per line: `WRAP_LONG_RATIO`), else one unit per line. A text
    with no blank line at all has one unit per line."""
    lines = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = _trim(text, m.start(), m.end())
        if s < e:
            lines.append((s, e))
    blocks: list[list[tuple[int, int]]] = []
    gaps: list[bool] = []
    for s, e in lines:
        if blocks and _line_breaks(text[blocks[-1][-1][1]:s]) < 2:
            blocks[-1].append((s, e))
        else:
            gaps.append(bool(blocks))
            blocks.append([(s, e)])
    one_block = len(blocks) == 1
    wrapped = [len(b) > 1 and not one_block
               and all(WRAP_MIN <= e - s <= WRAP_WIDTH for s, e in b[:-1]) for b in blocks]
    in_wrapped = sum(e - s for b, w in zip(blocks, wrapped, strict=True) if w for s, e in b)
    long_lines = sum(e - s for s, e in lines if e - s > WRAP_WIDTH)
    if long_lines > WRAP_LONG_RATIO * in_wrapped:
        wrapped = [False] * len(blocks)
    units: list[Unit] = []
    for b, gap, wrap in zip(blocks, gaps, wrapped, strict=True):
        if wrap:
            units.append(Unit(b[0][0], b[-1][1], len(b), gap))
        else:
            units.extend(Unit(s, e, 1, gap and k == 0) for k, (s, e) in enumerate(b))
    return units


#: a unit whose words are this capitalised (3+ words) is a menu, a heading or a name list, not
#: prose (English prose: 10-20% capitalised); chosen on the tune half.
CAPS_MAX = 0.7
#: A menu line: two or more separators between items (bars, bullets, slashes, and the
#: breadcrumb marks > » ›: "Blog > Health > Sleep"), a leading symbol, or wide gaps. Wide gaps
#: are tabs or runs of no-break spaces (a browser's innerText collapses ordinary
#: spaces, so a run of them is not a layout gap: it is where the text view blanked control
#: characters, analysis.normalize.view).
_MENU_RE = re.compile(r"(?:\s[|•·/>»›]\s.*){2,}|^[^\w\s\"'“‘”’(\[«„¿¡—–-]|\t|[\t\u00a0]{3,}")
def _has_sentence(line: str) -> bool:
    """A sentence end inside the line ("... stops. The next ..."), not only at its end."""
    return bool(re.search(r"[a-z]{2}[.!?…][\"'”’)\]]*\s+[A-Z]", line))


@dataclass(frozen=True, slots=True)
class _Feat:
    words: int
    chars: int
    stop: float
    caps: float
    terminal: bool


def _features(s: str, language: str | None, has_stoplist: bool) -> _Feat:
    ws = _WORD_RE.findall(s)
    lower = list(map(str.lower, ws))
    # each word's first letter, tested in C (map) rather than a generator per unit
    caps = sum(map(str.isupper, map(itemgetter(0), ws))) / len(ws) if ws else 0.0
    stop = stopword_share(lower, language) if has_stoplist else 1.0
    n = len(ws) if has_stoplist else max(len(ws), len(s) // 3)  # CJK: ~3 characters a word
    return _Feat(n, len(s), stop, caps, ends_sentence(s))

