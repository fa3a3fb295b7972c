"""Benchmark subsets: the blind draw; --only and --exclude cut gold and predictions alike."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from scripts import ROOT, SCORER, benchmark, load

POLNEAR = ROOT / ".." / "shared" / "corpora" / "polnear"
ROUND1 = ROOT / "benchmarks" / "blind" / "round1.txt"

needs_corpus = pytest.mark.skipif(
    not (POLNEAR / "train").is_dir() or not SCORER.exists(),
    reason="PolNeAR corpus not found at ../shared/corpora: benchmarks only",
)
needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not found")


def polnear() -> ModuleType:
    return benchmark("polnear")


def blind() -> ModuleType:
    return benchmark("blind")


# Two hand-made articles, one attributed quote each, annotated as PolNeAR's brat files are.
ARTICLE = "“We are ready,” {name} said.\n"


def _article(split: Path, doc: str, name: str) -> None:
    text = ARTICLE.format(name=name)
    (split / "text").mkdir(parents=True, exist_ok=True)
    (split / "attributions").mkdir(exist_ok=True)
    (split / "text" / f"{doc}.txt").write_text(text, encoding="utf-8")
    source = text.index(name)
    cue = text.index("said")
    ann = (
        f"T1\tContent 1 14\t{text[1:14]}\n"
        f"T2\tSource {source} {source + len(name)}\t{name}\n"
        f"T3\tCue {cue} {cue + 4}\tsaid\n"
        "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n"
    )
    (split / "attributions" / f"{doc}_annotator.ann").write_text(ann, encoding="utf-8")


def _run(capfd: pytest.CaptureFixture[str], *args: str) -> dict[str, int]:
    """polnear.py's main on these arguments: the ALL counts of the scorer's table."""
    capfd.readouterr()
    assert polnear().main([*args, "--scorer", str(SCORER)]) == 0
    out = capfd.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("ALL "))
    gold, pred, matched, _, source = (int(cell) for cell in row.split()[1:6])
    return {"gold": gold, "pred": pred, "matched": matched, "source": source}


@needs_scorer
def test_only_and_exclude_subset_the_gold_too(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    train, dev = tmp_path / "train", tmp_path / "dev"
    _article(train, "a", "Lee")
    _article(train, "b", "Ortiz")
    _article(dev, "c", "Kim")
    listed = tmp_path / "list.txt"
    listed.write_text("# a comment line\na.txt\n\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    whole = _run(capfd, str(train), str(dev), "--predictions", str(out))
    assert whole == {"gold": 3, "pred": 3, "matched": 3, "source": 3}
    assert _run(capfd, str(train), "--only", str(listed), "--predictions", str(out))["gold"] == 1
    assert [json.loads(line)["doc"] for line in out.read_text().splitlines()] == ["a"]
    rest = _run(capfd, str(train), str(dev), "--exclude", str(listed), "--predictions", str(out))
    assert rest == {"gold": 2, "pred": 2, "matched": 2, "source": 2}
    assert [json.loads(line)["doc"] for line in out.read_text().splitlines()] == ["b", "c"]


def test_only_must_name_articles_of_the_splits(tmp_path: Path) -> None:
    _article(tmp_path / "dev", "c", "Kim")
    with pytest.raises(ValueError, match="in none of the splits"):
        polnear().select_articles([tmp_path / "dev"], only={"c", "elsewhere"})
    # The blind list names train articles: excluding it from dev leaves dev whole.
    assert polnear().select_articles([tmp_path / "dev"], exclude={"elsewhere"}) == [
        tmp_path / "dev" / "text" / "c.txt"
    ]


def test_annotation_files_are_the_articles_own(tmp_path: Path) -> None:
    _article(tmp_path, "x", "Lee")
    _article(tmp_path, "x_y", "Kim")  # "x_*.ann" matches x_y's file too
    names = [path.name for path in polnear().annotation_files(tmp_path / "text" / "x.txt")]
    assert names == ["x_annotator.ann"]


def test_read_doc_list_takes_names_with_or_without_txt(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("# seed: 1\na.txt\nb  # note\n\n", encoding="utf-8")
    assert polnear().read_doc_list(path) == {"a", "b"}


def test_draw_is_seeded_and_order_free() -> None:
    names = [f"{n:03}.txt" for n in range(100)]
    first = blind().draw(names, 7, 20)
    assert first == blind().draw(list(reversed(names)), 7, 20)
    assert len(set(first)) == 20
    assert set(first) <= set(names)
    assert first != blind().draw(names, 8, 20)


@needs_corpus
def test_round1_is_the_draw_its_header_names() -> None:
    text = ROUND1.read_text(encoding="utf-8")
    seed = re.search(r"^# seed: (\d+)$", text, re.MULTILINE)
    assert seed is not None
    names = [line for line in text.splitlines() if line and not line.startswith("#")]
    train = [path.name for path in (POLNEAR / "train" / "text").glob("*.txt")]
    assert names == blind().draw(train, int(seed.group(1)), len(names))
    assert len(names) == 20


@needs_corpus
def test_blind_and_the_rest_add_up_to_the_split() -> None:
    # Gold counts only, from the scorer itself: no article is analysed. The blind articles
    # and 20 others stand for the split, to keep the test short.
    score = load("polnear_score", SCORER)
    train = POLNEAR / "train"
    blind_names = polnear().read_doc_list(ROUND1)
    others = [p.stem for p in polnear().select_articles([train], exclude=blind_names)][:20]
    base = blind_names | set(others)
    gold = {}
    for name, chosen in [
        ("all", polnear().select_articles([train], only=base)),
        ("only", polnear().select_articles([train], only=blind_names)),
        ("exclude", polnear().select_articles([train], only=base, exclude=blind_names)),
    ]:
        with polnear().gold_folder(chosen) as folder:
            report = score.score(str(folder), {})
        assert report["docs"] == len(chosen)
        gold[name] = report["subsets"]["ALL"]["counts"]["gold"]
    assert gold["only"] > 0
    assert gold["exclude"] > 0
    assert gold["only"] + gold["exclude"] == gold["all"]
