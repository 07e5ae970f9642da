"""Safe XML parsing for sitemaps and feeds (no entities, no network, gzip unpacked)."""
from __future__ import annotations

from lxml import etree
from scrapy.http import Response
from scrapy.utils.gz import gunzip

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
MAX_UNZIPPED = 50 * 1024 * 1024


def body(response: Response) -> bytes:
    """The response body, gunzipped when it is a .xml.gz."""
    data = response.body
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, max_size=MAX_UNZIPPED)
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")


def root(response: Response) -> etree._Element | None:
    """The XML root element, or None when the body is HTML or not well-formed XML."""
    data = body(response)
    head = data[:512].lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return None
    try:
        element = etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError:
        return None
    return element


def localname(element: etree._Element) -> str:
    """The element's tag without namespace, lower case."""
    return etree.QName(element).localname.lower()
