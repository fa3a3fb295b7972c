"""W3C Web Annotation output: what the data model requires, and selectors that anchor."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from linked_data import context_terms, expand
from newsclaims import (
    ANNOTATION_CONTEXT,
    Document,
    Metadata,
    Quote,
    Span,
    to_annotations,
    to_jsonld,
    write_annotations,
)
from seed_reading import build_seed_reading as kursk_reading

KURSK = kursk_reading()
OA = "http://www.w3.org/ns/oa#"
TERMS = context_terms("anno.jsonld")


def _targets(annotation: dict[str, Any]) -> list[dict[str, Any]]:
    target = annotation["target"]
    return target if isinstance(target, list) else [target]


def _keys_and_names(value: Any) -> Iterator[str]:
    """Every key, and every value of ``type``, ``motivation`` and ``purpose``, at any depth."""
    if isinstance(value, list):
        for item in value:
            yield from _keys_and_names(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            if key in ("type", "motivation", "purpose"):
                yield from item if isinstance(item, list) else [item]
            else:
                yield from _keys_and_names(item)


def _model_problems(annotation: dict[str, Any], text: str) -> list[str]:
    """What ``annotation`` breaks of the data model's MUSTs, and of the text it anchors in."""
    problems = []
    if annotation.get("@context") != ANNOTATION_CONTEXT:
        problems.append("@context must be the Web Annotation context")
    if ":" not in annotation.get("id", ""):
        problems.append("id must be an IRI")
    if annotation.get("type") != "Annotation":
        problems.append("type must be Annotation")
    unknown = set(_keys_and_names(annotation)) - TERMS - {"@context"}
    if unknown:
        problems.append(f"terms the context does not define: {sorted(unknown)}")
    if "target" not in annotation:
        return [*problems, "no target"]
    for target in _targets(annotation):
        if ":" not in target.get("source", ""):
            problems.append("target source must be an IRI")
        selectors = {s["type"]: s for s in target.get("selector", [])}
        quote = selectors.get("TextQuoteSelector")
        position = selectors.get("TextPositionSelector")
        if quote is None or position is None:
            problems.append("target needs a TextQuoteSelector and a TextPositionSelector")
            continue
        start, end = position["start"], position["end"]
        if text[start:end] != quote["exact"]:
            problems.append(f"[{start}, {end}) does not hold {quote['exact']!r}")
        if not text[:start].endswith(quote["prefix"]) or not text[end:].startswith(
            quote["suffix"]
        ):
            problems.append(f"prefix or suffix of {quote['exact']!r} is not around it")
    return problems


def test_one_annotation_per_record() -> None:
    annotations = to_annotations(KURSK)
    ids = [r.id for r in KURSK.quotes] + [r.id for r in KURSK.claims]
    ids += [r.id for r in KURSK.disputes]
    assert [a["id"].rsplit("#annotation-", 1)[1] for a in annotations] == ids


def test_every_annotation_meets_the_data_model() -> None:
    for annotation in to_annotations(KURSK):
        assert _model_problems(annotation, KURSK.text) == [], annotation["id"]


def test_the_checker_catches_a_broken_annotation() -> None:
    annotation = to_annotations(KURSK)[0]
    broken = dict(annotation, type="Note", colour="red")
    target = _targets(broken)[0]
    target["selector"] = [target["selector"][0]]
    assert _model_problems(broken, KURSK.text) == [
        "type must be Annotation",
        "terms the context does not define: ['Note', 'colour']",
        "target needs a TextQuoteSelector and a TextPositionSelector",
    ]


def test_expands_to_the_annotation_vocabulary() -> None:
    # Expansion with the real context is what a consumer sees: the target, its source and
    # both selectors must come through as oa: terms, nothing lost.
    [expanded] = expand(to_annotations(KURSK)[0])
    assert expanded["@type"] == [OA + "Annotation"]
    [target] = expanded[OA + "hasTarget"]
    assert target[OA + "hasSource"] == [{"@id": "urn:" + _document_urn()}]
    selectors = {s["@type"][0]: s for s in target[OA + "hasSelector"]}
    quote = selectors[OA + "TextQuoteSelector"]
    position = selectors[OA + "TextPositionSelector"]
    assert quote[OA + "exact"] == [{"@value": KURSK.quotes[0].text}]
    assert position[OA + "start"][0]["@value"] == KURSK.quotes[0].spans[0].start
    assert expanded[OA + "motivatedBy"] == [{"@id": OA + "describing"}]


def _document_urn() -> str:
    source: str = to_annotations(KURSK)[0]["target"]["source"]
    return source.removeprefix("urn:")


def test_target_is_the_article_url_when_known() -> None:
    with_url = attrs.evolve(KURSK, metadata=Metadata(url="https://example.com/kursk"))
    for annotation in to_annotations(with_url):
        assert {t["source"] for t in _targets(annotation)} == {"https://example.com/kursk"}
        assert annotation["id"].startswith("urn:newsclaims:")


def test_a_dispute_links_to_its_claim() -> None:
    annotations = {a["id"]: a for a in to_annotations(KURSK)}
    dispute = annotations[next(i for i in annotations if "#annotation-d-" in i)]
    [link] = [b for b in dispute["body"] if b.get("purpose") == "linking"]
    assert link["source"].endswith("#" + KURSK.claims[0].id)
    claim = annotations[link["source"].replace("#", "#annotation-")]
    assert {"type": "TextualBody", "purpose": "tagging", "value": "claim"} in claim["body"]
    describing = next(b for b in dispute["body"] if b.get("purpose") == "describing")
    assert describing["value"] == (
        "denial by Kyiv of a claim of Vladimir Putin: his troops have regained control of Kursk"
    )


def test_a_split_quote_has_a_target_per_piece() -> None:
    text = "“We are ready,” Lee said, “and willing.”"
    quote = Quote(id="q-1", spans=(Span.of(text, 1, 14), Span.of(text, 27, 39)), kind="direct")
    [annotation] = to_annotations(Document(text, quotes=(quote,)))
    assert [t["selector"][0]["exact"] for t in _targets(annotation)] == [
        "We are ready,",
        "and willing.",
    ]
    assert _model_problems(annotation, text) == []


def test_written_as_json_lines() -> None:
    stream = io.StringIO()
    assert write_annotations([KURSK, KURSK], stream) == 2
    lines = stream.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == to_annotations(KURSK) * 2


@given(
    st.text(min_size=1, max_size=200),
    st.integers(min_value=0, max_value=199),
    st.integers(min_value=1, max_value=50),
)
def test_selectors_anchor_in_any_text(text: str, start: int, length: int) -> None:
    start = min(start, len(text) - 1)
    end = min(start + length, len(text))
    quote = Quote(id="q-1", spans=(Span.of(text, start, end),), kind="direct")
    [annotation] = to_annotations(Document(text, quotes=(quote,)))
    assert _model_problems(annotation, text) == []


def test_links_name_the_claims_of_the_json_ld_output() -> None:
    claims = {n["@id"] for n in to_jsonld(KURSK)["@graph"] if n["@type"] == "Claim"}
    links = {
        body["source"]
        for annotation in to_annotations(KURSK)
        for body in annotation["body"]
        if body.get("purpose") == "linking"
    }
    assert links
    assert links <= claims
