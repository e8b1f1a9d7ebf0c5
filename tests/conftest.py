"""Shared fixtures. Keep this small; add a fixture with a short docstring saying what it holds."""

from __future__ import annotations

import pytest

from analysis import paths
from analysis.article import Article, load_article


@pytest.fixture(scope="session")
def seed_article() -> Article:
    """The seed essay, loaded from data/raw (read-only)."""
    return load_article(paths.SEED_ARTICLE)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed essay's decoded text (what every offset indexes into)."""
    return paths.SEED_ARTICLE.read_text(encoding="utf-8")
