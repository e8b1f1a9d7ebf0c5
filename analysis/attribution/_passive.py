"""Passives of reporting verbs with their subject as the content: "X was seen as Y", "X was
criticized for Y", "X was first reported by the Herald".

In a passive the subject is the verb's object, here what is reported, seen or judged; the
agent, if any, is the by-phrase (Quirk et al. 1985, 3.63-3.70 the passive; 16.32 passive
reporting clauses, handled for "to" and "that" complements by
`analysis.attribution._find._passive_report`). PolNeAR annotates these as attributions with the
subject (and the complement) as content and the agent as source (Newell et al. 2018). Only a
form of "be", adverbs ("is increasingly seen", "was widely criticized") and the participle of
a lexicon cue count, followed by the preposition the passive takes its complement or agent
with (as, for, by); a participle after a noun without "be" ("the plan approved by") is a
modifier, not a clause.

References
----------
Newell, E., Margolin, D. and Ruths, D. (2018). An attribution relations corpus for political
news. LREC 2018.
Quirk, R., Greenbaum, S., Leech, G. and Svartvik, J. (1985). A Comprehensive Grammar of the
English Language. Longman.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ._model import Attribution
from ._syntax import _CLAUSE_BOUNDARY, MAX_SUBJECT_WORDS, _Cue, _np_left, _Sent, _strip_end

#: Forms of "be" that make a passive with a participle.
_BE = frozenset("is was are were been being be 's 're".split())
#: What follows the participle: a complement of the passive ("seen as", "criticized for") or
#: its agent ("reported by").
_LINKS = frozenset({"as", "for", "by"})
_SUBJECT_TAGS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: Pronouns that are not a reported subject ("there", "what" open other constructions; a
#: first- or second-person subject is the writer's or the reader's). A relative pronoun is kept
#: ("a plan which was seen as"): leaving it out lost more true than false reports on PolNeAR dev.
_NOT_SUBJECTS = frozenset({"there", "what", "i", "we", "you"})


def passive_subject(s: _Sent, i: int, cands: Sequence[_Cue], in_quote: Callable[[int], bool]
                    ) -> tuple[Attribution, int] | None:
    """The passive of the cue at word i with a subject before "be", or None."""
    if not cands or s.tags is None or s.tags[i] != "VERB" or i + 1 >= len(s):
        return None
    if s.punct[i + 1].strip() or s.norm[i + 1] not in _LINKS:
        return None
    if s.norm[i].endswith("ing") or s.norm[i] == cands[0].lemma:
        return None  # a participle, not the base or -ing form
    b = i - 1
    while b >= 0 and not s.punct[b + 1] and s.tags[b] == "ADV":
        b -= 1
    if b < 1 or s.punct[b + 1] or s.norm[b] not in _BE:
        return None
    k = b - 1  # the subject ends before "be" (past "has been", modals: "must be")
    while k >= 0 and not s.punct[k + 1] and s.tags[k] in ("AUX", "ADV", "PART"):
        k -= 1
    if k < 0 or s.punct[k + 1] or s.tags[k] not in _SUBJECT_TAGS or s.norm[k] in _NOT_SUBJECTS:
        return None
    a = _np_left(s, k)
    if a is None:
        return None
    if in_quote(s.starts[i]):
        return None
    source = s.source
    sent = s.span
    ss = se = 0
    e = i + 2
    if s.norm[i + 1] == "by":
        # the agent: a noun phrase up to punctuation or a clause boundary
        while e < len(s) and not s.punct[e].strip() and s.norm[e] not in _CLAUSE_BOUNDARY and (
                s.tags[e] not in ("VERB", "AUX", "PART", "ADP") or s.norm[e] == "of") and (
                e - i - 2 < MAX_SUBJECT_WORDS):
            e += 1
        if e == i + 2:
            return None
        ss, se = s.starts[i + 2], s.ends[e - 1]
    c = cands[0]
    cs, ce = _strip_end(source, s.starts[a], s.ends[k])
    more: tuple[tuple[int, int], ...] = ()
    if s.norm[i + 1] != "by":
        # the complement ("as a failure", "for the delay") runs to the next punctuation
        f = i + 2
        while f < len(s) and not s.punct[f].strip():
            f += 1
        if f > i + 2:
            more = (_strip_end(source, s.starts[i + 2], s.ends[f - 1]),)
    # the cue takes the complement's preposition along ("was seen as", "was criticized for"),
    # as PolNeAR's cues do; the agent's "by" is left out
    vs, ve = s.starts[b], s.ends[i + 1] if s.norm[i + 1] != "by" else s.ends[i]
    return Attribution(
        source=source[ss:se], source_start=ss, source_end=se, cue=source[vs:ve], cue_start=vs,
        cue_end=ve, lemma=c.lemma, attitude=c.attitude, cue_type=c.cue_type, position="passive",
        content=source[cs:ce], content_start=cs, content_end=ce, quoted=False, actor="",
        resolved="", sentence=sent.sentence, paragraph=sent.paragraph, part=sent.part,
        more_content=more), max(i + 1, e)
