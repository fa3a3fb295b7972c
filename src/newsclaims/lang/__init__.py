"""The languages newsclaims reads, each a package of plain data tables (``en``: English)."""
