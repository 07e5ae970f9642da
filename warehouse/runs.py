"""Recording pipeline runs in the `runs` table, and which article texts were already extracted.

A run is `running` from its start, and gets its final state (`completed`,
`partial`, `failed`) only after its last stage; `abandoned` marks a row whose
process died without finishing it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable

import duckdb

from warehouse.db import connect, translate_error, utc_now
from warehouse.publish import writing

# Counts that also get a column of their own; every count goes into the `counts` JSON.
COUNT_COLUMNS = ("pages_seen", "articles_crawled", "claims_extracted", "articles_loaded", "claims_loaded")
STATES = ("running", "completed", "partial", "failed", "abandoned")


def start_run(
    db_path: Path,
    run_id: str,
    sources: Iterable[str] = (),
    *,
    command: str = "run",
    flow_run_id: str | None = None,
    host: str | None = None,
    pid: int | None = None,
    pid_started: float | None = None,
    attempts: int = 1,
    is_alive: Callable[[int | None, float | None], bool] | None = None,
) -> list[str]:
    """Record `run_id` as running, started now (a resumed or repeated id starts its row afresh).

    With `is_alive`, first marks `host`'s `running` rows whose process is gone
    as `abandoned` (same write); returns their run ids.
    """
    with writing(Path(db_path)) as conn:
        abandoned = _abandon(conn, host, is_alive) if is_alive else []
        conn.execute(
            "INSERT INTO runs (run_id, started_at, state, sources, command, flow_run_id, host, pid, pid_started, attempts) "
            "VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (run_id) DO UPDATE SET started_at = excluded.started_at, state = 'running', "
            "sources = excluded.sources, command = excluded.command, flow_run_id = excluded.flow_run_id, "
            "host = excluded.host, pid = excluded.pid, pid_started = excluded.pid_started, "
            "attempts = excluded.attempts, ended_at = NULL, error = NULL, failures = NULL",
            [run_id, utc_now(), [str(s) for s in sources], command, flow_run_id, host, pid, pid_started, attempts],
        )
    return abandoned


def finish_run(
    db_path: Path,
    run_id: str,
    state: str,
    counts: dict[str, Any],
    error: str | None = None,
    *,
    stage: str | None = None,
    failures: list[dict[str, Any]] | None = None,
) -> None:
    """Record the end of `run_id`: its final state, counts, last stage, what failed and a one-line error."""
    if state not in STATES:
        raise ValueError(f"unknown run state {state!r}")
    values = [_count(counts.get(name)) for name in COUNT_COLUMNS]
    one_line = error.strip().splitlines()[0] if error and error.strip() else None
    _execute(
        db_path,
        f"INSERT INTO runs (run_id, ended_at, state, {', '.join(COUNT_COLUMNS)}, counts, error, stage, failures) "
        f"VALUES (?, ?, ?, {', '.join('?' for _ in COUNT_COLUMNS)}, ?, ?, ?, ?) "
        "ON CONFLICT (run_id) DO UPDATE SET ended_at = excluded.ended_at, state = excluded.state, "
        f"{', '.join(f'{c} = excluded.{c}' for c in COUNT_COLUMNS)}, "
        "counts = excluded.counts, error = excluded.error, stage = excluded.stage, failures = excluded.failures",
        [
            run_id, utc_now(), state, *values, json.dumps(counts, default=str), one_line, stage,
            json.dumps(failures or [], default=str),
        ],
    )


def abandon_dead_runs(db_path: Path, host: str, is_alive: Callable[[int | None, float | None], bool]) -> list[str]:
    """Mark `running` rows of `host` whose process is gone as `abandoned`; returns their run ids.

    Rows written before hosts were recorded (no host) count as this host's.
    Writes only when there is something to mark.
    """
    if not Path(db_path).is_file():
        return []
    with reading(db_path) as conn:
        if not _dead(conn, host, is_alive):
            return []
    with writing(Path(db_path)) as conn:
        return _abandon(conn, host, is_alive)


def _dead(conn: duckdb.DuckDBPyConnection, host: str | None, is_alive: Callable[[int | None, float | None], bool]) -> list[str]:
    rows = conn.execute(
        "SELECT run_id, pid, pid_started FROM runs WHERE state = 'running' AND (host = ? OR host IS NULL)", [host]
    ).fetchall()
    return [run_id for run_id, pid, started in rows if not is_alive(pid, started)]


def _abandon(conn: duckdb.DuckDBPyConnection, host: str | None, is_alive: Callable[[int | None, float | None], bool]) -> list[str]:
    dead = _dead(conn, host, is_alive)
    for run_id in dead:
        conn.execute(
            "UPDATE runs SET state = 'abandoned', ended_at = ?, "
            "error = coalesce(error, 'the process running it ended without finishing it') WHERE run_id = ?",
            [utc_now(), run_id],
        )
    return dead


def last_runs(db_path: Path, limit: int = 10) -> list[dict[str, Any]]:
    """The newest runs, newest first, as dicts (read-only: safe beside a running pipeline)."""
    with reading(db_path) as conn:
        cursor = conn.execute("SELECT * FROM runs ORDER BY started_at DESC NULLS LAST, run_id DESC LIMIT ?", [limit])
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


_RECORD_EXTRACTIONS = (
    "INSERT INTO extractions (article_id, text_sha256, extractor_version, run_id, extracted_at) "
    "SELECT article_id, sha256(coalesce(text, '')), $version, $run_id, $now FROM {relation} "
    "ON CONFLICT (article_id) DO UPDATE SET text_sha256 = excluded.text_sha256, "
    "extractor_version = excluded.extractor_version, run_id = excluded.run_id, extracted_at = excluded.extracted_at"
)


def note_extractions(conn: duckdb.DuckDBPyConnection, articles_relation: str, extractor_version: str, run_id: str | None) -> None:
    """Inside the caller's (load) transaction: the articles of `articles_relation` (a registered table
    or view with `article_id` and `text`) were extracted with `extractor_version` and are loaded.

    The text hash is DuckDB's sha256 of the UTF-8 text, the same as `pipelines.steps.text_sha256`.
    """
    conn.execute(_RECORD_EXTRACTIONS.format(relation=articles_relation),
                 {"version": extractor_version, "run_id": run_id, "now": utc_now()})


def already_extracted(db_path: Path, articles: list[tuple[str, str]], extractor_version: str) -> set[str]:
    """The article ids among (article_id, text_sha256) whose exact text this version already extracted and loaded."""
    if not articles or not Path(db_path).is_file():
        return set()
    wanted = dict(articles)
    with reading(db_path) as conn:
        try:
            rows = conn.execute(
                "SELECT e.article_id, e.text_sha256 FROM extractions e JOIN articles a USING (article_id) "
                "WHERE e.extractor_version = ? AND e.article_id IN (SELECT unnest(?::VARCHAR[]))",
                [extractor_version, list(wanted)],
            ).fetchall()
        except duckdb.CatalogException:  # a warehouse from before migration 010: nothing recorded yet
            return set()
    return {article_id for article_id, sha in rows if wanted.get(article_id) == sha}


@contextmanager
def reading(db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short read-only connection (never waits for a writer: see warehouse/publish.py)."""
    conn = connect(Path(db_path), read_only=True)
    try:
        yield conn
    except duckdb.CatalogException:
        raise
    except duckdb.Error as exc:
        raise translate_error(Path(db_path), exc) from None
    finally:
        conn.close()


def _count(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _execute(db_path: Path, sql: str, params: list[Any]) -> None:
    with writing(Path(db_path)) as conn:  # copy-on-write: never blocks a reader (warehouse/publish.py)
        conn.execute(sql, params)
