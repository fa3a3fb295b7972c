"""The seed article read as a careful human reads it: every quote, speaker, mention and cue."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclaims import Document, Quote, analyze

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kursk.txt"
# The copy in tests/data, so that the test runs from the sdist too.
EXPECTED = ROOT / "tests" / "data" / "kursk.expected.json"


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="module")
def doc() -> Document:
    return analyze(_read(SEED))


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return data


def _quote_at(doc: Document, start: int) -> Quote:
    found = [q for q in doc.quotes if q.spans[0].start == start]
    assert found, f"no quote starts at {start}"
    return found[0]


def test_every_expected_quote_is_found_with_its_speaker(
    doc: Document, expected: dict[str, Any]
) -> None:
    names = {a["name"]: a for a in expected["actors"]}
    for item in expected["quotes"]:
        quote = _quote_at(doc, item["span"][0])
        assert [quote.spans[0].start, quote.spans[-1].end] == item["span"]
        assert quote.kind.value == item["kind"], item["text"]
        assert quote.speaker is not None, item["text"]
        actor = doc.actor(quote.speaker)
        assert actor.name == item["speaker"] or actor.name in names[item["speaker"]]["aliases"]
        assert quote.speaker_mention is not None
        mention = [quote.speaker_mention.start, quote.speaker_mention.end]
        assert mention == item["mention_span"], item["text"]
        assert quote.cue is not None
        assert [quote.cue.start, quote.cue.end] == item["cue_span"], item["text"]
        if "channel_span" in item:
            assert quote.channel is not None
            assert [quote.channel.start, quote.channel.end] == item["channel_span"]
        if "nested_spans" in item:
            assert [[n.start, n.end] for n in quote.nested] == item["nested_spans"]


def test_no_apostrophe_is_taken_for_a_quote(doc: Document, expected: dict[str, Any]) -> None:
    for item in expected["not_quotes"]:
        for start, end in item["spans"]:
            overlapping = [
                q.text for q in doc.quotes for s in q.spans if s.start < end and start < s.end
            ]
            assert overlapping == [], item["why"]
    assert len(doc.quotes) == len(expected["quotes"])


def test_one_actor_per_person(doc: Document) -> None:
    putin = doc.actor("vladimir-putin")
    assert set(putin.aliases) == {"Putin", "Russian President Vladimir Putin"}
    assert next(q.text for q in doc.quotes_by(putin)).startswith("The Kyiv regime’s")
    assert doc.actor("trump").aliases == ("President Trump", "he")
