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

from ._nltk import engine  # first: nltk without scipy.stats (analysis/_nltk.py)

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


class _Token(PunktToken):
    """Punkt's token with its patterns unwrapped from nltk's time-limit wrappers (`engine`):
    the same annotations, faster to compute."""

    __slots__ = ()
    _RE_ELLIPSIS = engine(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = engine(PunktToken._RE_NUMERIC)
    _RE_INITIAL = engine(PunktToken._RE_INITIAL)
    _RE_ALPHA = engine(PunktToken._RE_ALPHA)


class _Punkt(PunktSentenceTokenizer):
    """Punkt plus rule 1 (dotted acronyms are abbreviations) and rule 2 (name-final ones).

    `starts` is Punkt's ``span_tokenize``, computed faster (see there)."""

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params, token_cls=_Token)
        lang = self._lang_vars
        # The compiled patterns inside nltk's time-limit wrappers: the same matches, without a
        # generator and a time check around each call (the patterns are nltk's linear ones).
        self._context_re = engine(lang.period_context_re())
        self._word_re = engine(lang._word_tokenizer_re())
        self._realign_re = engine(lang.re_boundary_realignment)
        self._breaks: dict[str, bool] = {}
        self._pair_breaks: dict[tuple[str, str], bool] = {}
        self._first_pass: dict[str, PunktToken] = {}

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

    # --- span_tokenize, faster ----------------------------------------------------------------
    #
    # nltk's ``span_tokenize`` chains three generators (`_match_potential_end_contexts`,
    # `_slices_from_text`, `_realign_boundaries`) and calls `text_contains_sentbreak` on the
    # context of every candidate break (the word before, the punctuation, the next token),
    # which re-tokenizes and re-annotates that context through more generators: most of the
    # time. `starts` does the same steps in one loop, and answers `text_contains_sentbreak`
    # from remembered verdicts (see `_contains_break`). ``tests/test_tokenize.py`` compares it
    # with ``span_tokenize`` on the package's examples.

    _CACHE_LIMIT = 1 << 17  # entries per cache; a full cache is emptied and refilled

    def starts(self, text: str) -> list[int]:
        """The sentence starts of ``span_tokenize(text)``, in order."""
        # _match_potential_end_contexts: each candidate with the word before it, a candidate
        # whose word overlaps the previous one's replacing it.
        candidates: list[tuple[object, str]] = []
        prev, prev_start, prev_stop = None, 0, 0
        rfind = text.rfind
        for m in self._context_re.finditer(text):
            at = m.start()
            # Punkt's _get_last_whitespace_index(text[prev_stop:at]) (0 if none, so a
            # whitespace at prev_stop counts as none), without the slice and the Python loop.
            space = max(rfind(" ", prev_stop, at), rfind("\n", prev_stop, at),
                        rfind("\t", prev_stop, at), rfind("\r", prev_stop, at),
                        rfind("\x0b", prev_stop, at), rfind("\x0c", prev_stop, at))
            word_start = space + 1 if space > prev_stop else prev_start
            if prev is not None and prev_stop <= word_start:
                candidates.append((prev, text[prev_start:prev_stop] + prev.group()
                                   + prev.group("after_tok")))
            prev, prev_start, prev_stop = m, word_start, at
        if prev is not None:
            candidates.append((prev, text[prev_start:prev_stop] + prev.group()
                               + prev.group("after_tok")))
        # _slices_from_text
        slices: list[tuple[int, int]] = []
        last_break = 0
        for m, context in candidates:
            if self._contains_break(context):
                slices.append((last_break, m.end()))
                last_break = m.start("next_tok") if m.group("next_tok") else m.end()
        slices.append((last_break, len(text.rstrip())))
        # _realign_boundaries: closing punctuation after a break joins the sentence before it.
        out: list[int] = []
        realign = 0
        last = len(slices) - 1
        for k, (start, stop) in enumerate(slices):
            start += realign
            if k == last:
                if start < stop:
                    out.append(start)
                continue
            next_start, next_stop = slices[k + 1]
            m = self._realign_re.match(text[next_start:next_stop])
            if m:
                out.append(start)
                realign = m.end()
            else:
                realign = 0
                if start < stop:
                    out.append(start)
        return out

    def _contains_break(self, context: str) -> bool:
        """``text_contains_sentbreak(context)``, remembered per context.

        Punkt's answer is "some token but the last is a sentence break after both annotation
        passes", and the second pass decides a token from it and the next token alone (each
        first-pass annotated, which depends on the token text only), so the answer is
        computed pair by pair with Punkt's own annotation methods (`_pair_break`). Only a
        token ending in ".", "?" or "!" can be a break (the first pass marks no other, the
        second pass and rules 1-2 only tokens ending in a period): other pairs are skipped.
        """
        found = self._breaks.get(context)
        if found is None:
            tokenize = self._word_re.findall  # as _tokenize_words: line by line
            toks = [t for line in context.split("\n") if line.strip() for t in tokenize(line)]
            found = any(a.endswith((".", "?", "!")) and self._pair_break(a, b)
                        for a, b in zip(toks, toks[1:], strict=False))
            _remember(self._breaks, context, found, self._CACHE_LIMIT)
        return found

    def _pair_break(self, tok1: str, tok2: str) -> bool:
        """Is ``tok1`` a sentence break before ``tok2`` after Punkt's two annotation passes?"""
        key = (tok1, tok2)
        found = self._pair_breaks.get(key)
        if found is None:
            aug1 = self._Token(tok1)  # the second pass changes it: a new one
            self._first_pass_annotation(aug1)
            self._second_pass_annotation(aug1, self._annotated(tok2))
            found = bool(aug1.sentbreak)
            _remember(self._pair_breaks, key, found, self._CACHE_LIMIT)
        return found

    def _annotated(self, tok: str) -> PunktToken:
        """A first-pass annotated token of ``tok``, shared: the second pass only reads the
        token after the one it decides."""
        aug = self._first_pass.get(tok)
        if aug is None:
            aug = self._Token(tok)
            self._first_pass_annotation(aug)
            _remember(self._first_pass, tok, aug, self._CACHE_LIMIT)
        return aug


def _remember(cache: dict, key: object, value: object, limit: int) -> None:
    """``cache[key] = value``, emptying the cache first when it holds ``limit`` entries."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value


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
# Some line starts with an item marker: a quick test before the line-by-line search of
# `_list_items` (its lines are these line starts, its markers `_MARKER_RE` after them).
_MARKER_LINE_RE = re.compile(_LINE_START_RE.pattern + _MARKER_RE.pattern, re.M)
_BULLET_RE = re.compile(rf"(?<=\s)[{_BULLETS}]")
_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")


def _dots(run: str) -> int:
    return run.count(".") + 3 * run.count("…")


def _starts_lower(text: str, pos: int) -> bool:
    """Does the word at ``pos`` (after opening punctuation) start in lower case (not ``iPhone``)?"""
    i = pos
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    m = _WORD_RE.match(text, i)
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
    if not _MARKER_LINE_RE.search(text):
        return starts, marker_ends
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
    runs = [m for m in _ELLIPSIS_RE.finditer(text) if _dots(m.group()) >= 3] if (
        "…" in text or ".." in text or ". ." in text or ".\u00a0." in text) else []
    view = text
    for m in runs:
        view = view[: m.start()] + m.group().replace(".", "…") + view[m.end():]
    # A sentence starts after whitespace: never inside a run like "?!?!" or "word.(".
    cuts = {s for s in _punkt().starts(view) if s > 0 and text[s - 1].isspace()}
    item_starts, marker_ends = _list_items(text)
    # Rule 6 (markers never end a sentence) and rule 4 (no sentence starts in lower case).
    cuts = {c for c in cuts if c not in marker_ends and not _starts_lower(text, c)}
    # Rule 3: a period inside closing double quotes, then a capitalised word.
    if '."' in text or ".”" in text:
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
    if any(bullet in text for bullet in _BULLETS):  # (rare; the pattern scans slowly)
        cuts |= {m.start() for m in _BULLET_RE.finditer(text)}
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    out: list[tuple[int, int]] = []
    for s, e in zip([0, *bounds], [*bounds, len(text)], strict=True):
        s, e = strip_bounds(text, s, e)
        if s < e:
            out.append((s, e))
    return tuple(out)
