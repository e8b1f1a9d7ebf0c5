"""Attribution: who is reported as saying, believing or wanting what.

An attribution has a cue (a reporting verb, "according to", a cue noun such as "the claim
that"), a source (who) and a content (what: the reported clause or the quotation), after the
PARC and PolNeAR schemes (Pareti 2016; Newell et al. 2018). Cues come from
``analysis/lexicons/reporting_verbs.csv`` (column ``cue``: ``speech``, ``belief`` for internal
states, ``prep`` for "according to", ``noun`` for cue nouns); the syntax of reporting decides
whether a listed word is a cue here:

- the cue must be a verb (Universal POS ``VERB``), or a noun followed by "that", or the
  preposition "according to" (tags from `analysis.tagging`; without the tagger, spelling
  cues: no determiner or possessive before a verb, no capital inside a sentence);
- the source is a noun phrase with a human, institutional or document head (an actor of the
  actor table, a proper name, "officials", "the report", "51 percent", he/she/they), found
  before the cue (skipping adverbs, auxiliaries and a parenthetical: "Netanyahu, however,
  said"), after it ("..., said Erekat") or after "according to";
- a common noun is the subject of other reporting verbs in a plainly finite clause ("local
  farmers hailed the plan": `analysis.attribution._subject`); a passive of a reporting verb
  reports its subject ("X was widely seen as Y"; the by-agent is the source:
  `analysis.attribution._passive`);
- the content follows the cue (after "that" and a short adverbial: "said on Monday that"),
  or precedes the source when nothing clause-like follows the cue ('"...," Netanyahu said.',
  "The plan failed, officials said at a briefing."); a quotation that runs on past the sentence
  is taken whole;
- a pronoun source (he, she) is resolved to the named source of an earlier attribution in
  the same or the previous three sentences when exactly one name is there (``resolved``);
  otherwise it stays the pronoun.

First-person sources (I, we) count only inside a quotation: outside one they are the author's
own voice (self-mention), not another voice.

References
----------
Biber, D., Johansson, S., Leech, G., Conrad, S. and Finegan, E. (1999). Longman Grammar of
Spoken and Written English. Longman (12.2 reporting and mental verbs; 8.14 noun complements).
Newell, E., Margolin, D. and Ruths, D. (2018). An attribution relations corpus for political
news. LREC 2018.
Pareti, S. (2016). PARC 3.0: a corpus of attribution relations. LREC 2016.
Thompson, G. and Ye, Y. (1991). Evaluation in the reporting verbs used in academic papers.
Applied Linguistics 12(4), 365-382.
"""

from __future__ import annotations

from ._find import analyse_article, find_attributions, reported_voices
from ._model import (
    ATTRIBUTION_COLUMNS,
    AttributedDocument,
    Attribution,
    SpanIndex,
    attribution_frame,
    outermost,
)
from ._syntax import HUMAN_HEADS, INSTITUTION_HEADS, MAX_SUBJECT_WORDS

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "HUMAN_HEADS",
    "INSTITUTION_HEADS",
    "MAX_SUBJECT_WORDS",
    "Attribution",
    "AttributedDocument",
    "SpanIndex",
    "analyse_article",
    "attribution_frame",
    "find_attributions",
    "outermost",
    "reported_voices",
]
