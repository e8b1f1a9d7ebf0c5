"""Appearance verbs: "X seems to Y", "it appears that Y" as attributions with no source.

"The plan seems to work" reports how things appear to someone, by default the writer: the
appearance verbs seem and appear take a to-infinitive, a that-clause, "like"/"as if", or an
adjective or noun complement, with the subject raised out of the reported proposition (Quirk
et al. 1985, 16.46 and 16.49; Biber et al. 1999, 9.4.5 "seem" and "appear" as verbs of
likelihood). PolNeAR annotates them as attributions with no source, the content being the
subject and the complement (Newell et al. 2018). The holder is the writer, so these reports
do not move a hedge or a judgement out of the author's voice (`Attribution.cue_type`
``"evidential"``; `analysis.attribution.AttributedDocument.voice_at` skips them).

References
----------
Biber, D. et al. (1999). Longman Grammar of Spoken and Written English. Longman.
Newell, E., Margolin, D. and Ruths, D. (2018). An attribution relations corpus for political
news. LREC 2018.
Quirk, R., Greenbaum, S., Leech, G. and Svartvik, J. (1985). A Comprehensive Grammar of the
English Language. Longman.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..quotes import Quote
from ._model import Attribution
from ._syntax import _PREPOSITIONS, _Sent, _skip_back, _strip_end

#: The appearance verbs (Quirk et al. 1985, 16.49), by form, with their lemma. ("sound"
#: reports an impression the same way, but tried on PolNeAR dev it was mostly literal:
#: 4 of 18 found were gold, so it is left out.)
APPEARANCE_VERBS: dict[str, str] = {
    "seem": "seem", "seems": "seem", "seemed": "seem",
    "appear": "appear", "appears": "appear", "appeared": "appear",
}
#: What may follow an appearance verb as its complement's first word, besides an adjective,
#: a noun phrase (seem only) or a to-infinitive: "like", "as if", "that".
_OPENERS = frozenset({"to", "that", "like", "as"})
_SUBJECT_TAGS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def appearance(s: _Sent, i: int, in_quote: Callable[[int], bool],
               participle_cut: Callable[[_Sent, int, int], int],
               quotes: Sequence[Quote]) -> tuple[Attribution, int] | None:
    """An appearance-verb report at word i ("seemed"), or None.

    The cue is the verb; the source is empty; the content is the subject noun phrase (none
    for "it seems") and, as a second stretch, the complement up to the clause's end.
    """
    lemma = APPEARANCE_VERBS.get(s.norm[i])
    if lemma is None or i + 1 >= len(s) or s.punct[i + 1].strip():
        return None
    if s.tags is not None and s.tags[i] not in ("VERB", "AUX"):
        return None
    nxt = s.norm[i + 1]
    tag = s.tag(i + 1)
    if nxt in _PREPOSITIONS and nxt not in _OPENERS:
        return None  # "appeared on television", "seemed in no hurry"
    if lemma == "appear" and nxt not in _OPENERS and tag not in ("ADJ", "ADV"):
        return None  # "appeared before the committee", "appear at a rally": being present
    if in_quote(s.starts[i]):
        return None
    source = s.source
    # the subject: the noun phrase before the verb (skipping adverbs and auxiliaries)
    k = _skip_back(s, i)
    subj: tuple[int, int] | None = None
    if k >= 0 and not s.punct[k + 1].strip() and s.norm[k] != "it" and (
            s.tags is None or s.tags[k] in _SUBJECT_TAGS) and s.norm[k] not in ("there",):
        a = k
        while a > 0 and not s.punct[a] and s.tag(a - 1) in (
                "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") and s.norm[a - 1] not in (
                "that", "which", "who"):
            a -= 1
        subj = _strip_end(source, s.starts[a], s.ends[k])
    start = s.starts[i + 1]
    if nxt == "that" and s.tag(i + 1) == "SCONJ":
        start = s.starts[i + 2] if i + 2 < len(s) else s.ends[i + 1]
    cs, ce = _strip_end(source, start, participle_cut(s, start, s.span.end))
    if ce <= cs:
        return None
    first, more = ((subj, ((cs, ce),)) if subj is not None and subj[1] > subj[0]
                   else ((cs, ce), ()))
    vs, ve = s.starts[i], s.ends[i]
    sent = s.span
    quoted = any(q.start < ce and cs < q.end for q in quotes)
    return Attribution(
        source="", source_start=0, source_end=0, cue=source[vs:ve], cue_start=vs, cue_end=ve,
        lemma=lemma, attitude="neutral", cue_type="evidential", position="appearance",
        content=source[first[0]:first[1]], content_start=first[0], content_end=first[1],
        quoted=quoted, actor="", resolved="", sentence=sent.sentence,
        paragraph=sent.paragraph, part=sent.part, more_content=more), i + 1
