"""Quotation marks and apostrophes: which marks pair, and which are also apostrophes.

Part of the English lexicon (:mod:`newsclaims.lang.en`).
"""

from __future__ import annotations

#: Quotation-mark pairs ``(opening, closing)``; an opening mark may begin several pairs („ closes
#: with “ in German and with ” in Polish). A pair whose two marks are the same (straight ``"``
#: and ``'``, the doubled apostrophe ``''``) is told apart by context.
QUOTE_PAIRS = (
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
    ("«", "»"),
    ("‹", "›"),
    ("「", "」"),
    ("『", "』"),
    ('"', '"'),
    ("''", "''"),
    ("‘", "’"),
    ("‚", "‘"),
    ("'", "'"),
    # Typists mix straight and curly marks: "…” and “…".
    ('"', "”"),
    ("“", '"'),
)

#: Marks that are also apostrophes (don't, regime’s, ’90s): a mark between two letters or before
#: a digit is taken as an apostrophe, never as a quotation mark.
APOSTROPHES = ("'", "’", "‘", "‚")

#: Words written between two apostrophes that are elisions, not quotes (rock ’n’ roll).
ELISIONS = ("n", "N", "em", "til", "tis", "twas", "cause")
