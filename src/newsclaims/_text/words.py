"""The words of one text, read once and looked up by the stages that need table words.

Finding a table of a few hundred words with one regular expression costs a scan of the
whole text per table, at a dozen megabytes a second. :class:`Words` splits the text into
words once and keeps those of a vocabulary (the union of every table a stage looks up),
asking a set about each word in a loop that runs in C, then locates the few kept. A
table's words are then found among them.

A word is a maximal run of letters (``\\p{L}``): "doesn't" is "doesn" and "t", "McCain" is
one word, "self-denial" is "self" and "denial".
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Iterable, Iterator, Mapping
from itertools import compress

import regex

__all__ = [
    "Words",
    "first_word",
    "first_words",
    "is_letter",
    "letter_at",
    "matches_at",
    "next_letters",
]

_WORD = regex.compile(r"\p{L}+")
_SEPARATOR = regex.compile(r"\P{L}+")
_LETTER = regex.compile(r"\p{L}")


def is_letter(ch: str) -> bool:
    """Whether ``ch`` is a letter as the patterns see one (``\\p{L}``): the one test of a
    letter every stage uses.

    The ``regex`` module knows a newer Unicode than ``str.isalpha`` (Python 3.11 knows
    Unicode 14): a letter added since, such as U+2EC4E, is a letter to both tests here.
    Unicode only ever adds letters, so where ``str.isalpha`` says yes the pattern agrees.

    >>> is_letter("é"), is_letter("\U0002ec4e"), is_letter("-"), is_letter("")
    (True, True, False, False)
    """
    return ch.isalpha() or (not ch.isascii() and _LETTER.match(ch) is not None)


class Words:
    """The words of ``text`` that are in ``vocabulary``, found once, for tables to look up.

    ``vocabulary`` holds, in lowercase, every word a caller will look up: the text is
    read once for all of them, and each table then reads only the words found.

    >>> words = Words("Denied, she denied it: undenied, denied.", frozenset({"denied"}))
    >>> words.find(frozenset({"denied"}))
    [(12, 'denied'), (33, 'denied')]
    >>> words.find(frozenset({"denied"}), fold=True)
    [(0, 'Denied'), (12, 'denied'), (33, 'denied')]
    """

    __slots__ = ("_lowered", "_starts", "_vocabulary", "_words", "text")

    def __init__(self, text: str, vocabulary: frozenset[str]) -> None:
        self.text = text
        if "" in vocabulary:  # "" would stand for an edge of the text, which is no word
            vocabulary = vocabulary - {""}
        self._vocabulary = vocabulary
        # Where each word kept starts, and the word as written: an array of offsets and one
        # string per distinct word, as a text dense with table words ("don't" is "don" and
        # "t") would otherwise hold a tuple, an integer and a string for each.
        self._starts = array("q")
        self._words: list[str] = []
        add_start, add_word = self._starts.append, self._words.append
        distinct: dict[str, str] = {}
        find = text.find
        at = 0
        for words in _chunks(text):
            # map and compress run in C: no Python code runs per word of the text, only per
            # word kept.
            kept = compress(words, map(vocabulary.__contains__, map(str.lower, words)))
            for word in kept:
                # The next whole-word occurrence is this one: an earlier one would have been
                # kept too. The search skips the word inside longer ones ("unsaid").
                at = find(word, at)
                end = at + len(word)
                while _inside_word(text, at, end):
                    at = find(word, at + 1)
                    end = at + len(word)
                add_start(at)
                add_word(distinct.setdefault(word, word))
                at = end
        # Their lowercase for folded look-ups, made on first need, so that a look-up asks
        # its table about each word in a loop that runs in C.
        self._lowered: list[str] | None = None

    def find(self, table: frozenset[str], *, fold: bool = False) -> list[tuple[int, str]]:
        """Where the words of ``table`` occur as whole words, with each word as written.

        With ``fold`` case is ignored and ``table`` holds lowercase words; without it a
        word matches only as written ("States" is not "states"). Every word of ``table``
        must be in the vocabulary, in lowercase.
        """
        missing = _missing(table, self._vocabulary)
        if missing:
            raise ValueError(f"not in the vocabulary the words were read for: {sorted(missing)}")
        if fold:
            if self._lowered is None:
                self._lowered = list(map(str.lower, self._words))
            return self._where(map(table.__contains__, self._lowered))
        return self._where(map(table.__contains__, self._words))

    def _where(self, selected: Iterator[bool]) -> list[tuple[int, str]]:
        """``(start, word)`` of each word kept for which ``selected`` says True."""
        return list(compress(zip(self._starts, self._words, strict=True), selected))

    def starts(
        self, firsts: frozenset[str], follows: Mapping[str, frozenset[str]], *, fold: bool = False
    ) -> list[int]:
        """Where a phrase of a table may start: where the table's first words ``firsts``
        stand, less where ``follows`` (the table's :func:`next_letters`) says it cannot.

        Most first words found are frequent ones ("a", "in", "not") that start only longer
        phrases: where a space and a letter follow such a word, a phrase's next word must
        start with that letter, which a set answers for less than a try of a pattern. A
        letter beyond ASCII is left to the pattern, whose case folding ``str.lower`` does
        not follow.

        >>> words = Words("In short, in the words of Lee", frozenset({"in"}))
        >>> words.starts(frozenset({"in"}), next_letters(["in the words of"]), fold=True)
        [10]
        """
        text = self.text
        starts = []
        for at, word in self.find(firsts, fold=fold):
            letters = follows.get(word.lower())
            if letters is not None:
                end = at + len(word)
                after = text[end + 1 : end + 2]
                if (
                    text[end : end + 1] == " "
                    and after.isascii()
                    and after.isalpha()
                    and after.lower() not in letters
                ):
                    continue
            starts.append(at)
        return starts

    def matches(
        self, pattern: regex.Pattern[str], firsts: frozenset[str], *, fold: bool = False
    ) -> list[regex.Match[str]]:
        """What ``pattern.finditer`` finds in the text, for a pattern whose every match
        starts with one of the words ``firsts``: tried only where those words start.

        >>> words = Words("He pointed out that she pointed at it.", frozenset({"pointed"}))
        >>> pattern = regex.compile(r"pointed out")
        >>> [m.group() for m in words.matches(pattern, frozenset({"pointed"}))]
        ['pointed out']
        """
        return matches_at(pattern, self.text, [at for at, _ in self.find(firsts, fold=fold)])


def matches_at(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int]
) -> list[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern that can only match at ``starts``
    (in ascending order): tried only there.

    >>> [m.group() for m in matches_at(regex.compile(r"ab|b"), "abab", [0, 1, 2])]
    ['ab', 'ab']
    """
    found = []
    reached = 0  # the end of the last match: like finditer's, matches never overlap
    for at in starts:
        match = None if at < reached else pattern.match(text, at)
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


def first_words(entries: Iterable[str]) -> frozenset[str]:
    """The first word of each entry that has one: where a table's entries may start.

    >>> sorted(first_words(["push back on", "denied", "—"]))
    ['denied', 'push']
    """
    return frozenset(first_word(entry) for entry in entries) - {""}


def next_letters(entries: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each first word of ``entries`` that starts only entries of more words, the
    letters the next words start with (lowercase): where a space and another letter follow
    it, a pattern matching the entries as written, with any run of white space (and
    quotation marks) between their words, case folded or not, cannot match.

    ``entries`` are in lowercase, with one space between words. Entries beyond ASCII, or
    not led by a letter, give no letters at all: every start is tried.

    "not" is tried everywhere, as the one-word entry "no" matches the start of it.

    >>> follows = next_letters(["a work of fiction", "a lie", "no", "not true"])
    >>> {word: sorted(letters) for word, letters in follows.items()}
    {'a': ['l', 'w']}
    """
    entries = list(entries)
    if not all(entry.isascii() and entry[:1].isalpha() for entry in entries):
        return {}  # case folding beyond ASCII, or entries led by no word: always tried
    follows: dict[str, set[str]] = {}
    always: set[str] = set()  # first words tried wherever they stand
    alone: set[str] = set()  # one-word entries, which match the start of a longer word too
    for entry in entries:
        first = first_word(entry)
        letter = next((ch for ch in entry[len(first) :] if ch.isalpha()), None)
        if letter is None:
            (alone if entry == first else always).add(first)
        else:
            follows.setdefault(first, set()).add(letter)
    return {
        first: frozenset(letters)
        for first, letters in follows.items()
        if first not in always and not any(first.startswith(word) for word in alone)
    }


@functools.lru_cache(maxsize=64)
def _missing(table: frozenset[str], vocabulary: frozenset[str]) -> frozenset[str]:
    """The words of ``table``, in lowercase, that ``vocabulary`` lacks (asked once per pair:
    every text asks about the same few tables)."""
    return frozenset(word.lower() for word in table) - {""} - vocabulary


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether a letter stands just before ``start`` or at ``end``: ``letter_at`` on both
    sides in one call, with ``str.isalpha`` first, as it answers for most characters."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalpha() or after.isalpha():
        return True
    if before.isascii() and after.isascii():
        return False
    return is_letter(before) or is_letter(after)


#: About how many characters :func:`_chunks` splits at a time.
_CHUNK = 1 << 16


def _chunks(text: str) -> Iterator[list[str]]:
    """The words of ``text`` (as ``_SEPARATOR.split`` gives them), a stretch at a time.

    A list of every word of a long text would cost several times the text's size at once;
    stretches of about :data:`_CHUNK` characters, each cut where no letter stands, keep the
    memory bounded and find the same words.
    """
    start, size = 0, len(text)
    while start < size:
        cut = _SEPARATOR.search(text, start + _CHUNK) if start + _CHUNK < size else None
        end = cut.end() if cut is not None else size
        yield _SEPARATOR.split(text[start:end])
        start = end


def letter_at(text: str, position: int) -> bool:
    """Whether a letter stands at ``position`` (False before the text or past its end)."""
    return position >= 0 and is_letter(text[position : position + 1])
