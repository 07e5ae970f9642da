"""`dealwatch serve`: the run flow on a schedule.

Prefect's temporary in-process server cannot schedule, so when no
`PREFECT_API_URL` is configured we start a real local Prefect server
(`prefect server start` on 127.0.0.1, state under the data directory) for as
long as `serve` runs, and stop it on exit.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from collections.abc import Iterator
from typing import Any

from pipelines import paths, settings
from pipelines.errors import UsageError

DEFAULT_CRON = "0 6 * * *"
SERVER_START_TIMEOUT_SECONDS = 90


def validate_schedule(cron: str | None, interval: float | None) -> None:
    """Reject a malformed cron expression or a non-positive interval before anything starts."""
    if interval is not None and interval <= 0:
        raise UsageError(f"--interval must be a positive number of seconds, not {interval:g}")
    if cron is not None:
        from cronsim import CronSim, CronSimError
        from datetime import datetime

        try:
            CronSim(cron, datetime.now())
        except CronSimError as exc:
            raise UsageError(f"bad cron expression {cron!r}: {exc}") from None


def serve(cron: str | None, interval: float | None, parameters: dict[str, Any]) -> int:
    """Serve the run flow on the schedule until interrupted."""
    with prefect_api():
        from pipelines.flow import dealwatch_run

        schedule = {"interval": interval} if interval else {"cron": cron or DEFAULT_CRON}
        dealwatch_run.serve(name=settings.DEPLOYMENT_NAME, parameters=parameters, **schedule)
    return 0


@contextmanager
def prefect_api() -> Iterator[str]:
    """A Prefect API that can schedule: the configured one, else a local server we start."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    port = settings.SERVE_PREFECT_PORT or _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log_path = paths.prefect_home() / "server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(paths.prefect_home().resolve()))}
    with open(log_path, "ab") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        _wait_healthy(api_url, server, log_path)
        os.environ["PREFECT_API_URL"] = api_url  # for subprocesses Prefect starts
        from prefect.settings import PREFECT_API_URL, temporary_settings

        print(f"dealwatch: started a local Prefect server at {api_url} (log: {log_path})", file=sys.stderr)
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            yield api_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(api_url: str, server: subprocess.Popen, log_path: Any) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise UsageError(f"the local Prefect server exited with status {server.returncode}; see {log_path}")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise UsageError(f"the local Prefect server did not become healthy in {SERVER_START_TIMEOUT_SECONDS} s; see {log_path}")
