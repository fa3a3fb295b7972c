"""Offline JSON-LD processing for the tests: bundled contexts and the schema.org vocabulary.

The tests run without a network, so pyld gets a document loader that serves the context
documents bundled under ``tests/data/`` (see ``tests/data/README.md`` for where each came
from) and refuses every other URL.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any

from pyld import jsonld  # type: ignore[import-untyped]

DATA = Path(__file__).parent / "data"

SCHEMA = "http://schema.org/"

_CONTEXTS = {
    "https://schema.org": "schemaorg-context.jsonld",
    "https://schema.org/": "schemaorg-context.jsonld",
    "http://schema.org": "schemaorg-context.jsonld",
    "http://schema.org/": "schemaorg-context.jsonld",
    "http://www.w3.org/ns/anno.jsonld": "anno.jsonld",
    "https://www.w3.org/ns/anno.jsonld": "anno.jsonld",
}


class OfflineError(LookupError):
    """A JSON-LD document asked for a context that is not bundled."""


@cache
def _context_document(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def offline_loader(url: str, options: object = None) -> dict[str, Any]:
    """A pyld document loader that serves the bundled contexts and nothing else."""
    if url not in _CONTEXTS:
        raise OfflineError(f"no bundled copy of {url}; the tests never use the network")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": _context_document(_CONTEXTS[url]),
    }


def expand(document: Any) -> list[dict[str, Any]]:
    """``document`` in JSON-LD expanded form, its contexts loaded offline."""
    expanded: list[dict[str, Any]] = jsonld.expand(document, {"documentLoader": offline_loader})
    return expanded


def context_terms(name: str) -> set[str]:
    """The terms a bundled context document defines."""
    context: dict[str, Any] = _context_document(name)["@context"]
    return set(context)


class Vocabulary:
    """The schema.org classes and properties, read from the bundled vocabulary file."""

    def __init__(self, graph: list[dict[str, Any]]) -> None:
        self._parents: dict[str, set[str]] = {}
        self._domains: dict[str, set[str]] = {}
        for node in graph:
            name = _local(node["@id"])
            kinds = _ids(node.get("@type"))
            if "rdfs:Class" in kinds or "rdfs:subClassOf" in node:
                self._parents[name] = {_local(p) for p in _ids(node.get("rdfs:subClassOf"))}
            if "rdf:Property" in kinds:
                self._domains[name] = {_local(d) for d in _ids(node.get("schema:domainIncludes"))}

    def is_class(self, name: str) -> bool:
        """True if schema.org defines the class ``name``."""
        return name in self._parents

    def ancestors(self, name: str) -> set[str]:
        """The class and every class it is a subclass of."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(self._parents.get(current, ()))
        return seen

    def allows(self, class_name: str, property_name: str) -> bool:
        """True if ``property_name`` is defined for ``class_name`` or a class above it."""
        domains = self._domains.get(property_name)
        return domains is not None and bool(domains & self.ancestors(class_name))


@cache
def schema_org() -> Vocabulary:
    """The schema.org vocabulary of the bundled release."""
    with gzip.open(DATA / "schemaorg-current-https.jsonld.gz", "rt", encoding="utf-8") as f:
        graph: list[dict[str, Any]] = json.load(f)["@graph"]
    return Vocabulary(graph)


def _local(iri: str) -> str:
    for prefix in ("schema:", "http://schema.org/", "https://schema.org/"):
        if iri.startswith(prefix):
            return iri[len(prefix) :]
    return iri


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [item["@id"] if isinstance(item, dict) else item for item in items]
