"""The claims table's closed vocabularies and per-type constraints, generated from `models.schema`.

Migrations write `{{vocab:NAME}}` where an ENUM's value list belongs and
`{{claim_checks}}` where the per-type CHECK constraints belong; `render`
fills them in from the one claim schema the extractor uses, so the warehouse
cannot accept a value the extractor would not produce. A vocabulary that
grows later needs a new migration (the schema test compares the live ENUM
types with `models.schema` and fails until one exists).
"""
from __future__ import annotations

import re

from models.schema import FIELDS, VOCABULARIES

_PLACEHOLDER = re.compile(r"\{\{(vocab:([a-z_]+)|claim_checks|claim_fields_ok)\}\}")

#: ENUM types the migrations create, one per vocabulary (the type name is the vocabulary name).
ENUM_TYPES: tuple[str, ...] = tuple(VOCABULARIES)


def sql_string(value: str) -> str:
    """A SQL string literal (single quotes doubled), for values that come from code, never from input."""
    return "'" + value.replace("'", "''") + "'"


def enum_values(name: str) -> str:
    """`('a', 'b', ...)` for the vocabulary `name`."""
    return "(" + ", ".join(sql_string(v) for v in VOCABULARIES[name]) + ")"


def _fields_condition(claim_type: str) -> str:
    """SQL: the claim's required fields are set and the other types' fields are NULL."""
    every = {f.name for fields in FIELDS.values() for f in fields}
    fields = FIELDS[claim_type]
    required = [f"{f.name} IS NOT NULL" for f in fields if not f.nullable]
    foreign = [f"{name} IS NULL" for name in sorted(every - {f.name for f in fields})]
    return " AND ".join(required + foreign) or "TRUE"


def claim_checks() -> str:
    """One named CHECK constraint per claim type (see `_fields_condition`)."""
    return ",\n    ".join(
        f"CONSTRAINT claim_{t}_fields CHECK (type <> {sql_string(t)} OR ({_fields_condition(t)}))"
        for t in FIELDS
    )


def claim_fields_ok() -> str:
    """SQL boolean: the row satisfies its type's CHECK (used to set aside old rows that would not)."""
    return "(" + " OR ".join(f"(type = {sql_string(t)} AND {_fields_condition(t)})" for t in FIELDS) + ")"


def render(sql: str) -> str:
    """`sql` with every vocabulary and claim-check placeholder filled in."""

    def fill(match: re.Match[str]) -> str:
        if match.group(1) == "claim_checks":
            return claim_checks()
        if match.group(1) == "claim_fields_ok":
            return claim_fields_ok()
        name = match.group(2)
        if name not in VOCABULARIES:
            raise KeyError(f"migration names unknown vocabulary {name!r}")
        return enum_values(name)

    return _PLACEHOLDER.sub(fill, sql)
