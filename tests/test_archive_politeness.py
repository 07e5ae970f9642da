"""Politeness toward the archive services: pacing, slot backoff on 429/503/resets, known URLs skipped."""
from __future__ import annotations

import json
import time
from pathlib import Path
from types import SimpleNamespace

from scrapy.http import Request, Response
from scrapy.settings import Settings

from spiders.sources.backoff import ArchiveBackoff
from spiders.sources.candidates import DateRange
from spiders.known import known_file, read_known
from spiders.sources.discover import discover
from spiders.sources.fetch import slot_settings
from spiders.sources.politeness import Politeness, PoliteClient
from tests.fixtures import archive_worlds
from tests.fixtures.archive_services import World, serve_archive


class _Stats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str) -> None:
        self.values[key] = self.values.get(key, 0) + 1


def _middleware(delay: float = 1.0, backoff: float = 2.0, max_backoff: float = 30.0):
    slots = {"wayback": SimpleNamespace(delay=delay), "www.example.de": SimpleNamespace(delay=0.5)}
    settings = Settings({"DOWNLOAD_SLOTS": slot_settings(delay), "DEALWATCH_ARCHIVE_BACKOFF": backoff,
                         "DEALWATCH_ARCHIVE_MAX_BACKOFF": max_backoff})
    crawler = SimpleNamespace(settings=settings, stats=_Stats(),
                              engine=SimpleNamespace(downloader=SimpleNamespace(slots=slots)))
    return ArchiveBackoff(crawler), slots, crawler.stats


def _answer(status: int, slot: str = "wayback", retry_after: str | None = None) -> tuple[Request, Response]:
    request = Request("http://127.0.0.1/web/1id_/x", meta={"download_slot": slot})
    headers = {"Retry-After": retry_after} if retry_after else {}
    return request, Response(request.url, status=status, headers=headers, request=request)


def test_slot_backs_off_on_429_503_and_resets_and_eases_on_success() -> None:
    mw, slots, stats = _middleware()
    mw.process_response(*_answer(429))
    assert slots["wayback"].delay == 2.0
    mw.process_response(*_answer(503))
    assert slots["wayback"].delay == 4.0
    mw.process_exception(_answer(200)[0], ConnectionResetError())
    assert slots["wayback"].delay == 8.0
    mw.process_response(*_answer(429, retry_after="20"))
    assert slots["wayback"].delay == 20.0  # the server's Retry-After wins when longer
    mw.process_response(*_answer(503, retry_after="600"))
    assert slots["wayback"].delay == 30.0  # never beyond max_backoff
    for _ in range(10):
        mw.process_response(*_answer(200))
    assert slots["wayback"].delay == 1.0  # back to the configured pace, never below it
    assert stats.values["dealwatch/archive_backoff"] == 5


def test_other_slots_are_left_alone() -> None:
    mw, slots, stats = _middleware()
    mw.process_response(*_answer(429, slot="www.example.de"))
    assert slots["www.example.de"].delay == 0.5 and stats.values == {}


def test_index_client_keeps_its_distance() -> None:
    with serve_archive(World()) as fake:
        client = PoliteClient("wayback", Politeness(delay=0.3, retries=0, backoff=0.0))
        started = time.monotonic()
        for _ in range(3):
            client.get(f"{fake.base_url}/cdx/search/cdx", params={"url": "x.de", "output": "json"})
        assert time.monotonic() - started >= 0.6 and client.requests_sent == 3
        client.close()


def test_known_urls_are_not_candidates(tmp_path: Path, monkeypatch) -> None:
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    known = [archive_worlds.deal_url(n) for n in range(5)]
    lines = [json.dumps({"url": u, "canonical_url": u}) for u in known[:4]] + [json.dumps(known[4]), "not json"]
    (run_dir / "known.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert set(read_known(known_file(run_dir))) == set(known)
    assert read_known(known_file(tmp_path / "elsewhere")) == {}
    with serve_archive(archive_worlds.wayback_world()) as fake:
        monkeypatch.setenv("DEALWATCH_WAYBACK_URL", fake.base_url)
        found = discover(["wayback:tagesblatt-beispiel.de/digital/"], DateRange.parse("2014-02", "2014-12"),
                         state_dir=tmp_path / "state", politeness=Politeness(delay=0, backoff=0),
                         known_urls=read_known(known_file(run_dir)))
    assert found.known == 5 and len(found.candidates) == 35
    assert not set(known) & {c.original_url for c in found.candidates}


def test_requests_is_imported_by_the_first_polite_client_not_by_the_crawl_or_the_parse() -> None:
    """The crawl's process and the parse import the archive sources' modules (kinds, unwrappers) for every
    run; requests (and urllib3, for the crawl) only comes with a client that a listing or archive source makes."""
    import subprocess
    import sys

    code = ("import sys, spiders.run, spiders.sources as s, spiders.parse, spiders.parse.unwrap as u\n"
            "s.load_kinds(); u._load_modules(); before = 'requests' in sys.modules\n"
            "from spiders.sources.politeness import PoliteClient\n"
            "PoliteClient('test').close(); print(before, 'requests' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]
