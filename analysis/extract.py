"""Find the article in a saved page: HTML through trafilatura, browser text by classifying blocks.

Two entry points, both pure functions of a string (nothing is read or written here):

- `extract_html` runs trafilatura (Barbaresi 2021) on an HTML page and returns a `Layout`: the
  headline (the page's ``<h1>`` that best matches the page's title metadata), the byline and date
  from the metadata, and the body paragraphs, in reading order. `analysis.article` lays it out
  as text (parts separated by blank lines) so every span indexes ``Article.text``.
- `classify_units` labels every unit (a line, or a hard-wrapped paragraph) of a page's text, as
  a browser gives it by select-all and copy, as body or furniture, in the spirit of jusText
  (Pomikálek 2011): each unit is first judged on its own from general signals (its length in
  words, the share of stopwords, terminal punctuation, the share of capitalised words, menu-like
  separators, lines repeated elsewhere on the page, the boilerplate list), then by its context
  (short units between body units join the body), and finally by its distance from the longest
  run of body units (a stretch of body-like text far from the article, such as a comment or a
  teaser list, is cut). The headline, deck, byline, date line and photo captions are then found
  around and inside that run (see `find_metadata`).

Constants were tuned on the even positions of the sorted page IDs of the article-pages
development set (57 pages; ``python -m analysis evaluate-extraction DIR --half tune``) and checked
on the odd positions (56 pages, ``--half held-out``); re-run both after changing one.

References
----------
Pomikálek, J. (2011). Removing boilerplate and duplicate content from web corpora. PhD thesis,
Masaryk University, ch. 3 (the jusText algorithm; its stoplists ship in the ``justext`` package).
Barbaresi, A. (2021). Trafilatura: A web scraping library and command-line tool for text
discovery and extraction. ACL-IJCNLP 2021 System Demonstrations, 122-131.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Layout", "Unit", "UnitLabel", "classify_units", "detect_language",
           "extract_html", "find_credit", "split_units", "trafilatura_version"]

TERMINAL = ".!?…。！？"
CLOSERS = "\"'”’)]»"

# --- language -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {lang: frozenset(justext.get_stoplist(lang)) for lang in justext.get_stoplists()}


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Share of a text's words that must be stopwords of its best-matching jusText stoplist before
#: the language is named from it; English prose scores 0.45-0.60 with the English list, and
#: other languages score 0.10-0.25 against it. Chosen between the two ranges on the dev set.
LANGUAGE_MIN_SHARE = 0.25


def detect_language(text: str) -> str | None:
    """The text's language name as jusText spells it ("English", "Portuguese" ...), or None.

    Scripts without spaces between words are named by their letters (Hangul: Korean, kana:
    Japanese, Han only: Chinese); otherwise the jusText stoplist that covers the largest share of
    the words wins (at least `LANGUAGE_MIN_SHARE`). The lightest general signal that needs no
    model: function words are the most frequent words of every language.
    """
    sample = text[:20000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in letters)
    kana = sum("\u3040" <= ch <= "\u30ff" for ch in letters)
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in letters)
    if hangul > 0.3 * len(letters):
        return "Korean"
    if kana > 0.05 * len(letters):
        return "Japanese"
    if han > 0.3 * len(letters):
        return "Chinese"
    words = [w.lower() for w in _WORD_RE.findall(sample)]
    if len(words) < 5:
        return None
    english = sum(w in _stoplists()["English"] for w in words) / len(words)
    if english >= LANGUAGE_MIN_SHARE:
        return "English"  # small stoplists of related languages share English's commonest words
    best, share = None, 0.0
    for lang, stop in _stoplists().items():
        s = sum(w in stop for w in words) / len(words)
        if s > share:
            best, share = lang, s
    return best if share >= LANGUAGE_MIN_SHARE else None


def stopword_share(words: list[str], language: str | None) -> float:
    """Share of (lower-cased) ``words`` in the jusText stoplist of ``language`` (or English)."""
    stop = _stoplists().get(language or "English") or _stoplists()["English"]
    return sum(w in stop for w in words) / len(words) if words else 0.0


# --- photo credits ----------------------------------------------------------------------------

_CAP = r"[A-Z][\w'’.-]*"
_NAME = rf"(?:(?:{_CAP}|[a-z]{{1,3}})\s){{0,4}}{_CAP}"  # "Jaafar ASHTIYEH", "Joao de Souza"
_ORG = rf"(?:{_CAP}|&)(?:\s(?:{_CAP}|&|via|for|of|the)){{0,5}}"
_CREDIT_START = r"(?:^|(?<=[.!?…”’\"')\]])\s*|\s+(?=\()|\n)"
#: Credit forms, general in shape (no agency list): a credit label and a name, a name and an
#: organisation joined by a slash (bare or in brackets), "... via Getty Images".
_CREDIT_RES = (
    # "Photograph: AFP via Getty", "Photo: Jane Doe / Getty", "Credit...Doug Mills/The New
    # York Times", "Image credit: ...", "Photograph by ..."
    re.compile(_CREDIT_START + r"(?P<credit>(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|"
               r"Illustrations?|Foto)(?: credit)?(?:\s?:|\s?\.\.\.|…| by)\s?[^\n]{2,80}?)\s*$",
               re.IGNORECASE),
    # "(Joshua Roberts/Reuters)", "(AP Photo/Evan Vucci)", "(Photo by Jane Doe/Getty Images)"
    re.compile(_CREDIT_START + rf"(?P<credit>\((?:Photo by\s)?{_NAME}\s?/\s?{_ORG}\))\s*$"),
    # "Jaafar ASHTIYEH / AFP", "Andrew Harnik / Pool via REUTERS", "REUTERS/Jonathan Ernst",
    # "AP Photo/Ahn Young-joon", "Chip Somodevilla/Getty Images"
    re.compile(_CREDIT_START + rf"(?P<credit>{_NAME}\s?/\s?{_ORG}(?:\s?/\s?{_ORG})?)\s*$"),
    # "Mark Wilson via Getty Images", "Getty Images"
    re.compile(_CREDIT_START + rf"(?P<credit>(?:{_NAME}\s(?:via|for)\s)?(?:Getty Images|"
               r"Shutterstock|Alamy|iStock(?:photo)?))\s*$"),
)


def find_credit(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Offsets of a photo credit that ends ``text[start:end]``, or None.

    A credit may stand alone, follow the caption's last sentence after a space or with none
    ("...it.Credit...Doug Mills/The New York Times"), or close it in brackets.
    """
    end = len(text) if end is None else end
    seg = text[start:end]
    for rx in _CREDIT_RES:
        m = rx.search(seg)
        if m and m.group("credit").strip():
            cs = start + m.start("credit")
            credit = m.group("credit")
            # a slash form must not be a fraction or a date ("1/2", "24/7") nor a long sentence
            if "/" in credit and len(credit.split()) > 9:
                continue
            return cs, start + m.end("credit")
    return None


# --- HTML -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """The article found in a page, as parts in reading order: (role, text, reason) triples.

    Roles: ``title``, ``subtitle``, ``byline``, ``dateline``, ``body``, ``removed`` (a line of
    the extractor's output dropped from the body; ``reason`` says why, empty for other roles).
    ``meta`` holds the page's metadata (``title``, ``author``, ``date``, ``sitename``, ``url``).
    """

    parts: tuple[tuple[str, str, str], ...]
    meta: tuple[tuple[str, str], ...]
    extractor: str
    extractor_version: str


def trafilatura_version() -> str:
    """The installed trafilatura's version."""
    import trafilatura

    return str(trafilatura.__version__)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _overlap(a: str, b: str) -> float:
    """Share of the shorter string's word tokens found in the other (0..1)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    sa, sb = set(ta), set(tb)
    return len(sa & sb) / min(len(sa), len(sb))


#: A heading must share this share of its words with the page's title metadata to be taken as
#: the headline (site names and section labels share few); chosen on the tune half.
HEADLINE_MATCH = 0.5


def _page_headings(tree) -> list[str]:
    """Texts of the page's ``<h1>`` elements (whitespace collapsed), in document order."""
    out = []
    for h in tree.iter("h1"):
        t = _norm(h.text_content())
        if t:
            out.append(t)
    return out


def _strip_site(title: str, sitename: str | None) -> str:
    """The page title without a " | Site" / " - Site" suffix or "Site: " prefix."""
    t = title
    parts = re.split(r"\s+[|–—-]\s+|\s+::\s+", t)
    if len(parts) > 1:
        # keep the longest piece: the headline outweighs the site name and the section
        t = max(parts, key=lambda p: len(_tokens(p)))
    if sitename and t.lower().startswith(sitename.lower() + ":"):
        t = t[len(sitename) + 1 :].strip()
    return t


def choose_headline(title: str | None, headings: list[str], sitename: str | None) -> str | None:
    """The headline: the ``<h1>`` closest to the page's title metadata, else that title.

    An ``<h1>`` that is the site's name (a logo) or shares under `HEADLINE_MATCH` of its words
    with the title is passed over; with no title, the longest ``<h1>`` of 3+ words is taken.
    """
    cands = [h for h in headings if not (sitename and h.lower() == sitename.lower())
             and len(_tokens(h)) <= 40]
    if title:
        scored = [(_overlap(h, title), len(_tokens(h)), h) for h in cands]
        scored = [s for s in scored if s[0] >= HEADLINE_MATCH]
        if scored:
            return max(scored)[2]
        return _strip_site(_norm(title), sitename) or None
    longer = [h for h in cands if len(_tokens(h)) >= 3]
    return max(longer, key=len) if longer else None


#: A page whose extracted body has fewer words than this is not an article (an index, an
#: error page, a login form); a short news brief has 60+. Chosen below every dev-set body.
MIN_ARTICLE_WORDS = 25


#: trafilatura's precision mode (fewer doubtful blocks); off: on the tune half it lowers body
#: F1 from 0.955 to 0.946 (recall 0.960 -> 0.942 for precision 0.949 -> 0.950).
FAVOR_PRECISION = False


def extract_html(html: str) -> Layout | None:
    """The article in an HTML page, or None when the page holds no article text.

    The body is trafilatura's main text (comments off, tables on) with the headline removed
    from its start when repeated there, and the metadata's byline and date as their own parts.
    """
    import lxml.html
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, deduplicate=False,
                                      favor_precision=FAVOR_PRECISION)
    text = (doc.text or "") if doc is not None else ""
    lines = [_norm(ln) for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if sum(len(_tokens(ln)) for ln in lines) < MIN_ARTICLE_WORDS:
        return None
    try:
        tree = lxml.html.fromstring(html)
        headings = _page_headings(tree)
    except (ValueError, lxml.etree.ParserError):
        headings = []
    meta = {k: getattr(doc, k, None) for k in ("title", "author", "date", "sitename", "url",
                                                "description")}
    headline = choose_headline(meta["title"], headings, meta["sitename"])
    parts: list[tuple[str, str, str]] = []
    if headline:
        parts.append(("title", headline, ""))
    # the extractor repeats the headline as the body's first line(s)
    while lines and headline and _norm(lines[0]).lower() == headline.lower():
        parts.append(("removed", lines.pop(0), "the headline, repeated at the start of the body"))
    if lines and len(lines) > 2 and _is_deck(lines[0], meta.get("description")):
        parts.append(("subtitle", lines.pop(0), ""))
    if meta["author"]:
        parts.append(("byline", _norm(meta["author"]), ""))
    if meta["date"]:
        parts.append(("dateline", _norm(meta["date"]), ""))
    parts.extend(("body", ln, "") for ln in lines)
    return Layout(parts=tuple(parts),
                  meta=tuple((k, _norm(v)) for k, v in meta.items() if v),
                  extractor="trafilatura", extractor_version=trafilatura_version())


#: A deck (standfirst) is at most this many words; chosen on the tune half (decks run 10-35).
DECK_MAX_WORDS = 40


def _is_deck(line: str, description: str | None) -> bool:
    """The first body line is the page's deck: it is the page's description (meta), short."""
    if not description or len(_tokens(line)) > DECK_MAX_WORDS:
        return False
    return _norm(line).lower() == _norm(description).lower()


# --- browser text -------------------------------------------------------------------------------


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
    paragraph (every line but the last between `WRAP_MIN` and `WRAP_WIDTH` characters), else one
    unit per line. A text with no blank line at all has one unit per line."""
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
    units: list[Unit] = []
    one_block = len(blocks) == 1
    for b, gap in zip(blocks, gaps, strict=True):
        wrapped = (len(b) > 1 and not one_block
                   and all(WRAP_MIN <= e - s <= WRAP_WIDTH for s, e in b[:-1]))
        if wrapped:
            units.append(Unit(b[0][0], b[-1][1], len(b), gap))
        else:
            units.extend(Unit(s, e, 1, gap and k == 0) for k, (s, e) in enumerate(b))
    return units


def ends_sentence(s: str) -> bool:
    """True when ``s`` ends with terminal punctuation, closing quotes and brackets aside."""
    s = s.rstrip(CLOSERS + " ")
    return bool(s) and s[-1] in TERMINAL


# jusText's thresholds (Pomikálek 2011, §3.2, the defaults of the justext package): a unit under
# LENGTH_LOW characters is "short"; one with a stopword share of STOP_HIGH or more is "good" when
# over LENGTH_HIGH characters, else "near-good"; STOP_LOW..STOP_HIGH is near-good, below is bad.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOP_LOW = 0.30
STOP_HIGH = 0.32
#: a short unit that ends a sentence, has this many words and jusText's stopword share is a
#: near-good unit rather than a short one; chosen on the tune half.
SHORT_SENTENCE_WORDS = 4
#: a unit whose words are this capitalised (3+ words) is a menu, a heading or a name list, not
#: prose (English prose: 10-20% capitalised); chosen on the tune half.
CAPS_MAX = 0.7
#: a line repeated on the page is furniture (menus appear in the header and the footer) unless it
#: is this long: a pull quote repeats a body sentence. Chosen on the tune half.
REPEAT_MAX_WORDS = 12
#: the body is the run of good units with the most characters, where the units between two good
#: units are at most MAX_GAP in number (captions, ads, "Read more" lines inside the article);
#: chosen on the tune half.
MAX_GAP = 6
#: ... and a good unit that is itself MAX_GAP_CHARS of non-body text away starts a new run.
MAX_GAP_CHARS = 1200
_MENU_RE = re.compile(r"(?:\s[|•·/]\s.*){2,}|^[^\w\s\"'“‘”’(\[«„¿¡—–-]|\s{3,}")
_URL_RE = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@\w")
_BYLINE_RE = re.compile(r"^(?:(?:posted|written|words|story|text|reporting)\s)?(?:by|por|von|par)"
                        r"\s+[A-Z][\w'’.-]*|^(?:the\s)?editorial(?:\sboard)?$"
                        r"|^written by\s", re.IGNORECASE)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_RE = re.compile(
    rf"\b{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:\d{{4}}|\d{{1,2}}:\d\d)|\b\d{{1,2}}\s{_MONTH}"
    rf"\s\d{{4}}|\b\d{{4}}-\d\d-\d\d\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b|\b\d{{1,2}}:\d\d\s?"
    r"(?:am|pm|a\.m\.|p\.m\.)|\b(?:updated|published|posted)\b.*\d",
    re.IGNORECASE)
#: a date line or byline is short: at most this many words ("Published 19 November 2019,
#: 08:03 ET, updated 3 hours ago" is 10).
META_MAX_WORDS = 14


def is_byline(line: str) -> bool:
    """"By Jane Doe", "The Editorial Board", "Written by ...": a short line naming the author."""
    return len(_tokens(line)) <= META_MAX_WORDS and bool(_BYLINE_RE.search(line.strip()))


def is_dateline(line: str) -> bool:
    """A short line holding a date or a time ("Nov. 19, 2019 8:03 am ET", "Updated 2019-11-19")."""
    return len(_tokens(line)) <= META_MAX_WORDS and bool(_DATE_RE.search(line))


def _is_bare_date(line: str) -> bool:
    """A line that is little more than a date or a time (a comment's or a list item's stamp)."""
    return (len(_tokens(line)) <= 8 and bool(_DATE_RE.search(line))
            and not _URL_RE.search(line) and not ends_sentence(line))


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
    lower = [w.lower() for w in ws]
    caps = sum(w[0].isupper() for w in ws) / len(ws) if ws else 0.0
    stop = stopword_share(lower, language) if has_stoplist else 1.0
    n = len(ws) if has_stoplist else max(len(ws), len(s) // 3)  # CJK: ~3 characters a word
    return _Feat(n, len(s), stop, caps, ends_sentence(s))


def _initial(f: _Feat, s: str, has_stoplist: bool) -> tuple[str, str]:
    """jusText's context-free class of a unit, with the reason when it is bad."""
    if f.words == 0:
        return "bad", "no words"
    if _is_bare_date(s):
        return "bad", "a bare date or time (the stamp of a comment, a list item or the page)"
    if _URL_RE.search(s) and f.words <= 12:
        return "bad", "a web address or handle on a short line"
    if f.words >= 3 and f.caps > CAPS_MAX and not f.terminal:
        return "bad", f"{f.caps:.0%} of its words are capitalised: a menu, a heading or a list"
    if _MENU_RE.search(s) and f.words <= 20:
        return "bad", "menu-like separators (|, •, wide gaps) or it starts with a symbol"
    if f.chars < LENGTH_LOW:
        # a short sentence of prose ("Talks resume next week.") may join the body beside it
        if f.terminal and f.words >= SHORT_SENTENCE_WORDS and f.stop >= STOP_HIGH:
            return "neargood", ""
        return "short", ""
    if f.stop >= STOP_HIGH:
        return ("good" if f.chars > LENGTH_HIGH or f.terminal else "neargood"), ""
    if f.stop >= STOP_LOW:
        return "neargood", ""
    return "bad", f"few stopwords ({f.stop:.0%}): a list of names or links, not sentences"


def _neighbour(cls: list[str], i: int, step: int, *, skip_near: bool) -> str:
    j = i + step
    skip = ("short", "neargood") if skip_near else ("short",)
    while 0 <= j < len(cls):
        if cls[j] not in skip:
            return cls[j]
        j += step
    return "bad"


def _smooth(cls: list[str]) -> list[str]:
    """jusText's context-sensitive pass: short and near-good units take their neighbours' class."""
    out = list(cls)
    for i, c in enumerate(cls):
        if c != "short":
            continue
        prev, nxt = _neighbour(out, i, -1, skip_near=True), _neighbour(out, i, 1, skip_near=True)
        if prev == nxt == "good":
            out[i] = "good"
        elif prev == nxt == "bad":
            out[i] = "bad"
        else:
            near = ((prev == "bad" and _neighbour(out, i, -1, skip_near=False) == "neargood")
                    or (nxt == "bad" and _neighbour(out, i, 1, skip_near=False) == "neargood"))
            out[i] = "good" if near else "bad"
    for i, c in enumerate(out):
        if c == "neargood":
            prev = _neighbour(out, i, -1, skip_near=True)
            nxt = _neighbour(out, i, 1, skip_near=True)
            out[i] = "bad" if prev == nxt == "bad" else "good"
    return out


def _runs(cls: list[str], units: list[Unit], text: str) -> list[tuple[int, int, int]]:
    """(first, last, characters) of each run of good units.

    Units between two good units are at most `MAX_GAP` in number and `MAX_GAP_CHARS` in
    characters. A second bare date line breaks a run: an article's date stands in its header
    (a video or an embed may add one more), while comment threads and teaser lists date every
    item.
    """
    runs: list[list[int]] = []
    last_good = -1
    gap_chars = dates = 0
    for i, c in enumerate(cls):
        if c == "good":
            if not runs or i - last_good - 1 > MAX_GAP or gap_chars > MAX_GAP_CHARS:
                runs.append([i, i, 0])
                dates = 0
            runs[-1][1] = i
            runs[-1][2] += units[i].end - units[i].start
            last_good, gap_chars = i, 0
        elif runs:
            gap_chars += units[i].end - units[i].start
            if _is_bare_date(text[units[i].start:units[i].end]):
                dates += 1
                if dates >= 2:
                    gap_chars = MAX_GAP_CHARS + 1
    return [(a, b, n) for a, b, n in runs]


#: a run with a byline in the HEAD_WINDOW units before it counts RUN_BYLINE_FACTOR times its
#: characters: articles are signed, comment threads, teasers and footers are not. Chosen on the
#: tune half.
RUN_BYLINE_FACTOR = 3.0


def _main_run(cls: list[str], units: list[Unit], text: str) -> tuple[int, int]:
    """(first, last) index of the run of good units that is the article: the most characters,
    a signed run (a byline before it) counting `RUN_BYLINE_FACTOR` times."""
    best = (0, -1)
    score = 0.0
    for a, b, n in _runs(cls, units, text):
        signed = any(is_byline(text[units[k].start:units[k].end])
                     for k in range(max(0, a - HEAD_WINDOW), a))
        value = n * (RUN_BYLINE_FACTOR if signed else 1.0)
        if value > score:
            best, score = (a, b), value
    return best


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[tuple[re.Pattern[str], str, bool, str], ...]:
    """(regex, category, truncates, pattern) for each row of ``analysis/data/boilerplate.csv``."""
    import csv

    from . import paths

    with open(paths.PACKAGE_DATA_DIR / "boilerplate.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["category"], r["truncates"] == "yes",
                  r["pattern"]) for r in rows)


def match_boilerplate(line: str) -> tuple[re.Pattern[str], str, bool, str] | None:
    """The first boilerplate.csv row whose pattern matches the whole line, or None."""
    return next((p for p in boilerplate_patterns() if p[0].match(line.strip())), None)


#: how many units before the body's first paragraph the headline is looked for; page headers
#: hold 5-15 lines between the menus and the body. Chosen on the tune half.
HEAD_WINDOW = 20
#: a headline has at least HEADLINE_MIN_WORDS words (section labels "Opinion", "White House"
#: have 1-2) and at most HEADLINE_MAX_WORDS; chosen on the tune half.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
#: headline score: its words up to HEADLINE_FULL_WORDS, minus HEADLINE_DISTANCE per unit between
#: it and the body, plus HEADLINE_FIRST_LINE when it is the text's first line and a block of
#: its own (a saved article that starts with its headline). Chosen on the tune half.
HEADLINE_FULL_WORDS = 15
HEADLINE_DISTANCE = 0.5
HEADLINE_FIRST_LINE = 5
#: ... plus HEADLINE_ANCHORED when a byline or date line follows within HEADLINE_ANCHOR_SPAN units
HEADLINE_ANCHORED = 4
HEADLINE_ANCHOR_SPAN = 4
#: ... plus HEADLINE_REPEATED when its text recurs inside a longer line of the page (and that
#: longer line, "Share this: <headline>", is never the headline)
HEADLINE_REPEATED = 4
#: a caption is at most this many words (captions run 5-50); chosen on the tune half.
CAPTION_MAX_WORDS = 70


def _headline_candidate(s: str, f: _Feat, *, first_line: bool = False) -> bool:
    """A line that may be the headline (the text's first line may be one or two words)."""
    if not ((1 if first_line else HEADLINE_MIN_WORDS) <= f.words <= HEADLINE_MAX_WORDS):
        return False
    if s.rstrip(CLOSERS).endswith((".", ":", ",", ";")) and not s.rstrip(CLOSERS).endswith(".."):
        return False
    if is_byline(s) or is_dateline(s) or find_credit(s) is not None or match_boilerplate(s):
        return False
    if f.words >= 5 and f.stop == 0.0:
        return False  # a run of menu items: headlines of five words or more hold a stopword
    return not (_URL_RE.search(s) or _MENU_RE.search(s))


def classify_units(text: str, units: list[Unit], *, language: str | None = "English"
                   ) -> list[UnitLabel]:
    """Label every unit of a page's text (see the module docstring for the rules)."""
    has_stoplist = language in _stoplists()
    strs = [text[u.start:u.end] for u in units]
    feats = [_features(s, language, has_stoplist) for s in strs]
    counts: dict[str, int] = {}
    for s in strs:
        counts[_norm(s).lower()] = counts.get(_norm(s).lower(), 0) + 1
    cls: list[str] = []
    why: list[tuple[str, str]] = []
    for s, f in zip(strs, feats, strict=True):
        hit = match_boilerplate(s)
        if hit is not None:
            cls.append("bad")
            why.append((hit[1], f"matches the boilerplate list ({hit[1]}): {hit[3]}"))
            continue
        if counts[_norm(s).lower()] > 1 and f.words <= REPEAT_MAX_WORDS:
            cls.append("bad")
            why.append(("repeated", "the same line appears elsewhere on the page (menus, "
                                    "share bars, headers repeated in the footer)"))
            continue
        c, reason = _initial(f, s, has_stoplist)
        cls.append(c)
        why.append(("furniture", reason))
    smooth = _smooth(cls)
    if "good" not in smooth:
        # a short text with no paragraph long enough for jusText (a hand-typed article, a
        # brief): every unit that holds a sentence and is not listed boilerplate is body
        smooth = ["good" if c != "bad" and (feats[k].terminal or _has_sentence(strs[k]))
                  or (c == "bad" and why[k][0] == "furniture" and feats[k].terminal)
                  else "bad" for k, c in enumerate(cls)]
    first, last = _main_run(smooth, units, text)
    labels: list[UnitLabel] = []
    for i, c in enumerate(smooth):
        if first <= i <= last and c == "good":
            labels.append(UnitLabel("body"))
            continue
        cat, reason = why[i]
        if cat == "furniture":
            if c == "good":
                where = "before" if i < first else "after"
                reason = (f"body-like text {where} the article's longest run of paragraphs, "
                          f"separated from it by more than {MAX_GAP} units or "
                          f"{MAX_GAP_CHARS} characters of furniture")
            elif not reason:
                reason = ("a short line among furniture (jusText's context rule: its "
                          "neighbours are not body)")
            elif first <= i <= last:
                reason += " (inside the body's run)"
        labels.append(UnitLabel("removed", cat, reason))
    _find_metadata(text, units, strs, feats, labels, first, last)
    return labels


def _find_metadata(text: str, units: list[Unit], strs: list[str], feats: list[_Feat],
                   labels: list[UnitLabel], first: int, last: int) -> None:
    """Relabel, in place, the units that are the headline, deck, byline, date line and captions."""
    if last < first:
        return
    # photo captions inside (and just before) the body's run
    for i in range(max(0, first - HEAD_WINDOW), last + 1):
        s = strs[i]
        if feats[i].words > CAPTION_MAX_WORDS:
            continue
        cr = find_credit(s)
        if cr is None:
            continue
        if cr[0] == 0:
            labels[i] = UnitLabel("credit")
            # a caption on the line before a credit of its own
            if (i > 0 and labels[i - 1].role in ("body", "removed") and ends_sentence(strs[i - 1])
                    and feats[i - 1].words <= CAPTION_MAX_WORDS):
                labels[i - 1] = UnitLabel("caption")
        else:
            labels[i] = UnitLabel("caption")
    # the body's first paragraph, once captions are out
    while first <= last and labels[first].role != "body":
        first += 1
    if first > last:
        return
    # byline and date line: in the header (before the body) or at its very start
    for i in range(max(0, first - HEAD_WINDOW), min(last, first + 2) + 1):
        if labels[i].role not in ("body", "removed"):
            continue
        if is_byline(strs[i]) and not any(lb.role == "byline" for lb in labels):
            labels[i] = UnitLabel("byline")
        elif is_dateline(strs[i]) and not ends_sentence(strs[i]) and not any(
                lb.role == "dateline" for lb in labels):
            labels[i] = UnitLabel("dateline")
    # headline: the best-scoring headline-like line before the body: long lines score more
    # than buttons and section labels, near ones more than far ones, the file's first line most
    best: tuple[float, int] | None = None
    lowered = [_norm(x).lower() for x in strs]
    no_blanks = not any(u.blank_before for u in units)
    # the run's first unit too: a heading-like line the context rule pulled into the body
    top = first if (first < last and feats[first].words <= HEADLINE_FULL_WORDS
                    and not strs[first].rstrip(CLOSERS).endswith((".", "…"))) else first - 1
    for i in range(top, max(-1, first - 1 - HEAD_WINDOW), -1):
        if labels[i].role in ("caption", "credit", "byline", "dateline") or units[i].lines > 1:
            continue
        # the first line as a block of its own, or in a text without blank lines at all
        alone = i == 0 and len(units) > 1 and (units[1].blank_before or no_blanks)
        wraps = any(len(lowered[k]) > 20 and lowered[k] != lowered[i] and lowered[k] in lowered[i]
                    for k in range(max(0, first - HEAD_WINDOW), first))
        if not wraps and _headline_candidate(strs[i], feats[i], first_line=alone):
            score = (min(feats[i].words, HEADLINE_FULL_WORDS) - HEADLINE_DISTANCE * (first - 1 - i)
                     + (HEADLINE_FIRST_LINE if alone else 0))
            if any(labels[k].role in ("byline", "dateline")
                   for k in range(i + 1, min(first, i + 1 + HEADLINE_ANCHOR_SPAN))):
                score += HEADLINE_ANCHORED  # a byline or date line follows headlines closely
            if any(lowered[i] in x for k, x in enumerate(lowered) if k != i and x != lowered[i]):
                score += HEADLINE_REPEATED  # quoted by share bars, breadcrumbs, comment counts
            if best is None or score > best[0]:
                best = (score, i)
    if best is None:
        return
    head = best[1]
    labels[head] = UnitLabel("title")
    # a deck: the line right after the headline, a headline-like line or one or two sentences
    # before the body, or the body's first unit when a byline or date line follows it
    j = head + 1
    if j < first and labels[j].role in ("removed", "body") and feats[j].words <= DECK_MAX_WORDS \
            and (_headline_candidate(strs[j], feats[j]) or feats[j].terminal):
        labels[j] = UnitLabel("subtitle")
    elif (j == first and j + 1 <= last and feats[j].words <= DECK_MAX_WORDS
          and labels[j + 1].role in ("byline", "dateline")):
        labels[j] = UnitLabel("subtitle")
