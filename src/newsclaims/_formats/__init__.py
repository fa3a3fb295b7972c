"""The formats: the JSON codec and the JSON-LD, annotation, CSV and table writers."""
