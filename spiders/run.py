"""`python -m spiders.run SOURCE... --out DIR`: one crawl in this process (called by crawl.run_crawl).

Writes articles.jsonl, raw.warc.gz and crawl_stats.json into --out.
"""
from __future__ import annotations

import argparse
import atexit
import gc
import json
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

if __name__ == "__main__":
    # The crawl's own process: no collection while Scrapy and Twisted are imported (about 66,000 objects that live
    # as long as the process; some 150 young collections walked them, 0.03 s of CPU); enabled again, with what
    # was imported frozen, below.
    gc.disable()

# Imported here, at the top of the stack, not by the crawler's set-up: importing it creates Scrapy's
# deprecated TLS class aliases, each calling inspect.stack(), which reads the source of every frame
# on the stack (about 0.18 s of CPU per crawl from deep inside the set-up, 0.03 s from here).
import scrapy.core.downloader.handlers.http11  # noqa: F401
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from spiders import settings as default_settings
from spiders.spider import DealSpider

#: The collector's young-generation threshold in the crawl's own process (CPython's default: 700 net allocations).
#: Scrapy and Twisted make and drop many small objects per request (Deferreds, headers, dicts), most of them freed
#: by reference counting before a collection at 10,000 would see them: after its imports a 1,000-page crawl ran
#: about 100 young and 9 middle collections at 700, 2 young at 10,000 (0.036 -> 0.004 s of CPU; session 36).
#: The extraction process raises it the same way (models/extraction_process.py).
YOUNG_THRESHOLD = 10_000


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


def end_process(status: int) -> NoReturn:
    """Exit with `status` as `sys.exit` would, but without the interpreter's teardown.

    The exit handlers run (logging's flush among them) and the standard streams
    are flushed; what is skipped is freeing every module and object of Scrapy and
    Twisted one by one, which nobody waits for in a crawl's own process: about
    0.14 s of CPU a crawl (docs/benchmarks.md, session 36), a tenth of a 1,000-page
    crawl's. Only for this module run as a program: every file the crawl writes is
    closed when `main` returns (the archive, crawl_stats.json).
    """
    atexit._run_exitfuncs()  # what the interpreter runs first on a normal exit
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    # Everything imported so far (Scrapy, Twisted, about 66,000 objects) lives as long as the process:
    # out of the collector's full walks (a 1,000-page crawl ran two, about 0.035 s of CPU each).
    gc.freeze()
    gc.enable()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)
    status = main()
    if status != 0:
        sys.exit(status)  # a failed crawl leaves by the normal path (its output is thrown away anyway)
    end_process(status)
