"""Disputes: who contests which claim, with what words."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import Document, Stance, analyze
from newsclaims._extract import dispute_rules as _dispute_rules
from newsclaims._extract import disputes as _disputes
from newsclaims._extract.dispute_rules import (
    ACCEPTANCE_STEPS,
    ADVERB_STEPS,
    CUE_RULES,
    EVIDENCE_STEPS,
    FALSITY_STEPS,
    NOUN_STEPS,
    VERB_STEPS,
)
from newsclaims._extract.disputes import DISPUTE_RULES
from seed_reading import read_seed


@pytest.fixture(scope="module")
def seed() -> tuple[Document, dict[str, Any]]:
    text, reading = read_seed()
    return analyze(text), reading


def test_the_seed_disputes_link_to_the_right_claims(
    seed: tuple[Document, dict[str, Any]],
) -> None:
    doc, reading = seed
    assert len(doc.disputes) == len(reading["disputes"])
    for dispute, item in zip(doc.disputes, reading["disputes"], strict=True):
        assert dispute.cue.text == item["cue"]
        assert [dispute.cue.start, dispute.cue.end] == item["cue_span"]
        assert dispute.stance.value == item["stance"]
        assert dispute.disputant is not None
        assert doc.actor(dispute.disputant).name == item["disputant"]
        assert dispute.disputant_mention is not None
        mention = dispute.disputant_mention
        assert [mention.start, mention.end] == item["mention_span"]
        assert dispute.claim_id is not None
        claim = doc.claim(dispute.claim_id)
        target = reading["claims"][item["disputed_claim"]]
        assert [claim.spans[0].start, claim.spans[-1].end] == target["span"]


def test_the_seed_dispute_graph(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, _ = seed
    names = {
        (
            doc.actor(e.disputant).name if e.disputant else None,
            doc.actor(e.claimant).name if e.claimant else None,
        )
        for e in doc.dispute_graph()
    }
    assert names == {
        ("Kyiv", "Vladimir Putin"),
        ("Ukraine", "Vladimir Putin"),
        ("General Staff of the Armed Forces of Ukraine", "Vladimir Putin"),
        ("Intelligence reports", "Russia"),
    }


def test_a_quote_that_denies_is_its_speakers_dispute() -> None:
    doc = analyze(
        "Mayor Ana Ruiz said the bridge was safe.\n"
        "“Those statements do not correspond to reality,” the engineers’ union said."
    )
    (dispute,) = doc.disputes
    assert dispute.rule == "in-quote"
    assert dispute.stance is Stance.DENY
    assert dispute.claim_id is not None
    assert doc.claim(dispute.claim_id).text == "the bridge was safe"
    assert dispute.evidence.text == "do not correspond to reality"


def test_a_dispute_with_no_earlier_claim_keeps_its_target() -> None:
    doc = analyze("The senator denied reports that she would resign.")
    (dispute,) = doc.disputes
    assert dispute.claim_id is None
    assert [s.text for s in dispute.disputed] == ["reports that she would resign"]


def test_a_rebuttal_is_never_the_target() -> None:
    doc = analyze(
        "Putin said his troops regained Kursk. Ukraine rejected the claims, calling them "
        "“propaganda.” “The statements do not correspond to reality,” the General Staff said."
    )
    targets = {doc.claim(d.claim_id).text for d in doc.disputes if d.claim_id}
    assert targets == {"his troops regained Kursk"}


@pytest.mark.parametrize(
    "text",
    [
        "He was denied entry at the border.",
        "The council rejected the bill on Tuesday.",
        "The judge dismissed the case.",
        "The disputed territory lies to the north.",
        "Mr. Trump did not dispute that he had met the envoy.",
    ],
)
def test_other_senses_are_not_disputes(text: str) -> None:
    assert analyze(text).disputes == ()


_PIECES = st.sampled_from(
    [
        "Putin",
        "Kyiv",
        "officials",
        "he",
        "said",
        "denied",
        "rejected",
        "refuted",
        "the claims",
        "a claim which",
        "has",
        "“",
        "”",
        "false",
        "do not correspond to reality",
        "that",
        ",",
        ".",
        " ",
        "\n",
        "troops regained Kursk",
        "pushed back on",
    ]
)


@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_disputes_point_back(text: str) -> None:
    doc = analyze(text)
    assert analyze(text) == doc
    order = {c.id: i for i, c in enumerate(doc.claims)}
    for dispute in doc.disputes:
        assert dispute.claim_id is not None or dispute.disputed
        if dispute.claim_id is not None:
            claim = doc.claims[order[dispute.claim_id]]
            # A dispute contests something said before its cue, by someone else.
            assert claim.spans[0].start < dispute.cue.start
            assert claim.claimant is None or claim.claimant != dispute.disputant


STEPS = (
    VERB_STEPS,
    NOUN_STEPS,
    FALSITY_STEPS,
    ADVERB_STEPS,
    ACCEPTANCE_STEPS,
    EVIDENCE_STEPS,
)


def test_the_docs_rule_tables_are_the_registries() -> None:
    """docs/claims.md shows the rule tables as the registries write them, never by hand."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "claims.md").read_text("utf-8")
    for table in (
        DISPUTE_RULES.markdown_table("rule", "who disputes, and what"),
        CUE_RULES.markdown_table("rule", "the cue"),
        *(steps.markdown_table("step", "what it reads") for steps in STEPS),
    ):
        assert table in doc, f"docs/claims.md should hold this table:\n{table}"


RULE_NAME = regex.compile(r"""(?:hit\(|_Hit\(start, end, stance, )\s*"([^"]+)\"""")


def test_every_rule_a_record_can_name_is_registered() -> None:
    """Each rule name written in the rules' code is registered, and each registered one used."""
    source = inspect.getsource(_dispute_rules)
    written = set(RULE_NAME.findall(source))
    assert written == set(CUE_RULES.names())
    assert set(_dispute_rules.RULES) == set(CUE_RULES.names())
    assert _disputes._RELATIVE_CLAUSE in CUE_RULES
    assert DISPUTE_RULES.names() == ("in-quote", "in-claim", "relative", "passive", "reported")
    stage = {d.rule for d in analyze(read_seed()[0]).disputes}
    assert stage <= set(DISPUTE_RULES.names())


def test_the_steps_yield_registered_rules() -> None:
    """Every rule a step can give a record is registered, each step runs, and together the
    steps yield every registered rule."""
    produced: set[str] = set()
    for steps in STEPS:
        assert len(steps.functions()) == len(steps.rules())
        for step in steps.rules():
            assert set(step.produces) <= set(CUE_RULES.names()), step.name
            produced.update(step.produces)
    assert produced == set(CUE_RULES.names())


def test_a_rule_is_registered_once() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        DISPUTE_RULES.add("in-quote", "again")
