"""Staged claims as Parquet (warehouse/staged_claims.py) and the compressing file format of new warehouses."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from tests.fixtures.warehouse_data import TEXT_A, article, claim, empty_warehouse, opt_out, price, rows, shared, write_jsonl
from warehouse.db import STORAGE_VERSION, migrate
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


def test_a_new_warehouse_compresses_its_texts_and_an_older_file_keeps_its_format(tmp_path: Path) -> None:
    text = " ".join(f"Quasselbox kostete laut Bericht {i} Milliarden, meldet das Blatt am Abend." for i in range(60))
    articles = write_jsonl(tmp_path / "articles.jsonl", [article(f"a{i}", "Blatt", f"{i}: {text}") for i in range(300)])
    empty = write_jsonl(tmp_path / "claims.jsonl", [])
    new = tmp_path / "new" / "w.duckdb"
    load_staged(new, articles, empty, run_id="r1")
    assert _storage_version(new) == STORAGE_VERSION + "+"
    conn = duckdb.connect(str(new), read_only=True)
    methods = {r[0] for r in conn.execute(
        "SELECT compression FROM pragma_storage_info('articles') WHERE column_name = 'text'").fetchall()}
    conn.close()
    assert "Uncompressed" not in methods
    old = tmp_path / "old" / "w.duckdb"  # a warehouse made before: DuckDB's default (oldest) format
    old.parent.mkdir()
    conn = duckdb.connect(str(old))
    migrate(conn)
    conn.close()
    before = _storage_version(old)
    load_staged(old, articles, empty, run_id="r1")
    assert _storage_version(old) == before != _storage_version(new)
    assert rows(old, "SELECT count(*) FROM articles") == rows(new, "SELECT count(*) FROM articles") == [(300,)]
    assert os.path.getsize(new) < os.path.getsize(old)
