"""Source kinds: how a source string becomes URLs to fetch. One module per kind.

The interface (issue 6; issue 8 plugs listing/wayback/commoncrawl in here):

* A *source* is a string given to a crawl: a URL (sitemap, news sitemap,
  feed or article page, kind detected from the response) or `KIND:REST`
  for a kind that registered a prefix (`wayback:spiegel.de/netzwelt`).
* A kind module registers itself with `@register(KindSpec(...))`:

    name         the kind's name; also the `found_via` of what it finds and
                 the key for its URLs in outlets.toml `[outlet.sources]`
    start        optional `(source: str, ctx: Context) -> Iterable[Link]`
                 for a prefixed source: the first documents to fetch
    parse        `(response: scrapy.http.Response, ctx: Context) -> Iterable[Link]`:
                 the links one fetched document of this kind yields
    prefix       the source prefix it handles (e.g. "wayback"), or None
    sniff        optional `(response) -> bool`: True when an un-prefixed
                 source's response is a document of this kind (sitemap, feed)
    discover     optional, for a listing or archive kind (listing, wayback,
                 commoncrawl): `(target, dates, *, client, state_dir, outlet)
                 -> Iterable[Candidate]`, the article URLs found before the
                 crawl starts (spiders/sources/discover.py: `dealwatch
                 discover` prints them, the spider fetches them); `target` is
                 the source without its prefix, `outlet` its outlets.toml entry or None

* A `Link` is either another document to parse (`follow=<kind name>`, e.g. a
  child sitemap) or an article page to fetch and archive (`follow=None`).
  Its `found_via` is written into the WARC, `lastmod` is compared with the
  known URLs (incremental crawl), and `meta` carries extra request metadata
  (`original_url`, `capture_time`) that the WARC writer records.

The spider (spiders/spider.py) applies the date range, the per-outlet URL
filters and the known-URL check to every article Link, so a kind only parses.

Links found before the crawl (e.g. by a discovery step outside Scrapy) can be
handed to the spider as a JSON Lines file of `Link.to_json()` dicts named by
the Scrapy setting `DEALWATCH_LINKS_FILE`; they are requested like any other.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Scrapy only for the type: the offline parse stage reads this module without it
    from scrapy.http import Response


@dataclass
class Link:
    """A URL found by a source kind: a document to parse further, or an article page."""

    url: str
    found_via: str
    follow: str | None = None  # kind name of a document to parse; None for an article page
    lastmod: str | None = None  # ISO date or datetime the document gave for this URL
    meta: dict[str, Any] = field(default_factory=dict)  # extra request meta (original_url, capture_time, ...)
    headers: dict[str, str] = field(default_factory=dict)  # extra request headers (e.g. Range)
    source: str | None = None  # the start source; None: the source of the document it was found in

    def to_json(self) -> dict[str, Any]:
        """A plain dict (one line of a links file)."""
        return {"url": self.url, "found_via": self.found_via, "follow": self.follow, "lastmod": self.lastmod,
                "meta": self.meta, "headers": self.headers, "source": self.source}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Link":
        """The inverse of to_json; raises KeyError without `url` and `found_via`."""
        return cls(url=data["url"], found_via=data["found_via"], follow=data.get("follow"),
                   lastmod=data.get("lastmod"), meta=dict(data.get("meta") or {}),
                   headers=dict(data.get("headers") or {}), source=data.get("source"))


@dataclass
class Context:
    """What a kind may need to know about the crawl."""

    source: str
    since: date | None = None
    until: date | None = None
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class KindSpec:
    """One source kind (see the module docstring)."""

    name: str
    parse: Callable[[Response, Context], Iterable[Link]] | None = None  # None: a kind with `discover` only
    start: Callable[[str, Context], Iterable[Link]] | None = None
    prefix: str | None = None
    sniff: Callable[[Response], bool] | None = None
    discover: Callable[..., Iterable[Any]] | None = None


KINDS: dict[str, KindSpec] = {}
# URL schemes the spider fetches itself; never the prefix of a listing or archive source.
_URL_SCHEMES = frozenset({"http", "https", "file"})
# Modules imported on first use; each registers its kind. A new kind is one module and its name here.
KIND_MODULES = ["sitemap", "feed", "page", "listing", "wayback", "commoncrawl"]


def register(spec: KindSpec) -> KindSpec:
    """Register a kind (called at import time of its module)."""
    KINDS[spec.name] = spec
    return spec


def load_kinds() -> dict[str, KindSpec]:
    """Import every kind module present (a missing optional module is skipped)."""
    for module in KIND_MODULES:
        try:
            importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise
    return KINDS


def kind_for_source(source: str) -> KindSpec | None:
    """The kind registered for a prefixed source (`wayback:...`), or None for a plain URL."""
    prefix, sep, _rest = source.partition(":")
    if not sep:
        return None
    for spec in load_kinds().values():
        if spec.prefix and spec.prefix == prefix:
            return spec
    return None


def sniff(response: Response) -> KindSpec | None:
    """The kind of a fetched un-prefixed source document, or None (then it is an article page)."""
    for spec in load_kinds().values():
        if spec.sniff is not None and spec.sniff(response):
            return spec
    return None


def discovering_kind(source: str) -> KindSpec | None:
    """The listing or archive kind (one with `discover`) of a prefixed source, or None."""
    prefix, sep, _rest = source.partition(":")
    if not sep or prefix in _URL_SCHEMES:
        return None  # a URL: no kind module needs loading to say so (they import Scrapy and requests)
    spec = load_kinds().get(prefix)
    return spec if spec is not None and spec.discover is not None and spec.prefix == prefix else None
