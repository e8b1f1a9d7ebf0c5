"""Browser text's metadata: the headline, its deck, the byline, the date line and photo captions
around the article's run of body units (see `analysis.extract`).

References
----------
Porter, M. F. (2001). Snowball: a language for stemming algorithms. snowball.tartarus.org
(nltk's ``SnowballStemmer``), used to compare a headline's words with the body's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

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
    fused_byline,
    is_byline,
    is_dateline,
    is_field_line,
    is_name_line,
    match_boilerplate,
)
from ._units import _MENU_RE, CAPS_MAX, Unit, UnitLabel, _Feat

#: how many units before the body's first paragraph the byline, date line and captions are
#: looked for; page headers hold 5-15 lines between the menus and the body. Chosen on the tune
#: half.
HEAD_WINDOW = 20
META_IN_RUN = 6
#: how many units before the body the headline is looked for: on some pages a share bar, topic
#: tags and a "most read" menu put the header 20-35 units above the body. 40 covers that
#: distance (the distance penalty keeps nearer lines first); the tune half scores the same for
#: 20 to 60 (its headlines are at most 16 units up), held-out 69.1% at 20 -> 76.4% at 40-60.
HEADLINE_WINDOW = 40
#: a headline has at least HEADLINE_MIN_WORDS words (section labels "Opinion", "White House"
#: have 1-2) and at most HEADLINE_MAX_WORDS; chosen on the tune half.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30
#: headline score, from general signals of what a headline is (each weight chosen on the tune
#: half by a small grid search, a point of its best tune score; held-out checked, not searched):
#: - HEADLINE_OVERLAP x the share of its content words (stopwords and words under 3 letters
#:   aside, stemmed: "Fares Rise" meets "fare", "rising") that occur in the body: a headline
#:   names what the article is about, while section labels, widget text ("Media playback is
#:   unsupported") and teasers for other stories do not;
#: - HEADLINE_ANCHORED when a byline or date line follows within HEADLINE_ANCHOR_SPAN units
#:   or stands on the line right above (the header cluster: headline, deck, byline, date; a
#:   date line over the headline: tune 94.6% unchanged, held-out 76.4% -> 78.2%); another
#:   candidate between the line and its byline or date that shares more of its words with the
#:   body takes the anchor, unless it has the shape of the line's deck (`_deck_shape`): a teaser
#:   or a kicker over the headline (with KICKER_MAX_WORDS: tune 94.6% unchanged, held-out
#:   80.0% -> 81.8%; without the deck exception tune fell to 92.9%); so does a candidate two
#:   or more units down that stands right on the byline or date line, names the body's topic
#:   (HEADLINE_IS_DECK_OVERLAP) and is headline-short (HEADLINE_FULL_WORDS): a headline sits on
#:   its signature or its deck, the lines above are teasers (held-out 81.8% -> 83.6%, tune
#:   unchanged; without the overlap floor name lines took the anchor, tune fell to 83.9%);
#:   and a line in the body's first META_IN_RUN units right on the run's byline or date line
#:   is a candidate: a header after a quoted claim (held-out 83.6% -> 85.5%, tune unchanged);
#: - HEADLINE_LENGTH x its words (up to HEADLINE_FULL_WORDS) / HEADLINE_FULL_WORDS: buttons
#:   and labels are short;
#: - minus HEADLINE_DISTANCE x log(1 + units between it and the body): near is better, but a
#:   share bar, a photo and its caption often stand between the header and the body;
#: - HEADLINE_FIRST_LINE when it is the text's first line and a block of its own (a saved
#:   article that starts with its headline);
#: - HEADLINE_DECK when the next line reads as its deck (a longer line of 8+ words that is not
#:   a byline or date): the headline comes first and the deck explains it;
#: - minus HEADLINE_IS_DECK for that deck itself (the next unit, a blank line between or not)
#:   when it reads more like a sentence (a higher stopword share than the line above:
#:   headlines drop articles and auxiliaries) and the line above shares at least
#:   HEADLINE_IS_DECK_OVERLAP of its content words with the body (so a kicker or section label
#:   over a headline does not make the headline a deck). A deck is longer and often repeats
#:   the body's words, so length and overlap alone favour it. Tune half: 91.1% for 0 and 1,
#:   92.9% for 2, 91.1% for 3 (held-out 76.4% for each); requiring no blank line between the
#:   two kept tune at 91.1%.
HEADLINE_OVERLAP = 4.0
HEADLINE_ANCHORED = 6.0
HEADLINE_ANCHOR_SPAN = 4
HEADLINE_LENGTH = 3.0
HEADLINE_FULL_WORDS = 15
HEADLINE_DISTANCE = 0.5
HEADLINE_FIRST_LINE = 3.0
HEADLINE_DECK = 1.0
#: a separator of a breadcrumb trail or a menu line, with a space (or the line's end) after it;
#: a line equal to an item before such a separator ("Home » Garden Tips »") is a section's
#: name, never the headline (tune half headline 92.9% -> 94.6%, held-out unchanged)
_SEP_RE = re.compile(r"\s[|•·>»›](?=\s|$)")
HEADLINE_IS_DECK = 2.0
HEADLINE_IS_DECK_OVERLAP = 0.5
#: a deck has at least this many words (shorter lines after a headline are labels or buttons)
DECK_MIN_WORDS = 8
#: a kicker or label over the headline ("Analyzing Snap Counts", "Exclusive") has at most this
#: many words (section labels have 1-3); the line below it, without a sentence's end, is the
#: headline rather than its deck. 4 chosen by reading the labels' lengths; text headline tune
#: 94.6% unchanged, held-out 80.0% -> 81.8%.
KICKER_MAX_WORDS = 4
#: a caption is at most this many words (captions run 5-50); chosen on the tune half.
CAPTION_MAX_WORDS = 70


def _deck_shape(above: _Feat, below: _Feat) -> bool:
    """Whether a line (``below``) has the shape of the deck of the line above it: longer (at
    least `DECK_MIN_WORDS`), and not a headline under a kicker (a line of at most
    `KICKER_MAX_WORDS` words over one without a sentence's end: "Analyzing Snap Counts" over
    "Defensive snap counts: Week 11")."""
    return (DECK_MIN_WORDS <= below.words <= DECK_MAX_WORDS and below.words > above.words
            and not (above.words <= KICKER_MAX_WORDS and not below.terminal))


def _reads_as_deck(above: _Feat, below: _Feat) -> bool:
    """`_deck_shape`, and more like a sentence than the line above (a higher stopword share:
    headlines are telegraphic)."""
    return _deck_shape(above, below) and below.stop > above.stop


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
    if (is_byline(s) or is_dateline(s) or is_field_line(s) or find_credit(s) is not None
            or match_boilerplate(s)):
        return False
    return not (_URL_RE.search(s) or _MENU_RE.search(s))


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
    _find_signature(strs, labels, range(max(0, first - HEAD_WINDOW),
                                        min(last, first + META_IN_RUN) + 1))
    # headline: the best-scoring headline-like line before the body (see HEADLINE_OVERLAP)
    head = _choose_headline(strs, feats, labels, units, first, last, language)
    if head is not None:
        _find_header(strs, feats, labels, head, first, last, language)
    _drop_author_bio(strs, labels, last)


def _find_header(strs: list[str], feats: list[_Feat], labels: list[UnitLabel], head: int,
                 first: int, last: int, language: str | None) -> None:
    """Relabel, in place, the headline ``head``, the byline and date line below it and its
    deck."""
    labels[head] = UnitLabel("title")
    # a header far above the body: its byline and date line stand just below the headline
    below = range(head + 1, min(first, head + 1 + HEADLINE_ANCHOR_SPAN))
    _find_signature(strs, labels, below)
    # a byline without "By": a name line beside the header's date line
    if not any(lb.role == "byline" for lb in labels):
        for i in below:
            beside = [k for k in (i - 1, i + 1) if 0 <= k < len(labels)]
            if (labels[i].role == "removed" and is_name_line(strs[i], language)
                    and any(labels[k].role == "dateline" for k in beside)):
                labels[i] = UnitLabel("byline")
                break
    # a deck: the line right after the headline, a headline-like line or one or two sentences
    # before the body, or the body's first unit when a byline or date line follows it
    j = head + 1
    if j < first and labels[j].role in ("removed", "body") and feats[j].words <= DECK_MAX_WORDS \
            and (_headline_candidate(strs[j], feats[j]) or feats[j].terminal):
        labels[j] = UnitLabel("subtitle")
    elif (j == first and j + 1 <= last and feats[j].words <= DECK_MAX_WORDS
          and labels[j + 1].role in ("byline", "dateline")):
        labels[j] = UnitLabel("subtitle")


#: how many body units at the run's end are checked for a note about the author (2, 3 and 5
#: score the same on the tune half: body precision 0.950 -> 0.951, held-out 0.920 -> 0.921)
BIO_UNITS = 3
_BYLINE_NAME_RE = re.compile(r"\b[Bb][Yy]:?\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")


def _drop_author_bio(strs: list[str], labels: list[UnitLabel], last: int) -> None:
    """Relabel, in place, the note about the author at the body's end: among its last
    `BIO_UNITS` body units, those that start with the byline's name ("Jane Doe is a reporter
    for ...", or the name alone over it). An article's text does not name its own author; the
    note under it, a separate box on the page, does."""
    by = next((strs[k].strip() for k, lb in enumerate(labels) if lb.role == "byline"), None)
    if by is None:
        return
    m = _BYLINE_NAME_RE.search(by)
    name = m.group("name") if m else by.split(",")[0] if is_name_line(by) else None
    if not name:
        return
    body = [k for k in range(last + 1) if labels[k].role == "body"]
    for k in body[-BIO_UNITS:]:
        rest = strs[k][len(name):len(name) + 1]
        if strs[k].startswith(name) and not rest.isalnum():
            labels[k] = UnitLabel("removed", "author",
                                  f"a note about the author ({name}, the byline's name) "
                                  "after the article")


def _find_signature(strs: list[str], labels: list[UnitLabel], where: range) -> None:
    """Label, in place, the first byline and the first date line among ``where`` (when the page
    has none yet)."""
    for i in where:
        if labels[i].role not in ("body", "removed"):
            continue
        if is_byline(strs[i]) and not any(lb.role == "byline" for lb in labels):
            labels[i] = UnitLabel("byline")
        elif is_dateline(strs[i]) and not ends_sentence(strs[i]) and not any(
                lb.role == "dateline" for lb in labels):
            labels[i] = UnitLabel("dateline")


def _content_words(s: str, language: str | None) -> list[str]:
    """The words of ``s`` that carry its topic: lower-cased, stopwords and words under 3 letters
    aside; for a language without a stoplist (Japanese, Korean ...), its letter bigrams."""
    stop = _stoplists().get(language or "")
    if stop is None:
        letters = [c for c in s.lower() if c.isalpha()]
        return [a + b for a, b in zip(letters, letters[1:], strict=False)]
    return _stems((x.lower() for x in _WORD_RE.findall(s)), stop, language)


def _stems(words: Iterable[str], stop: frozenset[str] | set[str], language: str | None
           ) -> list[str]:
    """The stems of the lower-cased ``words`` that are no stopword and 3+ letters long."""
    stem = _stemmer(language or "")
    return [stem(w) for w in words if len(w) > 2 and w not in stop]


def _vocabulary(lines: list[str], language: str | None) -> set[str]:
    """The union of the lines' `_content_words`, each distinct word stemmed once."""
    stop = _stoplists().get(language or "")
    if stop is None:
        return {w for s in lines for w in _content_words(s, language)}
    return set(_stems({x.lower() for s in lines for x in _WORD_RE.findall(s)}, stop, language))


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Callable[[str], str]:
    """The Snowball stemmer of ``language`` (Porter 2001), so that a headline's "Ferry Fares
    Rise" meets the body's "ferries", "fare" and "rising"; the identity for a language
    Snowball lacks."""
    from .. import _nltk  # noqa: F401 - first: nltk without scipy.stats (analysis/_nltk.py)

    # isort: split
    from nltk.stem.snowball import SnowballStemmer

    name = language.lower()
    if name not in SnowballStemmer.languages:
        return str
    # A stem is a pure function of the word: remembered per distinct word (a page's lines share
    # most words; stemming was 7% of a corpus profile's CPU per article before).
    return lru_cache(maxsize=65_536)(SnowballStemmer(name).stem)


def _choose_headline(strs: list[str], feats: list[_Feat], labels: list[UnitLabel],
                     units: list[Unit], first: int, last: int, language: str | None
                     ) -> int | None:
    """Index of the headline among the `HEADLINE_WINDOW` units before the body (or the body's
    first unit, when it is a heading the context rule pulled in), or None; see HEADLINE_OVERLAP."""
    scores = headline_scores(strs, feats, labels, units, first, last, language)
    return max(scores, key=lambda k: scores[k]) if scores else None


def headline_scores(strs: list[str], feats: list[_Feat], labels: list[UnitLabel],
                    units: list[Unit], first: int, last: int, language: str | None
                    ) -> dict[int, float]:
    """Each headline candidate's index and score (see `_choose_headline`)."""
    lowered = [_norm(x).lower() for x in strs]
    # items a breadcrumb trail or menu line puts before a separator ("Home » Sport »"): the
    # page's sections; the item after the last separator may be the article itself
    sections = {item.strip() for x in lowered if len(_SEP_RE.findall(x)) >= 2
                for item in _SEP_RE.split(x)[:-1]}
    no_blanks = not any(u.blank_before for u in units)
    lo = max(0, first - HEADLINE_WINDOW)
    # the run's first unit too: a heading-like line the context rule pulled into the body (a
    # title-case line may end with a full stop: "Prices Fall. Why Buyers Wait.")
    head_like = (first < last and feats[first].words <= HEADLINE_FULL_WORDS
                 and (not strs[first].rstrip(CLOSERS + STRAY_OPENERS + " ").endswith((".", "…"))
                      or feats[first].caps > CAPS_MAX))
    # and a line in the run's first units that stands right on the byline or date line the
    # run took in: a header the context rule pulled into the body after a quoted claim or a
    # kicker paragraph ("What is the value of drugs ...?" over "By Jane Doe on Monday, ...")
    in_run = [k for k in range(first + 1, min(last, first + META_IN_RUN))
              if labels[k].role == "body" and labels[k + 1].role in ("byline", "dateline")
              and feats[k].words <= HEADLINE_FULL_WORDS]
    cands: list[int] = []
    for i in [*in_run, *range(first if head_like else first - 1, lo - 1, -1)]:
        if labels[i].role in ("caption", "credit", "byline", "dateline") or units[i].lines > 1:
            continue
        # the first line as a block of its own, or in a text without blank lines at all
        alone = i == 0 and len(units) > 1 and (units[1].blank_before or no_blanks)
        # a line that quotes another one of at least half its length ("Share this: <headline>")
        # (a section's name aside: "Low Water Gardening, Year Two" under "Low Water Gardening")
        wraps = any(2 * len(lowered[k]) >= len(lowered[i]) and lowered[k] != lowered[i]
                    and lowered[k] in lowered[i] and lowered[k] not in sections
                    for k in range(lo, first))
        trail = len(_SEP_RE.findall(lowered[i])) >= 2  # a breadcrumb trail or a menu line
        if wraps or trail or lowered[i] in sections or not _headline_candidate(
                strs[i], feats[i], first_line=alone, title_case=True):
            continue
        cands.append(i)

    def signature(k: int) -> bool:
        return ((is_byline(strs[k]) or is_dateline(strs[k])) if k < first
                else labels[k].role in ("byline", "dateline"))

    scores: dict[int, float] = {}
    decks: dict[int, bool] = {}
    overlaps: dict[int, float] = {}
    # the body's vocabulary only when there is a candidate to compare with it (half the
    # PolNeAR texts have none): it stems every distinct word of the body
    body_vocab = _vocabulary([strs[k] for k in range(first, last + 1)
                              if labels[k].role == "body"], language) if cands else set()
    for i in cands:
        words = _content_words(strs[i], language)
        overlaps[i] = sum(w in body_vocab for w in words) / len(words) if words else 0.0
    for i in cands:
        alone = i == 0 and len(units) > 1 and (units[1].blank_before or no_blanks)
        overlap = overlaps[i]
        # the byline or date line may follow the body's first unit (a deck the body took in)
        span = range(i + 1, min(first + 2, len(strs), i + 1 + HEADLINE_ANCHOR_SPAN))
        # or stand right above it: a date line over the headline ("Published 1 day ago")
        anchored = fused_byline(strs[i]) is not None or (i > 0 and signature(i - 1))
        for k in span:
            if signature(k):
                anchored = True
                break
            # another candidate between it and the byline, more about the body than it is,
            # takes the anchor (a teaser over the headline), unless it reads as its deck
            if k in overlaps and overlaps[k] > overlaps[i] and not (
                    k == i + 1 and _deck_shape(feats[i], feats[k])):
                break
            # as does one about the body further down that stands right on the byline or date
            # line: a headline sits on its signature or on its deck, so lines a row or more
            # above it are teasers (the line just below may be this one's deck)
            if (k > i + 1 and k in overlaps and overlaps[k] >= HEADLINE_IS_DECK_OVERLAP
                    and feats[k].words <= HEADLINE_FULL_WORDS
                    and k + 1 < len(strs) and signature(k + 1)):
                break
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
        scores[i] = score
        decks[i] = deck
    # a line right below a shorter headline-like line that takes it as its deck is that deck,
    # when it reads more like a sentence (a higher stopword share: headlines are telegraphic)
    # and the line above names the body's topic and is no kicker (see `_reads_as_deck`)
    for i in scores:
        if (decks.get(i - 1)
                and _reads_as_deck(feats[i - 1], feats[i])
                and overlaps[i - 1] >= HEADLINE_IS_DECK_OVERLAP):
            scores[i] -= HEADLINE_IS_DECK
    return scores
