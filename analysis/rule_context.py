"""What context rules see and how they are registered: `RuleContext`, `SentenceIndex`,
`register_rule` and the `RULES` registry (re-exported by `analysis.matching`).

A rule is a plain function taking a `RuleContext` (the sentence's words, their normalised
forms, where the candidate match is, the sentence's shared lookups and its part-of-speech tags
on demand) and returning ``None`` to reject the match or a dict of fields to set.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING, Any

from .spans import Span

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .lexicon import LexiconEntry
    from .word_columns import WordColumns

__all__ = ["RULES", "Rule", "RuleContext", "RuleFn", "SentenceIndex", "register_rule"]



class SentenceIndex:
    """Per-sentence lookups computed once and shared by every rule context of the sentence.

    A rule that asks "is there punctuation between these two words?" or "where is the nearest
    reporting verb before the match?" would otherwise scan the whole sentence on each call,
    which makes one long sentence quadratic (a 40,000-word run-on sentence took a minute).
    Here punctuation is found by bisection and each "nearest word before" question is answered
    from a prefix array built once per sentence and question, so a sentence costs linear time.
    """

    __slots__ = ("_punct", "_punct_starts", "_punct_min_end", "_norm", "_breaks",
                 "_clause_start", "_last", "_memo", "_question_mark")

    def __init__(self, tokens: Sequence[Span], norm: Sequence[str],
                 break_before: Sequence[bool | int], *,
                 punct_tokens: Sequence[tuple[int, int, str]]
                 | Callable[[], Sequence[tuple[int, int, str]]] | None = None) -> None:
        """``punct_tokens``: the sentence's punctuation as ``(start, end, text)``, or a
        function listing it, when the caller has them without making the `Span`s
        (`analysis.matching.match` reads columns); by default they are read from ``tokens``.

        Each lookup is prepared when first asked: a quarter of the sentences with a rule
        candidate ask for punctuation, fewer for clause starts (the eager version took 7% of
        `match` under line_profiler on the 840 PolNeAR texts)."""
        if punct_tokens is None:
            punct_tokens = [(t.start, t.end, t.text) for t in tokens if t.kind == "punct"]
        self._punct = punct_tokens
        self._question_mark: int | None = None
        self._punct_starts: list[int] | None = None
        self._punct_min_end: list[int] = []
        self._norm = norm
        self._breaks = break_before
        self._clause_start: list[int] | None = None
        self._last: dict[object, list[int]] = {}
        self._memo: dict[object, Any] = {}

    def _punct_list(self) -> Sequence[tuple[int, int, str]]:
        p = self._punct
        if callable(p):
            p = self._punct = p()
        return p

    def _punct_index(self) -> list[int]:
        """The sorted punctuation starts, with the suffix minimum of their ends."""
        punct = sorted((a, b) for a, b, _ in self._punct_list())
        # min_end[k]: the smallest end among punctuation tokens k, k+1, ... (suffix minimum)
        min_end: list[int] = [0] * len(punct)
        best = None
        for k in range(len(punct) - 1, -1, -1):
            e = punct[k][1]
            best = e if best is None or e < best else best
            min_end[k] = best
        self._punct_min_end = min_end
        self._punct_starts = starts = [s for s, _ in punct]
        return starts

    def memo(self, key: object, compute: Callable[[], Any]) -> Any:
        """A value computed once per sentence under ``key`` (e.g. the positions of every
        condition word, which needs tags and so cannot be a `last_index` test)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def last_question_mark(self) -> int:
        """The start of the sentence's last punctuation token holding a "?", or -1."""
        q = self._question_mark
        if q is None:
            q = self._question_mark = max((a for a, _, t in self._punct_list() if "?" in t),
                                          default=-1)
        return q

    def punct_between(self, end: int, start: int) -> bool:
        """True if a punctuation token lies within ``[end, start]`` (character offsets)."""
        starts = self._punct_starts
        if starts is None:
            starts = self._punct_index()
        k = bisect_left(starts, end)
        return k < len(starts) and self._punct_min_end[k] <= start

    def clause_start(self, x: int) -> int:
        """The first word of the stretch (no punctuation inside) that holds word ``x``."""
        cs = self._clause_start
        if cs is None:
            cs = self._clause_start = []
            for y, brk in enumerate(self._breaks):
                cs.append(y if y == 0 or brk else cs[-1])
        return cs[x]

    def last_index(self, test: object, before: int) -> int:
        """The largest word index < ``before`` passing ``test`` (see `RuleContext`), or -1."""
        arr = self._last.get(test)
        if arr is None:
            norm = self._norm
            if isinstance(test, frozenset):
                hits = [w in test for w in norm]
            else:
                hits = [bool(test(norm, m)) for m in range(len(norm))]  # type: ignore[operator]
            arr = [-1] * (len(norm) + 1)
            last = -1
            for m, hit in enumerate(hits):
                arr[m] = last
                if hit:
                    last = m
            arr[len(norm)] = last
            self._last[test] = arr
        if before <= 0:
            return -1
        return arr[min(before, len(arr) - 1)]


@dataclass(frozen=True)
class RuleContext:
    """What a context rule sees: the sentence's word tokens and where the candidate match is.

    ``words`` are the word/number tokens of the sentence (punctuation removed), ``norm`` their
    lower-case forms (straight apostrophes); the candidate covers ``words[i:j]``. ``tokens``
    is the full token list of the sentence including punctuation (tuples, or from `match`
    `analysis.tokens.SpanView`s, which make each `Span` on first read); ``sentence`` the
    sentence span and ``source`` the text all offsets point into. ``index`` holds the sentence's
    precomputed lookups (`SentenceIndex`, built once per sentence by `match`; built here when
    a context is made by hand): rules should use `punct_between`, `clause_start` and
    `last_index` rather than walk the whole sentence, so long sentences stay linear.
    """

    words: Sequence[Span]
    norm: tuple[str, ...]
    i: int
    j: int
    tokens: Sequence[Span]
    sentence: Span
    source: str
    entry: LexiconEntry
    index: SentenceIndex | None = field(default=None, compare=False, repr=False)
    tagger: _LazyTags | None = field(default=None, compare=False, repr=False)
    group: int = -1

    def __post_init__(self) -> None:
        if self.index is None:
            pos = {t.start: k for k, t in enumerate(self.tokens)}
            brk = [False] + [pos.get(b.start, 0) - pos.get(a.start, 0) > 1
                             for a, b in zip(self.words, self.words[1:], strict=False)]
            object.__setattr__(self, "index", SentenceIndex(self.tokens, self.norm, brk))

    def tags(self) -> tuple[str, ...] | None:
        """Penn Treebank tags of ``words`` (one per word), or None without a tagger.

        Computed once per `match` call for every sentence (`analysis.tagging.tag_sentences`),
        on the first rule that asks; rules fall back to lexical context when it is None.
        """
        return None if self.tagger is None else self.tagger.of(self.group)

    def tag(self, k: int) -> str | None:
        """The Penn Treebank tag of ``words[k]`` (None without a tagger or out of range)."""
        t = self.tags()
        return t[k] if t is not None and 0 <= k < len(t) else None

    @property
    def text(self) -> str:
        """The candidate's text as it stands in the source."""
        return self.source[self.words[self.i].start:self.words[self.j - 1].end]

    def before(self, n: int = 1) -> list[str]:
        """The ``n`` normalised words before the match, nearest last."""
        return list(self.norm[max(0, self.i - n):self.i])

    def after(self, n: int = 1) -> list[str]:
        """The ``n`` normalised words after the match, nearest first."""
        return list(self.norm[self.j:self.j + n])

    def word_after(self, k: int = 0) -> Span | None:
        """The k-th word token after the match (0 = the next one), or None."""
        idx = self.j + k
        return self.words[idx] if idx < len(self.words) else None

    def word_before(self, k: int = 0) -> Span | None:
        """The k-th word token before the match (0 = the previous one), or None."""
        idx = self.i - 1 - k
        return self.words[idx] if idx >= 0 else None

    def punct_between(self, a: Span, b: Span) -> bool:
        """True if punctuation stands between two tokens of this sentence (by bisection)."""
        return self.index.punct_between(a.end, b.start)  # type: ignore[union-attr]

    def clause_start(self, x: int | None = None) -> int:
        """Index of the first word after the last punctuation before word ``x`` (default: the
        match's first word), 0 if there is none: where a walk back "to a comma" stops."""
        return self.index.clause_start(self.i if x is None else x)  # type: ignore[union-attr]

    def last_index(self, test: frozenset[str] | Callable[[Sequence[str], int], bool], *,
                   before: int | None = None) -> int:
        """Index of the nearest word before ``before`` (default: the match) that passes
        ``test``, or -1: a set of normalised forms, or a function ``(norm, m) -> bool``
        (module level, so it can key the per-sentence cache). Answered from a prefix array
        built once per sentence and test instead of a backward scan."""
        return self.index.last_index(test, self.i if before is None else before)  # type: ignore[union-attr]

    def memo(self, key: object, compute: Callable[[], Any]) -> Any:
        """A per-sentence value computed once for every rule context of the sentence
        (`SentenceIndex.memo`): positions a rule would otherwise find by scanning the sentence
        on each call."""
        return self.index.memo(key, compute)  # type: ignore[union-attr]


RuleFn = Callable[[RuleContext], "Mapping[str, Any] | None"]

_new = object.__new__
_set = object.__setattr__


def _make_context(words: Sequence[Span], norm: tuple[str, ...], i: int, j: int,
                  tokens: Sequence[Span], sentence: Span, source: str, entry: LexiconEntry,
                  index: SentenceIndex, tagger: _LazyTags | None, group: int) -> RuleContext:
    """``RuleContext(...)`` with its ``index`` given, built faster (`analysis.matching.match`
    makes one per candidate with rules, 43k on the 840 PolNeAR texts): the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__`` (14 us on a loaded
    machine, 7 us this way)."""
    c = _new(RuleContext)
    _set(c, "__dict__", {"words": words, "norm": norm, "i": i, "j": j, "tokens": tokens,
                         "sentence": sentence, "source": source, "entry": entry,
                         "index": index, "tagger": tagger, "group": group})
    return c


class _LazyTags:
    """PTB tags for the word tokens of every sentence group of one `match` call, computed on
    first use with one `analysis.tagging.tag_sentences` call (punctuation tokens are tagged
    with their sentence, then dropped so the tags line up with `RuleContext.words`).

    ``words``: the table's `analysis.word_columns.WordColumns` when the caller has them (the
    groups are then the table's ranges): the tags of the last table are kept there for the
    next call, and each sentence's texts and word tags are sliced and compressed in C."""

    def __init__(self, tokens: Sequence[Span], groups: Sequence[Sequence[int]],
                 words: WordColumns | None = None) -> None:
        from .tokens import TokenTable

        self._tokens = tokens if isinstance(tokens, TokenTable) else TokenTable.from_spans(tokens)
        self._groups = groups
        self._words = words
        self._tags: list[tuple[str, ...]] | None = None

    def of(self, g: int) -> tuple[str, ...] | None:
        if self._tags is None:
            words = self._words
            if words is not None and words.tags is not None:
                self._tags = words.tags
            else:
                self._tags = self._tag()
                if words is not None:
                    words.tags = self._tags
        return self._tags[g] if 0 <= g < len(self._tags) else None

    def _tag(self) -> list[tuple[str, ...]]:
        from .tagging import tag_sentences
        from .tokens import PUNCT

        texts, kinds = self._tokens.texts, self._tokens.kinds
        words = self._words
        if words is not None:
            sents = [tuple(texts[grp.start:grp.stop]) for grp in self._groups]  # type: ignore[attr-defined]
        else:
            sents = [tuple([texts[k] for k in grp]) for grp in self._groups]
        # A sentence is tagged as it would be alone (`tag_sentences`), so the tags of a
        # sentence seen by an earlier call (the hedge and the stance matchers read the
        # same article) are reused; only new sentences are tagged, in one call.
        memo = _PTB_TAGS
        new = [s for s in dict.fromkeys(sents) if s not in memo]
        if new:
            if len(memo) + len(new) > _PTB_TAGS_LIMIT:
                memo.clear()  # then every sentence of this call is new again
                new = list(dict.fromkeys(sents))
            memo.update(zip(new, tag_sentences(new, tagset="ptb"), strict=True))
        tagged = [memo[s] for s in sents]
        if words is not None:
            mask = words.mask
            return [tuple(compress(tags, mask[grp.start:grp.stop]))  # type: ignore[attr-defined]
                    for grp, tags in zip(self._groups, tagged, strict=True)]
        return [tuple(t for k, t in zip(grp, tags, strict=True) if kinds[k] != PUNCT)
                for grp, tags in zip(self._groups, tagged, strict=True)]


#: Sentence (its token texts) -> PTB tags, shared by `match` calls; cleared past the limit
#: (20,000 sentences: two tuples of ~25 references each, about 10 MB; the strings are shared).
_PTB_TAGS: dict[tuple[str, ...], tuple[str, ...]] = {}
_PTB_TAGS_LIMIT = 20_000


@dataclass(frozen=True)
class Rule:
    """A registered context rule: its name, the function and a one-line note for readers."""

    name: str
    fn: RuleFn
    note: str


#: name -> Rule. Extended by `register_rule`.
RULES: dict[str, Rule] = {}


def register_rule(name: str, *, note: str = "") -> Callable[[RuleFn], RuleFn]:
    """Decorator: register a context rule under ``name`` (used in a lexicon's ``rule`` column).

    The function takes a `RuleContext` and returns ``None`` (reject) or a dict of fields to set.
    Registering a different function under a name already taken raises ``ValueError``
    (re-registering the same function, e.g. on module reload, replaces it).
    """

    def deco(fn: RuleFn) -> RuleFn:
        old = RULES.get(name)
        if old is not None and (old.fn.__module__, old.fn.__qualname__) != (
                fn.__module__, fn.__qualname__):
            raise ValueError(f"rule {name!r} is already registered by "
                             f"{old.fn.__module__}.{old.fn.__qualname__}")
        RULES[name] = Rule(name, fn, note or (fn.__doc__ or "").strip().split("\n")[0])
        return fn

    return deco
