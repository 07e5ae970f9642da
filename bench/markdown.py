"""`python -m bench markdown [RESULT]`: a result as Markdown tables, for quoting in the README."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bench.machine import one_line
from bench.targets import REFERENCE_NAMES, STAGES, basis_text, fmt, throughput


def render(result: dict[str, Any]) -> str:
    """Stages per size, reference figures and targets as Markdown."""
    lines = [f"Measured {result['started_at']} ({'QUICK' if result.get('quick') else 'full'}), "
             f"commit {result['machine'].get('commit')}, total {result.get('total_seconds')} s, on: "
             f"{one_line(result['machine'])}."
             + (" PARTIAL: the run stopped, or was still running, after these steps." if result.get("partial") else ""),
             "",
             "| size | stage | wall s | CPU s | peak MB | throughput |", "|---:|---|---:|---:|---:|---|"]
    for size, figures in result.get("sizes", {}).items():
        for stage in STAGES:
            f = figures.get("stages", {}).get(stage)
            if f is not None and not f.get("folded_into"):
                lines.append(_row(f"{int(size):,}", stage, fmt(f.get("seconds"), 2), fmt(f.get("cpu_seconds"), 2),
                                  fmt(f.get("peak_mb"), 0), throughput(stage, f)))
        contra = figures.get("contradictions") or {}
        if contra.get("seconds") is not None and "error" not in contra:
            lines.append(f"| {int(size):,} | contradictions | {fmt(contra['seconds'], 3)} | - | "
                         f"{fmt(contra.get('peak_mb'), 0)} | {contra.get('rows')} rows |")
        whole = result.get("whole_run", {}).get(size)
        if whole:
            lines.append(_row(f"{int(size):,}", "whole run (`dealwatch run`)", fmt(whole.get("seconds"), 2), "-",
                              fmt(whole.get("peak_mb"), 0), throughput("whole", whole)))
    ref = result.get("reference", {})
    if ref.get("tokenizer"):
        lines += ["", "| reference | median | spread |", "|---|---:|---:|"]
        for name in REFERENCE_NAMES:
            r = ref.get(name, {})
            if r.get("median"):
                spread = "-" if r.get("spread") is None else f"{r['spread']:.0%}"
                lines.append(f"| {name} | {r['median']:,.1f} {ref['units'].get(name, '')} | {spread} |")
    acc = next((f.get("accuracy") for f in result.get("sizes", {}).values() if f.get("accuracy")), None)
    if acc:
        lines += ["", "| claims on the corpus | P | R | F1 |", "|---|---:|---:|---:|"]
        for name, s in acc["claims"].items():
            lines.append(f"| {name} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} |")
        lines.append(f"| overall | | | {acc['overall_f1']:.3f} |")
    lines += ["", "| target | value | limit | verdict |", "|---|---:|---|---|"]
    for t in result.get("targets", []):
        lines.append(_row(t["name"], fmt(t["value"], 3) + basis_text(t), t["limit"], t["verdict"]))
    return "\n".join(lines) + "\n"


def _row(*cells: object) -> str:
    """One table row; a '|' inside a cell (a quoted error message) would split it."""
    return "| " + " | ".join(str(cell).replace("|", "/") for cell in cells) + " |"


def main(argv: list[str] | None = None) -> int:
    from bench.compare import runs_in
    from bench.run import bench_root

    argv = sys.argv[1:] if argv is None else argv
    paths = [Path(argv[0])] if argv else runs_in(bench_root())[-1:]
    if not paths:
        print("bench markdown: no result yet; run make bench first", file=sys.stderr)
        return 2
    result = json.loads(paths[0].read_text(encoding="utf-8"))
    if result.get("partial"):
        # A partial file holds the targets of its last checkpoint; judge what it holds now.
        from bench.targets import evaluate

        result["targets"] = evaluate(result)
    sys.stdout.write(render(result))
    return 0
