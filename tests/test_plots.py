"""analysis.plots: every figure draws on a short and a long article, labels do not overprint.

Short: tests/data/night_buses.txt (3 paragraphs, 50 words). Long: tests/data/street_trees.txt
(40 paragraphs, about 1,000 words). Each figure function returns a Figure whose x tick labels
do not overlap one another and whose source footer overlaps no other text.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # tests only: the package never picks a backend

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from analysis import Article, load_article, plots  # noqa: E402
from analysis.plots._layout import label_step, paragraph_labels, wrap  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
ARTICLES = {"short": DATA / "night_buses.txt", "long": DATA / "street_trees.txt"}


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def article(request) -> Article:
    return load_article(ARTICLES[request.param])


def _visible_texts(fig: Figure) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()
            and (t.axes is None or t.axes.get_visible())]


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


@pytest.mark.parametrize("name", sorted(plots.FIGURES))
def test_figure_draws_without_overprinting(article, name) -> None:
    fig = plots.FIGURES[name](article)
    try:
        assert isinstance(fig, Figure)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        titles = [t.get_text() for t in fig.findobj(Text) if t.get_fontweight() == "bold"
                  or t in [ax.title for ax in fig.axes]]
        assert any(t.strip() for t in titles), "a figure states its finding in a title"
        for ax in fig.axes:
            ticks = [t for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
            boxes = [t.get_window_extent(renderer) for t in ticks]
            for i in range(len(boxes) - 1):
                assert not _overlaps(boxes[i], boxes[i + 1]), (
                    f"{name}: x labels {ticks[i].get_text()!r} and {ticks[i + 1].get_text()!r} "
                    "overprint")
        footer = fig._analysis_source_note  # added by every figure function
        assert footer.get_text().startswith("Source: “")
        fbox = footer.get_window_extent(renderer)
        for t in _visible_texts(fig):
            if t is not footer:
                assert not _overlaps(fbox, t.get_window_extent(renderer)), (
                    f"{name}: the footer overprints {t.get_text()!r}")
    finally:
        plt.close(fig)


def test_every_seed_figure_has_a_function() -> None:
    from analysis import paths

    committed = {p.stem for p in paths.FIGURES_DIR.glob("*.png")}
    assert committed == set(plots.FIGURES)


@pytest.mark.parametrize(("n", "step"), [(5, 1), (25, 1), (26, 2), (60, 5), (74, 5),
                                         (200, 10), (3000, 200)])
def test_label_step(n: int, step: int) -> None:
    # At most 25 labels: 60 items / 25 = 2.4, so every 5th (12 labels); 200 / 25 = 8 -> 10.
    assert label_step(n) == step
    assert len(range(0, n, step)) <= 25


def test_paragraph_labels_keep_a_gap() -> None:
    # 60 paragraphs of 10 units each on a 600-unit axis; at most 20 labels -> a gap of 30
    # units, so every third paragraph's middle (5, 35, 65, ...) is kept: 20 labels.
    spans = [(p + 1, 10.0 * p, 10.0 * p + 9) for p in range(60)]
    kept = paragraph_labels(spans, axis_units=600, most=20)
    assert [p for p, _ in kept][:3] == [1, 4, 7]
    assert len(kept) == 20
    # Five paragraphs all fit.
    assert len(paragraph_labels(spans[:5], axis_units=50, most=20)) == 5


def test_sixty_paragraphs_thin_their_labels() -> None:
    text = "A Title for Sixty Short Paragraphs\n\n" + "\n\n".join(
        f"Paragraph {k} has one short sentence. It has a second one too." for k in range(60))
    art = Article.from_text(text, name="sixty")
    fig = plots.sentence_lengths(art)
    try:
        ax = fig.axes[0]
        labels = [t for t in ax.texts if t.get_text().startswith("¶")]
        assert 5 <= len(labels) <= 20  # not all 60
        assert "paragraphs labelled" in ax.get_xlabel()
        assert len(ax.get_xticks()) <= 25  # 120 sentences, every 5th labelled
    finally:
        plt.close(fig)


def test_wrap_folds_long_labels() -> None:
    assert wrap("Opposition councillor Tomasz Wójcik", 22) == "Opposition councillor\nTomasz Wójcik"


NAMES = ["Anna Berg", "Tom Reyes", "Lena Hart", "Omar Said", "Ruth Kane", "Ivan Petrov",
         "Mia Cole", "Sam Osei", "Nora Vale", "Eli Stone", "Ada Moss", "Ben Ford", "Cara Lind",
         "Dev Rao", "Eva Holt", "Finn Dale", "Gwen Park", "Hugo Lane", "Iris Bell", "Jon Frey"]


def test_twenty_attributions_are_drawn_without_their_words() -> None:
    # 20 paragraphs, each "NAME said ...": 20 attributions (one reporting verb each). With more
    # than 12 in a row the stance-moves figure draws the marks but not the verbs' words.
    text = "Twenty Voices on the Bridge\n\n" + "\n\n".join(
        f"{n} said the new bridge would open in spring. Critics disagree." for n in NAMES)
    art = Article.from_text(text, name="twenty")
    fig = plots.stance_moves_figure(art)
    try:
        ax = fig.axes[0]
        said = [t for t in ax.texts if t.get_text() == "said"]
        assert said == []
        rows = [t.get_text() for t in ax.get_yticklabels()]
        assert "attribution" in rows
    finally:
        plt.close(fig)
    one = Article.from_text("One Voice\n\nAnna Berg said the bridge would open.", name="one")
    fig = plots.stance_moves_figure(one)
    try:
        assert [t.get_text() for t in fig.axes[0].texts if t.get_text() == "said"] == ["said"]
    finally:
        plt.close(fig)
