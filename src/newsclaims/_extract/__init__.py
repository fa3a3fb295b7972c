"""The stages of the pipeline: actors, attribution, claims, disputes, and the pipeline."""
