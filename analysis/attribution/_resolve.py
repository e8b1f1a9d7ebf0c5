"""Who a source is: its actor (from the actor mentions) and the name a he/she stands for."""

from __future__ import annotations

import bisect

from ..document import Document
from ..matching import norm_form
from ._model import Attribution
from ._syntax import _PERSON_PRONOUNS, HUMAN_HEADS


class _ActorLookup:
    """The actor of a source: the last mention (in table order) inside ``[s, e)``, looked up in
    the document's mention columns (a DataFrame filter per source cost ~9 ms)."""

    def __init__(self, doc: Document) -> None:
        m = doc.mention_columns
        self.starts, self.ends, self.actors = m.start, m.end, m.actor
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def __call__(self, s: int, e: int) -> str:
        starts, ends = self.starts, self.ends
        best = -1
        lo = bisect.bisect_left(starts, s) if self.ordered else 0
        for k in range(lo, len(starts)):
            if self.ordered and starts[k] > e:
                break
            if starts[k] >= s and ends[k] <= e:
                best = k
        return str(self.actors[best]) if best >= 0 else ""


def _named(a: Attribution) -> bool:
    first = a.source.split()[-1] if a.source.split() else ""
    return bool(first[:1].isupper()) and norm_form(a.source) not in HUMAN_HEADS


def _resolve(doc: Document, found: list[Attribution]) -> tuple[Attribution, ...]:
    """Actors for every source; he/she resolved when one name came just before."""
    from dataclasses import replace

    out: list[Attribution] = []
    actor_of = _ActorLookup(doc)
    # the named reports so far by (part, sentence), with their place in ``out``: a pronoun
    # looks only at its own and the three sentences before (a scan of all of ``out`` per
    # pronoun was quadratic: 0.7 s on 200,000 words)
    named: dict[tuple[str, int], list[tuple[int, Attribution]]] = {}
    for a in found:
        actor = actor_of(a.source_start, a.source_end)
        resolved = ""
        if norm_form(a.source) in _PERSON_PRONOUNS and a.sentence is not None:
            near = sorted((x for n in range(a.sentence - 3, a.sentence + 1)
                           for x in named.get((a.part, n), ())), key=lambda x: x[0])
            names = {p.voice: p for _, p in near}
            if len(names) == 1:
                (ante,) = names.values()
                resolved, actor = ante.voice, ante.actor
        # (`replace` only for a change: it cost as much as the rest of this loop)
        p = replace(a, actor=actor, resolved=resolved) if (actor, resolved) != (
            a.actor, a.resolved) else a
        if p.sentence is not None and _named(p):
            named.setdefault((p.part, p.sentence), []).append((len(out), p))
        out.append(p)
    return tuple(out)
