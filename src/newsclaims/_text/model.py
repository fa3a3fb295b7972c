"""The text model: one news text read once, shared by every stage of the pipeline.

:func:`read_text` finds the quotation marks and pairs them into quotations as it goes,
splits the text into paragraphs and sentences (one splitter, the lexicon's abbreviations)
and, on first need, reads its words and tokenizes each sentence it is asked about. Every
stage takes the :class:`Text` and looks things up in it; no stage splits sentences, finds
paragraphs or tokenizes on its own, so a quote and a claim read from one sentence agree on
where that sentence starts.
"""

from __future__ import annotations

import bisect
import operator

import regex

from newsclaims._text.marks import iter_quotation_marks
from newsclaims._text.pairing import Quotation, pair_quotation_marks
from newsclaims._text.sentences import split_sentences
from newsclaims._text.tokens import SentenceTokens, Token, token_forms
from newsclaims._text.words import Words
from newsclaims.lexicon import Lexicon

__all__ = ["Text", "read_text"]

_LINE_BREAK = regex.compile(r"\n")
_START, _END = operator.itemgetter(0), operator.itemgetter(1)

# What may stand at a paragraph's start before its first word.
_LEADING_SPACE = " \t\r\u00a0\ufeff"


class Text:
    """A text with its quotations, paragraphs and sentences, and its words and each sentence's
    tokens on first need.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> t = read_text("Sen. Lopez spoke. “We won,” she said.\\nOrtiz left.", DEFAULT_LEXICON)
    >>> [t.string[s:e] for s, e in t.sentences]
    ['Sen. Lopez spoke.', '“We won,” she said.', 'Ortiz left.']
    >>> t.paragraph_start(40), t.sentence(20)
    (38, (18, 37))
    """

    __slots__ = (
        "_line_sentences",
        "_line_starts",
        "_quotation_spans",
        "_sentence_starts",
        "_sentences",
        "_token_forms",
        "_token_views",
        "_vocabulary",
        "_words",
        "lexicon",
        "quotations",
        "string",
    )

    def __init__(
        self,
        string: str,
        lexicon: Lexicon,
        quotations: list[Quotation],
        vocabulary: frozenset[str],
    ) -> None:
        self.string = string
        self.lexicon = lexicon
        self.quotations = quotations
        # In order of start; quotations never overlap, so in order of end too.
        self._quotation_spans = [(q.start, q.end) for q in quotations]
        # Where each line starts: after each line break, and at the text's start. A line
        # break always ends a sentence, so the sentences of a line can be split on their own:
        # finding quotes alone splits only the lines around quotations, on first need.
        self._line_starts: list[int] = [0, *(m.end() for m in _LINE_BREAK.finditer(string))]
        self._line_sentences: dict[int, list[tuple[int, int]]] = {}
        self._sentences: list[tuple[int, int]] | None = None
        self._sentence_starts: list[int] = []
        self._vocabulary = vocabulary
        self._words: Words | None = None
        self._token_forms = token_forms(lexicon.apostrophes)
        # The token views handed out, by sentence start: each sentence is tokenized once,
        # and only those a stage asks about.
        self._token_views: dict[int, SentenceTokens] = {}

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence, white space trimmed, in order."""
        if self._sentences is None:
            # One scan of the whole text, as every sentence is wanted.
            self._sentences = split_sentences(self.string, self.lexicon, self._quotation_spans)
            self._sentence_starts = [start for start, _ in self._sentences]
        return self._sentences

    def _sentences_of_line(self, line: int) -> list[tuple[int, int]]:
        found = self._line_sentences.get(line)
        if found is None:
            start = self._line_starts[line]
            final = line + 1 == len(self._line_starts)
            end = len(self.string) if final else self._line_starts[line + 1] - 1
            # The quotations that reach into the line: a sentence is never split inside one.
            spans = self._quotation_spans
            first = bisect.bisect_right(spans, start, key=_END)
            past = bisect.bisect_right(spans, end, key=_START)
            spans = spans[first:past]
            found = split_sentences(self.string, self.lexicon, spans, start, end)
            self._line_sentences[line] = found
        return found

    @property
    def words(self) -> Words:
        """The words of the text that the stages look up, read on first use.

        Finding quotes alone reads cues in small windows and never needs them.
        """
        if self._words is None:
            self._words = Words(self.string, self._vocabulary)
        return self._words

    def sentence_tokens(self, sentence: tuple[int, int]) -> SentenceTokens:
        """The tokens of ``sentence`` (``(start, end)``, one of :attr:`sentences`), with
        offsets relative to its start; tokenized on first need, then kept."""
        start, end = sentence
        view = self._token_views.get(start)
        if view is None or view.end != end:
            view = SentenceTokens(self.string, start, end, self._token_forms)
            self._token_views[start] = view
        return view

    def _sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences that overlap ``[start, end)``, in order."""
        if self._sentences is not None:
            first = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
            past = bisect.bisect_left(self._sentence_starts, end)
            found = self._sentences[first:past]
        else:
            found = []
            first_line = bisect.bisect_right(self._line_starts, start) - 1
            past_line = bisect.bisect_left(self._line_starts, end)
            for line in range(max(0, first_line), max(past_line, first_line + 1)):
                found.extend(self._sentences_of_line(line))
        return [(s, e) for s, e in found if s < end and start < e]

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens wholly inside ``[start, end)``, with absolute offsets, read from the
        token views of the sentences there (:meth:`sentence_tokens`).

        >>> from newsclaims import DEFAULT_LEXICON
        >>> t = read_text("Sen. Lopez won’t. “No,” she said.", DEFAULT_LEXICON)
        >>> [(k.text, k.start, k.norm) for k in t.tokens(5, 20)]
        [('Lopez', 5, 'lopez'), ('won’t', 11, "won't"), ('.', 16, '.'), ('“', 18, '“')]
        >>> t.word_count(0, len(t.string)), t.word_count(5, 17)
        (6, 2)
        """
        found: list[Token] = []
        for first, last in self._sentences_in(start, end):
            for token in self.sentence_tokens((first, last)).within(start - first, end - first):
                found.append(token._replace(start=token.start + first, end=token.end + first))
        return found

    def word_count(self, start: int, end: int) -> int:
        """How many word tokens lie wholly inside ``[start, end)``: no punctuation, a word
        with inner apostrophes, periods or hyphens once ("won’t", "U.S", "counter-sued")."""
        return sum(
            self.sentence_tokens((first, last)).word_count(start - first, end - first)
            for first, last in self._sentences_in(start, end)
        )

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
        line = bisect.bisect_right(self._line_starts, position) - 1
        if self._sentences is not None:
            sentences = self._sentences
            index = bisect.bisect_right(self._sentence_starts, position) - 1
        else:
            sentences = self._sentences_of_line(line)
            index = bisect.bisect_right(sentences, (position, len(self.string))) - 1
        if index < 0 or sentences[index][0] < self._line_starts[line]:
            # The line's first sentence starts after ``position`` (white space).
            paragraph = self.paragraph_start(position)
            return paragraph, paragraph
        return sentences[index]

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts."""
        return self.sentence(position)[0]


def read_text(
    string: str,
    lexicon: Lexicon,
    vocabulary: frozenset[str] = frozenset(),
    *,
    every_sentence: bool = True,
) -> Text:
    """Read ``string`` once: quotation marks, quotations, paragraphs and sentences.

    ``vocabulary`` holds, in lowercase, every word a stage will look up in
    :attr:`Text.words`. Without ``every_sentence`` the sentences of a line are split when a
    stage first asks about it (finding quotes alone asks about a few lines).
    """
    # The marks are paired as they are found: no record of every mark is kept.
    quotations = pair_quotation_marks(string, iter_quotation_marks(string, lexicon), lexicon)
    text = Text(string, lexicon, quotations, vocabulary)
    if every_sentence:
        text.sentences  # noqa: B018 - split now, in one scan of the whole text
    return text
