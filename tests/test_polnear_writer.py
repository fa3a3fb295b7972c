"""The PolNeAR benchmark's writer on a few dev articles: valid JSONL the scorer accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts import ROOT, SCORER, benchmark, load

DEV = ROOT / ".." / "shared" / "corpora" / "polnear" / "dev"


@pytest.mark.skipif(
    not DEV.is_dir(), reason="PolNeAR corpus not found at ../shared/corpora: benchmarks only"
)
def test_writer_output_is_valid(tmp_path: Path) -> None:
    polnear = benchmark("polnear")
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    for path in sorted((DEV / "text").glob("*.txt"))[:5]:
        (split / "text" / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "predictions.jsonl"
    assert polnear.write_predictions(split, out) == 5
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    for row in rows:
        text = polnear.read_text(split / "text" / f"{row['doc']}.txt")
        for relation in row["relations"]:
            assert set(relation) == {"content", "source", "cue"}
            for key in ("content", "source", "cue"):
                for start, end in relation[key] or []:
                    assert 0 <= start < end <= len(text)
            assert relation["content"]
    assert any(row["relations"] for row in rows)
    if SCORER.exists():
        score = load("polnear_score", SCORER)
        preds = score.load_predictions(str(out))  # the scorer's own reader accepts it
        assert set(preds) == {row["doc"] for row in rows}
