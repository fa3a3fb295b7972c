"""Reading JSON that anyone may have written, with one typed error for every way it is bad.

The standard library's ``json.loads`` accepts things a document must not hold and fails on
others with exceptions no caller expects: the last of two equal keys silently wins (even
``schema_version``), ``NaN`` is read, ``"\\ud800"`` becomes a lone surrogate that no output
can encode, a number of more than 4,300 digits raises a bare ``ValueError`` and deep
nesting a ``RecursionError``. :func:`parse_json` refuses each with an :class:`InputError`
that says what and where. Both the codec (``from_json``) and the command line's JSON Lines
reader parse through it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from newsclaims._errors import InputError

__all__ = ["MAX_DIGITS", "find_lone_surrogate", "parse_json"]

#: The longest integer read, in digits: Python's own default limit, fixed here so that a
#: process that lifted that limit still never spends quadratic time on a hostile number.
MAX_DIGITS = 4300

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Where a lone surrogate could come from in JSON text: a \uD800-\uDFFF escape, or the
# character itself in a Python string. Text without either is not walked at all.
_MAYBE_SURROGATE = re.compile(r"\\[uU][dD][89a-fA-F]|[\ud800-\udfff]")


class _RefusedError(Exception):
    """Raised inside the parser's hooks; turned into an InputError by parse_json."""


def parse_json(
    text: str | bytes, *, source: str, line: int | None = None, surrogates: bool = True
) -> Any:
    """The value of the JSON ``text``; anything unreadable raises :class:`InputError`.

    ``source`` and ``line`` name where the text came from, for the error. On top of
    malformed JSON, refused are: duplicate keys in an object, ``NaN`` and ``Infinity``,
    integers of more than :data:`MAX_DIGITS` digits, nesting deeper than Python's
    recursion allows, and lone surrogates in any string (they are not Unicode text, and
    no output could encode them) unless ``surrogates`` is false: then the caller checks
    the strings it uses with :func:`find_lone_surrogate`.

    >>> parse_json('{"a": [1, 2.5, "x"]}', source="<string>")
    {'a': [1, 2.5, 'x']}
    >>> parse_json('{"a": 1, "a": 2}', source="<string>")
    Traceback (most recent call last):
    ...
    newsclaims.InputError: <string>: duplicate key 'a' in one object
    >>> parse_json('{"text": "ab\\\\ud800"}', source="f.jsonl", line=3)
    Traceback (most recent call last):
    ...
    newsclaims.InputError: f.jsonl:3: text: a lone surrogate (U+D800) at character 2:
    not Unicode text
    """
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_integer,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as error:
        reason = error.msg.removesuffix(" at")  # json's messages expect a position after
        where = line if line is not None else error.lineno
        raise InputError(
            source, f"not valid JSON: {reason} at column {error.colno}", line=where
        ) from None
    except _RefusedError as error:
        raise InputError(source, str(error), line=line) from None
    except RecursionError:
        raise InputError(
            source, "not readable: arrays or objects nested too deeply", line=line
        ) from None
    except UnicodeDecodeError as error:
        raise InputError(
            source, f"not UTF-8: {error.reason} at byte {error.start}", line=line
        ) from None
    if surrogates and (isinstance(text, bytes) or _MAYBE_SURROGATE.search(text)):
        found = find_lone_surrogate(value)
        if found is not None:
            path, problem = found
            raise InputError(source, f"{path}: {problem}" if path else problem, line=line)
    return value


def find_lone_surrogate(value: object) -> tuple[str, str] | None:
    """The first lone surrogate in any string of ``value``: its path, and what it is where.

    Walks without recursion, so that any depth of nesting is safe.

    >>> find_lone_surrogate({"spans": [{"text": "ok"}, {"text": "a\\udc00"}]})
    ('spans[1].text', 'a lone surrogate (U+DC00) at character 1: not Unicode text')
    >>> find_lone_surrogate(["fine"]) is None
    True
    """
    for path, string in _strings(value):
        match = _LONE_SURROGATE.search(string)
        if match is not None:
            code = ord(match.group())
            return path, f"a lone surrogate (U+{code:04X}) at character {match.start()}: " + (
                "not Unicode text"
            )
    return None


def _strings(value: object) -> Iterator[tuple[str, str]]:
    stack: list[tuple[object, str]] = [(value, "")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            yield path, item
        elif isinstance(item, dict):
            # Pushed in reverse, so that the first problem in reading order is found first.
            for key, member in reversed(list(item.items())):
                if isinstance(key, str):
                    yield f"{path} (a key)" if path else "(a key)", key
                stack.append((member, f"{path}.{key}" if path else str(key)))
        elif isinstance(item, list | tuple):
            stack.extend((item[i], f"{path}[{i}]") for i in reversed(range(len(item))))


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _RefusedError(f"duplicate key {_shorten(key)} in one object")
            seen.add(key)
    return result


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _RefusedError(
            f"a number of {len(digits.lstrip('-'))} digits ({digits[:12]}…); "
            f"the most read is {MAX_DIGITS}"
        )
    try:
        return int(digits)
    except ValueError:  # the process's own limit on digits is lower still
        raise _RefusedError(f"a number of {len(digits)} digits is too long to read") from None


def _constant(name: str) -> Any:
    raise _RefusedError(f"{name} is not a JSON number")


def _shorten(text: str, limit: int = 40) -> str:
    """``repr(text)``, cut to about ``limit`` characters: a message stays one line long."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + "…"
