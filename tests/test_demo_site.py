"""The bundled demo site: absolute URLs under base_url, estimates marked, JSON-LD valid."""
from __future__ import annotations

import json
from pathlib import Path

import lxml.etree
import lxml.html
import pytest

from spiders.demo_site import load_manifest, materialize

BASE = "http://127.0.0.1:8765/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return materialize(BASE, tmp_path_factory.mktemp("demo"))


def _jsonld(page: Path) -> dict:
    tree = lxml.html.fromstring(page.read_bytes())
    (script,) = tree.xpath("//script[@type='application/ld+json']/text()")
    return json.loads(script)


def test_writes_sitemap_feed_robots_and_pages(site: Path) -> None:
    manifest = load_manifest()["articles"]
    assert {p.name for p in site.iterdir()} >= {"sitemap.xml", "feed.xml", "robots.txt", "index.html", "articles"}
    pages = sorted((site / "articles").glob("*.html"))
    assert len(pages) == len(manifest) == 7
    assert sum(1 for a in manifest if a["kind"] == "seed") == 5


def test_sitemap_and_feed_urls_are_absolute_under_base(site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = lxml.etree.parse(str(site / "sitemap.xml")).xpath("//s:loc/text()", namespaces=ns)
    links = lxml.etree.parse(str(site / "feed.xml")).xpath("//item/link/text()")
    assert len(locs) == 8 and len(links) == 7  # the index page is in the sitemap only
    for url in [*locs, *links]:
        assert url.startswith(BASE)
        assert (site / url[len(BASE):]).is_file()


def test_page_links_and_canonical_are_under_base(site: Path) -> None:
    page = next((site / "articles").glob("facebook-will-*.html"))
    tree = lxml.html.fromstring(page.read_bytes())
    assert tree.xpath("//link[@rel='canonical']/@href") == [BASE + "articles/" + page.name]
    hrefs = tree.xpath("//a/@href")
    assert hrefs and all(h.startswith(BASE) for h in hrefs)


def test_estimates_are_marked_and_not_stated_as_fact(site: Path) -> None:
    estimated = [a for a in load_manifest()["articles"] if a["published_is_estimate"]]
    assert {a["file"] for a in estimated} >= {"articles/seed_001.txt", "articles/seed_004.txt"}
    for entry in estimated:
        page = site / "articles" / f"{entry['slug']}.html"
        html = page.read_text(encoding="utf-8")
        assert "(Datum geschätzt)" in html
        assert f'<meta name="dealwatch:estimated-date" content="{entry["published"]}">' in html
        assert "datePublished" not in _jsonld(page)
        assert "article:published_time" not in html


def test_jsonld_parses_with_newsarticle_fields(site: Path) -> None:
    for entry in load_manifest()["articles"]:
        data = _jsonld(site / "articles" / f"{entry['slug']}.html")
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == entry["title"]
        assert data["publisher"]["name"] == entry["outlet"]
        if not entry["published_is_estimate"]:
            assert data["datePublished"] == entry["published"]


def test_seed_text_is_on_the_page(site: Path) -> None:
    page = site / "articles" / "whatsapp-daten-facebook-was-sie-wissen-sollten.html"
    text = lxml.html.fromstring(page.read_bytes()).text_content()
    assert "Es geht insbesondere um die Telefonnummern" in text
    assert "Kommentare" in text and "Weitere Artikel" in text and "Cookies" in text


def test_materialize_is_idempotent(site: Path) -> None:
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    materialize(BASE, site)
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert before == after


def test_text_and_jsonld_are_escaped() -> None:
    from spiders.demo_site import DemoArticle, template_environment, text_blocks

    evil = "</script><script>alert(1)</script>"
    article = DemoArticle(slug="x", title=evil, outlet="O & P", section="S", kind="seed", published=None,
                          published_is_estimate=False, published_basis="", authors=[], authors_is_estimate=False,
                          text=evil, url=BASE + "articles/x.html")
    article.blocks = text_blocks("Kopf\n" + evil, title="Kopf")
    html = template_environment().get_template("article.html.j2").render(
        article=article, others=[], comments=[], base_url=BASE, lang="de")
    assert "<script>alert(1)" not in html
    script = lxml.html.fromstring(html).xpath("//script[@type='application/ld+json']/text()")[0]
    assert json.loads(script)["headline"] == evil


def test_base_url_must_end_with_slash(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        materialize("http://127.0.0.1:1", tmp_path)
