"""A load's memory stays flat with its size: the articles' insert runs on one DuckDB thread and gives the
rest of the load its threads back; the private copy is written in small row groups under a memory bound."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.fixtures.warehouse_data import TEXT_A, article, load, price, rows, write_jsonl
from warehouse import memory, publish
from warehouse.db import migrate
from warehouse.fast_articles import upsert_articles
from warehouse.fast_claims import FastPathRefused
from warehouse.load import load_staged


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


def _limit(conn: duckdb.DuckDBPyConnection) -> str:
    return conn.execute("SELECT current_setting('memory_limit')").fetchone()[0]


def test_the_memory_bound_is_present_use_plus_headroom(tmp_path: Path) -> None:
    conn = _conn(tmp_path)
    conn.execute("CREATE TABLE t AS SELECT range AS i, repeat('x', 200) AS s FROM range(200000)")
    used = memory.used_bytes(conn)
    assert used > 1024 * 1024  # the table is held by DuckDB's buffer manager: the bound counts it
    memory.bound_memory(conn, 64 * 1024 * 1024)
    bound = _limit(conn)
    assert bound.endswith("MiB")
    assert abs(float(bound.split()[0]) * 1024 * 1024 - (used + 64 * 1024 * 1024)) < 2 * 1024 * 1024


def test_a_load_bigger_than_its_memory_bound_goes_through_in_small_row_groups(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "data" / "dealwatch.duckdb"
    load(tmp_path, db, [article("a0", "Blatt", TEXT_A)], [price("c0", "a0", 19e9)], name="first")
    monkeypatch.setattr(publish, "ROW_GROUP_SIZE", 2048)
    monkeypatch.setattr(memory, "HEADROOM_BYTES", 8 * 1024 * 1024)
    monkeypatch.chdir(tmp_path)  # nothing may be spilled into the working directory
    text = " ".join(f"Satz {i}: Quasselbox kostete laut Bericht neunzehn Milliarden Dollar." for i in range(150))
    n = 4200  # about 40 MB of texts, five times the bound
    articles = write_jsonl(tmp_path / "big-articles.jsonl", [article(f"b{i}", "Welt", f"{i} {text}") for i in range(n)])
    claims = write_jsonl(tmp_path / "big-claims.jsonl", [price(f"d{i}", f"b{i}", 21e9) for i in range(n)])
    assert load_staged(db, articles, claims, run_id="big") == {"articles": n, "claims": n}
    assert rows(db, "SELECT count(*), sum(length(text)) FROM articles WHERE article_id LIKE 'b%'") == [
        (n, sum(len(f"{i} {text}") for i in range(n)))]
    assert rows(db, "SELECT count(*) FROM claims") == [(n + 1,)]
    # Written out as the insert went (row groups of 2,048 rows), not held until the commit.
    assert rows(db, "SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('articles')")[0][0] == 3
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert sorted(p.name for p in db.parent.iterdir()) == ["dealwatch.duckdb", "dealwatch.duckdb.lock"]


def test_a_spill_directory_left_by_a_dead_writer_is_removed_by_the_next(tmp_path: Path) -> None:
    db = tmp_path / "data" / "dealwatch.duckdb"
    load(tmp_path, db, [article("a1", "Blatt")], [], name="first")
    stale = db.parent / ".dealwatch.duckdb.4242-0badcafe.tmp.spill"
    stale.mkdir()
    (stale / "duckdb_temp_storage-0.tmp").write_bytes(b"\0" * 1024)
    load(tmp_path, db, [article("a2", "Kurier")], [], name="second")
    assert not stale.exists()
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]
