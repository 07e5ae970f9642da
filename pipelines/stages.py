"""The pipeline stages as plain functions, testable without Prefect.

Each stage reads the previous stage's files in a staging run directory and
writes its own (docs/stages.md), so any stage can be re-run alone. This is the
only module that knows every stage; the Prefect flow and the CLI call it.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipelines import paths
from pipelines.errors import UsageError

ARTICLES_FILE = "articles.jsonl"
CLAIMS_FILE = "claims.jsonl"


def new_run_id() -> str:
    """A sortable, unique run id: UTC timestamp plus a short random suffix."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


def run_dir_for(run_id: str) -> Path:
    """The staging directory of one run."""
    return paths.staging_root() / run_id


def latest_run_dir(required_file: str = ARTICLES_FILE) -> Path:
    """The newest staging run directory that holds `required_file`."""
    root = paths.staging_root()
    candidates = sorted(p for p in root.glob("*") if (p / required_file).is_file()) if root.is_dir() else []
    if not candidates:
        raise UsageError(f"no staged run with {required_file} under {root}; run 'dealwatch crawl' first")
    return candidates[-1]


def resolve_run_dir(run_id: str | None, required_file: str) -> Path:
    """The staging directory named by `--run`, or the latest one holding `required_file`."""
    if run_id is None:
        return latest_run_dir(required_file)
    run_dir = run_dir_for(run_id)
    if not (run_dir / required_file).is_file():
        raise UsageError(f"staged run {run_id!r} has no {required_file} (looked in {run_dir})")
    return run_dir


def demo_sitemap_url() -> str:
    """Write the bundled demo site under the data directory and return its sitemap's file:// URL."""
    from spiders.demo_site import materialize

    target = paths.demo_site_dir()
    site = materialize(target.resolve().as_uri() + "/", target)
    return (Path(site) / "sitemap.xml").resolve().as_uri()


def crawl(sources: list[str], run_dir: Path, *, all_topics: bool = False, dates: Any = None) -> dict[str, Any]:
    """Fetch `sources` into `run_dir` (raw.warc.gz, crawl_stats.json); returns the crawl stats.

    `dates` (a spiders.sources.candidates.DateRange) limits archive sources and
    sitemap/feed discovery. Writes known.jsonl first, so URLs already staged
    are not fetched again.
    """
    from pipelines.known_urls import write_known_file
    from spiders.crawl import run_crawl

    run_dir.mkdir(parents=True, exist_ok=True)
    write_known_file(run_dir)
    return run_crawl(sources, run_dir, all_topics=all_topics, dates=dates,
                     state_dir=paths.data_home() / "archive_state")


def parse(run_dir: Path, *, all_topics: bool = False, warc: Path | None = None) -> dict[str, Any]:
    """Turn the run's WARC (or `warc`) into articles.jsonl + parse_stats.json, offline; returns the parse stats."""
    from spiders.parse import parse_run

    return parse_run(run_dir, warc=warc, all_topics=all_topics)


def extract_articles(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claim records of a batch of article records (runs on any worker, no files)."""
    from models.extract import extract_records
    from models.extraction_process import ready_pipeline

    ready_pipeline()  # a worker's first batch freezes the loaded pipeline out of the collector's walks
    return list(extract_records(articles))


def load_articles_file(run_dir: Path) -> Path:
    """The articles a load takes: those whose extraction succeeded (load_articles.jsonl), else all."""
    selected = run_dir / "load_articles.jsonl"
    return selected if selected.is_file() else run_dir / ARTICLES_FILE


def extract(run_dir: Path) -> int:
    """Extract claims from the run's articles; returns the number of claims written."""
    from models.extract import extract_file
    from models.extraction_process import ready_pipeline

    ready_pipeline()  # the loaded pipeline frozen out of the collector's walks (models/extraction_process.py)
    written = extract_file(run_dir / ARTICLES_FILE, run_dir / CLAIMS_FILE)
    stage_claims(run_dir)
    return written


def stage_claims(run_dir: Path) -> None:
    """Write claims.parquet beside the run's claims.jsonl: the typed form the load reads (warehouse/staged_claims.py)."""
    from warehouse.staged_claims import stage_claims as write_parquet

    write_parquet(run_dir / CLAIMS_FILE)


def load(run_dir: Path, db_path: Path, run_id: str | None = None, extractor_version: str | None = None) -> dict[str, int]:
    """Load the run's articles and claims into the warehouse in one transaction (one publish).

    With `extractor_version`, the loaded articles are recorded as extracted by
    it in the same transaction (their texts are then not extracted again).
    """
    from warehouse.load import load_staged

    return load_staged(
        db_path, load_articles_file(run_dir), run_dir / CLAIMS_FILE, run_id=run_id, outlets=outlet_records(),
        extractor_version=extractor_version,
    )


def reextract(db_path: Path) -> dict[str, Any]:
    """Re-run claim extraction over the article texts stored in the warehouse and load the claims.

    No crawling: the stored articles are staged as a run of their own
    (`<run_id>/articles.jsonl`, then `claims.jsonl`), so the input is kept
    like any run's, and each article's claims are replaced by the new ones in
    one transaction. Returns the run id and counts.
    """
    from warehouse.load import replace_claims
    from warehouse.read import write_article_records

    run_id = new_run_id()
    run_dir = run_dir_for(run_id)
    run_dir.mkdir(parents=True, exist_ok=True)
    article_ids = write_article_records(db_path, run_dir / ARTICLES_FILE)
    extracted = extract(run_dir)
    loaded = replace_claims(db_path, article_ids, run_dir / CLAIMS_FILE, run_id=run_id)
    return {"run_id": run_id, "claims_extracted": extracted, **loaded}


def outlet_records() -> list[dict[str, Any]]:
    """The outlets of spiders/outlets.toml as records for the warehouse's `outlets` table ([] before issue 6 lands them)."""
    from spiders import outlets

    records = getattr(outlets, "outlet_records", None)
    return list(records()) if records else []


def report(db_path: Path, out_dir: Path, lang: str = "de") -> Path:
    """Build the HTML report site from the warehouse; returns the index.html path."""
    from reports.build import build_report

    return build_report(db_path, out_dir, lang=lang)
