"""Stage 5: claims, the assertions a text attributes to someone in reported speech.

For each sentence, every reporting verb outside quotation marks is read in the
construction around it, and the construction decides where the content lies:

==================  =================================================================
rule                construction
==================  =================================================================
``reported``        X said (that) CONTENT. The content runs to the sentence's end, or to
                    where the reporting ends (", a claim which ...", ", according to").
``object``          X touted CONTENT as ...: the object phrase of an object verb,
                    ending before a subordinate clause.
``trailing``        CONTENT, X said. / CONTENT, said X.
``parenthetical``   In his state, X said, CONTENT.: both pieces are the content.
``according-to``    According to X, CONTENT. / CONTENT, according to X.
``document``        In a CBS News poll last month, CONTENT.: the poll is the source.
``label``           Obama: CONTENT (a headline's or a transcript's line): the label is the source.
``passive``         X was asked if CONTENT. / (When) asked whether CONTENT, X said ...: no
                    claimant, as the one who asked goes unnamed.
==================  =================================================================

The speaker of a claim is found and resolved like a quote's (pronouns, aliases, anonymous
sources), by the attribution stage's resolver. Direct quotes are not claims here: a
reporting verb that attributes a direct quote belongs to the quote.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from newsclaims._extract.attribution import Attribution
from newsclaims._extract.resolution import Resolver
from newsclaims._extract.rules import Registry
from newsclaims._model.records import ActorKind, QuoteKind
from newsclaims._model.spans import Mention
from newsclaims._text.marks import mark_characters
from newsclaims._text.model import Text
from newsclaims._text.pairing import Quotation
from newsclaims._text.regexes import alternation, trie_pattern
from newsclaims._text.words import Words, first_words
from newsclaims.lexicon import Lexicon

__all__ = ["ClaimDraft", "find_claims"]

_S = r"[ \u00a0]"

#: The claim rules: ``Claim.rule`` names one of them. docs/claims.md shows this table as
#: :meth:`Registry.markdown_table` writes it.
RULES: Registry[Callable[..., object]] = Registry("claims")
RULES.add(
    "reported",
    'X said (that) CONTENT; also "told reporters that", "announced", "believes", "wants"',
)
RULES.add(
    "object", "X touted CONTENT as …: the object phrase of a verb like touted, praised, accused"
)
RULES.add("trailing", "CONTENT, X said. / CONTENT, said X.")
RULES.add("parenthetical", "In his state, X said, CONTENT.: both pieces are the content")
RULES.add(
    "document",
    'In a CBS News poll last month, CONTENT. ("In" and a poll, survey, study or report)',
)
RULES.add(
    "label",
    "Obama: CONTENT (a headline or transcript line: a short label at a line's start, a colon, "
    "and the rest of the line)",
)
RULES.add(
    "passive",
    "X was asked if CONTENT. / (When) asked whether CONTENT, X said: a passive cue or an opening "
    "participle clause; who asked goes unnamed, so the claim has no claimant. CONTENT was "
    "reported by X.: the agent after the passive cue is the claimant, the subject the content",
)
RULES.add(
    "appearance",
    "X seems (to be) CONTENT / X appeared to CONTENT / It appears that CONTENT: a verb of "
    "appearance, whose content is its subject and what follows; no one is its source",
)
RULES.add(
    "according-to",
    "According to X, CONTENT. / CONTENT, according to X. / CONTENT according to X. (X: the "
    "whole phrase, up to 20 words)",
)


class ClaimDraft(NamedTuple):
    """A claim found in the text, before ids are given: offsets and actor keys."""

    spans: tuple[tuple[int, int], ...]
    claimant: str | None  # a key of the ActorTable
    mention: Mention | None
    cue: tuple[int, int]
    hedges: tuple[tuple[int, int], ...]
    quotes: tuple[int, ...]  # indexes of the attributions the content holds
    rule: str


class _Verb(NamedTuple):
    """A reporting verb at ``[start, end)``; ``word`` is its text ("said", "pointed out")."""

    start: int
    end: int
    word: str

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


class _Patterns(NamedTuple):
    verb: regex.Pattern[str]
    verb_firsts: frozenset[str]  # the first word of each verb, to find candidates by
    whole_verbs: frozenset[str]  # the one-word verbs that start no longer verb
    according: regex.Pattern[str]
    according_firsts: frozenset[str]  # in lowercase
    according_senses: frozenset[str]  # in lowercase
    document_cues: frozenset[str]  # as written: "In" opens a sentence
    documents: frozenset[str]  # in lowercase
    kickers: frozenset[str]  # in lowercase
    label_particles: frozenset[str]
    passive_auxiliaries: frozenset[str]
    participles: frozenset[str]
    openers: frozenset[str]  # in lowercase
    that_verbs: frozenset[str]
    infinitive: str  # "to ", the marker an expected content starts with
    auxiliary_words: frozenset[str]
    particles: frozenset[str]
    contracting: frozenset[str]  # words whose "'s" is "is" or "has": he, it, that, there
    complement: regex.Pattern[str]  # " that", " to": a noun's content follows
    that_word: regex.Pattern[str]
    after_verb: regex.Pattern[str]
    addressee: regex.Pattern[str]
    addressee_verbs: frozenset[str]
    inverted_source: regex.Pattern[str]
    reporting_end: regex.Pattern[str]
    reporting_end_undashed: regex.Pattern[str]  # the same without its dash alternative
    clause_break: regex.Pattern[str]
    hedge: regex.Pattern[str]
    hedge_firsts: frozenset[str]
    object_verbs: frozenset[str]
    hedge_words: frozenset[str]
    noun_markers: frozenset[str]
    #: A claim noun and its "that" opening an object: "reiterated [his claim that] X".
    claim_noun_that: regex.Pattern[str]
    #: An object that is a claim noun alone: "echoed [the criticism]".
    claim_noun_only: regex.Pattern[str]
    #: The claim nouns in lowercase: a content whose first words hold none needs neither
    #: pattern above tried.
    claim_noun_words: frozenset[str]
    verbs: frozenset[str]
    appearance_verbs: frozenset[str]
    belief_adjectives: frozenset[str]
    complement_only: frozenset[str]  # the appearance verbs and belief adjectives
    not_complements: frozenset[str]  # in lowercase: "appeared on CNN" is no appearance of a claim
    relative: regex.Pattern[str]
    relative_words: tuple[str, ...]  # a word each match holds, to skip windows without one
    circumstance: regex.Pattern[str]
    time_gap: regex.Pattern[str]  # "on Tuesday ", "last week ": when, before the verb
    agent: regex.Pattern[str]  # "by Politico": who did what a passive verb says
    circumstance_firsts: tuple[str, ...]  # how a match starts, to skip contents that do not
    adjunct: regex.Pattern[str]
    content_end: regex.Pattern[str]
    shared_subject: regex.Pattern[str]
    aside: regex.Pattern[str]
    aside_ends: tuple[str, ...]  # how each match ends, to skip contents that end otherwise
    joint: regex.Pattern[str]
    joints: tuple[str, ...]
    spaced_joints: tuple[str, ...]  # " and ": a joint as a word of a window
    # Characters: what may stand on either side of a whole word for \b to hold there (an
    # edge of the text, white space, punctuation, quotation marks; no word character), what
    # joins a word to the next ("self-described", "Trump’s"), the marks that open quotes.
    label: regex.Pattern[str]
    document_stops: frozenset[str]
    # A word right before or after a position: letters and the apostrophes inside them.
    word_before: regex.Pattern[str]
    word_after: regex.Pattern[str]
    lead_strip: str  # what may stand before a sentence's first word: opening marks
    word_strip: str  # what may stand around a word of a phrase: commas, brackets, apostrophes
    word_edges: frozenset[str]
    joiners: frozenset[str]
    open_quotes: frozenset[str]
    # Endings: past tense and participle, gerund, plural, possessive.
    past: tuple[str, ...]
    gerund: tuple[str, ...]
    plural: tuple[str, ...]
    possessive: tuple[str, ...]


def _between(lexicon: Lexicon) -> str:
    """What may stand between a verb and its content: to whom, when, where it was said.

    "told reporters", "said in an interview with CNN", "said Monday", "said in a statement".
    """
    prepositions = alternation(lexicon.setting_prepositions)
    determiners = alternation(lexicon.determiners)
    addressee = (
        rf"(?:{_S}+(?:(?:{prepositions}){_S}+)?(?:{alternation(lexicon.claim_addressees)}|"
        rf"(?:{determiners}){_S}+(?:{alternation(lexicon.claim_occasions)})"
        rf"(?:{_S}+(?:{prepositions}){_S}+\p{{Lu}}[\p{{L}}.]*(?:{_S}+\p{{Lu}}[\p{{L}}.]*){{0,3}})?)"
        rf"(?![\p{{L}}]))?"
    )
    # "on Monday", "last week", "earlier this year".
    time_words = alternation(lexicon.circumstance_words)
    when = (
        rf"(?:,?{_S}+(?:(?:{time_words}){_S}+){{0,2}}"
        rf"(?:{alternation(lexicon.claim_times)})(?![\p{{L}}]),?)?"
    )
    where = (
        rf"(?:{_S}+(?:{prepositions}){_S}+(?:{determiners}){_S}+"
        rf"(?:[\p{{L}}\-]+{_S}+){{0,2}}?(?:{alternation(lexicon.claim_channels)})s?"
        rf"(?![\p{{L}}]),?)?"
    )
    return addressee + when + where


def _words_after_comma(words: Sequence[str]) -> str:
    return rf",{_S}+(?:{alternation(words)})(?![\p{{L}}])"


@functools.lru_cache(maxsize=32)
def _patterns(lexicon: Lexicon) -> _Patterns:
    marks = mark_characters(lexicon)
    # The marks that are never apostrophes, and those that may be, as character classes.
    dq, ap = marks.double_class, marks.apostrophe_class
    that = f"(?:{alternation(lexicon.complementizers)})"
    relatives = alternation(lexicon.relative_pronouns)
    auxiliaries = alternation(lexicon.auxiliaries)
    joints = alternation(lexicon.clause_joints)
    quote_only = set(lexicon.quote_only_verbs)
    verbs = tuple(
        v
        for v in (
            *lexicon.cue_verbs,
            *lexicon.claim_verbs,
            *lexicon.dispute_verbs,
            *lexicon.headline_cues,
            *lexicon.appearance_verbs,
            *lexicon.belief_adjectives,
        )
        if v not in quote_only
    )
    # A claim noun heading a noun phrase: "his claim", "the latest allegations".
    claim_noun = (
        rf"(?:(?:{alternation(lexicon.noun_markers)}){_S}+)?(?:\p{{L}}{{1,30}}{_S}+)?"
        rf"(?:{alternation(lexicon.claim_nouns)})"
    )
    # Where the reporting ends: ", a claim which", ", according to", ";" or a dash.
    reporting_end = (
        rf",{_S}+(?:(?:{alternation(lexicon.determiners)}){_S}+"
        rf"(?:{alternation(lexicon.claim_nouns)})s?{_S}+(?:{relatives}|{that})"
        rf"|{alternation(lexicon.source_cues)})(?![\p{{L}}])|;"
    )
    return _Patterns(
        # Case matters: "States" is a name, "states" a verb. A prefix tree of the verbs
        # scans several times faster than a flat alternation.
        verb=regex.compile(rf"\b{trie_pattern(verbs)}\b"),
        verb_firsts=first_words(verbs),
        whole_verbs=frozenset(v for v in verbs if v.isalpha())
        - first_words(v for v in verbs if not v.isalpha()),
        according=regex.compile(
            rf"(?<![\p{{L}}])(?i:{alternation(lexicon.source_cues)})(?![\p{{L}}])"
        ),
        according_firsts=first_words(c.lower() for c in lexicon.source_cues),
        according_senses=frozenset(w.casefold() for w in lexicon.source_cue_senses),
        document_cues=frozenset(lexicon.document_cues),
        documents=frozenset(w.casefold() for w in lexicon.source_documents),
        kickers=frozenset(w.casefold() for w in lexicon.label_kickers),
        label_particles=frozenset(lexicon.name_particles) | frozenset(lexicon.prepositions),
        passive_auxiliaries=frozenset(w.casefold() for w in lexicon.passive_auxiliaries),
        participles=frozenset(lexicon.participles),
        openers=frozenset(w.casefold() for w in lexicon.participle_openers),
        that_verbs=frozenset(lexicon.that_verbs),
        infinitive=f"{lexicon.infinitive_marker} ",
        auxiliary_words=frozenset(lexicon.auxiliaries),
        complement=regex.compile(
            rf"[ \u00a0]+(?:{that}|{regex.escape(lexicon.infinitive_marker)})(?![\p{{L}}])"
        ),
        particles=frozenset(lexicon.phrasal_particles),
        contracting=frozenset(w.casefold() for w, _ in lexicon.pronouns)
        | frozenset(w.casefold() for w in lexicon.contracting_words),
        that_word=regex.compile(rf"(?<![\p{{L}}]){that}(?![\p{{L}}])"),
        # Where the language writes one, a comma before the complementizer: "sagte, dass".
        after_verb=regex.compile(
            rf"{_between(lexicon)}(?:{_S}+{that}(?![\p{{L}}])"
            rf"|(?P<comma_that>,{_S}+(?:{alternation(lexicon.comma_complementizers)})"
            rf"(?![\p{{L}}])))?{_S}*"
        ),
        addressee=regex.compile(rf"{_S}+[^,.;:!?{dq}\n]{{1,60}}?{_S}+{that}(?![\p{{L}}]){_S}*"),
        addressee_verbs=frozenset(lexicon.addressee_verbs),
        inverted_source=regex.compile(
            rf"{_S}+(?P<source>[^,.;:!?\n{dq}]{{1,80}}?){_S}*(?:[.,;!?]|\Z)"
        ),
        reporting_end=regex.compile(rf"{reporting_end}|{_S}+[—–]{_S}"),
        reporting_end_undashed=regex.compile(reporting_end),
        clause_break=regex.compile(
            rf"(?:,|{_S}+(?:{alternation(lexicon.clause_breaks)})(?![\p{{L}}]))"
        ),
        hedge=regex.compile(rf"(?<![\p{{L}}])(?:{alternation(lexicon.hedges)})(?![\p{{L}}])"),
        hedge_firsts=first_words(lexicon.hedges),
        object_verbs=frozenset(lexicon.object_verbs),
        hedge_words=frozenset(lexicon.hedges),
        noun_markers=frozenset(lexicon.noun_markers),
        claim_noun_that=regex.compile(
            rf"{claim_noun}{_S}+{that}(?![\p{{L}}]){_S}*", regex.IGNORECASE
        ),
        claim_noun_words=frozenset(w.casefold() for w in lexicon.claim_nouns),
        claim_noun_only=regex.compile(rf"{claim_noun}(?![\p{{L}}]){_S}*", regex.IGNORECASE),
        verbs=frozenset(verbs),
        appearance_verbs=frozenset(lexicon.appearance_verbs),
        belief_adjectives=frozenset(lexicon.belief_adjectives),
        complement_only=frozenset((*lexicon.appearance_verbs, *lexicon.belief_adjectives)),
        not_complements=frozenset(
            w.casefold()
            for w in (*lexicon.prepositions, *lexicon.setting_prepositions, *lexicon.opening_words)
        ),
        relative_words=tuple(
            word.split()[0] for word in lexicon.relative_pronouns if word.split()
        ),
        relative=regex.compile(
            rf"(?r)(?<=[\p{{L}}\p{{N}}.{ap}),]{_S}*|{_S})(?P<who>{relatives}){_S}+"
            rf"(?:(?:{auxiliaries}){_S}+){{0,2}}\Z"
        ),
        circumstance_firsts=tuple(word.split()[0] for word in lexicon.circumstance_words),
        circumstance=regex.compile(
            rf"(?:{alternation(lexicon.circumstance_words)})(?:{_S}+[\p{{L}}\p{{N}}{ap}.,\-]+){{1,5}}"
        ),
        agent=regex.compile(
            rf"(?:{alternation(lexicon.agent_prepositions)}){_S}+"
            rf"(?P<source>[^,.;:!?\n{dq}]{{1,80}}?){_S}*(?:[.,;!?]|\Z)"
        ),
        time_gap=regex.compile(
            rf"(?r)(?<=[\p{{L}}.)]{_S}+)(?:(?:{alternation(lexicon.circumstance_words)}){_S}+){{0,2}}"
            rf"(?:{alternation(lexicon.claim_times)}){_S}+\Z"
        ),
        adjunct=regex.compile(rf"(?:{alternation(lexicon.claim_adjuncts)})(?![\p{{L}}])"),
        content_end=regex.compile(_words_after_comma(lexicon.content_ends)),
        shared_subject=regex.compile(
            rf"(?r),?{_S}+(?:{joints}){_S}+(?:(?:{auxiliaries}){_S}+)?\Z"
        ),
        aside=regex.compile(rf"(?r){_words_after_comma(lexicon.claim_asides)}\Z"),
        aside_ends=tuple(aside.split()[-1] for aside in lexicon.claim_asides if aside.split()),
        joint=regex.compile(rf"(?r),?{_S}+(?:{joints}){_S}+\Z"),
        joints=lexicon.clause_joints,
        spaced_joints=tuple(f" {joint} " for joint in lexicon.clause_joints),
        # A label at a line's start before a colon: "Obama: ...", "Q: ...", "Former AG
        # Mukasey at RNC:". It starts with a capital and holds no sentence mark, quotation
        # mark or comma.
        label=regex.compile(
            rf"(?:^|(?<=\n))(?P<label>\p{{Lu}}[^\n:;!?,{dq}]{{0,48}}?)[ \u00a0]?:[ \u00a0]+(?=\S)"
        ),
        document_stops=_DOCUMENT_STOPS | marks.double,
        word_before=regex.compile(rf"(?r)([\p{{L}}{ap}]+)[ \u00a0]+\Z"),
        word_after=regex.compile(rf"[ \u00a0]+([\p{{L}}{ap}]+)"),
        lead_strip="".join(sorted(marks.opening)) + "(",
        word_strip=",()" + "".join(sorted(marks.apostrophes)),
        word_edges=_WORD_EDGES | marks.every,
        joiners=_JOINERS | marks.apostrophes,
        open_quotes=marks.opening,
        past=lexicon.past_suffixes,
        gerund=lexicon.gerund_suffixes,
        plural=lexicon.plural_suffixes,
        possessive=lexicon.possessive_suffixes,
    )


_JOINERS = frozenset("-")
# A kicker before a dash at a label's start: "EXCLUSIVE – ".
_KICKER_DASH = regex.compile(r"(\p{L}[\p{L} ]{0,30}?)[ \u00a0]+[–—-][ \u00a0]+")
_LETTERS = regex.compile(r"\p{L}+")
# The longest word in capitals read as an acronym, a name: "CNN", "UN".
_ACRONYM_LETTERS = 3
# How far before its verb a time phrase may start: "earlier this month ".
# A common noun subject: its words ("about half of voters in each state"), how far it reaches.
_COMMON_WORDS = 6
_COMMON_REACH = 80
# A word of such a phrase: letters, digits, and what joins them ("six-million", "Trump's").
_CLAUSE_MARKS = frozenset(",;:—–(")
_PHRASE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_TIME_GAP = 40
_LABEL_WORDS = 6
# How many words before a verb a passive auxiliary may stand: "was also widely asked".
_PASSIVE_GAP = 3
# How many words an opening phrase before ", according to X," may hold: "In addition".
_OPENING_WORDS = 3
# How far the comma after "In a poll ..." may lie, and what the phrase may not hold.
_DOCUMENT_REACH = 160
_DOCUMENT_STOPS = frozenset(";:!?\n")
# How many words the phrase after "according to" may hold and still be taken whole as the
# source: "a poll conducted by Edison Research for the Associated Press and the networks".
_ACCORDING_WORDS = 20
# How far from its cue a claim's parts may lie: a bound, so that no sentence, however
# long, makes the work quadratic.
_REACH = 1500
# A count right before a word: "271 pledged". Not a year ("in 2012 added", "going back to
# 1972 showed": the end of an adverbial or a subject) and not an age in an apposition
# ("York, 40, cited"), which ends with a comma.
_NUMBER_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\p{N}.,])(?!(?:1[89]|20)\p{N}\p{N}[ \u00a0])"
    r"\p{N}(?:[\p{N},.]{0,12}\p{N})?[ \u00a0]+\Z"
)
_NON_SPACE = regex.compile(r"\S+")
_TRAILING_MARKS = " \t\u00a0.,;:!?"
# What may stand on either side of a whole word for \b to hold there, besides quotation
# marks: an edge of the text (the empty slice), white space, punctuation.
_WORD_EDGES = frozenset(["", *" \t\n\r\u00a0.,;:!?()[]—–"])


def _find_verbs(words: Words, p: _Patterns) -> list[_Verb]:
    """Every reporting verb of the text, in order.

    The verbs' first words are looked up in the text's words, and the verb pattern is
    matched only where one starts: the same verbs a scan of the whole text would find.
    """
    text = words.text
    found = []
    reached = 0  # the end of the last match: like finditer's, matches never overlap
    for start, word in words.find(p.verb_firsts):
        if start < reached:
            continue
        end = start + len(word)
        # A one-word verb that starts no phrase, standing between word edges, is what the
        # pattern would match there: most verbs need no regular expression.
        whole = (
            word in p.whole_verbs
            and text[start - 1 : start] in p.word_edges
            and text[end : end + 1] in p.word_edges
        )
        if not whole:
            match = p.verb.match(text, start)
            if match is None:
                continue
            end, word = match.end(), match.group()
        reached = end
        # \b is fast but takes apostrophes and hyphens for word ends: "self-described".
        if text[start - 1 : start] in p.joiners or text[end : end + 1] in p.joiners:
            continue
        found.append(_Verb(start, end, word))
    return found


class _WordClasses(NamedTuple):
    """The word sets the subject and content readers ask about, in lowercase."""

    determiners: frozenset[str]
    person_nouns: frozenset[str]
    subject_stops: frozenset[str]
    singulars: frozenset[str]
    lead_stops: frozenset[str]  # what may open a clause before its subject: "But they"
    setting_words: frozenset[str]  # what a dateline holds besides names: "from", "and"
    subject_openers: frozenset[str]  # what opens no common noun subject: "during", "the"
    times: frozenset[str]  # as written: "Monday", "week"


@functools.lru_cache(maxsize=32)
def _word_classes(lexicon: Lexicon) -> _WordClasses:
    """The word sets of ``lexicon`` the claim finder reads, built once per lexicon."""

    def folded(*tables: Sequence[str]) -> frozenset[str]:
        return frozenset(w.casefold() for table in tables for w in table)

    return _WordClasses(
        determiners=folded(lexicon.determiners),
        person_nouns=_person_nouns(lexicon),
        subject_stops=_subject_stops(lexicon),
        singulars=folded(lexicon.singular_determiners),
        lead_stops=folded(
            lexicon.clause_openers,
            lexicon.clause_joints,
            lexicon.complementizers,
            lexicon.participle_openers,
        )
        - frozenset(w for w, _ in lexicon.pronouns),
        setting_words=frozenset(
            (*lexicon.circumstance_words, *lexicon.clause_joints, *lexicon.name_particles)
        ),
        subject_openers=folded(lexicon.clause_words, lexicon.opening_words, lexicon.determiners),
        times=frozenset(lexicon.claim_times),
    )


def _person_nouns(lexicon: Lexicon) -> frozenset[str]:
    """Common nouns that name people by their role: "spokeswoman", "officials", "senator"."""
    words = {w.split()[-1].casefold() for w in (*lexicon.role_nouns, *lexicon.anonymous_sources)}
    words.update(w.casefold() for w, kinds in lexicon.descriptions if ActorKind.PERSON in kinds)
    return frozenset(words)


@functools.lru_cache(maxsize=32)
def _subject_stops(lexicon: Lexicon) -> frozenset[str]:
    """Words no common noun subject holds, in lowercase: where its clause starts ("that",
    "where", "but"), pronouns, auxiliaries and the infinitive marker."""
    words = {
        *lexicon.clause_openers,
        *lexicon.complementizers,
        *lexicon.relative_pronouns,
        *lexicon.clause_joints,
        *lexicon.auxiliaries,
        *lexicon.passive_auxiliaries,
        *lexicon.contracting_words,
        *lexicon.content_ends,
        *lexicon.disputes.verb_auxiliaries,
        lexicon.infinitive_marker,
    }
    words.update(w for w, _ in lexicon.pronouns)
    return frozenset(w.casefold() for w in words)


def vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """The words the claims stage looks up in a text's :class:`Words`, in lowercase."""
    p = _patterns(lexicon)
    return (
        frozenset(w.lower() for w in p.verb_firsts | p.hedge_firsts | p.document_cues)
        | p.according_firsts
    )


def find_claims(
    text: Text, attributions: Sequence[Attribution], resolver: Resolver
) -> list[ClaimDraft]:
    """The claims reported in the sentences of ``text``, their claimants resolved by
    ``resolver``.

    ``attributions`` are the quotation stage's results: a verb that attributes a direct
    quote is left to the quote, and the partial quotes a claim's content holds are linked
    to it.
    """
    finder = _ClaimFinder(text.words, text.quotations, attributions, resolver, text.lexicon)
    return finder.run(text.sentences)


class _ClaimFinder:
    def __init__(
        self,
        words: Words,
        quotations: Sequence[Quotation],
        attributions: Sequence[Attribution],
        resolver: Resolver,
        lexicon: Lexicon,
    ) -> None:
        self.text = words.text
        self.p = p = _patterns(lexicon)
        self.resolver = resolver
        self.quote_starts = [q.start for q in quotations]
        self.quotations = quotations
        self.attributions = attributions
        # Attribution joins split quotes, so its list is not the quotations' list.
        self.attribution_starts = [a.spans[0][0] for a in attributions]
        # The antecedent of each relative pronoun read as a subject: "Cruz, who said".
        self.relatives: dict[tuple[int, int], tuple[int, int]] = {}
        self.nouns: dict[int, bool] = {}
        classes = _word_classes(lexicon)
        self.determiner_words = classes.determiners
        self.person_nouns = classes.person_nouns
        self.subject_stops = classes.subject_stops
        self.singulars = classes.singulars
        self.lead_stops = classes.lead_stops
        self.setting_words = classes.setting_words
        self.subject_openers = classes.subject_openers
        self.times = classes.times
        self.verb_list = _find_verbs(words, self.p)
        # A denial is a dispute (the disputes stage), never a claim of the denier.
        self.denials = frozenset(lexicon.dispute_verbs)
        # "according to" is rare: found once over the text, then looked up per sentence.
        self.according_list = words.matches(p.according, p.according_firsts, fold=True)
        self.according_starts = [m.start() for m in self.according_list]
        self.hedge_spans = [m.span() for m in words.matches(p.hedge, p.hedge_firsts)]
        self.verb_starts = [v.start for v in self.verb_list]
        # "In a poll released Monday, ...": the opening word, tried where it starts a sentence.
        self.document_starts = [at for at, _ in words.find(p.document_cues)]
        self.quote_cues = {
            (a.cue.start, a.cue.end)
            for a in attributions
            if a.cue is not None and a.kind is QuoteKind.DIRECT
        }

    def hedges(self, start: int, end: int) -> list[tuple[int, int]]:
        """The hedge words ("alleged", "estimated") wholly inside ``[start, end)``."""
        lo = bisect.bisect_left(self.hedge_spans, (start,))
        hi = bisect.bisect_left(self.hedge_spans, (end,))
        return [h for h in self.hedge_spans[lo:hi] if h[1] <= end]

    def verbs(self, start: int, end: int) -> list[_Verb]:
        """The reporting verbs wholly inside ``[start, end)``."""
        lo = bisect.bisect_left(self.verb_starts, start)
        hi = bisect.bisect_left(self.verb_starts, end)
        verbs = self.verb_list[lo:hi]
        # Verbs never overlap: each ends before the next starts, so only the last of those
        # that start before ``end`` can run past it.
        if verbs and verbs[-1].end > end:
            verbs.pop()
        return verbs

    def run(self, sentences: Sequence[tuple[int, int]]) -> list[ClaimDraft]:
        out: list[ClaimDraft] = []
        # Where a construction can start: many sentences hold none and need no reading.
        cues = sorted(self.verb_starts + self.according_starts + self.document_starts)
        labels = self.labels()
        next_label = 0
        for start, end in sentences:
            while next_label < len(labels) and labels[next_label].spans[0][0] <= start:
                out.append(labels[next_label])
                next_label += 1
            index = bisect.bisect_left(cues, start)
            if index < len(cues) and cues[index] < end:
                out.extend(self.sentence(start, end))
        out.extend(labels[next_label:])
        return out

    def labels(self) -> list[ClaimDraft]:
        """Obama: I’m Optimistic Americans Will Say No to Trump. / Q: And the wall?

        A headline, or a line of an interview transcript, names its speaker in a short
        label before a colon and gives what was said after it, up to the line's end. A label
        that holds a reporting verb ("He added:") leads into a quote, and a kicker
        ("Editor's note:", "The Latest:") names no one.
        """
        text, p = self.text, self.p
        out = []
        matches = list(p.label.finditer(text))
        # The words of the labels in capitals: a transcript names each speaker again and
        # again ("JAKE TAPPER:", then "TAPPER:"), a section label stands once.
        label_words = Counter(
            word
            for match in matches
            if match.group("label").isupper()
            for word in set(_LETTERS.findall(match.group("label")))
        )
        for match in matches:
            label = match.span("label")
            kicker = _KICKER_DASH.match(text, label[0], label[1])
            if kicker is not None and kicker.group(1).casefold() in p.kickers:
                # "EXCLUSIVE – Roger Stone: ...": a section's kicker, then the label.
                label = (kicker.end(), label[1])
            words = text[label[0] : label[1]].split()
            if (
                len(words) > _LABEL_WORDS
                or " ".join(words).casefold() in p.kickers
                or label[1] - label[0] < 2
                or self.section_label(label[0], label[1], label_words)
            ):
                continue
            if self.verbs(*label) or any(w.casefold() in p.according_firsts for w in words):
                continue
            # A name or a short noun phrase ("Clinton camp"), not a sentence that ends with a
            # colon ("The group was diverse:"): past two words, lowercase words are particles.
            if len(words) > 2 and any(
                w[0].islower() and w not in p.label_particles for w in words
            ):
                continue
            line_end = text.find("\n", match.end(), match.end() + _REACH)
            content = self.trim(
                match.end(), line_end if line_end >= 0 else min(len(text), match.end() + _REACH)
            )
            if content[1] - content[0] < 2 or self.quoted(match.start("label")):
                continue
            if self.is_direct_span(*content):
                continue
            colon = match.end("label")
            out.append(self.draft((content,), label, (colon, colon + 1), "label"))
        return out

    def section_label(self, start: int, end: int, label_words: Counter[str]) -> bool:
        """True for a label in capitals that names no one: "BOOM:", "STAT OF THE WEEK:".

        A transcript writes its speakers in capitals too ("TAPPER:"), but names each in
        several labels ("JAKE TAPPER:", "TAPPER:") or in prose ("Jake Tapper"); a section
        label's words are in no other label and no name the text writes. Acronyms ("AP:",
        "UN:") are names.
        """
        phrase = self.text[start:end]
        if not phrase.isupper():
            return False
        long_words = [w for w in _LETTERS.findall(phrase) if len(w) > _ACRONYM_LETTERS]
        if any(label_words[w] > 1 for w in long_words):
            return False
        return bool(long_words) and not any(
            regex.search(
                rf"(?<![.!?:\n][^\p{{L}}]{{0,3}}){regex.escape(w.capitalize())}(?!\p{{L}})",
                self.text,
            )
            for w in long_words
        )

    def sentence(self, start: int, end: int) -> list[ClaimDraft]:
        p = self.p
        found: list[ClaimDraft] = []
        # Each construction is read within _REACH of its cue, so that a sentence of a
        # hundred thousand words costs time in proportion to its length, not its square.
        lo = bisect.bisect_left(self.according_starts, start)
        hi = bisect.bisect_left(self.according_starts, end)
        for match in self.according_list[lo:hi]:
            if match.end() <= end and not self.quoted(match.start()):
                lo, hi = max(start, match.start() - _REACH), min(end, match.end() + _REACH)
                draft = self.according(lo, hi, match)
                if draft is not None:
                    found.append(draft)
        index = bisect.bisect_left(self.document_starts, start)
        if index < len(self.document_starts) and self.document_starts[index] == start:
            draft = self.document(start, min(end, start + _REACH))
            if draft is not None:
                found.append(draft)
        for match in self.verbs(start, end):
            if match.word in p.complement_only and not p.complement.match(
                self.text, match.end, match.end + 8
            ):
                continue  # "sure", "appeared" report only with "that" or "to" after them
            if self.quoted(match.start) or match.span in self.quote_cues:
                continue
            if match.word in self.denials:
                continue
            if self.is_noun(match):
                continue
            after = p.word_after.match(self.text, match.end, match.end + 12)
            if after is not None and after.group(1) in p.particles:
                continue  # "showing up", "called off": a phrasal verb of another sense
            if match.word in p.hedge_words and any(
                d.spans[0][0] <= match.start < d.spans[-1][1] for d in found[-3:]
            ):
                continue  # "said he believed ...": a hedge inside a claim, not another claim
            lo, hi = max(start, match.start - _REACH), min(end, match.end + _REACH)
            draft = self.reported(lo, hi, match)
            if draft is not None:
                found.append(draft)
        return found

    # -- constructions -------------------------------------------------------------------

    def reported(self, start: int, end: int, verb: _Verb) -> ClaimDraft | None:
        text, p = self.text, self.p
        if verb.word in p.appearance_verbs:
            return self.appearance(start, end, verb)
        after = None
        if verb.word in p.addressee_verbs:
            # "told a Wall Street Journal lunch group that ...": the addressee, then "that".
            after = p.addressee.match(text, verb.end, end)
        if after is None:
            after = p.after_verb.match(text, verb.end, end)
        content_start = after.end() if after else verb.end
        # "sagte, dass": the comma after the verb leads into the clause, it ends no clause.
        comma_that = (
            after is not None and after.re is p.after_verb and bool(after.group("comma_that"))
        )
        if (
            verb.word in p.that_verbs or verb.word in p.belief_adjectives
        ) and not p.that_word.search(text, verb.end, content_start):
            # "his home state of Vermont", "swing states": a noun far more often than a verb,
            # which reports only with its "that": "the law states that ...".
            return None
        if (
            content_start < end
            and text[content_start] in p.open_quotes
            and self.is_direct(content_start)
        ):
            return None  # the verb leads into a direct quote: the quote's
        if (
            content_start >= end
            or text[content_start] in ",.;:!?"
            or text[content_start - 1] in ",."
            or (text[verb.end : verb.end + 1] in (",", ".") and not comma_that)
        ):
            return self.trailing(start, end, verb)
        if self.inverted(start, end, verb):
            return self.trailing(start, end, verb)  # "..., said Ana Ruiz, a professor."
        source = self.subject(start, verb)
        if source is None:
            if text[start : verb.start].rstrip().endswith(","):
                return self.trailing(start, end, verb)  # "..., said Mayor Ana Ruiz."
            return self.participle_clause(start, content_start, end, verb)
        stop = self.content_end(content_start, end, verb.word in p.object_verbs)
        first = self.verbs(content_start, stop)
        if first and first[0].span == (content_start, stop) and self.is_noun(first[0]):
            return None  # "told reporters on a conference call.": the setting's last noun
        if verb.word in p.belief_adjectives:
            # "Democrats are (now more) concerned that ...": the subject holds the belief.
            source = self.before_be(source)
            if source is None or stop - content_start < 2:
                return None
            return self.draft(((content_start, stop),), source, verb.span, "reported")
        passive = self.passive(source, verb)
        if passive:
            agent = self.agent(content_start, end)
            subject = self.before_be(source)
            if agent is not None and subject is not None:
                # "The meeting was first reported by Politico": the agent reported the
                # subject.
                return self.draft((subject,), agent, verb.span, "passive")
        # "is expected to pass the bill on Friday" is an event, not "said to reporters on
        # Friday", which says only to whom and when.
        infinitive = passive and text.startswith(p.infinitive, content_start)
        if stop - content_start < 2 or (
            not infinitive and self.circumstance_only(content_start, stop)
        ):
            return None  # nothing, or only where and when: "said recently in New York."
        rule = "object" if verb.word in p.object_verbs else "reported"
        # The noun stands among the content's first three words, or neither pattern can
        # match: a set answers that for less than a try of the patterns.
        lead = text[content_start : min(stop, content_start + 80)].split(None, 3)[:3]
        if not p.claim_noun_words.isdisjoint(w.casefold() for w in lead):
            if p.claim_noun_only.fullmatch(text, content_start, stop):
                # "echoed the criticism", "defended the comments": the object names a claim made
                # elsewhere and says nothing of its own (issue 13). With a circumstance after it
                # ("the criticism on Monday") PolNeAR counts it as said, so it stays a claim.
                return None
            noun = p.claim_noun_that.match(text, content_start, stop)
            if noun is not None and noun.end() < stop:
                # "reiterated his claim that X": the claim is X; the noun and its "that" only
                # name it (issue 13: a claim never holds the claim noun that introduces it).
                content_start = noun.end()
        if passive:
            # "Pence was asked if he would endorse Trump": the subject of a passive verb is
            # whom it was said to or about; who said it goes unnamed.
            spans: tuple[tuple[int, int], ...] = ((content_start, stop),)
            subject = self.passive_subject(source)
            if subject is not None and infinitive:
                # "The House is expected to pass the bill": what is expected is the House's
                # passing it, subject and infinitive.
                spans = (subject, (content_start, stop))
            return self.draft(spans, None, verb.span, "passive")
        return self.draft(((content_start, stop),), source, verb.span, rule)

    def inverted(self, start: int, end: int, verb: _Verb) -> bool:
        """True if ``verb`` opens a reporting clause after its content: "..., said Ana Ruiz."

        The verb follows a comma and a source follows the verb, up to a comma or the
        sentence's end: a name (capitalised words) or a pronoun alone. Read first, so that a
        name inside the content ("The Internet has ..., said Holan") is not taken for the
        subject of a verb the content and the verb share.
        """
        text, p = self.text, self.p
        if (
            verb.word.endswith(p.gerund)
            or verb.word in p.object_verbs  # "..., endorsed Senator Cruz": its object
            or not text[max(start, verb.start - 8) : verb.start].rstrip().endswith(",")
        ):
            return False
        if self.resolver.subject(start, verb.start) is not None:
            return False  # "Smith, a spokesman for X, said ...": an apposition before
        match = p.inverted_source.match(text, verb.end, end)
        if match is None:
            return False
        words = text[match.start("source") : match.end("source")].split()
        if len(words) == 1 and words[0].casefold() in self.resolver.p.pronouns:
            return True  # "..., said he."
        if words and words[0].casefold() in self.determiner_words and len(words) <= 8:
            # "..., said a spokeswoman for the agency.": a common noun of a person's role, so
            # that the object of a verb ("..., recited her policy ideas") is not read as one.
            return not self.person_nouns.isdisjoint(w.casefold() for w in words)
        return (
            bool(words)
            and all(w[0].isupper() or w in p.label_particles for w in words)
            and words[0][0].isupper()
        )

    def appearance(self, start: int, end: int, verb: _Verb) -> ClaimDraft | None:
        """Sanders appeared to dismiss the issue. / It seems that CONTENT.

        A verb of appearance reports how things look, to no one named: the content is its
        subject and what follows it ("Sanders | to dismiss the issue"), or the clause after
        "that". What follows must be no phrase of place or time ("appeared on CNN", "appeared
        before the committee"): that is a person appearing, not a claim.
        """
        text, p = self.text, self.p
        after = p.word_after.match(text, verb.end, verb.end + 24)
        if after is None:
            return None
        content_start = after.start(1)
        that = p.that_word.match(text, content_start)
        if that is None and not text.startswith(p.infinitive, content_start):
            return None
        if that is not None:
            content_start = self.trim(that.end(), end)[0]
        stop = self.content_end(content_start, end, False)
        if stop - content_start < 2:
            return None
        spans: tuple[tuple[int, int], ...] = ((content_start, stop),)
        subject = self.subject(start, verb) if that is None else None
        if subject is not None:
            # "the city can appear to be", "And he seemed": the subject alone.
            cleaned = self.clean_subject(list(_NON_SPACE.finditer(text, subject[0], subject[1])))
            if cleaned is not None and cleaned[1] < verb.start:
                spans = (cleaned, (content_start, stop))
        return self.draft(spans, None, verb.span, "appearance")

    def participle_clause(
        self, start: int, content_start: int, end: int, verb: _Verb
    ) -> ClaimDraft | None:
        """When asked whether CONTENT, X said ...: an opening participle clause.

        Its subject is the sentence's, to whom the question was put; who asked goes unnamed.
        The clause opens the sentence, alone or after a word of ``participle_openers``, and
        ends at its comma.
        """
        text, p = self.text, self.p
        if not self.participle(verb):
            return None
        lead = text[start : verb.start].split()
        if len(lead) > 1 or (lead and lead[0].strip(p.lead_strip).casefold() not in p.openers):
            return None
        comma = text.find(",", content_start, end)
        if comma < 0:
            return None
        content = self.trim(content_start, comma)
        if content[1] - content[0] < 2 or self.circumstance_only(*content):
            return None
        return self.draft((content,), None, verb.span, "passive")

    def passive(self, source: tuple[int, int], verb: _Verb) -> bool:
        """True if ``verb`` is a participle after a form of "be": "Pence was (also) asked"."""
        if not self.participle(verb):
            return False
        # The subject's phrase may have taken the auxiliary in: "The convention is".
        between = self.text[source[0] : verb.start].split()
        return any(w.casefold() in self.p.passive_auxiliaries for w in between[-_PASSIVE_GAP:])

    def before_be(self, source: tuple[int, int]) -> tuple[int, int] | None:
        """A subject phrase up to its form of "be": "Democrats are now more" -> "Democrats"."""
        words = list(_NON_SPACE.finditer(self.text, source[0], source[1]))
        be = [i for i, w in enumerate(words) if w.group().casefold() in self.p.passive_auxiliaries]
        if be:
            words = words[: be[-1]]  # the form of "be" inside the phrase: "Democrats are"
        return self.clean_subject(words)

    def clean_subject(self, words: list[regex.Match[str]]) -> tuple[int, int] | None:
        """A subject's words without a conjunction before them or auxiliaries after them:
        "But they" -> "they", "Cruz has" -> "Cruz"."""
        while words and words[0].group().casefold() in self.lead_stops:
            words = words[1:]
        while words and words[-1].group().casefold() in self.subject_stops:
            if len(words) == 1 and words[0].group().casefold() in self.resolver.p.pronouns:
                break  # "he": a pronoun is the whole subject
            words = words[:-1]
        return (words[0].start(), words[-1].end()) if words else None

    def agent(self, position: int, end: int) -> tuple[int, int] | None:
        """The agent of a passive cue right after it, ending its clause: "(was reported) by
        Politico." Not "(was asked) by reporters whether ...": a clause goes on there."""
        match = self.p.agent.match(self.text, position, end)
        if match is None:
            return None
        source = self.resolver.source(*match.span("source"), inverted=True)
        if source is None:
            return None
        # The phrase may go on with where or when ("by Carly Fiorina on Monday").
        rest = self.text[source[1] : match.end("source")].split()
        if rest and rest[0].casefold() not in self.p.not_complements:
            return None
        return source

    def participle(self, verb: _Verb) -> bool:
        """True if the verb form can be a past participle: "asked", "told", "thought"."""
        return verb.word.endswith(self.p.past) or verb.word in self.p.participles

    def passive_subject(self, source: tuple[int, int]) -> tuple[int, int] | None:
        """The subject of a passive verb without the auxiliaries its phrase took in."""
        p = self.p
        words = list(_NON_SPACE.finditer(self.text, source[0], source[1]))
        while words and (
            words[-1].group().casefold() in p.passive_auxiliaries
            or words[-1].group() in p.auxiliary_words
        ):
            words.pop()
        if not words:
            return None
        return source[0], words[-1].end()  # not the first "group" of "The group of the group"

    def trailing(self, start: int, end: int, verb: _Verb) -> ClaimDraft | None:
        """CONTENT, X said. / CONTENT, said X. / In his state, X said, CONTENT."""
        text = self.text
        source = self.resolver.subject(start, verb.start)
        inverted = False
        if source is None:
            match = self.p.inverted_source.match(text, verb.end, end)
            if match is None:
                return None
            source = self.resolver.source(*match.span("source"), inverted=True)
            inverted = True
        if source is None:
            return None
        head = source[0] if not inverted else verb.start
        comma = text.rfind(",", start, head)
        if comma < 0 or text[comma + 1 : head].strip():
            return None
        before = self.trim(start, comma)
        if before[1] - before[0] < 2 or self.is_direct_span(*before):
            return None
        clause_end = max(verb.end, source[1])
        rest_start = clause_end
        if text[rest_start : rest_start + 1] == "," and not inverted:
            # "In his state, Christie said, nonviolent ...": the content goes on.
            rest = self.trim(rest_start + 1, end)
            if rest[1] - rest[0] > 1 and not self.p.adjunct.match(text, rest[0], rest[1]):
                return self.draft((before, rest), source, verb.span, "parenthetical")
        return self.draft((before,), source, verb.span, "trailing")

    def according(self, start: int, end: int, cue: regex.Match[str]) -> ClaimDraft | None:
        """According to X, CONTENT. / CONTENT, according to X."""
        text = self.text
        if not text[start : cue.start()].strip():
            comma = text.find(",", cue.end(), end)
            if comma < 0:
                return None
            source = self.according_source(cue.end(), comma)
            content = self.trim(comma + 1, end)
        else:
            comma = text.rfind(",", start, cue.start())
            if comma < 0 or text[comma + 1 : cue.start()].strip():
                # "Clinton leads by 271 delegates according to a count by the AP.": the
                # clause before is the content, unless the word before gives "according
                # to" another sense ("varies according to income", "went according to plan").
                word = self.p.word_before.search(text, max(start, cue.start() - 24), cue.start())
                if word is None or word.group(1).casefold() in self.p.according_senses:
                    return None
                comma = cue.start()
            stop = end
            for mark in ",;":
                found = text.find(mark, cue.end(), end)
                if found >= 0:
                    stop = min(stop, found)
            source = self.according_source(cue.end(), stop)
            content = self.trim(start, comma)
            if (
                len(text[content[0] : content[1]].split()) <= _OPENING_WORDS
                and text[stop : stop + 1] == ","
            ):
                # "In addition, according to the department, CONTENT.": a short opening
                # phrase before, the claim after the source's comma.
                rest = self.trim(stop + 1, end)
                if len(text[rest[0] : rest[1]].split()) > _OPENING_WORDS:
                    content = rest
        if source is None or content[1] - content[0] < 2 or self.is_direct_span(*content):
            return None
        return self.draft((content,), source, cue.span(), "according-to")

    def document(self, start: int, end: int) -> ClaimDraft | None:
        """In a CBS News poll last month, CONTENT.

        News reports poll results this way: the opening phrase names the poll (or survey,
        study, report) the clause after its comma comes from, with "In" as the cue. A phrase
        without such a noun ("In Iowa, ...", "In 2012, ...") is a setting, not a source.
        """
        text, p = self.text, self.p
        cue_end = start + len(text[start:end].split(None, 1)[0])
        reach = min(end, cue_end + _DOCUMENT_REACH)
        comma = text.find(", ", cue_end, reach)  # not "1,500"
        if comma < 0:
            return None
        # "In the new Morning Consult poll, conducted March 11-13, ...": a participle phrase
        # after the noun belongs to the phrase.
        after = p.word_after.match(text, comma + 1, reach)
        if after is not None and after.group(1).endswith(self.p.past) and after.group(1).islower():
            comma = text.find(", ", after.end(), reach)
            if comma < 0:
                return None
        phrase = text[cue_end:comma]
        if any(mark in phrase for mark in p.document_stops):
            return None
        words = [w.strip(p.word_strip).casefold() for w in phrase.split()]
        if not words or p.documents.isdisjoint(words):
            return None
        source = self.trim(cue_end, comma)
        content = self.trim(comma + 1, end)
        if content[1] - content[0] < 2 or self.is_direct_span(*content):
            return None
        return self.draft((content,), source, (start, cue_end), "document")

    # -- the parts ------------------------------------------------------------------------

    def according_source(self, start: int, end: int) -> tuple[int, int] | None:
        """The source after "according to": the whole phrase up to the comma or the end.

        What follows "according to" is its source by construction, and sources of this
        kind are often documents or polls with phrases of their own: "early results of exit
        polls conducted for The Associated Press". The resolver's reading of a subject, which
        cuts such a phrase at "for" or "and" or refuses it as too long, is only the fallback
        for a phrase longer than ``_ACCORDING_WORDS`` words.
        """
        start, end = self.trim(start, end)
        words = self.text[start:end].split()
        if words and len(words) <= _ACCORDING_WORDS and any(c.isalnum() for c in words[0]):
            return start, end
        return self.resolver.source(start, end, inverted=False)

    def is_noun(self, verb: _Verb) -> bool:
        """True where the verb form is a noun (remembered per position)."""
        known = self.nouns.get(verb.start)
        if known is None:
            known = self.nouns[verb.start] = self._is_noun(verb)
        return known

    def _is_noun(self, verb: _Verb) -> bool:
        """True where the verb form is a noun: "the claims", "refuted claims", "reports said".

        A determiner before it, a verb in the past tense right before it, or another
        reporting verb right after it (two finite verbs do not touch) makes it a noun.
        """
        text, p = self.text, self.p
        if verb.word.endswith(p.past) and _NUMBER_BEFORE.search(
            text, max(0, verb.start - 24), verb.start
        ):
            # "271 pledged delegates", "3 reported cases": a participle after a number
            # modifies the noun that follows; a number is no subject of a past tense verb.
            return True
        before = p.word_before.search(text, max(0, verb.start - 24), verb.start)
        if before is not None and self.after_singular(before.start(1), verb):
            return True  # "a conference call", "a tax plan": no singular subject takes "call"
        if before is not None:
            word = before.group(1)
            if word.casefold() in p.noun_markers or (word in p.verbs and word.endswith(p.past)):
                return True
            if (
                word.endswith(p.possessive)
                and word[:-2].casefold() not in p.contracting
                and not verb.word.endswith(p.past)
                and not p.complement.match(text, verb.end, verb.end + 8)
            ):
                # "Trump's remarks stand out", "Clinton's support among ...": a noun after a
                # possessive. "Trump's claim that ...", "Clinton's plan to ..." report what
                # the possessor claims or plans, and stay. Not after "he's" or "it's" (has,
                # is), nor a participle ("Trump's called").
                return True
        # "reports refuted", "the post added": a plural form before a finite verb.
        if not verb.word.endswith(p.plural):
            return False
        after = p.word_after.match(text, verb.end, verb.end + 24)
        return (
            after is not None
            and after.group(1) in p.verbs
            and not after.group(1).endswith((*p.plural, *p.gerund))
        )

    def after_singular(self, word_start: int, verb: _Verb) -> bool:
        """True if a verb's base form follows a singular determiner and one word."""
        p = self.p
        if verb.word.endswith((*p.past, *p.plural, *p.gerund)) or verb.word in p.participles:
            return False
        determiner = p.word_before.search(self.text, max(0, word_start - 12), word_start)
        return determiner is not None and determiner.group(1).casefold() in self.singulars

    def subject(self, start: int, verb: _Verb) -> tuple[int, int] | None:
        """Who the verb's claim is by: its subject, or the sentence's for "and said"."""
        source = self._subject(start, verb)
        # Most sources hold no verb form at all: no generator to run over none.
        inside = self.verbs(*source) if source is not None else []
        if inside and any(not self.is_noun(m) for m in inside):
            return None  # "the Armed Forces said in a Telegram post": no subject of "post"
        return source

    def _subject(self, start: int, verb: _Verb) -> tuple[int, int] | None:
        text, p = self.text, self.p
        lo = max(start, verb.start - 40)
        relative = None
        window = text[lo : verb.start]
        # Most windows hold none of the pronouns (with none in the lexicon, the pattern reads
        # every window).
        if not p.relative_words or any(map(window.__contains__, p.relative_words)):
            relative = p.relative.search(text, lo, verb.start)
        if relative is not None:
            # "Ted Cruz, who said ...": the mention is "who", the claimant the noun before it.
            comma = relative.start()
            while comma > start and text[comma - 1] in " \u00a0":
                comma -= 1
            if text[comma - 1 : comma] == ",":
                name = next(iter(self.resolver.index.before(comma, 80)), None)
                antecedent = (name.start, name.end) if name is not None else None
                if antecedent is not None and antecedent[1] < comma - 2:
                    antecedent = None  # the name must stand right before ", who"
            else:
                # "voters who said": the head noun right before the pronoun.
                head = p.word_before.search(
                    text, max(start, relative.start() - 24), relative.start()
                )
                antecedent = head.span(1) if head is not None else None
            if antecedent is None:
                return None
            who: tuple[int, int] = relative.span("who")
            self.relatives[who] = antecedent
            return who
        # "Clinton on Tuesday said", "Sanders last week said": a time phrase between, which
        # is no part of the source.
        before = text[max(start, verb.start - 16) : verb.start].split()
        # Most verbs follow no time word: the pattern is read only after one.
        if text[verb.start - 1 : verb.start] == " " and before and before[-1] in self.times:
            gap = p.time_gap.search(text, max(start, verb.start - _TIME_GAP), verb.start)
            if gap is not None and gap.start() > start:
                source = self.resolver.subject(start, gap.start())
                if source is not None:
                    return source
        source = self.resolver.subject(start, verb.start)
        if source is not None:
            return source
        if not verb.word.endswith(p.gerund):
            source = self.common_subject(start, verb)
            if source is not None:
                return source
        lead = text[max(start, verb.start - 12) : verb.start].rstrip()
        if lead.endswith((*self.p.joints, ",")) or verb.word.endswith(self.p.gerund):
            # A second verb of the same subject: "X refuted claims ..., and said ...".
            for earlier in self.verbs(start, verb.start):
                if self.is_noun(earlier):
                    continue
                source = self.resolver.subject(start, earlier.start)
                if source is not None:
                    return source
            return self.resolver.speaker_in(start, verb.start)
        return None

    def common_subject(self, start: int, verb: _Verb) -> tuple[int, int] | None:
        """A common noun phrase with no determiner as the subject: "social scientists say".

        "officials at the agency said", "local party leaders say", "where analysts say":
        the words right before the verb (auxiliaries skipped) back to where its clause
        starts (the sentence's start, a punctuation mark or a word that opens a clause), up
        to six. The phrase opens with a lowercase word that is no preposition, determiner or
        participle; a determiner stands only after a preposition ("officials at the
        agency"); its head (the word before the first preposition, or the last word) is a
        plural or a noun of a person's role, and a plural head takes no verb in -s
        ("helicopters suggests"). Such a source names no one: an anonymous actor.
        """
        text, p = self.text, self.p
        lo = max(start, verb.start - _COMMON_REACH)
        words = list(_NON_SPACE.finditer(text, lo, verb.start))
        while words and words[-1].group().casefold() in p.auxiliary_words:
            words.pop()
        phrase: list[regex.Match[str]] = []
        while words and len(phrase) <= _COMMON_WORDS:
            word = words[-1].group()
            if word.casefold() in self.subject_stops or not _PHRASE_WORD.fullmatch(word):
                break
            phrase.append(words.pop())
        if not phrase or len(phrase) > _COMMON_WORDS:
            return None
        if words:
            # What stands before the phrase must end a clause or open one.
            before = words[-1].group()
            if before[-1] not in _CLAUSE_MARKS and before.casefold() not in self.subject_stops:
                return None
            if words[0].start() == lo and lo > start and len(words) == 1:
                return None  # the window may have cut the word before
        phrase.reverse()
        lowered = [w.group().casefold() for w in phrase]
        if lowered[-1] in p.label_particles:
            return None  # "though he trails in pledged delegates": a preposition ends no subject
        first = lowered[0]
        if (
            not phrase[0].group()[0].islower()
            or first in self.subject_openers
            or first.endswith((*p.past, *p.gerund))
        ):
            return None
        head = len(lowered) - 1
        for i, word in enumerate(lowered):
            if word in self.determiner_words and (
                i == 0 or lowered[i - 1] not in p.label_particles
            ):
                return None  # "honor a previous pledge": a verb's object, no subject
            if i and word in p.label_particles and head == len(lowered) - 1:
                head = i - 1
        noun = lowered[head]
        plural = noun.endswith(p.plural) and not noun.endswith(p.possessive) and len(noun) > 3
        if plural and verb.word.endswith(p.plural):
            return None
        if not (plural or noun in self.person_nouns) or noun.endswith("ss"):
            return None
        return phrase[0].start(), phrase[-1].end()

    def content_end(self, content_start: int, end: int, object_verb: bool) -> int:
        """Where a reported content stops: the sentence's end or the reporting's end."""
        text, p = self.text, self.p
        stop = end
        # Where no dash stands the dash alternative cannot match; without it the engine need
        # not try every space, and the search runs twice as fast.
        dashed = text.find("—", content_start, end) >= 0 or text.find("–", content_start, end) >= 0
        ending = p.reporting_end if dashed else p.reporting_end_undashed
        match = ending.search(text, content_start, end)
        if match is not None and not self.quoted(match.start()):
            stop = match.start()
        for verb in self.verbs(content_start, stop):
            # "..., and he added that ...": a new reporting clause ends this content.
            window = text[max(content_start, verb.start - 60) : verb.start]
            if not any(map(window.__contains__, p.spaced_joints)):
                continue  # no conjunction near: the verb cannot open a new clause
            if self.quoted(verb.start) or self.is_noun(verb):
                continue
            shared = p.shared_subject.search(text, max(content_start, verb.start - 16), verb.start)
            if shared is not None:
                stop = shared.start()  # "refuted claims that ..., and said ...": a new verb
                break
            subject = self.resolver.subject(content_start, verb.start)
            if subject is not None:
                joint = p.joint.search(text, max(content_start, subject[0] - 8), subject[0])
                if joint is not None:
                    stop = joint.start()
                    break
        # Each of these endings starts with a comma: a content without one has none.
        endings = (
            p.content_end.finditer(text, content_start, stop)
            if text.find(",", content_start, stop) >= 0
            else ()
        )
        for match in endings:
            # "..., with similar levels among both backers": what follows is the reporter's.
            if not self.quoted(match.start()):
                stop = match.start()
                break
        if object_verb:
            for match in p.clause_break.finditer(text, content_start, stop):
                if not self.quoted(match.start()):
                    stop = match.start()
                    break
        start, stop = self.trim(content_start, stop)
        aside = None
        if not p.aside_ends or text.endswith(p.aside_ends, start, stop):  # most end otherwise
            aside = p.aside.search(text, start, stop)
        return self.trim(start, aside.start())[1] if aside is not None else stop

    def circumstance_only(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` says only where or when: "recently in New York"."""
        p = self.p
        # Most contents start with none of the circumstance words the pattern starts with.
        if p.circumstance_firsts and not self.text.startswith(p.circumstance_firsts, start):
            return False
        if p.circumstance.fullmatch(self.text, start, end) is not None:
            return True
        # A dateline: "reported from Des Moines, and Maggie Haberman from New York": places
        # and names, with no lowercase word but the circumstance words and joints.
        words = [w.strip(p.word_strip) for w in self.text[start:end].split()]
        return all(not w or not w[0].islower() or w in self.setting_words for w in words)

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` without white space around it and without the final stop."""
        text = self.text
        while start < end and text[start] in " \t\u00a0":
            start += 1
        while end > start and text[end - 1] in _TRAILING_MARKS:
            end -= 1
        return start, end

    def quoted(self, position: int) -> bool:
        """True if ``position`` lies inside a quotation (marks included)."""
        index = bisect.bisect_right(self.quote_starts, position) - 1
        return index >= 0 and position < self.quotations[index].end

    def attribution_at(self, start: int, end: int) -> int | None:
        """The index of the first attribution whose words start in ``[start, end)``."""
        index = bisect.bisect_left(self.attribution_starts, start)
        if index < len(self.attributions) and self.attribution_starts[index] < end:
            return index
        return None

    def is_direct(self, position: int) -> bool:
        """True if a direct quote opens at ``position`` (its mark)."""
        index = self.attribution_at(position, position + 3)
        return index is not None and self.attributions[index].kind is QuoteKind.DIRECT

    def is_direct_span(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` is mostly a direct quote: then it is the quote's."""
        index = self.attribution_at(start, start + 3)
        if index is None or self.attributions[index].kind is not QuoteKind.DIRECT:
            return False
        quoted = sum(min(e, end) - max(s, start) for s, e in self.attributions[index].spans)
        return quoted * 2 > end - start

    def draft(
        self,
        spans: tuple[tuple[int, int], ...],
        source: tuple[int, int] | None,
        cue: tuple[int, int],
        rule: str,
    ) -> ClaimDraft:
        text = self.text
        claimant: str | None
        mention: Mention | None
        if source is None:
            claimant, mention = None, None  # "Pence was asked if ...": by someone unnamed
        elif source in self.relatives:
            claimant, _ = self.resolver.resolve(self.relatives[source])
            mention = Mention.of(text, *source)
            if claimant is not None:
                self.resolver.table.add_to(claimant, mention)
        else:
            claimant, mention = self.resolver.resolve(source)
        hedges = tuple([h for s, e in spans for h in self.hedges(s, e) if h != cue])
        lo, hi = spans[0][0], spans[-1][1]
        index = bisect.bisect_left(self.attribution_starts, lo)
        quotes = []
        while index < len(self.attributions) and self.attributions[index].spans[-1][1] <= hi:
            if self.attributions[index].kind is QuoteKind.PARTIAL:
                quotes.append(index)
            index += 1
        return ClaimDraft(spans, claimant, mention, cue, hedges, tuple(quotes), rule)
