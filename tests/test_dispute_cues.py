"""Dispute cues: properties first, then examples, then the labelled PolNeAR sentences."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import DEFAULT_LEXICON, Stance, ValidationError
from newsclaims._dispute_cues import DEFAULT_DISPUTE_CUES, DisputeCues
from newsclaims._extract.dispute_rules import RULES, DisputeCue, dispute_cues_at, find_dispute_cues
from newsclaims._extract.dispute_tables import SCREEN_AFTER, SHARED_TABLES, CueSets, compiled
from newsclaims._text.regexes import trie_pattern
from newsclaims._text.words import Words, matches_at
from newsclaims.lang.en.disputes import ENGLISH_DISPUTE_TABLES
from newsclaims.strategies import texts

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "seeds" / "kursk.txt"
SEED_READING = ROOT / "tests" / "data" / "kursk.expected.json"
DATA = ROOT / "tests" / "data" / "disputes.json"
TRAIN_TEXTS = ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text"

# The rounds of labelled sentences the rules have been tuned on, and their figures when the
# round-6 rules were written (P 0.976, R 0.831 on rounds 1 to 6, 766 cases, the round-1
# held-out third included now that it is tuning data), less a small margin, so that a
# regression fails. Round 6 holds disputes worded outside the usual vocabulary ("in fact",
# "skeptical"), most of which no rule finds. A newer round joins once rules are tuned on it.
TUNED_ROUNDS = range(1, 7)
TUNE_PRECISION_FLOOR = 0.96
TUNE_RECALL_FLOOR = 0.80


def cues_in(sentence: str, cues: DisputeCues = DEFAULT_DISPUTE_CUES) -> tuple[DisputeCue, ...]:
    return find_dispute_cues(sentence, 0, len(sentence), cues)


def assert_one_cue(
    sentence: str, cue: str, rule: str, target: str | None, stance: str | None = None
) -> None:
    """``sentence`` holds one cue: ``cue``, found by ``rule``, disputing ``target``."""
    found = cues_in(sentence)
    assert [(c.cue.text, c.rule) for c in found] == [(cue, rule)]
    assert (found[0].target.text if found[0].target else None) == target
    if stance is not None:
        assert found[0].stance.value == stance


def read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


# --- properties -------------------------------------------------------------------------

# Words that reach every rule: cue words, their contexts, and the punctuation between them.
CUE_WORDS = (
    "denied deny denial denials rejected dismissed disputed contested pushed back on took issue"
    " with refuted rebut called calling it is was were been not no one did the a claims"
    " claim allegations bill entry case territory that which he they him as false untrue"
    " nonsense lies lie wrong propaganda made up of by any wrongdoing Trump Kyiv said says"
    " correct record do correspond to reality there truth"
)
VOCABULARY = [
    *CUE_WORDS.split(),
    ",",
    ".",
    "“",
    "”",
    "''",
    '"',
    "—",
    "’s",
    "\n",
    "\r\n",
]


@st.composite
def sentences_in_texts(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text (dispute-like word salad or arbitrary Unicode) and a range inside it."""
    words = st.lists(st.sampled_from(VOCABULARY), max_size=40).map(" ".join)
    text = draw(st.one_of(words, texts(), st.tuples(texts(), words).map("".join)))
    start = draw(st.integers(min_value=0, max_value=len(text)))
    end = draw(st.integers(min_value=start, max_value=len(text)))
    return text, start, end


@given(sentences_in_texts())
def test_cues_lie_inside_the_sentence_and_match_the_text(case: tuple[str, int, int]) -> None:
    text, start, end = case
    found = find_dispute_cues(text, start, end)
    previous_end = start
    for cue in found:
        assert start <= cue.cue.start < cue.cue.end <= end
        assert text[cue.cue.start : cue.cue.end] == cue.cue.text
        assert cue.cue.start >= previous_end, "cues are in text order and never overlap"
        previous_end = cue.cue.end
        assert cue.rule in RULES
        if cue.target is not None:
            assert start <= cue.target.start <= cue.target.end <= end
            assert text[cue.target.start : cue.target.end] == cue.target.text
    assert find_dispute_cues(text, start, end) == found, "deterministic"


@given(sentences_in_texts())
def test_a_sentence_is_judged_alone(case: tuple[str, int, int]) -> None:
    """The cues of a sentence do not depend on the text around it."""
    text, start, end = case
    alone = find_dispute_cues(text[start:end], 0, end - start)
    shifted = tuple(
        (c.cue.start - start, c.cue.text, c.stance, c.rule)
        for c in find_dispute_cues(text, start, end)
    )
    assert shifted == tuple((c.cue.start, c.cue.text, c.stance, c.rule) for c in alone)


# Every word of every entry, and what may stand between words: spaces, nothing (words run
# together), hyphens, apostrophes, digits, underscores, punctuation.
ENTRY_WORDS = sorted({w for entry in compiled(DEFAULT_LEXICON).kinds for w in entry.split()})
JOINTS = [" ", " ", " ", "", "-", "’", "'", "3", "_", ", ", ". ", "\n", " “", "” "]


@st.composite
def entry_salads(draw: st.DrawFn) -> tuple[str, int, int]:
    """Words of the cue entries, in any case, run together or apart, and a range."""
    parts = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ENTRY_WORDS),
                st.sampled_from(["lower", "title", "upper", "long s", "dotted I"]),
                st.sampled_from(JOINTS),
            ),
            max_size=30,
        )
    )
    cases: dict[str, Callable[[str], str]] = {
        "lower": str.lower,
        "title": str.title,
        "upper": str.upper,
        # Letters that case-insensitive patterns read as "s" and "i", and str.lower does not.
        "long s": lambda word: word.replace("s", "ſ"),
        "dotted I": lambda word: word.upper().replace("I", "İ"),
    }
    text = "".join(cases[case](word) + joint for word, case, joint in parts)
    start = draw(st.integers(min_value=0, max_value=len(text)))
    end = draw(st.integers(min_value=start, max_value=len(text)))
    return text, start, end


@given(st.one_of(entry_salads(), sentences_in_texts()))
def test_reading_only_where_first_words_stand_finds_what_a_full_scan_finds(
    case: tuple[str, int, int],
) -> None:
    """``analyze`` tries the cue entries only where their first words stand in the text's
    :class:`Words` (less where the next word can continue no entry); that must find exactly
    what reading every character finds."""
    text, start, end = case
    tables = compiled(DEFAULT_LEXICON)
    words = Words(text, tables.firsts)
    everywhere = find_dispute_cues(text, start, end)
    starts = [at for at, _ in words.find(tables.firsts, fold=True) if start <= at < end]
    assert dispute_cues_at(text, start, end, tables, starts) == everywhere
    # Less the starts where the next word can continue no entry, as ``analyze`` reads them.
    pruned = [
        at for at in words.starts(tables.firsts, tables.follows, fold=True) if start <= at < end
    ]
    assert dispute_cues_at(text, start, end, tables, pruned) == everywhere


def _reference_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The entries written out in full, each space and apostrophe inline, as one pattern
    per role: what the compiled ``entries`` and ``screen`` must answer exactly like."""
    tables = compiled(DEFAULT_LEXICON)
    marks = tables.marks
    space = f"{marks.mark_class}{{0,2}}\\s{{1,3}}{marks.mark_class}{{0,2}}"
    apostrophe = "[" + "".join(regex.escape(ch) for ch in marks.apostrophes) + "]"

    def character(ch: str) -> str:
        if ch == " ":
            return space
        return apostrophe if ch == "'" else str(regex.escape(ch))

    tree = trie_pattern(tables.kinds, character)
    candidates = regex.compile(rf"\b(?<!-)(?:{tree})(?!-?\w)", regex.IGNORECASE)
    prefilter = regex.compile(rf"\b(?:{tree})", regex.IGNORECASE)
    return candidates, prefilter


REFERENCE = _reference_patterns()


@given(st.one_of(entry_salads(), sentences_in_texts()))
def test_the_two_roles_of_the_entries_pattern_match_patterns_written_out(
    case: tuple[str, int, int],
) -> None:
    """One pattern, screened by a cheaper one, serves as the cue scan and as the prefilter:
    it finds exactly what each pattern written out in full finds."""
    text, start, end = case
    candidates, prefilter = REFERENCE
    unscreened = attrs.evolve(compiled(DEFAULT_LEXICON))  # a new copy counts from 0
    screened = attrs.evolve(compiled(DEFAULT_LEXICON))
    screened._unscreened[0] = SCREEN_AFTER  # as after 700 articles: the screen is used
    positions = range(start, end)
    for tables in (unscreened, screened):
        assert tables.cues_in(text) == [m.span() for m in candidates.finditer(text)]
        assert tables.prefilter(text, positions) == [
            m.start() for m in matches_at(prefilter, text, positions)
        ]
        assert tables.cues_at(text, positions) == [
            m.span() for m in matches_at(candidates, text, positions)
        ]


def test_entries_that_do_not_start_with_a_letter_are_read_by_a_full_scan() -> None:
    # The first word of "100 percent false" is "percent", not where a match starts.
    cues = DEFAULT_DISPUTE_CUES.extend(falsity_standalone=["100 percent false"])
    cues = cues.extend(falsity_refute=["100 percent false"])
    sentence = "He said it was 100 percent false."
    assert not compiled(attrs.evolve(DEFAULT_LEXICON, disputes=cues)).word_led
    found = [
        c.cue.text
        for c in dispute_cues_at(
            sentence, 0, len(sentence), compiled(attrs.evolve(DEFAULT_LEXICON, disputes=cues)), []
        )
    ]
    assert found == ["100 percent false"]
    assert found == [c.cue.text for c in find_dispute_cues(sentence, 0, len(sentence), cues)]


@pytest.mark.parametrize(
    "text",
    [
        "denied " * 150_000,
        "a" * 1_000_000,
        "deniedthat" * 100_000,
        "the claims that " * 60_000,
        "“" * 500_000 + "denied",
        "is " * 300_000 + "nonsense",
        "called " + "it " * 300_000 + "propaganda",
        "a claim which " + "x " * 400_000 + "denied.",
        "“" * 500_000 + "Denied words " * 40_000,
    ],
    ids=[
        "repeated-cue",
        "one-long-word",
        "cues-without-spaces",
        "repeated-objects",
        "quotation-marks",
        "long-copula-run",
        "long-calling-run",
        "distant-antecedent",
        "capitals-after-marks",
    ],
)
def test_hostile_input_returns(text: str) -> None:
    """A megabyte of adversarial text is searched without blowing up (speed is a benchmark's)."""
    found = find_dispute_cues(text, 0, len(text))
    assert all(0 <= c.cue.start < c.cue.end <= len(text) for c in found)


def test_a_letter_that_folds_to_ascii_only_in_patterns_is_no_crash() -> None:
    # The case-insensitive pattern reads "refuteſ" as "refutes"; no table holds it.
    assert find_dispute_cues("He refuteſ it.", 0, 14) == ()


def test_a_range_outside_the_text_is_refused() -> None:
    with pytest.raises(ValidationError, match="outside a text of 5 characters"):
        find_dispute_cues("Hello", 2, 9)


# --- the seed article -------------------------------------------------------------------


def test_the_seed_articles_four_disputes_and_nothing_else() -> None:
    text = read(SEED_TEXT)
    expected = json.loads(SEED_READING.read_text(encoding="utf-8"))["disputes"]
    found = [
        cue
        for line in regex.finditer(r"[^\n]+", text)
        for cue in find_dispute_cues(text, line.start(), line.end())
    ]
    assert [(c.cue.start, c.cue.end) for c in found] == [tuple(d["cue_span"]) for d in expected]
    assert [c.stance.value for c in found] == [d["stance"] for d in expected]
    assert [c.target.text if c.target else None for c in found] == [
        "a claim",
        "the claims",
        "The statements of the representatives of the high command of the aggressor country"
        " about the alleged end of hostilities in the territory of the Kursk region of the"
        " Russian Federation",
        "claims that Ukrainian troops were surrounded",
    ]


# --- examples ---------------------------------------------------------------------------


# Wordings added from the second round of labelled sentences (see tests/data/disputes.json).


def test_give_me_a_break_inside_a_clause_is_no_dispute() -> None:
    assert cues_in("She said she needed to give me a break from work.") == ()


def test_a_cue_can_be_a_title_in_a_headline() -> None:
    found = cues_in("Senator Dismisses Reports Of Rift With Governor.")
    assert [(c.cue.text, c.rule) for c in found] == [("Dismisses", "verb+claim-object")]


# --- extension --------------------------------------------------------------------------


def test_extending_the_tables_returns_a_new_value_and_leaves_the_default_alone() -> None:
    sentence = "The minister disavowed the reports, calling them poppycock."
    assert cues_in(sentence) == ()
    cues = DEFAULT_DISPUTE_CUES.extend(verbs_deny=["disavowed"])
    found = cues_in(sentence, cues)
    assert [(c.cue.text, c.stance, c.target.text if c.target else None) for c in found] == [
        ("disavowed", Stance.DENY, "the reports")
    ]
    more = cues.extend(falsity_dismiss=["poppycock"])
    assert [c.cue.text for c in cues_in("“It is poppycock,” she said.", more)] == ["poppycock"]
    assert "disavowed" not in DEFAULT_DISPUTE_CUES.verbs_deny
    assert cues_in(sentence) == ()


def test_a_table_can_be_replaced_with_evolve() -> None:
    cues = attrs.evolve(DEFAULT_DISPUTE_CUES, verbs_dismiss=("pooh-poohed",))
    assert [c.cue.text for c in cues_in("She pooh-poohed the claims.", cues)] == ["pooh-poohed"]
    assert cues_in("She dismissed the claims.", cues) == ()


def test_bad_extensions_are_refused() -> None:
    with pytest.raises(ValidationError, match="is not a table"):
        DEFAULT_DISPUTE_CUES.extend(verb_deny=["x"])
    with pytest.raises(ValidationError, match="sequence of strings"):
        DEFAULT_DISPUTE_CUES.extend(verbs_deny="disavowed")
    with pytest.raises(ValidationError, match="non-empty strings"):
        DisputeCues(verbs_deny=("deny", " "))


def test_every_table_is_required_and_named_when_missing() -> None:
    tables = dict(ENGLISH_DISPUTE_TABLES)
    del tables["participle_suffixes"], tables["verbs_deny"]
    with pytest.raises(ValidationError) as error:
        DisputeCues(**tables)
    assert [path for path, _ in error.value.problems] == ["verbs_deny", "participle_suffixes"]
    assert "missing" in str(error.value)
    assert sorted(ENGLISH_DISPUTE_TABLES) == sorted(f.name for f in attrs.fields(DisputeCues))


def test_suffixes_and_pronouns_come_from_the_tables() -> None:
    """The -ing ending, the pronouns and the particles the rules read are data, not code."""
    deed = "She denied mocking the reporter."
    assert [c.rule for c in cues_in(deed)] == ["deny+complement"]
    assert cues_in(deed, attrs.evolve(DEFAULT_DISPUTE_CUES, gerund_suffixes=("end",))) == ()
    called = "He rejected the report, calling them propaganda."
    assert [c.target.text for c in cues_in(called) if c.target] == ["the report"]
    others = attrs.evolve(DEFAULT_DISPUTE_CUES, thing_pronouns=("they",))
    assert [c.rule for c in cues_in("Aides called them false.", others)] == []
    assert [c.rule for c in cues_in("Aides called them false.")] == ["falsity-called"]
    truth = "There is no truth to the report."
    assert [c.target.text for c in cues_in(truth) if c.target] == ["the report"]
    no_particle = attrs.evolve(DEFAULT_DISPUTE_CUES, target_particles=("in",))
    assert [c.target for c in cues_in(truth, no_particle)] == [None]
    mine = DEFAULT_DISPUTE_CUES.extend(
        falsity_refute=["i made it up"], falsity_standalone=["i made it up"]
    )
    said = "Then, I made it up, he said."
    assert [c.cue.text for c in cues_in(said, mine)] == ["I made it up"]
    assert cues_in(said, attrs.evolve(mine, capitalized_pronouns=("we",))) == ()


@pytest.mark.parametrize(
    ("sentence", "cue", "rule", "target"),
    [
        # Guillemets between a phrase's words, as between curly quotes ("lying” about").
        ("She said he was «lying» about the deal.", "lying» about", "falsity-phrase", None),
        # Corner brackets are read past like any quotation mark of the lexicon.
        ("He denied 「the claims」 on Monday.", "denied", "verb+claim-object", "the claims"),
        # A turned comma is an apostrophe of the lexicon: "doesn‘t" is "doesn't".
        (
            "The figures doesn‘t add up, she said.",
            "doesn‘t add up",
            "falsity-phrase",
            "The figures",
        ),
    ],
)
def test_every_quotation_mark_of_the_lexicon_is_read(
    sentence: str, cue: str, rule: str, target: str | None
) -> None:
    """The marks come from the lexicon's one table of pairs: the rules used to miss «»「」‘."""
    assert_one_cue(sentence, cue, rule, target)


def test_the_marks_are_the_lexicons() -> None:
    """Marks another lexicon does not have are no marks to the rules."""
    sentence = "She said he was «lying» about the deal."
    pairs = tuple(pair for pair in DEFAULT_LEXICON.quote_pairs if "«" not in pair)
    found = find_dispute_cues(
        sentence, 0, len(sentence), lexicon=attrs.evolve(DEFAULT_LEXICON, quote_pairs=pairs)
    )
    assert [c.cue.text for c in found] != ["lying» about"]
    marks = compiled(DEFAULT_LEXICON).marks
    assert marks.quotes == {ch for pair in DEFAULT_LEXICON.quote_pairs for m in pair for ch in m}
    assert set(marks.apostrophes) == set(DEFAULT_LEXICON.apostrophes)


def test_a_mark_that_is_a_letter_still_joins_a_phrase() -> None:
    """The screen stands for a space by any characters when a mark is a letter or digit."""
    sentence = "He said Trump was lying qabout the deal."
    odd = find_dispute_cues(
        sentence,
        0,
        len(sentence),
        lexicon=attrs.evolve(DEFAULT_LEXICON, quote_pairs=(("q", "q"),)),
    )
    assert [c.cue.text for c in odd] == ["lying qabout"]
    assert find_dispute_cues(sentence, 0, len(sentence)) == ()


def test_the_new_tables_can_be_extended() -> None:
    sentence = "The senator deceptively claimed that the bill passed."
    assert cues_in(sentence) == ()
    cues = DEFAULT_DISPUTE_CUES.extend(adverbs_refute=["deceptively"])
    assert [(c.cue.text, c.rule) for c in cues_in(sentence, cues)] == [
        ("deceptively", "falsity-adverb")
    ]
    shot = "Aides snapped back that the poll was old."
    assert cues_in(shot) == ()
    cues = DEFAULT_DISPUTE_CUES.extend(
        verbs_dispute=["snapped back that"], verbs_that_object=["snapped back that"]
    )
    assert [(c.cue.text, c.target.text if c.target else None) for c in cues_in(shot, cues)] == [
        ("snapped back that", "the poll was old")
    ]


def test_the_compiled_sets_list_every_table() -> None:
    """``CueSets`` is written out for mypy: it must name the tables of ``DisputeCues``."""
    tables = {field.name for field in attrs.fields(DisputeCues)} | set(SHARED_TABLES)
    assert {field.name for field in attrs.fields(CueSets)} == tables
    sets = compiled(DEFAULT_LEXICON).sets
    assert "deny" in sets.verbs_deny
    assert "doesn't correspond to reality" in sets.falsity_deny


def test_compiled_patterns_are_cached_per_value() -> None:
    assert compiled(DEFAULT_LEXICON) is compiled(
        attrs.evolve(DEFAULT_LEXICON, disputes=DisputeCues(**ENGLISH_DISPUTE_TABLES))
    )
    assert compiled(
        attrs.evolve(DEFAULT_LEXICON, disputes=DEFAULT_DISPUTE_CUES.extend(verbs_deny=["disavow"]))
    ) is not compiled(DEFAULT_LEXICON)


# --- the labelled PolNeAR sentences ------------------------------------------------------


@pytest.mark.skipif(
    not TRAIN_TEXTS.is_dir(),
    reason="PolNeAR corpus not found at ../shared/corpora: benchmarks only",
)
def test_precision_and_recall_on_the_tuned_rounds_hold() -> None:
    cases = [
        c
        for c in json.loads(DATA.read_text(encoding="utf-8"))["cases"]
        if c["round"] in TUNED_ROUNDS
    ]
    tp = fp = fn = 0
    for case in cases:
        text = read(TRAIN_TEXTS / f"{case['doc']}.txt")
        predicted = bool(find_dispute_cues(text, case["start"], case["end"]))
        gold = case["label"] == "dispute"
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= TUNE_PRECISION_FLOOR, f"precision {precision:.3f}"
    assert recall >= TUNE_RECALL_FLOOR, f"recall {recall:.3f}"
