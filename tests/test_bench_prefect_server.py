"""The bench's flow steps share one Prefect server: each step gets its address, its start-up is reported
once, a server that cannot start leaves each step its temporary server, and the Dask bench counts the
shared server's CPU as it counted the temporary one's (no server is started here: a stand-in process)."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bench import dask_bench, prefect_server
from bench import run as bench_run
from bench.targets import evaluate, render


def _shell(**figures: Any) -> dict[str, Any]:
    """The least of a result that `render` prints, with `figures` added."""
    return {"started_at": "2026-12-02T00:00:00Z", "quick": True, "seed": 1, "sizes": {},
            "machine": {"cpu": "test", "cores": 2}, "corpus": {"articles": 10, "on_topic": 9, "mean_chars": 3_000,
                                                               "mean_html_kb": 33}, **figures}


@pytest.fixture()
def stand_in() -> Iterator[subprocess.Popen[bytes]]:
    """A process standing in for the server (its pid and /proc entry are what the bench reads)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield process
    finally:
        process.kill()
        process.wait()


def test_the_server_command_is_prefects_own_temporary_server_on_the_given_port() -> None:
    command = prefect_server.server_command(4321)
    assert command[:3] == [sys.executable, "-m", "uvicorn"]
    assert "prefect.server.api.server:create_app" in command and command[command.index("--port") + 1] == "4321"
    assert command[command.index("--host") + 1] == "127.0.0.1"


def test_flow_steps_run_on_the_shared_server_and_report_its_start_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stand_in: subprocess.Popen[bytes]) -> None:
    server = prefect_server.Server(api_url="http://127.0.0.1:1/api", process=stand_in, start_seconds=12.5,
                                   start_cpu_seconds=9.0)
    started: list[Path] = []

    @contextmanager
    def fake_server(home: Path, **_: Any) -> Iterator[prefect_server.Server]:
        started.append(home)
        yield server

    seen: dict[str, Any] = {}
    monkeypatch.setattr(prefect_server, "shared_server", fake_server)
    monkeypatch.setattr(bench_run, "prefect_overhead", lambda work, env=None, server_start=None: seen.update(
        prefect=(env, server_start)) or {"overhead_seconds": 3.0, "flow_seconds": 12.0, "stages_seconds": 9.0})
    monkeypatch.setattr(bench_run, "dask_speedup", lambda run_dir, work, *, articles, rounds, env=None: seen.update(
        dask=env) or {"error": "stand-in"})
    result = _shell()
    bench_run.flow_steps_run(result, ["prefect", "dask"], corpus=None, work=tmp_path, path=tmp_path / "r.json",
                             started=0.0, smallest=1000, dask_dir=tmp_path, dask_articles=10, rounds=1)
    assert started == [tmp_path / "prefect-server"]  # one server for both steps
    expected = {"PREFECT_API_URL": "http://127.0.0.1:1/api", prefect_server.PID_ENV: str(stand_in.pid)}
    assert seen == {"prefect": (expected, 12.5), "dask": expected}
    figures = result["prefect_server"]
    assert (figures["start_seconds"], figures["start_cpu_seconds"]) == (12.5, 9.0)
    assert figures["cpu_seconds"] >= 0 and figures["flow_steps_seconds"] >= 0
    assert "Prefect server for the flow steps" in render({**result, "targets": evaluate(result)})


def test_a_server_that_does_not_start_leaves_each_step_its_temporary_server(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    @contextmanager
    def failing(home: Path, **_: Any) -> Iterator[prefect_server.Server]:
        raise RuntimeError("the Prefect server did not answer within 1 s")
        yield  # pragma: no cover

    seen: dict[str, Any] = {}
    monkeypatch.setattr(prefect_server, "shared_server", failing)
    monkeypatch.setattr(bench_run, "prefect_overhead", lambda work, env=None, server_start=None: seen.update(
        prefect=(env, server_start)) or {"overhead_seconds": 20.0, "flow_seconds": 29.0, "stages_seconds": 9.0})
    result = _shell()
    bench_run.flow_steps_run(result, ["prefect"], corpus=None, work=tmp_path, path=tmp_path / "r.json",
                             started=0.0, smallest=1000, dask_dir=tmp_path, dask_articles=10, rounds=1)
    assert seen == {"prefect": ({}, None)}
    assert "did not answer" in result["prefect_server"]["error"]
    assert "each step started a temporary server" in render({**result, "targets": evaluate(result)})


def test_the_dask_bench_counts_the_shared_servers_cpu_with_its_own_tree(
        monkeypatch: pytest.MonkeyPatch, stand_in: subprocess.Popen[bytes]) -> None:
    # The stand-in is a child here; what matters is that a pid named in PID_ENV is read even when it is not.
    monkeypatch.setenv(prefect_server.PID_ENV, str(os.getppid()))
    assert os.getppid() in dask_bench.tree_cpu()
    monkeypatch.delenv(prefect_server.PID_ENV)
    assert os.getppid() not in dask_bench.tree_cpu()


def test_the_overhead_with_a_temporary_servers_start_up_is_printed_beside_the_shared_one() -> None:
    result = _shell(prefect={"overhead_seconds": 3.0, "flow_seconds": 12.0, "stages_seconds": 9.0, "server": "shared",
                          "server_start_seconds": 15.0, "overhead_with_server_start_seconds": 18.0,
                          "inside_flow": {"overhead_seconds": 0.5, "flow_seconds": 9.5}})
    text = render({**result, "targets": evaluate(result)})
    assert "Prefect overhead of dealwatch run on the demo site: 3.0 s" in text
    assert "with a temporary server's start-up (the one above) 18.0 s" in text
    assert "the client's connection" in text and "temporary server\n" not in text
