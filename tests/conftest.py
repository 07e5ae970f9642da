"""Shared test set-up: isolated data and Prefect directories, one Prefect server per session."""
from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Keep every test's Prefect state out of the user's home, before Prefect is imported.
_SESSION_TMP = Path(tempfile.mkdtemp(prefix="dealwatch-tests-"))
os.environ.setdefault("PREFECT_HOME", str(_SESSION_TMP / "prefect"))
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

# Make `tests.fixtures...` importable however pytest was invoked.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh DEALWATCH_HOME for one test."""
    home = tmp_path / "data"
    monkeypatch.setenv("DEALWATCH_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[str]:
    """One temporary Prefect API server for the whole session (it takes ~15 s to start)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()
