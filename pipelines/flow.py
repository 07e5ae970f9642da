"""The Prefect flow behind `dealwatch run`: crawl -> extract -> load -> report.

The flow is a short list of task calls in the order the data moves; the work
is in `pipelines.stages`, testable without Prefect. Every run is recorded in
the warehouse's `runs` table, failed runs included.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task

from pipelines import paths, settings, stages


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


@task(
    name="crawl",
    retries=settings.CRAWL_RETRIES,
    retry_delay_seconds=settings.CRAWL_RETRY_DELAY_SECONDS,
    retry_condition_fn=_retry_unless_bad_source,
)
def crawl_task(sources: list[str], run_dir: Path, all_topics: bool, date_from: str | None = None,
               date_to: str | None = None) -> dict[str, Any]:
    """Scrapy crawl in a subprocess, staged into `run_dir` (archive sources limited to the dates)."""
    from spiders.sources.candidates import DateRange

    return stages.crawl(sources, run_dir, all_topics=all_topics, dates=DateRange.parse(date_from, date_to))


@task(name="extract")
def extract_task(run_dir: Path) -> int:
    """spaCy claim extraction over the staged articles."""
    return stages.extract(run_dir)


@task(name="load")
def load_task(run_dir: Path, db_path: Path, run_id: str) -> dict[str, int]:
    """Idempotent load into DuckDB, one transaction."""
    return stages.load(run_dir, db_path, run_id=run_id)


@task(name="report")
def report_task(db_path: Path, out_dir: Path, lang: str = "de") -> Path:
    """The static HTML report."""
    return stages.report(db_path, out_dir, lang=lang)


@flow(name="dealwatch-run")
def dealwatch_run(
    sources: list[str] | None = None,
    db: str | None = None,
    out: str | None = None,
    all_topics: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    lang: str = "de",
) -> dict[str, Any]:
    """One full pipeline run; returns the run id, the counts per stage and the report path.

    With no sources it crawls the bundled demo site. The run is recorded in
    the warehouse's `runs` table as running, then completed or failed.
    """
    from warehouse.runs import finish_run, start_run

    logger = get_run_logger()
    db_path = Path(db) if db else paths.default_db()
    out_dir = Path(out) if out else paths.default_report_dir()
    sources = list(sources) if sources else [stages.demo_sitemap_url()]
    run_id = stages.new_run_id()
    run_dir = stages.run_dir_for(run_id)
    counts: dict[str, int] = {}

    start_run(db_path, run_id, sources)
    try:
        crawl_stats = crawl_task(sources, run_dir, all_topics, date_from, date_to)
        counts["pages_seen"] = int(crawl_stats.get("pages_seen", 0))
        counts["articles_crawled"] = int(crawl_stats.get("articles", 0))
        counts["claims_extracted"] = extract_task(run_dir)
        loaded = load_task(run_dir, db_path, run_id)
        counts["articles_loaded"] = int(loaded.get("articles", 0))
        counts["claims_loaded"] = int(loaded.get("claims", 0))
        finish_run(db_path, run_id, "completed", counts)
        report_path = report_task(db_path, out_dir, lang)
    except BaseException as exc:
        finish_run(db_path, run_id, "failed", counts, error=_one_line(exc))
        raise
    for failure in crawl_stats.get("failed_sources", []):
        logger.warning("source failed: %s (%s)", failure.get("source"), failure.get("error"))
    logger.info("run %s: %s; report at %s", run_id, counts, report_path)
    return {"run_id": run_id, "counts": counts, "report": str(report_path), "staging": str(run_dir)}


def _one_line(exc: BaseException) -> str:
    """The first line of an exception's message, with its type for context."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")
