"""`python -m bench.stage STAGE ...`: run one pipeline stage in this process and print its figures as JSON.

The harness starts one process per stage (bench.proc) so each stage's wall
time and peak memory are its own. The stage functions are those of
`pipelines.stages`; `seconds` is the time of the stage call alone (imports
and interpreter start are outside it, and inside the process's wall time).
"""
from __future__ import annotations

import argparse
import inspect
import json
import sys
import time
from pathlib import Path
from typing import Any

#: Scrapy settings for the benchmark crawl: the server is our own on 127.0.0.1, so politeness
#: delays would measure waiting, not work. Production crawls (spiders/settings.py) keep AutoThrottle
#: on and 4 requests per domain; the targets line says so next to the figure.
CRAWL_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_DELAY": 0,
    "LOG_LEVEL": "WARNING",
}


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and its finished children (the crawl's Scrapy process)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _words(path: Path) -> tuple[int, int]:
    """(articles, words) of an articles.jsonl."""
    articles = words = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                articles += 1
                words += len(json.loads(line).get("text", "").split())
    return articles, words


def _lines(path: Path) -> int:
    if not path.is_file():
        return 0
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def crawl(args: argparse.Namespace) -> dict[str, Any]:
    from spiders.crawl import run_crawl

    run_dir = Path(args.run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    accepted = inspect.signature(run_crawl).parameters
    kwargs: dict[str, Any] = {"all_topics": False}
    if "settings" in accepted:
        kwargs["settings"] = CRAWL_SETTINGS
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    stats = run_crawl([args.source], run_dir, **kwargs)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_before
    # Before the fetch/parse split the crawl itself wrote articles.jsonl: then parsing is inside
    # the crawl's time and the parse stage has nothing to time.
    return {"seconds": seconds, "cpu_seconds": cpu, "stats": {k: v for k, v in stats.items() if k != "per_outlet"},
            "parse_folded_in": (run_dir / "articles.jsonl").is_file()}


def parse(args: argparse.Namespace) -> dict[str, Any]:
    from pipelines import stages

    run_dir = Path(args.run_dir)
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    stats = stages.parse(run_dir)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_before
    articles, words = _words(run_dir / "articles.jsonl")
    return {"seconds": seconds, "cpu_seconds": cpu, "articles": articles, "words": words,
            "stats": {k: v for k, v in (stats or {}).items() if k != "per_outlet"}}


def extract(args: argparse.Namespace) -> dict[str, Any]:
    from pipelines import stages

    run_dir = Path(args.run_dir)
    articles, words = _words(run_dir / "articles.jsonl")
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    claims = stages.extract(run_dir)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_before
    if not isinstance(claims, int):  # a stage that returns stats instead of a count
        claims = _lines(run_dir / "claims.jsonl")
    return {"seconds": seconds, "cpu_seconds": cpu, "articles": articles, "words": words, "claims": claims,
            "errors": _lines(run_dir / "errors.jsonl")}


def load(args: argparse.Namespace) -> dict[str, Any]:
    """The load stage; `seconds` is the stage call alone (its modules imported before, timed apart),
    `steps` the warehouse's own account of where that time went (warehouse.steps)."""
    start = time.perf_counter()
    from pipelines import stages
    import warehouse.load  # noqa: F401  (imported by stages.load; timed here, outside the stage)
    from warehouse.steps import recording
    import_seconds = time.perf_counter() - start

    run_dir = Path(args.run_dir)
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    with recording() as steps:
        counts = stages.load(run_dir, Path(args.db), run_id=args.run_id)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_before
    rows = _lines(run_dir / "articles.jsonl") + _lines(run_dir / "claims.jsonl")
    return {"seconds": seconds, "cpu_seconds": cpu, "import_seconds": import_seconds, "rows": rows, "counts": counts,
            "steps": {name: {k: round(v, 3) for k, v in figures.items()} for name, figures in steps.items()}}


def arrow_claims(args: argparse.Namespace) -> dict[str, Any]:
    """DuckDB's own insert of the claims of `--run-dir`/claims.jsonl from Arrow (warehouse.bench.arrow_reference);
    with `--warehouse-only`, without the two information-only inserts (an unconstrained table, `:memory:`)."""
    from warehouse.bench import arrow_reference

    run_dir = Path(args.run_dir)
    return arrow_reference(run_dir / "claims.jsonl", Path(args.out), variants=not args.warehouse_only)


def stage_claims(args: argparse.Namespace) -> dict[str, Any]:
    """claims.parquet from `--run-dir`/claims.jsonl, as the extract stage writes it after the claims
    (pipelines.stages.stage_claims); its time belongs to extraction, not to the load."""
    from pipelines import stages

    run_dir = Path(args.run_dir)
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    stages.stage_claims(run_dir)
    seconds = time.perf_counter() - start
    parquet = run_dir / "claims.parquet"
    return {"seconds": seconds, "cpu_seconds": _cpu_seconds() - cpu_before, "written": parquet.is_file(),
            "bytes": parquet.stat().st_size if parquet.is_file() else 0}


def report(args: argparse.Namespace) -> dict[str, Any]:
    from pipelines import stages

    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    index = stages.report(Path(args.db), Path(args.out))
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_before
    out = Path(args.out)
    files = [p for p in out.rglob("*") if p.is_file()]
    return {"seconds": seconds, "cpu_seconds": cpu, "index": str(index), "files": len(files),
            "bytes": sum(p.stat().st_size for p in files)}


#: The other reading views timed once each beside `contradictions` (issue 12 reports them; no target).
OTHER_VIEWS = {
    "open_contradictions": "SELECT * FROM open_contradictions",
    "contradiction_side_pairs": "SELECT * FROM contradiction_side_pairs",
    "contradiction_outlet_pairs": "SELECT * FROM contradiction_outlet_pairs",
    "contradiction_pairs, one question, limit 20": "SELECT * FROM contradiction_pairs WHERE question_id = 'price' LIMIT 20",
    "contradiction_sides": "SELECT * FROM contradiction_sides",
}


def contradictions(args: argparse.Namespace) -> dict[str, Any]:
    """Time `SELECT * FROM contradictions` on a read-only connection (every round's seconds), then each
    of OTHER_VIEWS once: {"views": {name: {"seconds", "cpu_seconds", "rows"}}}."""
    import duckdb

    rounds = []
    rows = 0
    articles = 0
    for _ in range(args.rounds):
        conn = duckdb.connect(str(args.db), read_only=True)
        try:
            start = time.perf_counter()
            rows = len(conn.execute("SELECT * FROM contradictions").fetchall())
            rounds.append(time.perf_counter() - start)
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    views: dict[str, Any] = {}
    conn = duckdb.connect(str(args.db), read_only=True)
    try:
        for name, sql in OTHER_VIEWS.items():
            start, cpu = time.perf_counter(), time.process_time()
            try:
                n = len(conn.execute(sql).fetchall())
            except duckdb.Error as exc:  # a warehouse from before the view: say so, time the rest
                views[name] = {"error": str(exc).splitlines()[0]}
                continue
            views[name] = {"seconds": round(time.perf_counter() - start, 3),
                           "cpu_seconds": round(time.process_time() - cpu, 3), "rows": n}
    finally:
        conn.close()
    return {"seconds": sorted(rounds)[len(rounds) // 2], "rounds": rounds, "rows": rows, "articles": articles,
            "views": views}


STAGES = {"crawl": crawl, "parse": parse, "extract": extract, "load": load, "report": report,
          "contradictions": contradictions, "arrow_claims": arrow_claims,
          "stage_claims": stage_claims}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stage", description=__doc__.splitlines()[0])
    parser.add_argument("stage", choices=sorted(STAGES))
    parser.add_argument("--run-dir")
    parser.add_argument("--run-id", default=None)
    parser.add_argument("--source")
    parser.add_argument("--db")
    parser.add_argument("--out")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warehouse-only", action="store_true",
                        help="arrow_claims: only the insert into the warehouse's claims table (the target's reference)")
    args = parser.parse_args(argv)
    result = STAGES[args.stage](args)
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
