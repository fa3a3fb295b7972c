"""Attribution rules that read a lexicon table a user may extend (issue 13, Quotes)."""

from __future__ import annotations

from newsclaims import DEFAULT_LEXICON, Lexicon, analyze


def _possessive_speaker(text: str, cue: str, lexicon: Lexicon = DEFAULT_LEXICON) -> None:
    doc = analyze(text, lexicon=lexicon)
    [quote] = doc.quotes
    speaker = doc.speaker_of(quote)
    assert speaker is not None
    assert speaker.name == "Cheney"
    assert quote.rule == "before-possessive"
    assert quote.cue is not None
    assert quote.cue.text == cue


def test_possessive_source_with_a_noun_of_reported_words() -> None:
    # The example: a paraphrase, like a summary, reports someone's words.
    text = "Ms. Cheney's paraphrase of the memo was blunt: “We will not cooperate with them.”"
    _possessive_speaker(text, "paraphrase")


def test_possessive_source_with_a_speech_noun_the_user_adds() -> None:
    text = "Ms. Cheney's gloss on the memo was blunt: “We will not cooperate with them.”"
    assert analyze(text).speaker_of(analyze(text).quotes[0]) is None
    _possessive_speaker(text, "gloss", DEFAULT_LEXICON.extend(claim_nouns=["gloss"]))


def test_possessive_needs_a_colon_that_leads_into_the_quotation() -> None:
    # A possessor in a sentence the quotation does not follow a colon in says nothing of it.
    doc = analyze("Ms. Cheney's statement mentioned the “deep state” twice.")
    [quote] = doc.quotes
    assert quote.speaker is None


def test_coordinated_predicate_takes_the_sentence_subject() -> None:
    doc = analyze("Lee attacked the plan of Ruiz and later said: “It will fail everyone here.”")
    [quote] = doc.quotes
    speaker = doc.speaker_of(quote)
    assert speaker is not None
    assert speaker.name == "Lee"
