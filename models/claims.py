"""The claim record every component produces, and where it lives on the Doc.

Components append `Claim` objects to `doc._.claims`; conversion to plain
records (JSON, warehouse rows) happens once, at the edge, in `Claim.to_record`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

# Bump when extraction behaviour changes: it is part of every claim id, so
# re-extracting with a new version adds new rows instead of silently mixing.
EXTRACTOR_VERSION = "0.1.0"

CLAIM_TYPES = ("price", "data_shared", "opt_out", "acquisition_year")

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@dataclass(frozen=True)
class Claim:
    """One claim found in a document.

    `start`/`end` are character offsets into the document text, so that
    `text == doc.text[start:end]`; `fields` holds the type-specific values
    named in CONTRACT.md (e.g. value/currency/qualifier for `price`).
    """

    type: str
    start: int
    end: int
    text: str
    sentence: str
    fields: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The claim as a flat JSON-ready dict in the CONTRACT.md format."""
        return {
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            **self.fields,
        }


def claims_of(doc: Doc) -> list[Claim]:
    """The (mutable) list of claims on `doc`, created on first use."""
    if doc._.claims is None:
        doc._.claims = []
    return doc._.claims


def add_claim(doc: Doc, claim_type: str, start: int, end: int, **fields: Any) -> Claim:
    """Record a claim spanning doc.text[start:end], with the sentence that holds it."""
    if claim_type not in CLAIM_TYPES:
        raise ValueError(f"unknown claim type {claim_type!r}")
    from models.context import doc_text

    text = doc_text(doc)
    sentence = _sentence_text(doc, start, end)
    claim = Claim(claim_type, start, end, text[start:end], sentence, dict(fields))
    claims_of(doc).append(claim)
    return claim


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    """Text of the sentence(s) covering [start, end), without surrounding whitespace."""
    from models.context import Sentences

    sentences = Sentences.of(doc)
    first, last = sentences.covering(start, end)
    return sentences.text[first:last].strip()
