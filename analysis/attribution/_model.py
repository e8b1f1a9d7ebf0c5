"""The attribution record and the analysed document that carries the attributions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from ..document import Document
from ..spans import ContainingIndex

ATTRIBUTION_COLUMNS: tuple[str, ...] = (
    "source", "actor", "verb", "lemma", "attitude", "content", "quoted", "start", "end",
    "source_start", "source_end", "verb_start", "verb_end", "content_start", "content_end",
    "sentence", "paragraph", "part", "cue_type", "position", "resolved",
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution: cue, source and content offsets into the text, and what they are."""

    source: str
    source_start: int
    source_end: int
    cue: str
    cue_start: int
    cue_end: int
    lemma: str
    attitude: str
    cue_type: str
    position: str
    content: str
    content_start: int
    content_end: int
    quoted: bool
    actor: str
    resolved: str
    sentence: int | None
    paragraph: int | None
    part: str
    #: more content after the first stretch: the quotation that continues the quoted words in
    #: the next sentence or after the reporting clause ('"A," she said. "B."').
    more_content: tuple[tuple[int, int], ...] = ()
    #: the source's name without its apposition ("Lee, a farmer," -> "Lee"), or "".
    speaker: str = ""

    @property
    def voice(self) -> str:
        """Whose voice the content is in: the resolved name, else the source as written."""
        return self.resolved or self.speaker or self.source

    @property
    def cue_spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.cue_start, self.cue_end),)

    @property
    def source_spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.source_start, self.source_end),) if self.source_end > self.source_start \
            else ()

    @property
    def content_spans(self) -> tuple[tuple[int, int], ...]:
        first = ((self.content_start, self.content_end),) \
            if self.content_end > self.content_start else ()
        return first + self.more_content


#: The first of a list of ranges containing a query range (`analysis.spans.ContainingIndex`).
SpanIndex = ContainingIndex


@dataclass(frozen=True, eq=False)
class AttributedDocument:
    """A `Document` with its attributions: what stance, quotation and hedging tables share."""

    doc: Document
    attributions: tuple[Attribution, ...]

    def frame(self) -> pd.DataFrame:
        """The attributions as a table (`ATTRIBUTION_COLUMNS`)."""
        return attribution_frame(self.attributions)

    @property
    def _outermost(self) -> tuple[SpanIndex, list[Attribution], list[str]]:
        """The index of the voiced contents, their attributions in its order, and their
        voices (kept beside them: a stance table asks for one per marker)."""
        cached = self.__dict__.get("_outer")
        if cached is None:
            # appearance reports ("it seems that ...") are the writer's: no other voice
            order = sorted((a for a in self.attributions if a.content_end > a.content_start
                            and a.cue_type != "evidential"),
                           key=lambda a: (a.content_start, -a.content_end))
            cached = (SpanIndex([(a.content_start, a.content_end) for a in order]), order,
                      [a.voice for a in order])
            object.__setattr__(self, "_outer", cached)
        return cached

    def attribution_at(self, start: int, end: int) -> Attribution | None:
        """The outermost attribution whose content holds [start, end), or None."""
        index, order, _ = self._outermost
        k = index.first(start, end)
        return order[k] if k is not None else None

    def voice_at(self, start: int, end: int) -> str | None:
        """Whose voice a marker at [start, end) is in: the reporting source, or None (the
        text around it is not reported content). Nested reports give the outer reporter."""
        index, _, voices = self._outermost
        k = index.first(start, end)
        return voices[k] if k is not None else None

    def attributions_at(self, spans: Iterable[tuple[int, int]]) -> list[Attribution | None]:
        """`attribution_at` of each ``(start, end)``, in the order given."""
        index, order, _ = self._outermost
        return [order[k] if k is not None else None for k in index.first_many(spans)]

    def voices_at(self, spans: Iterable[tuple[int, int]]) -> list[str | None]:
        """`voice_at` of each ``(start, end)``, in the order given."""
        index, _, voices = self._outermost
        return [voices[k] if k is not None else None for k in index.first_many(spans)]



def _holds(outer: Attribution, inner: Attribution) -> bool:
    """Does ``outer``'s content hold ``inner``'s cue?"""
    spans = ((outer.content_start, outer.content_end), *outer.more_content)
    return any(s <= inner.cue_start and inner.cue_end <= e for s, e in spans if e > s)


def outermost(found: Sequence[Attribution]) -> tuple[Attribution, ...]:
    """The attributions that are not part of another's content, in the given order.

    "Trump said he believes X" holds two reports, but the belief is what Trump said. PolNeAR's
    gold marks the outer report only, the inner one being part of its content (measured here:
    none of the 15,163 attributions of the PolNeAR dev split has its cue inside another's
    content), so its scorer compares these. A postposed or inverted report inside another's
    content ('They want to "win big," Lee said': "want"'s content runs on to Lee) is the outer
    one: the report before it is what Lee said. An "according to" report stays whatever it
    holds ('"A," Lee said, according to the paper': the paper reports that Lee said A).
    """
    inverted = ("postposed", "after")
    keep = []
    for a in found:
        holders = [b for b in found if b is not a and _holds(b, a)]
        if not holders:
            if a.position == "according" or not any(
                    b.position in inverted and a.position not in inverted and _holds(a, b)
                    for b in found if b is not a):
                keep.append(a)
        elif a.position in inverted and all(b.position not in inverted for b in holders):
            keep.append(a)
    return tuple(keep)


def attribution_frame(found: Sequence[Attribution]) -> pd.DataFrame:
    """Attributions as the `ATTRIBUTION_COLUMNS` table (``verb`` is the cue)."""
    rows = [{
        "source": a.source, "actor": a.actor, "verb": a.cue, "lemma": a.lemma,
        "attitude": a.attitude, "content": a.content, "quoted": a.quoted,
        "start": min(a.source_start, a.cue_start, a.content_start),
        "end": max(a.source_end, a.cue_end, a.content_end),
        "source_start": a.source_start, "source_end": a.source_end, "verb_start": a.cue_start,
        "verb_end": a.cue_end, "content_start": a.content_start, "content_end": a.content_end,
        "sentence": a.sentence, "paragraph": a.paragraph, "part": a.part,
        "cue_type": a.cue_type, "position": a.position, "resolved": a.resolved,
    } for a in found]
    df = pd.DataFrame(rows, columns=list(ATTRIBUTION_COLUMNS))
    for c in ("sentence", "paragraph"):
        df[c] = df[c].astype("Int64")
    df["quoted"] = df["quoted"].astype(bool)
    return df
