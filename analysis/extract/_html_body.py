"""The body trafilatura finds, checked against the page: furniture lines out, a split body whole.

Two general repairs of a main-text extractor's output, each from a signal that says why:

- **Furniture.** A line that is (almost) all link text and does not end a sentence is a pointer
  to another page (a teaser headline, "Read more: ...", a related-stories list), not the
  article's prose: link density is jusText's first test of a block (Pomikálek 2011, §3.2.2).
  A line that matches the shared boilerplate list (copyright, "Comments", "You may also like")
  is removed with that row's reason.
- **A split body.** When the extractor keeps much less text than the page's paragraphs hold,
  it may have taken only the first of the containers an article is split into (pages cut the
  body around advertisements). jusText (Pomikálek 2011) then classifies the page's paragraphs,
  and a good paragraph is added when it sits at the same tag path (``html.body...div.p``) as a
  paragraph the extractor kept: the continuation repeats the template of the first part, while
  comments, teasers and footers sit elsewhere in the page.

References
----------
Pomikálek, J. (2011). Removing boilerplate and duplicate content from web corpora. PhD thesis,
Masaryk University, ch. 3 (link density, stopword density, the jusText classifier).
"""

from __future__ import annotations

import re

from ._signals import _norm, _tokens, detect_language, ends_sentence, match_boilerplate

#: A line that is one web address and nothing else (a share widget's or a print view's URL).
_BARE_URL_RE = re.compile(r"(?:https?://|www\.)\S+")

#: A line with at least this share of its characters inside links is link-like. Chosen on the
#: tune half (F1 flat for 0.6-0.8, lower at 0.9): teaser lines score 0.85-1.0, prose with
#: inline links mostly under 0.7 (jusText's 0.2 is for raw blocks, before any extraction).
LINK_LINE_SHARE = 0.8
#: A link-like line is a teaser when it has at least this many words: a headline has 4+,
#: while short linked labels inside an article ("[Reuters]", a product name) are content
#: (F1 flat for 4-6 on both halves, lower at 3).
LINK_LINE_MIN_WORDS = 4


def link_shares(tree, lines: list[str]) -> dict[str, float]:
    """Share of each line's characters inside ``<a>`` elements, from the page's own markup.

    A line is matched to an element holding a link whose whitespace-collapsed text equals it
    (list items without their "- " marker): each link and its ancestors are visited, up to the
    first one longer than any line. Lines without such an element (no link) are absent.
    """
    want = {ln[2:] if ln.startswith("- ") else ln for ln in lines}
    out: dict[str, float] = {}
    if tree is None or not want:
        return out
    longest = 4 * max(len(w) for w in want) + 200  # raw text holds the markup's whitespace
    seen: set = set()  # the elements themselves: ids of lxml proxies are reused
    for a in tree.iter("a"):
        el = a
        while el is not None and el not in seen:
            seen.add(el)
            text = el.text_content()
            if len(text) > longest:
                break
            full = _norm(text)
            if full in want and full not in out:
                linked = sum(len(_norm(x.text_content())) for x in el.iter("a"))
                out[full] = min(1.0, linked / len(full))
            el = el.getparent()
    return out


def furniture_reason(line: str, link_share: float | None) -> str | None:
    """Why a line of the extracted body is page furniture, or None when it may be the article's.
    """
    if _BARE_URL_RE.fullmatch(line):
        return "a bare web address, not prose"
    hit = match_boilerplate(line)
    if hit is not None:
        return f"matches the boilerplate list ({hit[1]}): {hit[3]}"
    if (link_share is not None and link_share >= LINK_LINE_SHARE and not ends_sentence(line)
            and len(_tokens(line)) >= LINK_LINE_MIN_WORDS):
        return (f"a link to another page ({link_share:.0%} of it is link text, no sentence "
                "end): a teaser or related story")
    return None


#: jusText is consulted when the extractor's body has under this share of the words in the
#: page's ``<p>`` elements (a body cut at its first container: 0.3-0.4 on the dev set). Body
#: F1 is flat for 0.5-0.7 on both halves (the tag-path test decides what is added), lower at
#: 0.4; 0.5 runs the slower second opinion on the fewest pages (5 of 113).
SPLIT_BODY_SHARE = 0.5


def paragraph_words(tree) -> int:
    """Words in the page's ``<p>`` elements (scripts and styles aside)."""
    if tree is None:
        return 0
    return sum(len(_tokens(p.text_content())) for p in tree.iter("p")
               if not any(a.tag in ("script", "style", "noscript") for a in p.iterancestors()))


def justext_version() -> str:
    """The installed jusText's version."""
    from importlib.metadata import version

    return version("justext")


def _key(text: str) -> str:
    return " ".join(_tokens(text))


def continue_split_body(html: str, lines: list[str]) -> list[tuple[int, str]]:
    """Paragraphs of a split body the extractor missed, as (after line index, text) pairs.

    jusText classifies the page's paragraphs with the stoplist of the body's language (none for
    a language without one: nothing is added); each good paragraph at a tag path where a kept
    line sits, and not itself kept, is placed after the last kept line before it.
    """
    import justext

    from ._signals import _stoplists

    language = detect_language("\n".join(lines))
    if language not in _stoplists():
        return []
    try:
        paragraphs = justext.justext(html.encode("utf-8"), _stoplists()[language],
                                     encoding="utf-8")
    except Exception:  # noqa: BLE001  # jusText fails on odd markup: no second opinion then
        return []
    index = {_key(ln[2:] if ln.startswith("- ") else ln): i for i, ln in enumerate(lines)}
    kept_paths = {p.dom_path for p in paragraphs if _key(p.text) in index}
    added: list[tuple[int, str]] = []
    last = -1
    for p in paragraphs:
        k = _key(p.text)
        if k in index:
            last = max(last, index[k])
        elif not p.is_boilerplate and p.dom_path in kept_paths and k:
            added.append((last, _norm(p.text)))
    return added
