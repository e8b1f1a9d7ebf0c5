"""A colon as the cue: a speaker label ("Okafor: We Will Win") or a quotation introduced by
its speaker ('... pollster Jane Roe: "..."').

References
----------
Quirk, R. et al. (1985). A Comprehensive Grammar of the English Language. Longman (14.29-14.31
direct speech introduced by a reporting clause or a colon).
Newell, E., Margolin, D. and Ruths, D. (2018). An attribution relations corpus for political
news. LREC 2018 (a colon can be the cue).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..quotes import Quote
from ._model import Attribution
from ._syntax import (
    _cues,
    _headline,
    _headline_case,
    _np_ending,
    _quote_at,
    _Sent,
    _strip_end,
)


def _in_quote(quotes: Sequence[Quote], starts: list[int], pos: int) -> bool:
    import bisect

    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and quotes[k].start < pos < quotes[k].end


#: A speaker label before a colon has at most this many words ("Senator Jane Roe:"); longer
#: stretches before a colon are clauses. Four: a title and a three-part name.
MAX_LABEL_WORDS: int = 4


def colon_label(s: _Sent, rx: re.Pattern[str], quotes: Sequence[Quote], q_starts: list[int]
                ) -> Attribution | None:
    """'Okafor: We Will Win' (headline), 'LOPEZ: Thank you.' (transcript): a name before a
    colon at the start of a sentence is the source of what follows it.

    Not a label: one letter ("Q:", "A:", an interview's turn markers, the speaker named
    elsewhere), and a colon followed by no clause ("Answer: A boy") or by a list of names
    ("Nevada: Ann Lee, Bo Park, Cy Dunn"): with tags, content without a verb must not be a
    comma list, and outside a title-case line (where taggers miss verbs) its label must be a
    proper name and the content not mostly names ("Jenkins: No new taxes").
    """
    m = next((x for x in range(1, min(len(s), MAX_LABEL_WORDS + 1))
              if s.punct[x].strip().startswith(":")), None)
    label_at_start = m is not None and not s.punct[1:m] != [""] * (m - 1)
    if not label_at_start:
        return None
    if not (_name_like(s, 0) and all(_name_like(s, x) or (
            # "Clinton camp: ...", "Lee aide: ...": in a headline a name may head a common noun
            _headline(s) and s.tags is not None and s.tags[x] == "NOUN") for x in range(1, m))):
        return None
    if m == 1 and len(s.texts[0]) == 1:
        return None
    if s.tags is not None and not any(t in ("VERB", "AUX") for t in s.tags[m:]):
        listing = sum("," in p for p in s.punct[m + 1:]) >= 2
        if listing or (not _headline_case(s) and (
                s.tags[m - 1] != "PROPN" or 2 * s.tags[m:].count("PROPN") >= len(s) - m)):
            return None
    if _in_quote(quotes, q_starts, s.starts[0]):
        return None
    return _colon_attribution(s, quotes, q_starts, 0, m, "label")


def colon_quote(s: _Sent, rx: re.Pattern[str], quotes: Sequence[Quote], q_starts: list[int]
                ) -> Attribution | None:
    """'... pollster Jane Roe: "Turnout decides it."', 'More from Lee: "..."': a quotation
    opening right after a colon is the words of the noun phrase before the colon when that
    phrase names a speaker (a person, body or name: the source check of reporting verbs).
    The first such colon of the sentence, outside quotation marks."""
    source = s.source
    for x in range(1, len(s)):
        gap = s.punct[x].strip()
        if not gap.startswith(":"):
            continue
        colon_at = source.index(":", s.ends[x - 1])
        if _in_quote(quotes, q_starts, colon_at):
            return None
        if _quote_at(quotes, q_starts, colon_at + 1, colon_at + 3) is None:
            return None
        if x == 1 or (x <= MAX_LABEL_WORDS and not any(s.punct[1:x])):
            return None  # a label at the start: `colon_label`
        np = _np_ending(s, x - 1, rx, False, False)
        if np is None:
            return None
        b = np[0] - 1
        while b > 0 and not s.punct[b + 1].strip() and s.tag(b) in ("PROPN", "NOUN", "PART"):
            b -= 1  # "by Gazette reporter Ana Ruiz": past the words the phrase left out
        if b >= 0 and not s.punct[b + 1].strip() and (
                s.norm[b] in ("by", "to", "with") or s.norm[b] in _cues()):
            # "by Ann Lee:" (a byline of an excerpt), "told Fox News:" (the addressee of a
            # reporting verb, whose own rule finds the report)
            return None
        return _colon_attribution(s, quotes, q_starts, np[0], np[1], "colon")
    return None


def _colon_attribution(s: _Sent, quotes: Sequence[Quote], q_starts: list[int], a: int, m: int,
                       position: str) -> Attribution | None:
    source = s.source
    colon_at = source.index(":", s.ends[m - 1])
    cs, ce = _strip_end(source, colon_at + 1, s.span.end)
    q = _quote_at(quotes, q_starts, cs, cs + 1)
    if q is not None and q.end > ce:
        ce = q.end  # a quotation that runs on past the sentence is taken whole
    ss, se = s.starts[a], s.ends[m - 1]
    if ce <= cs:
        return None
    return Attribution(
        source=source[ss:se], source_start=ss, source_end=se, cue=":", cue_start=colon_at,
        cue_end=colon_at + 1, lemma=":", attitude="neutral", cue_type="speech",
        position=position, content=source[cs:ce], content_start=cs, content_end=ce,
        quoted=_in_quote(quotes, q_starts, cs + 1), actor="", resolved="",
        sentence=s.span.sentence, paragraph=s.span.paragraph, part=s.span.part)


def _name_like(s: _Sent, x: int) -> bool:
    w = s.texts[x]
    if not w[:1].isupper():
        return False
    if s.tags is not None:
        # taggers read a lone capitalised name before a colon as a common noun ("Lynch:")
        return s.tags[x] in ("PROPN", "NOUN") or w.isupper()
    return True


