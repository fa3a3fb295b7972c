"""Precision and recall of dispute detection on the labelled PolNeAR sentences, round by round.

Usage: .venv/bin/python benchmarks/disputes.py [TRAIN_DIR] [--errors ROUND | --all-errors]

TRAIN_DIR is PolNeAR's train folder (the one holding ``text/``); it defaults to
``../shared/corpora/polnear/train`` relative to the project root. The cases are
``tests/data/disputes.json``. A sentence counts as a predicted dispute when
:func:`find_dispute_cues` finds at least one cue in it.

Prints precision, recall, F1 and the stance accuracy on true positives (the stance of the cue
that overlaps the labelled cue, else of the first cue) for each labelling round, for each way
of drawing within a round drawn in more than one way (round 7: a uniform random sample and a
net of structural patterns), and for the whole set. Each round's figures before any rule was
tuned on it are recorded in the data file's ``about``: the before-tuning figures of the newest
rounds are the ones that predict how the rules do on text nobody tuned on.

Then the errors: those of one round with ``--errors ROUND`` (the way to read a new round once
its figures are recorded), of every round with ``--all-errors``, and by default of every
round but the newest, so that running the benchmark does not show a round's sentences before
its untuned figures are written down.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
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
    at = sentence.find(case["cue"]) if case["cue"] else -1
    if at >= 0:
        lo, hi = sentence_start + at, sentence_start + at + len(case["cue"])
        for cue in cues:
            if cue.cue.start < hi and lo < cue.cue.end:
                return cue
    return cues[0]


def judge(texts: Path, case: dict[str, Any]) -> tuple[str, str, tuple[DisputeCue, ...]]:
    """One case's outcome (TP, STANCE, FP, FN or TN), its sentence and the cues found."""
    text = read(texts / f"{case['doc']}.txt")
    sentence = text[case["start"] : case["end"]]
    cues = find_dispute_cues(text, case["start"], case["end"])
    gold = case["label"] == "dispute"
    if gold and cues:
        chosen = cue_for_stance(case["start"], sentence, case, cues)
        return ("TP" if chosen.stance.value == case["stance"] else "STANCE"), sentence, cues
    if cues:
        return "FP", sentence, cues
    return ("FN" if gold else "TN"), sentence, cues


def figures(name: str, outcomes: Iterable[str]) -> dict[str, Any]:
    """Counts and figures of a group of outcomes; a wrong stance is a true positive."""
    seen = list(outcomes)
    stance_wrong = seen.count("STANCE")
    tp = seen.count("TP") + stance_wrong
    fp, fn, tn = seen.count("FP"), seen.count("FN"), seen.count("TN")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "name": name,
        "cases": len(seen),
        "disputes": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "stance_accuracy": (tp - stance_wrong) / tp if tp else 0.0,
    }


def line(result: dict[str, Any]) -> str:
    return (
        f"{result['name']:18s} cases {result['cases']:4d} disputes {result['disputes']:3d}  "
        f"tp {result['tp']:3d} fp {result['fp']:2d} fn {result['fn']:3d} tn {result['tn']:3d}  "
        f"P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}  "
        f"stance {result['stance_accuracy']:.3f}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train_dir", nargs="?", type=Path, default=DEFAULT_TRAIN)
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--errors", type=int, metavar="ROUND", help="print this round's errors")
    shown.add_argument("--all-errors", action="store_true", help="print every round's errors")
    args = parser.parse_args(argv)
    if not args.train_dir.is_dir():
        print(f"PolNeAR train folder not found: {args.train_dir}", file=sys.stderr)
        return 1
    texts = args.train_dir / "text" if (args.train_dir / "text").is_dir() else args.train_dir
    cases = json.loads(DATA.read_text(encoding="utf-8"))["cases"]
    rounds = sorted({c["round"] for c in cases})
    if args.errors is not None and args.errors not in rounds:
        print(f"no round {args.errors}; the rounds are {rounds}", file=sys.stderr)
        return 1
    judged = [(case, *judge(texts, case)) for case in cases]
    for number in rounds:
        in_round = [j for j in judged if j[0]["round"] == number]
        print(line(figures(f"round {number}", (j[1] for j in in_round))))
        draws = sorted({j[0]["draw"] for j in in_round})
        for draw in draws if len(draws) > 1 else ():
            print(line(figures(f"  {draw}", (j[1] for j in in_round if j[0]["draw"] == draw))))
    print(line(figures("all", (j[1] for j in judged))))

    if args.all_errors:
        wanted, what = set(rounds), "every round"
    elif args.errors is not None:
        wanted, what = {args.errors}, f"round {args.errors}"
    else:
        wanted, what = set(rounds[:-1]), f"every round but the newest ({rounds[-1]})"
    errors = [j for j in judged if j[0]["round"] in wanted and j[1] not in ("TP", "TN")]
    print(f"\nerrors of {what} ({len(errors)}; --errors ROUND for one round):")
    for case, kind, sentence, cues in errors:
        found = "; ".join(f"{c.cue.text!r} {c.stance.value} {c.rule}" for c in cues) or "-"
        print(
            f"{kind:6s} round {case['round']} {case['draw']} {case['doc']}:{case['start']} "
            f"label {case['label']}/{case['stance']} cue {case['cue']!r}\n"
            f"       found: {found}\n       {sentence}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
