"""analysis.annotate: parse (article -> plain spans) and render (spans -> HTML), as displaCy does.

Renderer tests use hand-written structures; offsets are counted by hand in the strings below.
"""

from __future__ import annotations

import re

from analysis import Article, annotated_html
from analysis.annotate import AnnotatedHTML, family, parse, render


def marks(page: str) -> list[tuple[str, str]]:
    """(data-label, title) of every mark, in document order."""
    return re.findall(r'<span class="am-mark[^"]*" data-label="([^"]*)" title="([^"]*)"', page)


def test_render_one_mark_with_its_tooltip_and_legend() -> None:
    # "Talks may resume." : "may" is characters 6-9.
    doc = {"text": "Talks may resume.",
           "spans": [{"start": 6, "end": 9, "label": "hedge", "title": "hedge · modal"}]}
    page = render(doc)
    assert marks(page) == [("hedge", "hedge · modal")]
    assert ">may</span>" in page and "Talks " in page and " resume." in page
    assert 'class="am-legend"' in page and ">hedge</span>" in page  # the legend names it


def test_render_escapes_text_labels_and_tooltips() -> None:
    text = "<b>Bold</b> & sure"
    doc = {"text": text, "spans": [
        {"start": 14, "end": 18, "label": '"><script>x</script>', "title": 'a"b<c>'}]}
    page = render(doc)
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; " in page
    assert 'title="a&quot;b&lt;c&gt;"' in page
    assert 'data-label="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in page


def test_render_refuses_a_colour_that_is_not_a_hex_code() -> None:
    doc = {"text": "Surely.", "spans": [{"start": 0, "end": 6, "label": "booster", "title": ""}]}
    page = render(doc, colours={"booster": "red;background:url(x)"})
    assert "url(" not in page and "#777777" in page


def test_nested_marks_are_stacked() -> None:
    # "very little evidence": the phrase 0-20 holds the intensifier "very" 0-4.
    doc = {"text": "very little evidence", "spans": [
        {"start": 0, "end": 20, "label": "hedge", "title": "outer"},
        {"start": 0, "end": 4, "label": "intensity", "title": "inner"}]}
    page = render(doc, legend=False)
    # The longer span takes level 0, the nested one level 1: two underlines, 1px and 6px down.
    # "very" is wrapped in both marks: two opening spans, the text, two closing spans.
    assert re.search(r'(<span class="am-mark"[^>]*>){2}very</span></span>', page)
    assert "padding-bottom:1px" in page and "padding-bottom:6px" in page
    assert page.count('title="outer"') == 2  # "very" and " little evidence" pieces
    assert page.count('title="inner"') == 1


def test_another_voice_is_set_apart() -> None:
    doc = {"text": "They say it failed.", "spans": [
        {"start": 11, "end": 17, "label": "attitude", "title": "t", "other_voice": True}]}
    page = render(doc)
    assert 'class="am-mark am-other"' in page and "dashed" in page
    assert "another voice" in page  # the legend explains the dashes


def test_blocks_without_structure_split_at_blank_lines() -> None:
    page = render({"text": "One.\n\nTwo.", "spans": []})
    assert page.count('<p class="am-body"') == 2
    assert "No marker" in page


def test_spans_outside_the_text_are_dropped() -> None:
    page = render({"text": "Short.", "spans": [{"start": 3, "end": 99, "label": "x", "title": ""}]})
    assert marks(page) == []


def test_family() -> None:
    assert family("epistemic", "hedge") == "hedge"
    assert family("epistemic", "booster") == "booster"
    assert family("deontic", "obligation") == "deontic"


def test_parse_an_article_offsets_and_kinds() -> None:
    # Body "The plan may perhaps fail. It should clearly change.": hedges "may" and "perhaps",
    # booster "clearly", deontic "should" (counted by hand).
    text = "A Short Title\n\nThe plan may perhaps fail. It should clearly change.\n"
    art = Article.from_text(text, name="t")
    doc = parse(art)
    assert doc["text"] == art.text
    got = {(art.text[s["start"]:s["end"]], s["label"]) for s in doc["spans"]}
    assert {("may", "hedge"), ("perhaps", "hedge"), ("clearly", "booster"),
            ("should", "deontic")} <= got
    only = parse(art, kinds=("booster",))
    assert [art.text[s["start"]:s["end"]] for s in only["spans"]] == ["clearly"]
    assert [b["part"] for b in doc["blocks"]] == ["title", "body"]
    tips = {art.text[s["start"]:s["end"]]: s["title"] for s in doc["spans"]}
    assert "source:" in tips["may"] and "voice: author" in tips["may"]


def test_annotated_html_displays_itself() -> None:
    art = Article.from_text("A Title\n\nIt may <rain>.\n", name="t")
    out = annotated_html(art)
    assert isinstance(out, AnnotatedHTML) and out._repr_html_() == str(out)
    assert "&lt;rain&gt;" in out and "<rain>" not in out


def test_show_displays_the_html(monkeypatch) -> None:
    import IPython.display

    from analysis import show

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    show(Article.from_text("A Title\n\nIt may rain.\n", name="t"), kinds=("hedge",))
    assert len(shown) == 1 and 'data-label="hedge"' in shown[0].data
