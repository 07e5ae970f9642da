"""The fast path for a staged claims file: read by Arrow's JSON reader, checked and inserted by DuckDB.

A million claims parsed and validated line by line in Python take far longer
than DuckDB takes to insert them. Here the file is read by `pyarrow.json`
with the claim schema (a value of the wrong JSON type is an error there, so
`true` is never read as 1), checked in SQL, with the claims table's ENUM
types, CHECK and NOT NULL constraints doing most of it, and inserted in bulk.
Any problem raises `FastPathRefused`; the loader then discards the
transaction and takes the line-by-line path, which names the file and line of
the bad record (and keeps the last of repeated claim ids). So the fast path
decides nothing the slow path would not.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.json as pa_json

from models.schema import FIELD_DEFAULTS, FIELDS
from warehouse.claim_schema import sql_string
from warehouse.records import CLAIM_COLUMNS, CLAIM_FIELDS

_ARROW_TYPES = {"value": pa.float64(), "shared": pa.bool_(), "year": pa.int64(), "start": pa.int64(), "end": pa.int64()}
_JSON_FIELDS = ("claim_id", "article_id", "type", *CLAIM_FIELDS, "text", "start", "end", "sentence", "extractor_version")
JSON_SCHEMA = pa.schema([(name, _ARROW_TYPES.get(name, pa.string())) for name in _JSON_FIELDS])


class FastPathRefused(Exception):
    """The file needs the line-by-line path (malformed, or a value the warehouse refuses)."""


def read_claims(path: Path) -> pa.Table:
    """The claims file as an Arrow table (empty when missing); FastPathRefused if Arrow cannot read it."""
    if not path.exists() or path.stat().st_size == 0:
        return JSON_SCHEMA.empty_table()
    try:
        return pa_json.read_json(
            str(path),
            parse_options=pa_json.ParseOptions(explicit_schema=JSON_SCHEMA, unexpected_field_behavior="ignore"),
        )
    except (pa.ArrowException, OSError) as exc:
        raise FastPathRefused(str(exc)) from None


def _field_expression(name: str) -> str:
    """The stored value of a type-specific field: NULL for other types, the schema default when missing."""
    owners = [t for t, fields in FIELDS.items() if any(f.name == name for f in fields)]
    value = f'"{name}"'
    if name in FIELD_DEFAULTS:
        value = f"coalesce({value}, {sql_string(FIELD_DEFAULTS[name])})"
    return f"CASE WHEN type IN ({', '.join(sql_string(t) for t in owners)}) THEN {value} END"


_SELECT = ", ".join([
    "claim_id", "article_id", "type", *[_field_expression(f) for f in CLAIM_FIELDS],
    "text", '"start"', '"end"', "sentence", "extractor_version", "$run_id",
])
# A claim_id repeated in the file breaks the primary key: the slow path then keeps the last record.
_INSERT = f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}, run_id) SELECT {_SELECT} FROM staged_claims_json"
# What the line-by-line parser checks and the table's constraints do not.
_MALFORMED = (
    "SELECT count(*) FROM staged_claims_json WHERE claim_id IS NULL OR claim_id = '' OR article_id IS NULL "
    "OR article_id = '' OR type IS NULL OR text IS NULL OR text = '' OR \"start\" IS NULL OR \"end\" IS NULL"
)
_UNKNOWN_ARTICLES = "SELECT count(*) FROM staged_claims_json s ANTI JOIN articles a USING (article_id)"


def insert_claims(conn: duckdb.DuckDBPyConnection, claims_jsonl: Path, replaced_articles: list[str], run_id: str | None) -> int:
    """Inside the caller's transaction: drop the claims of `replaced_articles` and of the file's articles,
    insert the file's claims; returns their number. FastPathRefused on anything the slow path must explain."""
    claims = read_claims(claims_jsonl)
    conn.register("staged_claims_json", claims)
    try:
        if conn.execute(_MALFORMED).fetchall()[0][0] or conn.execute(_UNKNOWN_ARTICLES).fetchall()[0][0]:
            raise FastPathRefused("a claim is malformed or names an unknown article")
        conn.execute(
            "DELETE FROM claims WHERE article_id IN "
            "(SELECT unnest($ids) UNION ALL SELECT article_id FROM staged_claims_json)",
            {"ids": replaced_articles},
        )
        conn.execute(_INSERT, {"run_id": run_id})
        return claims.num_rows
    except duckdb.Error as exc:  # a value the ENUM types or CHECK constraints refuse
        raise FastPathRefused(str(exc)) from None
    finally:
        try:
            conn.unregister("staged_claims_json")
        except duckdb.Error:
            pass  # an aborted transaction refuses even this; the copy is thrown away anyway
