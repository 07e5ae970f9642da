"""The crawl's Scrapy settings: limits in one place, and per-run component dicts added, not replacing."""
from __future__ import annotations

from pathlib import Path

from spiders import settings as crawl_settings
from spiders.middlewares import retry_after_seconds
from spiders.run import build_settings, parse_args


def test_a_middleware_added_for_one_run_keeps_the_archive_and_retry_middlewares(tmp_path: Path) -> None:
    args = parse_args(["http://x.example/", "--out", str(tmp_path),
                       "--set", 'DOWNLOADER_MIDDLEWARES={"spiders.sources.backoff.ArchiveBackoff": 560}',
                       "--set", "DOWNLOAD_TIMEOUT=3"])
    settings = build_settings(args)
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["spiders.middlewares.ArchiveMiddleware"] == 950
    assert middlewares["spiders.middlewares.BackoffRetryMiddleware"] == 550
    assert middlewares["spiders.sources.backoff.ArchiveBackoff"] == 560
    assert settings.getint("DOWNLOAD_TIMEOUT") == 3


def test_limits_and_identity_are_set_in_one_place() -> None:
    assert crawl_settings.CONTACT_URL in crawl_settings.USER_AGENT
    assert crawl_settings.ROBOTSTXT_OBEY and crawl_settings.AUTOTHROTTLE_ENABLED
    assert 0 < crawl_settings.DOWNLOAD_WARNSIZE < crawl_settings.DOWNLOAD_MAXSIZE
    assert 429 in crawl_settings.RETRY_HTTP_CODES and 404 not in crawl_settings.RETRY_HTTP_CODES


def test_retry_after_in_seconds_or_as_a_date() -> None:
    from datetime import datetime, timezone

    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds("soon") is None


def test_the_crawl_runs_on_twisteds_own_reactor_without_loading_scrapys_remote_control(tmp_path: Path) -> None:
    """Twisted's platform reactor (no asyncio bridge per Deferred), and every default extension of Scrapy
    but the remote control, whose module (and aiohttp) is never imported, not even to be disabled."""
    import subprocess
    import sys

    from scrapy.settings import default_settings

    settings = build_settings(parse_args(["http://x.example/", "--out", str(tmp_path)]))
    assert settings.get("TWISTED_REACTOR") is None
    kept = settings.getdict("EXTENSIONS_BASE")
    assert "scrapy.extensions.remote_control.RemoteControl" not in kept
    assert set(default_settings.EXTENSIONS_BASE) - set(kept) == {"scrapy.extensions.remote_control.RemoteControl"}
    probe = ("import sys\nfrom spiders.run import build_settings, parse_args\nfrom scrapy.utils.misc import load_object\n"
             f"s = build_settings(parse_args(['http://x.example/', '--out', {str(tmp_path)!r}]))\n"
             "names = list(s.get_component_priority_dict_with_base('EXTENSIONS'))\n"
             "[load_object(n) for n in names]\n"
             "print(len(names), 'scrapy.extensions.remote_control' in sys.modules, 'aiohttp' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(len(kept)), "False", "False"]


def test_the_crawl_process_ends_with_its_logs_and_streams_flushed() -> None:
    """`spiders.process.exit_without_teardown` skips only the interpreter's teardown: the status is kept, logging's
    handlers are flushed (a record still buffered is written), and so is text still buffered in stdout and stderr;
    no other exit handler runs (the standard library has no public call for them; spiders/process.py says why none
    is missed)."""
    import subprocess
    import sys

    probe = ("import atexit, logging, logging.handlers, sys\nfrom spiders.process import exit_without_teardown\n"
             "atexit.register(lambda: sys.stdout.write(' and another handler'))\n"
             "buffered = logging.handlers.MemoryHandler(100, target=logging.StreamHandler(sys.stdout))\n"
             "logging.getLogger('crawl').addHandler(buffered); logging.getLogger('crawl').warning(' and the log')\n"
             "sys.stdout.write('buffered text'); sys.stderr.write('an unfinished line')\n"
             "exit_without_teardown(3)\nprint('never here')")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 3
    assert done.stdout == "buffered text and the log\n"
    assert done.stderr == "an unfinished line"
