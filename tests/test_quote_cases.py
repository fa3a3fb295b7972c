"""The regression corpus tests/cases/quotes.json: real-world formats and every bug fixed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclaims import analyze

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "quotes.json").read_text(encoding="utf-8")
)["cases"]


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_failure"])] if "known_failure" in case else []
    return pytest.param(case, id=case["name"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    doc = analyze(case["text"])
    found = [
        {
            "text": q.text,
            "speaker": doc.actor(q.speaker).name if q.speaker else None,
            "mention": q.speaker_mention.text if q.speaker_mention else None,
            "kind": q.kind.value,
        }
        for q in doc.quotes
    ]
    assert found == case["quotes"]
