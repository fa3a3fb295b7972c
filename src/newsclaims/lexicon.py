"""The language tables the analysis reads: quotation marks, cue verbs, titles, pronouns, sources.

Everything language-specific lives in one frozen :class:`Lexicon` value, as plain data, so that
another language (or a newsroom's house style) can follow without touching the engine. The
English tables live in :mod:`newsclaims.lang.en`; every table is required, so a lexicon for
another language says what each of its tables holds, and nothing English is consulted. The
engine derives its regular expressions from the value it is given and caches them per value;
nothing is global or mutable, so concurrent callers with different lexicons never meet.

Extending the default English lexicon returns a new value and leaves the default alone:

>>> from newsclaims import DEFAULT_LEXICON
>>> mine = DEFAULT_LEXICON.extend(cue_verbs=["harrumphed"])
>>> "harrumphed" in mine.cue_verbs, "harrumphed" in DEFAULT_LEXICON.cue_verbs
(True, False)
>>> mine == DEFAULT_LEXICON.extend(cue_verbs=["harrumphed"])
True

A lexicon is written to JSON and read back, so that an extension can be kept in a file:

>>> Lexicon.from_json(mine.to_json()) == mine
True
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsclaims._dispute_cues import DEFAULT_DISPUTE_CUES, DisputeCues
from newsclaims._errors import ValidationError
from newsclaims._model.records import ActorKind
from newsclaims.lang import en

__all__ = ["DEFAULT_LEXICON", "Lexicon"]

#: The version of the lexicon file format :meth:`Lexicon.to_json` writes.
LEXICON_FORMAT = "newsclaims-lexicon/1"


class _Missing:
    """What a table not given holds until ``__attrs_post_init__`` names it in an error."""

    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):  # a string is iterable too, letter by letter
        raise ValidationError([("", f"expected a list of strings, got the string {value!r}")])
    items = tuple(value)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValidationError([("", f"lexicon entries must be non-empty strings: {item!r}")])
    return items


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    pairs = tuple((str(a), str(b)) for a, b in value)
    for opening, closing in pairs:
        if not opening or not closing:
            raise ValidationError([("quote_pairs", "a quotation mark must not be empty")])
    return pairs


def _kinds(
    value: Iterable[tuple[str, Iterable[ActorKind | str]]],
) -> tuple[tuple[str, tuple[ActorKind, ...]], ...]:
    return tuple((str(word), tuple(ActorKind(k) for k in kinds)) for word, kinds in value)


# The converters of the tables: each lets the missing-table marker through, so that
# ``__attrs_post_init__`` can name every table that was not given.
def _table(value: Any) -> tuple[str, ...]:
    return value if value is _MISSING else _str_tuple(value)


def _pair_table(value: Any) -> tuple[tuple[str, str], ...]:
    return value if value is _MISSING else _pairs(value)


def _kind_table(value: Any) -> tuple[tuple[str, tuple[ActorKind, ...]], ...]:
    return value if value is _MISSING else _kinds(value)


@attrs.frozen(cache_hash=True, repr=False)
class Lexicon:
    """Every language-specific table the analysis uses, as plain data.

    A lexicon is a frozen, hashable value: compare it, use it as a cache key, pass it to
    concurrent jobs. Build a changed one with :meth:`extend` (adds entries) or
    ``attrs.evolve`` (replaces a table). Matching of words is case-sensitive where case
    carries meaning (titles, organisation words) and case-insensitive for cues.
    """

    #: Quotation-mark pairs ``(opening, closing)``; an opening mark may begin several pairs
    #: („ closes with “ in German and with ” in Polish). A pair whose two marks are the same
    #: (straight ``"`` and ``'``, the doubled apostrophe ``''``) is told apart by context.
    quote_pairs: tuple[tuple[str, str], ...] = attrs.field(default=_MISSING, converter=_pair_table)
    #: Marks that are also apostrophes (don't, regime’s, ’90s): a mark between two letters or
    #: before a digit is taken as an apostrophe, never as a quotation mark.
    apostrophes: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words written between two apostrophes that are elisions, not quotes (rock ’n’ roll).
    elisions: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Speech and writing verbs, every inflection spelled out (said, says, saying, ...), and
    #: multi-word cues (shot back, went on). Matched case-insensitively, as whole words.
    cue_verbs: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Cues that come before their source: "according to X".
    source_cues: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that may sit between a source and its cue: "has said", "later added".
    auxiliaries: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Titles and honorifics that precede a name: President, Sen., Dr., Mr.
    titles: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Name suffixes that make a different person: "Donald Trump Jr." is not "Donald Trump".
    name_suffixes: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Capitalised words that start sentences but never names ("The", "But", "In").
    not_names: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Pronouns and the actor kinds each can refer to.
    pronouns: tuple[tuple[str, tuple[ActorKind, ...]], ...] = attrs.field(
        default=_MISSING, converter=_kind_table
    )
    #: Descriptions that refer back to an actor named earlier ("the senator", "the post"),
    #: with the kinds they can refer to; the head noun is matched after "the".
    descriptions: tuple[tuple[str, tuple[ActorKind, ...]], ...] = attrs.field(
        default=_MISSING, converter=_kind_table
    )
    #: Unnamed sources, taken as actors of kind anonymous ("officials", "a senior official").
    anonymous_sources: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Nouns of a person's role in an apposition: "Smith, a spokesman for X,".
    role_nouns: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that make a capitalised name an organisation: Ministry, Staff, Kremlin.
    organization_words: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Names of countries, states and capitals used as actors ("Ukraine said").
    places: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    # Actors task (issue 13): the kinds users filter actors on, as data.
    #: Words that give a capitalised name its kind, with that kind (the first of its
    #: tuple): a party's members are a group ("Republicans"), a newsroom a publication
    #: ("Politifact", "Times"), a body of the state a government ("White House",
    #: "Ministry"). Read before ``organization_words``; the first word of a name in this
    #: table decides.
    kind_words: tuple[tuple[str, tuple[ActorKind, ...]], ...] = attrs.field(
        default=_MISSING, converter=_kind_table
    )
    #: Words that say a person is a man (he, Mr., Sir) or a woman (she, Mrs., Ms.): a
    #: pronoun of one is never bound to a person the text marks with the other.
    masculine_words: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    feminine_words: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: The head words of a channel: where a statement was made (Telegram post, Truth Social).
    channel_words: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words before a quoted title or nickname that say it names a work or a person.
    title_cues: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    nickname_cues: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Small words inside names: "General Staff of the Armed Forces", "Ludwig van Beethoven".
    name_particles: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words after a channel that say who put it out: "video footage released by the Kremlin".
    channel_sources: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Definite articles: "the senator" refers back to someone named before, "a senator" not.
    definite_articles: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that open a source's noun phrase: "the post", "a senior official", "two people".
    determiners: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that start a clause or a phrase of their own, and so end a source phrase after
    #: its cue ("said Putin in a statement") and start one before it ("but Ortiz disagreed").
    clause_words: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Prepositions: a source phrase never ends with one ("on the claims" is no source).
    prepositions: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Prepositions that lead into where or when a statement was made, between a cue and its
    #: quotation or after a cue: "told CNN on Monday: “…”", "said in a Telegram post".
    setting_prepositions: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that open a sentence with a phrase before its subject: "During the debate, Trump".
    opening_words: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Objects a cue may take before its quotation or complement: "calling them", "told
    #: reporters".
    cue_objects: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that may follow a quotation without continuing the reporter's sentence: a new
    #: clause or a reporting clause ("“…” when …", "“…” he said").
    clause_openers: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that may follow a reporting clause that ends its sentence: a time or a place
    #: ("Putin said on Saturday", "said Monday").
    clause_followers: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that introduce reported speech as a clause ("said that …"): a lead-in that holds
    #: one reports a clause, not the quotation.
    complementizers: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Complementizers written after a comma that follows the verb ("sagte, dass ..." in
    #: German); in English a comma after the verb ends a reporting clause ("..., he said,
    #: that ..." splits the sentence), so the English table is empty.
    comma_complementizers: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Abbreviations whose period never ends a sentence (besides the titles): "Jan.", "No.".
    abbreviations: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Abbreviations whose period may end a sentence: "U.S.", "a.m.", "Jr.". One does only
    #: when a word that opens sentences (``not_names``: "The", "He") follows.
    final_abbreviations: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Verbs that report a claim besides the speech cues: beliefs, findings, accusations
    #: ("believes", "estimated", "found", "accused", "touted"). Matched like ``cue_verbs``.
    claim_verbs: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Verbs that contest a claim and so report one too ("denied that", "refuted claims
    #: that"); they open a claim and find the subject of a later "and said".
    dispute_verbs: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Verbs whose claim is their object phrase ("touted Moscow’s retaking of ..."), which
    #: ends where a subordinate clause starts ("... as forces pushed them out").
    object_verbs: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words a claim's object phrase ends before: "as", "when", "while", "because".
    clause_breaks: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Speech verbs that lead into quotes but report no claim of their own: "continued",
    #: "went on", "laughed" (a claim needs a verb that carries content).
    quote_only_verbs: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Verbs with an addressee before their content: "told a lunch group that ...".
    addressee_verbs: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that make the verb form after them a noun: "the claims", "his remarks".
    noun_markers: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Whom a claim is told to, between its verb and its content: "told reporters that".
    claim_addressees: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Occasions a verb may name before its content: "said in an interview with CNN".
    claim_occasions: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Where a claim was made, between its verb and its content: "said in a statement that".
    claim_channels: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: When a claim was made, between its verb and its content: "said Monday that".
    claim_times: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that weaken a claim: "an estimated 14,000", "allegedly", "believed".
    hedges: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Nouns that name a reported statement: the content of "X said Y, a claim which Kyiv
    #: denied" ends before ", a claim which".
    claim_nouns: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words after a comma that end a claim's content, as what follows is the reporter's:
    #: ", with troops engaged", ", adding ...", ", who ...".
    content_ends: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that open an adjunct of a reporting clause rather than a second part of its
    #: content: in "In his state, X said, with ..." nothing after "said," is said.
    claim_adjuncts: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Comment words that close a content but are the reporter's: "..., however".
    claim_asides: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that open a phrase of place or time, which alone is no content: "said recently
    #: in New York".
    circumstance_words: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Relative pronouns that stand for a claimant: "Ted Cruz, who said ...".
    relative_pronouns: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Conjunctions that join a second reporting clause to a claim: "..., and he added that".
    clause_joints: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words right before a source cue, with no comma between, that give it a sense other
    #: than attribution: "varies according to income", "went according to plan".
    source_cue_senses: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Prepositions that open a sentence whose opening phrase names a document or a poll as
    #: the source of the clause after its comma: "In a CBS News poll last month, CLAUSE".
    document_cues: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: The head nouns of such a phrase: polls, surveys, studies, reports (lowercase).
    source_documents: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Labels that open a headline or paragraph before a colon without naming a speaker:
    #: "Editor's note:", "The Latest:", "Update:" (matched case-insensitively).
    label_kickers: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Forms of "be" that make a participle cue after them passive: "Pence was asked if ...",
    #: whose subject is not who asked.
    passive_auxiliaries: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Participles of cue verbs that do not end in -ed: "was told", "is thought".
    participles: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Cue verbs that are nouns far more often ("his home state of Vermont", "swing
    #: states"): they report a claim only with a complementizer after them ("states that").
    that_verbs: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: The word that marks an infinitive: in "The House is expected to pass it" the content
    #: is the subject and the infinitive.
    infinitive_marker: str = attrs.field(default=_MISSING)
    #: Particles that make a one-word cue verb before them a phrasal verb of another sense:
    #: "showing up", "called off" (multi-word cues such as "pointed out" match first).
    phrasal_particles: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Endings of a regular past tense or past participle ("claimed", "reported"): such a
    #: form after a determiner or a number modifies a noun, and after "was" is passive.
    past_suffixes: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Endings of a gerund or present participle ("calling them", "saying"): such a cue has
    #: the sentence's speaker for its subject.
    gerund_suffixes: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Endings of a plural noun, or of a verb's third person ("reports", "says"): a cue word
    #: so ending at the end of a phrase is its head noun ("Intelligence reports").
    plural_suffixes: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Endings of a possessive ("Trump's remarks"): the verb form after one is a noun.
    possessive_suffixes: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words besides the pronouns whose "'s" stands for "is" or "has", not a possessive:
    #: "that's", "there's", "what's".
    contracting_words: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Words that open a participle clause before its sentence's subject: "When asked
    #: whether ..., Fiorina said".
    participle_openers: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Cue verbs written with a capital, as a headline in title case ("Clinton Says Russians
    #: Hacked DNC") or a sentence's start ("Asked about ...") writes them: only forms that are
    #: no name or noun, as the verbs match case-sensitively.
    headline_cues: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    # Issue 14 (reported speech):
    #: Verbs of appearance ("seems", "appeared to"): an evidential with no source, whose
    #: content is its subject and what follows ("Sanders appeared to dismiss the issue").
    appearance_verbs: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Determiners of one thing ("a", "this", "each"): a verb's base form after one and a
    #: word is a noun, as no singular subject takes it ("a conference call", "a tax plan").
    singular_determiners: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: Adjectives of belief and attitude that report a claim with a that-clause after a
    #: form of "be": "Democrats are concerned that ...", "she is convinced that ...".
    belief_adjectives: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: The preposition of a passive verb's agent: "was first reported by Politico".
    agent_prepositions: tuple[str, ...] = attrs.field(default=_MISSING, converter=_table)
    #: The tables of dispute cues (denial verbs, falsity phrases, the senses that are not
    #: disputes): a :class:`~newsclaims.DisputeCues` value with its own ``extend``.
    disputes: DisputeCues = attrs.field(default=_MISSING)

    def __attrs_post_init__(self) -> None:
        # Every table is required: a language that leaves one out would otherwise run with
        # nothing there and no word of it.
        missing = [f.name for f in attrs.fields(Lexicon) if getattr(self, f.name) is _MISSING]
        if missing:
            raise ValidationError([(name, "missing table") for name in missing])
        if not isinstance(self.infinitive_marker, str) or not self.infinitive_marker.strip():
            raise ValidationError([("infinitive_marker", "expected a non-empty string")])
        if not isinstance(self.disputes, DisputeCues):
            raise ValidationError([("disputes", "expected a DisputeCues value")])

    def __repr__(self) -> str:
        # Short: the default lexicon's tables would fill pages of help(analyze).
        sizes = [len(getattr(self, f.name)) for f in attrs.fields(Lexicon) if f.name != "disputes"]
        disputes = [len(getattr(self.disputes, f.name)) for f in attrs.fields(DisputeCues)]
        return (
            f"<Lexicon: {len(sizes)} tables of {sum(sizes):,} entries, "
            f"and {len(disputes)} dispute tables of {sum(disputes):,}>"
        )

    def to_dict(self) -> dict[str, Any]:
        """The lexicon as plain JSON-able data: each table by its name, and the format.

        >>> DEFAULT_LEXICON.to_dict()["quote_pairs"][0]
        ['“', '”']
        """
        out: dict[str, Any] = {"format": LEXICON_FORMAT}
        for field in attrs.fields(Lexicon):
            value = getattr(self, field.name)
            if field.name == "disputes":
                out[field.name] = {
                    f.name: list(getattr(value, f.name)) for f in attrs.fields(DisputeCues)
                }
            elif field.name in ("pronouns", "descriptions", "kind_words"):
                out[field.name] = [[word, [k.value for k in kinds]] for word, kinds in value]
            elif isinstance(value, str):
                out[field.name] = value
            else:
                out[field.name] = [list(e) if isinstance(e, tuple) else e for e in value]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Lexicon:
        """A lexicon from :meth:`to_dict`'s data. Every table is required.

        >>> data = DEFAULT_LEXICON.to_dict()
        >>> del data["hedges"]
        >>> Lexicon.from_dict(data)
        Traceback (most recent call last):
        ...
        newsclaims.ValidationError: hedges: missing table
        """
        if not isinstance(data, Mapping):
            raise ValidationError([("", f"a lexicon is a JSON object, not {type(data).__name__}")])
        found = data.get("format", LEXICON_FORMAT)
        if found != LEXICON_FORMAT:
            raise ValidationError([("format", f"expected {LEXICON_FORMAT!r}, got {found!r}")])
        tables = {key: value for key, value in data.items() if key != "format"}
        disputes = tables.get("disputes", {})
        if not isinstance(disputes, Mapping):
            raise ValidationError([("disputes", "expected an object of dispute tables")])
        # Each table on its own first, so that an error names the table it is in.
        problems = _table_problems("", "the lexicon", attrs.fields(Lexicon), tables)
        if "disputes" in tables:
            problems += _table_problems(
                "disputes.", "DisputeCues", attrs.fields(DisputeCues), disputes
            )
        if problems:
            raise ValidationError(problems)
        return cls(**{**tables, "disputes": DisputeCues(**disputes)})

    def to_json(self) -> str:
        """The lexicon as a JSON document (indented, one entry a line); see :meth:`from_json`."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str | bytes) -> Lexicon:
        """A lexicon from a JSON document :meth:`to_json` wrote (or written by hand).

        >>> Lexicon.from_json("[]")
        Traceback (most recent call last):
        ...
        newsclaims.ValidationError: a lexicon is a JSON object, not list
        """
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as error:
            raise ValidationError([("", f"not a JSON document: {error}")]) from None
        return cls.from_dict(data)

    def extend(self, **tables: Iterable[object]) -> Lexicon:
        """A new lexicon with each named table extended by the given entries.

        Entries already present are not repeated; the tables keep their order.

        >>> lex = DEFAULT_LEXICON.extend(titles=["Alderman"], cue_verbs=["harrumphed", "said"])
        >>> lex.titles[-1], lex.cue_verbs[-1], len(lex.cue_verbs) - len(DEFAULT_LEXICON.cue_verbs)
        ('Alderman', 'harrumphed', 1)
        >>> DEFAULT_LEXICON.extend(verbs=["said"])
        Traceback (most recent call last):
        ...
        newsclaims.ValidationError: verbs: not a table of the lexicon

        The dispute cues are tables of their own, extended by name:

        >>> lex = DEFAULT_LEXICON.extend(disputes={"verbs_deny": ["gainsaid"]})
        >>> "gainsaid" in lex.disputes.verbs_deny
        True
        """
        names = {field.name for field in attrs.fields(Lexicon)}
        changes: dict[str, object] = {}
        for name, entries in tables.items():
            if name not in names:
                raise ValidationError([(name, "not a table of the lexicon")])
            if name == "disputes":
                if not isinstance(entries, Mapping):
                    raise ValidationError(
                        [(name, "give the dispute tables by name: disputes={'verbs_deny': [...]}")]
                    )
                changes[name] = self.disputes.extend(**entries)
                continue
            current: tuple[object, ...] = getattr(self, name)
            added = tuple(e for e in _as_entries(name, entries) if e not in current)
            changes[name] = (*current, *added)
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    def pronoun_kinds(self, word: str) -> tuple[ActorKind, ...]:
        """The actor kinds a pronoun can refer to; empty if ``word`` is not a pronoun.

        >>> [k.value for k in DEFAULT_LEXICON.pronoun_kinds("She")]
        ['person']
        """
        return _kinds_by_word(self)[0].get(word.casefold(), ())

    def description_kinds(self, noun: str) -> tuple[ActorKind, ...]:
        """The actor kinds a description's head noun can refer to ("post" -> organisations).

        >>> [k.value for k in DEFAULT_LEXICON.description_kinds("senator")]
        ['person']
        """
        return _kinds_by_word(self)[1].get(noun.casefold(), ())


def _table_problems(
    prefix: str, owner: str, fields: Iterable[attrs.Attribute[Any]], tables: Mapping[str, Any]
) -> list[tuple[str, str]]:
    """What is wrong with each of ``tables`` (missing, unknown, or not converting), each
    problem named by its table."""
    problems: list[tuple[str, str]] = []
    known = set()
    for field in fields:
        known.add(field.name)
        if field.name not in tables:
            problems.append((prefix + field.name, "missing table"))
        elif callable(field.converter) and field.name != "disputes":
            try:
                field.converter(tables[field.name])
            except ValidationError as error:
                problems += [(prefix + field.name, message) for _, message in error.problems]
            except (TypeError, ValueError) as error:
                problems.append((prefix + field.name, f"not a table of entries: {error}"))
    problems += [(prefix + k, f"not a table of {owner}") for k in tables if k not in known]
    return problems


# What the pronoun and description tables say of each word, as a dict per table: the first
# entry for a word wins.
_KindsByWord = dict[str, tuple[ActorKind, ...]]


@functools.lru_cache(maxsize=32)
def _kinds_by_word(lexicon: Lexicon) -> tuple[_KindsByWord, _KindsByWord]:
    """The pronoun and description tables of ``lexicon`` as dicts (built once per value:
    attribution asks about every source phrase)."""
    pronouns: _KindsByWord = {}
    for word, kinds in lexicon.pronouns:
        pronouns.setdefault(word, kinds)
    descriptions: _KindsByWord = {}
    for word, kinds in lexicon.descriptions:
        descriptions.setdefault(word, kinds)
    return pronouns, descriptions


def _as_entries(name: str, entries: Iterable[object]) -> tuple[object, ...]:
    if name in ("pronouns", "descriptions", "kind_words"):
        return _kinds(entries)  # type: ignore[arg-type]
    if name == "quote_pairs":
        return _pairs(entries)  # type: ignore[arg-type]
    return _str_tuple(entries)  # type: ignore[arg-type]


DEFAULT_LEXICON = Lexicon(**en.TABLES, disputes=DEFAULT_DISPUTE_CUES)  # type: ignore[arg-type]
"""The English lexicon: the tables of :mod:`newsclaims.lang.en` and the English dispute cues."""
