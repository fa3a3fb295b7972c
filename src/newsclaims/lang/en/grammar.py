"""Function words the rules read a clause with: articles, prepositions, clause openers.

Part of the English lexicon (:mod:`newsclaims.lang.en`).
"""

from __future__ import annotations

from newsclaims.lang._tables import entries, split

#: Words that may sit between a source and its cue: "has said", "later added".
AUXILIARIES = entries(
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
)

#: Definite articles: "the senator" refers back to someone named before, "a senator" not.
DEFINITE_ARTICLES = ("the",)

#: Words that open a source's noun phrase: "the post", "a senior official", "two people".
DETERMINERS = split(
    "the a an one two three four five several some another many most his her their its "
    "our top senior former"
)

#: Words that start a clause or a phrase of their own, and so end a source phrase after its cue
#: ("said Putin in a statement") and start one before it ("but Ortiz disagreed").
CLAUSE_WORDS = split(
    "that and but who which because while when as if so though although or nor where "
    "after before since than what then with by to from in on at during like about "
    "against without under"
)

#: Prepositions: a source phrase never ends with one ("on the claims" is no source).
PREPOSITIONS = split("of on in at to for with by from about")

#: Prepositions that lead into where or when a statement was made, between a cue and its
#: quotation or after a cue: "told CNN on Monday: “…”", "said in a Telegram post".
SETTING_PREPOSITIONS = split("in on to during via at through from")

#: Words that open a sentence with a phrase before its subject: "During the debate, Trump".
OPENING_WORDS = split(
    "in on at during after before following as while when alongside with without for "
    "from since despite amid asked speaking addressing"
)

#: Words that may follow a quotation without continuing the reporter's sentence: a new clause or
#: a reporting clause ("“…” when …", "“…” he said").
CLAUSE_OPENERS = split(
    "he she they it we I when while as because after before but and if since though "
    "although where which who so then according"
)

#: Words that may follow a reporting clause that ends its sentence: a time or a place ("Putin
#: said on Saturday", "said Monday").
CLAUSE_FOLLOWERS = split(
    "today yesterday on in at after during while when as before of Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday"
)

#: Words that introduce reported speech as a clause ("said that …"): a lead-in that holds one
#: reports a clause, not the quotation.
COMPLEMENTIZERS = ("that",)

#: Words a claim's object phrase ends before: "as", "when", "while", "because".
CLAUSE_BREAKS = split("as when while because after before since although though but whereas until")

#: Words that make the verb form after them a noun: "the claims", "his remarks".
NOUN_MARKERS = split(
    "a an the his her its their our my your this these those such no any every each "
    "another new false earlier recent latest several many some two three other both"
)

#: Nouns that name what people say or assert. The content of "X said Y, a claim which Kyiv
#: denied" ends before ", a claim which"; as the object of a dispute verb ("rejected the
#: notion"), the subject of its passive ("his conclusions have been contested"), the
#: antecedent of a relative clause ("a charge that ... denied") or after a falsity word ("false
#: narrative"), they make a dispute cue a dispute.
CLAIM_NOUNS = split(
    "claim claims allegation allegations accusation accusations charge charges assertion "
    "assertions report reports reporting notion suggestion suggestions characterization "
    "characterizations characterisation statement statements story stories rumor rumors rumour "
    "rumours criticism criticisms critique critiques attack attacks account accounts comment "
    "comments remark remarks narrative narratives premise contention contentions insinuation "
    "insinuations implication speculation portrayal depiction description version theory "
    "theories conclusion conclusions finding findings assessment perception impression argument "
    "arguments interpretation estimate estimates figures numbers premises accuracy veracity "
    "validity authenticity truthfulness existence words comparison comparisons label logic "
    "reasoning rationale complaint complaints smear smears innuendo spin framing caricature "
    "explanation explanations protestation protestations testimony statistics headline "
    "headlines thesis theses prediction predictions forecast forecasts projection projections "
    "valuation valuations concern concerns fears worries reason reasons excuse excuses pretext "
    "response responses fact-check fact-checks significance importance relevance paraphrase "
    "paraphrases summary summaries retelling recounting"
)

#: Words after a comma that end a claim's content, as what follows is the reporter's: ", with
#: troops engaged", ", adding ...", ", who ...", and the reporter's contrasts and comparisons:
#: ", though ...", ", even as ...", ", compared with ...".
CONTENT_ENDS = (
    "in which",
    *split(
        "with without according adding saying calling citing noting referring arguing "
        "insisting warning who which whom whose"
    ),
    # Issue 14: subordinators of contrast and comparison.
    *split("though although whereas while"),
    "even as",
    "compared with",
    "compared to",
)

#: Words that open an adjunct of a reporting clause rather than a second part of its content: in
#: "In his state, X said, with ..." nothing after "said," is said.
CLAIM_ADJUNCTS = split(
    "with without in on at as after before during while when since according adding "
    "saying noting citing calling referring speaking who which where"
)

#: Comment words that close a content but are the reporter's: "..., however".
CLAIM_ASIDES = split("however though too instead meanwhile")

#: Words that open a phrase of place or time, which alone is no content: "said recently in New
#: York".
CIRCUMSTANCE_WORDS = split("in on at during after before from to with for by last this next")

#: Relative pronouns that stand for a claimant: "Ted Cruz, who said ...".
RELATIVE_PRONOUNS = split("who which")

#: Conjunctions that join a second reporting clause to a claim: "..., and he added that".
CLAUSE_JOINTS = split("and but while")

#: Words besides the pronouns whose "'s" stands for "is" or "has", not a possessive: "that's",
#: "there's", "what's".
CONTRACTING_WORDS = split("that there here what who where when how let")

#: Words that open a participle clause before its sentence's subject: "When asked whether ...,
#: Fiorina said".
PARTICIPLE_OPENERS = split("when if after once though although unless while as")

#: The word that marks an infinitive: in "The House is expected to pass it" the content is the
#: subject and the infinitive.
INFINITIVE_MARKER = "to"

#: Complementizers written after a comma that follows the verb: none in English, where a comma
#: after the verb ends a reporting clause.
COMMA_COMPLEMENTIZERS: tuple[str, ...] = ()

#: Endings of a regular past tense or past participle: "claimed", "reported".
PAST_SUFFIXES = ("ed",)

#: Endings of a gerund or present participle: "calling", "saying".
GERUND_SUFFIXES = ("ing",)

#: Endings of a plural noun or a verb's third person: "reports", "says".
PLURAL_SUFFIXES = ("s",)

#: Endings of a possessive, with a straight or a curly apostrophe: "Trump's", "Trump’s".
POSSESSIVE_SUFFIXES = ("'s", "’s")

#: Determiners of one thing, issue 14: a verb's base form after one and a word is a noun ("a
#: conference call", "a tax plan"), as no singular subject takes it.
SINGULAR_DETERMINERS = split("a an another each every this that one either neither")

#: The preposition of a passive verb's agent, issue 14: "The meeting was first reported by
#: Politico" is Politico's report.
AGENT_PREPOSITIONS = ("by",)
