"""Sitemaps: sitemap index, urlset and Google news sitemap (gzip too). found_via: sitemap / news_sitemap."""
from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Response

from spiders.sources import Context, KindSpec, Link, register
from spiders.sources.xml import localname, root


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

    The entries are read into small tuples and the parsed tree is let go
    before the first link is handed on: Scrapy takes the links as it needs
    them, so a tree kept alive by this generator stayed in memory until the
    last of its (up to 50,000) URLs was requested, several sitemaps at once.
    """
    element = root(response)
    if element is None:
        return
    is_index = localname(element) == "sitemapindex"
    entries: list[tuple[str, str | None, str | None, bool]] = []
    for entry in element:
        if not isinstance(entry.tag, str) or localname(entry) not in ("url", "sitemap"):
            continue
        fields = _fields(entry)
        if fields.get("loc"):
            entries.append((fields["loc"], fields.get("lastmod") or None, fields.get("publication_date") or None,
                            "news" in fields))
    del element
    for loc, lastmod, published, is_news in entries:
        url = response.urljoin(loc)
        if is_index:
            yield Link(url=url, found_via="sitemap", follow="sitemap", lastmod=lastmod)
            continue
        yield Link(url=url, found_via="news_sitemap" if is_news else "sitemap", lastmod=lastmod or published,
                   meta={"published_hint": published} if published else {})


SPEC = register(KindSpec(name="sitemap", parse=parse, sniff=_sniff))
