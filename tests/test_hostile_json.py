"""Hostile JSON: whatever a line holds, reading it gives a Document or a typed error.

Issue 18: ``from_json("[" * 2000)`` raised a bare RecursionError, a number of more than
4,300 digits a bare ValueError (also as ``schema_version``), duplicate keys were read with
the last one winning, and ``"\\ud800"`` was accepted only to break every output later. The
property draws JSON text shaped like a document with hostile parts put anywhere, written by
hand so that it can hold what ``json.dumps`` never writes (duplicate keys, endless numbers).
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims import (
    Document,
    InputError,
    SchemaVersionError,
    ValidationError,
    from_json,
    read_jsonl,
    to_json,
)
from newsclaims._cli.sources import Failure, Source, _jsonl_source

# A JSON object is a list of (key, value) pairs here, so that a key may come twice.
Pairs = list[tuple[str, Any]]


class Raw(str):
    """JSON text written as it is (a number of any length, NaN, a nest of brackets)."""


def _write(value: object) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(p, Pair) for p in value):
        return "{" + ", ".join(f"{_write(p.key)}: {_write(p.value)}" for p in value) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_write(item) for item in value) + "]"
    # ensure_ascii writes a lone surrogate as the escape "\udXXX", as a hostile writer would.
    return json.dumps(value, ensure_ascii=True)


class Pair:
    def __init__(self, key: str, value: object) -> None:
        self.key, self.value = key, value


FIELDS = [
    "schema_version",
    "text",
    "metadata",
    "actors",
    "quotes",
    "claims",
    "disputes",
    "id",
    "title",
    "spans",
    "start",
    "end",
    "speaker",
    "kind",
    "mentions",
]

surrogate_text = st.lists(
    st.one_of(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), st.sampled_from("ab“")),
    min_size=1,
    max_size=6,
).map("".join)

hostile_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    surrogate_text,
    st.integers(min_value=4290, max_value=6000).map(lambda n: Raw("7" * n)),
    st.sampled_from([Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1e999")]),
    st.integers(min_value=1, max_value=5000).map(lambda n: Raw("[" * n + "]" * n)),
    st.integers(min_value=1, max_value=3000).map(lambda n: Raw("[" * n)),
    st.integers(min_value=1, max_value=3000).map(lambda n: Raw('{"a":' * n + "1" + "}" * n)),
    st.sampled_from(["1.0", "9.0", "1", "1.0.0", "00000000001.0", "1" * 5000 + ".0"]),
)

hostile_value = st.recursive(
    hostile_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.lists(st.builds(Pair, st.sampled_from(FIELDS), inner), min_size=1, max_size=4),
    ),
    max_leaves=12,
)


@st.composite
def hostile_documents(draw: st.DrawFn) -> str:
    """A document-shaped object: a version and a text, then any fields, repeats allowed."""
    pairs = [Pair("schema_version", draw(st.sampled_from(["1.0", "0.9", Raw("1.0")])))]
    pairs.append(Pair("text", draw(st.one_of(st.text(max_size=20), surrogate_text))))
    pairs.extend(draw(st.lists(st.builds(Pair, st.sampled_from(FIELDS), hostile_value))))
    order = draw(st.permutations(range(len(pairs))))
    return _write([pairs[i] for i in order])


hostile_lines = st.one_of(hostile_documents(), hostile_value.map(_write))


@given(hostile_lines)
@settings(max_examples=400, deadline=None)
def test_from_json_gives_a_document_or_a_typed_error(text: str) -> None:
    try:
        document = from_json(text)
    except (InputError, ValidationError) as error:  # anything else fails the test
        _check_message(str(error))
    else:
        # A document that was read can always be written again: nothing fails at output.
        to_json(document).encode("utf-8")
        assert from_json(to_json(document)) == document


@given(st.lists(hostile_lines, max_size=4))
@settings(max_examples=150, deadline=None)
def test_read_jsonl_gives_documents_or_a_typed_error(lines: list[str]) -> None:
    stream = io.StringIO("".join(line.replace("\n", " ") + "\n" for line in lines))
    try:
        for document in read_jsonl(stream):
            to_json(document).encode("utf-8")
    except (InputError, ValidationError) as error:
        _check_message(str(error))


@given(hostile_lines)
@settings(max_examples=300, deadline=None)
def test_the_command_lines_reader_gives_a_source_or_a_failure(text: str) -> None:
    outcome = _jsonl_source(text.encode("utf-8", "surrogatepass") + b"\n", "f.jsonl:1", None)
    assert isinstance(outcome, Source | Failure)
    if isinstance(outcome, Source):
        outcome.text.encode("utf-8")  # no lone surrogate gets through to the analysis
        for value in (outcome.metadata.title, outcome.metadata.url, outcome.metadata.id):
            assert value is None or value.encode("utf-8")
    else:
        _check_message(outcome.message)


def _check_message(message: str) -> None:
    """A typed error speaks of the input, not of Python's internals, and stays short."""
    for internal in (
        "NoneType",
        "is not iterable",
        "has no attribute",
        "not subscriptable",
        "unhashable",
        "maximum recursion",
        "Exceeds the limit",
    ):
        assert internal not in message, message
    assert len(message) < 2000


# The cases of the issue, each named.


def test_deep_nesting_is_an_input_error() -> None:
    with pytest.raises(InputError, match="nested too deeply"):
        from_json("[" * 2000)


def test_a_number_too_long_is_an_input_error() -> None:
    with pytest.raises(InputError, match="5000 digits"):
        from_json('{"schema_version": "1.0", "text": "", "x": ' + "1" * 5000 + "}")


@pytest.mark.parametrize("version", ["1" * 5000, '"' + "1" * 5000 + '.0"'])
def test_a_schema_version_too_long_is_refused(version: str) -> None:
    with pytest.raises((InputError, ValidationError), match=r"digits|MAJOR\.MINOR"):
        from_json('{"schema_version": ' + version + ', "text": ""}')


def test_a_schema_version_given_twice_is_refused() -> None:
    # The last one used to win: a newer document read as an old one.
    with pytest.raises(InputError, match="duplicate key 'schema_version'"):
        from_json('{"schema_version": "9.0", "schema_version": "1.0", "text": ""}')


def test_any_key_given_twice_is_refused() -> None:
    with pytest.raises(InputError, match="duplicate key 'text'"):
        from_json('{"schema_version": "1.0", "text": "a", "text": "b"}')


def test_a_lone_surrogate_is_refused_with_its_place() -> None:
    document = json.loads(to_json(Document("“Hi,” she said.")))
    document["metadata"]["title"] = "ok\ud800"
    with pytest.raises(InputError) as info:
        from_json(json.dumps(document))
    assert "metadata.title: a lone surrogate (U+D800) at character 2" in str(info.value)


def test_a_surrogate_pair_written_as_escapes_is_text() -> None:
    # json.dumps(ensure_ascii=True) writes 😀 as "\ud83d\ude00": a pair, not lone surrogates.
    text = json.dumps({"schema_version": "1.0", "text": "Hi 😀"}, ensure_ascii=True)
    assert from_json(text).text == "Hi 😀"


@pytest.mark.parametrize(
    "body", ['"text": 5, "quotes": null', '"text": "a \\ud800 surrogate", "new_field": 1']
)
def test_a_newer_version_still_comes_first(body: str) -> None:
    # CLARIFICATIONS: a newer document is refused, saying upgrade, before any other check.
    with pytest.raises(SchemaVersionError):
        from_json('{"schema_version": "9.0", ' + body + "}")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("metadata", None, "metadata: expected an object, got null"),
        ("metadata", [1], "metadata: expected an object, got a list"),
        ("quotes", [None], "quotes[0]: expected an object, got null"),
        ("quotes", [5], "quotes[0]: expected an object, got a number"),
        ("actors", [{"id": "a", "name": None, "kind": "person"}], "expected str, got null"),
    ],
)
def test_wrong_types_are_named_not_pythons_internals(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        from_json(json.dumps({"schema_version": "1.0", "text": "a", field: value}))
    assert message in str(info.value)
    _check_message(str(info.value))
