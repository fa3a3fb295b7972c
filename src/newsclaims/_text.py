"""The text model: one news text read once, shared by every stage of the pipeline.

:func:`read_text` finds the quotation marks, pairs them into quotations, splits the text into
paragraphs and sentences (one splitter, the lexicon's abbreviations) and, on first need, reads
its words. Every stage takes the :class:`Text` and looks things up in it; no stage splits
sentences or finds paragraphs on its own, so a quote and a claim read from one sentence agree
on where that sentence starts.
"""

from __future__ import annotations

import bisect

import regex

from newsclaims._marks import Mark, find_quotation_marks
from newsclaims._quotes import Quotation, pair_quotation_marks
from newsclaims._sentences import split_sentences
from newsclaims._words import Words
from newsclaims.lexicon import Lexicon

__all__ = ["Text", "read_text"]

_LINE_BREAK = regex.compile(r"\n")

# What may stand at a paragraph's start before its first word.
_LEADING_SPACE = " \t\r\u00a0\ufeff"


class Text:
    """A text with its quotations, paragraphs and sentences, and its words on first need.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> t = read_text("Sen. Lopez spoke. “We won,” she said.\\nOrtiz left.", DEFAULT_LEXICON)
    >>> [t.string[s:e] for s, e in t.sentences]
    ['Sen. Lopez spoke.', '“We won,” she said.', 'Ortiz left.']
    >>> t.paragraph_start(40), t.sentence(20)
    (38, (18, 37))
    """

    __slots__ = (
        "_line_starts",
        "_sentence_starts",
        "_vocabulary",
        "_words",
        "lexicon",
        "marks",
        "quotations",
        "sentences",
        "string",
    )

    def __init__(
        self,
        string: str,
        lexicon: Lexicon,
        marks: list[Mark],
        quotations: list[Quotation],
        sentences: list[tuple[int, int]],
        vocabulary: frozenset[str],
    ) -> None:
        self.string = string
        self.lexicon = lexicon
        self.marks = marks
        self.quotations = quotations
        #: ``(start, end)`` of each sentence, white space trimmed, in order.
        self.sentences = sentences
        self._sentence_starts = [s for s, _ in sentences]
        # Where each line starts: after each line break, and at the text's start.
        self._line_starts: list[int] = [0, *(m.end() for m in _LINE_BREAK.finditer(string))]
        self._vocabulary = vocabulary
        self._words: Words | None = None

    @property
    def words(self) -> Words:
        """The words of the text that the stages look up, read on first use.

        Finding quotes alone reads cues in small windows and never needs them.
        """
        if self._words is None:
            self._words = Words(self.string, self._vocabulary)
        return self._words

    @property
    def has_words(self) -> bool:
        """Whether :attr:`words` has been read already."""
        return self._words is not None

    def paragraph_start(self, position: int) -> int:
        """Where the paragraph holding ``position`` starts (its leading spaces skipped)."""
        string = self.string
        start = self._line_starts[bisect.bisect_right(self._line_starts, position) - 1]
        while start < position and string[start] in _LEADING_SPACE:
            start += 1
        return start

    def sentence(self, position: int) -> tuple[int, int]:
        """The sentence holding ``position``: ``(start, end)``.

        A position between two sentences (in the white space after one) belongs to the one
        before; a position before the first sentence to an empty one at the paragraph start.
        """
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        paragraph = self.paragraph_start(position)
        if index < 0 or self.sentences[index][0] < paragraph:
            # The paragraph's first sentence starts after ``position`` (white space).
            return paragraph, paragraph
        return self.sentences[index]

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts."""
        return self.sentence(position)[0]


def read_text(string: str, lexicon: Lexicon, vocabulary: frozenset[str] = frozenset()) -> Text:
    """Read ``string`` once: quotation marks, quotations, paragraphs and sentences.

    ``vocabulary`` holds, in lowercase, every word a stage will look up in
    :attr:`Text.words`.
    """
    marks = find_quotation_marks(string, lexicon)
    quotations = pair_quotation_marks(string, marks, lexicon)
    sentences = split_sentences(string, lexicon, [(q.start, q.end) for q in quotations])
    return Text(string, lexicon, marks, list(quotations), sentences, vocabulary)
