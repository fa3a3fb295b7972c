"""The ``newsclaims`` command line: inputs, formats, failures, exit status, jobs.

The analysis itself is tested elsewhere; here ``analyze`` is replaced, where a test needs
records, by one that returns the seed article's hand-built reading, so these tests check
the command's plumbing whatever the engine finds.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import newsclaims._cli.command
import newsclaims._extract.pipeline
from newsclaims import SCHEMA_VERSION, Document, Metadata, from_json
from newsclaims._cli.command import EXIT_FAILED, EXIT_OK, EXIT_USAGE, FORMATS, main
from newsclaims._cli.progress import Progress
from newsclaims._cli.sources import metadata_from_record
from seed_reading import SEED_TEXT as KURSK_PATH
from seed_reading import build_seed_reading as kursk_reading

KURSK = kursk_reading()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _documents(jsonl: str) -> list[Document]:
    return [from_json(line) for line in jsonl.splitlines()]


@pytest.fixture
def reading_of_kursk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make analysis return the seed's reading for the seed's text (one process only)."""

    def analyze(text: str, metadata: Metadata | None = None) -> Document:
        assert text == KURSK.text
        return Document(
            text,
            metadata or Metadata(),
            actors=KURSK.actors,
            quotes=KURSK.quotes,
            claims=KURSK.claims,
            disputes=KURSK.disputes,
        )

    monkeypatch.setattr(newsclaims._extract.pipeline, "analyze", analyze)


# Inputs


def test_a_text_file_is_one_document_with_its_offsets_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "crlf.txt"
    article.write_bytes("\ufeff“Yes,” she said.\r\nThen more.\r\n".encode())
    status, out, err = _run(capsys, "analyze", str(article))
    assert (status, err) == (EXIT_OK, "")
    [document] = _documents(out)
    assert document.text == "“Yes,” she said.\r\nThen more.\r\n"  # BOM dropped, \r\n kept
    assert document.metadata.id == str(article)


def test_a_folder_stands_for_its_text_and_jsonl_files_in_sorted_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("C.", encoding="utf-8")
    (tmp_path / "b" / "d.jsonl").write_text(
        '{"text": "D1."}\n\n{"text": "D2."}\n', encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    status, out, _ = _run(capsys, "analyze", str(tmp_path))
    assert status == EXIT_OK
    assert [d.text for d in _documents(out)] == ["A.", "C.", "D1.", "D2."]
    ids = [d.metadata.id for d in _documents(out)]
    assert ids[2:] == [f"{tmp_path / 'b' / 'd.jsonl'}:1", f"{tmp_path / 'b' / 'd.jsonl'}:3"]


def test_extractor_fields_become_metadata() -> None:
    trafilatura = {
        "title": "Kursk",
        "url": "https://example.com/kursk",
        "date": "2025-04-26",
        "sitename": "Example News",
        "hostname": "example.com",
        "text": "…",
        "language": "en",
        "id": None,
    }
    assert metadata_from_record(trafilatura, "f.jsonl:1") == Metadata(
        id="f.jsonl:1",
        title="Kursk",
        url="https://example.com/kursk",
        publisher="Example News",
        published="2025-04-26",
        language="en",
    )
    newspaper = {"title": "Kursk", "publish_date": "2025-04-26T10:00:00", "text": "…"}
    assert metadata_from_record(newspaper, "x").published == "2025-04-26T10:00:00"
    ours = {"published": "2025-04-26", "date": "ignored", "publisher": "P", "sitename": "S"}
    assert (
        metadata_from_record(ours, "x").published,
        metadata_from_record(ours, "x").publisher,
    ) == (
        "2025-04-26",
        "P",
    )


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        (b"Plain text from a pipe.\n", ["Plain text from a pipe.\n"]),
        (b'{"text": "One."}\n{"text": "Two."}\n', ["One.", "Two."]),
    ],
    ids=["text", "jsonl"],
)
def test_stdin_is_read_as_text_or_json_lines(
    data: bytes,
    texts: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, _ = _run(capsys, "analyze", "-")
    assert status == EXIT_OK
    assert [d.text for d in _documents(out)] == texts


# Failures


def test_bad_documents_are_reported_skipped_and_the_rest_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "1-good.txt").write_text("Good.", encoding="utf-8")
    (tmp_path / "2-latin1.txt").write_bytes("Café".encode("latin-1"))
    (tmp_path / "3-mixed.jsonl").write_bytes(
        b'{"text": "Fine."}\n'
        b'{"text": "broken\n'
        b'{"title": "no text"}\n'
        b'["not", "an", "object"]\n'
        b'{"text": "Bad title.", "title": 7}\n'
        b'{"text": "Also fine."}\n'
    )
    status, out, err = _run(capsys, "analyze", str(tmp_path))
    assert status == EXIT_FAILED
    assert [d.text for d in _documents(out)] == ["Good.", "Fine.", "Also fine."]
    jsonl = tmp_path / "3-mixed.jsonl"
    assert err.splitlines() == [
        f"newsclaims: {tmp_path / '2-latin1.txt'}: not UTF-8 text (byte 0xe9 at offset 3); "
        "it reads as Windows-1252: give --encoding cp1252, or convert it first with: "
        "iconv -f cp1252 -t utf-8",
        f"newsclaims: {jsonl}:2: not valid JSON: Unterminated string starting at column 10",
        f"newsclaims: {jsonl}:3: no text field",
        f"newsclaims: {jsonl}:4: expected a JSON object, got a list",
        f"newsclaims: {jsonl}:5: field 'title' must be a string, got int",
        "newsclaims: 5 of 8 documents failed",
    ]


def test_fail_fast_stops_at_the_first_bad_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "c.txt").write_text("Never read.", encoding="utf-8")
    status, out, err = _run(capsys, "analyze", "--fail-fast", str(tmp_path))
    assert status == EXIT_FAILED
    assert [d.text for d in _documents(out)] == ["First."]
    assert "b.txt" in err
    assert "c.txt" not in err
    assert "1 of 2 documents failed (stopped at the first, --fail-fast)" in err


def test_a_missing_path_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "analyze", "--quiet", str(tmp_path / "nope.txt"))
    assert (status, out) == (EXIT_FAILED, "")
    assert err == f"newsclaims: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_an_empty_folder_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, "analyze", str(tmp_path))
    assert status == EXIT_FAILED
    assert "no .txt or .jsonl files in this folder" in err


def test_an_analysis_error_is_reported_like_a_bad_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def analyze(text: str, metadata: Metadata | None = None) -> Document:
        if "boom" in text:
            raise RuntimeError("a bug")
        return Document(text, metadata or Metadata())

    monkeypatch.setattr(newsclaims._extract.pipeline, "analyze", analyze)
    (tmp_path / "a.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "b.txt").write_text("fine", encoding="utf-8")
    status, out, err = _run(capsys, "analyze", str(tmp_path))
    assert status == EXIT_FAILED
    assert [d.text for d in _documents(out)] == ["fine"]
    assert f"{tmp_path / 'a.txt'}: analysis failed: RuntimeError: a bug" in err


@pytest.mark.parametrize("argv", [["analyze"], ["analyze", "--jobs", "-1", "x"], ["frobnicate"]])
def test_a_wrong_command_line_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == EXIT_USAGE
    assert "usage: newsclaims" in capsys.readouterr().err


# Formats


@pytest.mark.usefixtures("reading_of_kursk")
def test_default_format_off_a_terminal_is_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "analyze", str(KURSK_PATH))
    [document] = _documents(out)
    assert (len(document.quotes), len(document.claims), len(document.disputes)) == (12, 8, 4)


@pytest.mark.usefixtures("reading_of_kursk")
def test_json_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "analyze", "--format", "json", str(KURSK_PATH), str(KURSK_PATH))
    documents = json.loads(out)
    assert len(documents) == 2
    assert documents[0]["schema_version"] == SCHEMA_VERSION


def test_json_of_nothing_is_an_empty_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    _, out, _ = _run(capsys, "analyze", "--format", "json", str(tmp_path / "bad.txt"))
    assert json.loads(out) == []


@pytest.mark.usefixtures("reading_of_kursk")
def test_jsonld_is_one_graph(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "analyze", "--format", "jsonld", str(KURSK_PATH))
    graph = json.loads(out)["@graph"]
    assert sum(node["@type"] == "Quotation" for node in graph) == 12


@pytest.mark.usefixtures("reading_of_kursk")
def test_csv_is_one_table(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "analyze", "--format", "csv", str(KURSK_PATH))
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == 24
    assert {row["document"] for row in rows} == {str(KURSK_PATH)}


@pytest.mark.usefixtures("reading_of_kursk")
def test_annotations_are_one_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "analyze", "--format", "annotations", str(KURSK_PATH))
    annotations = [json.loads(line) for line in out.splitlines()]
    assert len(annotations) == 24
    assert {a["type"] for a in annotations} == {"Annotation"}


@pytest.mark.usefixtures("reading_of_kursk")
def test_table_off_a_terminal_has_no_colour(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "analyze", "--format", "table", str(KURSK_PATH))
    assert "Vladimir Putin · President, Russia" in out
    assert "\x1b[" not in out


# Progress


def test_progress_line_counts_rates_and_clears() -> None:
    stream = io.StringIO()
    ticks = iter([0.0, 5.0, 10.0, 10.05, 15.0, 15.0])
    progress = Progress(stream, total=4, clock=lambda: next(ticks))
    progress.advance()  # t=5: drawn
    progress.advance()  # t=10: drawn
    progress.advance()  # t=10.05: too soon to redraw
    progress.message("newsclaims: x.txt: bad")  # t=15: clears, prints, redraws
    progress.finish()
    written = stream.getvalue()
    assert "\r1/4 documents · 0.2/s · 0:15 left" in written
    assert "\r2/4 documents · 0.2/s · 0:10 left" in written
    assert "3/4 documents · 0.2/s · 0:05 left" in written
    assert "newsclaims: x.txt: bad\n" in written
    assert written.endswith("\r")  # the line is wiped at the end


def test_progress_estimates_time_left_only_once_the_rate_has_settled() -> None:
    # Issue 17: the first estimate was wild ("46:54 left" for 840 documents): the first
    # documents pay for starting the workers. No estimate in the first seconds...
    first = io.StringIO()
    early = Progress(first, total=840, clock=iter([0.0, 0.5]).__next__)
    early.advance()
    assert first.getvalue() == "\r1/840 documents · 2.0/s"
    # ... unless many documents are already done.
    many = io.StringIO()
    fast = Progress(many, total=840, clock=iter([0.0, *[1.0] * 120]).__next__, interval=0)
    for _ in range(120):
        fast.advance()
    assert "120/840 documents · 120.0/s · 0:06 left" in many.getvalue()


def test_progress_disabled_prints_only_messages() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=None, enabled=False)
    progress.advance()
    progress.message("hello")
    progress.finish()
    assert stream.getvalue() == "hello\n"


# The real thing: a process of its own


def _command(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclaims", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_python_dash_m_shows_the_version() -> None:
    from newsclaims import __version__

    done = _command("--version")
    assert (done.returncode, done.stdout) == (0, f"newsclaims {__version__}\n")


def test_jobs_keep_input_order(tmp_path: Path) -> None:
    for n in range(30):
        (tmp_path / f"{n:03d}.txt").write_text(f"Article {n}.", encoding="utf-8")
    done = _command("analyze", "--jobs", "2", str(tmp_path))
    assert (done.returncode, done.stderr) == (0, "")
    assert [d.text for d in _documents(done.stdout)] == [f"Article {n}." for n in range(30)]


def test_workers_write_what_one_process_writes(tmp_path: Path) -> None:
    # Workers are forked from a process that compiled the default lexicon's patterns first;
    # a --lexicon run compiles its own in each worker. Both must change nothing.
    text = KURSK_PATH.read_text(encoding="utf-8")
    for n in range(6):
        (tmp_path / f"{n}.txt").write_text(text[n * 300 :], encoding="utf-8")
    german = Path(__file__).parent / "data" / "lexicon-de.json"
    (tmp_path / "de.txt").write_text("„Wir sind bereit“, sagte Angela Merkel.", encoding="utf-8")
    for extra in ([], ["--lexicon", str(german)]):
        one, two = (
            _command("analyze", "--jobs", jobs, "--format", "jsonl", *extra, str(tmp_path))
            for jobs in ("1", "2")
        )
        assert (one.returncode, one.stderr, two.returncode, two.stderr) == (0, "", 0, "")
        assert two.stdout == one.stdout
        assert len(_documents(one.stdout)) == 7


def test_a_short_run_loads_only_what_it_uses(tmp_path: Path) -> None:
    # Start-up is most of a short run: no output format but its own, no cattrs (writing a
    # document needs none), no multiprocessing with one job.
    show = (
        "import sys; from newsclaims._cli.command import main; main(sys.argv[1:]); "
        "print(sorted(sys.modules), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", show, "analyze", "--format", "jsonl", str(KURSK_PATH)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(ast.literal_eval(done.stderr))  # the module names the line above printed
    assert "newsclaims._extract.pipeline" in loaded
    unused = {
        "cattrs",
        "multiprocessing",
        "concurrent.futures",
        "newsclaims._formats.csv",
        "newsclaims._formats.jsonld",
        "newsclaims._formats.annotations",
        "newsclaims._formats.table",
    }
    assert loaded & unused == set()


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    (tmp_path / "many.jsonl").write_text('{"text": "Hi."}\n' * 20000, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "newsclaims", "analyze", str(tmp_path / "many.jsonl")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # like `| head -1`
        err = process.stderr.read()
        status = process.wait(timeout=60)
    assert b"Traceback" not in err
    assert status == 141


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="POSIX signals")
def test_ctrl_c_stops_every_process_quietly(tmp_path: Path) -> None:
    (tmp_path / "many.jsonl").write_text('{"text": "Hi."}\n' * 200000, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "newsclaims", "analyze", "-j", "2", str(tmp_path / "many.jsonl")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a process group of its own, like a shell job
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()  # the workers are up and results flow
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends to the terminal's job
        err = process.stderr.read()
        status = process.wait(timeout=60)
    assert status == 130
    assert re.search(rb"newsclaims: interrupted; the \d+ documents before are written\n$", err)
    assert b"Traceback" not in err


def test_help_documents_every_option_format_and_metadata_key(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    text = capsys.readouterr().out
    for option in (
        "--format",
        "--output",
        "--jobs",
        "--input",
        "--encoding",
        "--max-chars",
        "--follow-links",
        "--quiet",
        "--fail-fast",
    ):
        assert option in text
    for output_format in FORMATS:
        assert f"\n  {output_format} " in text
    for key in (
        "title",
        "url",
        "source",
        "published",
        "date",
        "publish_date",
        "publisher",
        "sitename",
        "source-hostname",
        "meta_site_name",
    ):
        assert key in text
    assert "exit status:" in text


def test_every_exit_status_is_documented(capsys: pytest.CaptureFixture[str]) -> None:
    statuses = {
        value
        for name, value in vars(newsclaims._cli.command).items()
        if name.startswith("EXIT_") and isinstance(value, int)
    }
    assert statuses == {0, 1, 2, 3, 4, 130, 141}
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    help_text = capsys.readouterr().out
    manual = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    for status in statuses:
        assert f"\n  {status} " in help_text, status
        assert f"\n| {status} | " in manual, status


def test_a_lexicon_file_gives_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    german = Path(__file__).parent / "data" / "lexicon-de.json"
    article = tmp_path / "de.txt"
    article.write_text("„Wir sind bereit“, sagte Bundeskanzlerin Angela Merkel.", encoding="utf-8")
    status, out, _ = _run(capsys, "analyze", "--lexicon", str(german), str(article))
    assert status == EXIT_OK
    (doc,) = _documents(out)
    assert [
        (q.text, q.speaker_mention.text if q.speaker_mention else None) for q in doc.quotes
    ] == [("Wir sind bereit", "Bundeskanzlerin Angela Merkel")]
    # The default English lexicon knows no "sagte".
    status, out, _ = _run(capsys, "analyze", str(article))
    assert [q.speaker for q in _documents(out)[0].quotes] == [None]


def test_a_bad_lexicon_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "lexicon.json"
    bad.write_text('{"format": "newsclaims-lexicon/1", "titles": []}', encoding="utf-8")
    status, out, err = _run(capsys, "analyze", "--lexicon", str(bad), str(KURSK_PATH))
    assert status == EXIT_USAGE
    assert out == ""
    assert f"{bad} is not a lexicon" in err
    assert "quote_pairs: missing table" in err
    status, _, err = _run(
        capsys, "analyze", "--lexicon", str(tmp_path / "none.json"), str(KURSK_PATH)
    )
    assert status == EXIT_USAGE
    assert "cannot read the lexicon" in err
