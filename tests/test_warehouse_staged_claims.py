"""Staged claims as Parquet (warehouse/staged_claims.py) and the compressing file format of new warehouses."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from tests.fixtures.warehouse_data import TEXT_A, article, claim, empty_warehouse, opt_out, price, rows, shared, write_jsonl
from warehouse.db import STORAGE_VERSION, migrate
import warehouse.publish as publish
from warehouse.load import load_staged
from warehouse.records import CLAIM_COLUMNS
from warehouse.staged_claims import fresh_parquet, parquet_path, stage_claims
from warehouse.steps import recording

CLAIMS = [
    {k: v for k, v in price("c1", "a1", 19e9).items() if k != "moment"},  # staged before `moment` existed
    price("c2", "a1", 21.8e9, qualifier="approx", moment="closing"),
    {**opt_out("c3", "a2", "not_possible", "phone_number"), "value": None, "year": 2014},  # other types' fields dropped
    shared("c4", "a2", "contacts", False),
    claim("c5", "a2", "acquisition_year", "2014", year=2014),
    price("c6", "a2", 13.8e9, currency="EUR", qualifier="at_least", moment="announced"),
]
ARTICLES = [article("a1", "Blatt", TEXT_A), article("a2", "Kurier")]


def _load(tmp_path: Path, db: Path, claims: list[dict], *, staged: bool) -> tuple[dict, set[str]]:
    """Load ARTICLES and `claims` (their Parquet form written first when `staged`): counts and step names."""
    articles = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    claims_path = write_jsonl(tmp_path / "claims.jsonl", claims)
    if staged:
        assert stage_claims(claims_path) == parquet_path(claims_path)
    with recording() as steps:
        counts = load_staged(db, articles, claims_path, run_id="r1")
    return counts, set(steps)


def _claims(db: Path) -> list[tuple]:
    return rows(db, "SELECT * FROM claims ORDER BY claim_id")


def test_the_parquet_form_stores_exactly_what_the_json_stores(tmp_path: Path) -> None:
    stored = {}
    for staged in (False, True):
        work = tmp_path / str(staged)
        work.mkdir()
        counts, steps = _load(work, work / "w.duckdb", CLAIMS, staged=staged)
        assert counts == {"articles": 2, "claims": 6}
        assert f"insert claims ({'read_parquet' if staged else 'read_json'}, constraints)" in steps
        stored[staged] = _claims(work / "w.duckdb")
    assert stored[True] == stored[False]
    by_id = {r[0]: r for r in stored[True]}
    assert by_id["c1"][3:7] == (19e9, "USD", "exact", "unspecified")  # the schema's default moment
    year = CLAIM_COLUMNS.index("year")
    assert by_id["c3"][3] is None and by_id["c3"][year] is None and by_id["c5"][year] == 2014  # only its own type's fields


def test_a_parquet_file_of_an_older_claims_file_is_never_read(tmp_path: Path) -> None:
    claims_path = write_jsonl(tmp_path / "claims.jsonl", [price("c1", "a1", 19e9)])
    assert stage_claims(claims_path) is not None
    write_jsonl(claims_path, [price("c1", "a1", 20e9)])  # same size, rewritten in place afterwards
    conn = duckdb.connect()
    assert fresh_parquet(conn, claims_path) is None
    db = tmp_path / "w.duckdb"
    articles = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    with recording() as steps:
        load_staged(db, articles, claims_path, run_id="r1")
    assert "insert claims (read_json, constraints)" in steps
    assert rows(db, "SELECT claim_id, value FROM claims") == [("c1", 20e9)]


def test_a_parquet_file_without_its_claims_file_or_foreign_is_ignored(tmp_path: Path) -> None:
    claims_path = write_jsonl(tmp_path / "claims.jsonl", [price("c1", "a1", 19e9)])
    stage_claims(claims_path)
    conn = duckdb.connect()
    assert fresh_parquet(conn, claims_path) == parquet_path(claims_path)
    parquet_path(claims_path).write_bytes(b"PAR1 not really parquet")
    assert fresh_parquet(conn, claims_path) is None
    claims_path.unlink()
    assert fresh_parquet(conn, claims_path) is None
    assert stage_claims(claims_path) is None and not parquet_path(claims_path).exists()


def test_a_file_the_checks_refuse_gets_no_parquet_and_the_load_names_its_line(tmp_path: Path) -> None:
    db = empty_warehouse(tmp_path / "w.duckdb")
    claims_path = write_jsonl(tmp_path / "claims.jsonl", [price("c1", "a1", 19e9)])
    stage_claims(claims_path)
    write_jsonl(claims_path, [price("c1", "a1", 19e9), {**price("c2", "a1", 20e9), "value": "20000000000"}])
    assert stage_claims(claims_path) is None
    assert not parquet_path(claims_path).exists()  # the earlier file's Parquet is gone too
    with pytest.raises(ValueError, match=r"claims\.jsonl:2: value must be float"):
        load_staged(db, write_jsonl(tmp_path / "articles.jsonl", ARTICLES), claims_path, run_id="r1")
    assert rows(db, "SELECT count(*) FROM articles") == [(0,)]


def test_the_constraints_check_a_staged_parquet_file_too(tmp_path: Path) -> None:
    # The conversion checks JSON types only; the vocabularies are the table's ENUMs, at the insert.
    db = empty_warehouse(tmp_path / "w.duckdb")
    claims_path = write_jsonl(tmp_path / "claims.jsonl", [price("c1", "a1", 19e9), opt_out("c2", "a1", "possible", "werbung")])
    assert stage_claims(claims_path) is not None
    with pytest.raises(ValueError, match=r"claims\.jsonl:2: .*scope"):
        load_staged(db, write_jsonl(tmp_path / "articles.jsonl", ARTICLES), claims_path, run_id="r1")
    assert rows(db, "SELECT count(*) FROM claims") == [(0,)]


def _storage_version(db: Path) -> str:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        return conn.execute("SELECT tags['storage_version'] FROM duckdb_databases() WHERE path = $p",
                            {"p": str(db)}).fetchall()[0][0]
    finally:
        conn.close()


def _catalog(db: Path) -> list[list[tuple]]:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        return [conn.execute(sql).fetchall() for sql in (
            "SELECT table_name, column_name, data_type, comment, is_nullable, column_default FROM duckdb_columns() "
            "WHERE database_name = current_database() ORDER BY ALL",
            "SELECT view_name, comment, sql FROM duckdb_views() WHERE NOT internal ORDER BY ALL",
            "SELECT type_name, logical_type FROM duckdb_types() WHERE database_name = current_database() ORDER BY ALL",
            "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() ORDER BY ALL",
            "SELECT * FROM schema_migrations ORDER BY ALL", "SELECT * FROM reference_rates ORDER BY ALL",
            "SELECT * EXCLUDE (related) FROM articles ORDER BY article_id", "SELECT * FROM claims ORDER BY claim_id")]
    finally:
        conn.close()


TEXT = " ".join(f"Quasselbox kostete laut Bericht {i} Milliarden, meldet das Blatt am Abend." for i in range(60))


def _staged(tmp_path: Path) -> tuple[Path, Path]:
    articles = write_jsonl(tmp_path / "articles.jsonl", [article(f"a{i}", "Blatt", f"{i}: {TEXT}") for i in range(300)])
    claims = write_jsonl(tmp_path / "claims.jsonl", [price(f"c{i}", f"a{i}", 19e9) for i in range(300)])
    return articles, claims


def _older_warehouse(tmp_path: Path) -> Path:
    """A warehouse made before the format change (DuckDB's default, oldest format), holding _staged's rows."""
    old = tmp_path / "old" / "w.duckdb"
    old.parent.mkdir()
    conn = duckdb.connect(str(old))
    migrate(conn)
    conn.close()
    with pytest.MonkeyPatch.context() as patch:  # loaded as before the change: copied byte for byte
        patch.setattr(publish, "is_older", lambda version: False)
        load_staged(old, *_staged(tmp_path), run_id="r1")
    assert not _storage_version(old).startswith(STORAGE_VERSION)
    return old


def test_a_new_warehouse_compresses_its_texts(tmp_path: Path) -> None:
    new = tmp_path / "new" / "w.duckdb"
    load_staged(new, *_staged(tmp_path), run_id="r1")
    assert _storage_version(new) == STORAGE_VERSION + "+"
    conn = duckdb.connect(str(new), read_only=True)
    methods = {r[0] for r in conn.execute(
        "SELECT compression FROM pragma_storage_info('articles') WHERE column_name = 'text'").fetchall()}
    conn.close()
    assert methods and "Uncompressed" not in methods


def test_an_older_warehouse_is_rewritten_once_with_all_it_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _older_warehouse(tmp_path)
    before, size = _catalog(old), os.path.getsize(old)
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    load_staged(old, empty, empty, run_id="r2")  # any write: here a load of nothing
    assert _storage_version(old) == STORAGE_VERSION + "+"
    assert _catalog(old) == before  # same schema, comments, constraints, migrations, reference rows, data
    assert os.path.getsize(old) < size  # the texts compressed
    monkeypatch.setattr(publish, "rebuild", lambda *a: pytest.fail("rewritten twice"))
    load_staged(old, empty, empty, run_id="r3")


def test_an_older_warehouse_is_copied_byte_for_byte_when_duckdb_cannot_rewrite_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _older_warehouse(tmp_path)
    before, version = _catalog(old), _storage_version(old)

    def half_written(db_path: Path, target: Path) -> None:
        target.write_bytes(b"half")
        raise duckdb.IOException("disk trouble")

    monkeypatch.setattr(publish, "rebuild", half_written)
    load_staged(old, *_staged(tmp_path / "old"), run_id="r2")
    assert _storage_version(old) == version and _catalog(old)[:6] == before[:6]
    assert rows(old, "SELECT count(*), min(run_id) FROM claims") == [(300, "r2")]


def test_a_file_repeating_a_claim_id_gets_no_parquet_and_keeps_the_last_record(tmp_path: Path) -> None:
    db = empty_warehouse(tmp_path / "w.duckdb")
    claims_path = write_jsonl(tmp_path / "claims.jsonl", [price("c2", "a1", 20e9), price("c2", "a1", 21e9)])
    assert stage_claims(claims_path) is None and not parquet_path(claims_path).exists()
    load_staged(db, write_jsonl(tmp_path / "articles.jsonl", ARTICLES), claims_path, run_id="r1")
    assert rows(db, "SELECT claim_id, value FROM claims") == [("c2", 21e9)]


def test_a_staged_claim_id_of_another_stored_claim_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    _load(tmp_path, db, CLAIMS, staged=True)
    before = _claims(db)
    claims_path = write_jsonl(tmp_path / "claims2.jsonl", [price("c9", "a1", 16e9), price("c4", "a1", 21e9)])  # c4: a2's
    assert stage_claims(claims_path) is not None
    with recording() as steps, pytest.raises(ValueError, match=r"claim_id 'c4' is already used by a claim of another article"):
        load_staged(db, write_jsonl(tmp_path / "articles2.jsonl", ARTICLES[:1]), claims_path, run_id="r2")
    assert "insert claims (read_parquet, constraints)" in steps
    assert _claims(db) == before
    claims_path = write_jsonl(tmp_path / "claims3.jsonl", [price("c9", "a1", 16e9), price("c1", "a1", 21e9)])  # c1: a1's own
    stage_claims(claims_path)
    load_staged(db, write_jsonl(tmp_path / "articles3.jsonl", ARTICLES[:1]), claims_path, run_id="r3")
    assert rows(db, "SELECT claim_id, article_id, value FROM claims ORDER BY claim_id") == [
        ("c1", "a1", 21e9), ("c3", "a2", None), ("c4", "a2", None), ("c5", "a2", None), ("c6", "a2", 13.8e9), ("c9", "a1", 16e9)]
