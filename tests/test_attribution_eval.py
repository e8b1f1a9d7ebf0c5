"""The PolNeAR brat reader and the attribution scorer, on hand-made files, scores by hand."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from analysis import paths
from analysis.evaluate.attribution import (
    BratError,
    GoldDocument,
    Predicted,
    evaluate_attribution,
    read_brat,
    read_polnear,
    score,
)

POLNEAR = paths.ROOT.parent / "shared" / "corpora" / "polnear-train"

#: "Lopez said the vote was fair. The board, by contrast, disagreed."
#: offsets: Lopez 0-5, said 6-10, "the vote was fair" 11-28; board 34-39 ... disagreed 55-64
TEXT = "Lopez said the vote was fair. The board, by contrast, disagreed."
ANN = [
    "T1\tSource 0 5\tLopez",
    "T2\tCue 6 10\tsaid",
    "T3\tContent 11 28\tthe vote was fair",
    "T4\tAttribution 6 10\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    # a discontinuous cue, and a span text broken over two lines
    "T5\tSource 30 39\tThe board",
    "T6\tCue 41 52;55 64\tby contrast",
    "disagreed",
    "T7\tContent 11 28\tthe vote was fair",
    "T8\tAttribution-no-source 55 64\tdisagreed",
    "E2\tAttribution:T8 Content:T7 Cue:T6",
    "A1\tFactuality E1 yes",
]


def test_read_brat_events_and_discontinuous_spans() -> None:
    gold = read_brat(ANN)
    assert len(gold) == 2
    assert gold[0].cue == ((6, 10),) and gold[0].source == ((0, 5),)
    assert gold[0].content == ((11, 28),)
    # the second has two cue pieces and no source
    assert gold[1].cue == ((41, 52), (55, 64))
    assert gold[1].source == () and gold[1].label == "Attribution-no-source"


def test_read_brat_errors() -> None:
    with pytest.raises(BratError, match="bad span"):
        read_brat(["T1\tCue six ten\tsaid"])
    with pytest.raises(BratError, match="unknown span"):
        read_brat(["T1\tCue 6 10\tsaid", "E1\tAttribution:T9 Cue:T1"])
    with pytest.raises(BratError, match="not found"):
        read_brat(Path("/nonexistent/file.ann"))


def test_read_polnear_folder_and_split(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a.ann").write_text("\n".join(ANN) + "\n", encoding="utf-8")
    docs = read_polnear(tmp_path)
    assert [d.name for d in docs] == ["a"] and len(docs[0].attributions) == 2
    with pytest.raises(BratError, match="not a PolNeAR folder"):
        read_polnear(tmp_path / "text")
    with pytest.raises(BratError, match="unknown split"):
        read_polnear(tmp_path, split="train")


def test_score_by_hand() -> None:
    doc = GoldDocument("a", TEXT, read_brat(ANN))
    preds = [
        # matches gold 1: cue overlaps "said"; source exact; content 3 of 4 tokens
        # ("the vote was" vs "the vote was fair": F1 = 2*3/(3+4) = 6/7)
        Predicted(((6, 10),), ((0, 5),), ((11, 23),)),
        # a false positive: its cue "vote" overlaps no gold cue
        Predicted(((15, 19),), ((0, 5),), ((20, 28),)),
    ]
    s = score([doc], [preds])
    # tp 1, fp 1, fn 1: P 1/2, R 1/2, F1 1/2
    assert (s.cue.tp, s.cue.fp, s.cue.fn) == (1, 1, 1)
    assert s.cue.precision == 0.5 and s.cue.recall == 0.5 and s.cue.f1 == 0.5
    assert s.source_f1 == 1.0 and s.source_exact == 1.0 and s.source_pairs == 1
    assert s.content_f1 == pytest.approx(6 / 7) and s.content_exact == 0.0


def test_one_to_one_matching() -> None:
    doc = GoldDocument("a", TEXT, read_brat(ANN)[:1])
    # two predictions on the same gold cue: only one can match it
    preds = [Predicted(((6, 10),), (), ()), Predicted(((7, 9),), (), ())]
    s = score([doc], [preds])
    assert (s.cue.tp, s.cue.fp, s.cue.fn) == (1, 1, 0)
    # no gold source overlap pairs counted; the pair has an empty predicted content
    assert s.content_f1 == 0.0


def test_no_predictions_gives_nan_precision() -> None:
    doc = GoldDocument("a", TEXT, read_brat(ANN))
    s = score([doc], [[]])
    assert math.isnan(s.cue.precision) and s.cue.recall == 0.0 and math.isnan(s.content_f1)


def test_polnear_figures_hold() -> None:
    """The attribution figures on the first 40 dev articles stay at or above those measured
    when this test was written (cue F1 0.64, source F1 0.90, content F1 0.81 on them)."""
    if not POLNEAR.is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR} (shared corpora absent)")
    pytest.importorskip("analysis.tagging", reason="figures are measured with the POS tagger")
    s = evaluate_attribution(POLNEAR, split="dev", limit=40)
    assert s.cue.f1 >= 0.60
    assert s.source_f1 >= 0.85
    assert s.content_f1 >= 0.75


def test_cli_evaluate_attribution(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(
        "Vote Count Ends\n\nLopez said that the count was fair.\n", encoding="utf-8")
    # Lopez 17-22, said 23-27, "the count was fair" 33-51
    (tmp_path / "attributions" / "a.ann").write_text(
        "T1\tSource 17 22\tLopez\nT2\tCue 23 27\tsaid\nT3\tContent 33 51\tthe count was fair\n"
        "T4\tAttribution 23 27\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "analysis", "evaluate-attribution",
                          str(tmp_path), "--json"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert data["cue"]["tp"] == 1 and data["cue"]["fp"] == 0 and data["cue"]["fn"] == 0
    assert data["source_f1"] == 1.0 and data["content_f1"] == 1.0
    bad = subprocess.run([sys.executable, "-m", "analysis", "evaluate-attribution",
                          str(tmp_path / "nope")], capture_output=True, text=True)
    assert bad.returncode == 2 and "not a PolNeAR folder" in bad.stderr
