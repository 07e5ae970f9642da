"""Sitemaps: sitemap index, urlset and Google news sitemap (gzip too). found_via: sitemap / news_sitemap."""
from __future__ import annotations

import io
import logging
from collections.abc import Iterator

from lxml import etree
from scrapy.http import Response

from spiders.sources import Context, KindSpec, Link, register
from spiders.sources.xml import body, localname, root

log = logging.getLogger(__name__)


def _sniff(response: Response) -> bool:
    element = root(response)
    return element is not None and localname(element) in ("urlset", "sitemapindex")


def _fields(entry) -> dict[str, str]:  # noqa: ANN001 (lxml element)
    """The first text of each descendant element of a <url>/<sitemap> entry, by local name, in one walk."""
    found: dict[str, str] = {}
    for element in entry.iter():
        if element is entry or not isinstance(element.tag, str):
            continue
        name = localname(element)
        if name not in found:
            found[name] = (element.text or "").strip()
    return found


def parse(response: Response, ctx: Context) -> Iterator[Link]:
    """Child sitemaps of an index (followed) or the pages of a urlset (news entries as news_sitemap).

    The sitemap is read as a stream (lxml's iterparse, each entry cleared once
    read) into small tuples, and only then are links handed on: Scrapy takes
    the links as it needs them, so a whole parsed tree kept alive by this
    generator stayed in memory until the last of its (up to 50,000) URLs was
    requested, several sitemaps at once. A sitemap cut off or broken in the
    middle gives the entries before the break.
    """
    data = body(response)
    if data[:512].lower().startswith((b"<!doctype html", b"<html")):
        return
    entries: list[tuple[str, str | None, str | None, bool]] = []
    reader = etree.iterparse(io.BytesIO(data), events=("end",), tag=("{*}url", "{*}sitemap", "url", "sitemap"),
                             resolve_entities=False, no_network=True, huge_tree=False)
    try:
        for _event, entry in reader:
            parent = entry.getparent()
            if parent is None or parent.getparent() is not None:
                continue  # only the root's own entries
            fields = _fields(entry)
            if fields.get("loc"):
                entries.append((fields["loc"], fields.get("lastmod") or None, fields.get("publication_date") or None,
                                "news" in fields))
            entry.clear()
            while entry.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        log.warning("sitemap %s: broken after %d entries (%s)", response.url, len(entries), exc)
    is_index = reader.root is not None and localname(reader.root) == "sitemapindex"
    del reader, data
    for loc, lastmod, published, is_news in entries:
        url = response.urljoin(loc)
        if is_index:
            yield Link(url=url, found_via="sitemap", follow="sitemap", lastmod=lastmod)
            continue
        yield Link(url=url, found_via="news_sitemap" if is_news else "sitemap", lastmod=lastmod or published,
                   meta={"published_hint": published} if published else {})


SPEC = register(KindSpec(name="sitemap", parse=parse, sniff=_sniff))
