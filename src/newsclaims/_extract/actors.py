"""Stage 3: the names a text mentions, and the actors they make once aliases are merged.

:func:`find_mentions` indexes every capitalised name outside the quotations in one scan (a
name inside a quotation is speech, not the reporter's reference); what a name is (a person
with a title, an organisation, a place) is worked out only when attribution asks, so a long
text costs one regular-expression pass. :class:`ActorTable` then merges the mentions that
attribution settled on into actors: "Russian President Vladimir Putin", "President Putin",
"Mr. Putin" and "Putin" are one actor, "Donald Trump Jr." is not "Donald Trump".
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from newsclaims._model.ids import actor_id
from newsclaims._model.records import Actor, ActorKind
from newsclaims._model.spans import Mention
from newsclaims._text.marks import mark_characters
from newsclaims._text.pairing import Quotation
from newsclaims._text.regexes import escaped
from newsclaims.lexicon import Lexicon

__all__ = ["ActorTable", "MentionIndex", "Name", "describe_name", "find_mentions"]

# What separates the words of a name for the quick set tests.
_TOKEN_BREAK = regex.compile(r"[^\p{L}\p{N}.]+")
_LINE_BREAK = regex.compile(r"\n")
# How many names ending in a short name ("Putin") it tries, each way, for its full form,
# and how far it looks: a news article's length.
_FULL_NAME_TRIES = 20
FULL_NAME_WINDOW = 30_000
# How many of the latest actors a short organisation name may abbreviate.
_RECENT_ACTORS = 50
# How far back a pronoun or a description looks for the actor it refers to.
ANTECEDENT_WINDOW = 1500


class NameTable(NamedTuple):
    """The patterns and word sets about names derived from a lexicon."""

    name: regex.Pattern[str]
    title: regex.Pattern[str]
    not_names: frozenset[str]
    suffixes: frozenset[str]
    organization_words: frozenset[str]
    organization: regex.Pattern[str]
    places: frozenset[str]
    #: The kind each one-word entry of ``kind_words`` gives a name, and the entries of
    #: several words with theirs.
    kind_of_word: dict[str, ActorKind]
    kind_phrases: tuple[tuple[str, ActorKind], ...]
    #: The name particles with a space each side (" of "); the definite articles; the
    #: one-word role nouns ("owner", "spokesman").
    particles: tuple[str, ...]
    #: Every word of ``kind_words`` and the name particles, for a quick first test.
    kind_tokens: frozenset[str]
    particle_tokens: frozenset[str]
    articles: frozenset[str]
    roles: frozenset[str]
    #: The words that mark a man and a woman (pronouns and titles), as written.
    masculine: frozenset[str]
    feminine: frozenset[str]
    anonymous: frozenset[str]
    channels: frozenset[str]
    #: Function words, lower case: written with a capital ("Though", "During", "AT")
    #: they open a sentence or a headline, never a name. (A determiner standing alone,
    #: "One said", "Another added", is a source but no antecedent: see the resolver.)
    function_words: frozenset[str]
    #: Every word of the titles and of the organisation words, for a quick first test.
    title_tokens: frozenset[str]
    organization_tokens: frozenset[str]


_CAPITAL = regex.compile(r"\p{Lu}")
# The kinds whose short name ("the General Staff") abbreviates a longer one named before.
_BODIES = frozenset((ActorKind.ORGANIZATION, ActorKind.GOVERNMENT, ActorKind.PUBLICATION))


@functools.lru_cache(maxsize=32)
def name_table(lexicon: Lexicon) -> NameTable:
    """The name patterns of ``lexicon`` (cached per lexicon value)."""
    abbreviations = sorted(
        {t for t in (*lexicon.titles, *lexicon.name_suffixes) if t.endswith(".")},
        key=len,
        reverse=True,
    )
    marks = mark_characters(lexicon)
    # An apostrophe may join two capitalised parts of a name: "O’Neil".
    apostrophe = marks.one_of(marks.apostrophes)
    word = (
        "(?:" + escaped(abbreviations) + r"|(?:\p{Lu}\.){1,4}"
        rf"|\p{{Lu}}[\p{{Ll}}\p{{Lu}}\p{{M}}\-]*(?:{apostrophe}\p{{Lu}}[\p{{L}}\p{{M}}\-]*)?)"
    )
    particles = escaped(lexicon.name_particles)
    articles = escaped(lexicon.definite_articles)
    joiner = rf"[ \u00a0]+(?:(?:{particles})(?:[ \u00a0]+(?:{articles}))?[ \u00a0]+)?"
    suffix = escaped(lexicon.name_suffixes)
    # A name starts with a capital: saying so first lets the engine skip to the next one
    # fast, unless a title of the lexicon starts otherwise.
    capital = r"(?=\p{Lu})" if all(_CAPITAL.match(a) for a in abbreviations) else ""
    name = regex.compile(
        rf"{capital}(?<![\p{{L}}\p{{N}}]){word}(?:{joiner}{word}){{0,6}}"
        rf"(?:,?[ \u00a0]+(?:{suffix})(?![\p{{L}}]))?"
    )
    titles = sorted(lexicon.titles, key=len, reverse=True)
    title = regex.compile(r"(?<![\p{L}])(?:" + escaped(titles) + r")(?![\p{L}])")
    organization = regex.compile(
        r"(?<![\p{L}])(?:"
        + escaped(sorted(lexicon.organization_words, key=len)[::-1])
        + r")(?![\p{L}])"
    )
    return NameTable(
        name,
        title,
        frozenset(lexicon.not_names),
        frozenset(lexicon.name_suffixes),
        frozenset(lexicon.organization_words),
        organization,
        frozenset(lexicon.places),
        {word: kinds[0] for word, kinds in reversed(lexicon.kind_words) if " " not in word},
        tuple((word, kinds[0]) for word, kinds in lexicon.kind_words if " " in word),
        tuple(f" {particle} " for particle in lexicon.name_particles),
        frozenset(w for word, _ in lexicon.kind_words for w in word.split()),
        frozenset(lexicon.name_particles),
        frozenset(lexicon.definite_articles),
        frozenset(role for role in lexicon.role_nouns if " " not in role),
        frozenset(lexicon.masculine_words),
        frozenset(lexicon.feminine_words),
        frozenset(s.casefold() for s in lexicon.anonymous_sources),
        frozenset(lexicon.channel_words),
        frozenset(
            (
                *lexicon.clause_words,
                *lexicon.prepositions,
                *lexicon.opening_words,
                *lexicon.auxiliaries,
                *lexicon.relative_pronouns,
            )
        ),
        frozenset(w for t in lexicon.titles for w in _TOKEN_BREAK.split(t)),
        frozenset(w for t in lexicon.organization_words for w in _TOKEN_BREAK.split(t)),
    )


_span = operator.methodcaller("span")


class Name(NamedTuple):
    """What a name at ``[start, end)`` is: its canonical form, kind, title (or role) and
    the organisation or place the text ties the person to ("Officer Tusk of the Walrus
    Police Department")."""

    start: int
    end: int
    canonical: str
    kind: ActorKind
    title: str | None
    affiliation: str | None = None


def describe_name(text: str, start: int, end: int, lexicon: Lexicon) -> Name | None:
    """Read the name at ``[start, end)``: titles, organisation words, places, suffixes.

    Leading words that only open sentences ("But", "The") are dropped; None when nothing
    of a name is left.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> text = "Russian President Vladimir Putin"
    >>> name = describe_name(text, 0, len(text), DEFAULT_LEXICON)
    >>> name.canonical, name.kind.value, name.title
    ('Vladimir Putin', 'person', 'President')
    >>> describe_name("But the General Staff", 0, 21, DEFAULT_LEXICON).canonical
    'General Staff'
    >>> text = "Officer Tusk of the Walrus Police Department"
    >>> describe_name(text, 0, len(text), DEFAULT_LEXICON)[2:]
    ('Tusk', <ActorKind.PERSON: 'person'>, 'Officer', 'Walrus Police Department')
    >>> describe_name("Café owner José", 0, 15, DEFAULT_LEXICON)[2:]
    ('José', <ActorKind.PERSON: 'person'>, 'Café owner', None)
    """
    described = _describe(text[start:end], lexicon)
    if described is None:
        return None
    length, canonical, kind, title, affiliation = described
    return Name(end - length, end, canonical, kind, title, affiliation)


_Described = tuple[int, str, ActorKind, str | None, str | None]


@functools.lru_cache(maxsize=4096)
def _describe(words: str, lexicon: Lexicon) -> _Described | None:
    """What :func:`describe_name` reads in ``words``: the name's length, its canonical
    form, kind, title and affiliation. Cached, as a text names the same people again and
    again."""
    table = name_table(lexicon)
    # Skip words that open sentences but never start names ("But", "In", "The", "Though").
    offset = 0
    for token in words.split():
        if token in table.not_names or token.islower() or token.casefold() in table.function_words:
            offset = words.index(token, offset) + len(token)
        else:
            break
    words = words[offset:].lstrip()
    if not words or words in table.not_names or words in table.channels:
        return None
    tokens = words.split()
    # Cheap set tests first: most names hold no particle, no kind word and no title.
    if not table.particle_tokens.isdisjoint(tokens):
        affiliated = _affiliated(words, table, lexicon)
        if affiliated is not None:
            return len(words), *affiliated
    word_set = frozenset(_TOKEN_BREAK.split(words))
    if not table.kind_tokens.isdisjoint(word_set):
        kind = _kind_of(words, table)
        if kind is not None:
            return len(words), words, kind, None, None
    if not table.organization_tokens.isdisjoint(word_set) and table.organization.search(words):
        return len(words), words, ActorKind.ORGANIZATION, None, None
    if words in table.places:
        return len(words), words, ActorKind.COUNTRY, None, None
    title: str | None = None
    canonical = words
    for i in range(len(tokens) - 2, 0, -1):
        # "Café owner José": a role noun in lower case, then the name.
        if tokens[i] in table.roles and tokens[i + 1][0].isupper():
            title, canonical = " ".join(tokens[: i + 1]), " ".join(tokens[i + 1 :])
            break
    matches = table.title.finditer(words) if not table.title_tokens.isdisjoint(word_set) else ()
    for match in matches:
        # The name is what follows the last title: "Russian President Vladimir Putin".
        rest = words[match.end() :].strip()
        if rest and rest[0].isupper():
            title = match.group()
            canonical = rest
    # A party and state in brackets ("Gwen Moore (D-Wis.)") is not part of the name.
    canonical = canonical.split(" (", 1)[0]
    if title is None and len(canonical.split()) == 1:
        return len(words), canonical, ActorKind.UNKNOWN, None, None
    return len(words), canonical, ActorKind.PERSON, title, None


def _affiliated(
    words: str, table: NameTable, lexicon: Lexicon
) -> tuple[str, ActorKind, str | None, str | None] | None:
    """A titled person and the body or place the name ties them to, which is no part of
    the name: "Officer Tusk of the Walrus Police Department", "Mayor Ana Ruiz of Kyiv";
    None for any other name ("President Charles de Gaulle", "the General Staff of ...").
    """
    for particle in table.particles:
        at = words.find(particle)
        if at < 0:
            continue
        person, body = words[:at], words[at + len(particle) :]
        described = _describe(person, lexicon)
        if described is None or described[2] is not ActorKind.PERSON or not described[3]:
            continue
        if not all(word[0].isupper() for word in described[1].split()):
            continue  # "Mrs. Clinton struck many of the same": a clause, not a name
        first, _, rest = body.partition(" ")
        if first in table.articles and rest:
            body = rest  # "of the Walrus Police Department"
        else:
            place = _describe(body, lexicon)
            if place is None or place[2] in (ActorKind.PERSON, ActorKind.UNKNOWN):
                continue  # "de Gaulle" goes on the name
        return described[1], ActorKind.PERSON, described[3], body
    return None


def _kind_of(words: str, table: NameTable) -> ActorKind | None:
    """The kind the lexicon's ``kind_words`` give the name ``words``: its first word in
    the table, else a phrase of the table in it ("White House"); None when none is."""
    for token in _TOKEN_BREAK.split(words):
        kind = table.kind_of_word.get(token)
        if kind is not None:
            return kind
    padded = f" {words} "
    for phrase, kind in table.kind_phrases:
        if f" {phrase} " in padded:
            return kind
    return None


def surname(canonical: str, lexicon: Lexicon) -> str:
    """The family name of a person's canonical name; a suffix stays with it ("Trump Jr.").

    >>> from newsclaims import DEFAULT_LEXICON
    >>> surname("Donald Trump Jr.", DEFAULT_LEXICON), surname("Vladimir Putin", DEFAULT_LEXICON)
    ('Trump Jr.', 'Putin')
    """
    tokens = canonical.replace(",", "").split()
    if len(tokens) >= 2 and tokens[-1] in lexicon.name_suffixes:
        return " ".join(tokens[-2:])
    return tokens[-1] if tokens else canonical


class MentionIndex:
    """The names of a text outside its quotations, read lazily, one line at a time.

    Attribution asks it for the actor a pronoun or a description refers to and for the
    full form of a short name; each question looks at a bounded stretch of text. The name
    pattern is the costliest scan of the text, and the questions touch about a third of
    its lines, so a line is scanned only when a question first reaches it. A name never
    holds a line break, so the names of a stretch are those of its lines.
    """

    def __init__(self, text: str, stretches: list[tuple[int, int]], lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self._pattern = name_table(lexicon).name
        # The stretches outside the quotations, in order, and where each ends.
        self._stretches = stretches
        self._stretch_ends = [end for _, end in stretches]
        self._line_starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
        # Each line scanned so far: where its names start, and their spans.
        self._lines: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        self._names: dict[int, Name | None] = {}
        self._full_names: dict[tuple[str, int], Name | None] = {}

    def _line(self, line: int) -> tuple[list[int], list[tuple[int, int]]]:
        """The names of the ``line``-th line (scanned once, then remembered)."""
        found = self._lines.get(line)
        if found is None:
            text, starts = self.text, self._line_starts
            lo = starts[line]
            hi = starts[line + 1] if line + 1 < len(starts) else len(text)
            spans: list[tuple[int, int]] = []
            stretches = self._stretches
            i = bisect.bisect_right(self._stretch_ends, lo)
            while i < len(stretches) and stretches[i][0] < hi:
                start, end = stretches[i]
                spans.extend(
                    map(_span, self._pattern.finditer(text, max(start, lo), min(end, hi)))
                )
                i += 1
            found = self._lines[line] = ([s for s, _ in spans], spans)
        return found

    def name(self, start: int, end: int) -> Name | None:
        """The :class:`Name` of the mention at ``[start, end)`` (read once, then remembered)."""
        if start not in self._names:
            self._names[start] = describe_name(self.text, start, end, self.lexicon)
        return self._names[start]

    def before(self, position: int, window: int = ANTECEDENT_WINDOW) -> Iterator[Name]:
        """The names that end before ``position`` within ``window`` characters, nearest first.

        Read lazily: a caller that stops at the first fitting name reads no further.
        """
        line_starts = self._line_starts
        line = bisect.bisect_right(line_starts, position) - 1
        while line >= 0:
            starts, spans = self._line(line)
            index = bisect.bisect_left(starts, position) - 1
            while index >= 0:
                start, end = spans[index]
                if start < position - window:
                    return
                name = self.name(start, end)
                if name is not None and name.end <= position:
                    yield name
                index -= 1
            # The names of the line before start before this line does.
            if line_starts[line] <= position - window:
                return
            line -= 1

    def _ending_with(self, word: str, position: int) -> Iterator[tuple[int, int]]:
        """The names that end with ``word``: the nearest before ``position``, then after it.

        Each way looks a bounded stretch of text and tries a bounded number of names.
        """
        text, line_starts = self.text, self._line_starts
        for step in (-1, 1):
            found = 0
            at = position
            lo, hi = max(0, position - FULL_NAME_WINDOW), position + FULL_NAME_WINDOW
            while found < _FULL_NAME_TRIES:
                at = text.rfind(word, lo, at) if step < 0 else text.find(word, at, hi)
                if at < 0:
                    break
                end = at + len(word)
                # A name that ends there starts on the same line: a name holds no line break.
                starts, spans = self._line(bisect.bisect_right(line_starts, at) - 1)
                index = bisect.bisect_right(starts, at) - 1
                if index >= 0 and spans[index][1] == end:
                    found += 1
                    yield spans[index]
                at = at if step < 0 else end

    def full_name(self, short: str, position: int) -> Name | None:
        """The nearest person named in full whose surname is ``short``, before ``position``.

        Falls back to the nearest one after it, as a lead sometimes names people late.
        Remembered: each pronoun that refers back to a short name asks about it again.
        """
        key = (short, position)
        if key not in self._full_names:
            self._full_names[key] = self._full_name(short, position)
        return self._full_names[key]

    def _full_name(self, short: str, position: int) -> Name | None:
        for start, end in self._ending_with(short, position):
            name = self.name(start, end)
            if (
                name is not None
                and name.kind is ActorKind.PERSON
                and name.canonical != short
                and surname(name.canonical, self.lexicon) == short
            ):
                return name
        return None


def find_mentions(text: str, quotations: Sequence[Quotation], lexicon: Lexicon) -> MentionIndex:
    """Index the names of ``text`` that stand outside ``quotations``.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> index = find_mentions("Sen. Maria Lopez spoke. Lopez left.", [], DEFAULT_LEXICON)
    >>> [n.canonical for n in index.before(35)]
    ['Lopez', 'Maria Lopez']
    """
    # The stretches between quotations: a name inside a quotation is speech.
    stretches: list[tuple[int, int]] = []
    position = 0
    for quotation in quotations:
        if quotation.start > position:
            stretches.append((position, quotation.start))
        position = max(position, quotation.end)
    stretches.append((position, len(text)))
    return MentionIndex(text, stretches, lexicon)


class _Entry:
    """An actor being gathered: its name, kind, title and mentions so far."""

    __slots__ = ("affiliation", "gender", "key", "kind", "mentions", "name", "title")

    def __init__(self, key: str, name: str, kind: ActorKind, title: str | None) -> None:
        self.key = key
        self.name = name
        self.kind = kind
        self.title = title
        self.mentions: dict[tuple[int, int], Mention] = {}
        self.affiliation: str | None = None
        #: "masculine" or "feminine" once a title says so ("Mr.", "Ms.").
        self.gender: str | None = None


def word_gender(word: str, table: NameTable) -> str | None:
    """Whether ``word`` (a pronoun or a title) marks a man or a woman, or neither.

    >>> from newsclaims import DEFAULT_LEXICON
    >>> table = name_table(DEFAULT_LEXICON)
    >>> word_gender("She", table), word_gender("Mr.", table), word_gender("Sen.", table)
    ('feminine', 'masculine', None)
    """
    for form in (word, word.casefold()):
        if form in table.masculine:
            return "masculine"
        if form in table.feminine:
            return "feminine"
    return None


class ActorTable:
    """The actors of one document, merged from their mentions as attribution finds them."""

    def __init__(self, text: str, index: MentionIndex, lexicon: Lexicon) -> None:
        self.text = text
        self.index = index
        self.lexicon = lexicon
        self._entries: dict[str, _Entry] = {}
        self.names = name_table(lexicon)
        # Whether some actor so far has a title that gives a gender.
        self._gendered = False

    def add(self, name: Name, mention: Mention) -> str:
        """Merge ``mention`` (which reads as ``name``) into its actor; return the actor's key."""
        entry = self._entry_for(name)
        entry.mentions[(mention.start, mention.end)] = mention
        return entry.key

    def add_name(self, name: Name) -> str:
        """Merge ``name``'s own words, as a mention, into its actor; return the actor's key."""
        entry = self._entry_for(name)
        self._add_own(entry, name)
        return entry.key

    def _add_own(self, entry: _Entry, name: Name) -> None:
        # A name that pronouns refer back to is merged again and again: its mention is
        # made once (the same words at the same place are an equal mention).
        if (name.start, name.end) not in entry.mentions:
            entry.mentions[(name.start, name.end)] = Mention.of(self.text, name.start, name.end)

    def add_to(self, key: str, mention: Mention) -> str:
        """Record ``mention`` (a pronoun or a description) for the actor ``key``."""
        self._entries[key].mentions[(mention.start, mention.end)] = mention
        return key

    def add_anonymous(self, mention: Mention) -> str:
        """An unnamed source ("officials", "a senior official"): one actor per wording."""
        words = " ".join(mention.text.split())
        key = "anonymous:" + words.casefold()
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry(key, words, ActorKind.ANONYMOUS, None)
        entry.mentions[(mention.start, mention.end)] = mention
        return key

    def gender(self, name: Name) -> str | None:
        """The gender the text gives the person ``name`` names: from its title, else from
        the title of the actor it joins ("Ms. Park", then "Park"); read only.

        Pronouns bound before teach nothing: on train+dev one wrong binding then spread
        to every later pronoun of the actor.
        """
        if name.title is not None and (gender := word_gender(name.title, self.names)):
            return gender
        if not self._gendered:
            return None  # no actor's title has given a gender yet
        canonical = name.canonical
        if name.kind in (ActorKind.PERSON, ActorKind.UNKNOWN) and " " not in canonical:
            full = self.index.full_name(canonical, name.start)
            if full is not None:
                canonical = full.canonical
        entry = self._entries.get(canonical.casefold())
        return entry.gender if entry is not None else None

    def kind(self, key: str) -> ActorKind:
        """The kind of the actor ``key``."""
        return self._entries[key].kind

    def title(self, key: str) -> str | None:
        """The title of the actor ``key``, if the text gave one."""
        return self._entries[key].title

    def _entry_for(self, name: Name) -> _Entry:
        canonical, kind, title = name.canonical, name.kind, name.title
        if kind in (ActorKind.PERSON, ActorKind.UNKNOWN) and " " not in canonical:
            # A short name ("Putin", "President Putin") joins the person named in full.
            full = self.index.full_name(canonical, name.start)
            if full is not None:
                canonical, kind, title = full.canonical, full.kind, title or full.title
                entry = self._entry_for(full)
                self._add_own(entry, full)
                return entry
        elif kind in _BODIES:
            # "the General Staff" joins "the General Staff of the Armed Forces of Ukraine".
            for entry in itertools.islice(reversed(self._entries.values()), _RECENT_ACTORS):
                if entry.kind is kind and entry.name.startswith(canonical + " "):
                    canonical = entry.name
                    break
        key = canonical.casefold()
        found = self._entries.get(key)
        if found is None:
            found = self._entries[key] = _Entry(key, canonical, kind, title)
        else:
            if found.kind is ActorKind.UNKNOWN and kind is not ActorKind.UNKNOWN:
                found.kind = kind
            found.title = found.title or title
        found.affiliation = found.affiliation or name.affiliation
        if name.title is not None and found.gender is None:
            found.gender = word_gender(name.title, self.names)
            self._gendered = self._gendered or found.gender is not None
        return found

    def actors(self, used: set[str]) -> tuple[list[Actor], dict[str, str]]:
        """The actors whose keys are in ``used``, and each key's actor id."""
        ids = {}
        out = []
        taken: set[str] = set()
        for entry in self._entries.values():
            if entry.key not in used:
                continue
            base = actor_id(entry.name)
            id_, n = base, 1
            while id_ in taken:  # two wordings that slug alike ("O'Neil", "O’Neil")
                n += 1
                id_ = f"{base}-{n}"
            taken.add(id_)
            ids[entry.key] = id_
            mentions = tuple([entry.mentions[k] for k in sorted(entry.mentions)])
            kind = ActorKind.PERSON if entry.kind is ActorKind.UNKNOWN else entry.kind
            out.append(Actor(id_, entry.name, kind, entry.title, entry.affiliation, mentions))
        return out, ids
