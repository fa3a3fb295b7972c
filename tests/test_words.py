"""The shared word index: table words found by lookup are the ones a scan finds."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import DEFAULT_LEXICON
from newsclaims._extract.attribution import vocabulary as attribution_vocabulary
from newsclaims._extract.attribution_patterns import patterns
from newsclaims._extract.claims import _find_verbs as find_verbs
from newsclaims._extract.claims import _patterns as claims_patterns
from newsclaims._extract.claims import vocabulary as claims_vocabulary
from newsclaims._extract.cues import CueIndex, WindowCues
from newsclaims._text.words import Words, first_word

TABLE = frozenset({"said", "says", "denied", "no", "States", "point"})
LOWER = frozenset(w.lower() for w in TABLE)
# Letters of several cases and scripts, one that lowercases to two characters ("İ"),
# digits, apostrophes, hyphens, spaces and marks.
ALPHABET = "saidSAIDenoNOtTpP İıßé’'-_2 .,\u00a0\u0301"
texts = st.text(alphabet=ALPHABET, max_size=80) | st.lists(
    st.sampled_from([*TABLE, "SAID", "Said", "denied-", "nos", "İsaid", "2said", " ", ", "]),
    max_size=20,
).map("".join)


def scanned(text: str, table: frozenset[str], fold: bool) -> list[tuple[int, str]]:
    """The reference: whole words of ``table`` found by one regex scan of the text."""
    words = "|".join(regex.escape(w) for w in sorted(table, key=len, reverse=True))
    flags = regex.IGNORECASE if fold else 0
    pattern = regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", flags)
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


@given(texts)
def test_found_are_the_whole_words_a_scan_finds(text: str) -> None:
    assert Words(text, LOWER).find(TABLE) == scanned(text, TABLE, fold=False)


@given(texts)
def test_folded_finds_ignore_case(text: str) -> None:
    table = frozenset(w.lower() for w in TABLE)
    # "İ" lowercases to two characters; Words keeps it as it is, so a fold never sees it
    # as "i" and offsets stay those of the text.
    assert Words(text, LOWER).find(table, fold=True) == scanned(text, table, fold=True)


@given(texts, st.integers(min_value=1, max_value=12))
def test_a_long_text_read_in_stretches_finds_the_same_words(text: str, chunk: int) -> None:
    # Long texts are split a stretch at a time to bound memory; a stretch never cuts a word.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("newsclaims._text.words._CHUNK", chunk)
        assert Words(text, LOWER).find(TABLE) == scanned(text, TABLE, fold=False)


PATTERN = regex.compile(r"\b(?:point(?:[ \u00a0]{1,3}out)?|said|no[ \u00a0]+one)\b")


@given(texts)
def test_matches_are_what_finditer_finds(text: str) -> None:
    firsts = frozenset({"point", "said", "no"})
    found = [m.span() for m in Words(text, firsts).matches(PATTERN, firsts)]
    assert found == [m.span() for m in PATTERN.finditer(text)]


def test_first_word_is_the_first_run_of_letters() -> None:
    assert first_word("doesn't correspond") == "doesn"
    assert first_word("  push back on") == "push"
    assert first_word("—") == ""


def test_an_empty_text_has_no_words() -> None:
    assert Words("", LOWER).find(TABLE) == []
    assert Words("...", frozenset({""})).find(frozenset({""}), fold=True) == []


def test_a_table_beyond_the_vocabulary_is_refused() -> None:
    with pytest.raises(ValueError, match="not in the vocabulary"):
        Words("He said so.", frozenset({"said"})).find(frozenset({"said", "told"}))


# --- cue verbs: read window by window, or found once in the text's words ----------------

CUE_PIECES = [
    "said",
    "Xsaid",
    "shot back",
    "shot",
    "back",
    "Said",
    "saidX",
    "McCain",
    "went on",
    "on",
]
cue_texts = st.lists(
    st.sampled_from([*CUE_PIECES, " ", ", ", ".", "\n", "’", "-", "2", "ı", "İ"]), max_size=24
).map("".join)


@given(cue_texts, st.data())
def test_cue_index_finds_what_window_cues_find(text: str, data: st.DataObject) -> None:
    cues = patterns(DEFAULT_LEXICON).cues
    windows = WindowCues(cues, text)
    index = CueIndex(cues, Words(text, attribution_vocabulary(DEFAULT_LEXICON)))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert index.find(start, end) == windows.find(start, end)


VERB_PIECES = [
    "said",
    "says",
    "States",
    "states",
    "pointed",
    "pointed out",
    "points  out",
    "shot back",
    "denied",
    "self-described",
    "told",
]
verb_texts = st.lists(
    st.sampled_from([*VERB_PIECES, " ", ", ", ".", "\n", "’", "'", "-", "2", "_", "\u0301", "é"]),
    max_size=24,
).map("".join)


@given(verb_texts)
def test_found_verbs_are_what_the_verb_pattern_finds(text: str) -> None:
    # Most verbs are taken without the pattern; the pattern's scan is the reference.
    p = claims_patterns(DEFAULT_LEXICON)
    joiners = frozenset("’'-")  # a verb joined to a word is part of it: "self-described"
    scanned = [
        (m.start(), m.end(), m.group())
        for m in p.verb.finditer(text)
        if text[m.start() - 1 : m.start()] not in joiners
        and text[m.end() : m.end() + 1] not in joiners
    ]
    words = Words(text, claims_vocabulary(DEFAULT_LEXICON))
    assert [tuple(v) for v in find_verbs(words, p)] == scanned
