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

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .actors import ActorsLike
from .article import Article
from .document import DEFAULT_PARTS, Document, analyse_text
from .matching import load_lexicon, norm_form
from .quotes import Quote
from .spans import ContainingIndex, Span, strip_bounds

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "HUMAN_HEADS",
    "MAX_SUBJECT_WORDS",
    "Attribution",
    "AttributedDocument",
    "SpanIndex",
    "analyse_article",
    "attribution_frame",
    "find_attributions",
]

ATTRIBUTION_COLUMNS: tuple[str, ...] = (
    "source", "actor", "verb", "lemma", "attitude", "content", "quoted", "start", "end",
    "source_start", "source_end", "verb_start", "verb_end", "content_start", "content_end",
    "sentence", "paragraph", "part", "cue_type", "position", "resolved",
)

#: A subject noun phrase longer than this ("U.S. Secretary of State Mike Pompeo" has six
#: words) is taken as a sign that the "verb" is a noun inside a longer phrase.
MAX_SUBJECT_WORDS: int = 7

#: Heads of noun phrases that can be a source: people, bodies, documents, polls.
HUMAN_HEADS: frozenset[str] = frozenset(
    """he she they who officials official spokesman spokeswoman spokesperson minister
    ministers ministry ministries government governments administration president presidents
    leader leaders diplomat diplomats analyst analysts expert experts critic critics observer
    observers commentator commentators scholar scholars researcher researchers negotiator
    negotiators envoy envoys secretary agency agencies media statement statements report
    reports newspaper editorial editorials people others allies ally aide aides adviser
    advisers advisor advisors source sources senator senators lawmakers party regime side
    sides both many some candidate candidates campaign campaigns voters voter respondents
    americans democrats republicans supporters opponents poll polls survey surveys study
    studies percent majority minority residents members member group groups organization
    committee council court judge lawyer lawyers attorney attorneys police officer officers
    company companies firm spokesmen staff director chairman chairwoman chief governor mayor
    representative congressman congresswoman delegates delegate pollster pollsters economist
    economists nominee rival rivals opponent friend friends author authors writer letter
    memo document documents filing lawsuit complaint website article book paper data
    figures estimate estimates i we you everyone someone nobody""".split())

_PERSON_PRONOUNS = frozenset({"he", "she"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_SKIP = frozenset(
    """also still repeatedly publicly privately has have had now again recently later then
    already rightly wrongly correctly long reportedly would will may might could did does do
    not n't never once further even herself himself itself themselves just only often
    previously earlier initially first simply flatly quickly immediately openly""".split())
_CLAUSE_BOUNDARY = frozenset(
    """that which who whom whose but as while when because if since although though whereas
    where so then and or""".split())
_PREPOSITIONS = frozenset(
    "in of at from with for on by to about under over after following before during "
    "between among".split())
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your whose each every no any "
    "such 's".split())
#: Heads naming organisations: bodies speak through their statements.
INSTITUTION_HEADS: frozenset[str] = frozenset(
    """league union council board association federation bank university network embassy
    army military coalition alliance movement institute foundation commission department
    office bureau caucus senate house congress parliament cabinet panel jury magazine
    newspaper paper network channel station outlet publication journal tribune times post
    daily""".split())
#: Verbs whose first object is the addressee ("told reporters that ...").
_ADDRESSEE = frozenset({"tell", "warn", "remind", "advise", "assure", "inform", "ask", "urge"})
_TEMPORAL = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    earlier later recently last this week month year morning evening night""".split())
_NP_TAGS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "PART", "X"})
_CLOSE_QUOTES = "”\"»"


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

    @property
    def voice(self) -> str:
        """Whose voice the content is in: the resolved name, else the source as written."""
        return self.resolved or self.source

    @property
    def cue_spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.cue_start, self.cue_end),)

    @property
    def source_spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.source_start, self.source_end),) if self.source_end > self.source_start \
            else ()

    @property
    def content_spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.content_start, self.content_end),) \
            if self.content_end > self.content_start else ()


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
    def _outermost(self) -> tuple[SpanIndex, list[Attribution]]:
        cached = self.__dict__.get("_outer")
        if cached is None:
            order = sorted((a for a in self.attributions if a.content_end > a.content_start),
                           key=lambda a: (a.content_start, -a.content_end))
            cached = (SpanIndex([(a.content_start, a.content_end) for a in order]), order)
            object.__setattr__(self, "_outer", cached)
        return cached

    def attribution_at(self, start: int, end: int) -> Attribution | None:
        """The outermost attribution whose content holds [start, end), or None."""
        index, order = self._outermost
        k = index.first(start, end)
        return order[k] if k is not None else None

    def voice_at(self, start: int, end: int) -> str | None:
        """Whose voice a marker at [start, end) is in: the reporting source, or None (the
        text around it is not reported content). Nested reports give the outer reporter."""
        a = self.attribution_at(start, end)
        return a.voice if a is not None else None


# --------------------------------------------------------------------------------------------
# The cue lexicon


@dataclass(frozen=True)
class _Cue:
    positions: tuple[frozenset[str], ...]
    lemma: str
    attitude: str
    cue_type: str


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[_Cue, ...]]:
    """First word -> the cues that may start there, longest first."""
    by_first: dict[str, list[_Cue]] = {}
    for e in load_lexicon("reporting_verbs").entries:
        ex = dict(e.extra)
        cue = _Cue(e.positions, ex.get("lemma", e.pattern), e.category,
                   ex.get("cue", "speech") or "speech")
        for w in e.positions[0]:
            by_first.setdefault(w, []).append(cue)
    return {k: tuple(sorted(v, key=lambda c: -len(c.positions))) for k, v in by_first.items()}


# --------------------------------------------------------------------------------------------
# One sentence's words


class _Sent:
    """The words of one sentence (punctuation removed) with their tags and the gaps between."""

    def __init__(self, doc: Document, span: Span, lo: int, hi: int) -> None:
        self.span = span
        self.source = doc.source
        toks = doc.tokens[lo:hi]
        self.toks = toks
        widx = [k for k in range(len(toks)) if toks[k].kind != "punct"]
        self.words = [toks[k] for k in widx]
        self.norm = [norm_form(w.text) for w in self.words]
        self.tags = [doc.tag(lo + k) for k in widx] if doc.tags is not None else None
        # punct[x]: the punctuation texts between word x-1 and word x
        self.punct = [""] + ["".join(t.text for t in toks[widx[x - 1] + 1:widx[x]])
                             for x in range(1, len(widx))]
        self.tail = "".join(t.text for t in toks[widx[-1] + 1:]) if widx else ""

    def __len__(self) -> int:
        return len(self.words)

    def tag(self, x: int) -> str:
        return self.tags[x] if self.tags is not None else ""

    def text(self, a: int, b: int) -> str:
        return self.source[self.words[a].start:self.words[b - 1].end]

    def capital(self, x: int) -> bool:
        return self.words[x].text[:1].isupper()


def _headline(s: _Sent) -> bool:
    return s.span.part in ("title", "subtitle")


def _is_verb(s: _Sent, x: int) -> bool:
    """Is word x a verb here? By its tag, or by spelling without a tagger."""
    if s.tags is not None:
        return s.tags[x] == "VERB"
    if x > 0 and s.capital(x) and not _headline(s):
        return False  # "Secretary of State Mike Pompeo": a name
    if x > 0 and not s.punct[x] and s.norm[x - 1] in _DETERMINERS:
        return False  # "the claims", "its report"
    nxt = s.norm[x + 1] if x + 1 < len(s) else ""
    return nxt not in ("'s", "of")  # "the state's premier", "the report of"


def _is_noun(s: _Sent, x: int) -> bool:
    if s.tags is not None:
        return s.tags[x] == "NOUN"
    return x > 0 and s.norm[x - 1] in _DETERMINERS | {"his", "her", "their"}


# --------------------------------------------------------------------------------------------
# Sources


def _source_ok(s: _Sent, a: int, b: int, head: int, actor_rx: re.Pattern[str],
               in_quote: bool, *, open_subject: bool = False) -> bool:
    """Is words[a:b] (head at ``head``) a human, institutional or document source?

    ``open_subject``: the cue is a verb of speaking that only people and bodies do (say,
    tell, ask), so with tags any noun or proper-noun head is a speaker ("the magnate says").
    """
    w = s.norm[head]
    if w in _FIRST_PERSON:
        return in_quote
    if w in ("you", "it", "this", "that", "there"):
        return False
    if actor_rx.search(s.text(a, b)):
        return True
    if w in HUMAN_HEADS or w in INSTITUTION_HEADS:
        return True
    if s.tags is not None:
        t = s.tags[head]
        if t == "PROPN" or (_capital_name(s, head) and t in ("ADV", "ADJ", "NOUN", "X")):
            return not (head == 0 and b - a == 1 and _headline(s))
        return open_subject and (t in ("NOUN", "NUM") or (
            t == "ADJ" and a < head and s.norm[a] in _DETERMINERS))
    # A capitalised head that is not simply the sentence's first word is a proper name.
    return s.capital(head) and (head > 0 or b - a > 1) and not _headline(s)


def _capital_name(s: _Sent, x: int) -> bool:
    """A capitalised word the tagger did not call a proper noun, inside a sentence or before
    the cue (taggers trained on web text miss rare surnames): taken as a name."""
    return s.capital(x) and not _headline(s) and s.norm[x] not in _DETERMINERS | _SKIP | (
        _CLAUSE_BOUNDARY) and s.tag(x) not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX")


def _np_head(s: _Sent, a: int, b: int) -> int:
    for m in range(a + 1, b):
        if s.norm[m] in _PREPOSITIONS:
            return m - 1
    return b - 1


def _np_left(s: _Sent, k: int) -> int | None:
    """The first word of the noun phrase ending at word k (None: not a subject phrase)."""
    a = k
    while a - 1 >= 0 and not s.punct[a] and s.norm[a - 1] not in _CLAUSE_BOUNDARY:
        if s.tags is not None:
            t = s.tags[a - 1]
            if t not in _NP_TAGS and not (t == "ADP" and s.norm[a - 1] in _PREPOSITIONS) and (
                    not (t == "CCONJ" and s.tag(a - 2) == "PROPN")):
                break
            if t == "PRON" and s.norm[a - 1] not in ("his", "her", "its", "their", "our"):
                break
        a -= 1
        if k + 1 - a > MAX_SUBJECT_WORDS:
            return None
    while a < k and s.norm[a] in _PREPOSITIONS:  # "In Seoul officials said"
        a += 2 if a + 2 <= k else 1
    return a


def _skip_back(s: _Sent, i: int) -> int:
    k = i - 1
    while k >= 0 and not s.punct[k + 1] and (
            s.norm[k] in _SKIP or (s.tags is not None and s.tags[k] == "ADV"
                                   and s.norm[k] not in _CLAUSE_BOUNDARY)):
        k -= 1
    return k


_COMMAS = (",", "–", "—", "-", "--", ")")
#: How far (in words) a rule looks for a verb before or after the cue: a reporting clause and
#: its complement's verb lie within 40 words in ordinary prose; the bound keeps a run-on
#: sentence of thousands of words linear (benchmarks/long_sentence.py).
_WINDOW: int = 40


def _np_ending(s: _Sent, k: int, rx: re.Pattern[str], in_quote: bool, open_subject: bool
               ) -> tuple[int, int] | None:
    """A source noun phrase ending at word k, or None."""
    if k < 0 or s.norm[k] in _CLAUSE_BOUNDARY | _PREPOSITIONS | _DETERMINERS:
        return (k, k + 1) if k >= 0 and s.norm[k] == "who" else None
    if s.tags is not None and s.tags[k] not in ("NOUN", "PROPN", "PRON", "NUM", "X") and not (
            _capital_name(s, k) or (s.tags[k] == "ADJ" and k > 0 and s.norm[k - 1] in
                                    _DETERMINERS)):
        return None
    a = _np_left(s, k)
    if a is None and s.tags is not None and s.tags[k] == "PROPN":
        a = k  # a long phrase ending in a name: the name and its title words
        while a > 0 and not s.punct[a] and s.tags[a - 1] == "PROPN":
            a -= 1
    if a is None:
        return None
    head = _np_head(s, a, k + 1)
    if not _source_ok(s, a, k + 1, head, rx, in_quote, open_subject=open_subject):
        return None
    return a, k + 1


def _source_before(s: _Sent, i: int, rx: re.Pattern[str], in_quote: bool, open_subject: bool
                   ) -> tuple[int, int] | None:
    k = _skip_back(s, i)
    if k < 0:
        return None
    gap = s.punct[k + 1].strip()
    if not gap:
        return _np_ending(s, k, rx, in_quote, open_subject)
    if not gap.endswith(_COMMAS):
        return None
    # "Netanyahu, however, said", "Farmers, many of them veterans, said", "Sanders (I-Vt.)
    # said": the subject stands before the opening comma of a parenthetical.
    for m in range(k, max(0, k - 25), -1):
        opening = s.punct[m].strip()
        if opening:
            if not opening.endswith((*_COMMAS[:-1], "(")):
                return None
            return _np_ending(s, m - 1, rx, in_quote, open_subject)
    return None


def _clause_subject(s: _Sent, i: int, rx: re.Pattern[str], in_quote: bool, open_subject: bool,
                    earlier: Sequence[Attribution]) -> tuple[int, int] | None:
    """", saying ...", "... and said ...": the subject of the sentence's main clause."""
    k = _skip_back(s, i)
    gerund = s.norm[i].endswith("ing")
    if not ((k >= 0 and s.norm[k] in ("and", "but")) or (gerund and s.punct[k + 1].strip()
                                                         .endswith(","))):
        return None
    if earlier and earlier[-1].sentence == s.span.sentence and earlier[-1].part == s.span.part \
            and earlier[-1].source_end <= s.words[i].start and earlier[-1].source_end > 0:
        a = earlier[-1]  # "X said ..., adding that ...": the same speaker
        starts = [w.start for w in s.words]
        x = bisect.bisect_left(starts, a.source_start)
        y = bisect.bisect_left(starts, a.source_end)
        if x < len(s) and s.words[x].start == a.source_start and y > x:
            return x, y
    # the first noun phrase of the sentence, followed by its verb
    v = 0
    if i > _WINDOW:
        return None  # the main clause's subject is too far back to be the cue's
    while v < i and not _is_finite(s, v):
        v += 1
    if v == 0 or v >= i:
        return None
    return _np_ending(s, v - 1, rx, in_quote, open_subject) if not s.punct[v].strip() else None


def _is_finite(s: _Sent, x: int) -> bool:
    if s.tags is not None:
        return s.tags[x] in ("VERB", "AUX")
    return s.norm[x] in _SKIP or s.norm[x] in ("is", "was", "are", "were")


def _source_after(s: _Sent, j: int, rx: re.Pattern[str], in_quote: bool
                  ) -> tuple[int, int] | None:
    """'..., said Erekat.': a name or title phrase right after the cue, then punctuation."""
    if j >= len(s) or s.punct[j]:
        return None
    b = j
    while b < len(s) and (b == j or not s.punct[b]) and s.norm[b] not in _CLAUSE_BOUNDARY:
        if s.tags is not None and s.tags[b] not in _NP_TAGS | {"ADP"}:
            return None
        b += 1
        if b - j > MAX_SUBJECT_WORDS:
            return None
    if b < len(s) and not s.punct[b] and s.norm[b] not in ("who", "that", "which"):
        return None  # the phrase runs on into a clause: an object, not the speaker
    head = _np_head(s, j, b)
    return (j, b) if _source_ok(s, j, b, head, rx, in_quote) else None


# --------------------------------------------------------------------------------------------
# Content


def _strip_end(source: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces and a final sentence mark outside quotation marks from [s, e)."""
    while e > s and source[e - 1] in " \t\n.;:!?" and source[e - 2:e - 1] not in _CLOSE_QUOTES:
        e -= 1
    s, e = strip_bounds(source, s, e)
    while e > s and source[e - 1] in ",;:–—" and source[e - 2:e - 1] not in _CLOSE_QUOTES:
        e -= 1
    return strip_bounds(source, s, e)


_LEAD_RE = re.compile(r"[\s,:]*(?:(?:[\w’'-]+\s+){0,4}?that\s+)?")


def _clause_follows(s: _Sent, j: int) -> bool:
    """Does anything clause-like follow the cue (a that-clause, a verb, a quotation)?"""
    if j >= len(s):
        return False
    if any(s.norm[x] == "that" for x in range(j, min(len(s), j + 5))):
        return True
    if s.punct[j].strip(" ,").startswith(("“", '"', ":")):
        return True
    if s.tags is not None:
        return any(s.tags[x] in ("VERB", "AUX") for x in range(j, min(len(s), j + _WINDOW)))
    first = s.norm[j]
    if first in _PREPOSITIONS or first in _TEMPORAL:
        return False
    return len(s) - j > 4


def _nothing_reported_after(s: _Sent, c: _Cue, j: int) -> bool:
    """Only adverbials (or an addressee) follow the cue: "..., she said at a rally."."""
    if _clause_follows(s, j) or j >= len(s):
        return j >= len(s)
    first = s.norm[j]
    if first in _PREPOSITIONS or first in _TEMPORAL:
        return True
    return c.lemma in _ADDRESSEE and len(s) - j <= 3


def _clause_before(s: _Sent, a: int, quotes: Sequence[Quote], q_ends: list[int]) -> bool:
    """The words before the source make a clause (a finite verb) or end in a quotation."""
    if _quote_ending(quotes, q_ends, s.span.start - 1 if s.span.start else 0,
                     s.words[a].start) is not None:
        return True
    if s.tags is None:
        return a >= 3
    return any(s.tags[x] in ("AUX",) or (s.tags[x] == "VERB" and not s.norm[x].endswith("ing"))
               for x in range(max(0, a - _WINDOW), a))


def _quote_at(quotes: Sequence[Quote], starts: list[int], pos: int, limit: int) -> Quote | None:
    """The quotation starting within [pos, limit), if any."""
    k = bisect.bisect_left(starts, pos)
    return quotes[k] if k < len(quotes) and quotes[k].start < limit else None


def _quote_ending(quotes: Sequence[Quote], ends: list[int], lo: int, hi: int) -> Quote | None:
    """The last quotation ending within [lo, hi]."""
    k = bisect.bisect_right(ends, hi) - 1
    return quotes[k] if k >= 0 and quotes[k].end >= lo else None


# --------------------------------------------------------------------------------------------
# Finding attributions


def _actor_of(doc: Document, s: int, e: int) -> str:
    m = doc.mentions
    if m.empty:
        return ""
    hit = m[(m["start"] >= s) & (m["end"] <= e)]
    return str(hit["actor"].iloc[-1]) if len(hit) else ""


def find_attributions(doc: Document) -> tuple[Attribution, ...]:
    """Every attribution in the document, in text order of the cue."""
    from .actors import _alias_regex

    rx = _alias_regex(doc.actors)
    quotes = sorted(doc.quotes, key=lambda q: q.start)
    q_starts = [q.start for q in quotes]
    q_ends = [q.end for q in quotes]
    cues = _cues()
    out: list[Attribution] = []
    tok_starts = [t.start for t in doc.tokens]
    for span in doc.sentences:
        lo = bisect.bisect_left(tok_starts, span.start)
        hi = bisect.bisect_left(tok_starts, span.end)
        s = _Sent(doc, span, lo, hi)
        if not len(s):
            continue
        colon = _colon(s, rx, quotes, q_starts)
        if colon is not None:
            out.append(colon)
        i = 0
        while i < len(s):
            found = _at(s, i, cues.get(s.norm[i], ()), rx, quotes, q_starts, q_ends, out)
            if found is None:
                i += 1
                continue
            a, j = found
            out.append(a)
            i = j
    return _resolve(doc, out)


#: A speaker label before a colon has at most this many words ("Senator Jane Roe:"); longer
#: stretches before a colon are clauses. Four: a title and a three-part name.
MAX_LABEL_WORDS: int = 4


def _colon(s: _Sent, rx: re.Pattern[str], quotes: Sequence[Quote], q_starts: list[int]
           ) -> Attribution | None:
    """'Okafor: We Will Win' (headline), 'LOPEZ: Thank you.' (transcript), '... pollster Jane
    Roe: "..."': a name before a colon is the source of what follows it."""
    m = next((x for x in range(1, min(len(s), MAX_LABEL_WORDS + 1))
              if s.punct[x].strip().startswith(":")), None)
    label_at_start = m is not None and not s.punct[1:m] != [""] * (m - 1)
    if not label_at_start:
        return None
    if not all(_name_like(s, x) for x in range(m)):
        return None
    if _in_quote(quotes, q_starts, s.words[0].start):
        return None
    source = s.source
    colon_at = source.index(":", s.words[m - 1].end)
    cs, ce = _strip_end(source, colon_at + 1, s.span.end)
    ss, se = s.words[0].start, s.words[m - 1].end
    if ce <= cs:
        return None
    return Attribution(
        source=source[ss:se], source_start=ss, source_end=se, cue=":", cue_start=colon_at,
        cue_end=colon_at + 1, lemma=":", attitude="neutral", cue_type="speech",
        position="label", content=source[cs:ce], content_start=cs, content_end=ce,
        quoted=_in_quote(quotes, q_starts, cs + 1), actor="", resolved="",
        sentence=s.span.sentence, paragraph=s.span.paragraph, part=s.span.part)


def _name_like(s: _Sent, x: int) -> bool:
    w = s.words[x].text
    if not w[:1].isupper():
        return False
    if s.tags is not None:
        return s.tags[x] == "PROPN" or w.isupper()
    return True


def _in_quote(quotes: Sequence[Quote], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and quotes[k].start < pos < quotes[k].end


#: Cues whose subject can only be a speaker (people and bodies say, tell, ask, write): with
#: tags any noun phrase before them is the source. Verbs with non-human subjects too ("the
#: data show", "the plan suggests") keep the head check (HUMAN_HEADS, names, actors).
_OPEN_SUBJECT_LEMMAS = frozenset(
    """say tell ask add write tweet reply respond explain insist declare announce argue
    claim allege assert contend maintain comment remark testify recall complain urge warn
    promise pledge vow deny admit concede acknowledge praise criticize criticise condemn
    accuse blast slam dismiss reject question joke quip retort counter""".split())
_SKIP_IN_QUOTES = True
_QUOTE_CHARS = "”\"»“«"


def _at(s: _Sent, i: int, cands: Sequence[_Cue], rx: re.Pattern[str],
        quotes: Sequence[Quote], q_starts: list[int], q_ends: list[int],
        earlier: Sequence[Attribution]) -> tuple[Attribution, int] | None:
    source = s.source
    for c in cands:
        n = len(c.positions)
        if i + n > len(s) or any(s.norm[i + m] not in c.positions[m] for m in range(n)):
            continue
        if any(s.punct[i + m] for m in range(1, n)):
            continue
        j = i + n
        cs = s.words[i].start
        in_q = _in_quote(quotes, q_starts, cs)
        if in_q and _SKIP_IN_QUOTES:
            continue
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
        open_subject = s.tags is not None and c.lemma in _OPEN_SUBJECT_LEMMAS
        if not _is_verb(s, i) and not (noun_use and s.tags is not None):
            continue
        before = s.punct[i].strip() or (
            source[s.span.start:s.words[i].start].strip()[-1:] if i == 0 else "")
        after_quote = before.endswith((",", *_QUOTE_CHARS)) and (
            any(ch in before for ch in _QUOTE_CHARS)
            or _quote_ending(quotes, q_ends, s.span.start - 2, s.words[i].start) is not None)
        if c.cue_type == "postposed" and not after_quote and not _quote_near(
                s, i, j, quotes, q_starts, q_ends):
            continue
        src = _source_before(s, i, rx, in_q, open_subject)
        position = "before"
        if src is None and c.cue_type in ("speech", "postposed") and (
                after_quote or before.endswith(",")):
            src = _source_after(s, j, rx, in_q)
            position = "after"
        if src is None:
            src = _clause_subject(s, i, rx, in_q, open_subject, earlier)
            position = "clause"
        if src is None:
            continue
        return _make(s, c, i, j, src, position, quotes, q_starts, q_ends), j
    return None


def _quote_near(s: _Sent, i: int, j: int, quotes: Sequence[Quote], q_starts: list[int],
                q_ends: list[int]) -> bool:
    """A quotation ends just before the cue's subject or starts just after the cue
    ('"...," he continued.', 'He continued, "..."')."""
    lo = s.words[max(0, i - 2)].start - 3
    if _quote_ending(quotes, q_ends, lo, s.words[i].start) is not None:
        return True
    end = s.words[j - 1].end
    return _quote_at(quotes, q_starts, end, end + 4) is not None


def _source_after_prep(s: _Sent, j: int, rx: re.Pattern[str], in_q: bool
                       ) -> tuple[int, int] | None:
    if j >= len(s) or s.punct[j]:
        return None
    b = j + 1
    while b < len(s) and not s.punct[b] and s.norm[b] not in _CLAUSE_BOUNDARY:
        b += 1
    # the object of "according to" is a source by the meaning of the preposition
    return (j, b) if _source_ok(s, j, b, _np_head(s, j, b), rx, in_q,
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


def _make(s: _Sent, c: _Cue, i: int, j: int, src: tuple[int, int], position: str,
          quotes: Sequence[Quote], q_starts: list[int], q_ends: list[int]) -> Attribution:
    source = s.source
    sent = s.span
    ss, se = s.words[src[0]].start, s.words[src[1] - 1].end
    vs, ve = s.words[i].start, s.words[j - 1].end
    if position == "according":
        before = source[sent.start:vs]
        if before.strip(" ,“\""):
            cs, ce = _strip_end(source, sent.start, vs)
        else:
            cs, ce = _strip_end(source, se, sent.end)
            cs += len(source[cs:ce]) - len(source[cs:ce].lstrip(" ,"))
    elif position == "after" or (position == "before" and src[0] > 0 and (
            s.punct[src[0]].strip() or _quote_ending(quotes, q_ends, sent.start, ss))
            and _nothing_reported_after(s, c, j) and _clause_before(s, src[0], quotes, q_ends)):
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
                cs = s.words[y - 1].end
        rest = source[cs:sent.end]
        lead = _LEAD_RE.match(rest)
        cs += lead.end() if lead else 0
        cs, ce = _strip_end(source, cs, sent.end)
        q = _quote_at(quotes, q_starts, cs, cs + 2)
        if q is not None and q.end > ce:
            ce = q.end  # a quotation that runs on past the sentence is taken whole
        if ce <= cs:
            nq = _quote_at(quotes, q_starts, sent.end, sent.end + 3)
            if nq is not None:
                cs, ce = nq.start, nq.end
    k = bisect.bisect_right(q_starts, ce - 1) - 1
    quoted = any(quotes[m].start < ce and cs < quotes[m].end for m in range(max(0, k - 3), k + 1)
                 if m >= 0)
    return Attribution(
        source=source[ss:se], source_start=ss, source_end=se, cue=source[vs:ve], cue_start=vs,
        cue_end=ve, lemma=c.lemma, attitude=c.attitude, cue_type=c.cue_type,
        position=position, content=source[cs:ce], content_start=cs, content_end=ce,
        quoted=bool(quoted), actor="", resolved="", sentence=sent.sentence,
        paragraph=sent.paragraph, part=sent.part)


def _named(a: Attribution) -> bool:
    first = a.source.split()[-1] if a.source.split() else ""
    return bool(first[:1].isupper()) and norm_form(a.source) not in HUMAN_HEADS


def _resolve(doc: Document, found: list[Attribution]) -> tuple[Attribution, ...]:
    """Actors for every source; he/she resolved when one name came just before."""
    from dataclasses import replace

    out: list[Attribution] = []
    for a in found:
        actor = _actor_of(doc, a.source_start, a.source_end)
        resolved = ""
        if norm_form(a.source) in _PERSON_PRONOUNS and a.sentence is not None:
            names = {p.voice: p for p in out
                     if p.sentence is not None and a.sentence - 3 <= p.sentence <= a.sentence
                     and p.part == a.part and _named(p)}
            if len(names) == 1:
                (ante,) = names.values()
                resolved, actor = ante.voice, ante.actor
        out.append(replace(a, actor=actor, resolved=resolved))
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Public entry points


def analyse_article(obj: str | Article | Document, *, actors: ActorsLike = None,
                    parts: Sequence[str] = DEFAULT_PARTS) -> AttributedDocument:
    """Analyse once (tokens, tags, quotations, actors) and find the attributions."""
    doc = obj if isinstance(obj, Document) else analyse_text(obj, actors=actors, parts=parts)
    return AttributedDocument(doc, find_attributions(doc))


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
