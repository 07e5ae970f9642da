"""One schema: constraints from models/schema.py, comments, docs/schema.md, migrations from every version."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from models.schema import VOCABULARIES
from tests.fixtures.warehouse_data import article, load, opt_out, price, rows
from warehouse import schema_doc
from warehouse.db import migrate, migration_files

LATEST = migration_files()[-1][0]
OLD_VERSIONS = [v for v, _, _ in migration_files() if v < LATEST]


@pytest.fixture(scope="module")
def schema_conn() -> duckdb.DuckDBPyConnection:
    conn = duckdb.connect()
    migrate(conn)
    conn.execute("INSERT INTO outlets (outlet_id, name, hosts) VALUES ('blatt', 'Blatt', ['blatt.example'])")
    conn.execute("INSERT INTO articles (article_id, url, outlet_id) VALUES ('a1', 'https://blatt.example/1', 'blatt')")
    return conn


def test_enum_types_are_the_vocabularies_of_models_schema(schema_conn: duckdb.DuckDBPyConnection) -> None:
    found = dict(schema_conn.execute(
        "SELECT type_name, labels FROM duckdb_types() WHERE NOT internal AND schema_name = 'main'").fetchall())
    assert found == {name: list(values) for name, values in VOCABULARIES.items()}


GOOD = {"type": "'price'", "value": "19e9", "currency": "'USD'", "qualifier": "'exact'", "moment": "'announced'"}


@pytest.mark.parametrize("change, message", [
    ({"currency": "'DM'"}, "Could not convert string 'DM'"),
    ({"qualifier": "'ungefähr'"}, "Could not convert string 'ungefähr'"),
    ({"moment": "'später'"}, "Could not convert string 'später'"),
    ({"type": "'rumour'"}, "Could not convert string 'rumour'"),
    ({"value": "NULL"}, r"CHECK\(\(\(\"type\" != 'price'\)"),
    ({"value": "-5"}, "CHECK constraint failed"),
    ({"qualifier": "NULL"}, r"CHECK\(\(\(\"type\" != 'price'\)"),
    ({"scope": "'ads'"}, r"CHECK\(\(\(\"type\" != 'price'\)"),  # a price carries no opt-out fields
    ({"type": "'opt_out'", "value": "NULL", "currency": "NULL", "qualifier": "NULL", "moment": "NULL",
      "stance": "'possible'", "scope": "'adds'"}, "Could not convert string 'adds'"),
    ({"type": "'opt_out'", "value": "NULL", "currency": "NULL", "qualifier": "NULL", "moment": "NULL",
      "stance": "'possible'"}, r"CHECK\(\(\(\"type\" != 'opt_out'\)"),
    ({"type": "'data_shared'", "value": "NULL", "currency": "NULL", "qualifier": "NULL", "moment": "NULL",
      "data_type": "'secrets'", "shared": "true"}, "Could not convert string 'secrets'"),
    ({"start_char": "-1"}, "CHECK constraint failed"),
    ({"end_char": "0", "start_char": "5"}, "CHECK constraint failed"),
    ({"text": "NULL"}, "NOT NULL constraint failed"),
])
def test_constraints_reject_bad_values(schema_conn: duckdb.DuckDBPyConnection, change: dict, message: str) -> None:
    values = {"claim_id": "'x'", "article_id": "'a1'", "text": "'t'", "start_char": "0", "end_char": "1", **GOOD, **change}
    sql = f"INSERT INTO claims ({', '.join(values)}) VALUES ({', '.join(values.values())})"
    with pytest.raises(duckdb.Error, match=message):
        schema_conn.execute(sql)
    good = {"claim_id": "'ok'", "article_id": "'a1'", "text": "'t'", "start_char": "0", "end_char": "1", **GOOD}
    schema_conn.execute("DELETE FROM claims WHERE claim_id = 'ok'")
    schema_conn.execute(f"INSERT INTO claims ({', '.join(good)}) VALUES ({', '.join(good.values())})")


def test_every_table_view_and_column_has_a_comment(schema_conn: duckdb.DuckDBPyConnection) -> None:
    missing = schema_conn.execute(
        "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE NOT internal AND schema_name = 'main' AND comment IS NULL "
        "UNION ALL SELECT table_name FROM duckdb_tables() WHERE NOT internal AND schema_name = 'main' AND comment IS NULL "
        "UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' AND comment IS NULL"
    ).fetchall()
    assert missing == []


def test_docs_schema_md_is_generated_from_the_live_catalog() -> None:
    assert schema_doc.DOC_PATH.read_text(encoding="utf-8") == schema_doc.current(), (
        "docs/schema.md is stale: run 'python -m warehouse.schema_doc'")


def _fill(conn: duckdb.DuckDBPyConnection, version: int) -> None:
    """Rows as a warehouse at `version` held them, including one claim a later constraint rejects."""
    if version < 3:
        conn.execute("INSERT INTO articles (article_id, url, outlet, published, published_date) VALUES "
                     "('a1', 'https://www.blatt.example/1', 'Blatt', '2014-02-20', '2014-02-20'), "
                     "('a2', 'https://kurier.example/2', 'Kurier', '2014-10-07', '2014-10-07')")
        conn.execute("INSERT INTO claims (claim_id, article_id, type, value, currency, qualifier, text, start_char, end_char) "
                     "VALUES ('c1', 'a1', 'price', 19e9, 'USD', NULL, '19', 0, 2), "
                     "('c2', 'a2', 'price', 20e9, 'USD', 'exact', '20', 0, 2)")
        conn.execute("INSERT INTO claims (claim_id, article_id, type, stance, scope, text, start_char, end_char) "
                     "VALUES ('c3', 'a2', 'opt_out', 'possible', 'adds', 'x', 0, 1)")
    else:
        conn.execute("INSERT INTO outlets (outlet_id, name, hosts) VALUES ('blatt.example', 'Blatt', ['blatt.example']), "
                     "('kurier.example', 'Kurier', ['kurier.example'])")
        conn.execute("INSERT INTO articles (article_id, url, outlet_id, outlet, published, published_date) VALUES "
                     "('a1', 'https://www.blatt.example/1', 'blatt.example', 'Blatt', '2014-02-20', '2014-02-20'), "
                     "('a2', 'https://kurier.example/2', 'kurier.example', 'Kurier', '2014-10-07', '2014-10-07')")
        conn.execute("INSERT INTO claims (claim_id, article_id, type, value, currency, qualifier, moment, text, start_char, end_char) "
                     "VALUES ('c1', 'a1', 'price', 19e9, 'USD', 'exact', 'unspecified', '19', 0, 2), "
                     "('c2', 'a2', 'price', 20e9, 'USD', 'exact', 'unspecified', '20', 0, 2)")


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_every_earlier_version_upgrades_with_its_rows(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    assert migrate(conn, upto=version)[-1] == version
    _fill(conn, version)
    conn.close()
    load(tmp_path, path, [article("a3", "Welt")], [price("c4", "a3", 19e9)])  # a load upgrades the file
    assert rows(path, "SELECT max(version) FROM schema_migrations") == [(LATEST,)]
    assert rows(path, "SELECT count(*) FROM duckdb_columns() WHERE NOT internal AND schema_name = 'main' "
                      "AND comment IS NULL") == [(0,)]  # the repeatable comments ran after the upgrade
    assert rows(path, "SELECT claim_id, qualifier, moment FROM claims WHERE type = 'price' ORDER BY claim_id") == [
        ("c1", "exact", "unspecified"), ("c2", "exact", "unspecified"), ("c4", "exact", "unspecified")]
    assert rows(path, "SELECT article_id, outlet_id FROM articles ORDER BY 1") == [
        ("a1", "blatt.example"), ("a2", "kurier.example"), ("a3", "welt.example")]
    assert rows(path, "SELECT [s.label for s in sides] FROM contradictions") == [(["19000000000 USD", "20000000000 USD"],)]
    if version < 3:  # the misspelled scope is set aside, not lost
        assert rows(path, "SELECT claim_id, scope, rejected_by FROM claims_rejected") == [("c3", "adds", "003")]


def test_loads_keep_every_claim_with_its_article_and_every_article_with_its_outlet(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    load(tmp_path, db, [article("a1", "Blatt"), article("a2", "Kurier")],
         [price("c1", "a1", 19e9), opt_out("c2", "a2", "possible", "ads")], name="one")
    load(tmp_path, db, [article("a2", "Kurier", title="neu")], [price("c3", "a1", 20e9)], name="two",
         outlets=[{"outlet_id": "kurier", "name": "Der Kurier", "hosts": ["kurier.example"], "country": "AT", "kind": "newspaper"}])
    assert rows(db, "SELECT count(*) FROM claims c ANTI JOIN articles a USING (article_id)") == [(0,)]
    assert rows(db, "SELECT count(*) FROM articles a ANTI JOIN outlets o USING (outlet_id)") == [(0,)]
    # the unlisted host was merged into the listed outlet that names it
    assert rows(db, "SELECT outlet_id, name, kind FROM outlets ORDER BY 1") == [
        ("blatt.example", "Blatt", "unlisted"), ("kurier", "Der Kurier", "newspaper")]
    assert rows(db, "SELECT claim_id FROM claims ORDER BY 1") == [("c3",)]  # a2 lost c2, a1's c1 was replaced by c3
