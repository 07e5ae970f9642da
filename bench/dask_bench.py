"""`python -m bench.dask_bench`: extraction batches through the flow's Dask mapping, 1 worker against 2, warm and alternating.

Uses the same pieces as `dealwatch run --runner dask`: the flow's
`prefect_map` submits `extract-batch` tasks (pipelines.flow) on a
`DaskTaskRunner` connected to a local cluster of 2 worker processes (one
thread each, the cluster settings of `cmd_run.task_runner`). The 1-worker
side runs on one of those two workers (every batch restricted to it with
`dask.annotate(workers=...)`), the 2-worker side on both.

What is timed, and what is not (a fair comparison of the two sides):

- both sides run on the same two worker processes (session 19): the 1-worker
  side takes them in turn from round to round. Until session 18 each side had
  a cluster of its own, and the same extraction cost one cluster's workers
  12-15% more CPU than the other's, the same way in every round of a run and
  either way between runs (workers' CPU x1.12 and x0.875 in session 18's two
  runs): a difference between processes read as a speed-up (1.52 and 2.01);
- the cluster is started, and the extraction pipeline loaded and run once in
  both workers (`warm_worker`), before any clock starts; a small warm-up flow
  then runs each worker's Prefect task engine once. Cluster start-up and
  pipeline loading are reported apart (`warm_seconds`), never inside the ratio;
- each round runs the same articles on both sides, the order alternating from
  round to round (1 then 2, 2 then 1, ...), so a neighbour's burst or a cache
  warmed by the first side does not always favour the same side;
- `seconds` of a side is the mapped extraction inside the flow: from the first
  task submitted to the last result back (Prefect's task runs, the batches
  shipped to the workers and the claims shipped back included; the runner's
  client is connected to the running cluster just before); `flow_seconds`
  is the whole flow call around it (flow run creation, the client's connection);
- beside the wall time, CPU seconds: the side's workers' own
  (`resource.getrusage` in each worker, before and after; each worker's share
  in `each_worker_cpu_seconds`), this process's (the flow engine, the Dask
  client and scheduler) and the rest of this process's tree (the nannies, and
  Prefect's server: the temporary one this process starts, or the bench's shared
  one, bench.prefect_server), read from /proc. `cores_used` is all of it over
  the wall time: on two shared cores it shows whether the second worker got a
  core at all. The worker the 1-worker side leaves idle is counted apart
  (`idle_cluster_cpu_seconds`: its heartbeats and Dask's system monitor).

The ratio (`speedup`) is the median of the rounds' seconds_1 / seconds_2,
with its spread ((max - min) / median). It is judged by wall time: the two
sides run on one and two processes at once, so CPU time cannot say how much
sooner the work is done; the CPU figures say why it is not sooner. Prints JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from bench.prefect_server import PID_ENV
from bench.proc import descendants, process_cpu_seconds

#: How the figures are made, printed with every result.
METHOD = ("one cluster of 2 workers, started and warm (pipeline loaded and run once in both) before any timing; "
          "the 1-worker side runs on one of the two (the batches restricted to it), taking them in turn from round "
          "to round, so both sides run on the same processes; rounds alternate the order of the two sides; seconds "
          "= first batch submitted to last result, inside the flow; speedup = median over rounds of seconds_1 / "
          "seconds_2, judged by wall time (the sides run in parallel processes); CPU seconds of the workers, of the "
          "flow process and of the rest of its process tree and Prefect's server beside it")

#: Text each worker extracts once before the timing: every claim component runs at least once.
WARM_TEXT = ("Der Kaufpreis für den Messengerdienst lag bei rund 19 Milliarden Dollar. "
             "Seit dem Sommer reicht der Dienst Telefonnummern an den Mutterkonzern weiter; "
             "widersprechen können die Nutzer dem nicht.")


# ----------------------------------------------------------------- in the workers


def warm_worker() -> float:
    """Load the extraction pipeline in this worker and run it once; the seconds it took."""
    start = time.perf_counter()
    from pipelines import stages

    stages.extract_articles([{"article_id": "warm-up", "text": WARM_TEXT}])
    return time.perf_counter() - start


def cpu_seconds() -> float:
    """User + system CPU seconds of the calling process (run in each worker through `Client.run`)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# ----------------------------------------------------------------- pure helpers


def batches_of(articles_jsonl: Path, limit: int, size: int) -> list[list[dict[str, Any]]]:
    """The first `limit` article records of a staged file, in batches of `size`."""
    records = []
    with articles_jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
                if len(records) >= limit:
                    break
    return [records[i:i + size] for i in range(0, len(records), size)]


def round_orders(rounds: int, sides: tuple[int, ...] = (1, 2)) -> list[tuple[int, ...]]:
    """The order of the sides in each round: as given, then reversed, alternating."""
    return [sides if number % 2 == 0 else tuple(reversed(sides)) for number in range(rounds)]


def alone_in_round(addresses: list[str], number: int) -> str:
    """The worker the 1-worker side runs on in round `number` (from 0): the cluster's workers in turn."""
    return sorted(addresses)[number % len(addresses)]


def restricted_to(worker: str | None) -> AbstractContextManager[Any]:
    """Tasks submitted inside run on `worker` only (Dask's worker restriction); no restriction for None."""
    if not worker:
        return nullcontext()
    import dask

    return dask.annotate(workers=[worker], allow_other_workers=False)


def spread(values: list[float]) -> float | None:
    """(max - min) / median of `values` (None when the median is 0 or there are none)."""
    if not values:
        return None
    median = statistics.median(values)
    return round((max(values) - min(values)) / median, 3) if median else None


def summarise(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Median and spread of the rounds' speed-ups, and each side's median figures.

    A round is {"order": [1, 2], "1": side, "2": side}, a side {"seconds", "flow_seconds",
    "workers_cpu_seconds", "main_cpu_seconds", "other_cpu_seconds"}. The top-level
    `seconds_1`, `seconds_2` and `speedup` keep the names of the older single-run result,
    so `make bench-compare` lines old and new runs up.
    """
    done = [r for r in rounds if r.get("1", {}).get("seconds") and r.get("2", {}).get("seconds")]
    if not done:
        return {"error": "no round finished on both sides"}
    speedups = [r["1"]["seconds"] / r["2"]["seconds"] for r in done]
    out: dict[str, Any] = {"speedup": round(statistics.median(speedups), 3),
                           "speedup_rounds": [round(s, 3) for s in speedups], "speedup_spread": spread(speedups)}
    for side in ("1", "2"):
        def median(key: str, side: str = side) -> float | None:
            values = [r[side][key] for r in done if r[side].get(key) is not None]
            return round(statistics.median(values), 3) if values else None

        figures = {key: median(key) for key in ("seconds", "flow_seconds", "workers_cpu_seconds", "main_cpu_seconds",
                                                "other_cpu_seconds", "idle_cluster_cpu_seconds")}
        cpu = sum(figures[k] or 0.0 for k in ("workers_cpu_seconds", "main_cpu_seconds", "other_cpu_seconds"))
        figures["cores_used"] = round(cpu / figures["flow_seconds"], 2) if figures["flow_seconds"] else None
        out[f"side_{side}"] = figures
        out[f"seconds_{side}"] = figures["seconds"]
    w1, w2 = out["side_1"]["workers_cpu_seconds"], out["side_2"]["workers_cpu_seconds"]
    # The work itself: 1.0 when two workers do the same CPU work as one (no work added by splitting it).
    out["workers_cpu_ratio"] = round(w2 / w1, 3) if w1 and w2 else None
    return out


# ----------------------------------------------------------------- CPU of this process tree


def tree_cpu() -> dict[int, float]:
    """CPU seconds of every process below this one, by pid, and of the bench's shared Prefect server.

    The shared server (bench.prefect_server, its pid in PID_ENV) is no child of this process, but it
    serves this process's flow runs where a temporary server, a child, did before: counted the same way.
    """
    pids = descendants(os.getpid())
    server = os.environ.get(PID_ENV, "")
    if server.isdigit():
        pids += [int(server), *descendants(int(server))]
    return {pid: process_cpu_seconds(pid) for pid in pids}


# ----------------------------------------------------------------- the measurement


def _cluster_kwargs(workers: int) -> dict[str, Any]:
    """The local cluster `dealwatch run --runner dask` starts, with `workers` workers."""
    from pipelines.cmd_run import task_runner

    return dict(task_runner("dask", None, workers=workers).cluster_kwargs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dask_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--run-dir", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds, the order of the sides alternating")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(args.work / "prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    try:
        from distributed import Client, LocalCluster
        from prefect import flow
        from prefect_dask import DaskTaskRunner

        from pipelines import flow as pipeline_flow
        from pipelines import settings
    except ImportError as exc:
        print(json.dumps({"missing": f"cannot import the Dask runner: {exc}"}))
        return 0

    batch_size = settings.EXTRACT_BATCH_SIZE
    articles_path = str(args.run_dir / "articles.jsonl")
    n_articles = sum(len(b) for b in batches_of(Path(articles_path), args.articles, batch_size))

    # The flow gets a path, not the articles: Prefect caps flow parameters at 512 KB.
    @flow(name="bench-dask-extract")
    def extract_batches(path: str, limit: int, size: int, worker: str | None = None) -> dict[str, Any]:
        batches = batches_of(Path(path), limit, size)
        _connect_runner()  # the runner's client connects on first use: before the clock, not inside it
        # `worker`: every batch restricted to that one worker of the cluster (the 1-worker side).
        start = time.perf_counter()
        with restricted_to(worker):
            outcomes = pipeline_flow.prefect_map("extract", [(b,) for b in batches], lambda _i, _o: None)
        seconds = time.perf_counter() - start
        return {"seconds": seconds, "values": [o.value if o.ok else o.error for o in outcomes]}

    result: dict[str, Any] = {"articles": n_articles, "batches": -(-n_articles // batch_size),
                              "batch_size": batch_size, "method": METHOD, "warm_seconds": {}}
    clusters: dict[int, tuple[Any, Any]] = {}
    try:
        start = time.perf_counter()
        cluster = LocalCluster(**_cluster_kwargs(2))
        # Not the default client: prefect-dask's runner would take a default client's cluster
        # over the address it is given.
        client = Client(cluster, set_as_default=False)
        clusters[2] = (cluster, client)  # closed in `finally` even when its warm-up fails
        client.wait_for_workers(2)
        loads = client.run(warm_worker)
        run_flow = extract_batches.with_options(task_runner=DaskTaskRunner(address=cluster.scheduler_address))
        worker_pids: dict[str, int] = client.run(os.getpid)
        addresses = sorted(worker_pids)
        # One small batch on each worker through Prefect, so each worker's task engine has run once.
        for address in addresses:
            run_flow(articles_path, 1, 1, address)
        result["warm_seconds"]["2"] = {"total": round(time.perf_counter() - start, 3),
                                       "pipeline_load": [round(s, 3) for s in loads.values()]}
        rounds: list[dict[str, Any]] = []
        claims: dict[int, list[str]] = {}
        for number, order in enumerate(round_orders(args.rounds)):
            # The 1-worker side takes the cluster's workers in turn, so both sides run on the same processes.
            alone = alone_in_round(addresses, number)
            one_round: dict[str, Any] = {"order": list(order), "load_1min": round(os.getloadavg()[0], 2),
                                         "one_worker": addresses.index(alone) + 1}
            for workers in order:
                only = alone if workers == 1 else None
                used = {alone} if only else set(addresses)
                side, values = _timed_side(run_flow, client, (articles_path, args.articles, batch_size, only),
                                           {worker_pids[a] for a in addresses if a not in used}, used)
                one_round[str(workers)] = side
                failed = [v for v in values if isinstance(v, str)]
                if failed:
                    result["error"] = f"{len(failed)} batches failed with {workers} workers: {failed[0]}"
                claims.setdefault(workers, sorted(c.get("claim_id", json.dumps(c, sort_keys=True))
                                                  for v in values if isinstance(v, list) for c in v))
            rounds.append(one_round)
            print(f"dask round {len(rounds)}: {json.dumps(one_round)}", file=sys.stderr, flush=True)
    finally:
        for cluster, client in clusters.values():
            client.close()
            cluster.close()
    result["rounds"] = rounds
    result.update(summarise(rounds))
    result["claims"] = len(claims.get(1, []))
    result["identical_claims"] = claims.get(1) == claims.get(2)
    print(json.dumps(result))
    return 0


def _connect_runner() -> None:
    """Make the flow's Dask task runner connect its client to the cluster now (it does so on first use)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    runner = getattr(context, "task_runner", None)
    if runner is not None and hasattr(runner, "client"):
        runner.client  # noqa: B018 (the property connects)


def _timed_side(run_flow: Any, client: Any, flow_args: tuple[Any, ...], idle: set[int] = frozenset(),
                used: set[str] | None = None) -> tuple[dict[str, Any], list[Any]]:
    """One side of a round: the flow run with wall and CPU seconds around it; its figures and batch values.

    `idle` are the processes waiting meanwhile (the worker the 1-worker side leaves out): their CPU
    (heartbeats, Dask's system monitor) is counted apart, as `idle_cluster_cpu_seconds`, not as this
    side's. `used`: the addresses of the workers this side runs on (None: all).
    """
    workers_before = client.run(cpu_seconds)
    tree_before, main_before = tree_cpu(), time.process_time()
    start = time.perf_counter()
    out = run_flow(*flow_args)
    flow_seconds = time.perf_counter() - start
    main_cpu = time.process_time() - main_before
    tree_after = tree_cpu()
    workers_after = client.run(cpu_seconds)
    ran = [w for w in workers_after if used is None or w in used]
    workers_cpu = sum(workers_after[w] - workers_before.get(w, 0.0) for w in ran)
    spent = {pid: cpu - tree_before.get(pid, 0.0) for pid, cpu in tree_after.items()}
    idle_cpu = sum(cpu for pid, cpu in spent.items() if pid in idle)
    tree = sum(cpu for pid, cpu in spent.items() if pid not in idle)
    side = {"seconds": round(out["seconds"], 3), "flow_seconds": round(flow_seconds, 3),
            "workers_cpu_seconds": round(workers_cpu, 3),
            # Each worker's share: how evenly the batches fell (the side's time is its busiest worker's).
            "each_worker_cpu_seconds": sorted((round(workers_after[w] - workers_before.get(w, 0.0), 3)
                                               for w in ran), reverse=True),
            "main_cpu_seconds": round(main_cpu, 3),
            # The rest of the tree: Prefect's server (temporary, or the bench's shared one), this cluster's nannies.
            "other_cpu_seconds": round(max(tree - workers_cpu, 0.0), 3),
            "idle_cluster_cpu_seconds": round(idle_cpu, 3)}
    return side, out["values"]


if __name__ == "__main__":
    sys.exit(main())
