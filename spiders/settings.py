"""Scrapy settings for dealwatch crawls: every politeness and safety limit in one place.

run.py adds per-run values; tests override limits with short ones via --set.
"""
from __future__ import annotations

from scrapy.settings import default_settings as _scrapy_defaults  # only the crawl's own process reads this module

BOT_NAME = "dealwatch"
# Who we are and where to complain: the one place the identity is set.
CONTACT_URL = "https://example.invalid/dealwatch/crawler"
USER_AGENT = f"dealwatch/0.2 (+{CONTACT_URL}; research crawler, obeys robots.txt)"

# Politeness. robots.txt is not consulted for file:// (Scrapy skips it there).
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# The spider yields requests, never items, so item concurrency buys nothing; and Scrapy (2.13+,
# asyncio reactor) starts CONCURRENT_ITEMS worker tasks for every callback's output: at the
# default 100 that was about half the crawl's CPU per page.
CONCURRENT_ITEMS = 1
COOKIES_ENABLED = False
# Twisted's own reactor for the platform (epoll on Linux), not Scrapy's default asyncio one: nothing
# here uses asyncio, and bridging every Deferred through asyncio's loop cost about 5% of the crawl's
# CPU (2,000 bench pages, alternating crawls). Coroutine callbacks and `async def start` work on any reactor.
TWISTED_REACTOR = None
# Scrapy's remote control needs the asyncio reactor; left out of the base list, not disabled in
# EXTENSIONS (Scrapy imports every module named there, and this one's aiohttp cost 0.15 s of CPU a crawl).
EXTENSIONS_BASE = {path: order for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
                   if path != "scrapy.extensions.remote_control.RemoteControl"}
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# Safety limits: no single page can stall or swamp a run.
DOWNLOAD_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 5
METAREFRESH_ENABLED = False
RETRY_ENABLED = True
RETRY_TIMES = 2
# 5xx and 429 are retried; a timeout is not (a page that does not answer in
# DOWNLOAD_TIMEOUT seldom answers on the second try, and it would cost minutes).
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_EXCEPTIONS = [  # Scrapy's list without DownloadTimeoutError
    "scrapy.exceptions.CannotResolveHostError",
    "scrapy.exceptions.DownloadConnectionRefusedError",
    "scrapy.exceptions.DownloadFailedError",
    "scrapy.exceptions.ResponseDataLossError",
    "twisted.internet.error.ConnectionDone",
    "twisted.internet.error.ConnectError",
    "twisted.internet.error.ConnectionLost",
    "scrapy.core.downloader.handlers.http11.TunnelError",
]
DEALWATCH_RETRY_BASE_DELAY = 1.0  # seconds before the first retry, doubled for each further one
DEALWATCH_RETRY_MAX_DELAY = 60.0  # cap for Retry-After and backoff

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.BackoffRetryMiddleware": 550,
    # Next to the downloader: sees every response before redirect, retry and decompression.
    "spiders.middlewares.ArchiveMiddleware": 950,
}
ITEM_PIPELINES: dict[str, int] = {}
# Per-request work nobody reads: byte counts per request and response (DownloaderStats builds each
# request's raw HTTP text to count it), and spider middlewares for links found in pages (Referer,
# depth, meta-copy checks): every request here comes from start(), where each middleware adds one
# more async-generator layer per request. UrlLength (a limit) and HttpError (drops) stay.
DOWNLOADER_STATS = False
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.referer.RefererMiddleware": None,
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}

# dealwatch's own settings (run.py fills them in).
DEALWATCH_OUT_DIR = None
DEALWATCH_KNOWN_FILE = None  # known.jsonl: URLs not to fetch again unless their lastmod is newer
DEALWATCH_LINKS_FILE = None  # Link JSON Lines found before the crawl (spiders/sources/__init__.py)
DEALWATCH_OUTLETS_FILE = None  # another outlets.toml (tests); default spiders/outlets.toml
DEALWATCH_FROM = None  # ISO date: skip URLs whose sitemap/feed date is earlier
DEALWATCH_TO = None  # ISO date: skip URLs whose sitemap/feed date is later
# Requests scheduled or downloading at most before the spider waits to hand on more (spiders/feed.py):
# what a sitemap names waits as small links, not as Requests in Scrapy's queue.
DEALWATCH_FEED_BACKLOG = 128
