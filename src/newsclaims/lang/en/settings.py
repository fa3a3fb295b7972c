"""Where, when, to whom and through what a statement was made; labels that name no one.

Part of the English lexicon (:mod:`newsclaims.lang.en`).
"""

from __future__ import annotations

from newsclaims.lang._tables import entries, split

#: The head words of a channel: where a statement was made (Telegram post, Truth Social).
CHANNEL_WORDS = entries(
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
)

#: Words after a channel that say who put it out: "video footage released by the Kremlin".
CHANNEL_SOURCES = ("released by", "posted by", "published by", "issued by")

#: Words before a quoted title or nickname that say it names a work or a person.
TITLE_CUES = entries(
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
)

NICKNAME_CUES = entries(
    """
        nicknamed
        dubbed
        known as
        so-called
        so called
        called
        goes by
        """
)

#: Objects a cue may take before its quotation or complement: "calling them", "told reporters".
CUE_OBJECTS = (
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
)

#: Whom a claim is told to, between its verb and its content: "told reporters that".
CLAIM_ADDRESSEES = (
    "the crowd",
    "the audience",
    "the press",
    "the committee",
    "the panel",
    "the newspaper",
    *split("reporters him her them us me you supporters voters"),
)

#: Occasions a verb may name before its content: "said in an interview with CNN".
CLAIM_OCCASIONS = split("interview audience crowd")

#: Where a claim was made, between its verb and its content: "said in a statement that".
CLAIM_CHANNELS = split(
    "statement interview post tweet speech letter email video op-ed memo briefing "
    "conference report filing hearing"
)

#: When a claim was made, between its verb and its content: "said Monday that".
CLAIM_TIMES = split(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year yesterday "
    "today tonight earlier later recently repeatedly again also previously publicly "
    "privately"
)

#: Prepositions that open a sentence whose opening phrase names a document or a poll as the
#: source of the clause after its comma: "In a CBS News poll last month, CLAUSE".
DOCUMENT_CUES = ("In",)

#: The head nouns of such a phrase: polls, surveys, studies, reports (lowercase).
SOURCE_DOCUMENTS = split(
    "poll polls polling survey surveys study studies report reports analysis analyses "
    "average averages tally count estimate estimates projection projections findings "
    "census"
)

#: Labels that open a headline or paragraph before a colon without naming a speaker: "Editor's
#: note:", "The Latest:", "Update:" (matched case-insensitively).
LABEL_KICKERS = (
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
)
