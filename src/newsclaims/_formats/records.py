"""How an article record, as article extractors write it, maps to a document's metadata.

A record is one JSON object: a ``text`` field and metadata under the names that
newsclaims, trafilatura (its ``--json`` output and its ``as_dict()``) and newspaper4k
use. Both the command line (reading JSON Lines files) and the library (``analyze_record``,
for Dask) read records through :func:`metadata_from_record`, so this module imports
neither of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsclaims._model.records import Metadata

__all__ = ["METADATA_KEYS", "metadata_from_record"]

# Each metadata field and the record keys it is read from, first present wins: our own
# names first, then trafilatura's as_dict() (url, date, sitename), trafilatura's --json
# (source, source-hostname, hostname), newspaper4k's (publish_date, meta_site_name,
# meta_lang). trafilatura's "hostname" is the bare domain: the publisher's name of last
# resort, after every key that holds a real name.
METADATA_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title",),
    "url": ("url", "source"),
    "published": ("published", "date", "publish_date"),
    "publisher": ("publisher", "sitename", "source-hostname", "meta_site_name", "hostname"),
    "language": ("language", "meta_lang"),
}


def metadata_from_record(record: Mapping[str, Any], default_id: str | None) -> Metadata:
    """The metadata of one article record; a non-string value is an error (ValueError).

    ``id`` falls back to ``default_id`` (the file and line). Keys not listed in
    ``METADATA_KEYS`` are ignored, so an extractor's other fields do no harm; an empty
    string counts as absent, as trafilatura writes ``""`` for what it did not find.

    >>> metadata_from_record({"text": "…", "date": "2025-04-26", "sitename": "AP"}, "a:1")
    Metadata(id='a:1', title=None, url=None, publisher='AP', published='2025-04-26', language=None)
    >>> metadata_from_record({"source": "https://x.org/a", "source-hostname": "X"}, None).url
    'https://x.org/a'
    >>> metadata_from_record({"title": ["A", "list"]}, "a:2")
    Traceback (most recent call last):
    ...
    ValueError: field 'title' must be a string, got list
    """
    values: dict[str, str | None] = {}
    for field, keys in METADATA_KEYS.items():
        values[field] = None
        for key in keys:
            value = record.get(key)
            if value is None or value == "":
                continue
            if not isinstance(value, str):
                raise ValueError(f"field {key!r} must be a string, got {type(value).__name__}")
            values[field] = value
            break
    values["id"] = values["id"] or default_id
    return Metadata(**values)
