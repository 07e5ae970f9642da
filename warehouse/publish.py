"""Copy-on-write publishing: writers never block readers, readers never block writers.

DuckDB lets one process hold a database file for writing, and then no other
process may open it, not even read-only. So no writer ever opens the published
file. A write (a load, a run record) takes an exclusive lock file beside the
warehouse (a bounded wait, one clear line when busy), copies the published file
to a temporary file in the same directory (attached with small row groups, so
big inserts are written out as they go: warehouse/memory.py), migrates it and
writes there in one transaction, checkpoints, closes, fsyncs, and `os.replace`s it over the
published file. A reader (`dealwatch sql`, the report, an analyst's notebook
with `duckdb.connect(path, read_only=True)`) keeps reading the inode it opened
and sees the new data when it next connects. A writer killed at any point
leaves the published file exactly as it was; its temporary file is removed by
the next writer. A file that is not a DuckDB database is refused and never
overwritten.
"""
from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import duckdb

from warehouse.claim_schema import sql_string  # ATTACH takes no parameter for its path
from warehouse.db import STORAGE_VERSION, migrate, translate_error
from warehouse.memory import ROW_GROUP_SIZE
from warehouse.errors import WarehouseError
from warehouse.steps import step
from warehouse.storage_format import is_older, rebuild, storage_version

#: Seconds a writer waits for another writer's lock before giving up with one line.
LOCK_WAIT_SECONDS = float(os.environ.get("DEALWATCH_LOCK_WAIT", "60"))

#: The name of the private copy's catalog on a writer's connection (unqualified names resolve to it).
PRIVATE_CATALOG = "private"

_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


def lock_path(db_path: Path) -> Path:
    """The lock file that serialises writers of `db_path`."""
    return db_path.with_name(db_path.name + ".lock")


def check_database_file(db_path: Path) -> None:
    """WarehouseError unless `db_path` is missing or starts like a DuckDB database file."""
    try:
        with open(db_path, "rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WarehouseError(f"warehouse {db_path} cannot be read: {exc.strerror or exc}") from None
    if header[8:12] != _DUCKDB_MAGIC:
        raise WarehouseError(f"warehouse {db_path} is not a DuckDB file; refusing to use or overwrite it")


def check_usable(db_path: Path) -> None:
    """Fail early (one-line WarehouseError) when `db_path` could not be loaded into.

    A missing file needs a writable directory; an existing one must be a
    DuckDB database that opens read-only (which never waits for anyone).
    """
    db_path = Path(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"warehouse {db_path} is not writable: {exc.strerror or exc}") from None
    if not os.access(db_path.parent, os.W_OK):
        raise WarehouseError(f"warehouse {db_path} is not writable: directory {db_path.parent} is read-only")
    if not db_path.exists():
        return
    check_database_file(db_path)
    try:
        duckdb.connect(str(db_path), read_only=True).close()
    except duckdb.Error as exc:
        raise translate_error(db_path, exc) from None


@contextmanager
def exclusive_lock(db_path: Path, wait_seconds: float | None = None) -> Iterator[None]:
    """Hold the writers' lock of `db_path`, waiting with backoff at most `wait_seconds`.

    The lock is an flock on a separate file, so it is released when its holder
    dies, however it dies.
    """
    wait = LOCK_WAIT_SECONDS if wait_seconds is None else wait_seconds
    path = lock_path(db_path)
    try:
        handle = open(path, "a+b")
    except OSError as exc:
        raise WarehouseError(f"warehouse {db_path} is not writable: {exc.strerror or exc}") from None
    with handle:
        deadline = time.monotonic() + wait
        delay = 0.05
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseError(
                        f"warehouse {db_path} is busy: another load is writing it (waited {wait:g} s); try again later"
                    ) from None
                time.sleep(min(delay, max(deadline - time.monotonic(), 0.01)))
                delay = min(delay * 2, 1.0)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def writing(db_path: Path, *, wait_seconds: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a private copy of the warehouse, inside one transaction, published on success.

    On a clean exit the transaction commits and the copy replaces the
    published file atomically; on any exception it is thrown away and the
    published file is untouched. DuckDB errors become one-line WarehouseErrors.
    """
    db_path = Path(db_path)
    check_database_file(db_path)  # before creating a lock file beside a foreign file
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"warehouse {db_path} is not writable: {exc.strerror or exc}") from None
    with ExitStack() as held:
        with step("lock"):
            held.enter_context(exclusive_lock(db_path, wait_seconds))
        check_database_file(db_path)
        _remove_stale_copies(db_path)
        tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            with step("copy"):
                _copy(db_path, tmp)
            try:
                with step("open"):
                    conn = _open_private(tmp)
                conn.execute("SET enable_progress_bar = false")  # no bars in the command line's output
            except duckdb.Error as exc:
                raise translate_error(db_path, exc) from None
            try:
                try:
                    with step("migrate"):
                        migrate(conn)
                    conn.execute("BEGIN TRANSACTION")
                    try:
                        yield conn
                        with step("commit"):
                            conn.execute("COMMIT")
                    except BaseException:
                        conn.execute("ROLLBACK")
                        raise
                    with step("checkpoint"):
                        conn.execute("CHECKPOINT")
                except duckdb.Error as exc:
                    raise translate_error(db_path, exc) from None
            finally:
                with step("close"):
                    conn.close()
            with step("fsync and rename"):
                _fsync(tmp)
                os.replace(tmp, db_path)
                _fsync(db_path.parent)
        finally:
            for leftover in (tmp, _wal(tmp)):
                leftover.unlink(missing_ok=True)
            shutil.rmtree(_spill(tmp), ignore_errors=True)


def _open_private(tmp: Path) -> duckdb.DuckDBPyConnection:
    """A connection to the private copy `tmp`, attached in the format of a new warehouse and with small
    row groups, so a big insert is written out as it goes instead of held until the commit (warehouse/memory.py)."""
    # A new file gets the format of a new warehouse; an existing one keeps its own (as duckdb.connect with
    # FILE_CONFIG does: ATTACH's STORAGE_VERSION would relabel it; warehouse/storage_format.py rewrites it).
    version = "" if tmp.exists() else f"STORAGE_VERSION {sql_string(STORAGE_VERSION)}, "
    # Spilled rows go beside the copy (an in-memory main database would spill into the working directory).
    conn = duckdb.connect(":memory:", config={"temp_directory": str(_spill(tmp))})
    try:
        conn.execute(f"ATTACH {sql_string(str(tmp))} AS {PRIVATE_CATALOG} ({version}ROW_GROUP_SIZE {ROW_GROUP_SIZE})")
        conn.execute(f"USE {PRIVATE_CATALOG}")
    except BaseException:
        conn.close()
        raise
    return conn


def _copy(db_path: Path, tmp: Path) -> None:
    """Copy the published file (and a write-ahead log left by someone writing in place) to `tmp`.

    A file in an older storage format is rewritten by DuckDB in the current one instead (once:
    warehouse/storage_format.py); should DuckDB fail at that, the bytes are copied as before.
    """
    if db_path.exists() and is_older(storage_version(db_path)):
        try:
            rebuild(db_path, tmp)
            return
        except duckdb.Error:
            for leftover in (tmp, _wal(tmp)):
                leftover.unlink(missing_ok=True)
    try:
        if db_path.exists():
            shutil.copyfile(db_path, tmp)
            if _wal(db_path).exists():
                shutil.copyfile(_wal(db_path), _wal(tmp))
    except OSError as exc:
        raise WarehouseError(f"warehouse {db_path} cannot be copied for writing: {exc.strerror or exc}") from None


def _remove_stale_copies(db_path: Path) -> None:
    """Temporary copies (and their spill directories) left by writers that died (we hold the lock, so
    none is in use)."""
    for stale in db_path.parent.glob(f".{db_path.name}.*.tmp*"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def _spill(tmp: Path) -> Path:
    """DuckDB's temporary directory for the private copy `tmp` (created by DuckDB only when it spills)."""
    return tmp.with_name(tmp.name + ".spill")


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

