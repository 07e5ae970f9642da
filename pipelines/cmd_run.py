"""`dealwatch run`: one full run as a Prefect flow, on the default or the Dask task runner."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from pipelines import options, paths, progress
from pipelines.cli_discover import date_range
from pipelines.errors import RunFailed, UsageError


def validate(args: argparse.Namespace) -> dict[str, Any]:
    """Every option of `run`, checked before any work; returns the flow's parameters."""
    if args.resume and (args.source or args.sources or args.all_topics):
        raise UsageError("--resume continues a run with its own sources; drop --source/--sources/--all-topics")
    if args.dask_address and args.runner != "dask":
        raise UsageError("--dask-address needs --runner dask")
    if args.batch_size is not None and args.batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, not {args.batch_size}")
    options.dask_address(args.dask_address)
    sources = options.sources(args)
    if args.resume and (args.date_from or args.date_to):
        raise UsageError("--resume continues a run with its own dates; drop --from/--to")
    date_range(args)  # a malformed --from/--to is a usage error before anything starts
    options.writable_dir(paths.data_home())
    out = options.writable_dir(options.out(args), "report directory")
    db = options.warehouse(options.db(args))
    if args.resume:
        from pipelines.rundir import RunDir

        try:
            run = RunDir.open(args.resume)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        # The run's own warehouse and report directory, unless given again.
        db = options.warehouse(options.db(args)) if args.db else options.warehouse(options.Path(run.params["db"]))
        out = options.writable_dir(options.out(args), "report directory") if args.out else options.Path(run.params["out"])
    return {
        "sources": sources,
        "db": str(db),
        "out": str(out),
        "all_topics": args.all_topics,
        "date_from": args.date_from,
        "date_to": args.date_to,
        "lang": args.lang,
        "resume": args.resume,
        "batch_size": args.batch_size,
    }


def task_runner(runner: str, address: str | None, workers: int | None = None) -> Any:
    """The Prefect task runner for `--runner`: None (the flow's default, threads) or a DaskTaskRunner.

    Without an address, a local cluster of `workers` processes (default settings.DASK_WORKERS),
    one thread each (spaCy holds the GIL), no dashboard (offline, no port to collide).
    """
    if runner != "dask":
        return None
    import os

    # Dask configures its own loggers: keep its shutdown chatter ("still alive, killing") off the terminal
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
    from prefect_dask import DaskTaskRunner

    from pipelines import settings

    if address:
        return DaskTaskRunner(address=options.dask_address(address))
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": workers or settings.DASK_WORKERS, "threads_per_worker": 1, "processes": True,
                        "dashboard_address": None},
    )


def cmd_run(args: argparse.Namespace) -> int:
    """One full pipeline run as a Prefect flow; the last line printed is the verdict."""
    call = validate(args)
    if args.resume:  # the run's own sources and settings are in its state.json
        call = {"resume": args.resume, "db": call["db"], "out": call["out"], "lang": call["lang"]}
    options.setup_prefect()
    from pipelines.flow import dealwatch_run

    flow = dealwatch_run
    runner = task_runner(args.runner, args.dask_address)
    if runner is not None:
        flow = dealwatch_run.with_options(task_runner=runner)
    try:
        with progress.use(progress.for_stream(sys.stderr)):
            result = options.translate_stage_errors(lambda: flow(**call))
    except (UsageError, RunFailed):
        raise
    except Exception as exc:  # the flow recorded and logged the details; the user gets one line
        from pipelines.steps import one_line

        raise RunFailed(one_line(exc)) from None
    print(result["verdict"] + f"; report {result['report']}", flush=True)
    return 0
