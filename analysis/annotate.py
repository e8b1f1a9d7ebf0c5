"""The article as HTML with every hedge, booster and stance marker highlighted, in two steps.

As displaCy's span visualiser does, the work is split in two: `parse` turns an article and its
markers into a plain structure of character spans::

    {"text": article.text,
     "blocks": [{"start": 0, "end": 38, "part": "title"}, ...],   # what to show, in order
     "spans": [{"start": 120, "end": 125, "label": "hedge", "title": "hedge · ...",
                "other_voice": False}, ...]}

and `render` turns any such structure into one self-contained HTML fragment: each mark coloured
by its family (the colours of `analysis.plots`), a legend, a tooltip per mark (its ``title``:
category, the source of the lexicon row, voice, context rule), marks in another voice set apart
(dashed underline, pale fill), overlapping marks stacked as underlines one below the other.
Every interpolated field (text, labels, tooltips, colours) is escaped or checked, so article
text never becomes markup. `annotated_html` does both steps; its result is a string that
displays itself in a notebook (``_repr_html_``); `show` displays it.

References
----------
Explosion AI, displaCy span visualiser (spaCy 3.3+, ``displacy.render(doc, style="span")``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .article import Article
from .plotting import PALETTE

__all__ = ["AnnotatedHTML", "FAMILY_COLOURS", "annotated_html", "family", "parse", "render",
           "show"]

#: Colour of each family (a stance ``kind``, with epistemic split into hedge and booster).
FAMILY_COLOURS: dict[str, str] = {
    "hedge": PALETTE["blue"], "booster": PALETTE["orange"], "deontic": PALETTE["vermillion"],
    "attitude": PALETTE["yellow"], "attribution": PALETTE["purple"],
    "engagement": PALETTE["green"], "intensity": PALETTE["sky"],
    "self_mention": PALETTE["black"], "reader_engagement": PALETTE["grey"],
}
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_PARTS = ("title", "subtitle", "caption", "credit", "body")


def family(kind: str, category: str) -> str:
    """The highlight family of a stance marker: hedge or booster for epistemic markers, else
    its kind (deontic, attitude, ...)."""
    if kind == "epistemic":
        return "booster" if category == "booster" else "hedge"
    return kind


def _tooltip(row: Mapping[str, Any]) -> str:
    bits = [family(str(row["kind"]), str(row["category"])), str(row["category"])]
    polarity = row.get("polarity")
    if isinstance(polarity, str) and polarity:
        bits.append(polarity)
    source = row.get("source")
    bits.append(f"source: {source}" if isinstance(source, str) and source else "source: -")
    bits.append(f"voice: {row.get('voice') or 'author'}")
    rule = row.get("rule")
    if isinstance(rule, str) and rule:
        bits.append(f"rule: {rule}")
    if row.get("negated") is True:
        bits.append("negated")
    return " · ".join(bits)


def parse(article: Article, *, kinds: Iterable[str] | None = None,
          markers: pd.DataFrame | None = None) -> dict[str, Any]:
    """The article and its stance markers as plain spans (the structure `render` draws).

    ``markers`` is `analysis.stance.find_stance` of the article (computed when not given, one
    matcher pass). ``kinds`` keeps only those families or stance kinds (e.g. ``("hedge",
    "booster")`` or ``("epistemic", "deontic")``); None keeps all. Blocks are the title,
    subtitle, caption, credit and body paragraphs in text order; removed boilerplate is left out.
    """
    if markers is None:
        from .stance import find_stance

        markers = find_stance(article, parts=("title", "subtitle", "body"))
    wanted = None if kinds is None else set(kinds)
    spans = []
    for row in markers.to_dict("records"):
        fam = family(str(row["kind"]), str(row["category"]))
        if wanted is not None and fam not in wanted and row["kind"] not in wanted:
            continue
        spans.append({"start": int(row["start"]), "end": int(row["end"]), "label": fam,
                      "title": _tooltip(row),
                      "other_voice": str(row.get("voice") or "author") != "author"})
    blocks = [{"start": s.start, "end": s.end, "part": s.part}
              for s in sorted(article.parts(_PARTS), key=lambda s: s.start)]
    return {"text": article.text, "blocks": blocks, "spans": spans}


def _levels(spans: Sequence[Mapping[str, Any]]) -> list[int]:
    """Stacking level of each span: overlapping spans get different levels (greedy, longest
    first at each start), so nested marks draw one underline below the other."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i]["start"], -spans[i]["end"]))
    ends: list[int] = []  # per level, the end of the last span placed there
    level = [0] * len(spans)
    for i in order:
        s = spans[i]
        for k, end in enumerate(ends):
            if end <= s["start"]:
                level[i], ends[k] = k, s["end"]
                break
        else:
            level[i] = len(ends)
            ends.append(s["end"])
    return level


def _colour(colours: Mapping[str, str], label: str) -> str:
    c = colours.get(label, "#777777")
    return c if _COLOUR.match(c) else "#777777"


def _mark_open(span: Mapping[str, Any], level: int, colours: Mapping[str, str]) -> str:
    colour = _colour(colours, str(span["label"]))
    other = bool(span.get("other_voice"))
    style = (f"border-bottom:3px {'dashed' if other else 'solid'} {colour};"
             f"padding-bottom:{1 + 5 * level}px;"
             + (f"background:{colour}14;" if other else f"background:{colour}2e;"))
    cls = "am-mark am-other" if other else "am-mark"
    return (f'<span class="{cls}" data-label="{html.escape(str(span["label"]), quote=True)}" '
            f'title="{html.escape(str(span.get("title", "")), quote=True)}" style="{style}">')


def _legend(labels: Sequence[str], colours: Mapping[str, str], *, any_other: bool) -> str:
    items = [f'<span class="am-key" style="border-bottom:3px solid {_colour(colours, lab)};'
             f'background:{_colour(colours, lab)}2e;padding:0 .3em;margin-right:.6em">'
             f'{html.escape(lab.replace("_", " "))}</span>' for lab in labels]
    if any_other:
        items.append('<span class="am-key" style="border-bottom:3px dashed #777777;'
                     'padding:0 .3em">dashed: another voice (quoted, reported or ascribed)'
                     '</span>')
    return ('<div class="am-legend" style="font:13px/1.8 system-ui,sans-serif;margin:.2em 0 '
            '.8em">' + "".join(items) + "</div>")


def render(doc: Mapping[str, Any], *, colours: Mapping[str, str] | None = None,
           legend: bool = True) -> str:
    """HTML for a parsed document (``{"text", "spans", "blocks"?}``, see `parse`).

    Each block becomes a paragraph (the title a heading line); without ``blocks`` the text is
    cut at blank lines. A span is ``{"start", "end", "label", "title"}`` plus an optional
    ``other_voice``; spans outside every block are not drawn. Everything is escaped.
    """
    colours = dict(FAMILY_COLOURS if colours is None else colours)
    text: str = doc["text"]
    blocks = doc.get("blocks")
    if blocks is None:
        blocks = [{"start": m.start(), "end": m.end(), "part": "body"}
                  for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, re.S)]
    spans = [s for s in doc.get("spans", []) if 0 <= s["start"] < s["end"] <= len(text)]
    level = _levels(spans)
    out = []
    for b in blocks:
        b0, b1 = int(b["start"]), int(b["end"])
        inside = [(s, lv) for s, lv in zip(spans, level, strict=True)
                  if s["start"] < b1 and s["end"] > b0]
        cuts = sorted({b0, b1, *(max(b0, min(b1, p)) for s, _ in inside
                                  for p in (s["start"], s["end"]))})
        pieces = []
        for a, z in zip(cuts, cuts[1:], strict=False):
            active = sorted(((s, lv) for s, lv in inside if s["start"] <= a and s["end"] >= z),
                            key=lambda t: -t[1])  # the lowest underline outermost
            piece = html.escape(text[a:z], quote=False).replace("\n", "<br>")
            for s, lv in reversed(active):
                piece = _mark_open(s, lv, colours) + piece + "</span>"
            pieces.append(piece)
        part = html.escape(str(b.get("part", "body")), quote=True)
        style = ("font-weight:700;font-size:1.15em" if part == "title" else
                 "font-style:italic" if part in ("subtitle", "caption", "credit") else "")
        out.append(f'<p class="am-{part}" style="margin:0 0 .9em;line-height:2.1;{style}">'
                   + "".join(pieces) + "</p>")
    labels = [lab for lab in colours if any(s["label"] == lab for s in spans)]
    labels += sorted({str(s["label"]) for s in spans} - set(labels))
    head = _legend(labels, colours, any_other=any(s.get("other_voice") for s in spans))
    if not spans:
        head = ('<div class="am-legend" style="font:13px system-ui,sans-serif">'
                "No marker of the chosen families in this text.</div>")
    return ('<div class="annotated-text" style="font:16px/2.1 Georgia,\'DejaVu Serif\',serif;'
            'max-width:46rem;overflow-wrap:anywhere">' + (head if legend else "")
            + "".join(out) + "</div>")


class AnnotatedHTML(str):
    """An HTML string that shows itself as HTML in a notebook (``_repr_html_``)."""

    def _repr_html_(self) -> str:
        return str(self)


def annotated_html(article: Article, *, kinds: Iterable[str] | None = None,
                   markers: pd.DataFrame | None = None) -> AnnotatedHTML:
    """The article as HTML, every hedge, booster and stance marker highlighted (see `parse`
    for ``kinds`` and ``markers``, `render` for the drawing)."""
    return AnnotatedHTML(render(parse(article, kinds=kinds, markers=markers)))


def show(article: Article, *, kinds: Iterable[str] | None = None,
         markers: pd.DataFrame | None = None) -> None:
    """Display `annotated_html` in a notebook."""
    from IPython.display import HTML, display

    display(HTML(annotated_html(article, kinds=kinds, markers=markers)))
