"""STUB: the dealwatch_price spaCy component (to be implemented)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("dealwatch_price")
def make_component(nlp: Language, name: str) -> "Stub":
    return Stub()


class Stub:
    """Placeholder: adds no claims yet."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
