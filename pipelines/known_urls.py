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
from pathlib import Path

from pipelines import paths

log = logging.getLogger(__name__)
KNOWN_FILE = "known.jsonl"
ARTICLES_FILE = "articles.jsonl"


def known_from_staged_runs(exclude: Path | None = None) -> dict[str, str | None]:
    """{url: lastmod} over the articles of every staged run except `exclude`; the latest moment wins."""
    known: dict[str, str | None] = {}
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
            moment = record.get("lastmod") or record.get("fetched_at")
            for url in {record.get("url"), record.get("canonical_url")} - {None, ""}:
                if url not in known or (moment and (known[url] or "") < moment):
                    known[url] = moment
    return known


def known_from_warehouse(db_path: Path) -> dict[str, str | None]:
    """{url: lastmod} over the articles stored in the warehouse at `db_path` (url, canonical and capture URL)."""
    from warehouse.read import known_urls

    known: dict[str, str | None] = {}
    for row in known_urls(db_path):
        fetched = row.get("fetched_at")
        moment = row.get("lastmod") or (fetched.isoformat() if fetched is not None else None)
        for url in {row.get("url"), row.get("canonical_url"), row.get("capture_url")} - {None, ""}:
            if url not in known or (moment and (known[url] or "") < moment):
                known[url] = moment
    return known


def write_known_file(run_dir: Path, db_path: Path | None = None) -> int:
    """Write run_dir/known.jsonl (unless it exists already); returns the number of URLs in it.

    With `db_path` naming an existing warehouse, the URLs are that warehouse's; else those of earlier staged runs.
    """
    target = Path(run_dir) / KNOWN_FILE
    if target.is_file():
        return sum(1 for _ in target.open(encoding="utf-8"))
    if db_path is not None and Path(db_path).is_file():
        known = known_from_warehouse(Path(db_path))
    else:
        known = known_from_staged_runs(exclude=run_dir)
    tmp = target.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for url, lastmod in sorted(known.items()):
            fh.write(json.dumps({"url": url, "lastmod": lastmod}, ensure_ascii=False) + "\n")
    tmp.replace(target)
    return len(known)
