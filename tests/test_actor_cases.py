"""The regression corpus tests/cases/actors.json: who the records name, case by case.

Each case gives a text and what its analysis must say about actors: ``mentions`` maps the
words at a reporting site (a speaker's, claimant's or disputant's mention) to the name of
the actor they resolve to (null: no actor); ``actors`` gives, for an actor's name, the
fields it must have (kind, title, affiliation); ``not_actors`` lists names no actor may
have. A case with ``known_failure`` says what is still wrong and is expected to fail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclaims import Document, Mention, analyze

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "actors.json").read_text(encoding="utf-8")
)["cases"]


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_failure"])] if "known_failure" in case else []
    return pytest.param(case, id=case["name"], marks=marks)


def record_mentions(doc: Document) -> dict[str, str | None]:
    """Each speaker, claimant and disputant mention's words, with its actor's name."""
    found: dict[str, str | None] = {}
    pairs: list[tuple[Mention | None, str | None]] = [
        *((q.speaker_mention, q.speaker) for q in doc.quotes),
        *((c.claimant_mention, c.claimant) for c in doc.claims),
        *((d.disputant_mention, d.disputant) for d in doc.disputes),
    ]
    for mention, actor in pairs:
        if mention is not None:
            found[mention.text] = doc.actor(actor).name if actor else None
    return found


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    doc = analyze(case["text"])
    mentions = record_mentions(doc)
    for words, name in case.get("mentions", {}).items():
        assert words in mentions, f"{case['name']}: no record mentions {words!r}: {mentions}"
        assert mentions[words] == name, f"{case['name']}: {words!r} names {mentions[words]!r}"
    actors = {actor.name: actor for actor in doc.actors}
    for name, fields in case.get("actors", {}).items():
        assert name in actors, f"{case['name']}: no actor {name!r} among {sorted(actors)}"
        for field, value in fields.items():
            got = getattr(actors[name], field)
            assert got == value, f"{case['name']}: {name!r} has {field} {got!r}, not {value!r}"
    for name in case.get("not_actors", ()):
        assert name not in actors, f"{case['name']}: {name!r} is an actor"
