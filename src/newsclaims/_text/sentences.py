"""Sentence boundaries that survive news abbreviations and sentences ending inside quotes.

One scan finds the candidate ends (terminal punctuation followed by a capital, and line
breaks); an abbreviation before a period ("Mr.", "Sen.", "Jan.") vetoes its candidate, and
an abbreviation that can also end a sentence ("U.S.", "a.m.", "Jr.") ends one only when a
word that opens sentences ("The", "He", "But") follows.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsclaims._text.marks import mark_characters
from newsclaims.lexicon import Lexicon

__all__ = ["split_sentences"]

# An initial: one capital letter and its period ("George W. Bush"), not the end of an
# acronym ("told CNN. He said" ends a sentence).
_INITIAL = regex.compile(r"(?<![\p{L}])\p{Lu}\.\Z")


class _Abbreviations(NamedTuple):
    never_final: frozenset[str]
    maybe_final: frozenset[str]
    openers: frozenset[str]
    #: Where a sentence may end (see :func:`_abbreviations`).
    candidate: regex.Pattern[str]
    #: The word before a period, to test against the abbreviations (at most 24 characters).
    last_word: regex.Pattern[str]
    #: The word after a candidate end.
    next_word: regex.Pattern[str]


@functools.lru_cache(maxsize=32)
def _abbreviations(lexicon: Lexicon) -> _Abbreviations:
    never = {t for t in lexicon.titles if t.endswith(".")} | set(lexicon.abbreviations)
    marks = mark_characters(lexicon)
    closing = marks.character_class(marks.only_closing | marks.symmetric)
    opening = marks.character_class(marks.opening)
    # A sentence ends at . ! ? or … (closing quotation marks and brackets stay with it)
    # before white space and a capital, a digit or an opening mark; or at a line break.
    # Every run is bounded, so a megabyte of periods or spaces is scanned in linear time.
    # Each alternative starts with a rare character, which the engine looks for fast; the
    # white space before a line break is trimmed from the sentence afterwards.
    candidate = regex.compile(
        rf"[.!?…]{{1,8}}[{closing})\]]{{0,4}}"
        rf"(?=[ \t\u00a0]{{1,16}}[{opening}(\[]{{0,2}}[\p{{Lu}}\p{{N}}])"
        r"|(?:\r?\n)+"
    )
    return _Abbreviations(
        frozenset(never),
        frozenset(lexicon.final_abbreviations),
        frozenset(lexicon.not_names),
        candidate,
        regex.compile(rf"(?r)(?<![^\s(\[{opening}])[^\s(\[{opening}]{{1,24}}\Z"),
        regex.compile(rf"[ \t\u00a0]+[{opening}(\[]{{0,2}}(\p{{L}}+)"),
    )


def split_sentences(
    text: str,
    lexicon: Lexicon,
    quotations: Sequence[tuple[int, int]] = (),
    start: int = 0,
    end: int | None = None,
) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as ``(start, end)`` offsets, white space trimmed.

    A sentence is never split inside one of ``quotations`` (sorted ``(start, end)`` offsets,
    marks included) on the same line: quoted speech is part of the sentence that quotes it.
    A line break always ends a sentence, so the sentences of a text are those of its lines.

    >>> from newsclaims import DEFAULT_LEXICON as lex
    >>> text = "Sen. Lopez came at 9 a.m. on Jan. 5. She said “No.” He left the U.S. Senate."
    >>> [text[s:e] for s, e in split_sentences(text, lex)]
    ['Sen. Lopez came at 9 a.m. on Jan. 5.', 'She said “No.”', 'He left the U.S. Senate.']
    >>> text = "“Most points are agreed. Stop the bloodshed,” he added. Trump left."
    >>> [text[s:e] for s, e in split_sentences(text, lex, [(0, 45)])]
    ['“Most points are agreed. Stop the bloodshed,” he added.', 'Trump left.']
    """
    abbreviations = _abbreviations(lexicon)
    out: list[tuple[int, int]] = []
    stop = len(text) if end is None else end
    inside = iter(quotations)
    current = next(inside, None)
    for match in abbreviations.candidate.finditer(text, start, stop):
        position, after = match.span()
        while current is not None and current[1] <= position:
            current = next(inside, None)
        first = match.group()[0]
        is_break = first in " \t\u00a0\r\n"
        if not is_break and current is not None and current[0] < position < after < current[1]:
            continue  # inside the quotation; one that ends the sentence ends with it
        if first == "." and not _ends_sentence(text, match, abbreviations):
            continue
        _add(text, start, after, out)
        start = after
    _add(text, start, stop, out)
    return out


def _ends_sentence(text: str, match: regex.Match[str], abbreviations: _Abbreviations) -> bool:
    if match.group().rstrip("."):
        return True  # a closing mark after the period: “... said No.” ends a sentence
    period = match.start()
    word = abbreviations.last_word.search(text, max(0, period - 24), period + 1)
    if word is None:
        return True
    token = word.group()
    if token in abbreviations.maybe_final:
        after = abbreviations.next_word.match(text, match.end(), match.end() + 40)
        return after is not None and after.group(1) in abbreviations.openers
    return not (token in abbreviations.never_final or _INITIAL.search(token))


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))
