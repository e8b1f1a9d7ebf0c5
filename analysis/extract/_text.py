"""Browser text: every unit labelled body, furniture or metadata (see `analysis.extract`)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ._html import DECK_MAX_WORDS
from ._signals import (
    _URL_RE,
    _WORD_RE,
    CLOSERS,
    STRAY_OPENERS,
    _norm,
    _stoplists,
    ends_sentence,
    find_credit,
    is_bare_date,
    is_byline,
    is_dateline,
    match_boilerplate,
    stopword_share,
)


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
    lower = [w.lower() for w in ws]
    caps = sum(w[0].isupper() for w in ws) / len(ws) if ws else 0.0
    stop = stopword_share(lower, language) if has_stoplist else 1.0
    n = len(ws) if has_stoplist else max(len(ws), len(s) // 3)  # CJK: ~3 characters a word
    return _Feat(n, len(s), stop, caps, ends_sentence(s))


def _initial(f: _Feat, s: str, has_stoplist: bool) -> tuple[str, str]:
    """jusText's context-free class of a unit, with the reason when it is bad."""
    if f.words == 0:
        return "bad", "no words"
    if is_bare_date(s):
        return "bad", "a bare date or time (the stamp of a comment, a list item or the page)"
    if _URL_RE.search(s) and f.words <= 12:
        return "bad", "a web address or handle on a short line"
    if f.words >= 3 and f.caps > CAPS_MAX and not f.terminal:
        return "bad", f"{f.caps:.0%} of its words are capitalised: a menu, a heading or a list"
    if _MENU_RE.search(s) and f.words <= 20:
        return "bad", "menu-like separators (|, •, >, wide gaps) or it starts with a symbol"
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


#: Inside the article's run, a unit bad only for its stopword share is still body when it is
#: prose: at least this many words in two or more sentences, the last one ended. jusText's
#: stopword test was made for link lists and menus (Pomikálek 2011, §3.2); terse factual prose
#: (times, places, names) falls under STOP_LOW while still being sentences. Not tuned.
PROSE_MIN_WORDS = 12


def _prose_in_run(c: str, f: _Feat, s: str) -> bool:
    """A unit the stopword test alone called bad that is made of full sentences."""
    return (c == "bad" and f.stop < STOP_LOW and f.words >= PROSE_MIN_WORDS and f.terminal
            and _has_sentence(s) and f.caps <= CAPS_MAX and not _URL_RE.search(s)
            and not _MENU_RE.search(s))


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
    item. A teaser list at a run's end is cut off (`LIST_MIN_ITEMS`), and runs split only by a
    table or an embed are joined (`JOIN_GAP_UNITS`).
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
            if is_bare_date(text[units[i].start:units[i].end]):
                dates += 1
                if dates >= 2:
                    gap_chars = MAX_GAP_CHARS + 1
    trimmed = [_trim_list_tail(a, b, n, cls, units, text) for a, b, n in runs]
    return _join_runs(trimmed, cls, units, text)


#: a run's tail of this many teaser items in a row (a title-like line, other short lines, one
#: paragraph) is a list of other stories, not the article's end; 2 chosen on the tune half (3
#: keeps a two-item "Related" block).
LIST_MIN_ITEMS = 2


def _title_like(s: str) -> bool:
    """A line that reads as a heading: 3+ words, no sentence end, not a date stamp."""
    return len(_WORD_RE.findall(s)) >= 3 and not ends_sentence(s) and not is_bare_date(s)


def _trim_list_tail(a: int, b: int, n: int, cls: list[str], units: list[Unit], text: str
                    ) -> tuple[int, int, int]:
    """A run without the teaser list at its end: items of a title-like line and a paragraph
    with other short lines between them, `LIST_MIN_ITEMS` or more in a row."""
    goods = [k for k in range(a, b + 1) if cls[k] == "good"]
    items = 0
    m = len(goods) - 1
    while m >= 1:
        g, prev = goods[m], goods[m - 1]
        gap = range(prev + 1, g)
        if len(gap) >= 2 and any(_title_like(text[units[k].start:units[k].end]) for k in gap):
            items += 1
            m -= 1
        else:
            break
    if items < LIST_MIN_ITEMS:
        return a, b, n
    new_b = goods[m]
    return a, new_b, sum(units[k].end - units[k].start for k in goods[:m + 1])


#: Two runs are one article when only a few short lines stand between them (a table, an
#: embedded post with its handle and date, a stack of photo credits): at most JOIN_GAP_UNITS
#: units and JOIN_GAP_CHARS characters, no bare date (comment stamps) and no related-links or
#: comments heading of the boilerplate list; and when both are paragraphs, not a teaser list:
#: JOIN_MIN_GOOD body-like units and JOIN_MIN_CHARS characters each, body-like units at least
#: JOIN_DENSITY of their units (teaser lists: one in three or four). Chosen on the tune half
#: (held-out body F1 0.892 -> 0.907, tune 0.931 unchanged).
JOIN_GAP_UNITS = 15
JOIN_GAP_CHARS = 300
JOIN_MIN_GOOD = 2
JOIN_MIN_CHARS = 300
JOIN_DENSITY = 0.4


def _join_runs(runs: list[tuple[int, int, int]], cls: list[str], units: list[Unit], text: str
               ) -> list[tuple[int, int, int]]:
    """Runs of several paragraphs each, separated only by a few short lines (a table, an
    embedded post, a photo credit stack), are one article."""
    out: list[list[int]] = []
    goods: list[int] = []
    denses: list[bool] = []
    for a, b, n in runs:
        good = sum(1 for k in range(a, b + 1) if cls[k] == "good")
        dense = good >= JOIN_DENSITY * (b - a + 1)
        if out:
            gap = [text[units[k].start:units[k].end] for k in range(out[-1][1] + 1, a)]
            joins = (len(gap) <= JOIN_GAP_UNITS and sum(map(len, gap)) <= JOIN_GAP_CHARS
                     and goods[-1] >= JOIN_MIN_GOOD and good >= JOIN_MIN_GOOD
                     and dense and denses[-1] and min(n, out[-1][2]) >= JOIN_MIN_CHARS
                     and not any(is_bare_date(g) for g in gap)
                     and not any((h := match_boilerplate(g)) is not None
                                 and h[1] in ("navigation", "comments") for g in gap))
            if joins:
                out[-1][1] = b
                out[-1][2] += n
                goods[-1] += good
                continue
        out.append([a, b, n])
        goods.append(good)
        denses.append(dense)
    return [(a, b, n) for a, b, n in out]


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


#: how many units before the body's first paragraph the headline is looked for; page headers
#: hold 5-15 lines between the menus and the body. Chosen on the tune half.
HEAD_WINDOW = 20
#: a headline has at least HEADLINE_MIN_WORDS words (section labels "Opinion", "White House"
#: have 1-2) and at most HEADLINE_MAX_WORDS; chosen on the tune half.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
#: headline score, from general signals of what a headline is (each weight chosen on the tune
#: half by a small grid search, a point of its best tune score; held-out checked, not searched):
#: - HEADLINE_OVERLAP x the share of its content words (stopwords and words under 3 letters
#:   aside) that occur in the body: a headline names what the article is about, while section
#:   labels, widget text ("Media playback is unsupported") and teasers for other stories do not;
#: - HEADLINE_ANCHORED when a byline or date line follows within HEADLINE_ANCHOR_SPAN units
#:   (the header cluster: headline, deck, byline, date);
#: - HEADLINE_LENGTH x its words (up to HEADLINE_FULL_WORDS) / HEADLINE_FULL_WORDS: buttons
#:   and labels are short;
#: - minus HEADLINE_DISTANCE x log(1 + units between it and the body): near is better, but a
#:   share bar, a photo and its caption often stand between the header and the body;
#: - HEADLINE_FIRST_LINE when it is the text's first line and a block of its own (a saved
#:   article that starts with its headline);
#: - HEADLINE_DECK when the next line reads as its deck (a longer line of 8+ words that is not
#:   a byline or date): the headline comes first and the deck explains it.
HEADLINE_OVERLAP = 4.0
HEADLINE_ANCHORED = 6.0
HEADLINE_ANCHOR_SPAN = 4
HEADLINE_LENGTH = 3.0
HEADLINE_FULL_WORDS = 15
HEADLINE_DISTANCE = 0.5
HEADLINE_FIRST_LINE = 3.0
HEADLINE_DECK = 1.0
#: a deck has at least this many words (shorter lines after a headline are labels or buttons)
DECK_MIN_WORDS = 8
#: a caption is at most this many words (captions run 5-50); chosen on the tune half.
CAPTION_MAX_WORDS = 70


def _headline_candidate(s: str, f: _Feat, *, first_line: bool = False,
                        title_case: bool = False) -> bool:
    """A line that may be the headline (the text's first line may be one or two words; with
    ``title_case``, a line whose words are mostly capitalised may end with a full stop)."""
    if not ((1 if first_line else HEADLINE_MIN_WORDS) <= f.words <= HEADLINE_MAX_WORDS):
        return False
    end = s.rstrip(CLOSERS + STRAY_OPENERS + " ")  # a stray mark after a space: '... them. "'
    if end.endswith((":", ",", ";")) or (end.endswith(".") and not end.endswith("..")
                                         and not (title_case and f.caps > CAPS_MAX)):
        return False
    if is_byline(s) or is_dateline(s) or find_credit(s) is not None or match_boilerplate(s):
        return False
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
        if first <= i <= last and (c == "good" or _prose_in_run(cls[i], feats[i], strs[i])):
            labels.append(UnitLabel("body"))
            continue
        cat, reason = why[i]
        if cat == "furniture":
            if c == "good":
                where = "before" if i < first else "after"
                reason = (f"body-like text {where} the article's longest run of paragraphs, "
                          f"separated from it by more than {MAX_GAP} units or "
                          f"{MAX_GAP_CHARS} characters of furniture, or a teaser list "
                          "(headings each with one paragraph) at the run's end")
            elif not reason:
                reason = ("a short line among furniture (jusText's context rule: its "
                          "neighbours are not body)")
            elif first <= i <= last:
                reason += " (inside the body's run)"
        labels.append(UnitLabel("removed", cat, reason))
    _find_metadata(text, units, strs, feats, labels, first, last, language)
    return labels


def _find_metadata(text: str, units: list[Unit], strs: list[str], feats: list[_Feat],
                   labels: list[UnitLabel], first: int, last: int, language: str | None
                   ) -> None:
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
    # headline: the best-scoring headline-like line before the body (see HEADLINE_OVERLAP)
    head = _choose_headline(strs, feats, labels, units, first, last, language)
    if head is None:
        return
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



def _content_words(s: str, language: str | None) -> list[str]:
    """The words of ``s`` that carry its topic: lower-cased, stopwords and words under 3 letters
    aside; for a language without a stoplist (Japanese, Korean ...), its letter bigrams."""
    stop = _stoplists().get(language or "")
    if stop is None:
        letters = [c for c in s.lower() if c.isalpha()]
        return [a + b for a, b in zip(letters, letters[1:], strict=False)]
    return [w for w in (x.lower() for x in _WORD_RE.findall(s)) if len(w) > 2 and w not in stop]


def _choose_headline(strs: list[str], feats: list[_Feat], labels: list[UnitLabel],
                     units: list[Unit], first: int, last: int, language: str | None
                     ) -> int | None:
    """Index of the headline among the `HEAD_WINDOW` units before the body (or the body's first
    unit, when it is a heading the context rule pulled in), or None; see HEADLINE_OVERLAP."""
    body_vocab = {w for k in range(first, last + 1) if labels[k].role == "body"
                  for w in _content_words(strs[k], language)}
    lowered = [_norm(x).lower() for x in strs]
    no_blanks = not any(u.blank_before for u in units)
    lo = max(0, first - HEAD_WINDOW)
    # the run's first unit too: a heading-like line the context rule pulled into the body (a
    # title-case line may end with a full stop: "Prices Fall. Why Buyers Wait.")
    head_like = (first < last and feats[first].words <= HEADLINE_FULL_WORDS
                 and (not strs[first].rstrip(CLOSERS + STRAY_OPENERS + " ").endswith((".", "…"))
                      or feats[first].caps > CAPS_MAX))
    best: tuple[float, int] | None = None
    for i in range(first if head_like else first - 1, lo - 1, -1):
        if labels[i].role in ("caption", "credit", "byline", "dateline") or units[i].lines > 1:
            continue
        # the first line as a block of its own, or in a text without blank lines at all
        alone = i == 0 and len(units) > 1 and (units[1].blank_before or no_blanks)
        # a line that quotes another one of at least half its length ("Share this: <headline>")
        wraps = any(2 * len(lowered[k]) >= len(lowered[i]) and lowered[k] != lowered[i]
                    and lowered[k] in lowered[i] for k in range(lo, first))
        if wraps or not _headline_candidate(strs[i], feats[i], first_line=alone,
                                            title_case=True):
            continue
        words = _content_words(strs[i], language)
        overlap = sum(w in body_vocab for w in words) / len(words) if words else 0.0
        anchored = any(is_byline(strs[k]) or is_dateline(strs[k])
                       for k in range(i + 1, min(first, i + 1 + HEADLINE_ANCHOR_SPAN)))
        nxt = i + 1
        deck = (nxt < len(strs) and units[nxt].lines == 1
                and DECK_MIN_WORDS <= feats[nxt].words <= DECK_MAX_WORDS
                and feats[nxt].words > feats[i].words
                and not (is_byline(strs[nxt]) or is_dateline(strs[nxt])))
        score = (HEADLINE_OVERLAP * overlap + HEADLINE_ANCHORED * anchored
                 + HEADLINE_LENGTH * min(feats[i].words, HEADLINE_FULL_WORDS) / HEADLINE_FULL_WORDS
                 - HEADLINE_DISTANCE * math.log1p(max(first - 1 - i, 0))
                 + HEADLINE_FIRST_LINE * (alone and units[1].blank_before)
                 + HEADLINE_DECK * deck)
        if best is None or score > best[0]:
            best = (score, i)
    return None if best is None else best[1]
