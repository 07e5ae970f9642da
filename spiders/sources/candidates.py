"""What every source kind hands to the fetcher: a Candidate, plus the date range and URL pre-filter they share."""
from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from spiders.errors import SourceError

SETTINGS_FILE = Path(__file__).with_name("archive.toml")


@dataclass(frozen=True)
class Candidate:
    """One article URL a source found, with where it came from and how to fetch it.

    `fetch_url` is what the fetcher requests: the article itself (listing), the raw
    capture (`.../web/<timestamp>id_/<url>`, wayback) or a WARC file (commoncrawl,
    with `warc_offset`/`warc_length` for the range request). `capture_id` names the
    capture in the resumable state, so a second run skips it.
    """

    original_url: str
    found_via: str
    source: str
    fetch_url: str
    capture_id: str
    outlet_id: str | None = None
    capture_url: str | None = None
    capture_time: str | None = None  # ISO datetime UTC of the archive's capture
    warc_offset: int | None = None
    warc_length: int | None = None

    def to_json(self) -> dict[str, Any]:
        """A plain dict for JSON Lines."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Candidate":
        """The inverse of to_json (unknown keys are ignored)."""
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of days; either end may be open."""

    start: date | None = None
    end: date | None = None

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> "DateRange":
        """From `--from`/`--to` strings (YYYY, YYYY-MM or YYYY-MM-DD); raises SourceError when malformed."""
        first = _parse_day(start, first=True) if start else None
        last = _parse_day(end, first=False) if end else None
        if first and last and first > last:
            raise SourceError(f"--from {start} is after --to {end}")
        return cls(first, last)

    def contains(self, moment: datetime | date) -> bool:
        """Whether a capture time (or day) lies in the range."""
        day = moment.date() if isinstance(moment, datetime) else moment
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def overlaps(self, first: datetime | None, last: datetime | None) -> bool:
        """Whether the period [first, last] (e.g. a crawl's months) touches the range."""
        if self.end is not None and first is not None and first.date() > self.end:
            return False
        if self.start is not None and last is not None and last.date() < self.start:
            return False
        return True

    def key(self) -> str:
        """A stable text for state keys."""
        return f"{self.start or ''}..{self.end or ''}"


def _parse_day(text: str, *, first: bool) -> date:
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1) if first else date(int(text), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = map(int, text.split("-"))
            if first:
                return date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date.fromisoformat(text)
    except ValueError:
        raise SourceError(f"bad date {text!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


def parse_timestamp14(stamp: str) -> datetime:
    """An archive timestamp (YYYYMMDDhhmmss, shorter forms padded) as an aware UTC datetime."""
    digits = re.sub(r"\D", "", stamp)[:14]
    if len(digits) < 4:
        raise ValueError(f"bad archive timestamp {stamp!r}")
    digits = digits + "0101000000"[len(digits) - 4:] if len(digits) < 14 else digits
    return datetime.strptime(digits, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)


def iso(moment: datetime) -> str:
    """ISO 8601 with seconds and a Z, the form every capture_time takes."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@cache
def settings(path: Path = SETTINGS_FILE) -> dict[str, Any]:
    """The archive/listing settings file (archive.toml)."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


@cache
def _prefilter() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = settings()
    keywords = re.compile("|".join(re.escape(w.lower()) for w in data["url_keywords"]))
    skip = re.compile("|".join(f"(?:{p})" for p in data["skip_url_patterns"]), re.IGNORECASE)
    return keywords, skip


def url_may_be_about_the_deal(url: str) -> bool:
    """The archive pre-filter: a keyword in the URL's path or query, and no obvious non-article path.

    Cheap on purpose: it decides which of thousands of captures are fetched at
    all; the topic filter on the fetched text decides what is kept.
    """
    keywords, skip = _prefilter()
    parts = urlsplit(url)
    tail = f"{parts.path}?{parts.query}"
    return bool(keywords.search(tail.lower())) and not skip.search(tail)


def host_of(url_or_host: str) -> str:
    """The bare host (no scheme, port, "www." or path) of a URL or host pattern."""
    text = url_or_host.strip()
    if "://" not in text:
        text = "http://" + text.lstrip("*.")
    host = (urlsplit(text).hostname or "").rstrip(".")
    return host[4:] if host.startswith("www.") else host
