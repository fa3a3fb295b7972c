"""The language tables the analysis reads: quotation marks, cue verbs, titles, pronouns, sources.

Everything language-specific lives in one frozen :class:`Lexicon` value, as plain data, so that
another language (or a newsroom's house style) can follow without touching the engine. The
engine derives its regular expressions from the value it is given and caches them per value;
nothing is global or mutable, so concurrent callers with different lexicons never meet.

Extending the default English lexicon returns a new value and leaves the default alone:

>>> from newsclaims import DEFAULT_LEXICON
>>> mine = DEFAULT_LEXICON.extend(cue_verbs=["harrumphed"])
>>> "harrumphed" in mine.cue_verbs, "harrumphed" in DEFAULT_LEXICON.cue_verbs
(True, False)
>>> mine == DEFAULT_LEXICON.extend(cue_verbs=["harrumphed"])
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import attrs

from newsclaims._dispute_cues import DEFAULT_DISPUTE_CUES, DisputeCues
from newsclaims._errors import ValidationError
from newsclaims._models import ActorKind

__all__ = ["DEFAULT_LEXICON", "Lexicon"]


def _words(text: str) -> tuple[str, ...]:
    """The entries of a table written one per line (blank lines and ``#`` comments skipped)."""
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


def _split(words: str) -> tuple[str, ...]:
    """The entries of a table written as words separated by spaces."""
    return tuple(words.split())


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


@attrs.frozen(cache_hash=True)
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
    quote_pairs: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs)
    #: Marks that are also apostrophes (don't, regime’s, ’90s): a mark between two letters or
    #: before a digit is taken as an apostrophe, never as a quotation mark.
    apostrophes: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words written between two apostrophes that are elisions, not quotes (rock ’n’ roll).
    elisions: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Speech and writing verbs, every inflection spelled out (said, says, saying, ...), and
    #: multi-word cues (shot back, went on). Matched case-insensitively, as whole words.
    cue_verbs: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Cues that come before their source: "according to X".
    source_cues: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words that may sit between a source and its cue: "has said", "later added".
    auxiliaries: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Titles and honorifics that precede a name: President, Sen., Dr., Mr.
    titles: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Name suffixes that make a different person: "Donald Trump Jr." is not "Donald Trump".
    name_suffixes: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Capitalised words that start sentences but never names ("The", "But", "In").
    not_names: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Pronouns and the actor kinds each can refer to.
    pronouns: tuple[tuple[str, tuple[ActorKind, ...]], ...] = attrs.field(converter=_kinds)
    #: Descriptions that refer back to an actor named earlier ("the senator", "the post"),
    #: with the kinds they can refer to; the head noun is matched after "the".
    descriptions: tuple[tuple[str, tuple[ActorKind, ...]], ...] = attrs.field(converter=_kinds)
    #: Unnamed sources, taken as actors of kind anonymous ("officials", "a senior official").
    anonymous_sources: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Nouns of a person's role in an apposition: "Smith, a spokesman for X,".
    role_nouns: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words that make a capitalised name an organisation: Ministry, Staff, Kremlin.
    organization_words: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Names of countries, states and capitals used as actors ("Ukraine said").
    places: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: The head words of a channel: where a statement was made (Telegram post, Truth Social).
    channel_words: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words before a quoted title or nickname that say it names a work or a person.
    title_cues: tuple[str, ...] = attrs.field(converter=_str_tuple)
    nickname_cues: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Small words inside names: "General Staff of the Armed Forces", "Ludwig van Beethoven".
    name_particles: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words after a channel that say who put it out: "video footage released by the Kremlin".
    channel_sources: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Definite articles: "the senator" refers back to someone named before, "a senator" not.
    definite_articles: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words that open a source's noun phrase: "the post", "a senior official", "two people".
    determiners: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words that start a clause or a phrase of their own, and so end a source phrase after
    #: its cue ("said Putin in a statement") and start one before it ("but Ortiz disagreed").
    clause_words: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Prepositions: a source phrase never ends with one ("on the claims" is no source).
    prepositions: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Prepositions that lead into where or when a statement was made, between a cue and its
    #: quotation or after a cue: "told CNN on Monday: “…”", "said in a Telegram post".
    setting_prepositions: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words that open a sentence with a phrase before its subject: "During the debate, Trump".
    opening_words: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Objects a cue may take before its quotation or complement: "calling them", "told
    #: reporters".
    cue_objects: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words that may follow a quotation without continuing the reporter's sentence: a new
    #: clause or a reporting clause ("“…” when …", "“…” he said").
    clause_openers: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words that may follow a reporting clause that ends its sentence: a time or a place
    #: ("Putin said on Saturday", "said Monday").
    clause_followers: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Words that introduce reported speech as a clause ("said that …"): a lead-in that holds
    #: one reports a clause, not the quotation.
    complementizers: tuple[str, ...] = attrs.field(converter=_str_tuple)
    #: Abbreviations whose period never ends a sentence (besides the titles): "Jan.", "No.".
    abbreviations: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Abbreviations whose period may end a sentence: "U.S.", "a.m.", "Jr.". One does only
    #: when a word that opens sentences (``not_names``: "The", "He") follows.
    final_abbreviations: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Verbs that report a claim besides the speech cues: beliefs, findings, accusations
    #: ("believes", "estimated", "found", "accused", "touted"). Matched like ``cue_verbs``.
    claim_verbs: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Verbs that contest a claim and so report one too ("denied that", "refuted claims
    #: that"); they open a claim and find the subject of a later "and said".
    dispute_verbs: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Verbs whose claim is their object phrase ("touted Moscow’s retaking of ..."), which
    #: ends where a subordinate clause starts ("... as forces pushed them out").
    object_verbs: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words a claim's object phrase ends before: "as", "when", "while", "because".
    clause_breaks: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Speech verbs that lead into quotes but report no claim of their own: "continued",
    #: "went on", "laughed" (a claim needs a verb that carries content).
    quote_only_verbs: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Verbs with an addressee before their content: "told a lunch group that ...".
    addressee_verbs: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words that make the verb form after them a noun: "the claims", "his remarks".
    noun_markers: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Whom a claim is told to, between its verb and its content: "told reporters that".
    claim_addressees: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Occasions a verb may name before its content: "said in an interview with CNN".
    claim_occasions: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Where a claim was made, between its verb and its content: "said in a statement that".
    claim_channels: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: When a claim was made, between its verb and its content: "said Monday that".
    claim_times: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words that weaken a claim: "an estimated 14,000", "allegedly", "believed".
    hedges: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Nouns that name a reported statement: the content of "X said Y, a claim which Kyiv
    #: denied" ends before ", a claim which".
    claim_nouns: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words after a comma that end a claim's content, as what follows is the reporter's:
    #: ", with troops engaged", ", adding ...", ", who ...".
    content_ends: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words that open an adjunct of a reporting clause rather than a second part of its
    #: content: in "In his state, X said, with ..." nothing after "said," is said.
    claim_adjuncts: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Comment words that close a content but are the reporter's: "..., however".
    claim_asides: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words that open a phrase of place or time, which alone is no content: "said recently
    #: in New York".
    circumstance_words: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Relative pronouns that stand for a claimant: "Ted Cruz, who said ...".
    relative_pronouns: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Conjunctions that join a second reporting clause to a claim: "..., and he added that".
    clause_joints: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words right before a source cue, with no comma between, that give it a sense other
    #: than attribution: "varies according to income", "went according to plan".
    source_cue_senses: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Prepositions that open a sentence whose opening phrase names a document or a poll as
    #: the source of the clause after its comma: "In a CBS News poll last month, CLAUSE".
    document_cues: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: The head nouns of such a phrase: polls, surveys, studies, reports (lowercase).
    source_documents: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Labels that open a headline or paragraph before a colon without naming a speaker:
    #: "Editor's note:", "The Latest:", "Update:" (matched case-insensitively).
    label_kickers: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Forms of "be" that make a participle cue after them passive: "Pence was asked if ...",
    #: whose subject is not who asked.
    passive_auxiliaries: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Participles of cue verbs that do not end in -ed: "was told", "is thought".
    participles: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Cue verbs that are nouns far more often ("his home state of Vermont", "swing
    #: states"): they report a claim only with a complementizer after them ("states that").
    that_verbs: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: The word that marks an infinitive: in "The House is expected to pass it" the content
    #: is the subject and the infinitive.
    infinitive_marker: str = attrs.field(default="to", validator=attrs.validators.instance_of(str))
    #: Particles that make a one-word cue verb before them a phrasal verb of another sense:
    #: "showing up", "called off" (multi-word cues such as "pointed out" match first).
    phrasal_particles: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words besides the pronouns whose "'s" stands for "is" or "has", not a possessive:
    #: "that's", "there's", "what's".
    contracting_words: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Words that open a participle clause before its sentence's subject: "When asked
    #: whether ..., Fiorina said".
    participle_openers: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: Cue verbs written with a capital, as a headline in title case ("Clinton Says Russians
    #: Hacked DNC") or a sentence's start ("Asked about ...") writes them: only forms that are
    #: no name or noun, as the verbs match case-sensitively.
    headline_cues: tuple[str, ...] = attrs.field(converter=_str_tuple, default=())
    #: The tables of dispute cues (denial verbs, falsity phrases, the senses that are not
    #: disputes): a :class:`~newsclaims.DisputeCues` value with its own ``extend``.
    disputes: DisputeCues = attrs.field(
        default=DEFAULT_DISPUTE_CUES, validator=attrs.validators.instance_of(DisputeCues)
    )

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
    if name in ("pronouns", "descriptions"):
        return _kinds(entries)  # type: ignore[arg-type]
    if name == "quote_pairs":
        return _pairs(entries)  # type: ignore[arg-type]
    return _str_tuple(entries)  # type: ignore[arg-type]


_PERSON = (ActorKind.PERSON,)
_BODY = (
    ActorKind.ORGANIZATION,
    ActorKind.GOVERNMENT,
    ActorKind.COUNTRY,
    ActorKind.PUBLICATION,
    ActorKind.GROUP,
)

_ONE_WORD_CUES = tuple(
    word
    for line in _words(
        """
    # The issue's table, every inflection
    say says said saying
    add adds added adding
    tell tells told telling
    write writes wrote writing written
    tweet tweets tweeted tweeting
    post posts posted posting
    note notes noted noting
    state states stated stating
    claim claims claimed claiming
    insist insists insisted insisting
    argue argues argued arguing
    warn warns warned warning
    praise praises praised praising
    announce announces announced announcing
    declare declares declared declaring
    explain explains explained explaining
    ask asks asked asking
    reply replies replied replying
    continue continues continued continuing
    # The uncommon verbs users of other tools met (cases/what-users-of-other-tools-asked-for.md)
    sigh sighs sighed sighing
    grumble grumbles grumbled grumbling
    quip quips quipped quipping
    scoff scoffs scoffed scoffing
    fume fumes fumed fuming
    concede concedes conceded conceding
    caution cautions cautioned cautioning
    # Others common in news (PolNeAR train and dev)
    call calls called calling
    disagree disagrees disagreed disagreeing
    muse muses mused musing
    mock mocks mocked mocking
    press presses pressed pressing
    gloat gloats gloated gloating
    echo echoes echoed echoing
    sing sings sang singing
    recite recites recited reciting
    lament laments lamented lamenting
    demur demurs demurred demurring
    elaborate elaborates elaborated elaborating
    respond responds responded responding
    conclude concludes concluded concluding
    recall recalls recalled recalling
    report reports reported reporting
    read reads
    shout shouts shouted shouting
    yell yells yelled yelling
    chant chants chanted chanting
    scream screams screamed screaming
    answer answers answered answering
    admit admits admitted admitting
    acknowledge acknowledges acknowledged acknowledging
    remark remarks remarked remarking
    assert asserts asserted asserting
    joke jokes joked joking
    laugh laughs laughed
    boast boasts boasted boasting
    vow vows vowed vowing
    pledge pledges pledged pledging
    promise promises promised promising
    urge urges urged urging
    charge charges charged charging
    demand demands demanded demanding
    wonder wonders wondered wondering
    exclaim exclaims exclaimed exclaiming
    confess confesses confessed confessing
    retort retorts retorted retorting
    interject interjects interjected interjecting
    observe observes observed observing
    suggest suggests suggested suggesting
    complain complains complained complaining
    counter counters countered countering
    predict predicts predicted predicting
    emphasize emphasizes emphasized emphasizing
    stress stresses stressed stressing
    mutter mutters muttered muttering
    whisper whispers whispered whispering
    bark barks barked barking
    beam beams beamed beaming
    boom booms boomed booming
    thunder thunders thundered thundering
    cry cries cried crying
    snap snaps snapped snapping
    quote quotes quoted quoting
    recount recounts recounted recounting
    testify testifies testified testifying
    """
    )
    for word in line.split()
)
_CUE_VERBS = (
    *_ONE_WORD_CUES,
    # Cues of more than one word: each is one entry.
    "shot back",
    "shoots back",
    "point out",
    "points out",
    "pointed out",
    "pointing out",
    "went on",
    "goes on",
    "put it",
    "puts it",
)

DEFAULT_LEXICON = Lexicon(
    claim_verbs=tuple(
        word
        for line in _words(
            """
            believe believes believed believing
            think thinks thought thinking
            estimate estimates estimated estimating
            accuse accuses accused accusing
            tout touts touted touting
            allege alleges alleged alleging
            contend contends contended contending
            maintain maintains maintained maintaining
            show shows showed shown showing
            find finds found finding
            reveal reveals revealed revealing
            indicate indicates indicated indicating
            confirm confirms confirmed confirming
            disclose discloses disclosed disclosing
            hope hopes hoped hoping
            fear fears feared fearing
            expect expects expected expecting
            worry worries worried worrying
            agree agrees agreed agreeing
            know knows knew knowing
            mention mentions mentioned mentioning
            blame blames blamed blaming
            hint hints hinted hinting
            imply implies implied implying
            signal signals signaled signalled signaling signalling
            describe describes described describing
            criticize criticizes criticized criticizing
            acknowledge acknowledges acknowledged acknowledging
            want wants wanted
            support supports supported supporting
            oppose opposes opposed opposing
            endorse endorses endorsed endorsing
            defend defends defended defending
            propose proposes proposed proposing
            refuse refuses refused
            seek seeks sought
            cite cites cited citing
            plan plans planned
            """
        )
        for word in line.split()
    ),
    dispute_verbs=tuple(
        word
        for line in _words(
            """
            deny denies denied denying
            refute refutes refuted refuting
            reject rejects rejected rejecting
            dispute disputes disputed disputing
            dismiss dismisses dismissed dismissing
            rebut rebuts rebutted rebutting
            """
        )
        for word in line.split()
    ),
    object_verbs=_split(
        "tout touts touted touting praise praises praised praising accuse accuses accused "
        "accusing blame blames blamed blaming criticize criticizes criticized criticizing "
        "describe describes described describing mention mentions mentioned mentioning "
        "support supports supported supporting oppose opposes opposed opposing endorse "
        "endorses endorsed endorsing defend defends defended defending cite cites cited "
        "citing"
    ),
    clause_breaks=_split(
        "as when while because after before since although though but whereas until"
    ),
    quote_only_verbs=(
        "went on",
        "goes on",
        "go on",
        *_split(
            "continue continues continued continuing laugh laughs laughed "
            "joke jokes joked joking shout shouts shouted shouting yell yells yelled yelling "
            "chant chants chanted chanting read reads quote quotes quoted quoting answer "
            "answers answered answering scream screams screamed screaming"
        ),
    ),
    addressee_verbs=_split(
        "tell tells told telling assure assures assured inform informs informed remind "
        "reminds reminded warn warns warned urge urges urged convince convinced promise "
        "promises promised ask asks asked"
    ),
    noun_markers=_split(
        "a an the his her its their our my your this these those such no any every each "
        "another new false earlier recent latest several many some two three other both"
    ),
    claim_addressees=(
        "the crowd",
        "the audience",
        "the press",
        "the committee",
        "the panel",
        "the newspaper",
        *_split("reporters him her them us me you supporters voters"),
    ),
    claim_occasions=_split("interview audience crowd"),
    claim_channels=_split(
        "statement interview post tweet speech letter email video op-ed memo briefing "
        "conference report filing hearing"
    ),
    claim_times=_split(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year yesterday "
        "today tonight earlier later recently repeatedly again also previously publicly "
        "privately"
    ),
    hedges=_split(
        "estimated alleged allegedly believed reportedly apparently purportedly supposedly "
        "suspected likely possibly probably perhaps"
    ),
    claim_nouns=_split("claim assertion allegation charge contention statement report account"),
    content_ends=(
        "in which",
        *_split(
            "with without according adding saying calling citing noting referring arguing "
            "insisting warning who which whom whose"
        ),
    ),
    claim_adjuncts=_split(
        "with without in on at as after before during while when since according adding "
        "saying noting citing calling referring speaking who which where"
    ),
    claim_asides=_split("however though too instead meanwhile"),
    circumstance_words=_split("in on at during after before from to with for by last this next"),
    relative_pronouns=_split("who which"),
    clause_joints=_split("and but while"),
    abbreviations=tuple(
        word
        for line in _words(
            """
        Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
        Mon. Tue. Tues. Wed. Thu. Thurs. Fri. Sat. Sun.
        No. Nos. Vol. vs. v. etc. e.g. i.e. approx. est. Ft. Mt. St. Ste.
        Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass.
        Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Penn. Tenn. Tex. Va. Vt.
        Wash. Wis. Wyo.
        """
        )
        for word in line.split()
    ),
    final_abbreviations=_split(
        "U.S. U.K. U.N. E.U. D.C. a.m. p.m. A.M. P.M. Jr. Sr. Inc. Co. Corp. Ltd. Bros."
    ),
    quote_pairs=(
        ("“", "”"),
        ("„", "“"),
        ("„", "”"),
        ("«", "»"),
        ("‹", "›"),
        ("「", "」"),
        ("『", "』"),
        ('"', '"'),
        ("''", "''"),
        ("‘", "’"),
        ("‚", "‘"),
        ("'", "'"),
        # Typists mix straight and curly marks: "…” and “…".
        ('"', "”"),
        ("“", '"'),
    ),
    apostrophes=("'", "’", "‘", "‚"),
    elisions=("n", "N", "em", "til", "tis", "twas", "cause"),
    cue_verbs=_CUE_VERBS,
    source_cues=("according to", "in the words of"),
    document_cues=("In",),
    that_verbs=_split("state states"),
    phrasal_particles=_split("up off"),
    contracting_words=_split("that there here what who where when how let"),
    participle_openers=_split("when if after once though although unless while as"),
    headline_cues=_split("Says Tells Warns Vows Admits Insists Asked Pressed"),
    passive_auxiliaries=_split("is are was were be been being"),
    participles=_split("told said thought known seen shown written heard understood"),
    label_kickers=(
        "Editor’s note",
        "Editor's note",
        "Note",
        "The Latest",
        "Contributing",
        "Still to come",
        "Breaking",
        "Breaking news",
        "Update",
        "Updated",
        "Correction",
        "Exclusive",
        "Watch",
        "Related",
        "Revealed",
        "Photos",
        "Video",
        "Byline",
        "h/t",
        "Twitter",
        "Source",
        "Sources",
    ),
    source_documents=_split(
        "poll polls polling survey surveys study studies report reports analysis analyses "
        "average averages tally count estimate estimates projection projections findings "
        "census"
    ),
    source_cue_senses=_split(
        "vary varies varied varying differ differs differed range ranges ranged ranked rank "
        "ranks ranking sorted sort grouped divided classify classifies classified listed "
        "ordered arranged "
        "adjusted weighted scaled calculated priced paid taxed act acts acted acting "
        "behave behaves behaved proceed proceeds proceeded went go goes going gone "
        "unfold unfolded unfolding planned play played dressed live lived living"
    ),
    auxiliaries=_words(
        """
        has
        have
        had
        would
        will
        was
        also
        later
        then
        again
        once
        further
        previously
        earlier
        recently
        often
        repeatedly
        simply
        only
        just
        """
    ),
    titles=_words(
        """
        President
        Vice President
        Prime Minister
        Minister
        Secretary
        Secretary of State
        Chancellor
        King
        Queen
        Prince
        Pope
        Sen.
        Senator
        Rep.
        Representative
        Congressman
        Congresswoman
        Gov.
        Governor
        Lt.
        Mayor
        Judge
        Justice
        Attorney General
        Speaker
        Ambassador
        Commissioner
        Councillor
        Councilman
        Councilwoman
        Chairman
        Chairwoman
        Director
        Gen.
        General
        Col.
        Colonel
        Capt.
        Captain
        Adm.
        Admiral
        Sgt.
        Dr.
        Prof.
        Professor
        Rev.
        Mr.
        Mrs.
        Ms.
        Miss
        Mr
        Mrs
        Ms
        Dr
        Sir
        Dame
        Lord
        Lady
        """
    ),
    name_suffixes=("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"),
    not_names=tuple(
        word
        for line in _words(
            """
        The A An And But Or So Yet For Nor If In On At To Of By As With From After Before
        When While Where Why How What Who Whom Which That This These Those There Here Then
        It Its He She They We You I His Her Their Our Your My Me Him Them Us
        Is Are Was Were Be Been Being Has Have Had Do Does Did Will Would Can Could Should
        May Might Must Shall Not No Yes All Some Many Most Much More Both Each Every Any
        Asked Said Says Added Stated Wrote Noted Explained Continued Replied Countered Tweeted
        According Also Still Even Just Only Now Today Yesterday Tomorrow
        Meanwhile However Instead Later Earlier Finally Indeed Moreover Nevertheless Thus
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        January February March April June July August September October November December
        """
        )
        for word in line.split()
    ),
    pronouns=(
        ("he", _PERSON),
        ("she", _PERSON),
        ("i", _PERSON),
        ("it", _BODY),
        ("they", (*_BODY, ActorKind.ANONYMOUS, ActorKind.PERSON)),
        ("we", (*_BODY, ActorKind.PERSON)),
    ),
    descriptions=(
        ("senator", _PERSON),
        ("president", _PERSON),
        ("governor", _PERSON),
        ("minister", _PERSON),
        ("mayor", _PERSON),
        ("candidate", _PERSON),
        ("nominee", _PERSON),
        ("congressman", _PERSON),
        ("congresswoman", _PERSON),
        ("general", _PERSON),
        ("official", _PERSON),
        ("spokesman", _PERSON),
        ("spokeswoman", _PERSON),
        ("post", _BODY),
        ("statement", _BODY),
        ("report", _BODY),
        ("campaign", _BODY),
        ("ministry", _BODY),
        ("company", _BODY),
        ("group", _BODY),
        ("newspaper", _BODY),
        ("agency", _BODY),
        ("committee", _BODY),
        ("department", _BODY),
        ("organization", _BODY),
        ("government", _BODY),
        ("party", _BODY),
    ),
    anonymous_sources=_words(
        """
        officials
        an official
        a senior official
        a senior administration official
        senior officials
        administration officials
        a spokesman
        a spokeswoman
        a spokesperson
        sources
        a source
        one source
        two sources
        people familiar with the matter
        two people familiar with the matter
        a person familiar with the matter
        people close to
        aides
        an aide
        one aide
        advisers
        an adviser
        experts
        analysts
        critics
        supporters
        witnesses
        residents
        intelligence reports
        the crowd
        the audience
        protesters
        """
    ),
    role_nouns=_words(
        """
        spokesman
        spokeswoman
        spokesperson
        press secretary
        aide
        adviser
        advisor
        strategist
        director
        chairman
        chairwoman
        president
        chief
        chief executive
        executive
        founder
        leader
        member
        senator
        representative
        governor
        minister
        secretary
        professor
        analyst
        economist
        manager
        official
        lawyer
        attorney
        candidate
        nominee
        head
        general staff
        """
    ),
    organization_words=_words(
        """
        Kremlin
        White House
        Pentagon
        General Staff
        Staff
        Ministry
        Department
        Committee
        Council
        Commission
        Agency
        Office
        Party
        Campaign
        Foundation
        Center
        Centre
        Institute
        University
        College
        Court
        Congress
        Senate
        House
        Parliament
        Army
        Navy
        Police
        Bureau
        Corporation
        Company
        Inc.
        Corp.
        Bank
        Group
        Association
        Union
        Network
        Post
        Times
        News
        Journal
        Press
        Reuters
        CNN
        Fox
        NBC
        ABC
        CBS
        FBI
        CIA
        NATO
        """
    ),
    places=_words(
        """
        Ukraine
        Russia
        Kyiv
        Moscow
        China
        Beijing
        Iran
        Israel
        Mexico
        Canada
        Britain
        France
        Germany
        Japan
        India
        North Korea
        South Korea
        Syria
        Turkey
        Washington
        America
        United States
        """
    ),
    channel_words=_words(
        """
        Telegram post
        post
        Truth Social
        Twitter
        X
        Facebook
        Instagram
        Telegram
        TikTok
        YouTube
        statement
        interview
        press conference
        news conference
        briefing
        speech
        video
        footage
        tweet
        email
        letter
        op-ed
        essay
        column
        blog post
        podcast
        broadcast
        radio interview
        television interview
        press release
        release
        message
        memo
        """
    ),
    title_cues=_words(
        """
        book
        novel
        film
        movie
        show
        series
        song
        album
        play
        musical
        ad
        article
        column
        report
        titled
        entitled
        headline
        """
    ),
    nickname_cues=_words(
        """
        nicknamed
        dubbed
        known as
        so-called
        so called
        called
        goes by
        """
    ),
    name_particles=_split("of for de van von der da del al bin la le"),
    channel_sources=("released by", "posted by", "published by", "issued by"),
    definite_articles=("the",),
    determiners=_split(
        "the a an one two three four five several some another many most his her their its "
        "our top senior former"
    ),
    clause_words=_split(
        "that and but who which because while when as if so though although or nor where "
        "after before since than what then with by to from in on at during like about "
        "against without under"
    ),
    prepositions=_split("of on in at to for with by from about"),
    setting_prepositions=_split("in on to during via at through from"),
    opening_words=_split(
        "in on at during after before following as while when alongside with without for "
        "from since despite amid asked speaking addressing"
    ),
    cue_objects=(
        "them",
        "him",
        "her",
        "it",
        "us",
        "me",
        "you",
        "reporters",
        "supporters",
        "the crowd",
        "the audience",
    ),
    clause_openers=_split(
        "he she they it we I when while as because after before but and if since though "
        "although where which who so then according"
    ),
    clause_followers=_split(
        "today yesterday on in at after during while when as before of Monday "
        "Tuesday Wednesday Thursday Friday Saturday Sunday"
    ),
    complementizers=("that",),
)
