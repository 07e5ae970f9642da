"""`python -m bench.crawlparse --pages N`: crawl + parse against trafilatura alone, per page, CPU and wall.

Only the crawl and parse steps, on the first N pages of the bench corpus
(never the whole bench). In alternating rounds, each in its own process:

- `trafilatura`: `trafilatura.extract(html)` (its defaults) over the same N
  pages, each read from disk and decoded inside the timed loop, as the parse
  reads each page from its archive; `import trafilatura` and the first call
  inside the timing, as the parse's imports (trafilatura's among them) and
  first page are inside its own (`import_cpu_seconds` says how much of it
  the import is),
- `crawl`: `spiders.crawl.run_crawl` (the bench's Scrapy settings: no
  AutoThrottle, 16 requests at once) from the local server through a sitemap
  index; its time includes the Scrapy child process's start-up and imports
  (`startup` below is that fixed part, measured by crawling one page),
- `parse`: `pipelines.stages.parse` over the crawl's WARC (lazy imports included).

`ratio_wall` = (crawl seconds + parse seconds) / trafilatura seconds, each the
stage call's own wall time; `ratio_cpu` the same over CPU seconds (user +
system, the Scrapy child included), which a busy machine moves less; both
as the median of the rounds. The output says so in `summary.method`.
`ratio_warm_reference` is the ratio as measured before 1 December: against
trafilatura without its import, while the parse's figure kept its own (the
reference was about 0.25 s of CPU cheaper than the same work inside the parse).
`--profile` adds where the parse's and the crawl's CPU goes (cProfile with a
CPU clock, so waiting for a core on a busy machine is not counted; one extra
pass each, not timed).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import corpus as corpus_mod
from bench.proc import Measured, python_step

#: How the ratio is computed, printed with every result.
METHOD = ("ratio = (crawl + parse) / trafilatura.extract over the same N bench pages, median of the rounds; "
          "'cpu': user + system seconds (the crawl's Scrapy child process included, with its interpreter "
          "start-up and imports; the parse with its lazy imports and py3langid's model when it is needed; "
          "trafilatura with its import and first call, as the parse has its own); 'wall': the stage calls' "
          "own wall time. ratio_without_startup: the same less a one-page crawl's cost. "
          "ratio_warm_reference: against trafilatura without its import (the measure before 1 December).")

#: Where the parse's time goes: (part, module path fragment, function name) summed as cumulative time.
PARSE_PARTS: tuple[tuple[str, str, str], ...] = (
    ("warc read + unwrap", "spiders/parse/__init__.py", "iter_archive"),
    ("decode (Scrapy's charset rules)", "scrapy/http/response/text.py", "text"),
    ("lxml parse", "spiders/extract.py", "parse_html"),
    ("trafilatura body", "spiders/body.py", "body_text"),
    ("metadata + JSON-LD", "spiders/extract.py", "_page_metadata"),
    ("title (h1, headings)", "spiders/titles.py", "best_title"),
    ("lead paragraph", "spiders/extract.py", "lead_text"),
    ("htmldate", "spiders/extract.py", "_htmldate"),
    ("blocked-page check", "spiders/parse/blocked.py", "block_kind"),
    ("language", "spiders/parse/language.py", "language_of"),
    ("py3langid (texts not clearly German)", "py3langid/langid.py", "classify"),
    ("topic", "spiders/topic.py", "is_about_the_deal"),
    ("content hash", "spiders/identity.py", "content_sha256"),
    ("MinHash signature", "spiders/parse/related.py", "signature"),
    ("near-duplicate index", "spiders/parse/related.py", "add"),
    ("article writing (index included)", "spiders/parse/__init__.py", "write"),
)
CRAWL_PARTS: tuple[tuple[str, str, str], ...] = (
    ("WARC writing", "spiders/archive.py", "write_exchange"),
    ("WARC records (SHA-1 digests, gzip)", "spiders/archive.py", "_http_record"),
    ("sitemap parsing", "spiders/sources/sitemap.py", "parse"),
    ("request building (known-URL check)", "spiders/spider.py", "_request"),
    ("article callback", "spiders/spider.py", "on_article"),
    ("HTTP client (twisted)", "scrapy/core/downloader/handlers/http11.py", "download_request"),
)


# ----------------------------------------------------------------- steps (child processes)


def trafilatura_step(pages_file: Path) -> dict[str, Any]:
    """trafilatura.extract with its defaults over the listed pages: wall and CPU seconds of its import and the loop.

    The import is timed as the parse stage's imports are (the parse imports trafilatura too);
    `import_cpu_seconds` is that part, so the figure without it can be shown beside.
    """
    paths = [Path(p) for p in pages_file.read_text(encoding="utf-8").split("\n") if p]
    already = "trafilatura" in sys.modules  # never here: the import would be free and the figure too low
    cpu, start = time.process_time(), time.perf_counter()
    import trafilatura

    import_cpu = time.process_time() - cpu
    for path in paths:
        trafilatura.extract(path.read_bytes().decode("utf-8"))
    return {"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu,
            "import_cpu_seconds": import_cpu, "imported_before": already, "pages": len(paths)}


def profile_parse(run_dir: Path) -> dict[str, Any]:
    """The parse once under cProfile: CPU seconds per part (PARSE_PARTS) and the whole."""
    from pipelines import stages

    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    stages.parse(run_dir)
    profiler.disable()
    return profile_parts(pstats.Stats(profiler), PARSE_PARTS)


def profile_crawl_here(out: Path, crawl_args: list[str]) -> int:
    """`spiders.run` with `crawl_args` under cProfile with a CPU clock; the profile written to `out`."""
    from spiders import run

    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    try:
        status = run.main(crawl_args)
    finally:
        profiler.disable()
        profiler.dump_stats(str(out))
    print(json.dumps({"status": status}))
    return status


def profile_parts(stats: pstats.Stats, parts: tuple[tuple[str, str, str], ...]) -> dict[str, Any]:
    """Total profiled seconds and, per part (name, file fragment, function), the cumulative seconds of its function."""
    total = stats.total_tt
    found: dict[str, float] = {}
    for (filename, _line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for part, fragment, function in parts:
            if name == function and filename.endswith(fragment):
                found[part] = found.get(part, 0.0) + cumulative
    return {"total_seconds": round(total, 3),
            "parts": {part: round(found.get(part, 0.0), 3) for part, _f, _n in parts}}


# ----------------------------------------------------------------- the harness


def _cpu(measured: Measured) -> float | None:
    return measured.result.get("cpu_seconds")


def _round(corpus: corpus_mod.Corpus, sitemap: str, pages_file: Path, work: Path, index: int,
           stage_runs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One round: trafilatura, the crawl and the parse, each in its own process; their figures.
    `stage_runs` (when given) gets the round's crawl and parse as measured (`bench.run` reuses them)."""
    home = work / f"round-{index}"
    shutil.rmtree(home, ignore_errors=True)
    run_dir = home / "run"
    env = {"DEALWATCH_HOME": str(home)}
    traf = python_step("bench.crawlparse", "trafilatura", "--pages-file", str(pages_file), env=env)
    crawl = python_step("bench.stage", "crawl", "--run-dir", str(run_dir), "--source", sitemap, env=env)
    parse = python_step("bench.stage", "parse", "--run-dir", str(run_dir), env=env)
    if stage_runs is not None:
        stage_runs.append({"crawl": crawl, "parse": parse, "run_dir": run_dir})
    figures = {}
    for name, measured in (("trafilatura", traf), ("crawl", crawl), ("parse", parse)):
        if not measured.ok:
            raise RuntimeError(f"{name} failed: {measured.error}")
        figures[name] = {"seconds": round(measured.result["seconds"], 3),
                         "cpu_seconds": round(_cpu(measured) or 0.0, 3),
                         "process_seconds": round(measured.seconds, 3), "peak_mb": round(measured.peak_mb, 1)}
    figures["trafilatura"]["import_cpu_seconds"] = round(traf.result.get("import_cpu_seconds", 0.0), 3)
    figures["parse"]["articles"] = parse.result.get("articles")
    figures["parse"]["dropped"] = parse.result.get("stats", {}).get("dropped")
    figures["warc_mb"] = round((run_dir / "raw.warc.gz").stat().st_size / 1e6, 1)
    return figures


def _startup(base_url: str, corpus: corpus_mod.Corpus, work: Path) -> dict[str, Any]:
    """The crawl's fixed cost: one page crawled (the Scrapy child's start-up, imports, robots.txt, one fetch)."""
    one = corpus_mod.write_sitemap(corpus, 1, base_url)
    home = work / "startup"
    measured = python_step("bench.stage", "crawl", "--run-dir", str(home / "run"), "--source", one,
                           env={"DEALWATCH_HOME": str(home)})
    return {"seconds": round(measured.result.get("seconds", 0.0), 3),
            "cpu_seconds": round(_cpu(measured) or 0.0, 3)}


def summarise(rounds: list[dict[str, Any]], pages: int, startup: dict[str, Any]) -> dict[str, Any]:
    """Per-page milliseconds (median of rounds) and the two ratios, with and without the crawl's start-up."""
    def median(stage: str, key: str) -> float:
        return statistics.median(r[stage][key] for r in rounds)

    out: dict[str, Any] = {"pages": pages, "rounds": len(rounds), "method": METHOD}
    for key, label in (("seconds", "wall"), ("cpu_seconds", "cpu")):
        crawl, parse, traf = median("crawl", key), median("parse", key), median("trafilatura", key)
        ratios = [(r["crawl"][key] + r["parse"][key]) / r["trafilatura"][key] for r in rounds]
        out[label] = {
            "crawl_ms": round(crawl / pages * 1000, 2), "parse_ms": round(parse / pages * 1000, 2),
            "trafilatura_ms": round(traf / pages * 1000, 2),
            "ratio": round(statistics.median(ratios), 2), "ratio_rounds": [round(x, 2) for x in ratios],
            "ratio_without_startup": round((crawl + parse - startup[key]) / traf, 2),
        }
        if key == "cpu_seconds":
            warm = [(r["crawl"][key] + r["parse"][key])
                    / (r["trafilatura"][key] - r["trafilatura"].get("import_cpu_seconds", 0.0)) for r in rounds]
            out[label]["ratio_warm_reference"] = round(statistics.median(warm), 2)
    out["peak_mb"] = {stage: max(r[stage]["peak_mb"] for r in rounds) for stage in ("crawl", "parse", "trafilatura")}
    out["startup"] = startup
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crawlparse", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step")
    step = sub.add_parser("trafilatura", help="(internal) the trafilatura reference in this process")
    step.add_argument("--pages-file", type=Path, required=True)
    step = sub.add_parser("profile-parse", help="(internal) the parse under cProfile in this process")
    step.add_argument("--run-dir", type=Path, required=True)
    step = sub.add_parser("profile-crawl", help="(internal) spiders.run under cProfile (CPU clock) in this process")
    step.add_argument("--profile-out", type=Path, required=True)
    step.add_argument("crawl_args", nargs=argparse.REMAINDER)
    parser.add_argument("--pages", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=None, help="corpus directory (default data/bench/corpus)")
    parser.add_argument("--profile", action="store_true", help="also profile the parse and the crawl (cProfile)")
    args = parser.parse_args(argv)
    if args.step == "trafilatura":
        print(json.dumps(trafilatura_step(args.pages_file)))
        return 0
    if args.step == "profile-parse":
        print(json.dumps(profile_parse(args.run_dir)))
        return 0
    if args.step == "profile-crawl":
        return profile_crawl_here(args.profile_out, [a for a in args.crawl_args if a != "--"])

    from bench.run import bench_root
    from dealwatch_testing.http_server import serve_directory

    corpus = corpus_mod.generate(args.corpus or bench_root() / "corpus", args.pages, args.seed)
    work = Path(tempfile.mkdtemp(prefix="bench-crawlparse-"))
    try:
        with serve_directory(corpus.site, keep_alive=True, name="bench-http") as base_url:
            result = measure(corpus, base_url, work, pages=args.pages, rounds=args.rounds, keep=args.profile)
            if args.profile:
                sitemap = corpus_mod.write_sitemap(corpus, args.pages, base_url)
                result["profile"] = {"parse": _profile_parse(work / "round-0" / "run"),
                                     "crawl": _profile_crawl(sitemap, work)}
        print(json.dumps(result, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def measure(corpus: corpus_mod.Corpus, base_url: str, work: Path, *, pages: int, rounds: int,
            keep: bool = False, stage_runs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The alternating rounds over the corpus's first `pages` pages served at `base_url`: {"summary", "rounds", ...}.

    Each round runs trafilatura, the crawl and the parse, each in its own process, one after the
    other (`_round`); the summary's ratios are the medians of the rounds' ratios. `work` holds
    the rounds' files, removed at the end unless `keep` (the profile reads round 0's WARC).
    `stage_runs` (when given) gets each round's crawl and parse as measured, in round order: the same
    `bench.stage` processes, pages and sitemap as the stage table's crawl of a size sampled at `pages`
    (or of a size of `pages` articles), with the round's run dir (kept then: the caller removes `work`).
    Raises RuntimeError when a step fails.
    """
    work.mkdir(parents=True, exist_ok=True)
    pages_file = work / "pages.txt"
    pages_file.write_text("\n".join(str(p) for p in corpus.files(pages)), encoding="utf-8")
    sitemap = corpus_mod.write_sitemap(corpus, pages, base_url)
    load_before = os.getloadavg()
    startup = _startup(base_url, corpus, work)
    done: list[dict[str, Any]] = []
    for index in range(rounds):
        done.append(_round(corpus, sitemap, pages_file, work, index, stage_runs))
        print(f"round {index + 1}: {json.dumps(done[-1])}", file=sys.stderr, flush=True)
        if not keep and stage_runs is None:  # (stage_runs: the caller may keep one round's run dir)
            shutil.rmtree(work / f"round-{index}", ignore_errors=True)
    return {"summary": summarise(done, pages, startup), "rounds": done,
            "load_average": {"before": load_before, "after": os.getloadavg()}}


def verdict(measured: dict[str, Any]) -> dict[str, Any] | None:
    """`make bench`'s crawl+parse target from `measure`'s result: the median CPU ratio of the rounds.

    {"value", "wall_value", "detail"}; None when no round was measured. The detail says what is
    measured on each side, the per-page figures and every round's ratio (their spread shows a noisy machine).
    """
    summary = (measured or {}).get("summary") or {}
    cpu, wall = summary.get("cpu"), summary.get("wall")
    if not cpu or not wall or not summary.get("rounds"):
        return None
    rounds = cpu["ratio_rounds"]
    spread = (max(rounds) - min(rounds)) / cpu["ratio"] if cpu["ratio"] else 0.0
    detail = (f"median of {summary['rounds']} alternating rounds by CPU time (rounds "
              f"{', '.join(f'{r:.2f}' for r in rounds)}; spread {spread:.0%}), on the same {summary['pages']:,} "
              f"bench pages: crawl {cpu['crawl_ms']:.2f} ms (Scrapy child process, start-up and imports included) "
              f"+ parse {cpu['parse_ms']:.2f} ms (its process, imports included) per page vs "
              f"trafilatura.extract {cpu['trafilatura_ms']:.2f} ms (its own process, import and first call "
              f"included, each page read and decoded in the loop); each step in its own process, one at a "
              f"time; by wall time x{wall['ratio']:.2f}; without the crawl's start-up x"
              f"{cpu['ratio_without_startup']:.2f}; bench crawl without AutoThrottle, 16 requests at once "
              f"(production keeps AutoThrottle, 4 per domain)")
    return {"value": cpu["ratio"], "wall_value": wall["ratio"], "detail": detail}


def _profile_parse(run_dir: Path) -> dict[str, Any]:
    measured = python_step("bench.crawlparse", "profile-parse", "--run-dir", str(run_dir))
    return measured.result if measured.ok else {"error": measured.error}


def _profile_crawl(sitemap: str, work: Path) -> dict[str, Any]:
    """The Scrapy process under cProfile (python -m cProfile -m spiders.run), parts summed like the parse's."""
    out = work / "profile-crawl"
    out.mkdir(parents=True, exist_ok=True)
    profile = work / "crawl.prof"
    from bench.proc import run_measured
    from bench.stage import CRAWL_SETTINGS

    sets = [arg for key, value in CRAWL_SETTINGS.items() for arg in ("--set", f"{key}={json.dumps(value)}")]
    measured = run_measured([sys.executable, "-m", "bench.crawlparse", "profile-crawl", "--profile-out", str(profile),
                             "--", sitemap, "--out", str(out), *sets], env={"DEALWATCH_HOME": str(work / "profile-home")})
    if not profile.is_file():
        return {"error": measured.error}
    return profile_parts(pstats.Stats(str(profile)), CRAWL_PARTS)


if __name__ == "__main__":
    sys.exit(main())
