"""Short-lived read-only reads other stages need from the warehouse."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import connect, translate_error

_ARTICLE_RECORD_COLUMNS = (
    "article_id", "url", "canonical_url", "outlet_id", "outlet", "title", "authors", "published",
    "language", "text", "html_sha256", "fetched_at", "source", "found_via", "capture_url",
    "capture_time", "content_sha256", "related", "lastmod", "minhash",
)


def _records(db_path: Path, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    db_path = Path(db_path)
    if not db_path.is_file():
        return []
    conn = connect(db_path, read_only=True)
    try:
        cursor = conn.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
    except duckdb.Error as exc:
        raise translate_error(db_path, exc) from None
    finally:
        conn.close()


def known_urls(db_path: Path) -> list[dict[str, Any]]:
    """What an incremental crawl needs to skip pages it has: one dict per stored article.

    Keys: `article_id`, `canonical_url`, `url`, `capture_url`, `lastmod` (as
    the sitemap gave it), `fetched_at` (naive UTC datetime). No warehouse yet: [].
    """
    return _records(
        db_path,
        "SELECT article_id, canonical_url, url, capture_url, lastmod, fetched_at FROM articles ORDER BY article_id",
    )


def stored_signatures(db_path: Path) -> list[tuple[str, list[int]]]:
    """(article_id, minhash) of every stored article that has a signature ([] without a warehouse)."""
    rows = _records(db_path, "SELECT article_id, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY article_id")
    return [(row["article_id"], row["minhash"]) for row in rows]


def article_texts(db_path: Path, article_ids: list[str]) -> dict[str, str]:
    """{article_id: text} of the stored articles among `article_ids`."""
    if not article_ids:
        return {}
    rows = _records(db_path, "SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest(?))",
                    [list(article_ids)])
    return {row["article_id"]: row["text"] or "" for row in rows}


def write_article_records(db_path: Path, out: Path) -> list[str]:
    """Write every stored article as an ArticleRecord line to `out` (for re-extraction); returns their ids."""
    rows = _records(
        db_path, f"SELECT {', '.join(_ARTICLE_RECORD_COLUMNS)} FROM articles WHERE text IS NOT NULL ORDER BY article_id"
    )
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=_iso) + "\n")
    return [row["article_id"] for row in rows]


def _iso(value: Any) -> str:
    return value.isoformat()
