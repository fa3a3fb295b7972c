"""The record-quality audit (benchmarks/audit.py): each check on small texts, with and without
the fault it flags, and the script's output.

The faulty records are built by hand: the checks must flag them whatever the engine does
today, and a count of 0 on a corpus means something only if each check can fire.
"""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

from newsclaims import Actor, Claim, Dispute, Document, Mention, Quote, Span, analyze
from scripts import benchmark

audit = benchmark("audit")


def at(text: str, words: str, after: int = 0) -> Span:
    """The span of the first ``words`` in ``text`` at or after ``after``."""
    start = text.index(words, after)
    return Span.of(text, start, start + len(words))


def mention(text: str, words: str, after: int = 0) -> Mention:
    return Mention((at(text, words, after),))


def actor(text: str, actor_id: str, name: str, words: str, kind: str = "person") -> Actor:
    return Actor(id=actor_id, name=name, kind=kind, mentions=(mention(text, words),))


def quote(
    text: str, words: str, speaker: Actor | None = None, by: str = "", after: int = 0
) -> Quote:
    spans = (at(text, words, after),)
    if speaker is None:
        return Quote(id=f"q-{spans[0].start}", spans=spans, kind="direct")
    return Quote(
        id=f"q-{spans[0].start}",
        spans=spans,
        kind="direct",
        speaker=speaker.id,
        speaker_mention=mention(text, by, after),
    )


def claim(
    text: str,
    content: str,
    claimant: Actor | None = None,
    by: str = "",
    cue: str = "",
    rule: str = "reported",
) -> Claim:
    spans = (at(text, content),)
    return Claim(
        id=f"c-{spans[0].start}",
        spans=spans,
        claimant=claimant.id if claimant else None,
        claimant_mention=mention(text, by) if claimant else None,
        cue=at(text, cue) if cue else None,
        rule=rule,
    )


def findings(kind: str, doc: Document) -> list[str]:
    """The record words of each finding of ``kind`` in ``doc``."""
    check = audit.CHECKS[kind]
    return [finding.text for finding in check("doc.txt", doc, audit.DEFAULT_LEXICON)]


def test_the_examples_in_the_scripts_docstrings() -> None:
    # benchmarks/ is outside pytest's doctest paths: run the script's examples here.
    result = doctest.testmod(audit, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10
    assert result.failed == 0


def test_every_check_passes_a_clean_analysis() -> None:
    text = (
        "“We are ready,” Sen. Maria Lopez said.\n\n“We will win.”\n\n"
        "President George W. Bush said the vote was close. Ortiz denied that the clinic closed."
    )
    found = audit.audit_document("clean.txt", analyze(text))
    assert set(found) == set(audit.CHECKS)
    assert {kind: [f.text for f in items] for kind, items in found.items() if items} == {}


# 1. Actor names that end in a function word or a verb.


@pytest.mark.parametrize(
    ("name", "fault"),
    [
        ("Donald Trump is", "function word 'is'"),
        ("the government could", "function word 'could'"),
        ("But he", "function word 'he'"),
        ("Hours later", "function word 'later'"),
        ("the foundation predicts", "verb 'predicts'"),
        ("Clinton Says", "verb 'Says'"),
        ("Donald Trump", None),
        ("The Washington Post", None),
        ("Intelligence reports", None),
        ("the state", None),
        ("Trump's plan", None),
        ("some", None),
    ],
)
def test_name_fault(name: str, fault: str | None) -> None:
    assert audit.name_fault(name) == fault


def test_actor_names_are_flagged_by_their_last_word() -> None:
    text = "Donald Trump is promising lower taxes. Hillary Clinton said so."
    bad = actor(text, "donald-trump-is", "Donald Trump is", "Donald Trump is")
    good = actor(text, "hillary-clinton", "Hillary Clinton", "Hillary Clinton")
    assert findings("actor_name_ends_in_function_word", Document(text, actors=(bad, good))) == [
        "Donald Trump is (function word 'is')"
    ]
    assert findings("actor_name_ends_in_function_word", Document(text, actors=(good,))) == []


# 2. Mentions that hold a sentence end.


@pytest.mark.parametrize(
    ("words", "end"),
    [
        ("John McCain. Obama", "McCain. Obama"),
        ("the AP. The UNESCO scholar", "AP. The"),
        ("the U.S. The", "U.S. The"),
        ("Sen. Maria Lopez", None),
        ("George W. Bush", None),
        ("St. Louis Mayor Francis Slay", None),
        ("U.S. Secretary of State John Kerry", None),
        ("Martin Luther King Jr.", None),
    ],
)
def test_sentence_end_in(words: str, end: str | None) -> None:
    assert audit.sentence_end_in(words) == end


def test_mentions_across_a_sentence_or_a_line_are_flagged() -> None:
    text = "It was John McCain. Obama said “We won.”\nLee\nsaid “Yes.” Sen. Maria Lopez said “No.”"
    obama = actor(text, "obama", "Obama", "Obama")
    lee = actor(text, "lee", "Lee", "Lee")
    lopez = actor(text, "maria-lopez", "Maria Lopez", "Sen. Maria Lopez")
    doc = Document(
        text,
        actors=(obama, lee, lopez),
        quotes=(
            quote(text, "We won.", obama, "John McCain. Obama"),
            quote(text, "Yes.", lee, "Lee\nsaid"),
            quote(text, "No.", lopez, "Sen. Maria Lopez"),
        ),
    )
    assert findings("mention_crosses_sentence", doc) == [
        "speaker 'John McCain. Obama'",
        "speaker 'Lee\\nsaid'",
    ]
    right = Document(
        text, actors=(obama,), quotes=(quote(text, "We won.", obama, "Obama", after=10),)
    )
    assert findings("mention_crosses_sentence", right) == []


# 3. Claims whose content opens with a claim noun, is its cue, or holds its cue.


def test_claim_noun_opening() -> None:
    assert audit.claim_noun_opening("claims that troops were surrounded") == "claims that"
    assert audit.claim_noun_opening("the notion that he lied") == "the notion that"
    assert audit.claim_noun_opening("the allegation") == "allegation"
    assert audit.claim_noun_opening("reports of casualties were exaggerated") is None
    assert audit.claim_noun_opening("troops were surrounded") is None


def test_claim_contents_are_flagged() -> None:
    text = "Reports refuted claims that troops were surrounded. Ortiz said. Lee said he won."
    reports = actor(text, "reports", "Reports", "Reports", kind="anonymous")
    ortiz = actor(text, "ortiz", "Ortiz", "Ortiz")
    lee = actor(text, "lee", "Lee", "Lee")
    wrong = Document(
        text,
        actors=(reports, ortiz, lee),
        claims=(
            claim(text, "claims that troops were surrounded", reports, "Reports", "refuted"),
            claim(text, "said", ortiz, "Ortiz", "said"),
            claim(text, "said he won", lee, "Lee", "said he"),
        ),
    )
    assert findings("claim_starts_with_claim_noun_or_cue", wrong) == [
        "'claims that troops were surrounded' (opens with 'claims that')",
        "'said' (is its cue)",
        "'said he won' (holds its cue 'said he')",
    ]
    right = Document(
        text,
        actors=(reports, lee),
        claims=(
            claim(text, "troops were surrounded", reports, "Reports", "refuted"),
            claim(text, "he won", lee, "Lee", "said he"),
        ),
    )
    assert findings("claim_starts_with_claim_noun_or_cue", right) == []


# 4. Disputes of the disputant's own claim.


def _dispute_doc(disputant_words: str) -> Document:
    text = "Ruiz said the clinic had closed. Ortiz denied it. Ruiz denied it."
    ruiz = actor(text, "ruiz", "Ruiz", "Ruiz")
    ortiz = actor(text, "ortiz", "Ortiz", "Ortiz")
    disputant = ruiz if disputant_words == "Ruiz" else ortiz
    said = claim(text, "the clinic had closed", ruiz, "Ruiz", "said")
    sentence = "Ruiz denied it." if disputant_words == "Ruiz" else "Ortiz denied it."
    evidence = at(text, sentence)
    dispute = Dispute(
        id="d-1",
        stance="deny",
        cue=at(text, "denied", evidence.start),
        evidence=evidence,
        disputant=disputant.id,
        disputant_mention=mention(text, disputant_words, evidence.start),
        claim_id=said.id,
        disputed=said.spans,
    )
    return Document(text, actors=(ruiz, ortiz), claims=(said,), disputes=(dispute,))


def test_a_dispute_of_ones_own_claim_is_flagged() -> None:
    assert findings("dispute_of_own_claim", _dispute_doc("Ruiz")) == [
        "Ruiz disputes own claim 'the clinic had closed' ('denied')"
    ]
    assert findings("dispute_of_own_claim", _dispute_doc("Ortiz")) == []


# 5. Quotes with no speaker that open the paragraph after an attributed quote.


def test_paragraph_starts_skip_blank_lines() -> None:
    assert audit.paragraph_starts("One.\n\nTwo.\r\nThree.\n") == [0, 6, 12]


def test_unattributed_continuations_are_flagged() -> None:
    text = (
        "“We are ready,” Lee said.\n\n“We will win.”\n\n"
        "The crowd cheered “wildly.”\n\n“Nobody spoke.”\n"
    )
    lee = actor(text, "lee", "Lee", "Lee")
    said = quote(text, "We are ready,", lee, "Lee")
    lost = quote(text, "We will win.")
    inside = quote(text, "wildly.")  # inside the reporter's sentence: continues nobody
    after_none = quote(text, "Nobody spoke.")  # its paragraph before holds no attribution
    doc = Document(text, actors=(lee,), quotes=(said, lost, inside, after_none))
    assert findings("unattributed_continuation_quote", doc) == ["'We will win.'"]
    kept = quote(text, "We will win.", lee, "Lee")
    doc = Document(text, actors=(lee,), quotes=(said, kept, inside, after_none))
    assert findings("unattributed_continuation_quote", doc) == []


# 6. Claims from section labels and bylines.


def test_section_labels_and_bylines() -> None:
    assert audit.is_section_label("READ MORE")
    assert audit.is_section_label("Related")
    assert not audit.is_section_label("TAPPER")
    assert not audit.is_section_label("Obama")
    assert audit.is_byline("Jane Doe and John Roe reported from Kyiv, Ukraine.")
    assert audit.is_byline("Ann Lee contributed reporting from Washington.")
    assert not audit.is_byline("Reuters reported from Moscow that troops had crossed.")


def test_claims_from_labels_and_bylines_are_flagged() -> None:
    text = (
        "READ MORE: Trump wins the debate.\n\nTAPPER: The debate is over.\n\n"
        "Jane Doe reported from Kyiv.\n\nReuters reported from Moscow that troops crossed.\n"
    )
    link = actor(text, "read-more", "READ MORE", "READ MORE", kind="unknown")
    tapper = actor(text, "tapper", "TAPPER", "TAPPER")
    doe = actor(text, "jane-doe", "Jane Doe", "Jane Doe")
    reuters = actor(text, "reuters", "Reuters", "Reuters", kind="publication")
    wrong = (
        claim(text, "Trump wins the debate", link, "READ MORE", rule="label"),
        claim(text, "from Kyiv", doe, "Jane Doe", "reported"),
    )
    right = (
        claim(text, "The debate is over", tapper, "TAPPER", rule="label"),
        claim(text, "troops crossed", reuters, "Reuters", "reported from Moscow that"),
    )
    doc = Document(text, actors=(link, tapper, doe, reuters), claims=wrong + right)
    assert findings("claim_from_label_or_byline", doc) == [
        "'Trump wins the debate' (label 'READ MORE')",
        "'from Kyiv' (byline)",
    ]
    doc = Document(text, actors=(tapper, reuters), claims=right)
    assert findings("claim_from_label_or_byline", doc) == []


# 7. Pronouns bound to capitalised non-names.


def test_non_name_word() -> None:
    assert [audit.non_name_word(w) for w in ("THAT", "One", "Though", "NATO", "Putin")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_pronouns_bound_to_non_names_are_flagged() -> None:
    text = "One of them spoke. He said it was late. NATO met. It said “No.”"
    one = Actor(
        id="one",
        name="One",
        kind="person",
        mentions=(mention(text, "One"), mention(text, "He")),
    )
    nato = Actor(
        id="nato",
        name="NATO",
        kind="organization",
        mentions=(mention(text, "NATO"), mention(text, "It")),
    )
    doc = Document(
        text,
        actors=(one, nato),
        claims=(
            claim(text, "it was late", one, "He", "said"),
            # The same pronoun as another record's mention: one binding, counted once.
            claim(text, "late", one, "He", "said"),
        ),
        quotes=(quote(text, "No.", nato, "It"),),
    )
    assert findings("pronoun_bound_to_non_name", doc) == ["claimant 'He' bound to 'One'"]


# The script: counts by kind, examples, and a last line of JSON.


def test_main_prints_counts_as_its_last_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("“We are ready,” Lee said.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_bytes(
        "Ruiz said the clinic had closed.\r\n“No,” Ortiz said.\r\n".encode()
    )
    (tmp_path / "notes.md").write_text("Not a text to audit.", encoding="utf-8")
    assert audit.main([str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 texts"
    counts = json.loads(lines[-1])
    assert list(counts) == list(audit.CHECKS)
    assert all(isinstance(count, int) and count >= 0 for count in counts.values())


def test_main_refuses_a_path_that_is_no_folder(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="is not a folder"):
        audit.main([str(tmp_path / "missing")])
