"""The articles' insert runs on one DuckDB thread (less peak memory) and gives the rest of the load its threads back."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.fixtures.warehouse_data import TEXT_A, article, write_jsonl
from warehouse.db import migrate
from warehouse.fast_articles import upsert_articles
from warehouse.fast_claims import FastPathRefused


def _conn(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(conn)
    conn.execute("SET threads = 3")
    return conn


def test_the_article_insert_gives_the_threads_back(tmp_path: Path) -> None:
    conn = _conn(tmp_path)
    path = write_jsonl(tmp_path / "articles.jsonl", [article("a1", "Blatt", TEXT_A), article("a2", "Kurier")])
    assert upsert_articles(conn, path, "r1") == 2
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert conn.execute("SELECT current_setting('threads')").fetchone()[0] == 3


def test_a_refused_article_insert_gives_the_threads_back(tmp_path: Path) -> None:
    conn = _conn(tmp_path)
    path = write_jsonl(tmp_path / "articles.jsonl", [article("a1", "Blatt", TEXT_A, fetched_at="gestern")])
    with pytest.raises(FastPathRefused):
        upsert_articles(conn, path, "r1")
    assert conn.execute("SELECT current_setting('threads')").fetchone()[0] == 3
