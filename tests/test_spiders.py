"""The crawl stage: extraction, topic filter, source validation, and crawls of a local HTTP server."""
from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from spiders.crawl import read_sources_file, run_crawl, validate_source
from spiders.demo_site import load_manifest, materialize
from spiders.errors import SourceError
from spiders.extract import article_id_for, extract_article
from spiders.outlets import load_outlets, outlet_for_host
from spiders.topic import is_about_the_deal
from spiders.parse import parse_run
from tests.fixtures.crawling import FAST, articles, crawl_and_parse
from tests.fixtures.http_server import demo_server  # noqa: F401 - pytest fixture

SEED_TITLES = {a["title"] for a in load_manifest()["articles"] if a["kind"] == "seed"}


_articles = articles


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------ extraction


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return materialize("https://demo.example/", tmp_path_factory.mktemp("demo"))


def _extract(demo_dir: Path, slug: str) -> dict[str, Any] | None:
    page = demo_dir / "articles" / f"{slug}.html"
    return extract_article(page.read_bytes(), f"https://demo.example/articles/{slug}.html?utm=x",
                           source="https://demo.example/sitemap.xml", fetched_at="2026-01-01T00:00:00+00:00")


def test_extracts_metadata_from_a_demo_page(demo_dir: Path) -> None:
    record = _extract(demo_dir, "whatsapp-neue-nutzungsbedingungen-unternehmen")
    assert record is not None
    canonical = "https://demo.example/articles/whatsapp-neue-nutzungsbedingungen-unternehmen.html"
    assert record["canonical_url"] == canonical
    assert record["url"].endswith("?utm=x")
    assert record["article_id"] == article_id_for(canonical) and len(record["article_id"]) == 16
    assert record["title"] == "WhatsApp öffnet sich für Unternehmen und teilt Daten mit Facebook"
    assert record["authors"] == ["Jan Firsching"]
    assert record["outlet"] == "Futurebiz"
    assert record["published"] is None  # the date is only an estimate: not stated as fact
    assert record["language"] == "de"
    assert record["source"] == "https://demo.example/sitemap.xml"
    assert len(record["html_sha256"]) == 64


def test_extracts_date_and_body_without_boilerplate(demo_dir: Path) -> None:
    record = _extract(demo_dir, "whatsapp-daten-facebook-was-sie-wissen-sollten")
    assert record is not None
    assert record["published"] == "2016-08-26"
    assert record["outlet"] == "Demo-Tagblatt"
    assert record["authors"] == []
    text = record["text"]
    assert "Es geht insbesondere um die Telefonnummern" in text
    assert "\n\n" in text and "\n\n\n" not in text
    for boilerplate in ("Wir verwenden Cookies", "Leserin_K", "Weitere Artikel", "Impressum"):
        assert boilerplate not in text


def test_index_page_is_not_an_article(demo_dir: Path) -> None:
    html = (demo_dir / "index.html").read_bytes()
    assert extract_article(html, "https://demo.example/index.html", source="s", fetched_at="t") is None


def test_short_page_is_not_an_article() -> None:
    html = b"<html lang='de'><body><article><p>WhatsApp und Facebook: kurz notiert.</p></article></body></html>"
    assert extract_article(html, "https://x.example/a", source="s", fetched_at="t") is None


def test_outlet_falls_back_to_outlets_file_then_host() -> None:
    body = "".join(f"<p>Absatz {n}: WhatsApp gehört seit 2014 zu Facebook, und im {n}. Teil dieses Textes geht es "
                   f"um die Frage, welche Daten der Messenger an den Konzern weitergibt und was Nutzer tun können.</p>"
                   for n in range(1, 6))
    html = f"<html lang='de'><body><article><h1>Titel</h1>{body}</article></body></html>".encode()
    known = extract_article(html, "https://www.heise.de/news/x.html", source="s", fetched_at="t")
    unknown = extract_article(html, "https://blog.example.org/x.html", source="s", fetched_at="t")
    assert known is not None and known["outlet"] == "heise online"
    assert unknown is not None and unknown["outlet"] == "blog.example.org"
    assert outlet_for_host("rss.golem.de") == "Golem.de" and outlet_for_host("example.org") is None
    assert len(load_outlets()) >= 15


# ------------------------------------------------------------------ topic filter


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Facebook will Daten aus WhatsApp nutzen", "", True),
    ("Datenschutz", "WhatsApp gehört seit 2014 zu Meta.", True),
    ("Übernahme", "Zuckerbergs Konzern kaufte WhatsApp.", True),
    ("Facebooks Pläne", "Die WhatsApp-Nutzer müssen zustimmen.", True),
    ("WhatsApp-Update", "Neue Sticker für alle Nutzer.", False),
    ("Facebook-Quartalszahlen", "Der Umsatz stieg deutlich.", False),
    ("Radweg", "Die Lindenallee bekommt einen Radweg.", False),
    ("Metadaten", "WhatsApp speichert Metadaten.", False),
])
def test_topic_filter(title: str, text: str, expected: bool) -> None:
    assert is_about_the_deal(title, text) is expected


# ------------------------------------------------------------------ sources


@pytest.mark.parametrize("url", [
    "ftp://example.org/feed.xml", "example.org/sitemap.xml", "http:///sitemap.xml", "https://",
    "file:///nonexistent/dealwatch/sitemap.xml", "javascript:alert(1)",
])
def test_validate_source_rejects(url: str) -> None:
    with pytest.raises(SourceError) as info:
        validate_source(url)
    message = str(info.value)
    assert url in message and "\n" not in message
    assert info.value.permanent


def test_validate_source_accepts(tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text("<urlset/>")
    for url in ("http://example.org/feed", "https://www.heise.de/rss/heise-atom.xml", sitemap.as_uri()):
        validate_source(url)


def test_read_sources_file(tmp_path: Path) -> None:
    good = tmp_path / "sources.txt"
    good.write_text("# outlets\n\nhttps://a.example/feed.xml\n  https://b.example/sitemap.xml  \n")
    assert read_sources_file(good) == ["https://a.example/feed.xml", "https://b.example/sitemap.xml"]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://a.example/feed.xml\nnot a url\n")
    with pytest.raises(SourceError, match="line 2"):
        read_sources_file(bad)
    with pytest.raises(OSError):
        read_sources_file(tmp_path / "missing.txt")


def test_run_crawl_rejects_a_malformed_source_before_crawling(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        run_crawl(["gopher://x"], tmp_path / "out")
    assert not (tmp_path / "out" / "articles.jsonl").exists()


# ------------------------------------------------------------------ crawls over http


@pytest.fixture(scope="module")
def sitemap_crawl(demo_server: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    out = tmp_path_factory.mktemp("crawl_sitemap")
    return (out, *crawl_and_parse([demo_server + "sitemap.xml"], out))


def test_sitemap_crawl_stages_exactly_the_seed_articles(sitemap_crawl: tuple[Path, dict, dict],
                                                        demo_server: str) -> None:
    out, stats, parsed = sitemap_crawl
    articles = _articles(out)
    assert {a["title"] for a in articles} == SEED_TITLES
    assert all(a["url"].startswith(demo_server) and a["language"] == "de" for a in articles)
    assert all(a["found_via"] == "sitemap" and a["related"] == [] for a in articles)
    assert parsed["kept"] == 5
    assert {k: v for k, v in parsed["dropped"].items() if v} == {"not_german": 1, "off_topic": 1, "not_article": 1}
    assert stats["pages_seen"] == stats["fetched"] == 8  # the 8 pages the sitemap lists
    assert stats["failed_sources"] == [] and stats["sources"] == [demo_server + "sitemap.xml"]
    assert json.loads((out / "crawl_stats.json").read_text()) == stats
    assert json.loads((out / "parse_stats.json").read_text()) == parsed
    assert not list(out.glob(".crawl-*"))  # scratch directory removed


def test_sitemap_crawl_archives_every_response_with_its_request(sitemap_crawl: tuple[Path, dict, dict]) -> None:
    out, _, _ = sitemap_crawl
    urls = {a["url"]: a for a in _articles(out)}
    responses, requests = {}, set()
    with (out / "raw.warc.gz").open("rb") as fh:
        for r in ArchiveIterator(fh):
            uri = r.rec_headers.get_header("WARC-Target-URI")
            if r.rec_type == "request":
                requests.add(uri)
            elif r.rec_type == "response":
                responses[uri] = (r.http_headers.get_statuscode(), r.rec_headers.get_header("WARC-Dealwatch-Role"),
                                  r.rec_headers.get_header("WARC-Dealwatch-Found-Via"), r.content_stream().read())
    # The sitemap, robots.txt (a 404 here) and all 8 pages, kept or dropped.
    assert sum(1 for _, role, _, _ in responses.values() if role == "article") == 8
    assert any(uri.endswith("/robots.txt") for uri in responses)
    assert set(responses) == requests
    for uri, article in urls.items():
        status, role, found_via, body = responses[uri]
        assert status == "200" and role == "article" and found_via == "sitemap"
        assert hashlib.sha256(body).hexdigest() == article["html_sha256"]


def test_all_topics_keeps_the_unrelated_german_article(sitemap_crawl: tuple[Path, dict, dict], tmp_path: Path) -> None:
    # Offline: the same archive parsed again without the topic filter.
    out, _, _ = sitemap_crawl
    parsed = parse_run(tmp_path, warc=out / "raw.warc.gz", all_topics=True)
    titles = {a["title"] for a in _articles(tmp_path)}
    assert parsed["kept"] == 6 and "off_topic" not in parsed["dropped"]
    assert any("Radweg" in t for t in titles)


def test_feed_crawl_gives_the_same_articles(sitemap_crawl: tuple[Path, dict, dict], demo_server: str,
                                            tmp_path: Path) -> None:
    _, parsed = crawl_and_parse([demo_server + "feed.xml"], tmp_path)
    assert parsed["kept"] == 5
    assert {a["article_id"] for a in _articles(tmp_path)} == {a["article_id"] for a in _articles(sitemap_crawl[0])}
    assert {a["found_via"] for a in _articles(tmp_path)} == {"feed"}


def test_single_page_french_page_and_one_failing_source(demo_server: str, tmp_path: Path) -> None:
    page = demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    stats, parsed = crawl_and_parse([page, demo_server + "french.html", demo_server + "error500"], tmp_path)
    (article,) = _articles(tmp_path)
    assert article["url"] == page and article["source"] == page and article["found_via"] == "page"
    assert article["title"] == "Facebook will Daten aus WhatsApp nutzen"
    assert parsed["dropped"]["not_german"] == 1
    # One failed source among good ones is recorded, not raised.
    (failed,) = stats["failed_sources"]
    assert failed["source"] == demo_server + "error500" and "HTTP 500" in failed["error"]


def test_redirecting_source_is_followed(demo_server: str, tmp_path: Path) -> None:
    source = demo_server + "redirect-to/articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    crawl_and_parse([source], tmp_path)
    (article,) = _articles(tmp_path)
    assert article["url"] == demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    assert article["source"] == source


def test_file_sitemap_crawl(tmp_path: Path) -> None:
    site = materialize((tmp_path / "site").resolve().as_uri() + "/", tmp_path / "site")
    stats, parsed = crawl_and_parse([(site / "sitemap.xml").resolve().as_uri()], tmp_path / "out")
    assert parsed["kept"] == 5 and stats["fetched"] == 8
    with (tmp_path / "out" / "raw.warc.gz").open("rb") as fh:
        bodies = [r.content_stream().read() for r in ArchiveIterator(fh)
                  if r.rec_headers.get_header("WARC-Dealwatch-Role") == "article"]
    assert len(bodies) == 8 and all(b.startswith(b"<!DOCTYPE html>") for b in bodies)


@pytest.mark.parametrize(("path", "permanent", "words"), [
    ("error500", False, "HTTP 500"),
    ("missing.xml", True, "HTTP 404"),
    ("garbage.xml", True, "unparseable"),
    ("reset", False, ""),
])
def test_failed_source_raises(demo_server: str, tmp_path: Path, path: str, permanent: bool, words: str) -> None:
    with pytest.raises(SourceError) as info:
        run_crawl([demo_server + path], tmp_path, settings=FAST)
    assert info.value.permanent is permanent
    assert words in str(info.value) and "\n" not in str(info.value)
    assert not (tmp_path / "articles.jsonl").exists()  # nothing half-written
    assert not list(tmp_path.glob(".crawl-*"))


def test_unreachable_source_raises_transient(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        run_crawl([f"http://127.0.0.1:{_closed_port()}/sitemap.xml"], tmp_path, settings=FAST)
    assert info.value.permanent is False


def test_slow_source_times_out(demo_server: str, tmp_path: Path) -> None:
    settings = {**FAST, "DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 0}
    with pytest.raises(SourceError, match="timed out") as info:
        run_crawl([demo_server + "slow"], tmp_path, settings=settings)
    assert info.value.permanent is False


def test_crawler_crash_raises_runtime_error(tmp_path: Path) -> None:
    # An unknown log level makes the crawler process fail at start-up.
    with pytest.raises(RuntimeError, match="crawler process failed"):
        run_crawl(["http://127.0.0.1:9/"], tmp_path, settings={"LOG_LEVEL": "NOPE"})
