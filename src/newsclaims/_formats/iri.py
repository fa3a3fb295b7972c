"""IRIs that name a document and its records in the linked-data formats (JSON-LD, annotations)."""

from __future__ import annotations

import regex

from newsclaims._model.document import Document
from newsclaims._model.ids import record_id

__all__ = ["document_iri", "record_namespace"]

# RFC 3986: a scheme is a letter, then letters, digits, "+", "-" or ".", then a colon.
_SCHEME = regex.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


def document_iri(document: Document) -> str:
    """The IRI of the article: its URL when known, else a URN derived from its content.

    The URN hashes the text (and the URL, had there been one), so the same article gets the
    same IRI on every run and every machine.

    >>> from newsclaims import Metadata
    >>> document_iri(Document("Hi.", Metadata(url="https://example.com/a")))
    'https://example.com/a'
    >>> document_iri(Document("Hi."))
    'urn:newsclaims:doc-...'

    A URL without a scheme ("example.com/a") is no IRI, and would resolve against whatever
    base a reader assumes: the URN stands in for it too.

    >>> document_iri(Document("Hi.", Metadata(url="example.com/a")))
    'urn:newsclaims:doc-...'
    """
    url = document.metadata.url
    if url and _SCHEME.match(url):
        return url
    return f"urn:newsclaims:{_content_id(document)}"


def record_namespace(document: Document) -> str:
    """The prefix of the IRIs of ``document``'s records: append a record's id to name it.

    Records are named under newsclaims' own URN, never under the publisher's URL, so that a
    graph merging many outputs never mistakes our statements for the publisher's pages.

    >>> record_namespace(Document("Hi.")) + "q-1"
    'urn:newsclaims:doc-...#q-1'
    """
    return f"urn:newsclaims:{_content_id(document)}#"


def _content_id(document: Document) -> str:
    return record_id("doc", document.metadata.url or "", document.text)
