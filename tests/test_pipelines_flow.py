"""The run flow: crawl retry policy, per-source isolation, verdicts, resume, on a real Prefect API (one per session)."""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines import flow, settings, stages, steps
from spiders.errors import SourceError
from tests.fixtures.http_server import demo_server  # noqa: F401 (fixture)


class _FailedState:
    """Stands in for a Prefect task-run state whose result raises `error`."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def result(self) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "retry"),
    [
        (SourceError("http://x.example/: connection refused", permanent=False), True),
        (SourceError("http://x.example/: HTTP 404", permanent=True), False),
        (RuntimeError("crawler subprocess died"), True),
    ],
)
def test_crawl_retries_only_what_can_succeed_later(error: BaseException, retry: bool) -> None:
    assert flow._retry_unless_bad_source(None, None, _FailedState(error)) is retry


def test_the_crawl_task_is_configured_with_retries() -> None:
    assert flow.crawl_source_task.retries == settings.CRAWL_RETRIES >= 1
    assert flow.crawl_source_task.retry_condition_fn is flow._retry_unless_bad_source


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/sitemap.xml"


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.mark.e2e
def test_a_failed_load_resumes_without_crawling_again(
    demo_server: str, prefect_api: str, data_home: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    db = data_home / "dealwatch.duckdb"
    page = demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    real_load = stages.load

    def broken_load(*args: Any, **kwargs: Any) -> dict[str, int]:
        raise OSError("disk full")

    monkeypatch.setattr(stages, "load", broken_load)
    with pytest.raises(OSError):
        flow.dealwatch_run(sources=[page], db=str(db), out=str(data_home / "r"))
    (run_id, state, stage, error), = _rows(db, "select run_id, state, stage, error from runs")
    assert (state, stage) == ("failed", "extract") and "disk full" in error

    def no_crawl(*args: Any) -> None:
        raise AssertionError("a resumed run must not crawl again")

    monkeypatch.setattr(stages, "load", real_load)
    monkeypatch.setitem(steps.FUNCTIONS, "crawl", no_crawl)
    monkeypatch.setitem(steps.FUNCTIONS, "extract", no_crawl)
    result = flow.dealwatch_run(resume=run_id)
    assert result["run_id"] == run_id and result["state"] == "completed"
    assert _rows(db, "select state, stage, attempts, articles_loaded from runs") == [("completed", "report", 2, 1)]
    assert _rows(db, "select count(*) from articles") == [(1,)]


@pytest.mark.e2e
def test_one_unreachable_source_of_two_gives_a_partial_run_that_says_so_on_its_last_line(
    demo_server: str, prefect_api: str, data_home: Path  # noqa: F811
) -> None:
    import os
    import subprocess
    import sys

    down = _closed_port_url()
    page = demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    env = {**os.environ, "PREFECT_API_URL": prefect_api, "DEALWATCH_HOME": str(data_home), "DEALWATCH_CRAWL_RETRIES": "0"}
    proc = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--source", page, "--source", down],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    verdict = proc.stdout.strip().splitlines()[-1]
    assert verdict.startswith("run ") and " partial: " in verdict and down in verdict
    assert "1 articles loaded" in verdict
    err = proc.stderr
    assert "Traceback" not in err
    for line in ("crawl: done, ", "parse: done, 1 articles", "extract: done, ", "load: done, 1 articles", "report: done, "):
        assert line in err, err
    # Prefect's INFO chatter stays in the log file: what is left is progress and one line per failure
    assert len(err.strip().splitlines()) <= 15, err
    # the warehouse says the same: partial, what failed, the Prefect flow run it was
    db = data_home / "dealwatch.duckdb"
    (run_id, state, error, failures, flow_run_id), = _rows(db, "select run_id, state, error, failures, flow_run_id from runs")
    assert state == "partial" and down in error and down in failures
    assert flow_run_id and len(flow_run_id) == 36
    assert _rows(db, "select count(*) from articles") == [(1,)]
    import json

    timings = json.loads((data_home / "staging" / run_id / "timings.json").read_text())
    assert set(timings["stage_seconds"]) == {"crawl", "parse", "extract", "load", "report"}
    assert 0 <= timings["overhead_seconds"] < timings["flow_seconds"]
