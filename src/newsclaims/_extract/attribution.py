"""Stage 4: who said each quotation, by which cue, through which channel, and by which rule.

Each rule looks at a bounded stretch of text around a quotation (anchored matches with
``pattern.match(text, pos, endpos)``, cue words looked up in a set), so the work per quotation
is bounded and the stage is linear in the text. :data:`RULES` lists the rules in the order they
are tried, with what each recognizes (docs/quotes.md shows that table). The speaker mention a
rule finds is resolved by the pipeline's :class:`~newsclaims._extract.resolution.Resolver`: a
name to its actor, a pronoun or a description ("the post") to the nearest fitting actor before
it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from newsclaims._extract.attribution_patterns import patterns
from newsclaims._extract.resolution import Resolver
from newsclaims._extract.rules import Registry
from newsclaims._model.records import QuoteKind
from newsclaims._model.spans import Mention, Span
from newsclaims._text.model import Text
from newsclaims._text.pairing import SPEAKER_LABEL, Quotation
from newsclaims.lexicon import Lexicon

__all__ = ["RULES", "Attribution", "Resolver", "attribute_quotations"]

#: The attribution rules, in the order they are tried: ``Quote.rule`` names one of them.
#: docs/quotes.md shows this table as :meth:`Registry.markdown_table` writes it.
RULES: Registry[Callable[..., object]] = Registry("attribution")
RULES.add(
    "transcript",
    '`"WALLACE: Will she be there?`: a speaker label opens the quotation; the label (left out '
    "of the quote) is the speaker, the colon the cue, and a labelled paragraph never continues "
    "the one before",
)
RULES.add(
    "after",
    "`“…,” Putin said.` / `“…,” Smith, a spokesman for X, told reporters.`: the words before "
    "the cue that follows the quotation",
)
RULES.add("after-inverted", "`“…,” said Putin.`: the words after the cue")
RULES.add("after-according-to", "`“…,” according to officials.`: the words after the cue")
RULES.add("dash", "`“…” —Commissioner Ana Ruiz` (also on the next line): the name after the dash")
RULES.add(
    "before",
    "`Putin said: “…”` / `Smith wrote on Twitter: “…”` / `Kasich cautioned “…”`: the subject "
    "of the cue that leads into the quotation",
)
RULES.add(
    "before-possessive",
    "`Ms. Cheney's paraphrase of the memo was blunt: “…”`: the named owner of a speech noun "
    "in the quotation's sentence, which leads into it with a colon",
)
RULES.add("before-according-to", "`According to Smith, “…”`: the name after the cue")
RULES.add(
    "before-lead-in",
    "`…, Trump said, adding, “…”`: the speaker of the sentence whose cue leads in",
)
RULES.add(
    "before-inverted",
    "`Said Ellis: “…”` / `Added Ruiz, “…”`: the name after the cue that opens the sentence",
)
RULES.add("split", "`“…,” he said. “…”`: the first part's speaker and cue")
RULES.add(
    "intro",
    "a paragraph ending with a colon, `And from Councillor Mark Chen:`, then the quote: the "
    "subject of its cue, else its first name; the cue, else the colon",
)
RULES.add(
    "continuation",
    "a paragraph opening with a quote, after a paragraph attributed to X: X, with X's mention "
    "and cue",
)
RULES.add(
    "paragraph",
    "a quote of six words or more that opens a sentence inside a paragraph with no cue of its "
    "own (`Dianne Bystrom agreed with the analysts. “…”`): the speaker of the paragraph's last "
    "quote, else the subject of its last reporting clause, else the first name of its main clause",
)
RULES.add(
    "sentence",
    "a cue elsewhere in the quotation's sentence: `Zelensky said he believed … “accomplished.”` / "
    "`The “defensive operation” was underway, the post added`: the subject of the cue",
)

# How far around a quotation the rules look, in characters. Every match is bounded by an
# end position too: without one the regex module may scan the rest of the text for a literal
# the pattern needs, and a text of many quotations would take quadratic time.
_NEAR = 160
# How many words a quotation needs to be read as the speech of the paragraph's speaker
# without a cue of its own: fewer are titles, nicknames or scare quotes.
_PARAGRAPH_WORDS = 6
_SENTENCE = 400
# How many words may lead into a quotation attributed after it, and it still be whole.
_SHORT_LEAD = 1
# How far before a quotation a cue that leads into it can stand, and how many cues after a
# quotation are tried for its reporting clause.
_TAIL = 120
_AFTER_CUES = 3


class Attribution(NamedTuple):
    """A quotation with what attribution found: the record's parts before ids are given."""

    spans: tuple[tuple[int, int], ...]
    nested: tuple[tuple[int, int], ...]
    kind: QuoteKind
    speaker: str | None  # a key of the ActorTable
    mention: Mention | None
    cue: Span | None
    channel: Span | None
    rule: str


class Clause(NamedTuple):
    """A reporting clause found by a rule: the source phrase, the cue and the channel."""

    source: tuple[int, int]
    cue: tuple[int, int] | None
    channel: tuple[int, int] | None
    end: int
    rule: str


_WORDS = regex.compile(r"\S+")
# White space to str.split but not to \s: the information separators.
_SPLIT_ONLY = ("\x1c", "\x1d", "\x1e", "\x1f")
# What may stand right before a subject: the end of a sentence or clause, a closing mark.
_CLAUSE_START = frozenset(".!?;:,\n”’\"'»)—–")
_LOOK_BACK = 20
_FIRST_WORD = regex.compile(r"\p{L}+")
# Cues are lowercase words; capitalised ones ("States", "Post") are names.
_LOWER_WORD = regex.compile(r"\p{Ll}+")
_LEAD = regex.compile(r"[ \u00a0]*,?[ \u00a0]*")
# Between an opening cue's source and its quotation: Said Ellis: “…”.
_OPENING_TAIL = regex.compile(r"[ \u00a0]*[,:][ \u00a0]*")
# A trailing reporting clause ends its sentence or clause: “…” was underway, the post added.
_CLAUSE_CLOSE = regex.compile(r"[ \u00a0]*[,.;!?]")
# What the dash rule's cue starts with.
_DASHES = ("—", "–", "―", "-")


def vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """The words attribution looks up in a text's :class:`Words`, in lowercase."""
    return frozenset(word.lower() for word in patterns(lexicon).cues.firsts)


def attribute_quotations(text: Text, resolver: Resolver) -> list[Attribution]:
    """Attribute each quotation of ``text`` to its speaker, resolved by ``resolver``.

    >>> from newsclaims import DEFAULT_LEXICON as lex
    >>> from newsclaims._extract.resolution import read_resolver
    >>> from newsclaims._text.model import read_text
    >>> text = read_text("“We are ready,” Lee said, but Ortiz disagreed: “We are not.”", lex)
    >>> found = attribute_quotations(text, read_resolver(text))
    >>> [(a.mention.text, a.cue.text, a.rule) for a in found]
    [('Lee', 'said', 'after'), ('Ortiz', 'disagreed', 'before')]
    """
    return _Attributor(text, resolver).run(text.quotations)


class _Attributor:
    """The rules of attribution over one document, tried quotation by quotation."""

    def __init__(self, text: Text, resolver: Resolver) -> None:
        self.model = text
        self.text = text.string
        self.lexicon = text.lexicon
        self.p = patterns(text.lexicon)
        self.r = resolver
        self.cues = resolver.cues
        self._sentence_starts: dict[int, int] = {}
        self.gerund = text.lexicon.gerund_suffixes

    def run(self, quotations: Sequence[Quotation]) -> list[Attribution]:
        """Attribute the quotations in text order; a later rule may use an earlier result."""
        out: list[Attribution] = []
        # Where the last direct quotation's reporting clause ends: a split quote's next part
        # may follow it. -1 when there is none.
        join_from = -1
        # The last attributed quotation and where its paragraph starts, for continuations.
        previous: tuple[int, Attribution] | None = None
        for q in quotations:
            paragraph = self.paragraph_start(q.start)
            q, clause = self.adjacent_clause(q, join_from)
            if clause is None and out and join_from >= 0 and self.continues(join_from, q):
                out[-1] = _joined(out[-1], q)
                join_from = q.end
                continue
            continued: Attribution | None = None
            opens_paragraph = self.opens_paragraph(paragraph, q)
            if clause is None and opens_paragraph:
                clause = self.intro(paragraph)
                if (
                    clause is None
                    and previous is not None
                    and previous[0] == self.previous_paragraph_start(paragraph)
                    and not self.goes_on(q)
                ):
                    # A paragraph that is a quotation continues the speaker before it; one
                    # that the reporter's sentence goes on after (“American Skin” was
                    # written by …) is the reporter's.
                    continued = _continuing(previous[1], q, "continuation")
            if continued is None and clause is None:
                clause = self.sentence(q)
            if continued is None and clause is None and not opens_paragraph and not self.lead(q):
                # “…” opening a sentence inside a paragraph, with no cue of its own: its
                # speaker is the one the paragraph is about. “Dianne Bystrom agreed. “…””
                if previous is not None and previous[0] == paragraph:
                    continued = _continuing(previous[1], q, "paragraph")
                elif len(self.text[q.spans[0][0] : q.spans[-1][1]].split()) >= _PARAGRAPH_WORDS:
                    source = self.r.speaker_in(paragraph, self.sentence_start(q.start))
                    if source is not None:
                        clause = Clause(source, None, None, q.end, "paragraph")
            if continued is not None:
                out.append(continued)
                previous = (paragraph, continued)
                join_from = q.end
                continue
            kind = self.kind_of(q, clause, self.lead(q))
            if clause is None:
                out.append(Attribution(q.spans, q.nested, kind, None, None, None, None, ""))
                join_from = -1
                continue
            speaker, mention = self.r.resolve(clause.source)
            text = self.text
            attribution = Attribution(
                q.spans,
                q.nested,
                kind,
                speaker,
                mention,
                Span.of(text, *clause.cue) if clause.cue else None,
                Span.of(text, *clause.channel) if clause.channel else None,
                clause.rule,
            )
            out.append(attribution)
            if speaker is not None:
                self.r.spoke(q.start, speaker)
            previous = (paragraph, attribution)
            join_from = max(clause.end, q.end) if kind is QuoteKind.DIRECT else -1
        return out

    def adjacent_clause(self, q: Quotation, join_from: int) -> tuple[Quotation, Clause | None]:
        """A reporting clause right at the quotation: a transcript label, after or before it.

        Returns the quotation too, as a transcript label is taken out of its words.
        """
        label = SPEAKER_LABEL.match(self.text, q.spans[0][0], q.spans[0][1])
        if label is not None:
            # A transcript: “WALLACE: Let's start …” is Wallace's, the label left out.
            q = q._replace(spans=((label.end(), q.spans[0][1]), *q.spans[1:]))
            colon = (label.end(1), label.end(1) + 1)
            return q, Clause(label.span(1), colon, None, q.end, "transcript")
        clause = self.after(q) or self.before(q)
        # “…,” he said, “…”: a cue before that belongs to the first part: a split quote.
        if clause is not None and clause.cue is not None and clause.cue[0] < join_from:
            return q, None
        return q, clause

    def kind_of(self, q: Quotation, clause: Clause | None, lead: str) -> QuoteKind:
        """Direct or partial by where the quotation stands; a title, nickname or scare
        quotes when nobody is said to speak it."""
        if clause is None:
            return self.unattributed_kind(q, lead)
        if clause.rule == "sentence":
            return QuoteKind.PARTIAL
        if clause.rule.startswith("before"):
            # The cue leads into it: the quotation is the speech, unless the reporter's
            # sentence goes on after it (Comey testified “thousands” of emails …).
            goes_on = self.p.goes_on.match(self.text, q.end, q.end + _NEAR) is not None
            return QuoteKind.PARTIAL if goes_on else QuoteKind.DIRECT
        if clause.rule.startswith("after") and len(lead.split()) <= _SHORT_LEAD:
            # “As for complexity, “…,” said Mr. Kamin”: a short lead-in, a whole quote.
            return QuoteKind.DIRECT
        return QuoteKind.DIRECT if _opens_sentence(lead) else QuoteKind.PARTIAL

    # -- where paragraphs and sentences are ------------------------------------------------

    def paragraph_start(self, position: int) -> int:
        """Where the paragraph holding ``position`` starts."""
        return self.model.paragraph_start(position)

    def opens_paragraph(self, paragraph: int, q: Quotation) -> bool:
        """True if the quotation opens its paragraph: only white space and stray marks
        (`"“If I …”`, a mark pairing dropped) stand before it."""
        return q.start - paragraph < _LOOK_BACK and all(
            c.isspace() or c in self.p.marks for c in self.text[paragraph : q.start]
        )

    def previous_paragraph_start(self, paragraph: int) -> int:
        """Where the paragraph before the one starting at ``paragraph`` starts."""
        end = paragraph
        while end > 0 and self.text[end - 1].isspace() and paragraph - end < _SENTENCE:
            end -= 1
        return self.paragraph_start(end) if end > 0 else -1

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts, at most a bounded stretch back.

        The bound keeps the rules linear in a text of one endless sentence. Remembered:
        several rules ask about the start of the same quotation.
        """
        known = self._sentence_starts.get(position)
        if known is None:
            known = max(self.model.sentence_start(position), position - _SENTENCE)
            self._sentence_starts[position] = known
        return known

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """From the start of the sentence holding ``start`` to the end of the one holding
        ``end``, each at most a bounded stretch away."""
        sentence_end = self.model.sentence(end)[1]
        return self.sentence_start(start), min(max(end, sentence_end), end + _SENTENCE)

    def lead(self, q: Quotation) -> str:
        """The words of the reporter's sentence before the quotation."""
        s = self.sentence_start(q.start)
        return self.text[s : q.start].strip(" \t\u00a0([—–-")

    def continues(self, join_from: int, q: Quotation) -> bool:
        """True when the quotation ``q`` continues the one whose reporting clause ended at
        ``join_from``: “…,” he said. “…” is one split quote.

        Within the paragraph and a sentence's length, the rest of the reporting sentence
        counts: PolNeAR's annotators join “…,” he said, adding that … “…” into one relation
        too. A quotation inside a later sentence of the reporter's (“…,” Lee said. The crowd
        reacted with “pure delight”) or one the reporter's sentence goes on after (“…” to
        drive up the stock price) is the reporter's fragment, not the next part.
        """
        start = q.start
        if start - join_from > _SENTENCE:
            return False
        gap = self.text[join_from:start]
        if "\n" in gap or not self.p.double_marks.isdisjoint(gap):
            return False
        if self.sentence_start(start) > join_from and self.lead(q):
            return False
        return not self.goes_on(q)

    def goes_on(self, q: Quotation) -> bool:
        """True if the reporter's sentence goes on after the quotation, which then is a
        fragment of it: “American Skin” was written by …."""
        return self.p.goes_on.match(self.text, q.end, q.end + _NEAR) is not None

    # -- the rules ---------------------------------------------------------------------------

    def after(self, q: Quotation) -> Clause | None:
        """A reporting clause right after the quotation: “…,” Putin said / said Putin."""
        text, p = self.text, self.p
        hi = min(len(text), q.end + _NEAR)
        newline = text.find("\n", q.end, hi)
        if newline >= 0:
            hi = newline
        # Only the first cues matter: a source phrase is at most nine words long.
        cues = list(itertools.islice(self.cues.scan(q.end, hi), _AFTER_CUES))
        for rule in ("after", "after-inverted", "after-according-to", "dash"):
            match, cue = self.after_match(rule, q.end, cues, hi)
            if match is None or cue is None:
                continue
            inverted = rule != "after"
            source = self.r.source_of(match, inverted=inverted)
            if source is None:
                continue
            end = max(match.end(), source[1]) if inverted else cue[1]
            channel = self.r.channel(end, hi)
            if channel is not None:
                end = channel[1]
            elif (
                rule == "after"
                and text[q.spans[-1][1] - 1] == "."
                and not p.clause_end.match(text, end, hi)
            ):
                # “… true.” He said Clinton would …: a new sentence reporting more speech.
                continue
            return Clause(source, cue, channel, end, rule)
        return None

    def after_match(
        self, rule: str, end: int, cues: list[tuple[int, int]], hi: int
    ) -> tuple[regex.Match[str] | None, tuple[int, int] | None]:
        """The match of one after-rule at the end of a quotation, and its cue's span."""
        text, p = self.text, self.p
        if rule == "after":
            # The first cue with a source phrase between it and the quotation.
            for found in cues:
                match = p.after.fullmatch(text, end, found[0])
                if match is not None:
                    return match, (found[0], self.r.object_end(found[1], hi))
            return None, None
        if rule == "after-inverted":
            if cues and _LEAD.fullmatch(text, end, cues[0][0]):
                return p.after_inverted.match(text, cues[0][1], hi), cues[0]
            return None, None
        # A dash line may stand on the next line: “…” (line break) —Commissioner Ruiz
        limit = min(len(text), end + _NEAR) if rule == "dash" else hi
        if rule == "dash" and not text[end:limit].lstrip().startswith(_DASHES):
            return None, None  # only white space may stand before the dash: most have none
        pattern = p.dash if rule == "dash" else p.after_according
        match = pattern.match(text, end, limit)
        return match, match.span("cue") if match is not None else None

    def before(self, q: Quotation) -> Clause | None:
        """A reporting clause leading into the quotation: Putin said: “…” / According to X, “…”."""
        text, p = self.text, self.p
        # The subject stands in the quotation's sentence: “John McCain. Obama said, “…”” is
        # Obama's, not "Cain. Obama"'s.
        lo = max(self.sentence_start(q.start), q.start - _NEAR)
        # A cue further back than a tail's length cannot lead into the quotation.
        cues = self.cues.find(max(lo, q.start - _TAIL), q.start)
        # The latest cue that leads into the quotation with its subject right before it.
        for cue in reversed(cues):
            if p.before_tail.fullmatch(text, cue[1], q.start):
                source = self.subject(lo, cue[0])
                if source is not None:
                    channel = self.r.channel(cue[1], q.start)
                    return Clause(source, cue, channel, q.start, "before")
        # The two rules below lead in with a comma or colon ("According to X, “…”",
        # "saying: “…”"), which then stands right before the quotation: most have none.
        led_in = text[lo : q.start].rstrip(" \u00a0").endswith((",", ":"))
        match = p.before_according.search(text, lo, q.start) if led_in else None
        if match is not None:
            source = self.r.source_of(match, inverted=True)
            if source is not None:
                cue = match.span("cue")
                return Clause(
                    source, cue, self.r.channel(cue[1], q.start), q.start, "before-according-to"
                )
        possessive = self.possessive(lo, q.start) if led_in else None
        if possessive is not None:
            return possessive
        for cue in reversed(cues if led_in else ()):
            if p.lead_in_tail.fullmatch(text, cue[1], q.start):
                # “..., saying, “…”: the cue leads in, its subject is the sentence's speaker.
                s, _ = self.sentence_bounds(cue[0], cue[0])
                source = self.r.subject(s, cue[0]) or self.r.speaker_in(s, cue[0])
                if source is not None:
                    return Clause(source, cue, None, q.start, "before-lead-in")
                break
        return self.opening_cue(q)

    def subject(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """The subject of the cue at ``cue_start``, the sentence from ``lo`` on, or None when
        the cue is a noun: after a possessive ("Trump's remarks") a verb form names speech."""
        source = self.r.subject(lo, cue_start)
        if source is None:
            return self.coordinated(lo, cue_start)
        if self.text.endswith(self.lexicon.possessive_suffixes, *source):
            return None
        return source

    def coordinated(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """The subject of a cue that ends a coordinated predicate: in `Cheney focused on X
        and claimed that “…”` the cue's subject is the sentence's, Cheney."""
        joint = self.p.joint.search(self.text, max(lo, cue_start - _LOOK_BACK), cue_start)
        return self.r.speaker_in(lo, joint.start()) if joint is not None else None

    def possessive(self, lo: int, start: int) -> Clause | None:
        """A named owner of a speech noun leading into the quotation with a colon: `Ms.
        Cheney's paraphrase of the memo was blunt: “…”` is Cheney's."""
        text = self.text
        colon = text.rfind(":", lo, start)
        if colon < 0 or text[colon + 1 : start].strip(" \u00a0"):
            return None
        before = text[lo:colon]
        if not any(suffix in before for suffix in self.lexicon.possessive_suffixes):
            return None  # most sentences hold no possessive: say so before any regex
        for match in self.p.possessor.finditer(text, lo, colon):
            if not self.p.double_marks.isdisjoint(text[match.end() : colon]):
                continue  # the noun owns a quotation of its own before this one
            noun = next(
                (
                    w
                    for w in _WORDS.finditer(text, *match.span("words"))
                    if w.group() in self.p.claim_nouns
                ),
                None,
            )
            source = self.r.source(*match.span("source"), inverted=False) if noun else None
            if noun is not None and source is not None:
                return Clause(source, noun.span(), None, start, "before-possessive")
        return None

    def opening_cue(self, q: Quotation) -> Clause | None:
        """A capitalised cue opening the sentence, its source after it: Said Ellis: “…”.

        Cues are found lowercase, so that "States" and "Post" stay names; here the cue is
        the sentence's first word, and the source must run up to a colon or comma that
        leads into the quotation.
        """
        text, p = self.text, self.p
        s = self.sentence_start(q.start)
        first = _FIRST_WORD.match(text, s, q.start)
        if first is None or not first.group().istitle():
            return None
        if not p.cues.is_cue(first.group().lower()):
            return None
        match = p.after_inverted.match(text, first.end(), q.start)
        if match is None or not _OPENING_TAIL.fullmatch(text, match.end(), q.start):
            return None
        source = self.r.source(*match.span("source"), inverted=True)
        if source is None:
            return None
        return Clause(source, first.span(), None, q.start, "before-inverted")

    def sentence(self, q: Quotation) -> Clause | None:
        """A cue elsewhere in the quotation's sentence: the speaker of a partial quote."""
        text, p = self.text, self.p
        s, e = self.sentence_bounds(q.start, q.end)
        # The nearest cue before the quotation whose subject can be read.
        best: Clause | None = None
        for cue_start, cue_end in self.cues.find(s, q.start):
            if len(p.double_mark.findall(text, s, cue_start)) % 2 == 1:
                # Inside a quotation: an odd number of double marks stand before it.
                continue
            source = self.subject(s, cue_start)
            if source is None and text[cue_start:cue_end].endswith(self.gerund):
                # A participle ("calling them") has the sentence's speaker for its subject.
                source = best.source if best is not None else self.r.speaker_in(s, cue_start)
            if source is not None:
                cue_end = self.r.object_end(cue_end, q.start)
                best = Clause(source, (cue_start, cue_end), None, q.end, "sentence")
        if best is not None:
            return best
        # After it: “The “defensive operation” was still underway, the post added.”
        for cue in self.cues.find(q.end, e):
            if not _CLAUSE_CLOSE.match(text, cue[1], e):
                continue
            match = p.trailing_subject.search(text, q.end, cue[0])
            if match is not None:
                source = self.r.source(*match.span("source"), inverted=False)
                if source is not None:
                    return Clause(source, cue, None, q.end, "sentence")
        return None

    def intro(self, paragraph: int) -> Clause | None:
        """The paragraph before ends with a colon: “And from Councillor Mark Chen:”."""
        text = self.text
        end = paragraph
        while end > 0 and text[end - 1].isspace() and paragraph - end < _SENTENCE:
            end -= 1
        if end == 0 or text[end - 1] != ":":
            return None
        colon = end - 1
        s = self.sentence_start(colon)
        for cue in self.cues.find(s, colon):
            source = self.r.subject(s, cue[0])
            if source is not None:
                return Clause(source, cue, None, paragraph, "intro")
        # No cue: the first name of the introduction ("From the office of Dana Wu, …:").
        names = list(self.r.index.before(colon, colon - s))
        if not names:
            return None
        first = names[-1]
        return Clause((first.start, first.end), (colon, colon + 1), None, paragraph, "intro")

    def unattributed_kind(self, q: Quotation, lead: str) -> QuoteKind:
        """A quotation nobody is said to speak: a title, a nickname, scare quotes, or speech."""
        text, lexicon = self.text, self.lexicon
        start, end = q.spans[0][0], q.spans[-1][1]
        words = text[start:end].split()
        before = text[max(0, q.start - 30) : q.start].casefold()
        if before.rstrip().endswith(lexicon.nickname_cues):
            return QuoteKind.NICKNAME
        if before.rstrip().endswith(lexicon.title_cues) or (
            len(words) <= 8
            and all(w[0].isupper() or not w[0].isalpha() for w in words if len(w) > 3)
            and len(words) > 1
        ):
            return QuoteKind.TITLE
        # “…” about fixing inequality: a sentence that goes on after the quotation is the
        # reporter's, and the quotation a part of it.
        goes_on = self.p.goes_on.match(text, q.end, q.end + _NEAR) is not None
        if len(q.spans) > 1 or (len(words) >= 6 and _opens_sentence(lead) and not goes_on):
            return QuoteKind.DIRECT
        return QuoteKind.PARTIAL if len(words) >= 6 else QuoteKind.SCARE


def _continuing(previous: Attribution, q: Quotation, rule: str) -> Attribution:
    """The quotation ``q`` spoken by ``previous``'s speaker, whose words it continues."""
    return previous._replace(
        spans=q.spans, nested=q.nested, kind=QuoteKind.DIRECT, channel=None, rule=rule
    )


def _joined(first: Attribution, q: Quotation) -> Attribution:
    """A split quote: the first part's attribution with the next part's words added."""
    return first._replace(
        spans=first.spans + q.spans,
        nested=first.nested + q.nested,
        kind=QuoteKind.DIRECT,
        rule=first.rule if first.rule.startswith("split") else "split",
    )


def _opens_sentence(lead: str) -> bool:
    """True if a quotation after ``lead`` starts its sentence (or follows a colon): direct.

    One that starts inside the reporter's sentence quotes a fragment: a partial quote.
    """
    return not lead or lead.endswith(":")
