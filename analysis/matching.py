"""One lexicon matcher for every marker family (hedges, boosters, stance): patterns as data.

A lexicon is a CSV file in ``analysis/lexicons/`` with one row per entry and at least the
columns ``pattern, kind, category, source, rule, note`` (extra columns such as ``polarity`` or
``attitude`` are carried through to every match).

Pattern syntax
--------------
``pattern`` is a space-separated sequence of token positions, in lower case, written the way
nltk's Treebank tokenizer splits text (``n't``, ``'s`` and ``'re`` are tokens of their own;
hyphenated compounds such as ``gangster-like`` are one token). Each position is one of:

- a word, or alternatives for that one position separated by ``|``:
  ``appear|appears|appeared|appearing``;
- ``*``: any one word or number token;
- ``<NUM>``: a number token (``2018``, ``3.5``, ``40%``) or a number word (``one`` ...
  ``twenty``, ``thirty`` ... ``hundred``, ``thousand``, ``million``, ``billion``, ``dozen``).

Alternatives never span positions (write ``it now appears`` and ``it appears`` as two rows).

Matching
--------
`match` runs over the word and number tokens of each sentence (punctuation is skipped, but a
multiword pattern never matches across a punctuation token or a sentence boundary). It goes left
to right; at each position every entry of every lexicon passed is tried, the longest match
wins (ties: the lexicon passed first, then the row that comes first), and the matched tokens
are consumed, so no token is counted twice. When an entry names context rules (``rule``
column, several joined by ``+``), each rule runs in order on a `RuleContext`; a rule returns
``None`` to reject the match (the next-longest candidate is then tried) or a dict of fields to
set on the match (``kind``, ``category``, ``voice``, ``label``, any extra column, and
``extend_left``/``extend_right``: a number of word tokens to add to the span, used e.g. to
include the negator in "not clearly"). Matches inside quotation marks get ``voice="quoted"``
(unless a rule set the voice); others ``"author"``.

Rules are plain Python functions registered by name with `register_rule`; the built-in ones
(month "May", quantities after "about", epistemic "appear", negated boosters, attributed
uncertainty) live in :mod:`analysis.rules` because several lexicons use them. A module with
rules of its own (``analysis/stance.py``) registers them with the same decorator before loading
its lexicons.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

import pandas as pd

# Lexicons and the rule machinery live in their own modules; their names are re-exported here
# (``from analysis.matching import load_lexicon, RuleContext, register_rule`` keeps working).
from .lexicon import (
    _APOS,
    _CORE_FIELDS,
    NUMBER_WORDS,
    REQUIRED_COLUMNS,
    Lexicon,
    LexiconEntry,
    LexiconError,
    load_lexicon,
)
from .normalize import word_form
from .rule_context import (
    RULES,
    Rule,
    RuleContext,
    RuleFn,
    SentenceIndex,
    _LazyTags,
    _make_context,
    register_rule,
)
from .spans import Span
from .tokens import NUMBER, PUNCT, SpanView, TokenTable
from .word_columns import word_columns

__all__ = [
    "NUMBER_WORDS",
    "REQUIRED_COLUMNS",
    "RULES",
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "Match",
    "Rule",
    "RuleContext",
    "RuleFn",
    "SentenceIndex",
    "concordance",
    "load_lexicon",
    "match",
    "matches_frame",
    "norm_form",
    "register_rule",
]

# --------------------------------------------------------------------------------------------
# Matching


@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon match: a span of the source and the fields of the entry (after its rules)."""

    start: int
    end: int
    text: str
    kind: str
    category: str
    source: str
    rule: str
    sentence: int | None
    pattern: str
    lexicon: str
    voice: str = "author"
    label: str = ""
    part: str = "body"
    paragraph: int | None = None
    token_start: int = 0
    token_end: int = 0
    extra: tuple[tuple[str, str], ...] = field(default=())

    def get(self, key: str, default: str = "") -> str:
        """An extra column's value (e.g. ``polarity``)."""
        return dict(self.extra).get(key, default)


class _NormForms(dict):
    """Word form -> `norm_form`, filled on first sight (``__missing__``) and shared by every
    `match` call and the attribution finder: read with ``map(_NORM_OF, forms)``, a hit costs
    no Python call (a dict per `match` call missed 595k times on the 840 PolNeAR texts).
    Bounded: cleared past `LIMIT` forms (a year of news has a few hundred thousand distinct
    forms; each entry is two short strings)."""

    LIMIT = 200_000

    def __missing__(self, text: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        n = self[text] = word_form(text).lower().translate(_APOS)
        return n


_NORM_FORMS = _NormForms()
_NORM_OF = _NORM_FORMS.__getitem__


def norm_form(text: str) -> str:
    """A word form as lexicons are matched: invisible characters removed and composed
    (`analysis.normalize.word_form`), lower-cased, curly and modifier apostrophes straight.
    Remembered per distinct form (`_NormForms`)."""
    return _NORM_OF(text)


def _position_ok(pos: frozenset[str], is_number: bool, norm: str) -> bool:
    if "*" in pos:
        return True
    if "<NUM>" in pos and (is_number or norm in NUMBER_WORDS):
        return True
    return norm in pos


def _group_sentences(tokens: Sequence[Span]) -> list[range]:
    """Index ranges of ``tokens`` grouped by sentence (consecutive tokens with the same
    sentence, part and paragraph)."""
    table = tokens if isinstance(tokens, TokenTable) else TokenTable.from_spans(tokens)
    return table.groups()


def _local_ends(ends: Sequence[int], start: int, stop: int) -> list[int]:
    """The sorted sentence ends a quotation pairing of ``[start, stop)`` can read, relative to
    ``start``: those inside, plus the first one after (an unclosed quotation stops at the first
    end after its mark, `analysis.quotes.pair_quotes`). Same answers as every end after
    ``start``, without a pass over all of them per paragraph."""
    i = bisect_right(ends, start)
    j = bisect_right(ends, stop)
    return [e - start for e in ends[i:j + 1]]


class _QuoteState:
    """Which positions of one stretch of text (a paragraph) sit inside a quotation.

    The stretches come from `analysis.quotes.pair_quotes`, the one pairing rule (curly marks by
    direction, straight ones by the side they stand on, unit marks after digits skipped, an
    unclosed quotation ending with its sentence), found once per paragraph; each query is then
    a bisection, not a rescan of the paragraph.
    """

    __slots__ = ("stop", "_starts", "_ends")

    def __init__(self, source: str, start: int, stop: int, local_ends: tuple[int, ...],
                 continued: bool) -> None:
        """``local_ends``: the sentence ends the pairing reads, relative to ``start``
        (`_local_ends`)."""
        from .quotes import paired

        self.stop = stop
        found = paired(source, start, stop, local_ends, continued)
        found = [(s + start, e + start, a + start, b + start, c) for s, e, a, b, c in found]
        self._starts = [q[2] for q in found]  # inner starts: the marks themselves are outside
        self._ends = [q[3] for q in found]

    def quoted(self, pos: int) -> bool:
        """True if ``pos`` lies inside a quotation's marks."""
        k = bisect_right(self._starts, pos)
        return k > 0 and pos < self._ends[k - 1]


class _PunctOf:
    """The punctuation of one sentence group as ``(start, end, text)``, listed when a rule
    first asks (`SentenceIndex`): most sentences with a rule candidate never do."""

    __slots__ = ("_table", "_group")

    def __init__(self, table: TokenTable, group: range) -> None:
        self._table, self._group = table, group

    def __call__(self) -> list[tuple[int, int, str]]:
        t = self._table
        starts, ends, texts, kinds = t.starts, t.ends, t.texts, t.kinds
        return [(starts[k], ends[k], texts[k]) for k in self._group if kinds[k] == PUNCT]


_new = object.__new__
(_S_START, _S_END, _S_TEXT, _S_KIND, _S_CATEGORY, _S_SOURCE, _S_RULE, _S_SENTENCE, _S_PATTERN,
 _S_LEXICON, _S_VOICE, _S_LABEL, _S_PART, _S_PARAGRAPH, _S_TOKEN_START, _S_TOKEN_END,
 _S_EXTRA) = (getattr(Match, f).__set__ for f in Match.__dataclass_fields__)


def _make_match(start: int, end: int, text: str, kind: str, category: str, source: str,
                rule: str, sentence: int | None, pattern: str, lexicon: str, voice: str,
                label: str, part: str, paragraph: int | None, token_start: int,
                token_end: int, extra: tuple[tuple[str, str], ...]) -> Match:
    """``Match(...)`` (the fields in their order), built faster: the frozen dataclass's
    ``__init__`` sets each of the 17 fields through ``object.__setattr__`` (13 us a match on a
    loaded machine, 82k matches on the 840 PolNeAR texts); the slot setters take half."""
    m = _new(Match)
    _S_START(m, start)
    _S_END(m, end)
    _S_TEXT(m, text)
    _S_KIND(m, kind)
    _S_CATEGORY(m, category)
    _S_SOURCE(m, source)
    _S_RULE(m, rule)
    _S_SENTENCE(m, sentence)
    _S_PATTERN(m, pattern)
    _S_LEXICON(m, lexicon)
    _S_VOICE(m, voice)
    _S_LABEL(m, label)
    _S_PART(m, part)
    _S_PARAGRAPH(m, paragraph)
    _S_TOKEN_START(m, token_start)
    _S_TOKEN_END(m, token_end)
    _S_EXTRA(m, extra)
    return m


def _cand_key(c: tuple[int, int, LexiconEntry]) -> tuple[int, int]:
    """Longest first, then the lexicon order."""
    return c[0], c[1]


#: What may start at one word form (`_FirstWordIndex`): the one-word entries holding the
#: form; the longer ones by their second word's forms, ``(order, entry, length)``; the longer
#: ones whose second position is a wildcard; the wildcard-first entries (tried in full).
Starts = tuple[list[tuple[int, LexiconEntry]], dict[str, list[tuple[int, LexiconEntry, int]]],
               list[tuple[int, LexiconEntry, int]], list[tuple[int, LexiconEntry]]]


class _FirstWordIndex(dict):
    """Normalised form -> what may start there (`Starts`), or ``()`` when nothing can. Filled
    per form on first sight (``__missing__``) and kept with the lexicons, so a corpus of short
    articles does not rebuild the index of thousands of entries for every article.

    The longer entries are split by their second word: at a word the matcher looks up the
    next word's form instead of testing each entry (of 382k multiword entries tried on the 840
    PolNeAR texts, 360k failed on the second word)."""

    __slots__ = ("by_first", "wild")

    #: Forms remembered before the per-form lists are dropped and rebuilt (bounds memory on a
    #: large corpus; a news vocabulary of this size covers almost every token).
    LIMIT = 200_000

    def __init__(self, by_first: dict[str, list[tuple[int, LexiconEntry]]],
                 wild: list[tuple[int, LexiconEntry]]) -> None:
        super().__init__()
        self.by_first = by_first
        self.wild = wild

    def __missing__(self, form: str) -> Starts | tuple[()]:
        if len(self) >= self.LIMIT:
            self.clear()
        got = self.by_first.get(form)
        starts: Starts | tuple[()] = ()
        if got or self.wild:
            singles: list[tuple[int, LexiconEntry]] = []
            by_second: dict[str, list[tuple[int, LexiconEntry, int]]] = {}
            any_second: list[tuple[int, LexiconEntry, int]] = []
            for o, e in got or ():
                n = len(e.positions)
                if n == 1:
                    singles.append((o, e))
                    continue
                second = e.positions[1]
                if "*" in second or "<NUM>" in second:
                    any_second.append((o, e, n))
                else:
                    for w in second:
                        by_second.setdefault(w, []).append((o, e, n))
            starts = (singles, by_second, any_second, self.wild)
        self[form] = starts
        return starts


#: (lexicon ids, registry id, registry size) -> (the lexicons and the registry, kept alive so
#: the ids stay theirs, and the index). A few lexicon sets are in use at once (hedges,
#: stance); 8 is plenty.
_INDEXES: dict[tuple, tuple[tuple[Lexicon, ...], Mapping[str, Rule], _FirstWordIndex]] = {}


def _first_word_index(lexs: tuple[Lexicon, ...],
                      registry: Mapping[str, Rule]) -> _FirstWordIndex:
    """The first-word index of these lexicons (built once per set of lexicon objects), after
    checking that every rule they name is registered."""
    key = (tuple(id(x) for x in lexs), id(registry), len(registry))
    hit = _INDEXES.get(key)
    if (hit is not None and hit[1] is registry
            and all(a is b for a, b in zip(hit[0], lexs, strict=True))):
        return hit[2]
    by_first: dict[str, list[tuple[int, LexiconEntry]]] = {}
    wild: list[tuple[int, LexiconEntry]] = []
    order = 0
    for lex in lexs:
        for e in lex.entries:
            for r in e.rules:
                if r not in registry:
                    raise LexiconError(f"{e.lexicon} line {e.row}: unknown rule {r!r}")
            first = e.positions[0]
            if "*" in first or "<NUM>" in first:
                wild.append((order, e))
            for w in first - {"*", "<NUM>"}:
                by_first.setdefault(w, []).append((order, e))
            order += 1
    index = _FirstWordIndex(by_first, wild)
    if len(_INDEXES) >= 8:
        _INDEXES.clear()
    _INDEXES[key] = (lexs, registry, index)
    return index


def match(
    lexicons: Lexicon | Iterable[Lexicon],
    tokens: Sequence[Span],
    source: str,
    *,
    rules: Mapping[str, Rule] | None = None,
    sentence_spans: Sequence[Span] | None = None,
    paragraph_spans: Sequence[Span] | None = None,
    mark_quotes: bool = True,
    use_tags: bool = True,
) -> list[Match]:
    """Find every lexicon entry in ``tokens``: left to right, longest match first, no overlap.

    ``tokens`` come from `analysis.tokenize.words` on ``source`` (an ``Article.text`` or a
    string). All lexicons passed compete together (ties go to the lexicon passed first).
    ``rules`` defaults to the global registry. ``sentence_spans`` (from ``sentences``) give
    rules the full sentence; without them a sentence runs from its first to its last token.
    ``paragraph_spans`` bound the search for an opening quotation mark (default: the
    sentence). ``use_tags``: let rules read part-of-speech tags (`RuleContext.tags`) when
    `analysis.tagging` is installed; False forces their lexical fallback. Returns the matches
    in text order.
    """
    lexs = [lexicons] if isinstance(lexicons, Lexicon) else list(lexicons)
    registry = RULES if rules is None else rules
    cand_lists = _first_word_index(tuple(lexs), registry)
    # The matcher reads token columns (`TokenTable`); `Span`s are made only for the sentences
    # where an entry's rules run (`RuleContext`).
    table = tokens if isinstance(tokens, TokenTable) else TokenTable.from_spans(tokens)
    t_starts, t_ends, t_kinds, t_rows, t_keys = (
        table.starts, table.ends, table.kinds, table.rows, table.keys)
    sent_by_index = {s.sentence: s for s in sentence_spans or () if s.sentence is not None}
    paras = sorted(paragraph_spans or (), key=lambda p: p.start)
    para_of = {p.paragraph: (p, paras[k + 1] if k + 1 < len(paras) else None)
               for k, p in enumerate(paras)}
    quote_states: dict[int, _QuoteState] = {}
    sentence_ends: list[int] = []
    words = word_columns(table)
    groups = words.groups
    w_tok, w_norm, w_gap, bounds = words.tok, words.norm, words.gap, words.bounds
    n_words = len(w_norm)

    from .quotes import _continues  # imported once per call, not once per match

    def _quote_state(sent: Span) -> _QuoteState:
        """The quotations of the sentence's paragraph (of the sentence alone without them)."""
        if not sentence_ends:
            sentence_ends.extend(sorted(
                [s.end for s in sentence_spans] if sentence_spans is not None
                else [t_ends[g[-1]] for g in groups]))
        para, nxt = para_of.get(sent.paragraph, (None, None))
        lo, hi = (para.start, para.end) if para is not None else (sent.start, sent.end)
        state = quote_states.get(lo)
        if state is None:
            continued = para is not None and _continues(source, nxt)
            state = quote_states[lo] = _QuoteState(
                source, lo, hi, tuple(_local_ends(sentence_ends, lo, hi)), continued)
        return state
    out: list[Match] = []
    # The entries that may start at each word come from the lexicons' first-word index
    # (`_first_word_index`); only the words where some entry starts are visited.
    w_cands = list(map(cand_lists.__getitem__, w_norm))
    starts_at = list(compress(range(n_words), w_cands))
    n_starts = len(starts_at)

    tagger = _LazyTags(table, groups, words) if use_tags else None
    p = 0
    while p < n_starts:
        g_index = bisect_right(bounds, starts_at[p]) - 1  # the group of the next start
        group = groups[g_index]
        ws = bounds[g_index]
        we = bounds[g_index + 1] if g_index + 1 < len(groups) else n_words
        widx = w_tok[ws:we]
        norm = tuple(w_norm[ws:we])
        n_w = we - ws
        g0 = group.start
        part0, para0, sent0 = t_keys[t_rows[g0]]
        sent = sent_by_index.get(sent0)
        if sent is None:
            a0, b0 = t_starts[g0], t_ends[group.stop - 1]
            sent = Span(a0, b0, source[a0:b0], part=part0, paragraph=para0, sentence=sent0)
        # Every claimed word lies before ``i``, the last claimed one at ``claimed_to - 1``
        # (matches are taken left to right and ``i`` moves to each one's end).
        claimed_to = 0
        toks_t: SpanView | None = None  # the sentence's tokens and words, for rules
        wsp: SpanView | None = None
        index: SentenceIndex | None = None  # built on the first candidate with rules
        i = 0
        while p < n_starts and starts_at[p] < we:
            x = starts_at[p] - ws
            p += 1
            if x < i:
                continue  # inside the last match
            i = x
            singles, by_second, any_second, wild = w_cands[ws + i]
            # one-word entries holding the form (their one position is met)
            cands = [(-1, o, e) for o, e in singles]
            if i + 1 < n_w:
                # longer entries: the first two positions met, or the second a wildcard
                for more, m0 in ((by_second.get(norm[i + 1]), 2), (any_second, 1)):
                    if not more:
                        continue
                    for o, e, n in more:
                        if i + n > n_w or widx[i + n - 1] - widx[i] != n - 1:
                            continue  # past the sentence, or punctuation between the words
                        positions = e.positions
                        if n == m0 or all(
                                _position_ok(positions[m], t_kinds[widx[i + m]] == NUMBER,
                                             norm[i + m]) for m in range(m0, n)):
                            cands.append((-n, o, e))
            for o, e in wild:
                positions = e.positions
                n = len(positions)
                if i + n > n_w or widx[i + n - 1] - widx[i] != n - 1:
                    continue
                if all(_position_ok(positions[m], t_kinds[widx[i + m]] == NUMBER, norm[i + m])
                       for m in range(n)):
                    cands.append((-n, o, e))
            if len(cands) > 1:
                cands.sort(key=_cand_key)
            for neg_n, _, e in cands:
                j = i - neg_n
                fields: dict[str, Any] = {}
                ok = True
                # one context per candidate: every field is the same for each of its rules
                if e.rules:
                    if toks_t is None:
                        # Spans made as rules read them; the index from the columns
                        made: dict[int, Span] = {}
                        toks_t = SpanView(table, group, made)
                        wsp = SpanView(table, widx, made)
                        index = SentenceIndex(toks_t, norm, b"\0" + w_gap[ws:we - 1],
                                              punct_tokens=_PunctOf(table, group))
                    ctx = _make_context(wsp, norm, i, j, toks_t, sent, source, e, index,
                                        tagger, g_index)
                    for r in e.rules:
                        res = registry[r].fn(ctx)
                        if res is None:
                            ok = False
                            break
                        fields.update(res)
                    if not ok:
                        continue
                a, b = i, j
                left = int(fields.pop("extend_left", 0) or 0)
                right = int(fields.pop("extend_right", 0) or 0)
                if left and a - left >= 0 and claimed_to <= a - left:
                    a -= left
                if right and b + right <= n_w:
                    b += right
                claimed_to = b
                ka = widx[a]
                start, end = t_starts[ka], t_ends[widx[b - 1]]
                # the entry's own extras (one tuple shared by its matches) unless a rule adds
                # fields: a new tuple per match held 3 MiB of the profile's memory peak
                extra_t = e.extra
                added = [key for key in fields if key not in _CORE_FIELDS]
                if added:
                    extra = dict(e.extra)
                    for key in added:
                        extra[key] = str(fields.pop(key))
                    extra_t = tuple(extra.items())
                voice = fields.get("voice", "")
                if not voice:
                    voice = ("quoted" if mark_quotes and _quote_state(sent).quoted(start)
                             else "author")
                part_a, para_a, _ = t_keys[t_rows[ka]]
                out.append(_make_match(
                    start, end, source[start:end], str(fields.get("kind", e.kind)),
                    str(fields.get("category", e.category)), e.source, "+".join(e.rules),
                    sent.sentence, e.pattern, e.lexicon, voice, str(fields.get("label", "")),
                    part_a, para_a, ka, widx[b - 1] + 1, extra_t))
                i = b
                break
            else:
                i += 1
    out.sort(key=lambda m: (m.start, m.end))
    return out


MATCH_COLUMNS: tuple[str, ...] = (
    "start", "end", "text", "kind", "category", "source", "rule", "sentence", "voice", "label",
    "part", "paragraph", "pattern", "lexicon", "token_start", "token_end",
)


def matches_frame(matches: Sequence[Match]) -> pd.DataFrame:
    """Matches as a DataFrame: one row per match, the `MATCH_COLUMNS` then the extra columns.

    Offsets are into the source the tokens came from (``Article.text``).
    """
    extra_cols: list[str] = []
    for m in matches:
        for k, _ in m.extra:
            if k not in extra_cols:
                extra_cols.append(k)
    rows = []
    for m in matches:
        row = {c: getattr(m, c) for c in MATCH_COLUMNS}
        ex = dict(m.extra)
        row.update({c: ex.get(c, "") for c in extra_cols})
        rows.append(row)
    df = pd.DataFrame(rows, columns=[*MATCH_COLUMNS, *extra_cols])
    for col in ("start", "end", "token_start", "token_end"):
        df[col] = df[col].astype("int64")
    df["sentence"] = df["sentence"].astype("Int64")
    df["paragraph"] = df["paragraph"].astype("Int64")
    return df


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def concordance(
    matches: Sequence[Match] | pd.DataFrame,
    source: str,
    *,
    width: int = 40,
) -> pd.DataFrame:
    """A keyword-in-context table: ``left``, ``match``, ``right`` (``width`` characters each).

    Context is taken from ``source`` and stops at a blank line (a paragraph or part boundary);
    line breaks are shown as spaces. ``left`` is right-aligned
    so the matches line up when printed. Also keeps start, end, kind, category, voice, sentence.
    """
    if width < 0:
        raise ValueError("width must be >= 0")
    df = matches if isinstance(matches, pd.DataFrame) else matches_frame(matches)
    rows = []
    for r in df.itertuples(index=False):
        s, e = int(r.start), int(r.end)
        left = _BLANK_LINE.split(source[max(0, s - width):s])[-1]
        right = _BLANK_LINE.split(source[e:e + width])[0]
        left, right = (re.sub(r"\s", " ", x) for x in (left, right))
        rows.append({
            "left": left.rjust(width), "match": source[s:e], "right": right.ljust(width),
            "kind": getattr(r, "kind", ""), "category": getattr(r, "category", ""),
            "voice": getattr(r, "voice", ""), "sentence": getattr(r, "sentence", None),
            "start": s, "end": e,
        })
    return pd.DataFrame(rows, columns=["left", "match", "right", "kind", "category", "voice",
                                       "sentence", "start", "end"])


# The built-in context rules live in the rules package; importing it registers them.
from . import rules as _rules  # noqa: E402,F401
from .rules import NEGATION_SKIP_WORDS  # noqa: E402,F401
