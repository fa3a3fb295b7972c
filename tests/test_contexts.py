"""The JSON-LD contexts shipped in the package, and the offline loader that serves them."""

from __future__ import annotations

from typing import Any

import pytest

from newsclaims import (
    ANNOTATION_CONTEXT,
    SCHEMA_ORG_CONTEXT,
    NewsclaimsError,
    jsonld_document_loader,
)
from newsclaims._formats.contexts import BUNDLED_CONTEXTS


@pytest.mark.parametrize("url", sorted(BUNDLED_CONTEXTS))
def test_every_bundled_url_is_served(url: str) -> None:
    served = jsonld_document_loader()(url)
    assert served["documentUrl"] == url
    assert isinstance(served["document"]["@context"], dict)


def test_the_contexts_newsclaims_writes_are_bundled() -> None:
    assert {SCHEMA_ORG_CONTEXT, ANNOTATION_CONTEXT} <= set(BUNDLED_CONTEXTS)


def test_other_urls_go_to_the_fallback_or_are_refused() -> None:
    asked: list[str] = []

    def fallback(url: str, options: object = None) -> dict[str, Any]:
        asked.append(url)
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": {}}}

    jsonld_document_loader(fallback)("https://example.com/other")
    assert asked == ["https://example.com/other"]
    with pytest.raises(NewsclaimsError, match=r"no bundled JSON-LD context for https://x\.org"):
        jsonld_document_loader()("https://x.org")
