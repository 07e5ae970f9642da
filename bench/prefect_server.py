"""One Prefect server for every flow of a bench run, started once and timed once.

Without `PREFECT_API_URL`, each process that runs a flow starts Prefect's temporary
server (a uvicorn subprocess on a fresh SQLite database, migrations included) and stops
it at exit: in a QUICK run that was three start-ups (the whole run, the Prefect demo
flow, the Dask bench), about 20 s of wall time each on a quiet machine, none of them part
of what those steps measure. Here the same server is started once, the way Prefect starts
its temporary one (`prefect.server.api.server.SubprocessASGIServer`: uvicorn, the API's
app factory, ephemeral mode, no UI), its start-up time and CPU reported apart, and the
flow steps get its address through `PREFECT_API_URL`. `PID_ENV` names its process id so
a step that accounts for the CPU of the processes around its work (bench.dask_bench) can
count the server's too.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.proc import process_cpu_seconds
from pipelines.serve import _own_session_dying_with_parent

#: The environment variable that carries the shared server's process id to the measured steps.
PID_ENV = "DEALWATCH_BENCH_PREFECT_SERVER_PID"
STARTUP_TIMEOUT = 180.0
STOP_TIMEOUT = 15.0


@dataclass
class Server:
    """A running shared server: its API address, process, and how long it took to answer."""

    api_url: str
    process: subprocess.Popen[bytes]
    start_seconds: float
    start_cpu_seconds: float
    figures: dict[str, Any] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        """What a flow step's environment needs to use this server instead of a temporary one."""
        return {"PREFECT_API_URL": self.api_url, PID_ENV: str(self.process.pid)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_command(port: int) -> list[str]:
    """The command Prefect's own temporary server runs (SubprocessASGIServer), on `port`."""
    import importlib.util

    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("prefect is not installed")
    app_dir = Path(list(spec.submodule_search_locations)[0]).parent
    return [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
            "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "error", "--lifespan", "on"]


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:  # noqa: S310 (our own 127.0.0.1)
            return response.status == 200
    except OSError:
        return False


@contextmanager
def shared_server(home: Path, *, timeout: float = STARTUP_TIMEOUT) -> Iterator[Server]:
    """Start the server under `home` (its PREFECT_HOME, a fresh database), wait until it answers, stop it after.

    Raises RuntimeError when it exits or does not answer within `timeout` seconds.
    """
    home.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    env.pop("PREFECT_API_URL", None)
    start = time.perf_counter()
    with open(home / "server.log", "ab") as log:
        process = subprocess.Popen(server_command(port), stdout=log, stderr=subprocess.STDOUT, env=env,
                                   stdin=subprocess.DEVNULL,
                                   # A session of its own (stopped as a group), SIGTERM when the bench dies.
                                   preexec_fn=_own_session_dying_with_parent)  # noqa: PLW1509
    try:
        while not _healthy(api_url):
            if process.poll() is not None:
                raise RuntimeError(f"the Prefect server exited with status {process.returncode} "
                                   f"(log: {home / 'server.log'})")
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"the Prefect server did not answer within {timeout:.0f} s")
            time.sleep(0.1)
        server = Server(api_url=api_url, process=process, start_seconds=round(time.perf_counter() - start, 3),
                        start_cpu_seconds=round(process_cpu_seconds(process.pid), 3))
        yield server
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's session, SIGKILL after a grace period."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=STOP_TIMEOUT)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def figures(server: Server) -> dict[str, Any]:
    """The server's start-up (wall and CPU seconds) and its CPU until now, for the result file."""
    return {"start_seconds": server.start_seconds, "start_cpu_seconds": server.start_cpu_seconds,
            "cpu_seconds": round(process_cpu_seconds(server.process.pid), 3),
            "how": "started once for the run's flow steps (the whole run, the Prefect demo flow, Dask), the way "
                   "Prefect starts its temporary server (uvicorn, ephemeral mode, a fresh database); its start-up "
                   "is outside every step's time and reported here; without it each of those steps' processes "
                   "would start and stop a temporary server of its own"}
