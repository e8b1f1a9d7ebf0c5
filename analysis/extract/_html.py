"""HTML pages through trafilatura: the article's parts in reading order (see `analysis.extract`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._html_body import (
    SPLIT_BODY_SHARE,
    continue_split_body,
    furniture_reason,
    justext_version,
    link_shares,
    paragraph_words,
)
from ._signals import _norm, _tokens


@dataclass(frozen=True)
class Layout:
    """The article found in a page, as parts in reading order: (role, text, reason) triples.

    Roles: ``title``, ``subtitle``, ``byline``, ``dateline``, ``body``, ``removed`` (a line of
    the extractor's output dropped from the body; ``reason`` says why, empty for other roles).
    ``meta`` holds the page's metadata (``title``, ``author``, ``date``, ``sitename``, ``url``).
    ``extractor`` is "trafilatura", or "trafilatura+justext" when jusText completed a split
    body (`analysis.extract._html_body.continue_split_body`); the version has both then.
    """

    parts: tuple[tuple[str, str, str], ...]
    meta: tuple[tuple[str, str], ...]
    extractor: str
    extractor_version: str


def trafilatura_version() -> str:
    """The installed trafilatura's version."""
    import trafilatura

    return str(trafilatura.__version__)


def _overlap(a: str, b: str) -> float:
    """Share of the shorter string's word tokens found in the other (0..1)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    sa, sb = set(ta), set(tb)
    return len(sa & sb) / min(len(sa), len(sb))


#: A heading must share this share of its words with the page's title metadata to be taken as
#: the headline (site names and section labels share few); chosen on the tune half.
HEADLINE_MATCH = 0.5


def _page_headings(tree, tag: str = "h1") -> list[str]:
    """Texts of the page's ``<h1>`` (or ``tag``) elements, whitespace collapsed, in order."""
    out = []
    for h in tree.iter(tag):
        t = _norm(h.text_content())
        if t:
            out.append(t)
    return out


#: ``<meta>`` names and properties that carry the page's title for link previews.
_TITLE_META = ("og:title", "twitter:title", "title", "dc.title", "sailthru.title")


def page_titles(tree) -> list[str]:
    """The titles a page gives itself: ``<title>``, then the ``og:``/``twitter:`` titles.

    Sites often word these differently (a shorter social-media title, or a ``<title>`` with the
    site's name appended), and any of them may be the one that matches the ``<h1>``.
    """
    out: list[str] = []
    head = tree.find("head")
    for el in (head if head is not None else tree).iter("title", "meta"):
        if el.tag == "title":
            t = el.text_content()
        elif (el.get("property") or el.get("name") or "").lower() in _TITLE_META:
            t = el.get("content") or ""
        else:
            continue
        t = _norm(t)
        if t and t not in out:
            out.append(t)
    return out


def _strip_site(title: str, sitename: str | None) -> str:
    """The page title without a " | Site" / " - Site" suffix or "Site: " prefix."""
    t = title
    parts = re.split(r"\s+[|–—-]\s+|\s+::\s+", t)
    if len(parts) > 1:
        # keep the longest piece: the headline outweighs the site name and the section
        t = max(parts, key=lambda p: len(_tokens(p)))
    if sitename and t.lower().startswith(sitename.lower() + ":"):
        t = t[len(sitename) + 1 :].strip()
    return t


#: A page's only ``<h1>`` is its headline even when no title metadata matches it, if it has at
#: least this many words: section labels and site names ("Opinion", "Hong Kong", "India Post")
#: have 1-3, headlines more. Chosen on the tune half.
LONE_H1_MIN_WORDS = 4


def _best_match(cands: list[str], sources: list[str]) -> str | None:
    """The candidate sharing most words with any title (at least `HEADLINE_MATCH`), or None."""
    scored = [(max(_overlap(h, t) for t in sources), len(_tokens(h)), h) for h in cands]
    scored = [s for s in scored if s[0] >= HEADLINE_MATCH]
    return max(scored)[2] if scored else None


def choose_headline(title: str | None, headings: list[str], sitename: str | None,
                    *, titles: Sequence[str] = (), subheadings: Sequence[str] = ()
                    ) -> str | None:
    """The headline: the ``<h1>`` closest to the page's title metadata, else that title.

    ``title`` is the extractor's title; ``titles`` the page's other titles (`page_titles`). An
    ``<h1>`` that is the site's name (a logo) or shares under `HEADLINE_MATCH` of its words with
    every title is passed over. Then an ``<h2>`` (``subheadings``) that matches a title is the
    headline (pages that give the ``<h1>`` to a featured story); else the page's only ``<h1>``
    if headline-long (`LONE_H1_MIN_WORDS`: the title metadata is worded for search engines);
    else the title without its site name. With no title, the longest ``<h1>`` of 3+ words.
    """
    cands = [h for h in headings if not (sitename and h.lower() == sitename.lower())
             and len(_tokens(h)) <= 40]
    sources = [t for t in (title, *titles) if t]
    if sources:
        best = _best_match(cands, sources) or _best_match(
            [h for h in subheadings if len(_tokens(h)) <= 40], sources)
        if best:
            return best
        if len(cands) == 1 and len(set(headings)) == 1 and len(_tokens(cands[0])) >= (
                LONE_H1_MIN_WORDS):
            return cands[0]
        return _strip_site(_norm(sources[0]), sitename) or None
    longer = [h for h in cands if len(_tokens(h)) >= 3]
    return max(longer, key=len) if longer else None


#: A page whose extracted body has fewer words than this is not an article (an index, an
#: error page, a login form); a short news brief has 60+. Chosen below every dev-set body.
MIN_ARTICLE_WORDS = 25


#: trafilatura's precision mode (fewer doubtful blocks); off: on the tune half it lowers body
#: F1 from 0.955 to 0.946 (recall 0.960 -> 0.942 for precision 0.949 -> 0.950).
FAVOR_PRECISION = False


def extract_html(html: str) -> Layout | None:
    """The article in an HTML page, or None when the page holds no article text.

    The body is trafilatura's main text (comments off, tables on), completed by jusText when
    it looks cut at the first of the containers the article is split into, with the headline
    (and any furniture above it) removed from its start and furniture lines removed (link
    teasers, bare addresses, boilerplate-list lines; see `analysis.extract._html_body`), and
    the metadata's byline and date as their own parts. A page whose body, furniture aside,
    has fewer than `MIN_ARTICLE_WORDS` words (a page of teasers: an index) is None.
    """
    import lxml.html
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, deduplicate=False,
                                      favor_precision=FAVOR_PRECISION)
    extractor, version = "trafilatura", trafilatura_version()
    text = (doc.text or "") if doc is not None else ""
    lines = [_norm(ln) for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if sum(len(_tokens(ln)) for ln in lines) < MIN_ARTICLE_WORDS:
        return None
    try:
        tree = lxml.html.fromstring(html)
        headings, titles = _page_headings(tree), page_titles(tree)
        subheadings = _page_headings(tree, "h2")
    except (ValueError, lxml.etree.ParserError):
        tree, headings, titles, subheadings = None, [], [], []
    if tree is not None and len(_tokens(" ".join(lines))) < SPLIT_BODY_SHARE * paragraph_words(
            tree):
        added = continue_split_body(html, lines)
        for after, para in reversed(added):
            lines.insert(after + 1, para)
        if added:  # the record says which tools found the body
            extractor, version = "trafilatura+justext", f"{version}+{justext_version()}"
    meta = {k: getattr(doc, k, None) for k in ("title", "author", "date", "sitename", "url",
                                                "description")}
    headline = choose_headline(meta["title"], headings, meta["sitename"], titles=titles,
                               subheadings=subheadings)
    parts: list[tuple[str, str, str]] = []
    if headline:
        parts.append(("title", headline, ""))
    # the extractor repeats the headline as the body's first line(s), sometimes after a line
    # or two of the page above the article (a teaser, the page's address)
    first = _headline_copy(lines, headline)
    if first is not None:
        for ln in lines[:first]:
            parts.append(("removed", ln, "above the headline's copy at the start of the body: "
                          "page furniture before the article"))
        lines = lines[first:]
    while lines and headline and _norm(lines[0]).lower() == headline.lower():
        parts.append(("removed", lines.pop(0), "the headline, repeated at the start of the body"))
    if lines and len(lines) > 2 and _is_deck(lines[0], meta.get("description")):
        parts.append(("subtitle", lines.pop(0), ""))
    if meta["author"]:
        parts.append(("byline", _norm(meta["author"]), ""))
    if meta["date"]:
        parts.append(("dateline", _norm(meta["date"]), ""))
    shares = link_shares(tree, lines)
    for ln in lines:
        why = furniture_reason(ln, shares.get(ln[2:] if ln.startswith("- ") else ln))
        parts.append(("removed", ln, why) if why else ("body", ln, ""))
    if sum(len(_tokens(t)) for role, t, _ in parts if role == "body") < MIN_ARTICLE_WORDS:
        return None
    return Layout(parts=tuple(parts),
                  meta=tuple((k, _norm(v)) for k, v in meta.items() if v),
                  extractor=extractor, extractor_version=version)


#: The headline's copy is looked for among this many first lines of the extracted body: a
#: line or two of furniture above the article may precede it (2 on the dev set).
HEADLINE_COPY_LINES = 3


def _headline_copy(lines: list[str], headline: str | None) -> int | None:
    """Index of the headline's copy among the body's first `HEADLINE_COPY_LINES` lines."""
    if not headline:
        return None
    h = headline.lower()
    return next((i for i, ln in enumerate(lines[:HEADLINE_COPY_LINES]) if ln.lower() == h), None)


#: A deck (standfirst) is at most this many words; chosen on the tune half (decks run 10-35).
DECK_MAX_WORDS = 40


def _is_deck(line: str, description: str | None) -> bool:
    """The first body line is the page's deck: it is the page's description (meta), short."""
    if not description or len(_tokens(line)) > DECK_MAX_WORDS:
        return False
    return _norm(line).lower() == _norm(description).lower()


