"""The one call that reads a news text: quotation marks, quotes, actors, attribution.

Data flows one way through the stages, each a module with one entry function:
``find_quotation_marks`` → ``pair_quotation_marks`` → ``find_mentions`` →
``attribute_quotations``; this module gives the results ids and builds the
:class:`~newsclaims.Document`. The claims stage (issue 4) joins after attribution.
"""

from __future__ import annotations

from newsclaims._actors import find_mentions
from newsclaims._attribution import attribute_quotations
from newsclaims._document import Document
from newsclaims._errors import InputError
from newsclaims._ids import record_id, unique
from newsclaims._marks import find_quotation_marks
from newsclaims._models import Actor, Metadata, Quote
from newsclaims._quotes import pair_quotation_marks
from newsclaims._spans import Span, joined
from newsclaims.lexicon import DEFAULT_LEXICON, Lexicon

__all__ = ["analyze", "find_quotes"]


def find_quotes(
    text: str, *, lexicon: Lexicon = DEFAULT_LEXICON
) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    """Every quotation of ``text`` with its speaker, and the actors who speak.

    The quotes-only part of :func:`analyze`, for callers who want no more.

    >>> quotes, actors = find_quotes("“We are ready,” Lee said.")
    >>> [(q.text, q.speaker, q.rule) for q in quotes], [a.name for a in actors]
    ([('We are ready,', 'lee', 'after')], ['Lee'])
    """
    if not isinstance(text, str):
        raise InputError("<text>", f"expected str, got {type(text).__name__}")
    marks = find_quotation_marks(text, lexicon)
    quotations = pair_quotation_marks(text, marks, lexicon)
    mentions = find_mentions(text, quotations, lexicon)
    attributions, table = attribute_quotations(text, quotations, mentions, lexicon)
    used = {a.speaker for a in attributions if a.speaker is not None}
    actors, ids = table.actors(used)
    drafts = []
    for a in attributions:
        spans = tuple(Span.of(text, s, e) for s, e in a.spans)
        speaker = ids[a.speaker] if a.speaker is not None else None
        drafts.append((record_id("q", speaker or "", joined(spans)), spans, speaker, a))
    quotes = tuple(
        Quote(
            id=id_,
            spans=spans,
            kind=a.kind,
            speaker=speaker,
            speaker_mention=a.mention,
            cue=a.cue,
            channel=a.channel,
            nested=tuple(Span.of(text, s, e) for s, e in a.nested),
            rule=a.rule,
        )
        for id_, (_, spans, speaker, a) in zip(unique(d[0] for d in drafts), drafts, strict=True)
    )
    return quotes, tuple(actors)


def analyze(
    text: str, metadata: Metadata | None = None, *, lexicon: Lexicon = DEFAULT_LEXICON
) -> Document:
    """Read a news text: every quote with its speaker, and the actors, as a Document.

    >>> doc = analyze("“We are ready,” Sen. Maria Lopez said. “We are not,” she added.")
    >>> [(doc.actor(q.speaker).name, q.speaker_mention.text, q.text) for q in doc.quotes]
    [('Maria Lopez', 'Sen. Maria Lopez', 'We are ready,'), ('Maria Lopez', 'she', 'We are not,')]
    """
    quotes, actors = find_quotes(text, lexicon=lexicon)
    return Document(text, metadata or Metadata(), actors, quotes)
