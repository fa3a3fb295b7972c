"""The records: spans and mentions, quotes, claims, disputes, actors, the document."""
