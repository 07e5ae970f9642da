"""The one generic spider: each start URL may be a sitemap (index, news), a feed or an article page.

It only discovers URLs and turns article pages into items; filtering, dedup
and storage are item pipelines (spiders/pipelines.py).
"""
from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import scrapy
from lxml import etree
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.internet import error as net_error
from twisted.python.failure import Failure

from spiders.extract import extract_article
from spiders.items import CrawledArticle, RawPage
from spiders.pipelines import DROP_REASONS, count_drop
from spiders.sources.fetch import CandidateFetching

log = logging.getLogger(__name__)

STATS_FILE = "crawl_stats.json"
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class DealSpider(CandidateFetching, scrapy.Spider):
    """Crawl sources of any kind (sitemap, news sitemap, sitemap index, RSS/Atom, article page)."""

    name = "dealwatch"

    def __init__(self, sources: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources = list(sources or [])
        self.failed_sources: dict[str, dict[str, Any]] = {}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            yield scrapy.Request(source, callback=self.parse_any, errback=self.on_error, dont_filter=True,
                                 meta={"source": source, "is_start": True})
        for request in self.candidate_requests():  # listing and archive sources, discovered beforehand
            yield request

    # ------------------------------------------------------------ callbacks

    def parse_any(self, response: Response) -> Iterator[Any]:
        """Dispatch on what the response is: sitemap, feed or HTML page."""
        self.crawler.stats.inc_value("dealwatch/pages_seen")
        kind, root = _classify(response)
        if kind == "sitemap":
            yield from self._follow_sitemap(response)
        elif kind == "feed":
            yield from self._follow_feed(response, root)
        elif kind == "html":
            yield from self._article(response)
        else:
            self._failed(response.meta, f"{response.url}: not a sitemap, feed or HTML page (unparseable)",
                         permanent=True)

    def parse_article(self, response: Response) -> Iterator[Any]:
        """A page linked from a sitemap or feed."""
        self.crawler.stats.inc_value("dealwatch/pages_seen")
        yield from self._article(response)

    def on_error(self, failure: Failure) -> None:
        """Record a failed request; a failed start URL marks its source as failed."""
        request = failure.request
        message, permanent = describe_failure(failure)
        if request.meta.get("is_start"):
            self._failed(request.meta, f"{request.url}: {message}", permanent=permanent)
        else:
            self.crawler.stats.inc_value("dealwatch/fetch_errors")
            log.warning("could not fetch %s: %s", request.url, message)

    # ------------------------------------------------------------ helpers

    def _follow_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        sitemap = Sitemap(_body(response))
        for entry in sitemap:
            loc = (entry.get("loc") or "").strip()
            if not loc:
                continue
            url = response.urljoin(loc)
            if sitemap.type == "sitemapindex":
                yield self._child(response, url, self.parse_any)
            else:
                yield self._child(response, url, self.parse_article)

    def _follow_feed(self, response: Response, root: etree._Element) -> Iterator[scrapy.Request]:
        for link in _feed_links(root):
            yield self._child(response, response.urljoin(link), self.parse_article)

    def _child(self, response: Response, url: str, callback: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.on_error,
                              meta={"source": response.meta["source"]})

    def _article(self, response: Response) -> Iterator[CrawledArticle]:
        record = extract_article(response.body, response.url, source=response.meta["source"],
                                 fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        if record is None:
            count_drop(self.crawler, "not_article")
            return
        yield CrawledArticle(record=record, raw=_raw_page(response))

    def _failed(self, meta: dict[str, Any], error: str, *, permanent: bool) -> None:
        self.failed_sources[meta["source"]] = {"source": meta["source"], "error": error, "permanent": permanent}
        log.warning("source failed: %s", error)

    def closed(self, reason: str) -> None:
        """Write crawl_stats.json (after the pipelines have closed their files)."""
        stats = self.crawler.stats
        payload = {
            "sources": self.sources,
            "failed_sources": list(self.failed_sources.values()),
            "pages_seen": stats.get_value("dealwatch/pages_seen", 0),
            "articles": stats.get_value("dealwatch/articles", 0),
            "dropped": {r: stats.get_value(f"dealwatch/dropped/{r}", 0) for r in DROP_REASONS},
            "fetch_errors": stats.get_value("dealwatch/fetch_errors", 0),
            "finish_reason": reason,
        }
        out = Path(self.settings.get("DEALWATCH_OUT_DIR"))
        (out / STATS_FILE).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- classification


def _body(response: Response) -> bytes:
    body = response.body
    if body[:2] == b"\x1f\x8b":  # gzipped sitemap (.xml.gz)
        body = gunzip(body, max_size=50 * 1024 * 1024)
    return body


def _classify(response: Response) -> tuple[str, Any]:
    """("sitemap" | "feed" | "html" | "unparseable", parsed XML root or None)."""
    body = _body(response).lstrip(b"\xef\xbb\xbf \t\r\n")
    head = body[:512].lower()
    content_type = response.headers.get(b"Content-Type", b"").lower()
    if head.startswith((b"<!doctype html", b"<html")) or (b"html" in content_type and b"xml" not in content_type
                                                           and not head.startswith(b"<?xml")):
        return "html", None
    try:
        root = etree.fromstring(body, parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        return "unparseable", None
    tag = etree.QName(root).localname.lower()
    if tag in ("urlset", "sitemapindex"):
        return "sitemap", root
    if tag in ("rss", "feed", "rdf"):
        return "feed", root
    if tag == "html":
        return "html", None
    return "unparseable", None


def _feed_links(root: etree._Element) -> list[str]:
    """Item links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed."""
    links: list[str] = []
    for item in root.xpath("//*[local-name()='item']"):  # RSS 2.0 and RDF
        link = item.xpath("string(*[local-name()='link'])").strip()
        if not link:
            guid = item.xpath("*[local-name()='guid'][not(@isPermaLink='false')]")
            link = guid[0].xpath("string()").strip() if guid else ""
        if link:
            links.append(link)
    for entry in root.xpath("//*[local-name()='entry']"):  # Atom
        hrefs = entry.xpath("*[local-name()='link'][not(@rel) or @rel='alternate']/@href")
        if hrefs:
            links.append(hrefs[0].strip())
    return links


def _raw_page(response: Response) -> RawPage:
    if response.url.startswith("file:"):
        return RawPage(url=response.url, status=200, body=response.body, synthesized=True,
                       headers=[("Content-Type", "text/html; charset=utf-8")])
    headers = [(k.decode("latin-1"), v.decode("latin-1"))
               for k, values in response.headers.items() for v in values]
    return RawPage(url=response.url, status=response.status, headers=headers, body=response.body)


def describe_failure(failure: Failure) -> tuple[str, bool]:
    """A one-line description of a failed request and whether the failure is permanent."""
    exc = failure.value
    if isinstance(exc, HttpError):
        status = exc.response.status
        return f"HTTP {status}", not (status >= 500 or status in (408, 429))
    if isinstance(exc, IgnoreRequest):
        return f"request ignored ({exc or 'forbidden by robots.txt'})", True
    if isinstance(exc, FileNotFoundError | IsADirectoryError | PermissionError):
        return f"cannot read file ({exc.strerror or exc})", True
    if isinstance(exc, net_error.DNSLookupError | CannotResolveHostError):
        return "DNS lookup failed", False
    if isinstance(exc, net_error.TimeoutError | net_error.TCPTimedOutError | DownloadTimeoutError):
        return "timed out", False
    if isinstance(exc, net_error.ConnectionRefusedError | DownloadConnectionRefusedError):
        return "connection refused", False
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}{': ' + text if text else ''}", False
