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

from pipelines import cli_spiders, options, paths
from pipelines.cli_discover import add_date_options, add_discover_parser
from pipelines.deploy import add_deploy_parser
from pipelines.errors import RunFailed, UsageError


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# ---------------------------------------------------------------- commands
# The pipeline commands live in their own modules (cmd_run, cmd_stages, status,
# serve, deploy); the small ones here. A new command: a module with its
# cmd_* function, and one `add(...)` registration in build_parser below.

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

    db = options.existing_db(args)
    sql = args.query if args.query is not None else sys.stdin.read()
    if not sql.strip():
        raise UsageError("no SQL given: pass a QUERY or pipe it on standard input")
    columns, rows = options.translate_stage_errors(lambda: query.run_sql(db, sql))
    formatter = {"table": query.format_table, "csv": query.format_csv, "json": query.format_json}[args.format]
    sys.stdout.write(formatter(columns, rows))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Keep running and trigger the run flow on a schedule."""
    from pipelines import serve

    sources = options.sources(args, default_demo=False)
    options.writable_dir(paths.data_home())
    serve.validate_schedule(args.cron, args.interval)
    db = options.warehouse(options.db(args)).resolve()
    out = options.writable_dir(options.out(args), "report directory").resolve()
    options.setup_prefect()
    code = serve.serve(
        cron=args.cron,
        interval=args.interval,
        parameters={"sources": sources or None, "db": str(db), "out": str(out), "all_topics": args.all_topics,
                    "resume_failed": True},
    )
    if code != 0:
        # Stopped by a signal after cleaning up what it owns (runs cancelled, server stopped): exit now,
        # without waiting for Prefect's background threads, which can keep a stopped process alive.
        sys.stdout.flush(), sys.stderr.flush()
        os._exit(code)
    return code


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


# ---------------------------------------------------------------- shared options


def add_source_options(p: argparse.ArgumentParser) -> None:
    """--source, --sources, --all-topics."""
    p.add_argument("--source", action="append", metavar="URL", help="sitemap, news sitemap, RSS/Atom feed or article page (http, https, file); repeatable")
    p.add_argument("--sources", metavar="FILE", help="file with one source URL per line (# comments allowed)")
    p.add_argument("--all-topics", action="store_true", help="keep every German article, whatever its topic")
    add_date_options(p)
    cli_spiders.add_outlet_options(p)


def add_db_option(p: argparse.ArgumentParser) -> None:
    """--db."""
    p.add_argument("--db", metavar="PATH", help="DuckDB warehouse (default: $DEALWATCH_HOME/dealwatch.duckdb, DEALWATCH_HOME defaults to ./data)")


def add_out_option(p: argparse.ArgumentParser) -> None:
    """--out."""
    p.add_argument("--out", metavar="DIR", help="report directory (default: $DEALWATCH_HOME/reports)")


def add_lang_option(p: argparse.ArgumentParser) -> None:
    """--lang (the report's language)."""
    from reports.i18n import DEFAULT_LANGUAGE, LANGUAGES

    p.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                   help=f"language of the report (default: {DEFAULT_LANGUAGE}, as the coverage is German)")


def add_run_option(p: argparse.ArgumentParser) -> None:
    """--run."""
    p.add_argument("--run", metavar="RUN_ID", help="staged run to use (default: the latest)")


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

    from pipelines.cmd_run import cmd_run
    from pipelines.cmd_stages import cmd_crawl, cmd_extract, cmd_load, cmd_report
    from pipelines.status import cmd_status

    p = add("run", cmd_run, "one full pipeline run as a Prefect flow: crawl, parse, extract, load, report")
    add_source_options(p), add_db_option(p), add_out_option(p), add_lang_option(p)
    p.add_argument("--resume", metavar="RUN_ID", help="continue a failed or interrupted run from its last completed stage")
    p.add_argument("--runner", choices=("default", "dask"), default="default", help="task runner: Prefect's default (threads) or Dask (prefect-dask)")
    p.add_argument("--dask-address", metavar="ADDR", help="Dask scheduler to use with --runner dask, e.g. tcp://10.0.0.5:8786 (default: a local cluster of 2 workers)")
    p.add_argument("--batch-size", type=int, metavar="N", help="articles per extraction task (default: $DEALWATCH_BATCH_SIZE or 500)")
    p = add("crawl", cmd_crawl, "crawl sources (default: the bundled demo site) into a new staged run")
    add_source_options(p), add_db_option(p)
    p = add("extract", cmd_extract, "extract claims from a staged run")
    add_run_option(p), add_db_option(p)
    p = add("load", cmd_load, "load a staged run into the warehouse")
    add_run_option(p), add_db_option(p)
    p = add("report", cmd_report, "build the HTML report from the warehouse")
    add_db_option(p), add_out_option(p), add_lang_option(p)
    p = add("status", cmd_status, "the last runs, their states and what failed")
    add_db_option(p)
    p.add_argument("--limit", type=int, default=10, metavar="N", help="how many runs (default: 10)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    p = add("claims", cmd_claims, "extract claims from plain-text files and print JSON Lines")
    p.add_argument("files", nargs="*", metavar="FILE", help="text files; '-' or none reads standard input")
    p = add("sql", cmd_sql, "run ad-hoc SQL against the warehouse")
    p.add_argument("query", nargs="?", metavar="QUERY", help="SQL (default: read from standard input)")
    add_db_option(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default: table)")
    add_discover_parser(sub, add)
    add_deploy_parser(add)
    cli_spiders.register(sub, add)
    p = add("serve", cmd_serve, "keep running and trigger 'run' on a schedule (Prefect)")
    schedule = p.add_mutually_exclusive_group()
    schedule.add_argument("--cron", metavar="EXPR", help="cron expression, e.g. '0 6 * * *' (default: daily at 06:00)")
    schedule.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS instead of a cron schedule")
    add_source_options(p), add_db_option(p), add_out_option(p)
    from pipelines import cli_warehouse

    cli_warehouse.register(add, add_db_option)
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
