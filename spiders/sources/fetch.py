"""The spider's side of listing and archive sources: a request per candidate, a callback per capture.

Discovery (spiders/sources/discover.py) runs before the crawl and writes the
candidates; the spider (a `CandidateFetching` subclass) reads them from the
file named by the `DEALWATCH_CANDIDATES` setting. Each request carries the
agreed meta keys (`dealwatch_source`, `found_via`, `original_url`,
`capture_time`, `lastmod`, `outlet_id`), so the archive writer and the parse
stage keep the article's original URL and outlet and the capture's URL and time.
Archive requests go to one download slot per service (DOWNLOAD_SLOTS).
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from spiders.sources.candidates import Candidate
from spiders.sources.commoncrawl import RecordError, range_header, unwrap_record
from spiders.sources.discover import read_candidates
from spiders.sources.state import FetchedLog

log = logging.getLogger(__name__)
ARCHIVE_SLOTS = ("wayback", "commoncrawl")


def slot_settings(delay: float) -> dict[str, dict[str, float]]:
    """DOWNLOAD_SLOTS for the archive services: one request at a time, `delay` seconds apart."""
    return {slot: {"concurrency": 1, "delay": delay, "jitter": 0} for slot in ARCHIVE_SLOTS}


def candidate_request(candidate: Candidate, *, callback: Any, errback: Any) -> scrapy.Request:
    """The request that fetches one candidate (a range request for a Common Crawl record)."""
    meta: dict[str, Any] = {
        "source": candidate.source, "dealwatch_source": candidate.source, "found_via": candidate.found_via,
        "original_url": candidate.original_url, "capture_time": candidate.capture_time,
        "capture_url": candidate.capture_url, "lastmod": None, "outlet_id": candidate.outlet_id,
        "candidate": candidate.to_json(),
    }
    headers = {}
    if candidate.found_via in ARCHIVE_SLOTS:
        meta["download_slot"] = candidate.found_via
        # The slot keeps its fixed pace (ArchiveBackoff slows it down); AutoThrottle must not speed it up.
        meta["autothrottle_dont_adjust_delay"] = True
    if candidate.warc_offset is not None and candidate.warc_length is not None:
        headers["Range"] = range_header(candidate.warc_offset, candidate.warc_length)
        meta["handle_httpstatus_list"] = [206]
    # Several records share one WARC file URL: the duplicate filter must not merge them.
    return scrapy.Request(candidate.fetch_url, callback=callback, errback=errback, meta=meta,
                          headers=headers, dont_filter=True)


class CandidateFetching:
    """Mixin for the crawl spider: request the discovered candidates; the archive middleware stores each response.

    The spider (spiders/spider.py) provides `on_article` (count a fetched page)
    and `on_error` (archive a failure record); the parse stage unwraps Common
    Crawl records through the unwrap registry (spiders/parse/unwrap.py).
    """

    crawler: Any
    settings: Any

    def candidate_requests(self) -> Iterator[scrapy.Request]:
        """One request per candidate in the DEALWATCH_CANDIDATES file (none when the setting is empty)."""
        path = self.settings.get("DEALWATCH_CANDIDATES")
        if not path:
            return
        for candidate in read_candidates(path):
            request = candidate_request(candidate, callback=self.parse_candidate,
                                        errback=self.on_error)  # type: ignore[attr-defined]
            request.meta["dealwatch_role"] = "article"
            yield request

    def _fetched_log(self) -> FetchedLog | None:
        if not hasattr(self, "_fetched"):
            state = self.settings.get("DEALWATCH_ARCHIVE_STATE")
            self._fetched = FetchedLog(state) if state else None
        return self._fetched

    def parse_candidate(self, response: Response) -> None:
        """A fetched candidate: mark the capture fetched (a Common Crawl record only when it unwraps)."""
        candidate = Candidate.from_json(response.meta["candidate"])
        status = response.status
        if candidate.warc_length is not None:
            try:
                status = unwrap_record(_record_bytes(response, candidate), candidate.warc_length).status
            except RecordError as exc:
                self.crawler.stats.inc_value("dealwatch/archive_errors")
                log.warning("could not unwrap %s: %s", candidate.capture_url, exc)
                return  # not marked fetched: a later run tries again
        fetched = self._fetched_log()
        if fetched is not None:
            fetched.mark(candidate.capture_id, status)
        self.crawler.stats.inc_value(f"dealwatch/fetched_via/{candidate.found_via}")
        self.on_article(response)  # type: ignore[attr-defined]


def _record_bytes(response: Response, candidate: Candidate) -> bytes:
    """The record's bytes; a server that ignored the Range header sent the whole file."""
    if response.status == 200 and candidate.warc_offset is not None and len(response.body) > (candidate.warc_length or 0):
        return response.body[candidate.warc_offset:candidate.warc_offset + (candidate.warc_length or 0)]
    return response.body
