"""Hypothesis strategies for every newsclaims model, so users can property-test their code.

Importing this module imports Hypothesis, which is not a runtime dependency of newsclaims:
install it yourself (``pip install hypothesis``) to use these.

Records drawn on their own (:func:`spans`, :func:`quotes`, …) are valid values; records
drawn for a document text (``spans(text)``) point at that text, and :func:`documents`
draws whole documents whose references all resolve.

>>> from hypothesis import given
>>> from newsclaims import from_json, to_json
>>> @given(documents())
... def test_round_trip(doc):
...     assert from_json(to_json(doc)) == doc
>>> test_round_trip()
"""

from __future__ import annotations

from hypothesis import strategies as st

from newsclaims._model.document import Document
from newsclaims._model.records import (
    Actor,
    ActorKind,
    Claim,
    Dispute,
    Metadata,
    Quote,
    QuoteKind,
    Stance,
)
from newsclaims._model.spans import Mention, Span

__all__ = [
    "actors",
    "claims",
    "disputes",
    "documents",
    "mentions",
    "metadata",
    "quotes",
    "spans",
    "texts",
]

# Pieces that break naive offset code: astral characters, combining marks, \r\n, curly marks.
_AWKWARD = ["😀", "𝔘", "e\u0301", "\r\n", "\n\n", "“", "”", "’", "«", "»", " ", "\t", "\u00a0"]


def texts(*, max_pieces: int = 12) -> st.SearchStrategy[str]:
    """Document texts: arbitrary Unicode mixed with the characters that break offsets."""
    piece = st.one_of(st.text(max_size=12), st.sampled_from(_AWKWARD))
    return st.lists(piece, max_size=max_pieces).map("".join)


@st.composite
def spans(draw: st.DrawFn, text: str | None = None) -> Span:
    """A span: of ``text`` when given (possibly empty), else a free-standing one."""
    if text is None:
        start = draw(st.integers(min_value=0, max_value=10_000))
        return Span(start, start + len(covered := draw(st.text(max_size=20))), covered)
    start = draw(st.integers(min_value=0, max_value=len(text)))
    end = draw(st.integers(min_value=start, max_value=len(text)))
    return Span.of(text, start, end)


@st.composite
def span_runs(
    draw: st.DrawFn, text: str | None = None, *, min_size: int = 1, max_size: int = 3
) -> tuple[Span, ...]:
    """Spans in text order without overlap, as a record with several pieces holds them."""
    if text is None:
        text = draw(texts())
    cuts = sorted(
        draw(
            st.lists(
                st.integers(min_value=0, max_value=len(text)),
                min_size=2 * min_size,
                max_size=2 * max_size,
            )
        )
    )
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    # Touching is fine; overlapping is not, and the sort makes that impossible.
    return tuple(Span.of(text, start, end) for start, end in pairs)


def mentions(text: str | None = None) -> st.SearchStrategy[Mention]:
    """A mention: one to three spans, of ``text`` when given."""
    return span_runs(text).map(Mention)


def _ids(prefix: str) -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=8).filter(str.strip).map(lambda s: f"{prefix}-{s}")


_names = st.text(min_size=1, max_size=30).filter(str.strip)
_optional_text = st.none() | st.text(max_size=30)


def metadata() -> st.SearchStrategy[Metadata]:
    """Document metadata, any field possibly missing."""
    return st.builds(
        Metadata,
        id=_optional_text,
        title=_optional_text,
        url=_optional_text,
        publisher=_optional_text,
        published=st.none() | st.dates().map(str),
        language=st.none() | st.sampled_from(["en", "de", "fr", "uk"]),
    )


@st.composite
def actors(draw: st.DrawFn, text: str | None = None, id: str | None = None) -> Actor:
    """An actor with zero to three mentions (of ``text`` when given)."""
    return Actor(
        id=id if id is not None else draw(_ids("a")),
        name=draw(_names),
        kind=draw(st.sampled_from(ActorKind)),
        title=draw(_optional_text),
        affiliation=draw(_optional_text),
        mentions=tuple(draw(st.lists(mentions(text), max_size=3))),
    )


def _optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


@st.composite
def quotes(
    draw: st.DrawFn,
    text: str | None = None,
    id: str | None = None,
    speakers: tuple[str, ...] | None = None,
) -> Quote:
    """A quote; its speaker is drawn from ``speakers`` (actor ids) when given."""
    speaker_ids = st.sampled_from(speakers) if speakers else _ids("a")
    speaker = draw(st.none() | speaker_ids) if speakers != () else None
    # A speaker comes with the words that name it; a mention alone (no actor found) may not.
    mention = mentions(text) if speaker is not None else st.none() | mentions(text)
    return Quote(
        id=id if id is not None else draw(_ids("q")),
        spans=draw(span_runs(text)),
        kind=draw(st.sampled_from(QuoteKind)),
        speaker=speaker,
        speaker_mention=draw(mention),
        cue=draw(st.none() | spans(text)),
        channel=draw(st.none() | spans(text)),
        nested=draw(span_runs(text, min_size=0)),
        rule=draw(st.text(max_size=20)),
    )


@st.composite
def claims(
    draw: st.DrawFn,
    text: str | None = None,
    id: str | None = None,
    claimants: tuple[str, ...] | None = None,
    quote_ids: tuple[str, ...] | None = None,
) -> Claim:
    """A claim; claimant and quotes are drawn from the given ids when given."""
    claimant_ids = st.sampled_from(claimants) if claimants else _ids("a")
    quote_refs = (
        st.lists(st.sampled_from(quote_ids), unique=True, max_size=2)
        if quote_ids
        else st.lists(_ids("q"), max_size=2)
        if quote_ids is None
        else st.just([])
    )
    return Claim(
        id=id if id is not None else draw(_ids("c")),
        spans=draw(span_runs(text)),
        claimant=draw(st.none() | claimant_ids) if claimants != () else None,
        claimant_mention=draw(st.none() | mentions(text)),
        cue=draw(st.none() | spans(text)),
        quote_ids=tuple(draw(quote_refs)),
        hedges=draw(span_runs(text, min_size=0)),
        rule=draw(st.text(max_size=20)),
    )


@st.composite
def disputes(
    draw: st.DrawFn,
    text: str | None = None,
    id: str | None = None,
    disputants: tuple[str, ...] | None = None,
    claim_ids: tuple[str, ...] | None = None,
) -> Dispute:
    """A dispute of a claim (drawn from ``claim_ids`` when given) or of a span."""
    disputant_ids = st.sampled_from(disputants) if disputants else _ids("a")
    claim_refs = st.sampled_from(claim_ids) if claim_ids else _ids("c")
    claim = draw(st.none() | claim_refs) if claim_ids != () else None
    return Dispute(
        id=id if id is not None else draw(_ids("d")),
        stance=draw(st.sampled_from(Stance)),
        cue=draw(spans(text)),
        evidence=draw(spans(text)),
        disputant=draw(st.none() | disputant_ids) if disputants != () else None,
        disputant_mention=draw(st.none() | mentions(text)),
        claim_id=claim,
        disputed=draw(span_runs(text, min_size=0 if claim else 1)),
        rule=draw(st.text(max_size=20)),
    )


@st.composite
def documents(draw: st.DrawFn, *, max_records: int = 4) -> Document:
    """A whole document whose spans, texts and references are all consistent."""
    text = draw(texts())
    count = st.integers(min_value=0, max_value=max_records)
    actor_ids = tuple(f"a-{i}" for i in range(draw(count)))
    quote_ids = tuple(f"q-{i}" for i in range(draw(count)))
    claim_ids = tuple(f"c-{i}" for i in range(draw(count)))
    dispute_ids = tuple(f"d-{i}" for i in range(draw(count)))
    return Document(
        text=text,
        metadata=draw(metadata()),
        actors=tuple(draw(actors(text, id=i)) for i in actor_ids),
        quotes=tuple(draw(quotes(text, id=i, speakers=actor_ids)) for i in quote_ids),
        claims=tuple(
            draw(claims(text, id=i, claimants=actor_ids, quote_ids=quote_ids)) for i in claim_ids
        ),
        disputes=tuple(
            draw(disputes(text, id=i, disputants=actor_ids, claim_ids=claim_ids))
            for i in dispute_ids
        ),
    )
