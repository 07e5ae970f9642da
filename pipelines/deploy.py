"""`dealwatch deploy`: register the run flow as a deployment on the Prefect server `PREFECT_API_URL` names.

The deployment is the one in `prefect.yaml` at the repository root; this
command checks the options first (one line and exit 2 for a bad one), creates
the work pool when it does not exist (a `process` pool: a worker on a
machine with this repository installed runs the flow), then runs
`prefect deploy` on that file with the schedule, pool and parameters given.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

from pipelines import options
from pipelines.errors import RunFailed, UsageError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEPLOYMENT = "dealwatch"
DEFAULT_POOL = "dealwatch"


def add_deploy_parser(add: Any) -> None:
    """Register `deploy` with the CLI's subparser helper `add(name, func, help)`."""
    from pipelines.cli import add_db_option, add_out_option, add_source_options

    p = add("deploy", cmd_deploy, "register a deployment on the Prefect server PREFECT_API_URL names")
    p.add_argument("--cron", required=True, metavar="EXPR", help="when to run, e.g. '0 6 * * *' (UTC)")
    p.add_argument("--pool", default=DEFAULT_POOL, metavar="NAME", help=f"work pool (a process pool is created if missing; default: {DEFAULT_POOL})")
    add_source_options(p), add_db_option(p), add_out_option(p)


def cmd_deploy(args: argparse.Namespace) -> int:
    """Check everything, then register the deployment; prints its name and the worker command."""
    from pipelines.serve import validate_schedule

    api_url = os.environ.get("PREFECT_API_URL")
    if not api_url:
        raise UsageError("set PREFECT_API_URL to your Prefect server (e.g. http://127.0.0.1:4200/api after 'prefect server start')")
    validate_schedule(args.cron, None)
    if not args.pool.replace("-", "").replace("_", "").isalnum():
        raise UsageError(f"bad --pool {args.pool!r}: letters, digits, '-' and '_' only")
    sources = options.sources(args, default_demo=True)
    parameters: dict[str, Any] = {"resume_failed": True, "all_topics": args.all_topics}
    if sources:
        parameters["sources"] = sources
    if args.db:  # absolute: the worker's working directory is the repository
        parameters["db"] = str(options.warehouse(Path(args.db)).resolve())
    if args.out:
        parameters["out"] = str(options.writable_dir(Path(args.out), "report directory").resolve())
    _check_reachable(api_url)
    options.setup_prefect()
    ensure_pool(args.pool)
    command = [
        sys.executable, "-m", "prefect", "--no-prompt", "deploy", "--name", DEPLOYMENT,
        "--prefect-file", str(PROJECT_ROOT / "prefect.yaml"),
        "--cron", args.cron, "--timezone", "UTC", "--pool", args.pool, "--params", json.dumps(parameters),
    ]
    env = {**os.environ, "DEALWATCH_REPO": str(PROJECT_ROOT)}
    proc = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        lines = [line.strip() for line in (proc.stderr + proc.stdout).splitlines() if line.strip()]
        raise RunFailed(f"prefect deploy failed: {lines[-1] if lines else f'exit status {proc.returncode}'}")
    print(f"deployment dealwatch-run/{DEPLOYMENT} registered at {api_url}: cron {args.cron!r} (UTC), pool {args.pool}")
    print(f"start a worker to run it: prefect worker start --pool {args.pool}")
    return 0


def ensure_pool(name: str) -> None:
    """Create the work pool `name` as a process pool unless it exists."""
    import asyncio

    from prefect import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectNotFound

    async def ensure() -> None:
        async with get_client() as client:
            try:
                await client.read_work_pool(name)
            except ObjectNotFound:
                await client.create_work_pool(WorkPoolCreate(name=name, type="process"))

    asyncio.run(ensure())


def _check_reachable(api_url: str) -> None:
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=5):
            return
    except OSError as exc:
        raise UsageError(f"no Prefect server answers at {api_url}: {getattr(exc, 'reason', exc)}") from None
