"""Precision and recall of dispute detection on the labelled PolNeAR sentences.

Usage: .venv/bin/python benchmarks/disputes.py [TRAIN_DIR]

TRAIN_DIR is PolNeAR's train folder (the one holding ``text/``); it defaults to
``../shared/corpora/polnear/train`` relative to the project root. The cases are
``tests/data/disputes.json``. A sentence counts as a predicted dispute when
:func:`find_dispute_cues` finds at least one cue in it.

Prints precision, recall and F1 for the ``tune`` part and the ``heldout`` part separately
(the held-out third was set aside before any rule was written), the stance accuracy on true
positives (the stance of the cue that overlaps the labelled cue, else of the first cue), and
the errors on the tune part only: the held-out sentences stay unread.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newsclaims._extract.dispute_rules import DisputeCue, find_dispute_cues

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "disputes.json"
DEFAULT_TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"


def read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def cue_for_stance(
    sentence_start: int, sentence: str, case: dict[str, Any], cues: tuple[DisputeCue, ...]
) -> DisputeCue:
    """The cue whose stance is compared: the one overlapping the labelled cue, else the first."""
    at = sentence.find(case["cue"])
    if at >= 0:
        lo, hi = sentence_start + at, sentence_start + at + len(case["cue"])
        for cue in cues:
            if cue.cue.start < hi and lo < cue.cue.end:
                return cue
    return cues[0]


def evaluate(train: Path, part: str) -> dict[str, Any]:
    """Counts, figures and errors for one part of the data set."""
    texts = train / "text" if (train / "text").is_dir() else train
    cases = [c for c in json.loads(DATA.read_text(encoding="utf-8"))["cases"] if c["part"] == part]
    tp = fp = fn = tn = stance_right = 0
    errors = []
    for case in cases:
        text = read(texts / f"{case['doc']}.txt")
        sentence = text[case["start"] : case["end"]]
        cues = find_dispute_cues(text, case["start"], case["end"])
        gold = case["label"] == "dispute"
        if gold and cues:
            tp += 1
            chosen = cue_for_stance(case["start"], sentence, case, cues)
            if chosen.stance.value == case["stance"]:
                stance_right += 1
            else:
                errors.append(("STANCE", case, sentence, cues))
        elif cues:
            fp += 1
            errors.append(("FP", case, sentence, cues))
        elif gold:
            fn += 1
            errors.append(("FN", case, sentence, cues))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "part": part,
        "cases": len(cases),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "stance_accuracy": stance_right / tp if tp else 0.0,
        "errors": errors,
    }


def line(result: dict[str, Any]) -> str:
    return (
        f"{result['part']:8s} cases {result['cases']:3d}  tp {result['tp']:3d} "
        f"fp {result['fp']:3d} fn {result['fn']:3d} tn {result['tn']:3d}  "
        f"P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}  "
        f"stance {result['stance_accuracy']:.3f}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train_dir", nargs="?", type=Path, default=DEFAULT_TRAIN)
    args = parser.parse_args(argv)
    if not args.train_dir.is_dir():
        print(f"PolNeAR train folder not found: {args.train_dir}", file=sys.stderr)
        return 1
    tune = evaluate(args.train_dir, "tune")
    heldout = evaluate(args.train_dir, "heldout")
    print(line(tune))
    print(line(heldout))
    print(f"\nerrors on the tune part ({len(tune['errors'])}):")
    for kind, case, sentence, cues in tune["errors"]:
        found = "; ".join(f"{c.cue.text!r} {c.stance.value} {c.rule}" for c in cues) or "-"
        print(
            f"{kind:6s} {case['doc']}:{case['start']} label {case['label']}/"
            f"{case['stance']} cue {case['cue']!r}\n       found: {found}\n"
            f"       {sentence}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
