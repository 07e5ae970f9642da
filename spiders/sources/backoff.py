"""Backoff for the archive download slots: a 429, 503 or connection reset slows that service down.

Scrapy's RetryMiddleware retries such responses but at the slot's pace; this
middleware (ordered after it on the way back, so it sees the response first)
doubles the slot's delay on each such failure, at least `backoff` seconds and
at least the server's Retry-After, at most `max_backoff`, and eases it back
towards the configured delay on each success. Only the archive slots
(`wayback`, `commoncrawl`) are touched; crawl_hook switches it on.
"""
from __future__ import annotations

from typing import Any

from scrapy.http import Request, Response

from spiders.sources.fetch import ARCHIVE_SLOTS

ORDER = 560  # > RetryMiddleware (550): process_response runs from high to low numbers
OVERLOADED = (429, 503)


class ArchiveBackoff:
    """Adapt an archive slot's delay to the service's answers."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.backoff = settings.getfloat("DEALWATCH_ARCHIVE_BACKOFF", 2.0)
        self.max_backoff = settings.getfloat("DEALWATCH_ARCHIVE_MAX_BACKOFF", 60.0)
        self.base_delay = {name: float(conf.get("delay", 0.0))
                           for name, conf in (settings.getdict("DOWNLOAD_SLOTS") or {}).items()}

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ArchiveBackoff":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        """Slow the slot down on 429/503, ease it on success; the response goes on unchanged."""
        if response.status in OVERLOADED:
            self._slow_down(request, _retry_after(response))
        elif response.status < 400:
            self._ease(request)
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        """A reset or timeout also slows the slot down; RetryMiddleware decides about retrying."""
        self._slow_down(request, 0.0)

    def _slot(self, request: Request) -> Any:
        name = request.meta.get("download_slot")
        if name not in ARCHIVE_SLOTS:
            return None
        engine = getattr(self.crawler, "engine", None)
        slots = getattr(getattr(engine, "downloader", None), "slots", {})
        return slots.get(name)

    def _slow_down(self, request: Request, retry_after: float) -> None:
        slot = self._slot(request)
        if slot is None:
            return
        slot.delay = min(self.max_backoff, max(slot.delay * 2, self.backoff, retry_after))
        self.crawler.stats.inc_value("dealwatch/archive_backoff")

    def _ease(self, request: Request) -> None:
        slot = self._slot(request)
        if slot is None:
            return
        floor = self.base_delay.get(request.meta.get("download_slot"), 0.0)
        slot.delay = max(floor, slot.delay / 2)


def _retry_after(response: Response) -> float:
    value = response.headers.get(b"Retry-After", b"").decode("latin-1").strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        return 0.0  # an HTTP date: fall back to the doubling
