"""Sentence boundaries: abbreviations, initials, quotes and paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import DEFAULT_LEXICON
from newsclaims._text.sentences import split_sentences


def sentences(text: str, quotations: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, DEFAULT_LEXICON, quotations or [])]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Putin spoke.",
        "Sen. Maria Lopez (D-Calif.) spoke on Jan. 5 in Washington.",
        "John F. Kennedy spoke.",
        "He arrived at 9 a.m. on Tuesday.",
        "The U.S. Senate voted.",
        "She lives in St. Louis, Mo. and works in Washington.",
        "Vote No. 5 passed.",
    ],
)
def test_abbreviations_do_not_end_sentences(text: str) -> None:
    assert sentences(text) == [text]


def test_an_abbreviation_that_can_end_a_sentence() -> None:
    text = "He moved to the U.S. The move was hard."
    assert sentences(text) == ["He moved to the U.S.", "The move was hard."]


def test_an_acronym_ends_a_sentence_an_initial_does_not() -> None:
    """'CNN.' ended with what looked like an initial ('N.'), so no sentence ended there."""
    text = (
        "Smith told CNN. He said no. George W. Bush left, and J.R. Ewing came, per the AP. Done."
    )
    assert sentences(text) == [
        "Smith told CNN.",
        "He said no.",
        "George W. Bush left, and J.R. Ewing came, per the AP.",
        "Done.",
    ]


def test_a_sentence_ends_inside_its_closing_quote() -> None:
    assert sentences("She said “No.” He left.") == ["She said “No.”", "He left."]


def test_a_quotation_is_not_split() -> None:
    text = "“Most points are agreed. Stop the bloodshed,” he added. Trump left."
    assert sentences(text, [(0, 45)]) == [
        "“Most points are agreed. Stop the bloodshed,” he added.",
        "Trump left.",
    ]


def test_a_quotation_that_ends_the_sentence_ends_it() -> None:
    text = 'The survey asks whether he has "difficulty." But the Census relies on it.'
    assert sentences(text, [(31, 44)]) == [
        'The survey asks whether he has "difficulty."',
        "But the Census relies on it.",
    ]


def test_line_breaks_end_sentences() -> None:
    assert sentences("A headline\n\nThe body.\r\nNext") == ["A headline", "The body.", "Next"]


@given(st.text(alphabet=st.sampled_from('ab .!?“”"\nMr.U.S.\t'), max_size=200))
def test_sentences_are_ordered_trimmed_and_lose_nothing(text: str) -> None:
    spans = split_sentences(text, DEFAULT_LEXICON)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        last = end
    # Only the white space between sentences is dropped.
    kept = "".join(text[s:e] for s, e in spans)
    assert "".join(kept.split()) == "".join(text.split())


def test_a_sentence_ends_before_a_doubled_apostrophe_quote() -> None:
    # The New York Times writes every double quotation mark as two apostrophes.
    text = "He said the email was angry. ''Sometimes they say go back,'' he said."
    assert sentences(text) == [
        "He said the email was angry.",
        "''Sometimes they say go back,'' he said.",
    ]
    # A single mark still does, and a lowercase word after two marks still does not.
    assert sentences("He left. 'Fine,' she said.") == ["He left.", "'Fine,' she said."]
    assert sentences("It was 5 p.m. ''so late,'' she said.") == [
        "It was 5 p.m. ''so late,'' she said."
    ]
