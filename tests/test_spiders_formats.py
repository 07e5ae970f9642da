"""Source formats beyond the demo's sitemap and RSS feed: sitemap index, news sitemap, Atom, gzip.

One crawl over three file:// sources, each leading to a different demo article; every
staged article names the source it came from.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from spiders.demo_site import load_manifest, materialize
from tests.fixtures.crawling import crawl_and_parse

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{child}</loc><lastmod>2016-08-26</lastmod></sitemap>
</sitemapindex>
"""
NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>{url}</loc>
    <news:news><news:publication><news:name>Demo</news:name><news:language>de</news:language></news:publication>
      <news:publication_date>2016-08-26</news:publication_date><news:title>Meldung</news:title></news:news>
  </url>
</urlset>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Demo</title><id>urn:demo</id><updated>2016-08-26T00:00:00Z</updated>
  <entry><title>Eintrag</title><id>urn:demo:1</id><updated>2016-08-26T00:00:00Z</updated>
    <link rel="alternate" href="{url}"/><link rel="enclosure" href="{base}bild.jpg"/></entry>
</feed>
"""
URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{url}</loc></url></urlset>
"""


def test_sitemap_index_news_sitemap_atom_and_gzip_sources(tmp_path: Path) -> None:
    site = tmp_path / "site"
    base = site.resolve().as_uri() + "/"
    materialize(base, site)
    seeds = [a for a in load_manifest()["articles"] if a["kind"] == "seed"]
    urls = [f"{base}articles/{a['slug']}.html" for a in seeds[:3]]

    (site / "news-sitemap.xml").write_text(NEWS_SITEMAP.format(url=urls[0]), encoding="utf-8")
    (site / "sitemap-index.xml").write_text(SITEMAP_INDEX.format(child=base + "news-sitemap.xml"), encoding="utf-8")
    (site / "atom.xml").write_text(ATOM.format(url=urls[1], base=base), encoding="utf-8")
    (site / "sitemap.xml.gz").write_bytes(gzip.compress(URLSET.format(url=urls[2]).encode("utf-8")))
    sources = {
        base + "sitemap-index.xml": urls[0],
        base + "atom.xml": urls[1],
        base + "sitemap.xml.gz": urls[2],
    }

    out = tmp_path / "run"
    out.mkdir()
    stats, parsed = crawl_and_parse(list(sources), out)

    staged = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {a["source"]: a["url"] for a in staged} == sources
    assert stats["failed_sources"] == []
    assert parsed["kept"] == 3
    found_via = {a["url"]: a["found_via"] for a in staged}
    assert found_via == {urls[0]: "news_sitemap", urls[1]: "feed", urls[2]: "sitemap"}
    assert {a["url"]: a["lastmod"] for a in staged}[urls[0]] == "2016-08-26"
