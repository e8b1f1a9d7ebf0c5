"""Sibling reports: where a report's content ends before a second report in the same
sentence (coordinated clauses, a second predicate, a report inside the subject)."""

from __future__ import annotations

from ..matching import norm_form
from ._model import Attribution
from ._syntax import _strip_end

#: Words that join a second report to the first as its sibling ("X said A, and Y said B").
_COORDINATORS = frozenset({"and", "but", "while", "whereas"})
#: Relative pronouns opening a clause with a report of its own ("moves that he said helped").
_RELATIVES = frozenset({"which", "who", "whom"})


def _siblings(source: str, found: list[Attribution]) -> list[Attribution]:
    """End a report's content before a second report that is not part of it.

    - "Lee said the vote was fair, and Kim said it was not": Kim's report is a second clause
      of the sentence (coordinated by ", and", ", but", ";" or a dash; Quirk et al. 1985,
      13.1 coordination of clauses);
    - "Lee praised the plan and said it would pass", "..., saying it would pass": a second
      predicate of the same subject (coordinated verb phrases, a supplementive participle
      clause: Quirk et al. 1985, 13.46 and 15.58), a report of its own;
    - "Asked if A, Lee said B", "Kim accuses Jo of A and Lee says B": a report with a subject
      of its own after a comma or a coordinator is the main or a coordinated clause;
    - "An aide, who asked not to be named, said A": a report inside the main report's
      subject ends with that subject; "A, according to the board": the board's report is the
      sentence's;
    - "Lee rebuked critics who say it failed": the critics' report sits in a relative clause
      that modifies the object; what Lee did ends at "critics".

    A report that opens the content ("Lee said he believes A") is part of it and stays nested
    (`outermost` then keeps the outer one).
    """
    from dataclasses import replace

    out = list(found)
    # only reports of the same sentence and part interact: group them first, in text order
    # (comparing every pair of a 200,000-word text's 5,000 reports cost about 1 s)
    groups: dict[tuple[int | None, str], list[Attribution]] = {}
    for a in found:
        groups.setdefault((a.sentence, a.part), []).append(a)
    for k, b in enumerate(out):
        for a in groups[(b.sentence, b.part)]:
            if a is b or not (b.content_start < a.cue_start < b.content_end):
                continue
            if a.source_start <= b.cue_start < a.source_end and a.source_end > b.content_start:
                # "An aide, who requested anonymity to speak, said ...": the report sits in
                # the subject of the main report; its content ends with that subject
                cs, ce = _strip_end(source, b.content_start, a.source_end)
                if ce > cs:
                    b = replace(b, content=source[cs:ce], content_end=ce, more_content=())
                    out[k] = b
                continue
            if a.position == "according" and source[b.content_start:a.cue_start].rstrip(
                    ).endswith(","):
                # "Lee won the vote, according to the board": the board's report is the
                # sentence's, not part of a report inside it
                cs, ce = _strip_end(source, b.content_start, a.cue_start)
                if ce > cs:
                    b = replace(b, content=source[cs:ce], content_end=ce, more_content=())
                    out[k] = b
                continue
            if a.position not in ("before", "clause"):
                continue
            start = a.source_start if a.source_end > a.source_start else a.cue_start
            if a.position == "clause" or a.source_end <= a.source_start or (
                    start < b.content_start):
                start = a.cue_start  # the shared subject stands before the outer cue
            if start <= b.content_start + 1:
                continue
            # a report with its own subject: "Asked if A, Lee said B" (the main clause after an
            # adverbial one), "X accuses Y and Lee says B"
            own = a.position == "before" and a.source_end > a.source_start and (
                a.source_start >= start)
            before = source[b.content_start:start].rstrip()
            words = before.split()
            last = norm_form(words[-1]) if words else ""
            cut = None
            if a.position == "before" and norm_form(a.source) in ("who", "that", "which"):
                cut = len(before)  # the relative pronoun is the source itself
            elif own and len(words) > 1 and last in _RELATIVES:
                # "Lee praised the cuts, moves that he said helped": a report inside a relative
                # clause on the outer content's noun is its own; the outer content ends at the
                # noun the clause modifies
                cut = len(before) - len(words[-1])
            elif before.endswith((";", "–", "—", " -", "--")):
                cut = len(before) - 1
            elif len(words) > 1 and last in _COORDINATORS and (
                    words[-2].endswith((",", ";")) or a.position == "clause" or own):
                cut = len(before) - len(words[-1])
            elif before.endswith(",") and (a.position == "clause" or own):
                cut = len(before) - 1
            if cut is None:
                continue
            cs, ce = _strip_end(source, b.content_start, b.content_start + cut)
            if ce > cs:
                b = replace(b, content=source[cs:ce], content_end=ce)
                out[k] = b
    return out
