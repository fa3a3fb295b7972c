"""Reading a source phrase and resolving it to an actor: the actors stage's interface.

Attribution, claims and disputes each find reporting clauses; a :class:`Resolver` reads the
source phrase of each ("Sen. Maria Lopez", "he", "the post", "officials") and resolves it to
the document's actors: a name to the actor it names (aliases merged in an
:class:`~newsclaims._extract.actors.ActorTable`), a pronoun or a description to the nearest fitting
actor before it, an unnamed source to an anonymous actor. The pipeline makes one resolver per
text and hands it to each stage in turn, so that a quote and a claim attributed to the same
words name the same actor.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator

import regex

from newsclaims._extract.actors import (
    ActorTable,
    MentionIndex,
    Name,
    describe_name,
    find_mentions,
    name_table,
    word_gender,
)
from newsclaims._extract.attribution_patterns import patterns
from newsclaims._extract.cues import CueIndex, TextCues, WindowCues
from newsclaims._model.records import ActorKind
from newsclaims._model.spans import Mention
from newsclaims._text.marks import mark_characters
from newsclaims._text.model import Text
from newsclaims.lexicon import Lexicon

__all__ = ["Resolver", "read_resolver"]

# How far before a cue its subject may start, in characters.
_NEAR = 160
# How many of the latest speakers a description ("the post") may refer back to.
_RECENT_SPEAKERS = 20
_WORDS = regex.compile(r"\S+")
# White space to str.split but not to \s: the information separators.
_SPLIT_ONLY = ("\x1c", "\x1d", "\x1e", "\x1f")
# What may stand right before a subject: the end of a sentence or clause, or a closing
# quotation mark (Resolver.clause_start adds those).
_CLAUSE_START = frozenset(".!?;:,\n)—–")
_LOOK_BACK = 20
_FIRST_WORD = regex.compile(r"\p{L}+")


@functools.lru_cache(maxsize=32)
def _clause_words(
    lexicon: Lexicon,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Four sets of words, lower case: three that no name ends in, and every word a source
    phrase may be cut at (for a quick first test).

    The finite verbs that open a verb group ("is", "could", "has"); the words that may
    stand between a subject and its cue (those, the adverbs of ``auxiliaries`` such as
    "also", and the participles: "can be heard"); and those with the words that open a
    clause ("and", "who"), which name nobody on their own.
    """
    finite = frozenset(
        word
        for word in (
            *lexicon.passive_auxiliaries,
            *lexicon.disputes.verb_auxiliaries,
            *lexicon.disputes.copulas,
        )
        if word.isalpha()
    )
    verbs = finite | frozenset(
        (*lexicon.auxiliaries, *lexicon.participles, *lexicon.disputes.copulas)
    )
    clause = verbs | frozenset((*lexicon.clause_words, *lexicon.relative_pronouns))
    pronouns = frozenset(word for word, _ in lexicon.pronouns)
    return finite, verbs, clause, clause | pronouns | frozenset(lexicon.determiners)


def read_resolver(text: Text, *, indexed: bool = False) -> Resolver:
    """A resolver for ``text``: its names indexed, its cues read from its words when
    ``indexed`` (every stage will ask about them), else window by window (quotes alone)."""
    index = find_mentions(text.string, text.quotations, text.lexicon)
    cues = patterns(text.lexicon).cues
    found = CueIndex(cues, text.words) if indexed else WindowCues(cues, text.string)
    return Resolver(text, index, found)


class Resolver:
    """The source phrases of one text and the actors they resolve to, gathered in text order.

    ``table`` holds the actors so far; ``index`` the names of the text.
    """

    def __init__(self, text: Text, index: MentionIndex, cues: TextCues) -> None:
        self.text = text.string
        self.model = text
        self.index = index
        self.lexicon = text.lexicon
        self.p = patterns(text.lexicon)
        self.names = name_table(text.lexicon)
        self.cues = cues
        self.plural = text.lexicon.plural_suffixes
        words = _clause_words(text.lexicon)
        self.finite_verbs, self.verb_words, self.function_words, self.clause_or_verb = words
        self.headline_cues = frozenset(text.lexicon.headline_cues)
        self.prepositions = frozenset(text.lexicon.prepositions)
        # The words that may be a source on their own: "he", "some", "many".
        self.alone = self.p.pronouns | self.p.determiners
        marks = mark_characters(text.lexicon)
        self.clause_start = _CLAUSE_START | marks.only_closing | marks.symmetric
        self.table = ActorTable(text.string, index, text.lexicon)
        # (position, actor key) of each speaker so far, for descriptions like "the post".
        self.speakers: list[tuple[int, str]] = []
        self._resolved: dict[tuple[int, int], tuple[str | None, Mention]] = {}
        self._subjects: dict[tuple[int, int], tuple[int, int] | None] = {}

    def spoke(self, position: int, key: str) -> None:
        """Note that the actor ``key`` speaks at ``position``: a later "the post" may mean it."""
        self.speakers.append((position, key))

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
                w[0].isupper() or w in self.lexicon.name_particles for w in words
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
        if text.find(". ", start, starts[-1]) >= 0:
            # A source is named inside its sentence: "John McCain. Obama said" is Obama's.
            sentence = self.model.sentence_start(starts[-1])
            if starts[0] < sentence:
                inside = bisect.bisect_left(starts, sentence)
                starts, words = starts[inside:], words[inside:]
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
                plural_head = i == len(words) - 1 and i > 0 and lowered[i].endswith(self.plural)
                if (
                    p.cues.is_cue(word)
                    and (i == 0 or lowered[i - 1] not in p.determiners)
                    and not plural_head
                ):
                    return None
        first = words[0]
        span = (starts[0], starts[-1] + len(words[-1]))
        if lowered[0] in p.pronouns and len(words) == 1:
            return _sentence_end_left_out(span, words[-1], p.abbreviations)
        # The last word of the name itself, before a party and state in brackets.
        last = first[0]
        for word in reversed(words):
            if word[0] != "(":
                last = word[0]
                break
        # Whether the words hold a source is read on them as the sentence writes them ("But
        # environmentalists worry", "political scientist Christopher Wlezien": a role before
        # a name); which words are the source, only then.
        if not (
            first[0].isupper()
            or first[0].isdigit()
            or lowered[0] in p.determiners
            or last.isupper()
            or p.anonymous.search(text[span[0] : span[1]].casefold())
        ):
            return None
        starts, words, lowered = self._noun_phrase(starts, words, lowered)
        if not words or lowered[-1] in self.prepositions:
            return None
        if len(words) == 1 and words[0] in self.names.not_names and lowered[0] not in self.alone:
            return None  # "There were": no source; "Some may", "He didn't": one
        span = (starts[0], starts[-1] + len(words[-1]))
        return _sentence_end_left_out(span, words[-1], p.abbreviations)

    def _noun_phrase(
        self, starts: list[int], words: list[str], lowered: list[str]
    ) -> tuple[list[int], list[str], list[str]]:
        """The noun phrase of a source's words, without the clause around it.

        A source is a name or a noun phrase, never part of a clause. The verb group before
        the cue is left out ("Donald Trump is telling", "the government could say", "Ryan
        also is", "a reporter can be heard", "Clinton has not"); a subject pronoun is the
        source alone ("That's why he said", "she's claiming": "he", "she"); and a
        conjunction that opens the sentence goes ("But Sanders is").
        """
        verbs, pronouns = self.verb_words, self.p.pronouns
        if (
            self.clause_or_verb.isdisjoint(lowered)
            and words[-1] not in self.headline_cues
            and not any("’" in word for word in lowered)  # "He’s not": a contraction
        ):
            return starts, words, lowered  # most sources: "Donald Trump", "the senator"
        end = len(words)
        while end > 1 and (lowered[end - 1] in verbs or words[end - 1] in self.headline_cues):
            end -= 1
        for i in range(end - 1, -1, -1):
            word = lowered[i].replace("’", "'")
            apostrophe = word.find("'")
            if apostrophe > 0 and word in verbs:
                word = word[:apostrophe]  # "he's", "they're": a subject and its verb
            # Lower case inside the phrase: "I" of "World War I" is a name's.
            if word in pronouns and (i == 0 or words[i].islower()):
                return [starts[i]], [words[i][: len(word)]], [word]
        if end > 1 and lowered[end - 1] in self.p.determiners and words[end - 1].islower():
            # "a title game many (are calling)": a quantifier standing for people, the subject.
            return [starts[end - 1]], [words[end - 1]], [lowered[end - 1]]
        begin = 0
        for i in range(1, end):
            # A finite verb in lower case opens the predicate: "his supporters were shown",
            # "Clinton has not (mentioned)"; after "There" or "That" the subject follows
            # it: "There is no public information".
            if lowered[i] in self.finite_verbs and words[i].islower():
                if i == 1 and words[0] in self.names.not_names and lowered[0] not in self.alone:
                    begin = i
                    while begin < end and lowered[begin] in verbs:
                        begin += 1
                else:
                    end = i
                    while end > 1 and lowered[end - 1] in verbs:
                        end -= 1
                break
        if begin >= end or (end == 1 and lowered[0] in verbs):
            return [], [], []
        while begin < end - 1 and lowered[begin] in self.p.clause_words and words[begin].istitle():
            begin += 1
        if (begin, end) == (0, len(words)):
            return starts, words, lowered
        return starts[begin:end], words[begin:end], lowered[begin:end]

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
        if len(words) <= 2 and all(word.casefold() in self.function_words for word in words):
            return None, mention  # "and who said": a word of the clause, naming nobody
        definite = len(words) >= 2 and words[0].casefold() in lexicon.definite_articles
        if definite and words[1][0].islower():
            kinds = lexicon.description_kinds(words[-1])
            if kinds:
                # Nobody fitting named before: the description is all the text says.
                key = self.described(start, words[-1].casefold(), kinds, mention)
                return key or self.table.add_anonymous(mention), mention
        # "a Donald Trump tweet", "several Republicans": the name after a determiner.
        named = phrase[0].isupper() or (
            len(words) >= 2
            and words[1][0].isupper()
            and (definite or words[0].casefold() in self.p.determiners)
        )
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
        gender = word_gender(mention.text, self.names)
        for name in self.index.before(position):
            if name.kind not in kinds and name.kind is not ActorKind.UNKNOWN:
                continue
            if name.canonical.casefold() in self.p.determiners:
                continue  # "One of the officials stayed": a quantifier, nobody's name
            if gender is not None and self.table.gender(name) not in (None, gender):
                continue  # "Ms. Park" is no "he"
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
        return not before or before[-1] in self.clause_start

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


def _sentence_end_left_out(
    span: tuple[int, int], last_word: str, abbreviations: frozenset[str]
) -> tuple[int, int]:
    """``span`` without the period that ends its last word's sentence ("a dit Lee.")."""
    if last_word.endswith(".") and last_word not in abbreviations and len(last_word) > 2:
        return span[0], span[1] - 1
    return span


def _title_fits(name: Name, noun: str) -> bool:
    return name.title is not None and noun.startswith(name.title.casefold().rstrip(".")[:3])
