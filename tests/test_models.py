"""Examples and properties of the models: validation, invariants, lookups."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import (
    Actor,
    ActorKind,
    Claim,
    Dispute,
    DisputeEdge,
    Document,
    Mention,
    Metadata,
    Quote,
    QuoteKind,
    Span,
    Stance,
    ValidationError,
)
from newsclaims.strategies import documents, texts

TEXT = "“We are ready,” Lee said, but Ortiz denied it: “We are not.”"


def lee_and_ortiz() -> Document:
    lee = Actor(id="lee", name="Lee", kind="person", mentions=(Mention.of(TEXT, 16, 19),))
    ortiz = Actor(id="ortiz", name="Ortiz", kind=ActorKind.PERSON)
    quote = Quote(
        id="q-1",
        spans=(Span.of(TEXT, 1, 14),),
        kind="direct",
        speaker="lee",
        speaker_mention=Mention.of(TEXT, 16, 19),
        cue=Span.of(TEXT, 20, 24),
    )
    claim = Claim(id="c-1", spans=(Span.of(TEXT, 1, 14),), claimant="lee", quote_ids=("q-1",))
    dispute = Dispute(
        id="d-1",
        stance="deny",
        cue=Span.of(TEXT, 36, 42),
        evidence=Span.of(TEXT, 30, 45),
        disputant="ortiz",
        claim_id="c-1",
    )
    return Document(
        TEXT, actors=(lee, ortiz), quotes=(quote,), claims=(claim,), disputes=(dispute,)
    )


def problems_of(build: object) -> list[str]:
    assert callable(build)
    with pytest.raises(ValidationError) as info:
        build()
    return [f"{path}: {message}" for path, message in info.value.problems]


class TestSpan:
    def test_holds_its_text(self) -> None:
        assert Span.of(TEXT, 16, 19) == Span(16, 19, "Lee")
        assert len(Span(16, 19, "Lee")) == 3

    @pytest.mark.parametrize(
        ("start", "end", "text", "expected"),
        [
            (-1, 2, "abc", "start: must not be negative, got -1"),
            (5, 3, "", "end: 3 is before start 5"),
            (0, 3, "ab", "text: has 2 characters but the span [0, 3) covers 3"),
        ],
    )
    def test_rejects_bad_offsets(self, start: int, end: int, text: str, expected: str) -> None:
        assert expected in problems_of(lambda: Span(start, end, text))

    def test_of_rejects_offsets_outside_the_text(self) -> None:
        with pytest.raises(ValidationError, match=r"outside a text of 3 characters"):
            Span.of("abc", 2, 4)

    @given(texts(), st.data())
    def test_of_slices_exactly(self, text: str, data: st.DataObject) -> None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        span = Span.of(text, start, end)
        assert text[span.start : span.end] == span.text

    def test_is_frozen(self) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Span(0, 1, "a").start = 2  # type: ignore[misc]


class TestRecords:
    def test_multi_span_text_joins_with_one_space(self) -> None:
        text = "“The two sides,” he said. “Stop.”"
        quote = Quote(
            id="q", spans=(Span.of(text, 1, 15), Span.of(text, 27, 32)), kind=QuoteKind.DIRECT
        )
        assert quote.text == "The two sides, Stop."

    def test_spans_must_be_in_order_without_overlap(self) -> None:
        assert problems_of(
            lambda: Quote(id="q", spans=(Span(5, 9, "abcd"), Span(7, 8, "x")), kind="direct")
        ) == ["spans[1]: starts at 7, inside or before the span before it, which ends at 9"]

    def test_quote_needs_a_span(self) -> None:
        assert problems_of(lambda: Quote(id="q", spans=(), kind="direct")) == [
            "spans: must hold at least one span"
        ]

    def test_unknown_kind_names_the_choices(self) -> None:
        (problem,) = problems_of(lambda: Quote(id="q", spans=(Span(0, 0, ""),), kind="rumour"))
        assert problem.startswith("kind: 'rumour' is not one of 'direct', 'partial'")

    def test_dispute_needs_a_target(self) -> None:
        assert problems_of(
            lambda: Dispute(
                id="d", stance=Stance.DENY, cue=Span(0, 0, ""), evidence=Span(0, 0, "")
            )
        ) == ["disputed: a dispute needs a claim or a disputed span"]

    def test_ids_must_not_be_blank(self) -> None:
        assert problems_of(lambda: Actor(id=" ", name="Lee", kind="person")) == [
            "id: must be a non-empty string"
        ]

    def test_aliases_are_the_distinct_mention_texts(self) -> None:
        text = "Putin spoke. Mr. Putin left. Putin"
        actor = Actor(
            id="p",
            name="Vladimir Putin",
            kind="person",
            mentions=(Mention.of(text, 0, 5), Mention.of(text, 13, 22), Mention.of(text, 29, 34)),
        )
        assert actor.aliases == ("Mr. Putin", "Putin")

    def test_quote_kinds_that_quote_somebody(self) -> None:
        assert {k for k in QuoteKind if k.is_speech} == {QuoteKind.DIRECT, QuoteKind.PARTIAL}


class TestDocumentInvariants:
    def test_valid_document(self) -> None:
        doc = lee_and_ortiz()
        assert doc.actor("lee").name == "Lee"

    def test_span_outside_the_text(self) -> None:
        doc = lee_and_ortiz()
        assert "quotes[0].spans[0]: [1, 14) is outside the text (5 characters)" in problems_of(
            lambda: attrs.evolve(doc, text="short")
        )

    def test_span_text_must_match_the_document(self) -> None:
        doc = lee_and_ortiz()
        changed = TEXT.replace("ready", "READY")
        assert (
            "quotes[0].spans[0]: text 'We are ready,' does not match the document, "
            "which has 'We are READY,' at [1, 14)"
        ) in problems_of(lambda: attrs.evolve(doc, text=changed))

    def test_unknown_speaker(self) -> None:
        doc = lee_and_ortiz()
        quote = attrs.evolve(doc.quotes[0], speaker="a7")
        assert problems_of(lambda: attrs.evolve(doc, quotes=(quote,))) == [
            "quotes[0].speaker: unknown actor 'a7'"
        ]

    def test_unknown_claimant_and_quote(self) -> None:
        doc = lee_and_ortiz()
        claim = attrs.evolve(doc.claims[0], claimant="a7", quote_ids=("q-9",))
        assert problems_of(lambda: attrs.evolve(doc, claims=(claim,))) == [
            "claims[0].claimant: unknown actor 'a7'",
            "claims[0].quote_ids[0]: unknown quote 'q-9'",
        ]

    def test_unknown_disputant_and_claim(self) -> None:
        doc = lee_and_ortiz()
        dispute = attrs.evolve(doc.disputes[0], disputant="a7", claim_id="c-9")
        assert problems_of(lambda: attrs.evolve(doc, disputes=(dispute,))) == [
            "disputes[0].disputant: unknown actor 'a7'",
            "disputes[0].claim_id: unknown claim 'c-9'",
        ]

    def test_duplicate_ids(self) -> None:
        doc = lee_and_ortiz()
        assert problems_of(lambda: attrs.evolve(doc, actors=doc.actors + doc.actors[:1])) == [
            "actors[2].id: duplicate id 'lee'"
        ]

    def test_wrong_record_type(self) -> None:
        assert problems_of(
            lambda: Document(TEXT, quotes=("not a quote",))  # type: ignore[arg-type]
        ) == ["quotes: expected a tuple of Quote"]

    def test_wrong_field_types_raise_validation_error(self) -> None:
        # Built directly, not read: attrs' own TypeError used to escape here.
        assert problems_of(lambda: Document(5)) == [  # type: ignore[arg-type]
            "text: expected str, got int"
        ]
        assert problems_of(lambda: Document(TEXT, metadata={})) == [  # type: ignore[arg-type]
            "metadata: expected Metadata, got dict"
        ]
        assert problems_of(lambda: Metadata(id=5)) == [  # type: ignore[arg-type]
            "id: expected str or None, got int"
        ]
        assert problems_of(
            lambda: Quote(id="q", spans=(Span(0, 1, "x"),), kind="direct", cue="said")  # type: ignore[arg-type]
        ) == ["cue: expected Span or None, got str"]

    def test_a_speaker_needs_its_mention(self) -> None:
        quote = lee_and_ortiz().quotes[0]
        assert problems_of(lambda: attrs.evolve(quote, speaker_mention=None)) == [
            "speaker_mention: missing: a quote with a speaker needs one"
        ]
        # The words may be found without an actor to give them to.
        assert attrs.evolve(quote, speaker=None).speaker_mention is not None

    @given(documents())
    def test_every_span_holds_the_document_text(self, doc: Document) -> None:
        records: list[Actor | Quote | Claim | Dispute] = [
            *doc.actors,
            *doc.quotes,
            *doc.claims,
            *doc.disputes,
        ]
        for record in records:
            for value in attrs.astuple(record, recurse=False):
                for item in value if isinstance(value, tuple) else (value,):
                    for span in item.spans if isinstance(item, Mention) else (item,):
                        if isinstance(span, Span):
                            assert doc.text[span.start : span.end] == span.text


class TestLookups:
    def test_records_by_actor(self) -> None:
        doc = lee_and_ortiz()
        assert [q.id for q in doc.quotes_by("lee")] == ["q-1"]
        assert [c.id for c in doc.claims_by(doc.actor("lee"))] == ["c-1"]
        assert [d.id for d in doc.disputes_by("ortiz")] == ["d-1"]
        assert doc.quotes_by("ortiz") == ()

    def test_disputes_of_a_claim(self) -> None:
        doc = lee_and_ortiz()
        assert [d.id for d in doc.disputes_of(doc.claim("c-1"))] == ["d-1"]

    def test_missing_ids_raise_key_error(self) -> None:
        doc = lee_and_ortiz()
        for lookup in (doc.actor, doc.quote, doc.claim):
            with pytest.raises(KeyError):
                lookup("nope")

    def test_dispute_graph(self) -> None:
        (edge,) = lee_and_ortiz().dispute_graph()
        assert (edge.disputant, edge.claimant, edge.claim_ids, edge.dispute_ids) == (
            "ortiz",
            "lee",
            ("c-1",),
            ("d-1",),
        )

    @given(documents())
    def test_dispute_graph_accounts_for_every_dispute(self, doc: Document) -> None:
        edges = doc.dispute_graph()
        assert sorted(d for e in edges for d in e.dispute_ids) == sorted(
            d.id for d in doc.disputes
        )
        assert len({(e.disputant, e.claimant) for e in edges}) == len(edges)


class TestTypedSteps:
    """From a record to the records it names, typed ``X | None``: no id to look up by hand."""

    def test_each_step_gives_the_record(self) -> None:
        doc = lee_and_ortiz()
        lee, ortiz = doc.actors
        (quote,), (claim,), (dispute,) = doc.quotes, doc.claims, doc.disputes
        assert doc.speaker_of(quote) == lee
        assert doc.claimant_of(claim) == lee
        assert doc.disputant_of(dispute) == ortiz
        assert doc.disputed_claim_of(dispute) == claim
        assert doc.quotes_in(claim) == (quote,)

    def test_an_empty_reference_gives_none(self) -> None:
        doc = lee_and_ortiz()
        quote = attrs.evolve(doc.quotes[0], speaker=None)
        claim = attrs.evolve(doc.claims[0], claimant=None, quote_ids=())
        dispute = attrs.evolve(
            doc.disputes[0], disputant=None, claim_id=None, disputed=claim.spans
        )
        assert doc.speaker_of(quote) is None
        assert doc.claimant_of(claim) is None
        assert doc.disputant_of(dispute) is None
        assert doc.disputed_claim_of(dispute) is None
        assert doc.quotes_in(claim) == ()

    @given(documents())
    def test_steps_agree_with_the_ids(self, doc: Document) -> None:
        for quote in doc.quotes:
            speaker = doc.speaker_of(quote)
            assert (speaker.id if speaker else None) == quote.speaker
        for dispute in doc.disputes:
            claim = doc.disputed_claim_of(dispute)
            assert (claim.id if claim else None) == dispute.claim_id


class TestDeprecatedNames:
    """The names of before 0.2 work, with a DeprecationWarning, and mean what they meant."""

    def test_claim_quotes(self) -> None:
        spans = (Span.of(TEXT, 1, 14),)
        with pytest.warns(DeprecationWarning, match=r"Claim\.quotes .*use Claim\.quote_ids"):
            claim = Claim(id="c-1", spans=spans, quotes=("q-1",))
        assert claim.quote_ids == ("q-1",)
        assert claim == Claim(id="c-1", spans=spans, quote_ids=("q-1",))
        with pytest.warns(DeprecationWarning, match=r"Claim\.quotes"):
            assert claim.quotes == ("q-1",)

    def test_dispute_claim(self) -> None:
        cue = Span.of(TEXT, 36, 42)
        with pytest.warns(DeprecationWarning, match=r"Dispute\.claim .*use Dispute\.claim_id"):
            dispute = Dispute(id="d", stance="deny", cue=cue, evidence=cue, claim="c-1")
        assert dispute.claim_id == "c-1"
        with pytest.warns(DeprecationWarning, match=r"Dispute\.claim "):
            assert dispute.claim == "c-1"

    def test_dispute_edge(self) -> None:
        with pytest.warns(DeprecationWarning, match="DisputeEdge") as caught:
            edge = DisputeEdge("ortiz", disputed="lee", claims=("c-1",), disputes=("d-1",))
        assert [str(w.message).split()[0] for w in caught] == [
            "DisputeEdge.disputed",
            "DisputeEdge.claims",
            "DisputeEdge.disputes",
        ]
        assert edge == DisputeEdge("ortiz", "lee", ("c-1",), ("d-1",))
        with pytest.warns(DeprecationWarning, match=r"DisputeEdge\.disputed"):
            assert edge.disputed == "lee"
        with pytest.warns(DeprecationWarning, match=r"DisputeEdge\.claims"):
            assert edge.claims == ("c-1",)
        with pytest.warns(DeprecationWarning, match=r"DisputeEdge\.disputes"):
            assert edge.disputes == ("d-1",)

    def test_warning_points_at_the_caller(self) -> None:
        with pytest.warns(DeprecationWarning, match="Claim.quotes") as caught:
            Claim(id="c-1", spans=(Span.of(TEXT, 1, 14),), quotes=())
        assert caught[0].filename == __file__

    def test_old_and_new_name_together_are_refused(self) -> None:
        spans = (Span.of(TEXT, 1, 14),)
        with pytest.warns(DeprecationWarning, match="Claim.quotes"):
            assert problems_of(
                lambda: Claim(id="c", spans=spans, quote_ids=("a",), quotes=("b",))
            ) == ["quotes: give quote_ids only: quotes is its deprecated name"]


class TestActorKey:
    def test_key_is_derived_from_the_name(self) -> None:
        assert Actor(id="a", name="José  Andrés", kind="person").key == "jose-andres"

    def test_same_name_same_key_whatever_the_id(self) -> None:
        # Two articles: one calls him "Putin" at first, the other in full.
        one = Actor(id="putin", name="Vladimir Putin", kind="person")
        two = Actor(id="vladimir-putin", name="VLADIMIR PUTIN", kind="person")
        assert one.key == two.key == "vladimir-putin"

    def test_a_given_key_is_kept(self) -> None:
        assert Actor(id="a", name="Lee", kind="person", key="Q42").key == "Q42"

    def test_analysis_gives_keys(self) -> None:
        from newsclaims import analyze

        first = analyze("“We are ready,” Sen. María López said.")
        second = analyze("López said the bridge was safe, Sen. Maria Lopez added later.")
        assert {a.key for a in first.actors} == {"maria-lopez"}
        assert "maria-lopez" in {a.key for a in second.actors}


_S = Span.of(TEXT, 1, 14)
WRONG_TYPES: dict[str, Callable[[], object]] = {
    "Actor.title": lambda: Actor(id="a", name="x", kind="person", title=5),  # type: ignore[arg-type]
    "Actor.key": lambda: Actor(id="a", name="x", kind="person", key=5),  # type: ignore[arg-type]
    "Quote.rule": lambda: Quote(id="q", spans=(_S,), kind="direct", rule=5),  # type: ignore[arg-type]
    "Claim.quote_ids": lambda: Claim(id="c", spans=(_S,), quote_ids=5),  # type: ignore[arg-type]
    "Dispute.cue": lambda: Dispute(id="d", stance="deny", cue=None, evidence=_S, disputed=(_S,)),  # type: ignore[arg-type]
    "Document.actors": lambda: Document(TEXT, actors=5),  # type: ignore[arg-type]
    "Metadata.url": lambda: Metadata(url=[]),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("field", WRONG_TYPES)
def test_every_record_names_a_wrong_type(field: str) -> None:
    (problem,) = problems_of(WRONG_TYPES[field])
    assert problem.startswith(field.split(".")[1] + ": ")
