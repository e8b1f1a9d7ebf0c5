"""A common noun as the subject of a reporting verb that is not only a speaker's.

Verbs such as "reveal", "point to", "hail" or "conclude" take people and bodies as subjects
("the demonstrators intend", "Muslim advocates hailed") but also other things ("the drive
revealed"); `analysis.attribution._syntax._source_ok` keeps only listed human, body and
document heads for them. This module accepts any common-noun head when the clause is plainly
finite with that noun as its subject (Quirk et al. 1985, 3.4-3.7 finite verb phrases; 10.5
subject-verb concord), which rules out the readings that make the noun something else:

- an -ing form only with a form of "be" before it ("the group is urging"): a bare one modifies
  the noun ("ads attacking Lee", "a group seeking");
- a past form with a form of "be" is a passive ("the plan was described as"), whose subject is
  not the source; with no auxiliary, a past form followed by a preposition or a name is a
  participle modifying the noun ("policies aimed at", "a group called Occupy"), so it must be
  followed by what opens an object or a clause (a determiner, pronoun, number or "that");
- a present form agrees with the head: "the ad concludes", "critics point", never "voters
  points" or "the report show" (a mismatch means the "verb" is a noun or the subject lies
  elsewhere: "40 states", "weeks of uncertainty ... find").

Something must follow the verb in the same clause (no punctuation right after it), and the
clause must not be negated ("the talks did not show progress" states what did not happen; a
negated report by a listed source, "officials did not say", is found by the head check).

References
----------
Quirk, R., Greenbaum, S., Leech, G. and Svartvik, J. (1985). A Comprehensive Grammar of the
English Language. Longman.
"""

from __future__ import annotations

from ._syntax import _AUXILIARIES, _BE_FORMS, _np_head, _Sent

#: What may follow a past form with no auxiliary when it is the finite verb: the start of an
#: object noun phrase or of a that-clause ("emails revealed the woes", "the report found that").
_OBJECT_OPENERS = frozenset({"DET", "PRON", "NUM", "SCONJ"})
_NEGATORS = frozenset({"not", "n't", "never"})


def _form(word: str, lemma: str) -> str:
    """``base``, ``s`` (third person present), ``ing`` or ``past`` (past or participle)."""
    if word.endswith("ing") and not lemma.endswith("ing"):
        return "ing"
    if word == lemma:
        return "base"
    if word in (lemma + "s", lemma + "es") or (lemma.endswith("y") and word == lemma[:-1] + "ies"):
        return "s"
    return "past"


def _plural(noun: str) -> bool:
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def plain_subject(s: _Sent, i: int, j: int, src: tuple[int, ...], lemma: str) -> bool:
    """Is ``src`` (a noun phrase before the cue at words ``i:j``) the cue's subject in a
    finite clause, by the rules above? Needs tags."""
    if s.tags is None or s.tags[i] != "VERB" or j >= len(s) or s.punct[j].strip():
        return False
    end = src[2] if len(src) > 2 else src[1]
    head = _np_head(s, src[0], end)
    if s.tags[head] != "NOUN":
        return False
    if any(s.norm[x] in _NEGATORS for x in range(src[1], i)):
        return False  # "the talks did not show progress": a negated clause reports nothing
    aux = [s.norm[x] for x in range(src[1], i) if s.norm[x] in _AUXILIARIES]
    be = any(w in _BE_FORMS for w in aux)
    form = _form(s.norm[i], lemma.split()[0])
    if form == "ing":
        return be
    if be:
        return False
    if form == "past":
        return bool(aux) or s.tags[j] in _OBJECT_OPENERS or s.norm[j] == "that"
    if aux:
        return True  # "critics will say", "the memo does show"
    return _plural(s.norm[head]) == (form == "base")
