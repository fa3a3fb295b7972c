"""The lexicon: plain data, extended by new values, never changed in place."""

from __future__ import annotations

import attrs
import pytest

from newsclaims import DEFAULT_LEXICON, ActorKind, Lexicon, ValidationError, analyze

TEXT = "“Not on my watch,” Alderman Ruiz harrumphed. «Jamais», a dit Lee."


def test_extension_is_a_new_value_and_the_default_stays() -> None:
    before = attrs.asdict(DEFAULT_LEXICON)
    mine = DEFAULT_LEXICON.extend(cue_verbs=["harrumphed"], titles=["Alderman"])
    assert isinstance(mine, Lexicon)
    assert attrs.asdict(DEFAULT_LEXICON) == before
    assert mine != DEFAULT_LEXICON
    assert hash(mine) == hash(
        DEFAULT_LEXICON.extend(titles=["Alderman"], cue_verbs=["harrumphed"])
    )


def test_analysis_uses_the_lexicon_it_is_given() -> None:
    assert [q.speaker for q in analyze(TEXT).quotes] == [None, None]
    mine = DEFAULT_LEXICON.extend(
        cue_verbs=["harrumphed", "a dit"], titles=["Alderman"], not_names=["Jamais"]
    )
    quotes = analyze(TEXT, lexicon=mine).quotes
    assert [(q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        "Alderman Ruiz",
        "Lee",
    ]
    # The default is untouched by the call with another lexicon.
    assert analyze(TEXT).quotes[0].speaker is None


def test_a_lexicon_without_guillemets_sees_none() -> None:
    pairs = tuple(p for p in DEFAULT_LEXICON.quote_pairs if "«" not in p)
    french_blind = attrs.evolve(DEFAULT_LEXICON, quote_pairs=pairs)
    assert [q.text for q in analyze(TEXT, lexicon=french_blind).quotes] == ["Not on my watch,"]


def test_pronoun_table_is_data() -> None:
    mine = DEFAULT_LEXICON.extend(pronouns=[("xe", [ActorKind.PERSON])])
    assert mine.pronoun_kinds("Xe") == (ActorKind.PERSON,)
    assert DEFAULT_LEXICON.pronoun_kinds("xe") == ()


def test_bad_entries_are_refused() -> None:
    with pytest.raises(ValidationError):
        DEFAULT_LEXICON.extend(cue_verbs=[""])
    with pytest.raises(ValidationError):
        DEFAULT_LEXICON.extend(nonsense=["x"])
    with pytest.raises(ValidationError):
        DEFAULT_LEXICON.extend(cue_verbs="harrumphed")
