"""data/raw is immutable: the seed essay is exactly the bytes we received."""

from __future__ import annotations

import hashlib

import pytest

from analysis import paths

# sha256 of the seed file as received (recorded in data/README.md).
SEED_SHA256 = "041046075a2400adfd3e7949ebb340613a37e653a3c60e076e7209bf0f675e1c"
SHARED_SEED = paths.ROOT.parent / "shared" / "seed" / paths.SEED_ARTICLE.name


def test_seed_checksum_unchanged() -> None:
    assert hashlib.sha256(paths.SEED_ARTICLE.read_bytes()).hexdigest() == SEED_SHA256


def test_seed_is_byte_identical_to_the_shared_copy() -> None:
    if not SHARED_SEED.is_file():
        pytest.skip(f"{SHARED_SEED} is absent (only present in the original working setup)")
    assert paths.SEED_ARTICLE.read_bytes() == SHARED_SEED.read_bytes()


def test_raw_folder_holds_only_text_files() -> None:
    files = [p for p in paths.RAW_DIR.iterdir() if not p.name.startswith(".")]
    assert paths.SEED_ARTICLE in files
    assert all(p.suffix == ".txt" for p in files), files


def test_data_readme_names_the_seed_and_its_checksum() -> None:
    readme = (paths.DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert paths.SEED_ARTICLE.name in readme
    assert SEED_SHA256 in readme
