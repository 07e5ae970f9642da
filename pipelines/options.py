"""Checking every option before any work starts: a bad one is one line on stderr and exit 2.

Nothing here imports Prefect, spaCy or Scrapy at module level, so a command
line mistake is reported in well under a second.
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipelines import paths
from pipelines.errors import RunFailed, UsageError


def sources(args: argparse.Namespace, default_demo: bool = True) -> list[str]:
    """Sources from --source/--sources, validated; [] means the demo site."""
    from spiders.crawl import read_sources_file, validate_source
    from spiders.errors import SourceError

    from pipelines.cli_spiders import outlet_sources

    collected = list(getattr(args, "source", None) or []) + outlet_sources(args)
    if getattr(args, "sources", None):
        try:
            collected.extend(read_sources_file(Path(args.sources)))
        except OSError as exc:
            raise UsageError(f"cannot read sources file {args.sources}: {exc.strerror or exc}") from None
        except SourceError as exc:
            raise UsageError(str(exc)) from None
        if not collected:
            raise UsageError(f"sources file {args.sources} lists no source")
    for source in collected:
        try:
            validate_source(source)
        except SourceError as exc:
            raise UsageError(str(exc)) from None
    if not collected and default_demo:
        return []
    return collected


def db(args: argparse.Namespace) -> Path:
    """The warehouse path of --db, else the default one."""
    return Path(args.db) if getattr(args, "db", None) else paths.default_db()


def existing_db(args: argparse.Namespace) -> Path:
    """The warehouse of --db, which must exist."""
    path = db(args)
    if not path.is_file():
        raise UsageError(f"no warehouse at {path}; run 'dealwatch run' first or pass --db")
    return path


def out(args: argparse.Namespace) -> Path:
    """The report directory of --out, else the default one."""
    return Path(args.out) if getattr(args, "out", None) else paths.default_report_dir()


def writable_dir(directory: Path, what: str = "data directory") -> Path:
    """`directory`, created if needed and proven writable; else a UsageError."""
    try:
        return paths.ensure_writable_dir(directory)
    except OSError as exc:
        raise UsageError(f"{what} {directory} is not writable: {exc.strerror or exc}") from None


def warehouse(path: Path) -> Path:
    """Fail before any work when the warehouse could not be loaded into (foreign, corrupt, unwritable)."""
    from warehouse.errors import WarehouseError
    from warehouse.publish import check_usable

    try:
        check_usable(path)
    except WarehouseError as exc:
        raise UsageError(str(exc)) from None
    return path


def dask_address(address: str | None) -> str | None:
    """A Dask scheduler address (tcp://host:port, tls://..., or a host:port), checked for form only."""
    if address is None:
        return None
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme not in ("tcp", "tls", "inproc", "ws", "wss") or not parts.hostname or not port:
        raise UsageError(f"bad --dask-address {address!r}: expected tcp://HOST:PORT")
    return address if "://" in address else f"tcp://{address}"


def translate_stage_errors(call: Callable[[], Any]) -> Any:
    """Run a stage; bad input from any stage becomes a UsageError."""
    from spiders.errors import AllSourcesFailed, SourceError
    from warehouse.errors import WarehouseError

    try:
        return call()
    except AllSourcesFailed as exc:  # the sources were fine as input; the run failed (exit 1)
        raise RunFailed(str(exc)) from None
    except (SourceError, WarehouseError) as exc:
        raise UsageError(str(exc)) from None
    except ValueError as exc:  # malformed staged input: the stages raise ValueError with file:line
        raise UsageError(str(exc)) from None


def setup_prefect() -> None:
    """Prefect's state inside the data directory; its console output quiet so the verdict stays readable.

    Only where the user has not chosen otherwise; must run before Prefect is imported.
    """
    os.environ.setdefault("PREFECT_HOME", str(paths.prefect_home().resolve()))
    os.environ.setdefault("PREFECT_LOGGING_SETTINGS_PATH", str(Path(__file__).with_name("logging.yml")))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # offline: no telemetry errors
    # the temporary server takes 10-20 s to start, longer on a busy machine: do not give up at 20 s
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    # Prefect's INFO lines (task started, finished, ...) go to the log file and the API, not the terminal:
    # our progress lines and the verdict are what a person reads there.
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
