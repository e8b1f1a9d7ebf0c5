"""Sentence boundaries inside one paragraph: nltk's Punkt with the package's parameters and
the rules 1-6 described in `analysis.tokenize` (abbreviations, sentence starters, quotes,
lower-case starts, ellipses, lists). `analysis.tokenize.sentences` calls `_sentence_offsets`
on each paragraph and re-exports the word lists.

References
----------
Kiss, T. and Strunk, J. (2006). Unsupervised multilingual sentence boundary detection.
Computational Linguistics 32(4), 485-525.
The Chicago Manual of Style, 17th ed. (2017), chapter 13 (ellipses).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import _nltk  # noqa: F401 - first: nltk without scipy.stats (analysis/_nltk.py)

# isort: split
from nltk.tokenize.punkt import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from .spans import strip_bounds

__all__ = ["ABBREVIATIONS", "SENTENCE_STARTERS", "NAME_FINAL_ABBREVIATIONS",
           "NEVER_FINAL_ABBREVIATIONS"]

#: Abbreviations Punkt must not end a sentence at (lower case, without the final period):
#: titles, ranks, company words, AP-style US state abbreviations (those that are also English
#: words, "Ill.", "Mass.", "Wash.", "Miss.", are left out), months, days and reference words.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    u.s u.k u.n e.u u.s.a u.s.s.r d.c n.y l.a
    mr mrs ms messrs mmes dr prof sr jr st mt ft
    gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep pres amb sec atty supt insp
    rev fr hon
    inc corp co cie ltd llc plc bros assn intl dept univ govt
    ala ariz ark calif colo conn fla ga kan kans ky md mich minn mo mont neb nev okla pa penn
    tenn tex va vt wis wyo
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos n° nº vs v etc al approx est fig figs vol vols pp p ch para
    e.g i.e a.m p.m cf viz ca c
    ave blvd rd hwy
    """.split()
)

#: Capitalised closed-class words that begin a new sentence after an abbreviation or initial
#: (lower case). Content words and names are deliberately absent: ``the U.S. Government``.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    i he she it we they you there here this that these those
    the a an his her its our their my your some many most all each every both few several
    neither either such no none nothing nobody
    what when where why how who whom whose which whether
    is are was were be been do does did can could would should must has have had shall
    but and or nor so yet however still then thus also instead meanwhile moreover furthermore
    nevertheless indeed if although though while because since unless once
    in on at for with by from after before during under over despite among between into
    """.split()
)

#: Abbreviations that close a name: a capitalised word after them starts a new sentence.
#: In FactBank's news stories 31 of 39 such cases are sentence ends (most of the rest are
#: annotation slips); prepositive "Cie." (Cie. Financiere) is left out.
NAME_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    inc corp co ltd llc plc bros
    ala ariz ark calif colo conn fla ga kan kans ky md mich minn mo mont neb nev okla pa penn
    tenn tex va vt wis wyo
    """.split()
)

#: Abbreviations that always introduce what follows (titles before a name; e.g., i.e., vs.):
#: they never end a sentence, whatever word comes next.
NEVER_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs mmes dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep pres
    amb atty supt insp rev fr hon
    e.g i.e vs cf viz
    """.split()
)

_DOTTED_ACRONYM = re.compile(r"^(?:[^\W\d_]\.){2,}$")


class _Punkt(PunktSentenceTokenizer):
    """Punkt plus rule 1 (dotted acronyms are abbreviations) and rule 2 (name-final ones)."""

    def _first_pass_annotation(self, aug_tok: PunktToken) -> None:
        super()._first_pass_annotation(aug_tok)
        if aug_tok.sentbreak and _DOTTED_ACRONYM.match(aug_tok.tok):
            aug_tok.sentbreak = False
            aug_tok.abbr = True

    def _second_pass_annotation(self, aug_tok1: PunktToken, aug_tok2: PunktToken | None):
        reason = super()._second_pass_annotation(aug_tok1, aug_tok2)
        if aug_tok1.abbr and aug_tok1.type_no_period in NEVER_FINAL_ABBREVIATIONS:
            aug_tok1.sentbreak = False
            return "title or introducing abbreviation"
        if (aug_tok2 is not None and aug_tok1.abbr and not aug_tok1.sentbreak
                and aug_tok2.first_upper
                and aug_tok1.type_no_period in NAME_FINAL_ABBREVIATIONS):
            aug_tok1.sentbreak = True
            return "name-final abbreviation before a capitalised word"
        return reason


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    # Orthographic context as Punkt would learn it for function words: seen capitalised at the
    # start of sentences and in lower case inside them, never capitalised inside a sentence.
    for word in SENTENCE_STARTERS:
        params.ortho_context[word] = _ORTHO_BEG_UC | _ORTHO_MID_LC
    return _Punkt(params)


# --- sentence rules -------------------------------------------------------------------------

_OPENERS = "\"'“‘«([{"
_CLOSERS = "\"'”’»)]}"
_BULLETS = "•‣⁃◦▪●"
_ELLIPSIS_RE = re.compile(r"[.…](?:[ \u00a0]?[.…])+")
# An item marker: optional bullet, then a number (1-2 digits) or a lower-case letter, then
# ".", ")" or ".)", then whitespace.
_MARKER_RE = re.compile(
    rf"(?P<bullet>[{_BULLETS}]?)(?P<space>[ \t]?)"
    r"(?P<label>\d{1,2}|[a-z])(?P<delim>\.\)|\.|\))(?=\s)"
)
_QUOTED_END_RE = re.compile(r"(?<!\.)\.[”\"]+\s+(?=[“\"‘']*[A-Z])")
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*", re.M)


def _dots(run: str) -> int:
    return run.count(".") + 3 * run.count("…")


def _starts_lower(text: str, pos: int) -> bool:
    """Does the word at ``pos`` (after opening punctuation) start in lower case (not ``iPhone``)?"""
    i = pos
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    m = re.match(r"[^\W\d_][\w’'-]*", text[i:])
    if not m or not m.group()[0].islower():
        return False
    return not any(ch.isupper() for ch in m.group()[1:])


def _next_sentence_start(text: str, pos: int) -> int | None:
    """After an ellipsis ending at ``pos``: where a new sentence would start, if one does."""
    i = pos
    while i < len(text) and text[i] in _CLOSERS:
        i += 1
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j == i or j >= len(text):
        return None
    k = j
    while k < len(text) and text[k] in _OPENERS:
        k += 1
    return j if k < len(text) and text[k].isupper() else None


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _list_items(text: str) -> tuple[set[int], set[int]]:
    """Item starts (where a new sentence begins) and marker ends (never a sentence end)."""
    starts: set[int] = set()
    marker_ends: set[int] = set()
    for line in _LINE_START_RE.finditer(text):
        m = _MARKER_RE.match(text, line.end())
        if not m:
            continue
        found = [m]
        bullet, space, delim = m.group("bullet"), m.group("space"), m.group("delim")
        label = m.group("label")
        while True:
            label = _next_label(label)
            nxt = re.compile(
                rf"(?<=\s){re.escape(bullet)}{space}{re.escape(label)}{re.escape(delim)}(?=\s|$)"
            ).search(text, found[-1].end())
            if not nxt:
                break
            found.append(nxt)
        if m.group("label").isalpha() and len(found) < 2:
            continue  # a lone "a." is not an enumeration
        for f in found:
            starts.add(f.start())
            end = f.end()
            while end < len(text) and text[end].isspace():
                end += 1
            marker_ends.add(end)
    return starts, marker_ends


def _sentence_offsets(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence (start, end) offsets inside one paragraph (rules 1-6 of the module docstring)."""
    # Rule 5: Punkt sees ellipses as "…" characters (same length), so it never breaks at one.
    runs = [m for m in _ELLIPSIS_RE.finditer(text) if _dots(m.group()) >= 3]
    view = text
    for m in runs:
        view = view[: m.start()] + m.group().replace(".", "…") + view[m.end():]
    # A sentence starts after whitespace: never inside a run like "?!?!" or "word.(".
    cuts = {s for s, _ in _punkt().span_tokenize(view) if s > 0 and text[s - 1].isspace()}
    item_starts, marker_ends = _list_items(text)
    # Rule 6 (markers never end a sentence) and rule 4 (no sentence starts in lower case).
    cuts = {c for c in cuts if c not in marker_ends and not _starts_lower(text, c)}
    # Rule 3: a period inside closing double quotes, then a capitalised word.
    cuts |= {m.end() for m in _QUOTED_END_RE.finditer(text)}
    # Rule 5: four dots end a sentence before a capitalised word.
    for m in runs:
        if _dots(m.group()) < 4:
            continue
        run = m.group()
        attached = m.start() > 0 and not text[m.start() - 1].isspace()
        if attached and run.startswith(". ") and re.fullmatch(r"\.(?: [.…])+", run):
            if _next_sentence_start(text, m.end()) is not None:
                cuts.add(m.start() + 2)
        else:
            nxt = _next_sentence_start(text, m.end())
            if nxt is not None:
                cuts.add(nxt)
    # Rule 6: list items and bullets start sentences.
    cuts |= item_starts
    cuts |= {m.start() for m in re.finditer(rf"(?<=\s)[{_BULLETS}]", text)}
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    out: list[tuple[int, int]] = []
    for s, e in zip([0, *bounds], [*bounds, len(text)], strict=True):
        s, e = strip_bounds(text, s, e)
        if s < e:
            out.append((s, e))
    return tuple(out)
