"""known.jsonl for an incremental crawl: the URLs already stored, with the moment they were last known.

The warehouse the run loads into is the truth ("already in the warehouse"):
its articles' URLs, canonical URLs and capture URLs. Without a warehouse
(a first run, or `crawl` before any load) the URLs come from the
articles.jsonl of earlier staged runs. `lastmod` is the sitemap's lastmod
when one was given, else when the page was fetched: a sitemap lastmod newer
than that means the page changed and is fetched again.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path

from pipelines import atomic, paths
from pipelines.stages import ARTICLES_FILE
from spiders.known import KNOWN_FILE

log = logging.getLogger(__name__)

Known = dict[str, str | None]


def _keep_latest(known: Known, urls: Iterable[str | None], moment: str | None) -> None:
    """Note `moment` for every non-empty URL of `urls`, keeping the latest moment seen for each."""
    for url in set(urls) - {None, ""}:
        if url not in known or (moment and (known[url] or "") < moment):
            known[url] = moment


def known_from_staged_runs(exclude: Path | None = None) -> Known:
    """{url: lastmod} over the articles of every staged run except `exclude`; the latest moment wins."""
    known: Known = {}
    root = paths.staging_root()
    if not root.is_dir():
        return known
    for articles in sorted(root.glob(f"*/{ARTICLES_FILE}")):
        if exclude is not None and articles.parent.resolve() == Path(exclude).resolve():
            continue
        try:
            lines = articles.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("skipped %s for known URLs: %s", articles, exc)
            continue
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            _keep_latest(known, (record.get("url"), record.get("canonical_url")),
                         record.get("lastmod") or record.get("fetched_at"))
    return known


def known_from_warehouse(db_path: Path) -> Known:
    """{url: lastmod} over the articles stored in the warehouse at `db_path` (url, canonical and capture URL)."""
    from warehouse.read import known_urls

    known: Known = {}
    for row in known_urls(db_path):
        fetched = row.get("fetched_at")
        _keep_latest(known, (row.get("url"), row.get("canonical_url"), row.get("capture_url")),
                     row.get("lastmod") or (fetched.isoformat() if fetched is not None else None))
    return known


def known_for(run_dir: Path, db_path: Path | None = None) -> Known:
    """The known URLs for a crawl into `run_dir`: the warehouse's when `db_path` exists, else the staged runs'."""
    if db_path is not None and Path(db_path).is_file():
        return known_from_warehouse(Path(db_path))
    return known_from_staged_runs(exclude=run_dir)


def write_known_file(run_dir: Path, db_path: Path | None = None, known: Known | None = None) -> int:
    """Write run_dir/known.jsonl (unless it exists already); returns the number of URLs in it.

    `known` (from `known_for`) lets a caller read the warehouse once for many run directories.
    """
    target = Path(run_dir) / KNOWN_FILE
    if target.is_file():
        return sum(1 for _ in target.open(encoding="utf-8"))
    if known is None:
        known = known_for(run_dir, db_path)
    return atomic.write_jsonl(target, ({"url": url, "lastmod": lastmod} for url, lastmod in sorted(known.items())))
