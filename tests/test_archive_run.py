"""Crawls over archive and listing sources (Scrapy in its subprocess, against the local fakes).

The target of issue 8: from a Wayback index of 5,000 captures of one outlet, 40
of them German articles about the deal, a run stores exactly those 40 and asks
the services at most 200 times; a second run fetches nothing new.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from spiders.crawl import run_crawl as _fetch
from spiders.parse import parse_run
from spiders.sources.candidates import DateRange
from tests.fixtures import archive_worlds
from tests.fixtures.archive_services import FakeArchive, World, serve_archive

QUICK = {"AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}


def run_crawl(sources: list[str], run_dir: Path, **kwargs: object) -> dict:
    """Fetch, then parse the WARC offline (issue 6's split); the crawl stats with the parse counts merged in."""
    stats = _fetch(sources, run_dir, **kwargs)  # type: ignore[arg-type]
    parsed = parse_run(run_dir)
    return {**stats, "articles": parsed["kept"], "dropped": {**stats["dropped"], **parsed["dropped"]}}


def articles(run_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (run_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def quick_archives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEALWATCH_ARCHIVE_DELAY", "0")
    monkeypatch.setenv("DEALWATCH_ARCHIVE_BACKOFF", "0")


@pytest.fixture
def wayback_fake(monkeypatch: pytest.MonkeyPatch, quick_archives: None) -> Iterator[FakeArchive]:
    with serve_archive(archive_worlds.wayback_world()) as fake:
        monkeypatch.setenv("DEALWATCH_WAYBACK_URL", fake.base_url)
        yield fake


def test_wayback_run_stores_the_40_deal_articles_and_a_second_run_fetches_nothing(
        wayback_fake: FakeArchive, tmp_path: Path) -> None:
    dates = DateRange.parse("2014-02-01", "2014-12-31")
    stats = run_crawl(["wayback:tagesblatt-beispiel.de"], tmp_path / "run1", dates=dates,
                      state_dir=tmp_path / "state", settings=QUICK)
    stored = articles(tmp_path / "run1")
    assert sorted(a["url"] for a in stored) == sorted(archive_worlds.deal_url(n) for n in range(40))
    assert wayback_fake.count() <= 200, f"{wayback_fake.count()} requests"
    assert stats["articles"] == 40 and stats["dropped"]["off_topic"] == 30 and stats["dropped"]["not_german"] == 10
    first = next(a for a in stored if a["url"] == archive_worlds.deal_url(0))
    assert first["found_via"] == "wayback" and first["outlet_id"] == "tagesblatt-beispiel.de"
    assert first["capture_time"] == "2014-02-01T12:00:00Z"
    assert first["capture_url"] == f"{wayback_fake.base_url}/web/20140201120000id_/{archive_worlds.deal_url(0)}"
    assert first["canonical_url"] == archive_worlds.deal_url(0)  # the original URL, not the archive's

    # The warehouse keeps how each article was found and when the archive captured it.
    from warehouse.load import load_staged
    from warehouse.query import run_sql

    (tmp_path / "run1" / "claims.jsonl").write_text("", encoding="utf-8")
    db = tmp_path / "wh.duckdb"
    load_staged(db, tmp_path / "run1" / "articles.jsonl", tmp_path / "run1" / "claims.jsonl")
    _, rows = run_sql(db, "select found_via, count(*), min(capture_time), count(distinct capture_url) "
                          "from articles group by found_via")
    assert [(r[0], r[1], str(r[2]), r[3]) for r in rows] == [("wayback", 40, "2014-02-01 12:00:00", 40)]

    wayback_fake.reset_log()
    again = run_crawl(["wayback:tagesblatt-beispiel.de"], tmp_path / "run2", dates=dates,
                      state_dir=tmp_path / "state", settings=QUICK)
    assert wayback_fake.requests == []  # neither the index nor a capture was asked again
    assert articles(tmp_path / "run2") == [] and again["discovery"]["already_fetched"] == 80


def test_commoncrawl_and_listing_run_survives_bad_records(monkeypatch: pytest.MonkeyPatch, quick_archives: None,
                                                          tmp_path: Path) -> None:
    corrupt, cut = archive_worlds.cc_url(3), archive_worlds.cc_url(1)
    world = archive_worlds.commoncrawl_world(corrupt={corrupt})
    world.pages = archive_worlds.listing_world(pages=2, per_page=3).pages
    with serve_archive(world) as fake:
        monkeypatch.setenv("DEALWATCH_CC_INDEX_URL", fake.base_url)
        monkeypatch.setenv("DEALWATCH_CC_DATA_URL", fake.base_url)
        cut_record = next(r for r in world.cc_records if r.url == cut)
        fake.fail_next("warc", 503)  # the first range request: retried by Scrapy
        fake.fail_next("warc", "truncate", match=f"bytes={cut_record.offset}-")  # this record cut short
        sources = ["commoncrawl:tagesblatt-beispiel.de", f"listing:{fake.base_url}/thema/whatsapp"]
        dates = DateRange.parse("2014-01-01", "2014-12-31")
        stats = run_crawl(sources, tmp_path / "run1", dates=dates, state_dir=tmp_path / "state", settings=QUICK)
        stored = articles(tmp_path / "run1")
        via = {a["url"]: a["found_via"] for a in stored}
        cc_urls = {archive_worlds.cc_url(n) for n in range(12)}
        assert sum(1 for v in via.values() if v == "listing") == 6
        cc_stored = {u for u, v in via.items() if v == "commoncrawl"}
        assert cc_stored == cc_urls - {corrupt, cut}
        assert stats["failed_sources"] == []
        record = next(a for a in stored if a["found_via"] == "commoncrawl")
        assert record["capture_time"].startswith("2014-") and "#offset=" in record["capture_url"]

        fake.reset_log()
        run_crawl(sources, tmp_path / "run2", dates=dates, state_dir=tmp_path / "state", settings=QUICK)
        # Only the two records that could not be read are asked again; the truncated one now arrives.
        assert fake.count("warc") == 2 and fake.count("ccindex") == 0
        again = articles(tmp_path / "run2")
        assert [a["url"] for a in again] == [cut]


def test_unreachable_archive_fails_the_source_with_one_line(monkeypatch: pytest.MonkeyPatch, quick_archives: None,
                                                            tmp_path: Path) -> None:
    from spiders.errors import SourceError

    with serve_archive(World()) as fake:
        monkeypatch.setenv("DEALWATCH_WAYBACK_URL", fake.base_url)
        fake.fail_next("cdx", *([503] * 10))
        with pytest.raises(SourceError, match="every source failed: wayback: .*") as info:
            run_crawl(["wayback:tagesblatt-beispiel.de"], tmp_path / "run", state_dir=tmp_path / "state",
                      settings=QUICK)
        assert "\n" not in str(info.value)
