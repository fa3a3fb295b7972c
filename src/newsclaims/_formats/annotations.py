"""W3C Web Annotations: one per quote, claim and dispute, anchored in the original text.

Each annotation is a complete JSON-LD document of the Web Annotation Data Model: its
``target`` names the article (its URL, or newsclaims' URN for it) and selects the record's
words twice over, by quotation (``TextQuoteSelector``: the exact words with up to 32
characters before and after) and by position (``TextPositionSelector``: start and end in
Unicode code points, as W3C counts them and newsclaims does). A record of several spans (a
quote split around "he said") has one target per span. The bodies describe the record in
words, tag its kind, and for a dispute link to the claim it contests (the IRI that the
JSON-LD output gives that claim).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from newsclaims._formats.iri import document_iri, record_namespace
from newsclaims._formats.output import Output
from newsclaims._model.document import Document
from newsclaims._model.records import Claim, Dispute, Quote, Stance
from newsclaims._model.spans import Span
from newsclaims._version import __version__

__all__ = ["ANNOTATION_CONTEXT", "to_annotations", "write_annotations"]

#: The JSON-LD context every annotation names, as the Web Annotation Data Model requires.
ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"

#: How many characters of context a TextQuoteSelector keeps on each side of the words.
CONTEXT_CHARACTERS = 32

_GENERATOR = {
    "id": "https://github.com/newsclaims/newsclaims",
    "type": "Software",
    "name": f"newsclaims {__version__}",
}

Annotation = dict[str, Any]


def to_annotations(document: Document) -> list[Annotation]:
    """The document's quotes, claims and disputes as Web Annotations, in that order.

    >>> from newsclaims import Quote, Span
    >>> text = "Lee said “We are ready” today."
    >>> quote = Quote(id="q-1", spans=(Span.of(text, 10, 22),), kind="direct")
    >>> [annotation] = to_annotations(Document(text, quotes=(quote,)))
    >>> by_quote, by_position = annotation["target"]["selector"]
    >>> by_quote["prefix"], by_quote["exact"], by_quote["suffix"]
    ('Lee said “', 'We are ready', '” today.')
    >>> by_position
    {'type': 'TextPositionSelector', 'start': 10, 'end': 22}
    """
    return list(_annotations(document))


def write_annotations(documents: Iterable[Document], stream: IO[str]) -> int:
    """Write every annotation of the documents as JSON Lines; return how many documents.

    Each line is one complete annotation, so the stream can be split, concatenated or
    posted to an annotation server line by line.
    """
    return ANNOTATIONS_OUTPUT.write_documents(documents, stream)


def _annotations_piece(document: Document) -> str:
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _annotations(document))


#: The annotations format as the command line writes it: JSON Lines, one annotation a line.
ANNOTATIONS_OUTPUT = Output(render=_annotations_piece)


def _annotations(document: Document) -> Iterator[Annotation]:
    source = document_iri(document)
    ns = record_namespace(document)
    names = {actor.id: actor.name for actor in document.actors}

    def annotation(record_id: str, spans: Iterable[Span], bodies: list[Any]) -> Annotation:
        targets = [_target(document.text, source, span) for span in spans]
        return {
            "@context": ANNOTATION_CONTEXT,
            # The annotation is about the record, so it is named apart from it: the record's
            # own IRI is the one the JSON-LD output gives its Quotation, Claim or action.
            "id": f"{ns}annotation-{record_id}",
            "type": "Annotation",
            "motivation": "describing",
            "generator": _GENERATOR,
            "body": bodies,
            "target": targets[0] if len(targets) == 1 else targets,
        }

    for quote in document.quotes:
        bodies = [_describe(_quote_words(quote, names)), _tag("quote")]
        yield annotation(quote.id, quote.spans, bodies)
    for claim in document.claims:
        bodies = [_describe(_claim_words(claim, names)), _tag("claim")]
        yield annotation(claim.id, claim.spans, bodies)
    for dispute in document.disputes:
        bodies = [_describe(_dispute_words(dispute, names, document)), _tag("dispute")]
        if dispute.claim_id:
            bodies.append(
                {"type": "SpecificResource", "source": ns + dispute.claim_id, "purpose": "linking"}
            )
        yield annotation(dispute.id, (dispute.evidence,), bodies)


def _target(text: str, source: str, span: Span) -> dict[str, Any]:
    prefix = text[max(0, span.start - CONTEXT_CHARACTERS) : span.start]
    suffix = text[span.end : span.end + CONTEXT_CHARACTERS]
    return {
        "source": source,
        "selector": [
            {"type": "TextQuoteSelector", "exact": span.text, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": span.start, "end": span.end},
        ],
    }


def _describe(words: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": words}


def _tag(kind: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": "tagging", "value": kind}


def _who(actor_id: str | None, names: dict[str, str]) -> str:
    return names[actor_id] if actor_id else "an unnamed source"


def _quote_words(quote: Quote, names: dict[str, str]) -> str:
    if not quote.kind.is_speech:
        return f"{quote.kind.value} in quotation marks, quoting nobody"
    words = f"{quote.kind.value} quote of {_who(quote.speaker, names)}"
    if quote.cue:
        words += f" ({quote.cue.text})"
    return words


def _claim_words(claim: Claim, names: dict[str, str]) -> str:
    words = f"claim of {_who(claim.claimant, names)}"
    if claim.cue:
        words += f" ({claim.cue.text})"
    return words


_NOUN = {
    Stance.DENY: "denial",
    Stance.REFUTE: "refutation",
    Stance.REJECT: "rejection",
    Stance.DISPUTE: "dispute",
    Stance.DISMISS: "dismissal",
}


def _dispute_words(dispute: Dispute, names: dict[str, str], document: Document) -> str:
    disputed = " ".join(span.text for span in dispute.disputed)
    if dispute.claim_id:
        claimant = document.claim(dispute.claim_id).claimant
        whose = f"a claim of {_who(claimant, names)}"
    else:
        whose = "a claim"
    words = f"{_NOUN[dispute.stance]} by {_who(dispute.disputant, names)} of {whose}"
    return f"{words}: {disputed}" if disputed else words
