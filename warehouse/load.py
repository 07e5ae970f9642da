"""Loading staged runs into the warehouse: bulk, all or nothing, copy-on-write, one publish per load.

A load streams both staged files through DuckDB's JSON reader into the
tables (warehouse/fast_articles.py, fast_claims.py), checked by the
warehouse's constraints and a few SQL checks, in one transaction on a private
copy of the warehouse that is published only when everything succeeded
(warehouse/publish.py). When that bulk path refuses a file, the load starts
over line by line: rows validated in Python against `models.schema` (so a bad
line is reported with its file and line and nothing is written), then handed
to DuckDB as Arrow tables. Re-extraction (`replace_claims`) takes that path too.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.fast_articles import LOADED, upsert_articles
from warehouse.fast_claims import FastPathRefused, delete_replaced, insert_claims, stored_mark, unknown_article
from warehouse.outlets import resolve_outlet_ids, upsert_outlets
from warehouse.publish import writing
from warehouse.related import link_back
from warehouse.staged_claims import fresh_parquet
from warehouse.runs import note_extractions
from warehouse.steps import step
from warehouse.jsonl import read_jsonl
from warehouse.memory import bound_memory
from warehouse.records import ARTICLE_COLUMNS, CLAIM_COLUMNS, article_row, claim_row

_ARTICLE_TYPES: dict[str, pa.DataType] = {
    "authors": pa.list_(pa.string()), "related": pa.list_(pa.string()), "published_date": pa.date32(),
    "fetched_at": pa.timestamp("us"), "capture_time": pa.timestamp("us"), "minhash": pa.list_(pa.uint32()),
}
_CLAIM_TYPES: dict[str, pa.DataType] = {
    "value": pa.float64(), "shared": pa.bool_(), "year": pa.int32(), "start_char": pa.int32(), "end_char": pa.int32(),
}
_UPDATED = [c for c in ARTICLE_COLUMNS if c != "article_id"]
_INSERT_ARTICLES = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, first_run_id, last_run_id) "
    f"SELECT {', '.join(ARTICLE_COLUMNS)}, run_id, run_id FROM staged_articles"
)
# The upsert is slower per row than a plain insert: it is taken only when some articles are stored.
_UPSERT_ARTICLES = (
    f"{_INSERT_ARTICLES} ON CONFLICT (article_id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _UPDATED)}, "
    "first_run_id = coalesce(articles.first_run_id, excluded.first_run_id), "
    "last_run_id = coalesce(excluded.last_run_id, articles.last_run_id)"
)
_INSERT_CLAIMS = (
    f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}, run_id) "
    f"SELECT {', '.join(CLAIM_COLUMNS)}, run_id FROM staged_claims"
)


def load_staged(
    db_path: Path,
    articles_jsonl: Path,
    claims_jsonl: Path,
    *,
    run_id: str | None = None,
    outlets: Iterable[Mapping[str, Any]] = (),
    extractor_version: str | None = None,
) -> dict[str, int]:
    """Load a staged run into the warehouse in one transaction; returns the record counts of the files.

    A malformed line raises `ValueError("file:line: reason")` and nothing is
    written. In one transaction, `outlets` (records of
    `spiders.outlets.outlet_records()`, passed in by pipelines) are upserted,
    articles are upserted by `article_id` (each tied to an outlet), and each
    loaded article's claims are replaced by the claims in `claims_jsonl`:
    claims from a newer extractor replace the older ones, and loading the
    same input twice leaves the same rows. With `extractor_version`, the
    loaded articles are recorded in `extractions` (extracted by that version)
    in the same transaction, so the warehouse never holds claims without their
    extraction record or the reverse. One load publishes the warehouse once.
    Any failure leaves the warehouse as it was. A missing claims file means no claims.
    """
    try:
        return _load_bulk(Path(db_path), Path(articles_jsonl), Path(claims_jsonl), run_id, list(outlets), extractor_version)
    except FastPathRefused:
        pass  # the line-by-line path below names the bad line, or loads what the bulk path could not read
    articles = _parse_articles(Path(articles_jsonl))
    claims = _parse_claims(Path(claims_jsonl))
    with writing(Path(db_path)) as conn:
        upsert_outlets(conn, list(outlets))
        _check_claim_articles(conn, articles, claims, Path(claims_jsonl))
        articles = resolve_outlet_ids(conn, articles)
        claim_rows = claim_table([c[:-1] for c in claims], run_id)
        load_tables(conn, article_table(articles, run_id), claim_rows, extractor_version=extractor_version, run_id=run_id)
        _refuse_shared_claim_ids(conn, Path(claims_jsonl))
    return {"articles": len(articles), "claims": len(claims)}


def _load_bulk(
    db_path: Path, articles_jsonl: Path, claims_jsonl: Path, run_id: str | None,
    outlets: list[Mapping[str, Any]], extractor_version: str | None,
) -> dict[str, int]:
    """`load_staged` with both files streamed by DuckDB (warehouse/fast_articles.py, fast_claims.py):
    nothing of the size of the input is held in Python."""
    if not articles_jsonl.is_file():
        raise FastPathRefused("no articles file")  # the line-by-line path says so in one line
    with writing(db_path) as conn:
        # Bounded memory until the commit and checkpoint: the private copy's small row groups are written
        # out during the inserts, and DuckDB drops them from its cache instead of holding every text.
        bound_memory(conn)  # warehouse/memory.py
        with step("outlets and articles"):
            upsert_outlets(conn, outlets)
            n_articles = upsert_articles(conn, articles_jsonl, run_id)
            if n_articles:
                link_back(conn, LOADED)
        if extractor_version is not None:
            with step("extractions"):
                note_extractions(conn, f"(SELECT article_id, text FROM articles SEMI JOIN {LOADED} USING (article_id))",
                                 extractor_version, run_id)
        mark = stored_mark(conn)
        # Claims have no meaningful order: DuckDB may then insert them in parallel (about 20% faster).
        conn.execute("SET preserve_insertion_order = false")
        parquet = fresh_parquet(conn, claims_jsonl)  # the staged Parquet form, when current
        with step(f"insert claims ({'read_parquet' if parquet else 'read_json'}, constraints)"):
            count = insert_claims(conn, claims_jsonl, run_id, parquet)
        with step("check claim articles"):
            if count and unknown_article(conn, mark) is not None:
                raise FastPathRefused("a claim names an unknown article")
        if mark >= 0:  # else nothing is stored that could be replaced
            with step("delete replaced claims"):
                delete_replaced(conn, mark, LOADED)
        with step("check unique claim ids"):
            # A Parquet form repeats no id (warehouse/staged_claims.py): only the stored claims can share one.
            shared = _stored_claim_id(conn, mark) if parquet is not None else _shared_claim_id(conn)
            if shared is not None:
                raise FastPathRefused("a claim id is used twice")  # the line-by-line path keeps the last or names it
    return {"articles": n_articles, "claims": count}


def article_table(rows: list[tuple[Any, ...]], run_id: str | None) -> pa.Table:
    """Article rows (ARTICLE_COLUMNS order, outlet_id resolved) as an Arrow table with a run_id column."""
    return _table(ARTICLE_COLUMNS, rows, _ARTICLE_TYPES, run_id)


def claim_table(rows: list[tuple[Any, ...]], run_id: str | None) -> pa.Table:
    """Claim rows (CLAIM_COLUMNS order) as an Arrow table with a run_id column."""
    return _table(CLAIM_COLUMNS, rows, _CLAIM_TYPES, run_id)


def load_tables(
    conn: duckdb.DuckDBPyConnection, articles: pa.Table | None, claims: pa.Table | None,
    *, replaced: Iterable[str] = (), extractor_version: str | None = None, run_id: str | None = None,
) -> None:
    """Bulk-write Arrow tables inside the caller's transaction.

    Articles are upserted (and, with `extractor_version`, recorded as
    extracted by it in run `run_id`); every article named by either table or
    by `replaced` loses its old claims (one delete), then the new claims are
    inserted. The vocabularies and per-type fields are enforced by the
    warehouse's constraints, unique claim ids by the caller (`_refuse_shared_claim_ids`).
    """
    if articles is not None and articles.num_rows:
        _write_articles(conn, articles, extractor_version, run_id)
    ids = list(replaced)
    for table in (articles, claims):
        if table is not None:
            ids.extend(table.column("article_id").to_pylist())
    if claims is None or not claims.num_rows:
        _delete_claims(conn, ids)
        return
    conn.register("staged_claims", claims)
    try:
        _delete_claims(conn, ids)
        conn.execute(_INSERT_CLAIMS)
    finally:
        conn.unregister("staged_claims")


def _delete_claims(conn: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Delete the claims of `article_ids` (one statement)."""
    if not article_ids:
        return
    conn.register("replaced_articles", pa.table({"article_id": pa.array(article_ids, pa.string())}))
    try:
        conn.execute("DELETE FROM claims WHERE article_id IN (SELECT article_id FROM replaced_articles)")
    finally:
        conn.unregister("replaced_articles")


def _shared_claim_id(conn: duckdb.DuckDBPyConnection) -> str | None:
    """A claim id stored more than once, else None.

    claims has no primary key index (migration 012): this is the uniqueness check, run in the
    load's transaction after the insert, over the whole table. It groups the ids' 64-bit hashes
    (a third cheaper than grouping the strings); only a repeated hash, a real repeat or a rare
    collision, is looked at again by its ids.
    """
    repeated = [r[0] for r in conn.execute(
        "SELECT hash(claim_id) AS h FROM claims GROUP BY h HAVING count(*) > 1 LIMIT 10").fetchall()]
    if not repeated:
        return None
    found = conn.execute("SELECT claim_id FROM claims WHERE hash(claim_id) IN (SELECT unnest($h::UBIGINT[])) "
                         "GROUP BY claim_id HAVING count(*) > 1 LIMIT 1", {"h": repeated}).fetchall()
    return found[0][0] if found else None


def _stored_claim_id(conn: duckdb.DuckDBPyConnection, mark: int) -> str | None:
    """An id of a claim appended by this load (row id above `mark`) that a claim stored before it still has.

    For appended claims whose ids are unique among themselves; nothing to compare when nothing was stored.
    """
    if mark < 0:
        return None
    found = conn.execute("SELECT claim_id FROM claims WHERE rowid <= $mark AND claim_id IN "
                         "(SELECT claim_id FROM claims WHERE rowid > $mark) LIMIT 1", {"mark": mark}).fetchall()
    return found[0][0] if found else None


def _refuse_shared_claim_ids(conn: duckdb.DuckDBPyConnection, claims_path: Path) -> None:
    """ValueError when a loaded claim's id is also another stored claim's (the file's repeats are already merged)."""
    shared = _shared_claim_id(conn)
    if shared is not None:
        raise ValueError(f"{claims_path}: claim_id {shared!r} is already used by a claim of another article")


def _write_articles(conn: duckdb.DuckDBPyConnection, articles: pa.Table, extractor_version: str | None, run_id: str | None) -> None:
    """Upsert the articles; with `extractor_version`, record them in `extractions` in the same transaction."""
    conn.register("staged_articles", articles)
    try:
        stored = conn.execute("SELECT count(*) FROM staged_articles SEMI JOIN articles USING (article_id)").fetchall()[0][0]
        conn.execute(_UPSERT_ARTICLES if stored else _INSERT_ARTICLES)  # one statement over the articles
        link_back(conn, "staged_articles")
        if extractor_version is not None:
            note_extractions(conn, "staged_articles", extractor_version, run_id)
    finally:
        conn.unregister("staged_articles")


def _table(columns: tuple[str, ...], rows: list[tuple[Any, ...]], types: dict[str, pa.DataType], run_id: str | None) -> pa.Table:
    data = {name: pa.array([r[i] for r in rows], types.get(name, pa.string())) for i, name in enumerate(columns)}
    data["run_id"] = pa.array([run_id] * len(rows), pa.string())
    return pa.table(data)


def _parse_articles(path: Path) -> list[tuple[Any, ...]]:
    """Article rows from the file, the last record winning for a repeated article_id."""
    rows: dict[str, tuple[Any, ...]] = {}
    for number, obj in read_jsonl(path):
        row = article_row(obj, f"{path}:{number}")
        rows[row[0]] = row
    return list(rows.values())


def _parse_claims(path: Path) -> list[tuple[Any, ...]]:
    """Claim rows from the file (none when it does not exist), with their line for error messages."""
    if not path.exists():
        return []
    rows: dict[str, tuple[Any, ...]] = {}
    for number, obj in read_jsonl(path):
        row = claim_row(obj, f"{path}:{number}")
        rows[row[0]] = (*row, number)
    return list(rows.values())


def _check_claim_articles(
    conn: duckdb.DuckDBPyConnection, articles: list[tuple[Any, ...]], claims: list[tuple[Any, ...]], claims_path: Path
) -> None:
    """ValueError naming the line of the first claim whose article is neither loaded nor stored."""
    known = {row[0] for row in articles}
    missing = sorted({row[1] for row in claims} - known)
    if missing:
        found = conn.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [missing]
        ).fetchall()
        known |= {r[0] for r in found}
    for row in claims:
        if row[1] not in known:
            raise ValueError(f"{claims_path}:{row[-1]}: claim for unknown article_id {row[1]!r}")



def replace_claims(db_path: Path, article_ids: list[str], claims_jsonl: Path, *, run_id: str | None = None) -> dict[str, int]:
    """Replace the claims of `article_ids` by those in `claims_jsonl`, in one transaction (re-extraction).

    An article with no claim in the file loses its old ones; articles deleted
    from the warehouse meanwhile are skipped. Returns articles and claims written.
    """
    claims = _parse_claims(Path(claims_jsonl))
    wanted = set(article_ids)
    for row in claims:
        if row[1] not in wanted:
            raise ValueError(f"{claims_jsonl}:{row[-1]}: claim for an article that was not re-extracted: {row[1]!r}")
    with writing(Path(db_path)) as conn:
        found = conn.execute("SELECT article_id FROM articles WHERE article_id IN (SELECT unnest($ids::VARCHAR[]))",
                             {"ids": sorted(wanted)}).fetchall()
        present = {r[0] for r in found}
        kept = claim_table([c[:-1] for c in claims if c[1] in present], run_id)
        load_tables(conn, None, kept, replaced=sorted(present))  # one delete: every re-extracted article's claims
        _refuse_shared_claim_ids(conn, Path(claims_jsonl))
    return {"articles": len(present), "claims": kept.num_rows}
