"""Verbs and phrases that report speech, belief and writing, with their inflections.

Part of the English lexicon (:mod:`newsclaims.lang.en`).
"""

from __future__ import annotations

from newsclaims.lang._tables import entries, split

_ONE_WORD_CUES = tuple(
    word
    for line in entries(
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
    # Issue 13 (Quotes): the cue table completed as word classes. Where a form is far more
    # often a noun ("voice", "text", "reason", "protests"), only its verb forms are listed.
    # Confirming and restating
    confirm confirms confirmed confirming
    reaffirm reaffirms reaffirmed reaffirming
    affirm affirms affirmed affirming
    reiterate reiterates reiterated reiterating
    clarify clarifies clarified clarifying
    aver avers averred averring
    avow avows avowed avowing
    voiced voicing
    # Manner of speaking: a sound or a tone of voice
    blurt blurts blurted blurting
    sniff sniffs sniffed sniffing
    snort snorts snorted snorting
    huff huffs huffed huffing
    snarl snarls snarled snarling
    growl growls growled growling
    hiss hisses hissed hissing
    murmur murmurs murmured murmuring
    mumble mumbles mumbled mumbling
    stammer stammers stammered stammering
    gasp gasps gasped gasping
    groan groans groaned groaning
    moan moans moaned moaning
    whine whines whined whining
    bellow bellows bellowed bellowing
    roar roars roared roaring
    howl howls howled howling
    shriek shrieks shrieked shrieking
    drawl drawls drawled drawling
    chuckle chuckles chuckled chuckling
    intone intones intoned intoning
    deadpan deadpans deadpanned deadpanning
    # Feeling: pleasure, displeasure, surprise
    crow crows crowed crowing
    gush gushes gushed gushing
    rave raves raved raving
    rant rants ranted ranting
    enthuse enthuses enthused enthusing
    exult exults exulted exulting
    marvel marvels marveled marvelled marveling marvelling
    gripe gripes griped griping
    bemoan bemoans bemoaned bemoaning
    fret frets fretted fretting
    sneer sneers sneered sneering
    railed
    protested
    objected
    # Reproach and mockery
    scold scolds scolded scolding
    chide chides chided chiding
    rebuke rebukes rebuked rebuking
    admonish admonishes admonished admonishing
    berate berates berated berating
    chastise chastises chastised chastising
    lectured
    taunt taunts taunted taunting
    tease teases teased teasing
    jeer jeers jeered jeering
    # Opinion and conjecture
    agree agrees agreed agreeing
    opine opines opined opining
    reasoned
    posit posits posited positing
    surmise surmises surmised surmising
    speculate speculates speculated speculating
    theorize theorizes theorized theorizing
    # Asking and pleading
    inquire inquires inquired inquiring
    enquire enquires enquired enquiring
    plead pleads pleaded pled pleading
    implore implores implored imploring
    # Announcing and telling
    commented commenting
    proclaim proclaims proclaimed proclaiming
    trumpeted
    preach preaches preached preaching
    summarize summarizes summarized summarizing
    confide confides confided confiding
    interrupt interrupts interrupted interrupting
    texted
    emailed
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
    # Issue 13 (Quotes): phrasal cues of the same classes.
    "chimed in",
    "chimes in",
    "fired back",
    "fires back",
    "hit back",
    "hits back",
    "lashed out",
    "weighed in",
    "weighs in",
)

#: Speech and writing verbs, every inflection spelled out (said, says, saying, ...), and multi-
#: word cues (shot back, went on). Matched case-insensitively, as whole words.
CUE_VERBS = _CUE_VERBS

#: Cues that come before their source: "according to X".
SOURCE_CUES = ("according to", "in the words of")

#: Verbs that report a claim besides the speech cues: beliefs, findings, accusations ("believes",
#: "estimated", "found", "accused", "touted"). Matched like ``cue_verbs``.
CLAIM_VERBS = tuple(
    word
    for line in entries(
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
)

#: Verbs that contest a claim and so report one too ("denied that", "refuted claims that"); they
#: open a claim and find the subject of a later "and said".
DISPUTE_VERBS = tuple(
    word
    for line in entries(
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
)

#: Verbs whose claim is their object phrase ("touted Moscow’s retaking of ..."), which ends where
#: a subordinate clause starts ("... as forces pushed them out").
OBJECT_VERBS = split(
    "tout touts touted touting praise praises praised praising accuse accuses accused "
    "accusing blame blames blamed blaming criticize criticizes criticized criticizing "
    "describe describes described describing mention mentions mentioned mentioning "
    "support supports supported supporting oppose opposes opposed opposing endorse "
    "endorses endorsed endorsing defend defends defended defending cite cites cited "
    "citing"
)

#: Speech verbs that lead into quotes but report no claim of their own: "continued", "went on",
#: "laughed" (a claim needs a verb that carries content).
QUOTE_ONLY_VERBS = (
    "went on",
    "goes on",
    "go on",
    *split(
        "continue continues continued continuing laugh laughs laughed "
        "joke jokes joked joking shout shouts shouted shouting yell yells yelled yelling "
        "chant chants chanted chanting read reads quote quotes quoted quoting answer "
        "answers answered answering scream screams screamed screaming"
    ),
)

#: Verbs with an addressee before their content: "told a lunch group that ...".
ADDRESSEE_VERBS = split(
    "tell tells told telling assure assures assured inform informs informed remind "
    "reminds reminded warn warns warned urge urges urged convince convinced promise "
    "promises promised ask asks asked"
)

#: Cue verbs written with a capital, as a headline in title case ("Clinton Says Russians Hacked
#: DNC") or a sentence's start ("Asked about ...") writes them: only forms that are no name or
#: noun, as the verbs match case-sensitively.
HEADLINE_CUES = split("Says Tells Warns Vows Admits Insists Asked Pressed")

#: Cue verbs that are nouns far more often ("his home state of Vermont", "swing states"): they
#: report a claim only with a complementizer after them ("states that").
THAT_VERBS = split("state states")

#: Particles that make a one-word cue verb before them a phrasal verb of another sense: "showing
#: up", "called off" (multi-word cues such as "pointed out" match first).
PHRASAL_PARTICLES = split("up off")

#: Participles of cue verbs that do not end in -ed: "was told", "is thought".
PARTICIPLES = split("told said thought known seen shown written heard understood")

#: Forms of "be" that make a participle cue after them passive: "Pence was asked if ...", whose
#: subject is not who asked.
PASSIVE_AUXILIARIES = split("am is are was were be been being")

#: Words that weaken a claim: "an estimated 14,000", "allegedly", "believed".
HEDGES = split(
    "estimated alleged allegedly believed reportedly apparently purportedly supposedly "
    "suspected likely possibly probably perhaps"
)

#: Words right before a source cue, with no comma between, that give it a sense other than
#: attribution: "varies according to income", "went according to plan".
SOURCE_CUE_SENSES = split(
    "vary varies varied varying differ differs differed range ranges ranged ranked rank "
    "ranks ranking sorted sort grouped divided classify classifies classified listed "
    "ordered arranged "
    "adjusted weighted scaled calculated priced paid taxed act acts acted acting "
    "behave behaves behaved proceed proceeds proceeded went go goes going gone "
    "unfold unfolded unfolding planned play played dressed live lived living"
)

#: Verbs of appearance, issue 14: an evidential with no source ("Sanders appeared to dismiss the
#: issue", "It seems that ..."); its content is the subject and what follows the verb.
APPEARANCE_VERBS = split("seem seems seemed appear appears appeared")

#: Adjectives of belief and attitude, issue 14: with a that-clause after a form of "be" they report
#: a claim of their subject ("Democrats are concerned that ...", "she is convinced that ...").
BELIEF_ADJECTIVES = split(
    "convinced concerned confident sure certain worried afraid hopeful aware fearful "
    "optimistic pessimistic skeptical sceptical adamant positive persuaded satisfied"
)
