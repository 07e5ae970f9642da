"""`python -m bench measure STAGE ...`: one stage in its own process, as the benchmark measures it.

For a stage's figures on an existing run directory or warehouse without the
whole benchmark, e.g. the report's peak memory at two sizes:

    python -m bench measure report --db size-1000/dealwatch.duckdb --out /tmp/site
"""
from __future__ import annotations

import json
import sys

from bench.proc import python_step


def main(argv: list[str]) -> int:
    """Run `python -m bench.stage argv...` measured; print its figures with wall time and peak MB as JSON."""
    if not argv or argv[0].startswith("-"):
        print("usage: python -m bench measure STAGE [--run-dir D] [--db F] [--out D] [--run-id R] [--source S]",
              file=sys.stderr)
        return 2
    measured = python_step("bench.stage", *argv)
    figures = {"stage": argv[0], "wall_seconds": round(measured.seconds, 3), "peak_mb": round(measured.peak_mb, 1),
               **measured.result}
    if not measured.ok:
        figures["error"] = measured.error
    print(json.dumps(figures, default=str))
    return 0 if measured.ok else 1
