"""Staged claims as Parquet beside claims.jsonl: the typed, checked form the load reads instead of JSON.

Parsing a million JSON lines and checking each number's JSON type costs the
load about as much CPU as DuckDB's whole insert from Arrow. That work does
not belong to the load: whoever writes a run's claims.jsonl (the extract
stage, the flow's extract step) calls `stage_claims` once afterwards, and
DuckDB converts the file with exactly the bulk path's checks
(`warehouse.fast_claims.CHECKED_CLAIMS`) into `claims.parquet`: one column per
`claims` column, already typed. The load then inserts from the Parquet file,
which costs what DuckDB's insert from Arrow costs; the table's ENUM, CHECK and
NOT NULL constraints still check every value at the insert.

claims.jsonl stays the staged record (CONTRACT) and the source of truth: the
Parquet file names the size, modification time and inode of the claims.jsonl
it was made from (Parquet key-value metadata), and the load uses it only
while they still match. An edited, replaced or rewritten claims.jsonl makes
the load read the JSON again; a file the checks refuse gets no Parquet file,
so the load reads the JSON and names the bad line as before. So does a file
that repeats a claim id: a Parquet file holds every claim id once, and the
load then only checks its ids against the claims stored before it.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from warehouse.claim_schema import sql_string  # COPY TO takes no parameter for its target
from warehouse.fast_claims import CHECKED_CLAIMS
from warehouse.records import CLAIM_COLUMNS

_SOURCE_KEY = "dealwatch_claims_source"


def parquet_path(claims_jsonl: Path) -> Path:
    """Where the Parquet form of `claims_jsonl` lives: `claims.parquet` beside `claims.jsonl`."""
    return Path(claims_jsonl).with_suffix(".parquet")


def _identity(claims_jsonl: Path) -> str | None:
    """Size, modification time (ns) and inode of the file, or None when it is missing or empty."""
    try:
        stat = os.stat(claims_jsonl)
    except OSError:
        return None
    if stat.st_size == 0:
        return None
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}"


def stage_claims(claims_jsonl: Path) -> Path | None:
    """Write `claims.parquet` for `claims_jsonl` (atomically); returns its path.

    None, and no Parquet file, when the claims file is missing or empty, repeats a
    claim id, or the bulk path's checks refuse it (the load then reads the JSON and reports the
    bad line). Never raises for bad input.
    """
    claims_jsonl = Path(claims_jsonl)
    target = parquet_path(claims_jsonl)
    target.unlink(missing_ok=True)  # a stale file must never outlive a failed conversion
    identity = _identity(claims_jsonl)
    if identity is None:
        return None
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    conn = duckdb.connect()
    try:
        # Snappy: the smallest decode cost per row among Parquet's codecs here (zstd reads slower).
        conn.execute(f"COPY ({CHECKED_CLAIMS}) TO {sql_string(str(tmp))} "
                     f"(FORMAT parquet, COMPRESSION snappy, KV_METADATA {{{_SOURCE_KEY}: '{identity}'}})",
                     {"path": str(claims_jsonl)})
        # Every claim id once in the file (64-bit hashes grouped; a collision only costs the JSON path):
        # the load then compares the file's ids with the stored ones alone.
        repeated = conn.execute("SELECT hash(claim_id) AS h FROM read_parquet($p) GROUP BY h HAVING count(*) > 1 LIMIT 1",
                                {"p": str(tmp)}).fetchall()
    except duckdb.Error:
        tmp.unlink(missing_ok=True)
        return None
    finally:
        conn.close()
    if repeated:  # the line-by-line path keeps the last of repeated ids: let the load read the JSON
        tmp.unlink(missing_ok=True)
        return None
    if _identity(claims_jsonl) != identity:  # rewritten while we read it: this Parquet is of another file
        tmp.unlink(missing_ok=True)
        return None
    os.replace(tmp, target)
    return target


def fresh_parquet(conn: duckdb.DuckDBPyConnection, claims_jsonl: Path) -> Path | None:
    """The Parquet form of `claims_jsonl` when it was made from the file as it is now, with the
    `claims` columns; else None (the load reads the JSON)."""
    target = parquet_path(claims_jsonl)
    identity = _identity(Path(claims_jsonl))
    if identity is None or not target.is_file():
        return None
    try:
        found = conn.execute("SELECT decode(value) FROM parquet_kv_metadata($p) WHERE decode(key) = $k",
                             {"p": str(target), "k": _SOURCE_KEY}).fetchall()
        columns = [r[0] for r in conn.execute("SELECT name FROM parquet_schema($p) WHERE num_children IS NULL",
                                              {"p": str(target)}).fetchall()]
    except duckdb.Error:  # unreadable: not ours, or damaged
        return None
    if [r[0] for r in found] != [identity] or columns != list(CLAIM_COLUMNS):
        return None
    return target
