"""Wayback source: CDX paging and pre-filter, retries on 429/503/resets, empty pages, resumable index state."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from spiders.sources import wayback
from spiders.sources.candidates import DateRange, url_may_be_about_the_deal
from spiders.sources.politeness import ArchiveError, Politeness, PoliteClient
from tests.fixtures import archive_worlds
from tests.fixtures.archive_services import FakeArchive, serve_archive

RANGE_2014 = DateRange.parse("2014-02-01", "2014-12-31")
FAST = Politeness(delay=0.0, retries=3, backoff=0.0)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeArchive]:
    with serve_archive(archive_worlds.wayback_world()) as server:
        yield server


@pytest.fixture
def client(fake: FakeArchive, monkeypatch: pytest.MonkeyPatch) -> Iterator[PoliteClient]:
    monkeypatch.setenv("DEALWATCH_WAYBACK_URL", fake.base_url)
    fake.reset_log()
    fake._handler.faults.clear()
    with_client = PoliteClient("wayback", FAST)
    yield with_client
    with_client.close()


def test_parse_cdx_json_shapes() -> None:
    header = ["urlkey", "timestamp", "original"]
    rows, key = wayback.parse_cdx_json(json.dumps([header, ["k", "20140219000000", "http://a.de/x"], [], ["NEXT"]]))
    assert rows == [{"urlkey": "k", "timestamp": "20140219000000", "original": "http://a.de/x"}] and key == "NEXT"
    assert wayback.parse_cdx_json("") == ([], None)
    assert wayback.parse_cdx_json("[]") == ([], None)
    assert wayback.parse_cdx_json(json.dumps([header])) == ([], None)
    with pytest.raises(ArchiveError):
        wayback.parse_cdx_json("<html>busy</html>")


def test_query_and_capture_url() -> None:
    params = dict(wayback.cdx_params("heise.de", RANGE_2014, page_size=100, resume_key="K"))
    assert params["matchType"] == "domain" and params["collapse"] == "urlkey" and params["output"] == "json"
    assert params["from"] == "20140201" and params["to"] == "20141231235959" and params["resumeKey"] == "K"
    assert wayback.match_scope("heise.de/newsticker/meldung/") == ("heise.de/newsticker/meldung/", "prefix")
    assert wayback.capture_url("https://web.archive.org", "20140219000000", "http://a.de/x") == \
        "https://web.archive.org/web/20140219000000id_/http://a.de/x"


def test_prefilter_keeps_keyword_urls_and_drops_non_articles() -> None:
    assert url_may_be_about_the_deal("https://www.x.de/netzpolitik/Facebook-kauft-WhatsApp-2118309.html")
    assert url_may_be_about_the_deal("https://www.x.de/a/datenschutz-aerger-123.html")
    assert not url_may_be_about_the_deal("https://www.x.de/lokales/meldung-7.html")
    assert not url_may_be_about_the_deal("https://www.x.de/bilder/whatsapp-logo.png")
    assert not url_may_be_about_the_deal("https://www.x.de/thema/whatsapp")


def test_discover_pages_through_the_index_and_prefilters(client: PoliteClient, fake: FakeArchive,
                                                         tmp_path: Path) -> None:
    found = list(wayback.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path,
                                  page_size=700))
    urls = [c.original_url for c in found]
    assert len(urls) == len(set(urls)) == 80  # 40 deal + 30 data-protection + 10 English; no image, redirect, 2019
    assert {archive_worlds.deal_url(n) for n in range(40)} <= set(urls)
    first = next(c for c in found if c.original_url == archive_worlds.deal_url(0))
    assert first.capture_time == "2014-02-01T12:00:00Z"  # the earliest capture in the range (collapse=urlkey)
    assert first.fetch_url == f"{fake.base_url}/web/20140201120000id_/{archive_worlds.deal_url(0)}"
    assert first.outlet_id == "tagesblatt-beispiel.de"
    in_range = {c.urlkey for c in fake.world.captures
                if c.statuscode == "200" and c.mimetype == "text/html" and "20140201" <= c.timestamp[:8] <= "20141231"}
    asked = [q for r, q in fake.requests if r == "cdx"]
    assert len(asked) == -(-len(in_range) // 700)  # 700 rows a page, resume keys followed to the end
    assert "resumeKey=" not in asked[0] and all("resumeKey=" in q for q in asked[1:])


def test_retries_429_503_and_resets_then_succeeds(client: PoliteClient, fake: FakeArchive, tmp_path: Path) -> None:
    fake.fail_next("cdx", 429, 503, "reset")
    found = list(wayback.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path))
    assert len(found) == 80
    assert fake.count("cdx") == 3 + 5  # three failed attempts, then the five pages


def test_stopped_run_resumes_without_asking_again(client: PoliteClient, fake: FakeArchive, tmp_path: Path) -> None:
    pages = wayback.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path, page_size=1000)
    first_page = [next(pages) for _ in range(10)]
    # The service breaks down for good before the second page is read.
    fake.fail_next("cdx", *([503] * 10))
    with pytest.raises(ArchiveError, match="503|retries"):
        list(pages)
    asked_before = [q for r, q in fake.requests if r == "cdx"]
    fake.reset_log()
    fake._handler.faults.clear()
    again = list(wayback.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path,
                                  page_size=1000))
    assert [c.original_url for c in again[:10]] == [c.original_url for c in first_page]
    assert len(again) == 80
    resumed = [q for r, q in fake.requests if r == "cdx"]
    assert all("resumeKey=" in q for q in resumed), "the first page was asked again"
    assert len(resumed) == 4 and "resumeKey=" not in asked_before[0]
    fake.reset_log()
    assert len(list(wayback.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path,
                                     page_size=1000))) == 80
    assert fake.count("cdx") == 0  # a finished query is never asked again


def test_empty_index_page_ends_the_query(client: PoliteClient, fake: FakeArchive, tmp_path: Path) -> None:
    fake.fail_next("cdx", "empty")
    assert list(wayback.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path)) == []
    nothing = list(wayback.discover("gibt-es-nicht.de", RANGE_2014, client=client, state_dir=tmp_path))
    assert nothing == []


def test_gives_up_after_retries_with_one_line(client: PoliteClient, fake: FakeArchive, tmp_path: Path) -> None:
    fake.fail_next("cdx", *([429] * 10))
    with pytest.raises(ArchiveError) as info:
        list(wayback.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path))
    assert "\n" not in str(info.value) and str(info.value).startswith("wayback:")
