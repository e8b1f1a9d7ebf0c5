"""A poll or survey as the source through a preposition: "X leads in a new Fox poll".

News gives a poll's findings as the poll's report with the poll in a prepositional phrase of
place ("Lee leads by five points in the latest Marist survey", "In a May poll, most voters
said ..."): the preposition is the cue, the poll phrase the source and the rest of the clause
the content (as PolNeAR annotates such findings, "in" the cue: Newell et al. 2018). Only a
phrase headed by a poll noun counts: "in the poll" names a document of findings, "in Iowa"
does not.

References
----------
Newell, E., Margolin, D. and Ruths, D. (2018). An attribution relations corpus for political
news. LREC 2018.
"""

from __future__ import annotations

from collections.abc import Callable

from ._model import Attribution
from ._syntax import _Sent, _strip_end

#: Heads of a noun phrase that names one poll's findings. The plural and "polling" are left
#: out: "leads in the polls", "rose in national polling" describe standing, not a report (on
#: PolNeAR dev, 6 of 36 such phrases were gold attributions against 22 of 30 singular ones).
POLL_HEADS = frozenset({"poll", "survey"})
#: How far (in words) the poll noun may stand from the preposition ("in a new Washington
#: Post-ABC News poll": six words). Seven: a determiner, two modifiers and a four-word name.
MAX_POLL_WORDS: int = 7


def poll_source(s: _Sent, i: int, in_quote: Callable[[int], bool]
                ) -> tuple[Attribution, int] | None:
    """A poll phrase after "in" at word i, or None."""
    if s.norm[i] != "in" or s.tag(i) not in ("ADP", ""):
        return None
    h = next((x for x in range(i + 1, min(len(s), i + 1 + MAX_POLL_WORDS))
              if s.norm[x] in POLL_HEADS), None)
    if h is None or any(s.punct[x].strip() for x in range(i + 1, h + 1)):
        return None
    if s.tags is not None and any(s.tags[x] in ("VERB", "AUX", "ADP", "PRON", "SCONJ")
                                  for x in range(i + 1, h)):
        return None
    if in_quote(s.starts[i]):
        return None
    # the source runs on over a participle phrase with no punctuation ("poll released Monday")
    e = h + 1
    if e < len(s) and not s.punct[e].strip() and s.tag(e) == "VERB" and s.norm[e].endswith(
            ("ed", "en")):
        e += 1
        while e < len(s) and not s.punct[e].strip() and s.tag(e) in ("NOUN", "PROPN", "ADV",
                                                                       "NUM", "ADP", "DET"):
            e += 1
    source = s.source
    sent = s.span
    ss, se = s.starts[i + 1], s.ends[e - 1]
    if i == 0 or (s.punct[i].strip() and e < len(s) and s.punct[e].strip() == ","):
        # "In a May poll, most voters said ...": the content follows the phrase
        if e >= len(s):
            return None
        cs, ce = _strip_end(source, s.starts[e], sent.end)
    else:
        cs, ce = _strip_end(source, sent.start, s.starts[i])
    if ce <= cs:
        return None
    vs, ve = s.starts[i], s.ends[i]
    return Attribution(
        source=source[ss:se], source_start=ss, source_end=se, cue=source[vs:ve], cue_start=vs,
        cue_end=ve, lemma="in", attitude="neutral", cue_type="prep", position="poll",
        content=source[cs:ce], content_start=cs, content_end=ce, quoted=False, actor="",
        resolved="", sentence=sent.sentence, paragraph=sent.paragraph, part=sent.part), e
