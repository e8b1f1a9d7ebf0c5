"""Stance markers per 1,000 words: the body, the author's voice against other voices, and the
headline (`stance_summary`), from one `analysis.stance.analyse` result.

References
----------
Biber, D. and Finegan, E. (1989). Styles of stance in English. Text 9(1), 93-124.
Hyland, K. (2005). Stance and engagement: a model of interaction in academic discourse.
Discourse Studies 7(2), 173-192.
"""

from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .actors import ActorsLike
from .stance import _DEFAULT_PARTS, KINDS, Analysable, Marker, _check, _rate, _table, analyse

__all__ = ["StanceSummary", "stance_summary"]


@dataclass(frozen=True)
class StanceSummary:
    """Stance markers per 1,000 words, by kind, for the body and the headline separately.

    ``per_1000`` (body, all voices), ``author_per_1000`` (markers in the author's voice per
    1,000 body words outside reported or quoted content) and ``other_per_1000`` (markers in
    other voices per 1,000 words inside reported or quoted content); ``headline_counts`` for
    the title and subtitle. Undefined rates are NaN with the reason in ``notes``.

    References: Biber and Finegan (1989); Hyland (2005) (normalised frequency per 1,000 words).
    """

    name: str
    body_words: int
    headline_words: int
    author_words: int
    other_words: int
    counts: dict[str, int]
    per_1000: dict[str, float]
    author_counts: dict[str, int]
    author_per_1000: dict[str, float]
    other_counts: dict[str, int]
    other_per_1000: dict[str, float]
    headline_counts: dict[str, int]
    by_category: dict[str, int]
    n_attributions: int
    attribution_attitudes: dict[str, int]
    n_quotations: int
    notes: tuple[str, ...] = field(default=())

    def table(self) -> pd.DataFrame:
        """One row per kind: counts and rates for body, author and other voices, headline."""
        return pd.DataFrame([{
            "kind": k, "body": self.counts[k], "per_1000": self.per_1000[k],
            "author": self.author_counts[k], "author_per_1000": self.author_per_1000[k],
            "other_voices": self.other_counts[k], "other_per_1000": self.other_per_1000[k],
            "headline": self.headline_counts[k]} for k in KINDS])


def stance_summary(
    article: Analysable,
    *,
    actors: ActorsLike = None,
) -> StanceSummary:
    """Markers per 1,000 words by kind: body, author versus other voices, and headline counts.

    Words are counted as in readability work (`analysis.tokenize.lexical_words`: punctuation
    dropped, clitics joined). A body word lies in "other voices" when it falls inside an
    attribution's content or a quotation.
    """
    _check(article)
    an = analyse(article, actors=actors, parts=_DEFAULT_PARTS)
    source = an.source
    name = an.doc.name
    # The lexical words of the whole text, then those of each part: the same words as per part
    # (a word joins pieces of one sentence, and a sentence lies in one part).
    lex = _table(an.tokens).lexical(source)
    in_body = lex.parts_mask(frozenset({"body"}))
    in_head = lex.parts_mask(frozenset({"title", "subtitle"}))
    n_body = sum(in_body)
    n_head = sum(in_head)
    # appearance reports ("it seems that ...", cue_type evidential) are the writer's own voice
    voiced = [a for a in an.attributed.attributions if a.cue_type != "evidential"]
    spans = [(a.content_start, a.content_end) for a in voiced]
    spans += [(q.start, q.end) for q in an.quotes]
    other_words = _inside(spans, lex.starts, lex.ends, in_body)
    author_words = n_body - other_words
    # Counted from the marker records (the `markers` table's rows) without building the table.
    body = [r for r in an.rows if r.part == "body"]
    author = [r for r in body if r.voice == "author"]
    other = [r for r in body if r.voice != "author"]
    head = [r for r in an.rows if r.part in ("title", "subtitle")]

    def counts(rows: list[Marker]) -> dict[str, int]:
        n = Counter(r.kind for r in rows)
        return {k: n[k] for k in KINDS}

    notes = []
    if not n_body:
        notes.append("the body has no words: body rates are undefined (NaN)")
    if not other_words:
        notes.append("no reported or quoted content in the body: other-voice rates are "
                     "undefined (NaN)")
    if not author_words:
        notes.append("no body words in the author's own voice: author rates are NaN")
    c, ac, oc = counts(body), counts(author), counts(other)
    by_cat = Counter((r.kind, r.category) for r in body)
    attr_body = [a for a in voiced if a.part == "body"]
    return StanceSummary(
        name=name, body_words=n_body, headline_words=n_head,
        author_words=author_words, other_words=other_words,
        counts=c, per_1000={k: _rate(v, n_body) for k, v in c.items()},
        author_counts=ac, author_per_1000={k: _rate(v, author_words) for k, v in ac.items()},
        other_counts=oc, other_per_1000={k: _rate(v, other_words) for k, v in oc.items()},
        headline_counts=counts(head),
        by_category={f"{k}/{cat}": n for (k, cat), n in sorted(by_cat.items())},
        n_attributions=len(attr_body),
        attribution_attitudes=dict(sorted(Counter(a.attitude for a in attr_body).items())),
        n_quotations=sum(1 for q in an.quotes if q.part == "body"),
        notes=tuple(notes),
    )


#: Words per block in `_inside` (bounds its temporary arrays: it runs at the profile's peak).
_INSIDE_BLOCK = 1 << 15


def _inside(spans: list[tuple[int, int]], starts: array, ends: array, mask: bytes) -> int:
    """How many of the words (``starts``, ``ends``) where ``mask`` is 1 lie inside one of
    ``spans`` (s <= start and end <= e): `analysis.attribution.SpanIndex.contains` of each, as
    arrays. Of the spans starting at or before a word, the one reaching furthest decides (a
    call per body word, and the index's tree, cost ~0.6 ms per PolNeAR article). The words
    are read from the columns' buffers in blocks of `_INSIDE_BLOCK`."""
    if not spans or not len(starts):
        return 0
    bounds = np.array(spans, dtype=np.int64)
    order = np.argsort(bounds[:, 0], kind="stable")
    first = bounds[order, 0]
    reach = np.maximum.accumulate(bounds[order, 1])
    st, en = np.asarray(memoryview(starts)), np.asarray(memoryview(ends))
    keep = np.frombuffer(mask, dtype=np.uint8).astype(bool)
    total = 0
    for a in range(0, len(st), _INSIDE_BLOCK):
        k = keep[a:a + _INSIDE_BLOCK]
        ws, we = st[a:a + _INSIDE_BLOCK][k], en[a:a + _INSIDE_BLOCK][k]
        hi = np.searchsorted(first, ws, side="right")
        total += int(np.count_nonzero((hi > 0) & (reach[np.maximum(hi - 1, 0)] >= we)))
    return total
