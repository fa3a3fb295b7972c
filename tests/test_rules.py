"""The rule registries: every rule a record can name is registered, and the docs show them."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import regex

from newsclaims import analyze
from newsclaims._extract import attribution as _attribution
from newsclaims._extract import claims as _claims
from seed_reading import read_seed

DOCS = Path(__file__).resolve().parent.parent / "docs"

# A string literal of the code, as a rule's name is written where a record gets it.
_LITERAL = regex.compile(r'"([a-z][a-z-]*)"')
CASES = Path(__file__).resolve().parent / "cases" / "quotes.json"


def test_every_registered_rule_is_used_in_the_code() -> None:
    for module in (_attribution, _claims):
        source = inspect.getsource(module)
        # The code after the registrations: each name must be given to a record there.
        body = source[source.index("\n\n", source.rindex("RULES.add(")) :]
        assert set(module.RULES.names()) <= set(_LITERAL.findall(body)), module.__name__


def test_the_regression_cases_name_registered_rules() -> None:
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    for case in cases:
        doc = analyze(case["text"])
        assert {q.rule for q in doc.quotes} - {""} <= set(_attribution.RULES.names())
        assert {c.rule for c in doc.claims} <= set(_claims.RULES.names())


def test_the_seed_names_registered_rules() -> None:
    doc = analyze(read_seed()[0])
    assert {q.rule for q in doc.quotes} - {""} <= set(_attribution.RULES.names())
    assert {c.rule for c in doc.claims} <= set(_claims.RULES.names())


def test_the_docs_rule_tables_are_the_registries() -> None:
    """docs/quotes.md and docs/claims.md show the tables the registries write, never by hand."""
    quotes = (DOCS / "quotes.md").read_text(encoding="utf-8")
    assert _attribution.RULES.markdown_table("rule", "the text says, and who speaks") in quotes
    claims = (DOCS / "claims.md").read_text(encoding="utf-8")
    assert _claims.RULES.markdown_table("rule", "construction") in claims
