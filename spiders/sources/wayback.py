"""Wayback Machine source (`wayback:HOST_OR_URL_PREFIX`): captures from the CDX API, fetched raw.

The CDX API (https://github.com/internetarchive/wayback/tree/master/wayback-cdx-server)
is asked for the HTML captures with status 200 of a domain (`matchType=domain`)
or URL prefix (`matchType=prefix`) in the date range, one capture per URL
(`collapse=urlkey`: the earliest in the range, closest to publication), paged with
`limit` + `showResumeKey`. Only URLs passing the pre-filter become candidates;
each is fetched in its raw form (`/web/<timestamp>id_/<url>`: the archived bytes,
no Wayback toolbar, no rewritten links) and parsed like a live page.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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

KIND = "wayback"
DEFAULT_BASE_URL = "https://web.archive.org"
FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
STATE_VERSION = 1  # bump when the query or the candidate form changes: old index logs are then not reused


def base_url() -> str:
    """The Wayback Machine's base URL (`DEALWATCH_WAYBACK_URL`, default the public service)."""
    return (os.environ.get("DEALWATCH_WAYBACK_URL") or DEFAULT_BASE_URL).rstrip("/")


def capture_url(base: str, timestamp: str, original: str) -> str:
    """The raw capture URL: the `id_` form serves the archived bytes without the toolbar."""
    return f"{base}/web/{timestamp}id_/{original}"


def match_scope(target: str) -> tuple[str, str]:
    """(url, matchType) for a HOST_OR_URL_PREFIX: a bare host is a domain query, anything with a path a prefix."""
    text = target.strip()
    bare = text.split("://", 1)[-1]
    if "/" in bare.strip("/"):
        return text, "prefix"
    return host_of(text), "domain"


def cdx_params(target: str, dates: DateRange, *, page_size: int, resume_key: str | None) -> list[tuple[str, str]]:
    """The CDX query for one page (a list: `filter` repeats)."""
    url, match_type = match_scope(target)
    params = [("url", url), ("matchType", match_type), ("output", "json"), ("fl", ",".join(FIELDS)),
              ("filter", "statuscode:200"), ("filter", "mimetype:text/html"), ("collapse", "urlkey"),
              ("limit", str(page_size)), ("showResumeKey", "true")]
    if dates.start:
        params.append(("from", dates.start.strftime("%Y%m%d")))
    if dates.end:
        params.append(("to", dates.end.strftime("%Y%m%d") + "235959"))
    if resume_key:
        params.append(("resumeKey", resume_key))
    return params


def parse_cdx_json(text: str) -> tuple[list[dict[str, str]], str | None]:
    """Rows (as dicts by field name) and the resume key of one CDX JSON page.

    `output=json` is a list of lists: a header row of field names, the rows, and,
    when more remain, an empty row followed by a one-element row holding the
    resume key. An empty body or `[]` is an empty page. Raises ArchiveError when
    the page is not that shape.
    """
    if not text.strip():
        return [], None
    try:
        data = json.loads(text)
    except ValueError:
        raise ArchiveError("wayback: CDX answer is not JSON") from None
    if not isinstance(data, list) or not all(isinstance(row, list) for row in data):
        raise ArchiveError("wayback: CDX answer is not a list of rows")
    if not data:
        return [], None
    resume_key = None
    if len(data) >= 2 and data[-2] == [] and len(data[-1]) == 1:
        resume_key = str(data[-1][0])
        data = data[:-2]
    header, rows = data[0], [row for row in data[1:] if row]
    return [dict(zip(header, row)) for row in rows], resume_key


def candidate_from_row(row: dict[str, str], *, base: str, source: str, dates: DateRange,
                       outlet_id: str | None) -> Candidate | None:
    """A candidate for one CDX row, or None when the pre-filter (or the date range) rules it out."""
    original, timestamp = row.get("original", ""), row.get("timestamp", "")
    if not original or not timestamp or urlsplit(original).scheme not in ("http", "https"):
        return None
    if not url_may_be_about_the_deal(original):
        return None
    try:
        moment = parse_timestamp14(timestamp)
    except ValueError:
        return None
    if not dates.contains(moment):
        return None
    return Candidate(
        original_url=original, found_via=KIND, source=source,
        fetch_url=capture_url(base, timestamp, original),
        capture_id=f"{KIND}:{timestamp}:{original}",
        outlet_id=outlet_id or host_of(original),
        capture_url=capture_url(base, timestamp, original), capture_time=iso(moment),
    )


def discover(target: str, dates: DateRange, *, client: PoliteClient, state_dir: Path,
             outlet_id: str | None = None, page_size: int | None = None) -> Iterator[Candidate]:
    """Candidates of `wayback:<target>` in the date range, resuming from the index log under `state_dir`.

    Pages already read are replayed from the log without asking the CDX API
    again; reading continues after the last page read. Raises ArchiveError when
    the API fails after retries (pages read until then stay in the log).
    """
    base = base_url()
    source = f"{KIND}:{target}"
    size = page_size or int(settings()["paging"]["wayback_page_size"])
    query = {"v": STATE_VERSION, "base": base, "target": target, "dates": dates.key(), "page_size": size,
             "prefilter": [settings()["url_keywords"], settings()["skip_url_patterns"]]}
    log = IndexLog(state_dir, KIND, query)
    for entry in log.candidates():
        yield Candidate.from_json(entry)
    if log.complete:
        return
    resume_key = log.next_cursor
    while True:
        response = client.get(f"{base}/cdx/search/cdx",
                              params=cdx_params(target, dates, page_size=size, resume_key=resume_key))
        rows, next_key = parse_cdx_json(response.text)
        found = [c for row in rows
                 if (c := candidate_from_row(row, base=base, source=source, dates=dates, outlet_id=outlet_id))]
        if next_key is not None and next_key == resume_key:
            next_key = None  # a server repeating its cursor would loop forever
        log.record(resume_key, [c.to_json() for c in found], next_key, len(rows))
        yield from found
        if next_key is None:
            return
        resume_key = next_key


def _discover(target: str, dates: DateRange, *, client: PoliteClient, state_dir: Path,
              outlet: Any = None) -> Iterator[Candidate]:
    return discover(target, dates, client=client, state_dir=state_dir, outlet_id=outlet.outlet_id if outlet else None)


SPEC = register(KindSpec(name=KIND, prefix=KIND, discover=_discover))
