"""Reports on articles unlike the seed quote only their own article and never another one.

Each report runs once per session (tests/report_runs.py). A quoted phrase is a stretch in
curly double quotes (“...”) in the page's text outside the folded code; each must occur in the
article (whitespace folded; a " …" where `short` cut it splits it into pieces). A phrase from
another article is any run of six words of that article's body that is not also in this
article, the notebooks' own text or the seed of notebook 05's comparison.
"""

from __future__ import annotations

import html
import re
from functools import cache

import pytest
import report_runs

from analysis import load_article, paths
from analysis.report import notebook_paths

NAMES = sorted(report_runs.OWN_ARTICLES)
WORD = re.compile(r"[\w’'-]+")


def page_text(page: str) -> str:
    """The visible text of a report page, code cells removed, entities decoded."""
    page = re.sub(r'<details class="report-code">.*?</details>', " ", page, flags=re.S)
    page = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r'title="[^"]*"', " ", page)  # tooltips are labels, not quotations
    page = re.sub(r"</?(?:span|em|strong|b|i|a|code|sup)\b[^>]*>", "", page)  # inline
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def fold(text: str) -> str:
    return " ".join(text.replace("\\", "").split())


def shingles(text: str, n: int = 6) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


@cache
def article(name: str):
    return load_article(report_runs.OWN_ARTICLES[name])


@cache
def fixed_text() -> set[str]:
    """Shingles of what every report may hold whatever the article: the notebooks' sources and
    the seed (notebook 05 puts it beside the article)."""
    out: set[str] = set()
    for nb in notebook_paths():
        out |= shingles(nb.with_suffix(".py").read_text(encoding="utf-8"))
    out |= shingles(load_article(paths.SEED_ARTICLE).text)
    return out


@pytest.mark.notebook
@pytest.mark.parametrize("name", NAMES)
def test_report_quotes_only_its_own_article(name) -> None:
    out = report_runs.own_runs[name]()
    source = fold(article(name).text)
    for page in sorted((out / "reports").glob("*.html")):
        text = page_text(page.read_text(encoding="utf-8"))
        for quoted in re.findall(r"“([^”]{3,400})”", text):
            for piece in re.split(r"\s*…\s*", fold(quoted)):
                if len(piece.split()) >= 2:
                    assert piece in source, f"{page.name} quotes {piece!r}, not in {name}"


@pytest.mark.notebook
@pytest.mark.parametrize("name", NAMES)
def test_report_holds_no_phrase_of_another_article(name) -> None:
    out = report_runs.own_runs[name]()
    own = shingles(article(name).text) | fixed_text()
    others = {o: shingles(" ".join(p.text for p in article(o).paragraphs)) - own
              for o in NAMES if o != name}
    for page in sorted((out / "reports").glob("*.html")):
        text = shingles(page_text(page.read_text(encoding="utf-8")))
        for other, phrases in others.items():
            leaked = sorted(text & phrases)
            assert not leaked, f"{page.name} on {name} holds {other}'s words: {leaked[:3]}"


@pytest.mark.notebook
def test_nothing_to_show_is_said_in_one_line() -> None:
    # library_hours has no hedge, booster, quotation or attribution (checked by hand).
    out = report_runs.own_runs["library_hours"]()
    hedging = page_text((out / "reports" / "04_hedging.html").read_text(encoding="utf-8"))
    stance = page_text((out / "reports" / "03_stance_wording.html").read_text(encoding="utf-8"))
    assert "Nothing to show: the lexicons find no hedge or booster" in hedging
    assert "Nothing to show: the text quotes no one" in stance
    assert "Nothing to show: the text attributes nothing" in stance


@pytest.mark.notebook
def test_long_article_report_shows_the_annotated_text() -> None:
    out = report_runs.own_runs["street_trees"]()
    page = (out / "reports" / "03_stance_wording.html").read_text(encoding="utf-8")
    assert 'class="annotated-text"' in page and 'class="am-mark' in page
    assert "seed" not in page_text(page).lower()
