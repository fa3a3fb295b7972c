"""The text model's tokens: each sentence tokenized once, lazily, in one normal form."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsclaims import DEFAULT_LEXICON
from newsclaims._extract.attribution import attribute_quotations
from newsclaims._extract.claims import find_claims
from newsclaims._extract.dispute_tables import compiled
from newsclaims._extract.disputes import find_disputes
from newsclaims._extract.pipeline import _vocabulary
from newsclaims._extract.resolution import read_resolver
from newsclaims._text.model import read_text
from newsclaims._text.tokens import token_forms

_PIECES = [
    "Sen. Lopez won’t go.",
    "“It’s false,” he said.",
    "The U.S. counter-sued on Jan. 5.",
    "Ortiz denied it —",
    "''No,'' she said.",
    "\n",
    "\n\n",
    " ",
    "x",
    "’90s",
    "a" * 70,
]


@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.data())
def test_tokens_of_a_range_are_the_pattern_over_its_sentences(
    pieces: list[str], data: st.DataObject
) -> None:
    """Every token lies inside one sentence, and is what the pattern finds there."""
    text = " ".join(pieces)
    model = read_text(text, DEFAULT_LEXICON)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    forms = token_forms(DEFAULT_LEXICON.apostrophes)
    expected = [
        (m.group(), m.start(), m.end())
        for s, e in model.sentences
        for m in forms.pattern.finditer(text, s, e)
        if start <= m.start() and m.end() <= end
    ]
    tokens = model.tokens(start, end)
    assert [(t.text, t.start, t.end) for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert model.word_count(start, end) == sum(t.is_word for t in tokens)
    lazy = read_text(text, DEFAULT_LEXICON, every_sentence=False)
    assert lazy.tokens(start, end) == tokens


def test_the_normal_form_is_lowercase_with_apostrophes_straightened() -> None:
    model = read_text("Doesn’t HE say ‘No’?", DEFAULT_LEXICON)
    assert [t.norm for t in model.tokens(0, len(model.string))] == [
        "doesn't",
        "he",
        "say",
        "'",
        "no",
        "'",
        "?",
    ]
    # The same form as the dispute tables' own normalizer.
    marks = compiled(DEFAULT_LEXICON).marks
    assert all(t.norm == marks.normalize(t.text) for t in model.tokens(0, len(model.string)))


def test_the_apostrophes_come_from_the_lexicon() -> None:
    """A lexicon whose apostrophes leave out ’ splits "won’t" into three tokens."""
    lexicon = attrs.evolve(DEFAULT_LEXICON, apostrophes=("'",))
    model = read_text("He won’t go.", lexicon)
    assert [t.text for t in model.tokens(0, 12)] == ["He", "won", "’", "t", "go", "."]


def test_sentence_tokens_are_read_once_and_only_where_asked() -> None:
    text = "Ortiz left. Lopez stayed."
    model = read_text(text, DEFAULT_LEXICON)
    first, second = model.sentences
    view = model.sentence_tokens(first)
    assert model.sentence_tokens(first) is view
    assert [t.text for t in view.within(0, 99)] == ["Ortiz", "left", "."]
    assert model.sentence_tokens(second).start == second[0]
    assert model.word_count(0, len(text)) == 4


def test_the_disputes_stage_reads_the_models_tokens() -> None:
    """Through the pipeline, the dispute rules tokenize nothing themselves: the views they
    read are the model's, and only the sentences holding a cue candidate are tokenized."""
    text = "Officials said the bridge was safe. Ortiz denied it. The weather was fine."
    model = read_text(text, DEFAULT_LEXICON, _vocabulary(DEFAULT_LEXICON))
    resolver = read_resolver(model, indexed=True)
    attributions = attribute_quotations(model, resolver)
    claims = find_claims(model, attributions, resolver)
    disputes = find_disputes(model, attributions, claims, resolver)
    assert [text[d.cue[0] : d.cue[1]] for d in disputes] == ["denied"]
    denied = model.sentence(text.index("denied"))
    read = {start: view._tokens for start, view in model._token_views.items()}
    assert list(read) == [denied[0]]  # the other sentences hold no candidate
    assert [t.text for t in read[denied[0]] or []] == ["Ortiz", "denied", "it", "."]


@given(st.text(alphabet="aAİΣσςıK’'‘.- ,\n", max_size=40))
def test_each_norm_is_the_normal_form_of_its_token_alone(text: str) -> None:
    """The forms are cut from the sentence lowered once; they must be each token's own, even
    where lowering changes a length ("İ") or reads the next letter (a capital sigma)."""
    model = read_text(text, DEFAULT_LEXICON)
    forms = token_forms(DEFAULT_LEXICON.apostrophes)
    tokens = model.tokens(0, len(text))
    assert [t.norm for t in tokens] == [forms.normal(t.text) for t in tokens]
