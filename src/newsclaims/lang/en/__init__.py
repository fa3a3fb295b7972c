"""English: the tables of words and marks the analysis reads, as plain data."""
