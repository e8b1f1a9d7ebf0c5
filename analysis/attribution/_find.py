"""Finding attributions sentence by sentence, and resolving pronoun sources."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

import pandas as pd

from .. import paths
from ..actors import ActorsLike, _alias_regex
from ..article import Article
from ..document import DEFAULT_PARTS, Document, analyse_text
from ..matching import norm_form
from ..quotes import Quote
from ..resources import read_lexicon_csv
from ..tokens import TokenTable
from ._colon import colon_label, colon_quote
from ._evidential import APPEARANCE_VERBS, appearance
from ._model import AttributedDocument, Attribution
from ._passive import passive_subject
from ._prep import poll_source
from ._resolve import _resolve
from ._siblings import _siblings
from ._subject import plain_subject
from ._syntax import (
    _ADDRESSEE,
    _CLAUSE_BOUNDARY,
    _LEAD_RE,
    _NP_TAGS,
    _PREPOSITIONS,
    _WINDOW,
    _clause_before,
    _clause_subject,
    _Cue,
    _cues,
    _is_noun,
    _is_verb,
    _nothing_reported_after,
    _np_head,
    _np_left,
    _quote_at,
    _quote_ending,
    _Sent,
    _source_after,
    _source_before,
    _source_ok,
    _strip_end,
)

# --------------------------------------------------------------------------------------------
# Finding attributions


def find_attributions(doc: Document, *, appearance_reports: bool = False
                      ) -> tuple[Attribution, ...]:
    """Every attribution in the document, in text order of the cue.

    ``appearance_reports``: also the sourceless appearance reports ("X seems to Y",
    `analysis.attribution._evidential`), which PolNeAR counts as attributions; they are the
    writer's own voice, so the voice and quotation tables leave them out (the default).
    """
    rx = _alias_regex(doc.actors)  # remembered per alias list (analysis.actors)
    quotes = sorted(doc.quotes, key=lambda q: q.start)
    q_starts = [q.start for q in quotes]
    q_ends = [q.end for q in quotes]
    cues = _cues()
    out: list[Attribution] = []
    tok_starts = doc.tokens.starts if isinstance(doc.tokens, TokenTable) else [
        t.start for t in doc.tokens]
    # the words where a rule may fire whatever follows: a cue's first word, asked, in ...
    first_words = frozenset(cues) | _BARE_STARTS | frozenset(
        APPEARANCE_VERBS if appearance_reports else ())

    def in_quote(pos: int) -> bool:
        return _in_quote(quotes, q_starts, pos)

    for span in doc.sentences:
        lo = bisect.bisect_left(tok_starts, span.start)
        hi = bisect.bisect_left(tok_starts, span.end)
        s = _Sent(doc, span, lo, hi)
        if not len(s):
            continue
        # both colon rules need a colon between two words (inside the sentence's text)
        colon = (colon_label(s, rx, quotes, q_starts) or colon_quote(s, rx, quotes, q_starts)
                 ) if doc.source.find(":", span.start, span.end) >= 0 else None
        if colon is not None:
            out.append(colon)
        i = 0
        for x in _rule_starts(s, first_words):
            if x < i:
                continue  # inside the report found last
            cands = cues.get(s.norm[x], ()) or _complement_cue(s, x)
            found = _at(s, x, cands, rx, quotes, q_starts, q_ends, out)
            if found is None:
                found = _asked(s, x, quotes, q_starts) or _passive_report(
                    s, x, cands, quotes, q_starts) or passive_subject(  # dev +67 tp, +29 fp
                    s, x, cands, in_quote) or (
                    appearance_reports and appearance(
                    s, x, in_quote, _participle_cut, quotes)) or poll_source(s, x, in_quote)
            if found is None:
                continue
            a, i = found
            out.append(a)
    return _resolve(doc, _siblings(doc.source, out))


#: Words where a rule fires with no lexicon cue: "asked" (`_asked`), "in" (`poll_source`).
_BARE_STARTS = frozenset({"asked", "in"})


def _rule_starts(s: _Sent, first_words: AbstractSet[str]) -> list[int]:
    """The words where some rule may find a report, in order: a word of ``first_words`` (a
    lexicon cue's first word, `_BARE_STARTS`, an appearance verb when those are looked for),
    and (with tags) a word one or two before a `_COMPLEMENT_NEXT` word.
    Every rule returns nothing at any other word, so the finder skips them (a call of every
    rule on each of a text's words cost most of its time)."""
    norm = s.norm
    at = [x for x, w in enumerate(norm) if w in first_words]
    if s.tags is None:
        return at
    nxt = [x for x, w in enumerate(norm) if w in _COMPLEMENT_NEXT]
    if not nxt:
        return at
    return sorted({*at, *(x - 1 for x in nxt if x >= 1), *(x - 2 for x in nxt if x >= 2)})


def _after_quoted_name(s: _Sent, i: int, j: int, quotes: Sequence[Quote], q_ends: list[int]
                       ) -> bool:
    """'"...," Mr. Lee wrote.': a cue word right after a name that follows a quotation, at the
    clause end, is the verb whatever the tagger said (taggers miss verbs after rare names)."""
    if s.tags is None or i == 0 or s.tags[i - 1] != "PROPN":
        return False
    if j < len(s) and not s.punct[j].strip():
        return False
    a = i - 1
    while a > 0 and s.tags[a - 1] == "PROPN" and not s.punct[a]:
        a -= 1
    lead = s.punct[a]
    return bool(lead.strip()) and ("''" in lead or any(ch in lead for ch in "”\"»"))


def _complement_cue(s: _Sent, i: int) -> tuple[_Cue, ...]:
    """A verb outside the lexicon that takes a that-clause ("she shot back that", "he implied
    that") reports speech or thought: verbs controlling that-clauses are overwhelmingly verbs
    of speaking and cognition (Biber et al. 1999, 9.2.3). Its subject must still be a person,
    body or name (the human-head check, not the open one)."""
    if s.tags is None or i + 1 >= len(s) or s.punct[i + 1]:
        return ()
    if s.tags[i] != "VERB" and not (
            s.tags[i] == "NOUN" and i > 1 and s.tags[i - 1] == "NOUN" and not s.punct[i]
            and s.tags[i - 2] == "DET" and (s.tag(i + 1) in ("ADP", "ADV", "SCONJ") or (
                i + 2 < len(s) and s.tag(i + 2) == "SCONJ" and s.norm[i + 2] == "that"))):
        # "The mayor shot back that": a tagger may read the verb as a third noun in a row
        return ()
    first = (frozenset([s.norm[i]]),)
    k = i + 1
    if (s.tag(k) in ("ADP", "ADV") or (s.tag(k) == "NOUN" and s.tags[i] == "NOUN")) and s.norm[
            k] not in ("that", "whether", "if") and (
            k + 1 < len(s) and not s.punct[k + 1]):
        first = (*first, frozenset([s.norm[k]]))  # a particle: "shot back that"
        k += 1
    if s.norm[k] in ("that", "whether", "if") and s.tag(k) == "SCONJ":
        return (_Cue(first, " ".join(s.norm[i:k]), "neutral", "complement"),)
    if (s.norm[k] in _ZERO_THAT_SUBJECTS and k + 1 < len(s) and not s.punct[k + 1]
            and s.tag(k + 1) in ("AUX", "VERB") and not s.norm[k + 1].endswith("ing")):
        # zero that: "she hinted they would leave" (a subject pronoun and a finite verb)
        return (_Cue(first, " ".join(s.norm[i:k]), "neutral", "complement"),)
    return ()


#: Subject pronouns that open a zero-that clause after a verb (Biber et al. 1999, 9.2.3:
#: that is omitted mostly before a pronoun subject); "it", "you" are left out as too often
#: the verb's own object ("made it work", "told you").
_ZERO_THAT_SUBJECTS = frozenset({"i", "he", "she", "we", "they"})
#: The words that must stand one or two words after a verb outside the lexicon for
#: `_complement_cue` to take it as a cue ("hinted that", "shot back that", "hinted they").
_COMPLEMENT_NEXT = frozenset({"that", "whether", "if"}) | _ZERO_THAT_SUBJECTS


#: Words that open an indirect question after "asked" (Quirk et al. 1985, 15.5 dependent
#: wh-interrogative and yes-no clauses) or name its topic ("asked about").
_QUESTION_OPENERS = frozenset(
    "whether if what who whom whose which when where why how about".split())


def _asked(s: _Sent, i: int, quotes: Sequence[Quote], q_starts: list[int]
           ) -> tuple[Attribution, int] | None:
    """'Asked whether the plan would pass, Lee said ...', 'When asked about it, ...', 'Lee was
    asked if ...': a question was put; whoever asked is not named, so the source is empty and
    the content is the indirect question up to the clause's end."""
    if s.norm[i] != "asked" or i + 1 >= len(s) or s.punct[i + 1].strip():
        return None
    if s.norm[i + 1] not in _QUESTION_OPENERS:
        return None
    if not (i == 0 or s.norm[i - 1] in ("when", "after", "if", "once", "was", "were", "being")
            or s.punct[i].strip().endswith(",")):
        return None
    if _in_quote(quotes, q_starts, s.starts[i]):
        return None
    k = i + 2
    while k < len(s) and k - i < _WINDOW and not (
            s.punct[k].strip().endswith(",") and not _in_quote(quotes, q_starts, s.starts[k])):
        k += 1
    source = s.source
    vs, ve = s.starts[i], s.ends[i]
    cs, ce = _strip_end(source, s.starts[i + 1], s.ends[k - 1])
    q = _quote_at(quotes, q_starts, cs, ce)
    if q is not None and q.start < ce < q.end:
        ce = q.end
    sent = s.span
    return Attribution(
        source="", source_start=0, source_end=0, cue=source[vs:ve], cue_start=vs, cue_end=ve,
        lemma="ask", attitude="neutral", cue_type="speech", position="question",
        content=source[cs:ce], content_start=cs, content_end=ce,
        quoted=_in_quote(quotes, q_starts, cs + 1), actor="", resolved="",
        sentence=sent.sentence, paragraph=sent.paragraph, part=sent.part), i + 1


_PASSIVE_BE = frozenset("is was are were been being be 's".split())


def _passive_report(s: _Sent, i: int, cands: Sequence[_Cue], quotes: Sequence[Quote],
                    q_starts: list[int]) -> tuple[Attribution, int] | None:
    """'He is expected to win', 'It was announced that ...', 'She is said to be ...': the
    agentless passive of a reporting verb with a to-infinitive or that-clause (Quirk et al.
    1985, 16.32 passive reporting clauses). Nobody is named, so the source is empty; the cue
    is the form of "be" with the participle."""
    if not cands or i == 0 or s.punct[i] or s.norm[i - 1] not in _PASSIVE_BE:
        return None
    if s.tags is not None and s.tags[i] != "VERB":
        return None
    if i + 1 >= len(s) or s.punct[i + 1].strip() or s.norm[i + 1] not in ("to", "that"):
        return None
    if not s.norm[i].endswith(("ed", "en", "id", "ght", "wn")):
        return None
    if _in_quote(quotes, q_starts, s.starts[i]):
        return None
    c = cands[0]
    source = s.source
    vs, ve = s.starts[i - 1], s.ends[i]
    start = s.ends[i + 1] if s.norm[i + 1] == "that" else s.starts[i + 1]
    cs, ce = _strip_end(source, start, _participle_cut(s, start, s.span.end))
    if ce <= cs:
        return None
    sent = s.span
    return Attribution(
        source="", source_start=0, source_end=0, cue=source[vs:ve], cue_start=vs, cue_end=ve,
        lemma=c.lemma, attitude=c.attitude, cue_type=c.cue_type, position="passive",
        content=source[cs:ce], content_start=cs, content_end=ce,
        quoted=_in_quote(quotes, q_starts, cs + 1), actor="", resolved="",
        sentence=sent.sentence, paragraph=sent.paragraph, part=sent.part), i + 1


def _in_quote(quotes: Sequence[Quote], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and quotes[k].start < pos < quotes[k].end


@lru_cache(maxsize=1)
def _frames() -> dict[str, frozenset[str]]:
    """Frame -> lemmas, from ``lexicons/reporting_frames.csv`` (one row per lemma and frame,
    with its source): ``speaker_subject`` (only a speaker can be the subject: say, tell, write;
    with tags any noun phrase before it is the source, while other verbs take a common-noun
    subject only in a plainly finite clause, `analysis.attribution._subject`),
    ``thing_subject`` (support, threaten, suggest: a thing is a subject in another sense, so
    they keep the human-head check), ``experiencer_subject`` (mental verbs: believe,
    fear, want), ``clause_only`` (add, raise: a report only with a that-clause, a quotation or
    a colon)."""
    frames: dict[str, set[str]] = {}
    for row in read_lexicon_csv(paths.LEXICON_DIR / "reporting_frames.csv",
                                ("lemma", "frame", "source", "note")):
        frames.setdefault(row["frame"], set()).add(row["lemma"])
    return {k: frozenset(v) for k, v in frames.items()}


def _that_clause_follows(s: _Sent, i: int, j: int) -> bool:
    """A that-clause right after the cue ("the memo suggests that"): a lexicon verb with a
    finite that-clause reports a proposition (Biber et al. 1999, 9.2.3: that-clauses are
    controlled overwhelmingly by verbs of speech and cognition), so its subject is the
    source whatever its head. The cue must be tagged a verb and come from the lexicon: a
    noun before "that" opens a relative clause ("the system that they say"), and a verb
    outside the lexicon (`_complement_cue`) keeps the human-head check. Measured on PolNeAR
    dev (against the rest of this commit): +38 true, +6 false positives."""
    return s.tag(i) == "VERB" and j < len(s) and s.norm[j] == "that" and not s.punct[j] and (
        s.tag(j) == "SCONJ")


_SKIP_IN_QUOTES = True
_QUOTE_CHARS = "”\"»“«"


def _at(s: _Sent, i: int, cands: Sequence[_Cue], rx: re.Pattern[str],
        quotes: Sequence[Quote], q_starts: list[int], q_ends: list[int],
        earlier: Sequence[Attribution]) -> tuple[Attribution, int] | None:
    if not cands:
        return None
    in_q = _in_quote(quotes, q_starts, s.starts[i])
    if in_q and _SKIP_IN_QUOTES:
        return None
    source = s.source
    frames = _frames()
    for c in cands:
        n = len(c.positions)
        # (the first word matches: cues are looked up by it)
        if i + n > len(s) or any(s.norm[i + m] not in c.positions[m] for m in range(1, n)):
            continue
        if any(s.punct[i + m] for m in range(1, n)):
            continue
        j = i + n
        if c.cue_type == "prep":
            src = _source_after_prep(s, j, rx, in_q)
            if src is None:
                continue
            return _make(s, c, i, j, src, "according", quotes, q_starts, q_ends), src[1]
        noun_use = (j < len(s) and s.norm[j] == "that" and not s.punct[j] and _is_noun(s, i))
        if c.cue_type == "noun" and not noun_use:
            continue
        if noun_use:
            src = _possessor(s, i, rx, in_q)
            if src is not None:
                return _make(s, c, i, j, src, "noun", quotes, q_starts, q_ends), j
            if c.cue_type == "noun":
                continue
        open_subject = s.tags is not None and (
            c.lemma in frames["speaker_subject"] or c.lemma in frames["experiencer_subject"]
            or (c.cue_type != "complement" and _that_clause_follows(s, i, j)))
        if not _is_verb(s, i) and not (noun_use and s.tags is not None) and not (
                _after_quoted_name(s, i, j, quotes, q_ends) and c.cue_type == "speech"):
            continue
        before = s.punct[i].strip() or (
            source[s.span.start:s.starts[i]].strip()[-1:] if i == 0 else "")
        after_quote = before.endswith((",", "''", *_QUOTE_CHARS)) and (
            any(ch in before for ch in _QUOTE_CHARS) or "''" in before
            or _quote_ending(quotes, q_ends, s.span.start - 2, s.starts[i]) is not None)
        if c.cue_type == "postposed" and not after_quote and not _quote_near(
                s, i, j, quotes, q_starts, q_ends):
            continue
        src = _source_before(s, i, rx, in_q, open_subject)
        if src is None and not open_subject and s.tags is not None and c.cue_type not in (
                "complement", "noun", "prep") and c.lemma not in frames.get("thing_subject", ()):
            # "local farmers hailed the plan": a common-noun subject of a plainly finite verb
            # (on PolNeAR dev +118 true, +71 false positives; test +42, +20)
            src = _source_before(s, i, rx, in_q, True)
            if src is not None and not plain_subject(s, i, j, src, c.lemma):
                src = None
        position = "before"
        if src is None and c.cue_type in ("speech", "postposed") and (
                after_quote or before.endswith(",")):
            src = _source_after(s, j, rx, in_q, open_subject)
            position = "after"
        if src is None:
            src = _clause_subject(s, i, rx, in_q, open_subject, earlier)
            position = "clause"
        if src is None:
            continue
        if src[1] - src[0] == 1 and s.norm[src[0]] == "it" and (
                c.lemma not in frames["speaker_subject"]):
            continue  # "it feels like", "it shows that": "it" speaks only with say, tell ...
        a = _make(s, c, i, j, src, position, quotes, q_starts, q_ends)
        if c.lemma in frames["clause_only"] and a.position in ("before", "clause") and (
                not a.quoted) and "that" not in s.norm[j:j + 5] and not (
                j < len(s) and s.punct[j].strip().startswith(":")):
            continue  # "may add two buses", "raised $5,000": an object, nothing reported
        if c.lemma == "speak" and a.position in ("before", "clause") and not a.quoted and (
                j >= len(s) or s.norm[j] not in ("about", "of", "out")):
            continue  # "spoke at the rally", "spoke with aides": an event, no content
        return a, j
    return None


#: "speak" reports a content only with its topic ("spoke about the plan", "spoke of a
#: crisis", "spoke out against it"), a quotation, or after the content; "spoke at the rally",
#: "spoke with aides", "spoke on condition of anonymity" name the event (Levin 1993, 37.5
#: talk verbs take about/with, not a clause). On PolNeAR dev 34 of 121 "speak" reports found
#: were gold, 14 of the 14 with about/of.

def _quote_near(s: _Sent, i: int, j: int, quotes: Sequence[Quote], q_starts: list[int],
                q_ends: list[int]) -> bool:
    """A quotation ends just before the cue's subject or starts just after the cue
    ('"...," he continued.', 'He continued, "..."')."""
    lo = s.starts[max(0, i - 2)] - 3
    if _quote_ending(quotes, q_ends, lo, s.starts[i]) is not None:
        return True
    end = s.ends[j - 1]
    return _quote_at(quotes, q_starts, end, end + 4) is not None


def _source_after_prep(s: _Sent, j: int, rx: re.Pattern[str], in_q: bool
                       ) -> tuple[int, int] | None:
    if j >= len(s) or s.punct[j]:
        return None
    b = j + 1
    while b < len(s) and not s.punct[b] and s.norm[b] not in _CLAUSE_BOUNDARY:
        b += 1
    # the object of "according to" is a source by the meaning of the preposition; its head is
    # the last noun of the first noun group, before a modifier that follows it ("exit polls
    # reported by CNN", "officials familiar with", "people briefed on")
    head = _np_head(s, j, b)
    if s.tags is not None:
        x = j
        while x < b and s.tags[x] in _NP_TAGS and s.norm[x] not in _PREPOSITIONS:
            x += 1
        if x > j and s.tags[x - 1] in ("NOUN", "PROPN", "PRON", "NUM"):
            head = x - 1
    return (j, b) if _source_ok(s, j, b, head, rx, in_q,
                                open_subject=s.tags is not None) else None


def _possessor(s: _Sent, i: int, rx: re.Pattern[str], in_q: bool) -> tuple[int, int] | None:
    """"Trump's claim that", "his warning that": the possessor is the source."""
    k = i - 1
    while k >= 0 and not s.punct[k + 1] and s.tag(k) == "ADJ":
        k -= 1
    if k < 0 or s.punct[k + 1]:
        return None
    if s.norm[k] in ("his", "her", "their"):
        return (k, k + 1)
    if s.norm[k] != "'s" or k == 0:
        return None
    a = _np_left(s, k - 1)
    if a is None:
        return None
    return (a, k) if _source_ok(s, a, k, k - 1, rx, in_q) else None


#: Sentence openers that may stand before "according to" with the content after the source.
_OPENERS = frozenset({"but", "and", "yet", "so", "still", "however", "now", "also"})


def _make(s: _Sent, c: _Cue, i: int, j: int, src: tuple[int, int], position: str,
          quotes: Sequence[Quote], q_starts: list[int], q_ends: list[int]) -> Attribution:
    source = s.source
    sent = s.span
    ss, se = s.starts[src[0]], s.ends[src[1] - 1]
    vs, ve = s.starts[i], s.ends[j - 1]
    if position == "according":
        before = source[sent.start:vs]
        # "But according to X, A": a conjunction or adverb alone before the cue opens the
        # sentence, and the content follows the source
        if before.strip(" ,“\"") and norm_form(before.strip(" ,“\"")) not in _OPENERS:
            cs, ce = _strip_end(source, sent.start, vs)
        else:
            cs, ce = _strip_end(source, se, sent.end)
            cs += len(source[cs:ce]) - len(source[cs:ce].lstrip(" ,"))
    elif position == "after" or (position == "before" and src[0] > 0 and (
            _quoted_speech_before(source, quotes, q_ends, sent.start, ss) or (
                (s.punct[src[0]].strip() or _quote_ending(quotes, q_ends, sent.start, ss))
                and _nothing_reported_after(s, c, j)
                and _clause_before(s, src[0], quotes, q_ends)))):
        # '"...," said Erekat.' / '"...," Netanyahu said.' / "X, officials said.": the content
        # comes first: a quotation ending just before the source, or the clause before it.
        first = ss if position == "before" else vs
        q = _quote_ending(quotes, q_ends, sent.start - 1 if sent.start else 0, first)
        if q is not None and not source[q.end:first].strip(" ,–—"):
            cs, ce = q.start, q.end
        else:
            q0 = _quote_ending(quotes, q_ends, sent.start, first)
            start = q0.start if q0 is not None and q0.start < sent.start else sent.start
            cs, ce = start, first
        cs, ce = _strip_end(source, cs, ce)
        if position == "before":
            position = "postposed"
    else:
        cs = ve
        x = j
        if c.lemma in _ADDRESSEE and x < len(s) and not s.punct[x] and s.norm[x] != "that":
            # "told reporters (on Monday) that ...": the addressee is not the content
            y = x
            while y < len(s) and y - x < 4 and not s.punct[y] and s.norm[y] != "that":
                y += 1
            if y < len(s) and (s.norm[y] == "that" or s.punct[y].strip()):
                cs = s.ends[y - 1]
        rest = source[cs:sent.end]
        lead = _LEAD_RE.match(rest)
        cs += lead.end() if lead else 0
        cs, ce = _strip_end(source, cs, _participle_cut(s, cs, sent.end))
        q = _quote_at(quotes, q_starts, cs, cs + 2)
        if q is not None and q.end > ce:
            ce = q.end  # a quotation that runs on past the sentence is taken whole
        if ce <= cs:
            nq = _quote_at(quotes, q_starts, sent.end, sent.end + 3)
            if nq is not None:
                cs, ce = nq.start, nq.end
    more: tuple[tuple[int, int], ...] = ()
    if position in ("postposed", "after") and _quote_at(quotes, q_starts, cs, cs + 1):
        # '"A," she said. "B."' / '"A," she said, "B."': the quotation goes on after the clause
        nq = _quote_at(quotes, q_starts, max(ve, se), max(ve, se) + 4) or _quote_at(
            quotes, q_starts, sent.end, sent.end + 3)
        if nq is not None and nq.paragraph == sent.paragraph and nq.start >= ce:
            more = (_strip_end(source, nq.start, nq.end),)
    k = bisect.bisect_right(q_starts, ce - 1) - 1
    quoted = any(quotes[m].start < ce and cs < quotes[m].end for m in range(max(0, k - 3), k + 1)
                 if m >= 0)
    return Attribution(
        source=source[ss:se], source_start=ss, source_end=se, cue=source[vs:ve], cue_start=vs,
        cue_end=ve, lemma=c.lemma, attitude=c.attitude, cue_type=c.cue_type,
        position=position, content=source[cs:ce], content_start=cs, content_end=ce,
        quoted=bool(quoted), actor="", resolved="", sentence=sent.sentence,
        paragraph=sent.paragraph, part=sent.part, more_content=more,
        speaker=source[ss:s.ends[src[2] - 1]] if len(src) > 2 and src[2] < src[1] else "")


def _quoted_speech_before(source: str, quotes: Sequence[Quote], q_ends: list[int], lo: int,
                          ss: int) -> bool:
    """A quotation closing with a comma, question or exclamation mark inside its marks ends just
    before the source: '"We will win," Lee said' (the quoted words are what was said)."""
    q = _quote_ending(quotes, q_ends, lo - 1 if lo else 0, ss)
    if q is None or source[q.end:ss].strip(" ,–—"):
        return False
    return source[q.inner_end - 1:q.inner_end] in (",", "?", "!")


def _participle_cut(s: _Sent, cs: int, end: int) -> int:
    """Where the reported clause ends: before ", noting ..." / ", despite ..." (a participle or
    a concessive after a comma, outside quotation marks), else at ``end``."""
    starts = s.starts
    x = bisect.bisect_left(starts, cs)
    for y in range(x + 1, min(len(s), x + _WINDOW)):
        if s.punct[y].strip() == "," and (
                (s.tag(y) == "VERB" and s.norm[y].endswith("ing"))
                or s.norm[y] in ("despite", "although", "though", "while", "whereas")):
            return s.ends[y - 1]
    return end


# --------------------------------------------------------------------------------------------
# Public entry points


def analyse_article(obj: str | Article | Document, *, actors: ActorsLike = None,
                    parts: Sequence[str] = DEFAULT_PARTS, appearance_reports: bool = False
                    ) -> AttributedDocument:
    """Analyse once (tokens, tags, quotations, actors) and find the attributions
    (``appearance_reports``: see `find_attributions`)."""
    doc = obj if isinstance(obj, Document) else analyse_text(obj, actors=actors, parts=parts)
    return AttributedDocument(doc, find_attributions(doc, appearance_reports=appearance_reports))



def reported_voices(adoc: AttributedDocument, frame: pd.DataFrame) -> pd.DataFrame:
    """A match table (``start``, ``end``, ``voice``) with voices routed through attribution.

    A marker the matcher left in the author's voice that lies inside an attribution's
    content ("officials said the deal *may* collapse") becomes ``voice = "attributed"``;
    ``holder`` names whose it is (the source, or the name a he/she stands for; "" for the
    author's own markers and for quotations with no speaker). The hedging and stance tables
    read the same attributions, so a marker has one holder everywhere.
    """
    out = frame.copy()
    holders = adoc.voices_at((int(s), int(e)) for s, e in zip(out["start"], out["end"],
                                                               strict=True))
    out["voice"] = ["attributed" if h is not None and v == "author" else v
                    for v, h in zip(out["voice"], holders, strict=True)]
    out["holder"] = [h or "" for h in holders]
    return out
