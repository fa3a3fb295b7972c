"""Offline JSON-LD processing for the tests: the bundled contexts and the schema.org vocabulary.

The tests run without a network: pyld gets newsclaims' own document loader, which serves the
contexts shipped in the package (``src/newsclaims/contexts/``, see the README there) and
refuses every other URL. The schema.org vocabulary the tests check properties against lives in
``tests/data/`` (see ``tests/data/README.md``).
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any

from pyld import jsonld  # type: ignore[import-untyped]

from newsclaims import jsonld_document_loader
from newsclaims._formats.contexts import _context

DATA = Path(__file__).parent / "data"

SCHEMA = "http://schema.org/"

offline_loader = jsonld_document_loader()


def expand(document: Any) -> list[dict[str, Any]]:
    """``document`` in JSON-LD expanded form, its contexts loaded offline."""
    expanded: list[dict[str, Any]] = jsonld.expand(document, {"documentLoader": offline_loader})
    return expanded


def context_terms(name: str) -> set[str]:
    """The terms a bundled context document defines."""
    context: dict[str, Any] = _context(name)["@context"]
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
