"""Warehouse: migrations, transactional bulk load, errors, ad-hoc SQL (contradictions: test_warehouse_contradictions.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from warehouse import load as load_module
from warehouse.db import connect
from warehouse.errors import WarehouseError
from warehouse.load import load_staged
from warehouse.query import format_csv, format_json, format_table, run_sql
from warehouse.runs import finish_run, start_run

from tests.fixtures.warehouse_data import TEXT_A, TEXT_B, article, claim, load, opt_out, price, write_jsonl
from tests.fixtures.warehouse_data import rows as table_rows


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
    assert {"articles", "claims", "outlets", "runs", "schema_migrations", "price_claims", "contradictions",
            "contradiction_pairs", "open_contradictions", "coverage", "events", "reference_rates"} <= names
    cols = {
        (r[0], r[1]) for r in table_rows(db, "SELECT table_name, column_name FROM information_schema.columns")
    }
    for column in ("article_id", "url", "canonical_url", "outlet", "outlet_id", "title", "authors", "published",
                   "language", "text", "html_sha256", "fetched_at", "found_via", "capture_url", "lastmod"):
        assert ("articles", column) in cols
    for column in ("claim_id", "article_id", "type", "value", "currency", "qualifier", "moment", "data_type",
                   "shared", "stance", "scope", "year", "text", "start_char", "end_char", "sentence",
                   "extractor_version"):
        assert ("claims", column) in cols
    for column in ("question_id", "question_type", "subject", "n_sides", "sides", "consensus",
                   "consensus_outlets", "explanation", "n_outlets", "n_articles"):
        assert ("contradictions", column) in cols and ("open_contradictions", column) in cols
    for column in ("question_id", "claim_id_a", "claim_id_b", "article_id_a", "article_id_b", "outlet_id_a",
                   "outlet_id_b", "side_a", "side_b", "explanation"):
        assert ("contradiction_pairs", column) in cols
    for column in ("outlet_id", "name", "hosts", "country", "kind"):
        assert ("outlets", column) in cols
    versions = [r[0] for r in table_rows(db, "SELECT version FROM schema_migrations ORDER BY version")]
    connect(db).close()  # a second open applies nothing again
    assert [r[0] for r in table_rows(db, "SELECT version FROM schema_migrations ORDER BY version")] == versions
    assert versions[:5] == [1, 2, 3, 4, 5]


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
    real = load_module.insert_claims

    def write_then_crash(*args):  # type: ignore[no-untyped-def]
        real(*args)
        raise RuntimeError("simulated crash after the writes")

    monkeypatch.setattr(load_module, "insert_claims", write_then_crash)
    with pytest.raises(RuntimeError, match="simulated crash"):
        load(tmp_path, db, [article("a1", "Blatt", "anders", title="Geändert"), article("a3", "Neu", "x")],
             [price("c7", "a3", 1e9)], name="crash")
    assert snapshot(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["dealwatch.duckdb", "dealwatch.duckdb.lock"]


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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "x.duckdb"]  # no copy, no lock file left


def test_run_sql_missing_db_and_bad_sql(tmp_path: Path, db: Path) -> None:
    with pytest.raises(WarehouseError, match="no warehouse at"):
        run_sql(tmp_path / "nope.duckdb", "SELECT 1")
    assert not (tmp_path / "nope.duckdb").exists()
    connect(db).close()
    with pytest.raises(WarehouseError, match=r"^SQL error: Parser Error: syntax error[^\n]*$"):
        run_sql(db, "SELEC 1")
    with pytest.raises(WarehouseError, match=r"^dealwatch sql is read-only: DELETE statements are refused$"):
        run_sql(db, "SELECT 1; DELETE FROM articles")


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


def test_clean_claims_take_the_bulk_path(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_line_by_line(path: Path) -> None:
        raise AssertionError("the line-by-line parser was used for a clean file")

    monkeypatch.setattr(load_module, "_parse_claims", no_line_by_line)
    monkeypatch.setattr(load_module, "_parse_articles", no_line_by_line)
    other_fields = {**claim("c3", "a1", "opt_out", "widersprechen", stance="possible", scope="ads"), "value": None}
    counts = load(tmp_path, db, [article("a1", "Blatt", TEXT_A)], [
        {k: v for k, v in price("c1", "a1", 19e9).items() if k != "moment"},  # staged before `moment` existed
        price("c2", "a1", 21e9, moment="closing"), other_fields,
    ])
    assert counts == {"articles": 1, "claims": 3}
    assert table_rows(db, "SELECT claim_id, value, moment, scope FROM claims ORDER BY claim_id") == [
        ("c1", 19e9, "unspecified", None), ("c2", 21e9, "closing", None), ("c3", None, None, "ads")]


def test_one_pass_load_replaces_exactly_the_claims_of_the_loaded_articles(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bulk path appends first and then deletes the older claims of the articles the new
    # rows name (row ids above the mark taken before the insert): stored claims of other
    # articles, and the new rows themselves, must survive; an article loaded without claims
    # loses its old ones.
    load(tmp_path, db, [article(f"a{i}", "Blatt") for i in range(1, 5)],
         [price("old1", "a1", 19e9), price("old2", "a2", 20e9), price("old3", "a3", 21e9), price("old4", "a4", 16e9)],
         name="first")
    monkeypatch.setattr(load_module, "_parse_claims", lambda path: pytest.fail("line-by-line path taken"))
    counts = load(tmp_path, db, [article("a4", "Blatt")],  # a4: loaded again, no claims in the new file
                  [price("new1", "a1", 22e9), price("new1b", "a1", 19e9), price("new3", "a3", 13.8e9, currency="EUR")],
                  name="second")
    assert counts == {"articles": 1, "claims": 3}
    assert table_rows(db, "SELECT claim_id, article_id, run_id FROM claims ORDER BY claim_id") == [
        ("new1", "a1", "second"), ("new1b", "a1", "second"), ("new3", "a3", "second"), ("old2", "a2", "first")]


def test_a_recorded_load_reports_its_steps(tmp_path: Path, db: Path) -> None:
    from warehouse.steps import recording

    two_articles(tmp_path, db)
    with recording() as steps:
        load(tmp_path, db, [article("a3", "Welt")], [price("c3", "a3", 22e9)], name="second")
    assert {"copy", "insert claims (read_json, constraints)", "check unique claim ids", "commit", "checkpoint",
            "fsync and rename"} <= set(steps)
    assert all(v["seconds"] >= 0 and v["cpu_seconds"] >= 0 for v in steps.values())
    # Each step carries the process's peak memory so far, so it never falls from one step to the next.
    peaks = [v["peak_mb"] for v in steps.values()]
    assert peaks[0] > 0 and peaks == sorted(peaks)
    with recording() as quiet:
        pass
    load(tmp_path, db, [article("a4", "Welt")], [], name="third")  # outside recording(): nothing is kept
    assert quiet == {}


MIXED_ARTICLES = [
    article("m1", "Blatt", TEXT_A, fetched_at="2026-11-24T12:00:00+01:00", published="2014-02-20T09:30:00+01:00"),
    article("m2", "Kurier", TEXT_B, fetched_at="2026-11-24T12:00:00", published="20. Februar 2014", authors=None),
    {**article("m3", "Welt", "t", url="https://WWW.Welt.example:8443/m3?x=1", capture_url="https://web.archive.org/x",
               capture_time="2016-08-25T10:00:00.250000Z", related=["m1"]), "outlet": "DIE WELT"},
    {**article("m4", "Blatt", "t", url="https://m.blatt.example/m4", fetched_at="2026-11-24"), "outlet": None},
    {**article("m5", "Blatt", "t", url="file:///tmp/m5.html", outlet_id="quelle/eigene"), "outlet": "Eigene Quelle"},
    article("m6", "Kurier", "t", published=None, title=None, lastmod="2016-08-25"),
]


def test_the_bulk_path_stores_articles_as_the_line_by_line_path_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = [{"outlet_id": "welt", "name": "Die Welt", "hosts": ["welt.example"], "aliases": ["DIE WELT"]}]
    claims = [price("p1", "m1", 19e9), opt_out("p2", "m3", "possible", "ads")]
    stored = {}
    for path in ("bulk", "line_by_line"):
        if path == "line_by_line":
            def refuse(*args: object) -> None:
                raise load_module.FastPathRefused("forced")
            monkeypatch.setattr(load_module, "_load_bulk", refuse)
        db = tmp_path / path / "w.duckdb"
        (tmp_path / path).mkdir()
        load(tmp_path / path, db, [article("m1", "Alt", "alt")], [price("p9", "m1", 20e9)], name="before")
        assert load(tmp_path / path, db, MIXED_ARTICLES, claims, outlets=listed, extractor_version="v2") == {
            "articles": 6, "claims": 2}
        stored[path] = (
            table_rows(db, "SELECT * FROM articles ORDER BY article_id"),
            table_rows(db, "SELECT * EXCLUDE (extracted_at) FROM extractions ORDER BY article_id"),
            table_rows(db, "SELECT * FROM outlets ORDER BY outlet_id"),
            table_rows(db, "SELECT * FROM claims ORDER BY claim_id"),
        )
    assert stored["bulk"] == stored["line_by_line"]
    articles = {row[0]: row for row in stored["bulk"][0]}
    assert str(articles["m1"][12]) == "2026-11-24 11:00:00" and str(articles["m1"][8]) == "2014-02-20"  # UTC, date part
    assert articles["m2"][8] is None and articles["m2"][6] == []  # no date in "20. Februar 2014", no authors
    assert articles["m3"][3] == "welt" and articles["m4"][3] == "m.blatt.example" and articles["m5"][3] == "quelle/eigene"
    assert articles["m1"][-3:-1] == ("before", "run")  # first and last run kept by the upsert (then minhash, 014)


def test_a_repeated_article_id_keeps_the_last_record(tmp_path: Path, db: Path) -> None:
    counts = load(tmp_path, db, [article("a1", "Blatt", "erst"), article("a1", "Blatt", "dann")], [price("c1", "a1", 19e9)])
    assert counts == {"articles": 1, "claims": 1}
    assert table_rows(db, "SELECT article_id, text FROM articles") == [("a1", "dann")]


def test_a_repeated_claim_id_keeps_the_last_record(tmp_path: Path, db: Path) -> None:
    counts = load(tmp_path, db, [article("a1", "Blatt", TEXT_A)], [price("c2", "a1", 20e9), price("c2", "a1", 21e9)])
    assert counts == {"articles": 1, "claims": 1}
    assert table_rows(db, "SELECT claim_id, value FROM claims") == [("c2", 21e9)]


@pytest.mark.parametrize("field, bad, reason", [
    ("start", 1.5, r"'start' must be an integer"),
    ("end", "7", r"'end' must be an integer"),
    ("value", "19000000000", r"value must be float, got '19000000000'"),
    ("shared", 1, r"shared must be bool, got 1"),
    ("year", 2014.0, r"year must be int, got 2014\.0"),
])
def test_the_bulk_path_never_converts_a_wrong_json_type(
    tmp_path: Path, db: Path, field: str, bad: object, reason: str
) -> None:
    # DuckDB's typed JSON reader would quietly take 1.5 as 2, "7" as 7 and 1 as true: both paths refuse them.
    two_articles(tmp_path, db)
    before = snapshot(db)
    good = {"price": price("c8", "a1", 19e9), "data_shared": claim("c8", "a1", "data_shared", "Daten", data_type="contacts", shared=True),
            "acquisition_year": claim("c8", "a1", "acquisition_year", "2014", year=2014)}
    kind = {"value": "price", "shared": "data_shared", "year": "acquisition_year"}.get(field, "price")
    with pytest.raises(ValueError, match=rf"run-claims\.jsonl:2: {reason}"):
        load(tmp_path, db, [article("a1", "Blatt", TEXT_A)], [good[kind], {**good[kind], "claim_id": "c9", field: bad}])
    assert snapshot(db) == before


def test_a_claim_id_of_another_article_is_refused_and_changes_nothing(tmp_path: Path, db: Path) -> None:
    # claims has no primary key index (migration 012): the load checks unique claim ids itself.
    two_articles(tmp_path, db)
    before = snapshot(db)
    with pytest.raises(ValueError, match=r"run-claims\.jsonl: claim_id 'c2' is already used by a claim of another article"):
        load(tmp_path, db, [article("a1", "Blatt", TEXT_A)], [price("c2", "a1", 21e9)])
    assert snapshot(db) == before
    load(tmp_path, db, [article("a2", "Kurier", TEXT_B)], [price("c2", "a2", 21e9)])  # its own article: replaced
    assert table_rows(db, "SELECT claim_id, article_id, value FROM claims ORDER BY claim_id") == [
        ("c1", "a1", 19e9), ("c2", "a2", 21e9)]


@pytest.mark.parametrize("bad, reason", [
    ({"scope": "adds"}, r"scope 'adds' is not one of"),
    ({"type": "price", "value": True, "currency": "USD", "qualifier": "exact", "stance": None, "scope": None},
     r"value must be float, got True"),
    ({"stance": None}, r"stance is missing"),
    ({"type": "gerücht"}, r"unknown claim type 'gerücht'"),
])
def test_a_value_the_warehouse_refuses_is_reported_with_its_line(tmp_path: Path, db: Path, bad: dict, reason: str) -> None:
    two_articles(tmp_path, db)
    before = snapshot(db)
    good = claim("c8", "a1", "opt_out", "widersprechen", stance="possible", scope="ads")
    with pytest.raises(ValueError, match=rf"run-claims\.jsonl:2: {reason}"):
        load(tmp_path, db, [article("a1", "Blatt", TEXT_A)], [good, {**good, "claim_id": "c9", **bad}])
    assert snapshot(db) == before
