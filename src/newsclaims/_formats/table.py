"""A readable terminal view of a document: each speaker with their quotes, claims and disputes.

Actors come in the order the text first gives them a record; under each, one entry per
quote, claim or dispute, wrapped to the terminal's width, with a detail line saying how
the text attributes it (the cue, the channel, the hedges) and who disputes a claim.
Scare quotes, titles and nicknames quote nobody and are left out, and so are partial quotes
inside a claim, which shows them; records the text gives to nobody close the view under
"Unattributed".
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Iterable, Iterator
from typing import IO

from newsclaims._formats.output import Output
from newsclaims._model.document import Document
from newsclaims._model.records import Actor, ActorKind, Claim, Dispute, Quote, Stance
from newsclaims._model.spans import Span

__all__ = ["render_table", "write_table"]

_LABEL_WIDTH = 9
_INDENT = "  "
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"

_VERB = {
    Stance.DENY: "denies",
    Stance.REFUTE: "refutes",
    Stance.REJECT: "rejects",
    Stance.DISPUTE: "disputes",
    Stance.DISMISS: "dismisses",
}
_PAST = {
    Stance.DENY: "denied",
    Stance.REFUTE: "refuted",
    Stance.REJECT: "rejected",
    Stance.DISPUTE: "disputed",
    Stance.DISMISS: "dismissed",
}


def render_table(document: Document, *, width: int = 80, color: bool = False) -> str:
    """The document as text for a terminal ``width`` columns wide; ANSI styles if ``color``.

    >>> from newsclaims import Actor, Mention, Metadata, Quote, Span
    >>> text = "“We are ready,” Lee said."
    >>> lee = Actor(id="lee", name="Lee", kind="person", mentions=(Mention.of(text, 16, 19),))
    >>> quote = Quote(id="q-1", spans=(Span.of(text, 1, 14),), kind="direct", speaker="lee",
    ...               speaker_mention=Mention.of(text, 16, 19), cue=Span.of(text, 20, 24))
    >>> doc = Document(text, Metadata(title="Ready"), actors=(lee,), quotes=(quote,))
    >>> print(render_table(doc))
    Ready
    1 quote, 0 claims, 0 disputes
    <BLANKLINE>
    Lee
      quote    “We are ready,”
               — said
    """
    width = max(width, 40)
    lines = [line for part in _header(document) for line in _wrap(part, width, first="")]
    blocks = list(_blocks(document))
    if not blocks:
        lines += ["", "No quotes, claims or disputes found."]
    for title, entries in blocks:
        lines.append("")
        lines += [_style(line, _BOLD, color) for line in _wrap(title, width, first="")]
        for label, body, details in entries:
            lines += _wrap(body, width, first=f"{_INDENT}{label:<{_LABEL_WIDTH}}")
            for detail in details:
                wrapped = _wrap(f"— {detail}", width, first=_INDENT + " " * _LABEL_WIDTH)
                lines += [_style(line, _DIM, color) for line in wrapped]
    return "\n".join(lines)


def write_table(
    documents: Iterable[Document], stream: IO[str], *, width: int = 80, color: bool = False
) -> int:
    """Write each document's view to ``stream``, separated by a rule; return how many."""
    return table_output(width=width, color=color).write_documents(documents, stream)


def table_output(*, width: int = 80, color: bool = False) -> Output:
    """The table format for a terminal ``width`` columns wide: views separated by a rule."""
    return Output(
        render=functools.partial(_table_piece, width=width, color=color),
        separator="\n" + "─" * min(max(width, 40), 100) + "\n\n",
    )


def _table_piece(document: Document, *, width: int, color: bool) -> str:
    return render_table(document, width=width, color=color) + "\n"


def _header(document: Document) -> Iterator[str]:
    meta = document.metadata
    first_line = document.text.strip().split("\n", 1)[0]
    yield meta.title or meta.id or _shorten(first_line, 72) or "(empty document)"
    about = [part for part in (meta.publisher, meta.published, meta.url) if part]
    if meta.title and meta.id:
        about.insert(0, meta.id)
    if about:
        yield " · ".join(about)
    quotes = sum(1 for q in document.quotes if q.kind.is_speech)
    yield ", ".join(
        (
            _count(quotes, "quote"),
            _count(len(document.claims), "claim"),
            _count(len(document.disputes), "dispute"),
        )
    )


Entry = tuple[str, str, list[str]]


def _blocks(document: Document) -> Iterator[tuple[str, list[Entry]]]:
    """Each actor's title line and entries, in text order, then the unattributed ones."""
    names = {actor.id: actor.name for actor in document.actors}
    entries: dict[str | None, list[tuple[int, Entry]]] = {}
    # A partial quote inside a claim already shows, with its marks, in the claim's words.
    in_claims = {quote_id for claim in document.claims for quote_id in claim.quote_ids}
    for quote in document.quotes:
        if quote.kind.is_speech and quote.id not in in_claims:
            entry = _quote(quote, document.text)
            entries.setdefault(quote.speaker, []).append((quote.spans[0].start, entry))
    for claim in document.claims:
        entry = _claim(claim, document, names)
        entries.setdefault(claim.claimant, []).append((claim.spans[0].start, entry))
    for dispute in document.disputes:
        entry = _dispute(dispute, document, names)
        entries.setdefault(dispute.disputant, []).append((dispute.evidence.start, entry))

    def first(actor_id: str | None) -> int:
        return min(start for start, _ in entries[actor_id])

    order = sorted((a for a in entries if a is not None), key=first)
    for actor_id in order:
        yield _title(document.actor(actor_id)), [e for _, e in sorted(entries[actor_id])]
    if None in entries:
        yield "Unattributed", [e for _, e in sorted(entries[None])]


def _title(actor: Actor) -> str:
    about = [part for part in (actor.title, actor.affiliation) if part]
    if actor.kind is not ActorKind.PERSON:
        about.append(actor.kind.value)
    return f"{actor.name} · {', '.join(about)}" if about else actor.name


def _quote(quote: Quote, text: str) -> Entry:
    how = [quote.cue.text] if quote.cue else []
    if quote.channel:
        how.append(_channel(quote.channel, text))
    label = "quote" if quote.kind.value == "direct" else "partial"
    return label, f"“{quote.text}”", [", ".join(how)] if how else []


def _channel(channel: Span, text: str) -> str:
    """The channel with the preposition the text gives it: "on Truth Social", "in a post"."""
    before = text[max(0, channel.start - 10) : channel.start].split()
    preposition = before[-1] if before and before[-1] in _CHANNEL_PREPOSITIONS else "in"
    return f"{preposition} {channel.text}"


_CHANNEL_PREPOSITIONS = frozenset(["in", "on", "at", "via", "during", "through"])


def _claim(claim: Claim, document: Document, names: dict[str, str]) -> Entry:
    how = [claim.cue.text] if claim.cue else []
    if claim.hedges:
        how.append("hedged: " + ", ".join(h.text for h in claim.hedges))
    details = [", ".join(how)] if how else []
    disputes = [
        f"{_PAST[d.stance]} by {names[d.disputant] if d.disputant else 'someone unnamed'}"
        for d in document.disputes_of(claim)
    ]
    if disputes:
        details.append("; ".join(disputes))
    return "claim", claim.text, details


def _dispute(dispute: Dispute, document: Document, names: dict[str, str]) -> Entry:
    disputed = " ".join(span.text for span in dispute.disputed)
    if dispute.claim_id:
        claim = document.claim(dispute.claim_id)
        whose = names[claim.claimant] if claim.claimant else "an unnamed source"
        body = f"{whose}: “{disputed or claim.text}”"
    else:
        body = f"“{disputed}”"
    return _VERB[dispute.stance], body, [f"“{dispute.evidence.text}”"]


def _wrap(text: str, width: int, *, first: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=" " * len(first),
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def _style(line: str, style: str, color: bool) -> str:
    return f"{style}{line}{_RESET}" if color else line


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _shorten(line: str, width: int) -> str:
    return textwrap.shorten(line, width=width, placeholder=" …")
