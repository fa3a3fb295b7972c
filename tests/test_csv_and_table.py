"""The flat CSV table and the terminal view of a document."""

from __future__ import annotations

import csv
import io

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsclaims import (
    CSV_COLUMNS,
    Document,
    Metadata,
    Quote,
    Span,
    csv_rows,
    render_table,
    write_csv,
    write_table,
)
from seed_reading import build_seed_reading as kursk_reading

KURSK = kursk_reading()


def _read(written: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(written, newline="")))


def test_csv_has_one_row_per_record_with_a_record_column() -> None:
    stream = io.StringIO(newline="")
    assert write_csv([KURSK], stream) == 1
    rows = _read(stream.getvalue())
    assert [row["record"] for row in rows] == ["quote"] * 12 + ["claim"] * 8 + ["dispute"] * 4
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert {row["document"] for row in rows} == {"kursk"}


def test_csv_rows_anchor_in_the_text() -> None:
    for row in csv_rows(KURSK):
        start, end = int(row["start"]), int(row["end"])
        assert KURSK.text[start:end] == row["text"], row["id"]


def test_csv_names_actors_and_links() -> None:
    rows = {row["id"]: row for row in csv_rows(KURSK)}
    denial = rows[KURSK.disputes[0].id]
    assert (denial["actor"], denial["kind"], denial["cue"]) == ("Kyiv", "deny", "denied")
    assert denial["refers_to"] == KURSK.claims[0].id
    assert denial["disputed"] == "his troops have regained control of Kursk"
    estimate = rows[KURSK.claims[3].id]
    assert (estimate["actor"], estimate["hedges"]) == ("officials", "estimated")
    first = rows[KURSK.quotes[0].id]
    assert first["channel"] == "video footage released by the Kremlin"
    assert first["mention"] == "Putin"


def test_csv_keeps_text_with_commas_quotes_and_line_breaks() -> None:
    text = 'He said “a, b\r\nand "c"” then.'
    quote = Quote(id="q-1", spans=(Span.of(text, 9, 22),), kind="direct")
    stream = io.StringIO(newline="")
    write_csv([Document(text, quotes=(quote,))], stream)
    [row] = _read(stream.getvalue())
    assert row["text"] == 'a, b\r\nand "c"'


def test_csv_spans_list_every_piece_of_a_split_quote() -> None:
    text = "“We are ready,” Lee said, “and willing.”"
    quote = Quote(id="q-1", spans=(Span.of(text, 1, 14), Span.of(text, 27, 39)), kind="direct")
    [row] = csv_rows(Document(text, quotes=(quote,)))
    assert (row["text"], row["spans"]) == ("We are ready, and willing.", "1-14 27-39")


def test_table_shows_each_speaker_with_their_words() -> None:
    view = render_table(KURSK, width=100)
    flat = " ".join(view.split())
    for actor in KURSK.actors:
        assert actor.name in flat
    assert "“The Kyiv regime’s adventure has completely failed,”" in flat
    assert "denied by Kyiv; rejected by Ukraine" in flat
    # Speakers come in the order the text first gives them a record.
    assert view.index("Vladimir Putin") < view.index("\nKyiv") < view.index("\nTrump")


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_table_fits_the_width(width: int) -> None:
    for line in render_table(KURSK, width=width).splitlines():
        # Only a single word longer than the width may stick out.
        assert len(line) <= width or " " not in line.strip(), line


def test_table_is_plain_text_unless_colour_is_asked_for() -> None:
    assert "\x1b[" not in render_table(KURSK)
    assert "\x1b[1mVladimir Putin" in render_table(KURSK, color=True)


def test_table_of_a_document_with_nothing_found() -> None:
    view = render_table(Document("Nothing to see.\nReally.", Metadata()))
    assert view.splitlines() == [
        "Nothing to see.",
        "0 quotes, 0 claims, 0 disputes",
        "",
        "No quotes, claims or disputes found.",
    ]


def test_tables_of_several_documents_are_separated() -> None:
    stream = io.StringIO()
    other = attrs.evolve(KURSK, metadata=Metadata(title="Second"))
    assert write_table([KURSK, other], stream, width=60) == 2
    assert "\n" + "─" * 60 + "\n" in stream.getvalue()


@given(
    st.text(min_size=1, max_size=300),
    st.lists(st.integers(min_value=0, max_value=299), min_size=2, max_size=2),
    st.integers(min_value=40, max_value=120),
)
@example(text="0" * 28, ends=[0, 28], width=40)  # the label, then one unbreakable word
def test_table_and_csv_take_any_text(text: str, ends: list[int], width: int) -> None:
    start, end = sorted(min(n, len(text)) for n in ends)
    if start == end:
        end = min(start + 1, len(text))
        start = end - 1
    quote = Quote(id="q-1", spans=(Span.of(text, start, end),), kind="direct")
    document = Document(text, quotes=(quote,))
    for line in render_table(document, width=width).splitlines():
        # A line overflows only to hold one word that cannot be broken, after its label.
        assert len(line) <= width or len(line.split()) <= 2, line
    [row] = csv_rows(document)
    assert text[int(row["start"]) : int(row["end"])] == row["text"]
