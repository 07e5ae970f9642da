"""bench.crawlparse: how the crawl+parse ratio against trafilatura alone is computed from the rounds."""
from __future__ import annotations

import pstats

from bench.crawlparse import PARSE_PARTS, profile_parts, summarise


def _round(crawl: tuple[float, float], parse: tuple[float, float], traf: tuple[float, float]) -> dict:
    def step(wall_cpu: tuple[float, float], peak: float) -> dict:
        return {"seconds": wall_cpu[0], "cpu_seconds": wall_cpu[1], "peak_mb": peak}

    return {"crawl": step(crawl, 90.0), "parse": step(parse, 240.0), "trafilatura": step(traf, 60.0)}


def test_ratios_are_per_round_medians_by_wall_and_by_cpu_with_and_without_the_crawl_start_up() -> None:
    rounds = [_round((20.0, 5.0), (30.0, 11.0), (50.0, 8.0)),   # cpu ratio 2.0, wall 1.0
              _round((10.0, 4.0), (20.0, 12.0), (40.0, 10.0))]  # cpu ratio 1.6, wall 0.75
    summary = summarise(rounds, 2000, {"seconds": 5.0, "cpu_seconds": 1.0})
    cpu, wall = summary["cpu"], summary["wall"]
    assert cpu["ratio_rounds"] == [2.0, 1.6] and cpu["ratio"] == 1.8
    assert cpu["crawl_ms"] == 2.25 and cpu["parse_ms"] == 5.75 and cpu["trafilatura_ms"] == 4.5
    assert cpu["ratio_without_startup"] == round((4.5 + 11.5 - 1.0) / 9.0, 2)   # medians less the start-up
    assert wall["ratio_rounds"] == [1.0, 0.75] and wall["ratio"] == 0.88
    assert summary["peak_mb"] == {"crawl": 90.0, "parse": 240.0, "trafilatura": 60.0}


def test_the_warm_reference_ratio_takes_trafilaturas_import_out_of_its_cpu_seconds() -> None:
    rounds = [_round((20.0, 5.0), (30.0, 11.0), (50.0, 8.0)), _round((10.0, 4.0), (20.0, 12.0), (40.0, 10.0))]
    rounds[0]["trafilatura"]["import_cpu_seconds"] = 0.0
    rounds[1]["trafilatura"]["import_cpu_seconds"] = 2.0  # 16 CPU seconds against 8 without the import
    summary = summarise(rounds, 2000, {"seconds": 5.0, "cpu_seconds": 1.0})
    assert summary["cpu"]["ratio"] == 1.8                   # (2.0 + 1.6) / 2: the import counted
    assert summary["cpu"]["ratio_warm_reference"] == 2.0    # 16 / 8 in both rounds: without it
    assert "ratio_warm_reference" not in summary["wall"]


def test_the_trafilatura_step_times_its_import_and_every_page(tmp_path) -> None:
    import subprocess
    import sys

    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>" + "Ein Satz über die Übernahme von WhatsApp. " * 40
                    + "</p></article></body></html>", encoding="utf-8")
    pages = tmp_path / "pages.txt"
    pages.write_text(f"{page}\n{page}\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bench.crawlparse", "trafilatura", "--pages-file", str(pages)],
                         capture_output=True, text=True, check=True)
    import json

    result = json.loads(out.stdout)
    assert result["pages"] == 2 and result["imported_before"] is False
    assert 0.0 < result["import_cpu_seconds"] < result["cpu_seconds"]


def test_profile_parts_sum_the_cumulative_time_of_the_named_functions() -> None:
    import cProfile

    from spiders.parse.language import language_of

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(500):  # enough calls for a millisecond or more
        language_of("Die Behörde hat dem Konzern untersagt, die Daten weiterzugeben, und das Unternehmen " * 10)
    profiler.disable()
    parts = profile_parts(pstats.Stats(profiler), PARSE_PARTS)
    assert set(parts["parts"]) == {name for name, _f, _n in PARSE_PARTS}
    assert parts["parts"]["language"] > 0.0
    assert parts["parts"]["py3langid (texts not clearly German)"] == 0.0  # clearly German: never asked
    assert parts["parts"]["MinHash signature"] == 0.0
    assert parts["total_seconds"] >= 0.0


def test_make_bench_judges_crawl_parse_on_the_median_of_its_rounds_not_the_stage_tables_sample() -> None:
    from bench.crawlparse import verdict
    from bench.targets import evaluate

    rounds = [_round((20.0, 5.0), (30.0, 11.0), (50.0, 8.0)),   # cpu ratio 2.0
              _round((10.0, 4.0), (20.0, 12.0), (40.0, 10.0)),  # 1.6
              _round((10.0, 4.0), (20.0, 5.0), (40.0, 10.0))]   # 0.9
    measured = {"summary": summarise(rounds, 2000, {"seconds": 5.0, "cpu_seconds": 1.0}), "rounds": rounds}
    judged = verdict(measured)
    assert judged["value"] == 1.6 and judged["wall_value"] == 0.75
    assert "median of 3 alternating rounds" in judged["detail"] and "2.00, 1.60, 0.90" in judged["detail"]
    assert "import and first call included" in judged["detail"] and "spread 69%" in judged["detail"]
    assert verdict({}) is None and verdict({"error": "crawl failed"}) is None

    # A result whose stage table alone would pass (15 ms vs 10 ms a page by wall time, x1.5).
    stage = {"seconds": 10.0, "peak_mb": 1.0}
    result = {"sizes": {"1000": {"crawled_pages": 1000, "stages": {"crawl": stage, "parse": {**stage, "seconds": 5.0}}}},
              "reference": {"trafilatura": {"median": 100.0, "rounds": [100.0]}}, "crawlparse": measured}
    rows = {t["name"]: t for t in evaluate(result)}
    judged_row = rows["crawl+parse per page / trafilatura alone"]
    assert (judged_row["value"], judged_row["verdict"], judged_row["basis"]) == (1.6, "FAIL", "cpu")
    beside = rows["crawl+parse per page / trafilatura alone, stage table (one sample)"]
    assert beside["verdict"] == "INFO" and beside["value"] == 1.5
    result["crawlparse"] = {"error": "parse failed: boom"}  # the rounds failed: the one sample judges, and says why
    row = {t["name"]: t for t in evaluate(result)}["crawl+parse per page / trafilatura alone"]
    assert row["verdict"] == "PASS" and "alternating rounds failed (parse failed: boom)" in row["detail"]
