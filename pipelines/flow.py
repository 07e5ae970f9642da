"""The Prefect flow behind `dealwatch run`: crawl -> parse -> extract -> load -> report.

Crawl is mapped per source, parse per source archive, extract per batch of
articles (`pipelines.steps` does the work; this module only says how items
are mapped: as Prefect tasks, on whatever task runner the flow runs with).
A failed source or batch is recorded and the others go on; the run's state
in `runs` (completed / partial / failed) is set after the last stage, with
the Prefect flow run id. `resume` continues a run from its last completed stage.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.futures import as_completed

from pipelines import atomic, paths, settings, stages, steps
from pipelines.recording import RunRecord
from pipelines.rundir import RunDir
from pipelines.shipped import ArticleBatch, records_of
from pipelines.steps import Outcome


def _retry_unless_bad_source(task, task_run, state) -> bool:  # noqa: ANN001 (Prefect's signature)
    """Retry a crawl on transient trouble, not on a source that can never work."""
    from spiders.errors import SourceError

    try:
        state.result()
    except SourceError as exc:
        return not getattr(exc, "permanent", False)
    except Exception:  # noqa: BLE001 (any other failure is worth a retry)
        return True
    return False


def _timed(kind: str, *args: Any) -> tuple[Any, float]:
    """Run `kind`'s plain function; its value and the seconds of its own work."""
    started = time.perf_counter()
    value = steps.FUNCTIONS[kind](*args)
    return value, time.perf_counter() - started


@task(
    name="crawl-source",
    task_run_name="crawl {source}",
    retries=settings.CRAWL_RETRIES,
    retry_delay_seconds=settings.CRAWL_RETRY_DELAY_SECONDS,
    retry_condition_fn=_retry_unless_bad_source,
)
def crawl_source_task(
    source: str, source_dir: Path, all_topics: bool, date_from: str | None = None, date_to: str | None = None
) -> tuple[Any, float]:
    """Scrapy crawl of one source, in a subprocess, staged into its own directory (archive sources limited to the dates)."""
    return _timed("crawl", source, source_dir, all_topics, date_from, date_to)


@task(name="parse-archive", task_run_name="parse {source_dir.name}")
def parse_task(source_dir: Path, all_topics: bool) -> tuple[Any, float]:
    """Staged articles from one source's archive."""
    return _timed("parse", source_dir, all_topics)


@task(name="extract-batch")
def extract_batch_task(articles: ArticleBatch | list[dict[str, Any]]) -> tuple[Any, float]:
    """Claims of one batch of articles (records in, records out: runs on any Dask worker)."""
    return _timed("extract", records_of(articles))


TASKS = {"crawl": crawl_source_task, "parse": parse_task, "extract": extract_batch_task}
#: How a kind's arguments travel to its task: a batch of articles as one ArticleBatch (pipelines/shipped.py).
SHIPPED: dict[str, Callable[..., tuple[Any, ...]]] = {"extract": lambda articles: (ArticleBatch(articles),)}


def prefect_map(kind: str, items: Sequence[tuple[Any, ...]], on_done: Callable[[int, Outcome], None]) -> list[Outcome]:
    """Submit one task per item to the flow's task runner; collect outcomes as they complete."""
    ship = SHIPPED.get(kind, lambda *args: args)
    futures = [TASKS[kind].submit(*ship(*args)) for args in items]
    position = {future.task_run_id: index for index, future in enumerate(futures)}
    outcomes: list[Outcome | None] = [None] * len(futures)
    for future in as_completed(futures):
        index = position[future.task_run_id]
        result = future.result(raise_on_failure=False)  # waits for the final state
        if future.state.is_completed():
            value, seconds = result
            outcome = Outcome(value=value, seconds=seconds)
        else:
            error = result if isinstance(result, BaseException) else RuntimeError(future.state.message or "task failed")
            outcome = Outcome(error=steps.one_line(error), permanent=getattr(error, "permanent", True))
        outcomes[index] = outcome
        on_done(index, outcome)
    return [o for o in outcomes if o is not None]


def _flow_run_id() -> str | None:
    from prefect.runtime import flow_run

    return str(flow_run.id) if flow_run.id else None


@flow(name="dealwatch-run")
def dealwatch_run(
    sources: list[str] | None = None,
    db: str | None = None,
    out: str | None = None,
    all_topics: bool = False,
    resume: str | None = None,
    resume_failed: bool = False,
    batch_size: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    lang: str = "de",
) -> dict[str, Any]:
    """One full pipeline run; returns its id, state, counts per stage, verdict line and report path.

    With no sources it crawls the bundled demo site. `resume` continues the
    named run (its own parameters) from its last completed stage;
    `resume_failed` (scheduled runs) does so for the last run of the same
    sources when it failed or was abandoned, a limited number of times.
    """
    started = time.perf_counter()
    run = _the_run(resume, resume_failed, sources, all_topics, db, out, batch_size, date_from, date_to)
    params = run.params
    db_path, out_dir = Path(params["db"]), Path(params["out"])
    record = RunRecord(db_path, run, "run", flow_run_id=_flow_run_id())
    record.start(params["sources"])
    try:
        if not run.done("crawl"):
            steps.crawl(run, params["sources"], params["all_topics"], prefect_map,
                        date_from=params.get("date_from"), date_to=params.get("date_to"))
        if not run.done("parse"):
            steps.parse(run, params["all_topics"], prefect_map)
        if not run.done("extract"):
            steps.extract(run, prefect_map, unchanged=unchanged_in(db_path), batch_size=params.get("batch_size"))
        if not run.done("load"):
            steps.load(run, db_path)
        report_path = steps.report(run, db_path, out_dir, lang)
    except BaseException as exc:
        record.finish(exc)
        raise
    verdict = record.finish()
    flow_seconds = time.perf_counter() - started
    stage_seconds = run.stage_seconds()
    timings = {
        "flow_seconds": round(flow_seconds, 3),
        "stage_seconds": stage_seconds,
        "overhead_seconds": round(flow_seconds - sum(stage_seconds.values()), 3),
    }
    atomic.write_json(run.path / "timings.json", timings)  # for `make bench`: Prefect's part of a run
    return {
        "run_id": run.run_id,
        "state": verdict.state,
        "verdict": verdict.line(),
        "counts": verdict.counts,
        "failures": verdict.failures,
        "report": str(report_path),
        "staging": str(run.path),
        "timings": timings,
    }


@flow(name="dealwatch-extract")
def dealwatch_extract(run_id: str, batch_size: int | None = None) -> dict[str, Any]:
    """Extraction alone, afresh, over a staged run's articles, mapped per batch on the flow's task runner.

    For measuring runners (`make bench`: Dask with 1 and 2 workers); nothing is loaded.
    """
    run = RunDir.open_or_adopt(paths.staging_root() / run_id)
    started = time.perf_counter()
    counts = steps.extract(run, prefect_map, batch_size=batch_size, fresh=True)
    return {**counts, "seconds": round(time.perf_counter() - started, 3)}


def _the_run(
    resume: str | None, resume_failed: bool, sources: list[str] | None, all_topics: bool,
    db: str | None, out: str | None, batch_size: int | None, date_from: str | None = None,
    date_to: str | None = None,
) -> RunDir:
    """The run to work on: the named one, the last failed one of these sources, or a new one."""
    if resume:
        run = RunDir.open(resume)
        run.attempts += 1
        # A resumed run keeps its sources; its warehouse and report directory can be given anew.
        run.params.update({k: v for k, v in (("db", db), ("out", out)) if v})
        run.save()
        return run
    db_path = Path(db) if db else paths.default_db()
    params = {
        "sources": list(sources) if sources else [stages.demo_sitemap_url()],
        "all_topics": all_topics,
        "db": str(db_path),
        "out": str(Path(out) if out else paths.default_report_dir()),
        "batch_size": batch_size,
        "date_from": date_from,
        "date_to": date_to,
    }
    if resume_failed:
        previous = failed_run_to_resume(db_path, params)
        if previous is not None:
            previous.attempts += 1
            previous.save()
            return previous
    return RunDir.create(stages.new_run_id(), params)


def failed_run_to_resume(db_path: Path, params: dict[str, Any]) -> RunDir | None:
    """The last run, when it failed or was abandoned with these parameters and may be tried again."""
    from warehouse.runs import last_runs

    if not db_path.is_file():
        return None
    from pipelines.recording import abandon_dead_runs

    abandon_dead_runs(db_path)
    for row in last_runs(db_path, limit=1):
        if row["state"] not in ("failed", "abandoned") or row.get("command") not in (None, "run"):
            return None
        try:
            run = RunDir.open(row["run_id"])
        except ValueError:
            return None
        same = all(run.params.get(k) == params.get(k) for k in ("sources", "all_topics", "db", "out", "date_from", "date_to"))
        if same and run.attempts < settings.AUTO_RESUME_ATTEMPTS:
            return run
    return None


def unchanged_in(db_path: Path) -> Callable[[list[dict[str, Any]]], set[str]]:
    """Which articles the warehouse already holds with this exact text and extractor version."""

    def unchanged(articles: list[dict[str, Any]]) -> set[str]:
        from models.claims import EXTRACTOR_VERSION
        from warehouse.runs import already_extracted

        keys = [(a["article_id"], steps.text_sha256(a)) for a in articles]
        return already_extracted(db_path, keys, EXTRACTOR_VERSION)

    return unchanged
