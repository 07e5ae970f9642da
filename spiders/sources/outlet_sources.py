"""The listing and archive sources of the known outlets, from spiders/outlets.toml (via spiders.outlets).

    [outlet.sources]
    listing = ["listing:https://www.heise.de/thema/WhatsApp"]  # topic/tag/archive pages
    wayback = ["wayback:heise.de/newsticker/meldung/"]        # HOST_OR_URL_PREFIX for the CDX API
    commoncrawl = ["commoncrawl:heise.de/news/"]              # and for the Common Crawl index
    [outlet.filters]
    listing_include = '/news/[^/]+-\\d+\\.html$'          # which links of a listing are articles

Values are written in source syntax (so `Outlet.sources` can be crawled as
given); a value without its prefix is accepted too.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spiders.outlets import OUTLETS_FILE, Outlet, load_outlets, outlet_by_host, outlet_by_name
from spiders.sources.candidates import settings
from spiders.sources.listing import ListingRules


@dataclass(frozen=True)
class OutletArchive:
    """One outlet's identity and its listing/archive sources."""

    outlet_id: str
    name: str
    hosts: tuple[str, ...]
    listings: tuple[str, ...] = ()
    article_pattern: str | None = None
    wayback: tuple[str, ...] = ()
    commoncrawl: tuple[str, ...] = ()

    @property
    def sources(self) -> list[str]:
        """Every listing/archive source of the outlet, in source syntax (`wayback:heise.de/...`)."""
        return ([f"listing:{u}" for u in self.listings] + [f"wayback:{t}" for t in self.wayback]
                + [f"commoncrawl:{t}" for t in self.commoncrawl])

    def listing_rules(self) -> ListingRules:
        """The link rules for this outlet's listing pages."""
        return ListingRules(hosts=self.hosts, article_pattern=self.article_pattern, outlet_id=self.outlet_id,
                            max_pages=int(settings()["paging"]["listing_max_pages"]))


def _archive(outlet: Outlet) -> OutletArchive:
    def targets(kind: str) -> tuple[str, ...]:
        # Accept values written with or without their kind prefix.
        return tuple(v.removeprefix(f"{kind}:") for v in outlet.source_urls.get(kind, ()))

    return OutletArchive(outlet_id=outlet.id, name=outlet.name, hosts=outlet.hosts, listings=targets("listing"),
                         article_pattern=outlet.filters.get("listing_include"), wayback=targets("wayback"),
                         commoncrawl=targets("commoncrawl"))


def load(path: Path = OUTLETS_FILE) -> tuple[OutletArchive, ...]:
    """Every outlet with its archive sources (empty for outlets without any)."""
    return tuple(_archive(o) for o in load_outlets(path))


def find(name: str, path: Path = OUTLETS_FILE) -> OutletArchive | None:
    """The outlet named by id, name, alias or host, or None."""
    outlet = outlet_by_name(name, path) or (outlet_by_host(name, path) if "." in name else None)
    return _archive(outlet) if outlet else None


def for_host(host: str, path: Path = OUTLETS_FILE) -> OutletArchive | None:
    """The outlet a host belongs to (subdomains included), or None."""
    outlet = outlet_by_host(host, path)
    return _archive(outlet) if outlet else None
