"""`dealwatch discover`: print the candidate article URLs of listing and archive sources, fetching no article.

Also the `--from/--to` date options that `run`, `crawl` and `discover` share.
Index pages read here are kept in the resumable state, so a crawl afterwards
does not ask the archive indexes again.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pipelines.errors import UsageError


def add_date_options(p: argparse.ArgumentParser) -> None:
    """--from/--since and --to: the date range of archive sources (YYYY, YYYY-MM or YYYY-MM-DD)."""
    p.add_argument("--from", "--since", dest="date_from", metavar="DATE",
                   help="archive sources: captures from this day on (YYYY-MM-DD, YYYY-MM or YYYY)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="archive sources: captures up to this day (inclusive)")


def date_range(args: argparse.Namespace) -> Any:
    """The DateRange of --from/--to; a malformed date is a usage error."""
    from spiders.errors import SourceError
    from spiders.sources.candidates import DateRange

    try:
        return DateRange.parse(getattr(args, "date_from", None), getattr(args, "date_to", None))
    except SourceError as exc:
        raise UsageError(str(exc)) from None


def add_discover_parser(sub: Any, add: Any) -> None:
    """Register `discover` with the CLI's subparser helper `add(name, func, help)`."""
    p = add("discover", cmd_discover, "print candidate article URLs of listing and archive sources, fetching no article")
    p.add_argument("--outlet", action="append", metavar="NAME",
                   help="a known outlet (id, name or host): its listing, wayback and commoncrawl sources; repeatable")
    p.add_argument("--source", action="append", metavar="SOURCE",
                   help="listing:URL, wayback:HOST_OR_URL_PREFIX or commoncrawl:HOST_OR_URL_PREFIX; repeatable")
    add_date_options(p)
    p.add_argument("--format", choices=("tsv", "jsonl"), default="tsv",
                   help="tsv: URL, found via, capture time, source per line (default); jsonl: every field")
    p.add_argument("--new-only", action="store_true", help="leave out captures an earlier crawl already fetched")


def _sources(args: argparse.Namespace) -> list[str]:
    from spiders.errors import SourceError
    from spiders.sources import discover, outlet_sources

    sources = list(args.source or [])
    for name in args.outlet or []:
        outlet = outlet_sources.find(name)
        if outlet is None:
            raise UsageError(f"unknown outlet {name!r} (see spiders/outlets.toml)")
        if not outlet.sources:
            raise UsageError(f"outlet {name!r} has no listing or archive sources in spiders/outlets.toml")
        sources.extend(outlet.sources)
    if not sources:
        raise UsageError("nothing to discover: pass --outlet NAME or --source wayback:HOST (or commoncrawl:, listing:)")
    for source in sources:
        try:
            discover.validate(source)
        except SourceError as exc:
            raise UsageError(str(exc)) from None
    return sources


def cmd_discover(args: argparse.Namespace) -> int:
    """Discover and print the candidates; failed sources are warnings, all failed is exit status 1."""
    from pipelines import paths
    from pipelines.errors import RunFailed
    from spiders.sources.discover import discover

    sources = _sources(args)
    dates = date_range(args)
    try:
        paths.ensure_writable_dir(paths.data_home())
    except OSError as exc:
        raise UsageError(f"data directory {paths.data_home()} is not writable: {exc.strerror or exc}") from None
    found = discover(sources, dates, skip_fetched=args.new_only)
    for candidate in found.candidates:
        if args.format == "jsonl":
            print(json.dumps(candidate.to_json(), ensure_ascii=False))
        else:
            print("\t".join([candidate.original_url, candidate.found_via, candidate.capture_time or "-",
                             candidate.source]))
    for failure in found.failed_sources:
        print(f"warning: source failed: {failure['source']} ({failure['error']})", file=sys.stderr)
    asked = ", ".join(f"{k}: {v}" for k, v in found.index_requests.items())
    print(f"{len(found.candidates)} candidates from {len(sources)} sources"
          + (f", {found.already_fetched} already fetched" if args.new_only else "")
          + f" (requests: {asked or 'none'})", file=sys.stderr)
    if found.failed_sources and len({f['source'] for f in found.failed_sources}) == len(set(sources)):
        raise RunFailed("every source failed")
    return 0
