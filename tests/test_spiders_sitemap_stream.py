"""Sitemaps are read as a stream into small tuples: the same links as before, and a broken one keeps its head."""
from __future__ import annotations

from pathlib import Path

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


def test_child_sitemaps_are_fetched_one_at_a_time_past_a_missing_or_repeated_one(tmp_path: Path) -> None:
    from tests.fixtures.crawling import FAST
    from tests.fixtures.http_server import serve_directory
    from spiders.crawl import run_crawl

    site = tmp_path / "site"
    site.mkdir()
    for n in range(6):
        (site / f"seite-{n}.html").write_text(f"<!DOCTYPE html><html><body><p>Seite {n}</p></body></html>",
                                              encoding="utf-8")
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    for child, pages in (("a", (0, 1, 2)), ("b", (3, 4, 5))):
        urls = "".join(f"<url><loc>/seite-{n}.html</loc></url>" for n in pages)
        (site / f"kind-{child}.xml").write_text(f"<urlset {ns}>{urls}</urlset>", encoding="utf-8")
    # A missing child and a repeated one in the middle: the chain goes on to the last child.
    children = "".join(f"<sitemap><loc>/{name}</loc></sitemap>"
                       for name in ("kind-a.xml", "fehlt.xml", "kind-a.xml", "kind-b.xml"))
    (site / "index.xml").write_text(f"<sitemapindex {ns}>{children}</sitemapindex>", encoding="utf-8")
    with serve_directory(site) as base:
        stats = run_crawl([f"{base}index.xml"], tmp_path / "out", settings=FAST)
    assert stats["fetched"] == 6 and stats["document_errors"] == 1  # every page once; the missing child


def test_requests_wait_as_small_links_not_in_scrapys_queue(tmp_path: Path) -> None:
    """300 pages in three child sitemaps: never more than the backlog scheduled or downloading at once.

    Yielded from the sitemap callback, all 300 Requests (at scale: every page of the crawl) sat in
    Scrapy's queue at once; the feed hands them on as Scrapy has room, and every page is still fetched once.
    """
    from tests.fixtures.crawling import FAST
    from tests.fixtures.http_server import serve_directory
    from spiders.crawl import run_crawl

    site = tmp_path / "site"
    site.mkdir()
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    for n in range(300):
        (site / f"s{n}.html").write_text(f"<html><body><p>Seite {n}</p></body></html>", encoding="utf-8")
    for child in range(3):
        urls = "".join(f"<url><loc>/s{n}.html</loc></url>" for n in range(child * 100, child * 100 + 100))
        (site / f"kind-{child}.xml").write_text(f"<urlset {ns}>{urls}</urlset>", encoding="utf-8")
    children = "".join(f"<sitemap><loc>/kind-{child}.xml</loc></sitemap>" for child in range(3))
    (site / "index.xml").write_text(f"<sitemapindex {ns}>{children}</sitemapindex>", encoding="utf-8")
    with serve_directory(site) as base:
        stats = run_crawl([f"{base}index.xml"], tmp_path / "out",
                          settings={**FAST, "DEALWATCH_FEED_BACKLOG": 6, "CONCURRENT_REQUESTS": 4})
    assert stats["fetched"] == 300 and stats["skipped"]["repeated_url"] == 0
    # The backlog, plus a child sitemap handed on beside it.
    assert 4 <= stats["most_requests_waiting"] <= 7
