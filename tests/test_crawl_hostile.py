"""A crawl of the hostile outlet: every page ends stored or dropped with its reason, and the WARC re-parses offline."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipelines.cli import main as dealwatch
from spiders.parse import parse_run
from tests.fixtures.crawling import articles, crawl_and_parse
from tests.fixtures.hostile_outlet import PAGES, serve_hostile_outlet

# Short limits so the test is quick; the real defaults are measured by hand (README, crawl section).
LIMITS = {"DOWNLOAD_TIMEOUT": 2, "DOWNLOAD_MAXSIZE": 1024 * 1024, "DOWNLOAD_WARNSIZE": 512 * 1024,
          "RETRY_TIMES": 2, "DEALWATCH_RETRY_BASE_DELAY": 0.2, "DEALWATCH_RETRY_MAX_DELAY": 5}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("hostile")
    with serve_hostile_outlet(slow_seconds=30) as (base, outlet):
        stats, parsed = crawl_and_parse([base + "sitemap.xml"], out, settings=LIMITS)
        return {"out": out, "base": base, "outlet": outlet, "stats": stats, "parsed": parsed,
                "articles": articles(out)}


def test_the_good_pages_are_stored_once_each(hostile_run: dict[str, Any]) -> None:
    stored = Counter(a["title"] for a in hostile_run["articles"])
    expected = Counter(p.title for p in PAGES if p.expect is None)
    assert stored == expected  # the agency text twice (two outlets), everything else once
    base = hostile_run["base"].rstrip("/")
    (triple,) = [a for a in hostile_run["articles"] if a["title"] == "Neue Regeln für WhatsApp-Nutzer"]
    assert triple["canonical_url"] == base + "/news/triple.html"


def test_windows_1252_page_keeps_its_umlauts(hostile_run: dict[str, Any]) -> None:
    (page,) = [a for a in hostile_run["articles"] if a["url"].endswith("/news/cp1252.html")]
    assert page["title"] == "Größer als gedacht: Facebook übernimmt WhatsApp"
    for word in ("Größenordnungen", "Äußerst", "Südeuropa", "Österreich", "Übermäßig"):
        assert word in page["text"]
    assert "\ufffd" not in page["text"] and "Ã" not in page["text"]


def test_every_bad_page_is_dropped_with_its_reason(hostile_run: dict[str, Any]) -> None:
    parsed, stats = hostile_run["parsed"], hostile_run["stats"]
    expected = Counter(p.expect for p in PAGES if p.expect and p.expect != "repeated_url")
    assert {k: v for k, v in parsed["dropped"].items() if v} == dict(expected)
    # The tracking-parameter copy of a URL is the same URL: requested once, counted as skipped.
    assert stats["skipped"]["repeated_url"] == 1
    # Every page the sitemap listed is accounted for: stored, dropped, or skipped as the same URL.
    assert parsed["kept"] + parsed["dropped_total"] + stats["skipped"]["repeated_url"] == len(PAGES)
    # Per outlet too; the fetch failures are counted in the crawl stats already.
    outlets = parsed["per_outlet"]
    assert sum(o["kept"] for o in outlets.values()) == parsed["kept"]
    fetch_reasons = {"not_found", "timeout", "redirect_loop", "too_large", "robots"}
    assert {k: v for k, v in stats["dropped"].items() if v} == {r: expected[r] for r in fetch_reasons}
    assert stats["per_outlet"]["127.0.0.1"]["dropped"] == {r: expected[r] for r in fetch_reasons}


def test_retries_wait_and_robots_is_obeyed(hostile_run: dict[str, Any]) -> None:
    outlet = hostile_run["outlet"]
    assert outlet.requests["/forbidden/secret.html"] == 0
    assert outlet.requests["/news/flaky500.html"] == 3  # 500, 500, 200
    first, second = outlet.times["/news/ratelimited.html"]
    assert second - first >= 0.9  # Retry-After: 1 honoured
    assert outlet.requests["/news/missing.html"] == 1  # a 404 is not retried
    assert outlet.requests["/news/slow.html"] == 1  # nor is a timeout


def test_agency_copy_in_two_outlets_is_kept_and_related(hostile_run: dict[str, Any]) -> None:
    a, b = sorted((x for x in hostile_run["articles"] if x["title"] == "Verbraucherzentrale mahnt WhatsApp ab"),
                  key=lambda x: x["url"])
    assert a["outlet_id"] != b["outlet_id"] and {a["outlet"], b["outlet"]} == {"Rheinblick Online", "Alpenkurier"}
    assert a["related"] == [b["article_id"]] and b["related"] == [a["article_id"]]
    others = [x for x in hostile_run["articles"] if x["title"] != a["title"]]
    assert all(x["related"] == [] for x in others)
    assert all(len(x["content_sha256"]) == 64 and x["found_via"] == "sitemap" for x in hostile_run["articles"])


def test_the_warc_holds_every_response_and_every_failure(hostile_run: dict[str, Any]) -> None:
    statuses: Counter[str] = Counter()
    failures: dict[str, str] = {}
    with (hostile_run["out"] / "raw.warc.gz").open("rb") as fh:
        for record in ArchiveIterator(fh):
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type == "response":
                statuses[f"{uri.rsplit('/', 1)[-1]} {record.http_headers.get_statuscode()}"] += 1
                if not uri.endswith("/robots.txt"):  # robots.txt is Scrapy's own request
                    assert record.rec_headers.get_header("WARC-Dealwatch-Source") == hostile_run["base"] + "sitemap.xml"
            elif record.rec_type == "metadata":
                failures[uri.rsplit("/", 1)[-1]] = json.loads(record.content_stream().read())["reason"]
    assert statuses["flaky500.html 500"] == 2 and statuses["flaky500.html 200"] == 1
    assert statuses["ratelimited.html 429"] == 1 and statuses["ratelimited.html 200"] == 1
    assert statuses["loop.html 302"] >= 2  # the redirects themselves are archived
    assert statuses["english.html 200"] == statuses["consent.html 200"] == 1  # dropped pages too
    assert failures == {"missing.html": "not_found", "slow.html": "timeout", "loop.html": "redirect_loop",
                        "huge.html": "too_large", "secret.html": "robots"}


def test_reparsing_the_warc_offline_gives_the_same_articles(hostile_run: dict[str, Any], tmp_path: Path) -> None:
    parsed = parse_run(tmp_path, warc=hostile_run["out"] / "raw.warc.gz")
    assert articles(tmp_path) == hostile_run["articles"]
    assert parsed == hostile_run["parsed"]


def test_dealwatch_parse_from_archive(hostile_run: dict[str, Any], data_home: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert dealwatch(["parse", "--from-archive", str(hostile_run["out"] / "raw.warc.gz")]) == 0
    out = capsys.readouterr().out
    assert "7 articles kept" in out and "blocked 3" in out
    (run_dir,) = (data_home / "staging").iterdir()
    assert articles(run_dir) == hostile_run["articles"]
    # Re-parsing that run in place, by its id, gives the same again.
    assert (run_dir / "raw.warc.gz").is_file()  # the archive is copied into the new run
    (run_dir / "articles.jsonl").unlink()
    assert dealwatch(["parse", "--from-archive", run_dir.name]) == 0
    assert articles(run_dir) == hostile_run["articles"]
    capsys.readouterr()
    bad = data_home / "not-a-warc.gz"
    bad.write_bytes(b"this is not a WARC file")
    assert dealwatch(["parse", "--from-archive", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("dealwatch: error:") and "not a readable WARC" in err[0]
