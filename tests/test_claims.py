"""Claims: reported speech with its claimant, content, cue, hedges and partial quotes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import DEFAULT_LEXICON, Claim, Document, analyze
from seed_reading import read_seed


def claims_of(text: str) -> list[tuple[str, str | None, str, str]]:
    """(content, claimant mention, cue, rule) of each claim analyze finds in ``text``."""
    doc = analyze(text)
    return [
        (
            c.text,
            c.claimant_mention.text if c.claimant_mention else None,
            c.cue.text if c.cue else "",
            c.rule,
        )
        for c in doc.claims
    ]


@pytest.fixture(scope="module")
def seed() -> tuple[Document, dict[str, Any]]:
    text, reading = read_seed()
    return analyze(text), reading


def claim_at(doc: Document, span: list[int]) -> Claim:
    found = [c for c in doc.claims if [c.spans[0].start, c.spans[-1].end] == span]
    assert found, f"no claim with the content {span}"
    return found[0]


def test_every_claim_of_the_seed_with_its_claimant(
    seed: tuple[Document, dict[str, Any]],
) -> None:
    doc, reading = seed
    for item in reading["claims"]:
        claim = claim_at(doc, item["span"])
        assert claim.text == item["content"]
        assert claim.claimant is not None
        assert doc.actor(claim.claimant).name == item["claimant"], item["content"]
        assert claim.claimant_mention is not None
        mention = [claim.claimant_mention.start, claim.claimant_mention.end]
        assert mention == item["mention_span"], item["content"]
        assert claim.cue is not None
        assert claim.cue.text == item["cue"].split()[-1] or claim.cue.text == item["cue"]


def test_seed_hedges_and_partial_quotes(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, reading = seed
    for item in reading["claims"]:
        claim = claim_at(doc, item["span"])
        assert [h.text for h in claim.hedges] == item.get("hedges", []), item["content"]
        quoted = [doc.quote(q).text for q in claim.quote_ids]
        assert quoted == [reading["quotes"][i]["text"] for i in item.get("quotes", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin said his troops have regained control of Kursk, a claim which Kyiv denied.",
            ("his troops have regained control of Kursk", "Putin", "said", "reported"),
        ),
        (
            "Russia announced that the largest town was retaken.",
            ("the largest town was retaken", "Russia", "announced", "reported"),
        ),
        (
            "The operation was still underway, the post added, with troops in clashes.",
            ("The operation was still underway", "the post", "added", "trailing"),
        ),
        (
            "The bridge is safe, said Mayor Ana Ruiz.",
            ("The bridge is safe", "Mayor Ana Ruiz", "said", "trailing"),
        ),
        (
            "North Korea sent troops to aid Moscow, according to officials.",
            ("North Korea sent troops to aid Moscow", "officials", "according to", "according-to"),
        ),
        (
            "According to the results, Clinton increases her lead.",
            ("Clinton increases her lead", "the results", "According to", "according-to"),
        ),
        (
            "Putin has touted Moscow’s retaking of settlements as forces pushed on.",
            ("Moscow’s retaking of settlements", "Putin", "touted", "object"),
        ),
        (
            "Sen. Maria Lopez told a lunch group that her position remains firm.",
            ("her position remains firm", "Sen. Maria Lopez", "told", "reported"),
        ),
        (
            "Trump attacked Ted Cruz, who said he would use waterboarding sparingly.",
            ("he would use waterboarding sparingly", "who", "said", "reported"),
        ),
    ],
)
def test_constructions(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in claims_of(text)


def test_parenthetical_claim_has_two_pieces() -> None:
    doc = analyze("In his state, Christie said, nonviolent offenders go to treatment.")
    (claim,) = doc.claims
    assert [s.text for s in claim.spans] == [
        "In his state",
        "nonviolent offenders go to treatment",
    ]
    assert claim.rule == "parenthetical"


def test_relative_pronoun_resolves_to_its_antecedent() -> None:
    doc = analyze("Trump attacked Ted Cruz, who said he would use waterboarding sparingly.")
    (claim,) = doc.claims
    assert claim.claimant is not None
    assert doc.actor(claim.claimant).name == "Ted Cruz"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine pushed back on the claims of the Kremlin.",  # "claims" after a determiner
        "The “defensive operation” was noted in a Telegram post on Saturday.",  # passive noun
        "Mr. Trump said recently in New York.",  # only where: no content
        "The delegate lead continues to grow thanks to a big win.",  # a quote-only verb
    ],
)
def test_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_nouns_that_look_like_verbs() -> None:
    # A denial ("refuted claims that") is a dispute, never a claim (issue 13).
    text = "Intelligence reports suggested that the troops were surrounded."
    assert claims_of(text) == [
        (
            "the troops were surrounded",
            "Intelligence reports",
            "suggested",
            "reported",
        )
    ]
    assert claims_of("Intelligence reports refuted claims that the troops were surrounded.") == []


def test_a_hedge_inside_a_claim_is_no_claim_of_its_own() -> None:
    doc = analyze("Zelensky said he believed their mission had been “accomplished.”")
    (claim,) = doc.claims
    assert [h.text for h in claim.hedges] == ["believed"]
    assert [doc.quote(q).text for q in claim.quote_ids] == ["accomplished."]


def test_a_direct_quote_is_not_a_claim() -> None:
    assert claims_of("“The adventure has failed,” Putin said.") == []
    assert claims_of("Putin said: “The adventure has failed.”") == []


def test_the_lexicon_extends_claim_verbs() -> None:
    text = "The senator harrumphed that the bill was dead."
    assert analyze(text).claims == ()
    lexicon = DEFAULT_LEXICON.extend(claim_verbs=["harrumphed"])
    (claim,) = analyze(text, lexicon=lexicon).claims
    assert claim.text == "the bill was dead"


_PIECES = st.sampled_from(
    [
        "Putin",
        "Sen. Maria Lopez",
        "officials",
        "he",
        "who",
        "said",
        "says",
        "told reporters",
        "according to",
        "that",
        "the claims",
        "“",
        "”",
        '"',
        "’",
        ",",
        ".",
        " ",
        "\n",
        "the bridge is safe",
        "announced",
        "denied",
        "and",
        "Mr.",
        "U.S.",
    ]
)


@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_claims_are_anchored_and_consistent(text: str) -> None:
    doc = analyze(text)
    assert analyze(text) == doc  # deterministic
    quote_ids = {q.id for q in doc.quotes}
    for claim in doc.claims:
        assert claim.cue is not None
        assert all(not (s.start <= claim.cue.start < s.end) for s in claim.spans)
        assert set(claim.quote_ids) <= quote_ids
        for quote_id in claim.quote_ids:
            quote = doc.quote(quote_id)
            assert claim.spans[0].start <= quote.spans[0].start
            assert quote.spans[-1].end <= claim.spans[-1].end


# -- PolNeAR-driven rules: each with a case of its other sense -------------------------------


def test_according_to_takes_the_whole_phrase_as_source() -> None:
    text = (
        "According to early results of exit polls conducted for The Associated Press and "
        "television networks, nearly half of the voters were black."
    )
    assert claims_of(text) == [
        (
            "nearly half of the voters were black",
            "early results of exit polls conducted for The Associated Press and "
            "television networks",
            "According to",
            "according-to",
        )
    ]
    # A phrase too long to be a source is left to the resolver's reading of a subject.
    long = "According to " + "a " * 30 + "report, it rained."
    assert claims_of(long) == []


def test_according_to_without_a_comma() -> None:
    text = "Clinton leads Sanders by 271 pledged delegates according to a count by the AP."
    assert claims_of(text) == [
        (
            "Clinton leads Sanders by 271 pledged delegates",
            "a count by the AP",
            "according to",
            "according-to",
        )
    ]
    # Another sense of "according to": nothing is attributed.
    assert claims_of("The tax rate varies according to income.") == []
    assert claims_of("The launch went according to plan.") == []


def test_a_participle_after_a_count_is_no_cue() -> None:
    # "pledged" modifies "delegates": no claim by "271".
    assert claims_of("Clinton has 271 pledged delegates.") == []
    # An age in an apposition ends with a comma: the verb after it is finite.
    assert claims_of("His cousin James York, 40, warned that the risk was real.") == [
        ("the risk was real", "His cousin James York", "warned", "reported")
    ]


def test_a_poll_named_by_an_opening_in_phrase_is_the_source() -> None:
    text = "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton."
    assert claims_of(text) == [
        (
            "50 percent chose Clinton",
            "an NBC News/Wall Street Journal poll released Monday",
            "In",
            "document",
        )
    ]
    text = "In the previous national poll, conducted in early September, Clinton led by 5 points."
    assert claims_of(text) == [
        (
            "Clinton led by 5 points",
            "the previous national poll, conducted in early September",
            "In",
            "document",
        )
    ]
    # An opening phrase of place or time is a setting, not a source.
    assert claims_of("In Iowa, Trump leads the field.") == []
    assert claims_of("In a recent speech, the crowd cheered.") == []


def test_a_label_before_a_colon_names_the_speaker_of_its_line() -> None:
    text = "Obama: I’m Optimistic Americans Will Say No to Trump\n\nHe spoke on CNN."
    assert claims_of(text) == [
        ("I’m Optimistic Americans Will Say No to Trump", "Obama", ":", "label")
    ]
    # A kicker names no one; a sentence that ends with a colon is no label; a label with a
    # reporting verb leads into a quote; a one-letter label is a transcript's role.
    assert claims_of("Editor’s note: This story was updated.") == []
    assert claims_of("The group was diverse: farmers, nurses and teachers.") == []
    assert [c[3] for c in claims_of("He added: the plan will work.")] != ["label"]
    assert claims_of("Q: And the idea of building a wall?") == []


def test_a_passive_cue_names_no_claimant() -> None:
    # The subject of "was asked" is whom the question was put to.
    assert claims_of("Pence was asked if he would endorse Trump.")[0] == (
        "if he would endorse Trump",
        None,
        "asked",
        "passive",
    )
    (claim,) = analyze("Clinton was also asked whether D.C. should have a vote.").claims
    assert claim.claimant is None
    assert claim.claimant_mention is None
    # An active verb keeps its subject; so does a progressive form of "be".
    assert claims_of("Pence asked if Trump would come.")[0][1] == "Pence"
    assert claims_of("Pence was saying that Trump would come.")[0][1] == "Pence"


def test_a_title_case_headline_cue() -> None:
    assert claims_of("Clinton Says Russians Hacked DNC") == [
        ("Russians Hacked DNC", "Clinton", "Says", "reported")
    ]
    # "Said" is a name as often as a verb in title case: not a headline cue.
    assert claims_of("Edward Said Wrote Orientalism") == []


def test_an_opening_participle_clause_is_a_claim_without_claimant() -> None:
    text = "When asked whether she wanted Cruz to campaign, Fiorina said she would welcome it."
    assert claims_of(text) == [
        ("whether she wanted Cruz to campaign", None, "asked", "passive"),
        ("she would welcome it", "Fiorina", "said", "reported"),
    ]
    assert claims_of("Asked about Cruz’s charges, Rubio shrugged.") == [
        ("about Cruz’s charges", None, "Asked", "passive")
    ]
    # A participle after a subject is the subject's verb; one after other words is no
    # opening clause.
    assert claims_of("Trump asked whether Cruz would come.")[0][1] == "Trump"
    assert claims_of("The crowd, stunned and asked to leave, went home.") == []


def test_state_reports_only_with_that() -> None:
    assert claims_of("The law states that voters must register.") == [
        ("voters must register", "The law", "states", "reported")
    ]
    # The noun: no claim by "his home".
    assert claims_of("Sanders won his home state of Vermont.") == []
    assert claims_of("Coastal states swing toward Democrats.") == []


def test_is_expected_to_holds_its_subject_and_names_no_claimant() -> None:
    doc = analyze("The House is expected to pass the bill later this week.")
    (claim,) = doc.claims
    assert [s.text for s in claim.spans] == ["The House", "to pass the bill later this week"]
    assert claim.claimant is None
    assert claim.rule == "passive"
    # A time after the infinitive is part of what is expected.
    (claim,) = analyze("The House is expected to pass the bill on Friday.").claims
    assert [s.text for s in claim.spans] == ["The House", "to pass the bill on Friday"]
    # The whole subject, even when its last word stood in it before.
    (claim,) = analyze(
        "The group of the group is expected to win the vote later this week."
    ).claims
    assert claim.spans[0].text == "The group of the group"
    # Active: the subject expects, and is the claimant.
    assert claims_of("Ryan expected the bill to pass.")[0][1] == "Ryan"


def test_a_verb_form_after_a_possessive_is_a_noun_without_a_complement() -> None:
    assert claims_of("Trump's remarks stand out because he has a stake.") == []
    assert claims_of("Clinton's support among black voters is strong.") == []
    # "'s" for "has" is no possessive; "claim that" reports what the possessor claims. The
    # claimant's mention is the pronoun without its contracted verb (issue 13).
    assert claims_of("He's said that it works.")[0][:3] == ("it works", "He", "said")
    assert claims_of("Trump's claim that thousands were shot was right.") != []


def test_according_to_after_a_short_opening_phrase() -> None:
    text = "In addition, according to the department, the rule will cover four million workers."
    assert claims_of(text) == [
        (
            "the rule will cover four million workers",
            "the department",
            "according to",
            "according-to",
        )
    ]
    # A clause before the cue is the content, whatever follows the source.
    text = "Only one person was killed, according to the police, and two were hurt."
    assert claims_of(text)[0][0] == "Only one person was killed"


def test_a_phrasal_verb_is_no_cue() -> None:
    assert claims_of("Grant Young was showing up in remote areas.") == []
    assert claims_of("The mayor called off the parade.") == []
    # Without the particle the verb reports.
    assert claims_of("The poll was showing that Clinton led.")[0][2] == "showing"
