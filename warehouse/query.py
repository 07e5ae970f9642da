"""Ad-hoc read-only SQL on the warehouse and the three ways to print its result."""
from __future__ import annotations

import csv
import io
import json
import math
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import connect, first_line
from warehouse.errors import WarehouseError

MAX_CELL = 60  # characters of a table cell before it is cut with "…"


#: Statements `dealwatch sql` runs; everything else (writes, COPY, ATTACH, INSTALL, SET, ...) is refused.
READ_STATEMENTS = frozenset({
    duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN, duckdb.StatementType.PRAGMA,
})


# No file access beyond the warehouse (no COPY TO, ATTACH, read_csv('/etc/...')), and no way to turn it back on.
_NO_FILES = {"enable_external_access": False, "lock_configuration": True}


def run_sql(db_path: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run read-only `sql` on a short-lived read-only connection; returns (column names, rows) of the last statement.

    Only reading statements run: anything else is refused with a one-line
    WarehouseError before the warehouse is opened, and the connection has no
    access to other files either (no COPY TO, ATTACH or reading files). A
    missing or corrupt warehouse, or a SQL error, raises a one-line WarehouseError.
    """
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise WarehouseError(f"SQL error: {first_line(exc)}") from None
    if not statements:
        raise WarehouseError("no SQL statement given")
    for statement in statements:
        if statement.type not in READ_STATEMENTS:
            kind = statement.type.name.replace("_", " ")
            raise WarehouseError(f"dealwatch sql is read-only: {kind} statements are refused")
    conn = connect(Path(db_path), read_only=True, config=_NO_FILES)
    try:
        cursor = conn
        for statement in statements:
            cursor = conn.execute(statement)
        if cursor.description is None:
            return [], []
        columns = [d[0] for d in cursor.description]
        return columns, cursor.fetchall()
    except duckdb.Error as exc:
        raise WarehouseError(f"SQL error: {first_line(exc)}") from None
    finally:
        conn.close()


def format_table(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """An aligned text table with a header rule; long cells are cut to MAX_CELL characters."""
    if not columns:
        return "(no result)\n"
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_csv(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """CSV with a header line; lists and structs are written as JSON, NULL as an empty field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else _scalar_text(v) for v in row])
    return buffer.getvalue()


def format_json(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """A JSON list of objects, one per row; dates, times and decimals as strings."""
    records = [dict(zip(columns, (_jsonable(v) for v in row))) for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def _cell(value: Any) -> str:
    text = "NULL" if value is None else _scalar_text(value)
    text = " ".join(text.split()) if ("\n" in text or "\t" in text or "\r" in text) else text
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _scalar_text(value: Any) -> str:
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None  # JSON has no NaN or infinity
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)
