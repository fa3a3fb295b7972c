"""Stage 4: who said each quotation, by which cue, through which channel, and by which rule.

Each rule looks at a bounded stretch of text around a quotation (anchored matches with
``pattern.match(text, pos, endpos)``, cue words looked up in a set), so the work per quotation
is bounded and the stage is linear in the text. The rules, in the order they are tried, are the
ones the documentation's table lists (``docs/quotes.md``):

``transcript``: a speaker label opens the quotation ("WALLACE: …"); ``after``,
``after-inverted``, ``after-according-to``, ``dash``: the reporting clause follows the
quotation; ``before``, ``before-according-to``, ``before-lead-in``: a clause leads into it;
``split``: a quotation after another's reporting clause continues it; ``intro``: the paragraph
before ends with a colon; ``continuation``: a paragraph that opens with a quotation continues
the speaker of the paragraph before; ``paragraph``: a quotation that opens a sentence inside a
paragraph speaks for the one the paragraph is about; ``sentence``: a cue elsewhere in the
quotation's sentence (partial quotes). The speaker mention is then resolved: a name to its
actor, a pronoun or a description ("the post") to the nearest fitting actor before it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Iterator, Sequence
from typing import NamedTuple, Protocol

import regex

from newsclaims._actors import ActorTable, MentionIndex, Name, describe_name, name_table
from newsclaims._models import ActorKind, QuoteKind
from newsclaims._quotes import SPEAKER_LABEL, Quotation
from newsclaims._regexes import alternation
from newsclaims._spans import Mention, Span
from newsclaims._words import Words, letter_at
from newsclaims.lexicon import Lexicon

__all__ = ["Attribution", "Resolver", "attribute_quotations"]

# How far around a quotation the rules look, in characters. Every match is bounded by an
# end position too: without one the regex module may scan the rest of the text for a literal
# the pattern needs, and a text of many quotations would take quadratic time.
_NEAR = 160
# How many words a quotation needs to be read as the speech of the paragraph's speaker
# without a cue of its own: fewer are titles, nicknames or scare quotes.
_PARAGRAPH_WORDS = 6
_SENTENCE = 400
# How many of the latest speakers a description ("the post") may refer back to.
_RECENT_SPEAKERS = 20
# How many words may lead into a quotation attributed after it, and it still be whole.
_SHORT_LEAD = 1
# How far before a quotation a cue that leads into it can stand, and how many cues after a
# quotation are tried for its reporting clause.
_TAIL = 120
_AFTER_CUES = 3


class Attribution(NamedTuple):
    """A quotation with what attribution found: the record's parts before ids are given."""

    spans: tuple[tuple[int, int], ...]
    nested: tuple[tuple[int, int], ...]
    kind: QuoteKind
    speaker: str | None  # a key of the ActorTable
    mention: Mention | None
    cue: Span | None
    channel: Span | None
    rule: str


class Resolver(Protocol):
    """What later stages ask of attribution: find a source phrase and resolve it to an actor.

    The claims stage reads its reporting clauses with the same rules as the quotes, and its
    claimants join the same actors.
    """

    table: ActorTable
    index: MentionIndex

    def subject(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """The subject right before a cue that starts at ``cue_start``."""

    def source(self, start: int, end: int, *, inverted: bool) -> tuple[int, int] | None:
        """The source phrase in ``[start, end)`` trimmed to a noun phrase, or None."""

    def speaker_in(self, start: int, limit: int) -> tuple[int, int] | None:
        """The speaker of a sentence from ``start`` to a participle cue at ``limit``."""

    def resolve(self, source: tuple[int, int]) -> tuple[str | None, Mention]:
        """The actor key a source phrase names, and the phrase as a mention."""


class Clause(NamedTuple):
    """A reporting clause found by a rule: the source phrase, the cue and the channel."""

    source: tuple[int, int]
    cue: tuple[int, int] | None
    channel: tuple[int, int] | None
    end: int
    rule: str


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


class _TextCues:
    """The cues of one text, as the rules ask for them: those inside a window."""

    def find(self, start: int, end: int) -> list[tuple[int, int]]:
        """The cues wholly inside ``[start, end)``, as ``(start, end)``, in order."""
        return list(self.scan(start, end))

    def scan(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The cues wholly inside ``[start, end)``, in order, read lazily."""
        raise NotImplementedError


class WindowCues(_TextCues):
    """The cues of a text, read in each window a rule asks about.

    Scanning a window's words and asking a set runs ten times faster than a regular
    expression with hundreds of alternatives, and a window holds a few dozen words.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> text = "Cole shot back, and Said Lee said so."
    >>> cues = WindowCues(patterns(DEFAULT_LEXICON).cues, text)
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
            if at and text[at - 1].isalpha():
                continue  # the end of a longer word ("McCain")
            for stop in cues.stops(text, at, word):
                if stop <= end:
                    yield at, stop
                    break


class CueIndex(_TextCues):
    """The cues of a text, found once in its :class:`Words`, looked up by window.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> text = "Cole shot back, and Said Lee said so."
    >>> cues = CueIndex(patterns(DEFAULT_LEXICON).cues, Words(text, vocabulary(DEFAULT_LEXICON)))
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


class Patterns(NamedTuple):
    """The compiled patterns of the attribution rules for one lexicon."""

    cues: Cues
    after: regex.Pattern[str]
    after_inverted: regex.Pattern[str]
    after_according: regex.Pattern[str]
    dash: regex.Pattern[str]
    before_tail: regex.Pattern[str]
    before_according: regex.Pattern[str]
    lead_in_tail: regex.Pattern[str]
    subject: regex.Pattern[str]
    trailing_subject: regex.Pattern[str]
    channel: regex.Pattern[str]
    sentence_start: regex.Pattern[str]
    sentence_end: regex.Pattern[str]
    cue_object: regex.Pattern[str]
    goes_on: regex.Pattern[str]
    clause_end: regex.Pattern[str]
    pronouns: frozenset[str]
    abbreviations: frozenset[str]
    clause_words: frozenset[str]
    determiners: frozenset[str]
    not_last: frozenset[str]
    opening_words: frozenset[str]
    anonymous: regex.Pattern[str]


# One word of a source phrase: a name, a title abbreviation, a lowercase noun or a number.
_WORD = r"(?:(?:\p{Lu}\.){1,4}|\p{Lu}\p{Ll}{0,3}\.|[\p{L}\p{N}][\p{L}\p{N}\p{M}’'\-&]*)"
# A party and state after a name, as US papers write it: "Rep. Gwen Moore (D-Wis.)".
_SOURCE = rf"{_WORD}(?:[ \u00a0]+{_WORD}){{0,8}}(?:[ \u00a0]+\([^()\n]{{1,20}}\))?"
# The same, as few words as will do: after a quotation the first cue ends the source.
_SOURCE_FIRST = rf"{_WORD}(?:[ \u00a0]+{_WORD}){{0,8}}?(?:[ \u00a0]+\([^()\n]{{1,20}}\))?"
_APPOSITION = r",[ \u00a0]+(?P<apposition>[^,;:!?\n“”\"«»]{1,120}),"


@functools.lru_cache(maxsize=32)
def patterns(lexicon: Lexicon) -> Patterns:
    """The attribution patterns derived from ``lexicon`` (cached per lexicon value)."""
    # Case matters: "States" and "Post" are names, "states" and "posts" are cues.
    # Auxiliaries and -ly adverbs between a source and its cue: "has also said", "later said".
    aux = (
        rf"(?:(?:(?i:{alternation(lexicon.auxiliaries)})|(?<![\p{{L}}])\p{{Ll}}+ly)"
        r"[ \u00a0]+){0,3}"
    )
    according = rf"(?i:{alternation(lexicon.source_cues)})"
    objects = f"(?:{alternation(lexicon.cue_objects)})"
    settings = alternation(lexicon.setting_prepositions)
    determiners = alternation(lexicon.determiners)
    articles = alternation(lexicon.definite_articles)
    # A named object of a cue: "told the Washington Post", "told CNN".
    named_object = (
        rf"(?:(?:{articles})[ \u00a0]+)?\p{{Lu}}[\p{{L}}.]*"
        r"(?:[ \u00a0]+\p{Lu}[\p{L}.]*){0,3}"
    )
    complementizers = alternation(lexicon.complementizers)
    channel_words = alternation(lexicon.channel_words)
    channel = (
        r"[ \u00a0]+(?:[^,.;:!?\n“”\"]{0,40}?[ \u00a0]+)??"
        rf"(?:{settings})[ \u00a0]+"
        rf"(?P<channel>(?:(?:{determiners}|[\p{{Lu}}][\p{{L}}]*’s)[ \u00a0]+)?"
        rf"(?:[\p{{L}}\-]+[ \u00a0]+){{0,2}}?(?:{channel_words})(?:[ \u00a0]+(?:{channel_words}))?"
        r"(?![\p{L}])"
        rf"(?:[ \u00a0]+(?:{alternation(lexicon.channel_sources)})[ \u00a0]+"
        rf"(?:(?:{articles})[ \u00a0]+)?\p{{Lu}}[\p{{L}}]*"
        r"(?:[ \u00a0]+\p{Lu}[\p{L}]*){0,3})?)"
    )
    lead = r"[ \u00a0]*,?[ \u00a0]*"
    # "Mrs. Clinton" and "George W. Bush" do not end sentences.
    abbreviations = sorted(
        {t[:-1] for t in (*lexicon.titles, *lexicon.name_suffixes) if t.endswith(".")}
    )
    not_abbreviation = (
        r"(?<!(?<![\p{L}])(?:" + "|".join(regex.escape(a) for a in abbreviations) + r"|\p{Lu}))"
    )
    table = name_table(lexicon)
    return Patterns(
        cues=Cues(lexicon.cue_verbs),
        # What lies between a quotation and the cue that follows it: “…,” Putin [said].
        after=regex.compile(
            rf"{lead}(?P<source>{_SOURCE_FIRST})(?:{_APPOSITION})?[ \u00a0]+{aux}"
        ),
        # What follows a cue right after a quotation: “…,” said [Putin].
        after_inverted=regex.compile(rf"[ \u00a0]+(?P<source>{_SOURCE})"),
        after_according=regex.compile(
            rf"{lead}(?P<cue>{according})[ \u00a0]+(?P<source>{_SOURCE})"
        ),
        dash=regex.compile(
            r"[ \u00a0]*\n?\s{0,4}(?P<cue>[—–―]|--?)[ \u00a0]*(?P<source>"
            + _SOURCE
            + r")[ \u00a0.]*(?:\n|\Z)"
        ),
        # What may lie between a cue and the quotation it leads into: Smith told CNN on
        # Monday: “…”.
        before_tail=regex.compile(
            # A phrase of setting needs its comma or colon: in "promised at a rally to end
            # “…”" the quotation is what is ended, not what was said.
            rf"(?:[ \u00a0]+(?:{objects}|{named_object}))?"
            rf"(?:[ \u00a0]*[,:]?|[ \u00a0]+(?:{settings})[ \u00a0]+[^“”\"\n.;:!?,]{{1,60}}[,:])"
            r"[ \u00a0]*"
        ),
        before_according=regex.compile(
            rf"(?r)(?P<cue>{according})[ \u00a0]+(?P<source>{_SOURCE}),[ \u00a0]*\Z"
        ),
        lead_in_tail=regex.compile(
            # A phrase may sit between the cue and the comma ("said of the senator,"), but
            # no "that": "said that once the Senate recesses, “…”" reports a clause.
            rf"(?:[ \u00a0]+(?:(?!(?:{complementizers})[ \u00a0])[^,.;:!?“”\"\n]){{1,60}})?"
            r"[ \u00a0]*[,:][ \u00a0]*"
        ),
        subject=regex.compile(rf"(?r)(?P<source>{_SOURCE})(?:{_APPOSITION})?[ \u00a0]+{aux}\Z"),
        trailing_subject=regex.compile(rf"(?r),[ \u00a0]+(?P<source>{_SOURCE})[ \u00a0]+{aux}\Z"),
        channel=regex.compile(channel),
        # A sentence's end and the space after it. The look-ahead for the rare character
        # each alternative starts with lets the engine skip to it.
        sentence_start=regex.compile(
            rf"(?=[.!?…\n])(?:{not_abbreviation}[.!?…][”’\"')\]]*[ \u00a0]+|\n)"
        ),
        sentence_end=regex.compile(
            rf"{not_abbreviation}[.!?…][”’\"')\]]*(?=[ \u00a0]+[\p{{Lu}}“\"‘']|\n|\Z)|\n"
        ),
        cue_object=regex.compile(rf"[ \u00a0]+{objects}(?![\p{{L}}])"),
        # The reporter's sentence goes on after a quotation with a lowercase word that
        # neither opens a new clause ("when", "he said") nor is a cue ("adding that").
        goes_on=regex.compile(
            rf"[ \u00a0]+(?!(?:{alternation(lexicon.clause_openers)})[ \u00a0,])\p{{Ll}}"
        ),
        clause_end=regex.compile(
            r"[ \u00a0]*(?:[.,;:!?—–(]|\n|\Z|"
            rf"(?:{alternation(lexicon.clause_followers)})(?![\p{{L}}]))"
        ),
        pronouns=frozenset(p for p, _ in lexicon.pronouns),
        abbreviations=frozenset(a + "." for a in abbreviations),
        clause_words=frozenset(lexicon.clause_words),
        determiners=frozenset(lexicon.determiners),
        not_last=frozenset(lexicon.determiners) | frozenset(lexicon.prepositions),
        opening_words=frozenset(lexicon.opening_words),
        # Whether a phrase ends with an unnamed source. Read backwards from the end (?r), the
        # match is tried once where the phrase ends, not at every word of it: nine times
        # faster, and only whether there is a match is asked.
        anonymous=regex.compile(
            r"(?ri)(?:"
            + "|".join(regex.escape(a) for a in sorted(table.anonymous, key=len)[::-1])
            + r")\Z"
        ),
    )


_WORDS = regex.compile(r"\S+")
# White space to str.split but not to \s: the information separators.
_SPLIT_ONLY = ("\x1c", "\x1d", "\x1e", "\x1f")
# What may stand right before a subject: the end of a sentence or clause, a closing mark.
_CLAUSE_START = frozenset(".!?;:,\n”’\"'»)—–")
_LOOK_BACK = 20
_FIRST_WORD = regex.compile(r"\p{L}+")
# Cues are lowercase words; capitalised ones ("States", "Post") are names.
_LOWER_WORD = regex.compile(r"\p{Ll}+")
_LEAD = regex.compile(r"[ \u00a0]*,?[ \u00a0]*")
# Between an opening cue's source and its quotation: Said Ellis: “…”.
_OPENING_TAIL = regex.compile(r"[ \u00a0]*[,:][ \u00a0]*")
# A trailing reporting clause ends its sentence or clause: “…” was underway, the post added.
_CLAUSE_CLOSE = regex.compile(r"[ \u00a0]*[,.;!?]")
_DOUBLE_MARKS = regex.compile('[“”"«»„‹›「」『』]')
_QUOTE_CHARS = frozenset('“”"«»„‚‹›「」『』')
# What the dash rule's cue starts with.
_DASHES = ("—", "–", "―", "-")


def vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """The words attribution looks up in a text's :class:`Words`, in lowercase."""
    return frozenset(word.lower() for word in patterns(lexicon).cues.firsts)


def attribute_quotations(
    text: str,
    quotations: Sequence[Quotation],
    index: MentionIndex,
    lexicon: Lexicon,
    words: Words | None = None,
) -> tuple[list[Attribution], Resolver]:
    """Attribute each quotation to its speaker; return the attributions and the resolver.

    The resolver holds the actors so far (``resolver.table``) and resolves later stages'
    sources into them. ``words``, the text's words read for a vocabulary that holds
    :func:`vocabulary`, let the cues be found at once; without them, window by window.

    >>> from newsclaims import DEFAULT_LEXICON as lex
    >>> from newsclaims._marks import find_quotation_marks
    >>> from newsclaims._quotes import pair_quotation_marks
    >>> from newsclaims._actors import find_mentions
    >>> text = "“We are ready,” Lee said, but Ortiz disagreed: “We are not.”"
    >>> quotations = pair_quotation_marks(text, find_quotation_marks(text, lex), lex)
    >>> found, _ = attribute_quotations(
    ...     text, quotations, find_mentions(text, quotations, lex), lex)
    >>> [(a.mention.text, a.cue.text, a.rule) for a in found]
    [('Lee', 'said', 'after'), ('Ortiz', 'disagreed', 'before')]
    """
    cues = patterns(lexicon).cues
    found = WindowCues(cues, text) if words is None else CueIndex(cues, words)
    attributor = _Attributor(text, index, lexicon, found)
    return attributor.run(quotations), attributor


class _Attributor:
    """The state of attribution over one document: actors so far and the last speakers."""

    def __init__(self, text: str, index: MentionIndex, lexicon: Lexicon, cues: _TextCues) -> None:
        self.text = text
        self.index = index
        self.lexicon = lexicon
        self.p = patterns(lexicon)
        self.names = name_table(lexicon)
        self.cues = cues
        self.table = ActorTable(text, index, lexicon)
        # (position, actor key) of each speaker so far, for descriptions like "the post".
        self.speakers: list[tuple[int, str]] = []
        self._resolved: dict[tuple[int, int], tuple[str | None, Mention]] = {}
        self._subjects: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._sentence_starts: dict[int, int] = {}

    def run(self, quotations: Sequence[Quotation]) -> list[Attribution]:
        """Attribute the quotations in text order; a later rule may use an earlier result."""
        out: list[Attribution] = []
        # Where the last direct quotation's reporting clause ends: a split quote's next part
        # may follow it. -1 when there is none.
        join_from = -1
        # The last attributed quotation and where its paragraph starts, for continuations.
        previous: tuple[int, Attribution] | None = None
        for q in quotations:
            paragraph = self.paragraph_start(q.start)
            q, clause = self.adjacent_clause(q, join_from)
            if clause is None and out and join_from >= 0 and self.continues(join_from, q.start):
                out[-1] = _joined(out[-1], q)
                join_from = q.end
                continue
            continued: Attribution | None = None
            if clause is None and paragraph == q.start:
                clause = self.intro(paragraph)
                if (
                    clause is None
                    and previous is not None
                    and previous[0] == self.previous_paragraph_start(paragraph)
                ):
                    # A paragraph that is a quotation continues the speaker before it.
                    continued = _continuing(previous[1], q, "continuation")
            if continued is None and clause is None:
                clause = self.sentence(q)
            if continued is None and clause is None and paragraph < q.start and not self.lead(q):
                # “…” opening a sentence inside a paragraph, with no cue of its own: its
                # speaker is the one the paragraph is about. “Dianne Bystrom agreed. “…””
                if previous is not None and previous[0] == paragraph:
                    continued = _continuing(previous[1], q, "paragraph")
                elif len(self.text[q.spans[0][0] : q.spans[-1][1]].split()) >= _PARAGRAPH_WORDS:
                    source = self.speaker_in(paragraph, self.sentence_start(q.start))
                    if source is not None:
                        clause = Clause(source, None, None, q.end, "paragraph")
            if continued is not None:
                out.append(continued)
                previous = (paragraph, continued)
                join_from = q.end
                continue
            kind = self.kind_of(q, clause, self.lead(q))
            if clause is None:
                out.append(Attribution(q.spans, q.nested, kind, None, None, None, None, ""))
                join_from = -1
                continue
            speaker, mention = self.resolve(clause.source)
            text = self.text
            attribution = Attribution(
                q.spans,
                q.nested,
                kind,
                speaker,
                mention,
                Span.of(text, *clause.cue) if clause.cue else None,
                Span.of(text, *clause.channel) if clause.channel else None,
                clause.rule,
            )
            out.append(attribution)
            if speaker is not None:
                self.speakers.append((q.start, speaker))
            previous = (paragraph, attribution)
            join_from = max(clause.end, q.end) if kind is QuoteKind.DIRECT else -1
        return out

    def adjacent_clause(self, q: Quotation, join_from: int) -> tuple[Quotation, Clause | None]:
        """A reporting clause right at the quotation: a transcript label, after or before it.

        Returns the quotation too, as a transcript label is taken out of its words.
        """
        label = SPEAKER_LABEL.match(self.text, q.spans[0][0], q.spans[0][1])
        if label is not None:
            # A transcript: “WALLACE: Let's start …” is Wallace's, the label left out.
            q = q._replace(spans=((label.end(), q.spans[0][1]), *q.spans[1:]))
            colon = (label.end(1), label.end(1) + 1)
            return q, Clause(label.span(1), colon, None, q.end, "transcript")
        clause = self.after(q) or self.before(q)
        # “…,” he said, “…”: a cue before that belongs to the first part: a split quote.
        if clause is not None and clause.cue is not None and clause.cue[0] < join_from:
            return q, None
        return q, clause

    def kind_of(self, q: Quotation, clause: Clause | None, lead: str) -> QuoteKind:
        """Direct or partial by where the quotation stands; a title, nickname or scare
        quotes when nobody is said to speak it."""
        if clause is None:
            return self.unattributed_kind(q, lead)
        if clause.rule == "sentence":
            return QuoteKind.PARTIAL
        if clause.rule.startswith("before"):
            # The cue leads into it: the quotation is the speech, unless the reporter's
            # sentence goes on after it (Comey testified “thousands” of emails …).
            goes_on = self.p.goes_on.match(self.text, q.end, q.end + _NEAR) is not None
            return QuoteKind.PARTIAL if goes_on else QuoteKind.DIRECT
        if clause.rule.startswith("after") and len(lead.split()) <= _SHORT_LEAD:
            # “As for complexity, “…,” said Mr. Kamin”: a short lead-in, a whole quote.
            return QuoteKind.DIRECT
        return QuoteKind.DIRECT if _opens_sentence(lead) else QuoteKind.PARTIAL

    # -- where paragraphs and sentences are ------------------------------------------------

    def paragraph_start(self, position: int) -> int:
        """Where the paragraph holding ``position`` starts (looking back a bounded stretch)."""
        lo = max(0, position - 4 * _SENTENCE)
        found = self.text.rfind("\n", lo, position)
        start = found + 1 if found >= 0 else lo
        while start < position and self.text[start] in " \t\r\u00a0\ufeff":
            start += 1
        return start

    def previous_paragraph_start(self, paragraph: int) -> int:
        """Where the paragraph before the one starting at ``paragraph`` starts."""
        end = paragraph
        while end > 0 and self.text[end - 1].isspace() and paragraph - end < _SENTENCE:
            end -= 1
        return self.paragraph_start(end) if end > 0 else -1

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts (within its paragraph, bounded).

        Remembered: several rules ask about the start of the same quotation.
        """
        known = self._sentence_starts.get(position)
        if known is None:
            known = self._sentence_starts[position] = self._sentence_start(position)
        return known

    def _sentence_start(self, position: int) -> int:
        start = max(self.paragraph_start(position), position - _SENTENCE)
        # The last sentence end before ``position``: a forward scan finds it several times
        # faster than a reverse search, which tries every character.
        for found in self.p.sentence_start.finditer(self.text, start, position):
            start = found.end()
        return start

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around ``[start, end)``, within its paragraph and a bounded window."""
        text = self.text
        s = self.sentence_start(start)
        hi = min(len(text), end + _SENTENCE)
        found = self.p.sentence_end.search(text, end, hi)
        e = found.end() if found else hi
        return s, e

    def lead(self, q: Quotation) -> str:
        """The words of the reporter's sentence before the quotation."""
        s = self.sentence_start(q.start)
        return self.text[s : q.start].strip(" \t\u00a0([—–-")

    def continues(self, join_from: int, start: int) -> bool:
        """True when a quotation starting at ``start`` continues the one whose reporting
        clause ended at ``join_from``: “…,” he said. “…” is one split quote.

        Within the paragraph and a sentence's length, anything between counts: PolNeAR's
        annotators join “…,” he said, adding that … “…” into one relation too.
        """
        if start - join_from > _SENTENCE:
            return False
        gap = self.text[join_from:start]
        return "\n" not in gap and _QUOTE_CHARS.isdisjoint(gap)

    # -- the rules ---------------------------------------------------------------------------

    def after(self, q: Quotation) -> Clause | None:
        """A reporting clause right after the quotation: “…,” Putin said / said Putin."""
        text, p = self.text, self.p
        hi = min(len(text), q.end + _NEAR)
        newline = text.find("\n", q.end, hi)
        if newline >= 0:
            hi = newline
        # Only the first cues matter: a source phrase is at most nine words long.
        cues = list(itertools.islice(self.cues.scan(q.end, hi), _AFTER_CUES))
        for rule in ("after", "after-inverted", "after-according-to", "dash"):
            match, cue = self.after_match(rule, q.end, cues, hi)
            if match is None or cue is None:
                continue
            inverted = rule != "after"
            source = self.source_of(match, inverted=inverted)
            if source is None:
                continue
            end = max(match.end(), source[1]) if inverted else cue[1]
            channel = self.channel(end, hi)
            if channel is not None:
                end = channel[1]
            elif (
                rule == "after"
                and text[q.spans[-1][1] - 1] == "."
                and not p.clause_end.match(text, end, hi)
            ):
                # “… true.” He said Clinton would …: a new sentence reporting more speech.
                continue
            return Clause(source, cue, channel, end, rule)
        return None

    def after_match(
        self, rule: str, end: int, cues: list[tuple[int, int]], hi: int
    ) -> tuple[regex.Match[str] | None, tuple[int, int] | None]:
        """The match of one after-rule at the end of a quotation, and its cue's span."""
        text, p = self.text, self.p
        if rule == "after":
            # The first cue with a source phrase between it and the quotation.
            for found in cues:
                match = p.after.fullmatch(text, end, found[0])
                if match is not None:
                    return match, (found[0], self.object_end(found[1], hi))
            return None, None
        if rule == "after-inverted":
            if cues and _LEAD.fullmatch(text, end, cues[0][0]):
                return p.after_inverted.match(text, cues[0][1], hi), cues[0]
            return None, None
        # A dash line may stand on the next line: “…” (line break) —Commissioner Ruiz
        limit = min(len(text), end + _NEAR) if rule == "dash" else hi
        if rule == "dash" and not text[end:limit].lstrip().startswith(_DASHES):
            return None, None  # only white space may stand before the dash: most have none
        pattern = p.dash if rule == "dash" else p.after_according
        match = pattern.match(text, end, limit)
        return match, match.span("cue") if match is not None else None

    def before(self, q: Quotation) -> Clause | None:
        """A reporting clause leading into the quotation: Putin said: “…” / According to X, “…”."""
        text, p = self.text, self.p
        lo = max(self.paragraph_start(q.start), q.start - _NEAR)
        # A cue further back than a tail's length cannot lead into the quotation.
        cues = self.cues.find(max(lo, q.start - _TAIL), q.start)
        # The latest cue that leads into the quotation with its subject right before it.
        for cue in reversed(cues):
            if p.before_tail.fullmatch(text, cue[1], q.start):
                source = self.subject(lo, cue[0])
                if source is not None:
                    channel = self.channel(cue[1], q.start)
                    return Clause(source, cue, channel, q.start, "before")
        # The two rules below lead in with a comma or colon ("According to X, “…”",
        # "saying: “…”"), which then stands right before the quotation: most have none.
        led_in = text[lo : q.start].rstrip(" \u00a0").endswith((",", ":"))
        match = p.before_according.search(text, lo, q.start) if led_in else None
        if match is not None:
            source = self.source_of(match, inverted=True)
            if source is not None:
                cue = match.span("cue")
                return Clause(
                    source, cue, self.channel(cue[1], q.start), q.start, "before-according-to"
                )
        for cue in reversed(cues if led_in else ()):
            if p.lead_in_tail.fullmatch(text, cue[1], q.start):
                # “..., saying, “…”: the cue leads in, its subject is the sentence's speaker.
                s, _ = self.sentence_bounds(cue[0], cue[0])
                source = self.subject(s, cue[0]) or self.speaker_in(s, cue[0])
                if source is not None:
                    return Clause(source, cue, None, q.start, "before-lead-in")
                break
        return self.opening_cue(q)

    def opening_cue(self, q: Quotation) -> Clause | None:
        """A capitalised cue opening the sentence, its source after it: Said Ellis: “…”.

        Cues are found lowercase, so that "States" and "Post" stay names; here the cue is
        the sentence's first word, and the source must run up to a colon or comma that
        leads into the quotation.
        """
        text, p = self.text, self.p
        s = self.sentence_start(q.start)
        first = _FIRST_WORD.match(text, s, q.start)
        if first is None or not first.group().istitle():
            return None
        if not p.cues.is_cue(first.group().lower()):
            return None
        match = p.after_inverted.match(text, first.end(), q.start)
        if match is None or not _OPENING_TAIL.fullmatch(text, match.end(), q.start):
            return None
        source = self.source(*match.span("source"), inverted=True)
        if source is None:
            return None
        return Clause(source, first.span(), None, q.start, "before-inverted")

    def sentence(self, q: Quotation) -> Clause | None:
        """A cue elsewhere in the quotation's sentence: the speaker of a partial quote."""
        text, p = self.text, self.p
        s, e = self.sentence_bounds(q.start, q.end)
        # The nearest cue before the quotation whose subject can be read.
        best: Clause | None = None
        for cue_start, cue_end in self.cues.find(s, q.start):
            if _inside_quote(text, s, cue_start):
                continue
            source = self.subject(s, cue_start)
            if source is None and text[cue_start:cue_end].endswith("ing"):
                # A participle ("calling them") has the sentence's speaker for its subject.
                source = best.source if best is not None else self.speaker_in(s, cue_start)
            if source is not None:
                cue_end = self.object_end(cue_end, q.start)
                best = Clause(source, (cue_start, cue_end), None, q.end, "sentence")
        if best is not None:
            return best
        # After it: “The “defensive operation” was still underway, the post added.”
        for cue in self.cues.find(q.end, e):
            if not _CLAUSE_CLOSE.match(text, cue[1], e):
                continue
            match = p.trailing_subject.search(text, q.end, cue[0])
            if match is not None:
                source = self.source(*match.span("source"), inverted=False)
                if source is not None:
                    return Clause(source, cue, None, q.end, "sentence")
        return None

    def intro(self, paragraph: int) -> Clause | None:
        """The paragraph before ends with a colon: “And from Councillor Mark Chen:”."""
        text = self.text
        end = paragraph
        while end > 0 and text[end - 1].isspace() and paragraph - end < _SENTENCE:
            end -= 1
        if end == 0 or text[end - 1] != ":":
            return None
        colon = end - 1
        s = self.sentence_start(colon)
        for cue in self.cues.find(s, colon):
            source = self.subject(s, cue[0])
            if source is not None:
                return Clause(source, cue, None, paragraph, "intro")
        # No cue: the first name of the introduction ("From the office of Dana Wu, …:").
        names = list(self.index.before(colon, colon - s))
        if not names:
            return None
        first = names[-1]
        return Clause((first.start, first.end), (colon, colon + 1), None, paragraph, "intro")

    # -- reading the parts -------------------------------------------------------------------

    def subject(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """The subject right before a cue that starts at ``cue_start``: “Zelensky said”.

        Remembered: the claims stage asks again about many cues attribution read.
        """
        key = (max(lo, cue_start - _NEAR), cue_start)
        if key not in self._subjects:
            match = self.p.subject.search(self.text, *key)
            self._subjects[key] = None if match is None else self.source_of(match, inverted=False)
        return self._subjects[key]

    def speaker_in(self, start: int, limit: int) -> tuple[int, int] | None:
        """The speaker of a sentence from ``start`` to a participle cue at ``limit``.

        The subject of the last reporting clause before the cue if there is one ("Spicer
        said, adding, “…”"), else the first name of the main clause: an opening phrase
        such as "During the debate," is skipped.
        """
        for cue_start, _ in reversed(self.cues.find(start, limit)):
            source = self.subject(start, cue_start)
            if source is not None:
                return source
        clause = start
        first = _FIRST_WORD.match(self.text, start, limit)
        comma = self.text.find(",", start, limit)
        opening = first is not None and first.group().casefold() in self.p.opening_words
        if comma >= 0 and (opening or len(self.text[start:comma].split()) <= 3):
            clause = comma + 1  # "During the debate," or "Hours later," opens the sentence
        pronoun = _FIRST_WORD.search(self.text, clause, limit)
        if pronoun is not None and pronoun.group().casefold() in self.p.pronouns:
            # "He then defended the remark, saying, “…”"
            return pronoun.start(), pronoun.end()
        names = list(self.index.before(limit, limit - clause))
        return (names[-1].start, names[-1].end) if names else None

    def object_end(self, cue_end: int, limit: int) -> int:
        """Where a cue ends with its object pronoun: “calling them”."""
        match = self.p.cue_object.match(self.text, cue_end, limit)
        return match.end() if match else cue_end

    def channel(self, start: int, limit: int) -> tuple[int, int] | None:
        """Where a statement was made, right after its cue: “on Truth Social”."""
        match = self.p.channel.match(self.text, start, min(limit, start + _NEAR))
        return match.span("channel") if match else None

    def source_of(self, match: regex.Match[str], *, inverted: bool) -> tuple[int, int] | None:
        """The source a rule's match names: its source phrase, or the name in apposition.

        In “Russia’s military general staff, Valery Gerasimov, praised” the speaker is the
        name; in “Smith, a spokesman for X, told” it is the phrase before the apposition.
        """
        if "apposition" in match.re.groupindex and match.group("apposition"):
            start, end = match.span("apposition")
            if self.cues.find(start, end):
                return None  # ", Spicer said," is a clause of its own, not an apposition
            words = self.text[start:end].split()
            if words[0][0].isupper() and all(
                w[0].isupper() or w in ("of", "de", "van", "von") for w in words
            ):
                return self.source(start, end, inverted=False)
        return self.source(*match.span("source"), inverted=inverted)

    def source(self, start: int, end: int, *, inverted: bool) -> tuple[int, int] | None:
        """The source phrase in ``[start, end)`` trimmed to a noun phrase, or None.

        A regular expression can only say "some words"; here they are cut at the last word
        that starts a clause ("and Ortiz" -> "Ortiz") and, after an inverted cue, at the first
        word that starts something else ("said Putin in a statement" -> "Putin").
        """
        text, p = self.text, self.p
        starts, words = _split(text, start, end)
        if not words:
            return None
        lowered = [word.rstrip(",").casefold() for word in words]
        # Most phrases hold no clause word and no cue: a set says so before any loop.
        if not inverted and not p.clause_words.isdisjoint(lowered):
            # Before its cue the source starts after the last word that starts a clause.
            cut = 0
            for i, word in enumerate(lowered):
                if word in p.clause_words and words[i][0].islower():
                    cut = i + 1
            starts, words, lowered = starts[cut:], words[cut:], lowered[cut:]
        elif inverted:
            # After the cue the source runs until a clause or a phrase of its own begins.
            for i in range(1, len(words)):
                if lowered[i] in p.clause_words and words[i][0].islower():
                    starts, words, lowered = starts[:i], words[:i], lowered[:i]
                    break
        if not words or len(words) > 9 or lowered[-1] in p.not_last:
            return None
        if p.cues.any_cue(words):
            for i, word in enumerate(words):
                # "Park said Kim's mental" holds a cue: a clause, not a source. After a
                # determiner the word is a noun: "the post", "his tweet"; so is a plural that
                # ends the phrase after a modifier: "Intelligence reports", "news reports".
                plural_head = i == len(words) - 1 and i > 0 and lowered[i].endswith("s")
                if (
                    p.cues.is_cue(word)
                    and (i == 0 or lowered[i - 1] not in p.determiners)
                    and not plural_head
                ):
                    return None
        first = words[0]
        span = (starts[0], starts[-1] + len(words[-1]))
        last_word = words[-1]
        if last_word.endswith(".") and last_word not in p.abbreviations and len(last_word) > 2:
            span = (span[0], span[1] - 1)  # "a dit Lee." ends a sentence, not a name
        if lowered[0] in p.pronouns and len(words) == 1:
            return span
        # The last word of the name itself, before a party and state in brackets.
        last = first[0]
        for word in reversed(words):
            if word[0] != "(":
                last = word[0]
                break
        # "political scientist Christopher Wlezien": a role before a name.
        if (
            first[0].isupper()
            or first[0].isdigit()
            or lowered[0] in p.determiners
            or last.isupper()
        ):
            if len(words) == 1 and first in self.names.not_names:
                return None
            return span
        if p.anonymous.search(text[span[0] : span[1]].casefold()):
            return span
        return None

    def resolve(self, source: tuple[int, int]) -> tuple[str | None, Mention]:
        """The actor a source phrase names, and the phrase as a mention.

        A phrase is resolved once: a quote and a claim attributed to the same words (a
        partial quote inside a reported claim) always name the same actor.
        """
        known = self._resolved.get(source)
        if known is None:
            known = self._resolved[source] = self._resolve(source)
        return known

    def _resolve(self, source: tuple[int, int]) -> tuple[str | None, Mention]:
        text, lexicon = self.text, self.lexicon
        start, end = source
        mention = Mention.of(text, start, end)
        phrase = text[start:end]
        lowered = phrase.casefold()
        kinds = lexicon.pronoun_kinds(phrase)
        if kinds:
            return self.antecedent(start, kinds, mention), mention
        words = phrase.split()
        definite = len(words) >= 2 and words[0].casefold() in lexicon.definite_articles
        if definite and words[1][0].islower():
            kinds = lexicon.description_kinds(words[-1])
            if kinds:
                # Nobody fitting named before: the description is all the text says.
                key = self.described(start, words[-1].casefold(), kinds, mention)
                return key or self.table.add_anonymous(mention), mention
        named = phrase[0].isupper() or (definite and words[1][0].isupper())
        if not named or self.p.anonymous.search(lowered):
            return self.table.add_anonymous(mention), mention
        name = describe_name(text, start, end, lexicon)
        if name is None:
            return self.table.add_anonymous(mention), mention
        return self.table.add(name, mention), mention

    def antecedent(
        self, position: int, kinds: tuple[ActorKind, ...], mention: Mention
    ) -> str | None:
        """The nearest actor before ``position`` of a fitting kind: what a pronoun refers to.

        A name in a subject's place (opening its sentence or clause) comes first: in "Trump
        met Zelensky. “…,” he said." the speaker is Trump. Failing one, the nearest name.
        """
        fallback: Name | None = None
        for name in self.index.before(position):
            if name.kind not in kinds and name.kind is not ActorKind.UNKNOWN:
                continue
            if self.in_subject_place(name):
                fallback = name
                break
            fallback = fallback or name
        if fallback is None:
            return None
        key = self.table.add_name(fallback)
        return self.table.add_to(key, mention)

    def in_subject_place(self, name: Name) -> bool:
        """True if ``name`` opens its sentence or clause: after a full stop, a comma, a
        closing quotation mark or a line break, or at the start of the text."""
        before = self.text[max(0, name.start - _LOOK_BACK) : name.start].rstrip(" \t\u00a0")
        return not before or before[-1] in _CLAUSE_START

    def described(
        self, position: int, noun: str, kinds: tuple[ActorKind, ...], mention: Mention
    ) -> str | None:
        """The actor a description ("the post", "the senator") refers to.

        A speaker already quoted comes first, the nearest that fits; a person's title must
        match ("the senator" needs Sen. or Senator). Failing that, the nearest fitting name.
        """
        for _, key in reversed(self.speakers[-_RECENT_SPEAKERS:]):
            if self.fits(key, noun, kinds):
                return self.table.add_to(key, mention)
        for name in self.index.before(position):
            if name.kind in kinds and (
                name.kind is not ActorKind.PERSON or _title_fits(name, noun)
            ):
                key = self.table.add_name(name)
                return self.table.add_to(key, mention)
        return None

    def fits(self, key: str, noun: str, kinds: tuple[ActorKind, ...]) -> bool:
        kind = self.table.kind(key)
        if kind not in kinds:
            return False
        title = self.table.title(key)
        return kind is not ActorKind.PERSON or (
            title is not None and noun.startswith(title.casefold().rstrip(".")[:3])
        )

    def unattributed_kind(self, q: Quotation, lead: str) -> QuoteKind:
        """A quotation nobody is said to speak: a title, a nickname, scare quotes, or speech."""
        text, lexicon = self.text, self.lexicon
        start, end = q.spans[0][0], q.spans[-1][1]
        words = text[start:end].split()
        before = text[max(0, q.start - 30) : q.start].casefold()
        if before.rstrip().endswith(lexicon.nickname_cues):
            return QuoteKind.NICKNAME
        if before.rstrip().endswith(lexicon.title_cues) or (
            len(words) <= 8
            and all(w[0].isupper() or not w[0].isalpha() for w in words if len(w) > 3)
            and len(words) > 1
        ):
            return QuoteKind.TITLE
        # “…” about fixing inequality: a sentence that goes on after the quotation is the
        # reporter's, and the quotation a part of it.
        goes_on = self.p.goes_on.match(text, q.end, q.end + _NEAR) is not None
        if len(q.spans) > 1 or (len(words) >= 6 and _opens_sentence(lead) and not goes_on):
            return QuoteKind.DIRECT
        return QuoteKind.PARTIAL if len(words) >= 6 else QuoteKind.SCARE


def _split(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    """The words of ``text[start:end]`` (runs of anything but white space), and where each
    starts in ``text``.

    str.split finds them several times faster than a scan for ``\\S+``; the two differ only
    on the information separators, so a phrase holding one is scanned instead.
    """
    phrase = text[start:end]
    # The separators are not printable: a phrase that is (most are) holds none.
    if not phrase.isprintable() and any(separator in phrase for separator in _SPLIT_ONLY):
        found = list(_WORDS.finditer(text, start, end))
        return [m.start() for m in found], [m.group() for m in found]
    words = phrase.split()
    if " ".join(words) == phrase:
        # One space between words, as most phrases have: each word starts one character
        # after the words before it, which loops in C count.
        lengths = itertools.accumulate(map(len, words), initial=start)
        return list(map(operator.add, lengths, range(len(words)))), words
    starts = []
    at = 0
    for word in words:
        at = phrase.find(word, at)  # only white space stands before the word
        starts.append(start + at)
        at += len(word)
    return starts, words


def _continuing(previous: Attribution, q: Quotation, rule: str) -> Attribution:
    """The quotation ``q`` spoken by ``previous``'s speaker, whose words it continues."""
    return previous._replace(
        spans=q.spans, nested=q.nested, kind=QuoteKind.DIRECT, channel=None, rule=rule
    )


def _joined(first: Attribution, q: Quotation) -> Attribution:
    """A split quote: the first part's attribution with the next part's words added."""
    return first._replace(
        spans=first.spans + q.spans,
        nested=first.nested + q.nested,
        kind=QuoteKind.DIRECT,
        rule=first.rule if first.rule.startswith("split") else "split",
    )


def _opens_sentence(lead: str) -> bool:
    """True if a quotation after ``lead`` starts its sentence (or follows a colon): direct.

    One that starts inside the reporter's sentence quotes a fragment: a partial quote.
    """
    return not lead or lead.endswith(":")


def _title_fits(name: Name, noun: str) -> bool:
    return name.title is not None and noun.startswith(name.title.casefold().rstrip(".")[:3])


def _inside_quote(text: str, start: int, position: int) -> bool:
    """True if an odd number of double marks lie between ``start`` and ``position``."""
    return len(_DOUBLE_MARKS.findall(text, start, position)) % 2 == 1
