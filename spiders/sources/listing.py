"""Listing source (`listing:URL`): an outlet's topic, tag, search-result or archive pages.

Article links are taken from the listing page with Scrapy's LinkExtractor,
restricted to the outlet's hosts and its article URL pattern (outlets.toml),
so nothing else is fetched; "next page" links (`rel="next"`, or a link whose
text says so) are followed up to a page limit.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor

from spiders.sources import KindSpec, register
from spiders.sources.candidates import Candidate, host_of, settings
from spiders.sources.politeness import PoliteClient

KIND = "listing"
# Link texts that mean "the next page of this listing" on German and English sites.
NEXT_TEXTS = re.compile(r"^\s*(?:weiter|nächste(?: seite)?|naechste seite|ältere(?: artikel| beiträge)?|"
                        r"mehr artikel|next(?: page)?|older(?: posts)?|»|›|>)\s*[»›>]?\s*$", re.IGNORECASE)

# Pagination links are never articles.
PAGINATION = (r"[?&](?:page|seite|p)=\d+", r"/(?:page|seite)[/-]?\d+/?$")


@dataclass(frozen=True)
class ListingRules:
    """Which links of a listing are articles: the outlet's hosts and its article URL pattern."""

    hosts: tuple[str, ...]
    article_pattern: str | None = None
    max_pages: int = 20
    outlet_id: str | None = None
    deny: tuple[str, ...] = field(default=PAGINATION)


def article_links(response: HtmlResponse, rules: ListingRules) -> list[str]:
    """The article links of one listing page, in page order, without duplicates."""
    extractor = LinkExtractor(
        allow=(rules.article_pattern,) if rules.article_pattern else (),
        deny=rules.deny + tuple(settings()["skip_url_patterns"]),
        unique=True,
    )
    # Hosts are checked here rather than with allow_domains, which compares the port too.
    hosts = tuple(host_of(h) for h in rules.hosts)
    return [link.url for link in extractor.extract_links(response)
            if any(host_of(link.url) == h or host_of(link.url).endswith("." + h) for h in hosts)]


def next_page(response: HtmlResponse) -> str | None:
    """The next page's URL: `rel="next"` (link or anchor) first, else an anchor whose text says "next"."""
    for href in response.xpath("//link[@rel='next']/@href | //a[contains(concat(' ', @rel, ' '), ' next ')]/@href"
                               ).getall():
        if href.strip():
            return response.urljoin(href.strip())
    for anchor in response.xpath("//a[@href]"):
        label = " ".join(anchor.xpath("normalize-space(.)").getall()) or anchor.attrib.get("aria-label", "")
        if NEXT_TEXTS.match(label):
            return response.urljoin(anchor.attrib["href"].strip())
    return None


def discover(listing_url: str, rules: ListingRules, *, client: PoliteClient) -> Iterator[Candidate]:
    """Candidates from a listing and its following pages (at most `rules.max_pages` pages).

    Raises ArchiveError when the first page cannot be read; a later page that
    fails ends the walk with what was found (the error is raised after them).
    """
    source = f"{KIND}:{listing_url}"
    seen_pages: set[str] = set()
    seen_links: set[str] = set()
    url: str | None = listing_url
    while url and url not in seen_pages and len(seen_pages) < rules.max_pages:
        seen_pages.add(url)
        reply = client.get(url)
        response = HtmlResponse(url=reply.url, body=reply.content, encoding=reply.encoding or "utf-8",
                                headers={"Content-Type": reply.headers.get("Content-Type", "text/html")})
        for link in article_links(response, rules):
            if link in seen_links:
                continue
            seen_links.add(link)
            yield Candidate(original_url=link, found_via=KIND, source=source, fetch_url=link,
                            capture_id=f"{KIND}:{link}", outlet_id=rules.outlet_id or host_of(link))
        url = next_page(response)


def default_rules(listing_url: str) -> ListingRules:
    """Rules for a listing whose outlet is not configured: links on the listing's own host."""
    host = host_of(listing_url)
    return ListingRules(hosts=(host,), max_pages=int(settings()["paging"]["listing_max_pages"]))


def _discover(target: str, dates: Any, *, client: PoliteClient, state_dir: Any = None,
              outlet: Any = None) -> Iterator[Candidate]:
    """A listing has no dates to ask for: its pages are read as they are (`dates` applies to what they link)."""
    return discover(target, outlet.listing_rules() if outlet else default_rules(target), client=client)


SPEC = register(KindSpec(name=KIND, prefix=KIND, discover=_discover))
