"""The pipeline: the one call that reads a news text into a Document, as a list of steps.

:func:`analyze` reads the text once (``read_text``: marks, quotations, paragraphs,
sentences, words), makes the resolver that turns source phrases into actors
(``read_resolver``), then runs the stages in order, each taking what the ones before found:
``attribute_quotations`` → ``find_claims`` → ``find_disputes``. This module then gives the
results content-derived ids and builds the :class:`~newsclaims.Document`.
docs/architecture.md draws the whole pipeline.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from newsclaims._errors import InputError
from newsclaims._extract.attribution import Attribution, attribute_quotations
from newsclaims._extract.attribution import vocabulary as attribution_vocabulary
from newsclaims._extract.claims import ClaimDraft, find_claims
from newsclaims._extract.claims import vocabulary as claims_vocabulary
from newsclaims._extract.disputes import DisputeDraft, find_disputes
from newsclaims._extract.disputes import vocabulary as disputes_vocabulary
from newsclaims._extract.resolution import read_resolver
from newsclaims._model.document import Document, built_by_the_engine
from newsclaims._model.ids import record_id, unique
from newsclaims._model.records import Actor, Claim, Dispute, Metadata, Quote
from newsclaims._model.spans import Span, joined
from newsclaims._text.model import read_text
from newsclaims.lexicon import DEFAULT_LEXICON, Lexicon

__all__ = ["FoundQuotes", "analyze", "find_quotes"]


class FoundQuotes(NamedTuple):
    """What :func:`find_quotes` returns: the quotes and the actors who speak them.

    A named tuple, so ``quotes, actors = find_quotes(text)`` works as well as
    ``find_quotes(text).quotes``.
    """

    quotes: tuple[Quote, ...]
    actors: tuple[Actor, ...]


def find_quotes(text: str, *, lexicon: Lexicon = DEFAULT_LEXICON) -> FoundQuotes:
    """Every quotation of ``text`` with its speaker, and the actors who speak.

    The quotes-only part of :func:`analyze`, for callers who want no more.

    >>> found = find_quotes("“We are ready,” Lee said.")
    >>> [(q.text, q.speaker, q.rule) for q in found.quotes], [a.name for a in found.actors]
    ([('We are ready,', 'lee', 'after')], ['Lee'])
    """
    _check(text, lexicon)
    model = read_text(text, lexicon, _vocabulary(lexicon), every_sentence=False)
    # Cues read window by window: for quotes alone, reading every word of the text would
    # cost more than it saves.
    resolver = read_resolver(model, indexed=False)
    attributions = attribute_quotations(model, resolver)
    actors, ids = resolver.table.actors({a.speaker for a in attributions if a.speaker})
    return FoundQuotes(_quotes(text, attributions, ids), tuple(actors))


def analyze(
    text: str, metadata: Metadata | None = None, *, lexicon: Lexicon = DEFAULT_LEXICON
) -> Document:
    """Read a news text: every quote and claim with who made it, and the actors.

    >>> doc = analyze("“We are ready,” Sen. Maria Lopez said. “We are not,” she added.")
    >>> [(doc.actor(q.speaker).name, q.speaker_mention.text, q.text) for q in doc.quotes]
    [('Maria Lopez', 'Sen. Maria Lopez', 'We are ready,'), ('Maria Lopez', 'she', 'We are not,')]
    >>> doc = analyze("Officials said the bridge was safe. Ortiz denied it.")
    >>> [(doc.actor(c.claimant).name, c.text) for c in doc.claims]
    [('Officials', 'the bridge was safe')]
    >>> [(doc.actor(d.disputant).name, d.cue.text, d.claim_id) for d in doc.disputes]
    [('Ortiz', 'denied', 'c-...')]
    """
    _check(text, lexicon)
    if metadata is not None and not isinstance(metadata, Metadata):
        raise InputError(
            "<metadata>", f"expected newsclaims.Metadata or None, got {type(metadata).__name__}"
        )
    model = read_text(text, lexicon, _vocabulary(lexicon))
    resolver = read_resolver(model, indexed=True)
    attributions = attribute_quotations(model, resolver)
    drafts = find_claims(model, attributions, resolver)
    dispute_drafts = find_disputes(model, attributions, drafts, resolver)
    used = (
        {a.speaker for a in attributions if a.speaker}
        | {d.claimant for d in drafts if d.claimant}
        | {d.disputant for d in dispute_drafts if d.disputant}
    )
    actors, ids = resolver.table.actors(used)
    # The records need only the text and the drafts: the text model goes first, and each
    # stage's drafts once their records are built, so that the peak of a long text's
    # analysis is not its model and all its records at once.
    del model, resolver
    quotes = _quotes(text, attributions, ids)
    del attributions
    claims = _claims(text, drafts, quotes, ids)
    del drafts
    disputes = _disputes(text, dispute_drafts, claims, ids)
    return built_by_the_engine(
        text, Metadata() if metadata is None else metadata, tuple(actors), quotes, claims, disputes
    )


@functools.lru_cache(maxsize=32)
def _vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """Every word the stages look up in a text's :class:`Words`."""
    return (
        attribution_vocabulary(lexicon) | claims_vocabulary(lexicon) | disputes_vocabulary(lexicon)
    )


def _check(text: object, lexicon: object) -> None:
    if not isinstance(text, str):
        raise InputError("<text>", f"expected str, got {type(text).__name__}")
    if not isinstance(lexicon, Lexicon):
        raise InputError("<lexicon>", f"expected newsclaims.Lexicon, got {type(lexicon).__name__}")


def _quotes(
    text: str, attributions: Sequence[Attribution], ids: dict[str, str]
) -> tuple[Quote, ...]:
    record_ids, spans, speakers = _identified(
        "q", text, [a.spans for a in attributions], [a.speaker for a in attributions], ids
    )
    return tuple(
        [
            Quote(
                id=id_,
                spans=s,
                kind=a.kind,
                speaker=speaker,
                speaker_mention=a.mention,
                cue=a.cue,
                channel=a.channel,
                nested=_spans(text, a.nested),
                rule=a.rule,
            )
            for id_, s, speaker, a in zip(record_ids, spans, speakers, attributions, strict=True)
        ]
    )


def _claims(
    text: str, drafts: Sequence[ClaimDraft], quotes: Sequence[Quote], ids: dict[str, str]
) -> tuple[Claim, ...]:
    record_ids, spans, claimants = _identified(
        "c", text, [d.spans for d in drafts], [d.claimant for d in drafts], ids
    )
    return tuple(
        [
            Claim(
                id=id_,
                spans=s,
                claimant=claimant,
                claimant_mention=d.mention,
                cue=Span.of(text, *d.cue),
                quote_ids=tuple([quotes[i].id for i in d.quotes]),
                hedges=_spans(text, d.hedges),
                rule=d.rule,
            )
            for id_, s, claimant, d in zip(record_ids, spans, claimants, drafts, strict=True)
        ]
    )


def _identified(
    kind: str,
    text: str,
    pairs: Sequence[Sequence[tuple[int, int]]],
    actors: Sequence[str | None],
    ids: dict[str, str],
) -> tuple[list[str], list[tuple[Span, ...]], list[str | None]]:
    """Each record's id, spans and actor id, for records identified by who said which words.

    The ids come first for all records: a repeated one is told apart by its occurrence
    number.
    """
    spans = [_spans(text, p) for p in pairs]
    actor_ids = [ids[a] if a is not None else None for a in actors]
    bases = [record_id(kind, a or "", joined(s)) for a, s in zip(actor_ids, spans, strict=True)]
    return list(unique(bases)), spans, actor_ids


def _disputes(
    text: str, drafts: Sequence[DisputeDraft], claims: Sequence[Claim], ids: dict[str, str]
) -> tuple[Dispute, ...]:
    disputants = [ids[d.disputant] if d.disputant is not None else None for d in drafts]
    targets = [claims[d.claim].id if d.claim is not None else None for d in drafts]
    disputed = [_spans(text, d.disputed) for d in drafts]
    cues = [Span.of(text, *d.cue) for d in drafts]
    bases = [
        record_id("d", disputant or "", claim or joined(spans), cue.text)
        for disputant, claim, spans, cue in zip(disputants, targets, disputed, cues, strict=True)
    ]
    return tuple(
        [
            Dispute(
                id=id_,
                stance=d.stance,
                cue=cue,
                evidence=Span.of(text, *d.evidence),
                disputant=disputant,
                disputant_mention=d.mention,
                claim_id=claim,
                disputed=spans,
                rule=d.rule,
            )
            for id_, d, disputant, claim, spans, cue in zip(
                unique(bases), drafts, disputants, targets, disputed, cues, strict=True
            )
        ]
    )


def _spans(text: str, pairs: Sequence[tuple[int, int]]) -> tuple[Span, ...]:
    return tuple([Span.of(text, s, e) for s, e in pairs])  # a list: no generator to run
