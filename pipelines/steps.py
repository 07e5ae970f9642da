"""The stages of one run, mapped over sources and batches, with the mapping engine left open.

Each step reads what the previous one staged in the run directory, maps its
work item by item through a `Mapper`, merges the items' outputs atomically,
and marks itself done in `state.json`. A failed item (a source, a batch) is
recorded with its error and the step goes on with the others; only a step
with nothing left to go on with raises.

The flow passes a mapper that submits Prefect tasks (any task runner: threads,
Dask); the stage commands (`dealwatch crawl`, ...) pass `run_sequentially`.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from models.articles import read_articles
from pipelines import atomic, progress, settings, stages
from pipelines.related import relate_run
from pipelines.rundir import RunDir

SOURCES_DIR = "sources"
BATCHES_DIR = "batches"
LOAD_ARTICLES_FILE = "load_articles.jsonl"


@dataclass
class Outcome:
    """The result of one mapped item: its value, or the one-line error that stopped it."""

    value: Any = None
    error: str | None = None
    permanent: bool = True  # for a failed source: could a later attempt succeed?
    seconds: float = 0.0  # time spent in the item's own work (not in the engine mapping it)

    @property
    def ok(self) -> bool:
        return self.error is None


class Mapper(Protocol):
    """Run `kind`'s function once per argument tuple; report each outcome as it arrives."""

    def __call__(
        self, kind: str, items: Sequence[tuple[Any, ...]], on_done: Callable[[int, Outcome], None]
    ) -> list[Outcome]: ...


#: The plain function behind each mapped kind (the flow maps the Prefect task of the same name).
def _crawl_source(
    source: str, source_dir: Path, all_topics: bool, date_from: str | None = None, date_to: str | None = None
) -> dict[str, Any]:
    from spiders.errors import SourceError
    from spiders.sources.candidates import DateRange

    try:
        return stages.crawl([source], source_dir, all_topics=all_topics, dates=DateRange.parse(date_from, date_to))
    except SourceError as exc:  # one source: "every source failed: URL: reason" says less than "URL: reason"
        raise SourceError(str(exc).removeprefix("every source failed: "), permanent=exc.permanent) from None


def _parse_source(source_dir: Path, all_topics: bool) -> dict[str, Any]:
    return stages.parse(source_dir, all_topics=all_topics)


def _extract_batch(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return stages.extract_articles(articles)


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "crawl": _crawl_source,
    "parse": _parse_source,
    "extract": _extract_batch,
}


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message, with its type for context."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


def run_sequentially(
    kind: str, items: Sequence[tuple[Any, ...]], on_done: Callable[[int, Outcome], None]
) -> list[Outcome]:
    """The mapper of the stage commands: one item after the other, in this process."""
    outcomes = []
    for index, args in enumerate(items):
        started = time.perf_counter()
        try:
            outcome = Outcome(value=FUNCTIONS[kind](*args))
        except Exception as exc:  # noqa: BLE001 (an item's failure is recorded, the others go on)
            outcome = Outcome(error=one_line(exc), permanent=getattr(exc, "permanent", True))
        outcome.seconds = time.perf_counter() - started
        on_done(index, outcome)
        outcomes.append(outcome)
    return outcomes


class StageClock:
    """A stage's own time: its wall time, less the time spent mapping, plus the items' own work.

    What is left of a flow's wall time after every stage's own time is the
    orchestration overhead (task submission, state tracking, the API), which
    `make bench` reports.
    """

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.mapped_wall = 0.0
        self.item_seconds = 0.0

    def map(self, mapper: Mapper, kind: str, items: Sequence[tuple[Any, ...]],
            on_done: Callable[[int, Outcome], None]) -> list[Outcome]:
        started = time.perf_counter()
        outcomes = mapper(kind, items, on_done)
        self.mapped_wall += time.perf_counter() - started
        self.item_seconds += sum(o.seconds for o in outcomes)
        return outcomes

    def own_seconds(self) -> float:
        return round(time.perf_counter() - self.started - self.mapped_wall + self.item_seconds, 4)


# ---------------------------------------------------------------- crawl


def crawl(
    run: RunDir, sources: list[str], all_topics: bool, mapper: Mapper,
    date_from: str | None = None, date_to: str | None = None,
) -> dict[str, Any]:
    """Crawl every source into its own directory, then merge them into the run directory.

    `date_from`/`date_to` (YYYY[-MM[-DD]]) limit archive sources (wayback:, commoncrawl:).

    A failed source is recorded (crawl_stats.json `failed_sources`, the run's
    failures) and the others go on; raises SourceError when every source failed.
    """
    from spiders.errors import AllSourcesFailed

    clock = StageClock()
    source_dirs = [run.path / SOURCES_DIR / f"{i:03d}" for i in range(len(sources))]
    bar = progress.current().stage("crawl", total=len(sources), unit="sources")

    # A source crawled by an earlier attempt of this run (its stats are in place) is not crawled again.
    earlier = {
        i: json.loads((d / "crawl_stats.json").read_text(encoding="utf-8"))
        for i, d in enumerate(source_dirs) if (d / "crawl_stats.json").is_file()
    }
    pending = [i for i in range(len(sources)) if i not in earlier]
    bar.advance(len(earlier), "crawled before" if earlier else "")
    # What the run's warehouse already holds is not fetched again (unless a sitemap says it changed).
    # Without a warehouse yet, stages.crawl falls back to the URLs of earlier staged runs.
    if run.params.get("db") and pending and Path(run.params["db"]).is_file():
        from pipelines.known_urls import known_from_warehouse, write_known_file

        known = known_from_warehouse(Path(run.params["db"]))  # read once, written for every source
        for i in pending:
            source_dirs[i].mkdir(parents=True, exist_ok=True)
            write_known_file(source_dirs[i], known=known)

    def done(position: int, outcome: Outcome) -> None:
        index = pending[position]
        pages = (outcome.value or {}).get("pages_seen", 0) if outcome.ok else 0
        bar.advance(1, f"{sources[index]}: {'%d pages' % pages if outcome.ok else 'failed'}")

    mapped = clock.map(
        mapper, "crawl", [(sources[i], source_dirs[i], all_topics, date_from, date_to) for i in pending], done
    )
    by_index = {**{i: Outcome(value=stats) for i, stats in earlier.items()}, **dict(zip(pending, mapped))}
    outcomes = [by_index[i] for i in range(len(sources))]
    failures = [
        {"stage": "crawl", "item": source, "error": outcome.error}
        for source, outcome in zip(sources, outcomes)
        if not outcome.ok
    ]
    if len(failures) == len(sources):
        bar.close("every source failed")
        permanent = all(outcome.permanent for outcome in outcomes)
        raise AllSourcesFailed("every source failed: " + "; ".join(_naming(f["item"], f["error"]) for f in failures), permanent=permanent)
    stats: dict[str, Any] = {}
    for outcome in outcomes:
        if outcome.ok:
            stats = merge_stats(stats, outcome.value)
    stats["sources"] = list(sources)
    stats["failed_sources"] = list(stats.get("failed_sources", [])) + [
        {"source": f["item"], "error": f["error"]} for f in failures
    ]
    good_dirs = [d for d, o in zip(source_dirs, outcomes) if o.ok]
    _concat_files([d / "raw.warc.gz" for d in good_dirs], run.path / "raw.warc.gz")
    atomic.write_json(run.path / "crawl_stats.json", stats)
    run.record_errors([{"stage": "crawl", "url": f["item"], "error": f["error"]} for f in failures])
    counts = {"pages_seen": int(stats.get("pages_seen", 0)), "sources_failed": len(failures)}
    run.complete("crawl", counts, failures, seconds=clock.own_seconds())
    bar.close(f"{counts['pages_seen']} pages from {len(sources) - len(failures)} of {len(sources)} sources")
    return counts


# ---------------------------------------------------------------- parse


def parse(run: RunDir, all_topics: bool, mapper: Mapper) -> dict[str, Any]:
    """Turn each crawled source's archive into staged articles, then merge them (duplicates once)."""
    clock = StageClock()
    source_dirs = sorted(p for p in (run.path / SOURCES_DIR).glob("*") if (p / "crawl_stats.json").is_file())
    bar = progress.current().stage("parse", total=len(source_dirs), unit="archives")

    def done(index: int, outcome: Outcome) -> None:
        articles = (outcome.value or {}).get("articles", 0) if outcome.ok else 0
        bar.advance(1, f"{articles} articles" if outcome.ok else "failed")

    outcomes = clock.map(mapper, "parse", [(d, all_topics) for d in source_dirs], done)
    failures = [
        {"stage": "parse", "item": d.name, "error": o.error} for d, o in zip(source_dirs, outcomes) if not o.ok
    ]
    if source_dirs and len(failures) == len(source_dirs):
        bar.close("every archive failed")
        raise RuntimeError("parse failed for every source: " + failures[0]["error"])
    seen: set[str] = set()
    merged: list[dict[str, Any]] = []
    stats: dict[str, Any] = {}
    for source_dir, outcome in zip(source_dirs, outcomes):
        if not outcome.ok:
            continue
        stats = merge_stats(stats, outcome.value or {})
        articles_file = source_dir / stages.ARTICLES_FILE
        for article in atomic.read_jsonl(articles_file) if articles_file.is_file() else ():
            if article.get("article_id") not in seen:
                seen.add(article.get("article_id"))
                merged.append(article)
    # Agency copy across the run's sources and against the warehouse (each source was parsed alone).
    relate_run(merged, Path(run.params["db"]) if run.params.get("db") else None)
    atomic.write_jsonl(run.path / stages.ARTICLES_FILE, merged)
    atomic.write_json(run.path / "parse_stats.json", stats)
    run.record_errors([{"stage": "parse", "url": f["item"], "error": f["error"]} for f in failures])
    dropped = {reason: n for reason, n in sorted(stats.get("dropped", {}).items()) if n}
    counts = {"articles_crawled": len(merged), "pages_dropped": sum(dropped.values()), "dropped": dropped,
              "dropped_per_outlet": {o: v.get("dropped", {}) for o, v in stats.get("per_outlet", {}).items()
                                     if v.get("dropped")}}
    run.complete("parse", counts, failures, seconds=clock.own_seconds())
    bar.close(f"{len(merged)} articles")
    return counts


# ---------------------------------------------------------------- extract


def text_sha256(article: dict[str, Any]) -> str:
    """Hash of the exact text claims are extracted from (offsets depend on every character)."""
    return hashlib.sha256(str(article.get("text", "")).encode("utf-8")).hexdigest()


def extract(
    run: RunDir, mapper: Mapper, unchanged: Callable[[list[dict[str, Any]]], set[str]] | None = None,
    batch_size: int | None = None, fresh: bool = False,
) -> dict[str, Any]:
    """Extract claims batch by batch; a failed batch is recorded and its articles are not loaded.

    `unchanged(articles)` names the articles whose text and extractor version
    the warehouse already holds: they are neither extracted nor loaded again.
    Batches whose claims file exists (an earlier attempt with the same
    extractor version and batch plan) are not redone, unless `fresh`.
    Writes claims.jsonl and load_articles.jsonl (the articles the load takes).
    """
    clock = StageClock()
    articles = list(read_articles(run.path / stages.ARTICLES_FILE))  # ValueError naming file and line
    batches, skip = _batch_plan(run, articles, unchanged, batch_size, fresh)
    todo = [a for batch in batches for a in batch]
    batch_dir = run.path / BATCHES_DIR
    claim_files = [batch_dir / f"claims-{i:05d}.jsonl" for i in range(len(batches))]
    pending = [i for i, f in enumerate(claim_files) if not f.is_file()]
    bar = progress.current().stage("extract", total=len(todo), unit="articles")
    bar.advance(len(todo) - sum(len(batches[i]) for i in pending), "")

    def done(position: int, outcome: Outcome) -> None:
        index = pending[position]
        if outcome.ok:  # keep the batch's claims at once: a resume skips it
            atomic.write_jsonl(claim_files[index], outcome.value)
        bar.advance(len(batches[index]), f"batch {index + 1}/{len(batches)}: "
                    + (f"{len(outcome.value)} claims" if outcome.ok else "failed"))

    outcomes = dict(zip(pending, clock.map(mapper, "extract", [(batches[i],) for i in pending], done)))
    failed = {i: o.error for i, o in outcomes.items() if not o.ok}
    if batches and len(failed) == len(batches):
        bar.close("every batch failed")
        raise RuntimeError(f"extraction failed for every batch: {next(iter(failed.values()))}")
    failures = [
        {"stage": "extract", "item": f"batch {i + 1} ({len(batches[i])} articles)", "error": error}
        for i, error in failed.items()
    ]
    run.record_errors([
        {"stage": "extract", "article_id": a["article_id"], "batch": i + 1, "error": error}
        for i, error in failed.items() for a in batches[i]
    ])
    claims = [c for i, f in enumerate(claim_files) if i not in failed for c in atomic.read_jsonl(f)]
    written = atomic.write_jsonl(run.path / stages.CLAIMS_FILE, claims)
    stages.stage_claims(run.path)
    loadable = [a for i, batch in enumerate(batches) if i not in failed for a in batch]
    atomic.write_jsonl(run.path / LOAD_ARTICLES_FILE, loadable)
    counts = {"claims_extracted": written, "articles_unchanged": len(skip), "articles_extracted": len(loadable)}
    run.complete("extract", counts, failures, seconds=clock.own_seconds())
    bar.close(f"{written} claims from {len(loadable)} articles" + (f", {len(skip)} unchanged skipped" if skip else ""))
    return counts


def _batch_plan(
    run: RunDir, articles: list[dict[str, Any]], unchanged: Callable[[list[dict[str, Any]]], set[str]] | None,
    batch_size: int | None, fresh: bool,
) -> tuple[list[list[dict[str, Any]]], set[str]]:
    """The batches to extract and the unchanged articles skipped, kept in batches/plan.json.

    A resume reuses the plan of the attempt before (same extractor version),
    so a batch's claims file always belongs to the same articles.
    """
    from models.claims import EXTRACTOR_VERSION

    plan_file = run.path / BATCHES_DIR / "plan.json"
    by_id = {a["article_id"]: a for a in articles}
    if not fresh and plan_file.is_file():
        plan = json.loads(plan_file.read_text(encoding="utf-8"))
        if plan.get("extractor_version") == EXTRACTOR_VERSION and all(
            i in by_id for batch in plan["batches"] for i in batch
        ):
            return [[by_id[i] for i in batch] for batch in plan["batches"]], set(plan.get("skipped", []))
    shutil.rmtree(run.path / BATCHES_DIR, ignore_errors=True)
    skip = unchanged(articles) if unchanged else set()
    todo = [a for a in articles if a["article_id"] not in skip]
    size = max(1, batch_size or settings.EXTRACT_BATCH_SIZE)
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]
    atomic.write_json(plan_file, {
        "extractor_version": EXTRACTOR_VERSION,
        "skipped": sorted(skip),
        "batches": [[a["article_id"] for a in batch] for batch in batches],
    })
    return batches, skip


# ---------------------------------------------------------------- load, report


def load(run: RunDir, db_path: Path) -> dict[str, Any]:
    """Load the run's extracted articles and claims, and note what was extracted, in one transaction."""
    from models.claims import EXTRACTOR_VERSION

    clock = StageClock()
    bar = progress.current().stage("load", total=None, unit="rows")
    loaded = stages.load(run.path, db_path, run_id=run.run_id, extractor_version=EXTRACTOR_VERSION)
    counts = {"articles_loaded": int(loaded.get("articles", 0)), "claims_loaded": int(loaded.get("claims", 0))}
    run.complete("load", counts, seconds=clock.own_seconds())
    bar.close(f"{counts['articles_loaded']} articles, {counts['claims_loaded']} claims")
    return counts


def report(run: RunDir, db_path: Path, out_dir: Path, lang: str = "de") -> Path:
    """Build the report from the warehouse, in `lang`."""
    clock = StageClock()
    bar = progress.current().stage("report", total=None, unit="")
    index = stages.report(db_path, out_dir, lang=lang)
    run.complete("report", {"report": str(index)}, seconds=clock.own_seconds())
    bar.close(str(index))
    return index


# ---------------------------------------------------------------- helpers


def merge_stats(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Merge two stats dicts: numbers add up, lists concatenate, dicts merge recursively."""
    merged = dict(a)
    for key, value in b.items():
        if key not in merged:
            merged[key] = value
        elif isinstance(value, bool) or not isinstance(value, (int, float, list, dict)):
            merged[key] = value
        elif isinstance(value, dict) and isinstance(merged[key], dict):
            merged[key] = merge_stats(merged[key], value)
        elif isinstance(value, list) and isinstance(merged[key], list):
            merged[key] = merged[key] + value
        elif isinstance(value, (int, float)) and isinstance(merged[key], (int, float)):
            merged[key] = merged[key] + value
        else:
            merged[key] = value
    return merged


def _naming(item: str, error: str) -> str:
    """`item: error`, without saying the item twice or the error's type when the message names the item."""
    kind, _, message = error.partition(": ")
    return message if item in message else f"{item}: {error}"


def _concat_files(parts: list[Path], target: Path) -> None:
    """Concatenate files (gzip members concatenate into one valid gzip WARC), atomically."""
    present = [p for p in parts if p.is_file()]
    if not present:
        return
    with atomic.atomic_open(target, "wb") as out:
        for part in present:
            with part.open("rb") as src:
                shutil.copyfileobj(src, out)
