"""An article page given directly as a source. found_via: page.

It has no `sniff`: a source whose response no other kind claims is a page,
when `looks_like_html` says so (the spider at fetch time, the parse stage
from the archive: one test for both). The spider archives the start response
itself, so `parse` yields nothing.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spiders.sources import Context, KindSpec, Link, register

if TYPE_CHECKING:  # Scrapy only for the type: the offline parse stage reads this module without it
    from scrapy.http import Response


_XML_ROOTS = (b"<?xml", b"<rss", b"<urlset", b"<sitemapindex", b"<feed")


def looks_like_html(body: bytes, content_type: str | bytes | None = None) -> bool:
    """True when a response is an HTML page: its opening markup, else its Content-Type; never a sitemap or feed."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(_XML_ROOTS):
        return False
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or "html" in (content_type or "").lower()


def parse(response: Response, ctx: Context) -> Iterator[Link]:
    """A page links to nothing the crawl follows."""
    return iter(())


SPEC = register(KindSpec(name="page", parse=parse))
