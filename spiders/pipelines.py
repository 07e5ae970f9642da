"""Item pipelines, in order: language filter, topic filter, dedup, WARC archive, JSONL writer.

Each drop is counted in the crawler stats as `dealwatch/dropped/<reason>`;
the spider turns those into crawl_stats.json.
"""
from __future__ import annotations

import hashlib
import io
import json
from http import HTTPStatus
from pathlib import Path

import py3langid
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spiders.items import CrawledArticle
from spiders.topic import is_about_the_deal

ARTICLES_FILE = "articles.jsonl"
WARC_FILE = "raw.warc.gz"
DROP_REASONS = ("not_german", "off_topic", "not_article", "duplicate")


def count_drop(crawler: Crawler, reason: str) -> None:
    """Count one dropped page under `reason` (one of DROP_REASONS)."""
    crawler.stats.inc_value(f"dealwatch/dropped/{reason}")


class _Stage:
    """Base: keeps the crawler for stats and settings."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "_Stage":
        return cls(crawler)

    def drop(self, reason: str, item: CrawledArticle) -> DropItem:
        count_drop(self.crawler, reason)
        return DropItem(f"{reason}: {item.record['url']}")

    def out_path(self, name: str) -> Path:
        out_dir = self.crawler.settings.get("DEALWATCH_OUT_DIR")
        if not out_dir:
            raise RuntimeError("DEALWATCH_OUT_DIR is not set")
        return Path(out_dir) / name


class LanguageFilter(_Stage):
    """Keep German texts only (py3langid)."""

    def process_item(self, item: CrawledArticle) -> CrawledArticle:
        language, _score = py3langid.classify(item.record["text"])
        if language != "de":
            item.notes["language"] = language
            raise self.drop("not_german", item)
        item.record["language"] = "de"
        return item


class TopicFilter(_Stage):
    """Keep texts about the Facebook/WhatsApp deal, unless DEALWATCH_ALL_TOPICS."""

    def process_item(self, item: CrawledArticle) -> CrawledArticle:
        if self.crawler.settings.getbool("DEALWATCH_ALL_TOPICS"):
            return item
        if not is_about_the_deal(item.record["title"], item.record["text"]):
            raise self.drop("off_topic", item)
        return item


class Deduplicate(_Stage):
    """Drop a page already seen: same canonical URL, same HTML or same text."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.seen: set[str] = set()

    def process_item(self, item: CrawledArticle) -> CrawledArticle:
        record = item.record
        keys = {
            "canonical:" + record["canonical_url"],
            "html:" + record["html_sha256"],
            "text:" + hashlib.sha256(record["text"].encode("utf-8")).hexdigest(),
        }
        if keys & self.seen:
            raise self.drop("duplicate", item)
        self.seen |= keys
        return item


class WarcWriter(_Stage):
    """Archive every kept article response, with its HTTP headers, in raw.warc.gz.

    http(s) pages become `response` records; file:// pages `resource` records.
    """

    def open_spider(self) -> None:
        self.fh = self.out_path(WARC_FILE).open("wb")
        self.writer = WARCWriter(self.fh, gzip=True)

    def close_spider(self) -> None:
        self.fh.close()

    def process_item(self, item: CrawledArticle) -> CrawledArticle:
        raw = item.raw
        if raw.synthesized:
            # file:// pages have no HTTP exchange; warcio only parses HTTP headers for
            # http(s) URIs, so archive the page as a WARC `resource` record instead.
            record = self.writer.create_warc_record(
                raw.url, "resource", payload=io.BytesIO(raw.body),
                warc_content_type=dict(raw.headers).get("Content-Type", "text/html"),
            )
        else:
            # Scrapy hands us the decoded body: drop encodings and sizes that no longer match it.
            headers = [(k, v) for k, v in raw.headers
                       if k.lower() not in {"content-encoding", "transfer-encoding", "content-length"}]
            headers.append(("Content-Length", str(len(raw.body))))
            status = StatusAndHeaders(f"{raw.status} {_reason(raw.status)}", headers, protocol="HTTP/1.1")
            record = self.writer.create_warc_record(raw.url, "response", payload=io.BytesIO(raw.body),
                                                    http_headers=status)
        self.writer.write_record(record)
        return item


class JsonlWriter(_Stage):
    """Write each kept ArticleRecord as one JSON line to articles.jsonl."""

    def open_spider(self) -> None:
        self.fh = self.out_path(ARTICLES_FILE).open("w", encoding="utf-8")

    def close_spider(self) -> None:
        self.fh.close()

    def process_item(self, item: CrawledArticle) -> CrawledArticle:
        self.fh.write(json.dumps(dict(item.record), ensure_ascii=False) + "\n")
        self.crawler.stats.inc_value("dealwatch/articles")
        return item


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
