"""schema.org JSON-LD output: valid JSON-LD, only schema.org terms, every reference resolved."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from linked_data import SCHEMA, expand, schema_org
from newsclaims import Dispute, Document, Metadata, Quote, Span, to_jsonld, write_jsonld
from seed_reading import build_seed_reading as kursk_reading

KURSK = kursk_reading()
WITH_METADATA = attrs.evolve(
    KURSK,
    metadata=Metadata(
        id="kursk",
        title="Putin claims Kursk retaken; Kyiv denies it",
        url="https://example.com/world/kursk",
        publisher="Example News",
        published="2025-04-26",
        language="en",
    ),
)


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every node object in expanded JSON-LD, at any depth."""
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item)
    elif isinstance(value, dict) and "@value" not in value:
        yield value
        for key, item in value.items():
            # A url's value is a link to the web, not a node that the output must hold.
            if not key.startswith("@") and key != SCHEMA + "url":
                yield from _nodes(item)


def _is_reference(node: dict[str, Any]) -> bool:
    return set(node) == {"@id"}


def _problems(document: dict[str, Any]) -> list[str]:
    """Every way ``document`` breaks the rules of issue 5 for schema.org output."""
    vocabulary = schema_org()
    problems = []
    expanded = expand(document)
    defined = {node["@id"] for node in expanded if "@id" in node}
    for node in _nodes(expanded):
        if _is_reference(node):
            if node["@id"] not in defined:
                problems.append(f"{node['@id']}: referenced but not in the output")
            continue
        types = [t.removeprefix(SCHEMA) for t in node.get("@type", [])]
        if not types:
            problems.append(f"{node.get('@id', 'a node')}: no @type")
            continue
        for kind in types:
            if not vocabulary.is_class(kind):
                problems.append(f"{kind}: not a schema.org type")
        for key in node:
            if key.startswith("@"):
                continue
            name = key.removeprefix(SCHEMA)
            if not any(vocabulary.allows(kind, name) for kind in types):
                problems.append(f"{name}: not a property of {types}")
    return problems


NO_SCHEME = attrs.evolve(KURSK, metadata=Metadata(url="example.com/world/kursk"))


@pytest.mark.parametrize(
    "document", [KURSK, WITH_METADATA, NO_SCHEME], ids=["no-url", "metadata", "url-no-scheme"]
)
def test_output_uses_schema_org_as_defined(document: Document) -> None:
    assert _problems(to_jsonld(document)) == []


def test_the_checker_catches_what_schema_org_does_not_define() -> None:
    # The check above would pass vacuously if it saw nothing: show that it can fail.
    bad = to_jsonld(KURSK)
    quotation = next(n for n in bad["@graph"] if n["@type"] == "Quotation")
    quotation["author"] = {"@id": "urn:nowhere#nobody"}  # allowed, but names nobody here
    quotation["jobTitle"] = "Speaker"  # a Person's property, not a Quotation's
    bad["@graph"].append({"@id": "urn:x#y", "name": "no type"})
    bad["@graph"].append({"@id": "urn:x#z", "@type": "Dispute"})
    assert sorted(_problems(bad)) == [
        "Dispute: not a schema.org type",
        "jobTitle: not a property of ['Quotation']",
        "urn:nowhere#nobody: referenced but not in the output",
        "urn:x#y: no @type",
    ]


def test_every_record_has_its_node() -> None:
    graph = to_jsonld(WITH_METADATA)["@graph"]
    types = [node["@type"] for node in graph]
    assert types.count("NewsArticle") == 1
    assert types.count("Person") + types.count("Organization") == len(KURSK.actors)
    assert types.count("Quotation") == len(KURSK.quotes)
    assert types.count("Claim") == len(KURSK.claims)
    assert types.count("DisagreeAction") == len(KURSK.disputes)


def test_article_carries_the_metadata() -> None:
    article = to_jsonld(WITH_METADATA)["@graph"][0]
    assert article == {
        "@id": "https://example.com/world/kursk",
        "@type": "NewsArticle",
        "headline": "Putin claims Kursk retaken; Kyiv denies it",
        "url": "https://example.com/world/kursk",
        "identifier": "kursk",
        "publisher": {"@type": "Organization", "name": "Example News"},
        "datePublished": "2025-04-26",
        "inLanguage": "en",
        "text": KURSK.text,
    }


def test_a_quotation_names_its_speaker_and_article() -> None:
    graph = {node["@id"]: node for node in to_jsonld(WITH_METADATA)["@graph"]}
    quotation = next(n for n in graph.values() if n["@type"] == "Quotation")
    speaker = graph[quotation["spokenByCharacter"]["@id"]]
    assert (speaker["@type"], speaker["name"]) == ("Person", "Vladimir Putin")
    assert quotation["creator"] == quotation["spokenByCharacter"]
    assert quotation["isPartOf"] == {"@id": "https://example.com/world/kursk"}
    assert quotation["text"] == "The Kyiv regime’s adventure has completely failed,"


def test_a_dispute_is_a_disagreement_with_the_claim() -> None:
    graph = {node["@id"]: node for node in to_jsonld(KURSK)["@graph"]}
    action = next(n for n in graph.values() if n["@type"] == "DisagreeAction")
    assert graph[action["agent"]["@id"]]["name"] == "Kyiv"
    claim = graph[action["object"]["@id"]]
    assert claim["@type"] == "Claim"
    assert graph[claim["author"]["@id"]]["name"] == "Vladimir Putin"
    assert action["name"] == "deny"


def test_a_dispute_without_a_claim_disagrees_with_its_words() -> None:
    text = "Lee denied that taxes rose."
    denial = Dispute(
        id="d-1",
        stance="deny",
        cue=Span.of(text, 4, 10),
        evidence=Span.of(text, 0, 26),
        disputed=(Span.of(text, 16, 26),),
    )
    dispute_only = Document(text, disputes=(denial,))
    graph = to_jsonld(dispute_only)
    assert _problems(graph) == []
    nodes = {node["@id"]: node for node in graph["@graph"]}
    action = next(n for n in nodes.values() if n["@type"] == "DisagreeAction")
    assert nodes[action["object"]["@id"]]["text"] == "taxes rose"


def test_only_speech_becomes_a_quotation() -> None:
    text = "He read “War and Peace” twice."
    title = Quote(id="q-title", spans=(Span.of(text, 9, 22),), kind="title")
    graph = to_jsonld(Document(text, quotes=(title,)))["@graph"]
    assert [node["@type"] for node in graph] == ["NewsArticle"]


def test_stream_of_documents_is_one_valid_json_ld_document() -> None:
    stream = io.StringIO()
    assert write_jsonld([KURSK, WITH_METADATA], stream) == 2
    written = json.loads(stream.getvalue())
    assert written["@graph"] == to_jsonld(KURSK)["@graph"] + to_jsonld(WITH_METADATA)["@graph"]
    assert _problems(written) == []


def test_no_documents_is_an_empty_graph() -> None:
    stream = io.StringIO()
    assert write_jsonld([], stream) == 0
    assert json.loads(stream.getvalue()) == {"@context": "https://schema.org", "@graph": []}
