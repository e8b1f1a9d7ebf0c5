"""Context rules for ``boosters.csv``: certainty adjectives, factive "know", asserting "prove".

References
----------
Hyland, K. (2005). Metadiscourse. Continuum (appendix: boosters, adjectives included: clear,
evident, obvious, certain, sure, undeniable, indisputable).
Kiparsky, P. and Kiparsky, C. (1970). Fact. In Bierwisch and Heidolph (eds.), Progress in
Linguistics. Mouton (factive "know that": the complement is presupposed true).
Quirk, R. et al. (1985). A Comprehensive Grammar of the English Language. Longman (7.19-7.35:
attributive and predicative adjectives; 16.21: copular "prove" + adjective).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..matching import RuleContext, register_rule
from ._shared import (
    _NEGATORS,
    BE_FORMS,
    NEGATION_SKIP_WORDS,
    is_adjective,
    is_noun,
    punct_after,
)

#: Verbs after which an adjective is predicative: be, the copulas of seeming and becoming, and
#: "make it" ("made it clear that").
_COPULAS = BE_FORMS | frozenset(
    "seem seems seemed appear appears appeared become becomes became remain remains remained "
    "look looks looked sound sounds sounded feel feels felt it".split())
#: Nouns of evidence and proposition that "clear" grades epistemically ("a clear sign", "clear
#: evidence"); elsewhere attributive "clear" is literal ("clear water", "a clear day").
_EVIDENCE_NOUNS = frozenset(
    "evidence sign signs signal signals indication indications proof case message example "
    "majority winner victory breach violation failure link connection pattern trend "
    "consensus".split())
#: Adjectives that are epistemic in every attributive use ("an obvious failure").
_ALWAYS_EPISTEMIC = frozenset(
    "obvious evident undeniable indisputable unmistakable unquestionable incontrovertible "
    "undisputed".split())


def negated(ctx: RuleContext) -> int | None:
    """Index of a negator within three words before the match (skipping copulas and degree
    words, as `negated_booster` does), or None."""
    k, steps = ctx.i - 1, 0
    while k >= 0 and steps < 3:
        w = ctx.norm[k]
        if w in _NEGATORS:
            return None if ctx.punct_between(ctx.words[k], ctx.words[ctx.i]) else k
        if w not in NEGATION_SKIP_WORDS:
            return None
        k -= 1
        steps += 1
    return None


def booster_or_negated(ctx: RuleContext) -> Mapping[str, Any]:
    """The booster as it is ({}), or, negated ("not clear"), a hedge of category negated
    booster whose span takes in the negator."""
    n = negated(ctx)
    if n is not None:
        return {"kind": "hedge", "category": "negated booster", "extend_left": ctx.i - n,
                "label": f"negated by {ctx.words[n].text!r}"}
    return {}


@register_rule("booster_adjective", note="'it is clear', 'an obvious failure' boost; 'clear "
                                         "water' does not")
def _booster_adjective(ctx: RuleContext) -> Mapping[str, Any] | None:
    """A certainty adjective is a booster predicatively ("the answer is clear", "seems
    obvious", "made it clear that", "I am certain") or attributively where it grades a
    proposition: always for obvious/evident/undeniable ("an obvious failure"), and for "clear"
    before a noun of evidence ("a clear sign", "clear evidence"). "certain/sure" only
    predicatively ("a certain person", "make sure" are not). Negated, it becomes a hedge
    (category negated booster), like the adverbs."""
    w = ctx.norm[ctx.i]
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    k = ctx.i - 1
    while k >= 0 and ctx.norm[k] in NEGATION_SKIP_WORDS - BE_FORMS | _NEGATORS:
        k -= 1
    predicative = k >= 0 and ctx.norm[k] in _COPULAS and not (
        nxt and not punct_after(ctx, ctx.j - 1) and is_noun(ctx, ctx.j))
    if prev in ("make", "makes", "made", "making") and w in ("sure", "certain"):
        return None
    if not predicative:
        if w in ("certain", "sure", "clear"):
            if w == "clear" and nxt in _EVIDENCE_NOUNS:
                return {}
            return None
        if w not in _ALWAYS_EPISTEMIC and w.rstrip("ly") not in _ALWAYS_EPISTEMIC:
            return None
        if not nxt or punct_after(ctx, ctx.j - 1):
            return None
    return booster_or_negated(ctx)


@register_rule("factive_know", note="'know that' presents the clause as fact; negated it is "
                                    "dropped")
def _factive_know(ctx: RuleContext) -> Mapping[str, Any] | None:
    """"know(s)/knew/known that ..." is factive: the clause is presupposed true (Kiparsky and
    Kiparsky 1970), a booster (Hyland 2005: know). Negated ("did not know that") it reports
    someone's ignorance of a fact, neither a booster nor a hedge: rejected."""
    return None if negated(ctx) is not None else {}


#: Adjectives and participles after copular "prove" ("proved costly", "is proving unable"):
#: fallback when no tagger is installed.
_PROVE_ADJ = frozenset(
    "unable able difficult hard easy costly elusive popular successful fatal decisive "
    "useful useless futile impossible invaluable crucial controversial wrong right "
    "problematic tricky tough".split())


@register_rule("prove_asserts", note="'proved that', 'proved the case' boost; copular 'proved "
                                     "costly', 'proving unable' do not")
def _prove_asserts(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "prove" when it asserts a demonstration: with a that-clause or an object ("proved
    that", "proves the point", "was proven"), negated as a hedge ("did not prove"). Reject
    copular "prove" + adjective or "to be" (= turn out: "proved costly", "are proving unable",
    "proved to be"; Quirk et al. 1985 16.21): it reports an outcome, not the writer's
    certainty."""
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    if nxt and not punct_after(ctx, ctx.j - 1):
        if nxt in ("to", "too", "more", "less", "very", "so", "far", "a", "an") and ctx.norm[
                ctx.i] != "proven":
            if nxt in ("a", "an"):
                # "proved a success/failure": copular with a noun complement
                return None
            return None
        if nxt in _PROVE_ADJ or is_adjective(ctx, ctx.j):
            return None
    return booster_or_negated(ctx)


@register_rule("really_emphatic", note="'not really' is a downtoner, not a booster or a hedge")
def _really_emphatic(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Emphatic "really" is a booster; under negation ("not really", "don't really like") it is
    a downtoner of degree (Quirk et al. 1985 8.113), not uncertainty about a proposition:
    rejected rather than turned into a hedge."""
    return None if negated(ctx) is not None else {}
