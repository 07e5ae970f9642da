"""`python -m bench.dask_bench`: extraction batches through the flow's Dask mapping, 1 worker against 2.

Uses the same pieces as `dealwatch run --runner dask`: the flow's
`prefect_map` submits `extract-batch` tasks (pipelines.flow) on a
`DaskTaskRunner` with a local cluster of 1, then 2 worker processes (one
thread each). Timed from flow start to end, so cluster start-up and each
worker's pipeline load count, as they do in a real run. Prints JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any


def _batches(articles_jsonl: Path, limit: int, size: int) -> list[list[dict[str, Any]]]:
    records = []
    with articles_jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
                if len(records) >= limit:
                    break
    return [records[i:i + size] for i in range(0, len(records), size)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dask_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--run-dir", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(args.work / "prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    try:
        from prefect import flow
        from prefect_dask import DaskTaskRunner

        from pipelines import flow as pipeline_flow
        from pipelines import settings
    except ImportError as exc:
        print(json.dumps({"missing": f"cannot import the Dask runner: {exc}"}))
        return 0
    if not hasattr(pipeline_flow, "prefect_map"):
        print(json.dumps({"missing": "pipelines.flow has no mapped extraction (prefect_map) yet"}))
        return 0

    batch_size = getattr(settings, "EXTRACT_BATCH_SIZE", 200)
    articles_path = str(args.run_dir / "articles.jsonl")
    n_articles = sum(len(b) for b in _batches(Path(articles_path), args.articles, batch_size))

    # The flow gets a path, not the articles: Prefect caps flow parameters at 512 KB.
    @flow(name="bench-dask-extract")
    def extract_batches(path: str, limit: int, size: int) -> list[Any]:
        batches = _batches(Path(path), limit, size)
        outcomes = pipeline_flow.prefect_map("extract", [(b,) for b in batches], lambda _i, _o: None)
        return [o.value if o.ok else o.error for o in outcomes]

    result: dict[str, Any] = {"articles": n_articles, "batches": -(-n_articles // batch_size),
                              "batch_size": batch_size}
    claims: dict[int, list[str]] = {}
    for workers in (1, 2):
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                                "dashboard_address": None})
        start = time.perf_counter()
        values = extract_batches.with_options(task_runner=runner)(articles_path, args.articles, batch_size)
        result[f"seconds_{workers}"] = round(time.perf_counter() - start, 3)
        failed = [v for v in values if isinstance(v, str)]
        if failed:
            result["error"] = f"{len(failed)} batches failed with {workers} workers: {failed[0]}"
        claims[workers] = sorted(c.get("claim_id", json.dumps(c, sort_keys=True))
                                 for v in values if isinstance(v, list) for c in v)
    result["claims"] = len(claims[1])
    result["identical_claims"] = claims[1] == claims[2]
    result["speedup"] = round(result["seconds_1"] / result["seconds_2"], 3)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
