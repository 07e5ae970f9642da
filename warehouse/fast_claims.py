"""The bulk path for a staged claims file: read by DuckDB's JSON reader, checked and inserted in SQL.

A million claims parsed and validated line by line in Python take far longer
than DuckDB takes to insert them, and a table of them built in Python grows
with the file. Here DuckDB streams the file (`read_json`, in parallel, in
vectors) straight into `claims`, in the caller's transaction: the table's
ENUM types, CHECK and NOT NULL constraints check the values, and `error()`
calls in the SELECT check what they cannot: empty ids and texts, and the JSON
type of every number and boolean field (DuckDB would read `true` as 1 or
`"19"` as 19; the line-by-line path refuses both). Fields of other claim
types are not stored (and not checked), as in the line-by-line path.

The file is read once (JSON parsing is a fifth of the insert's CPU): its
claims are appended first, then the rows appended by this load (their row
ids lie above every row id stored before it, `stored_mark`) name the
articles whose older claims are deleted and which must be stored articles.
No copy of the file's rows is staged anywhere, so memory stays flat.

When the run's claims were also staged as Parquet (warehouse/staged_claims.py: the same
checks, run once after extraction) and that file is current, the insert reads it instead of
the JSON; the constraints check its values all the same.

Any problem raises `FastPathRefused`; the loader then discards the
transaction and takes the line-by-line path, which names the file and line
of the bad record (and keeps the last of repeated claim ids). So this path
decides nothing the line-by-line path would not, with one exception: a JSON
number where a text field belongs (`"text": 5`) is stored as its digits here.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from models.schema import FIELD_DEFAULTS, FIELDS
from warehouse.claim_schema import sql_string
from warehouse.records import CLAIM_COLUMNS, CLAIM_FIELDS

#: JSON fields that are not text, with their SQL type. They are read as raw JSON text and
#: checked by their spelling, which is far cheaper than json_type() per value.
_TYPED: dict[str, str] = {"value": "DOUBLE", "shared": "BOOLEAN", "year": "INTEGER", "start": "INTEGER", "end": "INTEGER"}
_JSON_FIELDS = ("claim_id", "article_id", "type", *CLAIM_FIELDS, "text", "start", "end", "sentence", "extractor_version")
_COLUMNS = "{" + ", ".join(
    f"{sql_string(name)}: {sql_string('JSON' if name in _TYPED else 'VARCHAR')}" for name in _JSON_FIELDS
) + "}"
#: The table function that reads a claims file ($path is a query parameter, never spliced in).
READ_CLAIMS = f"read_json($path, format = 'newline_delimited', columns = {_COLUMNS})"


class FastPathRefused(Exception):
    """The file needs the line-by-line path (malformed, or a value the warehouse refuses)."""


def _typed(name: str) -> str:
    """A number/boolean field as its SQL type from its JSON text; error() when its JSON type is wrong.

    A JSON string starts with a quote, so it never casts; an integer has no
    '.' and no exponent (DuckDB would round "1.5" to 2).
    """
    raw, sql_type = f'"{name}"::VARCHAR', _TYPED[name]
    wrong = f"error('{name} has the wrong JSON type')"
    if sql_type == "BOOLEAN":
        value = f"CASE {raw} WHEN 'true' THEN true WHEN 'false' THEN false ELSE {wrong} END"
    elif sql_type == "DOUBLE":
        value = f"coalesce(TRY_CAST({raw} AS DOUBLE), {wrong})"
    else:
        value = (f"CASE WHEN strpos({raw}, '.') = 0 AND strpos(lower({raw}), 'e') = 0 "
                 f"THEN coalesce(TRY_CAST({raw} AS {sql_type}), {wrong}) ELSE {wrong} END")
    return f"CASE WHEN \"{name}\" IS NULL OR {raw} = 'null' THEN NULL ELSE {value} END"


def _field_expression(name: str) -> str:
    """The stored value of a type-specific field: NULL for other types, the schema default when missing."""
    owners = [t for t, fields in FIELDS.items() if any(f.name == name for f in fields)]
    value = _typed(name) if name in _TYPED else f'"{name}"'
    if name in FIELD_DEFAULTS:
        value = f"coalesce({value}, {sql_string(FIELD_DEFAULTS[name])})"
    return f"CASE WHEN type IN ({', '.join(sql_string(t) for t in owners)}) THEN {value} END"


def _required_text(name: str) -> str:
    return f"CASE WHEN coalesce({name}, '') = '' THEN error('{name} is missing') ELSE {name} END"


_CHECKED = [
    _required_text("claim_id"), _required_text("article_id"), "type", *[_field_expression(f) for f in CLAIM_FIELDS],
    _required_text("text"), _typed("start"), _typed("end"), "sentence", "extractor_version",
]
#: A claims file ($path) read and checked, one column per `claims` column (run_id aside); also what
#: warehouse/staged_claims.py writes to Parquet, so both inputs pass the same checks.
CHECKED_CLAIMS = f"SELECT {', '.join(f'{e} AS {c}' for e, c in zip(_CHECKED, CLAIM_COLUMNS))} FROM {READ_CLAIMS}"
_INSERT = f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}, run_id) SELECT {', '.join(_CHECKED)}, $run_id FROM {READ_CLAIMS}"
# The staged Parquet form (warehouse/staged_claims.py) is typed and checked already: the constraints do the rest.
_INSERT_PARQUET = (f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}, run_id) "
                   f"SELECT {', '.join(CLAIM_COLUMNS)}, $run_id FROM read_parquet($path)")


def stored_mark(conn: duckdb.DuckDBPyConnection) -> int:
    """The highest row id in `claims` before a load appends (-1 when empty).

    DuckDB gives rows appended in a transaction row ids above every stored
    one (transaction-local ids start at 2**55, committed appends follow the
    stored rows), so `rowid > mark` is exactly the load's own rows.
    """
    return int(conn.execute("SELECT coalesce(max(rowid), -1) FROM claims").fetchall()[0][0])


def unknown_article(conn: duckdb.DuckDBPyConnection, mark: int) -> str | None:
    """An article id of the appended claims that is not a stored article, else None."""
    found = conn.execute("SELECT article_id FROM (SELECT DISTINCT article_id FROM claims WHERE rowid > $mark) "
                         "ANTI JOIN articles USING (article_id) LIMIT 1", {"mark": mark}).fetchall()
    return found[0][0] if found else None


def delete_replaced(conn: duckdb.DuckDBPyConnection, mark: int, loaded_articles: str) -> None:
    """Delete the stored claims (row id <= mark) of the articles in `loaded_articles` (a table the
    loader named, never input) and of every article the appended claims name."""
    conn.execute(f"DELETE FROM claims WHERE rowid <= $mark AND article_id IN "
                 f"(SELECT article_id FROM {loaded_articles} UNION ALL SELECT article_id FROM claims WHERE rowid > $mark)",
                 {"mark": mark})


def insert_claims(conn: duckdb.DuckDBPyConnection, claims_jsonl: Path, run_id: str | None,
                  parquet: Path | None = None) -> int:
    """Inside the caller's transaction: stream the file's claims into `claims` (appended beside the
    stored ones: see `delete_replaced`); returns their number. FastPathRefused on anything the
    line-by-line path must explain.

    `parquet` is the file's staged Parquet form when it is current (warehouse.staged_claims.fresh_parquet):
    read instead of the JSON, with the same result.
    """
    if not _has_rows(claims_jsonl):
        return 0
    sql, path = (_INSERT_PARQUET, parquet) if parquet is not None else (_INSERT, claims_jsonl)
    try:
        return int(conn.execute(sql, {"path": str(path), "run_id": run_id}).fetchall()[0][0])
    except duckdb.Error as exc:  # unreadable, a wrong JSON type, or a value the constraints refuse
        raise FastPathRefused(str(exc)) from None


def _has_rows(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0
