"""Stance wording: how the writer takes positions and how other voices are brought in.

Every marker comes from a lexicon file in ``analysis/lexicons/`` and is found by the one matcher
of `analysis.matching` (longest match wins, no word counted twice, context rules by name).
The families (``kind``) and their lexicons:

- ``epistemic``: the hedges and boosters of `analysis.hedging` (the same files, not a copy);
- ``deontic``: obligation and necessity (should, must, need to, it is essential to, "what
  matters now is"), negated forms kept apart (``negated`` column, category ``... (negated)``);
- ``attitude``: evaluative words with a polarity: the VADER lexicon (Hutto and Gilbert 2014,
  shipped in the ``vaderSentiment`` package), entries with a mean rating of at least
  ``VADER_MIN`` in absolute value, plus ``attitude.csv`` (project additions for policy writing
  and exclusions of senses VADER rates but policy prose does not use evaluatively);
- ``attribution``: reporting verbs with the writer's attitude to the report (neutral,
  distancing, endorsing, critical), counted only with a human or institutional subject;
- ``engagement``: counter-expectation, concession and denial moves;
- ``intensity``: amplifiers and downtoners;
- ``self_mention`` and ``reader_engagement``: I/we/our, you, imperatives, questions.

Voice: a marker inside the content of an attribution or inside quotation marks belongs to the
quoted or reported source (its ``voice`` is the source as the text names it, e.g. "Pompeo");
everything else, including the title and subtitle, is the author's.

References
----------
Biber, D. and Finegan, E. (1989). Styles of stance in English. Text 9(1), 93-124.
Biber, D., Johansson, S., Leech, G., Conrad, S. and Finegan, E. (1999). Longman Grammar of
Spoken and Written English. Longman.
Hutto, C. J. and Gilbert, E. (2014). VADER: a parsimonious rule-based model for sentiment
analysis of social media text. ICWSM.
Hyland, K. (2005). Stance and engagement: a model of interaction in academic discourse.
Discourse Studies 7(2), 173-192.
Martin, J. R. and White, P. R. R. (2005). The Language of Evaluation. Palgrave Macmillan.
Quirk, R., Greenbaum, S., Leech, G. and Svartvik, J. (1985). A Comprehensive Grammar of the
English Language. Longman.
Thompson, G. and Ye, Y. (1991). Evaluation in the reporting verbs used in academic papers.
Applied Linguistics 12(4), 365-382.
"""

from __future__ import annotations

import bisect
import importlib.resources
import math
import re
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd

from .actors import ActorsLike, _alias_regex, find_actors, load_actors
from .article import Article
from .matching import (
    NEGATION_SKIP_WORDS,
    Lexicon,
    LexiconEntry,
    RuleContext,
    load_lexicon,
    match,
    register_rule,
)
from .quotes import Quote, quote_spans
from .spans import ContainingIndex, Span, strip_bounds
from .tokenize import lexical_words, segments, sentences, words

__all__ = [
    "KINDS",
    "STANCE_COLUMNS",
    "ATTRIBUTION_COLUMNS",
    "VADER_MIN",
    "StanceSummary",
    "actor_stance",
    "attributions",
    "find_stance",
    "marker_sentences",
    "quotations",
    "reading_layout",
    "stance_lexicons",
    "stance_moves",
    "stance_profile",
    "stance_summary",
    "vader_lexicon",
]

#: Marker families in the order used by tables and figures.
KINDS: tuple[str, ...] = ("epistemic", "deontic", "attitude", "attribution", "engagement",
                          "intensity", "self_mention", "reader_engagement")

#: VADER entries whose mean human rating (scale -4..+4) is below this in absolute value are
#: left out: Hutto and Gilbert's raters put them near neutral ("matters" 0.1, "hard" -0.4).
VADER_MIN: float = 0.5

STANCE_COLUMNS: tuple[str, ...] = (
    "start", "end", "text", "kind", "category", "polarity", "voice", "sentence", "rule",
    "source", "negated", "part", "paragraph", "detail", "lexicon", "pattern",
)
ATTRIBUTION_COLUMNS: tuple[str, ...] = (
    "source", "actor", "verb", "lemma", "attitude", "content", "quoted", "start", "end",
    "source_start", "source_end", "verb_start", "verb_end", "content_start", "content_end",
    "sentence", "paragraph", "part",
)

_DEFAULT_PARTS: tuple[str, ...] = ("title", "subtitle", "body")
_NEGATORS = frozenset({"not", "n't", "never"})

# --------------------------------------------------------------------------------------------
# Lexicons


def vader_lexicon(*, min_abs: float = VADER_MIN) -> Lexicon:
    """The VADER sentiment lexicon as an attitude lexicon (kind ``attitude``, with polarity).

    Read from ``vader_lexicon.txt`` inside the installed ``vaderSentiment`` package (MIT
    licence, offline). Only single words of letters (and inner hyphens) are kept: emoticons,
    slang abbreviations and contractions are dropped, and so are entries with
    ``|mean rating| < min_abs``.

    References: Hutto, C. J. and Gilbert, E. (2014). VADER. ICWSM.
    """
    path = importlib.resources.files("vaderSentiment") / "vader_lexicon.txt"
    entries = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for k, line in enumerate(fh, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            word, value = parts[0], float(parts[1])
            if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) or abs(value) < min_abs:
                continue
            if word in seen:
                continue
            seen.add(word)
            entries.append(LexiconEntry(
                pattern=word, positions=(frozenset([word]),), kind="attitude",
                category="evaluation", source="VADER (Hutto and Gilbert 2014)", rules=(),
                note=f"VADER mean rating {value:+.1f}",
                extra=(("polarity", "positive" if value > 0 else "negative"),
                       ("valence", f"{value:+.1f}")),
                lexicon="vader", row=k))
    return Lexicon("vader", None, tuple(entries), ("polarity", "valence"))


def _epistemic_lexicons() -> list[Lexicon]:
    """The hedging work's lexicons, as `analysis.hedging` loads them (its rules register on
    import)."""
    from .hedging import hedge_lexicons

    return list(hedge_lexicons())


@lru_cache(maxsize=1)
def stance_lexicons() -> tuple[Lexicon, ...]:
    """Every lexicon stance matching uses, in tie-breaking order.

    Reporting verbs come first (they only match with a human subject, so "the talks showed"
    falls through to the booster), then deontic, epistemic, engagement, intensity,
    self-mention, the project attitude file, and VADER last (project rows win ties).
    """
    return (
        load_lexicon("reporting_verbs"),
        load_lexicon("deontic"),
        *_epistemic_lexicons(),
        load_lexicon("engagement"),
        load_lexicon("intensity"),
        load_lexicon("self_mention"),
        load_lexicon("attitude"),
        vader_lexicon(),
    )


# --------------------------------------------------------------------------------------------
# Context rules (registered by name; the lexicon files name them in their ``rule`` column)

_GOAL_NOUNS = frozenset(
    "objective objectives goal goals aim aims priority priorities task tasks purpose focus "
    "test challenge".split())


@register_rule("deontic_negation",
               note="a negator right after the modal (or do not before need to) negates it")
def _deontic_negation(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Mark negated obligation apart and name goal frames.

    ``should not``/``shouldn't``/``should never`` (and the same after must, need to ...):
    the span is extended to the negator, ``negated = "yes"`` and the category gets
    " (negated)". ``do not need to``/``does n't have to`` (negator before the semi-modal):
    extended to the left. A goal noun earlier in the clause with "should/must be"
    ("a key objective for the next stage should be to ...") gives category ``priority``.
    """
    fields: dict[str, Any] = {"negated": "no"}
    own = set(ctx.norm[ctx.i:ctx.j])
    cat = ctx.entry.category
    if own & _NEGATORS:
        fields.update(negated="yes", category=f"{cat} (negated)")
        return fields
    nxt = ctx.word_after()
    if nxt is not None and ctx.after(1)[0] in _NEGATORS and not ctx.punct_between(
            ctx.words[ctx.j - 1], nxt):
        fields.update(negated="yes", category=f"{cat} (negated)", extend_right=1)
        return fields
    prev = ctx.before(2)
    if len(prev) == 2 and prev[1] in _NEGATORS and prev[0] in {"do", "does", "did"}:
        fields.update(negated="yes", category=f"{cat} (negated)", extend_left=2)
        return fields
    if ctx.norm[ctx.i] in {"should", "must"} and ctx.after(1) == ["be"]:
        k = ctx.last_index(_GOAL_NOUNS)  # the nearest goal noun back to a comma
        if k >= 0 and k >= ctx.clause_start():
            fields.update(category="priority", extend_right=1,
                          label=f"goal frame: {ctx.words[k].text!r} ... {ctx.text} be")
    return fields


_BE = frozenset("is was were are be been being 's 're am".split())
_BE_SKIP = frozenset("not n't quite exactly absolutely so also probably certainly surely "
                     "partly largely entirely completely only".split())


@register_rule("predicative_right", note="right is evaluative only after a form of be")
def _predicative_right(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "right" after a form of *be* ("Pompeo was right", "is not entirely right").

    Skips up to two degree/negation words between; rejects "right now/away/here/there".
    """
    if ctx.after(1) and ctx.after(1)[0] in {"now", "away", "here", "there", "after", "before"}:
        return None
    k = ctx.i - 1
    steps = 0
    while k >= 0 and steps < 3:
        w = ctx.norm[k]
        if w in _BE:
            return {}
        if w not in _BE_SKIP:
            return None
        k -= 1
        steps += 1
    return None


_SCOPE_NOUNS = frozenset(
    """focus approach view views interest interests agenda strategy policy definition reading
    track vision mandate goal goals aim aims concern concerns perspective framing
    understanding""".split())


@register_rule("narrow_scope", note="narrow is pejorative only of the scope of an approach")
def _narrow_scope(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "narrow" when the noun it modifies, within the next two words, names an approach
    ("a narrow focus", "too narrow a focus", "narrow national interests"); reject "a narrow
    majority", "a narrow street", "narrowly"."""
    nxt = ctx.after(3)
    return {} if any(w in _SCOPE_NOUNS for w in nxt) else None


@register_rule("not_only_but", note='"not only ... but (also)" adds; "all but" excepts')
def _not_only_but(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "but" in "not only ... but (also)", "but also", and "all/nothing/anything but"."""
    if ctx.after(1) == ["also"]:
        return None
    if ctx.before(1) and ctx.before(1)[0] in {"all", "nothing", "anything", "everything",
                                              "none", "last", "cannot"}:
        return None
    if ctx.last_index(_not_only_at, before=ctx.i - 1) >= 0:
        return None
    return {}


def _not_only_at(norm: Sequence[str], m: int) -> bool:
    """ "not only" / "not just" starts at word ``m`` (as a substring of the joined words)."""
    return (m + 1 < len(norm) and norm[m].endswith("not")
            and norm[m + 1].startswith(("only", "just")))


@register_rule("yet_conjunction",
               note="temporal yet (not yet, has yet to, yet another) is not counter")
def _yet_conjunction(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "yet" as a contrastive conjunction or adverb ("... , yet the talks went on").

    Rejects the temporal and additive uses: after not/n't/never/as/has/have/had/nor, and
    before another/again/more/to ("has yet to", "yet another").
    """
    if ctx.before(1) and ctx.before(1)[0] in {"not", "n't", "never", "as", "has", "have",
                                              "had", "nor", "is", "are", "was", "were"}:
        return None
    if ctx.after(1) and ctx.after(1)[0] in {"another", "again", "more", "to", "further"}:
        return None
    return {}


_SEMI_MODALS = frozenset({"need", "needs", "needed", "have", "has", "had"})


@lru_cache(maxsize=1)
def _negatable_starts() -> frozenset[str]:
    """First words of the entries that take a preceding negator into their own span."""
    out: set[str] = set(_SEMI_MODALS)
    for lex in stance_lexicons():
        for e in lex.entries:
            if "negated_booster" in e.rules:
                out |= e.positions[0]
    return frozenset(out)


@register_rule("denial", note="a negator that a following marker absorbs is counted there")
def _denial(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep a negator as a denial unless the next marker takes it into its own span.

    "did not show" is a negated booster (a hedge, `analysis.matching`), "do not need to" a
    negated necessity: the negator is left to them (looking ahead over copulas and degree
    words, as the negated-booster rule looks back), so no word is counted twice.
    """
    k = ctx.j
    steps = 0
    while k < len(ctx.norm) and steps < 3:
        if ctx.punct_between(ctx.words[k - 1], ctx.words[k]):
            return {}
        w = ctx.norm[k]
        if w in _negatable_starts():
            if w in _SEMI_MODALS and not (
                    ctx.i > 0 and ctx.norm[ctx.i - 1] in {"do", "does", "did"}
                    and ctx.norm[k + 1:k + 2] == ("to",)):
                return {}  # "do not have time": a plain denial
            return None
        if w not in NEGATION_SKIP_WORDS:
            return {}
        k += 1
        steps += 1
    return {}


@register_rule("sentence_initial", note="counted only as the first word of the sentence")
def _sentence_initial(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept only at the start of the sentence ("Granted, ...")."""
    return {} if ctx.i == 0 else None


def _next_is_modifiable(ctx: RuleContext, stop: frozenset[str]) -> bool:
    nxt = ctx.word_after()
    if nxt is None or ctx.punct_between(ctx.words[ctx.j - 1], nxt):
        return False
    return ctx.after(1)[0] not in stop


@register_rule("degree_too", note="too = excessively only before the word it grades")
def _degree_too(ctx: RuleContext) -> Mapping[str, Any] | None:
    """"too narrow", "too much": accept when a word follows without punctuation; reject the
    additive "too" (= also) at a clause end ("He agreed, too.")."""
    stop = frozenset("the a an that this it he she they we i you".split())
    return {} if _next_is_modifiable(ctx, stop) else None


_SO_STOP = frozenset(
    "that as to far on forth called the a an it this he she they we i you there if".split())


@register_rule("degree_so", note="so amplifies only directly before an adjective or adverb")
def _degree_so(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "so dangerous", "so many"; reject "so that", "so far", "and so", "I think so",
    sentence-initial "So," and "so" before a pronoun or article (= therefore)."""
    if ctx.i == 0:
        return None
    if ctx.before(1)[0] in {"and", "or", "do", "does", "did", "if", "not", "think", "hope",
                            "believe", "say", "said", "even", "just"}:
        return None
    return {} if _next_is_modifiable(ctx, _SO_STOP) else None


@register_rule("degree_rather", note="rather downtones only before an adjective or adverb")
def _degree_rather(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "rather limited"; reject "rather than", "or rather" and sentence-initial "Rather,"."""
    if ctx.i == 0 or ctx.before(1)[0] == "or":
        return None
    return {} if _next_is_modifiable(ctx, _SO_STOP | {"than"}) else None


@register_rule("imperative", note="a directive verb counts only as the sentence's first word")
def _imperative(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept a directive verb ("Consider ...", "Note that ...") only at the sentence start,
    and not before a comma ("Look, ..." is a discourse marker)."""
    if ctx.i != 0:
        return None
    nxt = ctx.word_after()
    if nxt is None or ctx.punct_between(ctx.words[ctx.j - 1], nxt):
        return None
    return {}


_ATTR_SKIP = frozenset(
    """also still repeatedly publicly privately has have had now again recently later then
    already rightly wrongly correctly long reportedly would will may might could did does do
    not n't never once further even herself himself itself themselves""".split())
_CLAUSE_BOUNDARY = frozenset(
    """that which who whom whose but as while when because if since although though whereas
    where so then and or""".split())
_PREPOSITIONS = frozenset(
    "in of at from with for on by to about under over after following before during "
    "between among".split())
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your whose each every no any "
    "such".split())
#: A subject noun phrase longer than this ("U.S. Secretary of State Mike Pompeo" has six
#: words) is taken as a sign that the "verb" is a noun inside a longer phrase.
MAX_SUBJECT_WORDS: int = 7
HUMAN_HEADS: frozenset[str] = frozenset(
    """he she they who officials official spokesman spokeswoman spokesperson minister
    ministers ministry ministries government governments administration president presidents
    leader leaders diplomat diplomats analyst analysts expert experts critic critics observer
    observers commentator commentators scholar scholars researcher researchers negotiator
    negotiators envoy envoys secretary agency agencies media statement statements report
    reports newspaper editorial editorials people others allies ally aide aides adviser
    advisers advisor advisors source sources senator senators lawmakers official party
    regime side sides both many some""".split())

#: The actor alias pattern the attribution rule checks subjects against (set per call).
_ACTIVE_ACTORS: ContextVar[re.Pattern[str] | None] = ContextVar("_ACTIVE_ACTORS", default=None)


def _actor_regex() -> re.Pattern[str]:
    rx = _ACTIVE_ACTORS.get()
    if rx is None:
        rx = _default_actor_regex()
    return rx


@lru_cache(maxsize=1)
def _default_actor_regex() -> re.Pattern[str]:
    return _alias_regex(load_actors())


def _subject_ok(ctx: RuleContext, a: int, b: int, head: int) -> bool:
    """Is words[a:b] (head at ``head``) a human or institutional source?"""
    text = ctx.source[ctx.words[a].start:ctx.words[b - 1].end]
    if _actor_regex().search(text):
        return True
    w = ctx.norm[head]
    if w in HUMAN_HEADS:
        return True
    tok = ctx.words[head].text
    # A capitalised head that is not simply the sentence's first word is a proper name.
    return tok[:1].isupper() and (head > 0 or b - a > 1) and ctx.words[head].part not in (
        "title", "subtitle")


@register_rule("attribution_subject",
               note="a reporting verb attributes only with a human or institutional subject")
def _attribution_subject(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Find the reporting verb's source; reject the match when there is none.

    The subject is the noun phrase before the verb (after skipping adverbs and auxiliaries:
    "Pompeo still maintains"), back to a comma or a clause word (that, which, and ...); its head
    is the word before a preposition inside it ("the talks in Pyongyang" -> talks) or its last
    word. It counts when it names an actor of the actor table, has a human or institutional
    head ("officials", "the ministry", he/they) or is a proper name. After a closing quotation
    (``..." said Pompeo``) the subject may follow the verb. Sets ``subject``,
    ``subject_start`` and ``subject_end``.
    """
    verb = ctx.words[ctx.i]
    if verb.text[:1].isupper() and ctx.i > 0 and verb.part not in ("title", "subtitle"):
        return None  # "Secretary of State Mike Pompeo": a name, not the verb
    k = ctx.i - 1
    while k >= 0 and ctx.norm[k] in _ATTR_SKIP and not ctx.punct_between(
            ctx.words[k], ctx.words[k + 1]):
        k -= 1
    if k >= 0 and not ctx.punct_between(ctx.words[k], ctx.words[ctx.i]) and (
            ctx.norm[k] not in _CLAUSE_BOUNDARY | _PREPOSITIONS):
        if ctx.norm[k] in _DETERMINERS:
            return None  # "the claims", "its report": the noun, not the verb
        b = k + 1
        a = k
        while a - 1 >= 0 and not ctx.punct_between(ctx.words[a - 1], ctx.words[a]) and (
                ctx.norm[a - 1] not in _CLAUSE_BOUNDARY):
            a -= 1
            if b - a > MAX_SUBJECT_WORDS:
                return None  # no clause boundary near: not a subject noun phrase
        while a < b - 1 and ctx.norm[a] in _PREPOSITIONS:  # "In Seoul officials said"
            a += 2 if a + 2 < b else 1
        head = b - 1
        for m in range(a + 1, b):
            if ctx.norm[m] in _PREPOSITIONS:
                head = m - 1
                break
        if _subject_ok(ctx, a, b, head):
            s, e = ctx.words[a].start, ctx.words[b - 1].end
            return {"subject": ctx.source[s:e], "subject_start": s, "subject_end": e,
                    "position": "before"}
        return None
    # Subject after the verb: '"...," said Pompeo.'
    nxt = ctx.word_after()
    if nxt is None or ctx.punct_between(ctx.words[ctx.j - 1], nxt):
        return None
    a = ctx.j
    b = a
    while b < len(ctx.words) and (b == a or not ctx.punct_between(ctx.words[b - 1],
                                                                    ctx.words[b])):
        if ctx.norm[b] in _CLAUSE_BOUNDARY:
            break
        b += 1
    if b > a and _subject_ok(ctx, a, b, b - 1):
        s, e = ctx.words[a].start, ctx.words[b - 1].end
        return {"subject": ctx.source[s:e], "subject_start": s, "subject_end": e,
                "position": "after"}
    return None


@register_rule("attribution_source_after", note="'according to X': the source follows")
def _attribution_source_after(ctx: RuleContext) -> Mapping[str, Any] | None:
    """"according to the Foreign Ministry, ...": the source is the noun phrase after, up to
    punctuation or a clause word; it must be human, institutional or a proper name."""
    a = ctx.j
    if a >= len(ctx.words) or ctx.punct_between(ctx.words[a - 1], ctx.words[a]):
        return None
    b = a + 1
    while b < len(ctx.words) and not ctx.punct_between(ctx.words[b - 1], ctx.words[b]) and (
            ctx.norm[b] not in _CLAUSE_BOUNDARY):
        b += 1
    head = b - 1
    for m in range(a + 1, b):
        if ctx.norm[m] in _PREPOSITIONS:
            head = m - 1
            break
    if not _subject_ok(ctx, a, b, head):
        return None
    s, e = ctx.words[a].start, ctx.words[b - 1].end
    return {"subject": ctx.source[s:e], "subject_start": s, "subject_end": e,
            "position": "according"}


# --------------------------------------------------------------------------------------------
# Analysis


@dataclass(frozen=True)
class _Analysis:
    source: str
    sentences: tuple[Span, ...]
    tokens: tuple[Span, ...]
    raw: tuple[Any, ...]  # matching.Match
    attributions: pd.DataFrame
    quotes: tuple[Quote, ...]
    actors: pd.DataFrame


def _check(obj: object) -> None:
    if not isinstance(obj, (str, Article)):
        raise TypeError(f"expected str or Article, got {type(obj).__name__}")


def _analyse(obj: str | Article, *, actors: ActorsLike, parts: Sequence[str]) -> _Analysis:
    _check(obj)
    source = obj.text if isinstance(obj, Article) else obj
    sents = tuple(sentences(obj, parts=parts))
    toks = tuple(words(obj, parts=parts, sentence_spans=sents))
    table = load_actors(actors)
    token = _ACTIVE_ACTORS.set(_alias_regex(table))
    try:
        raw = tuple(match(stance_lexicons(), toks, source, sentence_spans=sents,
                          paragraph_spans=segments(obj, parts=parts)))
    finally:
        _ACTIVE_ACTORS.reset(token)
    quotes = tuple(quote_spans(obj, parts=parts))
    mentions = find_actors(obj, actors=table, parts=parts, sentence_spans=sents)
    attr = _attribution_frame(raw, sents, quotes, mentions, source)
    return _Analysis(source, sents, toks, raw, attr, quotes, mentions)


def _strip_end(source: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces and a final sentence mark outside quotation marks from [s, e)."""
    while e > s and source[e - 1] in " \t\n.;:!?" and source[e - 2:e - 1] not in "”\"»":
        e -= 1
    return strip_bounds(source, s, e)


class _QuoteIndex:
    """Lookups over the quotations of one analysis, by bisection when they are in text order.

    `quote_spans` gives quotations in text order without overlaps (so their starts and their
    ends both increase); each method answers exactly as the list comprehension in its
    docstring would, scanning the list only when the quotations are not in that order.
    """

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = list(quotes)
        self.starts = [q.start for q in self.quotes]
        self.ends = [q.end for q in self.quotes]
        self.ordered = all(a.end <= b.start
                           for a, b in zip(self.quotes, self.quotes[1:], strict=False))
        by_para: dict[int | None, list[Quote]] = {}
        for q in self.quotes:
            by_para.setdefault(q.paragraph, []).append(q)
        self.by_para = {k: (v, [q.end for q in v]) for k, v in by_para.items()}

    def last_ending_by(self, limit: int, *, since: int) -> Quote | None:
        """``[q for q in quotes if since <= q.end <= limit][-1]`` (None when empty)."""
        if not self.ordered:
            hits = [q for q in self.quotes if since <= q.end <= limit]
            return hits[-1] if hits else None
        k = bisect.bisect_right(self.ends, limit) - 1
        return self.quotes[k] if k >= 0 and self.quotes[k].end >= since else None

    def last_in_paragraph_by(self, limit: int, paragraph: int | None) -> Quote | None:
        """``[q for q in quotes if q.end <= limit and q.paragraph == paragraph][-1]``."""
        if not self.ordered:
            hits = [q for q in self.quotes if q.end <= limit and q.paragraph == paragraph]
            return hits[-1] if hits else None
        qs, ends = self.by_para.get(paragraph, ([], []))
        k = bisect.bisect_right(ends, limit) - 1
        return qs[k] if k >= 0 else None

    def last_within(self, lo: int, hi: int) -> Quote | None:
        """``[q for q in quotes if lo <= q.start and q.end <= hi][-1]``."""
        if not self.ordered:
            hits = [q for q in self.quotes if lo <= q.start and q.end <= hi]
            return hits[-1] if hits else None
        k = bisect.bisect_right(self.ends, hi) - 1
        return self.quotes[k] if k >= 0 and self.quotes[k].start >= lo else None

    def any_within(self, lo: int, hi: int) -> bool:
        """``any(q.start >= lo and q.end <= hi for q in quotes)``."""
        if not self.ordered:
            return any(q.start >= lo and q.end <= hi for q in self.quotes)
        k = bisect.bisect_left(self.starts, lo)
        return k < len(self.quotes) and self.quotes[k].end <= hi

    def overlaps(self, lo: int, hi: int) -> bool:
        """``any(q.start < hi and lo < q.end for q in quotes)``."""
        if not self.ordered:
            return any(q.start < hi and lo < q.end for q in self.quotes)
        k = bisect.bisect_right(self.ends, lo)
        return k < len(self.quotes) and self.quotes[k].start < hi


class _MentionIndex:
    """The last actor mention (in table order) lying inside a span, by bisection on starts."""

    def __init__(self, mentions: pd.DataFrame) -> None:
        starts = mentions["start"].tolist()
        ends = mentions["end"].tolist()
        self._actors = mentions["actor"].tolist()
        order = sorted(range(len(starts)), key=lambda k: starts[k])
        self._starts = [starts[k] for k in order]
        self._ends = [ends[k] for k in order]
        self._index = order
        self._shortest = min((e - s for s, e in zip(self._starts, self._ends, strict=True)),
                             default=0)

    def last_actor(self, lo: int, hi: int) -> str:
        """``mentions[(start >= lo) & (end <= hi)]["actor"].iloc[-1]``, or "" when none."""
        a = bisect.bisect_left(self._starts, lo)
        # a mention starting after hi - shortest cannot end by hi
        b = bisect.bisect_right(self._starts, hi - min(0, self._shortest))
        best = -1
        for k in range(a, b):
            if self._ends[k] <= hi and self._index[k] > best:
                best = self._index[k]
        return self._actors[best] if best >= 0 else ""


def _attribution_frame(raw: Sequence[Any], sents: Sequence[Span], quotes: Sequence[Quote],
                       mentions: pd.DataFrame, source: str) -> pd.DataFrame:
    by_sent = {s.sentence: s for s in sents}
    qi = _QuoteIndex(quotes)
    who = _MentionIndex(mentions)
    rows = []
    for m in raw:
        if m.kind != "attribution":
            continue
        ex = dict(m.extra)
        sent = by_sent[m.sentence]
        ss, se = int(ex["subject_start"]), int(ex["subject_end"])
        position = ex.get("position", "before")
        if position == "after":
            # '"...," said Pompeo.': the content is the quotation that ends before the verb.
            q = qi.last_ending_by(m.start, since=sent.start)
            if q is None:
                q = qi.last_in_paragraph_by(m.start, sent.paragraph)
            if q is None:
                cs, ce = sent.start, m.start
            else:
                cs, ce = q.start, q.end
            cs, ce = _strip_end(source, cs, ce)
        elif position == "according":
            # The content is the rest of the sentence around "according to X".
            if source[sent.start:m.start].strip(" ,"):
                cs, ce = _strip_end(source, sent.start, m.start)
                ce = ce - 1 if source[ce - 1:ce] == "," else ce
            else:
                cs, ce = _strip_end(source, se, sent.end)
                cs += len(source[cs:ce]) - len(source[cs:ce].lstrip(" ,"))
        else:
            cs = m.end
            rest = source[cs:sent.end]
            # "said that ...", "said on Tuesday that ...": the content starts after "that"
            lead = re.match(r"\s*(?:(?:[\w’'-]+\s+){0,4}?that\s+)?", rest)
            cs += lead.end() if lead else 0
            cs, ce = _strip_end(source, cs, sent.end)
            # '"...," Moon told reporters.': a quotation just before the subject is the content
            before = source[sent.start:ss].rstrip()
            if before.endswith((",”", ",\"", "”", "\"")) and not qi.any_within(
                    max(m.end, ss), sent.end):
                q_before = qi.last_within(sent.start, ss)
                if q_before is not None:
                    cs, ce = _strip_end(source, q_before.start, q_before.end)
        quoted = qi.overlaps(cs, ce)
        actor = who.last_actor(ss, se)
        rows.append({
            "source": ex["subject"], "actor": actor, "verb": m.text,
            "lemma": ex.get("lemma", m.text.lower()), "attitude": m.category,
            "content": source[cs:ce], "quoted": bool(quoted),
            "start": min(ss, m.start, cs), "end": max(se, m.end, ce),
            "source_start": ss, "source_end": se, "verb_start": m.start, "verb_end": m.end,
            "content_start": cs, "content_end": ce, "sentence": m.sentence,
            "paragraph": m.paragraph, "part": m.part,
        })
    df = pd.DataFrame(rows, columns=list(ATTRIBUTION_COLUMNS))
    for c in ("sentence", "paragraph"):
        df[c] = df[c].astype("Int64")
    df["quoted"] = df["quoted"].astype(bool)
    return df


#: The first attribution content or quotation containing a span (shared with spans.py).
_Containing = ContainingIndex


def _content_index(an: _Analysis) -> tuple[_Containing, list[str]]:
    """The attributions' content spans (table order) and their sources, for `_voice_of`."""
    attr = an.attributions
    spans = list(zip(attr["content_start"].tolist(), attr["content_end"].tolist(), strict=True))
    return _Containing(spans), attr["source"].tolist()


def _voice_of(start: int, end: int, matcher_voice: str, label: str,
              contents: tuple[_Containing, list[str]]) -> str:
    """Who speaks a marker: an attribution's source, a quotation's speaker, or the author."""
    index, sources = contents
    k = index.first(start, end)
    if k is not None:
        return sources[k]
    if matcher_voice == "quoted":
        return "unattributed quotation"
    if matcher_voice == "attributed":
        return "attributed belief"
    return "author"


_EPISTEMIC = frozenset({"hedge", "booster"})


def _rows(an: _Analysis) -> list[dict[str, Any]]:
    contents = _content_index(an)
    out = []
    for m in an.raw:
        ex = dict(m.extra)
        if ex.get("polarity") == "none":
            continue  # an exclusion row of attitude.csv: matched to block a sense, then dropped
        kind, category, detail = m.kind, m.category, m.label
        if kind in _EPISTEMIC:
            kind, category, detail = "epistemic", m.kind, m.category + (
                f"; {m.label}" if m.label else "")
        voice = "author" if m.kind == "attribution" else _voice_of(
            m.start, m.end, m.voice, m.label, contents)
        if m.kind == "attribution":
            detail = f"source: {ex.get('subject', '')}"
        out.append({
            "start": m.start, "end": m.end, "text": m.text, "kind": kind, "category": category,
            "polarity": ex.get("polarity", ""), "voice": voice, "sentence": m.sentence,
            "rule": m.rule, "source": m.source, "negated": ex.get("negated") == "yes",
            "part": m.part, "paragraph": m.paragraph, "detail": detail, "lexicon": m.lexicon,
            "pattern": m.pattern,
        })
    for s in an.sentences:
        if s.text.rstrip(" \"”’')»").endswith("?"):
            out.append({
                "start": s.start, "end": s.end, "text": s.text, "kind": "reader_engagement",
                "category": "question", "polarity": "", "voice": _voice_of(
                    s.start, s.end, "quoted" if s.text.startswith(("“", '"')) else "author",
                    "", contents),
                "sentence": s.sentence, "rule": "question_mark", "source": "Hyland 2005",
                "negated": False, "part": s.part, "paragraph": s.paragraph,
                "detail": "a sentence ending in a question mark", "lexicon": "",
                "pattern": "?",
            })
    out.sort(key=lambda r: (r["start"], r["end"]))
    return out


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(STANCE_COLUMNS))
    for c in ("start", "end"):
        df[c] = df[c].astype("int64")
    for c in ("sentence", "paragraph"):
        df[c] = df[c].astype("Int64")
    df["negated"] = df["negated"].astype(bool)
    return df


def find_stance(
    text_or_article: str | Article,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = _DEFAULT_PARTS,
) -> pd.DataFrame:
    """Every stance marker, one row each, in text order.

    Columns: ``start, end, text`` (offsets into ``Article.text``), ``kind`` (see `KINDS`),
    ``category``, ``polarity`` (attitude: positive/negative; else ""), ``voice`` ("author",
    an attribution's source such as "Pompeo", "unattributed quotation" or "attributed
    belief"), ``sentence``, ``rule`` (context rules applied), ``source`` (the lexicon's
    reference), then ``negated``, ``part`` (title, subtitle, body), ``paragraph``, ``detail``,
    ``lexicon``, ``pattern``. A plain string is read as body paragraphs separated by blank
    lines (as in `analysis.hedging`); use `Article.from_text` to find its headline.
    ``actors`` overrides the actor table used to recognise sources.
    """
    return _frame(_rows(_analyse(text_or_article, actors=actors, parts=parts)))


def attributions(
    article: str | Article,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = _DEFAULT_PARTS,
) -> pd.DataFrame:
    """Who is reported as saying what, and how: one row per reporting verb with a source.

    Columns: ``source`` (the subject as written, e.g. "the North Korean Foreign Ministry"),
    ``actor`` (from the actor table, or ""), ``verb``, ``lemma``, ``attitude`` (neutral,
    distancing, endorsing, critical), ``content`` (the reported or quoted words), ``quoted``
    (the content contains a quotation), ``start``/``end`` (the whole attribution), and the
    offsets of source, verb and content, ``sentence``, ``paragraph``, ``part``.

    References: Thompson and Ye (1991); Hyland (2005); Martin and White (2005), attribution.
    """
    return _analyse(article, actors=actors, parts=parts).attributions.copy()


def quotations(
    article: str | Article,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = _DEFAULT_PARTS,
) -> pd.DataFrame:
    """Every quotation with its speaker where the text says who.

    Columns: ``start, end, text`` (with the marks), ``content``, ``n_words``, ``type``
    ("direct": inside an attribution's content, so it has a speaker; "scare": no speaker and
    at most four words, the writer holding a word at a distance; "unattributed": longer, no
    speaker), ``speaker``, ``actor``, ``verb``, ``sentence``, ``paragraph``, ``part``.
    """
    an = _analyse(article, actors=actors, parts=parts)
    sents = list({s.sentence: s for s in an.sentences}.values())
    ordered = all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))
    sent_starts = [s.start for s in sents]
    attr = an.attributions
    contents = _Containing(list(zip(attr["content_start"].tolist(),
                                    attr["content_end"].tolist(), strict=True)))
    speakers = list(zip(attr["source"].tolist(), attr["actor"].tolist(), attr["verb"].tolist(),
                        strict=True))
    rows = []
    for q in an.quotes:
        hit = contents.first(q.start, q.end)
        if ordered:  # sentences in text order: the one holding q.start by bisection
            k = bisect.bisect_right(sent_starts, q.start) - 1
            sent = sents[k].sentence if k >= 0 and q.start < sents[k].end else None
        else:
            sent = next((s.sentence for s in sents if s.start <= q.start < s.end), None)
        if hit is not None:
            kind = "direct"
            speaker, actor, verb = speakers[hit]
        else:
            kind = "scare" if q.n_words <= 4 else "unattributed"
            speaker, actor, verb = "", "", ""
        rows.append({"start": q.start, "end": q.end, "text": q.text, "content": q.content,
                     "n_words": q.n_words, "type": kind, "speaker": speaker, "actor": actor,
                     "verb": verb, "sentence": sent, "paragraph": q.paragraph, "part": q.part})
    cols = ["start", "end", "text", "content", "n_words", "type", "speaker", "actor", "verb",
            "sentence", "paragraph", "part"]
    df = pd.DataFrame(rows, columns=cols)
    for c in ("sentence", "paragraph"):
        df[c] = df[c].astype("Int64")
    return df


def actor_stance(
    article: str | Article,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = _DEFAULT_PARTS,
) -> pd.DataFrame:
    """Per sentence, which actors appear with which stance markers.

    One row per (sentence, actor, marker): ``sentence, actor, kind, category, label`` (the
    category, or the polarity for attitude), ``marker, voice, start, end``, plus rows with
    kind ``reported`` for each attribution whose source is the actor (category = the verb's
    attitude, marker = the verb). A sentence that mentions two
    actors gives each of them its markers.
    """
    an = _analyse(article, actors=actors, parts=parts)
    marks = _frame(_rows(an))
    by_sentence: dict[int, list[Any]] = {}
    for r in marks.itertuples(index=False):
        if not pd.isna(r.sentence):
            by_sentence.setdefault(int(r.sentence), []).append(r)
    rows = []
    for (sent, actor), _grp in an.actors.groupby(["sentence", "actor"], sort=True):
        for r in by_sentence.get(int(sent), []):
            rows.append({"sentence": int(sent), "actor": actor, "kind": r.kind,
                         "category": r.category,
                         "label": _category_label(r.kind, r.category, r.polarity),
                         "marker": r.text, "voice": r.voice, "start": r.start, "end": r.end})
    for r in an.attributions.itertuples(index=False):
        if r.actor:
            rows.append({"sentence": int(r.sentence), "actor": r.actor, "kind": "reported",
                         "category": r.attitude, "label": r.attitude, "marker": r.verb,
                         "voice": r.source, "start": r.verb_start, "end": r.verb_end})
    cols = ["sentence", "actor", "kind", "category", "label", "marker", "voice", "start", "end"]
    return pd.DataFrame(rows, columns=cols)


def _category_label(kind: str, category: str, polarity: str) -> str:
    if kind == "attitude" and polarity:
        return polarity
    return category


def stance_profile(
    article: str | Article,
    *,
    actors: ActorsLike = None,
) -> pd.DataFrame:
    """Markers by kind and category: counts and rates per 1,000 body words.

    One row per (kind, category) found in the body or headline, in `KINDS` order. Attitude
    rows are split by polarity (category ``positive``/``negative``). Columns: ``kind``,
    ``category``, ``author`` and ``other_voices`` (body counts by voice), ``headline``
    (title and subtitle count), ``body``, ``per_1000`` (body, all voices),
    ``author_per_1000`` and ``other_per_1000`` (both per 1,000 body words, so they add up to
    ``per_1000``), and ``examples`` (up to three marker texts).
    """
    _check(article)
    an = _analyse(article, actors=actors, parts=_DEFAULT_PARTS)
    df = _frame(_rows(an))
    source = article.text if isinstance(article, Article) else article
    n_body = len(lexical_words([t for t in an.tokens if t.part == "body"], source))
    df["label"] = [_category_label(k, c, p) for k, c, p in
                   zip(df["kind"], df["category"], df["polarity"], strict=True)]
    rows = []
    order = {k: n for n, k in enumerate(KINDS)}
    for (kind, label), g in df.groupby(["kind", "label"], sort=False):
        body = g[g["part"] == "body"]
        author = int((body["voice"] == "author").sum())
        other = len(body) - author
        rows.append({
            "kind": kind, "category": label, "author": author, "other_voices": other,
            "headline": int((g["part"] != "body").sum()), "body": len(body),
            "per_1000": _rate(len(body), n_body), "author_per_1000": _rate(author, n_body),
            "other_per_1000": _rate(other, n_body),
            "examples": ", ".join(list(dict.fromkeys(
                (body if len(body) else g)["text"].str.lower()))[:3]),
        })
    out = pd.DataFrame(rows, columns=["kind", "category", "author", "other_voices", "headline",
                                      "body", "per_1000", "author_per_1000", "other_per_1000",
                                      "examples"])
    out["_o"] = out["kind"].map(order)
    out = out.sort_values(["_o", "body"], ascending=[True, False]).drop(columns="_o")
    return out.reset_index(drop=True)


def marker_sentences(
    article: str | Article,
    *,
    kind: str = "deontic",
    actors: ActorsLike = None,
) -> pd.DataFrame:
    """Every sentence holding at least one marker of ``kind``, with its markers.

    Columns: ``sentence``, ``part``, ``paragraph``, ``markers`` (texts joined by " · "),
    ``categories``, ``voice``, ``text`` (the whole sentence), ``start``, ``end``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose from {list(KINDS)}")
    an = _analyse(article, actors=actors, parts=_DEFAULT_PARTS)
    df = _frame(_rows(an))
    df = df[df["kind"] == kind]
    by_sent = {s.sentence: s for s in an.sentences}
    rows = []
    for sent, g in df.groupby("sentence", sort=True):
        s = by_sent[int(sent)]
        rows.append({"sentence": int(sent), "part": s.part, "paragraph": s.paragraph,
                     "markers": " · ".join(g["text"]), "categories": " · ".join(g["category"]),
                     "voice": " · ".join(dict.fromkeys(g["voice"])), "text": s.text,
                     "start": s.start, "end": s.end})
    return pd.DataFrame(rows, columns=["sentence", "part", "paragraph", "markers", "categories",
                                       "voice", "text", "start", "end"])


def stance_moves(
    article: str | Article,
    *,
    actors: ActorsLike = None,
) -> pd.DataFrame:
    """`find_stance` rows with their place in reading order, for plotting.

    Adds ``word`` (0-based index of the marker's first word among the lexical words of the
    title, subtitle and body, in reading order), ``label`` (category, or polarity for
    attitude) and ``author`` (True when the voice is the author's).
    """
    _check(article)
    an = _analyse(article, actors=actors, parts=_DEFAULT_PARTS)
    df = _frame(_rows(an))
    source = article.text if isinstance(article, Article) else article
    starts = [w.start for w in lexical_words(list(an.tokens), source)]
    df["word"] = [max(0, bisect.bisect_right(starts, s) - 1) for s in df["start"]]
    df["label"] = [_category_label(k, c, p) for k, c, p in
                   zip(df["kind"], df["category"], df["polarity"], strict=True)]
    df["author"] = df["voice"] == "author"
    return df


def reading_layout(article: str | Article) -> pd.DataFrame:
    """Where each part begins in reading order, in the word numbers `stance_moves` uses.

    One row per title, subtitle and body paragraph: ``part``, ``paragraph``, ``first_word``
    and ``last_word`` (0-based, inclusive), counting lexical words of title, subtitle and body.
    """
    _check(article)
    source = article.text if isinstance(article, Article) else article
    toks = words(article, parts=_DEFAULT_PARTS)
    lw = lexical_words(toks, source)
    rows: dict[tuple[str, int | None], list[int]] = {}
    for k, w in enumerate(lw):
        rows.setdefault((w.part, w.paragraph), []).append(k)
    out = [{"part": part, "paragraph": para, "first_word": ks[0], "last_word": ks[-1]}
           for (part, para), ks in rows.items()]
    df = pd.DataFrame(out, columns=["part", "paragraph", "first_word", "last_word"])
    df["paragraph"] = df["paragraph"].astype("Int64")
    return df


# --------------------------------------------------------------------------------------------
# Summary


@dataclass(frozen=True)
class StanceSummary:
    """Stance markers per 1,000 words, by kind, for the body and the headline separately.

    ``per_1000`` (body, all voices), ``author_per_1000`` (markers in the author's voice per
    1,000 body words outside reported or quoted content) and ``other_per_1000`` (markers in
    other voices per 1,000 words inside reported or quoted content); ``headline_counts`` for
    the title and subtitle. Undefined rates are NaN with the reason in ``notes``.

    References: Biber and Finegan (1989); Hyland (2005) (normalised frequency per 1,000 words).
    """

    name: str
    body_words: int
    headline_words: int
    author_words: int
    other_words: int
    counts: dict[str, int]
    per_1000: dict[str, float]
    author_counts: dict[str, int]
    author_per_1000: dict[str, float]
    other_counts: dict[str, int]
    other_per_1000: dict[str, float]
    headline_counts: dict[str, int]
    by_category: dict[str, int]
    n_attributions: int
    attribution_attitudes: dict[str, int]
    n_quotations: int
    notes: tuple[str, ...] = field(default=())

    def table(self) -> pd.DataFrame:
        """One row per kind: counts and rates for body, author and other voices, headline."""
        return pd.DataFrame([{
            "kind": k, "body": self.counts[k], "per_1000": self.per_1000[k],
            "author": self.author_counts[k], "author_per_1000": self.author_per_1000[k],
            "other_voices": self.other_counts[k], "other_per_1000": self.other_per_1000[k],
            "headline": self.headline_counts[k]} for k in KINDS])


def _rate(n: int, words: int) -> float:
    return 1000.0 * n / words if words else math.nan


def stance_summary(
    article: str | Article,
    *,
    actors: ActorsLike = None,
) -> StanceSummary:
    """Markers per 1,000 words by kind: body, author versus other voices, and headline counts.

    Words are counted as in readability work (`analysis.tokenize.lexical_words`: punctuation
    dropped, clitics joined). A body word lies in "other voices" when it falls inside an
    attribution's content or a quotation.
    """
    _check(article)
    an = _analyse(article, actors=actors, parts=_DEFAULT_PARTS)
    source = article.text if isinstance(article, Article) else article
    name = article.name if isinstance(article, Article) else "text"
    df = _frame(_rows(an))
    body_tokens = [t for t in an.tokens if t.part == "body"]
    head_tokens = [t for t in an.tokens if t.part in ("title", "subtitle")]
    body_words = lexical_words(body_tokens, source)
    head_words = lexical_words(head_tokens, source)
    spans = list(zip(an.attributions["content_start"].tolist(),
                     an.attributions["content_end"].tolist(), strict=True))
    spans += [(q.start, q.end) for q in an.quotes]
    reported = _Containing(spans)
    other_words = sum(1 for w in body_words if reported.contains(w.start, w.end))
    author_words = len(body_words) - other_words
    body = df[df["part"] == "body"]
    author = body[body["voice"] == "author"]
    other = body[body["voice"] != "author"]
    head = df[df["part"].isin(["title", "subtitle"])]

    def counts(d: pd.DataFrame) -> dict[str, int]:
        vc = d["kind"].value_counts()
        return {k: int(vc.get(k, 0)) for k in KINDS}

    notes = []
    if not body_words:
        notes.append("the body has no words: body rates are undefined (NaN)")
    if not other_words:
        notes.append("no reported or quoted content in the body: other-voice rates are "
                     "undefined (NaN)")
    if not author_words:
        notes.append("no body words in the author's own voice: author rates are NaN")
    c, ac, oc = counts(body), counts(author), counts(other)
    by_cat = body.groupby(["kind", "category"]).size()
    attr_body = an.attributions[an.attributions["part"] == "body"]
    return StanceSummary(
        name=name, body_words=len(body_words), headline_words=len(head_words),
        author_words=author_words, other_words=other_words,
        counts=c, per_1000={k: _rate(v, len(body_words)) for k, v in c.items()},
        author_counts=ac, author_per_1000={k: _rate(v, author_words) for k, v in ac.items()},
        other_counts=oc, other_per_1000={k: _rate(v, other_words) for k, v in oc.items()},
        headline_counts=counts(head),
        by_category={f"{k}/{cat}": int(n) for (k, cat), n in by_cat.items()},
        n_attributions=len(attr_body),
        attribution_attitudes={str(k): int(v) for k, v in
                               attr_body["attitude"].value_counts().sort_index().items()},
        n_quotations=sum(1 for q in an.quotes if q.part == "body"),
        notes=tuple(notes),
    )
