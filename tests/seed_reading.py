"""The seed article's expected reading (tests/data/kursk.expected.json) built with the models.

Every list of the careful human reading becomes records: actors with the mentions the
reading names, quotes, claims and disputes with their spans, references by id. Building the
Document checks that each span holds the text the reading says it holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsclaims import Actor, Claim, Dispute, Document, Mention, Metadata, Quote, Span
from newsclaims._model.ids import actor_id, record_id

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ROOT / "seeds" / "kursk.txt"
SEED_READING = ROOT / "tests" / "data" / "kursk.expected.json"


def read_seed() -> tuple[str, dict[str, Any]]:
    """The seed text (offsets as the file has them) and its expected reading."""
    text = _read(SEED_TEXT)
    reading: dict[str, Any] = json.loads(SEED_READING.read_text(encoding="utf-8"))
    return text, reading


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as stream:
        return stream.read()


def build_seed_reading() -> Document:
    """The whole expected reading of the seed article as a Document."""
    text, reading = read_seed()

    def span(pair: list[int]) -> Span:
        return Span.of(text, pair[0], pair[1])

    def mention(pair: list[int]) -> Mention:
        return Mention((span(pair),))

    # Each actor's mentions are the attribution sites the reading gives for it.
    sites: dict[str, list[Mention]] = {a["name"]: [] for a in reading["actors"]}
    for items, who in (
        (reading["quotes"], "speaker"),
        (reading["claims"], "claimant"),
        (reading["disputes"], "disputant"),
    ):
        for item in items:
            site = mention(item["mention_span"])
            if site not in sites[item[who]]:
                sites[item[who]].append(site)
    ids = {a["name"]: actor_id(a["name"]) for a in reading["actors"]}
    actors = tuple(
        Actor(
            id=ids[a["name"]],
            name=a["name"],
            kind=a["kind"],
            title=a.get("title"),
            affiliation=a.get("affiliation"),
            mentions=tuple(sorted(sites[a["name"]], key=lambda m: m.start)),
        )
        for a in reading["actors"]
    )
    quotes = tuple(
        Quote(
            id=record_id("q", ids[q["speaker"]], q["text"]),
            spans=(span(q["span"]),),
            kind=q["kind"],
            speaker=ids[q["speaker"]],
            speaker_mention=mention(q["mention_span"]),
            cue=span(q["cue_span"]),
            channel=span(q["channel_span"]) if "channel_span" in q else None,
            nested=tuple(span(n) for n in q.get("nested_spans", [])),
            rule="human reading",
        )
        for q in reading["quotes"]
    )
    claims = tuple(
        Claim(
            id=record_id("c", ids[c["claimant"]], c["content"]),
            spans=(span(c["span"]),),
            claimant=ids[c["claimant"]],
            claimant_mention=mention(c["mention_span"]),
            cue=span(c["cue_span"]),
            quote_ids=tuple(quotes[i].id for i in c.get("quotes", [])),
            hedges=tuple(span(h) for h in c.get("hedge_spans", [])),
            rule="human reading",
        )
        for c in reading["claims"]
    )
    disputes = tuple(
        Dispute(
            id=record_id("d", ids[d["disputant"]], claims[d["disputed_claim"]].id, d["cue"]),
            stance=d["stance"],
            cue=span(d["cue_span"]),
            evidence=span(d["evidence_span"]),
            disputant=ids[d["disputant"]],
            disputant_mention=mention(d["mention_span"]),
            claim_id=claims[d["disputed_claim"]].id,
            disputed=(span(d["disputed_span"]),),
            rule="human reading",
        )
        for d in reading["disputes"]
    )
    return Document(
        text=text,
        metadata=Metadata(id="kursk", published=reading["document"]["published"], language="en"),
        actors=actors,
        quotes=quotes,
        claims=claims,
        disputes=disputes,
    )
