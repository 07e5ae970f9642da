"""The bulk path for a staged articles file: read by DuckDB's JSON reader, checked and upserted in SQL.

The article texts never enter Python: DuckDB streams the file into
`articles`, so memory does not grow with the texts. The file is read twice:
first its keys only (article id, outlet id and name, the URL's host) into a
small temporary table `load_articles`, from which the few distinct outlet
keys are resolved in Python (warehouse/outlets.py, the same rules as the
line-by-line path) and repeated or missing ids are found; then the whole
records, joined with their resolved outlet, are inserted, or upserted when
some of them are stored already.

Values are converted as `warehouse.records.article_row` converts them
(`published_date` from an ISO date prefix, timestamps to naive UTC, missing
lists as []). Anything this path cannot take raises `FastPathRefused` and
the loader takes the line-by-line path, which names the file and line (and
keeps the last of repeated article ids).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.claim_schema import sql_string
from warehouse.fast_claims import FastPathRefused
from warehouse.outlets import resolve_outlet_keys
from warehouse.records import ARTICLE_COLUMNS

#: The temporary table of the loaded articles' ids (and outlet keys), for the rest of the load.
LOADED = "load_articles"

_LISTS = ("authors", "related")
_DERIVED = ("published_date",)  # computed here, not read
_TYPES = {"minhash": "UINTEGER[]"}  # the MinHash signature (migration 014); every other column is text
_READ_COLUMNS = "{" + ", ".join(
    f"{sql_string(c)}: {sql_string(_TYPES.get(c, 'VARCHAR[]' if c in _LISTS else 'VARCHAR'))}"
    for c in ARTICLE_COLUMNS if c not in _DERIVED
) + "}"
_READ = f"read_json($path, format = 'newline_delimited', columns = {_READ_COLUMNS})"
_READ_KEYS = ("read_json($path, format = 'newline_delimited', "
              "columns = {'article_id': 'VARCHAR', 'url': 'VARCHAR', 'outlet_id': 'VARCHAR', 'outlet': 'VARCHAR'})")
# The host as warehouse.outlets.bare_host gives it: lower case, no "www.", no port or user.
_HOST = ("nullif(regexp_replace(trim(lower(regexp_extract(url, "
         r"'^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(\[[^]]*\]|[^:/?#]*)', 1)), '[]'), '^www\.', ''), '')")


def _timestamp(name: str) -> str:
    """An ISO datetime as naive UTC (TimeZone is UTC on this connection); error() when it does not parse."""
    return (f"CASE WHEN {name} IS NULL THEN NULL ELSE coalesce(TRY_CAST({name} AS TIMESTAMPTZ)::TIMESTAMP, "
            f"error('{name} is not an ISO datetime')) END")


def _value(name: str) -> str:
    if name in ("article_id", "url"):
        return f"CASE WHEN coalesce(r.{name}, '') = '' THEN error('{name} is missing') ELSE r.{name} END"
    if name == "outlet_id":
        return "k.resolved_outlet_id"
    if name in _LISTS:
        return f"coalesce(r.{name}, [])"
    if name == "published_date":
        return (r"CASE WHEN regexp_full_match(left(r.published, 10), '\d{4}-\d{2}-\d{2}') "
                "THEN TRY_CAST(left(r.published, 10) AS DATE) END")
    if name in ("fetched_at", "capture_time"):
        return _timestamp(f"r.{name}")
    return f"r.{name}"


_SELECT = ", ".join([_value(c) for c in ARTICLE_COLUMNS] + ["$run_id", "$run_id"])
_INSERT = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, first_run_id, last_run_id) "
           f"SELECT {_SELECT} FROM {_READ} r JOIN {LOADED} k USING (article_id)")
_UPDATED = [c for c in ARTICLE_COLUMNS if c != "article_id"]
_UPSERT = (
    f"{_INSERT} ON CONFLICT (article_id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _UPDATED)}, "
    "first_run_id = coalesce(articles.first_run_id, excluded.first_run_id), "
    "last_run_id = coalesce(excluded.last_run_id, articles.last_run_id)"
)


def upsert_articles(conn: duckdb.DuckDBPyConnection, articles_jsonl: Path, run_id: str | None) -> int:
    """Inside the caller's transaction: upsert the file's articles, each tied to its outlet; returns their
    number. Leaves their ids in the temporary table `load_articles`. FastPathRefused on anything the
    line-by-line path must explain."""
    conn.execute(f"CREATE OR REPLACE TEMP TABLE {LOADED} (article_id VARCHAR, outlet_id VARCHAR, outlet VARCHAR, "
                 "host VARCHAR, resolved_outlet_id VARCHAR)")
    if not articles_jsonl.is_file() or articles_jsonl.stat().st_size == 0:
        return 0
    path = {"path": str(articles_jsonl)}
    try:
        conn.execute(f"INSERT INTO {LOADED} (article_id, outlet_id, outlet, host) "
                     f"SELECT article_id, outlet_id, outlet, {_HOST} FROM {_READ_KEYS}", path)
        count, distinct = conn.execute(f"SELECT count(*), count(DISTINCT article_id) FROM {LOADED}").fetchall()[0]
        if count != distinct or conn.execute(f"SELECT count(*) FROM {LOADED} WHERE coalesce(article_id, '') = ''").fetchall()[0][0]:
            raise FastPathRefused("an article id is missing or repeated")
        _resolve_outlets(conn)
        stored = conn.execute(f"SELECT count(*) FROM {LOADED} SEMI JOIN articles USING (article_id)").fetchall()[0][0]
        conn.execute("SET TimeZone = 'UTC'")  # offsets are converted, naive times are read as UTC
        # A plain insert when every article is new; the upsert (slower per row) only when some are stored.
        # One thread: the texts stay in the transaction's memory until the commit, and each extra DuckDB
        # thread adds its own buffers of them (100,000 articles: about 0.4 GB less peak memory, less CPU).
        threads = int(conn.execute("SELECT current_setting('threads')").fetchone()[0])  # type: ignore[index]
        conn.execute("SET threads = 1")
        try:
            conn.execute(_UPSERT if stored else _INSERT, {**path, "run_id": run_id})
        finally:
            conn.execute(f"SET threads = {threads}")  # the claims' insert and the checks run in parallel again
    except duckdb.Error as exc:  # unreadable, a value that does not convert, a constraint
        raise FastPathRefused(str(exc)) from None
    return int(count)


def _resolve_outlets(conn: duckdb.DuckDBPyConnection) -> None:
    """Set `resolved_outlet_id` from the few distinct (outlet_id, outlet, host) keys of the file."""
    keys = [tuple(k) for k in conn.execute(  # in the order of first appearance, as the line-by-line path sees them
        f"SELECT outlet_id, outlet, host FROM {LOADED} GROUP BY ALL ORDER BY min(rowid)").fetchall()]
    resolved = resolve_outlet_keys(conn, keys)  # type: ignore[arg-type]
    conn.register("outlet_keys", pa.table({
        "outlet_id": pa.array([k[0] for k in keys], pa.string()), "outlet": pa.array([k[1] for k in keys], pa.string()),
        "host": pa.array([k[2] for k in keys], pa.string()), "resolved": pa.array([resolved[k] for k in keys], pa.string()),
    }))
    try:
        conn.execute(
            f"UPDATE {LOADED} SET resolved_outlet_id = m.resolved FROM outlet_keys m "
            f"WHERE m.outlet_id IS NOT DISTINCT FROM {LOADED}.outlet_id AND m.outlet IS NOT DISTINCT FROM {LOADED}.outlet "
            f"AND m.host IS NOT DISTINCT FROM {LOADED}.host"
        )
    finally:
        conn.unregister("outlet_keys")
