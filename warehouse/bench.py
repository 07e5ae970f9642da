"""Timings of the warehouse for `make bench` (the bench engineer calls these; never run by the tests).

    python -m warehouse.bench [N_CLAIMS] [N_ARTICLES_FOR_CONTRADICTIONS]

`time_load` measures `load_staged` of a claims.jsonl of N claims whose
articles are stored already (streamed by DuckDB's JSON reader, checked
against the ENUM, CHECK and NOT NULL constraints and the loader's SQL checks,
written on a copy of the warehouse and published with fsync and rename) side
by side with `arrow_reference` below; the target is a ratio of at most 2.
`time_contradictions` measures the `contradictions` view (target: under 1 s
at 100,000 articles).

`arrow_reference` is the other side of the target's ratio as `make bench`
measures it (`python -m bench.stage arrow_claims`, alternating with the
load, each in its own process): the same claim rows, already in an Arrow
table, inserted by DuckDB into the warehouse's own `claims` table (same
ENUM types, CHECK and NOT NULL constraints) in a fresh file-backed
warehouse, committed and checkpointed; that is what the load does minus
reading JSON and the copy-on-write publish. For comparison it also times
the insert into an unconstrained table of a fresh file (the older
reference) and into `:memory:` (no compression, nothing written).
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.json as pa_json

from warehouse.db import connect
from warehouse.load import article_table, claim_table, load_staged, load_tables
from warehouse.publish import writing
from warehouse.records import ARTICLE_COLUMNS, CLAIM_COLUMNS

_PRICES = np.array([16e9, 19e9, 20e9, 21.8e9, 22e9, 13.8e9])
_SCOPES = ("ads", "friend_suggestions", "phone_number", "all_sharing", "unspecified")
_DATA_TYPES = ("phone_number", "usage_data", "metadata", "contacts", "other")


def synthetic(n_articles: int, claims_per_article: int = 3, n_outlets: int = 40, seed: int = 7) -> tuple[pa.Table, pa.Table]:
    """Articles and claims (price, opt_out, data_shared in turn) as the loader's Arrow tables."""
    rng = np.random.default_rng(seed)
    ids = [f"{i:016x}" for i in range(n_articles)]
    outlet = rng.integers(0, n_outlets, n_articles)
    day = rng.integers(0, 2900, n_articles)
    article_rows = []
    for i, aid in enumerate(ids):
        host = f"outlet{outlet[i]}.example"
        published = (np.datetime64("2014-01-01") + int(day[i])).astype(str)
        row: dict[str, Any] = dict.fromkeys(ARTICLE_COLUMNS)
        row.update(article_id=aid, url=f"https://{host}/{aid}", canonical_url=f"https://{host}/{aid}",
                   outlet_id=host, outlet=f"Outlet {outlet[i]}", title="Titel", authors=[], related=[],
                   published=published, published_date=np.datetime64(published, "D").astype(object),
                   language="de", text="Text")
        article_rows.append(tuple(row[c] for c in ARTICLE_COLUMNS))
    n = n_articles * claims_per_article
    kind = np.arange(n) % 3
    price_pick = rng.integers(0, len(_PRICES), n)
    claim_rows = []
    for j in range(n):
        row = dict.fromkeys(CLAIM_COLUMNS)
        row.update(claim_id=f"c{j:015x}", article_id=ids[j // claims_per_article], text="x", start_char=0, end_char=1,
                   sentence="x", extractor_version="bench")
        if kind[j] == 0:
            value = float(_PRICES[price_pick[j]])
            row.update(type="price", value=value, currency="EUR" if value == 13.8e9 else "USD", qualifier="exact",
                       moment="closing" if value >= 21.8e9 else "announced")
        elif kind[j] == 1:
            row.update(type="opt_out", stance="possible" if j % 7 else "not_possible", scope=_SCOPES[j % 5])
        else:
            row.update(type="data_shared", data_type=_DATA_TYPES[j % 5], shared=bool(j % 11))
        claim_rows.append(tuple(row[c] for c in CLAIM_COLUMNS))
    return article_table(article_rows, "bench"), claim_table(claim_rows, "bench")


def _write_staged(articles: pa.Table, claims: pa.Table, run_dir: Path) -> tuple[Path, Path]:
    """The tables as a staged run's articles.jsonl and claims.jsonl (the loader's real input)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    a_path, c_path = run_dir / "articles.jsonl", run_dir / "claims.jsonl"
    with a_path.open("w", encoding="utf-8") as out:
        for row in articles.drop_columns(["published_date", "run_id"]).to_pylist():
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    with c_path.open("w", encoding="utf-8") as out:
        for row in claims.drop_columns(["run_id"]).to_pylist():
            row["start"], row["end"] = row.pop("start_char"), row.pop("end_char")
            out.write(json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False) + "\n")
    return a_path, c_path


def time_load(n_claims: int = 1_000_000, workdir: Path | None = None) -> dict[str, float]:
    """Seconds to load a staged claims.jsonl of `n_claims` claims (their articles already stored) vs
    DuckDB's own insert of the same claim rows from an Arrow table into the warehouse's `claims` (`arrow_reference`)."""
    articles, claims = synthetic(max(n_claims // 3, 1))
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        a_path, c_path = _write_staged(articles, claims, Path(tmp) / "run")
        empty = Path(tmp) / "empty.jsonl"
        empty.write_text("", encoding="utf-8")
        db = Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        load_staged(db, a_path, empty, run_id="bench-articles")
        articles_seconds = time.perf_counter() - started
        started = time.perf_counter()
        load_staged(db, empty, c_path, run_id="bench-claims")
        load_seconds = time.perf_counter() - started

        reference_seconds = arrow_reference(c_path, Path(tmp))["seconds"]  # the file's reading is not timed
    return {"claims": float(claims.num_rows), "articles": float(articles.num_rows),
            "articles_seconds": articles_seconds, "load_seconds": load_seconds,
            "arrow_reference_seconds": reference_seconds, "ratio": load_seconds / reference_seconds}


def time_contradictions(n_articles: int = 100_000, workdir: Path | None = None) -> dict[str, float]:
    """Seconds for `SELECT * FROM contradictions` over `n_articles` articles (best of three)."""
    articles, claims = synthetic(n_articles)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        db = Path(tmp) / "bench.duckdb"
        with writing(db) as conn:
            load_tables(conn, articles, claims)
        conn = duckdb.connect(str(db), read_only=True)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            n_rows = len(conn.execute("SELECT * FROM contradictions").fetchall())
            best = min(best, time.perf_counter() - started)
        conn.close()
    return {"articles": float(n_articles), "claims": float(claims.num_rows), "rows": float(n_rows), "seconds": best}


def claims_arrow(claims_jsonl: Path, cache: Path) -> pa.Table:
    """The staged claims as an Arrow table in the warehouse's `claims` columns (run_id included).

    Built once from the file (pyarrow's JSON reader; `start`/`end` renamed, the price `moment`
    default filled as the loader fills it) and kept at `cache` (Arrow IPC), so the reference's
    later rounds start from the same table without reading JSON again.
    """
    if cache.is_file():
        return feather.read_table(str(cache), memory_map=True)
    raw = pa_json.read_json(str(claims_jsonl))
    conn = duckdb.connect()
    conn.register("raw", raw)
    names = set(raw.column_names)
    def col(name: str, sql_type: str) -> str:
        return f'"{name}"::{sql_type}' if name in names else f"NULL::{sql_type}"
    table = conn.execute(
        f"SELECT claim_id, article_id, type, {col('value', 'DOUBLE')} AS value, {col('currency', 'VARCHAR')} AS currency, "
        f"{col('qualifier', 'VARCHAR')} AS qualifier, CASE WHEN type = 'price' THEN coalesce({col('moment', 'VARCHAR')}, "
        f"'unspecified') END AS moment, {col('data_type', 'VARCHAR')} AS data_type, {col('shared', 'BOOLEAN')} AS shared, "
        f"{col('stance', 'VARCHAR')} AS stance, {col('scope', 'VARCHAR')} AS scope, {col('year', 'INTEGER')} AS year, "
        f"text, \"start\"::INTEGER AS start_char, \"end\"::INTEGER AS end_char, sentence, extractor_version, "
        f"'bench'::VARCHAR AS run_id FROM raw").fetch_arrow_table()
    conn.close()
    feather.write_feather(table, str(cache), compression="uncompressed")
    return table


def _timed(run: Any) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return {"seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu}


def arrow_reference(claims_jsonl: Path, workdir: Path, *, variants: bool = True) -> dict[str, Any]:
    """DuckDB's own insert of the staged claims from an Arrow table, three ways (see the module's doc).

    `warehouse` (the target's reference): into a fresh file-backed warehouse's `claims`, with its
    constraints, BEGIN / INSERT / COMMIT / CHECKPOINT timed; `unconstrained_file`: into a table
    created from the Arrow schema in a fresh file; `memory`: into the same in `:memory:`. The last two are
    information only (no target reads them): `variants=False` leaves them out (`make bench QUICK=1`'s scale rounds
    since session 53, speed53: about 2.5 s a round; `variants` in the result says which ran).
    """
    table = claims_arrow(claims_jsonl, workdir / "claims.arrow")
    result: dict[str, Any] = {"rows": table.num_rows, "variants": variants}
    with tempfile.TemporaryDirectory(dir=workdir, prefix="arrow-ref-") as tmp:
        conn = connect(Path(tmp) / "reference.duckdb")  # the warehouse's migrations: same table, same constraints
        conn.execute("SET preserve_insertion_order = false")  # as the load sets it
        conn.register("staged", table)
        columns = ", ".join(table.column_names)

        def into_warehouse() -> None:
            conn.execute("BEGIN TRANSACTION")
            conn.execute(f"INSERT INTO claims ({columns}) SELECT {columns} FROM staged")
            conn.execute("COMMIT")
            conn.execute("CHECKPOINT")

        result["warehouse"] = _timed(into_warehouse)
        conn.close()
        others = (("unconstrained_file", str(Path(tmp) / "plain.duckdb")), ("memory", ":memory:")) if variants else ()
        for name, target in others:
            plain = duckdb.connect(target)
            plain.register("staged", table)
            plain.execute("CREATE TABLE claims AS SELECT * FROM staged LIMIT 0")

            def insert(plain: duckdb.DuckDBPyConnection = plain) -> None:
                plain.execute("BEGIN TRANSACTION")
                plain.execute("INSERT INTO claims SELECT * FROM staged")
                plain.execute("COMMIT")
                plain.execute("CHECKPOINT")

            result[name] = _timed(insert)
            plain.close()
    result["seconds"] = result["warehouse"]["seconds"]
    return result


def main(argv: list[str]) -> int:
    """Print both timings."""
    n_claims = int(argv[0]) if argv else 1_000_000
    n_articles = int(argv[1]) if len(argv) > 1 else 100_000
    load = time_load(n_claims)
    print(f"load {load['articles']:.0f} articles: {load['articles_seconds']:.2f} s")
    print(f"load {load['claims']:.0f} claims: {load['load_seconds']:.2f} s; "
          f"DuckDB's own Arrow insert of the same rows: {load['arrow_reference_seconds']:.2f} s; ratio {load['ratio']:.2f} (target <= 2)")
    view = time_contradictions(n_articles)
    print(f"contradictions over {view['articles']:.0f} articles ({view['claims']:.0f} claims): "
          f"{view['seconds']:.3f} s, {view['rows']:.0f} rows (target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
