"""Names and who they are: titles, suffixes, organisations, places, pronouns, unnamed sources.

Part of the English lexicon (:mod:`newsclaims.lang.en`).
"""

from __future__ import annotations

from newsclaims.lang._tables import entries, split

_PERSON = ("person",)

_BODY = ("organization", "government", "country", "publication", "group")

#: Titles and honorifics that precede a name: President, Sen., Dr., Mr.
TITLES = entries(
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
        Officer
        Detective
        Sheriff
        Deputy
        Trooper
        Sergeant
        Inspector
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
)

#: Name suffixes that make a different person: "Donald Trump Jr." is not "Donald Trump".
NAME_SUFFIXES = ("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV")

#: Capitalised words that start sentences but never names ("The", "But", "In").
NOT_NAMES = tuple(
    word
    for line in entries(
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
)

#: Pronouns and the actor kinds each can refer to.
PRONOUNS = (
    ("he", _PERSON),
    ("she", _PERSON),
    ("i", _PERSON),
    ("it", _BODY),
    ("they", (*_BODY, "anonymous", "person")),
    ("we", (*_BODY, "person")),
)

#: Descriptions that refer back to an actor named earlier ("the senator", "the post"), with the
#: kinds they can refer to; the head noun is matched after "the".
DESCRIPTIONS = (
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
)

#: Unnamed sources, taken as actors of kind anonymous ("officials", "a senior official").
ANONYMOUS_SOURCES = entries(
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
)

#: Nouns of a person's role in an apposition: "Smith, a spokesman for X,".
ROLE_NOUNS = entries(
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
        owner
        """
)

#: Words that make a capitalised name an organisation: Ministry, Staff, Kremlin.
ORGANIZATION_WORDS = entries(
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
)

#: Names of countries, states and capitals used as actors ("Ukraine said").
PLACES = entries(
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
)

#: Small words inside names: "General Staff of the Armed Forces", "Ludwig van Beethoven".
NAME_PARTICLES = split("of for de van von der da del al bin la le")

# Actors task (issue 13): the kinds users filter actors on.


def _kind(kind: str, words: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((word, (kind,)) for word in entries(words))


#: Words that give a capitalised name its kind: the members of a party or a movement are a
#: group, a newsroom or fact-checker a publication, a body of the state a government.
KIND_WORDS = (
    *_kind(
        "group",
        """
        Republicans
        Democrats
        Conservatives
        Liberals
        Progressives
        Libertarians
        Independents
        Evangelicals
        Tories
        Socialists
        Greens
        """,
    ),
    *_kind(
        "publication",
        """
        Politifact
        PolitiFact
        Associated Press
        Post
        Times
        News
        Journal
        Tribune
        Herald
        Gazette
        Magazine
        Reuters
        Bloomberg
        CNN
        MSNBC
        Fox
        NBC
        ABC
        CBS
        NPR
        BBC
        Politico
        POLITICO
        """,
    ),
    *_kind(
        "government",
        """
        White House
        Kremlin
        Pentagon
        Ministry
        Department
        Administration
        Government
        Congress
        Senate
        Parliament
        Cabinet
        """,
    ),
)

#: Words that say a person is a man: pronouns and titles. A pronoun of one gender is never
#: bound to a person the text marks with the other ("Ms. Park" is no "he").
MASCULINE_WORDS = split(
    "he him his himself Mr. Mr Sir Lord King Prince Congressman Councilman Chairman"
)

#: Words that say a person is a woman: pronouns and titles.
FEMININE_WORDS = split(
    "she her hers herself Mrs. Mrs Ms. Ms Miss Dame Lady Queen Princess Congresswoman"
    " Councilwoman Chairwoman"
)
