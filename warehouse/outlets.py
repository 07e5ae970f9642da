"""The outlets table: canonical outlets from the outlet records, and each article tied to one.

Pipelines passes the records of `spiders.outlets.outlet_records()` (the
warehouse never imports spiders). An article names its outlet by `outlet_id`;
older records without one are matched by host, then by name or alias
("SPIEGEL ONLINE" and "DER SPIEGEL" are one outlet), and an outlet nobody
listed is kept under its bare host with kind `unlisted`.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa

UNLISTED = "unlisted"  # kind of an outlet the warehouse made up from an article's host

_URL, _OUTLET_ID, _OUTLET = 1, 3, 4  # positions in an article row (records.ARTICLE_COLUMNS)


def bare_host(url: str | None) -> str | None:
    """The host of `url` in lower case without a leading "www.", or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    return (host[4:] if host.startswith("www.") else host) or None


def outlet_row(record: Mapping[str, Any]) -> tuple[Any, ...]:
    """(outlet_id, name, hosts, country, kind, aliases) of one outlet record; ValueError when malformed."""
    outlet_id, name = record.get("outlet_id"), record.get("name")
    if not isinstance(outlet_id, str) or not outlet_id or not isinstance(name, str) or not name:
        raise ValueError(f"outlet record needs a non-empty outlet_id and name: {dict(record)!r:.120}")
    hosts = [h.lower().removeprefix("www.") for h in record.get("hosts") or [] if isinstance(h, str)]
    aliases = [a for a in record.get("aliases") or [] if isinstance(a, str)]
    return outlet_id, name, hosts, record.get("country"), record.get("kind"), aliases


def upsert_outlets(conn: duckdb.DuckDBPyConnection, records: list[Mapping[str, Any]]) -> None:
    """Insert or update outlet records; articles filed under an unlisted host move to the listed outlet."""
    if not records:
        return
    # One statement over all records (row by row took a tenth of a second per load); the last
    # record of a repeated outlet_id wins, as it did row by row.
    rows = list({row[0]: row for row in map(outlet_row, records)}.values())
    strings, lists = pa.string(), pa.list_(pa.string())
    conn.register("outlet_records", pa.table({
        name: pa.array([row[i] for row in rows], lists if name in ("hosts", "aliases") else strings)
        for i, name in enumerate(("outlet_id", "name", "hosts", "country", "kind", "aliases"))
    }))
    try:
        conn.execute(
            "INSERT INTO outlets (outlet_id, name, hosts, country, kind, aliases) "
            "SELECT outlet_id, name, hosts, country, kind, aliases FROM outlet_records "
            "ON CONFLICT (outlet_id) DO UPDATE SET name = excluded.name, hosts = excluded.hosts, "
            "country = excluded.country, kind = excluded.kind, aliases = excluded.aliases"
        )
    finally:
        conn.unregister("outlet_records")
    # An unlisted outlet is named by its host: when a listed outlet now claims that host, merge.
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE outlet_merge AS "
        "SELECT u.outlet_id AS old_id, min(l.outlet_id) AS new_id FROM outlets u JOIN outlets l "
        "ON u.kind = ? AND l.kind IS DISTINCT FROM ? AND list_contains(l.hosts, u.outlet_id) GROUP BY u.outlet_id",
        [UNLISTED, UNLISTED],
    )
    if conn.execute("SELECT count(*) FROM outlet_merge").fetchall()[0][0]:  # else nothing to scan the articles for
        conn.execute(
            "UPDATE articles SET outlet_id = m.new_id FROM outlet_merge m WHERE articles.outlet_id = m.old_id"
        )
        conn.execute("DELETE FROM outlets WHERE outlet_id IN (SELECT old_id FROM outlet_merge)")
    conn.execute("DROP TABLE outlet_merge")


def resolve_outlet_ids(conn: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Article rows with `outlet_id` set, creating an unlisted outlet for each id nobody listed."""
    keys = [(row[_OUTLET_ID], row[_OUTLET], bare_host(row[_URL])) for row in rows]
    resolved = resolve_outlet_keys(conn, keys)
    return [(*row[:_OUTLET_ID], resolved[key], *row[_OUTLET_ID + 1:]) for row, key in zip(rows, keys)]


def resolve_outlet_keys(
    conn: duckdb.DuckDBPyConnection, keys: list[tuple[str | None, str | None, str | None]]
) -> dict[tuple[str | None, str | None, str | None], str]:
    """The outlet id of each (outlet_id, outlet name, bare host) an article gives, creating an
    unlisted outlet (named as the first key that needs it says) for each id nobody listed.

    The bulk loader resolves the few distinct keys of a whole file at once (warehouse/fast_articles.py).
    """
    known: dict[str, str] = {}
    by_host: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for outlet_id, name, hosts, aliases in conn.execute(
        "SELECT outlet_id, name, hosts, aliases FROM outlets ORDER BY kind = ? , outlet_id", [UNLISTED]
    ).fetchall():
        known[outlet_id] = name
        for host in hosts or []:
            by_host.setdefault(host, outlet_id)
        for spelling in [name, *(aliases or [])]:
            by_name.setdefault(spelling.casefold(), outlet_id)
    resolved, new = {}, {}
    for key in keys:
        if key in resolved:
            continue
        given, name, host = key
        outlet_id = given or _by_host(host, by_host) or by_name.get((name or "").casefold()) or host or "unknown"
        if outlet_id not in known and outlet_id not in new:
            new[outlet_id] = (outlet_id, name or outlet_id, [host] if host else [], None, UNLISTED, [])
        resolved[key] = outlet_id
    if new:
        conn.executemany(
            "INSERT INTO outlets (outlet_id, name, hosts, country, kind, aliases) VALUES (?, ?, ?, ?, ?, ?)",
            list(new.values()),
        )
    return resolved


def _by_host(host: str | None, by_host: dict[str, str]) -> str | None:
    """The outlet listing `host` or a parent domain of it (m.spiegel.de -> spiegel.de)."""
    while host:
        if host in by_host:
            return by_host[host]
        _, _, host = host.partition(".")
        if "." not in host:
            return None
    return None
