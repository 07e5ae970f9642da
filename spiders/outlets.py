"""The outlets data file (outlets.toml): names, hosts and their feeds/sitemaps."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

OUTLETS_FILE = Path(__file__).with_name("outlets.toml")


@dataclass(frozen=True)
class Outlet:
    """One outlet: display name, host (without "www.") and its crawl entry points."""

    name: str
    host: str
    feeds: tuple[str, ...] = field(default=())
    sitemaps: tuple[str, ...] = field(default=())
    news_sitemaps: tuple[str, ...] = field(default=())

    @property
    def sources(self) -> list[str]:
        """Every URL that can be passed to a crawl as a source."""
        return [*self.news_sitemaps, *self.sitemaps, *self.feeds]


@cache
def load_outlets(path: Path = OUTLETS_FILE) -> tuple[Outlet, ...]:
    """Read the outlets data file."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return tuple(
        Outlet(
            name=entry["name"],
            host=_bare_host(entry["host"]),
            feeds=tuple(entry.get("feeds", ())),
            sitemaps=tuple(entry.get("sitemaps", ())),
            news_sitemaps=tuple(entry.get("news_sitemaps", ())),
        )
        for entry in data.get("outlet", [])
    )


def outlet_for_host(host: str) -> str | None:
    """The outlet name for a host (subdomains match their outlet), or None."""
    host = _bare_host(host)
    for outlet in load_outlets():
        if host == outlet.host or host.endswith("." + outlet.host):
            return outlet.name
    return None


def _bare_host(host: str) -> str:
    host = (host or "").lower().split(":")[0].rstrip(".")
    return host[4:] if host.startswith("www.") else host
