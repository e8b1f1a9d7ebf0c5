"""Stance wording: how the writer takes positions and how other voices are brought in.

Every marker comes from a lexicon file in ``analysis/lexicons/`` and is found by the one matcher
of `analysis.matching` (longest match wins, no word counted twice, context rules by name).
The families (``kind``) and their lexicons:

- ``epistemic``: the hedges and boosters of `analysis.hedging` (the same files, not a copy);
- ``deontic``: obligation and necessity (should, must, need to, it is essential to, "what
  matters now is"), negated forms kept apart (``negated`` column, category ``... (negated)``);
- ``attitude``: evaluative words with a polarity: the VADER lexicon (Hutto and Gilbert 2014,
  shipped in the ``vaderSentiment`` package), entries with a mean rating of at least
  ``VADER_MIN`` in absolute value, plus ``attitude.csv`` (project additions for policy writing
  and exclusions of senses VADER rates but policy prose does not use evaluatively);
- ``attribution``: reporting verbs with the writer's attitude to the report (neutral,
  distancing, endorsing, critical), counted only with a human or institutional subject;
- ``engagement``: counter-expectation, concession and denial moves;
- ``intensity``: amplifiers and downtoners;
- ``self_mention`` and ``reader_engagement``: I/we/our, you, imperatives, questions.

Voice: a marker inside the content of an attribution or inside quotation marks belongs to the
quoted or reported source (its ``voice`` is the source as the text names it, e.g. "Pompeo",
or the name a pronoun source resolves to); everything else, including the title and subtitle,
is the author's. Who says what is found once by `analysis.attribution` and quotations are
linked to speakers by `analysis.quotes`; this module counts the stance markers and builds the
tables. Every table takes a string, an `Article` or the `StanceAnalysis` that `analyse`
returns, so a notebook analyses an article once and passes the result to each table.

References
----------
Biber, D. and Finegan, E. (1989). Styles of stance in English. Text 9(1), 93-124.
Biber, D., Johansson, S., Leech, G., Conrad, S. and Finegan, E. (1999). Longman Grammar of
Spoken and Written English. Longman.
Hutto, C. J. and Gilbert, E. (2014). VADER: a parsimonious rule-based model for sentiment
analysis of social media text. ICWSM.
Hyland, K. (2005). Stance and engagement: a model of interaction in academic discourse.
Discourse Studies 7(2), 173-192.
Martin, J. R. and White, P. R. R. (2005). The Language of Evaluation. Palgrave Macmillan.
Quirk, R., Greenbaum, S., Leech, G. and Svartvik, J. (1985). A Comprehensive Grammar of the
English Language. Longman.
Thompson, G. and Ye, Y. (1991). Evaluation in the reporting verbs used in academic papers.
Applied Linguistics 12(4), 365-382.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import pandas as pd

from .actors import ActorsLike
from .article import Article
from .attribution import (  # noqa: F401  (HUMAN_HEADS, MAX_SUBJECT_WORDS: old import paths)
    ATTRIBUTION_COLUMNS,
    HUMAN_HEADS,
    MAX_SUBJECT_WORDS,
    AttributedDocument,
    SpanIndex,
    analyse_article,
)
from .document import Document
from .matching import Match, match
from .quotes import quotation_table
from .spans import Span
from .stance_rules import VADER_MIN, pos_veto, stance_lexicons, vader_lexicon
from .tokenize import lexical_words, token_table, words
from .tokens import TokenTable

__all__ = [
    "KINDS",
    "STANCE_COLUMNS",
    "ATTRIBUTION_COLUMNS",
    "VADER_MIN",
    "Marker",
    "StanceAnalysis",
    "actor_stance",
    "analyse",
    "attributions",
    "find_stance",
    "marker_sentences",
    "quotations",
    "reading_layout",
    "stance_lexicons",
    "stance_moves",
    "stance_profile",
    "vader_lexicon",
]

#: Marker families in the order used by tables and figures.
KINDS: tuple[str, ...] = ("epistemic", "deontic", "attitude", "attribution", "engagement",
                          "intensity", "self_mention", "reader_engagement")


STANCE_COLUMNS: tuple[str, ...] = (
    "start", "end", "text", "kind", "category", "polarity", "voice", "sentence", "rule",
    "source", "negated", "part", "paragraph", "detail", "lexicon", "pattern",
)
_DEFAULT_PARTS: tuple[str, ...] = ("title", "subtitle", "body")


class Marker(NamedTuple):
    """One stance marker: a row of the `find_stance` table (`STANCE_COLUMNS`, in order), kept
    as a tuple (a third of a dict's memory) until the table is asked for."""

    start: int
    end: int
    text: str
    kind: str
    category: str
    polarity: str
    voice: str
    sentence: int | None
    rule: str
    source: str
    negated: bool
    part: str
    paragraph: int | None
    detail: str
    lexicon: str
    pattern: str


# --------------------------------------------------------------------------------------------
# Analysis: one object per article, built once, taken by every table


@dataclass(frozen=True, eq=False)
class StanceAnalysis:
    """An article analysed once for stance: its `Document` (sentences, tokens, tags, quotes,
    actor mentions), its attributions and the lexicon matches; every table takes it.

    ``attributions`` is the `analysis.attribution` table, ``quotations`` the quotation table
    with speakers (`analysis.quotes.quotation_table`), ``markers`` the `find_stance` table;
    ``rows`` holds the markers as `Marker` records (the ``markers`` rows). The three tables are
    built when first read and then kept: the corpus profile reads only the records.
    """

    attributed: AttributedDocument
    raw: tuple[Match, ...]
    rows: tuple[Marker, ...] = field(repr=False)
    _tables: dict[str, pd.DataFrame] = field(default_factory=dict, init=False, repr=False)

    def _kept(self, name: str, build: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = build()
        return table

    @property
    def attributions(self) -> pd.DataFrame:
        return self._kept("attributions", self.attributed.frame)

    @property
    def quotations(self) -> pd.DataFrame:
        return self._kept("quotations", lambda: quotation_table(self.attributed))

    @property
    def markers(self) -> pd.DataFrame:
        return self._kept("markers", lambda: _frame(list(self.rows)))

    @property
    def doc(self) -> Document:
        return self.attributed.doc

    @property
    def source(self) -> str:
        return self.doc.source

    @property
    def sentences(self) -> tuple[Span, ...]:
        return self.doc.sentences

    @property
    def tokens(self) -> tuple[Span, ...]:
        return self.doc.tokens

    @property
    def quotes(self) -> tuple[Any, ...]:
        return self.doc.quotes

    @property
    def actors(self) -> pd.DataFrame:
        """Where the text names an actor (`analysis.actors.find_actors`)."""
        return self.doc.mentions


Analysable = str | Article | StanceAnalysis


def _check(obj: object) -> None:
    if not isinstance(obj, (str, Article, StanceAnalysis)):
        raise TypeError(f"expected str, Article or StanceAnalysis, got {type(obj).__name__}")


def analyse(obj: Analysable, *, actors: ActorsLike = None,
            parts: Sequence[str] = _DEFAULT_PARTS) -> StanceAnalysis:
    """Analyse an article once: tokens, tags, quotations, actors, attributions, markers.

    Pass the result to `find_stance`, `attributions`, `quotations`, `actor_stance`,
    `stance_profile`, `stance_summary` ... instead of the article, so the work is done once.
    A `StanceAnalysis` passed in is returned as it is (``actors`` and ``parts`` are then those
    it was built with).
    """
    _check(obj)
    if isinstance(obj, StanceAnalysis):
        return obj
    if isinstance(obj, Article):
        # The analysis is the profile's memory peak: the lexical words its earlier sections
        # remembered on this table (`TokenTable.lexical`) are let go, found once more after.
        token_table(obj, parts=parts).forget_lexical()
    adoc = analyse_article(obj, actors=actors, parts=parts)
    doc = adoc.doc
    raw = tuple(match(stance_lexicons(), doc.tokens, doc.source, sentence_spans=doc.sentences,
                      paragraph_spans=doc.paragraphs))
    return StanceAnalysis(adoc, raw, tuple(_rows(adoc, raw)))


#: Cue types that are reporting (a row of kind ``attribution`` in `find_stance`); internal-state
#: cues (believe, want) stay epistemic markers whose voice is their holder.
#: The span lookup behind voices (kept under its old name for existing imports).
_Containing = SpanIndex

_REPORTING_CUES = frozenset({"speech", "prep", "noun"})
_EPISTEMIC = frozenset({"hedge", "booster"})


#: The voice of a marker in no attribution's content, by the matcher's voice.
_UNREPORTED_VOICE = {"quoted": "unattributed quotation", "attributed": "attributed belief"}


def _voices(adoc: AttributedDocument, spans: Sequence[tuple[int, int]],
            matcher_voices: Sequence[str]) -> list[str]:
    """Who speaks each marker: an attribution's source, a quotation's speaker, or the author
    (one batch lookup, `AttributedDocument.voices_at`)."""
    return [v if v is not None else _UNREPORTED_VOICE.get(mv, "author")
            for v, mv in zip(adoc.voices_at(spans), matcher_voices, strict=True)]


def _rows(adoc: AttributedDocument, raw: Sequence[Match]) -> list[Marker]:
    """The `Marker` records of an article: its lexicon matches (less exclusions, those on a
    reporting cue and those the part of speech rules out), its reporting cues, its questions.
    Voices are looked up in one batch, each entry's extra fields read once and the part of
    speech vetoes built once (a dict, a voice lookup and the token columns per match: on the
    840 PolNeAR texts 0.90-1.16 s of CPU, median 1.11; now 0.68-1.28 s, median 0.82)."""
    cues = sorted((a.cue_start, a.cue_end, a) for a in adoc.attributions
                  if a.cue_type in _REPORTING_CUES)
    cue_starts = [c[0] for c in cues]
    veto = pos_veto(adoc.doc)
    extras: dict[tuple[tuple[str, str], ...], tuple[str | None, bool]] = {}
    kept: list[tuple[Match, str, bool]] = []
    for m in raw:
        fields = extras.get(m.extra)
        if fields is None:
            ex = dict(m.extra)
            fields = extras[m.extra] = (ex.get("polarity"), ex.get("negated") == "yes")
        polarity, negated = fields
        if polarity == "none":
            continue  # an exclusion row of attitude.csv: matched to block a sense, then dropped
        k = bisect.bisect_left(cue_starts, m.end) - 1
        if k >= 0 and cues[k][1] > m.start:
            continue  # the reporting cue wins ("the report showed": not a booster)
        if veto(m):
            continue
        kept.append((m, polarity or "", negated))
    voices = _voices(adoc, [(m.start, m.end) for m, _, _ in kept], [m.voice for m, _, _ in kept])
    out = []
    for (m, polarity, negated), voice in zip(kept, voices, strict=True):
        kind, category, detail = m.kind, m.category, m.label
        if kind in _EPISTEMIC:
            kind, category, detail = "epistemic", m.kind, m.category + (
                f"; {m.label}" if m.label else "")
        out.append(Marker(m.start, m.end, m.text, kind, category, polarity, voice, m.sentence,
                          m.rule, m.source, negated, m.part, m.paragraph, detail, m.lexicon,
                          m.pattern))
    for _, _, a in cues:
        out.append(Marker(
            start=a.cue_start, end=a.cue_end, text=a.cue, kind="attribution",
            category=a.attitude, polarity="", voice="author",
            sentence=a.sentence, rule=f"attribution ({a.position})",
            source=_cue_reference(), negated=False, part=a.part,
            paragraph=a.paragraph, detail=f"source: {a.source}",
            lexicon="reporting_verbs", pattern=a.cue.lower(),
        ))
    questions = [s for s in adoc.doc.sentences
                 if "?" in s.text and s.text.rstrip(" \"”’')»").endswith("?")]
    voices = _voices(adoc, [(s.start, s.end) for s in questions],
                     ["quoted" if s.text.startswith(("“", '"')) else "author" for s in questions])
    for s, voice in zip(questions, voices, strict=True):
        out.append(Marker(
            start=s.start, end=s.end, text=s.text, kind="reader_engagement",
            category="question", polarity="", voice=voice,
            sentence=s.sentence, rule="question_mark", source="Hyland 2005",
            negated=False, part=s.part, paragraph=s.paragraph,
            detail="a sentence ending in a question mark", lexicon="",
            pattern="?",
        ))
    out.sort(key=lambda r: (r.start, r.end))
    return out


def _cue_reference() -> str:
    return "Thompson and Ye 1991; Hyland 2005"


def _frame(rows: list[Marker]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(STANCE_COLUMNS))
    for c in ("start", "end"):
        df[c] = df[c].astype("int64")
    for c in ("sentence", "paragraph"):
        df[c] = df[c].astype("Int64")
    df["negated"] = df["negated"].astype(bool)
    return df


def find_stance(
    text_or_article: Analysable,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = _DEFAULT_PARTS,
) -> pd.DataFrame:
    """Every stance marker, one row each, in text order.

    Columns: ``start, end, text`` (offsets into ``Article.text``), ``kind`` (see `KINDS`),
    ``category``, ``polarity`` (attitude: positive/negative; else ""), ``voice`` ("author",
    an attribution's source such as "Pompeo", "unattributed quotation" or "attributed
    belief"), ``sentence``, ``rule`` (context rules applied), ``source`` (the lexicon's
    reference), then ``negated``, ``part`` (title, subtitle, body), ``paragraph``, ``detail``,
    ``lexicon``, ``pattern``. A plain string is read as body paragraphs separated by blank
    lines (as in `analysis.hedging`); use `Article.from_text` to find its headline.
    ``actors`` overrides the actor table used to recognise sources.
    """
    return analyse(text_or_article, actors=actors, parts=parts).markers.copy()


def attributions(
    article: Analysable,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = _DEFAULT_PARTS,
) -> pd.DataFrame:
    """Who is reported as saying, believing or wanting what: one row per attribution.

    Columns: ``source`` (as written, e.g. "the North Korean Foreign Ministry"), ``actor``
    (from the actor table, or ""), ``verb`` (the cue), ``lemma``, ``attitude`` (neutral,
    distancing, endorsing, critical), ``content`` (the reported or quoted words), ``quoted``
    (the content contains a quotation), ``start``/``end`` (the whole attribution), the
    offsets of source, verb and content, ``sentence``, ``paragraph``, ``part``, then
    ``cue_type`` (speech, belief, prep, noun), ``position`` (where the source stands) and
    ``resolved`` (the name a he/she source stands for, or ""). See `analysis.attribution`.

    References: Thompson and Ye (1991); Hyland (2005); Martin and White (2005), attribution.
    """
    return analyse(article, actors=actors, parts=parts).attributions.copy()


def quotations(
    article: Analysable,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = _DEFAULT_PARTS,
) -> pd.DataFrame:
    """Every quotation with its speaker where the text says who (`analysis.quotes`)."""
    return analyse(article, actors=actors, parts=parts).quotations.copy()


def actor_stance(
    article: Analysable,
    *,
    actors: ActorsLike = None,
    parts: Sequence[str] = _DEFAULT_PARTS,
) -> pd.DataFrame:
    """Per sentence, which actors appear with which stance markers.

    One row per (sentence, actor, marker): ``sentence, actor, kind, category, label`` (the
    category, or the polarity for attitude), ``marker, voice, start, end``, plus rows with
    kind ``reported`` for each attribution whose source is the actor (category = the verb's
    attitude, marker = the verb). A sentence that mentions two
    actors gives each of them its markers.
    """
    an = analyse(article, actors=actors, parts=parts)
    marks = an.markers
    by_sentence: dict[int, list[Any]] = {}
    for r in marks.itertuples(index=False):
        if not pd.isna(r.sentence):
            by_sentence.setdefault(int(r.sentence), []).append(r)
    rows = []
    for (sent, actor), _grp in an.actors.groupby(["sentence", "actor"], sort=True):
        for r in by_sentence.get(int(sent), []):
            rows.append({"sentence": int(sent), "actor": actor, "kind": r.kind,
                         "category": r.category,
                         "label": _category_label(r.kind, r.category, r.polarity),
                         "marker": r.text, "voice": r.voice, "start": r.start, "end": r.end})
    for r in an.attributions.itertuples(index=False):
        if r.actor:
            rows.append({"sentence": int(r.sentence), "actor": r.actor, "kind": "reported",
                         "category": r.attitude, "label": r.attitude, "marker": r.verb,
                         "voice": r.source, "start": r.verb_start, "end": r.verb_end})
    cols = ["sentence", "actor", "kind", "category", "label", "marker", "voice", "start", "end"]
    return pd.DataFrame(rows, columns=cols)


def _category_label(kind: str, category: str, polarity: str) -> str:
    if kind == "attitude" and polarity:
        return polarity
    return category


def stance_profile(
    article: Analysable,
    *,
    actors: ActorsLike = None,
) -> pd.DataFrame:
    """Markers by kind and category: counts and rates per 1,000 body words.

    One row per (kind, category) found in the body or headline, in `KINDS` order. Attitude
    rows are split by polarity (category ``positive``/``negative``). Columns: ``kind``,
    ``category``, ``author`` and ``other_voices`` (body counts by voice), ``headline``
    (title and subtitle count), ``body``, ``per_1000`` (body, all voices),
    ``author_per_1000`` and ``other_per_1000`` (both per 1,000 body words, so they add up to
    ``per_1000``), and ``examples`` (up to three marker texts).
    """
    _check(article)
    an = analyse(article, actors=actors, parts=_DEFAULT_PARTS)
    df = an.markers.copy()
    source = an.source
    n_body = sum(_table(an.tokens).lexical(source).parts_mask(frozenset({"body"})))
    df["label"] = [_category_label(k, c, p) for k, c, p in
                   zip(df["kind"], df["category"], df["polarity"], strict=True)]
    rows = []
    order = {k: n for n, k in enumerate(KINDS)}
    for (kind, label), g in df.groupby(["kind", "label"], sort=False):
        body = g[g["part"] == "body"]
        author = int((body["voice"] == "author").sum())
        other = len(body) - author
        rows.append({
            "kind": kind, "category": label, "author": author, "other_voices": other,
            "headline": int((g["part"] != "body").sum()), "body": len(body),
            "per_1000": _rate(len(body), n_body), "author_per_1000": _rate(author, n_body),
            "other_per_1000": _rate(other, n_body),
            "examples": ", ".join(list(dict.fromkeys(
                (body if len(body) else g)["text"].str.lower()))[:3]),
        })
    out = pd.DataFrame(rows, columns=["kind", "category", "author", "other_voices", "headline",
                                      "body", "per_1000", "author_per_1000", "other_per_1000",
                                      "examples"])
    out["_o"] = out["kind"].map(order)
    out = out.sort_values(["_o", "body"], ascending=[True, False]).drop(columns="_o")
    return out.reset_index(drop=True)


def marker_sentences(
    article: Analysable,
    *,
    kind: str = "deontic",
    actors: ActorsLike = None,
) -> pd.DataFrame:
    """Every sentence holding at least one marker of ``kind``, with its markers.

    Columns: ``sentence``, ``part``, ``paragraph``, ``markers`` (texts joined by " · "),
    ``categories``, ``voice``, ``text`` (the whole sentence), ``start``, ``end``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose from {list(KINDS)}")
    an = analyse(article, actors=actors, parts=_DEFAULT_PARTS)
    df = an.markers.copy()
    df = df[df["kind"] == kind]
    by_sent = {s.sentence: s for s in an.sentences}
    rows = []
    for sent, g in df.groupby("sentence", sort=True):
        s = by_sent[int(sent)]
        rows.append({"sentence": int(sent), "part": s.part, "paragraph": s.paragraph,
                     "markers": " · ".join(g["text"]), "categories": " · ".join(g["category"]),
                     "voice": " · ".join(dict.fromkeys(g["voice"])), "text": s.text,
                     "start": s.start, "end": s.end})
    return pd.DataFrame(rows, columns=["sentence", "part", "paragraph", "markers", "categories",
                                       "voice", "text", "start", "end"])


def stance_moves(
    article: Analysable,
    *,
    actors: ActorsLike = None,
) -> pd.DataFrame:
    """`find_stance` rows with their place in reading order, for plotting.

    Adds ``word`` (0-based index of the marker's first word among the lexical words of the
    title, subtitle and body, in reading order), ``label`` (category, or polarity for
    attitude) and ``author`` (True when the voice is the author's).
    """
    _check(article)
    an = analyse(article, actors=actors, parts=_DEFAULT_PARTS)
    df = an.markers.copy()
    source = an.source
    starts = list(_table(an.tokens).lexical(source).starts)
    df["word"] = [max(0, bisect.bisect_right(starts, s) - 1) for s in df["start"]]
    df["label"] = [_category_label(k, c, p) for k, c, p in
                   zip(df["kind"], df["category"], df["polarity"], strict=True)]
    df["author"] = df["voice"] == "author"
    return df


def reading_layout(article: Analysable) -> pd.DataFrame:
    """Where each part begins in reading order, in the word numbers `stance_moves` uses.

    One row per title, subtitle and body paragraph: ``part``, ``paragraph``, ``first_word``
    and ``last_word`` (0-based, inclusive), counting lexical words of title, subtitle and body.
    """
    _check(article)
    if isinstance(article, StanceAnalysis):
        source, toks = article.source, list(article.tokens)
    else:
        source = article.text if isinstance(article, Article) else article
        toks = words(article, parts=_DEFAULT_PARTS)
    lw = lexical_words(toks, source)
    rows: dict[tuple[str, int | None], list[int]] = {}
    for k, w in enumerate(lw):
        rows.setdefault((w.part, w.paragraph), []).append(k)
    out = [{"part": part, "paragraph": para, "first_word": ks[0], "last_word": ks[-1]}
           for (part, para), ks in rows.items()]
    df = pd.DataFrame(out, columns=["part", "paragraph", "first_word", "last_word"])
    df["paragraph"] = df["paragraph"].astype("Int64")
    return df


def _table(tokens: Sequence[Span]) -> TokenTable:
    return tokens if isinstance(tokens, TokenTable) else TokenTable.from_spans(tokens)


def _rate(n: int, words: int) -> float:
    return 1000.0 * n / words if words else math.nan


def __getattr__(name: str) -> object:
    """`StanceSummary` and `stance_summary`, which live in `analysis.stance_rates` (it imports
    this module), under their old import path."""
    if name in ("StanceSummary", "stance_summary"):
        from . import stance_rates

        return getattr(stance_rates, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
