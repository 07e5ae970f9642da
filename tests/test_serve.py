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
from tests.fixtures.serve import marked_processes, serve_process  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e

WAIT_SECONDS = 240


def _runs(db: Path, where: str = "true") -> int:
    """Runs so far; 0 while the warehouse is missing."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute(f"select count(*) from runs where {where}").fetchone()[0]
    except (duckdb.Error, OSError):
        return 0


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


def test_sigint_while_starting_exits_130_promptly(serve_process, tmp_path: Path) -> None:  # noqa: F811
    log = tmp_path / "serve.log"
    serve = serve_process(tmp_path / "data", log, "--interval", "600")
    _wait_for(lambda: "starting a local Prefect server" in log.read_text(), 30, serve, log)
    os.killpg(serve.pid, signal.SIGINT)
    assert serve.wait(timeout=30) == 130
    output = log.read_text()
    assert "Traceback" not in output
    assert output.strip().splitlines()[-1] == "dealwatch: serve stopped (SIGINT)"


def test_serve_lands_runs_cancels_stale_ones_after_a_kill_and_stops_cleanly(
    demo_server: str, serve_process, tmp_path: Path  # noqa: F811
) -> None:
    home = tmp_path / "data"
    page = demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    db_a, db_b = home / "a.duckdb", home / "b.duckdb"
    log_a, log_b = tmp_path / "a.log", tmp_path / "b.log"

    serve_a = serve_process(home, log_a, "--interval", "10", "--source", page, "--db", str(db_a))
    _wait_for(lambda: _runs(db_a, "state = 'completed'") >= 1, WAIT_SECONDS, serve_a, log_a)
    os.killpg(serve_a.pid, signal.SIGKILL)  # an unclean stop: nothing cleaned up
    serve_a.wait()
    # its Prefect server dies with it (own session, parent-death signal)
    assert _is_down(_server_url(log_a))
    runs_of_a = _runs(db_a)

    serve_b = serve_process(home, log_b, "--interval", "600", "--source", page, "--db", str(db_b))
    _wait_for(lambda: "serving dealwatch-scheduled" in log_b.read_text(), WAIT_SECONDS, serve_b, log_b)
    time.sleep(15)  # long enough for stale runs (due every 10 s) to fire if they were replayed
    assert _runs(db_a, "state <> 'abandoned'") <= runs_of_a
    assert _runs(db_a) == runs_of_a
    assert re.search(r"cancelled \d+ stale scheduled run", log_b.read_text()), log_b.read_text()[-2000:]
    started = time.monotonic()
    os.killpg(serve_b.pid, signal.SIGTERM)  # what timeout, systemd and docker send
    code = serve_b.wait(timeout=60)
    elapsed = time.monotonic() - started
    output = log_b.read_text()
    assert code == 143, output[-2000:]
    assert elapsed < 30, f"serve took {elapsed:.0f} s to stop"
    assert "Traceback" not in output
    assert output.strip().splitlines()[-1] == "dealwatch: serve stopped (SIGTERM)"
    assert _is_down(_server_url(log_b))
    # A's runs landed before the kill; B never wrote into A
    with duckdb.connect(str(db_a), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 1


# A test that Ctrl-C interrupts while its serve and that serve's Prefect server run (the inner run of the test below;
# it need not wait for the server to answer: the process is what could be orphaned).
_INTERRUPTED_TEST = '''
import os, signal, time
from pathlib import Path

from tests.fixtures.serve import marked_processes, serve_process  # noqa: F401


def test_interrupted_while_serving(serve_process):  # noqa: F811
    home = Path(os.environ["SERVE_HOME"])
    log = home.parent / "serve.log"
    serve = serve_process(home, log, "--interval", "600")
    deadline = time.monotonic() + 120
    while len(running := marked_processes(home)) < 2:  # serve, and the Prefect server it starts (its own session)
        assert serve.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
        time.sleep(0.2)
    (home.parent / "running.txt").write_text(str(len(running)))
    # Python keeps SIGINT ignored when it started with it ignored (a job started with '&' by a non-interactive shell,
    # as some CI runners do): restore Ctrl-C's KeyboardInterrupt so the interruption below happens wherever we run.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C in the middle of the test
    time.sleep(120)
'''


def test_an_interrupted_test_leaves_no_serve_and_no_prefect_server_behind(tmp_path: Path) -> None:
    """The `serve_process` fixture's teardown, run by pytest after Ctrl-C too, kills serve's group and its Prefect
    server (a session of its own): nothing started under the serve's data directory outlives the interrupted run.
    Fails if the fixture leaves the group or the server running (an orphan, as in session 33)."""
    inner = tmp_path / "test_interrupted.py"
    inner.write_text(_INTERRUPTED_TEST)
    home = tmp_path / "serve-home"
    repo = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "SERVE_HOME": str(home),
           "PYTHONPATH": os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH", "")) if p)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(inner)],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=400,
    )
    output = result.stdout[-3000:] + result.stderr[-2000:]
    assert result.returncode == pytest.ExitCode.INTERRUPTED, output
    assert int((tmp_path / "running.txt").read_text()) >= 2, output  # serve and its Prefect server were running
    assert marked_processes(home) == [], output
