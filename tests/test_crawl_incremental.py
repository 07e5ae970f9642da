"""Incremental and bounded crawls: known URLs are not fetched again unless their lastmod is newer,
the date range and per-outlet filters keep URLs from being requested, and --outlet picks sources."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from pipelines import stages
from pipelines.cli import main as dealwatch
from pipelines.cli_spiders import outlet_sources
from pipelines.errors import UsageError
from tests.fixtures.crawling import FAST, articles
from tests.fixtures.hostile_outlet import _TEXTS, article_html
from tests.fixtures.http_server import serve_directory

TOPICS = ["normal", "flaky", "ratelimited", "umlauts", "triple", "agency"]


def _site(root: Path, base: str, lastmods: list[str]) -> str:
    """Six article pages and a sitemap with the given lastmods; returns the sitemap URL."""
    (root / "news").mkdir(parents=True, exist_ok=True)
    urls = []
    for number, (topic, lastmod) in enumerate(zip(TOPICS, lastmods, strict=True)):
        page = article_html(f"Meldung {number} über WhatsApp und Facebook", _TEXTS[topic], site="Testblatt")
        (root / "news" / f"{number}.html").write_text(page, encoding="utf-8")
        urls.append(f"<url><loc>{base}news/{number}.html</loc><lastmod>{lastmod}</lastmod></url>")
    (root / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?><urlset '
                                      f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{"".join(urls)}</urlset>',
                                      encoding="utf-8")
    return base + "sitemap.xml"


def _crawl(sitemap: str, run_id: str, **kwargs: str) -> tuple[dict, dict]:
    run_dir = stages.run_dir_for(run_id)
    from spiders.crawl import run_crawl
    from pipelines.known_urls import write_known_file

    run_dir.mkdir(parents=True)
    write_known_file(run_dir)
    stats = run_crawl([sitemap], run_dir, settings=FAST, **kwargs)
    return stats, stages.parse(run_dir)


def test_second_run_fetches_only_the_sitemap_and_a_newer_lastmod_is_fetched_again(
        tmp_path: Path, data_home: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    with serve_directory(root) as base:
        sitemap = _site(root, base, ["2016-08-25"] * 6)
        first, parsed = _crawl(sitemap, "20260101T000000Z-aaaaaa")
        assert first["fetched"] == 6 and parsed["kept"] == 6
        second, _ = _crawl(sitemap, "20260101T000001Z-bbbbbb")
        assert second["fetched"] == 0 and second["skipped"]["known"] == 6
        # One page changed after it was fetched: only that one is fetched again.
        _site(root, base, ["2016-08-25"] * 5 + ["2099-01-01"])
        third, parsed = _crawl(sitemap, "20260101T000002Z-cccccc")
        assert third["fetched"] == 1 and third["skipped"]["known"] == 5
        assert [a["url"] for a in articles(stages.run_dir_for("20260101T000002Z-cccccc"))] == [base + "news/5.html"]
    known = (stages.run_dir_for("20260101T000001Z-bbbbbb") / "known.jsonl").read_text().splitlines()
    assert len(known) == 6 and all(json.loads(line)["lastmod"] for line in known)


def test_the_date_range_skips_urls_dated_outside_it(tmp_path: Path, data_home: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    with serve_directory(root) as base:
        sitemap = _site(root, base, ["2013-05-01", "2014-02-19", "2016-08-25", "2016-09-27", "2021-01-12", "2024-01-01"])
        stats, parsed = _crawl(sitemap, "20260101T000000Z-dddddd", date_from="2014-01-01", date_to="2021-12-31")
    assert stats["fetched"] == 4 and stats["skipped"]["out_of_range"] == 2
    assert parsed["kept"] == 4


def test_outlet_filters_from_the_outlets_file(tmp_path: Path) -> None:
    outlets = tmp_path / "outlets.toml"
    outlets.write_text('[[outlet]]\nid = "local"\nname = "Lokalblatt"\ncountry = "DE"\nhosts = ["127.0.0.1"]\n'
                       '[outlet.filters]\nsitemap_include = "news"\nurl_exclude = "/news/[45]\\\\.html"\n',
                       encoding="utf-8")
    root = tmp_path / "site"
    root.mkdir()
    with serve_directory(root) as base:
        _site(root, base, ["2016-08-25"] * 6)
        (root / "sitemap-index.xml").write_text(
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f'<sitemap><loc>{base}sitemap.xml?part=news</loc></sitemap>'
            f'<sitemap><loc>{base}sitemap.xml?part=archive-2003</loc></sitemap></sitemapindex>', encoding="utf-8")
        from spiders.crawl import run_crawl

        stats = run_crawl([base + "sitemap-index.xml"], tmp_path / "out",
                          settings={**FAST, "DEALWATCH_OUTLETS_FILE": str(outlets)})
    # The archive child sitemap is never fetched; two article URLs are excluded by pattern.
    assert stats["skipped"]["filtered"] == 3
    assert stats["fetched"] == 4 and list(stats["per_outlet"]) == ["local"]


def test_outlet_options_pick_the_outlets_sources(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    args = argparse.Namespace(outlet=["heise", "DER STANDARD"], all_outlets=False)
    sources = outlet_sources(args)
    assert "https://www.heise.de/rss/heise-atom.xml" in sources
    assert "https://www.derstandard.at/rss" in sources
    assert len(outlet_sources(argparse.Namespace(outlet=None, all_outlets=True))) > len(sources)
    with pytest.raises(UsageError, match="nosuch"):
        outlet_sources(argparse.Namespace(outlet=["nosuch"], all_outlets=False))
    assert dealwatch(["crawl", "--outlet", "nosuch"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown outlet" in err[0]
    assert dealwatch(["outlets"]) == 0
    out = capsys.readouterr().out
    assert "heise.de" in out and "derstandard.at" in out and "nzz.ch" in out
    assert dealwatch(["outlets", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) >= 15 and {r["country"] for r in rows} == {"DE", "AT", "CH"}


def test_known_urls_are_those_of_the_run_s_own_warehouse(
        tmp_path: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page already in the run's warehouse is known; one stored only in another warehouse is not."""
    from pipelines import steps
    from pipelines.known_urls import write_known_file
    from pipelines.rundir import RunDir
    from spiders.known import read_known
    from tests.fixtures.warehouse_data import article, empty_warehouse, load

    stored = tmp_path / "stored.duckdb"
    load(tmp_path, stored, [article("a1", "Blatt", lastmod="2016-08-25",
                                    capture_url="https://archiv.example/2016/blatt.example/a1")], [])
    other = empty_warehouse(tmp_path / "other.duckdb")

    (tmp_path / "to-stored").mkdir()
    write_known_file(tmp_path / "to-stored", stored)
    known = read_known(tmp_path / "to-stored" / "known.jsonl")
    assert known["https://blatt.example/a1"] == "2016-08-25"
    assert "https://archiv.example/2016/blatt.example/a1" in known
    (tmp_path / "to-other").mkdir()
    write_known_file(tmp_path / "to-other", other)
    assert read_known(tmp_path / "to-other" / "known.jsonl") == {}

    # The flow's crawl step hands each source the known URLs of the warehouse named in the run's parameters.
    seen: list[dict] = []

    def fake_crawl(source: str, source_dir: Path, *rest: object) -> dict:
        seen.append(read_known(source_dir / "known.jsonl"))
        (source_dir / "raw.warc.gz").write_bytes(b"")
        (source_dir / "crawl_stats.json").write_text("{}")
        return {"pages_seen": 0, "failed_sources": []}

    monkeypatch.setitem(steps.FUNCTIONS, "crawl", fake_crawl)
    steps.crawl(RunDir.create("r-known", {"db": str(stored)}), ["http://127.0.0.1:1/a"], False, steps.run_sequentially)
    assert "https://blatt.example/a1" in seen[0]
