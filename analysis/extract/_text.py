"""Browser text: every unit labelled body, furniture or metadata (see `analysis.extract`)."""

from __future__ import annotations

import re

from ._signals import (
    _URL_RE,
    _WORD_RE,
    _norm,
    _stoplists,
    ends_sentence,
    is_bare_date,
    is_byline,
    match_boilerplate,
)
from ._text_meta import HEAD_WINDOW, _find_metadata
from ._units import (
    _MENU_RE,
    CAPS_MAX,
    Unit,
    UnitLabel,
    _Feat,
    _features,
    _has_sentence,
    split_units,
)

__all__ = ["Unit", "UnitLabel", "classify_units", "split_units"]


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
#: a line repeated on the page is furniture (menus appear in the header and the footer) unless it
#: is this long: a pull quote repeats a body sentence. Chosen on the tune half.
REPEAT_MAX_WORDS = 12
#: the body is the run of good units with the most characters, where the units between two good
#: units are at most MAX_GAP in number (captions, ads, "Read more" lines inside the article);
#: chosen on the tune half.
MAX_GAP = 6
#: ... and a good unit that is itself MAX_GAP_CHARS of non-body text away starts a new run.
MAX_GAP_CHARS = 1200
#: A near-good unit that is a sentence (it ends one, SHORT_SENTENCE_WORDS+ words, jusText's
#: stopword share) and that the context rule made bad (furniture on both sides: teaser
#: headlines or a date stamp dropped between the article's one-line paragraphs) is a
#: "bridge": it does not extend a run but counts as body, not gap, inside it, so short
#: paragraphs interleaved with teasers do not split the article in two. Only for a language
#: with a stoplist (without one, near-good says nothing about sentences). On the tune half
#: body F1 0.933 -> 0.936, held-out 0.908 -> 0.912.
BRIDGE = "bridge"
BRIDGE_SENTENCES = True
def _initial(f: _Feat, s: str, has_stoplist: bool) -> tuple[str, str]:
    """jusText's context-free class of a unit, with the reason when it is bad."""
    if f.words == 0:
        return "bad", "no words"
    if is_bare_date(s):
        return "bad", "a bare date or time (the stamp of a comment, a list item or the page)"
    if f.words <= 12 and _URL_RE.search(s):  # the count first: it spares the search
        return "bad", "a web address or handle on a short line"
    if f.words >= 3 and f.caps > CAPS_MAX and not f.terminal:
        return "bad", f"{f.caps:.0%} of its words are capitalised: a menu, a heading or a list"
    if f.words <= 20 and _MENU_RE.search(s):
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
    item. A bridge unit (`BRIDGE`) keeps a run going without extending it. Headlines in a row
    at a run's start (`HEAD_LIST_MIN`) and a teaser list at its end (`LIST_MIN_ITEMS`) are cut
    off, and runs split only by a table or an embed are joined (`JOIN_GAP_UNITS`).
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
        elif c == BRIDGE and runs and i - last_good - 1 <= MAX_GAP and gap_chars <= MAX_GAP_CHARS:
            # a sentence of prose between two stretches of the article keeps the run going
            last_good, gap_chars = i, 0
        elif runs:
            gap_chars += units[i].end - units[i].start
            if is_bare_date(text[units[i].start:units[i].end]):
                dates += 1
                if dates >= 2:
                    gap_chars = MAX_GAP_CHARS + 1
    trimmed = [_trim_list_tail(*_trim_list_head(a, b, n, cls, units, text), cls, units, text)
               for a, b, n in runs]
    return _join_runs(trimmed, cls, units, text)


#: a run's tail of this many teaser items in a row (a title-like line, other short lines, one
#: paragraph) is a list of other stories, not the article's end; 2 chosen on the tune half (3
#: keeps a two-item "Related" block).
LIST_MIN_ITEMS = 2


def _title_like(s: str) -> bool:
    """A line that reads as a heading: 3+ words, no sentence end, not a date stamp."""
    return len(_WORD_RE.findall(s)) >= 3 and not ends_sentence(s) and not is_bare_date(s)


#: a run that opens with this many good units in a row that end no sentence (with only
#: furniture between them) opens with a list of other stories' headlines or a stack of
#: headings, not with the article: an article's first paragraph is a sentence. Chosen on the
#: tune half (2: body F1 0.935, 3 and 4: 0.939, off: 0.936; held-out 0.916 for 2-4, 0.912 off);
#: 3 leaves a deck and a subheading at the run's start alone.
HEAD_LIST_MIN = 3


def _trim_list_head(a: int, b: int, n: int, cls: list[str], units: list[Unit], text: str
                    ) -> tuple[int, int, int]:
    """A run without the headlines of other stories at its start (see `HEAD_LIST_MIN`)."""
    heads = 0
    k = a
    while k <= b:
        if cls[k] == "good":
            if ends_sentence(text[units[k].start:units[k].end]):
                break
            heads += 1
        k += 1
    if heads < HEAD_LIST_MIN or k > b:
        return a, b, n
    return k, b, sum(units[j].end - units[j].start for j in range(k, b + 1) if cls[j] == "good")


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
    for a, b in _tables(strs):
        if any(c == "good" for c in smooth[max(0, a - MAX_GAP):a]) and any(
                c == "good" for c in smooth[b:b + MAX_GAP]):
            for k in range(a, b):
                smooth[k] = BRIDGE
                why[k] = ("furniture", "a table between the article's paragraphs")
    if "good" not in smooth:
        # a short text with no paragraph long enough for jusText (a hand-typed article, a
        # brief): every unit that holds a sentence and is not listed boilerplate is body
        smooth = ["good" if c != "bad" and (feats[k].terminal or _has_sentence(strs[k]))
                  or (c == "bad" and why[k][0] == "furniture" and feats[k].terminal)
                  else "bad" for k, c in enumerate(cls)]
    if BRIDGE_SENTENCES and has_stoplist:
        smooth = [BRIDGE if c == "bad" and cls[k] == "neargood" and feats[k].terminal
                  and feats[k].words >= SHORT_SENTENCE_WORDS else c
                  for k, c in enumerate(smooth)]
    first, last = _main_run(smooth, units, text)
    labels: list[UnitLabel] = []
    for i, c in enumerate(smooth):
        if first <= i <= last and (c in ("good", BRIDGE)
                                   or _prose_in_run(cls[i], feats[i], strs[i])):
            labels.append(UnitLabel("body"))
            continue
        cat, reason = why[i]
        if cat == "furniture":
            if c == "good":
                where = "before" if i < first else "after"
                reason = (f"body-like text {where} the article's longest run of paragraphs, "
                          f"separated from it by more than {MAX_GAP} units or "
                          f"{MAX_GAP_CHARS} characters of furniture, or a teaser list "
                          "(headings each with one paragraph, or headlines in a row) at the "
                          "run's end or start")
            elif not reason:
                reason = ("a short line among furniture (jusText's context rule: its "
                          "neighbours are not body)")
            elif first <= i <= last:
                reason += " (inside the body's run)"
        labels.append(UnitLabel("removed", cat, reason))
    _drop_link_lists(strs, feats, labels, why)
    _find_metadata(text, units, strs, feats, labels, first, last, language)
    return labels


#: a table's rows as a browser copies them: cells separated by tabs, TABLE_MIN_CELLS or more
#: per row, the same number of cells in TABLE_MIN_ROWS or more rows in a row. A table with
#: body-like units within MAX_GAP units on both sides is the article's (statistics, results):
#: body, as trafilatura keeps tables on the HTML path and the benchmark's gold bodies hold
#: them; the tab test alone called its rows menus. Two pages of the 113 have such tables (both
#: held-out, looked at): body F1 all 0.9310 -> 0.9332, held-out 0.919 -> 0.923, tune unchanged.
TABLE_MIN_CELLS = 3
TABLE_MIN_ROWS = 2


def _tables(strs: list[str]) -> list[tuple[int, int]]:
    """(first, end) unit indices of each table: consecutive units with the same number of
    tab-separated cells (`TABLE_MIN_CELLS`, `TABLE_MIN_ROWS`)."""
    cells = [s.count("\t") + 1 if "\t" in s else 0 for s in strs]
    out = []
    k = 0
    while k < len(strs):
        j = k
        while j < len(strs) and cells[j] >= TABLE_MIN_CELLS and cells[j] == cells[k]:
            j += 1
        if j - k >= TABLE_MIN_ROWS:
            out.append((k, j))
        k = max(j, k + 1)
    return out


#: a link list's items are lines of at most this many words (headlines of other stories), at
#: least LINK_LIST_MIN_ITEMS of them in a row: a single line under "Read more" may be the
#: article's next subheading. On the article-pages texts (4 pages have such a heading) body
#: precision rose on all four (all 113: body F1 0.9299 -> 0.9310, recall unchanged).
LINK_ITEM_MAX_WORDS = 30
LINK_LIST_MIN_ITEMS = 2
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*$")


def _drop_link_lists(strs: list[str], feats: list[_Feat], labels: list[UnitLabel],
                     why: list[tuple[str, str]]) -> None:
    """Relabel, in place, the items under a link list's heading ("Don't miss", "See also": the
    navigation rows of the boilerplate list) that the context rule took for body: the lines
    right after it that end no sentence, or end in an ellipsis (a teaser's cut-off snippet),
    up to the first sentence. An article's paragraphs end sentences; a list of other stories'
    headlines does not."""
    for k, (cat, _) in enumerate(why):
        if cat != "navigation" or labels[k].role != "removed":
            continue
        j = k + 1
        while (j < len(strs) and feats[j].words <= LINK_ITEM_MAX_WORDS
               and (not feats[j].terminal or _ELLIPSIS_END.search(strs[j].rstrip()))):
            j += 1
        if j - k - 1 < LINK_LIST_MIN_ITEMS:  # one line under "Read more": maybe a subheading
            continue
        for i in range(k + 1, j):
            if labels[i].role == "body":
                labels[i] = UnitLabel("removed", "navigation",
                                      f"an item of the link list under {strs[k].strip()!r}")

