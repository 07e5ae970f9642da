"""Where dealwatch keeps its files: everything lives under one data directory.

The data directory is `./data` unless `DEALWATCH_HOME` names another one
(CONTRACT.md). Staged runs, the warehouse, the report and Prefect's own
state all live below it, so one directory is the whole installation's state.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

DB_FILENAME = "dealwatch.duckdb"


def data_home() -> Path:
    """The data directory (`$DEALWATCH_HOME`, else `./data`)."""
    return Path(os.environ.get("DEALWATCH_HOME") or "data").expanduser()


def default_db() -> Path:
    """The warehouse file used when `--db` is not given."""
    return data_home() / DB_FILENAME


def default_report_dir() -> Path:
    """The report directory used when `--out` is not given."""
    return data_home() / "reports"


def staging_root() -> Path:
    """Parent of the per-run staging directories."""
    return data_home() / "staging"


def demo_site_dir() -> Path:
    """Where the bundled demo site is written out for a crawl over file://."""
    return data_home() / "demo_site"


def prefect_home() -> Path:
    """Prefect's own state (its temporary server's database, logs)."""
    return data_home() / "prefect"


def ensure_writable_dir(path: Path) -> Path:
    """Create `path` if needed and prove it is writable.

    Raises PermissionError/OSError with the path in the message; the CLI turns
    that into a one-line error before any work starts.
    """
    path.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
        pass
    return path
