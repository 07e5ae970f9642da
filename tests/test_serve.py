"""`dealwatch serve`: the run flow on a schedule, against a real local Prefect server it starts itself."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from tests.fixtures.http_server import demo_server  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e

WAIT_SECONDS = 240


def _completed_runs(db: Path) -> int:
    """Completed runs so far; 0 while the warehouse is missing or held by the writer."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute("select count(*) from runs where state = 'completed'").fetchone()[0]
    except (duckdb.Error, OSError):
        return 0


def test_serve_runs_the_flow_repeatedly_and_stops_its_server(demo_server: str, tmp_path: Path) -> None:  # noqa: F811
    home = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(DEALWATCH_HOME=str(home), PREFECT_HOME=str(home / "prefect"))
    page = demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    serve = subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "serve", "--interval", "10", "--source", page],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline and serve.poll() is None and _completed_runs(home / "dealwatch.duckdb") < 2:
            time.sleep(2)
        assert serve.poll() is None, serve.communicate()[0][-2000:]
        assert _completed_runs(home / "dealwatch.duckdb") >= 2
    finally:
        serve.send_signal(signal.SIGTERM)
        try:
            output, _ = serve.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            output, _ = serve.communicate()
    match = re.search(r"started a local Prefect server at (http://127\.0\.0\.1:\d+/api)", output)
    assert match, output[-2000:]
    # The Prefect server it started is gone with it.
    with pytest.raises(OSError):
        urllib.request.urlopen(match.group(1) + "/health", timeout=5)
    with duckdb.connect(str(home / "dealwatch.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 1
