"""Keeping a load's memory flat with its size: small row groups in the private copy, and a memory bound.

DuckDB holds the rows a transaction appends in memory until it commits, unless
a whole row group (122,880 rows by default) fills up: then it writes that row
group to the database file at once ("optimistic write"). 100,000 articles never
fill one, so every text stayed in memory until the commit (peak 0.9 GB at
100,000 articles against 0.3 GB at 10,000). The private copy a writer works on
(warehouse/publish.py) is therefore attached with smaller row groups
(`ROW_GROUP_SIZE`): every few thousand rows are compressed and written out
during the insert. Written blocks are still kept in DuckDB's cache while memory
is plentiful, so the load also bounds DuckDB's memory (`bound_memory`): then
it drops written blocks instead of keeping them, which costs no extra work (a
bound alone, with the default row groups, would spill unwritten rows to temporary
files and back: twice the CPU).

The bound is what DuckDB already holds when the load starts (indexes of a large
warehouse, for instance) plus a fixed headroom, so it never takes away memory a
warehouse already needs; the load still runs in one transaction.
"""
from __future__ import annotations

import duckdb

#: Rows per row group in the private copy a writer works on (DuckDB's default is 122,880). Readers
#: are not affected: row groups of any size are read alike.
ROW_GROUP_SIZE = 16384

#: Memory DuckDB may take during a load beyond what it held when the load started.
HEADROOM_BYTES = 256 * 1024 * 1024


def used_bytes(conn: duckdb.DuckDBPyConnection) -> int:
    """The memory DuckDB's buffer manager holds now (every tag of `duckdb_memory()`)."""
    return int(conn.execute("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()").fetchall()[0][0])


def bound_memory(conn: duckdb.DuckDBPyConnection, headroom_bytes: int | None = None) -> None:
    """Limit DuckDB's memory to its present use plus `headroom_bytes` (default HEADROOM_BYTES) for the rest
    of the connection's life: a writer's connection lives for one write (warehouse/publish.py), so the
    bound covers its inserts, checks, commit and checkpoint, and ends with it. Operators that need more
    spill to disk; only what cannot (rare: a huge index) fails, as with any memory limit."""
    headroom = HEADROOM_BYTES if headroom_bytes is None else headroom_bytes
    conn.execute(f"SET memory_limit = '{used_bytes(conn) + int(headroom)} bytes'")
