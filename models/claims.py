"""The claim record every component produces, and where it lives on the Doc.

Components append `Claim` objects to `doc._.claims`; conversion to plain
records (JSON, warehouse rows) happens once, at the edge, in `Claim.to_record`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from models.doc_extensions import doc_value, set_doc_value
from models.schema import CLAIM_TYPES, FIELD_DEFAULTS, field_names, validate_claim_fields
# Derived from the rule files (models/version.py): any rule change changes it, and with it every claim id.
from models.version import EXTRACTOR_VERSION

__all__ = ["CLAIM_TYPES", "EXTRACTOR_VERSION", "Claim", "add_claim", "claims_of", "rejected_sentences"]

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
# Sentences a rule component read and rejected as a claim of its type ({type: {sentence index}}): a denial the next
# sentence calls false, a cited text's title (models/opt_out.py). A learned stage after the rules leaves them alone.
if not Doc.has_extension("rejected_sentences"):
    Doc.set_extension("rejected_sentences", default=None)


def rejected_sentences(doc: Doc, claim_type: str) -> set[int]:
    """The sentence indices the rules rejected for `claim_type` on `doc` (a set the caller may add to)."""
    if doc._.rejected_sentences is None:
        doc._.rejected_sentences = {}
    return doc._.rejected_sentences.setdefault(claim_type, set())


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
    claims = doc_value(doc, "claims")  # (no Underscore object built: called for every claim)
    if claims is None:
        claims = []
        set_doc_value(doc, "claims", claims)
    return claims


def add_claim(doc: Doc, claim_type: str, start: int, end: int, **fields: Any) -> Claim:
    """Record a claim spanning doc.text[start:end], with the sentence that holds it.

    The fields are checked against models/schema.py (missing ones with a schema default
    get it); a component that produces an off-schema claim is a bug, so this raises ValueError.
    """
    for name in field_names(claim_type) if claim_type in CLAIM_TYPES else ():
        if name not in fields and name in FIELD_DEFAULTS:
            fields[name] = FIELD_DEFAULTS[name]
    problems = validate_claim_fields(claim_type, fields)
    if problems:
        raise ValueError(f"{claim_type} claim: {'; '.join(problems)}")
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
