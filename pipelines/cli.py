"""The `dealwatch` command line (CONTRACT.md).

Exit status: 0 done, 1 a run that failed, 2 bad usage or bad input. Every
error is one line on standard error; tracebacks are for bugs only.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from pipelines import paths
from pipelines.cli_discover import add_date_options, add_discover_parser, date_range
from pipelines.errors import RunFailed, UsageError


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# ---------------------------------------------------------------- commands


def cmd_run(args: argparse.Namespace) -> int:
    """One full pipeline run as a Prefect flow."""
    sources = _sources(args)
    date_range(args)  # a malformed --from/--to is a usage error before anything starts
    db, out = _db(args), _out(args)
    _check_writable(paths.data_home())
    _check_warehouse(db)
    _setup_prefect()
    from pipelines.flow import dealwatch_run

    try:
        result = _translate_stage_errors(
            lambda: dealwatch_run(sources=sources, db=str(db), out=str(out), all_topics=args.all_topics,
                                  date_from=args.date_from, date_to=args.date_to, lang=args.lang)
        )
    except UsageError:
        raise
    except Exception as exc:  # the flow logged the details; the user gets one line
        raise RunFailed(f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}") from None
    counts = result["counts"]
    print(
        f"run {result['run_id']}: {counts.get('articles_crawled', 0)} articles, "
        f"{counts.get('claims_extracted', 0)} claims; warehouse {db}; report {result['report']}"
    )
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    """Crawl the sources into a new staging run directory."""
    from pipelines import stages

    _check_writable(paths.data_home())
    sources = _sources(args) or [stages.demo_sitemap_url()]  # like `run`: no source means the demo site
    run_id = stages.new_run_id()
    run_dir = stages.run_dir_for(run_id)
    dates = date_range(args)
    stats = _translate_stage_errors(lambda: stages.crawl(sources, run_dir, all_topics=args.all_topics, dates=dates))
    for failure in stats.get("failed_sources", []):
        print(f"warning: source failed: {failure.get('source')} ({failure.get('error')})", file=sys.stderr)
    print(f"crawled run {run_id}: {stats.get('articles', 0)} articles staged in {run_dir}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract claims from a staged run's articles."""
    from pipelines import stages

    run_dir = stages.resolve_run_dir(args.run, stages.ARTICLES_FILE)
    count = _translate_stage_errors(lambda: stages.extract(run_dir))
    print(f"extracted {count} claims into {run_dir / stages.CLAIMS_FILE}")
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    """Load a staged run into the warehouse."""
    from pipelines import stages

    run_dir = stages.resolve_run_dir(args.run, stages.CLAIMS_FILE)
    db = _db(args)
    loaded = _translate_stage_errors(lambda: stages.load(run_dir, db, run_id=run_dir.name))
    print(f"loaded {loaded.get('articles', 0)} articles and {loaded.get('claims', 0)} claims into {db}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Build the HTML report from the warehouse."""
    from pipelines import stages

    db = _existing_db(args)
    out = _out(args)
    _check_writable(out)
    index = _translate_stage_errors(lambda: stages.report(db, out, lang=args.lang))
    print(f"report written to {index}")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    """Print the claims of plain-text files (or standard input) as JSON Lines."""
    from models.extract import extract_text

    names = args.files or ["-"]
    documents = [(name, _read_text(name)) for name in names]
    for name, text in documents:
        for claim in extract_text(text):
            print(json.dumps({**claim, "doc": name}, ensure_ascii=False))
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    """Run ad-hoc SQL on the warehouse (read-only) and print the result."""
    from warehouse import query

    db = _existing_db(args)
    sql = args.query if args.query is not None else sys.stdin.read()
    if not sql.strip():
        raise UsageError("no SQL given: pass a QUERY or pipe it on standard input")
    columns, rows = _translate_stage_errors(lambda: query.run_sql(db, sql))
    formatter = {"table": query.format_table, "csv": query.format_csv, "json": query.format_json}[args.format]
    sys.stdout.write(formatter(columns, rows))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Keep running and trigger the run flow on a schedule."""
    from pipelines import serve

    sources = _sources(args, default_demo=False)
    _check_writable(paths.data_home())
    serve.validate_schedule(args.cron, args.interval)
    _setup_prefect()
    serve.serve(
        cron=args.cron,
        interval=args.interval,
        parameters={
            "sources": sources or None,
            "db": str(_db(args).resolve()),
            "out": str(_out(args).resolve()),
            "all_topics": args.all_topics,
        },
    )
    return 0


# ---------------------------------------------------------------- helpers


def _sources(args: argparse.Namespace, default_demo: bool = True) -> list[str]:
    """Sources from --source/--sources, validated; [] means the demo site."""
    from spiders.crawl import read_sources_file, validate_source
    from spiders.errors import SourceError

    collected = list(args.source or [])
    if args.sources:
        try:
            collected.extend(read_sources_file(Path(args.sources)))
        except OSError as exc:
            raise UsageError(f"cannot read sources file {args.sources}: {exc.strerror or exc}") from None
        except SourceError as exc:
            raise UsageError(str(exc)) from None
        if not collected:
            raise UsageError(f"sources file {args.sources} lists no source")
    for source in collected:
        try:
            validate_source(source)
        except SourceError as exc:
            raise UsageError(str(exc)) from None
    if not collected and default_demo:
        return []
    return collected


def _db(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_db()


def _existing_db(args: argparse.Namespace) -> Path:
    db = _db(args)
    if not db.is_file():
        raise UsageError(f"no warehouse at {db}; run 'dealwatch run' first or pass --db")
    return db


def _out(args: argparse.Namespace) -> Path:
    return Path(args.out) if getattr(args, "out", None) else paths.default_report_dir()


def _check_writable(directory: Path) -> None:
    try:
        paths.ensure_writable_dir(directory)
    except OSError as exc:
        raise UsageError(f"data directory {directory} is not writable: {exc.strerror or exc}") from None


def _check_warehouse(db: Path) -> None:
    """Fail before crawling when the warehouse could not be loaded into (foreign, corrupt, unwritable)."""
    from warehouse.errors import WarehouseError
    from warehouse.publish import check_usable

    try:
        check_usable(db)
    except WarehouseError as exc:
        raise UsageError(str(exc)) from None


def _setup_prefect() -> None:
    """Keep Prefect's state inside the data directory and its console output to one line per event.

    Both only where the user has not chosen otherwise; must run before Prefect is imported.
    """
    os.environ.setdefault("PREFECT_HOME", str(paths.prefect_home().resolve()))
    os.environ.setdefault("PREFECT_LOGGING_SETTINGS_PATH", str(Path(__file__).with_name("logging.yml")))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # offline: no telemetry errors


def _read_text(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"no such file: {name}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{name} is not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None


def _translate_stage_errors(call: Callable[[], Any]) -> Any:
    """Run a stage; bad input from any stage becomes a UsageError, a crash a RunFailed."""
    from spiders.errors import SourceError
    from warehouse.errors import WarehouseError

    try:
        return call()
    except (SourceError, WarehouseError) as exc:
        raise UsageError(str(exc)) from None
    except ValueError as exc:  # malformed staged input: the stages raise ValueError with file:line
        raise UsageError(str(exc)) from None


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every `dealwatch` command."""
    parser = _Parser(
        prog="dealwatch",
        description="Follow German press coverage of Facebook's purchase of WhatsApp and show where reports contradict each other.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    def source_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--source", action="append", metavar="URL", help="sitemap, news sitemap, RSS/Atom feed or article page (http, https, file); repeatable")
        p.add_argument("--sources", metavar="FILE", help="file with one source URL per line (# comments allowed)")
        p.add_argument("--all-topics", action="store_true", help="keep every German article, whatever its topic")
        add_date_options(p)

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", metavar="PATH", help="DuckDB warehouse (default: $DEALWATCH_HOME/dealwatch.duckdb, DEALWATCH_HOME defaults to ./data)")

    def out_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--out", metavar="DIR", help="report directory (default: $DEALWATCH_HOME/reports)")

    def lang_option(p: argparse.ArgumentParser) -> None:
        from reports.i18n import DEFAULT_LANGUAGE, LANGUAGES

        p.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                       help=f"language of the report (default: {DEFAULT_LANGUAGE}, as the coverage is German)")

    def run_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--run", metavar="RUN_ID", help="staged run to use (default: the latest)")

    p = add("run", cmd_run, "one full pipeline run as a Prefect flow: crawl, extract, load, report")
    source_options(p), db_option(p), out_option(p), lang_option(p)
    p = add("crawl", cmd_crawl, "crawl sources (default: the bundled demo site) into a new staged run")
    source_options(p)
    p = add("extract", cmd_extract, "extract claims from a staged run")
    run_option(p)
    p = add("load", cmd_load, "load a staged run into the warehouse")
    run_option(p), db_option(p)
    p = add("report", cmd_report, "build the HTML report from the warehouse")
    db_option(p), out_option(p), lang_option(p)
    p = add("claims", cmd_claims, "extract claims from plain-text files and print JSON Lines")
    p.add_argument("files", nargs="*", metavar="FILE", help="text files; '-' or none reads standard input")
    p = add("sql", cmd_sql, "run ad-hoc SQL against the warehouse")
    p.add_argument("query", nargs="?", metavar="QUERY", help="SQL (default: read from standard input)")
    db_option(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default: table)")
    add_discover_parser(sub, add)
    p = add("serve", cmd_serve, "keep running and trigger 'run' on a schedule (Prefect)")
    schedule = p.add_mutually_exclusive_group()
    schedule.add_argument("--cron", metavar="EXPR", help="cron expression, e.g. '0 6 * * *' (default: daily at 06:00)")
    schedule.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS instead of a cron schedule")
    source_options(p), db_option(p), out_option(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `dealwatch` console script."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"dealwatch: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except RunFailed as exc:
        print(f"dealwatch: run failed: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("dealwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `dealwatch sql ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
