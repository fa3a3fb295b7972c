"""Where documents come from: text files, JSON Lines of articles, folders of both, stdin.

A plain text file is one document, read as UTF-8 (a byte order mark is dropped) or in the
encoding asked for, with its line ends kept as they are, so that offsets count the
characters of the file. A JSON Lines file holds one article per line, as article extractors
write them: a ``text`` field and metadata, mapped by :func:`metadata_from_record`. A folder
stands for every ``*.txt`` and ``*.jsonl`` file under it, at any depth, in sorted order,
without following symbolic links out of it unless asked; ``-`` is standard input.

Reading never stops at a bad document: each one becomes a :class:`Failure` naming its file
and line, in its place among the others, and each thing left out on purpose (a link out of
the folder, a link loop, a named pipe) a :class:`Skipped`; the caller decides what to do.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

import attrs

from newsclaims._errors import InputError

# The record mapping lives on the library's side; it is re-exported here for old imports.
from newsclaims._formats.records import METADATA_KEYS, metadata_from_record
from newsclaims._formats.strict_json import find_lone_surrogate, parse_json
from newsclaims._model.records import Metadata

__all__ = [
    "DEFAULT_MAX_CHARS",
    "METADATA_KEYS",
    "STDIN",
    "Failure",
    "InputFormat",
    "Reading",
    "Skipped",
    "Source",
    "count_documents",
    "metadata_from_record",
    "read_sources",
]

#: The path that means standard input.
STDIN = "-"

#: The longest document analyzed by default, in characters: far above any article, well
#: below what would send the analysis into swap (it needs a few hundred bytes a character
#: on text made only of quotation marks).
DEFAULT_MAX_CHARS = 20_000_000

InputFormat = Literal["auto", "text", "jsonl"]

_SUFFIXES = {".txt": "text", ".jsonl": "jsonl"}

# What a binary file starts with, to tell it from text in an unknown encoding.
_BINARY_MAGIC = (b"\x7fELF", b"MZ\x90\x00", b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@attrs.frozen
class Reading:
    """How to read the inputs: the options of the command line that concern reading."""

    input_format: InputFormat = "auto"
    #: The encoding of text files and text on stdin; JSON Lines are always UTF-8.
    encoding: str = "utf-8"
    max_chars: int = DEFAULT_MAX_CHARS
    #: Follow symbolic links that lead out of a folder given on the command line.
    follow_links: bool = False


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


@attrs.frozen
class Skipped(Failure):
    """Something under a folder left out on purpose (a link out of it, a loop): not an error.

    A kind of Failure, so that it passes wherever one does; test for it first.
    """

    def __str__(self) -> str:
        return f"{self.origin}: skipped: {self.message}"


def read_sources(
    paths: Iterable[str], reading: Reading = Reading(), *, stdin: IO[bytes] | None = None
) -> Iterator[Source | Failure | Skipped]:
    """Every document under ``paths``, in order, each a Source, a Failure or a Skipped."""
    for path in paths:
        if path == STDIN:
            stream = stdin or (sys.stdin.buffer if sys.stdin is not None else None)
            if stream is None:  # the process started with standard input closed
                yield Failure("<stdin>", "standard input is closed: nothing to read")
            else:
                yield from _read_stdin(stream, reading)
            continue
        for item in _files(path, reading):
            if not isinstance(item, tuple):
                yield item
            elif item[1] == "jsonl":
                yield from _read_jsonl_file(item[0], reading)
            else:
                yield _read_text_file(item[0], reading)


def count_documents(paths: Iterable[str], reading: Reading = Reading()) -> int | None:
    """How many documents ``paths`` hold, or None when that cannot be known (stdin).

    Used for progress only: it reads JSON Lines files once to count their lines.
    """
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        for item in _files(path, reading):
            if isinstance(item, Skipped):
                continue
            if isinstance(item, tuple) and item[1] == "jsonl":
                total += _count_lines(item[0])
            else:
                total += 1
    return total


_Found = tuple[Path, str] | Failure | Skipped


def _files(path: str, reading: Reading) -> Iterator[_Found]:
    """The files ``path`` stands for, each with how to read it (or why it cannot be)."""
    given = Path(path)
    if given.is_dir():
        found = False
        for item in _walk(given, reading.follow_links):
            if isinstance(item, Path):
                found = True
                kind = _SUFFIXES[item.suffix]
                yield item, kind if reading.input_format == "auto" else reading.input_format
            else:
                yield item
        if not found:
            yield Failure(path, "no .txt or .jsonl files in this folder")
    elif given.exists():
        # A file named on the command line is read even through a link or as a pipe
        # (`<(command)`): it was asked for.
        auto = "jsonl" if given.suffix == ".jsonl" else "text"
        yield given, auto if reading.input_format == "auto" else reading.input_format
    elif given.is_symlink():
        yield Failure(path, f"a broken symbolic link (to {os.readlink(given)!r})")
    else:
        yield Failure(path, "no such file or folder")


def _walk(root: Path, follow_links: bool) -> Iterator[Path | Failure | Skipped]:
    """The article files under ``root``, depth first in sorted order (as sorted ``rglob``).

    A symbolic link is followed only when it stays inside ``root`` (or ``follow_links``
    says so), and never into a folder that holds it (a loop). What is left out is said,
    in its place among the files.
    """
    top = root.resolve()
    # What is still to visit: a file or a report to yield (None), or a folder to list
    # with the real paths of the folders it is in, to see loops.
    stack: list[tuple[Path | Failure | Skipped, frozenset[Path] | None]] = [
        (root, frozenset({top}))
    ]
    while stack:
        item, above = stack.pop()
        if above is None or not isinstance(item, Path):
            yield item
            continue
        try:
            with os.scandir(item) as listing:
                names = sorted(entry.name for entry in listing)
        except OSError as error:
            yield Failure(str(item), f"cannot read this folder: {error.strerror or error}")
            continue
        for name in reversed(names):
            visit = _visit(item / name, top, above, follow_links)
            if visit is not None:
                stack.append(visit)


def _visit(
    path: Path, top: Path, above: frozenset[Path], follow_links: bool
) -> tuple[Path | Failure | Skipped, frozenset[Path] | None] | None:
    """What to do with one entry of a folder: read it, list it, report it, or pass it by."""
    article = path.suffix in _SUFFIXES
    try:
        mode = os.lstat(path).st_mode
    except OSError as error:
        return (Failure(str(path), f"cannot read: {error.strerror or error}"), None)
    if not stat.S_ISLNK(mode):
        if stat.S_ISDIR(mode):
            return (path, above | {path.resolve()})
        if stat.S_ISREG(mode):
            return (path, None) if article else None
        # Reading a named pipe would wait for ever; a device is no article.
        kind = _kind_of(mode)
        return (Skipped(str(path), f"not a regular file ({kind})"), None) if article else None
    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return (Skipped(str(path), "a symbolic link that loops"), None)
        if not article:
            return None
        return (Failure(str(path), f"a broken symbolic link (to {os.readlink(path)!r})"), None)
    outside = not (target == top or target.is_relative_to(top))
    if stat.S_ISDIR(mode):
        if target in above:
            reason = f"a symbolic link to {str(target)!r}, a folder that holds it (a loop)"
            return (Skipped(str(path), reason), None)
    elif not stat.S_ISREG(mode):
        kind = _kind_of(mode)
        return (Skipped(str(path), f"a link to {kind}, not a file"), None) if article else None
    elif not article:
        return None
    if outside and not follow_links:
        reason = f"a symbolic link out of the folder (to {str(target)!r}); --follow-links reads it"
        return (Skipped(str(path), reason), None)
    return (path, above | {target}) if stat.S_ISDIR(mode) else (path, None)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def _read_text_file(path: Path, reading: Reading) -> Source | Failure:
    origin = str(path)
    try:
        # Any encoding takes at least one byte a character: a file of more bytes than four
        # times the limit is surely too long, and is not read into memory at all.
        size = path.stat().st_size
        if size > 4 * reading.max_chars:
            return Failure(origin, _too_long(f"{size:,} bytes", reading.max_chars))
        data = path.read_bytes()
    except OSError as error:
        return Failure(origin, f"cannot read: {error.strerror or error}")
    return _text_source(data, origin, reading)


def _text_source(data: bytes, origin: str, reading: Reading) -> Source | Failure:
    problem = _not_text(data, reading.encoding)
    if problem is not None:
        return Failure(origin, problem)
    try:
        # Decoding bytes keeps "\r\n" as two characters, as newline="" would.
        encoding = (
            "utf-8-sig" if codecs.lookup(reading.encoding).name == "utf-8" else reading.encoding
        )
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        return Failure(origin, _undecodable(error, data, reading.encoding))
    if not text.strip():
        return Failure(origin, "only white space: nothing to analyze")
    if len(text) > reading.max_chars:
        return Failure(origin, _too_long(f"{len(text):,} characters", reading.max_chars))
    return Source(text, Metadata(id=origin), origin)


def _not_text(data: bytes, encoding: str) -> str | None:
    """Why ``data`` is no text at all (empty, binary), or None."""
    if not data:
        return "an empty file: nothing to analyze"
    if not data.strip(b"\x00"):
        return "not a text file (only NUL bytes)"
    if codecs.lookup(encoding).name != "utf-8":
        return None  # UTF-16 and its kind hold NUL bytes as a matter of course
    if data.startswith(_UTF16_BOMS):
        return (
            "UTF-16 text, not UTF-8: give --encoding utf-16, "
            "or convert it first with: iconv -f utf-16 -t utf-8"
        )
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        return "not a text file (binary data: it holds NUL bytes)"
    return None


def _undecodable(error: UnicodeDecodeError, data: bytes, encoding: str) -> str:
    byte = data[error.start]
    where = f"byte 0x{byte:02x} at offset {error.start}"
    if codecs.lookup(encoding).name != "utf-8":
        return f"not {encoding} text ({where}); give the file's own --encoding"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return (
            f"not UTF-8 text ({where}); give its --encoding, or convert it first, "
            "for example with: iconv -f ENCODING -t utf-8"
        )
    # Windows-1252 is the common news encoding that is not UTF-8; where its bytes decode,
    # it is the likely one (Latin-1 would turn its curly quotes into control characters).
    return (
        f"not UTF-8 text ({where}); it reads as Windows-1252: give --encoding cp1252, "
        "or convert it first with: iconv -f cp1252 -t utf-8"
    )


def _too_long(size: str, max_chars: int) -> str:
    return (
        f"too long to analyze ({size}, more than --max-chars {max_chars:,}); "
        "skipped (raise --max-chars to analyze it)"
    )


def _read_jsonl_file(path: Path, reading: Reading) -> Iterator[Source | Failure]:
    try:
        with path.open("rb") as stream:
            yield from _jsonl_sources(stream, str(path), reading.max_chars)
    except OSError as error:
        yield Failure(str(path), f"cannot read: {error.strerror or error}")


def _jsonl_sources(
    lines: Iterable[bytes], origin: str, max_chars: int
) -> Iterator[Source | Failure]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        yield _jsonl_source(raw, f"{origin}:{number}", max_chars)


def _jsonl_source(raw: bytes, where: str, max_chars: int | None) -> Source | Failure:
    """One line of JSON Lines as a Source, or the Failure that says what is wrong with it.

    Whatever the line holds, this returns: one hostile line must never end the run and
    lose the documents after it.
    """
    try:
        return _record_source(raw, where, max_chars)
    except Exception as error:  # a bug here must cost one line, not the rest of the run
        return Failure(where, f"cannot be read: {type(error).__name__}: {error}")


def _record_source(raw: bytes, where: str, max_chars: int | None) -> Source | Failure:
    try:
        # Without its line end, so that an error's column is on this line, not the next.
        line = raw.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as error:
        return Failure(where, _undecodable(error, raw, "utf-8"))
    try:
        record = parse_json(line, source=where, surrogates=False)
    except InputError as error:
        return Failure(where, error.message)
    if not isinstance(record, dict):
        return Failure(where, f"expected a JSON object, got {_json_name(record)}")
    text = record.get("text")
    if not isinstance(text, str):
        problem = "no text field" if text is None else "the text field is not a string"
        return Failure(where, problem)
    if not text.strip():
        return Failure(where, "the text field is empty: nothing to analyze")
    if max_chars is not None and len(text) > max_chars:
        return Failure(where, _too_long(f"{len(text):,} characters", max_chars))
    try:
        metadata = metadata_from_record(record, default_id=where)
    except ValueError as error:
        return Failure(where, str(error))
    # Only what is used must be text: a lone surrogate in a field that is ignored does no
    # harm, one in the text or the metadata would break every output format later.
    used = {"text": text, **{k: v for k, v in attrs.asdict(metadata).items() if v is not None}}
    surrogate = find_lone_surrogate(used)
    if surrogate is not None:
        field, problem = surrogate
        return Failure(where, f"{field if field == 'text' else 'metadata ' + field}: {problem}")
    return Source(text, metadata, where)


def _json_name(value: object) -> str:
    if value is None:
        return "null"
    return {list: "a list", str: "a string", bool: "a boolean"}.get(type(value), "a number")


def _read_stdin(stream: IO[bytes], reading: Reading) -> Iterator[Source | Failure]:
    if reading.input_format == "text":
        yield _text_source(stream.read(), "<stdin>", reading)
        return
    first = stream.readline()
    looks_like_json = first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
    if reading.input_format == "auto" and not looks_like_json:
        yield _text_source(first + stream.read(), "<stdin>", reading)
        return
    if reading.input_format == "auto":
        # Text that happens to start with "{" must not become a failure a line.
        opening = _jsonl_source(first, "<stdin>:1", None)
        if isinstance(opening, Failure) and opening.message.startswith("not valid JSON"):
            yield Failure(
                "<stdin>",
                f"starts with '{{' but is not JSON Lines (line 1: {opening.message}); "
                "if it is text, give --input text",
            )
            return
    yield from _jsonl_sources(_chain(first, stream), "<stdin>", reading.max_chars)


def _chain(first: bytes, rest: IO[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1  # reading will report it, as one failure
