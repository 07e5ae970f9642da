"""Common Crawl source (`commoncrawl:HOST_OR_URL_PREFIX`): the URL index per crawl, records by range request.

The crawls are listed in `collinfo.json` (each with the period it ran, `from`
and `to`); the crawls whose period touches the date range are chosen. Each
crawl's index (`<crawl>-index`, a pywb CDX server) is asked with `output=json`
and paged with `showNumPages` / `page`. An index line names the WARC file
(`filename`) and the byte range of the record (`offset`, `length`); the fetcher
asks `DEALWATCH_CC_DATA_URL/<filename>` for just that range, which is one gzip
member holding one WARC response record, unwrapped by `unwrap_record`.
"""
from __future__ import annotations

import io
import json
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from spiders.sources import KindSpec, register
from spiders.sources.candidates import (
    Candidate,
    DateRange,
    host_of,
    iso,
    parse_timestamp14,
    settings,
    url_may_be_about_the_deal,
)
from spiders.sources.politeness import ArchiveError, PoliteClient
from spiders.sources.state import IndexLog
from spiders.sources.wayback import match_scope

KIND = "commoncrawl"
DEFAULT_INDEX_URL = "https://index.commoncrawl.org"
DEFAULT_DATA_URL = "https://data.commoncrawl.org"
STATE_VERSION = 1
_CRAWL_WEEK = re.compile(r"CC-MAIN-(\d{4})-(\d{2})$")


class RecordError(Exception):
    """A WARC record from a range request could not be unwrapped (truncated, bad gzip, not a response)."""


@dataclass(frozen=True)
class UnwrappedRecord:
    """The archived HTTP response inside one Common Crawl WARC record."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    capture_time: str | None


def index_base_url() -> str:
    """The URL index service (`DEALWATCH_CC_INDEX_URL`, default the public one)."""
    return (os.environ.get("DEALWATCH_CC_INDEX_URL") or DEFAULT_INDEX_URL).rstrip("/")


def data_base_url() -> str:
    """Where the WARC files are served (`DEALWATCH_CC_DATA_URL`, default the public one)."""
    return (os.environ.get("DEALWATCH_CC_DATA_URL") or DEFAULT_DATA_URL).rstrip("/")


# ------------------------------------------------------------------ choosing crawls


def crawl_period(crawl: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    """When a crawl ran: collinfo's `from`/`to`, else estimated from its id (CC-MAIN-YYYY-WW, ISO week)."""
    first, last = _iso_time(crawl.get("from")), _iso_time(crawl.get("to"))
    if first or last:
        return first, last
    match = _CRAWL_WEEK.match(str(crawl.get("id", "")))
    if not match:
        return None, None
    year, week = int(match.group(1)), int(match.group(2))
    try:
        start = datetime.combine(date.fromisocalendar(year, week, 1), datetime.min.time(), timezone.utc)
    except ValueError:
        return None, None
    return start - timedelta(days=14), start + timedelta(days=14)


def _iso_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def choose_crawls(collinfo: list[dict[str, Any]], dates: DateRange) -> list[str]:
    """Ids of the crawls whose period touches the date range, oldest first."""
    chosen = []
    for crawl in collinfo:
        first, last = crawl_period(crawl)
        if first is None and last is None:
            continue
        if dates.overlaps(first, last):
            chosen.append((first or last, str(crawl["id"])))
    return [crawl_id for _, crawl_id in sorted(chosen)]


def read_collinfo(client: PoliteClient, base: str) -> list[dict[str, Any]]:
    """The crawl list (`collinfo.json`); raises ArchiveError when it is missing or malformed."""
    response = client.get(f"{base}/collinfo.json")
    try:
        data = response.json()
    except ValueError:
        raise ArchiveError("commoncrawl: collinfo.json is not JSON") from None
    if not isinstance(data, list) or not all(isinstance(c, dict) and "id" in c for c in data):
        raise ArchiveError("commoncrawl: collinfo.json is not a list of crawls")
    return data


# ------------------------------------------------------------------ the index


def index_params(target: str, *, page: int | None = None, num_pages: bool = False) -> dict[str, str]:
    """The query of one crawl's index (pywb CDX server syntax)."""
    url, match_type = match_scope(target)
    params = {"url": url, "matchType": match_type, "output": "json", "filter": "=status:200"}
    if num_pages:
        params["showNumPages"] = "true"
    if page is not None:
        params["page"] = str(page)
    return params


def parse_index_lines(text: str) -> list[dict[str, Any]]:
    """The JSON lines of one index page; an empty page gives []. Raises ArchiveError on a malformed line."""
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise ArchiveError(f"commoncrawl: index line {number} is not JSON") from None
        if isinstance(record, dict):
            records.append(record)
    return records


def candidate_from_line(line: dict[str, Any], *, data_base: str, source: str, dates: DateRange | None,
                        outlet_id: str | None) -> Candidate | None:
    """A candidate for one index line, or None (not an HTML 200 capture, pre-filtered out, incomplete)."""
    url, filename = str(line.get("url", "")), str(line.get("filename", ""))
    if not url or not filename or urlsplit(url).scheme not in ("http", "https"):
        return None
    if str(line.get("status", "200")) != "200" or "html" not in str(line.get("mime", "text/html")):
        return None
    if not url_may_be_about_the_deal(url):
        return None
    try:
        offset, length = int(line["offset"]), int(line["length"])
        moment = parse_timestamp14(str(line.get("timestamp", "")))
    except (KeyError, TypeError, ValueError):
        return None
    warc_url = f"{data_base}/{filename.lstrip('/')}"
    return Candidate(
        original_url=url, found_via=KIND, source=source, fetch_url=warc_url,
        capture_id=f"{KIND}:{filename}:{offset}", outlet_id=outlet_id or host_of(url),
        capture_url=f"{warc_url}#offset={offset}&length={length}", capture_time=iso(moment),
        warc_offset=offset, warc_length=length,
    )


def _read_crawl(crawl_id: str, target: str, *, client: PoliteClient, state_dir: Path, index_base: str,
                data_base: str, source: str, outlet_id: str | None) -> Iterator[Candidate]:
    """Candidates of one crawl's index, resuming from its index log."""
    query = {"v": STATE_VERSION, "index": index_base, "data": data_base, "crawl": crawl_id, "target": target,
             "prefilter": [settings()["url_keywords"], settings()["skip_url_patterns"]]}
    log = IndexLog(state_dir, KIND, query)
    for entry in log.candidates():
        yield Candidate.from_json(entry)
    if log.complete:
        return
    endpoint = f"{index_base}/{crawl_id}-index"
    cursor = log.next_cursor
    if cursor is None:  # first visit: how many pages?
        response = client.get(endpoint, params=index_params(target, num_pages=True), ok=(200, 404))
        pages = _num_pages(response.text) if response.status_code == 200 else 0
        cursor = {"page": 0, "pages": pages} if pages else None
        log.record("numpages", [], cursor, 0)
    while cursor is not None:
        response = client.get(endpoint, params=index_params(target, page=cursor["page"]), ok=(200, 404))
        # pywb answers 404 ("No Captures found") for an empty result: an empty page, not a failure.
        lines = parse_index_lines(response.text) if response.status_code == 200 else []
        found = [c for line in lines if (c := candidate_from_line(line, data_base=data_base, source=source,
                                                                  dates=None, outlet_id=outlet_id))]
        following = cursor["page"] + 1
        next_cursor = {"page": following, "pages": cursor["pages"]} if following < cursor["pages"] else None
        log.record(cursor, [c.to_json() for c in found], next_cursor, len(lines))
        yield from found
        cursor = next_cursor


def _num_pages(text: str) -> int:
    try:
        data = json.loads(text)
        return max(0, int(data["pages"]))
    except (ValueError, KeyError, TypeError):
        raise ArchiveError("commoncrawl: showNumPages answer is not {\"pages\": N}") from None


def discover(target: str, dates: DateRange, *, client: PoliteClient, state_dir: Path,
             outlet_id: str | None = None) -> Iterator[Candidate]:
    """Candidates of `commoncrawl:<target>` from every crawl that ran in the date range.

    A URL found in several crawls is kept once (the oldest crawl's record).
    Raises ArchiveError when collinfo or an index fails after retries.
    """
    index_base, data_base = index_base_url(), data_base_url()
    source = f"{KIND}:{target}"
    crawls = choose_crawls(read_collinfo(client, index_base), dates)
    seen: set[str] = set()
    for crawl_id in crawls:
        for candidate in _read_crawl(crawl_id, target, client=client, state_dir=state_dir,
                                     index_base=index_base, data_base=data_base, source=source,
                                     outlet_id=outlet_id):
            if candidate.original_url not in seen:
                seen.add(candidate.original_url)
                yield candidate


# ------------------------------------------------------------------ records


def range_header(offset: int, length: int) -> str:
    """The HTTP Range header for one record (both ends inclusive)."""
    return f"bytes={offset}-{offset + length - 1}"


def unwrap_record(data: bytes, expected_length: int | None = None) -> UnwrappedRecord:
    """The HTTP response inside one gzip member holding one WARC record.

    Raises RecordError when the bytes are fewer than the index said (truncated
    range), are not one complete gzip member, or hold no HTTP response record.
    """
    if expected_length is not None and len(data) < expected_length:
        raise RecordError(f"truncated range: {len(data)} of {expected_length} bytes")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip framing
    try:
        raw = inflater.decompress(data)
    except zlib.error as exc:
        raise RecordError(f"bad gzip member: {exc}") from None
    if not inflater.eof:
        raise RecordError("truncated gzip member")
    try:
        record = next(iter(ArchiveIterator(io.BytesIO(raw))), None)
    except ArchiveLoadFailed as exc:
        raise RecordError(f"not a WARC record: {str(exc).strip()[:200]}") from None
    if record is None or record.rec_type != "response" or record.http_headers is None:
        raise RecordError("no HTTP response record in the range")
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    try:
        status = int(record.http_headers.get_statuscode())
    except (TypeError, ValueError):
        raise RecordError("HTTP response record without a status") from None
    try:
        body = record.content_stream().read()
    except (OSError, zlib.error, ValueError) as exc:
        raise RecordError(f"unreadable payload: {exc}") from None
    date_header = record.rec_headers.get_header("WARC-Date")
    return UnwrappedRecord(url=url, status=status, headers=list(record.http_headers.headers), body=body,
                           capture_time=date_header)


def unwrap_warc_response(record: Any) -> tuple[str, int, list[tuple[str, str]], bytes]:
    """For the parse stage's unwrap registry: a stored range response (warcio record) -> (url, status, headers, body)."""
    inner = unwrap_record(record.content_stream().read())
    return inner.url, inner.status, inner.headers, inner.body


def _discover(target: str, dates: DateRange, *, client: PoliteClient, state_dir: Path,
              outlet: Any = None) -> Iterator[Candidate]:
    return discover(target, dates, client=client, state_dir=state_dir, outlet_id=outlet.outlet_id if outlet else None)


SPEC = register(KindSpec(name=KIND, prefix=KIND, discover=_discover))
