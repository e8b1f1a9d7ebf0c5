"""`analysis.profile.profile_article` pauses the cyclic garbage collector and restores it."""

from __future__ import annotations

import gc

import pytest

import analysis.profile as profile
from analysis import Article


def _article() -> Article:
    return Article.from_text("A title line\n\nThe plan may work. Officials said it would fail.\n")


def test_collector_paused_during_the_profile_and_restored(monkeypatch):
    seen: list[bool] = []

    def spy(article, sents, toks):
        seen.append(gc.isenabled())
        return {}

    monkeypatch.setattr(profile, "SECTIONS", [spy, *profile.SECTIONS])
    was = gc.isenabled()
    gc.enable()
    try:
        row = profile.profile_article(_article())
        assert seen == [False]
        assert gc.isenabled()
        assert row["sentences"] == 2
        gc.disable()  # a caller that turned it off keeps it off
        profile.profile_article(_article())
        assert seen == [False, False]
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_collector_restored_when_a_section_raises(monkeypatch):
    def broken(article, sents, toks):
        raise RuntimeError("section failed")

    monkeypatch.setattr(profile, "SECTIONS", [broken])
    was = gc.isenabled()
    gc.enable()
    try:
        with pytest.raises(RuntimeError, match="section failed"):
            profile.profile_article(_article())
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()
