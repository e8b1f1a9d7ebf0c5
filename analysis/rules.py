"""Built-in context rules shared by the hedge, booster and stance lexicons.

Each rule is a plain function of a :class:`~analysis.matching.RuleContext`, registered by name
with :func:`~analysis.matching.register_rule`; a lexicon row names the rule in its ``rule``
column and ``analysis/lexicons/README.md`` documents what each one checks. Importing
:mod:`analysis.matching` imports this module, so every built-in rule is registered before any
lexicon is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .matching import NUMBER_WORDS, RuleContext, register_rule
from .matching import norm_form as _norm

_MONTH_CONTEXT = frozenset(
    "in of since until till by early late mid last next this during from through before after "
    "on".split())


@register_rule("not_month", note='"May" the month or a name is not the modal verb')
def _not_month(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "May" the month (and the surname); keep the modal verb.

    Lower-case "may" is always the modal. Capitalised "May" followed by a number or a comma, or
    preceded by a preposition of time ("in May", "since May", "early May") is the month. Inside
    a sentence of running text a capitalised "May" is the month or a name ("Theresa May"); at
    the start of a sentence, and in title-case headlines, it is the modal.
    """
    tok = ctx.words[ctx.i]
    if not tok.text[:1].isupper():
        return {}
    nxt = ctx.word_after()
    if nxt is None or nxt.kind == "number" or ctx.punct_between(tok, nxt):
        return None
    prev = ctx.before(1)
    if prev and prev[0] in _MONTH_CONTEXT:
        return None
    if ctx.i == 0 or tok.part in ("title", "subtitle"):
        return {}
    return None


_TIME_WORDS = frozenset(
    """end beginning start middle turn close half quarter
    year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries time noon midnight dawn dusk morning evening night
    january february march april may june july august september october november december
    spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday
    percent per cent""".split()
)
_QTY_SKIP = frozenset("the a an $ some another".split())


@register_rule("before_quantity", note="about/around approximate only before a number or time")
def _before_quantity(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "about/around ..." only when a quantity or time expression follows.

    Skips up to two determiners ("around the end of 2017", "about a third"); then the next
    word must be a number, a number word, a fraction ("third", "half"), or a time word
    (year, week, end, beginning, a month name, ...). "talk about peace" and "around the world"
    are rejected.
    """
    k = 0
    while k < 2 and ctx.word_after(k) is not None and _norm(ctx.word_after(k).text) in _QTY_SKIP:
        k += 1
    tok = ctx.word_after(k)
    if tok is None:
        return None
    w = _norm(tok.text)
    if tok.kind == "number" or w in NUMBER_WORDS or w in _TIME_WORDS:
        return {}
    if w in {"third", "thirds", "fourth", "quarter", "fifth", "tenth", "dozen"}:
        return {}
    return None


_APPEAR_NEXT = frozenset(
    "to that like likely unlikely certain set poised ready unable unwilling willing headed "
    "bound destined sure".split())


@register_rule("appear_epistemic", note='"appear to/that" is epistemic; "appear on/before" is not')
def _appear_epistemic(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "appear" when it takes a clause or an evaluation: "appears to", "appears that",
    "appears likely", "as if/as though"; or with impersonal "it"/"there" ("it appears",
    "it now appears"). Reject the verb of showing up: "appeared on television", "appear
    before the committee", "appeared in court".
    """
    nxt = ctx.after(2)
    if nxt and nxt[0] in _APPEAR_NEXT:
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


_NEGATORS = frozenset({"not", "n't", "no", "never", "hardly", "scarcely", "nor", "without"})
#: Words a negator may stand before without ending its scope ("not very clear", "is not always"),
#: shared by the negated-booster rule here and the denial rule in analysis/stance.py.
NEGATION_SKIP_WORDS = frozenset(
    "be is are was were been being so very entirely altogether all that always quite yet "
    "fully completely necessarily".split())


@register_rule("negated_booster", note="a negated booster ('not clear') is a hedge")
def _negated_booster(ctx: RuleContext) -> Mapping[str, Any] | None:
    """A booster under negation ("not clearly", "did not show", "no doubt" excepted) is a hedge.

    Looks back over up to three words, skipping copulas and degree words ("is not entirely
    clear"); if a negator ("not", "n't", "no", "never", "hardly", "without") is found, the match
    becomes ``kind="hedge"``, ``category="negated booster"`` and the span is extended to the
    negator. Otherwise the booster stands.

    References: Hyland, K. (2005). Metadiscourse. Continuum (negated boosters as hedges).
    """
    k = ctx.i - 1
    steps = 0
    while k >= 0 and steps < 3:
        w = ctx.norm[k]
        if w in _NEGATORS:
            if ctx.punct_between(ctx.words[k], ctx.words[ctx.i]):
                return {}
            return {"kind": "hedge", "category": "negated booster", "extend_left": ctx.i - k,
                    "label": f"negated by {ctx.words[k].text!r}"}
        if w not in NEGATION_SKIP_WORDS:
            break
        k -= 1
        steps += 1
    return {}


_AUTHOR_SUBJECTS = frozenset({"i", "we", "you", "one", "it", "this", "there", "that", "what"})
_SUBJECT_SKIP = frozenset(
    """is are was were be been being am 's 're 'm remain remains remained remaining seem seems
    seemed become becomes became feel feels felt still also itself themselves himself herself
    ourselves myself now very quite deeply increasingly so too rather really genuinely clearly
    not n't do does did don't doesn't didn't will would may might can could should must
    have has had 've 'd 'll just only all both even already probably widely generally
    privately publicly apparently""".split()
)


@register_rule("attributed", note="uncertainty or belief held by a third party is attributed")
def _attributed(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Label a doxastic verb or uncertainty adjective ``voice="attributed"`` when its holder is
    a third party ("the government is itself uncertain", "officials believe"), ``"author"``
    when the holder is the writer or impersonal ("I think", "we believe", "it is uncertain
    whether", "it is expected").

    Walks back from the match over auxiliaries, copulas, negation and adverbs to the nearest
    other word; if that is I/we/you/one or impersonal it/there/this, or nothing precedes, the
    voice is the author's; otherwise (a name, a noun, he/she/they/who ...) it is attributed.
    The match is kept either way: attribution changes whose hedge it is, not whether it is one.
    """
    k = ctx.i - 1
    while k >= 0 and ctx.norm[k] in _SUBJECT_SKIP:
        k -= 1
    if k < 0 or ctx.norm[k] in _AUTHOR_SUBJECTS or ctx.norm[k] == "to":
        return {}
    if ctx.punct_between(ctx.words[k], ctx.words[ctx.i]):
        return {}
    return {"voice": "attributed", "label": f"held by {ctx.words[k].text!r}"}


_SAY_VERBS = frozenset(
    """comment elaborate say identify disclose discuss specify name confirm reveal divulge
    release speculate answer respond predict""".split())


@register_rule("could_possibility", note="past inability ('could not find') is not a hedge")
def _could_possibility(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject negated "could" ("could not", "couldn't"): in news and argument it reports a past
    inability or an impossibility, a certain statement, not a possibility (dynamic rather than
    epistemic modality; Biber et al. 1999 6.6.2; Palmer 2001). Everything else is kept.
    """
    nxt = ctx.after(1)
    if nxt and nxt[0] in {"not", "n't", "never"}:
        return None
    if any(w in {"nor", "neither"} for w in ctx.before(3)):
        return None  # "Neither they nor X could be reached": a negated could
    return {}


_REPORTING = frozenset(
    """said says say told announced added stated insisted agreed decided promised pledged vowed
    declared confirmed indicated reported explained replied acknowledged conceded claimed
    saying telling announcing adding insisting promising pledging vowing declaring""".split())
_CONDITION = frozenset({"if", "unless"})


@register_rule("would_hypothetical", note="future-in-the-past and refusal 'would' are not hedges")
def _would_hypothetical(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep hypothetical "would"; reject two non-epistemic uses.

    1. Future in the past: after a reporting verb earlier in the sentence and no "if" between
       ("said it would seek", "announced that it would close"), "would" is the backshifted
       "will" of reported speech (Quirk et al. 1985 14.31), not a hedge by the writer.
    2. Refusal: "would not / wouldn't" + a verb of saying ("wouldn't comment", "would not
       elaborate") reports a refusal (volitional "would", Biber et al. 1999 6.6.2).
    """
    nxt = ctx.after(2)
    if nxt[:1] and nxt[0] in {"not", "n't"} and len(nxt) > 1 and nxt[1] in _SAY_VERBS:
        return None
    # the nearer of a condition word and a reporting verb before "would" decides
    return {} if ctx.last_index(_CONDITION) >= ctx.last_index(_REPORTING) else None


@register_rule("possible_epistemic",
               note="'as soon as possible', 'made possible' are not epistemic")
def _possible_epistemic(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "possible" where it means feasible, not perhaps-true: "as soon/quickly/much as
    possible", "made/make possible", "everything/all possible", "the best possible".
    """
    prev = ctx.before(2)
    if prev and prev[-1] in {"as", "made", "make", "makes", "making", "everything", "best",
                             "fastest", "lowest", "highest", "largest", "smallest", "widest"}:
        return None
    if prev[-2:] and prev[-2:][0] == "as":
        return None
    return {}


_DETERMINERS = frozenset(
    "the a an this that these those his her their its our my your no any each every some "
    "second first".split())


@register_rule("thought_verb", note="'a thought', 'second thoughts' are nouns, not belief verbs")
def _thought_verb(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "thought" after a determiner or adjective slot ("a thought", "second thoughts",
    "the thought of"); keep the verb ("officials thought", "is thought to")."""
    prev = ctx.before(1)
    if prev and prev[0] in _DETERMINERS:
        return None
    nxt = ctx.after(1)
    if nxt and nxt[0] == "of":
        return None
    return {}


@register_rule("verb_not_noun", note="'a show', 'an illustrated book' are not the factive verb")
def _verb_not_noun(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject a factive verb form right after a determiner (it is then a noun or an
    adjective: "the show", "an illustrated guide")."""
    prev = ctx.before(1)
    if prev and prev[0] in _DETERMINERS:
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


_QUESTION_VERBS = frozenset(
    """ask asks asked asking wonder wonders wondered wondering know knows knew see sees saw
    determine determined decide decided check checked unclear sure question questioned
    doubt doubted tell""".split())


@register_rule("if_condition", note="'if' after ask/wonder/know introduces a question")
def _if_condition(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "if" as a condition, except "as if" (comparison: rejected) and "if" after a
    question verb ("asked if", "wonder if", "not know if"), which is an indirect question:
    category ``investigation`` like "whether" (Szarvas et al. 2012)."""
    prev = ctx.before(2)
    if prev and prev[-1] == "as":
        return None
    if prev and prev[-1] in _QUESTION_VERBS:
        return {"category": "investigation", "label": "indirect question"}
    if len(prev) == 2 and prev[0] in _QUESTION_VERBS and prev[1] in {
            "me", "him", "her", "them", "us", "you"}:
        return {"category": "investigation", "label": "indirect question"}
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


@register_rule("that_clause", note="factive only with a that-clause")
def _that_clause(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept only when "that" follows directly ("established that ...")."""
    return {} if ctx.after(1) == ["that"] else None


_BELIEF_SUBJECT = frozenset(
    """i we you he she they who that which it police officials investigators authorities
    analysts experts many some others also still is was were are be been being am 're 's 'm
    not n't never strongly widely generally long""".split())
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
    or object after it ("suspect that", "expects the", "expected to").
    """
    prev = ctx.before(1)
    p = prev[0] if prev else ""
    if p in _DETERMINERS or p in {"no", "than", "as"} or (ctx.i > 0 and
                                                         ctx.words[ctx.i - 1].kind == "number"):
        return None
    nxt = ctx.after(1)
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
