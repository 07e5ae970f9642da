"""known.jsonl: URLs a crawl must not fetch again unless their sitemap/feed lastmod is newer.

The one definition of the file's name and format. pipelines writes it into a
run (or source) directory before the crawl (`{"url", "lastmod"}` per line);
the spider reads it through the setting DEALWATCH_KNOWN_FILE, the discovery of
listing and archive sources from the run directory.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from spiders.identity import clean_url

log = logging.getLogger(__name__)

KNOWN_FILE = "known.jsonl"


def read_known(path: str | Path | None) -> dict[str, str | None]:
    """Known URLs as {clean url: lastmod}; {} when there is no such file.

    A line is `{"url", "lastmod"}` (also `canonical_url`, which is known too) or
    a plain JSON string; malformed lines are skipped with a warning.
    """
    known: dict[str, str | None] = {}
    if not path or not Path(path).is_file():
        return known
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                if isinstance(entry, str):
                    entry = {"url": entry}
                urls = [entry[k] for k in ("url", "canonical_url") if isinstance(entry.get(k), str)]
                if not urls:
                    raise KeyError("url")
                for url in urls:
                    known[clean_url(url)] = entry.get("lastmod")
            except (ValueError, KeyError, TypeError, AttributeError):
                log.warning("known URLs file %s: skipped a malformed line", path)
    return known


def known_file(directory: str | Path) -> Path:
    """Where a run or source directory keeps its known URLs."""
    return Path(directory) / KNOWN_FILE
