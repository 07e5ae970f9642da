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
from tests.fixtures.http_server import demo_server  # noqa: F401 - pytest fixture

# Short timeouts and no politeness delays: the server is local and the tests must be quick.
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 5, "RETRY_TIMES": 0, "LOG_LEVEL": "WARNING"}
SEED_TITLES = {a["title"] for a in load_manifest()["articles"] if a["kind"] == "seed"}


def _articles(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


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
def sitemap_crawl(demo_server: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("crawl_sitemap")
    return out, run_crawl([demo_server + "sitemap.xml"], out, settings=FAST)


def test_sitemap_crawl_stages_exactly_the_seed_articles(sitemap_crawl: tuple[Path, dict], demo_server: str) -> None:
    out, stats = sitemap_crawl
    articles = _articles(out)
    assert {a["title"] for a in articles} == SEED_TITLES
    assert all(a["url"].startswith(demo_server) and a["language"] == "de" for a in articles)
    assert stats["articles"] == 5
    assert stats["dropped"] == {"not_german": 1, "off_topic": 1, "not_article": 1, "duplicate": 0}
    assert stats["pages_seen"] == 9  # sitemap + 8 pages
    assert stats["failed_sources"] == [] and stats["sources"] == [demo_server + "sitemap.xml"]
    assert json.loads((out / "crawl_stats.json").read_text()) == stats
    assert not list(out.glob(".crawl-*"))  # scratch directory removed


def test_sitemap_crawl_archives_the_responses(sitemap_crawl: tuple[Path, dict]) -> None:
    out, _ = sitemap_crawl
    urls = {a["url"]: a for a in _articles(out)}
    with (out / "raw.warc.gz").open("rb") as fh:
        records = [(r.rec_headers.get_header("WARC-Target-URI"), r.http_headers.get_statuscode(),
                    r.http_headers.get_header("Content-Type"), r.content_stream().read())
                   for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert len(records) == 5
    for uri, status, content_type, body in records:
        assert uri in urls and status == "200" and content_type.startswith("text/html")
        assert hashlib.sha256(body).hexdigest() == urls[uri]["html_sha256"]


def test_all_topics_keeps_the_unrelated_german_article(demo_server: str, tmp_path: Path) -> None:
    stats = run_crawl([demo_server + "sitemap.xml"], tmp_path, all_topics=True, settings=FAST)
    titles = {a["title"] for a in _articles(tmp_path)}
    assert stats["articles"] == 6 and stats["dropped"]["off_topic"] == 0
    assert any("Radweg" in t for t in titles)


def test_feed_crawl_gives_the_same_articles(sitemap_crawl: tuple[Path, dict], demo_server: str,
                                            tmp_path: Path) -> None:
    stats = run_crawl([demo_server + "feed.xml"], tmp_path, settings=FAST)
    assert stats["articles"] == 5
    assert {a["article_id"] for a in _articles(tmp_path)} == {a["article_id"] for a in _articles(sitemap_crawl[0])}


def test_second_crawl_yields_the_same_article_ids(sitemap_crawl: tuple[Path, dict], demo_server: str,
                                                   tmp_path: Path) -> None:
    run_crawl([demo_server + "sitemap.xml"], tmp_path, settings=FAST)
    first = sorted(a["article_id"] for a in _articles(sitemap_crawl[0]))
    assert sorted(a["article_id"] for a in _articles(tmp_path)) == first


def test_single_page_french_page_and_one_failing_source(demo_server: str, tmp_path: Path) -> None:
    page = demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    stats = run_crawl([page, demo_server + "french.html", demo_server + "error500"], tmp_path, settings=FAST)
    (article,) = _articles(tmp_path)
    assert article["url"] == page and article["source"] == page
    assert article["title"] == "Facebook will Daten aus WhatsApp nutzen"
    assert stats["dropped"]["not_german"] == 1
    # One failed source among good ones is recorded, not raised.
    (failed,) = stats["failed_sources"]
    assert failed["source"] == demo_server + "error500" and "HTTP 500" in failed["error"]


def test_redirecting_source_is_followed(demo_server: str, tmp_path: Path) -> None:
    source = demo_server + "redirect-to/articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    run_crawl([source], tmp_path, settings=FAST)
    (article,) = _articles(tmp_path)
    assert article["url"] == demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"
    assert article["source"] == source


def test_file_sitemap_crawl(tmp_path: Path) -> None:
    site = materialize((tmp_path / "site").resolve().as_uri() + "/", tmp_path / "site")
    stats = run_crawl([(site / "sitemap.xml").resolve().as_uri()], tmp_path / "out", settings=FAST)
    assert stats["articles"] == 5
    with (tmp_path / "out" / "raw.warc.gz").open("rb") as fh:
        bodies = [r.content_stream().read() for r in ArchiveIterator(fh)]
    assert len(bodies) == 5 and all(b.startswith(b"<!DOCTYPE html>") for b in bodies)


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
