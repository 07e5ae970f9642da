"""The crawl-side commands: `dealwatch parse`, `dealwatch outlets`, and the --outlet/--all-outlets options.

cli.py only registers these; the work is in pipelines.stages and spiders.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
from pathlib import Path
from typing import Any

from pipelines.errors import UsageError
from spiders.archive import WARC_FILE


def add_outlet_options(parser: argparse.ArgumentParser) -> None:
    """--outlet NAME (repeatable) and --all-outlets for commands that crawl."""
    parser.add_argument("--outlet", action="append", metavar="NAME",
                        help="crawl this known outlet's feeds and sitemaps (id, name or alias; repeatable; see 'dealwatch outlets')")
    parser.add_argument("--all-outlets", action="store_true", help="crawl the feeds and sitemaps of every known outlet")


def outlet_sources(args: argparse.Namespace) -> list[str]:
    """The sources of the outlets named by --outlet / --all-outlets ([] when neither is given)."""
    from spiders.outlets import OutletsFileError, load_outlets, select_outlets

    names = getattr(args, "outlet", None) or []
    if not names and not getattr(args, "all_outlets", False):
        return []
    try:
        outlets = list(load_outlets()) if getattr(args, "all_outlets", False) else select_outlets(names)
    except OutletsFileError as exc:
        raise UsageError(str(exc)) from None
    sources = [url for outlet in outlets for url in outlet.sources]
    if not sources:
        raise UsageError("the chosen outlets list no sources in spiders/outlets.toml")
    return sources


def cmd_outlets(args: argparse.Namespace) -> int:
    """List the known outlets and their sources."""
    from spiders.outlets import OutletsFileError, load_outlets

    try:
        outlets = load_outlets()
    except OutletsFileError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        for outlet in outlets:
            row: dict[str, Any] = {**outlet.record(), "checked": outlet.checked,
                                   "sources": {k: list(v) for k, v in outlet.source_urls.items()},
                                   "filters": outlet.filters}
            print(json.dumps(row, ensure_ascii=False))
        return 0
    for outlet in outlets:
        flag = "" if outlet.checked else "  (sources not checked)"
        print(f"{outlet.id:<14} {outlet.country}  {outlet.kind:<11} {outlet.name}  [{', '.join(outlet.hosts)}]{flag}")
        for kind, urls in outlet.source_urls.items():
            for url in urls:
                print(f"{'':<18}{kind:<13} {url}")
    print(f"{len(outlets)} outlets")
    return 0


def cmd_parse(args: argparse.Namespace) -> int:
    """Turn a run's WARC (or any WARC file) into staged articles, offline."""
    from pipelines import stages

    run_dir, warc = resolve_archive(args.from_archive)
    if warc.parent != run_dir:
        # A WARC from elsewhere: the new run keeps its own copy, so it can be re-parsed by id later.
        try:
            _check_warc(warc)
            run_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(warc, run_dir / WARC_FILE)
        except OSError as exc:
            raise UsageError(f"cannot copy {warc} into {run_dir}: {exc.strerror or exc}") from None
        warc = run_dir / WARC_FILE
    try:
        stats = stages.parse(run_dir, all_topics=args.all_topics, warc=warc)
    except (FileNotFoundError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    print(f"parsed {warc}: {summary(stats)}; articles in {run_dir / stages.ARTICLES_FILE}")
    return 0


def resolve_archive(value: str | None) -> tuple[Path, Path]:
    """(run directory to write into, WARC file to read) for --from-archive PATH_OR_RUN.

    A WARC file outside a run directory is parsed into a new staged run; a run
    directory or run id (default: the latest run with a WARC) is re-parsed in place.
    """
    from pipelines import paths, stages

    if value is None:
        run_dir = stages.latest_run_dir(WARC_FILE)
        return run_dir, run_dir / WARC_FILE
    path = Path(value)
    if path.is_file():
        if path.name == WARC_FILE and path.resolve().parent.parent == paths.staging_root().resolve():
            return path.parent, path  # a staged run's own WARC: re-parse in place
        return stages.run_dir_for(stages.new_run_id()), path
    if path.is_dir() and (path / WARC_FILE).is_file():
        return path, path / WARC_FILE
    run_dir = stages.run_dir_for(value)
    if "/" not in value and (run_dir / WARC_FILE).is_file():
        return run_dir, run_dir / WARC_FILE
    raise UsageError(f"--from-archive {value}: no WARC file, run directory or staged run by that name")


def _check_warc(path: Path) -> None:
    """Raise UsageError unless `path` starts like a (gzipped) WARC file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            first = gzip.GzipFile(fileobj=fh).read(8) if head == b"\x1f\x8b" else fh.read(8)
    except (OSError, EOFError) as exc:
        raise UsageError(f"{path}: not a readable WARC file ({exc})") from None
    if not first.startswith(b"WARC/"):
        raise UsageError(f"{path}: not a readable WARC file (no WARC header)")


def summary(stats: dict[str, Any]) -> str:
    """'N articles kept, M pages dropped (reason n, ...)' for a parse."""
    dropped = {k: v for k, v in stats.get("dropped", {}).items() if v}
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(dropped.items(), key=lambda kv: (-kv[1], kv[0])))
    text = f"{stats.get('kept', 0)} articles kept"
    if dropped:
        text += f", {sum(dropped.values())} pages dropped ({reasons})"
    return text


def register(sub: Any, add: Any) -> None:
    """Add `parse` and `outlets` to the command parser (`add` is cli.build_parser's helper)."""
    p = add("parse", cmd_parse, "turn archived responses (WARC) into staged articles, offline")
    p.add_argument("--from-archive", metavar="PATH_OR_RUN",
                   help="a WARC file, a run directory or a staged run id (default: the latest staged run)")
    p.add_argument("--all-topics", action="store_true", help="keep every German article, whatever its topic")
    p = add("outlets", cmd_outlets, "list the known outlets and their sources")
    p.add_argument("--json", action="store_true", help="one JSON object per outlet")
