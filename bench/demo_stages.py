"""`python -m bench.demo_stages`: the stages of `dealwatch run` on the demo site, without Prefect.

Prints {"seconds": total, "stages": {...}}; the harness subtracts this from the
wall time of `dealwatch run` to get what the flow itself costs.
"""
from __future__ import annotations

import json
import sys
import time


def main() -> int:
    from pipelines import paths, stages

    timings: dict[str, float] = {}

    def timed(name: str, call):  # noqa: ANN001, ANN202 - a tiny local helper
        start = time.perf_counter()
        value = call()
        timings[name] = round(time.perf_counter() - start, 3)
        return value

    db, out = paths.default_db(), paths.default_report_dir()
    run_dir = stages.run_dir_for(stages.new_run_id())
    sitemap = timed("materialize", stages.demo_sitemap_url)
    timed("crawl", lambda: stages.crawl([sitemap], run_dir))
    if hasattr(stages, "parse"):
        timed("parse", lambda: stages.parse(run_dir))
    timed("extract", lambda: stages.extract(run_dir))
    timed("load", lambda: stages.load(run_dir, db, run_id=run_dir.name))
    timed("report", lambda: stages.report(db, out))
    print(json.dumps({"seconds": round(sum(timings.values()), 3), "stages": timings}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
