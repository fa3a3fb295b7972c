"""The text layer: marks, pairing, sentences, words, pattern builders, the text model."""
