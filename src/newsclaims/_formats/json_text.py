"""The JSON text of a document, written directly: the hot path of the JSON Lines output.

A run of the command line does little besides analyzing and writing, and writing through
cattrs and :func:`json.dumps` cost a tenth of the analysis (cattrs looks up a hook for
every value, then the encoder walks the dicts it built). Here each record writes its own
JSON, with the standard library's string encoder, in about two fifths of that time and
with no cattrs import. The text is exactly ``json.dumps(to_dict(document),
ensure_ascii=False)``: the keys are each attrs class's fields in order, enums by value,
tuples as lists. ``tests/test_serialize.py`` checks it against the cattrs converter of
:mod:`newsclaims._formats.json`, which still reads documents, so a field added to a
record and not here fails the tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from json.encoder import encode_basestring as _string

from newsclaims._model.document import Document
from newsclaims._model.records import Actor, Claim, Dispute, Metadata, Quote
from newsclaims._model.spans import Mention, Span

__all__ = ["document_json"]

# Offsets are exact ints (the records refuse anything else, bool too), so f-strings write
# them as JSON does; every string goes through the encoder json.dumps itself uses.


def _optional(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _span(span: Span | None) -> str:
    if span is None:
        return "null"
    return f'{{"start": {span.start}, "end": {span.end}, "text": {_string(span.text)}}}'


def _spans(spans: Iterable[Span]) -> str:
    return (
        "["
        + ", ".join(
            [f'{{"start": {s.start}, "end": {s.end}, "text": {_string(s.text)}}}' for s in spans]
        )
        + "]"
    )


def _mention(mention: Mention | None) -> str:
    return "null" if mention is None else f'{{"spans": {_spans(mention.spans)}}}'


def _metadata(metadata: Metadata) -> str:
    return (
        f'{{"id": {_optional(metadata.id)}, "title": {_optional(metadata.title)}, '
        f'"url": {_optional(metadata.url)}, "publisher": {_optional(metadata.publisher)}, '
        f'"published": {_optional(metadata.published)}, '
        f'"language": {_optional(metadata.language)}}}'
    )


def _actor(actor: Actor) -> str:
    mentions = ", ".join([_mention(m) for m in actor.mentions])
    return (
        f'{{"id": {_string(actor.id)}, "name": {_string(actor.name)}, '
        f'"kind": {_string(actor.kind.value)}, "title": {_optional(actor.title)}, '
        f'"affiliation": {_optional(actor.affiliation)}, "mentions": [{mentions}], '
        f'"key": {_string(actor.key)}}}'
    )


def _quote(quote: Quote) -> str:
    return (
        f'{{"id": {_string(quote.id)}, "spans": {_spans(quote.spans)}, '
        f'"kind": {_string(quote.kind.value)}, "speaker": {_optional(quote.speaker)}, '
        f'"speaker_mention": {_mention(quote.speaker_mention)}, "cue": {_span(quote.cue)}, '
        f'"channel": {_span(quote.channel)}, "nested": {_spans(quote.nested)}, '
        f'"rule": {_string(quote.rule)}}}'
    )


def _claim(claim: Claim) -> str:
    quote_ids = ", ".join([_string(i) for i in claim.quote_ids])
    return (
        f'{{"id": {_string(claim.id)}, "spans": {_spans(claim.spans)}, '
        f'"claimant": {_optional(claim.claimant)}, '
        f'"claimant_mention": {_mention(claim.claimant_mention)}, "cue": {_span(claim.cue)}, '
        f'"quote_ids": [{quote_ids}], "hedges": {_spans(claim.hedges)}, '
        f'"rule": {_string(claim.rule)}}}'
    )


def _dispute(dispute: Dispute) -> str:
    return (
        f'{{"id": {_string(dispute.id)}, "stance": {_string(dispute.stance.value)}, '
        f'"cue": {_span(dispute.cue)}, "evidence": {_span(dispute.evidence)}, '
        f'"disputant": {_optional(dispute.disputant)}, '
        f'"disputant_mention": {_mention(dispute.disputant_mention)}, '
        f'"claim_id": {_optional(dispute.claim_id)}, "disputed": {_spans(dispute.disputed)}, '
        f'"rule": {_string(dispute.rule)}}}'
    )


def document_json(document: Document, schema_version: str) -> str:
    """``document`` as one line of JSON, ``schema_version`` first, as ``to_json`` writes it.

    >>> document_json(Document("“Hi.”"), "2.0")
    '{"schema_version": "2.0", "text": "“Hi.”", "metadata": {"id": null, ...}, "actors": [],
     "quotes": [], "claims": [], "disputes": []}'
    """
    actors = ", ".join([_actor(a) for a in document.actors])
    quotes = ", ".join([_quote(q) for q in document.quotes])
    claims = ", ".join([_claim(c) for c in document.claims])
    disputes = ", ".join([_dispute(d) for d in document.disputes])
    return (
        f'{{"schema_version": {_string(schema_version)}, "text": {_string(document.text)}, '
        f'"metadata": {_metadata(document.metadata)}, "actors": [{actors}], '
        f'"quotes": [{quotes}], "claims": [{claims}], "disputes": [{disputes}]}}'
    )
