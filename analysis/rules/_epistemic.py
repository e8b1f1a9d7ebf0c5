"""Context rules for the epistemic verbs, adjectives and nouns of ``hedges.csv``.

The literal senses of epistemic words ("looks like" of appearance, "think about", "believe in",
the noun "thought"), belief and report cues that need their complement ("considered", "accused
of", "is said to"), statistical and technical terms ("the predicted value", "maximum
likelihood"), and investigation verbs that open a question ("examine whether").

References
----------
Biber, D. et al. (1999). Longman Grammar of Spoken and Written English. Longman (9.2.3: verbs
controlling that-clauses; 10.2: stance adverbials).
Hyland, K. (2005). Metadiscourse. Continuum (appendix: hedges and boosters).
Quirk, R. et al. (1985). A Comprehensive Grammar of the English Language. Longman (16.21-16.31:
complementation of verbs; 3.70: prepositional verbs).
Szarvas, G. et al. (2012). Cross-genre and cross-domain detection of semantic uncertainty.
Computational Linguistics 38(2) (doxastic and investigation cues).
Vincze, V. et al. (2008). The BioScope corpus. BMC Bioinformatics 9(Suppl 11), S9 (annotation
guidelines: technical uses of "predicted", "probability" are not speculation cues).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from typing import Any

from ..matching import RuleContext, register_rule
from ._shared import (
    _DETERMINERS,
    BE_FORMS,
    NUMBER_WORDS,
    SUBJECT_PRONOUNS,
    is_adjective,
    is_noun,
    punct_after,
)

_APPEAR_NEXT = frozenset(
    "to that like likely unlikely certain set poised ready unable unwilling willing headed "
    "bound destined sure".split())


#: Degree adverbs before a predicative adjective ("appears increasingly eager").
_DEGREE = frozenset(
    "increasingly more less most least very quite rather fairly somewhat so too all "
    "almost nearly still ever even far much".split())


@register_rule("appear_epistemic", note='"appear to/that/weaker" is epistemic; "appear on" is not')
def _appear_epistemic(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "appear" when it takes a clause or an evaluation: "appears to", "appears that",
    "appears likely", "as if/as though", a predicative adjective ("the party appears weaker",
    "appeared increasingly eager", "seemed nervous": copular appear, Quirk et al. 1985 16.21);
    or with impersonal "it"/"there" ("it appears", "it now appears"). Reject the verb of
    showing up: "appeared on television", "appear before the committee", "appeared in court".
    Adjectives: tag JJ* with a tagger; else a degree adverb, an adjective suffix, or a
    comparative in -er that is not an adverb of time ("later", "earlier").
    """
    nxt = ctx.after(2)
    if nxt and nxt[0] in _APPEAR_NEXT:
        return {}
    if nxt and not punct_after(ctx, ctx.j - 1):
        if nxt[0] in _DEGREE and len(nxt) > 1 and is_adjective(ctx, ctx.j + 1):
            return {}
        if is_adjective(ctx, ctx.j):
            return {}
        if (ctx.tag(ctx.j) or "JJ")[:2] != "IN" and len(
                nxt[0]) > 4 and nxt[0].endswith(("er", "ier")) and (
                nxt[0] not in ("later", "earlier", "together", "never", "ever", "either",
                               "other", "further", "rather", "after", "under", "over")):
            return {}
    if nxt[:2] in (["as", "if"], ["as", "though"]):
        return {}
    prev = ctx.before(2)
    if prev and (prev[-1] in {"it", "there"} or prev[-2:] in (["it", "now"], ["it", "also"],
                                                               ["it", "would"], ["it", "may"])):
        return {}
    if not nxt:
        return {}  # sentence-final "so it appears."
    return None


@register_rule("thought_verb", note="'a thought', 'second thoughts' are nouns, not belief verbs")
def _thought_verb(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "thought" after a determiner or a quantifier ("a thought", "second thoughts",
    "much thought"), before "of" ("the thought of"), and the phrasal verb "thought out/through/
    up" (planned, invented); keep the verb ("officials thought", "is thought to")."""
    prev = ctx.before(1)
    if prev and (prev[0] in _DETERMINERS or prev[0] in ("much", "little", "more", "careful",
                                                          "serious", "political", "'s")):
        return None
    nxt = ctx.after(1)
    if nxt and nxt[0] in ("of", "out", "through", "up"):
        return None
    return {}


_DEONTIC = frozenset("should must ought need needs have has to".split())


@register_rule("not_after_deontic", note="'should (not) assume' prescribes; it does not hedge")
def _not_after_deontic(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject a belief verb governed by a deontic modal ("the strategy should assume that",
    "we must not assume"): it prescribes what to take as given; it does not qualify the
    writer's commitment to a proposition. Such sentences are counted by the deontic lexicon.
    """
    k = ctx.i - 1
    while k >= 0 and ctx.norm[k] in {"not", "n't", "never", "also", "simply", "just"}:
        k -= 1
    if k >= 0 and ctx.norm[k] in {"should", "must", "ought"}:
        return None
    if k >= 1 and ctx.norm[k] == "to" and ctx.norm[k - 1] in {"ought", "need", "needs", "have",
                                                                "has"}:
        return None
    return {}


@register_rule("kind_of_adverb", note="'kind of odd' hedges; 'a kind of weapon' does not")
def _kind_of_adverb(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "kind of / sort of" only as a degree adverb: not after a determiner or adjective
    ("a kind of", "this sort of", "the same kind of", "all sorts of")."""
    prev = ctx.before(1)
    if prev and (prev[0] in _DETERMINERS or prev[0] in {"same", "what", "all", "new", "other",
                                                          "different", "any"}):
        return None
    return {}


_BELIEF_SUBJECT = frozenset(
    """i we you he she they who that which it police officials investigators authorities
    analysts experts many some others also still is was were are be been being am 're 's 'm
    not n't never strongly widely generally long had has have 've 'd""".split())
_BELIEF_OBJECT = frozenset(
    """that to he she it they we i you the a an this these those his her their its there him
    them us so""".split())


@register_rule("belief_verb",
               note="'a suspect', 'than expected', 'the expected gain' are no beliefs")
def _belief_verb(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep a belief verb used as a verb; reject its noun and attributive-adjective uses.

    Rejected: after a determiner, number or "no" ("a suspect", "no suspects", "the expected
    gain"), after "than"/"as" ("than expected", "as expected": the outcome is known), and a
    bare participle before a noun with no subject or clause ("suspected weapons sites").
    Kept: with a subject or auxiliary before it ("police suspect", "is expected") or a clause
    or object after it ("suspect that", "expects the", "expected to"). With a tagger, a word
    tagged as a finite verb, or as a participle after a verb, noun or adverb, is kept.
    """
    prev = ctx.before(1)
    p = prev[0] if prev else ""
    if p in _DETERMINERS or p in {"no", "than", "as", "another", "other"} or p in NUMBER_WORDS or (
            ctx.i > 0 and ctx.words[ctx.i - 1].kind == "number"):
        return None
    nxt = ctx.after(1)
    if any(w in ("than", "as") for w in ctx.before(3)):
        return None  # "than analysts had expected", "as many had suspected": a known outcome
    if ctx.norm[ctx.i] == "expected" and (not nxt or nxt[0] in (
            "after", "before", "since", "for", "and", "but")) and (
            p in BE_FORMS or p in ("widely", "long", "generally")):
        return None  # "the move had been widely expected (after ...)": the event has happened
    t = ctx.tag(ctx.i)
    nt = ctx.tag(ctx.j) or ""
    if t in ("VBZ", "VBP") or (t == "VBD" and not nt.startswith("NN")) or (
            t == "VBN" and (p in BE_FORMS or nxt[:1] in (["to"], ["of"], ["that"]))):
        return {}  # tagged a finite verb, or a passive participle ("terrorists suspected of")
    if p in _BELIEF_SUBJECT or (nxt and nxt[0] in _BELIEF_OBJECT) or not nxt:
        return {}
    if p and ctx.words[ctx.i - 1].text[:1].isupper():
        return {}  # a name as subject: "Smith suspects"
    return None


_CLAUSE_SUBJECTS = frozenset("that he she it they we i you there this these those".split())


@register_rule("clause_complement", note="belief 'assume that ...' versus 'assume control'")
def _clause_complement(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept a verb only with a clause after it: "that", a subject pronoun ("assume it is"),
    or nothing (sentence end); reject it with a noun-phrase object, where "assume" means
    take on ("assumed certain of its liabilities", "assume control")."""
    nxt = ctx.after(1)
    return {} if not nxt or nxt[0] in _CLAUSE_SUBJECTS else None



# --- literal senses ----------------------------------------------------------------------------


@register_rule("think_belief", note="'think about/of' and the noun 'thinking' are no beliefs")
def _think_belief(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "think about/of/over/through" (to consider, a prepositional verb: Quirk et al.
    1985 3.70), imperative "think" at the start of a sentence, and "thinking" as a noun ("their
    thinking", "strategic thinking" after a determiner or adjective). Belief "think (that)" is
    kept."""
    nxt = ctx.after(1)
    if nxt and nxt[0] in ("about", "of", "over", "through", "twice", "ahead", "back", "big"):
        return None
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    if ctx.norm[ctx.i] == "thinking" and (prev in _DETERMINERS or prev == "'s" or (
            prev and prev not in BE_FORMS and is_adjective(ctx, ctx.i - 1))):
        return None
    return {}


@register_rule("believe_belief", note="'believe in', 'believe me', 'hard to believe' are not "
                                      "beliefs about a proposition")
def _believe_belief(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "believe in" (trust, value: a prepositional verb), "believe me/us" (an emphatic
    appeal, not a hedge) and "hard/difficult/easy to believe" (an evaluation of credibility:
    "as hard to believe as it is"). Belief "believe (that)" is kept."""
    nxt = ctx.after(1)
    if nxt and nxt[0] in ("in", "me", "us"):
        return None
    prev = ctx.before(2)
    if len(prev) == 2 and prev[1] == "to" and prev[0] in (
            "hard", "difficult", "easy", "impossible", "tough"):
        return None
    if prev[-1:] == ["make"] or prev[-1:] == ["make-believe"]:
        return None
    return {}


@register_rule("like_clause", note="'looks like a dog' is appearance; 'looks like it will' is "
                                   "inference")
def _like_clause(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "look(s/ed) like" as an inference when a clause follows ("it looks like the West
    wants ...", "looks like they will") or the subject is impersonal ("it looks like",
    "this looks like"); reject the comparison of appearance with a noun phrase ("looks like a
    dog", "looked like his father"). With tags: a verb after "like" before the next punctuation;
    without: a subject pronoun after "like", or impersonal "it" before "looks"."""
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    if prev in ("it", "that") and not direct_object_follows(ctx):
        return {}
    k = ctx.j
    if k < len(ctx.words) and ctx.norm[k] in SUBJECT_PRONOUNS - {"this", "that", "these",
                                                                   "those"}:
        return {}
    if ctx.tags() is not None:
        for m in range(k, min(k + 8, len(ctx.words))):
            if m > k and punct_after(ctx, m - 1):
                break
            t = ctx.tag(m) or ""
            if t.startswith("VB") or t == "MD":
                return {}
    return None


def direct_object_follows(ctx: RuleContext) -> bool:
    """"it looks like a dog": a short noun phrase ending the clause right after "like"."""
    k = ctx.j
    if k < len(ctx.words) and ctx.norm[k] in ("a", "an"):
        return k + 2 >= len(ctx.words) or punct_after(ctx, k + 1)
    return False


# --- belief and report cues that need their complement ---------------------------------------


@register_rule("consider_belief", note="'is considered (to be) X', 'considers it X' are beliefs;"
                                       " 'considering buying' is deliberation")
def _consider_belief(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "consider" as a verb of opinion (Szarvas et al. 2012: doxastic; Quirk et al. 1985
    16.45 complex-transitive): passive "is/was widely considered (to be) ...", "considered
    that", "consider it/him ...", "considers the sanctions essential"; reject deliberation
    ("is considering buying", "will consider the proposal", "considered for the post") and
    the imperative ("Consider the case of ..."). Lexical test for "considers X Y": a
    determiner or name then, within four words and before punctuation, an adjective or
    "a/an/the" + noun (the second complement)."""
    w = ctx.norm[ctx.i]
    nxt = ctx.after(1)
    if w == "considering" or ctx.i == 0 or ctx.punct_between(ctx.words[ctx.i - 1],
                                                            ctx.words[ctx.i]):
        return None  # deliberation, or the imperative ("Really, consider this ...")
    if ctx.j < len(ctx.norm) and ctx.norm[ctx.j].endswith("ing") and ctx.norm[ctx.j] != "thing":
        return None  # "might consider filing": deliberation
    if nxt and nxt[0] in ("for", "buying", "selling", "whether", "how", "what", "a", "an"):
        return None
    prev = ctx.norm[ctx.i - 1]
    passive = prev in BE_FORMS or prev in ("widely", "generally", "often", "long", "once",
                                           "commonly", "largely", "still", "now", "also")
    if passive:
        return {}
    if nxt and nxt[0] in ("that", "it", "him", "her", "them", "this", "himself", "herself",
                          "themselves", "itself", "me", "us", "to"):
        return {}
    for m in range(ctx.j + 1, min(ctx.j + 5, len(ctx.words))):
        if punct_after(ctx, m - 1):
            break
        if is_adjective(ctx, m, fallback=frozenset(
                "essential necessary important vital crucial key responsible likely unlikely "
                "dangerous safe critical".split())) or ctx.norm[m] in ("own", "a", "an"):
            return {}
    return None


@register_rule("accused_of", note="'accused of', 'charged with': an unproven claim")
def _accused_of(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "accuse(d)" when its charge follows ("accused X of fraud": "of" within five words
    with no punctuation between) or as the attributive adjective before a person noun ("the
    accused killer"): the accusation is a claim not yet proven (Szarvas et al. 2012 annotate
    it as doxastic). Reject the noun "the accused" standing alone."""
    for m in range(ctx.j, min(ctx.j + 5, len(ctx.words))):
        if m > ctx.j and punct_after(ctx, m - 1):
            break
        if ctx.norm[m] == "of":
            return {}
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    if ctx.j < len(ctx.words) and not punct_after(ctx, ctx.j - 1) and (
            prev in _DETERMINERS or prev == "and") and is_noun(ctx, ctx.j) is not False \
            and ctx.norm[ctx.j] not in BE_FORMS | {"of", "and", "who", "to", "in"}:
        return {}
    return None


@register_rule("passive_report", note="'is said to', 'is supposed to': evidential only after be")
def _passive_report(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "said to / supposed to / reported to" only after a form of *be* (a raised
    passive: "is said to be", "were reported to have fled", Quirk et al. 1985 16.28): the
    claim is hearsay or expectation. "He said to wait" is not a hedge."""
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    k = ctx.i - 1
    while k >= 0 and ctx.norm[k] in ("widely", "also", "still", "now", "often", "not", "n't"):
        k -= 1
    return {} if k >= 0 and (ctx.norm[k] in BE_FORMS or prev in BE_FORMS) else None


#: Nouns after which a belief noun is a benchmark already met or missed ("below expectations",
#: "in line with expectations": the outcome is known, as with "than expected").
_BENCHMARK = frozenset(
    "than below above beyond exceeded exceed exceeds beat beats met meet meets missed miss "
    "topped with defied".split())


@register_rule("belief_noun", note="'below expectations', 'beat expectations' compare an "
                                   "outcome already known")
def _belief_noun(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject a belief noun used as the benchmark of a known outcome: after a comparative or
    a verb of meeting it within three words ("than expectations", "below analysts'
    expectations", "met our expectations", "in line with expectations"; cf. "than expected").
    A belief held ("the expectation that talks resume") is kept."""
    k = ctx.i - 1
    steps = 0
    while k >= 0 and steps < 3:
        w = ctx.norm[k]
        if w in _BENCHMARK:
            return None
        if ctx.punct_between(ctx.words[k], ctx.words[k + 1]):
            break
        k -= 1
        steps += 1
    return {}


# --- statistical and technical vocabulary ---------------------------------------------------

#: Terms of a method: "the predicted value", "maximum likelihood", "probability distribution".
_METHOD_BEFORE = frozenset(
    "maximum log posterior prior conditional joint marginal transition emission "
    "per-residue".split())
_METHOD_AFTER = frozenset(
    "value values ratio ratios distribution distributions density densities function "
    "functions model models score scores interval intervals estimate estimates error errors "
    "structure structures sequence sequences protein proteins gene genes region regions "
    "site sites curve curves threshold thresholds mass weight".split())


@register_rule("not_technical", note="'maximum likelihood', 'the predicted value', 'as "
                                     "indicated in Fig. 2' are method, not hedges")
def _not_technical(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject a probability or prediction word used as a term of a method (the BioScope
    guidelines, Vincze et al. 2008, do not annotate such terms): after a statistical modifier
    ("maximum likelihood", "posterior probability"), before a measurement noun ("the
    predicted value", "probability distribution", "likelihood ratio"), or "as indicated/shown
    in/by/above/below" (a pointer to a figure or table, not an inference)."""
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    if prev in _METHOD_BEFORE:
        return None
    if nxt in _METHOD_AFTER and not punct_after(ctx, ctx.j - 1):
        return None
    if prev == "as" and nxt in ("in", "by", "above", "below", "earlier", "previously"):
        return None
    if prev in _DETERMINERS and ctx.norm[ctx.i].endswith("ed") and nxt and not punct_after(
            ctx, ctx.j - 1) and nxt not in BE_FORMS and nxt not in ("that", "to", "by"):
        return None  # attributive participle: "a total indicated value", "the predicted rise"
    return {}


def _clause_final(ctx: RuleContext) -> bool:
    """The match ends its clause: the sentence ends, or a comma, stop, colon or semicolon
    follows it."""
    starts = ctx.memo("token_starts", lambda: [t.start for t in ctx.tokens])
    k = bisect_left(starts, ctx.words[ctx.j - 1].end)
    return k >= len(starts) or ctx.tokens[k].text in (",", ".", ";", ":", "!", "?")


@register_rule("estimate_sense", note="'estimated that ...' is a belief; 'estimated at 1.3 "
                                      "billion' approximates a quantity")
def _estimate_sense(ctx: RuleContext) -> Mapping[str, Any] | None:
    """"estimate" with a clause is a belief (Szarvas et al. 2012: doxastic): "it is estimated
    that", "she estimates her properties are worth ...", "estimated earnings fell"; with a
    quantity ("estimated at $5 million", "an estimated 2.5%") it hedges the precision of a
    number (approximator, the row's category). With tags: a verb before the next punctuation
    mark (within eight words, not after "of"/"at") makes a clause; without: "that" or a
    subject pronoun follows. Clause-final after its subject ("..., a spokesman estimated.") it
    reports the clause before it."""
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    if nxt in ("that",) or nxt in SUBJECT_PRONOUNS - {"this", "that", "these", "those"}:
        return {"category": "doxastic verb", "label": "estimate with a clause"}
    if ctx.norm[ctx.i - 1 if ctx.i else 0] in _DETERMINERS or (ctx.tag(ctx.i) or "").startswith(
            "NN"):
        return {}  # "an estimated $470 million", the noun "estimates": a quantity
    if ctx.i > 0 and _clause_final(ctx) and ctx.norm[ctx.i - 1] not in BE_FORMS:
        return {"category": "doxastic verb", "label": "estimate reporting a clause"}
    if ctx.tags() is not None and nxt not in ("at", "to", "of", "by"):
        for m in range(ctx.j, min(ctx.j + 8, len(ctx.words))):
            if m > ctx.j and (punct_after(ctx, m - 1) or ctx.norm[m - 1] in ("of", "at")):
                break
            t = ctx.tag(m) or ""
            if t.startswith("VB") and t not in ("VBG", "VBN") or t == "MD":
                return {"category": "doxastic verb", "label": "estimate with a clause"}
    return {}


@register_rule("clause_object", note="'indicated that', 'indicated the navy will' infer; "
                                     "'indicated its interest' reports")
def _clause_object(ctx: RuleContext) -> Mapping[str, Any] | None:
    """With a tagger, keep an evidential verb ("indicate", "see ... as") only with a clause
    after it ("indicated that ...", "indicated the navy will ..."): with a plain noun-phrase
    object ("indicated its interest", "indicated the end of the mission") it reports an act of
    showing or saying, not an inference. Without a tagger everything but a determiner + noun
    with no verb in sight is kept (the lexical context cannot see the verb)."""
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    if not nxt or nxt in ("that", "to") or nxt in SUBJECT_PRONOUNS:
        return {}
    if ctx.tags() is None:
        return {}
    for m in range(ctx.j, min(ctx.j + 8, len(ctx.words))):
        if m > ctx.j and punct_after(ctx, m - 1):
            break
        t = ctx.tag(m) or ""
        if (t.startswith("VB") and t not in ("VBG",)) or t == "MD":
            return {}
    return None


@register_rule("see_as", note="'sees alliances as the way' is an opinion; 'saw the film' is not")
def _see_as(ctx: RuleContext) -> Mapping[str, Any] | None:
    """"see/sees/saw X as Y" is a verb of opinion (complex-transitive, Quirk et al. 1985 16.45;
    Szarvas et al. 2012: doxastic): accepted when "as" follows within six words with no
    punctuation between and is not "as well", "as soon", "as much", "as long", "as far"."""
    for m in range(ctx.j + 1, min(ctx.j + 7, len(ctx.words))):
        if punct_after(ctx, m - 1):
            return None
        if ctx.norm[m] == "as":
            after = ctx.norm[m + 1] if m + 1 < len(ctx.norm) else ""
            return None if after in ("well", "soon", "much", "long", "far", "many", "if",
                                     "though", "often", "quickly") else {}
    return None


@register_rule("impersonal_subject", note="'it looks as though they panicked' infers; 'she "
                                          "looked as if she knew' describes her")
def _impersonal_subject(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "look(s) as if/as though" only with an impersonal subject ("it", "this", "that",
    "things", possibly with an adverb between: "it now looks as though"): an inference from
    appearances about a state of affairs. With a personal subject ("she looked as if she knew")
    it describes that person's look."""
    k = ctx.i - 1
    while k >= 0 and ctx.norm[k] in ("now", "still", "also", "really", "certainly", "just"):
        k -= 1
    return {} if k >= 0 and ctx.norm[k] in ("it", "this", "that", "things") else None
