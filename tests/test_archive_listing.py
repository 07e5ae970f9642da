"""Listing source: article links of a paginated topic page, next-page links, page limit, URL pattern."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from spiders.sources import listing, outlet_sources
from spiders.sources.politeness import ArchiveError, Politeness, PoliteClient
from tests.fixtures import archive_worlds
from tests.fixtures.archive_services import FakeArchive, serve_archive

FAST = Politeness(delay=0.0, retries=2, backoff=0.0)
ARTICLE_PATTERN = r"/digital/[^/]+-\d+\.html$"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeArchive]:
    with serve_archive(archive_worlds.listing_world(pages=3, per_page=4)) as server:
        yield server


@pytest.fixture
def client(fake: FakeArchive) -> Iterator[PoliteClient]:
    fake.reset_log()
    fake._handler.faults.clear()
    with_client = PoliteClient("listing", FAST)
    yield with_client
    with_client.close()


def rules(**kw: object) -> listing.ListingRules:
    return listing.ListingRules(**{"hosts": ("127.0.0.1",), "article_pattern": ARTICLE_PATTERN, **kw})


def test_follows_next_pages_and_keeps_only_article_links(client: PoliteClient, fake: FakeArchive) -> None:
    found = list(listing.discover(f"{fake.base_url}/thema/whatsapp", rules(outlet_id="tagesblatt"), client=client))
    paths = [c.original_url.removeprefix(fake.base_url) for c in found]
    assert paths == [f"/digital/whatsapp-facebook-{n}-{5000 + n}.html" for n in range(12)]
    assert all(c.found_via == "listing" and c.outlet_id == "tagesblatt" and c.capture_time is None for c in found)
    # Only the three listing pages were fetched: links are filtered before anything else is asked.
    assert [r for r, _ in fake.requests] == ["page"] * 3


def test_page_limit(client: PoliteClient, fake: FakeArchive) -> None:
    found = list(listing.discover(f"{fake.base_url}/thema/whatsapp", rules(max_pages=2), client=client))
    assert len(found) == 8 and fake.count("page") == 2


def test_failing_listing_is_an_archive_error_after_retries(client: PoliteClient, fake: FakeArchive) -> None:
    fake.fail_next("page", 503)
    assert len(list(listing.discover(f"{fake.base_url}/thema/whatsapp", rules(), client=client))) == 12
    with pytest.raises(ArchiveError, match="404"):
        list(listing.discover(f"{fake.base_url}/thema/gibt-es-nicht", rules(), client=client))


def test_next_page_forms() -> None:
    def page(markup: str) -> HtmlResponse:
        return HtmlResponse("https://www.x.de/thema/a", body=f"<html><body>{markup}</body></html>".encode(),
                            encoding="utf-8")

    assert listing.next_page(page('<a rel="next" href="?p=2">2</a>')) == "https://www.x.de/thema/a?p=2"
    assert listing.next_page(page('<a href="/thema/a/seite-2">Nächste Seite</a>')) == "https://www.x.de/thema/a/seite-2"
    assert listing.next_page(page('<a href="/alt">Ältere Artikel »</a>')) == "https://www.x.de/alt"
    assert listing.next_page(page('<a href="/x">Weiterlesen</a>')) is None


def test_outlets_toml_archive_keys(tmp_path: Path) -> None:
    toml = tmp_path / "outlets.toml"
    toml.write_text('''
[[outlet]]
id = "tagesblatt"
name = "Tagesblatt Beispiel"
hosts = ["tagesblatt-beispiel.de"]
country = "DE"
kind = "newspaper"
[outlet.sources]
feed = ["https://www.tagesblatt-beispiel.de/feed.xml"]
listing = ["https://www.tagesblatt-beispiel.de/thema/whatsapp"]
wayback = ["tagesblatt-beispiel.de/digital/"]
commoncrawl = ["tagesblatt-beispiel.de"]
[outlet.filters]
listing_include = '/digital/.+\\.html$'

[[outlet]]
id = "ohne"
name = "Ohne Archiv"
hosts = ["ohne.de"]
country = "AT"
kind = "online"
''', encoding="utf-8")
    outlet = outlet_sources.find("tagesblatt beispiel", toml)
    assert outlet is not None and outlet.outlet_id == "tagesblatt"
    assert outlet.sources == ["listing:https://www.tagesblatt-beispiel.de/thema/whatsapp",
                              "wayback:tagesblatt-beispiel.de/digital/", "commoncrawl:tagesblatt-beispiel.de"]
    assert outlet.listing_rules().article_pattern == "/digital/.+\\.html$"
    assert outlet_sources.find("ohne.de", toml).sources == []
    assert outlet_sources.for_host("archiv.tagesblatt-beispiel.de", toml) == outlet


def test_every_configured_archive_source_is_valid_as_given() -> None:
    import re

    from spiders.crawl import validate_source
    from spiders.outlets import load_outlets

    archived = [o for o in outlet_sources.load() if o.sources]
    assert len(archived) >= 5
    for outlet in archived:
        if outlet.article_pattern:
            re.compile(outlet.article_pattern)
        assert not any(s.partition(":")[2].startswith(("listing:", "wayback:", "commoncrawl:")) for s in outlet.sources)
    # Whoever expands an outlet into sources (e.g. --outlet) gets sources a crawl accepts as they are.
    for outlet in load_outlets():
        for source in outlet.sources:
            validate_source(source)
