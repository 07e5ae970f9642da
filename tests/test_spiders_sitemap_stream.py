"""Sitemaps are read as a stream into small tuples: the same links as before, and a broken one keeps its head."""
from __future__ import annotations

from scrapy.http import XmlResponse

from spiders.sources import sitemap

_NEWS = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
         'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
         "<url><loc>https://zeitung.example/wirtschaft/whatsapp-kauf.html</loc><news:news>"
         "<news:publication_date>2014-02-20T08:00:00+01:00</news:publication_date></news:news></url>"
         "<url><loc> /netzwelt/datenweitergabe.html </loc><lastmod>2016-08-26</lastmod></url>"
         "<url><lastmod>2016-08-27</lastmod></url>")


def _links(body: str) -> list[tuple]:
    response = XmlResponse("https://zeitung.example/sitemap.xml", body=body.encode("utf-8"))
    return [(link.url, link.found_via, link.follow, link.lastmod, link.meta) for link in sitemap.parse(response, None)]


def test_a_urlset_gives_its_pages_with_dates_and_news_entries() -> None:
    assert _links(_NEWS + "</urlset>") == [
        ("https://zeitung.example/wirtschaft/whatsapp-kauf.html", "news_sitemap", None, "2014-02-20T08:00:00+01:00",
         {"published_hint": "2014-02-20T08:00:00+01:00"}),
        ("https://zeitung.example/netzwelt/datenweitergabe.html", "sitemap", None, "2016-08-26", {}),
    ]  # the entry without <loc> is skipped


def test_an_index_gives_its_child_sitemaps_to_follow() -> None:
    index = ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/s-1.xml</loc>'
             "<lastmod>2021-01-07</lastmod></sitemap><sitemap><loc>/s-2.xml</loc></sitemap></sitemapindex>")
    assert _links(index) == [("https://zeitung.example/s-1.xml", "sitemap", "sitemap", "2021-01-07", {}),
                             ("https://zeitung.example/s-2.xml", "sitemap", "sitemap", None, {})]


def test_a_sitemap_cut_off_in_the_middle_keeps_the_entries_before_the_break() -> None:
    links = _links(_NEWS + "<url><loc>https://zeitung.example/abgeschnit")
    assert [url for url, *_ in links] == ["https://zeitung.example/wirtschaft/whatsapp-kauf.html",
                                          "https://zeitung.example/netzwelt/datenweitergabe.html"]


def test_an_html_page_or_garbage_gives_no_links() -> None:
    assert _links("<!DOCTYPE html><html><body><a href='/x'>x</a></body></html>") == []
    assert _links("kein XML") == []
