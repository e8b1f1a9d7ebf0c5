"""Find the article in a saved page: HTML through trafilatura, browser text by classifying blocks.

Two entry points, both pure functions of a string (nothing is read or written here):

- `extract_html` runs trafilatura (Barbaresi 2021) on an HTML page and returns a `Layout`: the
  headline (the page's ``<h1>`` that best matches any of the page's titles, `page_titles`), the
  byline and date from the metadata, and the body paragraphs, in reading order. Lines of
  trafilatura's output that are page furniture (link teasers, bare addresses, boilerplate-list
  lines, `furniture_reason`) are removed with their reason, and a body cut at the first of the
  containers the article is split into is completed with jusText's paragraphs at the same tag
  path (`continue_split_body`). `analysis.article` lays it out as text (parts separated by
  blank lines) so every span indexes ``Article.text``.
- `classify_units` labels every unit (a line, or a hard-wrapped paragraph) of a page's text, as
  a browser gives it by select-all and copy, as body or furniture, in the spirit of jusText
  (Pomikálek 2011): each unit is first judged on its own from general signals (its length in
  words, the share of stopwords, terminal punctuation, the share of capitalised words, menu-like
  separators, lines repeated elsewhere on the page, the boilerplate list), then by its context
  (short units between body units join the body), and finally by its distance from the longest
  run of body units (a stretch of body-like text far from the article, such as a comment or a
  teaser list, is cut). The headline, deck, byline, date line and photo captions are then found
  around and inside that run (see `find_metadata`).

Constants were tuned on the even positions of the sorted page IDs of the article-pages
development set (57 pages; ``python -m analysis evaluate-extraction DIR --half tune``) and checked
on the odd positions (56 pages, ``--half held-out``); re-run both after changing one.

References
----------
Pomikálek, J. (2011). Removing boilerplate and duplicate content from web corpora. PhD thesis,
Masaryk University, ch. 3 (the jusText algorithm; its stoplists ship in the ``justext`` package).
Barbaresi, A. (2021). Trafilatura: A web scraping library and command-line tool for text
discovery and extraction. ACL-IJCNLP 2021 System Demonstrations, 122-131.
"""


from __future__ import annotations

from ._html import (
    DECK_MAX_WORDS,
    MIN_ARTICLE_WORDS,
    Layout,
    choose_headline,
    extract_html,
    page_titles,
    trafilatura_version,
)
from ._html_body import continue_split_body, furniture_reason, link_shares
from ._signals import (
    CLOSERS,
    TERMINAL,
    boilerplate_patterns,
    byline_date_split,
    detect_language,
    ends_sentence,
    find_credit,
    fused_byline,
    is_byline,
    is_dateline,
    is_name_line,
    match_boilerplate,
    stopword_share,
)
from ._text import Unit, UnitLabel, classify_units, split_units

__all__ = ["CLOSERS", "DECK_MAX_WORDS", "Layout", "MIN_ARTICLE_WORDS", "TERMINAL", "Unit",
           "UnitLabel", "boilerplate_patterns", "choose_headline", "classify_units",
           "continue_split_body", "detect_language", "ends_sentence", "extract_html",
           "byline_date_split", "find_credit", "furniture_reason", "fused_byline", "is_byline",
           "is_dateline", "is_name_line", "link_shares",
           "match_boilerplate", "page_titles", "split_units", "stopword_share",
           "trafilatura_version"]
