"""Shared test set-up: isolated data and Prefect directories, one Prefect server per session."""
from __future__ import annotations

import itertools
import os
import re
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
# A fallback for session- and module-scoped fixtures; each test gets its own below.
os.environ["DEALWATCH_HOME"] = str(_SESSION_TMP / "data")

# Make `tests.fixtures...` importable however pytest was invoked.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


_REPO_DATA = Path(__file__).resolve().parent.parent / "data"


def _listing(directory: Path) -> set[str]:
    return {str(p.relative_to(directory)) for p in directory.rglob("*")} if directory.is_dir() else set()


_TMP_NUMBERS = itertools.count()


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pytest's `tmp_path` (a new empty directory per test under the session's base temp, kept as pytest keeps its
    own), numbered by a counter. pytest numbers its own by listing the base directory, which holds one entry per
    earlier test: every test here asks for one (`data_home`), so over 7,700 tests the listings grew quadratically
    (5,000 directories made that way: 17.5 s; at 5,000 entries each new one 5.5 ms; session 34, code34)."""
    name = re.sub(r"\W", "_", request.node.name)[:30]
    path = tmp_path_factory.getbasetemp() / "tests" / f"{name}-{next(_TMP_NUMBERS)}"  # "-": never in a name
    path.mkdir(parents=True)
    return path


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own DEALWATCH_HOME: no test reads or writes the user's ./data."""
    home = tmp_path / "data"
    monkeypatch.setenv("DEALWATCH_HOME", str(home))
    return home


@pytest.fixture(autouse=True, scope="session")
def _repo_data_untouched() -> Iterator[None]:
    """Fail the session when any test wrote into the repository's own ./data."""
    before = _listing(_REPO_DATA)
    yield
    added = sorted(_listing(_REPO_DATA) - before)
    assert not added, f"tests wrote into {_REPO_DATA}: {added[:5]}"


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[str]:
    """One temporary Prefect API server for the whole session (it takes ~15 s to start)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()
