"""Downloader middlewares: archive every response into the WARC; retry with backoff honouring Retry-After."""
from __future__ import annotations

import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message
from twisted.internet import reactor
from twisted.internet.task import deferLater

from spiders.archive import WARC_FILE, WarcArchive

log = logging.getLogger(__name__)


def _pairs(headers: Any) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, values in headers.items() for v in values]


class ArchiveMiddleware:
    """Write every response (3xx, retried 5xx and 429 included) with its request into raw.warc.gz.

    Sits next to the downloader (order 950), so it sees each response before
    redirect, retry and decompression handle it: the archive is what came in.
    The open archive is shared on `crawler.dealwatch_archive` (the spider adds
    failure records through it).
    """

    def __init__(self, crawler: Crawler) -> None:
        out_dir = crawler.settings.get("DEALWATCH_OUT_DIR")
        if not out_dir:
            raise RuntimeError("DEALWATCH_OUT_DIR is not set")
        self.archive = WarcArchive(Path(out_dir) / WARC_FILE)
        crawler.dealwatch_archive = self.archive  # type: ignore[attr-defined]
        self.crawler = crawler
        from scrapy import signals

        crawler.signals.connect(self.archive.close, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchiveMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        # The request's meta as it is: the archive reads the keys it writes as WARC-Dealwatch-* headers and
        # changes nothing (the record's WARC-Date is the fetch time the parse reads).
        self.archive.write_exchange(url=response.url, method=request.method,
                                    request_headers=_pairs(request.headers), status=response.status,
                                    response_headers=_pairs(response.headers), body=response.body, meta=request.meta)
        self.crawler.stats.inc_value("dealwatch/responses_archived")
        return response


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, waiting before each retry: Retry-After when given (capped), else exponential backoff."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base_delay = settings.getfloat("DEALWATCH_RETRY_BASE_DELAY", 1.0)
        self.max_delay = settings.getfloat("DEALWATCH_RETRY_MAX_DELAY", 60.0)

    async def process_response(self, request: Request, response: Response,  # type: ignore[override]
                               spider: Spider | None = None) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = self.delay_for(request, response)
        if delay > 0:
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return retry

    def delay_for(self, request: Request, response: Response) -> float:
        """Seconds to wait before retrying: Retry-After (seconds or HTTP date), else base * 2**attempt."""
        header = response.headers.get(b"Retry-After")
        if header:
            seconds = retry_after_seconds(header.decode("latin-1"))
            if seconds is not None:
                return min(seconds, self.max_delay)
        attempt = int(request.meta.get("retry_times", 0))
        return min(self.base_delay * (2 ** attempt), self.max_delay)


def retry_after_seconds(value: str, now: datetime | None = None) -> float | None:
    """A Retry-After value (delta seconds or HTTP date) in seconds from now, or None if unreadable."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())
