"""The hand-built seed reading agrees with the JSON reading, and survives pickling and JSON."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from kursk_reading import kursk_reading
from newsclaims import Document, Mention, Span, from_json, to_json

READING = Path(__file__).parent / "data" / "kursk.expected.json"


@pytest.fixture(scope="module")
def reading() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(READING.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def document() -> Document:
    return kursk_reading()


def _pair(span: Span | Mention | None) -> list[int] | None:
    if span is None:
        return None
    return [span.start, span.end]


def test_actors_match(document: Document, reading: dict[str, Any]) -> None:
    expected = [
        (a["name"], a["kind"], a.get("title"), a.get("affiliation")) for a in reading["actors"]
    ]
    actual = [(a.name, a.kind.value, a.title, a.affiliation) for a in document.actors]
    assert actual == expected


def test_quotes_match(document: Document, reading: dict[str, Any]) -> None:
    names = {a.id: a.name for a in document.actors}
    expected = [
        (
            q["text"],
            q["speaker"],
            q["kind"],
            q["span"],
            q["mention_span"],
            q["cue_span"],
            q.get("channel_span"),
            q.get("nested_spans", []),
        )
        for q in reading["quotes"]
    ]
    actual = [
        (
            q.text,
            names[q.speaker] if q.speaker else None,
            q.kind.value,
            _pair(q.spans[0]),
            _pair(q.speaker_mention),
            _pair(q.cue),
            _pair(q.channel),
            [_pair(n) for n in q.nested],
        )
        for q in document.quotes
    ]
    assert actual == expected


def test_claims_match(document: Document, reading: dict[str, Any]) -> None:
    names = {a.id: a.name for a in document.actors}
    quote_index = {q.id: i for i, q in enumerate(document.quotes)}
    expected = [
        (
            c["content"],
            c["claimant"],
            c["span"],
            c["mention_span"],
            c["cue_span"],
            c.get("quotes", []),
            c.get("hedge_spans", []),
        )
        for c in reading["claims"]
    ]
    actual = [
        (
            c.text,
            names[c.claimant] if c.claimant else None,
            _pair(c.spans[0]),
            _pair(c.claimant_mention),
            _pair(c.cue),
            [quote_index[q] for q in c.quotes],
            [_pair(h) for h in c.hedges],
        )
        for c in document.claims
    ]
    assert actual == expected


def test_disputes_match(document: Document, reading: dict[str, Any]) -> None:
    names = {a.id: a.name for a in document.actors}
    claim_index = {c.id: i for i, c in enumerate(document.claims)}
    expected = [
        (
            d["disputant"],
            d["stance"],
            d["disputed_claim"],
            d["disputed_span"],
            d["evidence_span"],
            d["cue_span"],
            d["mention_span"],
        )
        for d in reading["disputes"]
    ]
    actual = [
        (
            names[d.disputant] if d.disputant else None,
            d.stance.value,
            claim_index[d.claim] if d.claim else None,
            _pair(d.disputed[0]),
            _pair(d.evidence),
            _pair(d.cue),
            _pair(d.disputant_mention),
        )
        for d in document.disputes
    ]
    assert actual == expected


def test_pickles_to_an_equal_document(document: Document) -> None:
    # Dask and process pools move documents between processes by pickling them.
    assert pickle.loads(pickle.dumps(document)) == document


def test_json_round_trip(document: Document) -> None:
    assert from_json(to_json(document)) == document
