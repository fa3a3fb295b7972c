"""The command line under faults and signals, each in a process of its own (issue 18).

A closed or broken stderr, a full disk, a closed stdout, a reader that goes away, Ctrl-C
once or twice with workers, a worker that dies: each run ends with its documented exit
status, every good document before the fault written and the output well-formed.

To have a document "in flight" for as long as a test needs without burning CPU, the
processes load ``sitecustomize.py`` from a folder put first on PYTHONPATH (the spawned
workers inherit it): an article whose text starts with ``SLOW`` sleeps in the analysis for
ten minutes, one starting with ``DIE`` kills its worker. Waits are generous guards ("ends
within 30 s"), never measurements.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclaims._cli.command import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OUTPUT,
    EXIT_WORKER_FAILED,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals, pipes and /dev/full")

SITECUSTOMIZE = """
import os
import signal
import time

import newsclaims._extract.pipeline

_analyze = newsclaims._extract.pipeline.analyze


def analyze(text, metadata=None):
    if text.startswith("SLOW"):
        time.sleep(600)
    if text.startswith("DIE"):
        os.kill(os.getpid(), signal.SIGKILL)
    return _analyze(text, metadata)


newsclaims._extract.pipeline.analyze = analyze
"""

#: The longest any of these runs may take: far beyond what each needs (about a second
#: after the fault), far below the ten minutes of a SLOW document.
GUARD = 30


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    path = [str(hooks), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path)}


def _articles(path: Path, texts: list[str]) -> Path:
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    return path


def _command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "newsclaims", "analyze", *argv]


def _wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + GUARD
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"waited {GUARD} s for {what}"
        time.sleep(0.05)


@contextlib.contextmanager
def _started(argv: list[str], **options: Any) -> Iterator[subprocess.Popen[bytes]]:
    """Popen in a process group of its own (like a shell job), killed whole on the way out.

    A test that fails (a guard timed out) must not wait for the ten minutes of SLOW, nor
    leave the workers behind.
    """
    process = subprocess.Popen(argv, start_new_session=True, **options)
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _finish(argv: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` to its end (within the guard); stdout and stderr as text unless given."""
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(argv, timeout=GUARD * 2, check=False, text=True, **options)


def _texts(jsonl: str) -> list[str]:
    return [json.loads(line)["text"] for line in jsonl.splitlines()]


GOOD = [f"Article {n}." for n in range(40)]


def test_a_closed_stderr_loses_messages_not_documents(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": t}) for t in GOOD[:6]]
    source.write_text("\n".join([*lines[:3], "[" * 3000, *lines[3:]]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # `2>&-`: the process starts with no stderr at all (sys.stderr is None).
    done = _finish(
        ["sh", "-c", 'exec "$0" "$@" >"$OUT" 2>&-', *_command("-j", "2", str(source))],
        env={**env, "OUT": str(out)},
    )
    assert done.returncode == EXIT_FAILED  # the bad line still counts
    assert _texts(out.read_text(encoding="utf-8")) == GOOD[:6]


def test_a_broken_stderr_is_not_a_broken_stdout(tmp_path: Path, env: dict[str, str]) -> None:
    # Issue 18: `2>&1 >out.jsonl | true` exited 141 with documents silently not written.
    source = tmp_path / "a.jsonl"
    lines = ["[not json", *(json.dumps({"text": t}) for t in GOOD)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reading, writing = os.pipe()
    os.close(reading)  # the reader of stderr is gone before anything is written
    with (tmp_path / "out.jsonl").open("wb") as out:
        done = _finish(
            _command("-j", "2", str(source)),
            stdout=out,
            stderr=writing,
            env=env,
        )
    os.close(writing)
    assert done.returncode == EXIT_FAILED
    assert _texts((tmp_path / "out.jsonl").read_text(encoding="utf-8")) == GOOD


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_is_an_output_error(tmp_path: Path, env: dict[str, str]) -> None:
    source = _articles(tmp_path / "a.jsonl", GOOD)
    with open("/dev/full", "w") as full:
        done = _finish(
            _command(str(source)),
            stdout=full,
            stderr=subprocess.PIPE,
            env=env,
        )
    assert done.returncode == EXIT_OUTPUT
    assert done.stderr == "newsclaims: cannot write the output: No space left on device\n"


def test_a_closed_stdout_is_an_output_error(tmp_path: Path, env: dict[str, str]) -> None:
    source = _articles(tmp_path / "a.jsonl", GOOD[:2])
    done = _finish(
        ["sh", "-c", 'exec "$0" "$@" >&-', *_command(str(source))],
        stderr=subprocess.PIPE,
        env=env,
    )
    assert done.returncode == EXIT_OUTPUT
    assert done.stderr == ("newsclaims: standard output is closed: nowhere to write the results\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_goes_away_ends_the_run(
    jobs: str, tmp_path: Path, env: dict[str, str]
) -> None:
    # Issue 18: `| head` with -j 2 waited for the documents in flight (46 s) before ending.
    source = _articles(tmp_path / "a.jsonl", [*GOOD, "SLOW, ten minutes of it.", *GOOD])
    with _started(
        _command("-j", jobs, str(source)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # like `| head -1`, while SLOW is in the analysis
        status = process.wait(timeout=GUARD)
        err = process.stderr.read()
    assert status == EXIT_BROKEN_PIPE
    assert err == b""


def _interrupt(tmp_path: Path, env: dict[str, str], *, times: int, output_format: str) -> str:
    """Run over the GOOD articles and then a SLOW one; Ctrl-C ``times`` once it is in
    flight; return the output, after checking the run ended as documented."""
    source = _articles(tmp_path / "a.jsonl", [*GOOD, "SLOW, ten minutes of it.", *GOOD])
    out = tmp_path / "out"
    with (
        out.open("wb") as stdout,
        _started(
            _command("-j", "2", "-f", output_format, str(source)),
            stdout=stdout,
            stderr=subprocess.PIPE,
            env=env,
        ) as process,
    ):
        assert process.stderr is not None
        # The first batch of articles is written (and flushed: a file is block-buffered,
        # but 40 documents fill its buffer) while the batch with SLOW is in flight.
        _wait_for(lambda: out.stat().st_size > 8192, "the first documents")
        for _ in range(times):
            os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends to the terminal's job
            time.sleep(0.5)
        status = process.wait(timeout=GUARD)
        err = process.stderr.read()
    assert status == EXIT_INTERRUPTED
    assert b"Traceback" not in err
    assert b"newsclaims: interrupted" in err
    return out.read_text(encoding="utf-8")


def test_ctrl_c_with_a_document_in_flight_ends_well_formed(
    tmp_path: Path, env: dict[str, str]
) -> None:
    # Issue 18: the pool waited for the document in flight (37 s); and issue 17: Ctrl-C
    # during --format json left the array unclosed.
    documents = json.loads(_interrupt(tmp_path, env, times=1, output_format="json"))
    texts = [document["text"] for document in documents]
    assert texts == GOOD[: len(texts)]
    assert len(texts) >= 32  # the first batch was done before the interrupt


def test_a_second_ctrl_c_with_jobs_does_not_hang(tmp_path: Path, env: dict[str, str]) -> None:
    # Issue 18: a second Ctrl-C left the parent in waitpid for ever, workers idle.
    texts = _texts(_interrupt(tmp_path, env, times=2, output_format="jsonl"))
    assert texts == GOOD[: len(texts)]
    assert len(texts) >= 32


def test_a_worker_that_dies_has_its_own_status(tmp_path: Path, env: dict[str, str]) -> None:
    # A worker killed (say, by the kernel, out of memory) used to end in a traceback, or
    # with stdout's 141; now the run says what happened, with what came before written.
    source = _articles(tmp_path / "a.jsonl", [*GOOD, *GOOD, "DIE now.", *GOOD])
    done = _finish(
        _command("-j", "2", "-f", "json", str(source)),
        env=env,
    )
    assert done.returncode == EXIT_WORKER_FAILED
    assert "newsclaims: the run stopped: a worker process failed (BrokenProcessPool" in (
        done.stderr
    )
    texts = [document["text"] for document in json.loads(done.stdout)]
    assert texts == [*GOOD, *GOOD][: len(texts)]
    assert "Traceback" not in done.stderr


def test_hostile_lines_with_jobs_lose_no_good_document(
    tmp_path: Path, env: dict[str, str]
) -> None:
    # Issue 18: with -j 2, one such line lost the good lines of its batch as well.
    lines = [json.dumps({"text": t}) for t in GOOD]
    lines[3:3] = ["[" * 3000, '{"text": ' + "1" * 5000 + "}", '{"text": "\\ud800"}']
    source = tmp_path / "a.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = _finish(
        _command("-j", "2", str(source)),
        env=env,
    )
    assert done.returncode == EXIT_FAILED
    assert _texts(done.stdout) == GOOD
    assert done.stderr.splitlines() == [
        f"newsclaims: {source}:4: not readable: arrays or objects nested too deeply",
        f"newsclaims: {source}:5: a number of 5000 digits (111111111111…); the most read is 4300",
        f"newsclaims: {source}:6: text: a lone surrogate (U+D800) at character 0: "
        "not Unicode text",
        f"newsclaims: 3 of {len(GOOD) + 3} documents failed",
    ]


def test_ctrl_c_leaves_an_output_file_as_it_was(tmp_path: Path, env: dict[str, str]) -> None:
    # Issue 17: an interrupted run never leaves a half-written file. Enough articles before
    # SLOW to fill any file buffer, so that the temporary file shows they were written.
    many = [f"Article {n}." for n in range(400)]
    source = _articles(tmp_path / "a.jsonl", [*many, "SLOW, ten minutes of it.", *GOOD])
    target = tmp_path / "out" / "result.json"
    target.parent.mkdir()
    target.write_text("the previous run", encoding="utf-8")

    def started_writing() -> bool:
        parts = [p for p in target.parent.iterdir() if p.name.endswith(".part")]
        return any(p.stat().st_size > 8192 for p in parts)

    with _started(
        _command("-j", "2", "-f", "json", "-o", str(target), str(source)),
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stderr is not None
        _wait_for(started_writing, "the first documents in the temporary file")
        os.killpg(process.pid, signal.SIGINT)
        status = process.wait(timeout=GUARD)
        err = process.stderr.read().decode()
    assert status == EXIT_INTERRUPTED
    assert err == f"newsclaims: interrupted; {target} is left as it was\n"
    assert target.read_text(encoding="utf-8") == "the previous run"
    assert [p.name for p in target.parent.iterdir()] == ["result.json"]


def test_a_closed_stdin_is_reported(env: dict[str, str]) -> None:
    done = _finish(
        ["sh", "-c", 'exec "$0" "$@" <&-', *_command("-")],
        env=env,
    )
    assert done.returncode == EXIT_FAILED
    assert done.stderr.startswith("newsclaims: <stdin>: standard input is closed")
