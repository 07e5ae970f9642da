"""Recording pipeline runs in the `runs` table (running, then completed or failed)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warehouse.db import utc_now
from warehouse.publish import writing

# Counts that also get a column of their own; every count goes into the `counts` JSON.
COUNT_COLUMNS = ("pages_seen", "articles_crawled", "claims_extracted", "articles_loaded", "claims_loaded")


def start_run(db_path: Path, run_id: str, sources: Iterable[str] = ()) -> None:
    """Record `run_id` as running, started now, with its sources (a repeated id starts afresh)."""
    _execute(
        db_path,
        "INSERT INTO runs (run_id, started_at, state, sources) VALUES (?, ?, 'running', ?) "
        "ON CONFLICT (run_id) DO UPDATE SET started_at = excluded.started_at, state = 'running', "
        "sources = excluded.sources, ended_at = NULL, error = NULL",
        [run_id, utc_now(), [str(s) for s in sources]],
    )


def finish_run(
    db_path: Path, run_id: str, state: str, counts: dict[str, Any], error: str | None = None
) -> None:
    """Record the end of `run_id`: its final state, counts and (for a failed run) a one-line error."""
    values = [_count(counts.get(name)) for name in COUNT_COLUMNS]
    one_line = error.strip().splitlines()[0] if error and error.strip() else None
    _execute(
        db_path,
        f"INSERT INTO runs (run_id, ended_at, state, {', '.join(COUNT_COLUMNS)}, counts, error) "
        f"VALUES (?, ?, ?, {', '.join('?' for _ in COUNT_COLUMNS)}, ?, ?) "
        "ON CONFLICT (run_id) DO UPDATE SET ended_at = excluded.ended_at, state = excluded.state, "
        f"{', '.join(f'{c} = excluded.{c}' for c in COUNT_COLUMNS)}, "
        "counts = excluded.counts, error = excluded.error",
        [run_id, utc_now(), state, *values, json.dumps(counts, default=str), one_line],
    )


def _count(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _execute(db_path: Path, sql: str, params: list[Any]) -> None:
    with writing(Path(db_path)) as conn:  # copy-on-write: never blocks a reader (warehouse/publish.py)
        conn.execute(sql, params)
