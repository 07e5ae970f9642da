"""`dealwatch status`: the last runs, their states and what failed, from the warehouse."""
from __future__ import annotations

import argparse
import json
from typing import Any

from pipelines import options


def cmd_status(args: argparse.Namespace) -> int:
    """Print the last runs (newest first) and, for partial and failed ones, what failed."""
    from warehouse.runs import last_runs

    db = options.existing_db(args)
    rows = options.translate_stage_errors(lambda: last_runs(db, limit=args.limit))
    if args.format == "json":
        print(json.dumps([_jsonable(r) for r in rows], ensure_ascii=False, default=str, indent=1))
        return 0
    if not rows:
        print(f"no runs recorded in {db}")
        return 0
    for line in format_runs(rows):
        print(line)
    return 0


def format_runs(rows: list[dict[str, Any]]) -> list[str]:
    """Lines for people: one per run, then one indented line per failed item."""
    lines = [f"{'run':<24} {'command':<8} {'state':<10} {'stage':<8} {'started (UTC)':<19} {'pages':>6} {'articles':>8} {'claims':>7} {'loaded':>7}"]
    for row in rows:
        started = row["started_at"].strftime("%Y-%m-%d %H:%M:%S") if row.get("started_at") else "-"
        lines.append(
            f"{row['run_id']:<24} {row.get('command') or 'run':<8} {row['state']:<10} {row.get('stage') or '-':<8} "
            f"{started:<19} {_n(row.get('pages_seen')):>6} {_n(row.get('articles_crawled')):>8} "
            f"{_n(row.get('claims_extracted')):>7} {_n(row.get('articles_loaded')):>7}"
        )
        failures = _failures(row.get("failures"))
        for failure in failures[:5]:
            lines.append(f"    {failure.get('stage')}: {failure.get('item')}: {failure.get('error')}")
        if len(failures) > 5:
            lines.append(f"    ... and {len(failures) - 5} more")
        if row.get("error") and not failures:
            lines.append(f"    error: {row['error']}")
    return lines


def _n(value: Any) -> str:
    return "-" if value is None else str(value)


def _failures(value: Any) -> list[dict[str, Any]]:
    if not value:
        return []
    try:
        parsed = json.loads(value) if isinstance(value, str) else value
    except json.JSONDecodeError:
        return []
    return parsed if isinstance(parsed, list) else []


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "failures": _failures(row.get("failures"))}
