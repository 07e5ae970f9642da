"""Sitemaps: sitemap index, urlset and Google news sitemap (gzip too). found_via: sitemap / news_sitemap."""
from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Response

from spiders.sources import Context, KindSpec, Link, register
from spiders.sources.xml import localname, root


def _sniff(response: Response) -> bool:
    element = root(response)
    return element is not None and localname(element) in ("urlset", "sitemapindex")


def _child_text(element, name: str) -> str | None:  # noqa: ANN001 (lxml element)
    found = element.xpath(f".//*[local-name()='{name}']")
    text = (found[0].text or "").strip() if found else ""
    return text or None


def parse(response: Response, ctx: Context) -> Iterator[Link]:
    """Child sitemaps of an index (followed) or the pages of a urlset (news entries as news_sitemap)."""
    element = root(response)
    if element is None:
        return
    is_index = localname(element) == "sitemapindex"
    for entry in element:
        if not isinstance(entry.tag, str) or localname(entry) not in ("url", "sitemap"):
            continue
        loc = _child_text(entry, "loc")
        if not loc:
            continue
        url = response.urljoin(loc)
        lastmod = _child_text(entry, "lastmod")
        if is_index:
            yield Link(url=url, found_via="sitemap", follow="sitemap", lastmod=lastmod)
            continue
        published = _child_text(entry, "publication_date")
        found_via = "news_sitemap" if entry.xpath(".//*[local-name()='news']") else "sitemap"
        yield Link(url=url, found_via=found_via, lastmod=lastmod or published,
                   meta={"published_hint": published} if published else {})


SPEC = register(KindSpec(name="sitemap", parse=parse, sniff=_sniff))
