"""Bringing a warehouse made in an older DuckDB storage format to the current one, once, on its next write.

An existing file keeps the storage format it was created in, and before
v1.3.0 DuckDB stores long strings uncompressed: such a warehouse is about
2.5 times larger than it needs to be, and every load copies all of it
(warehouse/publish.py). The writer's private copy of such a file is therefore
made by DuckDB instead of byte for byte: `COPY FROM DATABASE` into a new file
of the current format (warehouse.db.STORAGE_VERSION) writes the same schema
(types, tables, constraints, views, macros, comments) and rows, and it is
published like any write. This happens once; later writes find the current
format and copy bytes again.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb

from warehouse.claim_schema import sql_string
from warehouse.db import STORAGE_VERSION

_VERSION = re.compile(r"v(\d+)\.(\d+)\.(\d+)")


def _parsed(text: str | None) -> tuple[int, ...] | None:
    match = _VERSION.match(text or "")
    return tuple(int(g) for g in match.groups()) if match else None


def storage_version(db_path: Path) -> str | None:
    """The storage format of the warehouse file as DuckDB names it (e.g. 'v1.0.0+'); None when unreadable."""
    try:
        conn = duckdb.connect(str(db_path), read_only=True)
    except duckdb.Error:
        return None
    try:
        found = conn.execute("SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()").fetchall()
    except duckdb.Error:
        return None
    finally:
        conn.close()
    return found[0][0] if found else None


def is_older(version: str | None) -> bool:
    """True when `version` is a storage format older than the one new warehouses get."""
    parsed, current = _parsed(version), _parsed(STORAGE_VERSION)
    return parsed is not None and current is not None and parsed < current


def rebuild(db_path: Path, target: Path) -> None:
    """Write the warehouse at `db_path` (read-only, untouched) into a new file `target` of the current format.

    Raises duckdb.Error when DuckDB cannot; `target` may then be half-written (the caller removes it).
    """
    conn = duckdb.connect()
    try:
        # ATTACH takes no parameter for its path: the paths are quoted as SQL string literals.
        conn.execute(f"ATTACH {sql_string(str(db_path))} AS published (READ_ONLY)")
        conn.execute(f"ATTACH {sql_string(str(target))} AS rebuilt (STORAGE_VERSION {sql_string(STORAGE_VERSION)})")
        conn.execute("COPY FROM DATABASE published TO rebuilt (SCHEMA)")  # types, tables, views, macros, comments
        # The rows by DuckDB too, but table by table with referenced tables first: COPY FROM DATABASE's
        # own data copy does not follow the foreign keys.
        for schema, table in _tables_in_key_order(conn):
            name = f"{_ident(schema)}.{_ident(table)}"
            conn.execute(f"INSERT INTO rebuilt.{name} SELECT * FROM published.{name}")
        conn.execute("DETACH rebuilt")
    finally:
        conn.close()


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables_in_key_order(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """The published file's tables, each after the tables its foreign keys refer to."""
    tables = [tuple(r) for r in conn.execute(
        "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = 'published' ORDER BY ALL").fetchall()]
    refers: dict[tuple[str, str], set[tuple[str, str]]] = {t: set() for t in tables}
    for schema, table, referenced in conn.execute(
            "SELECT schema_name, table_name, referenced_table FROM duckdb_constraints() "
            "WHERE database_name = 'published' AND constraint_type = 'FOREIGN KEY'").fetchall():
        if (schema, referenced) in refers and referenced != table:
            refers[(schema, table)].add((schema, referenced))
    ordered: list[tuple[str, str]] = []
    while refers:
        ready = sorted(t for t, needs in refers.items() if not needs - set(ordered))
        if not ready:  # a cycle cannot be created by our migrations; raise so the caller copies bytes
            raise duckdb.ConstraintException("foreign keys form a cycle")
        for t in ready:
            ordered.append(t)
            del refers[t]
    return ordered
