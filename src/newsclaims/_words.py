"""The words of one text, read once and looked up by the stages that need table words.

Finding a table of a few hundred words with one regular expression costs a scan of the
whole text per table, at a dozen megabytes a second. :class:`Words` splits the text into
words once, noting where each starts; a table's words are then found by asking a set about
each word, a loop that runs in C (``compress``), at a fraction of a scan's cost.

A word is a maximal run of letters (``\\p{L}``): "doesn't" is "doesn" and "t", "McCain" is
one word, "self-denial" is "self" and "denial".
"""

from __future__ import annotations

import functools
from itertools import accumulate, compress

import regex

__all__ = ["Words", "first_word"]

_WORD = regex.compile(r"\p{L}+")
_SEPARATOR = regex.compile(r"(\P{L}+)")


class Words:
    """The words of ``text``, split once, and where a table's words occur in it.

    >>> words = Words("Denied, she denied it: undenied, denied.")
    >>> words.starts(frozenset({"denied"}))
    [12, 33]
    >>> words.starts(frozenset({"denied"}), fold=True)
    [0, 12, 33]
    """

    __slots__ = ("_lengths", "_starts", "_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # Split on what is not a letter, keeping it: words and separators alternate, so
        # the running sum of the parts' lengths gives where each word starts.
        parts = _SEPARATOR.split(_lower(text))
        offsets = list(accumulate(map(len, parts), initial=0))
        self._words: list[str] = parts[0::2]  # in lowercase; "" at an edge
        self._starts: list[int] = offsets[0::2]

    def starts(self, table: frozenset[str], *, fold: bool = False) -> list[int]:
        """Where the words of ``table`` occur as whole words, in text order.

        With ``fold`` case is ignored and ``table`` holds lowercase words; without it a
        word matches only as written ("States" is not "states").
        """
        if fold:
            table = table - {""}  # "" stands for the edges of a text that has no word there
            return list(compress(self._starts, map(table.__contains__, self._words)))
        keys = _lowercase(table)
        text, words, starts = self.text, self._words, self._starts
        found = []
        for i in compress(range(len(words)), map(keys.__contains__, words)):
            start = starts[i]
            if text[start : start + len(words[i])] in table:
                found.append(start)
        return found

    def matches(
        self, pattern: regex.Pattern[str], firsts: frozenset[str], *, fold: bool = False
    ) -> list[regex.Match[str]]:
        """What ``pattern.finditer`` finds in the text, for a pattern whose every match
        starts with one of the words ``firsts``: tried only where those words start.

        >>> words = Words("He pointed out that she pointed at it.")
        >>> pattern = regex.compile(r"pointed out")
        >>> [m.group() for m in words.matches(pattern, frozenset({"pointed"}))]
        ['pointed out']
        """
        found = []
        reached = 0  # the end of the last match: like finditer's, matches never overlap
        for at in self.starts(firsts, fold=fold):
            match = None if at < reached else pattern.match(self.text, at)
            if match is not None:
                found.append(match)
                reached = match.end()
        return found


def first_word(entry: str) -> str:
    """The first word of a table entry, as :class:`Words` splits text into words.

    >>> first_word("doesn't correspond to reality")
    'doesn'
    """
    match = _WORD.search(entry)
    return match.group() if match else ""


@functools.lru_cache(maxsize=64)
def _lowercase(table: frozenset[str]) -> frozenset[str]:
    """The words of ``table`` in lowercase, the form :class:`Words` keeps."""
    return frozenset(word.lower() for word in table) - {""}


def _lower(text: str) -> str:
    """``text`` in lowercase, character for character, so that offsets still hold.

    A few characters lowercase to two ("İ"); those are kept as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
