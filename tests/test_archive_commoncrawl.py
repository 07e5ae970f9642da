"""Common Crawl source: crawls chosen by date via collinfo, paged index, range requests, record unwrapping."""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from spiders.sources import commoncrawl
from spiders.sources.candidates import DateRange
from spiders.sources.commoncrawl import RecordError, unwrap_record
from spiders.sources.politeness import ArchiveError, Politeness, PoliteClient
from tests.fixtures import archive_worlds
from tests.fixtures.archive_services import FakeArchive, serve_archive

RANGE_2014 = DateRange.parse("2014-01-01", "2014-12-31")
FAST = Politeness(delay=0.0, retries=3, backoff=0.0)
CORRUPT = archive_worlds.cc_url(3)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeArchive]:
    with serve_archive(archive_worlds.commoncrawl_world(corrupt={CORRUPT})) as server:
        yield server


@pytest.fixture
def client(fake: FakeArchive, monkeypatch: pytest.MonkeyPatch) -> Iterator[PoliteClient]:
    monkeypatch.setenv("DEALWATCH_CC_INDEX_URL", fake.base_url)
    monkeypatch.setenv("DEALWATCH_CC_DATA_URL", fake.base_url)
    fake.reset_log()
    fake._handler.faults.clear()
    with_client = PoliteClient("commoncrawl", FAST)
    yield with_client
    with_client.close()


def test_crawls_are_chosen_by_date_range() -> None:
    crawls = archive_worlds.CRAWLS
    assert commoncrawl.choose_crawls(crawls, RANGE_2014) == ["CC-MAIN-2014-10", "CC-MAIN-2014-35"]
    assert commoncrawl.choose_crawls(crawls, DateRange.parse("2016-08", "2016-10")) == ["CC-MAIN-2016-40"]
    assert commoncrawl.choose_crawls(crawls, DateRange.parse("2021-05-01", None)) == []
    assert commoncrawl.choose_crawls(crawls, DateRange()) == [c["id"] for c in crawls]
    # Without from/to the crawl's ISO week in its id dates it.
    assert commoncrawl.choose_crawls([{"id": "CC-MAIN-2016-36"}], DateRange.parse("2016-09", "2016-09")) == [
        "CC-MAIN-2016-36"]


def test_discover_reads_only_the_chosen_crawls_page_by_page(client: PoliteClient, fake: FakeArchive,
                                                            tmp_path: Path) -> None:
    found = list(commoncrawl.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path))
    urls = [c.original_url for c in found]
    deal = {archive_worlds.cc_url(n) for n in range(12)}
    assert deal <= set(urls) and len(urls) == len(set(urls)) == 12 + 6  # + 3 data-protection pages per crawl
    asked = [q for r, q in fake.requests if r == "ccindex"]
    assert all(q.startswith(("/CC-MAIN-2014-10-index", "/CC-MAIN-2014-35-index")) for q in asked)
    assert sum("showNumPages=true" in q for q in asked) == 2 and len(asked) == 2 + 4 + 4
    record = next(c for c in found if c.original_url == archive_worlds.cc_url(6))
    assert record.capture_time.startswith("2014-03-10")  # the older crawl's copy wins
    assert record.fetch_url.startswith(f"{fake.base_url}/crawl-data/CC-MAIN-2014-10/")
    assert record.warc_offset is not None and record.warc_length

    fake.reset_log()
    again = list(commoncrawl.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path))
    assert [c.original_url for c in again] == urls
    assert fake.count("ccindex") == 0 and fake.count("collinfo") == 1


def test_empty_index_and_retries(client: PoliteClient, fake: FakeArchive, tmp_path: Path) -> None:
    fake.fail_next("collinfo", 503, 429)
    assert list(commoncrawl.discover("gibt-es-nicht.de", RANGE_2014, client=client, state_dir=tmp_path)) == []
    assert fake.count("collinfo") == 3
    # A crawl holding nothing for the target: showNumPages says 0 pages, nothing else is asked.
    assert fake.count("ccindex") == 2
    fake.fail_next("ccindex", "empty")  # an empty showNumPages answer is malformed
    with pytest.raises(ArchiveError, match="showNumPages"):
        list(commoncrawl.discover("tagesblatt-beispiel.de", RANGE_2014, client=client, state_dir=tmp_path / "b"))


def test_range_request_unwraps_one_record(client: PoliteClient, fake: FakeArchive, tmp_path: Path) -> None:
    found = {c.original_url: c for c in commoncrawl.discover("tagesblatt-beispiel.de", RANGE_2014, client=client,
                                                             state_dir=tmp_path)}
    good = found[archive_worlds.cc_url(1)]
    reply = client.get(good.fetch_url, headers={"Range": commoncrawl.range_header(good.warc_offset, good.warc_length)},
                       ok=(206,))
    assert len(reply.content) == good.warc_length
    inner = unwrap_record(reply.content, good.warc_length)
    assert inner.url == archive_worlds.cc_url(1) and inner.status == 200
    assert "Teil 201" in inner.body.decode("utf-8") and inner.capture_time.startswith("2014-03-10")

    fake.fail_next("warc", "truncate")
    cut = client.get(good.fetch_url, headers={"Range": commoncrawl.range_header(good.warc_offset, good.warc_length)},
                     ok=(206,))
    with pytest.raises(RecordError, match="truncated"):
        unwrap_record(cut.content, good.warc_length)
    with pytest.raises(RecordError, match="truncated"):
        unwrap_record(cut.content)  # without the expected length, the gzip member itself is incomplete

    bad = found[CORRUPT]
    broken = client.get(bad.fetch_url, headers={"Range": commoncrawl.range_header(bad.warc_offset, bad.warc_length)},
                        ok=(206,))
    with pytest.raises(RecordError, match="gzip|WARC|payload"):
        unwrap_record(broken.content, bad.warc_length)


def test_unwrap_rejects_what_is_not_a_response_record() -> None:
    with pytest.raises(RecordError, match="bad gzip"):
        unwrap_record(b"not gzip at all")
    with pytest.raises(RecordError):
        unwrap_record(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
