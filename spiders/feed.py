"""The crawl's request feed: links handed to Scrapy no faster than it fetches them.

A sitemap names up to 50,000 URLs. Yielded from a callback, every one of them
became a Request in Scrapy's scheduler at once, and with its LIFO queue the
next child sitemap was fetched (and its URLs scheduled) before the first
article page: the scheduler ended up holding every page of the crawl (about
2 kB each: 100,000 pages, 200 MB). The feed keeps what a sitemap names as
small Link objects, one sitemap at a time, and the spider's `start()` turns
them into Requests only while fewer than `backlog` requests are scheduled or
downloading. The next child sitemap is fetched once the links of the ones
before are nearly used up, so memory stays bounded by one sitemap, not by the
crawl, and the downloader never runs dry in between.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Any

import scrapy
from scrapy import signals
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from spiders.sources import Link

log = logging.getLogger(__name__)

#: Requests scheduled or downloading at most, before the feed waits (a few times CONCURRENT_REQUESTS).
DEFAULT_BACKLOG = 128
#: Seconds between checks while waiting, besides the wake-ups by Scrapy's signals.
_POLL_SECONDS = 0.5
#: Crawl stat: the most requests scheduled or downloading at once, as a request was scheduled.
WAITING_STAT = "dealwatch/most_requests_waiting"
#: Meta key of a document request the feed waits for (popped once it answered or failed).
_OPEN = "dealwatch_feed_open"


class RequestFeed:
    """Links waiting to be requested, child documents waiting to be fetched, and the pace of both.

    `add_link` / `add_document` are called by the spider's callbacks; `document_done`
    by its callback and errback for every document it was handed; `requests()`
    is iterated by the spider's `start()`, which Scrapy reads lazily.
    """

    def __init__(self, crawler: Any, backlog: int = DEFAULT_BACKLOG) -> None:
        self.crawler = crawler
        self.backlog = max(1, backlog)
        self._links: deque[tuple[Link, str]] = deque()
        self._documents: deque[scrapy.Request] = deque()
        self._requested_documents: set[str] = set()
        self._open = 0
        self._waiter: Deferred[None] | None = None
        self._idle_checks = 0
        self._refill_at = self.backlog // 2
        self._most_waiting = 0
        crawler.signals.connect(self._left_downloader, signal=signals.request_left_downloader)
        crawler.signals.connect(self._dropped, signal=signals.request_dropped)

    # ------------------------------------------------------------ filled by the callbacks

    def add_link(self, link: Link, source: str) -> None:
        """An article link to request when there is room."""
        self._links.append((link, source))

    def add_document(self, request: scrapy.Request) -> None:
        """A document (child sitemap, feed) to fetch once the links before it are nearly used up."""
        self._documents.append(request)

    def opened(self, request: scrapy.Request) -> scrapy.Request:
        """`request` (a document) marked as awaited: the feed does not end before it answered or failed."""
        request.meta[_OPEN] = True
        self._open += 1
        return request

    def document_done(self, meta: dict[str, Any]) -> None:
        """A document's callback or errback ran (counted once per request, whichever came)."""
        if meta.pop(_OPEN, False):
            self._open -= 1
            self._wake()

    # ------------------------------------------------------------ read by start()

    async def requests(self, make: Callable[[Link, str], scrapy.Request | None]) -> AsyncIterator[scrapy.Request]:
        """Requests for the waiting links (made by `make`; None: skipped) and documents, paced by the backlog.

        Ends when no link and no document waits and no document is still awaited.
        """
        while True:
            if self._documents and not self._open and len(self._links) < self.backlog:
                document = self._next_document()
                if document is not None:
                    yield document
                continue
            if self._links:
                await self.room()
                link, source = self._links.popleft()
                request = make(link, source)
                if request is not None:
                    yield request
                continue
            if not self._open:
                return
            await self._wait()
            self._check_lost()

    async def room(self) -> None:
        """Return at once while fewer than `backlog` requests are scheduled or downloading; at the
        backlog, wait until half of it is used up (a refill in batches: one wake-up per request cost CPU)."""
        pending = self._pending()
        if pending >= self.backlog:
            while pending > self._refill_at:
                await self._wait()
                pending = self._pending()
        self._note_waiting(pending + 1)

    # ------------------------------------------------------------ internals

    def _next_document(self) -> scrapy.Request | None:
        """The first waiting document not fetched yet (deduplicated here: a filtered one would never answer)."""
        document = self._documents.popleft()
        if document.url in self._requested_documents:
            return None
        self._requested_documents.add(document.url)
        self._note_waiting(self._pending() + 1)
        return self.opened(document.replace(dont_filter=True))

    def _pending(self) -> int:
        engine = self.crawler.engine
        scheduler = engine.scheduler if engine is not None else None
        try:
            scheduled = len(scheduler)  # type: ignore[arg-type]
        except TypeError:  # a scheduler without a length: only "some" or "none"
            scheduled = self.backlog if scheduler is not None and scheduler.has_pending_requests() else 0
        return scheduled + len(engine.downloader.active)

    def _wait(self) -> Any:
        """Until a request leaves the downloader, a document is done, or _POLL_SECONDS passed."""
        if self._waiter is None:
            from twisted.internet import reactor  # imported late: Scrapy installs the reactor first

            waiter: Deferred[None] = Deferred()
            timer = reactor.callLater(_POLL_SECONDS, self._wake)  # type: ignore[attr-defined]
            waiter.addBoth(lambda result: (timer.cancel() if timer.active() else None, result)[1])
            self._waiter = waiter
        return maybe_deferred_to_future(self._waiter)

    def _wake(self, *_args: Any, **_kwargs: Any) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None:
            waiter.callback(None)

    def _note_waiting(self, waiting: int) -> None:
        """Record the most requests waiting in Scrapy at once (crawl_stats.json `most_requests_waiting`)."""
        if waiting > self._most_waiting:
            self._most_waiting = waiting
            self.crawler.stats.set_value(WAITING_STAT, waiting)

    def _left_downloader(self, *_args: Any, **_kwargs: Any) -> None:
        if self._waiter is not None and self._pending() <= self._refill_at:
            self._wake()

    def _dropped(self, request: scrapy.Request, **_kwargs: Any) -> None:
        """A request the scheduler refused never answers: a document among them is done."""
        self.document_done(request.meta)

    def _check_lost(self) -> None:
        """Awaited documents while Scrapy has nothing left to do, twice in a row: they will not answer.

        A safety net (a middleware that swallowed a request without errback); without it the
        feed would wait, and keep the crawl open, for ever.
        """
        engine = self.crawler.engine
        busy = self._pending() or not engine.scraper.slot.is_idle()
        self._idle_checks = 0 if busy else self._idle_checks + 1
        if self._open and self._idle_checks >= 2:
            log.warning("%d source document(s) never answered: not waiting for them", self._open)
            self._open = 0
