"""Context rules for the modal verbs and conditions of ``hedges.csv``.

Which modal uses are epistemic (a judgement about the truth of a proposition) and which are
not: future in the past, habitual past, questions, refusal, permission, wish, past ability;
which "if" and "as long as" open a condition; and the consequent of a condition, which the
Szeged guidelines annotate as a condition cue.

References
----------
Quirk, R., Greenbaum, S., Leech, G. and Svartvik, J. (1985). A Comprehensive Grammar of the
English Language. Longman (4.50-4.59 modals; 14.31 backshift in reported speech; 15.33-15.40
conditional clauses; 15.44 "as long as").
Biber, D. et al. (1999). Longman Grammar of Spoken and Written English. Longman (6.6.2-6.6.3:
permission, ability, volition, habitual "would").
Palmer, F. R. (2001). Mood and Modality. 2nd ed. Cambridge University Press (dynamic versus
epistemic modality).
Szarvas, G. et al. (2012). Cross-genre and cross-domain detection of semantic uncertainty.
Computational Linguistics 38(2) (hypo_condition cues: the condition and its consequent).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from typing import Any

from ..matching import RuleContext, register_rule
from ._shared import (
    _DETERMINERS,
    _TIME_WORDS,
    BE_FORMS,
    NUMBER_WORDS,
    SUBJECT_PRONOUNS,
    WH_WORDS,
    clause_follows,
    condition_at,
    condition_in,
    direct_question,
    inside_condition,
    is_past,
    past_clause,
    punct_after,
    question_verb_before,
)

# --- reported speech and thought ---------------------------------------------------------------

#: Verbs of saying and of thinking that take a reported clause (Quirk et al. 1985 14.31, 16.31;
#: Biber et al. 1999 9.2.3: speech-act and cognition verbs controlling that-clauses), lemmas;
#: inflected forms are derived below.
_REPORT_LEMMAS = (
    "say tell announce add state insist agree decide promise pledge vow declare confirm "
    "indicate report explain reply acknowledge concede claim argue counter warn write testify "
    "conclude predict forecast assure suggest maintain contend assert allege admit deny hint "
    "think believe expect know realize realise fear hope assume guess figure suppose feel "
    "worry wonder ask doubt anticipate imagine understand learn calculate estimate reckon "
    "speculate project")
_IRREGULAR = {"say": "said", "tell": "told", "think": "thought", "know": "knew known",
              "feel": "felt", "write": "wrote written", "understand": "understood",
              "learn": "learned learnt", "hint": "hinted", "deny": "denied", "reply": "replied",
              "worry": "worried", "testify": "testified", "forecast": "forecast forecasted"}


def _forms(lemma: str) -> tuple[set[str], set[str]]:
    """(present and -ing forms, past forms) of a regular or listed irregular verb (the -ing
    participle takes its tense from the main clause, so it counts as present: "saying
    Washington would break the law" keeps its hypothetical)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        pres = {lemma, lemma[:-1] + "ies"}
    else:
        pres = {lemma, lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")}
    past = set(_IRREGULAR.get(lemma, "").split()) or {stem + "ed"}
    return pres | {stem + "ing"}, past


_REPORT_PRESENT: frozenset[str] = frozenset(w for lem in _REPORT_LEMMAS.split()
                                            for w in _forms(lem)[0])
_REPORT_PAST: frozenset[str] = frozenset(w for lem in _REPORT_LEMMAS.split()
                                         for w in _forms(lem)[1])
#: Adjectives of cognition that take a clause ("confident that", "sure", "curious why").
_COGNITION_ADJ = frozenset(
    "confident sure certain convinced aware afraid hopeful curious worried unaware "
    "optimistic pessimistic doubtful".split())
_AUTHOR = frozenset({"i", "we"})
#: Every form `_report_word` may accept.
_REPORT_ANY = _REPORT_PAST | _REPORT_PRESENT | _COGNITION_ADJ


def _report_word(ctx: RuleContext, k: int) -> bool | None:
    """None if word ``k`` is no verb of saying or thinking; else whether it is past."""
    w = ctx.norm[k]
    if w in _REPORT_PAST and (ctx.tag(k) is None or is_past(ctx, k)):
        return True
    if w in _REPORT_PRESENT:
        return any(a in ("did", "had") for a in ctx.norm[max(0, k - 3):k])
    if w in _COGNITION_ADJ:
        be = ctx.norm[k - 1] if k else ""
        return be in ("was", "were", "felt", "seemed", "appeared", "had", "been")
    return None


def _report_heads(ctx: RuleContext) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Positions of the sentence's verbs of saying or thinking and whether each is past, found
    once per sentence."""
    def compute() -> tuple[tuple[int, ...], tuple[bool, ...]]:
        # only the words `_report_word` can accept are tried (the others give None)
        norm = ctx.norm
        found = [(k, p) for k in range(len(ctx.words))
                 if norm[k] in _REPORT_ANY and (p := _report_word(ctx, k)) is not None]
        return tuple(k for k, _ in found), tuple(p for _, p in found)
    return ctx.memo("report_heads", compute)


def reported_head(ctx: RuleContext) -> tuple[int, bool] | None:
    """The nearest verb of saying or thinking (or cognition adjective) before the match:
    ``(index, past)``, past meaning a past form (VBD/VBN with a tagger) or an adjective after a
    past *be* ("was confident"); None when the match is not in reported speech or thought, or
    when a contrastive conjunction ("but", "although", "while") opens a new clause between
    (not right before the match: "said it would grow but would not pay" is one report)."""
    pos, past = _report_heads(ctx)
    k = bisect_left(pos, ctx.i) - 1
    c = ctx.last_index(_CONTRAST)
    if k < 0 or pos[k] < c < ctx.i - 1:
        return None  # "He said no, but it would be a mistake": a new clause of the writer's
        # ("said it would grow but would not pay": one report, the verb phrases coordinated)
    return pos[k], past[k]


_WH_QUESTION = frozenset("why how what which who when where".split())
#: Conjunctions that start a clause of their own after a report (the report's scope ends).
_CONTRAST = frozenset("but although though whereas while yet however".split())


def _holder_is_author(ctx: RuleContext, k: int) -> bool:
    m = k - 1
    while m >= 0 and ctx.norm[m] in BE_FORMS | {"not", "n't", "also", "had", "have", "do",
                                                  "did", "does", "still", "then"}:
        m -= 1
    return m >= 0 and ctx.norm[m] in _AUTHOR


# --- would -----------------------------------------------------------------------------------

_SAY_VERBS = frozenset(
    """comment elaborate say identify disclose discuss specify name confirm reveal divulge
    release speculate answer respond predict talk""".split())
#: Frequency adverbials that make a past "would" habitual (Quirk et al. 1985 4.59; Biber et
#: al. 1999 6.6.3.2): "every summer they would ...".
_HABITUAL = frozenset(
    "often usually always sometimes frequently regularly routinely occasionally typically "
    "invariably whenever nightly daily weekly".split())
_EVERY = frozenset({"every", "each"})


def _habitual_markers(norm: tuple[str, ...]) -> tuple[bool, int]:
    """(a frequency adverbial anywhere, the first "used to" or len(norm))."""
    freq, used = False, len(norm)
    for k, w in enumerate(norm):
        if w in _HABITUAL or (w in _EVERY and k + 1 < len(norm) and norm[k + 1] in _TIME_WORDS):
            freq = True
        if w == "used" and k + 1 < len(norm) and norm[k + 1] == "to" and k < used:
            used = k
    return freq, used


def _habitual(ctx: RuleContext) -> bool:
    freq, used = ctx.memo("habitual", lambda: _habitual_markers(ctx.norm))
    return freq or used < ctx.i


def _inverted_question(ctx: RuleContext) -> bool:
    """A direct question with "would" before its subject: "Would they ...?", "Why would ...?"."""
    if not direct_question(ctx):
        return False
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    if ctx.j >= len(ctx.words):
        return False
    return (ctx.i == 0 or prev in WH_WORDS or prev in ("and", "but", "so", "or")) and (
        nxt in SUBJECT_PRONOUNS or nxt in _DETERMINERS or nxt in _INDEFINITE
        or nxt in ("n't", "not") or ctx.words[ctx.j].text[:1].isupper())


_INDEFINITE = frozenset(
    "anyone anybody anything someone somebody something everyone everybody everything "
    "nobody nothing people one".split())


@register_rule("would_hypothetical",
               note="future in the past, habitual past, questions, refusal are not hedges")
def _would_hypothetical(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep hypothetical "would"; reject its non-epistemic uses; give the reported voice its own.

    Rejected:
    1. "would-be" after a determiner ("their would-be neighbours": an adjective).
    2. Refusal: "would not / wouldn't" + a verb of saying ("wouldn't comment").
    3. A direct question with "would" inverted ("Would they have acted ...?"): it asks; so does
       a headline's "Why/How ... would" without its question mark.
    4. Habitual past, with a frequency adverbial and no condition ("every summer they would
       sail", "she would often call").
    5. In an indirect question with no condition ("could not say if prices would match",
       "curious why a stranger would park there").
    6. Future in the past: in the clause of a past verb of saying or thinking ("said it would
       close", "thought voters would repudiate", "was confident he would win") with no condition
       in the sentence: the backshifted "will" of reported speech (Quirk et al. 1985 14.31).
    Kept, ``voice="attributed"``: in reported speech with a condition ("said it would strike
    unless ...") or after a present reporting verb ("says it would"): a hypothetical held by
    the reported speaker (the author's when the speaker is I/we).
    """
    i = ctx.i
    prev = ctx.norm[i - 1] if i else ""
    if prev in _DETERMINERS - {"that", "this", "these", "those", "no", "any", "some", "each",
                               "every", "first", "second"}:
        return None
    nxt = ctx.after(2)
    if nxt[:1] and nxt[0] in {"not", "n't"} and len(nxt) > 1 and nxt[1] in _SAY_VERBS:
        return None
    if _inverted_question(ctx):
        return None
    if ctx.words[ctx.i].part in ("title", "subtitle") and ctx.last_index(_WH_QUESTION) >= 0:
        return None  # a headline question without its mark: "Why the Deal Would Fail"
    cond = condition_in(ctx)
    if cond is None and _habitual(ctx):
        return None
    if cond is None and _indirect_question(ctx):
        return None
    head = reported_head(ctx)
    if head is None:
        return {}
    k, past = head
    if past and cond is None:
        return None
    if _holder_is_author(ctx, k):
        return {}
    return {"voice": "attributed", "label": f"reported by {ctx.words[k].text!r}"}


def _indirect_question(ctx: RuleContext) -> bool:
    """"would" in an indirect question: after "if/whether" or a wh-word that follows a question
    verb ("could not say if prices would", "asked how the public would be served", "curious
    why a stranger would"): the question is reported, and "would" is its future in the past."""
    for k in range(ctx.i - 1, max(-1, ctx.i - 8), -1):
        w = ctx.norm[k]
        if w in WH_WORDS and k > 0 and (question_verb_before(ctx, k) or ctx.norm[k - 1] in (
                "curious", "wondering", "asked", "unclear", "ask", "wonder", "well")):
            return True
        if w == "whether":
            return True
    return False


# --- could, may, possible --------------------------------------------------------------------

#: Passive verbs of perception and finding: "could be seen/heard" reports what was perceptible
#: (past ability), not a possibility (Biber et al. 1999 6.6.2).
_PERCEPTION = frozenset(
    "seen heard felt observed detected spotted glimpsed smelled noticed found".split())
#: Verbs of experimental or observational ability: "we could detect", "could measure".
_ABILITY = frozenset(
    "detect observe measure identify distinguish discern resolve isolate locate".split())


def in_consequent(ctx: RuleContext) -> bool:
    """Whether the match is in the main clause of a conditional sentence: a condition opener
    elsewhere in the sentence and the match not inside the condition clause itself."""
    return condition_in(ctx) is not None and not inside_condition(ctx)


def _purpose_clause(ctx: RuleContext) -> bool:
    """"so (that) X could/may/might", "in order that": a purpose clause (Quirk et al. 1985
    15.48); the modal expresses the purpose, not a possibility."""
    for k in range(ctx.i - 1, max(-1, ctx.i - 6), -1):
        w = ctx.norm[k]
        if ctx.punct_between(ctx.words[k], ctx.words[k + 1]):
            return False
        if w == "that" and k > 0 and ctx.norm[k - 1] in ("so", "order"):
            return True
        if w == "so" and k + 1 < ctx.i and (ctx.norm[k + 1] in SUBJECT_PRONOUNS
                                            or ctx.norm[k + 1] in _DETERMINERS):
            return k > 0 and not ctx.punct_between(ctx.words[k - 1], ctx.words[k])
    return False


@register_rule("could_possibility",
               note="past inability, past perception and purpose 'could' are not hedges")
def _could_possibility(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep epistemic "could" ("the process could stall"); reject dynamic uses:

    - negated: "could not find", "couldn't say", "neither ... nor ... could" (past inability);
    - past perception: "could be seen/heard/found" (what was perceptible);
    - observational ability: "we could detect/measure/identify";
    - purpose: "so that he could be held" (Quirk et al. 1985 15.48).
    In the main clause of a conditional ("if X were charged, he could face") it is a condition
    cue (``szeged_type="condition"``, Szarvas et al. 2012).
    """
    nxt = ctx.after(2)
    if nxt and nxt[0] in {"not", "n't", "never"}:
        return None
    if any(w in {"nor", "neither"} for w in ctx.before(3)):
        return None
    if nxt[:1] == ["be"] and len(nxt) > 1 and nxt[1] in _PERCEPTION:
        return None
    if nxt and nxt[0] in _ABILITY:
        return None
    if _purpose_clause(ctx):
        return None
    if in_consequent(ctx):
        return {"szeged_type": "condition", "label": "consequent of a condition"}
    return {}


@register_rule("may_epistemic", note="'may' of permission or wish is not epistemic")
def _may_epistemic(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject deontic and optative "may" (Quirk et al. 1985 4.53, 11.39; Biber et al. 1999
    6.6.2): a question ("May I add ...?"), a wish ("May they rest in peace.": sentence-initial
    "may" + subject), the reader's permission ("you may also like", "you may not copy"), and a
    purpose clause ("so that they may return"). Epistemic "may" ("talks may resume") is kept.
    """
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    if ctx.i == 0 and ctx.j < len(ctx.words) and (
            nxt in SUBJECT_PRONOUNS or nxt in _DETERMINERS
            or ctx.words[ctx.j].text[:1].isupper()):
        return None  # inverted: a question of permission or a wish
    if prev == "you":
        return None
    if _purpose_clause(ctx):
        return None
    return {}


@register_rule("possible_epistemic",
               note="'as soon as possible', 'made possible', 'possible to' are not epistemic")
def _possible_epistemic(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "possible" where it means feasible (dynamic possibility), not perhaps-true: "as
    soon/quickly/much as possible", "made/make possible", "everything/all possible", "the best
    possible" (any superlative), "where/if/whenever possible", and "it is possible to + verb"
    (it can be done:
    Palmer 2001 on dynamic possibility). "It is possible that ...", "a possible deal" are kept.
    """
    prev = ctx.before(2)
    if prev and (prev[-1] in {"as", "made", "make", "makes", "making", "everything", "best",
                              "worst", "least", "most", "where", "whenever", "wherever"}
                 or (len(prev[-1]) > 4 and prev[-1].endswith("est"))):
        return None  # superlative + possible intensifies: "the severest possible crackdown"
    if prev[-2:] and prev[-2:][0] == "as":
        return None
    if prev and prev[-1] == "if" and (ctx.j >= len(ctx.words) or ctx.punct_between(
            ctx.words[ctx.j - 1], ctx.words[ctx.j])):
        return None  # "if possible,"
    if ctx.after(1) == ["to"]:
        return None
    return {}


#: Person and role nouns: "a potential buyer" names a role, not a possibility; plural person
#: nouns in -ers/-ors ("bidders", "investors") are caught by the suffix check.
_ROLE_NOUNS = frozenset(
    "customer client partner candidate user member recruit ally bidder buyer purchaser "
    "investor suitor acquirer donor voter clients candidates members recruits allies".split())
#: Plurals in -ers/-ors that are not people.
_NOT_PERSONS = frozenset(
    "others orders errors dangers disorders factors sectors numbers matters papers letters "
    "powers markers layers transfers centers centres members".split())
#: Technical compounds of physics and chemistry (IUPAC Gold Book): "potential energy".
_TECHNICAL_HEADS = frozenset("energy energies difference differences function functions "
                             "gradient gradients field fields well wells barrier".split())


@register_rule("potential_epistemic",
               note="'full potential', 'potential energy', 'potential buyers' are not hedges")
def _potential_epistemic(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "potential" as a possibility adjective ("potential charges", "the potential for
    violence"); reject the noun of capacity ("its full potential", "the potential to grow":
    dynamic), technical compounds ("potential energy", "membrane potential") and a role before a
    person noun ("potential buyers": a class of people, not an uncertain proposition).
    """
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    if not nxt or ctx.punct_between(ctx.words[ctx.j - 1], ctx.words[ctx.j]):
        return None  # the head noun: "reach their potential."
    if nxt in ("for", "that"):
        return {}
    if nxt in _TECHNICAL_HEADS or nxt in _ROLE_NOUNS:
        return None
    if nxt.endswith(("ers", "ors")) and len(nxt) > 5 and nxt not in _NOT_PERSONS:
        return None
    if nxt in ("to", "of", "and", "is", "was", "are", "were", "has", "in", "as", "remains"):
        return None  # noun head: "the potential to", "potential of", "potential is"
    return {}


# --- conditions ------------------------------------------------------------------------------


@register_rule("if_condition", note="'if' of a question, 'as if', 'if only', 'if you' are no "
                                    "conditions of the claim")
def _if_condition(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "if" as a condition on the claim, except:

    - "as if" (comparison) and "if and only if" (a definition's biconditional: the claim holds
      exactly then, it is not uncertain): rejected;
    - "if only" (a wish or concession, Quirk et al. 1985 15.38): rejected;
    - reader-directed "if you ask me", "if you will", "if you recall", "if you're looking for
      ...", "if we are honest": a condition on the speech act or its relevance, not on the
      claim (Quirk et al. 1985 15.40 indirect conditions): rejected; a generic "if you find
      ..., you ..." stays a condition;
    - "X, if not Y" between quantities or qualities ("dozens, if not hundreds"): a scalar
      concession: rejected;
    - "if" after a question verb ("asked if", "wonder if", "not know if"), an indirect
      question: category ``investigation`` like "whether" (Szarvas et al. 2012).
    """
    prev = ctx.before(2)
    nxt = ctx.after(2)
    if prev and prev[-1] == "as":
        return None
    if nxt[:1] == ["only"] or nxt[:2] == ["and", "only"]:
        return None
    if prev == ["and", "only"]:
        return None  # the second "if" of "if and only if"
    if _speech_act_condition(ctx):
        return None
    if nxt[:1] == ["not"] and len(nxt) > 1 and nxt[1] not in ("for",) and nxt[1] not in (
            SUBJECT_PRONOUNS) and ctx.i > 0:
        return None  # "dozens, if not hundreds": a scalar concession, not a condition
    if question_verb_before(ctx, ctx.i):
        return {"category": "investigation", "label": "indirect question"}
    return {}


#: Verbs of a condition on the speech act, not on the claim: "if you ask me", "if you will",
#: "if you recall", "unless you count" (Quirk et al. 1985 15.40: indirect conditions).
_SPEECH_ACT_VERBS = frozenset(
    "ask will like want must please recall remember believe prefer insist count say think "
    "wonder notice look read see know mind need care looking interested curious wondering "
    "asking honest".split())


def _speech_act_condition(ctx: RuleContext) -> bool:
    nxt = ctx.after(3)
    if nxt[:1] != ["you"] and nxt[:1] != ["we"]:
        return False
    rest = list(ctx.norm[ctx.j + 1:ctx.j + 4])
    if rest[:1] in (["do"], ["can"], ["could"], ["'d"], ["would"], ["will"], ["'re"], ["are"],
                    ["really"], ["still"]) and len(rest) > 1:
        rest = rest[1:]
    if nxt[:1] == ["we"] and rest[:1] in (["are"], ["'re"]) :
        return True  # "if we are honest"
    return bool(rest) and rest[0] in _SPEECH_ACT_VERBS


@register_rule("unless_condition", note="'unless you count ...' conditions the speech act")
def _unless_condition(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject "unless you count/mean/ask ..." (a condition on the speech act, like "if you
    ask me"); keep the rest."""
    return None if _speech_act_condition(ctx) else {}


@register_rule("as_long_as_condition", note="'as long as' of duration is not a condition")
def _as_long_as_condition(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep "as long as" + a clause ("as long as the talks continue"); reject the measure of
    duration or length ("for as long as a decade", "as long as 30 metres", "lasted as long as
    the war"; Quirk et al. 1985 15.44): after "for" or a verb of lasting, or before a quantity.
    """
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    if prev in ("for", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "stay",
                "stayed", "wait", "waited", "just", "twice", "half", "only", "not"):
        return None
    k = ctx.j
    if k < len(ctx.words) and (ctx.words[k].kind == "number" or ctx.norm[k] in NUMBER_WORDS):
        return None
    if k < len(ctx.words) and ctx.norm[k] in ("a", "an") and k + 1 < len(ctx.words) and (
            ctx.norm[k + 1] in _TIME_WORDS):
        return None
    if k < len(ctx.words) and ctx.norm[k] in ("possible", "necessary", "needed", "ever"):
        return None
    return {} if clause_follows(ctx, k) else None


@register_rule("until_clause", note="'until' + a clause is a condition; 'until 1994' is not")
def _until_clause(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "until" when a clause follows ("until the inspectors certify ...": the event is
    open; Szarvas et al. 2012 annotate it as a condition cue); reject a time expression
    ("until 1994", "until the end of June", "until now") and a clause in the past tense ("did
    not act until he heard the call": the event happened, nothing is open)."""
    if not condition_at(ctx, ctx.i) or past_clause(ctx, ctx.j):
        return None
    return {}


@register_rule("conditional_consequent",
               note="'will' is a condition cue only in the main clause of a conditional")
def _conditional_consequent(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "will" / "won't" only in the main clause of a conditional sentence ("if the
    talks fail, sanctions will stay"; "they will leave unless ..."): the consequent of a
    condition is hypothetical, and the Szeged guidelines annotate its modal as a condition cue
    (Szarvas et al. 2012). Rejected elsewhere (plain future) and inside the condition clause
    itself ("if the government will cooperate"). Only the modal nearest the condition is its
    consequent ("Saddam will know that we will act if ...": the second "will")."""
    c = condition_in(ctx)
    if c is None or inside_condition(ctx):
        return None
    lo, hi = (ctx.j, c) if c > ctx.i else (c, ctx.i)
    if ctx.last_index(_MODALS, before=hi) >= lo:
        return None  # another modal is nearer the condition: "X will know that we will ... if"
    return {"label": "consequent of a condition"}


_MODALS = frozenset("will wo would could may might can shall should must 'll".split())


__all__ = ["in_consequent", "reported_head"]


#: Bare verbs common after an inverted "should" (the tagger's tag is also accepted).
_BARE_VERBS = frozenset(
    "fail be survive need become prove decide happen occur choose want lose win collapse "
    "arise change".split())


@register_rule("inverted_condition", note="'should peace efforts fail' is a condition; 'should' "
                                          "elsewhere is left to the deontic lexicon")
def _inverted_condition(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "should" only as an inverted condition (= "if ... should", Quirk et al. 1985
    15.36): inside a sentence, after a verb, noun or comma, followed by a subject (a pronoun,
    a determiner, a name) and not in a direct question ("poised to intervene should peace
    efforts fail", "should he survive the war"). Every other "should" is rejected here, so the
    deontic lexicon keeps it."""
    if ctx.i == 0 or direct_question(ctx):
        return None
    prev = ctx.norm[ctx.i - 1]
    if prev in SUBJECT_PRONOUNS or prev in ("who", "which", "that", "what", "and", "or", "but",
                                             "it", "you", "not", "n't"):
        return None
    if ctx.tag(ctx.i - 1) is not None and (ctx.tag(ctx.i - 1) or "").startswith(("NN", "PRP")) \
            and not ctx.punct_between(ctx.words[ctx.i - 1], ctx.words[ctx.i]):
        return None  # "the thrift should": the subject of a plain "should"
    if ctx.j >= len(ctx.words):
        return None
    nxt = ctx.norm[ctx.j]
    if nxt in ("he", "she", "they", "it", "we", "i", "you", "there") or nxt in (
            _DETERMINERS - {"no", "any"}) or ctx.words[ctx.j].text[:1].isupper():
        # a bare verb must follow the subject within four words
        for m in range(ctx.j + 1, min(ctx.j + 5, len(ctx.words))):
            if ctx.tag(m) in ("VB", "VBP") or ctx.norm[m] in _BARE_VERBS:
                return {"label": "inverted condition"}
            if punct_after(ctx, m):
                break
    return None


@register_rule("once_condition", note="'once it wins approval' is a condition; 'once again', "
                                      "'was once' are not")
def _once_condition(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept "once" as a subordinator of condition and time ("once it wins clearance", "Once
    triggered, the rights ..."; Quirk et al. 1985 15.25): followed by a clause, or at the start
    of a sentence by a past participle. Reject the adverb: "once again", "once a week", "at
    once", "was once", "once more", "once" before punctuation, and a past-tense clause ("once
    the deal closed, ...": a past event)."""
    prev = ctx.norm[ctx.i - 1] if ctx.i else ""
    nxt = ctx.norm[ctx.j] if ctx.j < len(ctx.norm) else ""
    if nxt in ("again", "more", "a", "an", "every", "or", "upon", "before", "already", "and",
               "in", "and", "only", "") or prev in (
            "at", "than", "all", "for", "was", "were", "had", "has", "have", "is", "are", "been",
            "once", "more", "only", "not", "just"):
        return None
    if ctx.j < len(ctx.words) and ctx.punct_between(ctx.words[ctx.i], ctx.words[ctx.j]):
        return None  # "amended his testimony once -- ..."
    if ctx.i == 0 and (nxt.endswith("ed") or ctx.tag(ctx.j) == "VBN"):
        return {}
    if past_clause(ctx, ctx.j):
        return None  # "once it won approval, ...": a past event, not a condition
    return {} if clause_follows(ctx, ctx.j) and nxt not in _DETERMINERS - {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"} else None


@register_rule("reported_voice", note="a modal in reported speech is the reported speaker's")
def _reported_voice(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Keep the match; in the clause of a verb of saying or thinking ("officials said the talks
    may resume", "she told him he could stay") label it ``voice="attributed"``: the possibility
    is the reported speaker's, not the writer's (unless the speaker is I/we). The span and the
    category are unchanged."""
    head = reported_head(ctx)
    if head is None or _holder_is_author(ctx, head[0]):
        return {}
    return {"voice": "attributed", "label": f"reported by {ctx.words[head[0]].text!r}"}
