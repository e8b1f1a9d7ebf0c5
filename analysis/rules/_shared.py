"""Context rules shared by several lexicons, and the helpers every rule module uses.

Rules: "May" the month, quantities after "about", negated boosters, attributed belief, the
noun/verb and that-clause checks. Helpers read the sentence around a match: part-of-speech
tags when `analysis.tagging` is installed (`RuleContext.tags`, Penn Treebank tags), else the
lexical context (word forms, closed-class word lists from Quirk et al. 1985 and Biber et al.
1999); each helper says what its fallback is.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from typing import Any

from ..matching import NUMBER_WORDS, RuleContext, register_rule
from ..matching import norm_form as _norm

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


_DETERMINERS = frozenset(
    "the a an this that these those his her their its our my your no any each every some "
    "second first".split())


@register_rule("verb_not_noun", note="'a show', 'an illustrated book' are not the factive verb")
def _verb_not_noun(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject a factive verb form right after a determiner (it is then a noun or an
    adjective: "the show", "an illustrated guide")."""
    prev = ctx.before(1)
    if prev and prev[0] in _DETERMINERS:
        return None
    return {}


@register_rule("that_clause", note="factive only with a that-clause")
def _that_clause(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Accept only when "that" follows directly ("established that ...")."""
    return {} if ctx.after(1) == ["that"] else None


# --- helpers shared by the rule modules -------------------------------------------------------

#: Forms of *be* (copula and passive auxiliary).
BE_FORMS = frozenset("be is are was were been being am 's 're 'm".split())
#: Subject pronouns (a finite clause can start with one).
SUBJECT_PRONOUNS = frozenset("i we you he she it they there this that these those".split())
#: Words after which a clause has started (Quirk et al. 1985 15.3: subordinators, wh-words).
WH_WORDS = frozenset("what which who whom whose why how when where whether if".split())
#: Irregular past-tense and past-participle forms of common verbs of saying and thinking (the
#: rest form the past with -ed); used where no tagger says VBD/VBN.
IRREGULAR_PAST = frozenset(
    """said told thought knew known felt saw seen heard wrote written understood forgot
    foresaw held meant made taught found""".split())


def is_past(ctx: RuleContext, k: int) -> bool:
    """Whether word ``k`` is a past-tense or past-participle verb form.

    With tags: VBD or VBN. Without: an irregular past form or a form ending in "-ed".
    """
    t = ctx.tag(k)
    if t is not None:
        return t in ("VBD", "VBN")
    w = ctx.norm[k]
    return w in IRREGULAR_PAST or (len(w) > 3 and w.endswith("ed"))


def is_adjective(ctx: RuleContext, k: int, *, fallback: frozenset[str] = frozenset()) -> bool:
    """Whether word ``k`` is an adjective: tag JJ/JJR/JJS, or without tags a word in
    ``fallback`` or with an adjective suffix (-ous, -ful, -ive, -able, -ible, -ic, -ical,
    -less, -ant, -ent; Quirk et al. 1985 I.37-I.40), or a comparative in -er of a short
    word the suffix list does not cover (``weaker``)."""
    t = ctx.tag(k)
    if t is not None:
        return t.startswith("JJ")
    if not 0 <= k < len(ctx.norm):
        return False
    w = ctx.norm[k]
    if w in fallback:
        return True
    return len(w) > 4 and w.endswith(("ous", "ful", "ive", "able", "ible", "ic", "ical", "less",
                                      "ant", "ent"))


def is_noun(ctx: RuleContext, k: int) -> bool | None:
    """Tag NN*: True/False with a tagger, None (unknown) without one."""
    t = ctx.tag(k)
    return None if t is None else t.startswith("NN")


def is_verb(ctx: RuleContext, k: int) -> bool | None:
    """Tag VB* or MD: True/False with a tagger, None (unknown) without one."""
    t = ctx.tag(k)
    return None if t is None else (t.startswith("VB") or t == "MD")


def punct_after(ctx: RuleContext, k: int) -> bool:
    """True if a punctuation token follows word ``k`` directly (or ``k`` ends the sentence)."""
    if k + 1 >= len(ctx.words):
        return True
    return ctx.punct_between(ctx.words[k], ctx.words[k + 1])


def direct_question(ctx: RuleContext) -> bool:
    """True if the sentence is a direct question: a "?" after the match (the last "?" of the
    sentence is found once per sentence, `SentenceIndex.last_question_mark`)."""
    return ctx.index.last_question_mark() >= ctx.words[ctx.j - 1].end  # type: ignore[union-attr]


_CLAUSE_START = SUBJECT_PRONOUNS | frozenset(
    "a an the his her its their our my your some all both no someone somebody everyone "
    "nobody anyone".split())
_FINITE_AUX = frozenset("has have had will would can could may might must does did".split())
_NOT_CLAUSE = frozenset(
    "now then today tomorrow tonight recently later next last early late mid after before "
    "further notice".split())


#: Month abbreviations as written in news ("Dec. 31"), after the full names of _TIME_WORDS.
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _time_word(w: str) -> bool:
    """A time word: "year", "June", "Dec.", "mid-November"."""
    w = w.rstrip(".")
    return w in _TIME_WORDS or w in _MONTH_ABBREVIATIONS or (
        w.startswith(("mid-", "early-", "late-")) and w.split("-", 1)[1] in _TIME_WORDS)


def clause_follows(ctx: RuleContext, k: int) -> bool:
    """Whether a finite clause starts at word ``k`` ("until the talks end", "until he
    leaves"), not a time expression ("until 1994", "until May", "until the end of June").

    Never before a number or a time word. With tags, a verb (VB*, MD) before the next
    punctuation mark is a clause; otherwise (and without tags): the word is a subject pronoun,
    a determiner not followed by a time word, a capitalised name that is not a month or
    weekday, or any word followed by a form of *be* or an auxiliary ("demand is weak").
    """
    if k >= len(ctx.words):
        return False
    w = ctx.norm[k]
    tok = ctx.words[k]
    if _time_word(w) or tok.kind == "number" or w in NUMBER_WORDS or w in _NOT_CLAUSE:
        return False
    if ctx.tags() is not None:
        for m in range(k, min(k + 10, len(ctx.words))):
            if is_verb(ctx, m):
                return True
            if punct_after(ctx, m):
                break
    nxt = ctx.norm[k + 1] if k + 1 < len(ctx.norm) else ""
    if nxt in BE_FORMS or nxt in _FINITE_AUX:
        return True  # "as long as demand is weak"
    if w in _CLAUSE_START:
        if w in SUBJECT_PRONOUNS and w not in ("this", "that", "these", "those"):
            return True
        return bool(nxt) and not _time_word(nxt) and nxt not in NUMBER_WORDS
    return tok.text[:1].isupper() and k > 0


#: Subordinators of a condition (Quirk et al. 1985 15.33-15.35).
CONDITION_WORDS = frozenset("if unless".split())
#: Verbs and adjectives after which "if" introduces an indirect question, not a condition.
QUESTION_VERBS = frozenset(
    """ask asks asked asking wonder wonders wondered wondering know knows knew see sees saw
    determine determined decide decided check checked unclear sure question questioned
    doubt doubted tell""".split())
#: Verbs of saying: "if" after them opens an indirect question only when they are negated or
#: infinitive ("would not say if", "declined to say if"); "said if X, Y" is a condition.
SAY_FORMS = frozenset("say says said tell tells told".split())


def question_verb_before(ctx: RuleContext, k: int) -> bool:
    """Whether word ``k`` ("if") follows a question verb ("asked if", "not know if", "declined
    to say if"), optionally with an object pronoun between ("asked them if")."""
    m = k - 1
    if m >= 0 and ctx.norm[m] in ("me", "him", "her", "them", "us", "you"):
        m -= 1
    if m < 0:
        return False
    w = ctx.norm[m]
    if w in QUESTION_VERBS:
        return True
    if w in SAY_FORMS:
        before = ctx.norm[max(0, m - 3):m]
        return any(b in ("not", "n't", "never", "to", "wo", "would") for b in before)
    return False


def condition_at(ctx: RuleContext, k: int) -> bool:
    """Whether word ``k`` opens a condition: "if"/"unless" (not "as if", not "if" after a
    question verb: "asked if"), "until" or "as long as" + a clause, "provided/providing
    that", "in case"."""
    w = ctx.norm[k]
    prev = ctx.norm[k - 1] if k else ""
    if w in CONDITION_WORDS:
        if w == "if" and (prev in ("as", "what") or question_verb_before(ctx, k)
                          or (k + 1 < len(ctx.norm) and ctx.norm[k + 1] in ("only", "and"))):
            return False
        return True
    if w == "until":
        return clause_follows(ctx, k + 1)
    if w == "as" and ctx.norm[k + 1:k + 3] == ("long", "as") and (k == 0 or prev not in (
            "for", "last", "lasts", "lasted", "just", "twice", "half", "only", "not")):
        return clause_follows(ctx, k + 3)
    if w in ("provided", "providing") and k + 1 < len(ctx.norm) and ctx.norm[k + 1] == "that":
        return True
    return w == "case" and prev == "in"


def condition_positions(ctx: RuleContext) -> tuple[int, ...]:
    """Indices of every condition opener (`condition_at`) of the sentence, found once per
    sentence (`RuleContext.memo`)."""
    return ctx.memo("condition_positions", lambda: tuple(
        k for k in range(len(ctx.words)) if condition_at(ctx, k)))


def condition_in(ctx: RuleContext, lo: int = 0, hi: int | None = None) -> int | None:
    """Index of the first condition opener (`condition_at`) in words ``lo:hi`` of the
    sentence, skipping the match itself; None if there is none."""
    hi = len(ctx.words) if hi is None else hi
    pos = condition_positions(ctx)
    for k in pos[bisect_left(pos, max(0, lo)):]:
        if k >= hi:
            break
        if not ctx.i <= k < ctx.j:
            return k
    return None


def inside_condition(ctx: RuleContext) -> bool:
    """Whether the match sits inside a condition clause: a condition opener before it with no
    punctuation in between ("if the government will cooperate")."""
    pos = condition_positions(ctx)
    k = bisect_left(pos, ctx.i) - 1
    return k >= 0 and pos[k] >= ctx.clause_start()


@register_rule("not_in_name", note="a capitalised word inside a sentence is part of a name")
def _not_in_name(ctx: RuleContext) -> Mapping[str, Any] | None:
    """Reject the match when it is capitalised inside a sentence of running text (not its first
    word, not a title or subtitle): it is then part of a name ("the Tomb of the Unknown
    Soldier", "Great Expectations")."""
    tok = ctx.words[ctx.i]
    if ctx.i > 0 and tok.text[:1].isupper() and tok.part not in ("title", "subtitle"):
        prev = ctx.tokens[0] if ctx.tokens else None
        if prev is not None and prev.start == tok.start:
            return {}
        return None
    return {}


_PAST_AUX = frozenset("was were had did".split())
_PERFECT_OR_PASSIVE = BE_FORMS | frozenset("have has had 've 'd".split())


def past_clause(ctx: RuleContext, k: int, *, span: int = 8) -> bool:
    """Whether the clause starting at word ``k`` is in the past tense ("until he heard the
    call", "until the transcript was released"): a past auxiliary (was, were, had, did), or a
    past-tense verb (tag VBD, or VBN not after *be*/*have*: the tagger confuses the two; without
    tags a past form not after *be*/*have*), before the next
    punctuation mark within ``span`` words."""
    for m in range(k, min(k + span, len(ctx.words))):
        if m > k and ctx.punct_between(ctx.words[m - 1], ctx.words[m]):
            break
        w = ctx.norm[m]
        if w in _PAST_AUX:
            return True
        t = ctx.tag(m)
        if t is not None:
            if t == "VBD" or (t == "VBN" and m > k and ctx.norm[m - 1] not in _PERFECT_OR_PASSIVE):
                return True
        elif m > k and is_past(ctx, m) and ctx.norm[m - 1] not in _PERFECT_OR_PASSIVE and (
                ctx.norm[m - 1] not in NUMBER_WORDS):
            return True
    return False
