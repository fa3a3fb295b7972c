"""Stage 6: disputes, an actor contesting another's claim, linked to the claim contested.

The dispute-cue rules find the words that contest something in a sentence ("denied",
"pushed back on the claims", "do not correspond to reality") with what they contest.
This stage finds who contests and which claim, by the rules of :data:`DISPUTE_RULES`
(the name each :class:`~newsclaims.Dispute` carries in ``rule``).

A target that names no earlier claim ("refuted claims that …" with no claim before it)
keeps its own words as the disputed span. A cue is a dispute even when neither a claim nor a
disputant is found ("Moscow strongly denies." with no claim before it): its disputant is then
unknown and, with no target named, its sentence is the disputed span, as the model allows.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from newsclaims._extract.actors import ANTECEDENT_WINDOW
from newsclaims._extract.attribution import Attribution, Resolver
from newsclaims._extract.claims import ClaimDraft
from newsclaims._extract.dispute_rules import DisputeCue, dispute_cues_at
from newsclaims._extract.dispute_tables import compiled
from newsclaims._extract.rules import Registry
from newsclaims._model.records import Stance
from newsclaims._model.spans import Mention
from newsclaims._text.model import Text
from newsclaims.lexicon import Lexicon

__all__ = ["DISPUTE_RULES", "DisputeDraft", "find_disputes"]

# How far from its cue a dispute's parts may lie (its disputant, its evidence).
_REACH = 600


class DisputeDraft(NamedTuple):
    """A dispute found in the text, before ids are given: offsets and actor keys."""

    stance: Stance
    cue: tuple[int, int]
    evidence: tuple[int, int]
    disputant: str | None  # a key of the ActorTable
    mention: Mention | None
    claim: int | None  # an index into the claims
    disputed: tuple[tuple[int, int], ...]
    rule: str


def vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """The words the disputes stage looks up in a text's :class:`Words`, in lowercase."""
    return compiled(lexicon).firsts


def find_disputes(
    model: Text,
    attributions: Sequence[Attribution],
    claims: Sequence[ClaimDraft],
    resolver: Resolver,
) -> list[DisputeDraft]:
    """The disputes in the sentences of ``model``, each linked to the claim it contests where
    one fits.

    ``claims`` are the claims stage's drafts in text order; ``attributions`` the quotes.
    """
    text, words, lexicon = model.string, model.words, model.lexicon
    quote_ends = [a.spans[-1][1] for a in attributions]
    claim_starts = [c.spans[0][0] for c in claims]
    # Claims that rebut another ("Ukraine pushed back ..., calling them “propaganda”"):
    # a later dispute contests the original assertion, never a rebuttal.
    rebuttals: set[int] = set()
    # Where a cue may start, from the text's words (less those where the next word can
    # continue no entry): only sentences holding one are read, and only there.
    tables = compiled(lexicon)
    starts = words.starts(tables.firsts, tables.follows, fold=True)
    candidates = tables.prefilter(text, starts)
    out: list[DisputeDraft] = []
    for start, end in model.sentences:
        index = bisect.bisect_left(candidates, start)
        if index == len(candidates) or candidates[index] >= end:
            continue
        inside = starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        tokens = model.sentence_tokens((start, end))
        for cue in dispute_cues_at(text, start, end, tables, inside, tokens):
            draft = _dispute(
                text,
                (start, end),
                cue,
                attributions,
                quote_ends,
                claims,
                claim_starts,
                rebuttals,
                resolver,
            )
            out.append(draft)
            first = bisect.bisect_left(claim_starts, max(start, draft.cue[0] - _REACH))
            last = bisect.bisect_left(claim_starts, min(end, draft.cue[1] + _REACH))
            if draft.disputant is not None:
                rebuttals.update(
                    i for i in range(first, last) if claims[i].claimant == draft.disputant
                )
    return out


class _Setting(NamedTuple):
    """What the rules of who disputes read: the cue, the stretch of its sentence within
    reach of it, the quote holding it (if any) and the actors."""

    text: str
    cue: DisputeCue
    start: int
    end: int
    quote: Attribution | None
    claim: ClaimDraft | None  # the claim whose content holds the cue, if any
    resolver: Resolver


class _Reading(NamedTuple):
    """Who disputes, with the words that show it, and where the disputed claim ends before."""

    disputant: str | None  # None: nobody found, the dispute is kept all the same
    mention: Mention | None
    evidence: tuple[int, int]
    before: int


# The cue rule of a dispute verb ending a relative clause on a claim.
_RELATIVE_CLAUSE = "verb-in-relative-clause"
# How the cue rules of falsity words begin.
_FALSITY = "falsity-"


class _Pass:
    """A rule's answer that it does not apply: the next rule is tried."""


_PASS = _Pass()
_Rule = Callable[[_Setting], "_Reading | _Pass"]

#: Who disputes, and what: the rules a :class:`~newsclaims.Dispute` names, in the order
#: tried. The first that applies decides; where it finds nobody the dispute is kept with no
#: disputant.
DISPUTE_RULES: Registry[_Rule] = Registry("disputes")


@DISPUTE_RULES.register(
    "in-quote",
    "“… do not correspond to reality,” the General Staff said: the cue stands inside a quote, "
    "whose speaker disputes",
)
def _in_quote(setting: _Setting) -> _Reading | _Pass:
    quote, cue = setting.quote, setting.cue
    if quote is None:
        return _PASS
    # A quote with no speaker found still disputes: its disputant is unknown.
    return _Reading(quote.speaker, quote.mention, (cue.cue.start, cue.cue.end), quote.spans[0][0])


@DISPUTE_RULES.register(
    "in-claim",
    '"A spokesman said the report was inaccurate": a falsity word in what someone is reported '
    "to say; the claimant disputes",
)
def _in_claim(setting: _Setting) -> _Reading | _Pass:
    claim, cue = setting.claim, setting.cue
    # Only a falsity word: a dispute verb in a claim has its own subject ("Lee said Kyiv
    # denied it": Kyiv denies).
    if setting.quote is not None or claim is None or not cue.rule.startswith(_FALSITY):
        return _PASS
    # The reporting clause and its content, in whichever order they stand.
    evidence = (min(claim.cue[0], claim.spans[0][0]), max(claim.cue[1], claim.spans[-1][1]))
    return _Reading(claim.claimant, claim.mention, evidence, claim.spans[0][0])


@DISPUTE_RULES.register(
    "relative",
    '"…, a claim which Kyiv has denied": the claim of the same sentence, disputed by the '
    "relative clause's subject",
)
def _relative(setting: _Setting) -> _Reading | _Pass:
    cue = setting.cue
    if setting.quote is not None or cue.rule != _RELATIVE_CLAUSE:
        return _PASS
    who = _subject(setting)
    if cue.target is not None:
        evidence = (cue.target.start, cue.cue.end)
    else:
        evidence = _trimmed(setting.text, setting.start, setting.end)
    return _Reading(*who, evidence, evidence[0])


# The cue rules of a passive dispute verb, whose subject is what is disputed.
_PASSIVES = frozenset({"passive-claim-subject", "passive-standalone"})


@DISPUTE_RULES.register(
    "passive",
    '"The claim was rejected by Kyiv": the agent of a passive cue disputes; its subject is '
    "what is disputed, and with no agent nobody is named",
)
def _passive(setting: _Setting) -> _Reading | _Pass:
    cue = setting.cue
    if setting.quote is not None or cue.rule not in _PASSIVES:
        return _PASS
    evidence = _trimmed(setting.text, setting.start, setting.end)
    return _Reading(*_agent(setting), evidence, setting.start)


@DISPUTE_RULES.register(
    "reported",
    '"Ukraine pushed back on the claims": the subject of the cue disputes the latest claim '
    "before it made by someone else",
)
def _reported(setting: _Setting) -> _Reading | _Pass:
    if setting.quote is not None:
        return _PASS
    who = _subject(setting)
    return _Reading(*who, _trimmed(setting.text, setting.start, setting.end), setting.start)


_RULES = tuple(zip(DISPUTE_RULES.names(), DISPUTE_RULES.functions(), strict=True))


def _who(setting: _Setting) -> tuple[str, _Reading]:
    """The first rule of :data:`DISPUTE_RULES` that applies, with its reading: who disputes
    (the last rule applies to every cue outside a quote, so one always does)."""
    for name, read in _RULES:
        reading = read(setting)
        if not isinstance(reading, _Pass):
            return name, reading
    raise AssertionError("the last dispute rule applies to every cue")  # pragma: no cover


def _subject(setting: _Setting) -> tuple[str | None, Mention | None]:
    """The actor the cue's subject names, or the speaker of a participle's sentence; no
    actor and no mention where neither is found."""
    text, start, position = setting.text, setting.start, setting.cue.cue.start
    resolver = setting.resolver
    source = resolver.subject(start, position) or _participle_subject(
        text, start, position, resolver
    )
    return (None, None) if source is None else resolver.resolve(source)


def _dispute(
    text: str,
    sentence: tuple[int, int],
    cue: DisputeCue,
    attributions: Sequence[Attribution],
    quote_ends: list[int],
    claims: Sequence[ClaimDraft],
    claim_starts: list[int],
    rebuttals: set[int],
    resolver: Resolver,
) -> DisputeDraft:
    # Read within _REACH of the cue, so that no sentence, however long, makes it quadratic.
    position = cue.cue.start
    start, end = max(sentence[0], position - _REACH), min(sentence[1], cue.cue.end + _REACH)
    quote = _quote_holding(attributions, quote_ends, position)
    holding = _claim_holding(claims, claim_starts, position)
    rule, reading = _who(_Setting(text, cue, start, end, quote, holding, resolver))
    disputant = reading.disputant
    # With nobody found to dispute, the latest claim before is a guess, unless the cue's
    # own subject stands for it ("The claim was rejected", "a claim which ... denied").
    anaphoric = cue.target is not None and cue.target.start < cue.cue.start
    claim = (
        _disputed_claim(claims, claim_starts, rebuttals, reading.before, disputant, rule, start)
        if disputant is not None or anaphoric
        else None
    )
    if claim is not None:
        disputed = claims[claim].spans
    elif cue.target is not None:
        disputed = ((cue.target.start, cue.target.end),)
    else:
        # Nothing contested is named ("Moscow strongly denies."): the cue's sentence, within
        # reach of it, stands for what is disputed.
        disputed = (_trimmed(text, start, end),)
    return DisputeDraft(
        cue.stance,
        (cue.cue.start, cue.cue.end),
        reading.evidence,
        disputant,
        reading.mention,
        claim,
        disputed,
        rule,
    )


def _quote_holding(
    attributions: Sequence[Attribution], quote_ends: list[int], position: int
) -> Attribution | None:
    index = bisect.bisect_right(quote_ends, position)
    if index < len(attributions):
        quote = attributions[index]
        if any(s <= position < e for s, e in quote.spans):
            return quote
    return None


def _agent(setting: _Setting) -> tuple[str | None, Mention | None]:
    """The actor a passive cue's agent names ("rejected by the campaign"), if it has one."""
    text, resolver = setting.text, setting.resolver
    agent = _AGENT.match(text, setting.cue.cue.end, setting.end)
    if (
        agent is None
        or agent.group(1).casefold() not in compiled(resolver.lexicon).sets.agent_prepositions
    ):
        return None, None
    source = resolver.source(
        agent.end(), min(setting.end, agent.end() + _AGENT_REACH), inverted=True
    )
    return (None, None) if source is None else resolver.resolve(source)


# The word after a passive cue, and how far its agent's phrase may run.
_AGENT = regex.compile(r"[ \u00a0]+(\p{L}+)[ \u00a0]+")
_AGENT_REACH = 80


def _claim_holding(
    claims: Sequence[ClaimDraft], claim_starts: list[int], position: int
) -> ClaimDraft | None:
    """The claim whose content holds ``position``, with its claimant known."""
    index = bisect.bisect_right(claim_starts, position) - 1
    # Contents do not nest far: the last two that start before are enough.
    for claim in claims[max(0, index - 1) : index + 1][::-1]:
        if claim.claimant is not None and any(s <= position < e for s, e in claim.spans):
            return claim
    return None


def _participle_subject(
    text: str, start: int, position: int, resolver: Resolver
) -> tuple[int, int] | None:
    # "…, calling them lies": the participle's subject is the sentence's speaker.
    if text[start:position].rstrip().endswith(","):
        return resolver.speaker_in(start, position)
    return None


def _disputed_claim(
    claims: Sequence[ClaimDraft],
    claim_starts: list[int],
    rebuttals: set[int],
    before: int,
    disputant: str | None,
    rule: str,
    sentence_start: int,
) -> int | None:
    """The claim a dispute contests: the latest one before it made by someone else.

    A relative clause ("a claim which Kyiv has denied") contests the claim of its own
    sentence; other disputes look back a bounded stretch of text.
    """
    index = bisect.bisect_left(claim_starts, before) - 1
    while index >= 0:
        claim = claims[index]
        if rule == "relative" and claim.spans[0][0] < sentence_start:
            return None
        if before - claim.spans[-1][1] > ANTECEDENT_WINDOW:
            return None
        if index not in rebuttals and (claim.claimant is None or claim.claimant != disputant):
            return index
        index -= 1
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
