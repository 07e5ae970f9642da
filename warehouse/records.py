"""Parsing and validating staged JSONL into warehouse rows, before anything is written.

Every problem is a `ValueError("<file>:<line>: <reason>")`, so a bad line is
reported precisely and the load can refuse the whole input up front.
"""
from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from models.schema import CLAIM_TYPES, FIELD_DEFAULTS, FIELDS, all_field_names, validate_claim_fields

ARTICLE_COLUMNS = (
    "article_id", "url", "canonical_url", "outlet_id", "outlet", "title", "authors", "published",
    "published_date", "language", "text", "html_sha256", "fetched_at", "source",
    "found_via", "capture_url", "capture_time", "content_sha256", "related", "lastmod", "minhash",
)
#: Type-specific fields, in models.schema order (value, currency, qualifier, moment, data_type, ...).
CLAIM_FIELDS = all_field_names()
CLAIM_COLUMNS = (
    "claim_id", "article_id", "type", *CLAIM_FIELDS,
    "text", "start_char", "end_char", "sentence", "extractor_version",
)


def article_row(obj: dict[str, Any], where: str) -> tuple[Any, ...]:
    """The `articles` row (in ARTICLE_COLUMNS order) for one ArticleRecord.

    `outlet_id` may be None here: the loader resolves it from the outlets table.
    """
    article_id = _text(obj, "article_id", where, required=True)
    url = _text(obj, "url", where, required=True)
    published = _text(obj, "published", where)
    return (
        article_id, url, _text(obj, "canonical_url", where), _text(obj, "outlet_id", where),
        _text(obj, "outlet", where), _text(obj, "title", where), _strings(obj, "authors", where),
        published, _date_part(published), _text(obj, "language", where), _text(obj, "text", where),
        _text(obj, "html_sha256", where), _timestamp(obj, "fetched_at", where), _text(obj, "source", where),
        _text(obj, "found_via", where), _text(obj, "capture_url", where), _timestamp(obj, "capture_time", where),
        _text(obj, "content_sha256", where), _strings(obj, "related", where), _text(obj, "lastmod", where),
        _signature(obj, "minhash", where),
    )


def _signature(obj: dict[str, Any], key: str, where: str) -> list[int] | None:
    """A MinHash signature: a list of unsigned 32-bit integers, or None when absent."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(type(v) is int and 0 <= v < 2**32 for v in value):
        raise ValueError(f"{where}: {key!r} must be a list of unsigned 32-bit integers")
    return value


def _strings(obj: dict[str, Any], key: str, where: str) -> list[str]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise ValueError(f"{where}: {key!r} must be a list of strings")
    return value


def claim_row(obj: dict[str, Any], where: str) -> tuple[Any, ...]:
    """The `claims` row (in CLAIM_COLUMNS order, without run_id) for one claim record.

    The type-specific fields are checked against `models.schema` (a field
    added later, like `moment`, takes its default when missing); the fields of
    other claim types are not stored.
    """
    claim_type = _text(obj, "type", where, required=True)
    if claim_type not in CLAIM_TYPES:
        raise ValueError(f"{where}: unknown claim type {claim_type!r}")
    problems = validate_claim_fields(claim_type, obj)
    if problems:
        raise ValueError(f"{where}: {problems[0]}")
    start, end = _int(obj, "start", where, required=True), _int(obj, "end", where, required=True)
    if start < 0 or end < start:
        raise ValueError(f"{where}: bad offsets start={start} end={end}")
    own = {f.name for f in FIELDS[claim_type]}
    fields = []
    for name in CLAIM_FIELDS:
        value = obj.get(name, FIELD_DEFAULTS.get(name)) if name in own else None
        fields.append(float(value) if name == "value" and value is not None else value)
    if claim_type == "price" and not fields[CLAIM_FIELDS.index("value")] > 0:
        raise ValueError(f"{where}: a price must be positive")
    return (
        _text(obj, "claim_id", where, required=True), _text(obj, "article_id", where, required=True),
        claim_type, *fields,
        _text(obj, "text", where, required=True), start, end, _text(obj, "sentence", where),
        _text(obj, "extractor_version", where),
    )


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise ValueError(f"{where}: missing {key!r}")
        return None
    if not isinstance(value, str) or (required and not value):
        raise ValueError(f"{where}: {key!r} must be a non-empty string" if required else f"{where}: {key!r} must be a string")
    return value


def _int(obj: dict[str, Any], key: str, where: str, *, required: bool = False) -> int | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise ValueError(f"{where}: missing {key!r}")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{where}: {key!r} must be an integer")
    return value


def _date_part(published: str | None) -> date | None:
    """The date of an ISO date/datetime string; None when it does not parse (kept as text anyway)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _timestamp(obj: dict[str, Any], key: str, where: str) -> datetime | None:
    """An ISO datetime as naive UTC (the warehouse stores UTC); ValueError when it does not parse."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key!r} must be an ISO datetime string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where}: {key!r} is not an ISO datetime: {value[:40]!r}") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed
