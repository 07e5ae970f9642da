"""known.jsonl: URLs a crawl must not fetch again unless their sitemap/feed lastmod is newer."""
from __future__ import annotations

import json
import logging
from pathlib import Path

from spiders.identity import clean_url

log = logging.getLogger(__name__)


def read_known(path: str | Path | None) -> dict[str, str | None]:
    """Known URLs from known.jsonl ({"url", "lastmod"} per line) as {clean url: lastmod}; bad lines skipped."""
    known: dict[str, str | None] = {}
    if not path or not Path(path).is_file():
        return known
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            try:
                entry = json.loads(line)
                known[clean_url(entry["url"])] = entry.get("lastmod")
            except (ValueError, KeyError, TypeError, AttributeError):
                log.warning("known URLs file %s: skipped a malformed line", path)
    return known
