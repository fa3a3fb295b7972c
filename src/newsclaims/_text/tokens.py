"""Word tokens: each sentence tokenized once, on first need, in the one form every stage reads.

A token is a word (letters or digits, with inner apostrophes, periods or hyphens:
"Clinton’s", "U.S", "counter-accused") or any other character that is not white space. Its
normal form is its lowercase with every apostrophe straightened, the form the lexicon's
tables are compared in. Both the pattern and the normal form come from the lexicon's
``apostrophes`` here, and nowhere else.

The tokens of a sentence are read when a stage first asks for them
(:meth:`newsclaims._text.model.Text.sentence_tokens`), never for the whole text up front:
most sentences of a text are never looked at word by word.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import regex

__all__ = ["SentenceTokens", "Token", "TokenForms", "token_forms"]


class Token(NamedTuple):
    """A token at ``[start, end)`` (offsets as its view gives them), with its normal form."""

    text: str
    start: int
    end: int
    #: ``text`` in the form tables are compared in: lowercase, apostrophes straightened.
    norm: str

    @property
    def is_word(self) -> bool:
        """Whether the token is a word, not a punctuation mark or symbol."""
        return self.text[0].isalnum() or self.text[0] == "_"


class TokenForms(NamedTuple):
    """The token pattern and the normal form of a lexicon's apostrophes.

    >>> forms = token_forms(("'", "’"))
    >>> [m.group() for m in forms.pattern.finditer("Clinton’s U.S. counter-accused—")]
    ['Clinton’s', 'U.S', '.', 'counter-accused', '—']
    >>> forms.normal("Doesn’t"), forms.straight
    ("doesn't", "'’")
    """

    #: A word: up to seven runs of letters or digits of at most 60 characters each, joined
    #: by one apostrophe, period or hyphen; else any one character that is not white space.
    pattern: regex.Pattern[str]
    #: The apostrophe characters, ``'`` first: the form tables are written in.
    straight: str
    #: Maps every apostrophe to ``'``.
    to_straight: Mapping[int, str]
    #: Whether no apostrophe is a letter or digit, so that a word of letters and digits
    #: alone holds none to straighten.
    alnum_free: bool

    def normal(self, token: str) -> str:
        """The normal form of ``token`` (which holds no white space)."""
        lowered = token.lower()
        if self.alnum_free and lowered.isalnum():
            return lowered  # most words: no apostrophe to straighten
        return lowered.translate(self.to_straight)


@functools.lru_cache(maxsize=32)
def token_forms(apostrophes: tuple[str, ...]) -> TokenForms:
    """The token pattern and normal form for a lexicon's ``apostrophes`` (cached)."""
    straight = "".join(dict.fromkeys(ch for mark in ("'", *apostrophes) for ch in mark))
    inner = "[" + "".join(regex.escape(ch) for ch in straight + ".-") + "]"
    return TokenForms(
        pattern=regex.compile(rf"\w{{1,60}}(?:{inner}\w{{1,60}}){{0,6}}|[^\w\s]"),
        straight=straight,
        to_straight=str.maketrans(dict.fromkeys(straight[1:], "'")),
        alnum_free=not any(ch.isalnum() for ch in straight),
    )


class SentenceTokens:
    """The tokens of the sentence ``string[start:end]``, read once, on first need.

    Offsets are relative to the sentence's ``start``, as a stage that reads the sentence as a
    string of its own sees them. Each stage reads a few words around a position: found by
    bisection in the sentence's one list, never by tokenizing a window again.

    >>> view = SentenceTokens("Oh. “It’s false,” he said.", 4, 26, token_forms(("’",)))
    >>> [(t.text, t.start, t.norm) for t in view.within(0, 11)]
    [('“', 0, '“'), ('It’s', 1, "it's"), ('false', 6, 'false')]
    >>> view.word_count(0, 22)
    4
    """

    __slots__ = (
        "_ends",
        "_forms",
        "_starts",
        "_string",
        "_tokens",
        "_words_before",
        "end",
        "start",
    )

    def __init__(self, string: str, start: int, end: int, forms: TokenForms) -> None:
        self._string = string
        self.start = start
        self.end = end
        self._forms = forms
        self._tokens: list[Token] | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._words_before: list[int] | None = None

    def _read(self) -> list[Token]:
        # A slice, tokenized on its own: offsets come out relative to the sentence.
        string = self._string[self.start : self.end]
        forms = self._forms
        found = list(forms.pattern.finditer(string))
        texts = [m.group() for m in found]
        starts = self._starts = [m.start() for m in found]
        ends = self._ends = [m.end() for m in found]
        # The normal forms cut from the sentence lowered once, where lowering maps each
        # character to one ("İ" becomes two) and no capital sigma's form depends on the
        # letters after it, which a token's end may cut off: one call instead of a call a token.
        lowered = string.lower()
        norms: Iterable[str]
        if len(lowered) == len(string) and "\u03a3" not in string:
            if any(ch in string for ch in forms.straight[1:]):  # most sentences hold none
                lowered = lowered.translate(forms.to_straight)
            norms = [lowered[s:e] for s, e in zip(starts, ends, strict=True)]
        else:
            norms = map(forms.normal, texts)
        # Column by column, each read in a loop of its own: a fifth faster than one loop
        # building each token.
        self._tokens = list(map(Token, texts, starts, ends, norms))
        return self._tokens

    @property
    def tokens(self) -> list[Token]:
        """Every token of the sentence, in order."""
        tokens = self._tokens
        return self._read() if tokens is None else tokens

    def within(self, lo: int, hi: int) -> list[Token]:
        """The tokens wholly inside ``[lo, hi)`` (sentence offsets; either may lie outside)."""
        tokens = self._tokens
        if tokens is None:
            tokens = self._read()
        first = bisect.bisect_left(self._starts, max(0, lo))
        last = bisect.bisect_right(self._ends, hi)
        return tokens[first:last]

    def word_count(self, lo: int, hi: int) -> int:
        """How many word tokens lie wholly inside ``[lo, hi)`` (sentence offsets)."""
        tokens = self.tokens
        before = self._words_before
        if before is None:
            # Words before each token, and after the last: a count is two look-ups.
            before = [0]
            for token in tokens:
                before.append(before[-1] + token.is_word)
            self._words_before = before
        first = bisect.bisect_left(self._starts, max(0, lo))
        last = bisect.bisect_right(self._ends, hi)
        return before[last] - before[first] if last > first else 0
