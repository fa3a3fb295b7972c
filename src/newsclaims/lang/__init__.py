"""Languages as data: each language is a folder of plain tables (``lang/en/``) that a
:class:`~newsclaims.Lexicon` is built from; the engine holds no word of any language."""
