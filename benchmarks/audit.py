"""Count suspicious records in the analysis of a corpus, by kind (issue 13, record quality).

The PolNeAR F1 scores overlap, so it does not see records that overlap the right words but
mean the wrong thing. This script runs :func:`newsclaims.analyze` over every ``*.txt`` below
the folders it is given and flags records of seven kinds, each decided by one small check
that reads only the public records and ``DEFAULT_LEXICON``'s tables:

``actor_name_ends_in_function_word``
    An actor's name whose last word is a function word or a verb ("Donald Trump is", "the
    government could"). The function words are the lexicon's ``auxiliaries``,
    ``passive_auxiliaries``, ``clause_words``, ``prepositions``, ``determiners``,
    ``definite_articles``, ``complementizers``, ``relative_pronouns``, ``name_particles``,
    the words of ``pronouns`` and the dispute tables' ``verb_auxiliaries`` and ``copulas``;
    the verbs are ``cue_verbs``, ``claim_verbs``, ``dispute_verbs``, ``quote_only_verbs``,
    ``object_verbs``, ``addressee_verbs`` and ``participles`` (lower case, as written) and
    ``headline_cues`` (capitalised). Not flagged, as nouns: a verb form after a
    ``noun_markers`` word or a possessive ("the state", "Trump's plan"; in its bare form one
    word further on, "her economic plan"), and a form the lexicon also lists as a noun (in
    ``claim_nouns``, ``source_documents``, ``role_nouns``, ``channel_words``,
    ``anonymous_sources`` or the heads of ``descriptions``: "Intelligence reports", "the
    post"). Nor is a name that is one determiner ("some", "many" said: unnamed people).
``mention_crosses_sentence``
    A speaker, claimant or disputant mention holding a sentence end: a line break, or a
    period followed by white space and a capital, unless the period ends a title, an
    abbreviation or an initial ("Sen.", "St.", "W."). A final abbreviation ("U.S.") ends a
    sentence only before a word that opens sentences (``not_names``), as the splitter reads it.
``claim_starts_with_claim_noun_or_cue``
    A claim whose content is introduced by a claim noun ("claims that ...", "the allegation
    that ..."), equals its own cue's words, or holds its own cue.
``dispute_of_own_claim``
    A dispute whose disputant is also the claimant of the claim it disputes.
``unattributed_continuation_quote``
    A direct or partial quote with no speaker that opens its paragraph (a line of the text),
    right after a paragraph that holds an attributed quote: news writing continues the
    previous speaker there.
``claim_from_label_or_byline``
    A claim of the ``label`` rule ("Obama: CONTENT") whose label is a section or link label
    (a ``label_kickers`` entry, or words in capitals holding a kicker, a function word or a
    verb: "READ MORE:", "WATCH:"), or any claim on a byline line ("Jane Doe reported from
    Kyiv.", "Jane Doe contributed reporting.").
``pronoun_bound_to_non_name``
    A speaker, claimant or disputant mention that is a pronoun, bound to an actor whose name
    is one word that is no name: a ``not_names`` word, a function word written with a capital
    ("One") or in capitals ("THAT").

For each kind it prints the count and up to three examples (document, the record's words,
and the text around them), and as its last line one JSON object with every count. It only
measures: it never fails on a count.

    .venv/bin/python benchmarks/audit.py DIR...
    .venv/bin/python benchmarks/audit.py ../shared/corpora/polnear/{train,dev}
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from newsclaims import DEFAULT_LEXICON, Actor, Document, Lexicon, Mention, analyze

#: Characters shown on each side of a record in an example.
CONTEXT_CHARS = 60
#: Examples printed for each kind.
EXAMPLES = 3


@dataclass(frozen=True)
class Finding:
    """One suspicious record: which document, the record's words, and the text around them."""

    document: str
    text: str
    context: str


def context_of(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The record's place in ``text`` with ``width`` characters each side, on one line.

    >>> context_of("One. Two said so.\\nThree.", 5, 8, width=4)
    '…ne. [Two] sai…'
    """
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    shown = f"{before}[{text[start:end]}]{after}"
    shown = shown.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return ("…" if start > width else "") + shown + ("…" if end + width < len(text) else "")


def _finding(name: str, doc: Document, words: str, start: int, end: int) -> Finding:
    return Finding(name, words, context_of(doc.text, start, end))


# The word classes, read from the lexicon once per lexicon (a lexicon is a frozen value).


def _words(entries: Iterable[str]) -> set[str]:
    """The one-word entries of a table."""
    return {entry for entry in entries if " " not in entry}


@functools.cache
def function_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's function words, lower case: a name never ends in one."""
    words: set[str] = set()
    for table in (
        lexicon.auxiliaries,
        lexicon.passive_auxiliaries,
        lexicon.clause_words,
        lexicon.prepositions,
        lexicon.determiners,
        lexicon.definite_articles,
        lexicon.complementizers,
        lexicon.relative_pronouns,
        lexicon.name_particles,
        tuple(word for word, _ in lexicon.pronouns),
        lexicon.disputes.verb_auxiliaries,
        lexicon.disputes.copulas,
    ):
        words |= _words(table)
    return frozenset(words)


@functools.cache
def noun_words(lexicon: Lexicon) -> frozenset[str]:
    """Words the lexicon lists as nouns: a verb form among them may end a name as a noun."""
    words: set[str] = set()
    for table in (
        lexicon.claim_nouns,
        lexicon.source_documents,
        lexicon.role_nouns,
        lexicon.channel_words,
        tuple(word for word, _ in lexicon.descriptions),
    ):
        words |= {entry.lower() for entry in _words(table)}
    # "two sources", "administration officials": the head noun of each anonymous source.
    words |= {entry.split()[-1].lower() for entry in lexicon.anonymous_sources}
    return frozenset(words)


@functools.cache
def verb_phrases(lexicon: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """The lexicon's verbs that are no nouns: one-word forms, and multi-word cues."""
    entries: set[str] = set()
    for table in (
        lexicon.cue_verbs,
        lexicon.claim_verbs,
        lexicon.dispute_verbs,
        lexicon.quote_only_verbs,
        lexicon.object_verbs,
        lexicon.addressee_verbs,
        lexicon.participles,
    ):
        entries |= set(table)
    nouns = noun_words(lexicon)
    single = {entry for entry in _words(entries) if entry.lower() not in nouns}
    single |= set(lexicon.headline_cues)  # capitalised, and by their table's rule no nouns
    multi = tuple(sorted(entry for entry in entries if " " in entry))
    return frozenset(single), multi


# The checks. Each takes a document's name and its analysis and gives its findings.

Check = Callable[[str, Document, Lexicon], list[Finding]]


def _marks_noun(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` makes a verb form after it a noun: "the", "his", "Trump's"."""
    return word.lower() in lexicon.noun_markers or word.endswith(
        tuple(lexicon.possessive_suffixes)
    )


def _noun_position(before: Sequence[str], last: str, lexicon: Lexicon) -> bool:
    """Whether the verb form ``last`` after the words ``before`` is a noun.

    Right after a noun marker or a possessive it is ("the state", "Trump's plan"); one word
    further on only in its bare form, as a noun's head ("the conservative press", "her
    economic plan"), not as an inflected verb ("the foundation predicts").
    """
    if before and _marks_noun(before[-1], lexicon):
        return True
    inflections = (*lexicon.past_suffixes, *lexicon.gerund_suffixes, *lexicon.plural_suffixes)
    bare = not last.endswith(inflections) and last not in lexicon.participles
    return bare and len(before) >= 2 and _marks_noun(before[-2], lexicon)


def name_fault(name: str, lexicon: Lexicon = DEFAULT_LEXICON) -> str | None:
    """Why ``name`` ends in a function word or a verb, or None when it does not.

    >>> name_fault("Donald Trump is"), name_fault("the government could")
    ("function word 'is'", "function word 'could'")
    >>> name_fault("Intelligence reports"), name_fault("The Washington Post")
    (None, None)
    >>> name_fault("Clinton Says"), name_fault("the state"), name_fault("her economic plan")
    ("verb 'Says'", None, None)
    >>> name_fault("the foundation predicts"), name_fault("some")
    ("verb 'predicts'", None)
    """
    words = name.split()
    if not words:
        return None
    last = words[-1]
    if len(words) == 1 and last in lexicon.determiners:
        return None  # "some", "many", "one" said: a quantifier standing for unnamed people
    if last in function_words(lexicon):
        return f"function word {last!r}"
    single, multi = verb_phrases(lexicon)
    if last in single and not _noun_position(words[:-1], last, lexicon):
        return f"verb {last!r}"
    for phrase in multi:
        if name == phrase or name.endswith(" " + phrase):
            return f"verb {phrase!r}"
    return None


def check_actor_names(name: str, doc: Document, lexicon: Lexicon) -> list[Finding]:
    """Actors whose name ends in a function word or a verb: the source phrase overran.

    A name is a name: "Donald Trump is" and "the government could" took in the words of the
    reporting clause, so the same actor gets another key in every table built on names.
    """
    found = []
    for actor in doc.actors:
        fault = name_fault(actor.name, lexicon)
        if fault is not None:
            where = actor.mentions[0] if actor.mentions else None
            start, end = (where.start, where.end) if where else (0, 0)
            found.append(_finding(name, doc, f"{actor.name} ({fault})", start, end))
    return found


_SENTENCE_END = regex.compile(r"\.\s+([\"“‘'(\[]?\p{Lu}\S*)")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
_OPENING_PUNCTUATION = "\"“‘'([«"


def sentence_end_in(words: str, lexicon: Lexicon = DEFAULT_LEXICON) -> str | None:
    """The sentence end inside ``words``, as the words around it, or None when none.

    >>> sentence_end_in("John McCain. Obama")
    'McCain. Obama'
    >>> sentence_end_in("Sen. Maria Lopez"), sentence_end_in("George W. Bush")
    (None, None)
    >>> sentence_end_in("the U.S. The"), sentence_end_in("U.S. Secretary Kerry")
    ('U.S. The', None)
    """
    for brk in ("\r", "\n"):
        if brk in words:
            return words[max(0, words.index(brk) - 20) : words.index(brk) + 20]
    for match in _SENTENCE_END.finditer(words):
        # The whole word the period ends: "U.S.", "W.", "(Sen.".
        token = words[: match.start() + 1].split()[-1].lstrip(_OPENING_PUNCTUATION)
        following = match.group(1).lstrip(_OPENING_PUNCTUATION)
        if token in lexicon.final_abbreviations:
            # "U.S." ends a sentence only before a word that opens one ("The", "He").
            if following.rstrip(",;:.") not in lexicon.not_names:
                continue
        elif (
            token in lexicon.titles or token in lexicon.abbreviations or _INITIALS.fullmatch(token)
        ):
            continue
        return token + words[match.start() + 1 : match.end()]
    return None


def _record_mentions(doc: Document) -> Iterator[tuple[str, Mention, Actor | None]]:
    """Every speaker, claimant and disputant mention, with its role and its actor."""
    for quote in doc.quotes:
        if quote.speaker_mention is not None:
            yield "speaker", quote.speaker_mention, doc.speaker_of(quote)
    for claim in doc.claims:
        if claim.claimant_mention is not None:
            yield "claimant", claim.claimant_mention, doc.claimant_of(claim)
    for dispute in doc.disputes:
        if dispute.disputant_mention is not None:
            yield "disputant", dispute.disputant_mention, doc.disputant_of(dispute)


def check_mentions(name: str, doc: Document, lexicon: Lexicon) -> list[Finding]:
    """Speaker, claimant and disputant mentions that hold a sentence end.

    A source is named inside one sentence: a mention that reaches over a period or a line
    break (`John McCain. Obama said`) glued a name of one sentence to the source of the
    next, and so names the wrong actor. A span that is the mention of several records (a
    quote and its claim) is counted once.
    """
    found = []
    seen: set[tuple[int, int]] = set()
    for role, mention, _actor in _record_mentions(doc):
        for span in mention.spans:
            if (span.start, span.end) in seen:
                continue
            end = sentence_end_in(span.text, lexicon)
            if end is not None:
                seen.add((span.start, span.end))
                found.append(_finding(name, doc, f"{role} {span.text!r}", span.start, span.end))
    return found


def claim_noun_opening(content: str, lexicon: Lexicon = DEFAULT_LEXICON) -> str | None:
    """The claim noun that introduces ``content`` ("claims that ..."), or None.

    A claim noun followed by a complementizer, or alone, after at most a determiner:

    >>> claim_noun_opening("claims that Ukrainian troops were surrounded")
    'claims that'
    >>> claim_noun_opening("the allegation that he lied"), claim_noun_opening("reports")
    ('the allegation that', 'reports')
    >>> claim_noun_opening("reports of casualties were exaggerated") is None
    True
    """
    words: list[str] = regex.findall(r"[\p{L}\p{N}'’-]+", content)
    if words and words[0].lower() in lexicon.determiners:
        words = words[1:]
    if not words or words[0].lower() not in lexicon.claim_nouns:
        return None
    if len(words) == 1:
        return words[0]
    if words[1].lower() in lexicon.complementizers:
        stop = content.lower().find(words[1].lower(), content.lower().find(words[0].lower()))
        return content[: stop + len(words[1])].strip()
    return None


_EDGE_PUNCTUATION = " \t\r\n.,;:!?\"“”‘’'()"


def check_claim_contents(name: str, doc: Document, lexicon: Lexicon) -> list[Finding]:
    """Claims whose content is introduced by a claim noun, equals its cue, or holds its cue.

    A claim's content is the reported proposition only: in "claims that X" the content is
    X, and a content that is the cue's own words ("said", "denial") or that contains the
    cue reports no proposition.
    """
    found = []
    for claim in doc.claims:
        content = claim.text
        start, end = claim.spans[0].start, claim.spans[-1].end
        opening = claim_noun_opening(content, lexicon)
        if opening is not None:
            found.append(_finding(name, doc, f"{content!r} (opens with {opening!r})", start, end))
        elif claim.cue is not None and (
            content.strip(_EDGE_PUNCTUATION).casefold()
            == claim.cue.text.strip(_EDGE_PUNCTUATION).casefold()
        ):
            found.append(_finding(name, doc, f"{content!r} (is its cue)", start, end))
        elif claim.cue is not None and any(
            span.start <= claim.cue.start and claim.cue.end <= span.end for span in claim.spans
        ):
            cue = claim.cue.text
            found.append(_finding(name, doc, f"{content!r} (holds its cue {cue!r})", start, end))
    return found


def check_self_disputes(name: str, doc: Document, lexicon: Lexicon) -> list[Finding]:
    """Disputes whose disputant is also the claimant of the claim they dispute.

    Nobody disputes their own claim: such a dispute linked a denial to the denier's own
    words (a denial read as a claim of the denier, then disputed by them), so a graph of who
    disputes whom gets a loop.
    """
    found = []
    for dispute in doc.disputes:
        claim = doc.disputed_claim_of(dispute)
        if claim is None or dispute.disputant is None:
            continue
        if claim.claimant == dispute.disputant:
            actor = doc.disputant_of(dispute)
            who = actor.name if actor is not None else dispute.disputant
            words = f"{who} disputes own claim {claim.text!r} ({dispute.cue.text!r})"
            found.append(_finding(name, doc, words, dispute.cue.start, dispute.cue.end))
    return found


def paragraph_starts(text: str) -> list[int]:
    """Where each non-blank line of ``text`` starts: the paragraphs, as news text writes them.

    >>> paragraph_starts("One.\\n\\nTwo.\\r\\nThree.")
    [0, 6, 12]
    """
    starts = []
    position = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            starts.append(position)
        position += len(line)
    return starts


def _paragraph_index(starts: Sequence[int], position: int) -> int:
    """The index of the paragraph of ``starts`` that holds ``position``."""
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) // 2
        if starts[middle] <= position:
            low = middle + 1
        else:
            high = middle
    return low - 1


def check_unattributed_continuations(name: str, doc: Document, lexicon: Lexicon) -> list[Finding]:
    """Quotes of speech with no speaker that open the paragraph after an attributed quote.

    News writing runs a speaker's quote on over paragraphs and names the speaker once: a
    paragraph that opens with quoted speech right after a paragraph holding an attributed
    quote continues that speaker, so leaving its speaker empty loses the attribution.
    Paragraphs are the text's non-blank lines.
    """
    text = doc.text
    starts = paragraph_starts(text)
    attributed = {
        _paragraph_index(starts, q.spans[0].start) for q in doc.quotes if q.speaker is not None
    }
    marks = "".join(mark for pair in lexicon.quote_pairs for mark in pair)
    found = []
    for quote in doc.quotes:
        if quote.speaker is not None or not quote.kind.is_speech:
            continue
        paragraph = _paragraph_index(starts, quote.spans[0].start)
        # Only the quote that opens its paragraph: one inside the reporter's sentence
        # ('thanked Obama for “taking these steps”') continues nobody.
        opening = text[starts[paragraph] : quote.spans[0].start].strip().strip(marks)
        if paragraph >= 1 and paragraph - 1 in attributed and not opening.strip():
            start, end = quote.spans[0].start, quote.spans[-1].end
            found.append(_finding(name, doc, repr(quote.text), start, end))
    return found


_LABEL = regex.compile(r"\s*([^\r\n:]{1,40}?)\s*:")
_NAME_WORD = r"\p{Lu}[\p{L}.'’-]*"
_BYLINE = regex.compile(
    rf"\s*{_NAME_WORD}(?:,?\s+(?:and\s+)?{_NAME_WORD}){{0,9}}\s+"
    rf"(?:reported\s+from\s+{_NAME_WORD}(?:,?\s+(?:and\s+)?{_NAME_WORD}){{0,5}}"
    r"|contributed\s+(?:reporting|to\s+this\s+report)[^.\r\n]{0,60})\.?\s*"
)


def line_bounds(text: str, position: int) -> tuple[int, int]:
    """The start and end of the line of ``text`` that holds ``position``."""
    start = max(text.rfind("\n", 0, position), text.rfind("\r", 0, position)) + 1
    ends = [i for i in (text.find("\n", position), text.find("\r", position)) if i >= 0]
    return start, min(ends) if ends else len(text)


def is_section_label(label: str, lexicon: Lexicon = DEFAULT_LEXICON) -> bool:
    """Whether ``label``, the words before a line's colon, labels a section or a link.

    A ``label_kickers`` entry ("Watch", "The Latest"), alone or opening the label, or a
    label in capitals that holds a kicker, a function word or a verb ("READ MORE"). A name
    in capitals is a transcript's speaker, and no section label:

    >>> [is_section_label(x) for x in ("READ MORE", "WATCH", "EXCLUSIVE – Roger Stone")]
    [True, True, True]
    >>> [is_section_label(x) for x in ("TAPPER", "JAKE TAPPER", "Obama", "Delegate Update")]
    [False, False, False, False]
    """
    folded = label.casefold()
    kickers = {kicker.casefold() for kicker in lexicon.label_kickers}
    for kicker in kickers:
        if folded == kicker or (folded.startswith(kicker) and not folded[len(kicker)].isalnum()):
            return True
    letters = [ch for ch in label if ch.isalpha()]
    if len(letters) < 2 or label.upper() != label:
        return False
    single, _ = verb_phrases(lexicon)
    words = {word.lower() for word in regex.findall(r"\p{L}+", label)}
    return bool(words & (kickers | function_words(lexicon) | single))


def is_byline(line: str) -> bool:
    """Whether ``line`` is a byline: names, then "reported from ..." or "contributed reporting".

    >>> is_byline("Jane Doe reported from Kyiv."), is_byline("Ann Lee contributed reporting.")
    (True, True)
    >>> is_byline("Reuters reported from Moscow that troops had crossed the border.")
    False
    """
    return _BYLINE.fullmatch(line) is not None


def check_label_claims(name: str, doc: Document, lexicon: Lexicon) -> list[Finding]:
    """Claims read from a section or link label's line, or from a byline line.

    "READ MORE: Trump says ..." links to another article, and the ``label`` rule, which
    reads "Obama: CONTENT" as Obama's claim, must not make "READ MORE" a claimant; a
    transcript's "TAPPER: ..." is speech and is not flagged. "Jane Doe reported from Kyiv."
    says who wrote the article, and no claim of any rule may come from it.
    """
    found = []
    text = doc.text
    for claim in doc.claims:
        start, end = claim.spans[0].start, claim.spans[-1].end
        anchors = [start] if claim.cue is None else [start, claim.cue.start]
        why = None
        for line_start, line_end in sorted({line_bounds(text, a) for a in anchors}):
            line = text[line_start:line_end]
            label = _LABEL.match(line)
            if claim.rule == "label" and label and is_section_label(label.group(1), lexicon):
                why = f"label {label.group(1)!r}"
            elif is_byline(line):
                why = "byline"
        if why is not None:
            found.append(_finding(name, doc, f"{claim.text!r} ({why})", start, end))
    return found


def non_name_word(word: str, lexicon: Lexicon = DEFAULT_LEXICON) -> bool:
    """Whether the one-word name ``word`` is no name: a sentence opener or a function word.

    >>> [non_name_word(w) for w in ("THAT", "One", "The", "NATO", "Putin")]
    [True, True, True, False, False]
    """
    if " " in word or not word[:1].isupper():
        return False
    return (
        word in lexicon.not_names
        or word.capitalize() in lexicon.not_names
        or word.lower() in function_words(lexicon)
    )


def check_pronoun_bindings(name: str, doc: Document, lexicon: Lexicon) -> list[Finding]:
    """Pronoun mentions bound to an actor whose name is a capitalised non-name.

    "THAT" in a headline or "One" at a sentence start is no actor: a pronoun resolved to one
    attributes the speech to nobody while looking attributed. A pronoun that is the mention
    of several records (a quote and its claim) is counted once.
    """
    pronouns = {word for word, _ in lexicon.pronouns}
    found = []
    seen: set[tuple[int, int]] = set()
    for role, mention, actor in _record_mentions(doc):
        if actor is None or mention.text.casefold() not in pronouns:
            continue
        if (mention.start, mention.end) not in seen and non_name_word(actor.name, lexicon):
            seen.add((mention.start, mention.end))
            words = f"{role} {mention.text!r} bound to {actor.name!r}"
            found.append(_finding(name, doc, words, mention.start, mention.end))
    return found


#: Every kind, with its check, in the order they are printed.
CHECKS: dict[str, Check] = {
    "actor_name_ends_in_function_word": check_actor_names,
    "mention_crosses_sentence": check_mentions,
    "claim_starts_with_claim_noun_or_cue": check_claim_contents,
    "dispute_of_own_claim": check_self_disputes,
    "unattributed_continuation_quote": check_unattributed_continuations,
    "claim_from_label_or_byline": check_label_claims,
    "pronoun_bound_to_non_name": check_pronoun_bindings,
}


def audit_document(
    name: str, doc: Document, lexicon: Lexicon = DEFAULT_LEXICON
) -> dict[str, list[Finding]]:
    """Every check's findings on one analysed document, by kind."""
    return {kind: check(name, doc, lexicon) for kind, check in CHECKS.items()}


def text_files(folders: Iterable[Path]) -> list[Path]:
    """Every ``*.txt`` below the folders, sorted; an error names a folder that is none."""
    paths: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"audit.py: {folder} is not a folder")
        paths.extend(sorted(folder.rglob("*.txt")))
    return paths


def audit(paths: Iterable[Path]) -> tuple[dict[str, int], dict[str, list[Finding]]]:
    """The count of each kind over the texts, and up to ``EXAMPLES`` findings of each."""
    counts = dict.fromkeys(CHECKS, 0)
    examples: dict[str, list[Finding]] = {kind: [] for kind in CHECKS}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as file:
            text = file.read()
        for kind, found in audit_document(path.name, analyze(text)).items():
            counts[kind] += len(found)
            examples[kind].extend(found[: EXAMPLES - len(examples[kind])])
    return counts, examples


def clipped(words: str, limit: int = 160) -> str:
    """``words`` cut to ``limit`` characters, with an ellipsis where cut.

    >>> clipped("the notion that he lied", limit=10)
    'the notio…'
    """
    return words if len(words) <= limit else words[: limit - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    """Audit the folders named on the command line; print examples, then the counts as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    paths = text_files(args.folders)
    counts, examples = audit(paths)
    print(f"{len(paths)} texts")
    for kind, count in counts.items():
        print(f"\n{kind}: {count}")
        for finding in examples[kind]:
            print(f"  {finding.document}: {clipped(finding.text)}")
            print(f"      {finding.context}")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
