"""One flat CSV table of quotes, claims and disputes, for spreadsheets.

Every record is one row; the ``record`` column says which kind it is (``quote``, ``claim`` or
``dispute``), so a spreadsheet filter on it gives the table of one kind. The columns are the
same for every kind, in :data:`CSV_COLUMNS`; a column that does not apply to a kind is empty.
``docs/formats.md`` describes each column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import IO

from newsclaims._formats.output import Output
from newsclaims._model.document import Document
from newsclaims._model.records import Claim, Dispute, Quote
from newsclaims._model.spans import Mention, Span

__all__ = ["CSV_COLUMNS", "csv_rows", "write_csv"]

#: The columns of the table, in order.
CSV_COLUMNS = (
    "document",
    "record",
    "id",
    "kind",
    "actor",
    "actor_id",
    "mention",
    "cue",
    "text",
    "start",
    "end",
    "spans",
    "channel",
    "hedges",
    "refers_to",
    "disputed",
    "rule",
)


def csv_rows(document: Document) -> Iterator[dict[str, str]]:
    """The document's quotes, claims and disputes as rows: dicts keyed by :data:`CSV_COLUMNS`.

    >>> from newsclaims import Quote, Span
    >>> text = "Lee said “We are ready” today."
    >>> quote = Quote(id="q-1", spans=(Span.of(text, 10, 22),), kind="direct")
    >>> row = next(csv_rows(Document(text, quotes=(quote,))))
    >>> row["record"], row["kind"], row["text"], row["start"], row["end"], row["actor"]
    ('quote', 'direct', 'We are ready', '10', '22', '')
    """
    name = document.metadata.id or document.metadata.url or ""
    names = {actor.id: actor.name for actor in document.actors}
    for quote in document.quotes:
        yield _row(name, "quote", quote, names) | {
            "kind": quote.kind.value,
            "channel": _text(quote.channel),
        }
    for claim in document.claims:
        yield _row(name, "claim", claim, names) | {
            "hedges": "; ".join(hedge.text for hedge in claim.hedges),
            "refers_to": " ".join(claim.quote_ids),
        }
    for dispute in document.disputes:
        yield _row(name, "dispute", dispute, names) | {
            "kind": dispute.stance.value,
            "refers_to": dispute.claim_id or "",
            "disputed": " ".join(span.text for span in dispute.disputed),
        }


def write_csv(documents: Iterable[Document], stream: IO[str]) -> int:
    """Write the header, then every document's rows, to ``stream``; return how many documents.

    The stream should be opened with ``newline=""``, as for any CSV file, so that line ends
    inside quoted text stay as the text has them. A cell that a spreadsheet would run as a
    formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return: news
    text can quote anything) is written with a leading apostrophe, which spreadsheets show
    as text; :func:`csv_rows` gives the values unchanged.

    >>> import io
    >>> from newsclaims import Quote, Span
    >>> text = "He typed “=HYPERLINK(1)” and left."
    >>> quote = Quote(id="q-1", spans=(Span.of(text, 10, 23),), kind="scare")
    >>> out = io.StringIO(newline="")
    >>> write_csv([Document(text, quotes=(quote,))], out)
    1
    >>> out.getvalue().splitlines()[1].split(",")[8]
    "'=HYPERLINK(1)"
    """
    return CSV_OUTPUT.write_documents(documents, stream)


def _csv_text(rows: Iterable[dict[str, str]], *, header: bool = False) -> str:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    if header:
        writer.writeheader()
    writer.writerows({key: _inert(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def _csv_piece(document: Document) -> str:
    return _csv_text(csv_rows(document))


#: The CSV format as the command line writes it: the header, then each document's rows.
CSV_OUTPUT = Output(render=_csv_piece, head=_csv_text((), header=True))


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: str) -> str:
    # CSV injection: spreadsheets run a cell that starts like a formula.
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _row(
    document: str, record: str, item: Quote | Claim | Dispute, names: dict[str, str]
) -> dict[str, str]:
    spans: tuple[Span, ...]
    if isinstance(item, Dispute):
        actor, mention, spans = item.disputant, item.disputant_mention, (item.evidence,)
    elif isinstance(item, Claim):
        actor, mention, spans = item.claimant, item.claimant_mention, item.spans
    else:
        actor, mention, spans = item.speaker, item.speaker_mention, item.spans
    row = dict.fromkeys(CSV_COLUMNS, "")
    row |= {
        "document": document,
        "record": record,
        "id": item.id,
        "actor": names[actor] if actor else "",
        "actor_id": actor or "",
        "mention": _text(mention),
        "cue": _text(item.cue),
        "text": " ".join(span.text for span in spans),
        "start": str(spans[0].start),
        "end": str(spans[-1].end),
        "spans": " ".join(f"{span.start}-{span.end}" for span in spans),
        "rule": item.rule,
    }
    return row


def _text(anchor: Span | Mention | None) -> str:
    return anchor.text if anchor is not None else ""
