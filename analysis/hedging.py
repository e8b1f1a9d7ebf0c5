"""Hedges and boosters: where a writer softens or strengthens a claim, every count auditable.

Hedges ("may", "it is hard to know whether", "very little evidence", "around the end of 2017")
withhold full commitment to a proposition; boosters ("certainly", "actually", "the talks
showed") display it. Both come from the CSV lexicons ``analysis/lexicons/hedges.csv`` and
``boosters.csv`` (one row per pattern with its category, source and context rule), matched by
`analysis.matching.match`, so each count is a span of ``Article.text``.

By default the title, the subtitle and the body are analysed (the photo caption and credit are
not the author's argument); summaries report the body and the headline lines separately.
Hedges whose holder is someone else ("the government is itself uncertain", "officials believe")
are labelled ``voice="attributed"``, and those inside quotation marks ``voice="quoted"``: they
are listed, but the author's rates count only ``voice="author"``.

References
----------
Hyland, K. (1998). Hedging in Scientific Research Articles. John Benjamins.
Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. Continuum (appendix lists
of hedges and boosters).
Biber, D., Johansson, S., Leech, G., Conrad, S. and Finegan, E. (1999). Longman Grammar of
Spoken and Written English. Longman (stance adverbials, modals).
Salager-Meyer, F. (1994). Hedges and textual communicative function in medical English
written discourse. English for Specific Purposes 13(2), 149-170 (approximators).
Szarvas, G., Vincze, V., Farkas, R., Mora, G. and Gurevych, I. (2012). Cross-genre and
cross-domain detection of semantic uncertainty. Computational Linguistics 38(2), 335-367
(cue types: modal, doxastic, condition, investigation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from .article import Article
from .matching import Lexicon, Match, concordance, load_lexicon, match, matches_frame
from .spans import Span
from .tokenize import lexical_words, sentences, token_table

if TYPE_CHECKING:
    from .attribution import AttributedDocument

__all__ = [
    "DEFAULT_PARTS",
    "HedgeRates",
    "body_hedge_rates",
    "HedgingSummary",
    "find_hedges",
    "hedge_concordance",
    "hedge_lexicons",
    "hedging_summary",
    "reading_order",
]

#: Parts analysed by default: the author's words (caption and credit left out).
DEFAULT_PARTS: tuple[str, ...] = ("title", "subtitle", "body")
HEADLINE_PARTS: frozenset[str] = frozenset({"title", "subtitle"})


@lru_cache(maxsize=1)
def _default_lexicons() -> tuple[Lexicon, ...]:
    return (load_lexicon("hedges"), load_lexicon("boosters"))


def hedge_lexicons() -> tuple[Lexicon, ...]:
    """The hedge and booster lexicons shipped with the package (hedges first)."""
    return _default_lexicons()


def _found(
    obj: str | Article,
    *,
    parts: Sequence[str],
    lexicons: Sequence[Lexicon] | None,
    attributed: AttributedDocument | None = None,
) -> tuple[str, list[Span], list[Span], list[Match], AttributedDocument]:
    """The matches with the matcher's voices, and the attributions that reroute them."""
    source = obj.text if isinstance(obj, Article) else obj
    if not isinstance(obj, (str, Article)):
        raise TypeError(f"expected str or Article, got {type(obj).__name__}")
    sents = sentences(obj, parts=tuple(parts))
    toks = token_table(obj, sentence_spans=sents)
    paras = list(obj.paragraphs) if isinstance(obj, Article) else None
    found = match(list(lexicons or _default_lexicons()), toks, source, sentence_spans=sents,
                  paragraph_spans=paras)
    # Voice follows attribution (issue 14): a hedge inside reported content is its source's.
    if attributed is None:
        from .attribution import analyse_article
        from .document import analyse_text

        doc = analyse_text(obj, parts=parts, sentence_spans=sents, tokens=toks)
        attributed = analyse_article(doc)
    elif (attributed.doc.source != source or attributed.doc.parts != tuple(parts)
          or len(attributed.doc.tokens) != len(toks)):
        raise ValueError("the attributed document given is not this text's analysis for these "
                         f"parts {tuple(parts)!r}")
    return source, sents, toks, found, attributed


def _analyse(
    obj: str | Article,
    *,
    parts: Sequence[str],
    lexicons: Sequence[Lexicon] | None,
) -> tuple[str, list[Span], list[Span], pd.DataFrame]:
    from .attribution import reported_voices

    source, sents, toks, found, adoc = _found(obj, parts=parts, lexicons=lexicons)
    return source, sents, toks, reported_voices(adoc, matches_frame(found))


def find_hedges(
    text_or_article: str | Article,
    *,
    parts: Sequence[str] = DEFAULT_PARTS,
    lexicons: Sequence[Lexicon] | None = None,
) -> pd.DataFrame:
    """Every hedge and booster, one row per match, in text order.

    Columns: ``start``, ``end`` (offsets into ``Article.text`` or the string), ``text``,
    ``kind`` (hedge, booster), ``category``, ``source`` (the lexicon's reference), ``rule``
    (context rules applied), ``sentence`` (index), ``voice`` (author, attributed, quoted),
    ``label`` (what a rule decided), ``part``, ``paragraph``, ``pattern``, ``lexicon``,
    ``token_start``/``token_end`` (indices into ``words(..., parts=parts)``).

    A plain string is read as body paragraphs separated by blank lines; use
    `Article.from_text` to find its title and subtitle. ``parts`` applies to an Article.
    """
    return _analyse(text_or_article, parts=parts, lexicons=lexicons)[3]


def hedge_concordance(text_or_article: str | Article, *, width: int = 40,
                      parts: Sequence[str] = DEFAULT_PARTS) -> pd.DataFrame:
    """`find_hedges` as a keyword-in-context table (left context, match, right context)."""
    source = text_or_article.text if isinstance(text_or_article, Article) else text_or_article
    return concordance(find_hedges(text_or_article, parts=parts), source, width=width)


@dataclass(frozen=True)
class HedgeRates:
    """Hedge and booster rates for one stretch of text (the body, the headline lines, ...).

    Only the author's own markers (``voice == "author"``) enter the counts and rates;
    ``attributed`` counts hedges held by another voice (attributed or quoted). ``words`` are
    counted as readability formulas count them (`analysis.tokenize.lexical_words`).
    Undefined values are NaN with the reason in ``notes``.
    """

    part: str
    words: int
    sentences: int
    hedges: int
    boosters: int
    attributed: int
    sentences_with_hedge: int
    hedges_per_1000: float
    boosters_per_1000: float
    share_sentences_hedged: float
    hedge_booster_ratio: float
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class HedgingSummary:
    """`hedging_summary` result: the body and the headline separately, plus tables.

    ``by_category``: kind, category, part ("body"/"headline"), count, per_1000 (author voice).
    ``by_paragraph``: one row per title, subtitle and body paragraph with the `HedgeRates`
    fields. ``by_paragraph_category``: part, paragraph, kind, category, count (author voice).
    ``matches``: the `find_hedges` table behind every count.
    """

    name: str
    body: HedgeRates
    headline: HedgeRates
    by_category: pd.DataFrame = field(repr=False)
    by_paragraph: pd.DataFrame = field(repr=False)
    matches: pd.DataFrame = field(repr=False)
    by_paragraph_category: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)


def _per_1000(n: int, words_: int) -> float:
    return 1000.0 * n / words_ if words_ else float("nan")


#: One match as `_rates` reads it: (voice, kind, sentence or None, part).
_Rec = tuple[str, str, "int | None", str]


def _records(df: pd.DataFrame) -> list[_Rec]:
    """The match table's voice, kind, sentence and part columns as plain tuples (one pass)."""
    sent = [None if pd.isna(x) else int(x) for x in df["sentence"].tolist()]
    return list(zip(df["voice"].tolist(), df["kind"].tolist(), sent, df["part"].tolist(),
                    strict=True))


def _rates(part: str, recs: Sequence[_Rec], sents: Sequence[Span], nwords: int) -> HedgeRates:
    hedges = boosters = attributed = 0
    hedged: set[int] = set()
    for voice, kind, sentence, _ in recs:
        if voice == "author":
            if kind == "hedge":
                hedges += 1
                if sentence is not None:
                    hedged.add(sentence)
            elif kind == "booster":
                boosters += 1
        elif kind == "hedge":
            attributed += 1
    sent_ids = {s.sentence for s in sents}
    with_hedge = len(hedged & sent_ids)
    notes: list[str] = []
    if not nwords:
        notes.append("no words: rates per 1,000 words are undefined")
    if not sents:
        notes.append("no sentences: the share of hedged sentences is undefined")
    if boosters == 0:
        notes.append("no boosters: the hedge-to-booster ratio is undefined")
    return HedgeRates(
        part=part, words=nwords, sentences=len(sents), hedges=hedges,
        boosters=boosters, attributed=attributed, sentences_with_hedge=with_hedge,
        hedges_per_1000=_per_1000(hedges, nwords),
        boosters_per_1000=_per_1000(boosters, nwords),
        share_sentences_hedged=with_hedge / len(sents) if sents else float("nan"),
        hedge_booster_ratio=hedges / boosters if boosters else float("nan"),
        notes=tuple(notes),
    )


def hedging_summary(
    text_or_article: str | Article,
    *,
    parts: Sequence[str] = DEFAULT_PARTS,
    lexicons: Sequence[Lexicon] | None = None,
) -> HedgingSummary:
    """Hedges and boosters per 1,000 words, share of sentences with a hedge, the
    hedge-to-booster ratio, counts by category and by paragraph; body and headline apart.

    Per 1,000 words = 1000 * count / words (Hyland 2005 reports metadiscourse per 1,000
    words). The ratio is NaN (with a note) when there are no boosters.
    """
    source, sents, toks, df = _analyse(text_or_article, parts=parts, lexicons=lexicons)
    lex = lexical_words(toks, source)
    name = text_or_article.name if isinstance(text_or_article, Article) else "text"

    recs = _records(df)
    in_head = df["part"].isin(HEADLINE_PARTS)

    def select(in_headline: bool):
        ss = [s for s in sents if (s.part in HEADLINE_PARTS) == in_headline]
        nw = sum(1 for w in lex if (w.part in HEADLINE_PARTS) == in_headline)
        sub = df[in_head == in_headline]
        return sub, ss, nw, [r for r in recs if (r[3] in HEADLINE_PARTS) == in_headline]

    b_df, b_s, b_w, b_r = select(False)
    h_df, h_s, h_w, h_r = select(True)
    body = _rates("body", b_r, b_s, b_w)
    headline = _rates("headline", h_r, h_s, h_w)

    rows = []
    for (part_name, sub, nw) in (("body", b_df, b_w), ("headline", h_df, h_w)):
        a = sub[sub["voice"] == "author"]
        for (kind, cat), n in a.groupby(["kind", "category"]).size().items():
            rows.append({"kind": kind, "category": cat, "part": part_name, "count": int(n),
                         "per_1000": _per_1000(int(n), nw)})
    by_cat = pd.DataFrame(rows, columns=["kind", "category", "part", "count", "per_1000"])

    # One pass each over sentences, words and matches: a paragraph's sentences, words per
    # sentence and matches per sentence, then each paragraph sums its sentences.
    prow = []
    units: dict[tuple[str, int | None], list[Span]] = {}
    for s in sents:
        units.setdefault((s.part, s.paragraph if s.part == "body" else None), []).append(s)
    words_in: dict[int | None, int] = {}
    for w in lex:
        words_in[w.sentence] = words_in.get(w.sentence, 0) + 1
    recs_in: dict[int, list[_Rec]] = {}
    for r in recs:
        if r[2] is not None:
            recs_in.setdefault(r[2], []).append(r)
    for (part_name, para), ss in units.items():
        ids = {s.sentence for s in ss}
        nw = sum(words_in.get(i, 0) for i in ids)
        sub = [r for i in ids for r in recs_in.get(i, ())]
        r = _rates(part_name, sub, ss, nw)
        prow.append({"part": part_name, "paragraph": para,
                     **{k: getattr(r, k) for k in r.__dataclass_fields__ if k != "part"}})
    by_para = pd.DataFrame(prow)
    if not by_para.empty:
        by_para["paragraph"] = by_para["paragraph"].astype("Int64")
        by_para["notes"] = by_para["notes"].map("; ".join)
    pc = (df[df["voice"] == "author"]
          .assign(paragraph=lambda d: d["paragraph"].where(d["part"] == "body"))
          .groupby(["part", "paragraph", "kind", "category"], dropna=False, sort=False)
          .size().rename("count").reset_index())
    pc["paragraph"] = pc["paragraph"].astype("Int64")
    return HedgingSummary(name=name, body=body, headline=headline, by_category=by_cat,
                          by_paragraph=by_para, matches=df, by_paragraph_category=pc)


def body_hedge_rates(
    text_or_article: str | Article,
    *,
    attributed: AttributedDocument | None = None,
    lexicons: Sequence[Lexicon] | None = None,
) -> tuple[HedgeRates, tuple[tuple[str, int | None], ...]]:
    """`hedging_summary`'s ``body`` rates without its tables (the profile's path), and every
    body hedge of any voice as ``(voice, sentence)``, in text order.

    The parts are `DEFAULT_PARTS`. ``attributed``: the article's
    `analysis.attribution.analyse_article` for those parts, when the caller has it already
    (the stance analysis builds the same one), so attributions are not found twice.
    """
    source, sents, toks, found, adoc = _found(text_or_article, parts=DEFAULT_PARTS,
                                              lexicons=lexicons, attributed=attributed)
    recs: list[_Rec] = []
    for m in found:
        if m.part in HEADLINE_PARTS:
            continue
        voice = m.voice
        if voice == "author" and adoc.voice_at(m.start, m.end) is not None:
            voice = "attributed"  # as analysis.attribution.reported_voices routes it
        recs.append((voice, m.kind, m.sentence, m.part))
    body_sents = [s for s in sents if s.part not in HEADLINE_PARTS]
    n_words = sum(1 for ok in toks.lexical(source).parts_mask(HEADLINE_PARTS) if not ok)
    rates = _rates("body", recs, body_sents, n_words)
    return rates, tuple((r[0], r[2]) for r in recs if r[1] == "hedge")


def reading_order(
    text_or_article: str | Article,
    *,
    parts: Sequence[str] = DEFAULT_PARTS,
    lexicons: Sequence[Lexicon] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Where hedges and boosters fall in reading order, in words from the start.

    Returns ``(matches, segments)``. ``matches`` is `find_hedges` plus ``position``: the
    0-based number of the match's first word among all words read (title first; words counted
    as `lexical_words` counts them). ``segments`` has one row per title, subtitle and body
    paragraph: ``part``, ``paragraph``, ``first`` and ``last`` word position (inclusive),
    ``words``.
    """
    source, sents, toks, df = _analyse(text_or_article, parts=parts, lexicons=lexicons)
    lex = lexical_words(toks, source)
    starts = [w.start for w in lex]
    import bisect

    df = df.copy()
    df["position"] = [max(0, bisect.bisect_right(starts, s) - 1) for s in df["start"]]
    seg_rows: list[dict] = []
    for k, w in enumerate(lex):
        key = (w.part, w.paragraph if w.part == "body" else None)
        if not seg_rows or (seg_rows[-1]["part"], seg_rows[-1]["paragraph"]) != key:
            seg_rows.append({"part": key[0], "paragraph": key[1], "first": k, "last": k})
        seg_rows[-1]["last"] = k
    segs = pd.DataFrame(seg_rows, columns=["part", "paragraph", "first", "last"])
    segs["words"] = segs["last"] - segs["first"] + 1
    segs["paragraph"] = segs["paragraph"].astype("Int64")
    return df, segs
