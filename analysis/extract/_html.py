"""HTML pages through trafilatura: the article's parts in reading order (see `analysis.extract`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._signals import _norm, _tokens


@dataclass(frozen=True)
class Layout:
    """The article found in a page, as parts in reading order: (role, text, reason) triples.

    Roles: ``title``, ``subtitle``, ``byline``, ``dateline``, ``body``, ``removed`` (a line of
    the extractor's output dropped from the body; ``reason`` says why, empty for other roles).
    ``meta`` holds the page's metadata (``title``, ``author``, ``date``, ``sitename``, ``url``).
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


def _page_headings(tree) -> list[str]:
    """Texts of the page's ``<h1>`` elements (whitespace collapsed), in document order."""
    out = []
    for h in tree.iter("h1"):
        t = _norm(h.text_content())
        if t:
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


def choose_headline(title: str | None, headings: list[str], sitename: str | None) -> str | None:
    """The headline: the ``<h1>`` closest to the page's title metadata, else that title.

    An ``<h1>`` that is the site's name (a logo) or shares under `HEADLINE_MATCH` of its words
    with the title is passed over; with no title, the longest ``<h1>`` of 3+ words is taken.
    """
    cands = [h for h in headings if not (sitename and h.lower() == sitename.lower())
             and len(_tokens(h)) <= 40]
    if title:
        scored = [(_overlap(h, title), len(_tokens(h)), h) for h in cands]
        scored = [s for s in scored if s[0] >= HEADLINE_MATCH]
        if scored:
            return max(scored)[2]
        return _strip_site(_norm(title), sitename) or None
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

    The body is trafilatura's main text (comments off, tables on) with the headline removed
    from its start when repeated there, and the metadata's byline and date as their own parts.
    """
    import lxml.html
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, deduplicate=False,
                                      favor_precision=FAVOR_PRECISION)
    text = (doc.text or "") if doc is not None else ""
    lines = [_norm(ln) for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if sum(len(_tokens(ln)) for ln in lines) < MIN_ARTICLE_WORDS:
        return None
    try:
        tree = lxml.html.fromstring(html)
        headings = _page_headings(tree)
    except (ValueError, lxml.etree.ParserError):
        headings = []
    meta = {k: getattr(doc, k, None) for k in ("title", "author", "date", "sitename", "url",
                                                "description")}
    headline = choose_headline(meta["title"], headings, meta["sitename"])
    parts: list[tuple[str, str, str]] = []
    if headline:
        parts.append(("title", headline, ""))
    # the extractor repeats the headline as the body's first line(s)
    while lines and headline and _norm(lines[0]).lower() == headline.lower():
        parts.append(("removed", lines.pop(0), "the headline, repeated at the start of the body"))
    if lines and len(lines) > 2 and _is_deck(lines[0], meta.get("description")):
        parts.append(("subtitle", lines.pop(0), ""))
    if meta["author"]:
        parts.append(("byline", _norm(meta["author"]), ""))
    if meta["date"]:
        parts.append(("dateline", _norm(meta["date"]), ""))
    parts.extend(("body", ln, "") for ln in lines)
    return Layout(parts=tuple(parts),
                  meta=tuple((k, _norm(v)) for k, v in meta.items() if v),
                  extractor="trafilatura", extractor_version=trafilatura_version())


#: A deck (standfirst) is at most this many words; chosen on the tune half (decks run 10-35).
DECK_MAX_WORDS = 40


def _is_deck(line: str, description: str | None) -> bool:
    """The first body line is the page's deck: it is the page's description (meta), short."""
    if not description or len(_tokens(line)) > DECK_MAX_WORDS:
        return False
    return _norm(line).lower() == _norm(description).lower()


