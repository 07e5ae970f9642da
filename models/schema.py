"""The claim schema: claim types, their fields and the allowed values, defined once.

Everything that names a claim type, a field or a closed vocabulary reads it
from here: the spaCy components, the staged-record validation, the warehouse
constraints (ENUM types generated from `VOCABULARIES`), the report's labels and
the evaluation. The module is pure Python (no spaCy import), so the warehouse
and the report can import it cheaply.

CONTRACT.md (`../shared/CONTRACT.md`) is the outside definition; this module
must only ever extend it.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping

#: Closed vocabularies. Order matters only for display (reports, docs).
VOCABULARIES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "claim_type": ("price", "data_shared", "opt_out", "acquisition_year"),
    "currency": ("USD", "EUR"),
    "qualifier": ("exact", "approx", "at_most", "at_least"),
    "moment": ("announced", "closing", "unspecified"),
    "data_type": (
        "phone_number", "usage_data", "metadata", "device_data", "contacts",
        "profile_data", "message_content", "location", "account_info", "other",
    ),
    "stance": ("possible", "not_possible"),
    "scope": ("ads", "friend_suggestions", "phone_number", "all_sharing", "unspecified"),
})

CLAIM_TYPES: tuple[str, ...] = VOCABULARIES["claim_type"]
CURRENCIES: tuple[str, ...] = VOCABULARIES["currency"]
QUALIFIERS: tuple[str, ...] = VOCABULARIES["qualifier"]
MOMENTS: tuple[str, ...] = VOCABULARIES["moment"]
DATA_TYPES: tuple[str, ...] = VOCABULARIES["data_type"]
STANCES: tuple[str, ...] = VOCABULARIES["stance"]
SCOPES: tuple[str, ...] = VOCABULARIES["scope"]


@dataclass(frozen=True)
class Field:
    """One type-specific claim field: its name, Python type, vocabulary (if closed) and nullability."""

    name: str
    kind: type
    vocabulary: str | None = None
    nullable: bool = False

    def check(self, value: Any) -> str | None:
        """None when `value` is allowed, else a one-line reason."""
        if value is None:
            return None if self.nullable else f"{self.name} is missing"
        if self.kind is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        else:
            ok = isinstance(value, self.kind) and not (self.kind is int and isinstance(value, bool))
        if not ok:
            return f"{self.name} must be {self.kind.__name__}, got {value!r}"
        if self.vocabulary and value not in VOCABULARIES[self.vocabulary]:
            allowed = ", ".join(VOCABULARIES[self.vocabulary])
            return f"{self.name} {value!r} is not one of {allowed}"
        return None


#: The type-specific fields of each claim type (CONTRACT.md, "A claim").
FIELDS: Mapping[str, tuple[Field, ...]] = MappingProxyType({
    "price": (
        Field("value", float),
        Field("currency", str, "currency", nullable=True),
        Field("qualifier", str, "qualifier"),
        Field("moment", str, "moment"),
    ),
    "data_shared": (
        Field("data_type", str, "data_type"),
        Field("shared", bool),
    ),
    "opt_out": (
        Field("stance", str, "stance"),
        Field("scope", str, "scope"),
    ),
    "acquisition_year": (
        Field("year", int),
    ),
})

#: Fields every claim has, whatever its type.
COMMON_FIELDS: tuple[str, ...] = ("type", "text", "start", "end", "sentence")

#: Defaults for fields added after claims were first staged (older staged files lack them).
FIELD_DEFAULTS: Mapping[str, Any] = MappingProxyType({"moment": "unspecified"})


def field_names(claim_type: str) -> tuple[str, ...]:
    """The type-specific field names of `claim_type`."""
    return tuple(f.name for f in FIELDS[claim_type])


def all_field_names() -> tuple[str, ...]:
    """Every type-specific field name, each once, in schema order (the claims table's columns)."""
    seen: dict[str, None] = {}
    for fields in FIELDS.values():
        for f in fields:
            seen.setdefault(f.name, None)
    return tuple(seen)


def validate_claim_fields(claim_type: str, record: Mapping[str, Any]) -> list[str]:
    """Reasons why `record`'s type-specific fields do not fit the schema (empty when they do)."""
    if claim_type not in FIELDS:
        return [f"unknown claim type {claim_type!r} (one of {', '.join(CLAIM_TYPES)})"]
    problems = []
    for f in FIELDS[claim_type]:
        value = record.get(f.name, FIELD_DEFAULTS.get(f.name))
        problem = f.check(value)
        if problem:
            problems.append(problem)
    return problems
