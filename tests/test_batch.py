"""Batch analysis (order kept, bounded read-ahead, errors in place) and analyze_record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsclaims import Document, InputError, Metadata, analyze_many, analyze_record, from_dict
from newsclaims._batch import BATCH, PENDING_PER_JOB, ordered_map


def _square(n: int) -> int:
    return n * n


def _fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three is bad")
    return n


class Counting:
    """An iterable that counts how many items have been taken from it."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.taken = 0

    def __iter__(self) -> Iterator[int]:
        for n in range(self.count):
            self.taken += 1
            yield n


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order(jobs: int) -> None:
    assert list(ordered_map(_square, range(40), jobs=jobs)) == [n * n for n in range(40)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_read_only_a_bounded_window_ahead(jobs: int) -> None:
    items = Counting(1000)
    results = ordered_map(_square, items, jobs=jobs)
    assert next(results) == 0
    window = 1 if jobs == 1 else jobs * PENDING_PER_JOB * BATCH
    assert items.taken <= window
    assert next(results) == 1
    assert items.taken <= window + 1
    results.close()  # stopping early must not wait for the other 998


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_is_raised_at_its_place(jobs: int) -> None:
    results = ordered_map(_fail_on_three, range(10), jobs=jobs)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    with pytest.raises(ValueError, match="three is bad"):
        next(results)


def test_jobs_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="jobs must be 0"):
        list(ordered_map(_square, range(3), jobs=-2))


@pytest.mark.parametrize("jobs", [1, 2])
def test_analyze_many_keeps_texts_and_metadata_in_order(jobs: int) -> None:
    texts = [f"Text number {n}." for n in range(12)]
    items: list[str | tuple[str, Metadata | None]] = [
        (text, Metadata(id=str(n))) if n % 2 else text for n, text in enumerate(texts)
    ]
    documents = list(analyze_many(items, jobs=jobs))
    assert all(isinstance(d, Document) for d in documents)
    assert [d.text for d in documents] == texts
    assert [d.metadata.id for d in documents] == [str(n) if n % 2 else None for n in range(12)]


def test_analyze_record_returns_a_serialized_document() -> None:
    document = from_dict(analyze_record({"text": "Hi.", "url": "https://example.com/hi"}))
    assert (document.text, document.metadata.url) == ("Hi.", "https://example.com/hi")


@pytest.mark.parametrize(
    ("record", "problem"),
    [({"title": "x"}, "no text field"), ({"text": "x", "date": 2025}, "'date' must be a string")],
)
def test_analyze_record_refuses_a_bad_record(record: dict[str, Any], problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        analyze_record(record)
