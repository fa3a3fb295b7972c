"""The per-document container: the text, its metadata, and every record found in it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from newsclaims._errors import ValidationError
from newsclaims._models import Actor, Claim, Dispute, Metadata, Quote
from newsclaims._spans import Mention, Span, is_tuple_of

__all__ = ["DisputeEdge", "Document"]


@attrs.frozen
class DisputeEdge:
    """One edge of the dispute graph: ``disputant`` contests claims made by ``disputed``.

    Either end is an actor id, or None where the text names nobody.
    """

    disputant: str | None
    disputed: str | None
    claims: tuple[str, ...]
    disputes: tuple[str, ...]


def _tuple_of(kind: type) -> Any:
    slow = attrs.validators.deep_iterable(
        attrs.validators.instance_of(kind), attrs.validators.instance_of(tuple)
    )

    def check(instance: Any, attribute: Any, value: Any) -> None:
        # One loop, not a validator call per record; attrs' validator raises its usual error.
        if not is_tuple_of(value, kind):
            slow(instance, attribute, value)

    return check


@attrs.frozen
class Document:
    """A news text and everything newsclaims found in it.

    Building one checks that it is whole: every span lies inside the text and holds the
    text found there, every reference (a quote's speaker, a claim's quotes, a dispute's
    claim) names a record of this document, and ids are unique. A document that breaks any
    of these raises :class:`ValidationError`, naming each problem's place.

    >>> from newsclaims import Actor, Mention, Quote, Span
    >>> text = "“We are ready,” Lee said."
    >>> lee = Actor(id="lee", name="Lee", kind="person", mentions=(Mention.of(text, 16, 19),))
    >>> quote = Quote(id="q-1", spans=(Span.of(text, 1, 14),), kind="direct", speaker="lee",
    ...               speaker_mention=Mention.of(text, 16, 19), cue=Span.of(text, 20, 24))
    >>> doc = Document(text, actors=(lee,), quotes=(quote,))
    >>> [(doc.actor(q.speaker).name, q.text) for q in doc.quotes if q.speaker]
    [('Lee', 'We are ready,')]
    >>> Document("short", quotes=(quote,))
    Traceback (most recent call last):
    ...
    newsclaims.ValidationError: quotes[0].spans[0]: [1, 14) is outside the text ...
    quotes[0].speaker: unknown actor 'lee'
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    metadata: Metadata = attrs.field(
        factory=Metadata, validator=attrs.validators.instance_of(Metadata)
    )
    actors: tuple[Actor, ...] = attrs.field(default=(), validator=_tuple_of(Actor))
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=_tuple_of(Quote))
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=_tuple_of(Claim))
    disputes: tuple[Dispute, ...] = attrs.field(default=(), validator=_tuple_of(Dispute))

    def __attrs_post_init__(self) -> None:
        problems = list(_integrity_problems(self))
        if problems:
            raise ValidationError(problems)

    # Lookups. Documents are small (tens of records), so a scan is simpler than an index
    # and as fast in practice.

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id; KeyError if there is none.

        >>> Document("").actor("nobody")
        Traceback (most recent call last):
        ...
        KeyError: "no actor 'nobody' in this document"
        """
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(f"no actor {actor_id!r} in this document")

    def quote(self, quote_id: str) -> Quote:
        """The quote with this id; KeyError if there is none."""
        for quote in self.quotes:
            if quote.id == quote_id:
                return quote
        raise KeyError(f"no quote {quote_id!r} in this document")

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; KeyError if there is none."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(f"no claim {claim_id!r} in this document")

    def quotes_by(self, actor: Actor | str) -> tuple[Quote, ...]:
        """The quotes spoken by ``actor`` (an Actor or its id), in text order."""
        actor_id = actor.id if isinstance(actor, Actor) else actor
        return tuple(q for q in self.quotes if q.speaker == actor_id)

    def claims_by(self, actor: Actor | str) -> tuple[Claim, ...]:
        """The claims made by ``actor`` (an Actor or its id), in text order."""
        actor_id = actor.id if isinstance(actor, Actor) else actor
        return tuple(c for c in self.claims if c.claimant == actor_id)

    def disputes_by(self, actor: Actor | str) -> tuple[Dispute, ...]:
        """The disputes raised by ``actor`` (an Actor or its id), in text order."""
        actor_id = actor.id if isinstance(actor, Actor) else actor
        return tuple(d for d in self.disputes if d.disputant == actor_id)

    def disputes_of(self, claim: Claim | str) -> tuple[Dispute, ...]:
        """The disputes that contest ``claim`` (a Claim or its id), in text order."""
        claim_id = claim.id if isinstance(claim, Claim) else claim
        return tuple(d for d in self.disputes if d.claim == claim_id)

    def dispute_graph(self) -> tuple[DisputeEdge, ...]:
        """Who disputes whom, over which claims: one edge per (disputant, disputed) pair.

        A dispute with no extracted claim still counts, with ``disputed`` None. Edges come
        in the order of their first dispute.
        """
        claimants = {c.id: c.claimant for c in self.claims}
        edges: dict[tuple[str | None, str | None], tuple[list[str], list[str]]] = {}
        for dispute in self.disputes:
            disputed = claimants.get(dispute.claim) if dispute.claim else None
            claims, disputes = edges.setdefault((dispute.disputant, disputed), ([], []))
            if dispute.claim and dispute.claim not in claims:
                claims.append(dispute.claim)
            disputes.append(dispute.id)
        return tuple(
            DisputeEdge(src, dst, tuple(claims), tuple(disputes))
            for (src, dst), (claims, disputes) in edges.items()
        )


def _integrity_problems(doc: Document) -> Iterator[tuple[str, str]]:
    """Every way ``doc`` breaks the container's invariants, as ``(path, message)``."""
    text = doc.text
    collections: tuple[tuple[str, tuple[Actor | Quote | Claim | Dispute, ...]], ...] = (
        ("actors", doc.actors),
        ("quotes", doc.quotes),
        ("claims", doc.claims),
        ("disputes", doc.disputes),
    )
    for collection, records in collections:
        seen: set[str] = set()
        for i, record in enumerate(records):
            if record.id in seen:
                yield f"{collection}[{i}].id", f"duplicate id {record.id!r}"
            seen.add(record.id)
            if _spans_fit(text, record):
                continue  # nearly every record: no walk that keeps each span's place
            for span, place in _spans_of(record):
                if span.end > len(text) or text[span.start : span.end] != span.text:
                    path = f"{collection}[{i}].{_path(place)}"
                    yield from _span_problems(text, path, span)

    actor_ids = {a.id for a in doc.actors}
    quote_ids = {q.id for q in doc.quotes}
    claim_ids = {c.id for c in doc.claims}
    for i, quote in enumerate(doc.quotes):
        if quote.speaker is not None and quote.speaker not in actor_ids:
            yield f"quotes[{i}].speaker", f"unknown actor {quote.speaker!r}"
    for i, claim in enumerate(doc.claims):
        if claim.claimant is not None and claim.claimant not in actor_ids:
            yield f"claims[{i}].claimant", f"unknown actor {claim.claimant!r}"
        for j, quote_id in enumerate(claim.quotes):
            if quote_id not in quote_ids:
                yield f"claims[{i}].quotes[{j}]", f"unknown quote {quote_id!r}"
    for i, dispute in enumerate(doc.disputes):
        if dispute.disputant is not None and dispute.disputant not in actor_ids:
            yield f"disputes[{i}].disputant", f"unknown actor {dispute.disputant!r}"
        if dispute.claim is not None and dispute.claim not in claim_ids:
            yield f"disputes[{i}].claim", f"unknown claim {dispute.claim!r}"


# A span's place in its record: the field, the index in a tuple field, the index of the
# span in a mention. The path is only spelled out for a span that is wrong.
_Place = tuple[str, int | None, int | None]


def _spans_fit(text: str, record: Actor | Quote | Claim | Dispute) -> bool:
    """Whether every span of ``record`` lies inside ``text`` and holds the text there."""
    for name in _span_fields(type(record)):
        value = getattr(record, name)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, Mention):
                spans = item.spans
            elif isinstance(item, Span):
                spans = (item,)
            else:
                continue
            for span in spans:
                if span.end > len(text) or text[span.start : span.end] != span.text:
                    return False
    return True


def _spans_of(record: Actor | Quote | Claim | Dispute) -> Iterator[tuple[Span, _Place]]:
    """Every span a record holds, with its place inside the record."""
    for name in _span_fields(type(record)):
        value = getattr(record, name)
        if isinstance(value, Span):
            yield value, (name, None, None)
        elif isinstance(value, Mention):
            for k, span in enumerate(value.spans):
                yield span, (name, None, k)
        elif isinstance(value, tuple):
            for j, item in enumerate(value):
                if isinstance(item, Span):
                    yield item, (name, j, None)
                elif isinstance(item, Mention):
                    for k, span in enumerate(item.spans):
                        yield span, (name, j, k)


_SPAN_FIELDS: dict[type, tuple[str, ...]] = {}
_NO_SPANS = ("str", "str | None", "tuple[str, ...]", "ActorKind", "QuoteKind", "Stance")


def _span_fields(cls: type[Actor | Quote | Claim | Dispute]) -> tuple[str, ...]:
    """The fields of a record class that can hold spans (read once per class)."""
    if cls not in _SPAN_FIELDS:
        fields = attrs.fields(cls)
        _SPAN_FIELDS[cls] = tuple(f.name for f in fields if f.type not in _NO_SPANS)
    return _SPAN_FIELDS[cls]


def _path(place: _Place) -> str:
    name, j, k = place
    item = name if j is None else f"{name}[{j}]"
    return item if k is None else f"{item}.spans[{k}]"


def _span_problems(text: str, path: str, span: Span) -> Iterator[tuple[str, str]]:
    if span.end > len(text):
        yield path, f"[{span.start}, {span.end}) is outside the text ({len(text)} characters)"
    elif text[span.start : span.end] != span.text:
        yield (
            path,
            (
                f"text {span.text!r} does not match the document, which has "
                f"{text[span.start : span.end]!r} at [{span.start}, {span.end})"
            ),
        )
