"""Parsing and validating staged JSONL into warehouse rows, before anything is written.

Every problem is a `ValueError("<file>:<line>: <reason>")`, so a bad line is
reported precisely and the load can refuse the whole input up front.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

CLAIM_TYPES = ("price", "data_shared", "opt_out", "acquisition_year")

ARTICLE_COLUMNS = (
    "article_id", "url", "canonical_url", "outlet", "title", "authors", "published",
    "published_date", "language", "text", "html_sha256", "fetched_at", "source",
)
CLAIM_COLUMNS = (
    "claim_id", "article_id", "type", "value", "currency", "qualifier", "data_type", "shared",
    "stance", "scope", "year", "text", "start_char", "end_char", "sentence", "extractor_version",
)


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line.

    ValueError for an unreadable file, a line that is not UTF-8, or one that is not a JSON object.
    """
    try:
        handle = open(path, "rb")  # decoded line by line, so a bad byte is reported with its line
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ValueError(f"{path}:{number}: not UTF-8 text") from None
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object, got {type(obj).__name__}")
            yield number, obj


def article_row(obj: dict[str, Any], where: str) -> tuple[Any, ...]:
    """The `articles` row (in ARTICLE_COLUMNS order) for one ArticleRecord."""
    article_id = _text(obj, "article_id", where, required=True)
    url = _text(obj, "url", where, required=True)
    authors = obj.get("authors")
    if authors is None:
        authors = []
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise ValueError(f"{where}: 'authors' must be a list of strings")
    published = _text(obj, "published", where)
    return (
        article_id, url, _text(obj, "canonical_url", where), _text(obj, "outlet", where),
        _text(obj, "title", where), authors, published, _date_part(published),
        _text(obj, "language", where), _text(obj, "text", where), _text(obj, "html_sha256", where),
        _timestamp(obj.get("fetched_at"), where), _text(obj, "source", where),
    )


def claim_row(obj: dict[str, Any], where: str) -> tuple[Any, ...]:
    """The `claims` row (in CLAIM_COLUMNS order, without run_id) for one claim record."""
    claim_type = _text(obj, "type", where, required=True)
    if claim_type not in CLAIM_TYPES:
        raise ValueError(f"{where}: unknown claim type {claim_type!r}")
    start, end = _int(obj, "start", where, required=True), _int(obj, "end", where, required=True)
    if start < 0 or end < start:
        raise ValueError(f"{where}: bad offsets start={start} end={end}")
    value = obj.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise ValueError(f"{where}: 'value' must be a number")
    shared = obj.get("shared")
    if shared is not None and not isinstance(shared, bool):
        raise ValueError(f"{where}: 'shared' must be true or false")
    return (
        _text(obj, "claim_id", where, required=True), _text(obj, "article_id", where, required=True),
        claim_type, None if value is None else float(value), _text(obj, "currency", where),
        _text(obj, "qualifier", where), _text(obj, "data_type", where), shared,
        _text(obj, "stance", where), _text(obj, "scope", where), _int(obj, "year", where),
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


def _timestamp(value: Any, where: str) -> datetime | None:
    """An ISO datetime as naive UTC (the warehouse stores UTC); ValueError when it does not parse."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: 'fetched_at' must be an ISO datetime string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where}: 'fetched_at' is not an ISO datetime: {value[:40]!r}") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed
