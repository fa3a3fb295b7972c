"""Ids are derived from content: the same record has the same id on any machine."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims._model.ids import actor_id, record_id, unique


@given(st.text(), st.text())
def test_record_ids_depend_only_on_content(speaker: str, text: str) -> None:
    assert record_id("q", speaker, text) == record_id("q", speaker, text)
    assert record_id("q", speaker, text).startswith("q-")


def test_record_ids_are_stable_across_versions() -> None:
    # A changed id breaks every user's merged corpus: this value must never change.
    assert record_id("q", "trump", "Stop the bloodshed, NOW,") == "q-cd04d4b6d649"


def test_parts_do_not_run_together() -> None:
    assert record_id("q", "ab", "c") != record_id("q", "a", "bc")


@given(st.text())
def test_actor_ids_are_never_empty(name: str) -> None:
    assert actor_id(name)


def test_actor_ids_are_readable() -> None:
    assert actor_id("Vladimir Putin") == "vladimir-putin"
    assert actor_id("Donald Trump Jr.") != actor_id("Donald Trump")


@given(st.lists(st.sampled_from(["a", "b", "a-2", "c"])))
def test_unique_keeps_order_and_makes_ids_distinct(ids: list[str]) -> None:
    result = list(unique(ids))
    assert len(set(result)) == len(result) == len(ids)
    assert all(r == i or r.startswith(f"{i}-") for r, i in zip(result, ids, strict=True))
