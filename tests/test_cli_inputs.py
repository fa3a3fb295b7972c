"""The command line's inputs as they come in the wild (issues 17 and 18).

Extractor records in each tool's real shape, files that are not text, encodings other
than UTF-8, text on stdin that looks like JSON, hostile JSON lines, documents too long to
analyze, symbolic links and other odd things in folders, and ``-o FILE``.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from newsclaims._cli.command import EXIT_FAILED, EXIT_OK, EXIT_OUTPUT, main
from test_cli import _documents, _run

EXTRACTORS = Path(__file__).parent / "data" / "extractors"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# Extractor records


@pytest.mark.parametrize(
    ("name", "published", "language"),
    [
        ("trafilatura-json.jsonl", "2025-04-26", "en"),
        ("trafilatura-as-dict.jsonl", "2025-04-26", "en"),
        ("newspaper4k.jsonl", "2025-04-26T09:30:00+00:00", "en"),
    ],
)
def test_each_extractors_record_keeps_its_url_and_site(
    name: str, published: str, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 17: trafilatura's --json output lost its URL and site silently (url: None).
    status, out, err = _run(capsys, "analyze", str(EXTRACTORS / name))
    assert (status, err) == (EXIT_OK, "")
    [document] = _documents(out)
    metadata = document.metadata
    assert metadata.url == "https://example.com/2025/04/26/ready"
    assert metadata.publisher == "Example News"
    assert metadata.title == "Mayor says city is ready"
    assert (metadata.published, metadata.language) == (published, language)
    assert metadata.id == f"{EXTRACTORS / name}:1"  # trafilatura's "id" is null there


def test_the_hostname_is_the_publisher_of_last_resort(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = json.loads((EXTRACTORS / "trafilatura-json.jsonl").read_text(encoding="utf-8"))
    record["source-hostname"] = None
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    _, out, _ = _run(capsys, "analyze", str(tmp_path / "a.jsonl"))
    assert _documents(out)[0].metadata.publisher == "example.com"


# Files that are not text, and other encodings


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "not a text file (binary data"),
        (b"Some text\x00\x00\x01\x02 and binary", "not a text file (binary data"),
        (b"", "an empty file: nothing to analyze"),
        (b"\x00" * 64, "not a text file (only NUL bytes)"),
        (b" \r\n\t\n", "only white space: nothing to analyze"),
        ("\ufeffHi".encode("utf-16"), "UTF-16 text, not UTF-8: give --encoding utf-16"),
    ],
    ids=["elf", "nul-bytes", "empty", "only-nul", "white-space", "utf-16"],
)
def test_what_is_not_text_is_reported_not_analyzed(
    data: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    status, out, err = _run(capsys, "analyze", str(path))
    assert (status, out) == (EXIT_FAILED, "")
    assert f"newsclaims: {path}: {message}" in err
    assert "iconv -f latin1" not in err


def test_windows_1252_is_named_and_read_with_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(b"\x93We are ready,\x94 Lee said \x96 twice.")
    status, _, err = _run(capsys, "analyze", str(path))
    assert status == EXIT_FAILED
    assert "byte 0x93 at offset 0); it reads as Windows-1252: give --encoding cp1252" in err
    status, out, err = _run(capsys, "analyze", "--encoding", "cp1252", str(path))
    assert (status, err) == (EXIT_OK, "")
    [document] = _documents(out)
    assert document.text == "“We are ready,” Lee said – twice."


def test_bytes_that_are_no_known_encoding_get_general_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"caf\x81 \x8d")  # undefined in Windows-1252
    _, _, err = _run(capsys, "analyze", str(path))
    assert "not UTF-8 text (byte 0x81 at offset 3); give its --encoding" in err


def test_an_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["analyze", "--encoding", "klingon", "x.txt"])
    assert "unknown encoding: 'klingon'" in capsys.readouterr().err


# Standard input


def test_text_on_stdin_that_starts_with_a_brace_names_input_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"{Braces} open this article.\nThen it goes on.\nAnd on.\n")
    status, out, err = _run(capsys, "analyze", "-")
    assert (status, out) == (EXIT_FAILED, "")
    lines = err.splitlines()
    assert lines[0].startswith("newsclaims: <stdin>: starts with '{' but is not JSON Lines")
    assert lines[0].endswith("if it is text, give --input text")
    assert len(lines) == 2  # one report, not one a line; then the summary
    _stdin(monkeypatch, b"{Braces} open this article.\nThen it goes on.\n")
    status, out, _ = _run(capsys, "analyze", "--input", "text", "-")
    assert status == EXIT_OK
    assert _documents(out)[0].text.startswith("{Braces}")


# Hostile JSON lines


def test_a_hostile_line_costs_only_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 18: a line nested 3000 deep or with a 5000-digit number raised past the reader's
    # `except JSONDecodeError` and ended the run, losing every document after it.
    lines = [json.dumps({"text": f"Article {n}."}) for n in range(8)]
    lines[1] = "[" * 3000
    lines[2] = '{"text": "x", "n": ' + "9" * 5000 + "}"
    lines[3] = '{"text": "lone \\ud800 surrogate"}'
    lines[4] = '{"text": "a", "text": "b"}'
    lines[5] = '{"text": "Fine.", "title": "bad \\udfff title"}'
    (tmp_path / "hostile.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for output_format in ("jsonl", "json", "jsonld", "annotations", "csv", "table"):
        status, out, err = _run(capsys, "analyze", "-f", output_format, str(tmp_path))
        assert status == EXIT_FAILED, output_format
        assert "5 of 8 documents failed" in err
        assert "Traceback" not in err
    _, out, err = _run(capsys, "analyze", str(tmp_path))
    assert [d.text for d in _documents(out)] == ["Article 0.", "Article 6.", "Article 7."]
    where = tmp_path / "hostile.jsonl"
    assert f"{where}:2: not readable: arrays or objects nested too deeply" in err
    assert f"{where}:3: a number of 5000 digits" in err
    assert f"{where}:4: text: a lone surrogate (U+D800) at character 5: not Unicode text" in err
    assert f"{where}:5: duplicate key 'text' in one object" in err
    assert f"{where}:6: metadata title: a lone surrogate (U+DFFF) at character 4" in err


def test_a_surrogate_in_a_field_that_is_not_read_does_no_harm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = '{"text": "Fine.", "comments": "junk \\ud800 here"}\n'
    (tmp_path / "a.jsonl").write_text(record, encoding="utf-8")
    status, out, _ = _run(capsys, "analyze", str(tmp_path / "a.jsonl"))
    assert status == EXIT_OK
    assert _documents(out)[0].text == "Fine."


# Documents too long


def test_a_document_over_max_chars_is_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-short.txt").write_text("Short.", encoding="utf-8")
    (tmp_path / "b-long.txt").write_text("Long " * 10, encoding="utf-8")
    (tmp_path / "c-huge.txt").write_text("x" * 500, encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"text": "Long " * 10}) + "\n" + json.dumps({"text": "Fine."}) + "\n",
        encoding="utf-8",
    )
    status, out, err = _run(capsys, "analyze", "--max-chars", "20", str(tmp_path))
    assert status == EXIT_FAILED
    assert [d.text for d in _documents(out)] == ["Short.", "Fine."]
    assert (
        f"{tmp_path / 'b-long.txt'}: too long to analyze (50 characters, more than "
        "--max-chars 20); skipped (raise --max-chars to analyze it)"
    ) in err
    # More bytes than four times the limit: refused before it is read at all.
    assert f"{tmp_path / 'c-huge.txt'}: too long to analyze (500 bytes" in err
    assert f"{tmp_path / 'd.jsonl'}:1: too long to analyze (50 characters" in err
    status, _, _ = _run(capsys, "analyze", "--max-chars", "500", str(tmp_path))
    assert status == EXIT_OK


# Folders: links, loops and things that are not files


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and named pipes")
def test_links_out_of_the_folder_are_skipped_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Not for this run.", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Article A.", encoding="utf-8")
    (folder / "b.txt").symlink_to(secret)
    (folder / "c").symlink_to(secret.parent, target_is_directory=True)
    (folder / "d.txt").symlink_to(folder / "a.txt")  # inside the folder: read
    status, out, err = _run(capsys, "analyze", str(folder))
    assert status == EXIT_OK
    assert [d.text for d in _documents(out)] == ["Article A.", "Article A."]
    assert "Not for this run." not in out
    assert f"newsclaims: {folder / 'b.txt'}: skipped: a symbolic link out of the folder" in err
    assert f"newsclaims: {folder / 'c'}: skipped: a symbolic link out of the folder" in err
    assert "--follow-links reads it" in err
    assert "newsclaims: 2 skipped (each is named above)" in err
    status, out, err = _run(capsys, "analyze", "--follow-links", str(folder))
    assert status == EXIT_OK
    texts = [d.text for d in _documents(out)]
    assert texts == ["Article A.", "Not for this run.", "Not for this run.", "Article A."]
    assert "skipped" not in err


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and named pipes")
def test_loops_pipes_and_broken_links_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("Article A.", encoding="utf-8")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a loop
    (folder / "self.txt").symlink_to(folder / "self.txt")  # loops on itself
    (folder / "gone.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(folder / "pipe.txt")  # reading it would wait for ever
    (folder / "x.txt").mkdir()  # a folder named like a file is a folder
    (folder / "x.txt" / "inner.txt").write_text("Inner.", encoding="utf-8")
    status, out, err = _run(capsys, "analyze", "--follow-links", str(folder))
    assert status == EXIT_FAILED  # the broken link: an article that cannot be read
    assert [d.text for d in _documents(out)] == ["Article A.", "Inner."]
    assert f"{folder / 'gone.txt'}: a broken symbolic link" in err
    assert f"{folder / 'pipe.txt'}: skipped: not a regular file (a named pipe)" in err
    assert f"{folder / 'self.txt'}: skipped: a symbolic link that loops" in err
    assert f"{folder / 'sub' / 'up'}: skipped: a symbolic link to" in err
    assert "a folder that holds it (a loop)" in err


# -o FILE


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Article A.", encoding="utf-8")
    target = tmp_path / "out" / "result.json"
    target.parent.mkdir()
    target.write_text("the previous run", encoding="utf-8")
    status, out, err = _run(capsys, "analyze", "-f", "json", "-o", str(target), str(tmp_path))
    assert (status, out, err) == (EXIT_OK, "", "")
    assert [d["text"] for d in json.loads(target.read_text(encoding="utf-8"))] == ["Article A."]
    assert sorted(p.name for p in target.parent.iterdir()) == ["result.json"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600


def test_output_file_is_untouched_when_the_output_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Article A.", encoding="utf-8")
    target = tmp_path / "out" / "result.jsonl"
    target.parent.mkdir()
    target.write_text("the previous run", encoding="utf-8")

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    status, _, err = _run(capsys, "analyze", "-o", str(target), str(tmp_path / "a.txt"))
    assert status == EXIT_OUTPUT
    assert f"newsclaims: cannot write '{target}': No space left on device" in err
    assert target.read_text(encoding="utf-8") == "the previous run"
    assert sorted(p.name for p in target.parent.iterdir()) == ["result.jsonl"]


def test_an_output_file_that_cannot_be_created_is_an_output_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Article A.", encoding="utf-8")
    target = tmp_path / "no-such-folder" / "out.jsonl"
    status, _, err = _run(capsys, "analyze", "-o", str(target), str(tmp_path / "a.txt"))
    assert status == EXIT_OUTPUT
    assert f"newsclaims: cannot write '{target}': No such file or directory" in err
