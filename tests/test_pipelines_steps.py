"""The run's steps without Prefect: per-source and per-batch isolation, resume, skipping unchanged articles, run records."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines import atomic, steps
from pipelines.recording import RunRecord
from pipelines.rundir import RunDir
from spiders.errors import SourceError
from warehouse.staged_claims import fresh_parquet

TEXTS = [
    "Facebook übernahm WhatsApp im Jahr 2014 für 19 Milliarden Dollar.",
    "Der Kaufpreis für WhatsApp lag bei rund 22 Milliarden US-Dollar, schrieb die Zeitung am Montag.",
    "Heute regnet es in Hamburg, der Hafen bleibt ruhig.",
    "WhatsApp gibt die Telefonnummer seiner Nutzer an Facebook weiter.",
    "Für WhatsApp zahlte Facebook 2014 etwa 19 Mrd. Dollar.",
]


def _article(i: int, text: str) -> dict[str, Any]:
    return {
        "article_id": f"{i:016x}", "url": f"http://127.0.0.1/a{i}.html", "canonical_url": f"http://127.0.0.1/a{i}.html",
        "outlet": "Testblatt", "title": f"Artikel {i}", "authors": [], "published": "2014-02-20", "language": "de",
        "text": text, "html_sha256": f"{i:064x}", "fetched_at": "2026-11-30T10:00:00+00:00", "source": "http://127.0.0.1/",
    }


@pytest.fixture
def staged_run(data_home: Path) -> RunDir:
    """A run whose crawl and parse are done: five articles staged."""
    run = RunDir.create("20261130T100000Z-test01", {"sources": ["http://127.0.0.1/"], "all_topics": False,
                                                    "db": str(data_home / "w.duckdb"), "out": str(data_home / "r")})
    atomic.write_jsonl(run.path / "articles.jsonl", [_article(i, t) for i, t in enumerate(TEXTS)])
    run.complete("crawl", {"pages_seen": 5})
    run.complete("parse", {"articles_crawled": 5})
    return run


def test_a_failed_source_is_recorded_and_the_others_go_on(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_crawl(source: str, source_dir: Path, *rest: Any) -> dict[str, Any]:
        if "down" in source:
            raise SourceError(f"{source}: connection refused", permanent=False)
        source_dir.mkdir(parents=True)
        (source_dir / "raw.warc.gz").write_bytes(source.encode())
        (source_dir / "crawl_stats.json").write_text("{}")
        return {"pages_seen": 3, "dropped": {"off_topic": 1}, "failed_sources": []}

    monkeypatch.setitem(steps.FUNCTIONS, "crawl", fake_crawl)
    run = RunDir.create("r-crawl", {})
    sources = ["http://127.0.0.1:1/a", "http://down.invalid/", "http://127.0.0.1:1/b"]
    counts = steps.crawl(run, sources, False, steps.run_sequentially)
    assert counts == {"pages_seen": 6, "sources_failed": 1}
    stats = json.loads((run.path / "crawl_stats.json").read_text())
    assert stats["dropped"] == {"off_topic": 2}
    assert [f["source"] for f in stats["failed_sources"]] == ["http://down.invalid/"]
    assert "connection refused" in stats["failed_sources"][0]["error"]
    # the two good archives, concatenated in source order
    assert (run.path / "raw.warc.gz").read_bytes() == b"http://127.0.0.1:1/ahttp://127.0.0.1:1/b"
    assert RunDir.open("r-crawl").failures() == [
        {"stage": "crawl", "item": "http://down.invalid/", "error": "SourceError: http://down.invalid/: connection refused"}
    ]
    assert json.loads((run.path / "errors.jsonl").read_text())["url"] == "http://down.invalid/"


def test_every_source_failing_stops_the_run_and_says_whether_retrying_helps(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_crawl(source: str, source_dir: Path, *rest: Any) -> dict[str, Any]:
        raise SourceError(f"{source}: HTTP 404", permanent=True)

    monkeypatch.setitem(steps.FUNCTIONS, "crawl", fake_crawl)
    run = RunDir.create("r-dead", {})
    with pytest.raises(SourceError) as raised:
        steps.crawl(run, ["http://127.0.0.1:1/x", "http://127.0.0.1:1/y"], False, steps.run_sequentially)
    assert raised.value.permanent
    assert "HTTP 404" in str(raised.value)
    assert not run.done("crawl")


def test_a_failed_batch_is_recorded_and_the_other_batches_are_loaded(
    staged_run: RunDir, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = steps.FUNCTIONS["extract"]

    def flaky(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if any("22 Milliarden" in a["text"] for a in articles):
            raise ValueError("[E088] Text of length 1200000 exceeds maximum of 1000000")
        return real(articles)

    monkeypatch.setitem(steps.FUNCTIONS, "extract", flaky)
    counts = steps.extract(staged_run, steps.run_sequentially, batch_size=2)
    # batches: [0, 1] fails, [2, 3] and [4] go through
    assert counts["articles_extracted"] == 3
    loadable = [a["article_id"] for a in atomic.read_jsonl(staged_run.path / steps.LOAD_ARTICLES_FILE)]
    assert loadable == [f"{i:016x}" for i in (2, 3, 4)]
    claims = list(atomic.read_jsonl(staged_run.path / "claims.jsonl"))
    assert {c["article_id"] for c in claims} <= set(loadable)
    assert any(c["type"] == "price" and c["value"] == 19e9 for c in claims)
    with duckdb.connect() as con:  # the claims' Parquet form, written after them, is current: the load reads it
        assert fresh_parquet(con, staged_run.path / "claims.jsonl") is not None
    errors = list(atomic.read_jsonl(staged_run.path / "errors.jsonl"))
    assert {e["article_id"] for e in errors} == {f"{i:016x}" for i in (0, 1)}
    assert all("E088" in e["error"] for e in errors)
    db = data_home / "w.duckdb"
    loaded = steps.load(staged_run, db)
    assert loaded["articles_loaded"] == 3
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 3


def test_resume_redoes_only_the_batches_without_claims(staged_run: RunDir, monkeypatch: pytest.MonkeyPatch) -> None:
    real = steps.FUNCTIONS["extract"]
    calls: list[int] = []
    state = {"fail": True}

    def counting(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
        calls.append(len(articles))
        if state["fail"] and any("Telefonnummer" in a["text"] for a in articles):
            raise RuntimeError("worker lost")
        return real(articles)

    monkeypatch.setitem(steps.FUNCTIONS, "extract", counting)
    steps.extract(staged_run, steps.run_sequentially, batch_size=2)
    assert calls == [2, 2, 1]
    first_claims = (staged_run.path / "batches" / "claims-00000.jsonl").read_text()
    state["fail"] = False
    calls.clear()
    counts = steps.extract(RunDir.open(staged_run.run_id), steps.run_sequentially, batch_size=2)
    assert calls == [2]  # only the batch that failed
    assert counts["articles_extracted"] == 5
    assert (staged_run.path / "batches" / "claims-00000.jsonl").read_text() == first_claims


def test_unchanged_articles_are_not_extracted_again(staged_run: RunDir, data_home: Path) -> None:
    from pipelines.flow import unchanged_in

    db = data_home / "w.duckdb"
    steps.extract(staged_run, steps.run_sequentially)
    steps.load(staged_run, db)
    articles = list(atomic.read_jsonl(staged_run.path / "articles.jsonl"))
    unchanged = unchanged_in(db)
    assert unchanged(articles) == {a["article_id"] for a in articles}
    articles[0]["text"] += " Ein Satz mehr."
    assert unchanged(articles) == {a["article_id"] for a in articles[1:]}
    with duckdb.connect(str(db)) as con:
        con.execute("update extractions set extractor_version = 'older'")
    assert unchanged(articles) == set()


def test_the_load_step_publishes_the_warehouse_once_with_its_extraction_records(
    staged_run: RunDir, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from warehouse import publish

    db = data_home / "w.duckdb"
    steps.extract(staged_run, steps.run_sequentially)
    published: list[str] = []
    real_replace = os.replace

    def counting_replace(src: Any, dst: Any) -> None:
        if Path(dst) == db:
            published.append(str(src))
        real_replace(src, dst)

    monkeypatch.setattr(publish.os, "replace", counting_replace)
    counts = steps.load(staged_run, db)
    assert len(published) == 1  # claims and extraction records went out in one copy, one transaction
    with duckdb.connect(str(db), read_only=True) as con:
        recorded = dict(con.execute("select article_id, text_sha256 from extractions").fetchall())
        assert con.execute("select count(*) from claims").fetchone()[0] == counts["claims_loaded"] > 0
    articles = list(atomic.read_jsonl(staged_run.path / "articles.jsonl"))
    assert recorded == {a["article_id"]: steps.text_sha256(a) for a in articles}


def test_run_states_are_set_after_the_last_stage(staged_run: RunDir, data_home: Path) -> None:
    db = data_home / "w.duckdb"
    record = RunRecord(db, staged_run, "run")
    record.start(["http://127.0.0.1/"])
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select state from runs").fetchall() == [("running",)]
    staged_run.stages["crawl"]["failures"] = [{"stage": "crawl", "item": "http://down.invalid/", "error": "SourceError: refused"}]
    verdict = record.finish()
    assert verdict.state == "partial"
    assert "http://down.invalid/" in verdict.line()
    with duckdb.connect(str(db), read_only=True) as con:
        state, error, failures, stage, pid = con.execute("select state, error, failures, stage, pid from runs").fetchone()
    assert state == "partial" and "http://down.invalid/" in error and stage == "parse" and pid
    assert json.loads(failures)[0]["item"] == "http://down.invalid/"
    assert record.finish(RuntimeError("report: disk full")).state == "failed"


def test_a_run_left_running_by_a_killed_process_is_marked_abandoned(staged_run: RunDir, data_home: Path) -> None:
    db = data_home / "w.duckdb"
    child = subprocess.run(
        [sys.executable, "-c", "import os, sys; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    dead_pid = int(child.stdout)
    from warehouse.runs import start_run

    from pipelines.recording import process_identity

    host, _, _ = process_identity()
    start_run(db, "killed-run", [], host=host, pid=dead_pid, pid_started=1.0)
    start_run(db, "other-host-run", [], host="elsewhere", pid=dead_pid, pid_started=1.0)
    RunRecord(db, staged_run, "run").start([])
    with duckdb.connect(str(db), read_only=True) as con:
        states = dict(con.execute("select run_id, state from runs").fetchall())
    assert states == {"killed-run": "abandoned", "other-host-run": "running", staged_run.run_id: "running"}


def test_atomic_writes_leave_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    atomic.write_jsonl(target, [{"a": 1}])
    with pytest.raises(RuntimeError):
        with atomic.atomic_open(target) as out:
            out.write('{"half": ')
            raise RuntimeError("killed")
    assert list(atomic.read_jsonl(target)) == [{"a": 1}]
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]


def test_a_scheduled_run_resumes_the_last_failed_run_of_the_same_sources_a_few_times(
    staged_run: RunDir, data_home: Path
) -> None:
    from pipelines import settings
    from pipelines.flow import failed_run_to_resume

    db = Path(staged_run.params["db"])
    RunRecord(db, staged_run, "run").finish(RuntimeError("load: disk full"))
    params = dict(staged_run.params)
    assert failed_run_to_resume(db, params).run_id == staged_run.run_id
    assert failed_run_to_resume(db, {**params, "sources": ["http://127.0.0.1/other"]}) is None
    staged_run.attempts = settings.AUTO_RESUME_ATTEMPTS
    staged_run.save()
    assert failed_run_to_resume(db, params) is None  # tried often enough: start afresh
    staged_run.attempts = 1
    staged_run.save()
    RunRecord(db, staged_run, "run").finish()
    assert failed_run_to_resume(db, params) is None  # the last run completed


def test_a_crawl_cut_short_resumes_with_the_sources_not_yet_crawled(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def fake_crawl(source: str, source_dir: Path, *rest: Any) -> dict[str, Any]:
        calls.append(source)
        if source.endswith("/b") and len(calls) == 2:
            raise KeyboardInterrupt  # the process is stopped in the middle of the second source
        source_dir.mkdir(parents=True, exist_ok=True)
        (source_dir / "raw.warc.gz").write_bytes(source.encode())
        stats = {"pages_seen": 2, "failed_sources": []}
        (source_dir / "crawl_stats.json").write_text(json.dumps(stats))
        return stats

    monkeypatch.setitem(steps.FUNCTIONS, "crawl", fake_crawl)
    sources = ["http://127.0.0.1:1/a", "http://127.0.0.1:1/b"]
    run = RunDir.create("r-cut", {})
    with pytest.raises(KeyboardInterrupt):
        steps.crawl(run, sources, False, steps.run_sequentially)
    assert not RunDir.open("r-cut").done("crawl")
    calls.clear()
    counts = steps.crawl(RunDir.open("r-cut"), sources, False, steps.run_sequentially)
    assert calls == ["http://127.0.0.1:1/b"]
    assert counts == {"pages_seen": 4, "sources_failed": 0}
    assert (run.path / "raw.warc.gz").read_bytes() == b"http://127.0.0.1:1/ahttp://127.0.0.1:1/b"


def test_the_error_of_a_failed_source_names_it_once() -> None:
    assert steps._naming("http://x/", "SourceError: http://x/: connection refused") == "http://x/: connection refused"
    assert steps._naming("http://x/", "RuntimeError: crawler process failed") == "http://x/: RuntimeError: crawler process failed"


def test_extract_names_the_line_of_a_staged_record_that_is_no_article(staged_run: RunDir) -> None:
    # The same reader and check as models.extract.extract_file (models/articles.py): file and line in one message.
    path = staged_run.path / "articles.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], "", json.dumps({"article_id": "x"}), *lines[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"articles\.jsonl:3: an article needs 'article_id' and 'text'$"):
        steps.extract(staged_run, steps.run_sequentially, batch_size=2)
