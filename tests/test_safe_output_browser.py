"""No script from an article runs in its HTML report: headless Chromium through Playwright.

The report is made from test_safe_output.XSS_ARTICLE (prose that quotes ``<script>alert(1)
</script>``, ``<img src=x onerror=alert(2)>``, ``<svg onload=alert(3)>`` and ``<b>bold</b>``)
by ``python -m analysis report PATH --out DIR`` (shared with test_safe_output, run once per
session). Each page is opened with ``alert``, ``confirm`` and ``prompt`` replaced by recorders
before any page script runs; no dialog may open and no recorder may be called, and the quoted
markup must be on the page as literal text.

Skipped with a reason when /usr/bin/chromium or playwright is absent (``apt-get install
chromium``); ANALYSIS_REQUIRE_BROWSER=1 (set by ``.ci/run``) turns the skip into a failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import report_runs
from test_safe_output import xss_report

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.notebook]

RECORDER = """
window.__ran = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = (msg) => { window.__ran.push(name + ":" + String(msg)); };
}
"""


@pytest.fixture(scope="module")
def browser():
    report_runs.require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(report_runs.CHROMIUM),
                              args=report_runs.CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser, html: Path) -> tuple[list[str], str]:
    """Load a page; return what ran (dialogs, recorder calls, page errors) and its text."""
    page = browser.new_page()
    ran: list[str] = []
    page.on("dialog", lambda d: (ran.append(f"dialog {d.type}: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: ran.append(f"page error: {e}"))
    page.add_init_script(RECORDER)
    page.goto(html.as_uri(), wait_until="load")
    page.wait_for_timeout(300)  # let onerror/onload handlers of broken images fire
    ran += page.evaluate("window.__ran")
    text = page.inner_text("body")
    page.close()
    return ran, text


def test_recorder_catches_a_live_script(browser, tmp_path) -> None:
    """The check can fail: a page with the article's markup unescaped is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><p>typed <script>alert(1)</script> and "
                   "<img src=x onerror=alert(2)></p></body></html>")
    ran, _ = _open(browser, bad)
    assert "alert:1" in ran and "alert:2" in ran


def test_no_script_from_the_article_runs_in_any_report(browser) -> None:
    pages = sorted((xss_report() / "reports").glob("[0-9][0-9]_*.html"))
    assert pages
    literal = set()
    for html in pages:
        ran, text = _open(browser, html)
        assert ran == [], f"{html.name}: {ran}"
        literal.update(s for s in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
                                   "<b>bold</b>") if s in text)
    assert literal, "the article's markup should be shown as literal text somewhere"


LIVE_ELEMENTS = """() => [
  ...document.querySelectorAll('script, img[src="x"], svg[onload], [onerror], [onload]'),
  ...Array.from(document.querySelectorAll('b')).filter(b => b.textContent === 'bold'),
].map(e => e.outerHTML.slice(0, 100))"""


def test_no_element_from_the_article_in_any_report(browser) -> None:
    """Beyond "nothing ran" (the pages' Content-Security-Policy blocks inline scripts anyway):
    the article's markup must be text on the page, not elements in its DOM."""
    pages = sorted((xss_report() / "reports").glob("[0-9][0-9]_*.html"))
    assert pages
    found = {}
    for html in pages:
        page = browser.new_page()
        page.goto(html.as_uri(), wait_until="load")
        live = page.evaluate(LIVE_ELEMENTS)
        page.close()
        if live:
            found[html.name] = live
    assert not found, found
