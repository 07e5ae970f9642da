"""`dealwatch serve`: the run flow on a schedule, and a clean stop.

Prefect's temporary in-process server cannot schedule, so when no
`PREFECT_API_URL` is configured we start a real local Prefect server
(`prefect server start` on 127.0.0.1, state under the data directory) for as
long as `serve` runs. `serve` owns what it starts:

- the server runs in its own session, so a SIGTERM or SIGINT to `serve`'s
  process group (what `timeout`, systemd and docker send) reaches `serve`
  first; `serve` stops it last, and on Linux it dies with `serve` even after a SIGKILL;
- on SIGINT/SIGTERM `serve` stops polling, cancels a flow run in progress
  (Prefect marks it cancelled; the run records itself as failed, or the
  next run marks it abandoned), pauses the schedule, stops the server and
  exits with 130/143, one line on stderr;
- at start-up, runs of the deployment still scheduled, pending or running
  from an unclean stop are cancelled, never run with their old parameters.
"""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from pipelines import paths, settings
from pipelines.errors import UsageError

DEFAULT_CRON = "0 6 * * *"
SERVER_START_TIMEOUT_SECONDS = 90
SERVER_STOP_TIMEOUT_SECONDS = 15


class _Stop(BaseException):
    """Raised by the signal handler while there is no runner to stop yet."""


def validate_schedule(cron: str | None, interval: float | None) -> None:
    """Reject a malformed cron expression or a non-positive interval before anything starts."""
    if interval is not None and interval <= 0:
        raise UsageError(f"--interval must be a positive number of seconds, not {interval:g}")
    if cron is not None:
        from cronsim import CronSim, CronSimError

        try:
            CronSim(cron, datetime.now())
        except CronSimError as exc:
            raise UsageError(f"bad cron expression {cron!r}: {exc}") from None


def serve(cron: str | None, interval: float | None, parameters: dict[str, Any]) -> int:
    """Serve the run flow on the schedule until SIGINT/SIGTERM; returns the exit status (0, 130, 143)."""
    stopping: dict[str, Any] = {"signum": None, "runner": None}

    def on_signal(signum: int, frame: Any) -> None:  # noqa: ARG001 (signal handler signature)
        first = stopping["signum"] is None
        stopping["signum"] = stopping["signum"] or signum
        runner = stopping["runner"]
        if runner is not None and runner.started and getattr(runner, "_loop", None) is not None:
            if first:
                print(f"dealwatch: {signal.Signals(signum).name}: stopping (a run in progress is cancelled)",
                      file=sys.stderr, flush=True)
                runner.stopping = True
                runner.execute_in_background(runner.astop)
        elif first:
            raise _Stop()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        with prefect_api():
            from prefect.runner import Runner

            from pipelines.flow import dealwatch_run

            class _Runner(Runner):
                def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
                    on_signal(signal.SIGTERM, None)

            schedule = {"interval": interval} if interval else {"cron": cron or DEFAULT_CRON}
            from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

            deployment = dealwatch_run.to_deployment(
                name=settings.DEPLOYMENT_NAME, parameters=parameters, **schedule,
                # one run at a time: a run due while the last one still works is cancelled, not stacked up
                concurrency_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW),
            )
            runner = _Runner(name="dealwatch-serve", pause_on_shutdown=True)
            cancelled = cancel_stale_runs(f"{dealwatch_run.name}/{settings.DEPLOYMENT_NAME}")
            if cancelled:
                print(f"dealwatch: cancelled {cancelled} stale scheduled run(s) left by an earlier serve",
                      file=sys.stderr, flush=True)
            runner.add_deployment(deployment)
            stopping["runner"] = runner
            if stopping["signum"] is None:
                when = f"every {interval:g} s" if interval else f"cron {schedule['cron']!r}"
                print(f"dealwatch: serving {settings.DEPLOYMENT_NAME} ({when}); Ctrl-C or SIGTERM stops",
                      file=sys.stderr, flush=True)
                asyncio.run(runner.start())
    except _Stop:
        pass
    except UsageError:
        raise
    except Exception as exc:  # the server went away, the API refused: one line, not a traceback
        if stopping["signum"] is None:
            from pipelines.errors import RunFailed

            text = str(exc).strip().splitlines()
            raise RunFailed(f"serve stopped: {type(exc).__name__}: {text[0] if text else ''}") from None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    signum = stopping["signum"]
    if signum is not None:
        print(f"dealwatch: serve stopped ({signal.Signals(signum).name})", file=sys.stderr, flush=True)
        return 128 + signum
    return 0


def cancel_stale_runs(deployment_name: str) -> int:
    """Cancel the deployment's runs left scheduled, pending or running by a serve that did not stop cleanly.

    A serve starting up owns its deployment: any such run carries the
    parameters of an earlier serve (another warehouse, other sources) and
    must not fire now. Returns how many were cancelled.
    """
    from prefect import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter, DeploymentFilterName, FlowRunFilter, FlowRunFilterState, FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.states import Cancelled

    async def cancel() -> int:
        async with get_client() as client:
            runs = await client.read_flow_runs(
                deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=[deployment_name.split("/", 1)[1]])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(
                    any_=[StateType.SCHEDULED, StateType.PENDING, StateType.RUNNING, StateType.PAUSED]
                ))),
            )
            for run in runs:
                await client.set_flow_run_state(
                    run.id, Cancelled(message="stale: left by a serve that did not stop cleanly"), force=True
                )
            return len(runs)

    return asyncio.run(cancel())


@contextmanager
def prefect_api() -> Iterator[str]:
    """A Prefect API that can schedule: the configured one, else a local server we start and stop."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    port = settings.SERVE_PREFECT_PORT or _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log_path = paths.prefect_home() / "server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(paths.prefect_home().resolve()))}
    print(f"dealwatch: starting a local Prefect server at {api_url} (log: {log_path})", file=sys.stderr, flush=True)
    with open(log_path, "ab") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT, env=env, stdin=subprocess.DEVNULL,
            preexec_fn=_own_session_dying_with_parent,  # noqa: PLW1509 (no threads yet at this point)
        )
    try:
        _wait_healthy(api_url, server, log_path)
        os.environ["PREFECT_API_URL"] = api_url  # for the flow-run processes the runner starts
        from prefect.settings import PREFECT_API_URL, temporary_settings

        print(f"dealwatch: started a local Prefect server at {api_url}", file=sys.stderr, flush=True)
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            yield api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        stop_server(server)


def stop_server(server: subprocess.Popen) -> None:
    """SIGTERM to the server's whole session, SIGKILL after a grace period."""
    if server.poll() is not None:
        return
    try:
        os.killpg(server.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        server.wait(timeout=SERVER_STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(server.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        server.wait()


def _own_session_dying_with_parent() -> None:
    """In the server's child process: a session of its own (group signals to serve miss it), SIGTERM when serve dies."""
    os.setsid()
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass


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
