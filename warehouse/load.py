"""Loading one staged run (articles.jsonl + claims.jsonl) into the warehouse, all or nothing."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import connect, translate_error
from warehouse.records import ARTICLE_COLUMNS, CLAIM_COLUMNS, article_row, claim_row, read_jsonl

_UPDATED = [c for c in ARTICLE_COLUMNS if c != "article_id"]
_UPSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, first_run_id, last_run_id) "
    f"VALUES ({', '.join('?' for _ in ARTICLE_COLUMNS)}, ?, ?) "
    f"ON CONFLICT (article_id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _UPDATED)}, "
    "first_run_id = coalesce(articles.first_run_id, excluded.first_run_id), "
    "last_run_id = coalesce(excluded.last_run_id, articles.last_run_id)"
)
_INSERT_CLAIM = (
    f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}, run_id) "
    f"VALUES ({', '.join('?' for _ in CLAIM_COLUMNS)}, ?)"
)


def load_staged(
    db_path: Path, articles_jsonl: Path, claims_jsonl: Path, *, run_id: str | None = None
) -> dict[str, int]:
    """Load a staged run into the warehouse in one transaction; returns the record counts of the files.

    Every line is parsed and validated first: a malformed line raises
    `ValueError("file:line: reason")` and nothing is written. Then, in one
    transaction, articles are upserted by `article_id` and each loaded
    article's claims are replaced by the claims in `claims_jsonl` (so loading
    the same input twice leaves the same rows, and a re-extraction replaces
    the old claims). Any failure rolls back to the warehouse as it was.
    A missing or empty claims file means no claims.
    """
    articles = _parse_articles(Path(articles_jsonl))
    claims = _parse_claims(Path(claims_jsonl))
    conn = connect(Path(db_path))
    try:
        conn.execute("BEGIN TRANSACTION")
        try:
            _write(conn, articles, claims, run_id, Path(claims_jsonl))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except duckdb.Error as exc:
        raise translate_error(Path(db_path), exc) from None
    finally:
        conn.close()
    return {"articles": len(articles), "claims": len(claims)}


def _parse_articles(path: Path) -> list[tuple[Any, ...]]:
    """Article rows from the file, the last record winning for a repeated article_id."""
    rows: dict[str, tuple[Any, ...]] = {}
    for number, obj in read_jsonl(path):
        row = article_row(obj, f"{path}:{number}")
        rows[row[0]] = row
    return list(rows.values())


def _parse_claims(path: Path) -> list[tuple[Any, ...]]:
    """Claim rows from the file (none when it does not exist), with their line for error messages."""
    if not path.exists():
        return []
    rows: dict[str, tuple[Any, ...]] = {}
    for number, obj in read_jsonl(path):
        row = claim_row(obj, f"{path}:{number}")
        rows[row[0]] = (*row, number)
    return list(rows.values())


def _write(
    conn: duckdb.DuckDBPyConnection,
    articles: list[tuple[Any, ...]],
    claims: list[tuple[Any, ...]],
    run_id: str | None,
    claims_path: Path,
) -> None:
    """The statements of one load, inside the caller's transaction."""
    if articles:
        insert_articles(conn, [(*row, run_id, run_id) for row in articles])
    loaded_ids = [row[0] for row in articles]
    known = set(loaded_ids)
    claim_articles = sorted({row[1] for row in claims} - known)
    if claim_articles:
        found = conn.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [claim_articles]
        ).fetchall()
        known |= {r[0] for r in found}
    for row in claims:
        if row[1] not in known:
            raise ValueError(f"{claims_path}:{row[-1]}: claim for unknown article_id {row[1]!r}")
    # Replace, not merge: the claims of a loaded article are exactly those in this input.
    replaced = sorted(set(loaded_ids) | {row[1] for row in claims})
    if replaced:
        conn.execute("DELETE FROM claims WHERE article_id IN (SELECT unnest(?))", [replaced])
    if claims:
        conn.executemany(_INSERT_CLAIM, [(*row[:-1], run_id) for row in claims])


def insert_articles(conn: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]]) -> None:
    """Upsert article rows (ARTICLE_COLUMNS + first_run_id, last_run_id); a seam for tests."""
    conn.executemany(_UPSERT_ARTICLE, rows)
