"""Finding dispute cues in a sentence: denials, refutations, rejections, with their stance.

One entry function, :func:`find_dispute_cues`, and a small named rule for each way English
news writes a dispute. Every cue found says which rule found it (``rule``), so a user can ask
why a sentence counts as a dispute. The words come from a :class:`DisputeCues` value
(:mod:`newsclaims._dispute_cues`); this module holds only the logic.

How it works: one regular expression finds every candidate cue word in the sentence; each
candidate is then judged by the rule for its kind (verb, noun or falsity word) on a few
words around it, never on more than a few hundred characters, so the whole search is linear
in the sentence's length whatever the text holds. Verbs and falsity words are judged by a
list of small named steps (:data:`VERB_STEPS`, :data:`FALSITY_STEPS`), tried in order; the
rules a cue can name are :data:`CUE_RULES`.

>>> text = "Putin said his troops won, a claim which Kyiv has denied."
>>> [(c.cue.text, c.stance.value, c.rule, c.target.text) for c in find_dispute_cues(
...     text, 0, len(text))]
[('denied', 'deny', 'verb-in-relative-clause', 'a claim')]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

import attrs
import regex

from newsclaims._dispute_cues import DisputeCues
from newsclaims._errors import ValidationError
from newsclaims._extract.dispute_tables import CompiledCues, CueSets, compiled
from newsclaims._extract.rules import Registry
from newsclaims._model.records import Stance
from newsclaims._model.spans import Span
from newsclaims._text.tokens import SentenceTokens, Token, token_forms
from newsclaims._text.words import is_letter
from newsclaims.lexicon import DEFAULT_LEXICON, Lexicon

__all__ = [
    "ACCEPTANCE_STEPS",
    "ADVERB_STEPS",
    "CUE_RULES",
    "EVIDENCE_STEPS",
    "FALSITY_STEPS",
    "NOUN_STEPS",
    "RULES",
    "VERB_STEPS",
    "DisputeCue",
    "find_dispute_cues",
]

#: The rules a :class:`DisputeCue` names, with what each recognizes: verb rules first, then
#: noun, falsity-word and adverb rules, each group in the order its judge tries them.
CUE_RULES: Registry[Callable[..., object]] = Registry("dispute cues")
CUE_RULES.add(
    "participle+claim-noun",
    "a dispute participle before a claim noun: 'the debunked accounts'",
)
CUE_RULES.add(
    "passive-claim-subject",
    "a passive dispute verb whose subject is a claim: 'his conclusions have been contested', "
    "'an allegation rejected by'",
)
CUE_RULES.add(
    "passive-standalone",
    "a passive of a verb only claims undergo, whatever its subject: 'many of their arguments "
    "... are easily refuted'",
)
CUE_RULES.add(
    "verb+that-clause",
    "a dispute verb taking a that-clause: 'denied that she would'",
)
CUE_RULES.add(
    "verb+claim-object",
    "a dispute verb whose object names a claim: 'rejected the notion that', 'pushed back on "
    "the claims', 'dismissed Clinton's charges'",
)
CUE_RULES.add(
    "verb+speaker",
    "a phrasal or person-object dispute verb whose object is people who say something: "
    "'pushing back against candidates who say the country is in decline'",
)
CUE_RULES.add(
    "verb+pronoun",
    "a dispute verb whose object is a pronoun: 'denied it', 'disputes this'",
)
CUE_RULES.add(
    "deny+complement",
    "deny followed by what is denied: 'denied any wrongdoing', 'denied he knew'",
)
CUE_RULES.add(
    "verb+person",
    "contradict or rebut a person, standing for what they said: 'contradicting Trump', 'Trump"
    " contradicted him.'",
)
CUE_RULES.add(
    "verb+object",
    "deny, dispute, refute or contradict with any direct object that is not withheld or "
    "given: 'denied his opposition', 'disputes this year's figures'",
)
CUE_RULES.add(
    "verb-in-relative-clause",
    "a dispute verb in a relative clause whose antecedent is a claim: 'a claim which Kyiv has"
    " denied'",
)
CUE_RULES.add(
    "verb-standalone",
    "a verb that disputes with no object: 'Moscow strongly denies', 'was quick to push back'",
)
CUE_RULES.add(
    "dispute-noun+object",
    "a dispute noun taking a claim or a that-clause: 'denial of the reports'",
)
CUE_RULES.add(
    "dispute-noun-intensified",
    "a dispute noun with an intensifier or a support verb: 'his fierce denials', "
    "'issued a denial'",
)
CUE_RULES.add(
    "dispute-noun-possessed",
    "a dispute noun after a possessive: 'the ministry's denial came hours later'",
)
CUE_RULES.add(
    "dispute-noun-standalone",
    "a dispute noun that is a cue on its own: 'despite denials from the campaign'",
)
CUE_RULES.add(
    "falsity-phrase",
    "a phrase that disputes wherever it occurs: 'not true', 'do not correspond to reality', "
    "'unfounded'",
)
CUE_RULES.add(
    "falsity-accused",
    "a falsity word after 'accused ... of': 'accused him of an “artful smear”'",
)
CUE_RULES.add(
    "falsity-lying",
    "a verb of lying that ends a clause someone says: '“Trump is lying,” Clinton said', 'he "
    "said Bush lied.'",
)
CUE_RULES.add(
    "falsity-reported",
    "a phrase denying a link or an event, when someone says it: 'a spokesman said the "
    "decision had nothing to do with the emails', '“That never happened,” she said'",
)
CUE_RULES.add(
    "falsity-proved",
    "a falsity word after a verb of proving: 'London has proved him wrong'",
)
CUE_RULES.add(
    "falsity-exclamation",
    "a falsity word standing alone as a reply: '“Nonsense,” he said', 'Pure propaganda.'",
)
CUE_RULES.add(
    "falsity-predicate",
    "a falsity word after a copula: 'It's nonsense', 'is all lies', 'the polls are wrong.'",
)
CUE_RULES.add(
    "falsity-called",
    "a falsity word after a calling verb: 'calling them propaganda', 'called that report a "
    "boldfaced lie'",
)
CUE_RULES.add(
    "falsity-possessed",
    "a falsity noun that is someone's words: 'his lies', 'Clinton's statements and lies', "
    "'the lies from Sanders'",
)
CUE_RULES.add(
    "falsity-attributive",
    "a falsity word before a claim noun: 'false narrative', 'categorically false claims'",
)
CUE_RULES.add(
    "falsity-that-clause",
    "a falsity noun with a determiner, taking a that-clause: 'this fiction that there is "
    "widespread discrimination', 'the myth that'",
)
CUE_RULES.add(
    "falsity-trafficked",
    "a falsity noun after a verb of peddling: 'is peddling fiction'",
)
CUE_RULES.add(
    "falsity-adverb",
    "an adverb calling what a verb of saying says untrue: 'proclaimed - falsely - that', "
    "'wrongly claimed'",
)
CUE_RULES.add(
    "acceptance-negated",
    "a claim not accepted: a negated verb of accepting with a claim as object ('never bought "
    "the idea that'), or a negated word of persuasion about a claim noun ('I do not find "
    "their arguments compelling', 'It wasn't a convincing argument')",
)
CUE_RULES.add(
    "evidence-negated",
    "evidence for a claim not found or given: 'did not provide specific evidence that', "
    "'none found any evidence of wrongdoing'",
)
#: The rules by name, with their descriptions (the registry's, as a mapping).
RULES: Mapping[str, str] = {rule.name: rule.description for rule in CUE_RULES.rules()}

_FIRST_WORD = regex.compile(r"[^\W_]")
# A cue's first word, to tell a pronoun always capitalized ("I never said") from a name.
_LEADING_WORD = regex.compile(r"[^\W_]{1,60}")
# How far a rule looks, in characters, on each side of a candidate: a few words' worth, so
# that the cost of a sentence stays linear in its length.
_LEFT_WINDOW = 160
_RIGHT_WINDOW = 200
_SUBJECT_WINDOW = 300
_LOOKBACK_WINDOW = 200
_MAX_TARGET = 300
# Letters that the patterns' case-insensitive matching reads as "i" and "s" but that
# ``str.lower``, and so a text's :class:`Words`, does not.
_FOLDS_TO_ASCII = regex.compile("[İſ]")
# The last word of a sentence, read backwards from its end.
_LAST_WORD = regex.compile(r"(?r)\p{L}+\Z")


@attrs.frozen
class DisputeCue:
    """A word or phrase that signals a dispute, with its stance and the rule that found it.

    ``cue`` and ``target`` hold absolute offsets into the text given to
    :func:`find_dispute_cues`. ``target`` is what the sentence says is disputed, when it
    says so: "the claims", "claims that Ukrainian troops were surrounded", "it"; ``None``
    when the disputed thing lies outside the sentence or has no words of its own.
    """

    cue: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    stance: Stance = attrs.field(validator=attrs.validators.instance_of(Stance))
    rule: str = attrs.field(validator=attrs.validators.in_(RULES))
    target: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )


class _Sentence(str):
    """A sentence's text, with its tokens (the text model's view of it, relative offsets)
    and the compiled tables it is read with: its marks and clause ends.

    Every rule looks at a few words around its candidate, read from the view by bisection.
    """

    tokens: SentenceTokens
    tables: CompiledCues


def _sentence(text: str, tokens: SentenceTokens, tables: CompiledCues) -> _Sentence:
    sentence = _Sentence(text)
    sentence.tokens = tokens
    sentence.tables = tables
    return sentence


class _Hit(NamedTuple):
    start: int
    end: int
    stance: Stance
    rule: str
    target: tuple[int, int] | None


def find_dispute_cues(
    text: str,
    start: int,
    end: int,
    cues: DisputeCues | None = None,
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
) -> tuple[DisputeCue, ...]:
    """The dispute cues in the sentence ``text[start:end]``, in text order.

    The tables are ``lexicon``'s: its dispute cues (or ``cues``, when given, in their place),
    the quotation marks and apostrophes the rules read past, its claim nouns and
    complementizers.

    A sentence is a dispute when it holds at least one cue. Offsets in the result are
    absolute (into ``text``); cues never overlap. The same verbs in other senses are not
    cues: "was denied entry", "rejected the bill", "dismissed the case", "disputed
    territory", "did not dispute".

    >>> text = "Ukraine pushed back on the claims, calling them “propaganda.”"
    >>> [(c.cue.text, c.stance.value, c.target.text) for c in find_dispute_cues(
    ...     text, 0, len(text))]
    [('pushed back on', 'reject', 'the claims')]
    >>> text = "The mayor rejected the bill. He was denied entry."
    >>> find_dispute_cues(text, 0, len(text))
    ()
    """
    if not 0 <= start <= end <= len(text):
        raise ValidationError(
            [("", f"sentence [{start}, {end}) is outside a text of {len(text)} characters")]
        )
    if cues is not None:
        lexicon = attrs.evolve(lexicon, disputes=cues)
    tables = compiled(lexicon)
    tokens = SentenceTokens(text, start, end, token_forms(lexicon.apostrophes))
    # A slice, not pos/endpos: a look-behind would otherwise see the text before the sentence.
    sentence = _sentence(text[start:end], tokens, tables)
    return _cues(text, start, sentence, tables.cues_in(sentence), tables)


def dispute_cues_at(
    text: str,
    start: int,
    end: int,
    tables: CompiledCues,
    starts: Sequence[int],
    tokens: SentenceTokens | None = None,
) -> tuple[DisputeCue, ...]:
    """:func:`find_dispute_cues` for a sentence whose cues can only start at ``starts``
    (absolute and ascending: where the first words of the entries of ``tables``, the
    compiled tables, stand in it).

    The entries are tried there alone instead of at every character of the sentence, and
    at the sentence's first and last words when its edges cut a word of the text. The whole
    sentence is read when some entry does not start with a letter (its matches need not
    start where a word does), or when it holds a letter that the pattern's case folding
    reads as an ASCII one and ``str.lower`` does not ("İ", "ſ").

    ``tokens`` is the text model's token view of the sentence
    (:meth:`~newsclaims._text.model.Text.sentence_tokens`); without it the sentence is
    tokenized here, with the tables' apostrophes.
    """
    if tokens is None:
        tokens = SentenceTokens(text, start, end, tables.marks.tokens)
    sentence = _sentence(text[start:end], tokens, tables)
    if not tables.word_led or _FOLDS_TO_ASCII.search(sentence):
        return _cues(text, start, sentence, tables.cues_in(sentence), tables)
    at = [position - start for position in starts]
    if 0 < start < end and is_letter(text[start - 1]) and is_letter(text[start]):
        at.insert(0, 0)  # a word cut by the sentence's start: its rest is a word here
    if start < end < len(text) and is_letter(text[end - 1]) and is_letter(text[end]):
        last = _LAST_WORD.search(sentence)  # a word cut by the sentence's end
        if last is not None:
            at.append(last.start())
    return _cues(text, start, sentence, tables.cues_at(sentence, sorted(set(at))), tables)


def _cues(
    text: str,
    start: int,
    sentence: _Sentence,
    candidates: list[tuple[int, int]],
    tables: CompiledCues,
) -> tuple[DisputeCue, ...]:
    """The cues of ``sentence`` (at ``start`` in ``text``), from its candidate matches."""
    if not candidates:
        return ()  # most sentences: nothing more to read
    # Whether the sentence is a headline and where its first word starts (a capital before
    # it opens the sentence): read once, on the first capitalised cue, as most are not.
    headline: bool | None = None
    opening = 0
    hits: list[_Hit] = []
    normalize = tables.marks.normalize
    for cue_start, cue_end in candidates:
        matched = sentence[cue_start:cue_end]
        key = normalize(matched)
        if not matched.islower() and key not in tables.sets.eponyms:
            if headline is None:
                headline = _is_headline(sentence)
                first_word = _FIRST_WORD.search(sentence)
                opening = first_word.start() if first_word else len(sentence)
            if _is_name_part(sentence, cue_start, matched, headline, opening, tables):
                continue
        # No entry when the pattern's case folding matched a letter that lowercasing keeps
        # ("refuteſ" for "refutes"): no word of the tables, so no cue.
        for kind, stance in tables.kinds.get(key, ()):
            hit = _RULE_BY_KIND[kind](sentence, cue_start, cue_end, key, stance, tables)
            if hit is not None:
                hits.append(hit)
                break
    return tuple(_record(text, start, hit) for hit in _resolve(sentence, hits, tables))


def _record(text: str, offset: int, hit: _Hit) -> DisputeCue:
    target = None
    if hit.target is not None:
        target = Span.of(text, offset + hit.target[0], offset + hit.target[1])
    return DisputeCue(
        cue=Span.of(text, offset + hit.start, offset + hit.end),
        stance=hit.stance,
        rule=hit.rule,
        target=target,
    )


def _resolve(sentence: _Sentence, hits: list[_Hit], tables: CompiledCues) -> list[_Hit]:
    """Keep cues that do not overlap an earlier one, and fold "calling it X" into its verb.

    A participial "calling them propaganda" after another cue elaborates that cue's dispute
    ("pushed back on the claims, calling them ..."): one dispute, not two.
    """
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if kept and hit.start < kept[-1].end:
            continue
        if (
            kept
            and hit.rule == "falsity-called"
            and hit.target is not None
            and tables.marks.normalize(sentence[hit.target[0] : hit.target[1]])
            in tables.sets.pronoun_objects
        ):
            continue
        kept.append(hit)
    return kept


# --- the words around a candidate -------------------------------------------------------


def _left(sentence: _Sentence, pos: int) -> list[Token]:
    """The tokens before ``pos``, nearest first, quotation marks left out."""
    quotes = sentence.tables.marks.quotes
    return [
        t
        for t in reversed(sentence.tokens.within(pos - _LEFT_WINDOW, pos))
        if t.text not in quotes
    ]


def _right(sentence: _Sentence, pos: int) -> list[Token]:
    """The tokens after ``pos``, nearest first, quotation marks left out."""
    quotes = sentence.tables.marks.quotes
    return [t for t in sentence.tokens.within(pos, pos + _RIGHT_WINDOW) if t.text not in quotes]


def _is_adverb(token: Token, tables: CompiledCues) -> bool:
    norm = token.norm
    return norm in tables.sets.skippable_adverbs or (
        len(norm) > 4 and norm.endswith(tables.adverb_endings)
    )


def _is_headline(sentence: str) -> bool:
    """Whether the sentence is written in title case, like a headline."""
    words = list(regex.findall(r"[^\W\d_]{4,40}", sentence))
    capitalized = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalized >= 0.6 * len(words)


def _is_name_part(
    sentence: _Sentence, pos: int, matched: str, headline: bool, opening: int, tables: CompiledCues
) -> bool:
    """Whether a capitalized cue is part of a name ("Correct the Record", "the Denial Act").

    A cue of several words is a name when a word after its first is capitalized; a one-word
    cue, when it is capitalized inside a sentence. Sentence starts, words after an opening
    quotation mark or a colon, and headlines keep their capitals without being names.
    """
    if headline:
        return False
    # A title-cased phrase is a name wherever it stands: "Correct the Record, a super PAC".
    if any(word[0].isupper() for word in matched.split()[1:]):
        return True
    if not matched[0].isupper():
        return False
    leading = _LEADING_WORD.match(matched)
    if leading is not None and leading.group().lower() in tables.sets.capitalized_pronouns:
        return False  # "I never said" is capitalized anywhere
    before = sentence[max(0, pos - 3) : pos].rstrip()
    if not before or pos <= opening:
        return False
    return before[-1] not in tables.marks.opening + ":—–-(["


def _is_participle(key: str, tables: CompiledCues) -> bool:
    """Whether a cue's verb is a past participle: "denied", "taken issue"."""
    return key.split()[0].endswith(tables.participle_endings)


def _is_gerund(token: Token, tables: CompiledCues) -> bool:
    """Whether a lowercase word may be a verb's "-ing" form: "mocking", not "king"."""
    norm = token.norm
    return (
        token.is_word
        and token.text.islower()
        and len(norm) > 4
        and norm.endswith(tables.gerund_endings)
        and norm not in tables.sets.non_dispute_objects
    )


def _is_possessive(norm: str, tables: CompiledCues) -> bool:
    return norm.endswith(tables.possessive_endings)


def _marks_noun(token: Token, tables: CompiledCues) -> bool:
    """Whether a word before a cue makes it a noun or adjective: "the", "country's"."""
    norm = token.norm
    if norm in tables.sets.copulas:
        return False  # "it's pushing back": a contraction, not a possessive
    return norm in tables.sets.noun_markers or _is_possessive(norm, tables)


def _name_at(right: Sequence[Token], i: int) -> tuple[int, int]:
    """The span of the capitalized words starting at ``right[i]``: a name."""
    stop = i
    while stop < len(right) and right[stop].is_word and right[stop].text[0].isupper():
        stop += 1
    return (right[i].start, right[stop - 1].end)


def _clause_end(sentence: _Sentence, pos: int) -> int:
    """Where the proposition starting at ``pos`` ends: at clause punctuation or a quote."""
    limit = min(len(sentence), pos + _MAX_TARGET)
    found = sentence.tables.clause_end.search(sentence, pos, limit)
    stop = found.start() if found else limit
    while stop > pos and (sentence[stop - 1].isspace() or sentence[stop - 1] in ".!?"):
        stop -= 1
    return stop


def _phrase_with_determiner(left: Sequence[Token], index: int, tables: CompiledCues) -> int:
    """Where the noun phrase ending at ``left[index]`` starts: with its determiner, if any."""
    start = left[index].start
    if index + 1 < len(left):
        before = left[index + 1]
        if before.norm in tables.sets.noun_markers or _is_possessive(before.norm, tables):
            start = before.start
    return start


# --- objects and antecedents ------------------------------------------------------------

_BLOCKED = (-1, -1)


def _claim_object(
    sentence: _Sentence, right: Sequence[Token], i: int, tables: CompiledCues
) -> tuple[int, int] | None:
    """The claim a verb or noun takes as its object, starting at ``right[i]``.

    Up to five modifiers ("Donald Trump's latest") may come before a claim noun, and a
    quantifier with "of" before those ("several of Trump's comments"). A free relative
    with a verb of saying ("what he said") names a claim too. Returns the object's span
    (with a following *that*-clause), ``_BLOCKED`` when the object is a non-dispute noun
    ("the bill") or one's own earlier words, or ``None``.
    """
    sets = tables.sets
    begin = i
    if i < len(right) and right[i].norm in sets.free_relatives:
        if _says_within(right, i + 1, 4, tables):
            return (right[i].start, _clause_end(sentence, right[i].start))
        return None
    if (
        i + 1 < len(right)
        and right[i].norm in sets.object_quantifiers
        and right[i + 1].norm in sets.genitive_particles
    ):
        i += 2  # "several of Trump's comments": the noun phrase after "of" decides
    modifiers = 0
    for j in range(i, min(len(right), i + 8)):
        token = right[j]
        norm = token.norm
        if not token.is_word:
            return None
        nxt = right[j + 1].norm if j + 1 < len(right) else ""
        if norm in sets.claim_nouns or (
            norm in sets.claim_nouns_with_that and nxt in sets.complementizers
        ):
            end = token.end
            if nxt in sets.complementizers and j + 2 < len(right) and right[j + 2].is_word:
                end = max(end, _clause_end(sentence, right[j + 2].start))
            return (right[begin].start, end)
        if norm in sets.non_dispute_objects or norm in sets.claim_nouns_with_that:
            return _BLOCKED
        # "contradicting his earlier comments": backtracking on one's own words; not "the
        # police's earlier claim", someone else's.
        if (
            norm in sets.self_reference
            and j > i
            and any(t.norm in sets.possessive_determiners for t in right[i:j])
        ):
            return _BLOCKED
        if j == i and norm in sets.demonstratives and nxt and right[j + 1].is_word:
            modifiers += 1  # "dismissed that suggestion": a determiner, not a clause
            continue
        if (
            j > i
            and norm in sets.coordinators
            and right[j - 1].text[0].isupper()
            and j + 1 < len(right)
            and right[j + 1].text[0].isupper()
        ):
            modifiers += 1  # "mocked Jeb Bush and Marco Rubio's protestations": two owners
            continue
        if (
            norm in sets.object_stops
            or norm in sets.clause_boundaries
            or norm in sets.copulas
            or norm in sets.passive_auxiliaries
            or norm in sets.verb_auxiliaries
        ):
            return None  # "challenges is finding": the object cannot span a verb
        modifiers += 1
        if modifiers > 5:
            return None
    return None


def _direct_object(right: Sequence[Token], i: int, tables: CompiledCues) -> tuple[int, int] | None:
    """The direct object at ``right[i]`` when it can be something disputed.

    ``None`` for a person ("deny him"), a withheld thing ("denied bail"), a verb with two
    objects ("deny Trump the nomination": a determiner after the first noun phrase) or no
    object at all. At most six words are read.
    """
    sets = tables.sets
    if i >= len(right) or not right[i].is_word:
        return None
    if right[i].norm in sets.personal_pronouns or right[i].norm in sets.pronoun_objects:
        return None
    end = None
    content = False
    for token in right[i : i + 6]:
        norm = token.norm
        if (
            not token.is_word
            or norm in sets.object_stops
            or norm in sets.clause_boundaries
            or norm in sets.copulas
            or norm in sets.passive_auxiliaries
            or norm in sets.verb_auxiliaries
        ):
            break
        if norm in sets.non_dispute_objects or norm in sets.personal_pronouns:
            return None
        if norm in sets.articles:
            if content:
                return None  # a second object: "deny Trump the nomination"
        elif norm in sets.self_reference:
            return None  # "contradicting his own earlier comments"
        else:
            content = True
        end = token.end
    if end is None or not content:
        return None
    return (right[i].start, end)


def _opens_clause(token: Token, tables: CompiledCues) -> bool:
    """Whether a word after "that" opens a clause: a subject-like word, not a noun.

    "countered that the figures ...", "that he", "that Trump" open one; in "counter that
    threat", "that" is a determiner.
    """
    sets = tables.sets
    norm = token.norm
    return token.is_word and (
        norm in sets.noun_markers
        or norm in sets.personal_pronouns
        or norm in sets.pronoun_objects
        or norm in sets.deny_objects
        or token.text[0].isupper()
    )


def _at_clause_end(right: Sequence[Token], i: int, tables: CompiledCues) -> bool:
    """Whether nothing that could be an object follows: punctuation, a conjunction, the end."""
    if i >= len(right):
        return True
    token = right[i]
    return not token.is_word or token.norm in tables.sets.clause_boundaries


def _says(token: Token, tables: CompiledCues) -> bool:
    """Whether ``token`` is a verb of saying: a ``reporting_verbs`` or ``assertion_verbs`` word."""
    sets = tables.sets
    return token.norm in sets.reporting_verbs or token.norm in sets.assertion_verbs


def _says_within(right: Sequence[Token], i: int, count: int, tables: CompiledCues) -> bool:
    """Whether a verb of saying is among the ``count`` words from ``right[i]``: "what he said"."""
    for token in right[i : i + count]:
        if not token.is_word:
            return False
        if _says(token, tables):
            return True
    return False


def _speakers(
    sentence: _Sentence, right: Sequence[Token], i: int, tables: CompiledCues
) -> tuple[int, int] | None:
    """What the people named at ``right[i]`` say: "candidates — like Trump — who say X" gives X.

    Reads at most fourteen tokens to a ``speaker_relatives`` word ("who") that a verb of
    saying follows, maybe after one adverb; a full stop, colon or semicolon ends the search.
    """
    sets = tables.sets
    for j in range(i, min(len(right), i + 14)):
        token = right[j]
        if token.text in ".;:?!":
            return None
        if token.norm not in sets.speaker_relatives:
            continue
        k = j + 1
        if k < len(right) and right[k].is_word and _is_adverb(right[k], tables):
            k += 1
        if k < len(right) and _says(right[k], tables):
            if k + 1 < len(right) and right[k + 1].is_word:
                return (right[k + 1].start, _clause_end(sentence, right[k + 1].start))
            return (right[i].start, right[k].end)
        return None
    return None


def _subject_clause(
    sentence: _Sentence, right: Sequence[Token], i: int, tables: CompiledCues
) -> tuple[int, int] | None:
    """A that-less clause whose subject is a noun phrase: "denied the candidate had been
    paid" gives "the candidate had been paid". The subject has at most four words and no
    second article ("deny Trump a chance he had wanted" gives two objects, not a clause);
    a ``clause_verbs`` word after it makes it a clause ("denied the change being sought"
    does not).
    """
    sets = tables.sets
    if i >= len(right) or not right[i].is_word:
        return None
    first = right[i].norm
    if first in sets.person_pronoun_objects or first in sets.pronoun_objects:
        return None
    content = False
    for j in range(i, min(len(right), i + 5)):
        token = right[j]
        norm = token.norm
        if not token.is_word:
            return None
        if content and norm in sets.clause_verbs:
            return (right[i].start, _clause_end(sentence, right[i].start))
        if (
            norm in sets.object_stops
            or norm in sets.clause_boundaries
            or norm in sets.personal_pronouns
            or (content and norm in sets.articles)
        ):
            return None
        if norm not in sets.articles:
            content = True
    return None


def _person_object(
    sentence: _Sentence, right: Sequence[Token], i: int, tables: CompiledCues
) -> tuple[int, int] | None:
    """A person at ``right[i]``: a pronoun ("him"), a name that is no possessive ("Trump",
    not "Trump's slogan"), or an article, a noun and a ``speaker_relatives`` word ("the
    candidate who launched ...").
    """
    sets = tables.sets
    if i >= len(right) or not right[i].is_word:
        return None
    token = right[i]
    if token.norm in sets.person_pronoun_objects:
        return (token.start, token.end)
    if token.text[0].isupper() and token.norm not in sets.noun_markers:
        span = _name_at(right, i)
        if any(_is_possessive(t.norm, tables) for t in right[i:] if t.end <= span[1]):
            return None  # "Trump's “Make America Great Again” rallying cry"
        return span
    if (
        token.norm in sets.articles
        and i + 2 < len(right)
        and right[i + 1].is_word
        and right[i + 2].norm in sets.speaker_relatives
    ):
        return (token.start, _clause_end(sentence, token.start))
    return None


def _person_topic(
    sentence: _Sentence, right: Sequence[Token], i: int, tables: CompiledCues
) -> tuple[int, int] | None:
    """The claim a person is challenged on: "him over his comments that ..." gives "his
    comments that ...". The person is a pronoun or a capitalized name of at most four words.
    """
    sets = tables.sets
    if i >= len(right) or not right[i].is_word:
        return None
    k = i + 1
    if right[i].norm not in sets.person_pronoun_objects:
        if not right[i].text[0].isupper():
            return None
        while k < len(right) and k < i + 4 and right[k].is_word and right[k].text[0].isupper():
            k += 1
    if k < len(right) and right[k].norm in sets.topic_particles:
        target = _claim_object(sentence, right, k + 1, tables)
        if target is not None and target != _BLOCKED:
            return target
    return None


def _relative_antecedent(left: Sequence[Token], tables: CompiledCues) -> tuple[int, int] | None:
    """The claim a relative clause ending here is about: "a charge that Mrs. Clinton has ...".

    Looks back at most twelve words for "that" or "which" right after a claim noun. The cue
    must be the clause's verb: a copula on the way ("an argument that 2016 is now a two-man
    contest") or an article just before ("a contest") makes it a noun.
    """
    words = 0
    for index, token in enumerate(left):
        if token.text in ",;:()—–":
            if token.text != ",":
                return None
            continue
        if not token.is_word:
            continue
        words += 1
        if words > 12 or token.norm in tables.sets.copulas:
            return None
        if words <= 2 and token.norm in tables.sets.articles:
            return None
        if token.norm in tables.sets.claim_relatives:
            k = index + 1
            if k < len(left) and left[k].text == ",":
                k += 1
            if k < len(left) and left[k].norm in tables.sets.claim_nouns:
                return (_phrase_with_determiner(left, k, tables), left[k].end)
            return None
    return None


def _negated(left: Sequence[Token], tables: CompiledCues) -> bool:
    """Whether one of the three words before is a negation: "did not deny", "no one has"."""
    for index, token in enumerate(left[:3]):
        if not token.is_word:
            return False
        if token.norm in tables.sets.negators or token.norm.endswith(tables.negation_endings):
            if index and left[index - 1].norm in tables.sets.negation_cancellers:
                continue  # "not only brushed off"
            return True
    return False


def _passive_subject(
    left: Sequence[Token], key: str, tables: CompiledCues
) -> tuple[bool, tuple[int, int] | None]:
    """Whether the verb is passive ("was denied"), and its subject when that is a claim."""
    if not _is_participle(key, tables):
        return False, None
    index = 0
    while index < len(left) and left[index].is_word and _is_adverb(left[index], tables):
        index += 1
    if index >= len(left) or left[index].norm not in tables.sets.passive_auxiliaries:
        return False, None
    while (
        index < len(left)
        and left[index].is_word
        and (
            left[index].norm in tables.sets.passive_auxiliaries
            or left[index].norm in tables.sets.verb_auxiliaries
            or _is_adverb(left[index], tables)
        )
    ):
        index += 1
    if index < len(left) and left[index].norm in tables.sets.claim_nouns:
        return True, (_phrase_with_determiner(left, index, tables), left[index].end)
    # "Allegations of fraud have been rejected", "his account of the meeting was disputed":
    # the claim noun heads the subject, an "of" phrase of one or two words after it.
    for of in range(index + 1, min(index + 3, len(left) - 1)):
        if not left[of].is_word:
            break
        if left[of].norm in tables.sets.genitive_particles:
            if left[of + 1].norm in tables.sets.claim_nouns:
                return True, (_phrase_with_determiner(left, of + 1, tables), left[index].end)
            break
    return True, None


# --- the rules by kind ------------------------------------------------------------------


class _NoCue:
    """A step's verdict that the candidate is no cue: later steps are not tried."""


_NO_CUE = _NoCue()


class _Candidate:
    """A candidate cue with the words around it, read once and shared by a judge's steps.

    What only some steps need (a falsity word's predicate) is read on first need. Slotted:
    a sentence with candidates makes one for each.
    """

    __slots__ = (
        "_predicate",
        "end",
        "key",
        "left",
        "right",
        "sentence",
        "sets",
        "stance",
        "start",
        "tables",
    )

    def __init__(
        self,
        sentence: _Sentence,
        start: int,
        end: int,
        key: str,
        stance: Stance,
        tables: CompiledCues,
    ) -> None:
        self.sentence = sentence
        self.start = start
        self.end = end
        self.key = key
        self.stance = stance
        self.tables = tables
        self.sets = tables.sets
        self.left = _left(sentence, start)
        self.right = _right(sentence, end)
        self._predicate: tuple[str, tuple[int, int] | None] | _NoCue | None = _NO_CUE

    def hit(self, rule: str, target: tuple[int, int] | None, cue_end: int | None = None) -> _Hit:
        """The cue found by ``rule``, ending at ``cue_end`` (a phrasal verb's particle)."""
        return _Hit(
            self.start, self.end if cue_end is None else cue_end, self.stance, rule, target
        )

    def clause_from(self, token: Token) -> tuple[int, int]:
        """The proposition starting at ``token``, to its clause's end."""
        return (token.start, _clause_end(self.sentence, token.start))

    @property
    def predicate(self) -> tuple[str, tuple[int, int] | None] | None:
        """The subject word and target when a falsity word ends ``copula (intensifiers)``."""
        if isinstance(self._predicate, _NoCue):  # not read yet
            self._predicate = _predicate(self.left, self.tables)
        return self._predicate


class _VerbCandidate(_Candidate):
    """A candidate verb, with where its object starts read at once: every step needs it."""

    __slots__ = (
        "after_next",
        "has_particle",
        "next",
        "object_index",
        "phrasal_end",
        "speaker_verb",
    )

    def __init__(
        self,
        sentence: _Sentence,
        start: int,
        end: int,
        key: str,
        stance: Stance,
        tables: CompiledCues,
    ) -> None:
        super().__init__(sentence, start, end, key, stance, tables)
        right, sets = self.right, self.sets
        # One adverb may sit between the verb and its particle or object ("denied
        # strongly"); "pushed back on" is one cue, ending at its particle.
        i = 1 if right and right[0].is_word and _is_adverb(right[0], tables) else 0
        self.phrasal_end = end
        self.has_particle = i < len(right) and right[i].norm in sets.object_particles
        if self.has_particle:
            if i == 0:
                self.phrasal_end = right[0].end
            i += 1
        #: Where the verb's object starts in ``right``, and its first two words.
        self.object_index = i
        self.next = right[i] if i < len(right) else None
        self.after_next = right[i + 1] if i + 1 < len(right) else None
        # "pushed back against critics who say", "contradicting those who claim": people
        # who say something stand for what they say.
        self.speaker_verb = key in sets.verbs_person_object or (
            self.has_particle and (" " in key or key in sets.verbs_standalone)
        )


_Verdict = _Hit | _NoCue | None
_Step = Callable[[_Candidate], _Verdict]
_VerbStep = Callable[[_VerbCandidate], _Verdict]
_C = TypeVar("_C", bound=_Candidate)


def _judge(steps: Sequence[Callable[[_C], _Verdict]], candidate: _C) -> _Hit | None:
    """The first verdict of ``steps`` on ``candidate``: a cue, no cue, or (when every step
    passes) no cue."""
    for step in steps:
        verdict = step(candidate)
        if verdict is not None:
            return verdict if isinstance(verdict, _Hit) else None
    return None


class _Judge(Generic[_C]):
    """A kind of cue's judge: builds the candidate and runs the kind's registered steps, in
    order (:func:`_judge`)."""

    __slots__ = ("_make", "_steps")

    def __init__(self, steps: Registry[Callable[[_C], _Verdict]], make: type[_C]) -> None:
        self._steps = steps.functions()
        self._make = make

    def __call__(
        self,
        sentence: _Sentence,
        start: int,
        end: int,
        key: str,
        stance: Stance,
        tables: CompiledCues,
    ) -> _Hit | None:
        return _judge(self._steps, self._make(sentence, start, end, key, stance, tables))


#: The steps that judge a dispute verb, in the order tried: each yields a cue, rules the
#: candidate out, or passes to the next.
VERB_STEPS: Registry[_VerbStep] = Registry("dispute verbs")


@VERB_STEPS.register(
    "adjective",
    "after a determiner a verb form is a noun or adjective ('the disputed territory'), a cue "
    "only as a participle before a claim noun ('the debunked accounts')",
    ("participle+claim-noun",),
)
def _verb_as_adjective(c: _VerbCandidate) -> _Verdict:
    previous = c.left[0] if c.left else None
    if previous is None or not _marks_noun(previous, c.tables):
        return None
    right = c.right
    if right and right[0].norm in c.sets.claim_nouns and _is_participle(c.key, c.tables):
        return c.hit("participle+claim-noun", (right[0].start, right[0].end))
    return _NO_CUE


@VERB_STEPS.register("negated", "a negator among the three words before: 'did not deny'")
def _verb_negated(c: _VerbCandidate) -> _Verdict:
    return _NO_CUE if _negated(c.left, c.tables) else None


@VERB_STEPS.register(
    "passive",
    "a passive disputes when its subject is a claim, or whatever its subject for a verb only "
    "claims undergo ('are easily refuted'); other passives withhold ('was denied bail')",
    ("passive-claim-subject", "passive-standalone"),
)
def _verb_passive(c: _VerbCandidate) -> _Verdict:
    passive, subject = _passive_subject(c.left, c.key, c.tables)
    if not passive:
        return None
    if subject is not None:
        return c.hit("passive-claim-subject", subject)
    if c.key in c.sets.verbs_passive_standalone:
        return c.hit("passive-standalone", None)
    return _NO_CUE


@VERB_STEPS.register(
    "reduced-relative",
    "a participle after a claim noun, with its agent: 'an allegation rejected by the campaign'",
    ("passive-claim-subject",),
)
def _verb_reduced_relative(c: _VerbCandidate) -> _Verdict:
    previous = c.left[0] if c.left else None
    if (
        previous is not None
        and previous.norm in c.sets.claim_nouns
        and c.right
        and c.right[0].norm in c.sets.agent_prepositions
        and _is_participle(c.key, c.tables)
    ):
        return c.hit("passive-claim-subject", (previous.start, previous.end))
    return None


@VERB_STEPS.register(
    "retort-that",
    "a verb phrase ending in 'that', a cue only before a clause: 'countered that every cent', "
    "not 'to counter that threat'",
    ("verb+that-clause",),
)
def _verb_retort_that(c: _VerbCandidate) -> _Verdict:
    if c.key not in c.sets.verbs_that_object:
        return None
    if c.right and _opens_clause(c.right[0], c.tables):
        return c.hit("verb+that-clause", c.clause_from(c.right[0]))
    return _NO_CUE


@VERB_STEPS.register(
    "retort-itself",
    "a retort verb's object or 'with' phrase is the retort, not what it answers: 'fired back "
    "with a statement', 'fired back a response'",
)
def _verb_retort_itself(c: _VerbCandidate) -> _Verdict:
    if c.key not in c.sets.verbs_retort:
        return None
    if not c.has_particle:
        return _NO_CUE
    particle = c.right[c.object_index - 1]
    return _NO_CUE if particle.norm in c.sets.retort_instrument_particles else None


@VERB_STEPS.register(
    "subject-clause",
    "a that-less clause after a verb taking a pronoun: 'denied the candidate had been paid'",
    ("verb+that-clause",),
)
def _verb_subject_clause(c: _VerbCandidate) -> _Verdict:
    if c.has_particle or c.key not in c.sets.verbs_pronoun_object:
        return None
    clause = _subject_clause(c.sentence, c.right, c.object_index, c.tables)
    return None if clause is None else c.hit("verb+that-clause", clause)


@VERB_STEPS.register(
    "claim-object",
    "an object naming a claim ('rejected the notion that'), or people who say something when "
    "the object is none ('pushing back against candidates who say'); a quantity countered is "
    "offset, and a thing voted down or one's own words end the search",
    ("verb+claim-object", "verb+speaker"),
)
def _verb_claim_object(c: _VerbCandidate) -> _Verdict:
    i = c.object_index
    target = _claim_object(c.sentence, c.right, i, c.tables)
    if target is not None and target != _BLOCKED and c.key in c.sets.verbs_offsetting:
        norms = {t.norm for t in c.sentence.tokens.within(target[0], target[1])}
        if norms & c.sets.quantity_nouns:
            return _NO_CUE  # "to counter the large numbers of Democrats": offset, not disputed
    if target == _BLOCKED:
        # "pushing back against candidates ... who say": people, not a thing voted down.
        said = _speakers(c.sentence, c.right, i, c.tables) if c.speaker_verb else None
        return _NO_CUE if said is None else c.hit("verb+speaker", said, c.phrasal_end)
    if target is not None:
        return c.hit("verb+claim-object", target, c.phrasal_end)
    return None


@VERB_STEPS.register(
    "pronoun-object",
    "a that-clause or a pronoun standing for a claim: 'denied that she would', 'disputes "
    "this.' (not 'disputed this year')",
    ("verb+that-clause", "verb+pronoun"),
)
def _verb_pronoun_object(c: _VerbCandidate) -> _Verdict:
    nxt, after, sets = c.next, c.after_next, c.sets
    if nxt is None or c.has_particle or c.key not in sets.verbs_pronoun_object:
        return None
    if (
        nxt.norm in sets.complementizers
        and after is not None
        and after.is_word
        and after.norm not in sets.clause_boundaries
    ):
        return c.hit("verb+that-clause", c.clause_from(after))
    if nxt.norm in sets.pronoun_objects and (
        nxt.norm in sets.clause_pronouns or _at_clause_end(c.right, c.object_index + 1, c.tables)
    ):
        return c.hit("verb+pronoun", (nxt.start, nxt.end))
    return None


@VERB_STEPS.register(
    "deny-complement",
    "deny with what is denied: 'denied any wrongdoing', 'denies ever mocking the reporter', "
    "'denied mocking the reporter'",
    ("deny+complement",),
)
def _verb_deny_complement(c: _VerbCandidate) -> _Verdict:
    nxt, after, sets, right = c.next, c.after_next, c.sets, c.right
    if (
        nxt is None
        or c.has_particle
        or c.key not in sets.verbs_pronoun_object
        or c.key not in sets.verbs_deny
    ):
        return None
    if nxt.norm in sets.deny_objects:
        return c.hit("deny+complement", c.clause_from(nxt))
    if (
        c.object_index == 1
        and right[0].norm in sets.deny_objects
        and nxt.norm.endswith(c.tables.gerund_endings)
    ):
        # "denies ever mocking the reporter": "ever" both an adverb and what opens it; not
        # "deny ever more people visas".
        return c.hit("deny+complement", c.clause_from(right[0]))
    if (
        _is_gerund(nxt, c.tables)
        and after is not None
        and after.is_word
        and (after.norm in sets.gerund_object_openers or after.text[0].isupper())
    ):
        # "denied mocking the reporter", "denies meeting him": having done it.
        return c.hit("deny+complement", c.clause_from(nxt))
    return None


@VERB_STEPS.register(
    "particle-pronoun",
    "a phrasal verb and a pronoun ending the clause: 'took issue with that.'",
    ("verb+pronoun",),
)
def _verb_particle_pronoun(c: _VerbCandidate) -> _Verdict:
    nxt = c.next
    if (
        nxt is not None
        and c.has_particle
        and c.key in c.sets.verbs_particle_pronoun
        and nxt.norm in c.sets.pronoun_objects
        and _at_clause_end(c.right, c.object_index + 1, c.tables)
    ):
        return c.hit("verb+pronoun", (nxt.start, nxt.end), c.phrasal_end)
    return None


@VERB_STEPS.register(
    "person",
    "a person standing for what they said: 'contradicting Trump', 'Trump contradicted him.'",
    ("verb+person",),
)
def _verb_person(c: _VerbCandidate) -> _Verdict:
    nxt, sets = c.next, c.sets
    if nxt is None or c.key not in sets.verbs_person_object:
        return None
    if nxt.is_word and nxt.text[0].isupper() and nxt.norm not in sets.deny_objects:
        return c.hit("verb+person", _name_at(c.right, c.object_index), c.phrasal_end)
    if nxt.norm in sets.person_pronoun_objects and _at_clause_end(
        c.right, c.object_index + 1, c.tables
    ):
        return c.hit("verb+person", (nxt.start, nxt.end), c.phrasal_end)
    return None


@VERB_STEPS.register(
    "person-topic",
    "a person and what they are challenged on: 'challenging him over his comments'",
    ("verb+claim-object",),
)
def _verb_person_topic(c: _VerbCandidate) -> _Verdict:
    if c.next is None or c.has_particle or c.key not in c.sets.verbs_person_topic:
        return None
    topic = _person_topic(c.sentence, c.right, c.object_index, c.tables)
    return None if topic is None else c.hit("verb+claim-object", topic)


@VERB_STEPS.register(
    "any-object",
    "any direct object not withheld or given: 'denied his opposition'",
    ("verb+object",),
)
def _verb_any_object(c: _VerbCandidate) -> _Verdict:
    if c.has_particle or c.key not in c.sets.verbs_any_object:
        return None
    direct = _direct_object(c.right, c.object_index, c.tables)
    return None if direct is None else c.hit("verb+object", direct)


@VERB_STEPS.register(
    "speakers",
    "people who say something: 'pushing back against candidates who say'",
    ("verb+speaker",),
)
def _verb_speakers(c: _VerbCandidate) -> _Verdict:
    if c.next is None or not c.speaker_verb:
        return None
    said = _speakers(c.sentence, c.right, c.object_index, c.tables)
    return None if said is None else c.hit("verb+speaker", said, c.phrasal_end)


@VERB_STEPS.register(
    "relative-clause",
    "a verb ending a relative clause on a claim: 'a claim which Kyiv has denied'",
    ("verb-in-relative-clause",),
)
def _verb_relative_clause(c: _VerbCandidate) -> _Verdict:
    if not _at_clause_end(c.right, c.object_index, c.tables):
        return None
    antecedent = _relative_antecedent(c.left, c.tables)
    if antecedent is None:
        return None
    return c.hit("verb-in-relative-clause", antecedent, c.phrasal_end)


@VERB_STEPS.register(
    "standalone",
    "a verb that disputes with no object ('Moscow strongly denies'), or after its particle a "
    "person or pronoun ('pushing back on Trump'); 'denied him entry' withholds",
    ("verb-standalone",),
)
def _verb_standalone(c: _VerbCandidate) -> _Verdict:
    nxt, sets = c.next, c.sets
    if c.key not in sets.verbs_standalone:
        return None
    if not c.has_particle and _at_clause_end(c.right, c.object_index, c.tables):
        return c.hit("verb-standalone", None)
    if c.has_particle and nxt is not None and nxt.is_word:
        if nxt.norm in sets.pronoun_objects or nxt.norm in sets.personal_pronouns:
            return c.hit("verb-standalone", (nxt.start, nxt.end), c.phrasal_end)
        if nxt.text[0].isupper():
            return c.hit("verb-standalone", _name_at(c.right, c.object_index), c.phrasal_end)
    return None


#: The steps that judge a dispute noun ("denial", "rebuttal"), in the order tried.
NOUN_STEPS: Registry[_Step] = Registry("dispute nouns")


@NOUN_STEPS.register(
    "object",
    "a claim after a particle ('denial of the reports'), or a person for a noun taking any "
    "object ('a rebuttal to the candidate who ...'); a thing withheld rules it out",
    ("dispute-noun+object",),
)
def _noun_object(c: _Candidate) -> _Verdict:
    sets, right = c.sets, c.right
    if not (right and right[0].norm in sets.noun_particles):
        return None
    target = _claim_object(c.sentence, right, 1, c.tables)
    if c.key in sets.nouns_any_object and (target is None or target == _BLOCKED):
        target = _person_object(c.sentence, right, 1, c.tables) or target
    if target == _BLOCKED:
        return _NO_CUE
    return None if target is None else c.hit("dispute-noun+object", target)


@NOUN_STEPS.register(
    "that-clause", "a that-clause: 'the denial that he knew'", ("dispute-noun+object",)
)
def _noun_that_clause(c: _Candidate) -> _Verdict:
    right = c.right
    if len(right) > 1 and right[0].norm in c.sets.complementizers and right[1].is_word:
        return c.hit("dispute-noun+object", c.clause_from(right[1]))
    return None


@NOUN_STEPS.register(
    "other-object", "an 'of' phrase that names no claim: 'a flat denial of access'"
)
def _noun_other_object(c: _Candidate) -> _Verdict:
    return _NO_CUE if c.right and c.right[0].norm in c.sets.genitive_particles else None


@NOUN_STEPS.register(
    "intensified",
    "an intensifier or a support verb before it, determiners aside: 'his fierce denials', "
    "'issued a flat denial'",
    ("dispute-noun-intensified",),
)
def _noun_intensified(c: _Candidate) -> _Verdict:
    sets, left = c.sets, c.left
    index = 0
    while index < len(left) and left[index].is_word and _marks_noun(left[index], c.tables):
        index += 1
    if index < len(left) and (
        left[index].norm in sets.nominal_intensifiers
        or (index > 0 and left[index].norm in sets.nominal_support_verbs)
    ):
        return c.hit("dispute-noun-intensified", None)
    if left and left[0].norm in sets.nominal_intensifiers:
        return c.hit("dispute-noun-intensified", None)
    return None


@NOUN_STEPS.register(
    "possessed",
    "someone's, taking no object: 'the ministry's denial came hours later'",
    ("dispute-noun-possessed",),
)
def _noun_possessed(c: _Candidate) -> _Verdict:
    sets, left, right = c.sets, c.left, c.right
    if (
        c.key in sets.nouns_possessed
        and left
        and (left[0].norm in sets.possessive_determiners or _owner(left[0].norm, c.tables))
        and not (right and right[0].norm in sets.noun_particles)
    ):
        return c.hit("dispute-noun-possessed", None)
    return None


@NOUN_STEPS.register(
    "standalone",
    "a noun that is a cue on its own, not negated: 'despite denials from the campaign'",
    ("dispute-noun-standalone",),
)
def _noun_standalone(c: _Candidate) -> _Verdict:
    left = c.left
    if c.key in c.sets.nouns_standalone and not (left and left[0].norm in c.sets.negators):
        return c.hit("dispute-noun-standalone", None)
    return None


#: The steps that judge a falsity word ("not true", "nonsense", "lies"), in the order tried.
FALSITY_STEPS: Registry[_Step] = Registry("dispute falsity words")


def _following_norm(c: _Candidate) -> str:
    """The word right after the cue."""
    return c.right[0].norm if c.right else ""


def _target_after(c: _Candidate) -> tuple[int, int] | None:
    """The proposition right after the cue, when a word follows: "no evidence that ..."."""
    right = c.right
    return c.clause_from(right[0]) if right and right[0].is_word else None


@FALSITY_STEPS.register(
    "other-sense",
    "a word after it giving it another sense ('made up of', not 'a distortion of'), a verb of "
    "conceding reporting it ('admitted that ... was inaccurate') or an adverb before it "
    "('politically incorrect')",
)
def _falsity_other_sense(c: _Candidate) -> _Verdict:
    sets, right, left = c.sets, c.right, c.left
    # "made up largely of": the sense-giving word may follow an adverb.
    following = (
        right[1:] if right and right[0].is_word and _is_adverb(right[0], c.tables) else right
    )
    if (
        following
        and following[0].norm in sets.falsity_blocking_followers
        and not (c.key in sets.falsity_nouns_of and following[0].norm in sets.genitive_particles)
    ):
        return _NO_CUE
    if _conceded(c.sentence, c.start, c.tables):
        return _NO_CUE
    if left and left[0].norm in sets.sense_adverbs:
        return _NO_CUE
    return None


@FALSITY_STEPS.register(
    "own-words",
    "a denial of one's own words needs a first-person or reported third-person subject ('I "
    "never said', 'he insisted he never said'), and no question word after ('did not say when')",
)
def _falsity_own_words(c: _Candidate) -> _Verdict:
    if c.key not in c.sets.falsity_first_person:
        return None
    if _following_norm(c) in c.sets.question_words:
        return _NO_CUE
    if not (_first_person_before(c.left, c.tables) or _reported_third_person(c.left, c.tables)):
        return _NO_CUE
    return None


@FALSITY_STEPS.register(
    "found",
    "no evidence found by an inquiry or said by someone: 'investigators found no evidence that'",
    ("falsity-phrase",),
)
def _falsity_found(c: _Candidate) -> _Verdict:
    if c.key not in c.sets.falsity_found:
        return None
    found = c.left and c.left[0].norm in c.sets.finding_verbs
    if not (found or _reported_or_quoted(c.sentence, c.start, c.tables)):
        return _NO_CUE
    return c.hit("falsity-phrase", _target_after(c))


@FALSITY_STEPS.register(
    "lying",
    "a verb of lying that someone is accused of, that names its occasion, or that ends a "
    "clause someone says: 'accused Trump of lying', '“Trump is lying,” Clinton said'",
    ("falsity-accused", "falsity-lying"),
)
def _falsity_lying(c: _Candidate) -> _Verdict:
    sets, left, right = c.sets, c.left, c.right
    if c.key not in sets.falsity_lying:
        return None
    if _accused_of(left, c.tables) and not (right and right[0].norm in sets.infinitive_markers):
        return c.hit("falsity-accused", None)  # "accused Trump of lying", not "... lying to"
    if (
        len(right) > 2
        and right[0].norm in sets.lying_occasions
        and _says_within(right, 1, 3, c.tables)
    ):
        return c.hit("falsity-lying", None)  # "Trump lied when he said he opposed the war"
    if not _at_clause_end(right, 0, c.tables) or not left or not left[0].is_word:
        return _NO_CUE  # "lying in a hospital bed", "lied to the FBI"
    if c.key.endswith(c.tables.gerund_endings) and left[0].norm not in sets.copulas:
        return _NO_CUE
    if _negated(left, c.tables) or not _reported_or_quoted(c.sentence, c.start, c.tables):
        return _NO_CUE
    return c.hit("falsity-lying", None)


@FALSITY_STEPS.register(
    "reported",
    "a denial of a link or an event that someone says: 'said the decision had nothing to do "
    "with the emails', not 'would have nothing to do with him'",
    ("falsity-reported",),
)
def _falsity_reported(c: _Candidate) -> _Verdict:
    sets, left = c.sets, c.left
    if c.key not in sets.falsity_reported:
        return None
    if left and left[0].norm in sets.refusal_markers:
        return _NO_CUE
    if c.key in sets.falsity_reported_pronoun_subject and not (
        left and left[0].norm in sets.personal_pronouns
    ):
        return _NO_CUE  # "the right thing is that the first gentleman have nothing to do"
    if not _reported_or_quoted(c.sentence, c.start, c.tables):
        return _NO_CUE
    return c.hit("falsity-reported", _target_after(c))


@FALSITY_STEPS.register("rating-negated", "a rating negated: 'we do not award Pinocchios'")
def _falsity_rating_negated(c: _Candidate) -> _Verdict:
    if c.key in c.sets.falsity_ratings and _negated(c.left, c.tables):
        return _NO_CUE
    return None


@FALSITY_STEPS.register(
    "standalone",
    "a phrase that disputes wherever it occurs, with what it follows or its subject as "
    "target; not 'not true to his word' nor 'not unfounded'",
    ("falsity-phrase",),
)
def _falsity_standalone(c: _Candidate) -> _Verdict:
    sets, key, left = c.sets, c.key, c.left
    if key not in sets.falsity_standalone:
        return None
    if key.rpartition(" ")[2] in sets.target_particles and " " in key:
        # "there is no truth to the claim": what follows is the target.
        return c.hit("falsity-phrase", _target_after(c))
    nxt = _following_norm(c)
    if nxt in sets.infinitive_markers or nxt in sets.reflexive_pronouns:
        return _NO_CUE  # "not true to his word", "misrepresenting herself"
    if _negated_word(left, c.tables):
        return _NO_CUE  # "the question was not unfounded", "not completely unfounded"
    subject: tuple[str, tuple[int, int] | None] | None
    if _negated_copula(key, c.tables):
        subject = _subject_at(left, 0, c.tables)  # "it wasn't true": the copula is the cue's
    else:
        subject = _predicate_subject(c.sentence, c.start, left, c.tables)
    return c.hit("falsity-phrase", subject[1] if subject else None)


@FALSITY_STEPS.register(
    "clause-final",
    "'wrong' ending a clause someone says, or judging a named actor: 'the polls are wrong', "
    "'Trump is wrong.', 'London has proved him wrong'; not 'it is wrong to attack'",
    ("falsity-proved", "falsity-exclamation", "falsity-predicate"),
)
def _falsity_clause_final(c: _Candidate) -> _Verdict:
    sets, left, right = c.sets, c.left, c.right
    if c.key not in sets.falsity_clause_final:
        return None
    predicate = c.predicate
    nxt = _following_norm(c)
    says = len(right) > 1 and _says(right[1], c.tables)
    calls = len(right) > 1 and right[1].norm in sets.calling_verbs
    if predicate is None or predicate[0] in sets.vague_subjects:
        # "London has proved him wrong": shown wrong, not judged so.
        if _proved(left, c.tables):
            return c.hit("falsity-proved", None)
        if predicate is None and _is_exclamation(c.sentence, c.start, left, right, c.tables):
            return c.hit("falsity-exclamation", None)  # "“Wrong,” he said."
        if predicate is not None and nxt in sets.infinitive_markers and says:
            return c.hit("falsity-predicate", None)  # "it is wrong to imply that ..."
        return _NO_CUE
    if nxt in sets.infinitive_markers and (says or calls):
        pass  # "'Absolutely Wrong' to Call Me a Liar": wrong in what one says
    elif not _at_clause_end(right, 0, c.tables) and nxt not in sets.clause_final_followers:
        return _NO_CUE
    if nxt in sets.clause_boundaries and nxt not in sets.clause_final_followers:
        return _NO_CUE
    if predicate[0] in sets.claim_nouns or _reported_or_quoted(c.sentence, c.start, c.tables):
        return c.hit("falsity-predicate", predicate[1])
    # "the polls are wrong" only when someone says so; the narrator's "Trump is wrong",
    # but not "Trump was wrong to attack the judge", a deed judged.
    if _actor_judged(left, c.tables) and (nxt not in sets.infinitive_markers or says):
        return c.hit("falsity-predicate", predicate[1])
    return _NO_CUE


@FALSITY_STEPS.register(
    "predicate",
    "a falsity word after a copula that modifies no other noun: 'It's nonsense', 'is all "
    "lies'; not 'they were being ridiculous' nor 'it's ridiculous that ...'",
    ("falsity-predicate",),
)
def _falsity_predicate(c: _Candidate) -> _Verdict:
    sets, right, predicate = c.sets, c.right, c.predicate
    nxt = _following_norm(c)
    # "is a false equivalency", "a phony system", "a propaganda victory": the falsity word
    # modifies another noun, so the predicate is that noun, not a falsity.
    modifies_other = bool(right) and not (
        _at_clause_end(right, 0, c.tables)
        or nxt in sets.predicate_followers
        or nxt in sets.claim_nouns
    )
    if predicate is None or modifies_other:
        return None
    personal = predicate[0] in sets.personal_pronouns
    opinion = nxt in sets.complementizers or nxt in sets.infinitive_markers
    # "they were being ridiculous", "it's ridiculous that businesses ...": opinions of people
    # or facts, not disputes of a claim.
    if c.stance is Stance.DISMISS and (personal or opinion):
        return None
    return c.hit("falsity-predicate", predicate[1])


@FALSITY_STEPS.register(
    "called",
    "a falsity word after a calling verb and what it calls so: 'calling them propaganda'; not "
    "a person ('called him a liar') nor a proposal",
    ("falsity-called",),
)
def _falsity_called(c: _Candidate) -> _Verdict:
    called = _called_object(c.sentence, c.left, c.tables)
    if called is None:
        return None
    return _NO_CUE if called == _BLOCKED else c.hit("falsity-called", called)


@FALSITY_STEPS.register(
    "possessed",
    "a falsity noun that is someone's words: 'his lies', 'the lies from Sanders'",
    ("falsity-possessed",),
)
def _falsity_possessed(c: _Candidate) -> _Verdict:
    if c.key not in c.sets.falsity_possessed:
        return None
    owner = _possessor(c.sentence, c.left, c.right, c.tables)
    return None if owner is None else c.hit("falsity-possessed", owner)


@FALSITY_STEPS.register(
    "attributive",
    "a falsity word before a claim noun: 'false narrative'; not 'filing a false report'",
    ("falsity-attributive",),
)
def _falsity_attributive(c: _Candidate) -> _Verdict:
    attributive = _attributive_noun(c.right, c.tables)
    if attributive is None or _offence(c.left, c.tables):
        return None
    return c.hit("falsity-attributive", attributive)


@FALSITY_STEPS.register(
    "that-clause",
    "a falsity noun with a determiner, taking a that-clause: 'the myth that he won'",
    ("falsity-that-clause",),
)
def _falsity_that_clause(c: _Candidate) -> _Verdict:
    left, right = c.left, c.right
    if (
        len(right) > 1
        and _following_norm(c) in c.sets.complementizers
        and _opens_clause(right[1], c.tables)
        and left
        and _marks_noun(left[0], c.tables)
    ):
        return c.hit("falsity-that-clause", c.clause_from(right[1]))
    return None


@FALSITY_STEPS.register(
    "context",
    "a falsity word after a verb of peddling ('is peddling fiction'), after 'accused ... of' "
    "('accused him of an “artful smear”'), after a verb of proving ('has proved him wrong') "
    "or standing alone as a reply ('“Nonsense,” he said'), tried in that order",
    ("falsity-trafficked", "falsity-accused", "falsity-proved", "falsity-exclamation"),
)
def _falsity_context(c: _Candidate) -> _Verdict:
    left = c.left
    if left and left[0].norm in c.sets.trafficking_verbs:
        return c.hit("falsity-trafficked", None)
    if _accused_of(left, c.tables):
        return c.hit("falsity-accused", None)
    if _proved(left, c.tables):
        return c.hit("falsity-proved", None)
    if _is_exclamation(c.sentence, c.start, left, c.right, c.tables):
        return c.hit("falsity-exclamation", None)
    return None


def _attributive_noun(right: Sequence[Token], tables: CompiledCues) -> tuple[int, int] | None:
    """The claim a falsity word modifies: "false narrative", "absurd ― and dangerous ―
    remarks", "ridiculous things the Donald has said".

    Reads at most three words after the falsity word, dashes and coordinators aside; a noun
    that is not a claim noun still is one when a verb of saying follows within four words
    with no relative pronoun or punctuation between ("things he has said").
    """
    sets = tables.sets
    words = 0
    for j, token in enumerate(right[:8]):
        if token.text in "―—–-" or token.norm in sets.coordinators:
            continue
        if not token.is_word or words >= 3:
            return None
        words += 1
        if token.norm in sets.claim_nouns:
            return (token.start, token.end)
        if token.norm in sets.non_dispute_objects:
            return None
        if token.norm in tables.not_nouns:
            continue  # "ridiculous and he said": no noun the falsity word modifies
        # A subject between the noun and the verb: "things the Donald has said", but not
        # "the lies hucksters tell", where the noun is the subject, nor "people who said".
        for index, later in enumerate(right[j + 1 : j + 5]):
            if (
                not later.is_word
                or later.norm in sets.speaker_relatives
                or later.norm in sets.claim_relatives
                or later.norm in sets.clause_boundaries
            ):
                break
            if later.norm in sets.reporting_verbs:
                if index == 0:
                    break
                return (token.start, later.end)
    return None


def _offence(left: Sequence[Token], tables: CompiledCues) -> bool:
    """Whether an ``offence_verbs`` word stands in the three words before, articles aside:
    "filing a false robbery report".
    """
    words = 0
    for token in left[:4]:
        if not token.is_word:
            return False
        if token.norm in tables.sets.offence_verbs:
            return True
        if token.norm not in tables.sets.articles:
            words += 1
            if words >= 3:
                return False
    return False


def _possessor(
    sentence: _Sentence, left: Sequence[Token], right: Sequence[Token], tables: CompiledCues
) -> tuple[int, int] | None:
    """Whose words a falsity noun calls lies: "his lies", "Clinton's most infamous statements
    and lies", "the lies from Sanders". ``None`` when it is no one's, or may be a verb.
    """
    sets = tables.sets
    # "the lies from Sanders", "the falsehoods by his campaign": an article makes it a noun.
    if (
        left
        and left[0].norm in sets.articles
        and len(right) > 1
        and right[0].norm in sets.source_prepositions
        and right[1].is_word
        and (right[1].text[0].isupper() or right[1].norm in sets.possessive_determiners)
    ):
        return _name_at(right, 1) if right[1].text[0].isupper() else (right[1].start, right[1].end)
    index = 0
    claim_seen = False
    while index < len(left) and index < 5 and left[index].is_word:
        norm = left[index].norm
        if norm in sets.possessive_determiners or _owner(norm, tables):
            # Right before the noun, or before modifiers or a coordinated claim noun.
            if (
                index == 0
                or claim_seen
                or all(_modifies_falsity_noun(t, tables) for t in left[:index])
            ):
                return (left[index].start, left[index].end)
            return None
        if norm in sets.coordinators:
            # "statements and lies": the coordinated noun must be a claim noun.
            if index + 1 < len(left) and left[index + 1].norm in sets.claim_nouns:
                claim_seen = True
                index += 2
                continue
            return None
        if not (_modifies_falsity_noun(left[index], tables) or claim_seen):
            return None
        index += 1
    return None


def _owner(norm: str, tables: CompiledCues) -> bool:
    """Whether a word is a possessive noun ("clinton's"), not a contraction ("there's")."""
    sets = tables.sets
    if not _is_possessive(norm, tables) or norm in sets.copulas:
        return False
    host = norm.split("'")[0]
    return host not in sets.vague_subjects and host not in sets.personal_pronouns


def _modifies_falsity_noun(token: Token, tables: CompiledCues) -> bool:
    norm = token.norm
    sets = tables.sets
    return (
        norm in sets.falsity_noun_modifiers
        or norm in tables.modifying_intensifiers
        or (len(norm) > 4 and norm.endswith(tables.adverb_endings))
    )


def _reported_third_person(left: Sequence[Token], tables: CompiledCues) -> bool:
    """Whether a third-person subject that a verb of saying introduces stands right before,
    auxiliaries and adverbs aside: "insisted that he never actually said".
    """
    sets = tables.sets
    for index, token in enumerate(left[:4]):
        if not token.is_word:
            return False
        if token.norm in sets.third_person:
            rest = left[index + 1 : index + 3]
            if rest and rest[0].norm in sets.complementizers:
                rest = rest[1:]
            return bool(rest) and rest[0].is_word and rest[0].norm in sets.reporting_verbs
        if not (token.norm in sets.verb_auxiliaries or _is_adverb(token, tables)):
            return False
    return False


def _is_exclamation(
    sentence: _Sentence,
    start: int,
    left: Sequence[Token],
    right: Sequence[Token],
    tables: CompiledCues,
) -> bool:
    """Whether the falsity word stands alone as a reply: "“Nonsense,” he said", "Pure lies."

    It opens the sentence or a quotation, with at most two intensifiers before it, and
    punctuation follows it.
    """
    index = 0
    while (
        index < len(left)
        and index < 2
        and (
            left[index].norm in tables.sets.intensifiers
            or left[index].norm in tables.sets.falsity_noun_modifiers  # "More lies."
        )
        and left[index].norm not in tables.sets.articles  # "The absurd, ... theatrics"
    ):
        index += 1
    opening = left[index - 1].start if index else start
    previous = opening - 1
    while previous >= 0 and opening - previous <= 20 and sentence[previous].isspace():
        previous -= 1
    opens = (
        previous < 0
        or sentence[previous] in tables.marks.opening + ":—–("
        # " - " stands for a dash in some papers: "'Oh, he's going to make a mistake' -
        # give me a break."
        or (sentence[previous] == "-" and previous > 0 and sentence[previous - 1].isspace())
    )
    closes = not right or (not right[0].is_word and right[0].text in ",.!?;—–")
    return opens and closes


def _accused_of(left: Sequence[Token], tables: CompiledCues) -> bool:
    """Whether the falsity word is what someone is accused of: "accused him of an “artful
    smear”", "accuses Sanders of subjecting her to an “artful smear”".

    Looks back at most ten words for "of" with an ``accusing_verbs`` word at most four words
    before it.
    """
    sets = tables.sets
    for index, token in enumerate(left[:10]):
        if not token.is_word:
            return False
        if token.norm in sets.genitive_particles:
            for before in left[index + 1 : index + 5]:
                if not before.is_word:
                    return False
                if before.norm in sets.accusing_verbs:
                    return True
            return False
    return False


def _negated_word(left: Sequence[Token], tables: CompiledCues) -> bool:
    """Whether a negator stands right before, intensifiers and -ly adverbs aside: "not
    unfounded", "not completely unfounded", "isn't entirely untrue".
    """
    sets = tables.sets
    for token in left[:3]:
        norm = token.norm
        if not token.is_word:
            return False
        if norm in sets.negators or norm.endswith(tables.negation_endings):
            return True
        if not (
            norm in sets.intensifiers or (len(norm) > 4 and norm.endswith(tables.adverb_endings))
        ):
            return False
    return False


def _first_person_before(left: Sequence[Token], tables: CompiledCues) -> bool:
    """Whether the subject right before is "I" or "we", auxiliaries and adverbs aside:
    "I never said", "I have never said", "we've never claimed".
    """
    sets = tables.sets
    for token in left[:4]:
        if not token.is_word:
            return False
        if token.norm in sets.first_person:
            return True
        if not (token.norm in sets.verb_auxiliaries or _is_adverb(token, tables)):
            return False
    return False


def _proved(left: Sequence[Token], tables: CompiledCues) -> bool:
    """Whether a verb of proving, not negated, shows the falsity word true of its object:
    "has proved him wrong", "was proven false", "proved the experts wrong".
    """
    for index, token in enumerate(left[:4]):
        if not token.is_word:
            return False
        if token.norm in tables.sets.proving_verbs:
            return not _negated(left[index + 1 :], tables)
    return False


def _conceded(sentence: _Sentence, pos: int, tables: CompiledCues) -> bool:
    """Whether the nearest verb of saying before ``pos`` concedes: "admitted that ... was".

    A falsity word so reported is one's own error admitted, not a dispute of another's
    claim.
    """
    sets = tables.sets
    for token in reversed(sentence.tokens.within(pos - _LOOKBACK_WINDOW, pos)):
        if token.norm in sets.conceding_verbs:
            return True
        if token.norm in sets.reporting_verbs:
            return False
    return False


#: The steps that judge a falsity adverb ("falsely"): one.
ADVERB_STEPS: Registry[_Step] = Registry("dispute adverbs")


@ADVERB_STEPS.register(
    "saying",
    "a verb of saying right after it ('falsely claimed') or among the three words before it, "
    "dashes and commas aside ('claimed falsely', 'proclaimed in July - falsely - that')",
    ("falsity-adverb",),
)
def _adverb_saying(c: _Candidate) -> _Verdict:
    right = [t for t in c.right[:3] if t.text not in ",-—–"]
    if right and right[0].is_word and _says(right[0], c.tables):
        return c.hit("falsity-adverb", None)
    words = 0
    for token in c.left:
        if token.text in ",-—–":
            continue
        if not token.is_word or words >= 3:
            break
        if _says(token, c.tables):
            return c.hit("falsity-adverb", None)
        words += 1
    return None


# --- acceptance: a claim not accepted ----------------------------------------------------

#: The steps that judge a word of accepting a claim ("bought", "convincing"): one.
ACCEPTANCE_STEPS: Registry[_Step] = Registry("dispute acceptance words")


def _claim_noun(token: Token, sets: CueSets) -> bool:
    return token.norm in sets.claim_nouns or token.norm in sets.claim_nouns_with_that


def _claim_phrase_after(right: Sequence[Token], c: _Candidate) -> tuple[int, int] | None:
    """The claim a verb's object names: a claim noun after at most three determiners,
    possessives and names ("the idea that ...", "her argument", "Sanders' argument")."""
    sets = c.sets
    for index, token in enumerate(right[:4]):
        if not token.is_word:
            return None
        if _claim_noun(token, sets):
            if token.norm in sets.claim_nouns_with_that:
                after = right[index + 1 : index + 2]
                if not (after and after[0].norm in sets.complementizers):
                    return None  # "bought the idea of a wall": a plan, not a claim
            return (right[0].start, _clause_end(c.sentence, token.start))
        if not (
            token.norm in sets.articles
            or token.norm in sets.possessive_determiners
            or token.norm in sets.demonstratives
            or _is_possessive(token.norm, c.tables)
            or token.text[:1].isupper()
        ):
            return None
    return None


@ACCEPTANCE_STEPS.register(
    "claim-negated",
    "a negated verb of accepting with a claim as its object ('never bought the idea that', "
    "'did not buy her argument'), or a negated word of persuasion about a claim noun "
    "('I do not find their arguments compelling', 'It wasn't a convincing argument', 'the "
    "claim is not credible'); not a plan or an offer ('did not accept the offer')",
    ("acceptance-negated",),
)
def _acceptance_claim_negated(c: _Candidate) -> _Verdict:
    sets, left, right = c.sets, c.left, c.right
    if c.key in sets.acceptance_verbs:
        if not _negated(left, c.tables):
            return _NO_CUE
        target = _claim_phrase_after(right, c)
        return _NO_CUE if target is None else c.hit("acceptance-negated", target)
    # A word of persuasion: a claim noun right after it ("a convincing argument"), or among
    # the four words before it ("find their arguments compelling", "the claim is not
    # credible"), with a negation before it in the same clause.
    noun: Token | None = right[0] if right and _claim_noun(right[0], sets) else None
    if noun is not None and not (left and left[0].norm in sets.articles):
        # "wasn't a convincing argument" judges a claim; "had no compelling reason to" and
        # "compelling arguments" judge none.
        return _NO_CUE
    negated = False
    for index, token in enumerate(left[:6]):
        if not token.is_word:
            break
        if token.norm in sets.negators or token.norm.endswith(c.tables.negation_endings):
            # "Not only was the argument convincing": a negation cancelled is none.
            negated = negated or not (index and left[index - 1].norm in sets.negation_cancellers)
        elif noun is None and _claim_noun(token, sets):
            noun = token
    if noun is None or not negated:
        return _NO_CUE
    return c.hit("acceptance-negated", (noun.start, noun.end))


# --- evidence: a claim shown to lack it -------------------------------------------------

#: The steps that judge a noun of evidence ("evidence", "proof"): one.
EVIDENCE_STEPS: Registry[_Step] = Registry("dispute evidence nouns")


@EVIDENCE_STEPS.register(
    "showing-negated",
    "a negated verb of finding or giving before it, and what it would prove after it ('did "
    "not provide specific evidence that', 'none found any evidence of wrongdoing', 'did not "
    "see convincing evidence in the report that'); not 'little evidence', not 'gave evidence "
    "to the committee'",
    ("evidence-negated",),
)
def _evidence_showing_negated(c: _Candidate) -> _Verdict:
    sets, left, right = c.sets, c.left, c.right
    # The verb: among the three words before ("did not provide specific evidence").
    verb = next(
        (i for i, t in enumerate(left[:3]) if t.is_word and t.norm in sets.showing_verbs), None
    )
    if verb is None:
        return _NO_CUE
    # "did not provide": the negation before the verb; "none found": its subject.
    subject_negated = len(left) > verb + 1 and left[verb + 1].norm in sets.negators
    if not (subject_negated or _negated(left[verb + 1 :], c.tables)):
        return _NO_CUE
    # What it would prove: "of" among the next two words ("evidence whatsoever of"), or
    # "that" within six.
    after = [t for t in right[:7] if t.is_word]
    for token in after[:2]:
        if token.norm in sets.genitive_particles:
            return c.hit("evidence-negated", (token.start, _clause_end(c.sentence, token.start)))
    for token in after:
        if token.norm in sets.complementizers:
            return c.hit("evidence-negated", c.clause_from(token))
    return _NO_CUE


def _predicate(
    left: Sequence[Token], tables: CompiledCues
) -> tuple[str, tuple[int, int] | None] | None:
    """The subject word and target when the falsity word ends ``copula (intensifiers)``.

    "It is all lies" gives ``("it", span of "It")``; "an idea that was completely untrue"
    gives ``("that", None)``. One word is allowed after an article: "a boldfaced lie".
    """
    index = _copula_index(left, tables)
    if index is None:
        return None
    sets = tables.sets
    copula = left[index]
    if "'" in copula.norm and not copula.norm.startswith("'"):
        # A contraction: "it's", "that's"; the subject is its host.
        host = copula.norm.split("'")[0]
        if host in sets.pronoun_objects:
            return host, (copula.start, copula.start + len(host))
        return host, None
    return _subject_at(left, index + 1, tables)


def _copula_index(left: Sequence[Token], tables: CompiledCues) -> int | None:
    """Where in ``left`` the copula before a falsity word stands, past its intensifiers.

    Only intensifiers, coordinators, ``falsity_noun_modifiers``, -ly adverbs and one word
    after an article may stand between them; ``None`` when something else does.
    """
    sets = tables.sets
    index = 0
    free_word = True
    while index < len(left) and left[index].is_word and index < 6:
        norm = left[index].norm
        if norm in sets.copulas:
            break
        if (
            norm in sets.intensifiers
            or norm in sets.coordinators
            or norm in sets.falsity_noun_modifiers
            or (len(norm) > 4 and norm.endswith(tables.adverb_endings))
        ):
            # "is likely an exaggeration", "are both factually and ... false", "were
            # outrageous lies"
            index += 1
            continue
        after_article = index + 1 < len(left) and left[index + 1].norm in sets.indefinite_articles
        if free_word and after_article:
            free_word = False
            index += 1
            continue
        return None
    if index >= len(left) or left[index].norm not in sets.copulas:
        return None
    return index


def _actor_judged(left: Sequence[Token], tables: CompiledCues) -> bool:
    """Whether the copula before a verdict has a named actor or a third person as subject.

    "Trump is wrong.", "Even so, Trump and Sanders are also wrong.", "he's wrong about
    trade": the narrator disputes what they say. Not "I was wrong" (one's own error) nor
    "the plan is wrong" (a judgement of a thing).
    """
    sets = tables.sets
    index = _copula_index(left, tables)  # the copula of the predicate it is called for
    if index is None:
        return False
    copula = left[index]
    if "'" in copula.norm:
        return copula.norm.split("'")[0] in sets.third_person  # "he's wrong"
    if index + 1 >= len(left) or not left[index + 1].is_word:
        return False
    subject = left[index + 1]
    return subject.norm in sets.third_person or (
        subject.text[0].isupper() and subject.norm not in sets.first_person
    )


def _subject_at(
    left: Sequence[Token], index: int, tables: CompiledCues
) -> tuple[str, tuple[int, int] | None]:
    """The subject word ``left[index]``, with its span when it can stand for a claim."""
    sets = tables.sets
    if index >= len(left) or not left[index].is_word:
        return "", None
    subject = left[index]
    if subject.norm in sets.pronoun_objects:
        return subject.norm, (subject.start, subject.end)
    if subject.norm in sets.claim_nouns:
        return subject.norm, (_phrase_with_determiner(left, index, tables), subject.end)
    return subject.norm, None


def _negated_copula(key: str, tables: CompiledCues) -> bool:
    """Whether a phrase opens with a negated copula, its subject right before: "wasn't true"."""
    first = key.split(" ", 1)[0]
    return any(
        first.endswith(suffix) and first[: -len(suffix)] in tables.sets.copulas
        for suffix in tables.sets.negation_suffixes
    )


def _predicate_subject(
    sentence: _Sentence, start: int, left: Sequence[Token], tables: CompiledCues
) -> tuple[str, tuple[int, int] | None] | None:
    """The subject of a standalone falsity phrase, from a copula or an opening quote."""
    found = _predicate(left, tables)
    if found is not None and found[1] is not None:
        return found
    # "“The statements of ... do not correspond to reality,”": a quoted clause whose
    # subject names a claim is what the phrase disputes.
    lo = max(0, start - _SUBJECT_WINDOW)
    region = sentence[lo:start]
    opening = max(region.rfind(q) for q in tables.marks.opening_quotes)
    begin = lo + opening + 1 if opening >= 0 else (0 if lo == 0 else -1)
    if begin < 0:
        return found
    words = sentence.tokens.within(begin, start)
    if not words or any(t.text in ",;:" for t in words):
        return found
    head = [t for t in words[:3] if t.is_word]
    if any(t.norm in tables.sets.claim_nouns for t in head):
        stop = start
        while stop > begin and sentence[stop - 1].isspace():
            stop -= 1
        return "", (words[0].start, stop)
    return found


def _called_object(
    sentence: _Sentence, left: Sequence[Token], tables: CompiledCues
) -> tuple[int, int] | None:
    """What a calling verb calls false: "calling them propaganda" gives "them".

    ``_BLOCKED`` when that is a person ("called him a liar") or a proposal ("blasted the
    call for a deportation force, calling it absurd").
    """
    sets = tables.sets
    for index, token in enumerate(left[:9]):
        if not token.is_word:
            return None
        if token.norm not in sets.calling_verbs:
            continue
        if index + 1 < len(left) and _marks_noun(left[index + 1], tables):
            return None  # "his own brand of fiction": a noun, not a calling verb
        between = list(reversed(left[:index]))
        # "called for", "called on": a demand, not a name for something.
        if not between or between[0].norm in sets.calling_particles:
            return None
        # Trim what sits between the object and the falsity word: "as", intensifiers, an
        # article with its adjective ("a boldfaced"), a coordinated adjective ("unfair and").
        obj = list(between)
        while obj:
            if obj[-1].norm in sets.intensifiers or obj[-1].norm in sets.predicative_markers:
                obj.pop()
            elif obj[-1].norm in sets.coordinators or (
                len(obj) > 1 and obj[-2].norm in sets.indefinite_articles
            ):
                del obj[-2:]
            else:
                break
        if not obj:
            # "statements were rated as false": a passive calls its subject so.
            _, subject = _passive_subject(left[index + 1 :], token.norm, tables)
            return subject
        norms = {t.norm for t in obj}
        if norms & (sets.personal_pronouns - sets.thing_pronouns):
            return _BLOCKED
        if norms & sets.non_dispute_objects:
            return _BLOCKED
        if (
            len(obj) == 1
            and obj[0].norm in sets.pronoun_objects
            and _last_noun_is_proposal(sentence, token.start, tables)
        ):
            return _BLOCKED
        return (obj[0].start, obj[-1].end)
    return None


def _reported_or_quoted(sentence: _Sentence, pos: int, tables: CompiledCues) -> bool:
    """Whether words at ``pos`` are someone's: after a reporting verb, or inside quotes."""
    before = sentence.tokens.within(pos - _LOOKBACK_WINDOW, pos)
    if any(t.norm in tables.sets.reporting_verbs for t in before):
        return True
    region = sentence[max(0, pos - _LOOKBACK_WINDOW) : pos]
    marks = tables.marks
    opened = max((region.rfind(mark) for mark in marks.openers), default=-1)
    closed = max((region.rfind(mark) for mark in marks.closers), default=-1)
    return opened > closed or any(region.count(mark) % 2 == 1 for mark in marks.symmetric)


def _last_noun_is_proposal(sentence: _Sentence, pos: int, tables: CompiledCues) -> bool:
    """Whether the nearest claim-or-proposal noun before ``pos`` is a proposal."""
    for token in reversed(sentence.tokens.within(pos - _LOOKBACK_WINDOW, pos)):
        if token.norm in tables.sets.claim_nouns:
            return False
        if token.norm in tables.sets.non_dispute_objects:
            return True
    return False


_RULE_BY_KIND: dict[str, _Judge[Any]] = {
    "verb": _Judge(VERB_STEPS, _VerbCandidate),
    "noun": _Judge(NOUN_STEPS, _Candidate),
    "falsity": _Judge(FALSITY_STEPS, _Candidate),
    "adverb": _Judge(ADVERB_STEPS, _Candidate),
    "acceptance": _Judge(ACCEPTANCE_STEPS, _Candidate),
    "evidence": _Judge(EVIDENCE_STEPS, _Candidate),
}
