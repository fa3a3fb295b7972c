"""Helpers for writing a language's tables as plain data."""

from __future__ import annotations

__all__ = ["entries", "split"]


def entries(text: str) -> tuple[str, ...]:
    """The entries of a table written one per line (blank lines and ``#`` comments skipped).

    >>> entries('''
    ...     Prime Minister   # a title of two words
    ...     Sen.
    ... ''')
    ('Prime Minister', 'Sen.')
    """
    found = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            found.append(entry)
    return tuple(found)


def split(words: str) -> tuple[str, ...]:
    """The entries of a table written as words separated by white space.

    >>> split("said says  saying")
    ('said', 'says', 'saying')
    """
    return tuple(words.split())
