"""The outlets data file (outlets.toml): one identity per outlet, its hosts, sources, filters and fixes.

The file format is documented at its top. `outlet_records()` is what other
stages see (pipelines hands it to the warehouse, which never imports spiders).
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

OUTLETS_FILE = Path(__file__).with_name("outlets.toml")
COUNTRIES = ("DE", "AT", "CH")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Outlet:
    """One outlet: identity, hosts (without "www."), crawl entry points per source kind, filters, fixes."""

    id: str
    name: str
    hosts: tuple[str, ...]
    country: str
    kind: str
    aliases: tuple[str, ...] = ()
    checked: bool = False
    source_urls: dict[str, tuple[str, ...]] = field(default_factory=dict)
    filters: dict[str, str] = field(default_factory=dict)
    extract: dict[str, Any] = field(default_factory=dict)

    @property
    def host(self) -> str:
        """The main host."""
        return self.hosts[0]

    @property
    def feeds(self) -> tuple[str, ...]:
        return self.source_urls.get("feed", ())

    @property
    def sitemaps(self) -> tuple[str, ...]:
        return self.source_urls.get("sitemap", ())

    @property
    def news_sitemaps(self) -> tuple[str, ...]:
        return self.source_urls.get("news_sitemap", ())

    @property
    def sources(self) -> list[str]:
        """Every source of every kind, news sitemaps and feeds first (they are the freshest)."""
        order = ["news_sitemap", "feed", "sitemap"]
        kinds = order + sorted(k for k in self.source_urls if k not in order)
        return [url for kind in kinds for url in self.source_urls.get(kind, ())]

    def record(self) -> dict[str, Any]:
        """The outlet as a plain dict (docs/stages.md, "Outlet records")."""
        return {"outlet_id": self.id, "name": self.name, "hosts": list(self.hosts), "country": self.country,
                "kind": self.kind, "aliases": list(self.aliases)}


class OutletsFileError(ValueError):
    """outlets.toml is malformed (message names the entry)."""


@cache
def load_outlets(path: Path = OUTLETS_FILE) -> tuple[Outlet, ...]:
    """Read and check the outlets data file; raises OutletsFileError naming the bad entry."""
    with Path(path).open("rb") as fh:
        data = tomllib.load(fh)
    outlets = tuple(_outlet(entry, n) for n, entry in enumerate(data.get("outlet", []), start=1))
    _check_unique(outlets)
    return outlets


def outlet_records(path: Path = OUTLETS_FILE) -> list[dict[str, Any]]:
    """Every known outlet as a dict: outlet_id, name, hosts, country, kind, aliases."""
    return [o.record() for o in load_outlets(path)]


@cache  # called per link and per page; the outlets file is read once (load_outlets is cached too)
def outlet_by_host(host: str, path: Path = OUTLETS_FILE) -> Outlet | None:
    """The outlet owning `host` (subdomains included: rss.golem.de -> Golem.de), or None."""
    host = bare_host(host)
    if not host:
        return None
    best: Outlet | None = None
    best_len = -1
    for outlet in load_outlets(path):
        for known in outlet.hosts:
            if (host == known or host.endswith("." + known)) and len(known) > best_len:
                best, best_len = outlet, len(known)
    return best


def outlet_by_name(name: str, path: Path = OUTLETS_FILE) -> Outlet | None:
    """The outlet whose id, name or alias is `name` (case and spacing ignored), or None."""
    return _outlets_by_name(path).get(_name_key(name))


@cache  # called per page; one dict instead of folding every outlet's names each time
def _outlets_by_name(path: Path) -> dict[str, Outlet]:
    names: dict[str, Outlet] = {}
    for outlet in load_outlets(path):
        for name in (outlet.id, outlet.name, *outlet.aliases):
            names.setdefault(_name_key(name), outlet)  # the first outlet in the file wins, as before
    return names


def outlet_for_host(host: str) -> str | None:
    """The outlet name for a host (subdomains match their outlet), or None."""
    outlet = outlet_by_host(host)
    return outlet.name if outlet else None


def identify(host: str, self_names: list[str] | tuple[str, ...] = ()) -> tuple[str, str]:
    """(outlet_id, outlet name) of a page: by its host, else by the name it calls itself, else the bare host.

    The host decides first, so "SPIEGEL ONLINE" and "DER SPIEGEL" on spiegel.de are one outlet.
    """
    outlet = outlet_by_host(host)
    if outlet is None:
        outlet = next((o for o in map(outlet_by_name, filter(None, self_names)) if o), None)
    if outlet is not None:
        return outlet.id, outlet.name
    host = bare_host(host)
    name = next((n for n in self_names if n and bare_host(n) != host), "")
    if name and _no_identity(host):
        # A page with no real host (file://, an IP address, localhost: the demo site, local tests)
        # that names its publisher: the name decides, so several outlets on one server stay apart.
        return f"{host}/{_slug(name)}" if host else _slug(name), name
    return host or "unknown", name or host or "unknown"


def select_outlets(names: list[str], path: Path = OUTLETS_FILE) -> list[Outlet]:
    """The outlets named (id, name or alias); raises OutletsFileError listing unknown names."""
    found, unknown = [], []
    for name in names:
        outlet = outlet_by_name(name, path)
        (found if outlet else unknown).append(outlet or name)
    if unknown:
        raise OutletsFileError(f"unknown outlet(s): {', '.join(map(str, unknown))} (see 'dealwatch outlets')")
    return list({o.id: o for o in found}.values())


def bare_host(host: str) -> str:
    """A host in lower case, without port, trailing dot and "www."."""
    host = (host or "").lower().split(":")[0].rstrip(".")
    return host[4:] if host.startswith("www.") else host


# ---------------------------------------------------------------- parsing


def _outlet(entry: dict[str, Any], number: int) -> Outlet:
    where = f"outlets.toml, outlet #{number} ({entry.get('id') or entry.get('name') or '?'})"
    try:
        outlet_id, name, country = str(entry["id"]), str(entry["name"]), str(entry["country"])
        hosts = tuple(bare_host(h) for h in entry["hosts"])
    except KeyError as exc:
        raise OutletsFileError(f"{where}: missing key {exc.args[0]!r}") from None
    if not _ID.match(outlet_id):
        raise OutletsFileError(f"{where}: id must match {_ID.pattern}")
    if country not in COUNTRIES:
        raise OutletsFileError(f"{where}: country must be one of {', '.join(COUNTRIES)}")
    if not hosts:
        raise OutletsFileError(f"{where}: hosts is empty")
    sources = {kind: tuple(urls) for kind, urls in entry.get("sources", {}).items()}
    filters = dict(entry.get("filters", {}))
    for key, pattern in filters.items():
        try:
            re.compile(pattern)
        except re.error as exc:
            raise OutletsFileError(f"{where}: filters.{key} is not a regular expression: {exc}") from None
    return Outlet(id=outlet_id, name=name, hosts=hosts, country=country, kind=str(entry.get("kind", "")),
                  aliases=tuple(entry.get("aliases", ())), checked=bool(entry.get("checked", False)),
                  source_urls=sources, filters=filters, extract=dict(entry.get("extract", {})))


def _check_unique(outlets: tuple[Outlet, ...]) -> None:
    seen_ids: set[str] = set()
    seen_hosts: dict[str, str] = {}
    for outlet in outlets:
        if outlet.id in seen_ids:
            raise OutletsFileError(f"outlets.toml: duplicate id {outlet.id!r}")
        seen_ids.add(outlet.id)
        for host in outlet.hosts:
            if host in seen_hosts:
                raise OutletsFileError(f"outlets.toml: host {host!r} in both {seen_hosts[host]!r} and {outlet.id!r}")
            seen_hosts[host] = outlet.id


def _no_identity(host: str) -> bool:
    """True for hosts that say nothing about an outlet: none, localhost, an IPv4/IPv6 address."""
    return not host or host == "localhost" or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) is not None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore")
                  .decode("ascii")).strip("-") or "unnamed"


def _name_key(name: str) -> str:
    return " ".join((name or "").casefold().split())
