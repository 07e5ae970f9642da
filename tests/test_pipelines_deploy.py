"""`dealwatch deploy`: a deployment on a Prefect server, run by a process worker, lands in the warehouse."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.cli import main
from tests.fixtures.http_server import demo_server  # noqa: F401 (fixture)


def test_deploy_without_a_server_is_exit_2(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["deploy", "--cron", "0 6 * * *"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PREFECT_API_URL" in err


@pytest.mark.parametrize("argv", [["--cron", "every day"], ["--cron", "0 6 * * *", "--pool", "no pool!"]])
def test_deploy_checks_its_options_first(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")  # never asked: the options fail first
    assert main(["deploy", *argv]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.e2e
def test_a_deployment_runs_on_a_worker_and_lands_in_the_warehouse(
    prefect_api: str, demo_server: str, tmp_path: Path  # noqa: F811
) -> None:
    home = tmp_path / "data"
    db = home / "deployed.duckdb"
    env = {**os.environ, "PREFECT_API_URL": prefect_api, "DEALWATCH_HOME": str(home)}
    page = demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    deploy = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "deploy", "--cron", "0 6 * * *", "--pool", "dealwatch-test",
         "--source", page, "--db", str(db)],
        env=env, capture_output=True, text=True, timeout=180,
    )
    assert deploy.returncode == 0, deploy.stderr[-2000:]
    assert "prefect worker start --pool dealwatch-test" in deploy.stdout
    prefect = [sys.executable, "-m", "prefect"]
    triggered = subprocess.run([*prefect, "deployment", "run", "dealwatch-run/dealwatch"], env=env,
                               capture_output=True, text=True, timeout=120)
    assert triggered.returncode == 0, triggered.stdout[-2000:] + triggered.stderr[-2000:]
    worker = subprocess.run([*prefect, "worker", "start", "--pool", "dealwatch-test", "--run-once"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert worker.returncode == 0, worker.stdout[-2000:] + worker.stderr[-2000:]
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("select state, articles_loaded, flow_run_id is not null from runs").fetchall()
        assert runs == [("completed", 1, True)]
        assert con.execute("select count(*) from claims").fetchone()[0] > 0
