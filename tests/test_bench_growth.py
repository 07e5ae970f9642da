"""Growth verdicts (issue 10): judged by CPU time where a stage runs one process at a time, wall time
beside; by wall time where it runs several processes at once or lacks CPU seconds. No timings here:
the figures are made up, the verdict logic is what is checked."""
from __future__ import annotations

import pytest

from bench.compare import render as render_compare
from bench.growth import factors, verdict_row
from bench.run import growth
from bench.targets import evaluate, render


def _stage(seconds: float, cpu: float | None, peak: float = 100.0, **extra: object) -> dict:
    figures = {"seconds": seconds, "peak_mb": peak, **extra}
    if cpu is not None:
        figures["cpu_seconds"] = cpu
    return figures


def _sizes(small: dict, large: dict) -> dict:
    return {"10000": {"crawled_pages": 10_000, "stages": small},
            "100000": {"crawled_pages": 100_000, "stages": large}}


def test_a_stage_slowed_by_its_neighbours_passes_on_cpu_and_shows_its_wall_factor() -> None:
    # The parse of 1 December: wall x49.3, CPU x10.5 (the neighbours took the wall time).
    found = factors(_sizes({"parse": _stage(40.0, 39.5, 86.0)}, {"parse": _stage(1972.0, 414.75, 150.0)}))
    f = found["parse"]["10000->100000"]
    assert (f["time"], f["cpu"], f["memory"], f["size"]) == (49.3, 10.5, 1.74, 10.0)
    row = verdict_row("parse", "10000->100000", f)
    assert (row["verdict"], row["value"], row["basis"], row["wall_value"]) == ("PASS", 10.5, "cpu", 49.3)
    assert row["detail"].startswith("judged by CPU time of its one process")
    assert "CPU x10.5 (39.5 -> 414.8 s)" in row["detail"] and "wall x49.3 (40.0 -> 1,972.0 s)" in row["detail"]


@pytest.mark.parametrize(("cpu_large", "peak_large", "verdict"), [
    (545.2, 150.0, "FAIL"),   # CPU x13.8 for 10x the pages: above 11x
    (434.5, 150.0, "PASS"),   # CPU x11.0: at the limit
    (300.0, 201.0, "FAIL"),   # time fine, peak memory x2.01
])
def test_cpu_growth_is_held_to_11x_time_and_2x_memory(cpu_large: float, peak_large: float, verdict: str) -> None:
    f = factors(_sizes({"parse": _stage(40.0, 39.5)}, {"parse": _stage(400.0, cpu_large, peak_large)}))
    assert verdict_row("parse", "10000->100000", f["parse"]["10000->100000"])["verdict"] == verdict


def test_without_cpu_seconds_at_both_sizes_growth_is_judged_by_wall_time() -> None:
    # An older result: the extract stage recorded no CPU seconds.
    f = factors(_sizes({"extract": _stage(49.1, None)}, {"extract": _stage(618.7, 480.0)}))["extract"]["10000->100000"]
    assert "cpu" not in f
    row = verdict_row("extract", "10000->100000", f)
    assert (row["verdict"], row["value"], row["basis"]) == ("FAIL", 12.6, "wall")
    assert "no CPU seconds recorded at both sizes" in row["detail"] and "wall_value" not in row


def test_a_stage_running_several_processes_at_once_is_judged_by_wall_time() -> None:
    # CPU grew x10 (the same work), but the processes side by side took x12 the time: wall is what counts.
    f = factors(_sizes({"extract": _stage(10.0, 18.0, processes_at_once=2)},
                       {"extract": _stage(120.0, 180.0, processes_at_once=2)}))["extract"]["10000->100000"]
    row = verdict_row("extract", "10000->100000", f)
    assert (row["verdict"], row["value"], row["basis"]) == ("FAIL", 12.0, "wall")
    assert "2 processes at once" in row["detail"] and "CPU x10.0" in row["detail"]


def test_sampled_or_failed_stages_are_not_judged() -> None:
    found = factors(_sizes({"crawl": _stage(10.0, 5.0), "load": _stage(2.0, 1.0)},
                           {"crawl": _stage(20.0, 10.0, sample=2000), "load": {**_stage(9.0, 8.0), "error": "boom"}}))
    assert found == {"crawl": {"10000->100000": {"sampled": True}}}
    assert verdict_row("crawl", "10000->100000", found["crawl"]["10000->100000"])["verdict"] == "NOT RUN"


def test_targets_table_and_compare_show_growth_by_cpu_with_wall_beside() -> None:
    sizes = _sizes({"parse": _stage(40.0, 39.5), "report": _stage(34.8, 30.0)},
                   {"parse": _stage(1972.0, 545.2), "report": _stage(49.6, 45.0)})
    result = {"started_at": "2026-12-01T03:07:30Z", "quick": False, "seed": 1, "total_seconds": 1.0,
              "machine": {"cpu": "test", "cores": 2, "memory_gib": 4, "python": "3.11"},
              "corpus": {"articles": 100_000, "on_topic": 95_000, "mean_chars": 3_000, "mean_html_kb": 33},
              "sizes": sizes, "growth": growth(sizes)}
    result["targets"] = evaluate(result)
    rows = {t["name"]: t for t in result["targets"]}
    assert rows["growth parse 10000->100000"]["verdict"] == "FAIL"       # CPU x13.8
    assert rows["growth report 10000->100000"]["verdict"] == "PASS"      # CPU x1.5
    text = render(result)
    assert "parse     10000->100000   CPU x13.8, wall x49.3, memory x1.0" in text
    assert "FAIL    growth parse 10000->100000: 13.800 by CPU (wall 49.300)" in text
    # Beside an older run (growth judged by wall, no basis): both line up on the wall factor.
    old = {**result, "growth": {"parse": {"10000->100000": {"size": 10.0, "time": 49.3, "memory": 2.2}}}}
    old["targets"] = [{"name": "growth parse 10000->100000", "value": 49.3, "limit": "time <= 11x, memory <= 2x",
                       "verdict": "FAIL", "detail": "time x49.3, memory x2.2"}]
    line = next(x for x in render_compare(old, result).splitlines() if x.startswith("target by wall: growth parse"))
    assert line.split()[-2:] == ["49.300", "1.00"]
