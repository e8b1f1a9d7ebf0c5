"""analysis.notebook: escaping article text for Markdown, and the article line of each notebook."""

from __future__ import annotations

import pytest

from analysis import Article
from analysis.notebook import Run, md_text, short


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a *bold* claim", r"a \*bold\* claim"),
        ("snake_case [link]", r"snake\_case \[link\]"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("plain words", "plain words"),
    ],
)
def test_md_text_escapes_html_and_markdown(text: str, expected: str) -> None:
    assert md_text(text) == expected


def test_short_folds_whitespace_and_cuts_at_a_word() -> None:
    # 7 words of 5 letters + 6 spaces = 41 characters; at width 20 textwrap keeps
    # "alpha alpha" (11) and the placeholder " …" (2): "alpha alpha alpha …" is 19.
    text = "alpha\n alpha   alpha alpha alpha alpha alpha"
    assert short(text, 20, markdown=False) == "alpha alpha alpha …"
    assert short("<b>x</b>", 20) == "&lt;b&gt;x&lt;/b&gt;"


def test_describe_names_the_article_escaped(tmp_path) -> None:
    art = Article.from_text("Why <b>Buses</b> Matter\n\nBuses run at night. People ride them.\n",
                            name="buses")
    line = Run(art, tmp_path, tmp_path).describe()
    assert "*Why &lt;b&gt;Buses&lt;/b&gt; Matter*" in line
    assert "1 body paragraph." in line and "cut off" not in line


def test_make_lab_allows_root_only_as_root() -> None:
    """`make lab` as root passes --allow-root (Jupyter refuses root without it) and says where
    the URL is; `make -n` prints the command without running it."""
    import os
    import shutil
    import subprocess

    from analysis import paths

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = subprocess.run(["make", "-n", "lab"], cwd=paths.ROOT, capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert "jupyter lab notebooks/" in out and "http://127.0.0.1:8888/lab" in out
    assert ("--allow-root" in out) == (os.getuid() == 0)
