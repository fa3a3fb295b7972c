"""The dispute tables compiled for the rules: patterns, and every table as a typed set.

:func:`compiled` turns a :class:`~newsclaims._dispute_cues.DisputeCues` value into what the
rules of :mod:`newsclaims._extract.dispute_rules` read, once per distinct value. It lives apart
from the tables, so that the language data imports no regex builder.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from newsclaims._dispute_cues import DisputeCues
from newsclaims._model.records import Stance
from newsclaims._text.regexes import trie_pattern
from newsclaims._text.tokens import TokenForms, token_forms
from newsclaims._text.words import first_words, next_letters
from newsclaims.lexicon import DEFAULT_LEXICON, Lexicon

__all__ = ["SHARED_TABLES", "CompiledCues", "CueSets", "Marks", "compiled", "normalize"]

#: The lexicon's own tables the dispute rules read as well: one table per word class, so that
#: extending it extends what every stage reads.
SHARED_TABLES = ("claim_nouns", "complementizers", "noun_markers", "passive_auxiliaries")


def _characters(marks: Iterable[str]) -> str:
    """The distinct characters of ``marks``, in order: a character class's contents."""
    return "".join(dict.fromkeys(ch for mark in marks for ch in mark))


def _class(characters: str) -> str:
    return "[" + "".join(regex.escape(ch) for ch in characters) + "]"


@attrs.frozen
class Marks:
    """The quotation marks and apostrophes the rules read, derived from a lexicon's one
    table of pairs (``Lexicon.quote_pairs``) and its ``apostrophes``.

    >>> marks = Marks.of((("“", "”"), ('"', '"'), ("‘", "’")), ("'", "’"))
    >>> sorted(marks.quotes), marks.opening, marks.openers, marks.closers
    (['"', "'", '‘', '’', '“', '”'], '“"‘', ('“', '‘'), ('”', '’ '))
    >>> marks.normalize("Doesn’t  Correspond"), marks.normalize("lying” about")
    ("doesn't correspond", 'lying about')
    """

    #: Every character of every mark: a token of one is skipped when reading a cue's words.
    quotes: frozenset[str]
    #: The characters of the opening marks: a word after one opens a quotation.
    opening: str
    #: The opening characters that are no apostrophe: where a quoted clause starts.
    opening_quotes: str
    #: Marks that open a quotation and never close a pair of one mark ("“", "«"), and marks
    #: that only close one ("”"), an apostrophe among them with a space after it ("’ "):
    #: the last of either before a word says whether it is quoted.
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    #: Marks that open and close alike and are no apostrophe (``"``, ``''``): an odd count
    #: before a word puts it inside a quotation.
    symmetric: tuple[str, ...]
    #: A character class of the marks that are no apostrophe: they end a disputed clause.
    quote_class: str
    #: A character class of every mark's characters.
    mark_class: str
    #: The apostrophes, ``'`` first: the form tables are written in.
    apostrophes: str
    #: Quotation marks next to the space between two words of a phrase: "lying” about".
    quotes_at_space: regex.Pattern[str]
    #: The text layer's token pattern and normal form for these apostrophes: a token's
    #: ``norm`` is :meth:`normalize` of its text.
    tokens: TokenForms

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]], apostrophes: Iterable[str]) -> Marks:
        """The marks of ``pairs`` (opening, closing) and ``apostrophes``."""
        pairs = tuple(pairs)
        tokens = token_forms(tuple(apostrophes))
        straight = tokens.straight
        same = [opening for opening, closing in pairs if opening == closing]
        asymmetric = [pair for pair in pairs if pair[0] != pair[1]]
        openers = [o for o, _ in asymmetric if o not in same]
        closers = [c for _, c in asymmetric if c not in same and c not in openers]
        every = _characters(mark for pair in pairs for mark in pair)
        quote_characters = "".join(ch for ch in every if ch not in straight)
        mark_class = _class(every + straight)
        return cls(
            quotes=frozenset(every + straight),
            opening=_characters(opening for opening, _ in pairs),
            opening_quotes=_characters(o for o, _ in pairs if o.strip(straight)),
            openers=tuple(dict.fromkeys(openers)),
            closers=tuple(dict.fromkeys(c + " " if c in straight else c for c in closers)),
            symmetric=tuple(m for m in dict.fromkeys(same) if m not in straight),
            quote_class=_class(quote_characters),
            mark_class=mark_class,
            apostrophes=straight,
            quotes_at_space=regex.compile(
                f"{mark_class}{{1,2}}(?=\\s)|(?<=\\s){mark_class}{{1,2}}"
            ),
            tokens=tokens,
        )

    def normalize(self, words: str) -> str:
        """The form tables are compared in: lower case, one space between words, ``'`` for
        every apostrophe. Quotation marks between the words of a phrase are dropped, as the
        phrase is matched across them.
        """
        if " " in words or "\n" in words or "\t" in words:
            words = self.quotes_at_space.sub("", words)
        return " ".join(words.translate(self.tokens.to_straight).lower().split())


DEFAULT_MARKS = Marks.of(DEFAULT_LEXICON.quote_pairs, DEFAULT_LEXICON.apostrophes)


def normalize(words: str) -> str:
    """:meth:`Marks.normalize` with the default lexicon's marks.

    >>> normalize("Doesn’t  correspond")
    "doesn't correspond"
    >>> normalize("lying” about"), normalize("lied'' about")
    ('lying about', 'lied about')
    """
    return DEFAULT_MARKS.normalize(words)


@attrs.frozen
class CueSets:
    """Every table of a :class:`DisputeCues` value as a set in :func:`normalize` form.

    One attribute per table, written out so that mypy checks every name the rules read
    (``tests/test_dispute_cues.py`` checks that the two classes list the same tables).
    """

    verbs_deny: frozenset[str]
    verbs_refute: frozenset[str]
    verbs_reject: frozenset[str]
    verbs_dispute: frozenset[str]
    verbs_dismiss: frozenset[str]
    verbs_standalone: frozenset[str]
    verbs_pronoun_object: frozenset[str]
    verbs_person_object: frozenset[str]
    verbs_any_object: frozenset[str]
    verbs_offsetting: frozenset[str]
    quantity_nouns: frozenset[str]
    verbs_person_topic: frozenset[str]
    topic_particles: frozenset[str]
    verbs_particle_pronoun: frozenset[str]
    object_particles: frozenset[str]
    verbs_that_object: frozenset[str]
    verbs_retort: frozenset[str]
    retort_instrument_particles: frozenset[str]
    verbs_passive_standalone: frozenset[str]
    person_pronoun_objects: frozenset[str]
    free_relatives: frozenset[str]
    object_quantifiers: frozenset[str]
    speaker_relatives: frozenset[str]
    nouns_deny: frozenset[str]
    nouns_refute: frozenset[str]
    nouns_reject: frozenset[str]
    nouns_dispute: frozenset[str]
    nouns_dismiss: frozenset[str]
    nominal_intensifiers: frozenset[str]
    nominal_support_verbs: frozenset[str]
    nouns_any_object: frozenset[str]
    nouns_standalone: frozenset[str]
    falsity_deny: frozenset[str]
    falsity_refute: frozenset[str]
    falsity_reject: frozenset[str]
    falsity_dispute: frozenset[str]
    falsity_dismiss: frozenset[str]
    falsity_standalone: frozenset[str]
    target_particles: frozenset[str]
    eponyms: frozenset[str]
    falsity_ratings: frozenset[str]
    falsity_first_person: frozenset[str]
    first_person: frozenset[str]
    capitalized_pronouns: frozenset[str]
    third_person: frozenset[str]
    question_words: frozenset[str]
    falsity_found: frozenset[str]
    finding_verbs: frozenset[str]
    falsity_lying: frozenset[str]
    lying_occasions: frozenset[str]
    falsity_reported: frozenset[str]
    falsity_reported_pronoun_subject: frozenset[str]
    refusal_markers: frozenset[str]
    falsity_possessed: frozenset[str]
    possessive_determiners: frozenset[str]
    source_prepositions: frozenset[str]
    falsity_noun_modifiers: frozenset[str]
    offence_verbs: frozenset[str]
    falsity_clause_final: frozenset[str]
    reporting_verbs: frozenset[str]
    falsity_blocking_followers: frozenset[str]
    falsity_nouns_of: frozenset[str]
    calling_verbs: frozenset[str]
    trafficking_verbs: frozenset[str]
    sense_adverbs: frozenset[str]
    accusing_verbs: frozenset[str]
    proving_verbs: frozenset[str]
    conceding_verbs: frozenset[str]
    adverbs_refute: frozenset[str]
    adverbs_dismiss: frozenset[str]
    assertion_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    claim_nouns_with_that: frozenset[str]
    deny_objects: frozenset[str]
    gerund_object_openers: frozenset[str]
    nouns_possessed: frozenset[str]
    pronoun_objects: frozenset[str]
    demonstratives: frozenset[str]
    articles: frozenset[str]
    indefinite_articles: frozenset[str]
    claim_relatives: frozenset[str]
    object_stops: frozenset[str]
    calling_particles: frozenset[str]
    noun_particles: frozenset[str]
    clause_final_followers: frozenset[str]
    predicate_followers: frozenset[str]
    vague_subjects: frozenset[str]
    complementizers: frozenset[str]
    infinitive_markers: frozenset[str]
    clause_pronouns: frozenset[str]
    genitive_particles: frozenset[str]
    participle_suffixes: frozenset[str]
    gerund_suffixes: frozenset[str]
    agent_prepositions: frozenset[str]
    predicative_markers: frozenset[str]
    coordinators: frozenset[str]
    negation_suffixes: frozenset[str]
    possessive_suffixes: frozenset[str]
    non_dispute_objects: frozenset[str]
    passive_auxiliaries: frozenset[str]
    verb_auxiliaries: frozenset[str]
    clause_verbs: frozenset[str]
    copulas: frozenset[str]
    intensifiers: frozenset[str]
    negators: frozenset[str]
    negation_cancellers: frozenset[str]
    noun_markers: frozenset[str]
    clause_boundaries: frozenset[str]
    skippable_adverbs: frozenset[str]
    adverb_suffixes: frozenset[str]
    personal_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    reflexive_pronouns: frozenset[str]
    self_reference: frozenset[str]
    # issue 15: a claim not accepted
    acceptance_verbs: frozenset[str]
    persuasion_words: frozenset[str]
    evidence_nouns: frozenset[str]
    showing_verbs: frozenset[str]

    @classmethod
    def of(cls, lexicon: Lexicon, marks: Marks) -> CueSets:
        """The sets of the lexicon's dispute tables, and of the lexicon's own tables the
        dispute rules read too (:data:`SHARED_TABLES`)."""
        cues = lexicon.disputes
        tables = {field.name: getattr(cues, field.name) for field in attrs.fields(DisputeCues)}
        tables.update({name: getattr(lexicon, name) for name in SHARED_TABLES})
        return cls(
            **{
                name: frozenset(marks.normalize(entry) for entry in entries)
                for name, entries in tables.items()
            }
        )


@attrs.frozen
class CompiledCues:
    """What the rules need from a :class:`DisputeCues` value, compiled once and cached.

    ``entries`` finds the cue entries of every kind where they stand (:meth:`cues_at`,
    :meth:`cues_in`, :meth:`prefilter`); ``kinds`` says, for an entry in :func:`normalize`
    form, which kinds and stances it belongs to. The sets hold the context tables in
    :func:`normalize` form.
    """

    #: The entries, in two roles at once: where a match starts, its group ``prefilter``
    #: holds the longest entry there with no check at its end (which sentences hold a cue
    #: at all); the match itself is the cue there, a whole word ("self-denial",
    #: "undisputed" and "push backed" are not cues), or empty when there is none.
    entries: regex.Pattern[str]
    #: The pattern of :attr:`screen`, compiled on first need.
    loose: str
    firsts: frozenset[str]
    #: For the first words that start only longer entries, the letters their next words
    #: start with (:func:`~newsclaims._text.words.next_letters`): where others follow, no entry
    #: can match.
    follows: Mapping[str, frozenset[str]]
    #: Whether every entry starts with a letter, so that its matches start where a word of
    #: the text does (one of ``firsts``).
    word_led: bool
    kinds: Mapping[str, tuple[tuple[str, Stance], ...]]
    sets: CueSets
    marks: Marks
    #: What ends the words naming a disputed proposition: clause punctuation or quotation
    #: marks.
    clause_end: regex.Pattern[str]
    #: Function words that cannot be the noun a falsity word modifies: the pronouns, stops,
    #: auxiliaries, copulas, clause boundaries and noun markers together.
    not_nouns: frozenset[str]
    #: The suffix tables as tuples, for ``str.endswith``: made once, not at each word.
    adverb_endings: tuple[str, ...]
    gerund_endings: tuple[str, ...]
    negation_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]
    possessive_endings: tuple[str, ...]
    #: Intensifiers that are no article: words that may modify a falsity noun.
    modifying_intensifiers: frozenset[str]
    #: How many starts ``entries`` has been tried at unscreened (a count, not a value: a
    #: new copy counts from zero).
    _unscreened: list[int] = attrs.field(factory=lambda: [0], init=False, eq=False, repr=False)

    @property
    def screen(self) -> regex.Pattern[str]:
        """A cheap superset of ``entries``: any run of one to seven characters that are no
        letter or digit stands for a space between words, any one for an apostrophe. Tried
        first, it keeps ``entries``, whose subroutine calls cost more to run and less to
        compile, to a sixth of the starts. It is compiled once ``entries`` has been tried at
        :data:`SCREEN_AFTER` starts, so that a process that reads a few texts never
        compiles it.
        """
        return _compile_screen(self.loose)

    def prefilter(self, text: str, starts: Sequence[int]) -> list[int]:
        """Where an entry starts in ``text``, tried at ``starts`` (ascending) alone, with no
        check at its end: a superset of the cues, for finding which sentences hold one.
        Like a scan, an entry found hides the starts it covers.
        """
        return [start for start, _ in self._spans(text, starts, "prefilter")]

    def cues_at(self, text: str, starts: Sequence[int]) -> list[tuple[int, int]]:
        """The spans of the cue entries in ``text`` that start at ``starts`` (ascending):
        what a scan for them finds, where they can only start there. Cues never overlap.
        """
        return self._spans(text, starts, 0)

    def _spans(self, text: str, starts: Sequence[int], group: str | int) -> list[tuple[int, int]]:
        # The spans of ``entries``' ``group`` (0: the cue) at ``starts``, the screen first
        # once it pays. The screen only passes over starts where ``entries`` fails.
        screen = None
        if self._unscreened[0] < SCREEN_AFTER:
            self._unscreened[0] += len(starts)
        else:
            screen = self.screen.match
        entries = self.entries.match
        found = []
        reached = 0
        for at in starts:
            if at < reached or (screen is not None and screen(text, at) is None):
                continue
            match = entries(text, at)
            if match is not None and match.end(group) > at:  # an empty match is no cue
                reached = match.end(group)
                found.append((at, reached))
        return found

    def cues_in(self, text: str) -> list[tuple[int, int]]:
        """The spans of the cue entries in ``text``, read at every position, in text order."""
        return self.cues_at(text, [m.start() for m in self.screen.finditer(text, overlapped=True)])


#: How many starts the entries pattern is tried at before the screen is compiled: about 700
#: news articles. Compiling it costs what it saves over about as many starts (some 0.03 CPU
#: s against 2.4 µs a start), so a short run never compiles it and a long one gains.
SCREEN_AFTER = 10_000


@functools.lru_cache(maxsize=32)
def _compile_screen(loose: str) -> regex.Pattern[str]:
    return regex.compile(loose, regex.IGNORECASE)


# Whole words only: no letter, digit or hyphen on either side. Every quantifier is bounded.
# Entries start with a letter, so a word boundary and no hyphen before (in ``entries``) is the
# same test as a look-behind for neither, and twice as fast for the engine to try.
_RIGHT = r"(?!-?\w)"


def _space(marks: Marks) -> str:
    """A short run of white space, maybe with quotation marks: "lying” about", "lied''
    about" (the New York Times's doubled apostrophes).
    """
    quote = marks.mark_class
    return f"{quote}{{0,2}}\\s{{1,3}}{quote}{{0,2}}"


def _any_of(characters: str) -> str:
    """One character, as the screen stands for any of ``characters``: one that is no letter
    or digit when none of them is, else any."""
    return r"\W" if all(regex.match(r"\W", ch) for ch in characters) else "(?s:.)"


_SPACE = "(?&space)"
_APOSTROPHE = "(?&apostrophe)"


def _literal(ch: str) -> str:
    # What regex.escape gives, at less cost for the letters that are most of the entries.
    return ch if ch.isalnum() else str(regex.escape(ch))


@functools.lru_cache(maxsize=32)
def compiled(lexicon: Lexicon) -> CompiledCues:
    """The patterns and sets of the lexicon's dispute tables, with its quotation marks and the
    tables it shares with the other stages, built once per distinct lexicon.

    The entries are written once, as a prefix tree in a DEFINE group that both roles of
    ``entries`` call, and the space between their words once too: parsing a pattern, not
    running it, was most of the first analysis's time.

    >>> compiled(DEFAULT_LEXICON) is compiled(DEFAULT_LEXICON)
    True
    """
    cues = lexicon.disputes
    marks = Marks.of(lexicon.quote_pairs, lexicon.apostrophes)
    kinds: dict[str, list[tuple[str, Stance]]] = {}
    for kind, by_stance in cues.stance_tables().items():
        for stance, entries in by_stance.items():
            for entry in entries:
                kinds.setdefault(marks.normalize(entry), []).append((kind, stance))

    # The prefix tree is written once, with calls standing for a space and an apostrophe
    # (an escaped entry never holds "(?&"), and each pattern fills them in its own way.
    def character(ch: str) -> str:
        return _SPACE if ch == " " else _APOSTROPHE if ch == "'" else _literal(ch)

    tree = trie_pattern(kinds, character) or r"(?!)"
    exact = tree.replace(_APOSTROPHE, _class(marks.apostrophes))
    entries = regex.compile(
        f"(?(DEFINE)(?P<space>{_space(marks)})(?P<entry>{exact}))"
        rf"\b(?=(?P<prefilter>(?&entry)))(?:(?<!-)(?&entry){_RIGHT})?",
        regex.IGNORECASE,
    )
    # White space is never a letter or digit: the marks decide what a space may hold.
    loose = tree.replace(_SPACE, _any_of("".join(marks.quotes)) + "{1,7}")
    loose = loose.replace(_APOSTROPHE, _any_of(marks.apostrophes))
    sets = CueSets.of(lexicon, marks)
    return CompiledCues(
        entries=entries,
        loose=rf"\b(?:{loose})",
        firsts=first_words(kinds),
        follows=next_letters(kinds),
        word_led=all(entry[:1].isalpha() for entry in kinds),
        kinds={entry: tuple(found) for entry, found in kinds.items()},
        sets=sets,
        marks=marks,
        clause_end=regex.compile(
            rf"[,;:()\[\]—–]|{marks.quote_class}|\s-\s|[.!?](?=\s|{marks.mark_class}|\)|$)"
        ),
        not_nouns=(
            sets.personal_pronouns
            | sets.pronoun_objects
            | sets.object_stops
            | sets.verb_auxiliaries
            | sets.copulas
            | sets.passive_auxiliaries
            | sets.clause_boundaries
            | sets.noun_markers
        ),
        adverb_endings=tuple(sets.adverb_suffixes),
        gerund_endings=tuple(sets.gerund_suffixes),
        negation_endings=tuple(sets.negation_suffixes),
        participle_endings=tuple(sets.participle_suffixes),
        possessive_endings=tuple(sets.possessive_suffixes),
        modifying_intensifiers=sets.intensifiers - sets.articles,
    )
