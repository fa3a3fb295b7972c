"""The reported-speech regression cases, tests/cases/claims.json, grouped by construction.

Each case is a sentence in the shape of real news (the construction PolNeAR annotates; no
article's words) with every claim analyze must find in it: content, claimant mention, cue
and rule. A case that must find no claim lists none. The construction and the case name
the failure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclaims import analyze

_DATA: dict[str, Any] = json.loads(
    (Path(__file__).parent / "cases" / "claims.json").read_text(encoding="utf-8")
)
CASES: list[tuple[str, dict[str, Any]]] = [
    (construction["name"], case)
    for construction in _DATA["constructions"]
    for case in construction["cases"]
]


def _param(construction: str, case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_failure"])] if "known_failure" in case else []
    return pytest.param(case, id=f"{construction}: {case['name']}", marks=marks)


@pytest.mark.parametrize("case", [_param(name, case) for name, case in CASES])
def test_case(case: dict[str, Any]) -> None:
    doc = analyze(case["text"])
    found = [
        {
            "content": claim.text,
            "claimant": claim.claimant_mention.text if claim.claimant_mention else None,
            "cue": claim.cue.text if claim.cue else None,
            "rule": claim.rule,
        }
        for claim in doc.claims
    ]
    assert found == case["claims"]


def test_every_construction_has_cases() -> None:
    assert all(construction["cases"] for construction in _DATA["constructions"])
