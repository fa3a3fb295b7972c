"""Stage 1: the quotation marks of a text, told apart from apostrophes, with what each can do.

One regular-expression scan finds every character that could be a quotation mark, plus the
line breaks that end paragraphs (no quote is paired across one). Apostrophes inside a word
(don't, regime’s, shouldn‘t) and before a digit (’90s) never match, so the pairing stage only
sees marks that may open or close a quotation.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

import regex

from newsclaims._text.regexes import NEVER
from newsclaims.lexicon import Lexicon

__all__ = [
    "BREAK",
    "Mark",
    "MarkCharacters",
    "find_quotation_marks",
    "iter_quotation_marks",
    "mark_characters",
]

#: The ``text`` of the :class:`Mark` that stands for a paragraph break.
BREAK = "\n"


class Mark(NamedTuple):
    """A possible quotation mark at ``[start, end)``, or a paragraph break (``text == BREAK``).

    ``can_open`` and ``can_close`` say what the mark's neighbours allow: a straight ``"``
    after a space opens, before a space closes; a curly ``“`` only ever opens.
    """

    start: int
    end: int
    text: str
    can_open: bool
    can_close: bool


class MarkTable(NamedTuple):
    """What the lexicon says about marks, in the form the scan needs."""

    pattern: regex.Pattern[str]
    openers: frozenset[str]
    closers: frozenset[str]
    symmetric: frozenset[str]


@functools.lru_cache(maxsize=32)
def mark_table(lexicon: Lexicon) -> MarkTable:
    """The scan pattern and mark roles derived from ``lexicon`` (cached per lexicon value)."""
    openers = frozenset(o for o, _ in lexicon.quote_pairs)
    closers = frozenset(c for _, c in lexicon.quote_pairs)
    symmetric = frozenset(o for o, c in lexicon.quote_pairs if o == c)
    apostrophes = frozenset(lexicon.apostrophes)
    marks = sorted(openers | closers, key=len, reverse=True)
    plain = [m for m in marks if m not in apostrophes]
    apostrophe_class = "".join(regex.escape(a) for a in sorted(apostrophes & set(marks)))
    alternatives = [regex.escape(m) for m in plain]
    if apostrophe_class:
        # A mark that may be an apostrophe counts only where a word does not run through it:
        # not between two letters (don't, shouldn‘t) and not before a digit (’90s).
        alternatives.append(
            rf"(?<![\p{{L}}\p{{N}}])[{apostrophe_class}](?![\p{{N}}])"
            rf"|[{apostrophe_class}](?![\p{{L}}\p{{N}}])"
        )
    # A run of line breaks (and the blank space between them) is one paragraph break.
    alternatives.append(r"\n[\s]*")
    pattern = regex.compile("|".join(alternatives))
    return MarkTable(pattern, openers, closers, symmetric)


class MarkCharacters(NamedTuple):
    """The one-character quotation marks of a lexicon, by what they can do.

    Every stage that asks whether a character is a quotation mark asks these sets, all
    derived from the lexicon's one table of pairs (``quote_pairs``) and its ``apostrophes``.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> marks = mark_characters(DEFAULT_LEXICON)
    >>> "".join(sorted(marks.only_closing)), sorted(marks.symmetric) == ['"', "'"]
    ('»’”›」』', True)
    """

    #: Every one-character mark.
    every: frozenset[str]
    #: The marks that open a pair, the straight ones included.
    opening: frozenset[str]
    #: The marks that open a pair of two different marks (“ ‘ « „): after one, a straight
    #: mark opens too.
    only_opening: frozenset[str]
    #: The marks that close and never open (” ’ »): before one, a straight mark closes too.
    only_closing: frozenset[str]
    #: The marks that both open and close a pair (straight " and ').
    symmetric: frozenset[str]
    #: The marks that are never apostrophes: “ ” " « » „.
    double: frozenset[str]
    #: The marks that may be apostrophes: ' ’ ‘ ‚.
    apostrophes: frozenset[str]

    def character_class(self, chars: frozenset[str]) -> str:
        """``chars`` as the inside of a regular-expression character class."""
        return "".join(regex.escape(ch) for ch in sorted(chars))

    @property
    def double_class(self) -> str:
        """The inside of a character class of :attr:`double`."""
        return self.character_class(self.double)

    @property
    def apostrophe_class(self) -> str:
        """The inside of a character class of :attr:`apostrophes`."""
        return self.character_class(self.apostrophes)

    def one_of(self, chars: frozenset[str]) -> str:
        """A pattern of one of ``chars``; one that matches nowhere if there is none."""
        inside = self.character_class(chars)
        return f"[{inside}]" if inside else NEVER


@functools.lru_cache(maxsize=32)
def mark_characters(lexicon: Lexicon) -> MarkCharacters:
    """The one-character marks of ``lexicon`` by role (cached per lexicon value)."""
    pairs = [(o, c) for o, c in lexicon.quote_pairs if len(o) == 1 and len(c) == 1]
    openers = frozenset(o for o, _ in pairs)
    closers = frozenset(c for _, c in pairs)
    symmetric = frozenset(o for o, c in pairs if o == c)
    every = openers | closers
    apostrophes = frozenset(a for a in lexicon.apostrophes if len(a) == 1) & every
    return MarkCharacters(
        every=every,
        opening=openers,
        only_opening=frozenset(o for o, c in pairs if o != c) - symmetric,
        only_closing=closers - openers,
        symmetric=symmetric,
        double=every - apostrophes,
        apostrophes=apostrophes,
    )


# Besides the marks, the characters after which a symmetric mark opens, and before which
# it closes.
_OPEN_AFTER = frozenset(" \t\n\r\u00a0([{—–-/:;,")
_CLOSE_BEFORE = frozenset(" \t\n\r\u00a0)]}—–-/:;,.!?…")


def find_quotation_marks(text: str, lexicon: Lexicon) -> list[Mark]:
    """Every possible quotation mark of ``text`` and every paragraph break, in order.

    A list of what :func:`iter_quotation_marks` yields.

    (“ may close as well as open: it closes „ in German.)

    >>> from newsclaims import DEFAULT_LEXICON
    >>> [(m.text, m.can_open, m.can_close) for m in find_quotation_marks(
    ...     "“It’s the regime’s,” she said of ’90s rock.", DEFAULT_LEXICON)]
    [('“', True, True), ('”', False, True)]
    >>> [(m.start, m.can_open, m.can_close) for m in find_quotation_marks(
    ...     'He said "no" and left.', DEFAULT_LEXICON)]
    [(8, True, False), (11, False, True)]
    """
    return list(iter_quotation_marks(text, lexicon))


def iter_quotation_marks(text: str, lexicon: Lexicon) -> Iterator[Mark]:
    """The marks of :func:`find_quotation_marks`, one at a time.

    Pairing reads them as a stream, so that a text dense with marks never holds a record of
    every mark at once.
    """
    table = mark_table(lexicon)
    openers, closers, symmetric = table.openers, table.closers, table.symmetric
    characters = mark_characters(lexicon)
    open_after = _OPEN_AFTER | characters.only_opening
    close_before = _CLOSE_BEFORE | characters.only_closing
    size = len(text)
    # tuple.__new__ makes the named tuple without running its Python-level __new__: a text
    # of nothing but marks makes a Mark per character.
    new = tuple.__new__
    for match in table.pattern.finditer(text):
        start, end = match.span()
        mark = match.group()
        if mark[0] == "\n":
            yield new(Mark, (start, end, BREAK, False, False))
        elif mark in symmetric:
            before = text[start - 1] if start else " "
            after = text[end] if end < size else " "
            can_open = before in open_after and not after.isspace()
            can_close = after in close_before and not before.isspace()
            if not (can_open or can_close):
                # Squeezed between two non-spaces ("a"b) or floating between spaces: let the
                # pairing decide by alternation, as typists use straight marks.
                can_open = can_close = True
            yield new(Mark, (start, end, mark, can_open, can_close))
        else:
            yield new(Mark, (start, end, mark, mark in openers, mark in closers))
