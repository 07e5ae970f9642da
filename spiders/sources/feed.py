"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds. found_via: feed."""
from __future__ import annotations

from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from scrapy.http import Response

from spiders.sources import Context, KindSpec, Link, register
from spiders.sources.xml import localname, root


def _sniff(response: Response) -> bool:
    element = root(response)
    return element is not None and localname(element) in ("rss", "feed", "rdf")


def _date(text: str | None) -> str | None:
    """An RFC 822 (RSS) or ISO (Atom) date as ISO text, or None."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return text  # Atom dates are ISO already; a bad one is ignored by the date comparison


def parse(response: Response, ctx: Context) -> Iterator[Link]:
    """One article link per item/entry, with its date as lastmod."""
    element = root(response)
    if element is None:
        return
    for item in element.xpath("//*[local-name()='item']"):  # RSS 2.0 and RDF
        link = item.xpath("string(*[local-name()='link'])").strip()
        if not link:
            guid = item.xpath("*[local-name()='guid'][not(@isPermaLink='false')]")
            link = guid[0].xpath("string()").strip() if guid else ""
        if link:
            date = item.xpath("string(*[local-name()='pubDate' or local-name()='date'])")
            yield Link(url=response.urljoin(link), found_via="feed", lastmod=_date(date))
    for entry in element.xpath("//*[local-name()='entry']"):  # Atom
        hrefs = entry.xpath("*[local-name()='link'][not(@rel) or @rel='alternate']/@href")
        if hrefs:
            date = entry.xpath("string(*[local-name()='updated' or local-name()='published'])")
            yield Link(url=response.urljoin(hrefs[0].strip()), found_via="feed", lastmod=_date(date))


SPEC = register(KindSpec(name="feed", parse=parse, sniff=_sniff))
