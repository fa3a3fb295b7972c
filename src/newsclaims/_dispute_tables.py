"""The dispute tables compiled for the rules: patterns, and every table as a typed set.

:func:`compiled` turns a :class:`~newsclaims._dispute_cues.DisputeCues` value into what the
rules of :mod:`newsclaims._dispute_rules` read, once per distinct value. It lives apart from
the tables, so that the language data imports no regex builder.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs
import regex

from newsclaims._dispute_cues import DisputeCues
from newsclaims._models import Stance
from newsclaims._regexes import trie_pattern
from newsclaims._words import first_words, next_letters

__all__ = ["CompiledCues", "CueSets", "compiled", "normalize"]


# Quotation marks next to the space between two words of a phrase: "lying” about".
_QUOTES_AT_SPACE = regex.compile(r"[\"“”‘’']{1,2}(?=\s)|(?<=\s)[\"“”‘’']{1,2}")


def normalize(words: str) -> str:
    """The form tables are compared in: lower case, one space between words, ``'`` for ``’``.

    Quotation marks between the words of a phrase are dropped, as the phrase is matched
    across them (see :func:`compiled`).

    >>> normalize("Doesn’t  correspond")
    "doesn't correspond"
    >>> normalize("lying” about"), normalize("lied'' about")
    ('lying about', 'lied about')
    """
    if " " in words or "\n" in words or "\t" in words:
        words = _QUOTES_AT_SPACE.sub("", words)
    return " ".join(words.replace("’", "'").replace("‘", "'").lower().split())


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
    relative_pronouns: frozenset[str]
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
    auxiliaries: frozenset[str]
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

    @classmethod
    def of(cls, cues: DisputeCues) -> CueSets:
        """The sets of ``cues``' tables."""
        return cls(
            **{
                field.name: frozenset(normalize(entry) for entry in getattr(cues, field.name))
                for field in attrs.fields(DisputeCues)
            }
        )


@attrs.frozen
class CompiledCues:
    """What the rules need from a :class:`DisputeCues` value, compiled once and cached.

    ``candidates`` finds every cue entry of every kind in one pass; ``kinds`` says, for an
    entry in :func:`normalize` form, which kinds and stances it belongs to. The sets hold
    the context tables in :func:`normalize` form.
    """

    candidates: regex.Pattern[str]
    #: A superset of ``candidates`` (no check at the end of a word), for finding which
    #: sentences of a document hold a cue at all; ``firsts`` are its matches' first words.
    prefilter: regex.Pattern[str]
    firsts: frozenset[str]
    #: For the first words that start only longer entries, the letters their next words
    #: start with (:func:`~newsclaims._words.next_letters`): where others follow, neither
    #: pattern can match.
    follows: Mapping[str, frozenset[str]]
    #: Whether every entry starts with a letter, so that its matches start where a word of
    #: the text does (one of ``firsts``).
    word_led: bool
    kinds: Mapping[str, tuple[tuple[str, Stance], ...]]
    sets: CueSets
    #: Function words that cannot be the noun a falsity word modifies: the pronouns, stops,
    #: auxiliaries, copulas, clause boundaries and noun markers together.
    not_nouns: frozenset[str]


# Whole words only: no letter, digit or hyphen on either side ("self-denial", "now-denied",
# "undisputed" and "push backed" are not cues). Every quantifier is bounded. Entries start
# with a letter, so a word boundary and no hyphen before is the same test as a look-behind
# for neither, and twice as fast for the engine to try at every position.
_LEFT = r"\b(?<!-)"
_RIGHT = r"(?!-?\w)"


# A short run of white space, maybe with quotation marks: "lying” about", "lied'' about"
# (the New York Times's doubled apostrophes). Written once, in a DEFINE group that every
# space of the entries calls: parsing it at each of the trie's thousand spaces was most of
# the cost of compiling the patterns.
_SPACE = r"(?(DEFINE)(?P<space>[\"“”‘’']{0,2}\s{1,3}[\"“”‘’']{0,2}))"


def _character_pattern(ch: str) -> str:
    if ch == " ":
        return "(?&space)"
    return "['’]" if ch == "'" else str(regex.escape(ch))


@functools.lru_cache(maxsize=32)
def compiled(cues: DisputeCues) -> CompiledCues:
    """The patterns and sets for ``cues``, built once per distinct value.

    >>> from newsclaims import DEFAULT_DISPUTE_CUES
    >>> compiled(DEFAULT_DISPUTE_CUES) is compiled(DEFAULT_DISPUTE_CUES)
    True
    """
    kinds: dict[str, list[tuple[str, Stance]]] = {}
    for kind, by_stance in cues.stance_tables().items():
        for stance, entries in by_stance.items():
            for entry in entries:
                kinds.setdefault(normalize(entry), []).append((kind, stance))
    alternation = trie_pattern(kinds, _character_pattern) or r"(?!)"
    candidates = regex.compile(f"{_SPACE}{_LEFT}(?:{alternation}){_RIGHT}", regex.IGNORECASE)
    prefilter = regex.compile(rf"{_SPACE}\b(?:{alternation})", regex.IGNORECASE)
    sets = CueSets.of(cues)
    return CompiledCues(
        candidates=candidates,
        prefilter=prefilter,
        firsts=first_words(kinds),
        follows=next_letters(kinds),
        word_led=all(entry[:1].isalpha() for entry in kinds),
        kinds={entry: tuple(found) for entry, found in kinds.items()},
        sets=sets,
        not_nouns=(
            sets.personal_pronouns
            | sets.pronoun_objects
            | sets.object_stops
            | sets.auxiliaries
            | sets.copulas
            | sets.passive_auxiliaries
            | sets.clause_boundaries
            | sets.noun_markers
        ),
    )
