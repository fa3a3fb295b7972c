"""The models can say everything in the seed article's careful human reading."""

from __future__ import annotations

from newsclaims import from_json, to_json
from seed_reading import build_seed_reading, read_seed


def test_the_whole_reading_round_trips_through_json() -> None:
    doc = build_seed_reading()
    assert from_json(to_json(doc)) == doc


def test_every_list_of_the_reading_is_carried() -> None:
    _, reading = read_seed()
    doc = build_seed_reading()
    assert [q.text for q in doc.quotes] == [q["text"] for q in reading["quotes"]]
    assert [c.text for c in doc.claims] == [c["content"] for c in reading["claims"]]
    assert [d.cue.text for d in doc.disputes] == [d["cue"] for d in reading["disputes"]]
    assert {a.name for a in doc.actors} == {a["name"] for a in reading["actors"]}


def test_references_say_who_disputes_whom() -> None:
    doc = build_seed_reading()
    edges = {(e.disputant, e.claimant) for e in doc.dispute_graph()}
    assert edges == {
        ("kyiv", "vladimir-putin"),
        ("ukraine", "vladimir-putin"),
        ("general-staff-of-the-armed-forces-of-ukraine", "vladimir-putin"),
        ("intelligence-reports", "russia"),
    }
    trump = doc.actor("trump")
    assert [q.speaker_mention.text for q in doc.quotes_by(trump) if q.speaker_mention] == [
        "President Trump",
        "he",
        "he",
    ]


def test_nested_quote_and_channel() -> None:
    doc = build_seed_reading()
    nested = [q for q in doc.quotes if q.nested]
    assert [(q.nested[0].text, q.channel.text if q.channel else None) for q in nested] == [
        ("finish it off,", "Truth Social")
    ]
