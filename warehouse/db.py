"""Opening the DuckDB warehouse: one place that translates DuckDB errors and runs migrations."""
from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from warehouse.claim_schema import render
from warehouse.errors import WarehouseError

#: The storage format of a warehouse file this code creates (an existing file keeps its own).
#: From v1.3.0 DuckDB compresses long strings (dictionary + FSST): the article texts, most of the
#: file, take about 2.5 times less room than in the default (oldest) format, which stores them
#: uncompressed, and every load copies the whole file (warehouse/publish.py). DuckDB 1.3 or newer
#: opens such a file; older clients refuse it with a clear message.
STORAGE_VERSION = "v1.3.0"
FILE_CONFIG: dict[str, Any] = {"storage_compatibility_version": STORAGE_VERSION}

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_REPEATABLE_NAME = re.compile(r"^R_[a-z0-9_]+\.sql$")


def connect(db_path: Path, *, read_only: bool = False, config: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at `db_path` in place, creating it and applying pending migrations.

    Readers use `read_only=True` (short-lived). Writing in place is for tests
    and maintenance only: loads write a copy and publish it (warehouse/publish.py).

    With `read_only=True` the file must exist and no migration runs. Any
    DuckDB failure to open (not a DuckDB file, lock held by another process,
    permission) becomes a one-line `WarehouseError`. An existing file that is
    not a DuckDB database is never touched: DuckDB refuses to open it and we
    report that instead of replacing it.
    """
    db_path = Path(db_path)
    if read_only and not db_path.is_file():
        raise WarehouseError(f"no warehouse at {db_path}")
    if not read_only:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"warehouse {db_path} is not writable: {exc.strerror or exc}") from None
    try:
        conn = duckdb.connect(str(db_path), read_only=read_only, config={**FILE_CONFIG, **(config or {})})
    except duckdb.Error as exc:
        raise translate_error(db_path, exc) from None
    if not read_only:
        try:
            migrate(conn)
        except duckdb.Error as exc:
            conn.close()
            raise translate_error(db_path, exc) from None
        except BaseException:
            conn.close()
            raise
    return conn


def translate_error(db_path: Path, exc: BaseException) -> WarehouseError:
    """A one-line WarehouseError for a DuckDB error raised while opening or writing `db_path`."""
    message = first_line(exc)
    lowered = message.lower()
    if "not a valid duckdb database" in lowered or "corrupt" in lowered or "checksum" in lowered:
        reason = "is not a DuckDB file (or is corrupt)"
    elif "lock" in lowered:
        reason = "is locked by another process"
    elif "permission" in lowered or "read-only" in lowered or "read only" in lowered:
        reason = "is not writable"
    else:
        reason = "cannot be used"
    return WarehouseError(f"warehouse {db_path} {reason}: {message}")


def first_line(exc: BaseException) -> str:
    """The first non-empty line of an exception's message."""
    for line in str(exc).splitlines():
        if line.strip():
            return line.strip()
    return type(exc).__name__


def migration_files() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every bundled migration, in version order."""
    found = []
    for entry in resources.files("warehouse").joinpath("sql").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, render(entry.read_text(encoding="utf-8"))))
    return sorted(found)


def repeatable_files() -> list[tuple[str, str]]:
    """(file name, SQL) of every repeatable schema file (R_*.sql), by name."""
    found = []
    for entry in resources.files("warehouse").joinpath("sql").iterdir():
        if _REPEATABLE_NAME.match(entry.name):
            found.append((entry.name, render(entry.read_text(encoding="utf-8"))))
    return sorted(found)


def migrate(conn: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[int]:
    """Apply the migrations not yet recorded in `schema_migrations`; returns the versions applied.

    `upto` stops after that version (tests build every earlier version this way).

    Each migration runs in its own transaction together with its bookkeeping
    row, so a failing migration leaves the schema as it was before it.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migration_files():
        if version in done or (upto is not None and version > upto):
            continue
        _apply_script(conn, sql, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                      [version, name, utc_now()])
        applied.append(version)
    if upto is None:
        _apply_repeatables(conn, force=bool(applied))
    return applied


def _apply_repeatables(conn: duckdb.DuckDBPyConnection, *, force: bool) -> None:
    """Run each R_*.sql whose text changed since it was last applied (all of them when `force`)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_repeatables ("
        " name VARCHAR PRIMARY KEY, sha256 VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = dict(conn.execute("SELECT name, sha256 FROM schema_repeatables").fetchall())
    for name, sql in repeatable_files():
        digest = hashlib.sha256(sql.encode("utf-8")).hexdigest()
        if not force and done.get(name) == digest:
            continue
        _apply_script(conn, sql, "INSERT OR REPLACE INTO schema_repeatables (name, sha256, applied_at) VALUES (?, ?, ?)",
                      [name, digest, utc_now()])


def _apply_script(conn: duckdb.DuckDBPyConnection, sql: str, record: str, params: list) -> None:
    """Run a SQL script and the statement that records it, in one transaction (all or nothing)."""
    conn.execute("BEGIN TRANSACTION")
    try:
        # One statement at a time: DuckDB mis-binds some multi-statement strings over renamed tables.
        for statement in duckdb.extract_statements(sql):
            conn.execute(statement)
        conn.execute(record, params)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def utc_now() -> datetime:
    """Now in UTC as a naive datetime (the warehouse stores TIMESTAMP in UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)
