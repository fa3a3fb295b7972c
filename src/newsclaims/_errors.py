"""The exceptions newsclaims raises: one base class and a few documented subclasses."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["InputError", "NewsclaimsError", "SchemaVersionError", "ValidationError"]


class NewsclaimsError(Exception):
    """Base class of every error newsclaims raises on purpose."""


class ValidationError(NewsclaimsError, ValueError):
    """A record or a serialized document is not valid.

    ``problems`` lists each problem as ``(path, message)``; the path names the bad field the
    way Python would reach it from the document, like ``quotes[3].speaker``. The string form
    puts one problem on each line, as ``path: message``.

    >>> error = ValidationError([("quotes[3].speaker", "unknown actor 'a7'")])
    >>> print(error)
    quotes[3].speaker: unknown actor 'a7'
    >>> error.problems[0][0]
    'quotes[3].speaker'
    """

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems: tuple[tuple[str, str], ...] = tuple(problems)
        super().__init__("\n".join(_line(path, message) for path, message in self.problems))


class SchemaVersionError(ValidationError):
    """A serialized document was written by a newer newsclaims than this one.

    Raised before any other check, so the message always says what to do: upgrade.
    """


class InputError(NewsclaimsError, ValueError):
    """Input that cannot be read as text or as a document (bad encoding, malformed JSON).

    ``source`` names where the input came from (a path, ``<stdin>``, ``<string>``) and
    ``line`` the 1-based line number when the problem is on one line.
    """

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        where = source if line is None else f"{source}:{line}"
        super().__init__(f"{where}: {message}")


for _error in (NewsclaimsError, ValidationError, SchemaVersionError, InputError):
    _error.__module__ = "newsclaims"  # tracebacks show the public name


def _line(path: str, message: str) -> str:
    return f"{path}: {message}" if path else message
