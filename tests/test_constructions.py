"""The construction breakdown: its tests of a gold relation, and totals equal to the scorer's."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from scripts import ROOT, SCORER, benchmark

DEV = ROOT / ".." / "shared" / "corpora" / "polnear" / "dev"


def _constructions() -> ModuleType:
    return benchmark("constructions")


def _span(text: str, words: str | None) -> list[tuple[int, int]] | None:
    if words is None:
        return None
    start = text.index(words)
    return [(start, start + len(words))]


def _shown(text: str, content: str, source: str | None, cue: str) -> list[str]:
    relation = {
        "content": _span(text, content),
        "source": _span(text, source),
        "cue": _span(text, cue),
    }
    found: list[str] = _constructions().constructions(text, relation)
    return found


# (text, content, source, cue, constructions): one or more cases for each construction.
CASES = [
    ("Clinton said that taxes would rise.", "taxes would rise", "Clinton", "said", ["plain"]),
    ("Clinton has not said taxes would rise.", "taxes would rise", "Clinton", "said", ["plain"]),
    ("Clinton didn’t say taxes would rise.", "taxes would rise", "Clinton", "say", ["plain"]),
    (
        "Taxes will rise, according to Ortiz.",
        "Taxes will rise",
        "Ortiz",
        "according to",
        ["plain"],
    ),
    (
        "Prices will rise, said Maria Lopez.",
        "Prices will rise",
        "Maria Lopez",
        "said",
        ["inverted"],
    ),
    ("Clinton on Tuesday said taxes rose.", "taxes rose", "Clinton", "said", ["gap"]),
    (
        "The senator, who lost, said taxes rose.",
        "taxes rose",
        "The senator",
        "said",
        ["gap", "common-noun"],
    ),
    ("He also said taxes rose.", "taxes rose", "He", "said", ["gap"]),
    ("Many economists say taxes rose.", "taxes rose", "Many economists", "say", ["common-noun"]),
    ("Taxes rose, officials said.", "Taxes rose", "officials", "said", ["common-noun"]),
    (
        "Taxes rose. Officials at the agency said so. Two officials agreed.",
        "so",
        "Officials at the agency",
        "said",
        ["common-noun"],
    ),
    ("Taxes rose. Bin Laden said so, bin by bin.", "so", "Bin Laden", "said", ["plain"]),
    ("The FBI said taxes rose.", "taxes rose", "The FBI", "said", ["plain"]),
    ("A new poll found that taxes rose.", "taxes rose", "A new poll", "found", ["document"]),
    ("The Post reports that taxes rose.", "taxes rose", "The Post", "reports", ["plain"]),
    ("Lee believes taxes rose.", "taxes rose", "Lee", "believes", ["belief"]),
    ("Lee is convinced taxes rose.", "taxes rose", "Lee", "convinced", ["belief", "passive"]),
    ("His claim that taxes rose is false.", "taxes rose", "His", "claim", ["nominal"]),
    ("Lee's repeated claims that taxes rose.", "taxes rose", "Lee's", "claims", ["nominal"]),
    ("The assertion that taxes rose.", "taxes rose", None, "assertion", ["nominal", "no-source"]),
    ("I know that Lee claims that taxes rose.", "taxes rose", "Lee", "claims", ["plain"]),
    (
        "It was reported that taxes rose.",
        "taxes rose",
        None,
        "reported",
        ["passive", "no-source"],
    ),
    ("Lee is said to have won.", "to have won", "Lee", "said", ["passive"]),
    ("Did taxes rise? Lee asked.", "Did taxes rise", "Lee", "asked", ["plain"]),
]


@pytest.mark.parametrize(("text", "content", "source", "cue", "expected"), CASES)
def test_constructions_of_a_relation(
    text: str, content: str, source: str | None, cue: str, expected: list[str]
) -> None:
    assert _shown(text, content, source, cue) == expected


def _polnear() -> ModuleType:
    module: ModuleType = _constructions().polnear
    return module


@pytest.mark.skipif(
    not DEV.is_dir() or not SCORER.exists(),
    reason="PolNeAR corpus not found at ../shared/corpora: benchmarks only",
)
def test_totals_are_the_scorers_indirect_and_mixed_row(tmp_path: Path) -> None:
    constructions = _constructions()
    score = constructions.load_scorer(SCORER)
    paths = constructions.polnear.select_articles([DEV])[:8]
    report = constructions.measure(score, paths)
    out = tmp_path / "predictions.jsonl"
    _polnear().write_article_predictions(paths, out)
    with _polnear().gold_folder(paths) as gold:
        scored = score.score(str(gold), score.load_predictions(str(out)))
    counts = scored["subsets"]["INDIRECT+MIXED"]["counts"]
    assert report["total"] == {key: counts[key] for key in report["total"]}
    every = constructions.measure(score, paths, subset="ALL")["total"]
    assert every == {key: scored["subsets"]["ALL"]["counts"][key] for key in every}
    assert every["gold"] > report["total"]["gold"]
    total = report["total"]
    assert total["gold"] > 0
    # Each gold relation shows a construction or is plain; each prediction has one rule.
    rows = report["constructions"].values()
    assert sum(row["gold"] for row in rows) >= total["gold"]
    assert sum(row["pred"] for row in report["rules"].values()) == total["pred"]
    assert (
        sum(row["source_correct"] for row in report["rules"].values()) == (total["source_correct"])
    )
    plain = report["constructions"]["plain"]["gold"]
    assert 0 < plain < total["gold"]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not found")
def test_main_prints_a_table_and_a_json_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    text = "Lee said that taxes would rise. Taxes fell, officials said.\n"
    (split / "text" / "a.txt").write_text(text, encoding="utf-8")
    ann = []
    for n, (content, source, cue) in enumerate(
        [("taxes would rise", "Lee", "said"), ("Taxes fell", "officials", "said.")], 1
    ):
        for k, (role, words) in enumerate(
            [("Content", content), ("Source", source), ("Cue", cue.rstrip("."))]
        ):
            start = text.index(words, 0 if n == 1 else 32)
            ann.append(f"T{3 * n + k}\t{role} {start} {start + len(words)}\t{words}")
        ann.append(f"E{n}\tAttribution:T{3 * n + 2} Content:T{3 * n} Source:T{3 * n + 1}")
    (split / "attributions" / "a_annotator.ann").write_text("\n".join(ann) + "\n", "utf-8")
    assert _constructions().main([str(split), "--scorer", str(SCORER)]) == 0
    out = capsys.readouterr().out.splitlines()
    report = json.loads(out[-1])
    assert report["total"]["gold"] == 2
    assert report["constructions"]["plain"]["gold"] == 1
    assert report["constructions"]["common-noun"]["gold"] == 1
    assert sum(row["pred"] for row in report["rules"].values()) == report["total"]["pred"]
    assert any(line.startswith("common-noun") for line in out)
