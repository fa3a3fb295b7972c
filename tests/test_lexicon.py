"""The lexicon: plain data, extended by new values, never changed in place."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

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


DATA = Path(__file__).parent / "data"


def test_json_round_trip_keeps_every_table() -> None:
    mine = DEFAULT_LEXICON.extend(cue_verbs=["harrumphed"], pronouns=[("xe", ["person"])])
    assert Lexicon.from_json(mine.to_json()) == mine
    assert Lexicon.from_json(DEFAULT_LEXICON.to_json()) == DEFAULT_LEXICON


@given(st.lists(st.text(min_size=1).filter(str.strip), max_size=5))
def test_json_round_trip_of_any_entries(words: list[str]) -> None:
    mine = DEFAULT_LEXICON.extend(titles=words, disputes={"verbs_deny": words})
    assert Lexicon.from_json(mine.to_json()) == mine


def test_every_table_is_required() -> None:
    data = DEFAULT_LEXICON.to_dict()
    del data["hedges"]
    with pytest.raises(ValidationError, match="hedges: missing table"):
        Lexicon.from_dict(data)
    with pytest.raises(ValidationError, match="apostrophes: missing table"):
        Lexicon(quote_pairs=[("“", "”")])


def test_bad_lexicon_files_get_typed_errors() -> None:
    data = DEFAULT_LEXICON.to_dict()
    for broken, message in [
        ({**data, "cue_verbz": []}, "cue_verbz: not a table of the lexicon"),
        ({**data, "format": "other/9"}, "format: expected"),
        ({**data, "titles": "Sen."}, "expected a list of strings"),
        ({**data, "disputes": []}, "disputes: expected an object"),
    ]:
        with pytest.raises(ValidationError, match=message):
            Lexicon.from_dict(broken)
    with pytest.raises(ValidationError, match="not a JSON document"):
        Lexicon.from_json("{")
    with pytest.raises(ValidationError, match="not a JSON document"):
        Lexicon.from_json("[" * 100_000)


def test_the_repr_is_short() -> None:
    assert len(repr(DEFAULT_LEXICON)) < 100
    assert "tables" in repr(DEFAULT_LEXICON)


def test_a_second_language_as_data_only() -> None:
    """German from a JSON file, with no code change: quotes, speakers and a claim."""
    german = Lexicon.from_json((DATA / "lexicon-de.json").read_text(encoding="utf-8"))
    text = (
        "„Wir sind bereit“, sagte Bundeskanzlerin Angela Merkel am Montag in Berlin. "
        "Der Minister erklärte, dass die Lage ernst sei.\n\n»Das ist falsch«, sagte Scholz."
    )
    doc = analyze(text, lexicon=german)
    assert [(q.text, doc.actor(q.speaker).name if q.speaker else None) for q in doc.quotes] == [
        ("Wir sind bereit", "Angela Merkel"),
        ("Das ist falsch", "Scholz"),
    ]
    assert doc.actors[0].title == "Bundeskanzlerin"
    assert [
        (c.text, c.claimant_mention.text if c.claimant_mention else None) for c in doc.claims
    ] == [("die Lage ernst sei", "Der Minister")]


def test_english_is_not_consulted_when_another_language_is_given() -> None:
    german = Lexicon.from_json((DATA / "lexicon-de.json").read_text(encoding="utf-8"))
    text = "„We are ready“, said Senator Lopez. Officials denied the report as false."
    english = analyze(text)
    assert english.quotes[0].speaker is not None
    assert english.disputes
    doc = analyze(text, lexicon=german)
    assert [q.speaker for q in doc.quotes] == [None]  # "said" is no German cue
    assert doc.claims == ()
    assert doc.disputes == ()


def test_a_bad_table_in_a_file_is_named() -> None:
    data = DEFAULT_LEXICON.to_dict()
    data["pronouns"] = [["he", ["martian"]]]
    data["disputes"]["verbs_deny"] = [3]
    data["disputes"]["verbs_denied"] = []
    del data["disputes"]["verbs_refute"]
    with pytest.raises(ValidationError) as caught:
        Lexicon.from_dict(data)
    assert [path for path, _ in caught.value.problems] == [
        "pronouns",
        "disputes.verbs_deny",
        "disputes.verbs_refute",
        "disputes.verbs_denied",
    ]
    assert "missing table" in str(caught.value)
    assert "not a table of DisputeCues" in str(caught.value)
