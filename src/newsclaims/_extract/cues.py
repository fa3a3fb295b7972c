"""The cue verbs of a text: where a reporting verb ("said", "shot back") stands.

:class:`Cues` holds a lexicon's cue verbs; a text's cues are read either window by window
(:class:`WindowCues`, for quotes alone) or all at once from the text's words
(:class:`CueIndex`); both find the same cues.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex

from newsclaims._text.words import Words, is_letter, letter_at

__all__ = ["CueIndex", "Cues", "TextCues", "WindowCues"]

# Cues are lowercase words; capitalised ones ("States", "Post") are names.
_LOWER_WORD = regex.compile(r"\p{Ll}+")


class Cues:
    """The cue verbs of a lexicon: one-word cues and phrases ("shot back").

    Cues are lowercase words; capitalised ones ("States", "Post") are names. A text's cues
    are read either window by window (:class:`WindowCues`) or, where the text's
    :class:`Words` are at hand, all at once (:class:`CueIndex`); both find the same.
    """

    def __init__(self, words: Sequence[str]) -> None:
        self.single = frozenset(w for w in words if " " not in w)
        # Cues of several words ("shot back"), by their first word, longest first.
        self.phrases: dict[str, list[str]] = {}
        for phrase in sorted((w for w in words if " " in w), key=len, reverse=True):
            self.phrases.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
        self.firsts = self.single | frozenset(self.phrases)

    def stops(self, text: str, start: int, word: str) -> list[int]:
        """Where a cue starting with ``word`` at ``start`` may end, the longest first.

        A window that cuts a phrase ("shot back") may still hold its first word as a cue.
        """
        ends = [
            start + len(phrase)
            for phrase in self.phrases.get(word, ())
            if text.startswith(phrase, start) and not letter_at(text, start + len(phrase))
        ]
        if word in self.single and not letter_at(text, start + len(word)):
            ends.append(start + len(word))
        return ends

    def is_cue(self, word: str) -> bool:
        """True if ``word`` is a one-word cue."""
        return word in self.single

    def any_cue(self, words: Sequence[str]) -> bool:
        """True if one of ``words`` is a one-word cue."""
        return not self.single.isdisjoint(words)


class TextCues:
    """The cues of one text, as the rules ask for them: those inside a window."""

    def find(self, start: int, end: int) -> list[tuple[int, int]]:
        """The cues wholly inside ``[start, end)``, as ``(start, end)``, in order."""
        return list(self.scan(start, end))

    def scan(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The cues wholly inside ``[start, end)``, in order, read lazily."""
        raise NotImplementedError


class WindowCues(TextCues):
    """The cues of a text, read in each window a rule asks about.

    Scanning a window's words and asking a set runs ten times faster than a regular
    expression with hundreds of alternatives, and a window holds a few dozen words.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> text = "Cole shot back, and Said Lee said so."
    >>> cues = WindowCues(Cues(DEFAULT_LEXICON.cue_verbs), text)
    >>> [text[s:e] for s, e in cues.find(0, len(text))]
    ['shot back', 'said']
    """

    def __init__(self, cues: Cues, text: str) -> None:
        self.cues = cues
        self.text = text

    def scan(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        text, cues = self.text, self.cues
        for match in _LOWER_WORD.finditer(text, start, end):
            word = match.group()
            if word not in cues.firsts:
                continue
            at = match.start()
            if at and is_letter(text[at - 1]):
                continue  # the end of a longer word ("McCain")
            for stop in cues.stops(text, at, word):
                if stop <= end:
                    yield at, stop
                    break


class CueIndex(TextCues):
    """The cues of a text, found once in its :class:`Words`, looked up by window.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> text = "Cole shot back, and Said Lee said so."
    >>> cue_verbs = Cues(DEFAULT_LEXICON.cue_verbs)
    >>> cues = CueIndex(cue_verbs, Words(text, cue_verbs.firsts))
    >>> [text[s:e] for s, e in cues.find(0, len(text))]
    ['shot back', 'said']
    """

    def __init__(self, cues: Cues, words: Words) -> None:
        text = words.text
        self._starts: list[int] = []
        self._stops: list[list[int]] = []
        for start, word in words.find(cues.firsts):
            # Most are one-word cues that start no phrase ("said"): a whole word of the
            # text, such a cue ends where the word does.
            stops = cues.stops(text, start, word) if word in cues.phrases else [start + len(word)]
            if stops:
                self._starts.append(start)
                self._stops.append(stops)

    def find(self, start: int, end: int) -> list[tuple[int, int]]:
        # What list(self.scan(start, end)) holds, without a generator: rules ask for the
        # cues of a window some fifteen thousand times over a corpus.
        starts, found = self._starts, []
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            for stop in self._stops[i]:
                if stop <= end:
                    found.append((starts[i], stop))
                    break
        return found

    def scan(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        return iter(self.find(start, end))  # found by bisection, a window holds few
