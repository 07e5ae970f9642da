"""Data files of the claim pipeline: vocabularies and cue patterns."""
