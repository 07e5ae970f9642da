"""Growth between corpus sizes (issue 10): 10 times the articles may cost at most 11 times the time
and 2 times the peak memory. How each stage's time is judged, the factors and their verdicts.

On a shared machine a stage's wall time measures its neighbours as much as its own work
(in the run of 1 December 03:07 the parse's wall time grew x49 from 10,000 to 100,000 pages,
its CPU time x13.8). A stage whose work runs in one process at a time is therefore judged by
its CPU seconds (user + system, from rusage: its process and the children it waited for),
with the wall-time factor shown beside it. A stage that runs several processes at once is
judged by wall time: their CPU seconds add up work done side by side, which says nothing of
how long the stage took.
"""
from __future__ import annotations

from typing import Any

GROWTH_STAGES = ("crawl", "parse", "extract", "load", "report")
#: How many times the time may grow, per times the articles grow (10x the articles: at most 11x the time).
TIME_PER_SIZE = 1.1
MEMORY_LIMIT = 2.0
#: What each stage's CPU seconds cover; all of them run their work in one process at a time.
#: A stage figure with "processes_at_once" above 1 is judged by wall time instead.
CPU_COVERS = {
    "crawl": "its process and its Scrapy child, one after the other (the HTTP server, in the bench's "
             "own process, is outside)",
    "parse": "its one process",
    "extract": "its one process (spaCy without worker processes)",
    "load": "its one process (DuckDB's threads summed)",
    "report": "its one process (DuckDB's threads summed)",
}


def _ratio(b: float | None, a: float | None) -> float | None:
    return round(b / a, 2) if a and b else None


def factors(sizes: dict[str, Any]) -> dict[str, Any]:
    """Wall-time, CPU-time and peak-memory factors between consecutive sizes, per stage.

    {stage: {"1000->10000": {"size", "time" (wall), "cpu" (when both sides recorded CPU seconds),
    "memory", "seconds", "cpu_seconds", "peak_mb" (both sides' figures), "processes_at_once"}}};
    a stage crawled on a sample at either size is {"sampled": True}.
    """
    keys = sorted(sizes, key=int)
    out: dict[str, Any] = {}
    for small, large in zip(keys, keys[1:]):
        for stage in GROWTH_STAGES:
            a = sizes[small].get("stages", {}).get(stage, {})
            b = sizes[large].get("stages", {}).get(stage, {})
            if not a.get("seconds") or not b.get("seconds") or "error" in a or "error" in b:
                continue
            step = f"{small}->{large}"
            if a.get("sample") or b.get("sample"):
                out.setdefault(stage, {})[step] = {"sampled": True}
                continue
            entry: dict[str, Any] = {
                "size": int(large) / int(small),
                "time": round(b["seconds"] / a["seconds"], 2),
                "memory": round(b["peak_mb"] / a["peak_mb"], 2),
                "seconds": [round(a["seconds"], 2), round(b["seconds"], 2)],
                "peak_mb": [a["peak_mb"], b["peak_mb"]],
                "processes_at_once": max(a.get("processes_at_once", 1), b.get("processes_at_once", 1)),
            }
            cpu = _ratio(b.get("cpu_seconds"), a.get("cpu_seconds"))
            if cpu is not None:
                entry["cpu"] = cpu
                entry["cpu_seconds"] = [round(a["cpu_seconds"], 2), round(b["cpu_seconds"], 2)]
            out.setdefault(stage, {})[step] = entry
    return out


def judged(stage: str, f: dict[str, Any]) -> tuple[float, str, str]:
    """(the time factor judged, its basis "cpu" or "wall", the sentence saying why)."""
    if f.get("processes_at_once", 1) > 1:
        return f["time"], "wall", (f"judged by wall time ({f['processes_at_once']} processes at once: their "
                                   "CPU seconds add up work done side by side)")
    if f.get("cpu") is not None:
        return f["cpu"], "cpu", f"judged by CPU time of {CPU_COVERS.get(stage, 'its process')}"
    return f["time"], "wall", "judged by wall time (no CPU seconds recorded at both sizes)"


def verdict_row(stage: str, step: str, f: dict[str, Any]) -> dict[str, Any]:
    """The target row of one growth factor: value, basis, wall value beside, PASS/FAIL, detail."""
    if f.get("sampled"):
        return {"name": f"growth {stage} {step}", "value": None, "limit": "time <= 11x, memory <= 2x",
                "verdict": "NOT RUN", "detail": "crawled on a sample at the larger size"}
    value, basis, why = judged(stage, f)
    limit_time = TIME_PER_SIZE * f["size"]
    passed = value <= limit_time and f["memory"] <= MEMORY_LIMIT
    parts = [why]
    if f.get("cpu") is not None:
        a, b = f["cpu_seconds"]
        parts.append(f"CPU x{f['cpu']} ({a:,.1f} -> {b:,.1f} s)")
    if "seconds" in f:
        a, b = f["seconds"]
        parts.append(f"wall x{f['time']} ({a:,.1f} -> {b:,.1f} s)")
    else:
        parts.append(f"wall x{f['time']}")
    memory = f"memory x{f['memory']}"
    if "peak_mb" in f:
        memory += f" ({f['peak_mb'][0]:,.0f} -> {f['peak_mb'][1]:,.0f} MB)"
    parts.append(memory)
    row = {"name": f"growth {stage} {step}", "value": value, "limit": "time <= 11x, memory <= 2x",
           "verdict": "PASS" if passed else "FAIL", "detail": "; ".join(parts), "basis": basis}
    if basis == "cpu":
        row["wall_value"] = f["time"]
    return row


def line(f: dict[str, Any]) -> str:
    """One growth factor for the table: CPU (when known), wall, memory."""
    if f.get("sampled"):
        return "sampled"
    cpu = f"CPU x{f['cpu']}, " if f.get("cpu") is not None else ""
    return f"{cpu}wall x{f['time']}, memory x{f['memory']}"
