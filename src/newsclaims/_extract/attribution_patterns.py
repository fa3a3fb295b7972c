"""The regular expressions of the attribution rules, built from a lexicon once and cached.

Each pattern reads one part of a reporting clause: the source phrase before or after a cue,
the tail between a cue and its quotation, a channel ("in a Telegram post"), a dash line. Every
quantifier is bounded, and the rules match them only in bounded windows.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from newsclaims._extract.actors import name_table
from newsclaims._extract.cues import Cues
from newsclaims._text.marks import mark_characters
from newsclaims._text.regexes import alternation, escaped
from newsclaims.lexicon import Lexicon

__all__ = ["Patterns", "patterns"]


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
    #: The quotation marks that are never apostrophes, as a set and as a pattern.
    double_marks: frozenset[str]
    double_mark: regex.Pattern[str]
    #: Every quotation mark character.
    marks: frozenset[str]
    #: A clause joint right before a cue, read backwards: "Cheney focused on X [and] claimed".
    joint: regex.Pattern[str]
    #: A named possessor of a speech noun: "Ms. Cheney's paraphrase".
    possessor: regex.Pattern[str]
    claim_nouns: frozenset[str]


def _source(apostrophes: str, *, lazy: bool) -> str:
    """A source phrase: up to nine words (as few as will do if ``lazy``: after a quotation
    the first cue ends the source), and a party and state after a name, as US papers write
    it: "Rep. Gwen Moore (D-Wis.)".

    A word is a name, a title abbreviation, a lowercase noun or a number; ``apostrophes``
    (a character class's inside) may join its parts: "O’Neil".
    """
    word = (
        r"(?:(?:\p{Lu}\.){1,4}|\p{Lu}\p{Ll}{0,3}\."
        rf"|[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\p{{M}}{apostrophes}\-&]*)"
    )
    more = "{0,8}?" if lazy else "{0,8}"
    return rf"{word}(?:[ \u00a0]+{word}){more}(?:[ \u00a0]+\([^()\n]{{1,20}}\))?"


@functools.lru_cache(maxsize=32)
def patterns(lexicon: Lexicon) -> Patterns:
    """The attribution patterns derived from ``lexicon`` (cached per lexicon value)."""
    table = name_table(lexicon)
    marks = mark_characters(lexicon)
    # The marks that are never apostrophes, and those that may be, as character classes.
    dq, ap = marks.double_class, marks.apostrophe_class
    source, source_first = _source(ap, lazy=False), _source(ap, lazy=True)
    apposition = rf",[ \u00a0]+(?P<apposition>[^,;:!?\n{dq}]{{1,120}}),"
    # After a quotation a source may carry two appositions: “…,” Scott Pruitt, the attorney
    # general of Oklahoma, one of the states suing the EPA, said.
    appositions = (
        rf",[ \u00a0]+(?P<apposition>[^,;:!?\n{dq}]{{1,120}}"
        rf"(?:,[ \u00a0]+[^,;:!?\n{dq}]{{1,120}})?),"
    )
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
    possessive = alternation(lexicon.possessive_suffixes)
    channel = (
        rf"[ \u00a0]+(?:[^,.;:!?\n{dq}]{{0,40}}?[ \u00a0]+)??"
        rf"(?:{settings})[ \u00a0]+"
        rf"(?P<channel>(?:(?:{determiners}|[\p{{Lu}}][\p{{L}}]*(?:{possessive}))[ \u00a0]+)?"
        rf"(?:[\p{{L}}\-]+[ \u00a0]+){{0,2}}?(?:{channel_words})(?:[ \u00a0]+(?:{channel_words}))?"
        r"(?![\p{L}])"
        rf"(?:[ \u00a0]+(?:{alternation(lexicon.channel_sources)})[ \u00a0]+"
        rf"(?:(?:{articles})[ \u00a0]+)?\p{{Lu}}[\p{{L}}]*"
        r"(?:[ \u00a0]+\p{Lu}[\p{L}]*){0,3})?)"
    )
    lead = r"[ \u00a0]*,?[ \u00a0]*"
    # "Mrs." and "Jr." end a source phrase without ending its sentence.
    abbreviations = {t for t in (*lexicon.titles, *lexicon.name_suffixes) if t.endswith(".")}
    return Patterns(
        cues=Cues(lexicon.cue_verbs),
        # What lies between a quotation and the cue that follows it: “…,” Putin [said].
        after=regex.compile(rf"{lead}(?P<source>{source_first})(?:{appositions})?[ \u00a0]+{aux}"),
        # What follows a cue right after a quotation: “…,” said [Putin].
        after_inverted=regex.compile(rf"[ \u00a0]+(?P<source>{source})"),
        after_according=regex.compile(
            rf"{lead}(?P<cue>{according})[ \u00a0]+(?P<source>{source})"
        ),
        dash=regex.compile(
            r"[ \u00a0]*\n?\s{0,4}(?P<cue>[—–―]|--?)[ \u00a0]*(?P<source>"
            + source
            + r")[ \u00a0.]*(?:\n|\Z)"
        ),
        # What may lie between a cue and the quotation it leads into: Smith told CNN on
        # Monday: “…”.
        before_tail=regex.compile(
            # A phrase of setting needs its comma or colon: in "promised at a rally to end
            # “…”" the quotation is what is ended, not what was said.
            rf"(?:[ \u00a0]+(?:{objects}|{named_object}))?"
            rf"(?:[ \u00a0]*[,:]?|[ \u00a0]+(?:{settings})[ \u00a0]+[^{dq}\n.;:!?,]{{1,60}}[,:])"
            r"[ \u00a0]*"
        ),
        before_according=regex.compile(
            rf"(?r)(?P<cue>{according})[ \u00a0]+(?P<source>{source}),[ \u00a0]*\Z"
        ),
        lead_in_tail=regex.compile(
            # A phrase may sit between the cue and the comma ("said of the senator,"), but
            # no "that": "said that once the Senate recesses, “…”" reports a clause.
            rf"(?:[ \u00a0]+(?:(?!(?:{complementizers})[ \u00a0])[^,.;:!?{dq}\n]){{1,60}})?"
            r"[ \u00a0]*[,:][ \u00a0]*"
        ),
        subject=regex.compile(rf"(?r)(?P<source>{source})(?:{apposition})?[ \u00a0]+{aux}\Z"),
        trailing_subject=regex.compile(rf"(?r),[ \u00a0]+(?P<source>{source})[ \u00a0]+{aux}\Z"),
        channel=regex.compile(channel),
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
        abbreviations=frozenset(abbreviations),
        clause_words=frozenset(lexicon.clause_words),
        determiners=frozenset(lexicon.determiners),
        not_last=frozenset(lexicon.determiners) | frozenset(lexicon.prepositions),
        opening_words=frozenset(lexicon.opening_words),
        # Whether a phrase ends with an unnamed source. Read backwards from the end (?r), the
        # match is tried once where the phrase ends, not at every word of it: nine times
        # faster, and only whether there is a match is asked.
        anonymous=regex.compile(
            r"(?ri)(?:" + escaped(sorted(table.anonymous, key=len)[::-1]) + r")\Z"
        ),
        double_marks=marks.double,
        double_mark=regex.compile(marks.one_of(marks.double)),
        marks=marks.every,
        joint=regex.compile(
            rf"(?r)(?<=[\p{{L}}\p{{N}}.)])[ \u00a0]*,?[ \u00a0]+"
            rf"(?:{alternation(lexicon.clause_joints)})[ \u00a0]+{aux}\Z"
        ),
        # The speech noun is one of the (up to) three words after the possessive, looked up
        # in ``claim_nouns``: an alternation of the nouns would take longer to compile than
        # the rule ever runs.
        possessor=regex.compile(
            r"(?<![\p{L}\p{N}])(?P<source>\p{Lu}[\p{L}.\-]*(?:[ \u00a0]+\p{Lu}[\p{L}.\-]*){0,3})"
            rf"(?:{possessive})(?P<words>(?:[ \u00a0]+[\p{{Ll}}\-]+){{1,3}})(?![\p{{L}}])"
        ),
        claim_nouns=frozenset(lexicon.claim_nouns),
    )
