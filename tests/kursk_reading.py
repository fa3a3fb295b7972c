"""The seed article's full expected reading, built by hand as a Document, for tests of formats.

``kursk_reading()`` returns ``seeds/kursk.txt`` with every record of the careful human reading
in ``tests/data/kursk.expected.json``: 10 actors, 12 quotes, 8 claims and 4 disputes. Each span
is written with the words it must hold, so that building the Document checks every offset
against the text. Ids are derived from content the way the analysis derives them, with
``newsclaims._ids``; the records' ``rule`` says they come from the human reading.

The test ``tests/test_kursk_reading.py`` checks this fixture against the JSON reading, so the
two cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

from newsclaims import (
    Actor,
    ActorKind,
    Claim,
    Dispute,
    Document,
    Mention,
    Metadata,
    Quote,
    QuoteKind,
    Span,
    Stance,
)
from newsclaims._ids import actor_id, record_id

__all__ = ["KURSK_PATH", "RULE", "kursk_reading", "kursk_text"]

KURSK_PATH = Path(__file__).resolve().parents[1] / "seeds" / "kursk.txt"

#: The ``rule`` of every record here: a person read the article, no rule of the engine.
RULE = "human reading"

PUTIN = actor_id("Vladimir Putin")
KYIV = actor_id("Kyiv")
UKRAINE = actor_id("Ukraine")
GENERAL_STAFF = actor_id("General Staff of the Armed Forces of Ukraine")
GERASIMOV = actor_id("Valery Gerasimov")
OFFICIALS = actor_id("officials")
RUSSIA = actor_id("Russia")
INTELLIGENCE_REPORTS = actor_id("Intelligence reports")
ZELENSKY = actor_id("Zelensky")
TRUMP = actor_id("Trump")


def kursk_text() -> str:
    """The seed article as the CLI reads it: UTF-8, newlines kept as they are."""
    with KURSK_PATH.open(encoding="utf-8", newline="") as stream:
        return stream.read()


def _at(start: int, end: int, words: str) -> Span:
    # The words are checked against the article when the Document is built.
    return Span(start, end, words)


def _quote(
    speaker: str,
    span: Span,
    *,
    kind: QuoteKind,
    mention: Span,
    cue: Span,
    channel: Span | None = None,
    nested: tuple[Span, ...] = (),
) -> Quote:
    return Quote(
        id=record_id("q", speaker, span.text),
        spans=(span,),
        kind=kind,
        speaker=speaker,
        speaker_mention=Mention((mention,)),
        cue=cue,
        channel=channel,
        nested=nested,
        rule=RULE,
    )


def _claim(
    claimant: str,
    span: Span,
    *,
    mention: Span,
    cue: Span,
    quotes: tuple[Quote, ...] = (),
    hedges: tuple[Span, ...] = (),
) -> Claim:
    return Claim(
        id=record_id("c", claimant, span.text),
        spans=(span,),
        claimant=claimant,
        claimant_mention=Mention((mention,)),
        cue=cue,
        quotes=tuple(q.id for q in quotes),
        hedges=hedges,
        rule=RULE,
    )


def _dispute(
    disputant: str,
    stance: Stance,
    claim: Claim,
    *,
    mention: Span,
    cue: Span,
    evidence: Span,
    disputed: Span,
) -> Dispute:
    return Dispute(
        id=record_id("d", disputant, claim.id, cue.text),
        stance=stance,
        cue=cue,
        evidence=evidence,
        disputant=disputant,
        disputant_mention=Mention((mention,)),
        claim=claim.id,
        disputed=(disputed,),
        rule=RULE,
    )


def kursk_reading() -> Document:
    """The seed article with its whole expected reading, as a valid Document."""
    actors = (
        Actor(
            id=PUTIN,
            name="Vladimir Putin",
            kind=ActorKind.PERSON,
            title="President",
            affiliation="Russia",
            mentions=(
                Mention((_at(0, 32, "Russian President Vladimir Putin"),)),
                Mention((_at(239, 244, "Putin"),)),
                Mention((_at(465, 470, "Putin"),)),
                Mention((_at(1146, 1151, "Putin"),)),
            ),
        ),
        Actor(
            id=KYIV,
            name="Kyiv",
            kind=ActorKind.GOVERNMENT,
            mentions=(Mention((_at(169, 173, "Kyiv"),)),),
        ),
        Actor(
            id=UKRAINE,
            name="Ukraine",
            kind=ActorKind.COUNTRY,
            mentions=(Mention((_at(478, 485, "Ukraine"),)),),
        ),
        Actor(
            id=GENERAL_STAFF,
            name="General Staff of the Armed Forces of Ukraine",
            kind=ActorKind.ORGANIZATION,
            affiliation="Ukraine",
            mentions=(
                Mention((_at(778, 826, "the General Staff of the Armed Forces of Ukraine"),)),
                Mention((_at(907, 915, "the post"),)),
                Mention((_at(1016, 1033, "the General Staff"),)),
            ),
        ),
        Actor(
            id=GERASIMOV,
            name="Valery Gerasimov",
            kind=ActorKind.PERSON,
            title="Russia’s military general staff",
            affiliation="Russia",
            mentions=(Mention((_at(1331, 1347, "Valery Gerasimov"),)),),
        ),
        Actor(
            id=OFFICIALS,
            name="officials",
            kind=ActorKind.ANONYMOUS,
            mentions=(Mention((_at(1509, 1518, "officials"),)),),
        ),
        Actor(
            id=RUSSIA,
            name="Russia",
            kind=ActorKind.COUNTRY,
            mentions=(Mention((_at(1532, 1538, "Russia"),)),),
        ),
        Actor(
            id=INTELLIGENCE_REPORTS,
            name="Intelligence reports",
            kind=ActorKind.ANONYMOUS,
            mentions=(Mention((_at(1628, 1648, "Intelligence reports"),)),),
        ),
        Actor(
            id=ZELENSKY,
            name="Zelensky",
            kind=ActorKind.PERSON,
            mentions=(Mention((_at(1800, 1808, "Zelensky"),)),),
        ),
        Actor(
            id=TRUMP,
            name="Trump",
            kind=ActorKind.PERSON,
            title="President",
            mentions=(
                Mention((_at(2252, 2267, "President Trump"),)),
                Mention((_at(2416, 2418, "he"),)),
                Mention((_at(2508, 2510, "he"),)),
            ),
        ),
    )
    quotes = (
        # 0
        _quote(
            PUTIN,
            _at(187, 237, "The Kyiv regime’s adventure has completely failed,"),
            kind=QuoteKind.DIRECT,
            mention=_at(239, 244, "Putin"),
            cue=_at(245, 249, "said"),
            channel=_at(253, 290, "video footage released by the Kremlin"),
        ),
        # 1
        _quote(
            PUTIN,
            _at(
                305,
                463,
                (
                    "The full defeat of the enemy in the Kursk border region creates conditions "
                    "for further successful actions by our forces on other important parts of "
                    "the front,"
                ),
            ),
            kind=QuoteKind.DIRECT,
            mention=_at(465, 470, "Putin"),
            cue=_at(471, 476, "added"),
        ),
        # 2
        _quote(
            UKRAINE,
            _at(527, 537, "propaganda"),
            kind=QuoteKind.PARTIAL,
            mention=_at(478, 485, "Ukraine"),
            cue=_at(513, 525, "calling them"),
        ),
        # 3
        _quote(
            UKRAINE,
            _at(544, 561, "wishful thinking."),
            kind=QuoteKind.PARTIAL,
            mention=_at(478, 485, "Ukraine"),
            cue=_at(513, 525, "calling them"),
        ),
        # 4
        _quote(
            GENERAL_STAFF,
            _at(
                564,
                776,
                (
                    "The statements of the representatives of the high command of the aggressor "
                    "country about the alleged end of hostilities in the territory of the Kursk "
                    "region of the Russian Federation do not correspond to reality,"
                ),
            ),
            kind=QuoteKind.DIRECT,
            mention=_at(778, 826, "the General Staff of the Armed Forces of Ukraine"),
            cue=_at(827, 831, "said"),
            channel=_at(835, 850, "a Telegram post"),
        ),
        # 5
        _quote(
            GENERAL_STAFF,
            _at(866, 885, "defensive operation"),
            kind=QuoteKind.PARTIAL,
            mention=_at(907, 915, "the post"),
            cue=_at(916, 921, "added"),
        ),
        # 6
        _quote(
            GENERAL_STAFF,
            _at(966, 1014, "There is no threat of encirclement of our units,"),
            kind=QuoteKind.DIRECT,
            mention=_at(1016, 1033, "the General Staff"),
            cue=_at(1034, 1039, "added"),
        ),
        # 7
        _quote(
            GERASIMOV,
            _at(1395, 1415, "shoulder to shoulder"),
            kind=QuoteKind.PARTIAL,
            mention=_at(1331, 1347, "Valery Gerasimov"),
            cue=_at(1349, 1356, "praised"),
        ),
        # 8
        _quote(
            ZELENSKY,
            _at(1850, 1863, "accomplished."),
            kind=QuoteKind.PARTIAL,
            mention=_at(1800, 1808, "Zelensky"),
            cue=_at(1809, 1813, "said"),
        ),
        # 9
        _quote(
            TRUMP,
            _at(2293, 2313, "very close to a deal"),
            kind=QuoteKind.PARTIAL,
            mention=_at(2252, 2267, "President Trump"),
            cue=_at(2268, 2272, "said"),
        ),
        # 10
        _quote(
            TRUMP,
            _at(
                2343,
                2414,
                "The two sides should now meet, at very high levels, to ‘finish it off,’",
            ),
            kind=QuoteKind.DIRECT,
            mention=_at(2416, 2418, "he"),
            cue=_at(2419, 2423, "said"),
            channel=_at(2427, 2439, "Truth Social"),
            nested=(_at(2399, 2413, "finish it off,"),),
        ),
        # 11
        _quote(
            TRUMP,
            _at(2442, 2506, "Most of the major points are agreed to. Stop the bloodshed, NOW,"),
            kind=QuoteKind.DIRECT,
            mention=_at(2508, 2510, "he"),
            cue=_at(2511, 2516, "added"),
        ),
    )
    claims = (
        # 0
        _claim(
            PUTIN,
            _at(
                38,
                153,
                (
                    "his troops have regained control of Kursk, the border region overtaken in a"
                    " surprise incursion by Ukraine last year"
                ),
            ),
            mention=_at(0, 32, "Russian President Vladimir Putin"),
            cue=_at(33, 37, "said"),
        ),
        # 1
        _claim(
            GENERAL_STAFF,
            _at(861, 905, "The “defensive operation” was still underway"),
            mention=_at(907, 915, "the post"),
            cue=_at(916, 921, "added"),
            quotes=(quotes[5],),
        ),
        # 2
        _claim(
            PUTIN,
            _at(1163, 1215, "Moscow’s retaking of major settlements in the region"),
            mention=_at(1146, 1151, "Putin"),
            cue=_at(1152, 1162, "has touted"),
        ),
        # 3
        _claim(
            OFFICIALS,
            _at(1430, 1494, "North Korea sent an estimated 14,000 troops to aid Moscow’s army"),
            mention=_at(1509, 1518, "officials"),
            cue=_at(1496, 1508, "according to"),
            hedges=(_at(1450, 1459, "estimated"),),
        ),
        # 4
        _claim(
            RUSSIA,
            _at(
                1554,
                1626,
                "the largest town in Kursk was retaken and that their enemy was encircled",
            ),
            mention=_at(1532, 1538, "Russia"),
            cue=_at(1539, 1548, "announced"),
        ),
        # 5
        _claim(
            INTELLIGENCE_REPORTS,
            _at(1721, 1755, "many had withdrawn from the region"),
            mention=_at(1628, 1648, "Intelligence reports"),
            cue=_at(1716, 1720, "said"),
        ),
        # 6
        _claim(
            ZELENSKY,
            _at(1814, 1864, "he believed their mission had been “accomplished.”"),
            mention=_at(1800, 1808, "Zelensky"),
            cue=_at(1809, 1813, "said"),
            quotes=(quotes[8],),
            hedges=(_at(1817, 1825, "believed"),),
        ),
        # 7
        _claim(
            TRUMP,
            _at(2273, 2340, "the two sides were “very close to a deal” to end the three year war"),
            mention=_at(2252, 2267, "President Trump"),
            cue=_at(2268, 2272, "said"),
            quotes=(quotes[9],),
        ),
    )
    disputes = (
        _dispute(
            KYIV,
            Stance.DENY,
            claims[0],
            mention=_at(169, 173, "Kyiv"),
            cue=_at(178, 184, "denied"),
            evidence=_at(155, 184, "a claim which Kyiv has denied"),
            disputed=_at(38, 79, "his troops have regained control of Kursk"),
        ),
        _dispute(
            UKRAINE,
            Stance.REJECT,
            claims[0],
            mention=_at(478, 485, "Ukraine"),
            cue=_at(486, 500, "pushed back on"),
            evidence=_at(
                478,
                562,
                (
                    "Ukraine pushed back on the claims, calling them “propaganda” and “wishful "
                    "thinking.”"
                ),
            ),
            disputed=_at(38, 79, "his troops have regained control of Kursk"),
        ),
        _dispute(
            GENERAL_STAFF,
            Stance.DENY,
            claims[0],
            mention=_at(778, 826, "the General Staff of the Armed Forces of Ukraine"),
            cue=_at(747, 775, "do not correspond to reality"),
            evidence=_at(747, 775, "do not correspond to reality"),
            disputed=_at(38, 79, "his troops have regained control of Kursk"),
        ),
        _dispute(
            INTELLIGENCE_REPORTS,
            Stance.REFUTE,
            claims[4],
            mention=_at(1628, 1648, "Intelligence reports"),
            cue=_at(1649, 1656, "refuted"),
            evidence=_at(
                1628,
                1701,
                "Intelligence reports refuted claims that Ukrainian troops were surrounded",
            ),
            disputed=_at(1601, 1626, "their enemy was encircled"),
        ),
    )
    return Document(
        text=kursk_text(),
        # The closing credit ("With Post wires") names no publisher fully: leave it unset.
        metadata=Metadata(id="kursk", published="2025-04-26", language="en"),
        actors=actors,
        quotes=quotes,
        claims=claims,
        disputes=disputes,
    )
