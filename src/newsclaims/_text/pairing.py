"""Stage 2: pair quotation marks into quotations: nesting, multi-paragraph quotes, strays.

Pairing works paragraph by paragraph with a small stack. A closing mark closes the nearest
open mark it belongs with (” closes “, » closes «, „ closes with “ or ”); marks of another
kind in between were strays and are dropped. A paragraph that ends inside a quotation and is
followed by a paragraph opening with the same mark continues it (the press convention for a
quote over several paragraphs); otherwise the quotation ends with its paragraph, so one stray
mark never reaches past its own paragraph.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import NamedTuple

import regex

from newsclaims._text.marks import BREAK, Mark, mark_characters
from newsclaims.lexicon import Lexicon

__all__ = ["SPEAKER_LABEL", "Quotation", "pair_quotation_marks"]

#: A transcript's speaker label at the start of a paragraph: "WALLACE: Let's start …". A
#: paragraph that opens with one starts a new speaker's words, not a continued quotation.
SPEAKER_LABEL = regex.compile(r"[ \u00a0]*(\p{Lu}[\p{Lu}.'’\- ]{1,30}):[ \u00a0]")

# A speaker label is short; bounding the match keeps it from scanning the rest of the text.
_LABEL_LENGTH = 40
# A quotation quotes words: marks around nothing but marks or punctuation ("“”", "'«»'")
# quote nobody, and a text made of marks would otherwise give a record for every pair.
_WORD_CHARACTER = regex.compile(r"[\p{L}\p{N}]")
# Nesting deeper than this is never real quoting; capping it keeps hostile input linear.
_MAX_DEPTH = 4


# What the last paragraph of a quote continued on the next one ends with, besides a
# closing quotation mark.
_SENTENCE_END = frozenset(".!?…:;—–-,)]")


class Quotation(NamedTuple):
    """Words between paired quotation marks, before anyone is known to have said them.

    ``spans`` are ``(start, end)`` offsets of the quoted words without the marks, one per
    paragraph; ``start`` and ``end`` enclose the marks of the whole quotation; ``nested``
    holds the words of quotations inside it; ``closed`` is False when the paragraph ended
    before a closing mark came.
    """

    spans: tuple[tuple[int, int], ...]
    start: int
    end: int
    opening: str
    closed: bool
    nested: tuple[tuple[int, int], ...]


class _PairTable(NamedTuple):
    #: For each closing mark, the opening marks it closes.
    closes: dict[str, frozenset[str]]
    single: frozenset[str]
    elisions: frozenset[str]
    sentence_end: frozenset[str]


@functools.lru_cache(maxsize=32)
def _pair_table(lexicon: Lexicon) -> _PairTable:
    single = frozenset(
        o for o, c in lexicon.quote_pairs if o in lexicon.apostrophes or c in lexicon.apostrophes
    )
    characters = mark_characters(lexicon)
    closes: dict[str, set[str]] = {}
    for opening, closing in lexicon.quote_pairs:
        closes.setdefault(closing, set()).add(opening)
    return _PairTable(
        {closing: frozenset(openings) for closing, openings in closes.items()},
        single,
        frozenset(lexicon.elisions),
        _SENTENCE_END | characters.only_closing | characters.symmetric,
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without white space at either end, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def pair_quotation_marks(text: str, marks: Iterable[Mark], lexicon: Lexicon) -> list[Quotation]:
    """The quotations of ``text``, from the marks :func:`find_quotation_marks` found (read
    once, in order, with one mark of look-ahead: a stream will do).

    >>> from newsclaims import DEFAULT_LEXICON
    >>> from newsclaims._text.marks import find_quotation_marks
    >>> text = "“The two sides should meet to ‘finish it off,’” he said."
    >>> [q] = pair_quotation_marks(text, find_quotation_marks(text, DEFAULT_LEXICON),
    ...                            DEFAULT_LEXICON)
    >>> text[q.spans[0][0]:q.spans[0][1]], [text[s:e] for s, e in q.nested]
    ('The two sides should meet to ‘finish it off,’', ['finish it off,'])
    """
    pairing = _Pairing(text, _pair_table(lexicon))
    # One mark of look-ahead: a paragraph break is decided when the mark after it is read.
    pending: Mark | None = None  # a paragraph break with a quotation open
    for mark in marks:
        if pending is not None:
            if (
                mark.start == pending.end
                and mark.text == pairing.stack[0].text
                and mark.can_open
                and pairing.ends_sentence(pending.start)
                and not SPEAKER_LABEL.match(text, mark.end, mark.end + _LABEL_LENGTH)
            ):
                pairing.reopen(pending.start, mark.end)
                pending = None
                continue  # the reopening mark is read
            pairing.end_paragraph(pending.start)
            pairing.paragraph = pending.end
            pending = None
        if mark.text != BREAK:
            pairing.add(mark)
        elif pairing.stack:
            pending = mark
        else:
            pairing.paragraph = mark.end
    if pending is not None:
        pairing.end_paragraph(pending.start)
    pairing.end_paragraph(len(text))
    return pairing.found


class _Pairing:
    """The state of pairing: the open marks, and the open quotation's words so far."""

    def __init__(self, text: str, table: _PairTable) -> None:
        self.text = text
        self.table = table
        self.found: list[Quotation] = []
        self.stack: list[Mark] = []
        self.spans: list[tuple[int, int]] = []  # earlier paragraphs of the open quotation
        self.nested: list[tuple[int, int]] = []
        # The quotations directly inside the open one, marks included: they stand on their
        # own if its mark turns out a stray.
        self.inner: list[Quotation] = []
        self.words_start = 0
        # Where the paragraph being read starts, and where the last quotation found ends: a
        # quotation after that one in the same paragraph that never closes is a stray tail.
        self.paragraph = 0
        self.last_end = -1

    def add(self, mark: Mark) -> None:
        """Let one mark close the nearest open mark it pairs with, or open a quotation."""
        stack = self.stack
        if not stack:  # most marks of a text: nothing to close, so open or drop
            if mark.can_open:
                self.words_start = mark.end
                stack.append(mark)
            return
        target = -1
        closes = self.table.closes.get(mark.text)
        if closes is not None:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth].text in closes:
                    target = depth
                    break
        if target >= 0 and mark.can_close:
            self.close(target, mark)
        elif mark.can_open and len(stack) < _MAX_DEPTH:
            if not stack:
                self.words_start = mark.end
            stack.append(mark)
        elif target >= 0:
            # A straight mark that looked like an opener while its twin is open: typists
            # alternate straight marks, so it closes.
            self.close(target, mark)

    def close(self, target: int, mark: Mark) -> None:
        """Close ``stack[target]`` with ``mark``; open marks above it were strays."""
        opener = self.stack[target]
        if target == 0:
            self.finish(mark.start, mark.end, closed=True)
            return
        words = _trimmed(self.text, opener.end, mark.start)
        # Only quotations directly inside the root are kept: deeper ones lie inside those.
        if target == 1 and words and not self.is_elision(opener.text, words):
            self.nested.append(words)
            self.inner.append(Quotation((words,), opener.start, mark.end, opener.text, True, ()))
        del self.stack[target:]

    def reopen(self, paragraph_end: int, words_start: int) -> None:
        """The next paragraph reopens the open quotation: keep this paragraph's words."""
        words = _trimmed(self.text, self.words_start, paragraph_end)
        if words:
            self.spans.append(words)
        del self.stack[1:]  # quotations nested in the finished paragraph end with it
        self.inner.clear()  # a quotation over paragraphs is no stray
        self.words_start = words_start

    def ends_sentence(self, paragraph_end: int) -> bool:
        """True if the open quotation's paragraph ends a sentence, as a continued quote does.

        A list of items each opened by « (a bullet) ends without punctuation, and is no quote.
        """
        words = _trimmed(self.text, self.words_start, paragraph_end)
        return words is not None and self.text[words[1] - 1] in self.table.sentence_end

    def end_paragraph(self, paragraph_end: int) -> None:
        """A paragraph ends with a quotation open: it ends there (an apostrophe, if single),
        unless its opening mark was a stray (see the module's docstring)."""
        if self.stack and self.stack[0].text not in self.table.single:
            root = self.stack[0]
            if self.spans or SPEAKER_LABEL.match(self.text, root.end, root.end + _LABEL_LENGTH):
                # Continued from the paragraph before, or a transcript's labelled turn.
                self.finish(paragraph_end, paragraph_end, closed=False)
            elif self.inner:
                self.found.extend(self.inner)
            elif self.last_end <= self.paragraph:
                self.finish(paragraph_end, paragraph_end, closed=False)
        self.reset()

    def finish(self, words_end: int, end: int, *, closed: bool) -> None:
        """Record the open quotation, its words ending at ``words_end``."""
        last = _trimmed(self.text, self.words_start, words_end)
        if last:
            self.spans.append(last)
        root = self.stack[0]
        if (
            self.spans
            and self.holds_a_word()
            and not self.is_elision(root.text, (self.spans[0][0], self.spans[-1][1]))
        ):
            self.found.append(
                Quotation(
                    tuple(self.spans), root.start, end, root.text, closed, tuple(self.nested)
                )
            )
            self.last_end = end
        self.reset()

    def holds_a_word(self) -> bool:
        """Whether the open quotation's words hold a letter or digit (a loop: most hold one
        span, and a generator for any() would cost more than the search)."""
        for start, end in self.spans:  # noqa: SIM110 - see above
            if _WORD_CHARACTER.search(self.text, start, end):
                return True
        return False

    def reset(self) -> None:
        self.stack.clear()
        if self.spans:
            self.spans.clear()
        if self.nested:
            self.nested.clear()
        if self.inner:
            self.inner.clear()

    def is_elision(self, opening: str, words: tuple[int, int]) -> bool:
        """True for rock 'n' roll: an elision between two apostrophes is no quotation."""
        return (
            opening in self.table.single and self.text[words[0] : words[1]] in self.table.elisions
        )
