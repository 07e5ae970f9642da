"""`make bench-compare`: two benchmark runs side by side (the latest two by default)."""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from bench.machine import one_line
from bench.targets import CPU_JUDGED, REFERENCE_NAMES, evaluate

#: Counts inside target names ("load of 1,001,056 claims"): two runs' rows of one target line up.
_COUNT = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
#: Width of the figure column: target names are long and must not be cut where they differ.
_NAME = 78

STAGES = ("crawl", "parse", "extract", "load", "report")


def runs_in(root: Path) -> list[Path]:
    """Result files under `root`, oldest first."""
    return sorted(root.glob("bench-*.json"))


def _rows(result: dict[str, Any]) -> dict[str, tuple[float | None, str]]:
    """Comparable figures: name -> (value, unit)."""
    rows: dict[str, tuple[float | None, str]] = {}
    for size, figures in result.get("sizes", {}).items():
        for stage in STAGES:
            f = figures.get("stages", {}).get(stage) or {}
            if f.get("seconds") is None:
                continue
            label = f"{int(size):,} {stage}" + (f" (sample {f['sample']:,})" if f.get("sample") else "")
            rows[f"{label} wall"] = (f["seconds"], "s")
            if f.get("cpu_seconds") is not None:
                rows[f"{label} CPU"] = (f["cpu_seconds"], "s")
            rows[f"{label} peak"] = (f.get("peak_mb"), "MB")
        acc = figures.get("accuracy")
        if acc:
            rows[f"{int(size):,} accuracy overall F1"] = (acc["overall_f1"], "")
    for size, whole in result.get("whole_run", {}).items():
        rows[f"{int(size):,} whole run wall"] = (whole.get("seconds"), "s")
    ref = result.get("reference", {})
    for name in REFERENCE_NAMES:
        if ref.get(name, {}).get("median"):
            rows[f"reference {name}"] = (ref[name]["median"], ref.get("units", {}).get(name, ""))
    scale = result.get("scale", {})
    for key in ("load_articles", "load_claims", "contradictions"):
        if scale.get(key, {}).get("seconds") is not None:
            rows[f"scale {key}"] = (scale[key]["seconds"], "s")
    if result.get("prefect", {}).get("overhead_seconds") is not None:
        rows["Prefect overhead (demo)"] = (result["prefect"]["overhead_seconds"], "s")
    dask = result.get("dask", {})
    if dask.get("speedup"):
        rows["Dask speedup 2 vs 1"] = (dask["speedup"], "x")
    for side in ("1", "2"):
        if dask.get(f"side_{side}", {}).get("workers_cpu_seconds") is not None:
            rows[f"Dask {side} worker(s): workers' CPU"] = (dask[f"side_{side}"]["workers_cpu_seconds"], "s")
    # A partial file holds the targets of its last checkpoint: judge the figures it holds now.
    for t in (evaluate(result) if result.get("partial") else result.get("targets", [])):
        name = _COUNT.sub("N", t["name"])
        basis = t.get("basis")
        rows[f"target: {name}"] = (t["value"], t["verdict"] + (f" ({basis})" if basis else ""))
        # The same ratio by wall time, so a run judged by CPU lines up with an older one judged by wall.
        if basis == "cpu":
            rows[f"target by wall: {name}"] = (t.get("wall_value"), "")
        elif t["name"].startswith(CPU_JUDGED):
            rows[f"target by wall: {name}"] = (t["value"], "")
    return rows


def render(a: dict[str, Any], b: dict[str, Any]) -> str:
    """Two runs side by side with the change from the first to the second."""
    ra, rb = _rows(a), _rows(b)
    lines = [f"{label}: {r['started_at']}{' QUICK' if r.get('quick') else ''}"
             f"{' PARTIAL (stopped or still running)' if r.get('partial') else ''}"
             f"  commit {r['machine'].get('commit')}  {one_line(r['machine'])}" for label, r in (("A", a), ("B", b))]
    lines += ["",
             f"{'figure':<{_NAME}}{'A':>14}{'B':>14}{'B/A':>8}"]
    for name in list(ra) + [n for n in rb if n not in ra]:
        va, ua = ra.get(name, (None, ""))
        vb, ub = rb.get(name, (None, ""))
        ratio = f"{vb / va:.2f}" if isinstance(va, (int, float)) and isinstance(vb, (int, float)) and va else ""
        fa = "-" if va is None else f"{va:,.3f}"
        fb = "-" if vb is None else f"{vb:,.3f}"
        unit = ub or ua
        if name.startswith("target:"):
            fa, fb = f"{fa} {ua}", f"{fb} {ub}"
            unit = ""
        lines.append(f"{name[:_NAME - 2]:<{_NAME}}{fa:>14}{fb:>14}{ratio:>8} {unit}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench compare", description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="*", type=Path, help="two result files (default: the latest two)")
    parser.add_argument("--dir", type=Path, default=None, help="where the results are (default data/bench)")
    args = parser.parse_args(argv)
    if args.runs and len(args.runs) != 2:
        print("bench compare: give two result files, or none for the latest two", file=sys.stderr)
        return 2
    if args.runs:
        paths = args.runs
    else:
        from bench.run import bench_root

        paths = runs_in(args.dir or bench_root())[-2:]
        if len(paths) < 2:
            print(f"bench compare: fewer than two results under {args.dir or bench_root()}; run make bench first",
                  file=sys.stderr)
            return 2
    try:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in paths)
    except (OSError, ValueError) as exc:
        print(f"bench compare: cannot read a result: {exc}", file=sys.stderr)
        return 2
    print(f"A = {paths[0]}\nB = {paths[1]}")
    sys.stdout.write(render(a, b))
    return 0
