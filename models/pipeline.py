"""Assemble, save and load the German claim pipeline (STUB, to be completed)."""
from __future__ import annotations

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from models import data_shared, opt_out, price, sentences, year  # noqa: F401

# Order matters: sentences first, then the claim components.
COMPONENTS = (
    "dealwatch_sentences",
    "dealwatch_price",
    "dealwatch_acquisition_year",
    "dealwatch_data_shared",
    "dealwatch_opt_out",
)


def build_pipeline() -> Language:
    """A blank German pipeline with every dealwatch component added."""
    nlp = spacy.blank("de")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
