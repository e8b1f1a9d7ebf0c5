"""Sentence and word segmentation on nltk, returning `Span`s with offsets into the source text.

Sentences
---------
nltk's Punkt algorithm (Kiss and Strunk 2006) runs on each paragraph with parameters built into
the package (no trained model is downloaded), and a few documented rules adjust its output:

1. Abbreviations (`ABBREVIATIONS`: titles, ranks, months, company words, ``U.S.``, ``e.g.``,
   ``a.m.`` ...) do not end a sentence unless the next word starts one (rule 2). Dotted acronyms
   (two or more letter-period pairs, ``J.R.``, ``U.A.E.``) count as abbreviations too, and a single
   capital with a period before a capitalised word is an initial (``Jonas E. Smith``).
2. Sentence starters: after an abbreviation or initial, a capitalised closed-class word
   (`SENTENCE_STARTERS`: pronouns, determiners, wh-words, auxiliaries, conjunctions, common
   prepositions) begins a new sentence (``in the U.S. How about you?``), a name does not
   (``the U.S. Government``). These are Punkt's orthographic-context and frequent-starter
   parameters, set by hand instead of learned. Abbreviations that close a name
   (`NAME_FINAL_ABBREVIATIONS`: company designators ``Inc.``, ``Corp.``, ``Co.``, ``Ltd.`` and US
   state abbreviations ``Mich.``) end the sentence before any capitalised word
   (``an analyst with Salomon Brothers Inc. Ms. Applebaum said``). Titles and abbreviations that
   introduce what follows (`NEVER_FINAL_ABBREVIATIONS`: ``Mr.``, ``Gen.``, ``e.g.``, ``vs.`` ...)
   never end a sentence (``e.g. The Times``).
3. Never across a paragraph; closing quotes and brackets stay with their sentence
   (``“productive.”``). A period followed by a closing double quote and a capitalised word ends
   the sentence even after an abbreviation (``He said "no." Then``). A sentence starts after
   whitespace, never inside a run such as ``?!`` or ``U.S.–North``.
4. A sentence does not begin with a lower-case word: a break Punkt proposes before one is
   dropped (the ``.``, ``!`` or ``?`` then ends a quotation or parenthesis inside the sentence,
   or belongs to a name such as ``Yahoo!``). Mixed-case words (``iPhone``) may begin a sentence.
5. Ellipses (three or more dots, spaced or not, or ``…``) never end a sentence by themselves:
   three dots mark an omission inside a sentence. Four dots are a period plus an ellipsis and end
   the sentence when a capitalised word follows: after the whole run (``that.... She``,
   ``period . . . . Next``), or, when the first dot is attached to the word and the rest are
   spaced (``compounds. . . . The``), after that first dot, the ellipsis then opening the next
   sentence (the Chicago Manual of Style's rules for ellipsis points, chapter 13).
6. Lists: a paragraph or line that begins with an item marker (``1.``, ``1)``, ``1.)``, ``a.``,
   optionally after a bullet) starts an enumeration; the marker never ends a sentence, and each
   following marker in sequence (``2.`` after ``1.``, ``b.`` after ``a.``, same punctuation)
   starts a new sentence even without a full stop before it. A bullet (``•``, ``⁃`` ...) after
   whitespace starts a new item.

Every sentence span satisfies ``text[s.start:s.end] == s.text``; the sentences of a paragraph
tile it in order, without overlap, with only whitespace between them.

Measured on the 48 English Golden Rules with ``benchmarks/golden_rules.py``.

Words
-----
nltk's Treebank-style tokenizer (``NLTKWordTokenizer``) runs on each sentence; curly apostrophes
are mapped to straight ones for the tokenizer only (same length, so offsets hold), and dashes
between words are split off as punctuation. For speed its substitutions run over all sentences
of a text at once, with each sentence treated exactly as alone (see `_batch_token_strings`).

An Article is segmented once per part (title, subtitle, body ...): `sentences` and `words`
remember the spans while the Article lives, so every measurement on it shares one tokenization.

References
----------
Kiss, T. and Strunk, J. (2006). Unsupervised multilingual sentence boundary detection.
Computational Linguistics 32(4), 485-525.
Sadvilkar, N. and Neumann, M. (2020). PySBD: Pragmatic sentence boundary disambiguation.
Proceedings of NLP-OSS 2020, 110-114 (the Golden Rules benchmark).
The Chicago Manual of Style, 17th ed. (2017), chapter 13 (ellipses).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect
from collections.abc import Sequence
from functools import lru_cache

from . import _nltk  # noqa: F401 - first: nltk without scipy.stats (analysis/_nltk.py)

# isort: split
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from .article import Article
from .normalize import view
from .spans import Span, strip_bounds

__all__ = [
    "ABBREVIATIONS",
    "SENTENCE_STARTERS",
    "NAME_FINAL_ABBREVIATIONS",
    "NEVER_FINAL_ABBREVIATIONS",
    "segments",
    "sentences",
    "words",
    "lexical_words",
    "Text",
]

Text = str | Article

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

_DEFAULT_PARTS: tuple[str, ...] = ("body",)

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


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def segments(obj: Text, *, parts: Sequence[str] = _DEFAULT_PARTS) -> list[Span]:
    """The stretches of text to segment: an article's requested parts, or a string's paragraphs.

    A plain string is split into paragraphs at blank lines (no headline detection); use
    `Article.from_text` to find a title and subtitle.
    """
    if isinstance(obj, Article):
        return obj.parts(tuple(parts))
    if not isinstance(obj, str):
        raise TypeError(f"expected str or Article, got {type(obj).__name__}")
    out: list[Span] = []
    seen = view(obj)  # control characters are blanks here too (analysis.normalize)
    for k, m in enumerate(re.finditer(r"\S(?:.*?\S)??(?=\s*(?:\n[ \t\r\f\v]*\n|\Z))", seen, re.S)):
        out.append(Span(m.start(), m.end(), obj[m.start():m.end()], part="body", paragraph=k))
    return out


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


def sentences(obj: Text, *, parts: Sequence[str] = _DEFAULT_PARTS) -> list[Span]:
    """Split into sentences; every span satisfies ``source_text[s.start:s.end] == s.text``.

    For an Article, ``parts`` chooses what is segmented (default: the body only); title and
    subtitle are one sentence each when included. Sentences never cross a paragraph. The rules
    are listed in the module docstring. An Article's sentences are computed once per ``parts``
    and remembered while the Article lives (see `_memo`); each call returns a new list.
    """
    entry = _memo(obj, parts)
    if entry is None:
        return _sentences(obj, parts)
    return list(entry.sentences)  # type: ignore[arg-type]


def _sentences(obj: Text, parts: Sequence[str]) -> list[Span]:
    source = obj.text if isinstance(obj, Article) else obj
    out: list[Span] = []
    for seg in segments(obj, parts=parts):
        if seg.part in ("title", "subtitle", "caption", "credit"):
            offs: Sequence[tuple[int, int]] = [(0, len(seg.text))]
        else:
            offs = _sentence_offsets(view(seg.text))  # same length: offsets hold
        for s, e in offs:
            start, end = seg.start + s, seg.start + e
            out.append(
                Span(start, end, source[start:end], part=seg.part, paragraph=seg.paragraph,
                     sentence=len(out))
            )
    return out


# --- words ----------------------------------------------------------------------------------

_NUMBER_RE = re.compile(
    r"^[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[-/]\d[\d,]*(?:\.\d+)?)*(?:%|st|nd|rd|th|s)?$"
)
_DASH_RE = re.compile(r"[\u2012\u2013\u2014\u2015]|--")


@lru_cache(maxsize=1 << 16)
def _kind(tok: str) -> str:
    """``punct`` (no letter or digit), ``number`` (``2018``, ``1,000``, ``100.00``, ``5%``,
    ``3rd``, ``1990s``, ``2017-2018``) or ``word``."""
    if not any(ch.isalnum() for ch in tok):
        return "punct"
    if _NUMBER_RE.match(tok):
        return "number"
    return "word"


def _is_abbreviation(tok: str) -> bool:
    """``tok`` + "." is a known abbreviation or a dotted acronym (``U.S``, ``Inc``, ``J.R``)."""
    return tok.lower() in ABBREVIATIONS or _DOTTED_ACRONYM.match(tok + ".") is not None


_APOS_DASHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2012": " ",
                              "\u2013": " ", "\u2014": " ", "\u2015": " "})


def _blank_dashes(text: str) -> str:
    """Replace dashes (`_DASH_RE`) by spaces of the same length, so the tokenizer splits there;
    curly apostrophes become straight ones."""
    return text.translate(_APOS_DASHES).replace("--", "  ")


def _finish(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add the dashes (blanked for the tokenizer) as punctuation, set kinds, and give a
    sentence-final abbreviation its period back."""
    if _DASH_RE.search(text):
        found += [(m.start(), m.end(), "punct") for m in _DASH_RE.finditer(text)]
        found.sort()
    out: list[tuple[int, int, str]] = []
    for k, (s, e, kind) in enumerate(found):
        tok = text[s:e]
        kind = kind or _kind(tok)
        # The tokenizer splits the sentence's final period off "U.S." / "Inc."; an abbreviation
        # keeps it (the period does double duty), as it does inside a sentence.
        if (tok == "." and out and out[-1][1] == s and out[-1][2] == "word"
                and _is_abbreviation(text[out[-1][0]:s])
                and all(text[s2:e2] in _CLOSERS for s2, e2, _ in found[k + 1:])):
            out[-1] = (out[-1][0], e, "word")
            continue
        out.append((s, e, kind))
    return out


def _sentence_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the tokens of one sentence (nltk's tokenizer on this sentence)."""
    found = [(s, e, "") for s, e in _word_tokenizer().span_tokenize(_blank_dashes(text))]
    return _finish(text, found)


# The same tokenizer run on many sentences at once. nltk's ``NLTKWordTokenizer.tokenize`` is a
# chain of regular-expression substitutions; run per sentence they cost most of the time
# (short strings, each call through nltk's time-limit wrapper). Here the sentences are joined
# with a separator character, each substitution runs once over the whole batch with the same
# engine (`regex`) and the same patterns, except that the separator stands in for the start
# and end of the sentence (``^`` and ``$`` become look-arounds on it; character classes that
# could match it exclude it), so every sentence is rewritten exactly as on its own. Quotes are
# then restored and tokens aligned sentence by sentence, as ``span_tokenize`` does. A sentence
# the batch cannot represent (it contains the separator or ends in a line break, where ``$``
# behaves differently) goes through nltk on its own; so does one where restoring quotes or
# aligning fails, so nltk raises its own error.
_SEP = "\x00"
_BATCH_PATTERNS: dict[str, str] = {
    # nltk pattern -> the batch version (patterns not listed are used as they are)
    r'^\"': r'(?<=\x00)\"',
    r'([^\.])(\.)([\]\)}>"\'' "»”’ " r']*+)\s*$':
        r'([^\.\x00])(\.)([\]\)}>"\'' "»”’ " r']*+)\s*(?=\x00)',
    r"([:,])([^\d])": r"([:,])([^\d\x00])",
    r"([:,])$": r"([:,])(?=\x00)",
    r'([^\.])(\.)([\]\)}>"\']*)\s*$': r'([^\.\x00])(\.)([\]\)}>"\']*)\s*(?=\x00)',
    r"([^'])' ": r"([^'\x00])' ",
}
# Same matches, faster: the preceding character is checked by a look-behind instead of being
# consumed and put back. A match ends with a space, so the character before the next match,
# which must not be a space, is never inside the previous one. (pattern, replacement).
_FASTER_PATTERNS: dict[str, tuple[str, str]] = {
    r"([^' ])('[sS]|'[mM]|'[dD]|') ": (r"(?<=[^' ])('[sS]|'[mM]|'[dD]|') ", r" \1 "),
    r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ":
        (r"(?<=[^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", r" \1 "),
}
# Every contraction pattern (CONTRACTIONS2 and 3 in `_NLTK_SOURCES`) matches only where one of
# these does, in the same engine with the same flags: sentences without one are left alone.
_CONTRACTION_HINT = re.compile(
    r"(?i)can(?#X)not|d(?#X)'ye|gim(?#X)me|gon(?#X)na|got(?#X)ta|lem(?#X)me|more(?#X)'n"
    r"|wan(?#X)na| 't(?#X)is| 't(?#X)was"
)
#: The nltk patterns the batch was checked against (nltk 3.10); any other nltk: no batch.
_NLTK_SOURCES: tuple[str, ...] = (
    "([«“‘„]|[`]+)", r'^\"', "(``)", r"([ \(\[{<])(\"|\'{2})",
    r"(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)",
    r'([^\.])(\.)([\]\)}>"\'' "»”’ " r']*+)\s*$', r"([:,])([^\d])", r"([:,])$", r"\.{2,}",
    r"[;@#$%&]", r"[\u2012-\u2015]", r'([^\.])(\.)([\]\)}>"\']*)\s*$', r"[?!]", r"([^'])' ",
    r"[*]", r"[\]\[\(\)\{\}\<\>]", r"--",
    "([»”’])", "''", '"', r"\s+", r"([^' ])('[sS]|'[mM]|'[dD]|') ",
    r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ",
    r"(?i)\b(can)(?#X)(not)\b", r"(?i)\b(d)(?#X)('ye)\b", r"(?i)\b(gim)(?#X)(me)\b",
    r"(?i)\b(gon)(?#X)(na)\b", r"(?i)\b(got)(?#X)(ta)\b", r"(?i)\b(lem)(?#X)(me)\b",
    r"(?i)\b(more)(?#X)('n)\b", r"(?i)\b(wan)(?#X)(na)(?=\s)",
    r"(?i) ('t)(?#X)(is)\b", r"(?i) ('t)(?#X)(was)\b",
)
_QUOTE_RE = re.compile(r"``|'{2}|\"")


def _engine(p):
    """The compiled pattern inside nltk's time-limit wrapper (or the pattern itself)."""
    return getattr(p, "_rx", p)


def _recompile(rx, pattern: str):
    """``pattern`` compiled by the engine and with the flags of the compiled pattern ``rx``."""
    if isinstance(rx, re.Pattern):
        return re.compile(pattern, rx.flags)
    import regex  # nltk's engine since 3.10 (nltk.redos)

    return regex.compile(pattern, rx.flags)


@lru_cache(maxsize=1)
def _batch_steps() -> tuple[tuple, tuple, tuple] | None:
    """(before padding, after padding, contractions) as (pattern, replacement) pairs, or None
    when nltk's tokenizer is not the one the batch was checked against. A changed pattern is
    compiled with the engine nltk compiled the original with (`regex` since nltk 3.10)."""
    tok = _word_tokenizer()
    try:
        first = [*tok.STARTING_QUOTES, *tok.PUNCTUATION, tok.PARENS_BRACKETS, tok.DOUBLE_DASHES]
        ending = list(tok.ENDING_QUOTES)
        contractions = [*tok.CONTRACTIONS2, *tok.CONTRACTIONS3]
        sources = tuple(_engine(p).pattern for p, _ in [*first, *ending]) + tuple(
            p.pattern for p in contractions)
    except (AttributeError, TypeError, ValueError):
        return None
    if sources != _NLTK_SOURCES or type(tok).tokenize is not NLTKWordTokenizer.tokenize:
        return None
    if not all(isinstance(p, re.Pattern) for p in contractions):
        return None  # `_CONTRACTION_HINT` matches like them only in the same engine (`re`)

    def batch(p, r):
        rx = _engine(p)
        if rx.pattern in _BATCH_PATTERNS:
            rx = _recompile(rx, _BATCH_PATTERNS[rx.pattern])
        elif rx.pattern in _FASTER_PATTERNS:
            faster, r = _FASTER_PATTERNS[rx.pattern]
            rx = _recompile(rx, faster)
        return rx, r

    return (tuple(batch(p, r) for p, r in first), tuple(batch(p, r) for p, r in ending),
            tuple(contractions))


def _batch_token_strings(texts: Sequence[str]) -> list[list[str]] | None:
    """``NLTKWordTokenizer().tokenize(t)`` for each text (which must not contain ``_SEP``)."""
    steps = _batch_steps()
    if steps is None:
        return None
    first, ending, contractions = steps
    text = _SEP + _SEP.join(texts) + _SEP
    for rx, r in first:
        text = rx.sub(r, text)
    # nltk pads the sentence with a space on each side.
    text = text.replace(_SEP, f" {_SEP} ")
    for rx, r in ending:
        text = rx.sub(r, text)
    # Contractions: only in the padded sentences (between separators) where one may match; no
    # pattern reaches past the spaces around a separator, so each sentence is rewritten alone.
    hits = [m.start() for m in _CONTRACTION_HINT.finditer(text)]
    if hits:
        chunks = text.split(_SEP)
        seps = [m.start() for m in re.finditer(_SEP, text)] if len(hits) > 1 else []
        for k in sorted({bisect(seps, h) if seps else text.count(_SEP, 0, h) for h in hits}):
            chunk = chunks[k]
            for rx in contractions:
                chunk = rx.sub(r" \1 \2 ", chunk)
            chunks[k] = chunk
        text = _SEP.join(chunks)
    out: list[list[str]] = []
    current: list[str] = []
    for t in text.split():
        if t == _SEP:
            out.append(current)
            current = []
        else:
            current.append(t)
    # The split gives one list before the first separator (empty) and one per text.
    return out[1:]


def _align(raw: list[str], text: str) -> list[tuple[int, int, str]] | None:
    """``span_tokenize``'s last steps: restore double quotes, find each token in ``text``."""
    if '"' in text or "''" in text:
        matched = iter(_QUOTE_RE.findall(text))
        try:
            raw = [next(matched) if t in ('"', "``", "''") else t for t in raw]
        except StopIteration:
            return None
    point = 0
    found: list[tuple[int, int, str]] = []
    index = text.index
    for t in raw:
        try:
            start = index(t, point)
        except ValueError:
            return None
        point = start + len(t)
        found.append((start, point, ""))
    return found


def _many_sentence_tokens(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """`_sentence_tokens` of each text, tokenizing them together where that is exact."""
    blanked = [_blank_dashes(t) for t in texts]
    ok = [i for i, b in enumerate(blanked) if b and _SEP not in b and not b.endswith("\n")]
    raw = _batch_token_strings([blanked[i] for i in ok]) if ok else None
    out: list[list[tuple[int, int, str]] | None] = [None] * len(texts)
    if raw is not None:
        for i, toks in zip(ok, raw, strict=True):
            found = _align(toks, blanked[i])
            if found is not None:
                out[i] = _finish(texts[i], found)
    return [o if o is not None else _sentence_tokens(t) for o, t in zip(out, texts, strict=True)]


def words(
    obj: Text,
    *,
    parts: Sequence[str] = _DEFAULT_PARTS,
    sentence_spans: Sequence[Span] | None = None,
) -> list[Span]:
    """Tokenize each sentence with nltk's Treebank-style tokenizer; ``kind`` marks punctuation.

    - Hyphenated compounds stay one token (``gangster-like``, ``inter-Korean``, ``U.S.-led``).
    - Dashes between words (en and em dash, ``--``) are split off as punctuation:
      ``U.S.–North`` gives ``U.S.``, ``–``, ``North``.
    - Contractions and possessives split in Treebank style whatever the apostrophe:
      ``Korea’s`` gives ``Korea`` + ``’s`` and ``don’t`` gives ``do`` + ``n’t``, exactly as with
      ``'``; quotes, brackets and other symbols are ``punct``.
    - An abbreviation ending the sentence keeps its period (``in the U.S.`` gives ``U.S.``).
    - ``kind`` is ``word``, ``number`` or ``punct``.

    Pass ``sentence_spans`` to reuse sentences you already have. An Article's tokens are
    computed once per ``parts`` and remembered while the Article lives (see `_memo`), also when
    ``sentence_spans`` are the very spans `sentences` returned for it; each call returns a new
    list.
    """
    if isinstance(obj, Article):
        if sentence_spans is None:
            entry = _memo(obj, parts)
        else:
            entry = _memo_for_sentences(obj, sentence_spans)
        if entry is not None:
            return list(_memo_words(obj, entry))
    sents = sentence_spans if sentence_spans is not None else sentences(obj, parts=parts)
    return _words(obj, sents)


def _words(obj: Text, sents: Sequence[Span]) -> list[Span]:
    source = obj.text if isinstance(obj, Article) else obj
    out: list[Span] = []
    append = out.append
    texts = [view(s.text) for s in sents]  # controls blanked, same length (analysis.normalize)
    for sent, toks in zip(sents, _many_sentence_tokens(texts), strict=True):
        base, part, para, num = sent.start, sent.part, sent.paragraph, sent.sentence
        for s, e, kind in toks:
            append(Span(base + s, base + e, source[base + s:base + e], part, para, num, kind))
    return out


# --- one segmentation per article -------------------------------------------------------------
#
# The design rule: measurements never re-tokenize text already tokenized. Readability, hedging,
# stance and the profile each call `sentences` and `words` on the same Article (with parts
# ("body",) or ("title", "subtitle", "body")), so each part of an Article is segmented once and
# remembered while the Article lives; a request for several parts merges the parts' spans in
# reading order and renumbers their sentences, which is exactly what segmenting them together
# gives (each paragraph or headline line is segmented on its own, sentences numbered in order).

_PART_NAMES = frozenset({"title", "subtitle", "caption", "credit", "body"})


class _Entry:
    """An article's sentences and tokens for one set of parts (None: not computed yet)."""

    __slots__ = ("sentences", "words")

    def __init__(self) -> None:
        self.sentences: tuple[Span, ...] | None = None
        self.words: tuple[Span, ...] | None = None


# Article -> {frozenset of parts: _Entry}. Weak keys: an Article's entries go when it is
# garbage-collected, so streaming many articles keeps only the live ones. Articles are frozen
# dataclasses, hashed and compared by value.
_MEMO: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _memo(obj: Text, parts: Sequence[str]) -> _Entry | None:
    """The filled-in-on-demand entry of an Article for ``parts`` (None: not remembered, for a
    plain string, unknown part names, which raise on the plain path, or an unhashable Article)."""
    if not isinstance(obj, Article) or isinstance(parts, str):
        return None
    key = frozenset(parts)
    if not key or not key <= _PART_NAMES:
        return None
    try:
        per = _MEMO.get(obj)
        if per is None:
            per = _MEMO[obj] = {}
    except TypeError:  # an unhashable field
        return None
    entry = per.get(key)
    if entry is None:
        entry = per[key] = _Entry()
    if entry.sentences is None:
        entry.sentences = _merge(obj, key, per, "sentences")
    return entry


def _memo_words(obj: Article, entry: _Entry) -> tuple[Span, ...]:
    if entry.words is None:
        per = _MEMO[obj]
        key = next(k for k, v in per.items() if v is entry)
        entry.words = _merge(obj, key, per, "words")
    return entry.words


def _merge(obj: Article, key: frozenset[str], per: dict, what: str) -> tuple[Span, ...]:
    """Sentences or words of the parts in ``key``: computed for a single part, else merged from
    the single parts' entries in reading order with the sentences renumbered."""
    if len(key) == 1:
        if what == "sentences":
            return tuple(_sentences(obj, tuple(key)))
        return tuple(_words(obj, per[key].sentences))
    bases = [_memo(obj, (name,)) for name in sorted(key)]
    fast = _merge_in_order(obj, bases, what)
    if fast is not None:
        return fast
    base_sents = sorted((s for b in bases for s in b.sentences), key=lambda s: s.start)
    number = {(s.part, s.sentence): k for k, s in enumerate(base_sents)}
    if what == "words":
        spans = sorted((t for b in bases for t in _memo_words(obj, b)), key=lambda t: t.start)
    else:
        spans = base_sents
    out = []
    for x in spans:
        k = number[(x.part, x.sentence)]
        out.append(x if x.sentence == k else
                   Span(x.start, x.end, x.text, x.part, x.paragraph, k, x.kind))
    return tuple(out)


def _merge_in_order(obj: Article, bases: list[_Entry], what: str) -> tuple[Span, ...] | None:
    """`_merge` without sorting or a renumbering table, when that gives the same result: each
    part's sentences are numbered 0, 1, ... in text order and the parts follow one another
    without interleaving, so the merge is the parts one after the other, each part's sentence
    numbers shifted by the number of sentences before it (spans of a part with no shift are kept
    as they are, as `_merge` keeps a span whose number does not change). None when those
    conditions do not hold; `_merge` then sorts."""
    ordered = sorted((b for b in bases if b.sentences), key=lambda b: b.sentences[0].start)
    last_start, last_end = -1, -1
    for b in ordered:
        ss = b.sentences
        if ss[0].start <= last_start or ss[0].start < last_end:
            return None
        prev = -1
        for k, x in enumerate(ss):
            if x.sentence != k or x.start <= prev or x.part != ss[0].part:
                return None
            prev = x.start
        last_start, last_end = ss[-1].start, ss[-1].end
    if len({b.sentences[0].part for b in ordered}) != len(ordered):
        return None
    out: list[Span] = []
    shift = 0
    last_start = -1
    for b in ordered:
        spans = b.sentences if what == "sentences" else _memo_words(obj, b)
        if spans:
            if spans[0].start <= last_start:
                return None
            prev = spans[0].start
            for x in spans:  # text order within the part: the (stable) sort keeps it
                if x.start < prev:
                    return None
                prev = x.start
            last_start = prev
        if shift:
            out.extend([Span(x.start, x.end, x.text, x.part, x.paragraph, x.sentence + shift,
                             x.kind) for x in spans])
        else:
            out.extend(spans)
        shift += len(b.sentences)
    return tuple(out)


def _memo_for_sentences(obj: Article, sents: Sequence[Span]) -> _Entry | None:
    """The entry whose sentences are exactly the spans ``sents`` (the same objects), if any."""
    try:
        per = _MEMO.get(obj)
    except TypeError:
        return None
    for entry in (per or {}).values():
        have = entry.sentences
        if (have is not None and len(have) == len(sents)
                and all(a is b for a, b in zip(have, sents, strict=True))):
            return entry
    return None


def lexical_words(tokens: Sequence[Span], source: str) -> list[Span]:
    """Words as readability formulas count them: punctuation dropped, split pieces re-joined.

    The rule: a word is a maximal run of non-punctuation tokens written together, with no space
    or punctuation between them. So a contraction or possessive is one word (``don’t``,
    ``Korea’s``; Treebank splits them), as are ``cannot`` and ``gonna``; a hyphenated compound
    is one word (``one-track``; never split); numbers count as words; a dash between words
    separates them (``U.S.–North`` is two words). ``source`` is the text the tokens index into.

    References
    ----------
    Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3),
    221-233 (contractions and hyphenated words count as one word).
    """
    out: list[Span] = []
    for tok in tokens:
        if tok.kind == "punct":
            continue
        prev = out[-1] if out else None
        if prev is not None and tok.start == prev.end and tok.sentence == prev.sentence:
            kind = "number" if prev.kind == tok.kind == "number" else "word"
            out[-1] = Span(prev.start, tok.end, source[prev.start:tok.end], part=prev.part,
                           paragraph=prev.paragraph, sentence=prev.sentence, kind=kind)
            continue
        out.append(tok)
    return out
