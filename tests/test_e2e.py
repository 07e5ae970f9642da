"""End to end: the Prefect flow against the demo site served over HTTP on 127.0.0.1.

One Prefect API server serves the whole session (`prefect_api` in conftest);
the flow runs in this process, Scrapy in its own subprocess.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.fixtures.http_server import demo_server  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def first_run(demo_server: str, prefect_api: str, tmp_path_factory: pytest.TempPathFactory) -> dict:  # noqa: F811
    """One flow run over the demo sitemap, over HTTP; shared by the assertions below."""
    from pipelines.flow import dealwatch_run

    home = tmp_path_factory.mktemp("e2e") / "data"
    os.environ["DEALWATCH_HOME"] = str(home)
    try:
        result = dealwatch_run(
            sources=[demo_server + "sitemap.xml"],
            db=str(home / "dealwatch.duckdb"),
            out=str(home / "reports"),
        )
    finally:
        os.environ.pop("DEALWATCH_HOME", None)
    return {"result": result, "home": home, "db": home / "dealwatch.duckdb"}


def test_the_five_german_deal_articles_are_loaded(first_run: dict) -> None:
    db = first_run["db"]
    assert _rows(db, "select count(*) from articles") == [(5,)]
    assert first_run["result"]["counts"]["articles_crawled"] == 5
    urls = [u for (u,) in _rows(db, "select url from articles")]
    assert all(u.startswith("http://127.0.0.1:") for u in urls)
    languages = {lang for (lang,) in _rows(db, "select distinct language from articles")}
    assert languages == {"de"}


def test_price_claims_hold_19_and_20_billion_dollars(first_run: dict) -> None:
    values = _rows(first_run["db"], "select distinct value, currency from claims where type = 'price' order by value")
    assert values == [(19e9, "USD"), (20e9, "USD")]


def test_the_price_contradiction_is_in_the_view(first_run: dict) -> None:
    rows = _rows(first_run["db"], "select [s.label for s in sides], explanation from contradictions where question_id = 'price'")
    assert rows == [(["19000000000 USD", "20000000000 USD"], None)]


def test_every_claim_is_traceable_to_its_article_text(first_run: dict) -> None:
    rows = _rows(
        first_run["db"],
        "select c.text, c.start_char, c.end_char, a.text, c.sentence from claims c join articles a using (article_id)",
    )
    assert rows
    for span, start, end, article_text, sentence in rows:
        assert article_text[start:end] == span
        assert span in sentence


def test_the_run_is_recorded_and_the_report_written(first_run: dict) -> None:
    runs = _rows(first_run["db"], "select run_id, state, articles_loaded, ended_at is not null from runs")
    assert runs == [(first_run["result"]["run_id"], "completed", 5, True)]
    report = Path(first_run["result"]["report"])
    html = report.read_text(encoding="utf-8")
    assert report.name == "index.html" and "<svg" in html
    price = (report.parent / "questions" / "price.html").read_text(encoding="utf-8").replace("\u00a0", " ")
    assert "19 Mrd. US-Dollar" in price and "20 Mrd. US-Dollar" in price
    staging = Path(first_run["result"]["staging"])
    assert {p.name for p in staging.iterdir()} >= {"articles.jsonl", "claims.jsonl", "raw.warc.gz", "crawl_stats.json"}


def test_a_second_run_leaves_the_same_rows(first_run: dict, demo_server: str) -> None:  # noqa: F811
    from pipelines.flow import dealwatch_run

    db = first_run["db"]
    before = _rows(db, "select (select count(*) from articles), (select count(*) from claims)")
    dealwatch_run(sources=[demo_server + "feed.xml"], db=str(db), out=str(first_run["home"] / "reports"))
    after = _rows(db, "select (select count(*) from articles), (select count(*) from claims)")
    assert after == before
    assert _rows(db, "select count(*), count(distinct state) from runs") == [(2, 1)]


def test_the_command_line_run_exits_0_and_an_unreachable_source_exits_1(
    prefect_api: str, demo_server: str, tmp_path: Path  # noqa: F811
) -> None:
    env = {**os.environ, "PREFECT_API_URL": prefect_api, "DEALWATCH_HOME": str(tmp_path / "data")}
    ok = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--source", demo_server + "articles/facebook-will-daten-aus-whatsapp-nutzen.html"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert ok.returncode == 0, ok.stderr
    claims = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "sql", "select value from claims where type = 'price'", "--format", "json"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert json.loads(claims.stdout) == [{"value": 20e9}]
    bad = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--source", "http://127.0.0.1:9/sitemap.xml"],
        env={**env, "DEALWATCH_CRAWL_RETRIES": "0"}, capture_output=True, text=True, timeout=300,
    )
    assert bad.returncode == 1, bad.stderr  # every source failed: a failed run, not bad input
    assert "Traceback" not in bad.stderr
    # Prefect's progress lines may precede it; the verdict is one line of our own, last.
    verdict = [line for line in bad.stderr.splitlines() if line.startswith("dealwatch:")]
    assert verdict == [bad.stderr.strip().splitlines()[-1]]
    assert "127.0.0.1:9" in verdict[0]
    # Nothing already stored is lost: the first run's article is still there.
    assert _rows(tmp_path / "data" / "dealwatch.duckdb", "select count(*) from articles") == [(1,)]
