"""schema.org JSON-LD: the article, its speakers, their quotations, claims and disagreements.

The mapping uses only what schema.org defines (see ``docs/formats.md``):

- the article is a ``NewsArticle`` (``headline``, ``text``, ``url`` when it has a scheme,
  ``publisher``, ``datePublished``, ``inLanguage``, ``identifier``);
- an actor is a ``Person`` (``jobTitle``, ``affiliation``) or, for every other kind, an
  ``Organization`` (``parentOrganization``, and a ``description`` naming the kind);
- a quote of speech is a ``Quotation`` with ``text``, ``spokenByCharacter`` and ``creator``
  (both the speaker) and ``isPartOf`` the article; scare quotes, titles and nicknames quote
  nobody and are left out;
- a claim is a ``Claim`` with ``text``, ``author``, ``appearance`` (the article) and
  ``hasPart`` for the quotations inside it;
- a dispute is a ``DisagreeAction``: its ``agent`` disagrees with its ``object``, the disputed
  ``Claim``; ``name`` is the stance, ``description`` the passage that shows it, and
  ``subjectOf`` the article that reports it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from newsclaims._formats.iri import document_iri, record_namespace
from newsclaims._formats.output import Output
from newsclaims._model.document import Document
from newsclaims._model.records import Actor, ActorKind, Claim, Dispute, Quote

__all__ = ["SCHEMA_ORG_CONTEXT", "to_jsonld", "write_jsonld"]

#: The JSON-LD context of every document this module writes.
SCHEMA_ORG_CONTEXT = "https://schema.org"

Node = dict[str, Any]


def to_jsonld(document: Document) -> dict[str, Any]:
    """The document as one schema.org JSON-LD document: a ``@graph`` of its nodes.

    >>> from newsclaims import Metadata
    >>> doc = to_jsonld(Document("Hi.", Metadata(url="https://example.com/a", title="Hi")))
    >>> doc["@context"], doc["@graph"][0]["@type"], doc["@graph"][0]["headline"]
    ('https://schema.org', 'NewsArticle', 'Hi')
    """
    return {"@context": SCHEMA_ORG_CONTEXT, "@graph": list(jsonld_nodes(document))}


def write_jsonld(documents: Iterable[Document], stream: IO[str]) -> int:
    """Write the documents to ``stream`` as one JSON-LD document; return how many were written.

    All the documents' nodes share one ``@graph``, written one node a line as each document
    comes, so a long run never holds more than one document in memory.
    """
    return JSONLD_OUTPUT.write_documents(documents, stream)


def _jsonld_piece(document: Document) -> str:
    return ",\n".join(json.dumps(node, ensure_ascii=False) for node in jsonld_nodes(document))


#: The JSON-LD format as the command line writes it: one ``@graph`` for every document.
JSONLD_OUTPUT = Output(
    render=_jsonld_piece,
    head=f'{{"@context": {json.dumps(SCHEMA_ORG_CONTEXT)}, "@graph": [',
    first="\n",
    separator=",\n",
    tail="\n]}\n",
)


def jsonld_nodes(document: Document) -> Iterable[Node]:
    """The nodes of one document: the article, then actors, quotations, claims, disputes."""
    article = document_iri(document)
    ns = record_namespace(document)
    quoted = {q.id for q in document.quotes if q.kind.is_speech}
    yield _article(document, article)
    for actor in document.actors:
        yield _actor(actor, ns)
    for quote in document.quotes:
        if quote.id in quoted:
            yield _quotation(quote, ns, article)
    for claim in document.claims:
        yield _claim(claim, ns, article, quoted)
    for dispute in document.disputes:
        yield from _disagreement(dispute, ns, article)


def _ref(iri: str) -> Node:
    return {"@id": iri}


def _article(document: Document, iri: str) -> Node:
    meta = document.metadata
    node: Node = {"@id": iri, "@type": "NewsArticle"}
    if meta.title:
        node["headline"] = meta.title
    if meta.url and meta.url == iri:
        # Only a URL with a scheme: any other would resolve against the reader's base.
        node["url"] = meta.url
    if meta.id:
        node["identifier"] = meta.id
    if meta.publisher:
        node["publisher"] = {"@type": "Organization", "name": meta.publisher}
    if meta.published:
        node["datePublished"] = meta.published
    if meta.language:
        node["inLanguage"] = meta.language
    node["text"] = document.text
    return node


# Organization has no "person" flavour and Person no "organization" one: every kind that is
# not a person is an organization to schema.org, with the kind kept in its description.
_KIND_DESCRIPTION = {
    ActorKind.ORGANIZATION: "organization",
    ActorKind.GOVERNMENT: "government",
    ActorKind.COUNTRY: "country",
    ActorKind.GROUP: "group",
    ActorKind.ANONYMOUS: "anonymous source",
    ActorKind.PUBLICATION: "publication",
    ActorKind.UNKNOWN: "unknown kind of source",
}


def _actor(actor: Actor, ns: str) -> Node:
    if actor.kind is ActorKind.PERSON:
        node: Node = {"@id": ns + actor.id, "@type": "Person", "name": actor.name}
        if actor.title:
            node["jobTitle"] = actor.title
        if actor.affiliation:
            node["affiliation"] = {"@type": "Organization", "name": actor.affiliation}
        return node
    node = {"@id": ns + actor.id, "@type": "Organization", "name": actor.name}
    node["description"] = _KIND_DESCRIPTION[actor.kind]
    if actor.affiliation:
        node["parentOrganization"] = {"@type": "Organization", "name": actor.affiliation}
    return node


def _quotation(quote: Quote, ns: str, article: str) -> Node:
    node: Node = {"@id": ns + quote.id, "@type": "Quotation", "text": quote.text}
    if quote.speaker:
        node["spokenByCharacter"] = _ref(ns + quote.speaker)
        node["creator"] = _ref(ns + quote.speaker)
    node["isPartOf"] = _ref(article)
    return node


def _claim(claim: Claim, ns: str, article: str, quoted: set[str]) -> Node:
    node: Node = {"@id": ns + claim.id, "@type": "Claim", "text": claim.text}
    if claim.claimant:
        node["author"] = _ref(ns + claim.claimant)
    node["appearance"] = _ref(article)
    parts = [_ref(ns + q) for q in claim.quote_ids if q in quoted]
    if parts:
        node["hasPart"] = parts
    return node


def _disagreement(dispute: Dispute, ns: str, article: str) -> Iterable[Node]:
    action: Node = {
        "@id": ns + dispute.id,
        "@type": "DisagreeAction",
        "name": dispute.stance.value,
        "description": dispute.evidence.text,
    }
    if dispute.disputant:
        action["agent"] = _ref(ns + dispute.disputant)
    if dispute.claim_id:
        action["object"] = _ref(ns + dispute.claim_id)
    else:
        # No extracted claim: the disputed words stand as a claim of their own, by nobody.
        target = ns + dispute.id + "-disputed"
        action["object"] = _ref(target)
        yield {
            "@id": target,
            "@type": "Claim",
            "text": " ".join(span.text for span in dispute.disputed),
            "appearance": _ref(article),
        }
    action["subjectOf"] = _ref(article)
    yield action
