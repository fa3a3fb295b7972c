"""Batch analysis (order kept, bounded read-ahead, errors in place) and analyze_record."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclaims import (
    DEFAULT_LEXICON,
    Document,
    InputError,
    Metadata,
    analyze_line,
    analyze_many,
    analyze_record,
    from_dict,
    is_error_record,
)
from newsclaims._batch import BATCH, BATCH_COST, PENDING_PER_JOB, _batches, ordered_map


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


def test_batches_close_at_their_count_or_their_cost() -> None:
    assert [len(b) for b in _batches(range(BATCH * 2 + 1), None)] == [BATCH, BATCH, 1]
    # Long texts go a few at a time, so that the end of a run is shared out evenly.
    texts = ["x" * (BATCH_COST // 3 + 1)] * 7
    assert [len(b) for b in _batches(texts, len)] == [3, 3, 1]
    assert [len(b) for b in _batches(["x"] * (BATCH + 1), len)] == [BATCH, 1]


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


def test_analyze_many_passes_the_lexicon_to_every_job() -> None:
    text = "“Not on my watch,” Alderman Ruiz harrumphed."
    mine = DEFAULT_LEXICON.extend(cue_verbs=["harrumphed"], titles=["Alderman"])
    for jobs in (1, 2):
        plain, extended = (
            list(analyze_many([text] * 3, jobs=jobs)),
            list(analyze_many([text] * 3, jobs=jobs, lexicon=mine)),
        )
        assert [d.quotes[0].speaker for d in plain] == [None] * 3
        assert [d.quotes[0].speaker for d in extended] == ["ruiz"] * 3


def test_analyze_record_refuses_what_is_no_object() -> None:
    # It used to raise AttributeError ('list' object has no attribute 'get').
    records: list[object] = [[], "text", 5, None]
    for record in records:
        with pytest.raises(InputError, match="expected a JSON object"):
            analyze_record(record)  # type: ignore[arg-type]


def test_analyze_record_refuses_lone_surrogates() -> None:
    with pytest.raises(InputError, match=r"lone surrogate '\\ud800' in text, character 2"):
        analyze_record({"text": "ab\ud800c"})
    with pytest.raises(InputError, match="in title, character 0"):
        analyze_record({"text": "ok", "title": "\udc00"})


HOSTILE_LINES = {
    "not an object": ("[1, 2]", "expected a JSON object, got list"),
    "a string": ('"text"', "expected a JSON object, got str"),
    "integer metadata": ('{"text": "Hi.", "date": 20250426}', "field 'date' must be a string"),
    "a surrogate": ('{"text": "Hi \\ud800."}', "lone surrogate"),
    "deep nesting": ("[" * 100_000, "nested too deeply"),
    "deep metadata": ('{"text": "Hi.", "title": ' + "[" * 500 + "]" * 500 + "}", "'title'"),
    "a huge number": ('{"text": "Hi.", "title": ' + "9" * 5000 + "}", "too long to read"),
    "no text": ('{"title": "no text"}', "no text field"),
    "not JSON": ("{oops", "not valid JSON at column 2"),
}


@pytest.mark.parametrize("name", HOSTILE_LINES)
def test_analyze_line_turns_a_bad_line_into_an_error_record(name: str) -> None:
    line, message = HOSTILE_LINES[name]
    result = analyze_line(line)
    assert is_error_record(result)
    assert set(result) == {"error", "input"}
    assert message in result["error"]
    assert result["input"] == line[:200]
    json.dumps(result, ensure_ascii=False).encode("utf-8")  # writable as it stands


def test_analyze_line_keeps_the_record_id() -> None:
    result = analyze_line('{"text": "“Yes,” Lee said.", "id": "article-7", "title": "T"}')
    assert not is_error_record(result)
    document = from_dict(result)
    assert (document.metadata.id, document.metadata.title) == ("article-7", "T")
    assert [q.text for q in document.quotes] == ["Yes,"]


SCRIPT = """
from newsclaims import analyze_many

texts = ["“Yes,” Lee said.", "“No,” Ortiz said."]
{call}
"""


def _run(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "script.py"
    script.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_a_script_without_a_main_guard_is_told_what_to_add(tmp_path: Path) -> None:
    # It used to fail with BrokenProcessPool, the workers re-running the script.
    call = "print([d.quotes[0].speaker for d in analyze_many(texts, jobs=2)])"
    result = _run(tmp_path, SCRIPT.format(call=call))
    assert result.returncode == 1
    assert "BrokenProcessPool" not in result.stderr
    assert "script.py, line 5: analyze_many with several jobs" in result.stderr
    assert 'if __name__ == "__main__":' in result.stderr


@pytest.mark.slow
def test_a_script_with_a_main_guard_runs_its_jobs(tmp_path: Path) -> None:
    call = (
        "def main() -> None:\n"
        "    print([d.quotes[0].speaker for d in analyze_many(texts, jobs=2)])\n\n\n"
        'if __name__ == "__main__":\n'
        "    main()\n"
    )
    result = _run(tmp_path, SCRIPT.format(call=call))
    assert (result.returncode, result.stdout) == (0, "['lee', 'ortiz']\n"), result.stderr


def test_one_job_needs_no_main_guard(tmp_path: Path) -> None:
    call = "print([d.quotes[0].speaker for d in analyze_many(texts)])"
    result = _run(tmp_path, SCRIPT.format(call=call))
    assert (result.returncode, result.stdout) == (0, "['lee', 'ortiz']\n"), result.stderr
