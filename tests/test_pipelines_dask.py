"""`run --runner dask`: extraction batches on a local Dask cluster give exactly the claims of the default runner."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from pipelines import atomic, flow
from pipelines.cmd_run import task_runner
from pipelines.rundir import RunDir

pytestmark = pytest.mark.e2e

SENTENCES = [
    "Facebook kaufte WhatsApp 2014 für 19 Milliarden US-Dollar.",
    "Der Preis lag nach Angaben des Konzerns bei knapp 22 Milliarden Dollar, als der Kauf abgeschlossen war.",
    "Seit 2016 gibt WhatsApp die Telefonnummern seiner Nutzer an Facebook weiter.",
    "Der Weitergabe der Daten an Facebook kann man nicht widersprechen.",
    "Für Werbezwecke können Nutzer der Verwendung ihrer Daten widersprechen.",
    "Im Stadtpark blühen schon die ersten Krokusse.",
]


def _staged_run(run_id: str, home: Path) -> RunDir:
    """A run whose crawl and parse are done: 24 articles, mixes of the sentences above."""
    run = RunDir.create(run_id, {"sources": ["http://127.0.0.1/"], "all_topics": False,
                                 "db": str(home / f"{run_id}.duckdb"), "out": str(home / f"{run_id}-report"),
                                 "batch_size": 5})
    articles = []
    for i in range(24):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 4))
        articles.append({"article_id": f"{i:016x}", "url": f"http://127.0.0.1/{i}.html",
                         "canonical_url": f"http://127.0.0.1/{i}.html", "outlet": "Testblatt", "title": f"Nr. {i}",
                         "authors": [], "published": "2016-08-25", "language": "de", "text": text,
                         "html_sha256": f"{i:064x}", "fetched_at": "2026-11-30T10:00:00+00:00",
                         "source": "http://127.0.0.1/"})
    atomic.write_jsonl(run.path / "articles.jsonl", articles)
    run.complete("crawl", {"pages_seen": 24})
    run.complete("parse", {"articles_crawled": 24})
    return run


def _claims(run: RunDir) -> list[str]:
    return sorted(json.dumps(c, sort_keys=True) for c in atomic.read_jsonl(run.path / "claims.jsonl"))


def test_dask_and_default_runner_give_identical_claims(prefect_api: str, data_home: Path) -> None:
    default_run, dask_run = _staged_run("default-run", data_home), _staged_run("dask-run", data_home)
    flow.dealwatch_run(resume=default_run.run_id)
    result = flow.dealwatch_run.with_options(task_runner=task_runner("dask", None))(resume=dask_run.run_id)
    assert result["state"] == "completed"
    assert json.loads((dask_run.path / "batches" / "plan.json").read_text())["batches"].__len__() == 5
    default_claims, dask_claims = _claims(RunDir.open("default-run")), _claims(RunDir.open("dask-run"))
    assert len(default_claims) > 24
    assert dask_claims == default_claims
    with duckdb.connect(str(data_home / "dask-run.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 24
        assert con.execute("select count(*) from claims").fetchone()[0] == len(dask_claims)
