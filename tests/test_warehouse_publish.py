"""Copy-on-write publishing: an open notebook never blocks a load, a killed load changes nothing."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.fixtures.warehouse_data import article, load, price, rows, write_jsonl
from warehouse.errors import WarehouseError
from warehouse.load import load_staged
from warehouse.publish import exclusive_lock, writing
from warehouse.query import run_sql
from warehouse.staged_claims import stage_claims

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "dealwatch.duckdb"
    load(tmp_path, path, [article("a1", "Blatt"), article("a2", "Kurier")],
         [price("c1", "a1", 19e9), price("c2", "a2", 20e9)], name="first")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_open_notebook_never_blocks_a_load_and_keeps_its_snapshot(tmp_path: Path, db: Path) -> None:
    notebook = subprocess.Popen(  # an analyst's notebook, as the README recommends it
        [sys.executable, "-c", textwrap.dedent("""
            import duckdb, sys
            con = duckdb.connect(sys.argv[1], read_only=True)
            print(con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
            sys.stdin.readline()
            print(con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
        """), str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert notebook.stdout is not None and notebook.stdout.readline().strip() == "2"
        load(tmp_path, db, [article("a3", "Welt")], [price("c3", "a3", 22e9)], name="second")
        assert rows(db, "SELECT count(*) FROM articles") == [(3,)]  # a new reader sees the load
        out, _ = notebook.communicate("\n", timeout=30)
        assert out.strip() == "2"  # the notebook keeps reading its snapshot, undisturbed
    finally:
        notebook.kill()
    assert notebook.returncode == 0


@pytest.mark.parametrize("staged", [False, True], ids=["claims-jsonl", "claims-parquet"])
def test_a_load_killed_midway_leaves_the_warehouse_exactly_as_before(tmp_path: Path, db: Path, staged: bool) -> None:
    before = digest(db)
    articles = write_jsonl(tmp_path / "big-articles.jsonl", [article(f"b{i}", "Welt") for i in range(200)])
    claims = write_jsonl(tmp_path / "big-claims.jsonl", [price(f"d{i}", f"b{i}", 21e9) for i in range(200)])
    if staged:  # the Parquet form the extract stage writes beside the claims, read by the load instead of the JSON
        assert stage_claims(claims) is not None
    # A real load in a real process, stopped inside its transaction (after the
    # bulk writes of articles, claims and extraction records, before the commit)
    # and killed with SIGKILL there.
    script = textwrap.dedent("""
        import contextlib, sys, time
        from pathlib import Path
        import warehouse.load as load
        real = load.writing
        @contextlib.contextmanager
        def write_then_hang(*args, **kwargs):
            with real(*args, **kwargs) as conn:
                yield conn
                print("written", flush=True)
                time.sleep(600)
        load.writing = write_then_hang
        load.load_staged(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), run_id="killed",
                         extractor_version="9.9.9")
    """)
    loader = subprocess.Popen([sys.executable, "-c", script, str(db), str(articles), str(claims)],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert loader.stdout is not None and loader.stdout.readline().strip() == "written"
        assert list(db.parent.glob(".dealwatch.duckdb.*.tmp"))  # it was writing its private copy
        os.kill(loader.pid, signal.SIGKILL)
        loader.wait(timeout=30)
    finally:
        loader.kill()
    assert loader.returncode == -signal.SIGKILL
    assert digest(db) == before
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]
    assert rows(db, "SELECT count(*) FROM extractions") == [(0,)]  # no extraction record without its claims
    # The lock died with the process; the next load cleans up the orphaned copy and goes through.
    assert load_staged(db, articles, claims, run_id="again", extractor_version="9.9.9") == {"articles": 200, "claims": 200}
    assert rows(db, "SELECT count(*) FROM claims") == [(202,)]
    assert rows(db, "SELECT count(*), count(DISTINCT article_id) FROM extractions "
                    "WHERE extractor_version = '9.9.9' AND run_id = 'again' AND article_id LIKE 'b%'") == [(200, 200)]
    assert not list(db.parent.glob(".dealwatch.duckdb.*"))


def test_a_busy_warehouse_is_one_line_after_a_bounded_wait(tmp_path: Path, db: Path) -> None:
    before = digest(db)
    with exclusive_lock(db):  # another writer holds the lock
        with pytest.raises(WarehouseError, match=r"^warehouse .* is busy: another load is writing it \(waited 0\.2 s\)"):
            with writing(db, wait_seconds=0.2):
                pass
        assert rows(db, "SELECT count(*) FROM articles") == [(2,)]  # readers are not blocked meanwhile
    assert digest(db) == before


@pytest.mark.parametrize("content", [b"", b"just some text, no database\n" * 10, b"\x00" * 8 + b"DUCX" + b"\x00" * 4096])
def test_a_foreign_file_is_refused_and_never_overwritten(tmp_path: Path, content: bytes) -> None:
    foreign = tmp_path / "notes.duckdb"
    foreign.write_bytes(content)
    with pytest.raises(WarehouseError, match="is not a DuckDB file"):
        load(tmp_path, foreign, [article("a1", "Blatt")], [])
    assert foreign.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.duckdb", "run-articles.jsonl", "run-claims.jsonl"]


def test_a_corrupt_duckdb_file_is_refused_and_left_as_it_was(tmp_path: Path, db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[4096:] = bytes(len(data) - 4096)  # keep the header, wipe the rest
    db.write_bytes(bytes(data))
    with pytest.raises(WarehouseError, match=r"^warehouse .*dealwatch\.duckdb [^\n]+$"):
        load(tmp_path, db, [article("a9", "Blatt")], [])
    assert db.read_bytes() == bytes(data)
    assert not list(db.parent.glob(".dealwatch.duckdb.*"))


def test_sql_reads_while_a_writer_holds_the_lock(db: Path) -> None:
    with exclusive_lock(db):
        assert run_sql(db, "SELECT count(*) FROM claims")[1] == [(2,)]
    notebook = subprocess.Popen(  # nor does an open notebook in another process
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print('ready', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert notebook.stdout is not None and notebook.stdout.readline().strip() == "ready"
        assert run_sql(db, "SELECT count(*) FROM claims")[1] == [(2,)]
    finally:
        notebook.communicate("", timeout=30)
