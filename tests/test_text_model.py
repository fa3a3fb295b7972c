"""The text model: one reading of sentences and paragraphs, shared by every stage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import DEFAULT_LEXICON, FoundQuotes, InputError, analyze, find_quotes
from newsclaims._text.model import read_text

_TITLES = ["Sen.", "Gov.", "Dr.", "Mayor", "Rep.", "Mr.", "Ms.", "President"]
_FIRST = ["Maria", "Tishaura", "John", "Ana", "George", "Lee"]
_INITIALS = ["", "W. ", "J. ", "A. B. "]
_LAST = ["Lopez", "Jones", "McCain", "Ruiz", "Bush", "Ortiz"]
_AFFILIATIONS = ["", " of St. Louis", " of the U.S. Senate", " of Mt. Vernon", " (D-Wis.)"]
_BEFORE = ["", "He left at 9 a.m. on Jan. 5. ", "They met John McCain. ", "It rained. "]
_CUES = ["called", "said", "told reporters", "argued"]
_WORDS = ["a disgrace", "the worst plan ever", "our best chance", "a real mess for everyone"]


@st.composite
def reporting_sentences(draw: st.DrawFn) -> str:
    """A sentence in which a named, titled speaker reports a partial quote inside a claim."""
    speaker = (
        draw(st.sampled_from(_TITLES))
        + " "
        + draw(st.sampled_from(_FIRST))
        + " "
        + draw(st.sampled_from(_INITIALS))
        + draw(st.sampled_from(_LAST))
        + draw(st.sampled_from(_AFFILIATIONS))
    )
    cue = draw(st.sampled_from(_CUES))
    words = draw(st.sampled_from(_WORDS))
    that = draw(st.sampled_from(["the plan was", "that the plan was", "the plan"]))
    return f"{draw(st.sampled_from(_BEFORE))}{speaker} {cue} {that} “{words}” on Monday."


@given(reporting_sentences())
def test_a_quote_and_a_claim_with_one_cue_name_one_speaker(text: str) -> None:
    doc = analyze(text)
    claims_by_cue = {(c.cue.start, c.cue.end): c for c in doc.claims if c.cue is not None}
    for quote in doc.quotes:
        if quote.cue is None or (quote.cue.start, quote.cue.end) not in claims_by_cue:
            continue
        claim = claims_by_cue[(quote.cue.start, quote.cue.end)]
        assert quote.speaker_mention == claim.claimant_mention, text
        assert quote.speaker == claim.claimant, text


@given(reporting_sentences())
def test_no_speaker_mention_crosses_a_sentence_end(text: str) -> None:
    model = read_text(text, DEFAULT_LEXICON)
    doc = analyze(text)
    mentions = [q.speaker_mention for q in doc.quotes] + [c.claimant_mention for c in doc.claims]
    for mention in mentions:
        if mention is None:
            continue
        assert model.sentence(mention.start) == model.sentence(mention.end - 1), (
            text,
            mention.text,
        )


def test_sentences_paragraphs_and_positions() -> None:
    text = "Sen. Lopez spoke at 9 a.m. today.  “We won,” she said.\n\n  Ortiz left."
    model = read_text(text, DEFAULT_LEXICON)
    assert [text[s:e] for s, e in model.sentences] == [
        "Sen. Lopez spoke at 9 a.m. today.",
        "“We won,” she said.",
        "Ortiz left.",
    ]
    assert model.paragraph_start(text.index("Ortiz") + 2) == text.index("Ortiz")
    assert model.paragraph_start(5) == 0
    # In the white space after a sentence, the sentence before holds the position.
    assert model.sentence(text.index("today.") + 7) == model.sentences[0]
    assert [(q.start, q.end) for q in model.quotations] == [(text.index("“"), text.index("”") + 1)]


def test_find_quotes_names_its_parts() -> None:
    found = find_quotes("“We are ready,” Lee said.")
    assert isinstance(found, FoundQuotes)
    quotes, actors = found
    assert quotes == found.quotes
    assert actors == found.actors
    assert [a.name for a in found.actors] == ["Lee"]


def test_analyze_refuses_what_is_not_metadata_or_a_lexicon() -> None:
    with pytest.raises(InputError, match="metadata"):
        analyze("x", {})  # type: ignore[arg-type]
    with pytest.raises(InputError, match="lexicon"):
        analyze("x", lexicon={})  # type: ignore[arg-type]
    with pytest.raises(InputError, match="lexicon"):
        find_quotes("x", lexicon=None)  # type: ignore[arg-type]


@given(st.lists(st.sampled_from(_BEFORE + _WORDS + ["“We won,” he said.", "\n", "\n\n", " "])))
def test_a_line_split_alone_gives_the_sentences_of_the_whole_text(pieces: list[str]) -> None:
    """Finding quotes splits only the lines it asks about; analyze splits the whole text."""
    text = " ".join(pieces)
    whole = read_text(text, DEFAULT_LEXICON)
    lazy = read_text(text, DEFAULT_LEXICON, every_sentence=False)
    for position in range(0, len(text), 3):
        assert lazy.sentence(position) == whole.sentence(position), (text, position)
    assert lazy.sentences == whole.sentences
