"""The listing and archive sources of the known outlets (the `[outlet.archive]` tables of outlets.toml).

    [[outlet]]
    name = "heise online"
    host = "heise.de"
    [outlet.archive]
    listings = ["https://www.heise.de/thema/WhatsApp"]   # topic/tag/archive pages
    article_pattern = '/news/[^/]+-\\d+\\.html$'          # which links are articles
    wayback = ["heise.de/newsticker/meldung/"]          # HOST_OR_URL_PREFIX for the CDX API
    commoncrawl = ["heise.de/newsticker/meldung/"]      # and for the Common Crawl index

Only these keys are read here; the rest of an outlet's table belongs to spiders/outlets.py.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spiders.sources.candidates import host_of, settings
from spiders.sources.listing import ListingRules

OUTLETS_FILE = Path(__file__).resolve().parent.parent / "outlets.toml"


@dataclass(frozen=True)
class OutletArchive:
    """One outlet's names and its listing/archive sources."""

    outlet_id: str
    name: str
    hosts: tuple[str, ...]
    listings: tuple[str, ...] = ()
    article_pattern: str | None = None
    wayback: tuple[str, ...] = ()
    commoncrawl: tuple[str, ...] = ()

    @property
    def sources(self) -> list[str]:
        """Every listing/archive source of the outlet, in source syntax."""
        return ([f"listing:{u}" for u in self.listings] + [f"wayback:{t}" for t in self.wayback]
                + [f"commoncrawl:{t}" for t in self.commoncrawl])

    def listing_rules(self) -> ListingRules:
        """The link rules for this outlet's listing pages."""
        return ListingRules(hosts=self.hosts, article_pattern=self.article_pattern, outlet_id=self.outlet_id,
                            max_pages=int(settings()["paging"]["listing_max_pages"]))


@cache
def load(path: Path = OUTLETS_FILE) -> tuple[OutletArchive, ...]:
    """Every outlet of outlets.toml with its archive keys (outlets without them have empty sources)."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    outlets = []
    for entry in data.get("outlet", []):
        hosts = [host_of(h) for h in ([entry["host"]] if "host" in entry else []) + list(entry.get("hosts", []))]
        archive = entry.get("archive", {})
        outlets.append(OutletArchive(
            outlet_id=str(entry.get("id") or hosts[0]), name=entry["name"], hosts=tuple(dict.fromkeys(hosts)),
            listings=tuple(archive.get("listings", ())), article_pattern=archive.get("article_pattern"),
            wayback=tuple(archive.get("wayback", ())), commoncrawl=tuple(archive.get("commoncrawl", ())),
        ))
    return tuple(outlets)


def find(name: str, path: Path = OUTLETS_FILE) -> OutletArchive | None:
    """The outlet named by id, name or host (case-insensitive), or None."""
    wanted = name.strip().lower()
    for outlet in load(path):
        if wanted in {outlet.outlet_id.lower(), outlet.name.lower(), *outlet.hosts}:
            return outlet
    return None


def for_host(host: str, path: Path = OUTLETS_FILE) -> OutletArchive | None:
    """The outlet a host belongs to (subdomains included), or None."""
    bare = host_of(host)
    for outlet in load(path):
        if any(bare == h or bare.endswith("." + h) for h in outlet.hosts):
            return outlet
    return None
