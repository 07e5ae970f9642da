"""`dealwatch export`, `reextract` and `sql` on the warehouse: outputs, read-only, hostile options."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from models.claims import EXTRACTOR_VERSION
from pipelines import stages
from pipelines.cli import main
from tests.fixtures.warehouse_data import article, load, opt_out, price, rows
from warehouse.lake import attach_export, ducklake_extension_path
from warehouse.read import known_urls

HOSTILE = "x'; DROP TABLE claims; --"


@pytest.fixture
def db(tmp_path: Path, data_home: Path) -> Path:
    path = tmp_path / "w.duckdb"
    load(tmp_path, path, [
        article("a1", "Blatt", lastmod="2014-02-21"), article("a2", "Kurier"), article("a3", "Welt"),
        article("a4", "Welt", published="2014-10-07", capture_url="http://archive.example/a4"),
        article("a5", "Blatt", published=None),
    ], [
        price("c1", "a1", 19e9), price("c2", "a2", 19e9), price("c3", "a3", 20e9),
        price("c4", "a4", 22e9, moment="closing"), opt_out("c5", "a1", "possible", "ads"),
    ])
    return path


def dealwatch(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_parquet_partitions_by_month_and_reads_back(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "export"
    code, out, err = dealwatch(capsys, "export", "--parquet", str(out_dir), "--db", str(db))
    assert (code, err) == (0, "") and "articles 5" in out and "claims 5" in out
    months = sorted(p.name for p in (out_dir / "claims").iterdir())
    assert months == ["month=2014-02", "month=2014-10"]  # a5 (no date) has no claims
    assert sorted(p.name for p in (out_dir / "articles").iterdir()) == ["month=2014-02", "month=2014-10", "month=unknown"]
    con = duckdb.connect()
    back = con.execute(f"SELECT month, count(*) FROM read_parquet('{out_dir}/claims/*/*.parquet', hive_partitioning = true) "
                       "GROUP BY month ORDER BY month").fetchall()
    assert back == [("2014-02", 4), ("2014-10", 1)]
    assert con.execute(f"SELECT outlet_id FROM '{out_dir}/outlets/outlets.parquet' ORDER BY 1").fetchall() == [
        ("blatt.example",), ("kurier.example",), ("welt.example",)]
    # a re-export replaces an earlier export; a directory it did not make is refused with one line
    assert dealwatch(capsys, "export", "--parquet", str(out_dir), "--db", str(db))[0] == 0
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep", encoding="utf-8")
    code, out, err = dealwatch(capsys, "export", "--parquet", str(tmp_path / "mine"), "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "not an earlier dealwatch export" in err
    assert (tmp_path / "mine" / "notes.txt").read_text(encoding="utf-8") == "keep"


def test_export_claimreview_json_ld(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "reviews.jsonld"
    code, out, _ = dealwatch(capsys, "export", "--claimreview", str(target), "--db", str(db))
    assert code == 0 and "exported 5 claims" in out
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org" and len(doc["@graph"]) == 5
    reviews = {r["itemReviewed"]["@id"].rsplit(":", 1)[1]: r for r in doc["@graph"]}
    c1 = reviews["c1"]
    assert c1["@type"] == "ClaimReview" and c1["claimReviewed"] == "x Milliarden"
    assert c1["itemReviewed"]["author"] == {"@type": "Organization", "name": "Blatt", "identifier": "blatt.example"}
    assert c1["itemReviewed"]["appearance"]["url"] == "https://blatt.example/a1"
    assert c1["itemReviewed"]["datePublished"] == "2014-02-20"
    # 19 bn (two outlets) is the consensus against 20 bn and the closing value 22 bn
    verdicts = {cid: r["reviewRating"]["alternateName"] for cid, r in reviews.items()}
    assert verdicts == {"c1": "consensus", "c2": "consensus", "c3": "disputed (consensus: 19000000000 USD)",
                        "c4": "disputed (consensus: 19000000000 USD)", "c5": "undisputed"}


def test_hostile_paths_reach_sql_only_as_quoted_literals(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile_db = tmp_path / f"{HOSTILE}.duckdb"
    hostile_db.write_bytes(db.read_bytes())
    out_dir = tmp_path / HOSTILE
    code, _, err = dealwatch(capsys, "export", "--parquet", str(out_dir), "--claimreview", str(tmp_path / f"{HOSTILE}.json"),
                             "--db", str(hostile_db))
    assert (code, err) == (0, "")
    assert (out_dir / "claims").is_dir() and (tmp_path / f"{HOSTILE}.json").is_file()
    assert dealwatch(capsys, "sql", "SELECT count(*) AS n FROM claims", "--db", str(hostile_db), "--format", "csv")[1] == "n\n5\n"


@pytest.mark.parametrize("query", [
    "DELETE FROM claims",
    "DROP TABLE claims",
    "SELECT 1; DROP TABLE claims",
    "UPDATE claims SET value = 1",
    "CREATE TABLE x AS SELECT 1",
    "COPY claims TO '/tmp/dealwatch-stolen.csv'",
    "ATTACH '/tmp/dealwatch-other.duckdb' AS other",
    "INSTALL httpfs",
    "SET enable_external_access = true",
    "CHECKPOINT",
])
def test_sql_refuses_every_write_with_one_line(db: Path, capsys: pytest.CaptureFixture[str], query: str) -> None:
    code, out, err = dealwatch(capsys, "sql", query, "--db", str(db))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("dealwatch: error: dealwatch sql is read-only:")
    assert rows(db, "SELECT count(*) FROM claims") == [(5,)]
    assert not Path("/tmp/dealwatch-stolen.csv").exists()


def test_sql_cannot_read_other_files(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = dealwatch(capsys, "sql", "SELECT * FROM read_csv('/etc/passwd')", "--db", str(db))
    assert code == 2 and "file system operations are disabled" in err and err.count("\n") == 1


def test_reextract_replaces_claims_of_an_older_extractor(tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    text = "Facebook kauft WhatsApp für 19 Milliarden Dollar. Der Kaufpreis liegt damit weit über den Erwartungen."
    old = {**price("old1", "a1", 16e9), "extractor_version": "0.0.1-old"}
    load(tmp_path, db, [article("a1", "Blatt", text), article("a2", "Kurier", "Kein Preis in diesem Satz.")],
         [old, {**price("old2", "a2", 1e9), "extractor_version": "0.0.1-old"}])
    code, out, err = dealwatch(capsys, "reextract", "--db", str(db))
    assert (code, err) == (0, "") and "for 2 articles" in out
    found = rows(db, "SELECT article_id, value, extractor_version FROM claims WHERE type = 'price' ORDER BY 1")
    assert found == [("a1", 19e9, EXTRACTOR_VERSION)]  # old claims gone, also where nothing new was found
    run_id = out.split()[2].rstrip(":")
    staged = stages.run_dir_for(run_id)  # the input is kept like any run's
    assert (staged / "articles.jsonl").is_file() and (staged / "claims.jsonl").is_file()


def test_known_urls_for_incremental_crawls(db: Path, tmp_path: Path) -> None:
    urls = {u["article_id"]: u for u in known_urls(db)}
    assert set(urls) == {"a1", "a2", "a3", "a4", "a5"}
    assert urls["a1"]["canonical_url"] == "https://blatt.example/a1" and urls["a1"]["lastmod"] == "2014-02-21"
    assert urls["a4"]["capture_url"] == "http://archive.example/a4"
    assert urls["a2"]["fetched_at"] == datetime(2026, 11, 24, 12, 0)
    assert known_urls(tmp_path / "none.duckdb") == []


@pytest.mark.skipif(ducklake_extension_path() is None,
                    reason=f"no duckdb-extension-ducklake wheel for DuckDB {duckdb.__version__} exists on the index")
def test_a_ducklake_catalog_attaches_over_the_parquet_export(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert dealwatch(capsys, "export", "--parquet", str(tmp_path / "export"), "--db", str(db))[0] == 0
    con = duckdb.connect()
    assert "claims" in attach_export(con, tmp_path / "export", tmp_path / "lake.ducklake")
    assert con.execute("SELECT count(*) FROM lake.claims").fetchone() == (5,)


@pytest.mark.parametrize("option", ["--parquet", "--claimreview"])
def test_export_to_an_unwritable_place_is_one_line_and_exit_2(db: Path, capsys: pytest.CaptureFixture[str], option: str) -> None:
    code, out, err = dealwatch(capsys, "export", option, "/proc/no-such-dir/x", "--db", str(db))
    assert code == 2
    assert err.count("\n") == 1 and "not writable" in err and "Traceback" not in err
    assert not out
