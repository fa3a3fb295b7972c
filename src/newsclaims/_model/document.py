"""The per-document container: the text, its metadata, and every record found in it."""

from __future__ import annotations

from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

import attrs

from newsclaims._errors import ValidationError
from newsclaims._model.records import (
    _UNSET,
    Actor,
    Claim,
    Dispute,
    Metadata,
    Quote,
    _Unset,
    renamed,
)
from newsclaims._model.spans import Mention, Span, is_tuple_of

__all__ = ["DisputeEdge", "Document", "built_by_the_engine"]

# False only while :func:`built_by_the_engine` builds a document (a context variable, so a
# document built at the same time in another thread or task is still checked).
_CHECKED: ContextVar[bool] = ContextVar("newsclaims_document_checked", default=True)


@attrs.frozen(init=False)
class DisputeEdge:
    """One edge of the dispute graph: ``disputant`` contests claims made by ``claimant``.

    Either end is an actor id, or None where the text names nobody; ``claim_ids`` and
    ``dispute_ids`` are the ids of the claims contested and of the disputes that contest
    them. ``disputed=``, ``claims=`` and ``disputes=`` are the deprecated names of
    ``claimant``, ``claim_ids`` and ``dispute_ids``, working until newsclaims 0.2 with a
    :class:`DeprecationWarning`.
    """

    disputant: str | None
    claimant: str | None
    claim_ids: tuple[str, ...]
    dispute_ids: tuple[str, ...]

    def __init__(
        self,
        disputant: str | None,
        claimant: str | _Unset | None = _UNSET,
        claim_ids: tuple[str, ...] | _Unset = _UNSET,
        dispute_ids: tuple[str, ...] | _Unset = _UNSET,
        *,
        disputed: str | _Unset | None = _UNSET,
        claims: tuple[str, ...] | _Unset = _UNSET,
        disputes: tuple[str, ...] | _Unset = _UNSET,
    ) -> None:
        self.__attrs_init__(
            disputant,
            _either(claimant, "claimant", disputed, "disputed"),
            _either(claim_ids, "claim_ids", claims, "claims"),
            _either(dispute_ids, "dispute_ids", disputes, "disputes"),
        )

    @property
    def disputed(self) -> str | None:
        """Deprecated name of :attr:`claimant`, until newsclaims 0.2."""
        renamed("disputed", "claimant", "DisputeEdge")
        return self.claimant

    @property
    def claims(self) -> tuple[str, ...]:
        """Deprecated name of :attr:`claim_ids`, until newsclaims 0.2."""
        renamed("claims", "claim_ids", "DisputeEdge")
        return self.claim_ids

    @property
    def disputes(self) -> tuple[str, ...]:
        """Deprecated name of :attr:`dispute_ids`, until newsclaims 0.2."""
        renamed("disputes", "dispute_ids", "DisputeEdge")
        return self.dispute_ids


_V = TypeVar("_V")


def _either(value: _V | _Unset, name: str, old_value: _V | _Unset, old_name: str) -> _V:
    """The value given under the field's name or under its deprecated name, never both."""
    if isinstance(old_value, _Unset):
        if isinstance(value, _Unset):
            raise TypeError(f"DisputeEdge() missing required argument: {name!r}")
        return value
    renamed(old_name, name, "DisputeEdge", stacklevel=4)
    if not isinstance(value, _Unset):
        raise ValidationError([(old_name, f"give {name} only: {old_name} is its deprecated name")])
    return old_value


def _tuple_of(kind: type) -> Any:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        # One loop, not a validator call per record.
        if not is_tuple_of(value, kind):
            raise ValidationError([(attribute.name, f"expected a tuple of {kind.__name__}")])

    return check


def _instance_of(kind: type) -> Any:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind):
            problem = f"expected {kind.__name__}, got {type(value).__name__}"
            raise ValidationError([(attribute.name, problem)])

    return check


@attrs.frozen
class Document:
    """A news text and everything newsclaims found in it.

    Building one checks that it is whole: every span lies inside the text and holds the
    text found there, every reference (a quote's speaker, a claim's quote ids, a dispute's
    claim id) names a record of this document, and ids are unique. A document that breaks any
    of these raises :class:`ValidationError`, naming each problem's place.

    >>> from newsclaims import Actor, Mention, Quote, Span
    >>> text = "“We are ready,” Lee said."
    >>> lee = Actor(id="lee", name="Lee", kind="person", mentions=(Mention.of(text, 16, 19),))
    >>> quote = Quote(id="q-1", spans=(Span.of(text, 1, 14),), kind="direct", speaker="lee",
    ...               speaker_mention=Mention.of(text, 16, 19), cue=Span.of(text, 20, 24))
    >>> doc = Document(text, actors=(lee,), quotes=(quote,))
    >>> [(doc.speaker_of(q), q.text) for q in doc.quotes]
    [(Actor(id='lee', name='Lee', ...), 'We are ready,')]
    >>> Document("short", quotes=(quote,))
    Traceback (most recent call last):
    ...
    newsclaims.ValidationError: quotes[0].spans[0]: [1, 14) is outside the text ...
    quotes[0].speaker: unknown actor 'lee'
    """

    text: str = attrs.field(validator=_instance_of(str))
    metadata: Metadata = attrs.field(factory=Metadata, validator=_instance_of(Metadata))
    actors: tuple[Actor, ...] = attrs.field(default=(), validator=_tuple_of(Actor))
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=_tuple_of(Quote))
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=_tuple_of(Claim))
    disputes: tuple[Dispute, ...] = attrs.field(default=(), validator=_tuple_of(Dispute))

    def __attrs_post_init__(self) -> None:
        if not _CHECKED.get():
            return
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

    # Typed steps from a record to the records it refers to: each takes the record itself
    # and gives None where the reference is empty, so typed code needs no assertion.

    def speaker_of(self, quote: Quote) -> Actor | None:
        """The actor who said ``quote``, or None when the text names nobody.

        >>> from newsclaims import analyze
        >>> doc = analyze("“We are ready,” Lee said.\\n\\nThe film “Jaws” opened.")
        >>> [(q.text, getattr(doc.speaker_of(q), "name", None)) for q in doc.quotes]
        [('We are ready,', 'Lee'), ('Jaws', None)]
        """
        return None if quote.speaker is None else self.actor(quote.speaker)

    def claimant_of(self, claim: Claim) -> Actor | None:
        """The actor who makes ``claim``, or None when the text names nobody."""
        return None if claim.claimant is None else self.actor(claim.claimant)

    def disputant_of(self, dispute: Dispute) -> Actor | None:
        """The actor who raises ``dispute``, or None when the text names nobody."""
        return None if dispute.disputant is None else self.actor(dispute.disputant)

    def disputed_claim_of(self, dispute: Dispute) -> Claim | None:
        """The claim ``dispute`` contests, or None when it contests words that are no claim."""
        return None if dispute.claim_id is None else self.claim(dispute.claim_id)

    def quotes_in(self, claim: Claim) -> tuple[Quote, ...]:
        """The quotes inside ``claim`` (the partial quotes of a mixed claim), in its order."""
        return tuple(self.quote(quote_id) for quote_id in claim.quote_ids)

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
        return tuple(d for d in self.disputes if d.claim_id == claim_id)

    def dispute_graph(self) -> tuple[DisputeEdge, ...]:
        """Who disputes whom, over which claims: one edge per (disputant, claimant) pair.

        A dispute with no extracted claim still counts, with ``claimant`` None. Edges come
        in the order of their first dispute.
        """
        claimants = {c.id: c.claimant for c in self.claims}
        edges: dict[tuple[str | None, str | None], tuple[list[str], list[str]]] = {}
        for dispute in self.disputes:
            claim_id = dispute.claim_id
            claimant = claimants.get(claim_id) if claim_id else None
            claims, disputes = edges.setdefault((dispute.disputant, claimant), ([], []))
            if claim_id and claim_id not in claims:
                claims.append(claim_id)
            disputes.append(dispute.id)
        return tuple(
            DisputeEdge(src, dst, tuple(claims), tuple(disputes))
            for (src, dst), (claims, disputes) in edges.items()
        )


def built_by_the_engine(
    text: str,
    metadata: Metadata,
    actors: tuple[Actor, ...],
    quotes: tuple[Quote, ...],
    claims: tuple[Claim, ...],
    disputes: tuple[Dispute, ...],
) -> Document:
    """The document ``analyze`` made, without the integrity check of its records.

    Every span the engine makes is a slice of ``text`` and every reference one of its own
    records, so the check would only repeat what the engine did (a twentieth of analysis).
    The fields' validators still run. The tests hold the engine to this: every document it
    builds passes the check.
    """
    token = _CHECKED.set(False)
    try:
        return Document(text, metadata, actors, quotes, claims, disputes)
    finally:
        _CHECKED.reset(token)


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
        for j, quote_id in enumerate(claim.quote_ids):
            if quote_id not in quote_ids:
                yield f"claims[{i}].quote_ids[{j}]", f"unknown quote {quote_id!r}"
    for i, dispute in enumerate(doc.disputes):
        if dispute.disputant is not None and dispute.disputant not in actor_ids:
            yield f"disputes[{i}].disputant", f"unknown actor {dispute.disputant!r}"
        if dispute.claim_id is not None and dispute.claim_id not in claim_ids:
            yield f"disputes[{i}].claim_id", f"unknown claim {dispute.claim_id!r}"


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
