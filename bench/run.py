"""`make bench`: every stage at several corpus sizes, the tools underneath, the targets; one JSON per run.

Steps, all on the same generated corpus (bench.corpus):

1. per size: crawl (Scrapy against the generated site on 127.0.0.1, through a
   sitemap index), parse, extract, load, report, each in its own process
   (wall time, peak memory), then extraction accuracy against the gold file;
1b. crawl + parse against trafilatura alone on the same 2,000 pages, in
   alternating rounds, each step in its own process (bench.crawlparse): the
   issue 6 target is the median of the rounds' CPU ratios;
2. the warehouse at scale: one million claims loaded, `contradictions` over
   at least 100,000 articles (bench.scale);
3. reference figures in alternating rounds (bench.reference);
4. the steps that run Prefect flows, together on one Prefect server started
   once (bench.prefect_server, its start-up reported apart): the whole run
   (`dealwatch run`) on the smallest size, Prefect's overhead on the demo
   site, Dask with 2 workers against 1;
5. the targets, PASS or FAIL each, and the JSON under data/bench/.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from bench import corpus as corpus_mod
from bench import growth as growth_mod
from bench import machine, prefect_server, targets
from bench.proc import Measured, python_step, run_measured
from dealwatch_testing.http_server import serve_directory

FULL_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
#: In QUICK, sizes above this are crawled and parsed on a fixed sample of this many pages.
QUICK_CRAWL_SAMPLE = 2_000
#: The crawl+parse vs trafilatura rounds (issue 6): pages and alternating rounds. QUICK takes the
#: median of 3 rounds instead of 5: about 60 s of its 10-minute budget (session 19); the full run keeps 5.
#: QUICK's rounds go over the 1,000 pages of its smallest size (session 33), whose crawl and parse are then
#: the median round's (one crawl and parse fewer); the full run keeps 2,000 pages.
CRAWLPARSE_PAGES, CRAWLPARSE_ROUNDS, QUICK_CRAWLPARSE_ROUNDS = 2_000, 5, 3
QUICK_CRAWLPARSE_PAGES = 1_000
#: Words of the reference's pairs: the real-shaped pair (issue 7's target) and the synthetic one (information);
#: QUICK reads fewer synthetic words (session 33: its extraction spread was 4.2% on 300,000).
WORDS, QUICK_WORDS, QUICK_SYNTHETIC_WORDS = 1_000_000, 300_000, 100_000
#: QUICK's unseen pair reads at most about this many words (session 50, speed50, the lead's ruling): the first
#: distinct texts after those the real-shaped pass reads, up to the text that reaches it (`bench.reference.
#: unseen_texts`; studied sets are appended, so the same texts every session). Without a cap the pair grew with
#: every studied set (579,238 words in session 49, about 16 s a QUICK run more each session); the full run reads all.
QUICK_UNSEEN_WORDS = 300_000
STAGE_TIMEOUT = 3 * 3600
#: For `dealwatch run`: on a busy machine Prefect's temporary server can take longer than its
#: default 20 s to start (seen here: "Timed out while attempting to connect").
PREFECT_ENV = {"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


#: The project's own packages (pyproject.toml's packages.find), compiled once before anything is timed.
OWN_PACKAGES = ("pipelines", "spiders", "models", "warehouse", "reports", "bench", "dealwatch_testing")


def precompile_own_packages(root: Path | None = None, packages: tuple[str, ...] = OWN_PACKAGES) -> bool:
    """Write the bytecode of the project's own modules before the timed steps; True when every file compiled.

    Each stage runs in its own process. Where PYTHONDONTWRITEBYTECODE is set (as in some CI and agent shells)
    no .pyc is ever written, so every timed process would compile dealwatch's modules from source while the
    tools it is compared with (trafilatura, spaCy) come precompiled by pip: the ratios would charge that
    to our side. compileall writes .pyc whatever that variable says.
    """
    base = root or Path(__file__).resolve().parents[1]
    return all(compileall.compile_dir(str(base / name), quiet=1) for name in packages if (base / name).is_dir())


def crawlparse_rounds_for(quick: bool, given: int | None = None) -> int:
    """The crawl+parse vs trafilatura rounds: `given` (--crawlparse-rounds) if set, else 3 in QUICK and 5 in full."""
    return given or (QUICK_CRAWLPARSE_ROUNDS if quick else CRAWLPARSE_ROUNDS)


def crawlparse_pages_for(quick: bool, given: int | None = None) -> int:
    """The crawl+parse vs trafilatura pages: `given` (--crawlparse-pages) if set, else 1,000 in QUICK, 2,000 in full."""
    return given or (QUICK_CRAWLPARSE_PAGES if quick else CRAWLPARSE_PAGES)


def reference_words_for(quick: bool, words: int | None = None, synthetic: int | None = None) -> tuple[int, int]:
    """(real-shaped words, synthetic words) of the reference pairs: given, else QUICK's 300,000 and 100,000
    or the full run's 1,000,000 both; the synthetic pair takes `words` when only that is given."""
    real = words or (QUICK_WORDS if quick else WORDS)
    return real, synthetic or (QUICK_SYNTHETIC_WORDS if quick and not words else real)


def unseen_words_for(quick: bool, given: int | None = None) -> int | None:
    """The unseen pair's cap in words: `given` (--unseen-words) if set, else QUICK's fixed cap; None (every
    distinct text the pair takes) in the full run."""
    return given or (QUICK_UNSEEN_WORDS if quick else None)


def bench_root() -> Path:
    """data/bench under the data directory (DEALWATCH_HOME moves it)."""
    from pipelines.paths import data_home

    return data_home() / "bench"


def _say(message: str) -> None:
    print(f"[bench {datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def _stage(name: str, *args: str, home: Path, timeout: float = STAGE_TIMEOUT) -> dict[str, Any]:
    """One stage in its own process; its figures with the process's wall time and peak memory."""
    measured = python_step("bench.stage", name, *args, env={"DEALWATCH_HOME": str(home)}, timeout=timeout)
    return _figures(measured)


def _figures(measured: Measured) -> dict[str, Any]:
    figures = dict(measured.result)
    figures.setdefault("seconds", measured.seconds)
    figures["process_seconds"] = round(measured.seconds, 3)
    if measured.cpu_seconds is not None:  # the whole process's (imports included), beside the stage call's own
        figures["process_cpu_seconds"] = round(measured.cpu_seconds, 3)
    figures["peak_mb"] = round(measured.peak_mb, 1)
    if not measured.ok:
        figures["error"] = measured.error
    return figures


def _rate(count: float | None, seconds: float | None) -> float | None:
    return round(count / seconds, 1) if count and seconds else None


# ----------------------------------------------------------------- one size


def run_size(corpus: corpus_mod.Corpus, size: int, base_url: str, work: Path, *, crawl_sample: int | None,
             on_stage: Callable[[dict[str, Any]], None] | None = None,
             sample_measured: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every stage once at `size` articles; crawl and parse on `crawl_sample` pages when given.

    `on_stage` gets the figures so far after each stage (at 100,000 articles a stage takes
    the better part of an hour: a run stopped in the middle keeps the stages it finished).
    `sample_measured` ({"round", "crawl", "parse", "run_dir"}, from `reused_sample_round`): the crawl
    and parse of this very sample as measured by the crawl+parse rounds (the same `bench.stage`
    processes over the same pages and sitemap); used instead of running them once more: for a
    sampled size, whose articles come from the generator, the figures alone; for a size of exactly
    the rounds' pages (QUICK's 1,000, session 33), the figures and the round's run dir (its WARC and
    articles), so extraction and accuracy go on from what that crawl and parse produced.
    """
    def done_so_far() -> None:
        if on_stage is not None:
            on_stage({"stages": stages, "crawled_pages": crawled, "unfinished": True})

    home = work / f"size-{size}"
    shutil.rmtree(home, ignore_errors=True)
    run_dir = home / "staging" / f"bench-{size}"
    db, out = home / "dealwatch.duckdb", home / "reports"
    crawled = min(size, crawl_sample) if crawl_sample else size
    sitemap = corpus_mod.write_sitemap(corpus, crawled, base_url)
    stages: dict[str, Any] = {}

    reuse = sample_measured
    if reuse is not None and crawled == size and not Path(reuse.get("run_dir") or "-").is_dir():
        reuse = None  # a whole size needs the round's run dir (its articles): crawled anew without it
    if reuse is not None:
        _say(f"{size:,}: crawl and parse of {crawled:,} pages: crawl+parse round {reuse['round']}'s (the same pages)")
        crawl = _figures(reuse["crawl"])
        crawl["measured_in"] = f"crawl+parse round {reuse['round']}"
        run_dir.parent.mkdir(parents=True, exist_ok=True)
        if crawled == size:  # the round's WARC and articles become this size's (moved: used once)
            shutil.move(str(reuse["run_dir"]), str(run_dir))
        run_dir.mkdir(parents=True, exist_ok=True)  # (the crawl makes it; the staged articles go there)
    else:
        _say(f"{size:,}: crawl of {crawled:,} pages")
        crawl = _stage("crawl", "--run-dir", str(run_dir), "--source", sitemap, home=home)
    crawl["pages"] = crawled
    crawl["pages_per_s"] = _rate(crawled, crawl.get("seconds"))
    if crawled < size:
        crawl["sample"] = crawled
    stages["crawl"] = crawl
    done_so_far()
    if not crawl.get("parse_folded_in", False) and "error" not in crawl:
        if reuse is not None:
            parse = _figures(reuse["parse"])
            parse["measured_in"] = f"crawl+parse round {reuse['round']}"
        else:
            _say(f"{size:,}: parse")
            parse = _stage("parse", "--run-dir", str(run_dir), home=home)
        parse["pages"] = crawled
        parse["pages_per_s"] = _rate(crawled, parse.get("seconds"))
        parse["words_per_s"] = _rate(parse.get("words"), parse.get("seconds"))
        if crawled < size:
            parse["sample"] = crawled
        stages["parse"] = parse
        done_so_far()
    else:
        stages["parse"] = {"folded_into": "crawl", "seconds": None}
        stages["crawl"]["includes"] = "parse"
    # Accuracy is scored on what crawl + parse really produced, unless the size was sampled.
    crawl_ok = (run_dir / "articles.jsonl").is_file() and "error" not in crawl
    if crawled < size:
        _say(f"{size:,}: staging all {size:,} articles from the generator (crawl and parse sampled)")
        corpus.write_staged(size, run_dir / "articles.jsonl")
    if not (run_dir / "articles.jsonl").is_file():
        return {"stages": stages, "error": stages["crawl"].get("error", "no articles staged")}

    _say(f"{size:,}: extract")
    extract = _stage("extract", "--run-dir", str(run_dir), home=home)
    extract["words_per_s"] = _rate(extract.get("words"), extract.get("seconds"))
    extract["rows_per_s"] = _rate(extract.get("claims"), extract.get("seconds"))
    stages["extract"] = extract
    done_so_far()

    _say(f"{size:,}: load")
    load = _stage("load", "--run-dir", str(run_dir), "--db", str(db), "--run-id", f"bench-{size}", home=home)
    load["rows_per_s"] = _rate(load.get("rows"), load.get("seconds"))
    stages["load"] = load
    done_so_far()

    _say(f"{size:,}: report")
    report = _stage("report", "--db", str(db), "--out", str(out), home=home)
    report["articles_per_s"] = _rate(extract.get("articles"), report.get("seconds"))
    stages["report"] = report

    if "error" not in load:
        contra = _stage("contradictions", "--db", str(db), home=home, timeout=600)
    else:
        contra = {"error": "load failed"}
    result: dict[str, Any] = {"stages": stages, "contradictions": contra, "crawled_pages": crawled, "articles": extract.get("articles"),
                              "words": extract.get("words"), "claims": extract.get("claims")}
    if (run_dir / "claims.jsonl").is_file():
        from bench.accuracy import score_run

        if crawled < size:
            result["accuracy_generator_text"] = score_run(corpus.iter_gold(size), run_dir / "articles.jsonl",
                                                          run_dir / "claims.jsonl")
        elif crawl_ok:
            result["accuracy"] = score_run(corpus.iter_gold(size), run_dir / "articles.jsonl",
                                           run_dir / "claims.jsonl")
    result["run_dir"] = str(run_dir)
    return result


def whole_run(corpus: corpus_mod.Corpus, size: int, base_url: str, work: Path, *,
              env: dict[str, str] | None = None) -> dict[str, Any]:
    """`dealwatch run` (the Prefect flow, every stage) over `size` pages, as a user would start it.

    `env`: the shared Prefect server's (bench.prefect_server), so the process does not start a
    temporary server of its own; its start-up is reported once, apart."""
    home = work / f"whole-{size}"
    shutil.rmtree(home, ignore_errors=True)
    sitemap = corpus_mod.write_sitemap(corpus, size, base_url)
    _say(f"{size:,}: whole run (dealwatch run)")
    measured = run_measured([sys.executable, "-m", "pipelines.cli", "run", "--source", sitemap],
                            env={"DEALWATCH_HOME": str(home), **PREFECT_ENV, **(env or {})}, timeout=STAGE_TIMEOUT)
    figures = _figures(measured)
    figures["seconds"] = round(measured.seconds, 3)
    figures["pages"] = size
    figures["pages_per_s"] = _rate(size, measured.seconds)
    if env and "PREFECT_API_URL" in env:
        figures["prefect_server"] = "shared (started before, outside this time)"
    inside = _flow_timings(home)
    if inside:
        figures["inside_flow"] = inside
    shutil.rmtree(home / "staging", ignore_errors=True)
    return figures


# ----------------------------------------------------------------- the rest


def reference(run_dir: Path, pages: list[Path], claims: Path | None, work: Path, *, words: int,
              rounds: int, synthetic_words: int | None = None, unseen_words: int | None = None) -> dict[str, Any]:
    listing = work / "reference-pages.txt"
    listing.write_text("\n".join(str(p) for p in pages), encoding="utf-8")
    synthetic_words = synthetic_words or words
    args = ["--articles", str(run_dir / "articles.jsonl"), "--pages", str(listing), "--words", str(words),
            "--synthetic-words", str(synthetic_words), "--rounds", str(rounds)]
    if claims is not None:
        args += ["--claims", str(claims)]
    if unseen_words is not None:
        args += ["--unseen-words", str(unseen_words)]
    cap = f", unseen capped at {unseen_words:,}" if unseen_words is not None else ""
    _say(f"reference figures ({rounds} alternating rounds, {words:,} words real-shaped, {synthetic_words:,} synthetic{cap})")
    measured = python_step("bench.reference", *args, env={"DEALWATCH_HOME": str(work / "reference-home")},
                           timeout=STAGE_TIMEOUT)
    return _figures(measured)


def crawlparse_rounds(corpus: corpus_mod.Corpus, base_url: str, work: Path, *, pages: int,
                      rounds: int, stage_runs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Issue 6's target: crawl + parse against trafilatura alone on the same pages, in alternating rounds
    (bench.crawlparse.measure: each step in its own process, imports counted on every side, CPU time).
    `stage_runs` (when given) gets each round's crawl and parse as measured (`reused_sample_round`)."""
    from bench import crawlparse

    _say(f"crawl+parse vs trafilatura ({rounds} alternating rounds, {pages:,} pages)")
    try:
        return crawlparse.measure(corpus, base_url, work / "crawlparse", pages=pages, rounds=rounds,
                                  stage_runs=stage_runs)
    except RuntimeError as exc:
        return {"error": str(exc)}
    finally:
        if stage_runs:  # the median round's run dir outlives the rounds' files: a size of `pages` takes it
            median = reused_sample_round(stage_runs)
            kept = work / "crawlparse-median-run"
            shutil.rmtree(kept, ignore_errors=True)
            if median is not None and Path(median["run_dir"]).is_dir():
                shutil.move(str(median["run_dir"]), str(kept))
                stage_runs[median["round"] - 1]["run_dir"] = kept
        shutil.rmtree(work / "crawlparse", ignore_errors=True)


def reused_sample_round(stage_runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The crawl+parse round whose crawl + parse CPU seconds are the median (the lower one of an even
    count), as {"round": its number from 1, "crawl": Measured, "parse": Measured, "run_dir": Path}: the
    stage table's figures of a size sampled at the rounds' pages, or of a size of that many pages (with the
    round's run dir). None when no round has both steps measured."""
    usable = [(number, run) for number, run in enumerate(stage_runs, 1)
              if run["crawl"].ok and run["parse"].ok and run["crawl"].result.get("cpu_seconds") is not None
              and run["parse"].result.get("cpu_seconds") is not None]
    if not usable:
        return None
    usable.sort(key=lambda item: item[1]["crawl"].result["cpu_seconds"] + item[1]["parse"].result["cpu_seconds"])
    number, run = usable[(len(usable) - 1) // 2]
    return {"round": number, **run}


def scale(run_dir: Path, work: Path, *, min_claims: int, min_articles: int, timeout: float,
          rounds: int = 3, arrow_variants: bool = True) -> dict[str, Any]:
    """Load one million claims (articles first, then the claims alone) and time `contradictions`.

    The claims load and DuckDB's own insert of the same rows from Arrow (`arrow_claims`) run in
    `rounds` alternating pairs, each in its own process, each load on a fresh copy of the
    articles-only warehouse (copied outside the timing): a busy neighbour then slows one pair,
    not one side. The target's ratio is the median of the pairs' ratios. `arrow_variants=False` (QUICK, session
    53): each `arrow_claims` round inserts into the warehouse's table only, not also into an unconstrained table
    and `:memory:` (information only, about 2.5 s a round); the full run keeps them.
    """
    from bench.scale import write_copies

    home = work / "scale"
    shutil.rmtree(home, ignore_errors=True)
    staged = home / "staged"
    _say(f"scale: copying the run's claims to at least {min_claims:,} claims, {min_articles:,} articles")
    counts = write_copies(run_dir, staged, min_claims=min_claims, min_articles=min_articles)
    articles_only, claims_only = home / "articles-only", home / "claims-only"
    articles_only.mkdir(parents=True)
    claims_only.mkdir(parents=True)
    (staged / "articles.jsonl").rename(articles_only / "articles.jsonl")
    (articles_only / "claims.jsonl").write_text("", encoding="utf-8")
    (staged / "claims.jsonl").rename(claims_only / "claims.jsonl")
    (claims_only / "articles.jsonl").write_text("", encoding="utf-8")
    db = home / "dealwatch.duckdb"
    result: dict[str, Any] = {"copies": counts["copies"], "articles": counts["articles"], "claims": counts["claims"],
                              "arrow_variants": arrow_variants}
    # The claims' Parquet form, which the extract stage writes after claims.jsonl and the load reads:
    # timed here as the extract stage's part, outside the load.
    result["stage_claims"] = _stage("stage_claims", "--run-dir", str(claims_only), home=home, timeout=timeout)
    _say(f"scale: load of {counts['articles']:,} articles")
    result["load_articles"] = _stage("load", "--run-dir", str(articles_only), "--db", str(db),
                                     "--run-id", "bench-scale-articles", home=home, timeout=timeout)
    result["load_articles"]["rows_per_s"] = _rate(counts["articles"], result["load_articles"].get("seconds"))
    if "error" not in result["load_articles"]:
        articles_db = home / "articles-only.duckdb"
        shutil.copyfile(db, articles_db)
        loads: list[dict[str, Any]] = []
        arrows: list[dict[str, Any]] = []
        for number in range(1, rounds + 1):
            _say(f"scale: round {number}/{rounds}: load of {counts['claims']:,} claims, then DuckDB's Arrow insert of them")
            shutil.copyfile(articles_db, db)
            loads.append(_stage("load", "--run-dir", str(claims_only), "--db", str(db),
                                "--run-id", "bench-scale-claims", home=home, timeout=timeout))
            arrows.append(_stage("arrow_claims", "--run-dir", str(claims_only), "--out", str(home),
                                 *(() if arrow_variants else ("--warehouse-only",)), home=home, timeout=timeout))
            if "error" in loads[-1] or "error" in arrows[-1]:
                break
        articles_db.unlink(missing_ok=True)
        result["load_claims"] = median_round(loads)
        result["load_claims"]["rows_per_s"] = _rate(counts["claims"], result["load_claims"].get("seconds"))
        result["arrow_claims"] = median_round(arrows)
        ratios = [a["seconds"] / b["seconds"] for a, b in zip(loads, arrows)
                  if "error" not in a and "error" not in b and a.get("seconds") and b.get("seconds")]
        cpu_ratios = [a["cpu_seconds"] / b["warehouse"]["cpu_seconds"] for a, b in zip(loads, arrows)
                      if a.get("cpu_seconds") and b.get("warehouse", {}).get("cpu_seconds")]
        if ratios:
            result["load_ratio"] = {"rounds": [round(r, 3) for r in ratios], "median": round(statistics.median(ratios), 3),
                                    "cpu_rounds": [round(r, 3) for r in cpu_ratios]}
            # The same pairs against the other two Arrow inserts (information: the target's is the warehouse's table).
            for variant in ("unconstrained_file", "memory"):
                other = [a["seconds"] / b[variant]["seconds"] for a, b in zip(loads, arrows)
                         if a.get("seconds") and b.get(variant, {}).get("seconds")]
                if other:
                    result["load_ratio"][variant] = round(statistics.median(other), 3)
    if "error" not in result.get("load_claims", {"error": "skipped"}):
        _say("scale: contradictions")
        result["contradictions"] = _stage("contradictions", "--db", str(db), home=home, timeout=600)
    result["claims_file"] = str(claims_only / "claims.jsonl")
    return result


def median_round(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """The round with the median `seconds` (the last one's error when one failed), with every round's seconds."""
    failed = [r for r in rounds if "error" in r]
    if failed or not rounds:
        return failed[-1] if failed else {"error": "not run"}
    chosen = dict(sorted(rounds, key=lambda r: r["seconds"])[len(rounds) // 2])
    chosen["rounds"] = [round(r["seconds"], 3) for r in rounds]
    return chosen


def _flow_timings(home: Path) -> dict[str, Any] | None:
    """The flow's own account of its time (timings.json in the run's staging directory), when it writes one."""
    found = sorted((home / "staging").glob("*/timings.json")) if (home / "staging").is_dir() else []
    if not found:
        return None
    try:
        return json.loads(found[-1].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def prefect_overhead(work: Path, *, env: dict[str, str] | None = None,
                     server_start: float | None = None) -> dict[str, Any]:
    """`dealwatch run` on the demo site, minus the same stages run without Prefect.

    With `env` (a shared server's, bench.prefect_server) the flow uses that server: the overhead is then
    Prefect's per run (what a run against a running server pays), and `server_start` (that server's
    start-up, measured once) is added beside it as the overhead of a run that starts a temporary server."""
    home = work / "prefect-demo"
    shutil.rmtree(home, ignore_errors=True)
    _say("Prefect overhead: dealwatch run on the demo site")
    flow = run_measured([sys.executable, "-m", "pipelines.cli", "run"],
                        env={"DEALWATCH_HOME": str(home / "flow"), **PREFECT_ENV, **(env or {})}, timeout=1800)
    bare_home = home / "bare"
    measured = python_step("bench.demo_stages", env={"DEALWATCH_HOME": str(bare_home)}, timeout=1800)
    stages_seconds = measured.result.get("seconds")
    result = {"flow_seconds": round(flow.seconds, 3), "flow_peak_mb": round(flow.peak_mb, 1),
              "stages_seconds": stages_seconds, "stage_detail": measured.result.get("stages")}
    inside = _flow_timings(home / "flow")
    if inside:
        result["inside_flow"] = inside
    if not flow.ok:
        result["error"] = flow.error
    elif not measured.ok:
        result["error"] = measured.error
    elif stages_seconds is not None:
        result["overhead_seconds"] = round(flow.seconds - stages_seconds, 3)
        if env and "PREFECT_API_URL" in env and server_start is not None:
            result["server"] = "shared"
            result["server_start_seconds"] = server_start
            result["overhead_with_server_start_seconds"] = round(result["overhead_seconds"] + server_start, 3)
    return result


def dask_speedup(run_dir: Path, work: Path, *, articles: int, rounds: int,
                 env: dict[str, str] | None = None) -> dict[str, Any]:
    """Extraction of `articles` staged articles with the Dask runner: 2 workers against 1, both warm,
    in `rounds` rounds alternating the order (bench.dask_bench says what is timed)."""
    _say(f"Dask: extraction of {articles:,} articles with 1 and 2 workers, {rounds} alternating rounds")
    measured = python_step("bench.dask_bench", "--run-dir", str(run_dir), "--work", str(work / "dask"),
                           "--articles", str(articles), "--rounds", str(rounds),
                           env={"DEALWATCH_HOME": str(work / "dask-home"), **PREFECT_ENV, **(env or {})},
                           timeout=STAGE_TIMEOUT)
    return _figures(measured)


def flow_steps_run(result: dict[str, Any], steps: list[str], corpus: corpus_mod.Corpus, work: Path, path: Path,
                   started: float, *, smallest: int, dask_dir: Path, dask_articles: int, rounds: int) -> None:
    """The steps that run Prefect flows ("whole", "prefect", "dask"), last and together, on one shared server.

    The server (bench.prefect_server) is started once, its start-up reported as `prefect_server`, and
    lives only while these steps run, so its idle CPU touches no other figure. When it cannot start,
    the error is written and each step falls back to a temporary server of its own, as before.
    """
    flow_started = time.perf_counter()
    with ExitStack() as stack:
        try:
            server = stack.enter_context(prefect_server.shared_server(work / "prefect-server"))
        except RuntimeError as exc:
            server = None
            result["prefect_server"] = {"error": str(exc)}
            _say(f"Prefect server for the flow steps: {exc}; each step starts a temporary one")
        flow_env = server.env() if server is not None else {}
        if server is not None:
            result["prefect_server"] = prefect_server.figures(server)
            _say(f"Prefect server for the flow steps: answering after {server.start_seconds:.1f} s "
                 "(outside every step's time)")
        if "whole" in steps:
            with serve_directory(corpus.site, keep_alive=True, name="bench-http") as base_url:
                result["whole_run"] = {str(smallest): whole_run(corpus, smallest, base_url, work, env=flow_env)}
            checkpoint(result, path, started)
        if "prefect" in steps:
            result["prefect"] = prefect_overhead(work, env=flow_env,
                                                 server_start=server.start_seconds if server is not None else None)
            checkpoint(result, path, started)
        if "dask" in steps:
            result["dask"] = dask_speedup(dask_dir, work, articles=dask_articles, rounds=rounds, env=flow_env)
            checkpoint(result, path, started)
        if server is not None:
            result["prefect_server"] = prefect_server.figures(server)
    result["prefect_server"]["flow_steps_seconds"] = round(time.perf_counter() - flow_started, 1)
    checkpoint(result, path, started)


# ----------------------------------------------------------------- growth and output


def growth(sizes: dict[str, Any]) -> dict[str, Any]:
    """Time (wall and CPU) and peak-memory factors between consecutive sizes, per stage (bench.growth)."""
    return growth_mod.factors(sizes)


def result_path(result: dict[str, Any], root: Path) -> Path:
    """data/bench/bench-<started>.json: one file per run, rewritten after each step."""
    return root / f"bench-{result['started_at'].replace(':', '').replace('-', '')}.json"


def write_result(result: dict[str, Any], path: Path) -> Path:
    """Write the result atomically (a run stopped while writing keeps the previous checkpoint)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def checkpoint(result: dict[str, Any], path: Path, started: float, *, final: bool = False) -> Path:
    """Growth, targets and wall time so far, written to the run's file; `partial` until the last step."""
    result["growth"] = growth(result["sizes"])
    result["total_seconds"] = round(time.perf_counter() - started, 1)
    # How busy the machine was along the run (a shared machine's neighbours show here and in the spreads).
    result.setdefault("load_average", []).append(
        {"at_seconds": result["total_seconds"], "load_1min": round(os.getloadavg()[0], 2)})
    result["targets"] = targets.evaluate(result)
    result["partial"] = not final
    return write_result(result, path)


def estimate(sizes: dict[str, Any], size: int) -> dict[str, Any]:
    """The time of `size` articles foreseen from the largest size run so far.

    Each stage's process time is scaled by the size ratio times the stage's own
    growth beyond linear between the two largest sizes run (1 when it grew at most
    linearly), so a stage that grew super-linearly is not foreseen too cheap.
    """
    done = sorted((int(k) for k, v in sizes.items() if v.get("stages")), reverse=True)
    if not done:
        return {"seconds": 0.0, "how": "no size run yet"}
    big = sizes[str(done[0])]["stages"]
    small = sizes[str(done[1])]["stages"] if len(done) > 1 else {}
    ratio = size / done[0]
    per_stage: dict[str, float] = {}
    for stage in ("crawl", "parse", "extract", "load", "report"):
        f = big.get(stage) or {}
        seconds = f.get("process_seconds") or f.get("seconds")
        if not seconds:
            continue
        if f.get("sample"):
            seconds *= done[0] / f["sample"]
        beyond = 1.0
        g = small.get(stage) or {}
        if g.get("process_seconds") and not g.get("sample") and not f.get("sample"):
            beyond = max(1.0, (f["process_seconds"] / g["process_seconds"]) / (done[0] / done[1]))
        per_stage[stage] = round(seconds * ratio * beyond, 1)
    total = sum(per_stage.values())
    return {"size": size, "from_size": done[0], "seconds": round(total, 1), "per_stage": per_stage,
            "how": f"from {done[0]:,} articles: each stage's time x{ratio:g}, times its growth beyond linear "
                   "between the two largest sizes run"}


def _corpus(root: Path, size: int, seed: int, result: dict[str, Any]) -> corpus_mod.Corpus:
    """Generate (or extend the cached) corpus to `size` articles, noting how long that took."""
    _say(f"corpus: {size:,} articles, seed {seed}")
    start = time.perf_counter()
    corpus = corpus_mod.generate(root, size, seed)
    result.setdefault("corpus_seconds", {})[str(size)] = round(time.perf_counter() - start, 1)
    return corpus


def _corpus_summary(corpus: corpus_mod.Corpus, size: int) -> dict[str, Any]:
    """Counts over the gold file, read as a stream."""
    on_topic = chars = n = 0
    for g in corpus.iter_gold(size):
        n += 1
        on_topic += g["on_topic"]
        chars += g["chars"]
    sample = corpus.files(200)
    return {"articles": n, "on_topic": on_topic, "mean_chars": round(chars / n) if n else 0,
            "mean_html_kb": round(sum(p.stat().st_size for p in sample) / len(sample) / 1024, 1) if sample else 0,
            "generator_version": corpus_mod.GENERATOR_VERSION}


def _one_size(result: dict[str, Any], corpus: corpus_mod.Corpus, size: int, base_url: str, work: Path,
              crawl_sample: int | None, path: Path, started: float,
              sample_measured: dict[str, Any] | None = None) -> None:
    """Run one size and write the result file at once (`sample_measured`: see `run_size`)."""
    sample = crawl_sample if crawl_sample and size > crawl_sample else None

    def note(partial: dict[str, Any]) -> None:
        result["sizes"][str(size)] = partial
        checkpoint(result, path, started)

    result["sizes"][str(size)] = run_size(corpus, size, base_url, work, crawl_sample=sample, on_stage=note,
                                          sample_measured=sample_measured)
    checkpoint(result, path, started)
    _say(f"{size:,}: done, written to {path}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the table and the targets; exit 1 when a target fails."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip 100,000 articles; sample the 10,000 crawl")
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=None,
                        help="comma-separated corpus sizes (default 1000,10000,100000; quick: 1000,10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--crawl-sample", type=int, default=None,
                        help=f"crawl and parse at most this many pages per size (quick: {QUICK_CRAWL_SAMPLE:,})")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of the reference figures")
    parser.add_argument("--words", type=int, default=None, help="words for tokenizer vs extraction "
                        "(default 1,000,000; quick: 300,000)")
    parser.add_argument("--synthetic-words", type=int, default=None, help="words of the synthetic "
                        "tokenizer vs extraction pair (default --words; quick without --words: 100,000)")
    parser.add_argument("--unseen-words", type=int, default=None, help="at most about this many words in the "
                        "unseen tokenizer vs extraction pair (default: every distinct text it takes; quick: "
                        f"{QUICK_UNSEEN_WORDS:,}, the same first texts every session)")
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims loaded at scale")
    parser.add_argument("--scale-articles", type=int, default=100_000, help="articles in the scale warehouse")
    parser.add_argument("--dask-articles", type=int, default=None,
                        help="articles extracted with 1 and 2 Dask workers (default 10,000; quick: 2,000)")
    parser.add_argument("--skip", action="append", default=[],
                        choices=("whole", "reference", "scale", "prefect", "dask", "crawlparse"),
                        help="leave a step out")
    parser.add_argument("--crawlparse-pages", type=int, default=None,
                        help="pages of the crawl+parse vs trafilatura rounds (issue 6's target; default "
                             f"{CRAWLPARSE_PAGES:,}; quick: {QUICK_CRAWLPARSE_PAGES:,})")
    parser.add_argument("--crawlparse-rounds", type=int, default=None,
                        help="alternating rounds of crawl+parse vs trafilatura, the target is their median "
                             f"(default {CRAWLPARSE_ROUNDS}; quick: {QUICK_CRAWLPARSE_ROUNDS})")
    parser.add_argument("--out", type=Path, default=None, help="directory for the result JSON (data/bench)")
    args = parser.parse_args(argv)

    quick = args.quick
    sizes = args.sizes or list(QUICK_SIZES if quick else FULL_SIZES)
    crawl_sample = args.crawl_sample or (QUICK_CRAWL_SAMPLE if quick else None)
    words, synthetic_words = reference_words_for(quick, args.words, args.synthetic_words)
    unseen_words = unseen_words_for(quick, args.unseen_words)
    dask_articles = args.dask_articles or (2_000 if quick else 10_000)
    crawlparse_rounds_n = crawlparse_rounds_for(quick, args.crawlparse_rounds)
    crawlparse_pages = crawlparse_pages_for(quick, args.crawlparse_pages)
    root = args.out or bench_root()
    work = root / "work"
    work.mkdir(parents=True, exist_ok=True)
    precompile_own_packages()
    started = time.perf_counter()
    result: dict[str, Any] = {
        "started_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "quick": quick, "seed": args.seed,
        "machine": machine.describe(), "sizes": {}, "notes": [],
        "settings": {"crawl_sample": crawl_sample, "words": words, "synthetic_words": synthetic_words,
                     "unseen_words": unseen_words,
                     "crawlparse_pages": crawlparse_pages, "rounds": args.rounds,
                     "claims": args.claims, "scale_articles": args.scale_articles, "dask_articles": dask_articles,
                     "crawlparse_rounds": crawlparse_rounds_n},
    }
    root.mkdir(parents=True, exist_ok=True)
    path = result_path(result, root)
    corpus_root = root / "corpus" / f"seed-{args.seed}"
    # The largest size runs last, after the other steps, in the full run: a long run that is stopped
    # still leaves every smaller figure written (the result file is rewritten after each step).
    early = sizes[:-1] if len(sizes) > 2 else sizes
    corpus = _corpus(corpus_root, max(early), args.seed, result)
    result["corpus"] = _corpus_summary(corpus, max(early))
    with serve_directory(corpus.site, keep_alive=True, name="bench-http") as base_url:
        # The crawl+parse rounds first: a size crawled on a sample of the same pages (QUICK's 10,000 on
        # 2,000) takes its crawl and parse figures from their median round instead of running the same
        # two processes once more (session 17, speed24: about 15 s of a quiet QUICK run).
        reusable: dict[int, dict[str, Any]] = {}
        if "crawlparse" not in args.skip:
            pages = min(crawlparse_pages, max(early))
            stage_runs: list[dict[str, Any]] = []
            result["crawlparse"] = crawlparse_rounds(corpus, base_url, work, pages=pages, rounds=crawlparse_rounds_n,
                                                     stage_runs=stage_runs)
            median_run = reused_sample_round(stage_runs) if "error" not in result["crawlparse"] else None
            if median_run is not None:
                reusable[pages] = median_run
            checkpoint(result, path, started)
        for size in early:
            sample = crawl_sample if crawl_sample and size > crawl_sample else None
            # A size sampled at the rounds' pages, or of exactly that many articles, takes the median round's.
            _one_size(result, corpus, size, base_url, work, crawl_sample, path, started,
                      sample_measured=reusable.get(sample or size))
        shutil.rmtree(work / "crawlparse-median-run", ignore_errors=True)
    smallest = str(min(sizes))
    first = result["sizes"][smallest]
    run_dir = Path(first["run_dir"])
    if "scale" not in args.skip and (run_dir / "claims.jsonl").is_file():
        result["scale"] = scale(run_dir, work, min_claims=args.claims, min_articles=args.scale_articles,
                                timeout=600 if quick else STAGE_TIMEOUT, rounds=args.rounds, arrow_variants=not quick)
        checkpoint(result, path, started)
    if "reference" not in args.skip and (run_dir / "articles.jsonl").is_file():
        claims_file = Path(result["scale"]["claims_file"]) if "scale" in result else None
        # Disk reads go over up to 10,000 pages (the smallest size's 1,000 are too few to time well).
        result["reference"] = reference(run_dir, corpus.files(min(max(early), 10_000)), claims_file, work,
                                        words=words, rounds=args.rounds, synthetic_words=synthetic_words,
                                        unseen_words=unseen_words)
        checkpoint(result, path, started)
    shutil.rmtree(work / "scale", ignore_errors=True)  # gigabytes of copies; the figures are kept
    flow_steps = [step for step in ("whole", "prefect", "dask") if step not in args.skip]
    if flow_steps:
        flow_steps_run(result, flow_steps, corpus, work, path, started, smallest=int(smallest),
                       dask_dir=Path(result["sizes"][str(max(early))].get("run_dir", run_dir)),
                       dask_articles=dask_articles, rounds=args.rounds)
    late = [size for size in sizes if size not in early]
    if late:
        result["estimate"] = estimate(result["sizes"], max(late))
        made = result.get("corpus_seconds", {}).get(str(max(early)))
        if made and made > 5:  # generated in this run, not reused from the cache: its rate is known
            result["estimate"]["corpus_seconds"] = round(made / max(early) * (max(late) - max(early)), 1)
            result["estimate"]["seconds"] += result["estimate"]["corpus_seconds"]
        _say(f"{max(late):,}: estimated {result['estimate']['seconds'] / 3600:.1f} h "
             f"({result['estimate']['how']})")
        checkpoint(result, path, started)
        corpus = _corpus(corpus_root, max(late), args.seed, result)
        result["corpus"] = _corpus_summary(corpus, max(late))
        with serve_directory(corpus.site, keep_alive=True, name="bench-http") as base_url:
            for size in late:
                _one_size(result, corpus, size, base_url, work, crawl_sample, path, started)
    checkpoint(result, path, started, final=True)
    sys.stdout.write(targets.render(result))
    print(f"\nresults: {path}")
    return 1 if any(t["verdict"] == "FAIL" for t in result["targets"]) else 0


if __name__ == "__main__":
    sys.exit(main())
