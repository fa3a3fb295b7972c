"""The words that signal a dispute, as plain tables: denials, refutations, rejections.

Patterns are data (the habit of ftfy's ``chardata``): every word or phrase the dispute rules
look for lives in one :class:`DisputeCues` value, one table per concept, so that another
language or a house style needs a new value, not new code. The rules that read these tables
live in :mod:`newsclaims._extract.dispute_rules`.

Entries start with a letter and are matched case-insensitively as whole words; a space in an
entry matches any short run of whitespace (with quotation marks of the lexicon's on either
side), and ``'`` matches any of the lexicon's apostrophes. The English tables are plain data
in :mod:`newsclaims.lang.en.disputes`. Verb tables list every inflected form, because
English inflection is irregular (``rebutted``, ``took issue``) and a table that says exactly
what it matches is easier to check than a stemmer.

>>> cues = DEFAULT_DISPUTE_CUES.extend(verbs_deny=["disavow", "disavowed"])
>>> "disavowed" in cues.verbs_deny, "disavowed" in DEFAULT_DISPUTE_CUES.verbs_deny
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from newsclaims._errors import ValidationError
from newsclaims._model.records import Stance
from newsclaims.lang.en.disputes import ENGLISH_DISPUTE_TABLES

__all__ = ["DEFAULT_DISPUTE_CUES", "DisputeCues"]


def _table(value: Iterable[str]) -> tuple[str, ...]:
    """A table as a tuple of distinct, stripped, non-empty strings, in the order given."""
    if isinstance(value, str):
        raise ValidationError([("", f"a table must be a sequence of strings, not {value!r}")])
    out: list[str] = []
    for entry in value:
        if not isinstance(entry, str) or not entry.strip():
            raise ValidationError([("", f"table entries must be non-empty strings: {entry!r}")])
        entry = " ".join(entry.split())
        if entry not in out:
            out.append(entry)
    return tuple(out)


class _Missing(tuple[str, ...]):
    """The value of a table not given, which :class:`DisputeCues` refuses by name."""

    __slots__ = ()


_MISSING = _Missing()


def _required(value: Iterable[str]) -> tuple[str, ...]:
    return value if isinstance(value, _Missing) else _table(value)


def _field() -> tuple[str, ...]:
    # A default only so that every missing table is named in one error, not a TypeError.
    return attrs.field(default=_MISSING, converter=_required)


@attrs.frozen(cache_hash=True)
class DisputeCues:
    """The tables the dispute rules read, one per concept; every table is required.

    The English tables are :data:`DEFAULT_DISPUTE_CUES`, built from the plain data of
    :mod:`newsclaims.lang.en.disputes`; a value missing a table is refused by name:

    >>> DisputeCues(verbs_deny=["deny"])
    Traceback (most recent call last):
    ...
    newsclaims.ValidationError: verbs_refute: a table of DisputeCues is missing...

    Frozen and hashable, so a value can be shared by concurrent callers and its compiled
    patterns cached (see :mod:`newsclaims._extract.dispute_tables`). Build a changed value with
    :meth:`extend` (add entries) or :func:`attrs.evolve` (replace a table).

    **Cue tables** say which words can signal a dispute, and with which :class:`Stance`:

    - ``verbs_deny``, ``verbs_refute``, ``verbs_reject``, ``verbs_dispute``,
      ``verbs_dismiss``: dispute verbs with their inflections, phrasal ones with their
      particle left open (``pushed back`` takes ``on`` or ``against`` from
      ``object_particles``). A verb is a cue only in a dispute context: a claim-like object
      ("rejected the notion", "several of Trump's comments", "what he said"), a pronoun or
      *that*-clause (for ``verbs_pronoun_object``; only the clause, and nothing else, for
      ``verbs_that_object``: "countered that"), any object not withheld or given (for
      ``verbs_any_object``: "denied his opposition"), a person (for
      ``verbs_person_object``: "contradicting Trump", "contradicted him."), people who say
      something (after a phrasal verb: "pushed back against critics who say"), no object at
      all (for ``verbs_standalone``), a claim as the subject of its passive (any subject for
      ``verbs_passive_standalone``: "are easily refuted"), or a relative clause whose
      antecedent is a claim ("a claim which Kyiv has denied").
    - ``nouns_deny``, ``nouns_refute``, ``nouns_reject``, ``nouns_dispute``,
      ``nouns_dismiss``: the nouns of those acts ("denial", "rebuttal"), cues when they take a
      claim ("denial of the reports"), carry a ``nominal_intensifiers`` word ("fierce
      denials"), follow a ``nominal_support_verbs`` word ("issued a denial"), follow a
      possessive (for ``nouns_possessed``: "the ministry's denial") or are in
      ``nouns_standalone``.
    - ``falsity_deny``, ``falsity_refute``, ``falsity_reject``, ``falsity_dispute``,
      ``falsity_dismiss``: words that call something untrue or worthless. Those listed in
      ``falsity_standalone`` are cues wherever they occur ("not true", "do not correspond to
      reality"); the others only as a predicate ("it's nonsense"), after a calling verb
      ("calling them propaganda"), before a claim noun ("false narrative"), after a
      ``trafficking_verbs`` word ("peddling fiction"), after "accused ... of" ("accused him
      of an “artful smear”"), after a ``proving_verbs`` word ("proved him wrong") or
      standing alone as a reply ("“Nonsense,” he said"). A falsity word that a
      ``conceding_verbs`` word reports ("admitted that ... was inaccurate") is no cue.
    - ``falsity_reported``, ``falsity_found``, ``falsity_lying``, ``falsity_possessed``:
      falsity entries that are cues only in their own context, documented on each table:
      when someone says them ("said the decision had nothing to do with the emails"), after
      a verb of finding ("found no evidence that"), ending a clause someone says ("“He is
      lying,” she said") or as someone's words ("his lies", "the lies from Sanders").
    - ``adverbs_refute``: adverbs that call what a verb of saying says untrue, cues next to
      a ``reporting_verbs`` or ``assertion_verbs`` word ("claimed - falsely - that");
      ``adverbs_dismiss``: the same for adverbs that wave it away ("ridiculously claimed").

    **Grammar tables** (articles, prepositions, auxiliaries, suffixes) hold the English
    function words the rules need to read a cue's neighbours; another language replaces
    them along with the cue words.

    **Context tables** say what makes those words a dispute or not; each is documented on
    its field below. The other senses of the cue words, and the table that rules each out:

    - withheld, voted down, thrown out ("denied entry", "rejected the bill", "dismissed the
      case"): ``non_dispute_objects``; a passive with no claim as its subject ("was denied
      bail", "was dismissed from"): the lexicon's ``passive_auxiliaries``;
    - fought over ("disputed territory", "a contested election", "contested state"):
      the lexicon's ``noun_markers`` and ``non_dispute_objects``; "undisputed" and
      "self-denial" are not whole-word matches;
    - negated ("did not deny", "no one disputes", "there's no denying"): ``negators``;
    - opinions and insults ("it's ridiculous that ...", "they were being ridiculous", "a
      phony system"): ``personal_pronouns``, and the rule that a falsity word modifying a
      noun other than a claim is no predicate;
    - names ("Correct the Record", a super PAC): a title-cased phrase inside a sentence.
    """

    #: Deny: says the claim is untrue.
    verbs_deny: tuple[str, ...] = _field()
    #: Refute: shows or argues that it is untrue.
    verbs_refute: tuple[str, ...] = _field()
    #: Reject: refuses to accept it. The project's :class:`Stance` puts "pushed back on" here.
    verbs_reject: tuple[str, ...] = _field()
    #: Dispute: contests it.
    verbs_dispute: tuple[str, ...] = _field()
    #: Dismiss: waves it away.
    verbs_dismiss: tuple[str, ...] = _field()
    #: Verb forms that mark a dispute with no object at all: "Moscow strongly denies",
    #: "CNN was quick to push back". Other verbs need an object ("rejected" alone is as
    #: likely a bill as a claim).
    verbs_standalone: tuple[str, ...] = _field()
    #: Verb forms whose object may be a bare pronoun or a *that*-clause ("denied it",
    #: "Israel disputes this", "denied that she would"). "Rejected it" or "dismissed it" is
    #: as likely a plan as a claim, so those verbs are not here.
    verbs_pronoun_object: tuple[str, ...] = _field()
    #: Verb forms whose object may be a person, standing for what that person said
    #: ("contradicting Trump, said ...").
    verbs_person_object: tuple[str, ...] = _field()
    #: Verb forms that dispute whatever direct object they take, unless it is a thing
    #: withheld ("denied entry"), a person given or refused something ("deny him a
    #: chance", "deny Trump the nomination") or one's own words: "denied his opposition",
    #: "disputes this year's figures". Reject and dismiss take proposals too often to be here.
    verbs_any_object: tuple[str, ...] = _field()
    #: Verb forms whose object, when it is a quantity (``quantity_nouns``), is offset rather
    #: than disputed: "countered the claim" disputes, "to counter the large numbers of
    #: Democrats" does not.
    verbs_offsetting: tuple[str, ...] = _field()
    #: Claim nouns that are also quantities: see ``verbs_offsetting``.
    quantity_nouns: tuple[str, ...] = _field()
    #: Verb forms that dispute what a person said when the person is followed by a
    #: ``topic_particles`` word and a claim: "challenging him over his comments that",
    #: "challenged Trump on his claim".
    verbs_person_topic: tuple[str, ...] = _field()
    #: Prepositions that bring what a person is challenged on: "over his comments".
    topic_particles: tuple[str, ...] = _field()
    #: Phrasal verb forms that dispute a bare pronoun after their particle, at the end of a
    #: clause: "Clinton took issue with that.", "“I disagree with that,” he said"; not "took
    #: issue with that decision", where "that" is a determiner.
    verbs_particle_pronoun: tuple[str, ...] = _field()
    #: Particles between a verb and its object: "pushed back on", "took issue with".
    object_particles: tuple[str, ...] = _field()
    #: Verb phrases ending in *that* that are cues only as written, before a clause:
    #: "countered that every cent ...", "retorted that he", not "to counter that threat".
    #: The bare verb "counter" is a cue only with a claim as its object ("countered the
    #: claim"; see ``verbs_offsetting``): "to counter this" opposes.
    verbs_that_object: tuple[str, ...] = _field()
    #: Phrasal retort verbs: "fired back at Trump's comments" disputes the comments, but
    #: after ``retort_instrument_particles`` comes the retort itself, not what it answers:
    #: "fired back with a snarky statement".
    verbs_retort: tuple[str, ...] = _field()
    #: Particles that, after a ``verbs_retort`` verb, open the retort itself.
    retort_instrument_particles: tuple[str, ...] = _field()
    #: Participles that dispute in a passive whatever its subject, since only what is said
    #: can be refuted: "many of their arguments, like ..., are easily refuted". Not "denied"
    #: or "rejected", whose passive is as often a thing withheld or voted down.
    verbs_passive_standalone: tuple[str, ...] = _field()
    #: Object pronouns that stand for a person, and so for what the person said, after a
    #: ``verbs_person_object`` verb at the end of a clause: "Trump contradicted him."
    person_pronoun_objects: tuple[str, ...] = _field()
    #: Words that open a free relative naming what someone said, when a ``reporting_verbs``
    #: or ``assertion_verbs`` word follows within three words: "I disagree with what he
    #: said", "rejected what the report claimed".
    free_relatives: tuple[str, ...] = _field()
    #: Quantifiers that open an object with "of": "rejecting several of Trump's comments".
    object_quantifiers: tuple[str, ...] = _field()
    #: Relative pronouns for people: after a phrasal or person-object dispute verb, an
    #: object followed by one of these and a reporting verb is the speakers of a claim
    #: ("pushing back against candidates — like Trump — who say the country is in decline").
    speaker_relatives: tuple[str, ...] = _field()

    #: Nouns of denial.
    nouns_deny: tuple[str, ...] = _field()
    #: Nouns of refutation.
    nouns_refute: tuple[str, ...] = _field()
    #: Nouns of rejection.
    nouns_reject: tuple[str, ...] = _field()
    #: Nouns of disputing (empty in English: "a dispute" is a quarrel, not a cue).
    nouns_dispute: tuple[str, ...] = _field()
    #: Nouns of dismissal.
    nouns_dismiss: tuple[str, ...] = _field()
    #: Adjectives that make a bare dispute noun a cue: "fierce denials", "a flat denial".
    nominal_intensifiers: tuple[str, ...] = _field()

    #: Verbs that make a dispute noun after them a cue: "issued a denial", "released a
    #: rebuttal".
    nominal_support_verbs: tuple[str, ...] = _field()
    #: Dispute nouns that take any noun phrase after a ``noun_particles`` word, a person
    #: included, since only what is said is rebutted: "a rebuttal to the candidate who
    #: launched his campaign by ...", "his refutation of Trump".
    nouns_any_object: tuple[str, ...] = _field()
    #: Dispute nouns that are cues on their own, unless what they take is withheld
    #: ("denials of service"): "despite his denials", "denials from the campaign".
    nouns_standalone: tuple[str, ...] = _field()
    #: Phrases that deny outright: those of ``falsity_reported`` only when someone says them,
    #: the others anywhere (``falsity_standalone``).
    falsity_deny: tuple[str, ...] = _field()
    #: Words calling it untrue.
    falsity_refute: tuple[str, ...] = _field()
    #: Words calling it propaganda or a smear (the project's :class:`Stance` puts calling
    #: it "propaganda" under reject).
    falsity_reject: tuple[str, ...] = _field()
    #: Words saying it twists what was said, or is wrong.
    falsity_dispute: tuple[str, ...] = _field()
    #: Words waving it away as worthless.
    falsity_dismiss: tuple[str, ...] = _field()
    #: Falsity entries that are cues wherever they occur. Others, like "false"
    #: ("false prophets") or "propaganda" ("Western propaganda"), need a context.
    falsity_standalone: tuple[str, ...] = _field()
    #: Last words of a ``falsity_standalone`` phrase after which what it disputes follows:
    #: "there is no truth to the claim", "no truth in it".
    target_particles: tuple[str, ...] = _field()
    #: Cue words written with a capital anywhere, which the rule that a capitalized cue
    #: inside a sentence is part of a name must not drop: "she earns Three Pinocchios".
    eponyms: tuple[str, ...] = _field()
    #: Falsity entries that are a fact-checker's rating, given by a verb before them: no
    #: cue when a negator is among the three words before ("we do not award Pinocchios").
    falsity_ratings: tuple[str, ...] = _field()
    #: Falsity entries that deny one's own words, cues only after a ``first_person``
    #: subject ("I never said that", "I've never said"), or after a ``third_person`` subject
    #: that a ``reporting_verbs`` word introduces ("he insisted that he never actually said");
    #: not "he did not say when", nor before a ``question_words`` word.
    falsity_first_person: tuple[str, ...] = _field()
    #: First-person subjects, contractions included.
    first_person: tuple[str, ...] = _field()
    #: Pronouns written with a capital wherever they stand, so that a capitalized cue
    #: opening with one is no name: "I never said that".
    capitalized_pronouns: tuple[str, ...] = _field()
    #: Third-person subjects of a reported denial of one's own words: "insisted that he
    #: never said".
    third_person: tuple[str, ...] = _field()
    #: Words after "did not say" that make it withholding, not denying: "did not say when".
    question_words: tuple[str, ...] = _field()
    #: Falsity entries that refute only after a ``finding_verbs`` word: "investigators found
    #: no evidence that the document was sent", "the committee found “no evidence of a stand
    #: down order”"; "there is no evidence of" alone may be the narrator's aside.
    falsity_found: tuple[str, ...] = _field()
    #: Verbs of finding: see ``falsity_found``.
    finding_verbs: tuple[str, ...] = _field()
    #: Falsity entries that call someone a liar in what they say, cues only at the end of
    #: a clause that someone says (after a ``reporting_verbs`` word or inside quotation
    #: marks), not negated, and for "lying" only after a copula: "“Trump is lying,”
    #: Clinton said", "he said Bush lied."; not "bodies lying on the boulevard", "lied to
    #: the FBI", "he is lying in bed".
    falsity_lying: tuple[str, ...] = _field()
    #: Words after a ``falsity_lying`` verb that, with a verb of saying in the three words
    #: after them, name the lie: "Trump lied when he said he opposed the war".
    lying_occasions: tuple[str, ...] = _field()
    #: Falsity entries that deny a link or an event, cues only when someone says them
    #: (after a ``reporting_verbs`` word or inside quotation marks): "a spokesman said the
    #: decision had nothing to do with the emails", "telling reporters he had nothing to do
    #: with it", "“That never happened,” she said"; not the narrator's "the tax has nothing
    #: to do with trade" or "the deal never happened", nor a refusal after a
    #: ``refusal_markers`` word ("she would have nothing to do with him").
    falsity_reported: tuple[str, ...] = _field()
    #: ``falsity_reported`` phrases in the plural present, cues only after a personal
    #: pronoun ("we have nothing to do with it"): after a noun they are as often a wish
    #: ("the right thing is that the first gentleman have nothing to do with ...").
    falsity_reported_pronoun_subject: tuple[str, ...] = _field()
    #: Words right before a ``falsity_reported`` phrase that make it a refusal to be
    #: involved: "would have nothing to do with him", "wants to have nothing to do with".
    refusal_markers: tuple[str, ...] = _field()
    #: Falsity nouns that call someone's words lies when they belong to someone: after a
    #: possessive ("his lies", "Clinton's latest falsehoods", "Clinton's most infamous
    #: statements and lies") or before a ``source_prepositions`` word and a name or pronoun
    #: after an article ("the lies from Sanders"). "The village lies in a valley" and "her
    #: talent lies in ..." are verbs: a possessive must stand right before the noun, or
    #: before ``falsity_noun_modifiers`` words or a claim noun and a coordinator.
    falsity_possessed: tuple[str, ...] = _field()
    #: Possessive determiners: "his lies".
    possessive_determiners: tuple[str, ...] = _field()
    #: Prepositions that give a falsity noun its source: "the lies from Sanders".
    source_prepositions: tuple[str, ...] = _field()
    #: Adjectives allowed between a possessive and a ``falsity_possessed`` noun, besides
    #: ``intensifiers`` and -ly adverbs: "his repeated lies", "Trump's latest falsehoods";
    #: and between a copula and a falsity word: "the claims were outrageous lies".
    falsity_noun_modifiers: tuple[str, ...] = _field()
    #: Verbs of an offence committed with a false document: "filing a false robbery report"
    #: is the offence, not a dispute of what the report says.
    offence_verbs: tuple[str, ...] = _field()
    #: Falsity entries that are cues only at the end of a clause or before "for saying":
    #: "the polls are wrong." but not "it is wrong to", "went wrong".
    falsity_clause_final: tuple[str, ...] = _field()
    #: Verbs that report speech: "wrong" is a cue only when someone says it ("Rubio says
    #: the polls are wrong"), not when a narrator judges ("this hatred was wrong").
    reporting_verbs: tuple[str, ...] = _field()
    #: Words after a falsity word that give it another sense: "made up of", "made up by",
    #: "full of lies" is not it.
    falsity_blocking_followers: tuple[str, ...] = _field()
    #: Falsity nouns that take what they call false with "of", which then does not block
    #: them: "a distortion of the events", "a mischaracterization of his remarks".
    falsity_nouns_of: tuple[str, ...] = _field()
    #: Verbs that call their object something: "calling them propaganda".
    calling_verbs: tuple[str, ...] = _field()
    #: Verbs that traffic in falsehood: "is peddling fiction".
    trafficking_verbs: tuple[str, ...] = _field()
    #: Adverbs that give a falsity word right after them another sense: "politically
    #: incorrect" is no error of fact, "materially false statements" names an offence.
    sense_adverbs: tuple[str, ...] = _field()
    #: Verbs of accusing: "accused him of an “artful smear”" calls what he said a smear.
    accusing_verbs: tuple[str, ...] = _field()
    #: Verbs that show a falsity word true of their object: "London has proved him wrong",
    #: "was proven false".
    proving_verbs: tuple[str, ...] = _field()
    #: Verbs that concede: a falsity word they report is one's own error admitted, not a
    #: dispute ("Carson admitted that the course name in his book was inaccurate").
    conceding_verbs: tuple[str, ...] = _field()
    #: Adverbs that call what a verb of saying says untrue: "proclaimed - falsely - that",
    #: "wrongly claimed", "falsely accused". A cue only next to a ``reporting_verbs`` or
    #: ``assertion_verbs`` word ("falsely imprisoned" is not one).
    adverbs_refute: tuple[str, ...] = _field()
    #: Adverbs that wave away what a verb of saying says, with the same context as
    #: ``adverbs_refute``: "has ridiculously claimed that" (not "ridiculously high").
    adverbs_dismiss: tuple[str, ...] = _field()
    #: Verbs that assert or attribute, besides ``reporting_verbs``: what ``adverbs_refute``
    #: and ``free_relatives`` need next to them.
    assertion_verbs: tuple[str, ...] = _field()

    #: (The nouns naming what people say or assert, whose presence makes a cue a dispute, are
    #: the lexicon's ``claim_nouns``, the one table of that word class.)
    #: Claim-like nouns that need a following *that*: "rejected the idea that ..." disputes,
    #: "rejected the idea of a valedictory address" declines a plan.
    claim_nouns_with_that: tuple[str, ...] = _field()
    #: Words after "deny" that open what is denied: "denied any wrongdoing", "denied he
    #: knew", "denied having met". Object pronouns are not here: "deny him a chance" withholds.
    deny_objects: tuple[str, ...] = _field()
    #: Words that open the object of a gerund after "deny": with one, the "-ing" word is a
    #: verb, and what is denied is having done it ("denied mocking the reporter", "denies
    #: meeting him"); without one it may be a noun withheld ("denied funding to the city",
    #: "denied boarding"). Capitalised names open one too ("denied knowing Putin").
    gerund_object_openers: tuple[str, ...] = _field()
    #: Dispute nouns that are cues after a possessive: "the ministry's denial came hours
    #: later", "his rebuttal". Not "dismissal" ("Comey's dismissal" is a firing) nor
    #: "rejection" (of plans as often as of claims).
    nouns_possessed: tuple[str, ...] = _field()
    #: Pronouns that can stand for a claim as an object: "denied it", "disputes this".
    pronoun_objects: tuple[str, ...] = _field()
    #: Demonstratives: before a noun they are determiners ("dismissed that suggestion").
    demonstratives: tuple[str, ...] = _field()
    #: Articles: one after an object's first noun opens a second object ("deny Trump the
    #: nomination"), and one right before a cue makes it a noun ("a two-man contest").
    articles: tuple[str, ...] = _field()
    #: Indefinite articles: one word may sit between one and a falsity noun ("a boldfaced
    #: lie", "a complete fabrication").
    indefinite_articles: tuple[str, ...] = _field()
    #: Words that open a relative clause after a claim noun: "a claim which Kyiv denied".
    claim_relatives: tuple[str, ...] = _field()
    #: Prepositions, complementizers and relative words: an object never runs past one.
    object_stops: tuple[str, ...] = _field()
    #: Prepositions that make a calling verb something else: "called for", "called on".
    calling_particles: tuple[str, ...] = _field()
    #: Prepositions by which a dispute noun takes what it disputes: "denial of the reports".
    noun_particles: tuple[str, ...] = _field()
    #: Words that may follow "wrong" in a dispute: "wrong for saying", "wrong in their
    #: recollections", "wrong about", "wrong when he says", "were wrong during a hearing",
    #: "Trump was wrong here".
    clause_final_followers: tuple[str, ...] = _field()
    #: Words that may follow a falsity predicate: "misleading to imply", "nonsense that",
    #: "a distortion of the events", "was inaccurate on Clinton", "is as false as it is cruel".
    predicate_followers: tuple[str, ...] = _field()
    #: Subjects too vague for "wrong" to dispute anything: "it was wrong", "what is wrong".
    vague_subjects: tuple[str, ...] = _field()
    #: (What opens a clause a verb or noun disputes, "denied that she would", is the
    #: lexicon's ``complementizers``.)
    #: The infinitive marker: "not true to his word", "ridiculous to think" are other senses
    #: of a falsity word.
    infinitive_markers: tuple[str, ...] = _field()
    #: Pronouns that stand for a claim even with words after them: "denied it happened".
    clause_pronouns: tuple[str, ...] = _field()
    #: The preposition of a noun's object: after a dispute noun, it must bring a claim
    #: ("denial of the reports", not "denial of access").
    genitive_particles: tuple[str, ...] = _field()
    #: Endings of a past participle, for passives and adjectives: "was denied", "the
    #: disputed territory", "taken issue".
    participle_suffixes: tuple[str, ...] = _field()
    #: Endings of a verb's gerund or present participle: "denies ever mocking the
    #: reporter", "“He is lying,” she said".
    gerund_suffixes: tuple[str, ...] = _field()
    #: The preposition of a passive's agent: "an allegation rejected by the campaign".
    agent_prepositions: tuple[str, ...] = _field()
    #: The word that introduces what something is called: "dismissed it as nonsense".
    predicative_markers: tuple[str, ...] = _field()
    #: Coordinators between adjectives: "unfair and absurd".
    coordinators: tuple[str, ...] = _field()
    #: Endings of a word that negate it ("didn't", "wasn't") or make it a possessive.
    negation_suffixes: tuple[str, ...] = _field()
    possessive_suffixes: tuple[str, ...] = _field()
    #: Nouns that give a cue word its other sense: what is denied, rejected or dismissed
    #: when it is withheld, voted down or thrown out ("denied entry", "rejected the bill",
    #: "dismissed the case"), and what a "disputed" or "contested" thing is when it is
    #: fought over ("disputed territory", "contested election"). Met as the object, they
    #: end the search for a claim.
    non_dispute_objects: tuple[str, ...] = _field()
    #: (The verbs that make a following cue verb passive, "was denied entry", are the
    #: lexicon's ``passive_auxiliaries``.)
    #: Auxiliary verbs: an object never runs past one ("the latest dispute has flared").
    verb_auxiliaries: tuple[str, ...] = _field()
    #: Finite auxiliaries and copulas that, after a noun phrase, make it the subject of a
    #: clause: "denied the candidate had been paid", "disputed the economy was growing".
    clause_verbs: tuple[str, ...] = _field()
    #: Copulas before a falsity predicate, contractions included: "it's nonsense".
    copulas: tuple[str, ...] = _field()
    #: Words allowed between a copula or calling verb and the falsity word: "is just not
    #: accurate", "is all lies", "called that beyond preposterous", "is as false as it is cruel".
    intensifiers: tuple[str, ...] = _field()
    #: Words in the three before a cue verb that negate it: "did not deny", "no one has
    #: disputed", "there's no denying", "declined to dispute". A cue ending in "n't" counts.
    negators: tuple[str, ...] = _field()
    #: Words that, right after a negator, undo it: "she not only brushed off the report's
    #: findings but ..." still brushes them off.
    negation_cancellers: tuple[str, ...] = _field()
    #: (The words right before a cue verb that make it a noun or adjective, "a dispute",
    #: "the disputed territory", are the lexicon's ``noun_markers``; such a participle is
    #: still a cue right before a claim noun: "the debunked accounts".)
    #: Words that end a clause after a verb, so the verb has no object: "Moscow strongly
    #: denies, but ...", "denied through his lawyer".
    clause_boundaries: tuple[str, ...] = _field()
    #: Adverbs skipped when looking at a cue's neighbours ("has always denied", "is still
    #: contested"); with ``adverb_suffixes``, which covers "strongly", "vigorously", ...
    skippable_adverbs: tuple[str, ...] = _field()
    #: Endings that mark a word as a skippable adverb.
    adverb_suffixes: tuple[str, ...] = _field()
    #: Subjects that make a dismissive predicate an insult rather than a dispute: "they were
    #: being ridiculous".
    personal_pronouns: tuple[str, ...] = _field()
    #: Personal pronouns that stand for things as often as for people, so that calling them
    #: false calls what was said false: "calling them propaganda", not "called him a liar".
    thing_pronouns: tuple[str, ...] = _field()
    #: Reflexive pronouns: "misrepresenting herself" is fraud, not a dispute of a claim.
    reflexive_pronouns: tuple[str, ...] = _field()
    #: Words after a possessive that mark one's own words, so contradicting them is
    #: backtracking, not disputing: "contradicting his earlier comments".
    self_reference: tuple[str, ...] = _field()

    # -- issue 15 (disputes that generalize): a claim not accepted ----------------------
    #: Verbs of accepting a claim, cues when negated with a claim as object: "never bought
    #: the idea that", "did not buy her argument" (stance reject). "did not buy the house"
    #: names no claim and is none.
    acceptance_verbs: tuple[str, ...] = _field()
    #: Words of persuasion, cues when negated about a claim noun: "I do not find their
    #: arguments compelling", "It wasn't a convincing argument", "the claim is not
    #: credible" (stance dispute).
    persuasion_words: tuple[str, ...] = _field()
    #: Nouns of evidence, cues when a negated verb of ``showing_verbs`` has them as object
    #: with what they would prove: "did not provide specific evidence that China was behind
    #: the hack", "none found any evidence of wrongdoing" (stance dispute).
    evidence_nouns: tuple[str, ...] = _field()
    #: Verbs of finding, seeing or giving evidence: "did not see convincing evidence".
    showing_verbs: tuple[str, ...] = _field()

    def __attrs_post_init__(self) -> None:
        missing = [f.name for f in attrs.fields(DisputeCues) if getattr(self, f.name) is _MISSING]
        if missing:
            raise ValidationError(
                [(name, "a table of DisputeCues is missing") for name in missing]
            )

    def extend(self, **tables: Iterable[str]) -> DisputeCues:
        """A new value with each named table's entries added after the existing ones.

        Nothing is changed in place: the default value stays as it was for every other
        caller.

        >>> cues = DEFAULT_DISPUTE_CUES.extend(falsity_dismiss=["poppycock"])
        >>> cues.falsity_dismiss[-1]
        'poppycock'
        >>> DEFAULT_DISPUTE_CUES.extend(verbs_denied=["x"])
        Traceback (most recent call last):
        ...
        newsclaims.ValidationError: verbs_denied: is not a table of DisputeCues
        """
        names = {field.name for field in attrs.fields(DisputeCues)}
        unknown = [name for name in tables if name not in names]
        if unknown:
            raise ValidationError([(n, "is not a table of DisputeCues") for n in unknown])
        changes = {name: (*getattr(self, name), *_table(more)) for name, more in tables.items()}
        return attrs.evolve(self, **changes)

    def stance_tables(self) -> Mapping[str, Mapping[Stance, tuple[str, ...]]]:
        """The cue tables by kind ("verb", "noun", "falsity", "adverb", "acceptance",
        "evidence") and by stance."""
        return {
            "verb": {
                Stance.DENY: self.verbs_deny,
                Stance.REFUTE: self.verbs_refute,
                Stance.REJECT: self.verbs_reject,
                Stance.DISPUTE: self.verbs_dispute,
                Stance.DISMISS: self.verbs_dismiss,
            },
            "noun": {
                Stance.DENY: self.nouns_deny,
                Stance.REFUTE: self.nouns_refute,
                Stance.REJECT: self.nouns_reject,
                Stance.DISPUTE: self.nouns_dispute,
                Stance.DISMISS: self.nouns_dismiss,
            },
            "falsity": {
                Stance.DENY: self.falsity_deny,
                Stance.REFUTE: self.falsity_refute,
                Stance.REJECT: self.falsity_reject,
                Stance.DISPUTE: self.falsity_dispute,
                Stance.DISMISS: self.falsity_dismiss,
            },
            "adverb": {Stance.REFUTE: self.adverbs_refute, Stance.DISMISS: self.adverbs_dismiss},
            "acceptance": {
                Stance.REJECT: self.acceptance_verbs,
                Stance.DISPUTE: self.persuasion_words,
            },
            "evidence": {Stance.DISPUTE: self.evidence_nouns},
        }


DEFAULT_DISPUTE_CUES = DisputeCues(**ENGLISH_DISPUTE_TABLES)
"""The English tables, built from news reporting (PolNeAR's train split)."""
