"""`python -m spiders.run SOURCE... --out DIR`: one crawl in this process (called by crawl.run_crawl).

Writes articles.jsonl, raw.warc.gz and crawl_stats.json into --out.
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path
from typing import Any

if __name__ == "__main__":
    # The crawl's own process: no collection while Scrapy and Twisted are imported (about 66,000 objects that live
    # as long as the process; some 150 young collections walked them, 0.03 s of CPU); enabled again, with what
    # was imported frozen (spiders/process.py), below.
    gc.disable()

# Imported here, at the top of the stack, not by the crawler's set-up: importing it creates Scrapy's
# deprecated TLS class aliases, each calling inspect.stack(), which reads the source of every frame
# on the stack (about 0.18 s of CPU per crawl from deep inside the set-up, 0.03 s from here).
import scrapy.core.downloader.handlers.http11  # noqa: F401
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from spiders import settings as default_settings
from spiders.process import exit_without_teardown, settle_collector
from spiders.spider import DealSpider


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line arguments of one crawl."""
    parser = argparse.ArgumentParser(prog="python -m spiders.run", description=__doc__)
    parser.add_argument("sources", nargs="*", help="sitemap, feed or article URL (http, https, file)")
    parser.add_argument("--out", required=True, type=Path, help="directory for the crawl's output files")
    parser.add_argument("--all-topics", action="store_true", help="skip the topic filter")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="Scrapy setting; VALUE is read as JSON when it parses, else as a string")
    return parser.parse_args(argv)


def build_settings(args: argparse.Namespace) -> Settings:
    """Project defaults, then per-run values, then --set overrides."""
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.set("DEALWATCH_OUT_DIR", str(args.out), priority="cmdline")
    settings.set("DEALWATCH_ALL_TOPICS", args.all_topics, priority="cmdline")
    if args.sources and all(source.startswith("file:") for source in args.sources):
        # Nobody to be polite to on the local disk.
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
    for pair in args.set:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise SystemExit(f"--set expects KEY=VALUE, got {pair!r}")
        key, value = key.strip(), _value(value)
        if isinstance(value, dict) and key in _MERGED:
            # Component dicts add to the project's (an archive source's middleware must not drop the WARC writer).
            value = {**settings.getdict(key), **value}
        settings.set(key, value, priority="cmdline")
    return settings


_MERGED = {"DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS", "ITEM_PIPELINES", "DOWNLOAD_SLOTS"}


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def main(argv: list[str] | None = None) -> int:
    """Run one crawl to completion; returns the exit status."""
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    process = CrawlerProcess(build_settings(args), install_root_handler=True)
    process.crawl(DealSpider, sources=args.sources)
    process.start()
    if not (args.out / "crawl_stats.json").is_file():
        print("crawl ended without writing crawl_stats.json", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    # Everything imported so far (Scrapy, Twisted) lives as long as the process: out of the collector's walks.
    settle_collector()
    gc.enable()
    status = main()
    if status != 0:
        sys.exit(status)  # a failed crawl leaves by the normal path (its output is thrown away anyway)
    # Every file the crawl writes is closed when `main` returns (the archive, crawl_stats.json).
    exit_without_teardown(status)
