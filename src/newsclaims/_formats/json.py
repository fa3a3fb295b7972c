"""Lossless conversion of documents and records to plain dicts, JSON and JSON Lines.

One cattrs converter owns the format (made on first use: a document is written without it,
by :mod:`newsclaims._formats.json_text`, which the tests hold to it). It is strict: unknown
keys, wrong types and missing fields are errors, never coerced, and every error names the
path of the bad field. A serialized document carries ``schema_version``; one written by a
newer newsclaims is refused before anything else is read. JSON text is parsed by
:func:`newsclaims._formats.strict_json.parse_json`, which refuses duplicate keys, lone
surrogates, endless numbers and endless nesting.

The codec knows nothing of how a run of documents is written around it (the writers'
:mod:`newsclaims._formats.output` builds on it, never the other way round).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, TypeVar

from newsclaims._errors import InputError, SchemaVersionError, ValidationError
from newsclaims._formats.json_text import document_json
from newsclaims._formats.strict_json import find_lone_surrogate, parse_json
from newsclaims._formats.upgrade import current_body
from newsclaims._model.document import Document

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "SCHEMA_VERSION",
    "from_dict",
    "from_json",
    "read_jsonl",
    "structure",
    "to_dict",
    "to_json",
    "unstructure",
    "write_jsonl",
]

#: The version of the serialized format, ``MAJOR.MINOR``. A minor version may add optional
#: fields; a reader refuses any document newer than itself, and reads every older one
#: (2.0 renamed fields of 1.x: see ``upgrade.py`` beside this module).
SCHEMA_VERSION = "2.0"

_T = TypeVar("_T")


def _strict(kind: type[_T]) -> Any:
    # cattrs's default hooks call str() or int() on anything; a reader must reject instead.
    def structure_exactly(value: object, _: object) -> _T:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"expected {kind.__name__}, got {_type_name(value)}")
        return value

    return structure_exactly


def _type_name(value: object) -> str:
    # JSON's null, not Python's NoneType: the reader of the message wrote JSON.
    return "null" if value is None else type(value).__name__


def _structure_tuple(value: object, cls: Any) -> tuple[Any, ...]:
    # Our tuples are all homogeneous, tuple[X, ...]; a string or a dict is not a list of X.
    if not isinstance(value, list | tuple):
        raise TypeError(f"expected a list, got {_type_name(value)}")
    (item_type, _) = cls.__args__
    return tuple(_converter().structure(value, list[item_type]))  # type: ignore[valid-type]


def _json_kind(value: object) -> str:
    """What a JSON reader calls the type of ``value``, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _structure_record(converter: cattrs.Converter, cls: Any) -> Any:
    # cattrs's own hook for a record reads fields with `in` and `[]`: given null or a number
    # it fails with a Python internal ("argument of type 'NoneType' is not iterable").
    import cattrs.gen

    structure_fields = cattrs.gen.make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )

    def structure_object(value: object, _: object) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_json_kind(value)}")
        return structure_fields(value, cls)

    return structure_object


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter, made on first use: importing cattrs and generating its hooks costs
    more than a short run of the command line spends on anything else but analysis."""
    import attrs
    import cattrs

    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    for kind in (str, int):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_structure_hook_factory(
        attrs.has, lambda cls: _structure_record(converter, cls)
    )
    converter.register_structure_hook_func(
        lambda t: getattr(t, "__origin__", None) is tuple, _structure_tuple
    )
    # JSON has no tuples: write lists, so that to_dict() output equals json.loads(to_json()).
    converter.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", None) is tuple,
        lambda value: [converter.unstructure(item) for item in value],
    )
    return converter


def unstructure(record: object) -> Any:
    """Any newsclaims record as plain dicts, lists, strings and numbers.

    >>> from newsclaims import Span
    >>> unstructure(Span(6, 10, "said"))
    {'start': 6, 'end': 10, 'text': 'said'}
    """
    return _converter().unstructure(record)


def structure(data: object, cls: type[_T]) -> _T:
    """Build a record of type ``cls`` from plain data, as :func:`unstructure` writes it.

    >>> from newsclaims import Span
    >>> structure({"start": 6, "end": 10, "text": "said"}, Span)
    Span(start=6, end=10, text='said')
    >>> structure({"start": 6, "end": "10", "text": "said"}, Span)
    Traceback (most recent call last):
    ...
    newsclaims.ValidationError: end: expected int, got str
    """
    try:
        return _converter().structure(data, cls)
    except ValidationError:
        raise
    except Exception as error:  # cattrs raises exception groups; we raise one documented type
        raise ValidationError(list(_problems(error, ""))) from error


def to_dict(document: Document) -> dict[str, Any]:
    """The document as a plain dict, with its ``schema_version`` first."""
    return {"schema_version": SCHEMA_VERSION, **_converter().unstructure(document)}


def from_dict(data: object) -> Document:
    """Read a document from a dict written by :func:`to_dict`.

    Raises :class:`SchemaVersionError` for a document of a newer format, and
    :class:`ValidationError` naming the path of every other problem.

    >>> from_dict({"schema_version": "9.0", "text": ""})
    Traceback (most recent call last):
    ...
    newsclaims.SchemaVersionError: schema_version: this document uses format 9.0, ...
    upgrade newsclaims to read it
    """
    return _from_dict(data, surrogates_checked=False)


def _from_dict(data: object, *, surrogates_checked: bool) -> Document:
    if not isinstance(data, dict):
        raise ValidationError([("", f"expected a JSON object, got {_type_name(data)}")])
    _check_version(data.get("schema_version"))
    # A lone surrogate is not text: no output could encode it, so it is refused here, at the
    # input, rather than when the document is written. (parse_json has looked already.)
    surrogate = None if surrogates_checked else find_lone_surrogate(data)
    if surrogate is not None:
        raise ValidationError([surrogate])
    return structure(current_body(data), Document)


def to_json(document: Document, *, indent: int | None = None) -> str:
    """The document as JSON text; characters outside ASCII are written as themselves.

    >>> doc = from_json(to_json(Document("“Hi,” he said.")))
    >>> doc.text
    '“Hi,” he said.'
    """
    if indent is None:
        return document_json(document, SCHEMA_VERSION)  # the same text, written faster
    return json.dumps(to_dict(document), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, *, source: str = "<string>") -> Document:
    """Read a document from JSON text written by :func:`to_json`.

    JSON that cannot be read raises :class:`InputError` saying where: malformed JSON (with
    the line where it broke), a key given twice in one object, a lone surrogate, a number
    too long or nesting too deep to read. A document that reads but is not valid raises
    :class:`ValidationError`.

    >>> from_json('{"schema_version": "1.0", "schema_version": "9.0", "text": ""}')
    Traceback (most recent call last):
    ...
    newsclaims.InputError: <string>: duplicate key 'schema_version' in one object
    """
    data = parse_json(text, source=source, surrogates=False)
    # A newer format is refused before any other check, even of the strings.
    if isinstance(data, dict):
        _check_version(data.get("schema_version"))
    surrogate = find_lone_surrogate(data)
    if surrogate is not None:
        path, problem = surrogate
        raise InputError(source, f"{path}: {problem}" if path else problem)
    return _from_dict(data, surrogates_checked=True)


def write_jsonl(documents: Iterable[Document], stream: IO[str]) -> int:
    """Write each document as one line of JSON to ``stream``; return how many were written.

    Documents are written as they come, so a long iterable is never held in memory.
    """
    count = 0
    for document in documents:
        stream.write(to_json(document) + "\n")
        count += 1
    return count


def read_jsonl(stream: Iterable[str], *, source: str = "<stream>") -> Iterator[Document]:
    """Read documents, one per line, from a stream written by :func:`write_jsonl`.

    Blank lines are skipped. A bad line raises :class:`InputError` (malformed JSON) or
    :class:`ValidationError` (a bad document) whose message starts with ``line N``.

    >>> import io
    >>> list(read_jsonl(io.StringIO('{"schema_version": "1.0", "text": 1}\\n')))
    Traceback (most recent call last):
    ...
    newsclaims.ValidationError: line 1: text: expected str, got int
    """
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            yield from_json(line, source=source)
        except InputError as error:
            raise InputError(source, error.message, line=number) from None
        except ValidationError as error:
            problems = [
                (f"line {number}: {path}" if path else f"line {number}", message)
                for path, message in error.problems
            ]
            raise type(error)(problems) from None


def _check_version(version: object) -> None:
    if version is None:
        raise ValidationError([("schema_version", "missing: not a newsclaims document?")])
    if not isinstance(version, str) or not _is_version(version):
        # repr() of any value read from JSON could be endless (or nested past the recursion
        # limit): show a string or a number, and only the kind of anything else.
        shown = _json_kind(version)
        if isinstance(version, str):
            shown = repr(version) if len(version) <= 20 else repr(version[:20]) + "…"
        elif isinstance(version, float) or (
            isinstance(version, int)
            and not isinstance(version, bool)
            and version.bit_length() < 64
        ):
            shown = repr(version)
        raise ValidationError([("schema_version", f"expected 'MAJOR.MINOR', got {shown}")])
    if _parse(version) > _parse(SCHEMA_VERSION):
        raise SchemaVersionError(
            [
                (
                    "schema_version",
                    f"this document uses format {version}, newer than {SCHEMA_VERSION}, "
                    "the newest this newsclaims reads; upgrade newsclaims to read it",
                )
            ]
        )


def _is_version(version: str) -> bool:
    parts = version.split(".")
    # A part of more digits than any version will have is refused before int() reads it.
    return len(parts) == 2 and all(p.isascii() and p.isdigit() and len(p) <= 9 for p in parts)


def _parse(version: str) -> tuple[int, int]:
    major, minor = version.split(".")
    return int(major), int(minor)


def _join(path: str, name: str) -> str:
    if not path:
        return name
    if not name:
        return path
    if name.startswith("["):
        return path + name
    return f"{path}.{name}"


def _problems(error: BaseException, path: str) -> Iterator[tuple[str, str]]:
    """Walk a cattrs exception group down to its leaves, keeping the path to each."""
    from cattrs.errors import (
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(error, ClassValidationError):
        with_notes, without = error.group_exceptions()
        for sub, note in with_notes:
            yield from _problems(sub, _join(path, note.name))
        for sub in without:
            yield from _problems(sub, path)
    elif isinstance(error, IterableValidationError):
        with_index, without = error.group_exceptions()
        for sub, index_note in with_index:
            yield from _problems(sub, f"{path}[{index_note.index}]")
        for sub in without:
            yield from _problems(sub, path)
    elif isinstance(error, ValidationError):
        for inner, message in error.problems:
            yield _join(path, inner), message
    elif isinstance(error, ForbiddenExtraKeysError):
        yield path, f"unknown field(s): {', '.join(sorted(error.extra_fields))}"
    elif isinstance(error, KeyError):
        yield path, "required field missing"
    elif isinstance(error, BaseExceptionGroup):
        for member in error.exceptions:
            yield from _problems(member, path)
    else:
        yield path, str(error) or type(error).__name__
