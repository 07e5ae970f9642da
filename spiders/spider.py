"""The one generic spider: discovers article URLs from sources and fetches them; it extracts nothing.

Every response goes into the run's WARC (spiders.middlewares.ArchiveMiddleware);
every failed article fetch adds a failure record there, so the offline parse
stage (spiders/parse/) sees every page. Source kinds live in spiders/sources/.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from spiders.archive import WARC_FILE
from spiders.feed import DEFAULT_BACKLOG, WAITING_STAT, RequestFeed
from spiders.fetch_outcome import FETCH_REASONS, describe_failure
from spiders.identity import clean_url
from spiders.known import read_known
from spiders.outlets import OUTLETS_FILE, Outlet, bare_host, outlet_by_host
from spiders.sources import Context, Link, kind_for_source, load_kinds, sniff
from spiders.sources.fetch import CandidateFetching
from spiders.sources.page import looks_like_html

log = logging.getLogger(__name__)

STATS_FILE = "crawl_stats.json"
SKIP_REASONS = ("known", "filtered", "out_of_range", "repeated_url")


class DealSpider(CandidateFetching, scrapy.Spider):
    """Crawl sources of any kind; archive every article page it fetches."""

    name = "dealwatch"

    def __init__(self, sources: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources = list(sources or [])
        self.failed_sources: dict[str, dict[str, Any]] = {}
        # 8-byte digests of the URLs requested, not the URLs: a third of the memory at 100,000 pages.
        self.requested: set[int] = set()
        self.known: dict[str, str | None] = {}
        self.date_from: date | None = None
        self.date_to: date | None = None
        self.outlets_file: Path = OUTLETS_FILE

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "DealSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.known = read_known(settings.get("DEALWATCH_KNOWN_FILE"))
        spider.date_from = _day(settings.get("DEALWATCH_FROM"))
        spider.date_to = _day(settings.get("DEALWATCH_TO"))
        spider.outlets_file = Path(settings.get("DEALWATCH_OUTLETS_FILE") or OUTLETS_FILE)
        spider.feed = RequestFeed(crawler, settings.getint("DEALWATCH_FEED_BACKLOG", DEFAULT_BACKLOG))
        return spider

    # ------------------------------------------------------------ start

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """The sources, then what they name, handed to Scrapy as it has room (spiders/feed.py)."""
        load_kinds()
        for source in self.sources:
            spec = kind_for_source(source)
            if spec is not None and spec.start is not None:
                for link in spec.start(source, self._context(source)):
                    self._hand_on(link, link.source or source)
                continue
            yield self.feed.opened(scrapy.Request(
                source, callback=self.parse_document, errback=self.on_error, dont_filter=True,
                meta={"dealwatch_source": source, "is_start": True, "dealwatch_role": "start", "kind": None,
                      "found_via": "page"}))
        for link in read_links(self.settings.get("DEALWATCH_LINKS_FILE")):
            await self.feed.room()
            request = self._request(link, link.source or "links-file")
            if request is not None:
                yield self.feed.opened(request) if link.follow else request
        for request in self.candidate_requests():  # listing and archive sources, discovered beforehand
            await self.feed.room()
            yield request
        async for request in self.feed.requests(self._request):
            yield request

    # ------------------------------------------------------------ callbacks

    def parse_document(self, response: Response) -> Iterator[scrapy.Request]:
        """A sitemap, feed or other source document: hand what it links to on to the feed.

        Nothing is requested from here: `start()` requests the links as Scrapy has room, and
        child documents (an index's sitemaps) one at a time, once the links before are nearly used up.
        """
        try:
            self._read_document(response)
        finally:
            self.feed.document_done(response.meta)
        return iter(())

    def _read_document(self, response: Response) -> None:
        source = response.meta["dealwatch_source"]
        kind = response.meta.get("kind")
        spec = load_kinds().get(kind) if kind else sniff(response)
        if spec is None:
            content_type = response.headers.get(b"Content-Type")
            if response.meta.get("is_start") and looks_like_html(response.body, content_type):
                self._count_page(response.meta, fetched=True)  # an article page given as source
            else:
                self._failed(response.meta, f"{response.url}: not a sitemap, feed or HTML page (unparseable)",
                             permanent=True)
            return
        for link in spec.parse(response, self._context(source)):
            self._hand_on(link, link.source or source)

    def _hand_on(self, link: Link, source: str) -> None:
        """A found link into the feed: a document as its request (filtered now), a page as the bare link."""
        if link.follow:
            request = self._request(link, source)
            if request is not None:
                self.feed.add_document(request)
        else:
            self.feed.add_link(link, source)

    def on_article(self, response: Response) -> None:
        """An article page arrived; the archive middleware has stored it already."""
        self._count_page(response.meta, fetched=True)

    def on_error(self, failure: Failure) -> None:
        """A failed request: a failed start marks its source failed, a failed article is archived with its reason."""
        request = failure.request
        reason, message, permanent = describe_failure(failure)
        meta = request.meta
        self.feed.document_done(meta)
        if meta.get("is_start"):
            self._failed(meta, f"{request.url}: {message}", permanent=permanent)
            return
        if meta.get("dealwatch_role") != "article":
            self.crawler.stats.inc_value("dealwatch/document_errors")
            log.warning("could not fetch source document %s: %s", request.url, message)
            return
        archive = getattr(self.crawler, "dealwatch_archive", None)
        if archive is not None:
            # The URL the crawl asked for, not where redirects ended.
            asked = (meta.get("redirect_urls") or [request.url])[0]
            archive.write_failure(url=asked, reason=reason, error=message, meta=meta)
        self._count_page(meta, fetched=False, reason=reason)
        log.info("dropped %s: %s (%s)", request.url, reason, message)

    # ------------------------------------------------------------ requests

    def _request(self, link: Link, source: str) -> scrapy.Request | None:
        """The request for a Link, or None when the crawl skips it (counted by reason)."""
        url = link.url if link.headers.get("Range") else clean_url(link.url)
        outlet = outlet_by_host(urlsplit(link.meta.get("original_url") or url).hostname or "", self.outlets_file)
        meta: dict[str, Any] = {"dealwatch_source": source, "found_via": link.found_via, "lastmod": link.lastmod,
                                "outlet_id": outlet.id if outlet else bare_host(urlsplit(url).hostname or ""),
                                **link.meta}
        if link.follow:
            if not self._sitemap_allowed(outlet, url):
                return self._skip("filtered", url)
            meta.update(kind=link.follow, dealwatch_role="document")
            return scrapy.Request(url, callback=self.parse_document, errback=self.on_error, meta=meta,
                                  headers=link.headers or None)
        key = url_key(url)
        if key in self.requested:
            return self._skip("repeated_url", url)
        if not self._url_allowed(outlet, url):
            return self._skip("filtered", url)
        if not self._in_range(link):
            return self._skip("out_of_range", url)
        if self._is_known(meta.get("original_url") or url, link.lastmod):
            return self._skip("known", url)
        self.requested.add(key)
        meta["dealwatch_role"] = "article"
        # dont_filter: dedup is done above; a redirect loop must reach the redirect limit, not vanish.
        return scrapy.Request(url, callback=self.on_article, errback=self.on_error, meta=meta, dont_filter=True,
                              headers=link.headers or None)

    def _skip(self, reason: str, url: str) -> None:
        self.crawler.stats.inc_value(f"dealwatch/skipped/{reason}")
        log.debug("skipped %s: %s", url, reason)
        return None

    @staticmethod
    def _sitemap_allowed(outlet: Outlet | None, url: str) -> bool:
        pattern = outlet.filters.get("sitemap_include") if outlet else None
        return not pattern or _search(pattern, url)

    @staticmethod
    def _url_allowed(outlet: Outlet | None, url: str) -> bool:
        if outlet is None:
            return True
        include, exclude = outlet.filters.get("url_include"), outlet.filters.get("url_exclude")
        return (not include or _search(include, url)) and not (exclude and _search(exclude, url))

    def _in_range(self, link: Link) -> bool:
        day = _day(link.lastmod)
        if day is None:
            return True
        return not ((self.date_from and day < self.date_from) or (self.date_to and day > self.date_to))

    def _is_known(self, url: str, lastmod: str | None) -> bool:
        """Known and not changed since: skip. A newer sitemap lastmod than the known one fetches it again."""
        key = clean_url(url)
        if key not in self.known:
            return False
        new, old = _moment(lastmod), _moment(self.known[key])
        return not (new and old and new > old)

    def _context(self, source: str) -> Context:
        return Context(source=source, since=self.date_from, until=self.date_to,
                       settings={k: self.settings.get(k) for k in ("DEALWATCH_OUT_DIR",)})

    # ------------------------------------------------------------ bookkeeping

    def _count_page(self, meta: dict[str, Any], *, fetched: bool, reason: str | None = None) -> None:
        stats = self.crawler.stats
        outlet = meta.get("outlet_id") or "unknown"
        stats.inc_value("dealwatch/pages_seen")
        if fetched:
            stats.inc_value("dealwatch/fetched")
            stats.inc_value(f"dealwatch/outlet/{outlet}/fetched")
        else:
            stats.inc_value(f"dealwatch/dropped/{reason}")
            stats.inc_value(f"dealwatch/outlet/{outlet}/dropped/{reason}")

    def _failed(self, meta: dict[str, Any], error: str, *, permanent: bool) -> None:
        source = meta["dealwatch_source"]
        self.failed_sources[source] = {"source": source, "error": error, "permanent": permanent}
        log.warning("source failed: %s", error)

    def closed(self, reason: str) -> None:
        """Write crawl_stats.json."""
        values = self.crawler.stats.get_stats()
        per_outlet: dict[str, dict[str, Any]] = {}
        for key, value in values.items():
            if key.startswith("dealwatch/outlet/"):
                outlet, _, rest = key[len("dealwatch/outlet/"):].partition("/")
                entry = per_outlet.setdefault(outlet, {"fetched": 0, "dropped": {}})
                if rest == "fetched":
                    entry["fetched"] = value
                elif rest.startswith("dropped/"):
                    entry["dropped"][rest[len("dropped/"):]] = value
        dropped = {r: values.get(f"dealwatch/dropped/{r}", 0) for r in FETCH_REASONS}
        payload = {
            "sources": self.sources,
            "failed_sources": list(self.failed_sources.values()),
            "pages_seen": values.get("dealwatch/pages_seen", 0),
            "fetched": values.get("dealwatch/fetched", 0),
            # Kept for callers of the one-stage crawl: pages fetched; the parse stage counts articles.
            "articles": values.get("dealwatch/fetched", 0),
            "dropped": dropped,
            "skipped": {r: values.get(f"dealwatch/skipped/{r}", 0) for r in SKIP_REASONS},
            "per_outlet": dict(sorted(per_outlet.items())),
            "responses_archived": values.get("dealwatch/responses_archived", 0),
            "document_errors": values.get("dealwatch/document_errors", 0),
            "most_requests_waiting": values.get(WAITING_STAT, 0),
            "finish_reason": reason,
        }
        out = Path(self.settings.get("DEALWATCH_OUT_DIR"))
        (out / WARC_FILE).touch(exist_ok=True)  # nothing fetched (all known): an empty archive, still an archive
        (out / STATS_FILE).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- helpers


def read_links(path: str | Path | None) -> Iterable[Link]:
    """Links from a JSON Lines file of Link.to_json() dicts (see spiders/sources/__init__.py)."""
    if not path or not Path(path).is_file():
        return
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield Link.from_json(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("links file %s, line %d: skipped (%s)", path, number, exc)


def url_key(url: str) -> int:
    """A URL's 64-bit BLAKE2b digest: what the seen-set keeps (a chance collision of two URLs
    among a million is about 1 in 40 million)."""
    return int.from_bytes(hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest(), "little")


def _search(pattern: str, text: str) -> bool:
    import re

    return re.search(pattern, text) is not None


def _moment(value: str | None) -> datetime | None:
    """An ISO date or datetime as an aware datetime (dates at midnight UTC), or None."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _day(value: str | None) -> date | None:
    moment = _moment(value) if isinstance(value, str) else None
    return moment.date() if moment else None
