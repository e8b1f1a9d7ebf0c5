"""The HTML reports in a real browser: headless Chromium (Debian's package) driven by Playwright.

Each page must load with no console error, no failed request and no script error; every image
must decode (natural width > 0); the headline numbers must be visible on the page. Screenshots
go to build/screenshots/ for a human to look at. The committed reports are checked, and so are
the reports made from tests/data/night_buses.txt through ``make report ARTICLE=... OUT=...``.

Skipped with a reason when /usr/bin/chromium is absent; ``.ci/run`` installs it and sets
ANALYSIS_REQUIRE_BROWSER=1, which turns the skip into a failure.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import report_runs

from analysis import paths
from analysis.report import notebook_paths

pytestmark = pytest.mark.browser

COMMITTED = sorted(paths.REPORTS_DIR.glob("[0-9][0-9]_*.html"))


@pytest.fixture(scope="module")
def browser():
    report_runs.require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(report_runs.CHROMIUM),
                              args=report_runs.CHROMIUM_ARGS)
        yield b
        b.close()


def open_report(browser, html: Path, shot_name: str):
    """Load one report; return the page and every problem seen while loading it."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url[:120]}"))
    page.goto(html.as_uri(), wait_until="load")
    # Every image decoded: decode() rejects for a broken image; naturalWidth is 0 then.
    widths = page.evaluate("""async () => Promise.all(Array.from(document.images).map(
        img => img.decode().then(() => img.naturalWidth, () => 0)))""")
    shots = report_runs.SCREENSHOTS
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / f"{shot_name}.png"), full_page=True)
    return page, problems, widths


def check_page(browser, html: Path, shot_name: str):
    page, problems, widths = open_report(browser, html, shot_name)
    assert not problems, f"{html.name}: {problems}"
    assert page.locator("h1").first.is_visible(), f"{html.name}: no visible title"
    assert page.locator("nav.report-toc").is_visible(), f"{html.name}: no table of contents"
    assert widths, f"{html.name}: no figure on the page"
    assert all(w > 0 for w in widths), f"{html.name}: undecodable image(s) {widths}"
    return page


def headline_values(results: Path, name: str) -> list[tuple[str, str]]:
    table = pd.read_csv(results / "05_compare_articles.csv", dtype=str, keep_default_na=False)
    rows = table[table["name"] == name]
    return list(zip(rows["label"], rows["shown"], strict=True))


def assert_headline_visible(page, results: Path, name: str) -> None:
    """The numbers notebook 05 reports (and the README repeats) are visible on its page."""
    values = headline_values(results, name)
    assert values
    table = page.locator("table", has_text=values[0][0]).last
    assert table.is_visible()
    shown = table.inner_text()
    for label, value in values:
        assert label in shown and value in shown, f"{label} = {value} not visible"


@pytest.mark.skipif(not COMMITTED, reason="no committed reports yet: run make report")
def test_committed_reports_cover_every_notebook() -> None:
    assert [p.stem for p in COMMITTED] == [p.stem for p in notebook_paths()]


@pytest.mark.parametrize("html", COMMITTED, ids=[p.stem for p in COMMITTED])
def test_committed_report_in_chromium(browser, html) -> None:
    page = check_page(browser, html, f"seed-{html.stem}")
    if html.stem.startswith("05"):
        assert_headline_visible(page, paths.RESULTS_DIR, paths.SEED_ARTICLE.stem)
    page.close()


@pytest.mark.notebook
def test_essay_reports_in_chromium(browser) -> None:
    out, how = report_runs.essay_run()
    pages = sorted((out / "reports").glob("*.html"))
    assert [p.stem for p in pages] == [p.stem for p in notebook_paths()], how
    for html in pages:
        page = check_page(browser, html, f"essay-{html.stem}")
        assert "Why Small Towns Need Night Buses" in page.inner_text("body") or \
            "night_buses" in page.inner_text("body"), html.name
        if html.stem.startswith("05"):
            assert_headline_visible(page, out / "results", "night_buses")
        page.close()
