"""Where documents come from: text files, JSON Lines of articles, folders of both, stdin.

A plain text file is one document, read as UTF-8 (a byte order mark is dropped) with its
line ends kept as they are, so that offsets count the characters of the file. A JSON Lines
file holds one article per line, as article extractors write them: a ``text`` field and
metadata, mapped by :func:`metadata_from_record`. A folder stands for every ``*.txt`` and
``*.jsonl`` file under it, at any depth, in sorted order; ``-`` is standard input.

Reading never stops at a bad document: each one becomes a :class:`Failure` naming its file
and line, in its place among the others, and the caller decides what to do.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from newsclaims._models import Metadata

__all__ = [
    "STDIN",
    "Failure",
    "InputFormat",
    "Source",
    "count_documents",
    "metadata_from_record",
    "read_sources",
]

#: The path that means standard input.
STDIN = "-"

InputFormat = Literal["auto", "text", "jsonl"]

_SUFFIXES = {".txt": "text", ".jsonl": "jsonl"}

# Each metadata field and the record keys it is read from, first present wins: our own
# names first, then trafilatura's (date, sitename) and newspaper4k's (publish_date).
METADATA_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title",),
    "url": ("url",),
    "published": ("published", "date", "publish_date"),
    "publisher": ("publisher", "sitename"),
    "language": ("language",),
}


@attrs.frozen
class Source:
    """One document to analyze: its text and metadata, and where it was read (for errors)."""

    text: str
    metadata: Metadata
    origin: str


@attrs.frozen
class Failure:
    """A document that could not be read or analyzed: where it is and what went wrong."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def metadata_from_record(record: dict[str, Any], default_id: str | None) -> Metadata:
    """The metadata of one JSON Lines article; a non-string value is an error (ValueError).

    ``id`` falls back to ``default_id`` (the file and line). Keys not listed in
    ``METADATA_KEYS`` are ignored, so an extractor's other fields do no harm.

    >>> metadata_from_record({"text": "…", "date": "2025-04-26", "sitename": "AP"}, "a:1")
    Metadata(id='a:1', title=None, url=None, publisher='AP', published='2025-04-26', language=None)
    """
    values: dict[str, str | None] = {}
    for field, keys in METADATA_KEYS.items():
        value = next((record[key] for key in keys if record.get(key) is not None), None)
        if value is not None and not isinstance(value, str):
            key = next(key for key in keys if record.get(key) is not None)
            raise ValueError(f"field {key!r} must be a string, got {type(value).__name__}")
        values[field] = value
    values["id"] = values["id"] or default_id
    return Metadata(**values)


def read_sources(
    paths: Iterable[str], *, input_format: InputFormat = "auto", stdin: IO[bytes] | None = None
) -> Iterator[Source | Failure]:
    """Every document under ``paths``, in order, each a Source or a Failure."""
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin or sys.stdin.buffer, input_format)
            continue
        for file, kind in _files(path, input_format):
            if isinstance(kind, Failure):
                yield kind
            elif kind == "jsonl":
                yield from _read_jsonl_file(file)
            else:
                yield _read_text_file(file)


def count_documents(paths: Iterable[str], *, input_format: InputFormat = "auto") -> int | None:
    """How many documents ``paths`` hold, or None when that cannot be known (stdin).

    Used for progress only: it reads JSON Lines files once to count their lines.
    """
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        for file, kind in _files(path, input_format):
            if kind == "jsonl":
                total += _count_lines(file)
            else:
                total += 1
    return total


def _files(path: str, input_format: InputFormat) -> Iterator[tuple[Path, str | Failure]]:
    """The files ``path`` stands for, each with how to read it (or why it cannot be)."""
    given = Path(path)
    if given.is_dir():
        found = sorted(p for p in given.rglob("*") if p.suffix in _SUFFIXES and p.is_file())
        if not found:
            yield given, Failure(path, "no .txt or .jsonl files in this folder")
        for file in found:
            yield file, _SUFFIXES[file.suffix] if input_format == "auto" else input_format
    elif given.exists():
        auto = "jsonl" if given.suffix == ".jsonl" else "text"
        yield given, auto if input_format == "auto" else input_format
    else:
        yield given, Failure(path, "no such file or folder")


def _read_text_file(path: Path) -> Source | Failure:
    try:
        data = path.read_bytes()
    except OSError as error:
        return Failure(str(path), f"cannot read: {error.strerror or error}")
    return _text_source(data, str(path))


def _text_source(data: bytes, origin: str) -> Source | Failure:
    try:
        # Decoding bytes keeps "\r\n" as two characters, as newline="" would.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Failure(origin, _not_utf8(error))
    return Source(text, Metadata(id=origin), origin)


def _read_jsonl_file(path: Path) -> Iterator[Source | Failure]:
    try:
        with path.open("rb") as stream:
            yield from _jsonl_sources(stream, str(path))
    except OSError as error:
        yield Failure(str(path), f"cannot read: {error.strerror or error}")


def _jsonl_sources(lines: Iterable[bytes], origin: str) -> Iterator[Source | Failure]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        yield _jsonl_source(raw, f"{origin}:{number}")


def _jsonl_source(raw: bytes, where: str) -> Source | Failure:
    try:
        # Without its line end, so that an error's column is on this line, not the next.
        line = raw.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as error:
        return Failure(where, _not_utf8(error))
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        reason = error.msg.removesuffix(" at")  # json's messages expect a position after
        return Failure(where, f"not valid JSON at column {error.colno}: {reason}")
    if not isinstance(record, dict):
        return Failure(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        problem = "no text field" if text is None else "the text field is not a string"
        return Failure(where, problem)
    try:
        metadata = metadata_from_record(record, default_id=where)
    except ValueError as error:
        return Failure(where, str(error))
    return Source(text, metadata, where)


def _read_stdin(stream: IO[bytes], input_format: InputFormat) -> Iterator[Source | Failure]:
    if input_format == "text":
        yield _text_source(stream.read(), "<stdin>")
        return
    first = stream.readline()
    if input_format == "auto" and not first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield _text_source(first + stream.read(), "<stdin>")
        return
    yield from _jsonl_sources(_chain(first, stream), "<stdin>")


def _chain(first: bytes, rest: IO[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1  # reading will report it, as one failure


def _not_utf8(error: UnicodeDecodeError) -> str:
    byte = error.object[error.start]
    return (
        f"not UTF-8 text (byte 0x{byte:02x} at offset {error.start}); "
        "convert it first, for example with: iconv -f latin1 -t utf-8"
    )
