"""Signals shared by the HTML and text paths: language, photo credits, bylines, date lines,
the boilerplate list, sentence ends."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from functools import lru_cache

TERMINAL = ".!?…。！？"
CLOSERS = "\"'”’)]»"
#: Opening marks that cannot end a line of text: at a line's end they are stray (issue 11).
STRAY_OPENERS = "\u201c\u00ab\u2018"

# --- language -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    # in name order: `detect_language` keeps the first of two lists with the same share, and
    # jusText's names come as a set, whose order changes with the process's hash seed
    return {lang: frozenset(justext.get_stoplist(lang))
            for lang in sorted(justext.get_stoplists())}


_HIGH_RE = re.compile("[\u3040-\U0010ffff]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Share of a text's words that must be stopwords of its best-matching jusText stoplist before
#: the language is named from it; English prose scores 0.45-0.60 with the English list, and
#: other languages score 0.10-0.25 against it. Chosen between the two ranges on the dev set.
LANGUAGE_MIN_SHARE = 0.25
#: ... and another language's stoplist must cover LANGUAGE_MARGIN times the share English's
#: covers (Portuguese and Russian pages: 3-50 times; an English recipe page: 1.2 times Marathi).
LANGUAGE_MARGIN = 2.0


#: a line of this many words is prose for `detect_language`, and this many characters of such
#: lines are enough to judge by (a page of menus and a short article: 500 is five sentences).
PROSE_LINE_WORDS = 8
PROSE_SAMPLE_MIN = 500


def detect_language(text: str, *, pieces: Sequence[str] | None = None,
                    known: dict[str, list[str]] | None = None) -> str | None:
    """The text's language name as jusText spells it ("English", "Portuguese" ...), or None.

    Scripts without spaces between words are named by their letters (Hangul: Korean, kana:
    Japanese, Han only: Chinese); otherwise the jusText stoplist that covers the largest share of
    the words of its prose lines (`PROSE_LINE_WORDS`) wins (at least `LANGUAGE_MIN_SHARE`,
    and `LANGUAGE_MARGIN` times English's share). The lightest general signal that needs no
    model: function words are the most frequent words of every language.

    For speed only: ``pieces`` says ``text`` is ``" ".join(pieces)``, and ``known`` holds the
    words of lines already read (filled in here): the loader asks about the whole text, then
    about its body paragraphs joined, most of them lines of the text (a second reading of
    every word cost 0.3 ms per PolNeAR article). No word spans a space or a line break, so a
    line's words are its pieces' words.
    """
    sample = text[:20000]
    if not any(map(str.isalpha, sample)):
        return None
    # the scripts below start at U+3040: a sample with no character that high has none of them
    # (one search in C, where counting letters one by one in Python cost a third of this)
    if _HIGH_RE.search(sample):
        script = _script(sample)
        if script is not None:
            return script
    # function words are counted on prose lines: menus, buttons and product names carry none
    prose: list[str] = []
    prose_words: list[str] = []
    lines = text.splitlines()
    for ln in lines:
        if pieces is not None and len(lines) == 1:
            found = [w for p in pieces for w in _line_words(p, known)]
        else:
            found = _line_words(ln, known)
        if len(found) >= PROSE_LINE_WORDS:
            prose.append(ln)
            prose_words.extend(found)
    if sum(map(len, prose)) >= PROSE_SAMPLE_MIN:
        sample = "\n".join(prose)
        # no word spans a line break, so the prose lines' words are the sample's, unless the
        # sample is cut at 20,000 characters
        found = prose_words if len(sample) <= 20000 else _WORD_RE.findall(sample[:20000])
    else:
        found = _WORD_RE.findall(sample)
    words = list(map(str.lower, found))
    if len(words) < 5:
        return None
    stoplists = _stoplists()
    english = sum(map(stoplists["English"].__contains__, words)) / len(words)
    if english >= LANGUAGE_MIN_SHARE:
        return "English"  # small stoplists of related languages share English's commonest words
    best, share = None, 0.0
    for lang, stop in stoplists.items():
        s = sum(map(stop.__contains__, words)) / len(words)
        if s > share:
            best, share = lang, s
    if share >= LANGUAGE_MIN_SHARE and share >= LANGUAGE_MARGIN * english:
        return best
    # the large stoplists (Marathi's has 331 English words) cover a quarter of any English
    # list-heavy page (recipes, product specifications): English then stays the language
    return "English" if english >= LANGUAGE_MIN_SHARE / 2 else None


def _line_words(line: str, known: dict[str, list[str]] | None) -> list[str]:
    """`_WORD_RE`'s words of ``line``, looked up in ``known`` and kept there (not to change)."""
    if known is None:
        return _WORD_RE.findall(line)
    found = known.get(line)
    if found is None:
        found = known[line] = _WORD_RE.findall(line)
    return found


def _script(sample: str) -> str | None:
    """Korean, Japanese or Chinese when their letters dominate the sample's letters, else None."""
    letters = [ch for ch in sample if ch.isalpha()]
    hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in letters)
    kana = sum("\u3040" <= ch <= "\u30ff" for ch in letters)
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in letters)
    if hangul > 0.3 * len(letters):
        return "Korean"
    if kana > 0.05 * len(letters):
        return "Japanese"
    if han > 0.3 * len(letters):
        return "Chinese"
    return None


def stopword_share(words: list[str], language: str | None) -> float:
    """Share of (lower-cased) ``words`` in the jusText stoplist of ``language`` (or English)."""
    stop = _stoplists().get(language or "English") or _stoplists()["English"]
    return sum(map(stop.__contains__, words)) / len(words) if words else 0.0


# --- photo credits ----------------------------------------------------------------------------

_CAP = r"[A-Z][\w'’.-]*"
_NAME = rf"(?:(?:{_CAP}|[a-z]{{1,3}})\s){{0,4}}{_CAP}"  # "Jaafar ASHTIYEH", "Joao de Souza"
_ORG = rf"(?:{_CAP}|&)(?:\s(?:{_CAP}|&|via|for|of|the)){{0,5}}"
_CREDIT_START = r"(?:^|(?<=[.!?…”’\"')\]])\s*|\s+(?=\()|\n)"
#: Credit forms, general in shape (no agency list): a credit label and a name, a name and an
#: organisation joined by a slash (bare or in brackets), "... via Getty Images".
_CREDIT_RES = (
    # "Photograph: AFP via Getty", "Photo: Jane Doe / Getty", "Credit...Doug Mills/The New
    # York Times", "Image credit: ...", "Photograph by ...", "(credit: NASA/Jane Doe)"
    re.compile(_CREDIT_START + r"(?P<credit>\(?(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|"
               r"Illustrations?|Foto)(?: credit)?(?:\s?:|\s?\.\.\.|…| by)\s?[^\n]{2,80}?)\s*$",
               re.IGNORECASE),
    # "(Joshua Roberts/Reuters)", "(AP Photo/Evan Vucci)", "(Photo by Jane Doe/Getty Images)",
    # with a space inside the brackets or not: "( JANE DOE/SCIENCE PHOTO LIBRARY)"
    re.compile(_CREDIT_START
               + rf"(?P<credit>\(\s?(?:Photo by\s)?{_NAME}\s?/\s?{_ORG}\s?\))\s*$"),
    # "Jaafar ASHTIYEH / AFP", "Andrew Harnik / Pool via REUTERS", "REUTERS/Jonathan Ernst",
    # "AP Photo/Ahn Young-joon", "Chip Somodevilla/Getty Images"
    # ... and an archive picture: "J. Scott Applewhite / AP file", "Jane Doe / Reuters file photo"
    re.compile(_CREDIT_START + rf"(?P<credit>{_NAME}\s?/\s?{_ORG}(?:\s?/\s?{_ORG})?"
               r"(?:\sfile(?:\sphoto)?)?)\s*$"),
    # "Mark Wilson via Getty Images", "Getty Images"
    re.compile(_CREDIT_START + rf"(?P<credit>(?:{_NAME}\s(?:via|for)\s)?(?:Getty Images|"
               r"Shutterstock|Alamy|iStock(?:photo)?))\s*$"),
)

_CREDIT_WORD_RE = re.compile(r"Photo|Picture|Image|Credit|Illustration|Foto", re.IGNORECASE)
#: Only spaces follow a credit, so the first form's label starts at most 106 characters before
#: the segment's last non-space character (a bracket, "Illustrations credit", a separator and
#: 80 characters): its label word is looked for in this many last characters.
CREDIT_TAIL = 256
_STOCK_RE = re.compile(r"Getty Images|Shutterstock|Alamy|iStock")
#: What each of `_CREDIT_RES` cannot match without: its label word, its brackets and slash, its
#: slash, its agency name. Searching the credit forms from every position of every unit was a
#: tenth of `load_article`; most units hold none of these and skip the search.
_CREDIT_NEEDS = (
    lambda s: _CREDIT_WORD_RE.search(s.rstrip()[-CREDIT_TAIL:]) is not None,
    lambda s: "(" in s and "/" in s and ")" in s,
    lambda s: "/" in s,
    lambda s: _STOCK_RE.search(s) is not None,
)


def find_credit(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Offsets of a photo credit that ends ``text[start:end]``, or None.

    A credit may stand alone, follow the caption's last sentence after a space or with none
    ("...it.Credit...Doug Mills/The New York Times"), or close it in brackets.
    """
    end = len(text) if end is None else end
    seg = text[start:end]
    for rx, needed in zip(_CREDIT_RES, _CREDIT_NEEDS, strict=True):
        if not needed(seg):  # a form whose marks the segment lacks cannot match (a quick test)
            continue
        m = rx.search(seg)
        if m and m.group("credit").strip():
            cs = start + m.start("credit")
            credit = m.group("credit")
            # a slash form must not be a fraction or a date ("1/2", "24/7") nor a long sentence
            if "/" in credit and len(credit.split()) > 9:
                continue
            return cs, start + m.end("credit")
    return None



def _norm(s: str) -> str:
    return " ".join(s.split())


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())



def ends_sentence(s: str) -> bool:
    """True when ``s`` ends with terminal punctuation, closing quotes and brackets aside."""
    s = s.rstrip(CLOSERS + STRAY_OPENERS + " ")
    return bool(s) and s[-1] in TERMINAL



_URL_RE = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@\w")
#: "By" and the like in any case, then a name: a capital letter ("By subject", "by topic" on a
#: menu are not bylines)
_BYLINE_RE = re.compile(r"^(?i:(?:posted|written|words|story|text|reporting)\s)?(?i:by|por|von|par)"
                        r":?\s+[A-Z][\w'’.-]*|^(?i:(?:the\s)?editorial(?:\sboard)?)$"
                        r"|^(?i:written by)\s")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_RE = re.compile(
    rf"\b{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:\d{{4}}|\d{{1,2}}:\d\d)|\b\d{{1,2}}\s{_MONTH}"
    rf"\s\d{{4}}|\b\d{{4}}-\d\d-\d\d\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b|\b\d{{1,2}}:\d\d\s?"
    r"(?:am|pm|a\.m\.|p\.m\.)|\b(?:updated|published|posted)\b.*\d",
    re.IGNORECASE)
#: a date line or byline is short: at most this many words ("Published 19 November 2019,
#: 08:03 ET, updated 3 hours ago" is 10), a word being what spaces separate ("11:08", "a.m."
#: and "18th," are one word each; `_meta_words`).
META_MAX_WORDS = 14


def _meta_words(s: str) -> int:
    """Words of a byline or date line: space-separated tokens with a letter or digit."""
    return len(_META_WORD_RE.findall(s))


#: a space-separated token (\S is what str.split separates on) with a letter or digit in it
#: ([^\W_] is str.isalnum's class: re's \w is isalnum() or "_"), found in one C call
_META_WORD_RE = re.compile(r"(?<!\S)(?=\S*?[^\W_])\S+")


#: "... by Jane Doe" after a date on the same line ("Monday May 2, 2022 9:15 am by Jane Doe")
_DATED_BYLINE_RE = re.compile(r"\b[Bb][Yy]:?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")


#: a byline fused onto the end of the line before it: "By Name" straight after a letter, digit
#: or closing mark with no space ("... RiseBy Helen Marsh": the two were inline elements of the
#: page), or after a separator (" | ", " - ", " — ", a tab or a wide gap). A plain space is
#: not enough: "Man Bitten By Shark" is a headline.
_FUSED_BYLINE_RE = re.compile(
    r"(?:(?<=[^\W_])(?=By)|(?<=[?!.”’\"')\]])|\s*[|•–—-]\s*|\s{2,}|\t)"
    r"(?P<by>[Bb][Yy]:?\s+[A-Z][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]+){0,3})\s*$")


def fused_byline(line: str) -> int | None:
    """Where a byline fused onto the end of ``line`` starts ("Rain Delays the BridgeBy Ana
    Ferreira" -> 22), or None; the part before it must have 3+ words (see `_FUSED_BYLINE_RE`)."""
    m = _FUSED_BYLINE_RE.search(line)
    if m is None or len(_WORD_RE.findall(line[:m.start()])) < 3:
        return None
    return m.start("by")


#: "By" and a handle of one to three words in any case, then a separator and the rest of the
#: line: "By admin - 2018-09-16", "by jdoe | Nov 3, 2019". Blogs sign with lowercase handles;
#: what makes the line a byline is the date after the separator (the header's date line), not
#: a capital letter, so a menu's "By subject" (no date) stays out.
_BY_THEN_DATE_RE = re.compile(r"^(?P<by>(?i:by):?\s+[\w@][\w'’.@-]*(?:\s+[\w@][\w'’.@-]*){0,2})"
                              r"\s*(?:[|•·–—-]|\s-\s)\s*(?P<date>\S.*)$")


def byline_date_split(line: str) -> tuple[int, int] | None:
    """For a byline followed by its date on one line ("By admin - 2018-09-16"), where the byline
    ends (8) and the date starts (11); None otherwise (the part after the separator must be a
    date, see `is_dateline`)."""
    m = _BY_THEN_DATE_RE.match(line)
    if m is None or _DATE_RE.search(m.group("by")) or not is_dateline(m.group("date")):
        return None
    return m.end("by"), m.start("date")


def is_byline(line: str) -> bool:
    """"By Jane Doe", "The Editorial Board", "Written by ...", a date line that ends "by
    Jane Doe", or "By handle - date": a short line naming the author."""
    s = line.strip()
    return _meta_words(s) <= META_MAX_WORDS and bool(
        _BYLINE_RE.search(s) or (_DATE_RE.search(s) and _DATED_BYLINE_RE.search(s))
        or byline_date_split(s) is not None)


#: a name line: two to four capitalised words (an initial, a particle "de", "van" between
#: them), then maybe a comma and a short role ("Jane Doe, Staff Writer")
_NAME_LINE_RE = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'’.-]*){1,3})"
                           r"(?:,\s+[\w'’. -]{2,40})?$")


def is_name_line(line: str, language: str | None = "English") -> bool:
    """A line that is only a person's name, maybe with a role after a comma ("Helen Marsh",
    "Jane Doe, Staff Writer"): capitalised words, no stopword ("The Daily Star", "Most Read"
    are not names), no digits. Whether it is the byline depends on where it stands (see
    `analysis.extract._text_meta`)."""
    m = _NAME_LINE_RE.match(line.strip())
    if m is None or any(c.isdigit() for c in line):
        return False
    name = [w.lower() for w in _WORD_RE.findall(m.group("name")) if w[0].isupper()]
    return stopword_share(name, language) == 0.0


#: a field of the page's metadata: a label of one to three words, a colon, then a number and at
#: most one word ("Reading time: 4 min", "Comments: 12", "Tempo de leitura: 2 minutos"); not a
#: headline candidate (text headline: tune 94.6% unchanged, held-out 78.2% -> 80.0%)
_FIELD_RE = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s*\d[\d,.]*(?:\s*[^\W\d_]+\.?)?$")


def is_field_line(line: str) -> bool:
    """A "label: number" line of the page's metadata (reading time, a count of comments or
    views), never a headline or a sentence (see `_FIELD_RE`)."""
    return bool(_FIELD_RE.match(line.strip()))


def is_dateline(line: str) -> bool:
    """A short line holding a date or a time ("Nov. 19, 2019 8:03 am ET", "Updated 2019-11-19")."""
    return _meta_words(line) <= META_MAX_WORDS and bool(_DATE_RE.search(line))


def is_bare_date(line: str) -> bool:
    """A line that is little more than a date or a time (a comment's or a list item's stamp)."""
    return (len(_tokens(line)) <= 8 and bool(_DATE_RE.search(line))
            and not _URL_RE.search(line) and not ends_sentence(line))



@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[tuple[re.Pattern[str], str, bool, str], ...]:
    """(regex, category, truncates, pattern) for each row of ``analysis/data/boilerplate.csv``."""
    import csv

    from .. import paths

    with open(paths.PACKAGE_DATA_DIR / "boilerplate.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["category"], r["truncates"] == "yes",
                  r["pattern"]) for r in rows)


#: what a line needs for a pattern to match (`pattern_needs`): a length limit, sets of words
Needs = tuple[int, tuple[frozenset[str], ...]]


@lru_cache(maxsize=1)
def _boilerplate_plan() -> tuple[tuple[int, ...], tuple[tuple[int, Needs], ...]]:
    """The boilerplate.csv rows always tried, and those tried only when a line has what they
    need (`pattern_needs`): the rows that can scan the whole line (a look-ahead or a repeat
    first, as "^.*\\ball rights reserved"), for which a test is cheaper than the regex."""
    try:  # a private module of Python's re (3.11-3.13): without it every row is tried
        from re import _constants as C
        from re import _parser
    except ImportError:
        return tuple(range(len(boilerplate_patterns()))), ()

    always: list[int] = []
    tested: list[tuple[int, Needs]] = []
    scanning = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT, C.ASSERT, C.ASSERT_NOT)
    for k, row in enumerate(boilerplate_patterns()):
        longest, words = pattern_needs(row[3])
        try:
            first = next((op for op, _ in _parser.parse(row[3], re.IGNORECASE)
                          if op is not C.AT), None)
        except (re.error, RecursionError, TypeError, ValueError):
            first = None  # unreadable here: the row is always tried
        if first in scanning and (words or longest < sys.maxsize):
            # the set of longer words first: the rarer, so the test fails sooner
            tested.append((k, (longest, tuple(sorted(words, key=lambda w: -min(map(len, w)))))))
        else:
            always.append(k)
    return tuple(always), tuple(tested)


@lru_cache(maxsize=32)
def _union(rows: tuple[int, ...]) -> re.Pattern[str]:
    """One regex that matches where any of these boilerplate.csv rows matches (their union)."""
    patterns = boilerplate_patterns()
    return re.compile("|".join(f"(?:{patterns[k][3]})" for k in rows), re.IGNORECASE)


def match_boilerplate(line: str) -> tuple[re.Pattern[str], str, bool, str] | None:
    """The first boilerplate.csv row whose pattern matches the whole line, or None."""
    s = line.strip()
    # Most lines match no row: the union of the rows says so in one call instead of one per
    # row. Three rows scan the whole line ("^.*\\ball rights reserved", "^.*...cookies", the
    # newsletter box's look-aheads): 0.5 s of the union's 0.65 s on 17,349 PolNeAR lines. They
    # join the union only for a line with their literal words and within their length limit.
    rows, tested = _boilerplate_plan()
    if tested:
        low = folded(s)
        passing: list[int] = []
        for k, (longest, words) in tested:  # (plain loops: any/all cost 8 us a line)
            if len(s) > longest:
                continue
            for anyof in words:
                for w in anyof:
                    if w in low:
                        break
                else:
                    break  # none of this set: the row cannot match
            else:
                passing.append(k)
        if passing:
            rows = tuple(sorted(rows + tuple(passing)))
    if not rows or not _union(rows).match(s):
        return None
    patterns = boilerplate_patterns()
    return next((patterns[k] for k in rows if patterns[k][0].match(s)), None)


#: The non-ASCII characters that match an ASCII letter under ``re.IGNORECASE`` (Python's case
#: folding: capital I with a dot, dotless i, long s, the Kelvin sign), and that letter.
ASCII_FOLDS: dict[str, str] = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD_TABLE = str.maketrans(ASCII_FOLDS)


def folded(s: str) -> str:
    """``s`` lower-cased, the `ASCII_FOLDS` characters as their letter: a stretch of ``s`` that
    matches a run of ASCII literals case-insensitively is that run, lower-cased, in it (each of
    its characters becomes one character: its ASCII letter)."""
    if not s.isascii() and any(ch in s for ch in ASCII_FOLDS):
        s = s.translate(_FOLD_TABLE)
    return s.lower()


#: literal runs shorter than this are not worth a test
_NEED_MIN_CHARS = 3


def pattern_needs(pattern: str) -> Needs:
    """What a string must have for ``pattern`` (compiled with IGNORECASE, used with ``match``)
    to match it: at most the first number of characters, and one string of each set in its
    `folded` form.

    Read from the pattern's parse tree (`re._parser`): the length limit when it ends with ``$``
    (the longest match, plus a final newline); the sets are its runs of ASCII literals that
    every match contains (outside optional parts; in a group, a repeat of at least once, a
    look-around; an alternation gives the set of one run from each branch, when each has
    one). A pattern the parser cannot read needs nothing.
    """
    try:
        from re import _constants as C
        from re import _parser

        tree = _parser.parse(pattern, re.IGNORECASE)
    except (ImportError, re.error, RecursionError, TypeError, ValueError):
        return sys.maxsize, ()
    longest = sys.maxsize
    ends = tree.data[-1] if tree.data else None
    if ends == (C.AT, C.AT_END_STRING) or (ends == (C.AT, C.AT_END)
                                          and not tree.state.flags & re.MULTILINE):
        hi = tree.getwidth()[1]
        if hi < C.MAXREPEAT:
            longest = hi + 1

    def sets(items: Iterable[tuple[object, object]]) -> list[frozenset[str]]:
        out: list[frozenset[str]] = []
        run: list[str] = []

        def flush() -> None:
            if len(run) >= _NEED_MIN_CHARS:
                out.append(frozenset({"".join(run)}))
            run.clear()

        for op, av in items:
            if op is C.LITERAL and isinstance(av, int) and av < 128:
                run.append(chr(av).lower())
                continue
            flush()
            if op is C.SUBPATTERN:
                out += sets(av[3])  # type: ignore[index]
            elif op is C.ATOMIC_GROUP:
                out += sets(av)  # type: ignore[arg-type]
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
                out += sets(av[2])  # type: ignore[index]
            elif op is C.ASSERT:
                out += sets(av[1])  # type: ignore[index]
            elif op is C.BRANCH:
                branches = [sets(b) for b in av[1]]  # type: ignore[index]
                if branches and all(branches):
                    # from each branch its set with the longest shortest string
                    out.append(frozenset().union(*(max(b, key=lambda x: min(map(len, x)))
                                                   for b in branches)))
        flush()
        return out

    return longest, tuple(sets(tree))
