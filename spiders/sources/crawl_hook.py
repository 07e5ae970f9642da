"""How a crawl takes listing and archive sources: discover first, then hand the candidates to the spider.

`spiders.crawl.run_crawl` calls `prepare` before starting Scrapy and
`merge_stats` after it, so the crawl module needs only those two lines.
Discovery's modules (they import Scrapy and requests, about 0.3 s of CPU)
are imported only when there is a listing or archive source: a crawl of
sitemaps and feeds starts its Scrapy process without them.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from spiders.errors import SourceError
from spiders.known import known_file, read_known
from spiders.sources import discovering_kind
from spiders.sources.candidates import DateRange

if TYPE_CHECKING:
    from spiders.sources.discover import Discovery


def split_sources(sources: list[str]) -> tuple[list[str], list[str]]:
    """(sources the spider reads itself, listing/archive sources)."""
    return ([s for s in sources if discovering_kind(s) is None],
            [s for s in sources if discovering_kind(s) is not None])


def prepare(sources: list[str], scratch: Path, *, dates: DateRange | None = None,
            state_dir: Path | None = None, run_dir: Path | None = None
            ) -> tuple[list[str], dict[str, Any], Discovery | None]:
    """Discover the indirect sources' candidates into `scratch`; returns (direct sources, settings, discovery).

    Candidates whose URL is in the run directory's known.jsonl are left out.
    """
    direct, indirect = split_sources(sources)
    if not indirect:
        return direct, {}, None
    from spiders.sources import backoff
    from spiders.sources.discover import CANDIDATES_FILE, discover
    from spiders.sources.fetch import slot_settings
    from spiders.sources.politeness import Politeness
    from spiders.sources.state import default_state_dir

    state = Path(state_dir) if state_dir else default_state_dir()
    politeness = Politeness.default()
    found = discover(indirect, dates or DateRange(), state_dir=state, politeness=politeness,
                     known_urls=read_known(known_file(run_dir)) if run_dir else ())
    failed = {f["source"] for f in found.failed_sources}
    if not direct and failed == set(indirect):
        # Nothing is left to fetch: fail now instead of starting Scrapy for nothing.
        details = "; ".join(f["error"] for f in found.failed_sources)
        raise SourceError(f"every source failed: {details}", permanent=False)
    found.write(scratch / CANDIDATES_FILE)
    extra = {"DEALWATCH_CANDIDATES": str((scratch / CANDIDATES_FILE).resolve()),
             "DEALWATCH_ARCHIVE_STATE": str(state.resolve()),
             "DOWNLOAD_SLOTS": slot_settings(politeness.delay),
             "DOWNLOADER_MIDDLEWARES": {"spiders.sources.backoff.ArchiveBackoff": backoff.ORDER},
             "DEALWATCH_ARCHIVE_BACKOFF": politeness.backoff,
             "DEALWATCH_ARCHIVE_MAX_BACKOFF": politeness.max_backoff}
    return direct, extra, found


def merge_stats(stats: dict[str, Any], sources: list[str], found: Discovery | None) -> dict[str, Any]:
    """Add the indirect sources, their failures and the discovery counts to the crawl stats."""
    if found is None:
        return stats
    stats["sources"] = list(sources)
    stats.setdefault("failed_sources", []).extend(found.failed_sources)
    stats["discovery"] = {"candidates": len(found.candidates), "already_fetched": found.already_fetched,
                          "known": found.known, "index_requests": found.index_requests}
    return stats
