"""`dealwatch serve`: scheduled runs against a local Prefect server it starts, and a clean lifecycle.

One long scenario (the server takes ~15 s to start, so it is shared): serve A
lands runs, is SIGKILLed with its process group; serve B on another warehouse
cancels A's stale scheduled runs instead of replaying them; SIGTERM to B's
process group ends it with 143, no traceback, its server stopped.
"""
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


def _runs(db: Path, where: str = "true") -> int:
    """Runs so far; 0 while the warehouse is missing."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute(f"select count(*) from runs where {where}").fetchone()[0]
    except (duckdb.Error, OSError):
        return 0


def _start(home: Path, log: Path, *args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(DEALWATCH_HOME=str(home), PREFECT_HOME=str(home / "prefect"))
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "serve", *args],
        env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )


def _wait_for(condition, timeout: float, proc: subprocess.Popen, log: Path) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        assert proc.poll() is None, log.read_text()[-3000:]
        time.sleep(1)
    raise AssertionError(f"timed out; output:\n{log.read_text()[-3000:]}")


def _server_url(log: Path) -> str:
    match = re.search(r"started a local Prefect server at (http://127\.0\.0\.1:\d+/api)", log.read_text())
    assert match, log.read_text()[-2000:]
    return match.group(1)


def _is_down(api_url: str, within: float = 20) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(api_url + "/health", timeout=2)
        except OSError:
            return True
        time.sleep(0.5)
    return False


def test_sigint_while_starting_exits_130_promptly(tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    serve = _start(tmp_path / "data", log, "--interval", "600")
    try:
        _wait_for(lambda: "starting a local Prefect server" in log.read_text(), 30, serve, log)
        os.killpg(serve.pid, signal.SIGINT)
        assert serve.wait(timeout=30) == 130
    finally:
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)
    output = log.read_text()
    assert "Traceback" not in output
    assert output.strip().splitlines()[-1] == "dealwatch: serve stopped (SIGINT)"


def test_serve_lands_runs_cancels_stale_ones_after_a_kill_and_stops_cleanly(
    demo_server: str, tmp_path: Path  # noqa: F811
) -> None:
    home = tmp_path / "data"
    page = demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    db_a, db_b = home / "a.duckdb", home / "b.duckdb"
    log_a, log_b = tmp_path / "a.log", tmp_path / "b.log"

    serve_a = _start(home, log_a, "--interval", "10", "--source", page, "--db", str(db_a))
    try:
        _wait_for(lambda: _runs(db_a, "state = 'completed'") >= 1, WAIT_SECONDS, serve_a, log_a)
    finally:
        os.killpg(serve_a.pid, signal.SIGKILL)  # an unclean stop: nothing cleaned up
        serve_a.wait()
    # its Prefect server dies with it (own session, parent-death signal)
    assert _is_down(_server_url(log_a))
    runs_of_a = _runs(db_a)

    serve_b = _start(home, log_b, "--interval", "600", "--source", page, "--db", str(db_b))
    try:
        _wait_for(lambda: "serving dealwatch-scheduled" in log_b.read_text(), WAIT_SECONDS, serve_b, log_b)
        time.sleep(15)  # long enough for stale runs (due every 10 s) to fire if they were replayed
        assert _runs(db_a, "state <> 'abandoned'") <= runs_of_a
        assert _runs(db_a) == runs_of_a
        assert re.search(r"cancelled \d+ stale scheduled run", log_b.read_text()), log_b.read_text()[-2000:]
        started = time.monotonic()
        os.killpg(serve_b.pid, signal.SIGTERM)  # what timeout, systemd and docker send
        code = serve_b.wait(timeout=60)
        elapsed = time.monotonic() - started
    finally:
        if serve_b.poll() is None:
            os.killpg(serve_b.pid, signal.SIGKILL)
    output = log_b.read_text()
    assert code == 143, output[-2000:]
    assert elapsed < 30, f"serve took {elapsed:.0f} s to stop"
    assert "Traceback" not in output
    assert output.strip().splitlines()[-1] == "dealwatch: serve stopped (SIGTERM)"
    assert _is_down(_server_url(log_b))
    # A's runs landed before the kill; B never wrote into A
    with duckdb.connect(str(db_a), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 1
