"""Reading documents of an older format: each older version's keys mapped to today's.

Format 2.0 renamed fields whose names meant two things: a claim's ``quotes`` (ids, while a
document's ``quotes`` are records) became ``quote_ids``, and a dispute's ``claim`` (an id,
while ``Document.claim()`` is a lookup) became ``claim_id``. Actors gained ``key``, which
is derived from the name when absent. A 1.x document is read as if written with the new
names; anything else about it is checked exactly as for a 2.0 document.
"""

from __future__ import annotations

from typing import Any

__all__ = ["current_body"]

#: Per record collection of a 1.x document: the old key and the key it has now.
_RENAMED_IN_2_0 = {"claims": ("quotes", "quote_ids"), "disputes": ("claim", "claim_id")}


def current_body(data: dict[str, Any]) -> dict[str, Any]:
    """The fields of a serialized document, without ``schema_version``, in today's names.

    ``data`` has a ``schema_version`` already checked to be ``MAJOR.MINOR`` and no newer
    than this newsclaims. Parts that are not what the format says (a collection that is no
    list, a record that is no object) are left as they are, for validation to report.

    >>> current_body({"schema_version": "1.0", "text": "", "disputes": [{"claim": "c-1"}]})
    {'text': '', 'disputes': [{'claim_id': 'c-1'}]}
    """
    body = {k: v for k, v in data.items() if k != "schema_version"}
    major = int(str(data["schema_version"]).split(".")[0])
    if major >= 2:
        return body
    for collection, (old, new) in _RENAMED_IN_2_0.items():
        records = body.get(collection)
        if isinstance(records, list):
            body[collection] = [_renamed(record, old, new) for record in records]
    return body


def _renamed(record: object, old: str, new: str) -> object:
    # A 1.x record that already has the new key is not a 1.x record: left alone, its old key
    # (if any) is reported as unknown.
    if not isinstance(record, dict) or old not in record or new in record:
        return record
    return {(new if key == old else key): value for key, value in record.items()}
