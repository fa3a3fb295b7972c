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
import re
from functools import cache
from pathlib import Path
from typing import Any, TypedDict

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "disputes.json"
TRAIN_TEXTS = ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text"

LABELS = frozenset({"dispute", "other"})
STANCES = frozenset({"deny", "refute", "reject", "dispute", "dismiss"})
# How a case's candidate sentence was found: a net of words (rounds 1 to 6), or, from round 7
# on, a uniform random draw of sentences or a net of structural patterns; see ``about``.
DRAWS = frozenset({"word net", "uniform", "structure"})
MAX_CASES_PER_DOC = 3
MIN_CASES_PER_LABEL = 70
# Each round of labelling since the first, with its note prefix; see ``about``.
NOTED_ROUNDS = {f"round {n}:": n for n in range(2, 8)}
# From round 7 on, a round is drawn as issue 15 asks: this large, with this many disputes.
FIRST_MEASURED_ROUND = 7
MIN_ROUND_CASES = 150
MIN_ROUND_DISPUTES = 30
# The round-1 held-out third as fixed before any tuning: now ordinary tuning data, marked
# ``round1_heldout`` for history only.
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
    cue: str | None
    round: int
    draw: str
    round1_heldout: bool
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


def noted_round(case: Case) -> int:
    """The round a case's note names (``round N:``), 1 when it names none."""
    for prefix, number in NOTED_ROUNDS.items():
        if case["note"].startswith(prefix):
            return number
    return 1


def expected_round1_heldout(all_cases: list[Case]) -> set[tuple[str, int]]:
    """The round-1 held-out third, by the rule fixed before any tuning.

    Within each label, round-1 cases sorted by ``sha1(f"{doc}:{start}")`` alternate: every
    third one, starting with the first, was held out. Later rounds never added to it.
    """
    heldout: set[tuple[str, int]] = set()
    for label in LABELS:
        same = [c for c in all_cases if c["label"] == label and c["round"] == 1]
        same.sort(key=lambda c: hashlib.sha1(f"{c['doc']}:{c['start']}".encode()).hexdigest())
        heldout.update((c["doc"], c["start"]) for c in same[::3])
    return heldout


def where(case: Case) -> str:
    return f"{case['doc']}:{case['start']}"


def test_file_has_its_documentation() -> None:
    data = load()
    assert {"about", "corpus", "cases"} <= data.keys()
    assert data["corpus"] == "polnear/train"


def test_labels_stances_rounds_and_notes_are_valid() -> None:
    problems = []
    for case in cases():
        if case["label"] not in LABELS:
            problems.append(f"{where(case)}: bad label {case['label']!r}")
        if case["label"] == "dispute" and case["stance"] not in STANCES:
            problems.append(f"{where(case)}: bad stance {case['stance']!r} for a dispute")
        if case["label"] == "other" and case["stance"] is not None:
            problems.append(f"{where(case)}: stance must be null for label 'other'")
        # Only a sentence drawn at random and holding no dispute may lack a cue.
        cue_optional = case["label"] == "other" and case["draw"] == "uniform"
        if not (isinstance(case["cue"], str) and case["cue"]) and not (
            cue_optional and case["cue"] is None
        ):
            problems.append(f"{where(case)}: missing cue")
        if not isinstance(case["note"], str) or not case["note"]:
            problems.append(f"{where(case)}: missing note")
        if case["round"] != noted_round(case):
            problems.append(f"{where(case)}: round {case['round']} but note {case['note']!r}")
        if case["draw"] not in DRAWS or (case["draw"] == "word net") != (case["round"] <= 6):
            problems.append(f"{where(case)}: draw {case['draw']!r} in round {case['round']}")
        if not isinstance(case["round1_heldout"], bool):
            problems.append(f"{where(case)}: round1_heldout must be true or false")
    assert problems == []


def test_stances_follow_the_stance_docstring() -> None:
    # newsclaims.Stance: REJECT "Refuses to accept it: rejected, pushed back on, calling it
    # propaganda". The labels say the same, so the benchmark scores the stance it documents.
    stated = re.compile(r"(?i)push\w*[\s-]+back|pushback|propaganda")
    wrong = [
        where(case)
        for case in cases()
        if case["label"] == "dispute"
        and stated.search(case["cue"] or "")
        and case["stance"] != "reject"
    ]
    assert wrong == []


def test_rounds_are_numbered_from_one_without_gaps() -> None:
    rounds = sorted({c["round"] for c in cases()})
    assert rounds == list(range(1, len(rounds) + 1))


def test_rounds_drawn_as_issue_15_asks_are_large_enough_to_measure() -> None:
    # From round 7 on, a round is drawn at random and by structure, and measured before tuning.
    for number in {c["round"] for c in cases() if c["round"] >= FIRST_MEASURED_ROUND}:
        labels = collections.Counter(c["label"] for c in cases() if c["round"] == number)
        assert labels.total() >= MIN_ROUND_CASES, (number, labels)
        assert labels["dispute"] >= MIN_ROUND_DISPUTES, (number, labels)


def test_round1_heldout_marks_the_third_the_sha1_rule_set_aside() -> None:
    expected = expected_round1_heldout(cases())
    marked = {(c["doc"], c["start"]) for c in cases() if c["round1_heldout"]}
    assert marked == expected
    assert len(marked) == HELDOUT_CASES


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
        if case["cue"] is not None and case["cue"] not in segment:
            problems.append(f"{where(case)}: cue {case['cue']!r} not in {segment[:80]!r}")
        problems.extend(
            f"{where(case)}: {problem}: {segment[:80]!r}"
            for problem in sentence_problems(text, start, end)
        )
    assert problems == []
