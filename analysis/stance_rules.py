"""The stance lexicons, their context rules and the part-of-speech vetoes on their matches.

Each is registered by name with `analysis.matching.register_rule`; the lexicon files in
``analysis/lexicons/`` name them in their ``rule`` column (see the README there). Importing
`analysis.stance` imports this module first, so the rules exist before a lexicon loads.

References
----------
Biber, D., Johansson, S., Leech, G., Conrad, S. and Finegan, E. (1999). Longman Grammar of
Spoken and Written English. Longman.
Martin, J. R. and White, P. R. R. (2005). The Language of Evaluation. Palgrave Macmillan.
Quirk, R., Greenbaum, S., Leech, G. and Svartvik, J. (1985). A Comprehensive Grammar of the
English Language. Longman.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from .document import Document
from .matching import (
    NEGATION_SKIP_WORDS,
    Lexicon,
    LexiconEntry,
    Match,
    RuleContext,
    load_lexicon,
    register_rule,
)
from .spans import Span
from .tokens import KIND_NAMES, TokenTable

_NEGATORS = frozenset({"not", "n't", "never"})

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


#: VADER entries whose mean human rating (scale -4..+4) is below this in absolute value are
#: left out: Hutto and Gilbert's raters put them near neutral ("matters" 0.1, "hard" -0.4).
VADER_MIN: float = 0.5


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

    Deontic, epistemic, engagement, intensity, self-mention, the project attitude file, and
    VADER last (project rows win ties). Reporting cues are not matched here: they come from
    `analysis.attribution`, which checks their syntax (a verb with a source), and a marker
    overlapping a reporting cue gives way to it ("the report showed" is an attribution, "the
    talks showed" a booster).
    """
    return (
        load_lexicon("deontic"),
        *_epistemic_lexicons(),
        load_lexicon("engagement"),
        load_lexicon("intensity"),
        load_lexicon("self_mention"),
        load_lexicon("attitude"),
        vader_lexicon(),
    )


#: Words after "no" that make it part of an aspect or degree phrase ("no longer", "no more"),
#: used when the tagger is absent; with tags any adverb after "no" does the same.
_NO_PHRASE = frozenset({"longer", "more", "less", "sooner"})


def pos_veto(doc: Document) -> Callable[[Match], bool]:
    """The part-of-speech veto of a document's matches: is a marker ruled out (Biber et al.
    1999: self-mention is a pronoun; attitude is carried by common words, not by names;
    denial "no" is a determiner)?

    - self-mention "us" that is the proper noun "US" (tag PROPN; without tags: upper case);
    - an attitude word that is part of a name ("United" in "United Nations": tag PROPN;
      without tags: capitalised inside a sentence, next to another capitalised word);
    - denial "no" before an adverb ("No Longer", "no more"), in headlines too.

    The token columns are read once per document, and matches of other kinds return at once
    (the columns per match were most of the veto's 0.3 s of CPU per 400 PolNeAR texts).
    """
    text, kind, sent_of = _token_columns(doc.tokens)
    n = len(doc.tokens)
    tags = doc.tags

    def veto(m: Match) -> bool:
        mk = m.kind
        if mk not in _VETO_KINDS:
            return False
        k = m.token_start
        tag = tags[k] if tags is not None else ""
        word = text(k)
        if mk == "self_mention":
            return tag == "PROPN" or (tags is None and word.isupper() and len(word) > 1)
        if mk == "attitude" and m.token_end - k == 1:
            if tag == "PROPN" and m.part == "body":
                return True
            if m.part != "body" or not word[:1].isupper():
                return False
            sk = sent_of(k)
            sent = [x for x in range(max(0, k - 30), min(n, k + 30))
                    if sent_of(x) == sk and kind(x) == "word"]
            if sum(text(x)[:1].isupper() for x in sent) * 2 > len(sent):
                return False  # a title-case line: capitals do not mark names there
            prev = k - 1 if k > 0 and sent_of(k - 1) == sk else None
            nxt = k + 1 if k + 1 < n and sent_of(k + 1) == sk else None
            cap = [x is not None and kind(x) == "word" and text(x)[:1].isupper()
                   for x in (prev, nxt)]
            return cap[0] or (cap[1] and (prev is not None or tag == "PROPN"))
        if mk == "engagement" and m.category == "denial" and word.lower() == "no":
            if k + 1 >= n or sent_of(k + 1) != sent_of(k):
                return False
            return text(k + 1).lower() in _NO_PHRASE or (tags is not None
                                                          and tags[k + 1] == "ADV")
        return False

    return veto


#: The kinds of marker `pos_veto` may rule out.
_VETO_KINDS = frozenset({"self_mention", "attitude", "engagement"})


def _token_columns(toks: Sequence[Span]) -> tuple[Callable[[int], str], Callable[[int], str],
                                                  Callable[[int], int | None]]:
    """Token ``x``'s text, kind and sentence number, read from a `TokenTable`'s columns
    without making a `Span` (or from the `Span`s of a plain sequence)."""
    if isinstance(toks, TokenTable):
        texts, kinds, rows, keys, names = toks.texts, toks.kinds, toks.rows, toks.keys, KIND_NAMES
        return (texts.__getitem__, lambda x: names[kinds[x]], lambda x: keys[rows[x]][2])
    return (lambda x: toks[x].text, lambda x: toks[x].kind, lambda x: toks[x].sentence)
