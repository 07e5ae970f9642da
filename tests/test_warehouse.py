"""Warehouse: migrations, transactional load, contradictions view, errors, ad-hoc SQL."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warehouse import load as load_module
from warehouse.db import connect
from warehouse.errors import WarehouseError
from warehouse.load import load_staged
from warehouse.query import format_csv, format_json, format_table, run_sql
from warehouse.runs import finish_run, start_run

# Invented sentences, not real coverage.
TEXT_A = "Der Messengerdienst Quasselbox wurde für 19 Milliarden Dollar verkauft. Ein Widerspruch ist möglich."
TEXT_B = "Laut Bericht kostete Quasselbox 20 Milliarden Dollar. Widersprechen können Nutzer nicht."


def article(article_id: str, outlet: str, text: str, **extra: Any) -> dict[str, Any]:
    record = {
        "article_id": article_id, "url": f"https://{outlet.lower()}.example/{article_id}",
        "canonical_url": f"https://{outlet.lower()}.example/{article_id}", "outlet": outlet,
        "title": f"Titel {article_id}", "authors": ["A. Autor"], "published": "2014-02-20",
        "language": "de", "text": text, "html_sha256": "0" * 64,
        "fetched_at": "2026-11-24T12:00:00Z", "source": "https://example/sitemap.xml",
    }
    record.update(extra)
    return record


def claim(claim_id: str, article_id: str, claim_type: str, text: str, start: int = 0, **fields: Any) -> dict[str, Any]:
    return {
        "claim_id": claim_id, "article_id": article_id, "type": claim_type, "text": text,
        "start": start, "end": start + len(text), "sentence": text, "extractor_version": "0.1.0",
        **fields,
    }


def price(claim_id: str, article_id: str, value: float, currency: str | None = "USD", qualifier: str = "exact") -> dict[str, Any]:
    return claim(claim_id, article_id, "price", "x Milliarden", value=value, currency=currency, qualifier=qualifier)


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def load(tmp_path: Path, db: Path, articles: list[dict], claims: list[dict], name: str = "run") -> dict:
    a = write_jsonl(tmp_path / f"{name}-articles.jsonl", articles)
    c = write_jsonl(tmp_path / f"{name}-claims.jsonl", claims)
    return load_staged(db, a, c, run_id=name)


def table_rows(db: Path, sql: str) -> list[tuple]:
    return run_sql(db, sql)[1]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "dealwatch.duckdb"


def snapshot(db: Path) -> tuple[list, list]:
    return (
        table_rows(db, "SELECT * FROM articles ORDER BY article_id"),
        table_rows(db, "SELECT * FROM claims ORDER BY claim_id"),
    )


def two_articles(tmp_path: Path, db: Path) -> None:
    load(tmp_path, db, [article("a1", "Blatt", TEXT_A), article("a2", "Kurier", TEXT_B)], [
        price("c1", "a1", 19e9), price("c2", "a2", 20e9),
    ], name="first")


# ---------------------------------------------------------------- schema


def test_migrations_create_tables_views_and_contract_columns(db: Path) -> None:
    connect(db).close()
    names = {r[0] for r in table_rows(db, "SELECT table_name FROM information_schema.tables")}
    assert {"articles", "claims", "runs", "schema_migrations", "price_claims", "contradictions"} <= names
    cols = {
        (r[0], r[1]) for r in table_rows(db, "SELECT table_name, column_name FROM information_schema.columns")
    }
    for column in ("article_id", "url", "canonical_url", "outlet", "title", "authors", "published",
                   "language", "text", "html_sha256", "fetched_at"):
        assert ("articles", column) in cols
    for column in ("claim_id", "article_id", "type", "value", "currency", "qualifier", "data_type",
                   "shared", "stance", "scope", "year", "text", "start_char", "end_char", "sentence",
                   "extractor_version"):
        assert ("claims", column) in cols
    for column in ("question", "value_a", "value_b", "outlets_a", "outlets_b", "articles_a",
                   "articles_b", "claims_a", "claims_b"):
        assert ("contradictions", column) in cols
    versions = [r[0] for r in table_rows(db, "SELECT version FROM schema_migrations ORDER BY version")]
    connect(db).close()  # a second open applies nothing again
    assert [r[0] for r in table_rows(db, "SELECT version FROM schema_migrations ORDER BY version")] == versions
    assert versions[:2] == [1, 2]


# ---------------------------------------------------------------- load


def test_load_twice_gives_same_rows(tmp_path: Path, db: Path) -> None:
    two_articles(tmp_path, db)
    first = snapshot(db)
    counts = load(tmp_path, db, [article("a1", "Blatt", TEXT_A), article("a2", "Kurier", TEXT_B)], [
        price("c1", "a1", 19e9), price("c2", "a2", 20e9),
    ], name="first")
    assert counts == {"articles": 2, "claims": 2}
    assert snapshot(db) == first
    assert len(first[0]) == 2 and len(first[1]) == 2


def test_load_stores_fields_and_reextraction_replaces_claims(tmp_path: Path, db: Path) -> None:
    two_articles(tmp_path, db)
    row = table_rows(db, "SELECT authors, published_date::VARCHAR, fetched_at::VARCHAR, first_run_id FROM articles WHERE article_id = 'a1'")
    assert row == [(["A. Autor"], "2014-02-20", "2026-11-24 12:00:00", "first")]
    load(tmp_path, db, [article("a1", "Blatt", TEXT_A, title="Neu")], [price("c9", "a1", 19e9, qualifier="approx")], name="second")
    assert table_rows(db, "SELECT claim_id, qualifier, run_id FROM claims WHERE article_id = 'a1'") == [("c9", "approx", "second")]
    assert table_rows(db, "SELECT title, first_run_id, last_run_id FROM articles WHERE article_id = 'a1'") == [("Neu", "first", "second")]
    # a2 was not in the second input: untouched
    assert table_rows(db, "SELECT claim_id FROM claims WHERE article_id = 'a2'") == [("c2",)]


def test_missing_claims_file_means_no_claims(tmp_path: Path, db: Path) -> None:
    a = write_jsonl(tmp_path / "articles.jsonl", [article("a1", "Blatt", TEXT_A)])
    assert load_staged(db, a, tmp_path / "absent.jsonl") == {"articles": 1, "claims": 0}


@pytest.mark.parametrize("bad_line, reason", [
    ("{not json", "not valid JSON"),
    ('["a list"]', "expected a JSON object"),
    ('{"article_id": "a9"}', "missing 'url'"),
])
def test_malformed_article_line_raises_and_changes_nothing(tmp_path: Path, db: Path, bad_line: str, reason: str) -> None:
    two_articles(tmp_path, db)
    before = snapshot(db)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(article("a3", "Neu", "x")) + "\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"bad\.jsonl:2: .*{reason}"):
        load_staged(db, path, tmp_path / "none.jsonl")
    assert snapshot(db) == before


def test_unreadable_input_is_a_value_error(tmp_path: Path, db: Path) -> None:
    with pytest.raises(ValueError, match=r"absent\.jsonl: cannot read"):
        load_staged(db, tmp_path / "absent.jsonl", tmp_path / "none.jsonl")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(json.dumps(article("a1", "Blatt", "t")).encode() + b"\n\xff\xfe\n")
    with pytest.raises(ValueError, match=r"binary\.jsonl:2: not UTF-8"):
        load_staged(db, binary, tmp_path / "none.jsonl")


def test_malformed_claim_line_raises_and_changes_nothing(tmp_path: Path, db: Path) -> None:
    two_articles(tmp_path, db)
    before = snapshot(db)
    a = write_jsonl(tmp_path / "a.jsonl", [article("a1", "Blatt", "geändert")])
    c = write_jsonl(tmp_path / "c.jsonl", [price("c1", "a1", 19e9), {**price("c3", "a1", 1.0), "start": "zwei"}])
    with pytest.raises(ValueError, match=r"c\.jsonl:2: 'start' must be an integer"):
        load_staged(db, a, c)
    assert snapshot(db) == before


def test_claim_for_unknown_article_rolls_back(tmp_path: Path, db: Path) -> None:
    two_articles(tmp_path, db)
    before = snapshot(db)
    with pytest.raises(ValueError, match=r"unknown article_id 'zz'"):
        load(tmp_path, db, [article("a3", "Neu", "x")], [price("c5", "zz", 1e9)], name="third")
    assert snapshot(db) == before


def test_crash_mid_load_rolls_back(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    two_articles(tmp_path, db)
    before = snapshot(db)
    real = load_module.insert_articles

    def insert_then_crash(conn, rows):  # type: ignore[no-untyped-def]
        real(conn, rows)
        raise RuntimeError("simulated crash after the articles insert")

    monkeypatch.setattr(load_module, "insert_articles", insert_then_crash)
    with pytest.raises(RuntimeError, match="simulated crash"):
        load(tmp_path, db, [article("a1", "Blatt", "anders", title="Geändert"), article("a3", "Neu", "x")],
             [price("c7", "a3", 1e9)], name="crash")
    assert snapshot(db) == before


# ---------------------------------------------------------------- contradictions


def contradictions(db: Path) -> list[dict[str, Any]]:
    cols, rows = run_sql(db, "SELECT * FROM contradictions ORDER BY question, value_a, value_b")
    return [dict(zip(cols, r)) for r in rows]


def test_price_19_vs_20_exact_is_one_row_whatever_the_claim_count(tmp_path: Path, db: Path) -> None:
    articles = [article(f"a{i}", f"Outlet{i}", "t") for i in range(1, 5)]
    claims = [price("c1", "a1", 19e9), price("c2", "a2", 19e9), price("c3", "a3", 20e9), price("c4", "a4", 20e9)]
    load(tmp_path, db, articles, claims)
    rows = contradictions(db)
    assert len(rows) == 1
    row = rows[0]
    assert row["question"] == "price"
    assert (row["value_a"], row["value_b"]) == ("19 bn USD (exact)", "20 bn USD (exact)")
    assert row["outlets_a"] == ["Outlet1", "Outlet2"] and row["outlets_b"] == ["Outlet3", "Outlet4"]
    assert row["articles_a"] == ["a1", "a2"] and row["articles_b"] == ["a3", "a4"]
    assert row["claims_a"] == ["c1", "c2"] and row["claims_b"] == ["c3", "c4"]


@pytest.mark.parametrize("other, expected", [
    (price("c2", "a2", 20e9, qualifier="at_most"), 0),    # "fast 20": [17, 20] holds 19
    (price("c2", "a2", 20e9, qualifier="approx"), 0),     # "rund 20": [18, 22] holds 19
    (price("c2", "a2", 22e9, qualifier="approx"), 1),     # "rund 22": [19.8, 24.2] excludes 19
    (price("c2", "a2", 16e9, qualifier="at_least"), 1),   # "mehr als 16": [16, 18.4] excludes 19
    (price("c2", "a2", 18e9, qualifier="at_least"), 0),   # "mehr als 18": [18, 20.7] holds 19
    (price("c2", "a2", 19e9 + 0.3, qualifier="exact"), 0),  # float noise (below a unit) is not a disagreement
    (price("c2", "a2", 16e9, currency="EUR"), 0),         # EUR is never compared with USD
    (price("c2", "a2", 16e9, currency=None), 0),          # no currency stated: not compared
])
def test_price_ranges(tmp_path: Path, db: Path, other: dict, expected: int) -> None:
    load(tmp_path, db, [article("a1", "Blatt", "t"), article("a2", "Kurier", "t")], [price("c1", "a1", 19e9), other])
    assert len([r for r in contradictions(db) if r["question"] == "price"]) == expected


def test_eur_compared_with_eur(tmp_path: Path, db: Path) -> None:
    load(tmp_path, db, [article("a1", "Blatt", "t"), article("a2", "Kurier", "t"), article("a3", "Welt", "t")], [
        price("c1", "a1", 13.8e9, currency="EUR"), price("c2", "a2", 14.5e9, currency="EUR"),
        price("c3", "a3", 19e9, currency="USD"),
    ])
    rows = contradictions(db)
    assert [(r["value_a"], r["value_b"]) for r in rows] == [("13.8 bn EUR (exact)", "14.5 bn EUR (exact)")]


def test_same_article_does_not_contradict_itself(tmp_path: Path, db: Path) -> None:
    load(tmp_path, db, [article("a1", "Blatt", "t")], [
        price("c1", "a1", 19e9), price("c2", "a1", 20e9),
        claim("c3", "a1", "opt_out", "möglich", stance="possible", scope="ads"),
        claim("c4", "a1", "opt_out", "nicht möglich", stance="not_possible", scope="ads"),
        claim("c5", "a1", "data_shared", "Nummer", data_type="phone_number", shared=True),
        claim("c6", "a1", "data_shared", "Nummer", data_type="phone_number", shared=False),
    ])
    assert contradictions(db) == []


def test_opt_out_and_data_shared_rows(tmp_path: Path, db: Path) -> None:
    load(tmp_path, db, [article("a1", "Blatt", "t"), article("a2", "Kurier", "t")], [
        claim("c1", "a1", "opt_out", "möglich", stance="possible", scope="ads"),
        claim("c2", "a2", "opt_out", "nicht möglich", stance="not_possible", scope="ads"),
        claim("c3", "a1", "data_shared", "Nummer", data_type="phone_number", shared=True),
        claim("c4", "a2", "data_shared", "Nummer", data_type="phone_number", shared=False),
        claim("c5", "a2", "data_shared", "Inhalte", data_type="message_content", shared=False),
    ])
    rows = {r["question"]: r for r in contradictions(db)}
    assert set(rows) == {"opt_out", "data_shared:phone_number"}
    assert (rows["opt_out"]["value_a"], rows["opt_out"]["value_b"]) == ("possible (ads)", "not_possible (ads)")
    assert rows["opt_out"]["outlets_a"] == ["Blatt"] and rows["opt_out"]["articles_b"] == ["a2"]
    assert rows["data_shared:phone_number"]["claims_a"] == ["c3"]
    assert rows["data_shared:phone_number"]["claims_b"] == ["c4"]


@pytest.mark.parametrize("possible_scope, not_possible_scope, expected", [
    ("ads", "friend_suggestions", 0),     # different specific scopes
    ("ads", "all_sharing", 0),            # refusing ads use while sharing itself cannot be refused
    ("all_sharing", "ads", 1),            # opting out of everything includes ads
    ("unspecified", "ads", 1),
    ("ads", "unspecified", 1),
    (None, "phone_number", 1),            # no scope counts as unspecified
])
def test_opt_out_scope_rule(tmp_path: Path, db: Path, possible_scope: str | None, not_possible_scope: str, expected: int) -> None:
    load(tmp_path, db, [article("a1", "Blatt", "t"), article("a2", "Kurier", "t")], [
        claim("c1", "a1", "opt_out", "möglich", stance="possible", scope=possible_scope),
        claim("c2", "a2", "opt_out", "nicht möglich", stance="not_possible", scope=not_possible_scope),
    ])
    assert len(contradictions(db)) == expected


# ---------------------------------------------------------------- runs


def test_runs_are_recorded(db: Path) -> None:
    start_run(db, "r1", ["https://example/sitemap.xml"])
    assert table_rows(db, "SELECT state, sources, ended_at FROM runs") == [("running", ["https://example/sitemap.xml"], None)]
    finish_run(db, "r1", "failed", {"pages_seen": 3, "articles_crawled": 2}, error="boom\nsecond line")
    row = table_rows(db, "SELECT state, pages_seen, articles_crawled, claims_loaded, error, counts->>'pages_seen' FROM runs")
    assert row == [("failed", 3, 2, None, "boom", "3")]


# ---------------------------------------------------------------- errors


def test_corrupt_file_raises_and_is_left_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "x.duckdb"
    garbage = bytes(range(256)) * 64
    bad.write_bytes(garbage)
    with pytest.raises(WarehouseError, match=r"x\.duckdb is not a DuckDB file \(or is corrupt\)"):
        connect(bad)
    with pytest.raises(WarehouseError):
        load_staged(bad, write_jsonl(tmp_path / "a.jsonl", [article("a1", "Blatt", "t")]), tmp_path / "none")
    with pytest.raises(WarehouseError):
        run_sql(bad, "SELECT 1")
    assert bad.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "x.duckdb"]


def test_run_sql_missing_db_and_bad_sql(tmp_path: Path, db: Path) -> None:
    with pytest.raises(WarehouseError, match="no warehouse at"):
        run_sql(tmp_path / "nope.duckdb", "SELECT 1")
    assert not (tmp_path / "nope.duckdb").exists()
    connect(db).close()
    with pytest.raises(WarehouseError, match=r"^SQL error: Parser Error: syntax error[^\n]*$"):
        run_sql(db, "SELEC 1")
    with pytest.raises(WarehouseError, match="SQL error"):
        run_sql(db, "DELETE FROM articles")  # the connection is read-only


def test_run_sql_and_formats(tmp_path: Path, db: Path) -> None:
    two_articles(tmp_path, db)
    cols, rows = run_sql(db, "SELECT article_id, outlet, authors, published_date, NULL AS nothing, repeat('x', 100) AS long FROM articles ORDER BY article_id")
    assert cols == ["article_id", "outlet", "authors", "published_date", "nothing", "long"]
    assert [r[:2] for r in rows] == [("a1", "Blatt"), ("a2", "Kurier")]

    table = format_table(cols, rows).splitlines()
    assert table[0].split() == cols
    assert set(table[1].replace(" ", "")) == {"-"}
    assert table[2].startswith("a1          Blatt")
    assert "x" * 59 + "…" in table[2] and "x" * 61 not in table[2]
    assert "NULL" in table[2] and table[-1] == "(2 rows)"

    csv_lines = format_csv(cols, rows).splitlines()
    assert csv_lines[0] == "article_id,outlet,authors,published_date,nothing,long"
    assert csv_lines[1].startswith('a1,Blatt,"[""A. Autor""]",2014-02-20,,xxx')

    records = json.loads(format_json(cols, rows))
    assert records[0]["published_date"] == "2014-02-20" and records[0]["authors"] == ["A. Autor"]
    assert records[0]["nothing"] is None and len(records) == 2
    assert format_json(*run_sql(db, "SELECT 1.50::DECIMAL(4,2) AS d")) .strip() == '[\n  {\n    "d": "1.50"\n  }\n]'


def test_warehouse_locked_by_another_process(tmp_path: Path, db: Path) -> None:
    import subprocess
    import sys

    connect(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseError, match=r"is locked by another process"):
            connect(db)
        with pytest.raises(WarehouseError, match=r"is locked by another process"):
            run_sql(db, "SELECT 1")
    finally:
        holder.communicate(input="", timeout=30)
    assert run_sql(db, "SELECT count(*) FROM articles")[1] == [(0,)]
