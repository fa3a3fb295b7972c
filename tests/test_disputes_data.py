"""The labelled disputes data set is sound: every case points at one whole sentence of PolNeAR.

``tests/data/disputes.json`` stores each case as a document name and code-point offsets into
the PolNeAR train texts, never the sentence itself (see CLARIFICATIONS.md, "Disputes data
set"). These tests read the texts from ``../shared/corpora/polnear/train`` relative to the
project root and skip when the corpus is absent; the checks that need no corpus always run.
"""

from __future__ import annotations

import collections
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any, TypedDict

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "disputes.json"
TRAIN_TEXTS = ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text"

LABELS = frozenset({"dispute", "other"})
STANCES = frozenset({"deny", "refute", "reject", "dispute", "dismiss"})
PARTS = frozenset({"tune", "heldout"})
MAX_CASES_PER_DOC = 3
MIN_CASES_PER_LABEL = 70
# Notes of cases added in a later round start with one of these; see ``about``.
LATER_ROUNDS = ("round 2:", "round 3:", "round 4:", "round 5:", "round 6:")
# The held-out part as fixed in the first round: later rounds never add to it.
HELDOUT_CASES = 90
# A sentence ends with terminal punctuation, maybe followed by closing quotes or brackets.
END_PUNCT = ".!?"
CLOSERS = "\"'”’)]"

needs_corpus = pytest.mark.skipif(
    not TRAIN_TEXTS.is_dir(),
    reason="PolNeAR corpus not found at ../shared/corpora: benchmarks only",
)


class Case(TypedDict):
    """One labelled sentence, as stored in the data file."""

    doc: str
    start: int
    end: int
    label: str
    stance: str | None
    cue: str
    part: str
    note: str


@cache
def load() -> dict[str, Any]:
    """The data file, parsed once."""
    with DATA.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def cases() -> list[Case]:
    """Every labelled case, in file order."""
    found: list[Case] = load()["cases"]
    return found


@cache
def read_text(doc: str) -> str:
    """A PolNeAR train text, read so that offsets count code points and keep ``\\r\\n``."""
    with (TRAIN_TEXTS / f"{doc}.txt").open(encoding="utf-8", newline="") as f:
        return f.read()


def sentence_problems(text: str, start: int, end: int) -> list[str]:
    """Why ``text[start:end]`` is not one whole sentence (empty when it is)."""
    segment = text[start:end]
    if not segment.strip():
        return ["empty slice"]
    problems = []
    if segment != segment.strip():
        problems.append("slice has leading or trailing whitespace")
    if start > 0:
        before = text[:start]
        stripped = before.rstrip()
        gap = before[len(stripped) :]
        # A sentence starts a line, or follows whitespace after another sentence's end.
        if stripped and "\n" not in gap:
            if not gap:
                problems.append("does not start after whitespace")
            else:
                previous = stripped.rstrip(CLOSERS)
                if not previous or previous[-1] not in END_PUNCT:
                    problems.append("previous text does not end a sentence")
    core = segment.rstrip(CLOSERS)
    after = text[end : end + 1]
    if (not core or core[-1] not in END_PUNCT) and after not in ("", "\n"):
        problems.append("does not end with sentence punctuation")
    if after and not after.isspace():
        problems.append("ends inside a token")
    return problems


def is_later_round(case: Case) -> bool:
    """Whether a case was added after the rules were first tuned (its note says which round)."""
    return case["note"].startswith(LATER_ROUNDS)


def expected_parts(all_cases: list[Case]) -> dict[tuple[str, int], str]:
    """The part each case must be in, by the rule fixed before any tuning.

    Within each label, first-round cases sorted by ``sha1(f"{doc}:{start}")`` alternate:
    every third one, starting with the first, is held out. Cases of a later round are all
    ``tune``: adding them must not move a first-round case between the parts.
    """
    parts = {(c["doc"], c["start"]): "tune" for c in all_cases if is_later_round(c)}
    for label in LABELS:
        same = [c for c in all_cases if c["label"] == label and not is_later_round(c)]
        same.sort(key=lambda c: hashlib.sha1(f"{c['doc']}:{c['start']}".encode()).hexdigest())
        for i, case in enumerate(same):
            parts[(case["doc"], case["start"])] = "heldout" if i % 3 == 0 else "tune"
    return parts


def where(case: Case) -> str:
    return f"{case['doc']}:{case['start']}"


def test_file_has_its_documentation() -> None:
    data = load()
    assert {"about", "corpus", "cases"} <= data.keys()
    assert data["corpus"] == "polnear/train"


def test_labels_stances_parts_and_notes_are_valid() -> None:
    problems = []
    for case in cases():
        if case["label"] not in LABELS:
            problems.append(f"{where(case)}: bad label {case['label']!r}")
        if case["label"] == "dispute" and case["stance"] not in STANCES:
            problems.append(f"{where(case)}: bad stance {case['stance']!r} for a dispute")
        if case["label"] == "other" and case["stance"] is not None:
            problems.append(f"{where(case)}: stance must be null for label 'other'")
        if not isinstance(case["cue"], str) or not case["cue"]:
            problems.append(f"{where(case)}: missing cue")
        if not isinstance(case["note"], str) or not case["note"]:
            problems.append(f"{where(case)}: missing note")
    assert problems == []


def test_heldout_part_follows_the_sha1_rule() -> None:
    parts = expected_parts(cases())
    wrong = [where(c) for c in cases() if parts[(c["doc"], c["start"])] != c["part"]]
    assert wrong == []
    assert {c["part"] for c in cases()} == PARTS
    assert sum(c["part"] == "heldout" for c in cases()) == HELDOUT_CASES


def test_no_duplicates_and_few_cases_per_document() -> None:
    keys = [(c["doc"], c["start"]) for c in cases()]
    assert len(keys) == len(set(keys))
    per_doc = collections.Counter(c["doc"] for c in cases())
    assert max(per_doc.values()) <= MAX_CASES_PER_DOC


def test_enough_cases_of_each_label() -> None:
    by_label = collections.Counter(c["label"] for c in cases())
    assert all(by_label[label] >= MIN_CASES_PER_LABEL for label in LABELS), by_label


@needs_corpus
def test_every_case_is_one_whole_sentence_holding_its_cue() -> None:
    problems = []
    for case in cases():
        path = TRAIN_TEXTS / f"{case['doc']}.txt"
        if not path.is_file():
            problems.append(f"{where(case)}: file not found {path}")
            continue
        text = read_text(case["doc"])
        start, end = case["start"], case["end"]
        if not 0 <= start < end <= len(text):
            problems.append(f"{where(case)}: offsets out of range (length {len(text)})")
            continue
        segment = text[start:end]
        if case["cue"] not in segment:
            problems.append(f"{where(case)}: cue {case['cue']!r} not in {segment[:80]!r}")
        problems.extend(
            f"{where(case)}: {problem}: {segment[:80]!r}"
            for problem in sentence_problems(text, start, end)
        )
    assert problems == []
