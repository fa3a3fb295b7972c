"""Properties of the analysis on any text: it returns, its spans are valid, it is deterministic."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims import (
    DEFAULT_LEXICON,
    Document,
    analyze,
    find_quotes,
    from_json,
    to_dict,
    to_json,
)

MARKS = ["“", "”", "‘", "’", '"', "'", "''", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』"]
PIECES = [
    *MARKS,
    " ",
    "\n",
    "\n\n",
    ", ",
    ". ",
    ": ",
    " — ",
    "don't",
    "regime’s",
    "’90s",
    "Putin",
    "Vladimir Putin",
    "Russian President Vladimir Putin",
    "Mr.",
    "Sen. Maria Lopez",
    "Donald Trump Jr.",
    "the General Staff",
    "the post",
    "officials",
    "he",
    "she",
    "they",
    "According to",
    "according to",
    "on Truth Social",
    "in a Telegram post",
    *DEFAULT_LEXICON.cue_verbs[:40:3],
    "shot back",
    "We are ready",
    # A letter newer than Python's Unicode (str.isalpha says no, the patterns say yes): every
    # stage must take it for the same thing.
    "\U0002ec4e",
    "said\U0002ec4e",
]

news_like = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _check(text: str, doc: Document) -> None:
    # analyze skips the document's integrity check, as it built every record itself: a
    # document built from the same records with the check must pass it.
    Document(doc.text, doc.metadata, doc.actors, doc.quotes, doc.claims, doc.disputes)
    for quote in doc.quotes:
        for span in quote.spans:
            assert text[span.start : span.end] == span.text
            assert span.text
            assert not span.text[0].isspace()
            assert not span.text[-1].isspace()
        if quote.speaker is not None:
            assert quote.speaker_mention is not None
            doc.actor(quote.speaker)


@given(st.text())
@settings(max_examples=300)
def test_any_text(text: str) -> None:
    doc = analyze(text)
    _check(text, doc)


@given(news_like)
@settings(max_examples=500)
def test_text_of_marks_names_and_cues(text: str) -> None:
    doc = analyze(text)
    _check(text, doc)
    assert to_dict(analyze(text)) == to_dict(doc)


@given(news_like)
@settings(max_examples=200)
def test_find_quotes_is_what_analyze_holds(text: str) -> None:
    quotes, actors = find_quotes(text)
    doc = analyze(text)
    assert quotes == doc.quotes
    # Claims and disputes may add actors, and mentions to the speakers.
    assert {a.id for a in actors} <= {a.id for a in doc.actors}


@given(st.lists(st.sampled_from(["“", "”", '"', "'", "‘", "’", "«", "»"]), max_size=30), news_like)
def test_a_stray_mark_stays_in_its_paragraph(marks: list[str], rest: str) -> None:
    """Whatever marks a paragraph holds, the next paragraph reads the same."""
    paragraph = "“We are ready,” Lee said."
    alone = analyze(paragraph)
    after = "".join(marks).replace("\n", " ") + " x\n" + paragraph
    shifted = analyze(after)
    offset = after.index("\n") + 1
    tail = [q for q in shifted.quotes if q.spans[0].start >= offset]
    assert [(q.text, q.rule) for q in tail] == [(q.text, q.rule) for q in alone.quotes]


HOSTILE = {
    "only quotation marks": "“”\"'«»„“‚‘" * 100_000,
    "one unclosed quote": "“" + "word " * 200_000,
    "marks and apostrophes": "’a‘ 'b' ’n’ don't " * 60_000,
    "one long sentence": "word " * 200_000,
    "capitalised words": "Said Putin Mr. Trump Jr. Ana Ruiz " * 30_000,
    "cues and marks": "“a,” he said “b,” said Putin, “c” " * 30_000,
    "reported speech": "Putin said that officials denied the claims and " * 20_000,
}


QUOTATION_MARKS = set("\"'“”‘’«»„‚‹›「」『』")


def _spans_in(value: object) -> list[tuple[int, int, str]]:
    """Every span (a dict with start, end and text) anywhere in a serialized document."""
    found: list[tuple[int, int, str]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.keys() >= {"start", "end", "text"} and isinstance(item["start"], int):
                found.append((item["start"], item["end"], item["text"]))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_gives_records_true_to_the_text(name: str) -> None:
    """About a megabyte of each hostile kind gives records that hold against the text.

    (The time each takes is the benchmark's job: benchmarks/hostile.py.)
    """
    text = HOSTILE[name]
    doc = analyze(text)
    _check(text, doc)
    spans = _spans_in(to_dict(doc))
    for start, end, span_text in spans:
        assert 0 <= start < end <= len(text), (name, start, end)
        assert text[start:end] == span_text, (name, start, end)
    # Every record comes out and back in unchanged: nothing it holds breaks an output.
    assert from_json(to_json(doc)) == doc
    if not QUOTATION_MARKS & set(text):
        assert doc.quotes == (), name  # no marks, no quotes
    for claim in doc.claims:
        if claim.claimant is not None:
            doc.actor(claim.claimant)  # KeyError for a claimant the document does not hold


def test_one_letter_test_for_find_quotes_and_analyze() -> None:
    """Issue 18: a letter newer than Python's Unicode joined "said" for one path only."""
    text = "“Yes,” Lee said\U0002ec4e."
    assert find_quotes(text).quotes == analyze(text).quotes
