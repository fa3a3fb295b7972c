"""The regression cases of the disputes stage: tests/cases/disputes/analyze/, one file a
construction.

Each case is a text with the disputes ``analyze`` reads in it, in order: the cue, who
disputes (the actor's name, ``null`` for nobody found), the claim contested (its text,
``null`` for none linked), the disputed words, the rule and the stance where given; and,
where given, every claim of the text as ``[claimant, text]``, so that a denial shows it
makes no claim of the denier. A failure names the file, the group and the text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclaims import Document, analyze

CASES = Path(__file__).parent / "cases" / "disputes" / "analyze"


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


FILES = sorted(CASES.glob("*.json"))
CASE_LIST = [
    pytest.param(case, id=f"{path.stem}:{index}:{case['group']}")
    for path in FILES
    for index, case in enumerate(_load(path)["cases"])
]


def _name(doc: Document, actor: str | None) -> str | None:
    return None if actor is None else doc.actor(actor).name


def _dispute_reading(doc: Document) -> list[dict[str, Any]]:
    out = []
    for dispute in doc.disputes:
        claim = doc.disputed_claim_of(dispute)
        out.append(
            {
                "cue": dispute.cue.text,
                "disputant": _name(doc, dispute.disputant),
                "claim": None if claim is None else claim.text,
                "disputed": [s.text for s in dispute.disputed],
                "rule": dispute.rule,
                "stance": dispute.stance.value,
            }
        )
    return out


def test_there_are_cases() -> None:
    assert len(CASE_LIST) >= 10


@pytest.mark.parametrize("case", CASE_LIST)
def test_the_disputes_of_a_text(case: dict[str, Any]) -> None:
    doc = analyze(case["text"])
    where = f"{case['group']}: {case['text']!r}"
    found = _dispute_reading(doc)
    # Only the fields a case gives are compared.
    compared = [{k: d[k] for k in want} for d, want in zip(found, case["disputes"], strict=False)]
    assert len(found) == len(case["disputes"]), f"{where}: disputes {found}"
    assert compared == case["disputes"], f"{where}: disputes"
    if "claims" in case:
        claims = [[_name(doc, c.claimant), c.text] for c in doc.claims]
        assert claims == case["claims"], f"{where}: claims"
