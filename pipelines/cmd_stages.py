"""The stages one at a time: `dealwatch crawl | extract | load | report`, without Prefect.

They run the same steps as the flow (per source, per batch, failures
recorded), one item after the other in this process, and record their run in
`runs` like the flow does (`command` says which stage ran last).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from pipelines import options, paths, progress, stages, steps
from pipelines.cli_discover import date_range
from pipelines.errors import RunFailed, UsageError
from pipelines.recording import RunRecord, Verdict
from pipelines.rundir import RunDir


def _recorded(db: Path, run: RunDir, command: str, sources: list[str], work: Callable[[], object]) -> Verdict:
    """Run `work` as `command` of `run`, with its row in `runs` from start to verdict."""
    record = RunRecord(db, run, command)
    record.start(sources)
    try:
        with progress.use(progress.for_stream(sys.stderr)):
            options.translate_stage_errors(work)
    except UsageError as exc:
        record.finish(str(exc))
        raise
    except Exception as exc:
        record.finish(exc)
        raise RunFailed(steps.one_line(exc)) from None
    except BaseException as exc:  # Ctrl-C: the row must not stay 'running'
        record.finish(exc)
        raise
    return record.finish()


def cmd_crawl(args: argparse.Namespace) -> int:
    """Crawl the sources (default: the demo site) into a new staged run, one source at a time."""
    sources = options.sources(args)
    date_range(args)  # a malformed --from/--to is a usage error before anything starts
    options.writable_dir(paths.data_home())
    db = options.warehouse(options.db(args))
    sources = sources or [stages.demo_sitemap_url()]  # like `run`: no source means the demo site
    run = RunDir.create(stages.new_run_id(), {
        "sources": sources, "all_topics": args.all_topics, "db": str(db), "out": str(paths.default_report_dir()),
        "batch_size": None, "date_from": args.date_from, "date_to": args.date_to,
    })

    def work() -> None:
        steps.crawl(run, sources, args.all_topics, steps.run_sequentially, date_from=args.date_from,
                    date_to=args.date_to)
        steps.parse(run, args.all_topics, steps.run_sequentially)

    verdict = _recorded(db, run, "crawl", sources, work)
    print(f"crawled run {run.run_id} ({verdict.state}): {verdict.counts.get('articles_crawled', 0)} articles "
          f"staged in {run.path}" + (f"; {verdict.error}" if verdict.error else ""))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract claims from a staged run's articles (all of them, afresh)."""
    run_dir = stages.resolve_run_dir(args.run, stages.ARTICLES_FILE)
    db = options.warehouse(options.db(args))
    run = RunDir.open_or_adopt(run_dir)
    verdict = _recorded(db, run, "extract", run.params.get("sources", []),
                        lambda: steps.extract(run, steps.run_sequentially, fresh=True))
    print(f"extracted {verdict.counts.get('claims_extracted', 0)} claims into {run_dir / stages.CLAIMS_FILE}"
          + (f"; {verdict.error}" if verdict.error else ""))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    """Load a staged run into the warehouse."""
    run_dir = stages.resolve_run_dir(args.run, stages.CLAIMS_FILE)
    db = options.warehouse(options.db(args))
    run = RunDir.open_or_adopt(run_dir)
    verdict = _recorded(db, run, "load", run.params.get("sources", []), lambda: steps.load(run, db))
    print(f"loaded {verdict.counts.get('articles_loaded', 0)} articles and "
          f"{verdict.counts.get('claims_loaded', 0)} claims into {db}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Build the HTML report from the warehouse."""
    db = options.existing_db(args)
    out = options.writable_dir(options.out(args), "report directory")
    index = options.translate_stage_errors(lambda: stages.report(db, out, lang=args.lang))
    print(f"report written to {index}")
    return 0
