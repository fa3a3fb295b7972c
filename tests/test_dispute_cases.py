"""The regression cases of the dispute-cue rules: tests/cases/disputes/, one file a rule.

Each file holds the sentences one rule finds (``<rule>.json``) or that hold no dispute at
all (``no-dispute.json``); a failure names the rule, the tuning round and the sentence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclaims import find_dispute_cues
from newsclaims._extract.dispute_rules import CUE_RULES

CASES = Path(__file__).parent / "cases" / "disputes"


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


RULE_FILES = sorted(p for p in CASES.glob("*.json") if p.name != "no-dispute.json")
FOUND = [
    pytest.param(data["rule"], case, id=f"{data['rule']}:{index}:{case['group']}")
    for data in map(_load, RULE_FILES)
    for index, case in enumerate(data["cases"])
]
NOT_FOUND = [
    pytest.param(case, id=f"no-dispute:{index}:{case['group']}")
    for index, case in enumerate(_load(CASES / "no-dispute.json")["cases"])
]


def test_each_file_is_a_registered_rule() -> None:
    assert [p.stem for p in RULE_FILES] == sorted(p.stem for p in RULE_FILES)
    for data in map(_load, RULE_FILES):
        assert data["rule"] in CUE_RULES, f"{data['rule']} is no registered rule"
    assert len(FOUND) == 194
    assert len(NOT_FOUND) == 163


@pytest.mark.parametrize(("rule", "case"), FOUND)
def test_the_rule_finds_its_cue(rule: str, case: dict[str, Any]) -> None:
    sentence = case["sentence"]
    where = f"rule {rule}, {case['group']}: {sentence!r}"
    found = find_dispute_cues(sentence, 0, len(sentence))
    assert len(found) == 1, f"{where}: expected one cue, found {[c.cue.text for c in found]}"
    cue = found[0]
    text = cue.cue.text.lower() if case.get("ignore_case") else cue.cue.text
    assert text == case["cue"], f"{where}: cue"
    if "rule" in case:
        assert cue.rule == case["rule"], f"{where}: rule"
    if "stance" in case:
        assert cue.stance.value == case["stance"], f"{where}: stance"
    if "target" in case:
        assert (cue.target.text if cue.target else None) == case["target"], f"{where}: target"


@pytest.mark.parametrize("case", NOT_FOUND)
def test_other_senses_are_no_dispute(case: dict[str, Any]) -> None:
    sentence = case["sentence"]
    found = [c.cue.text for c in find_dispute_cues(sentence, 0, len(sentence))]
    assert found == [], f"no-dispute, {case['group']}: {sentence!r} holds cues {found}"
