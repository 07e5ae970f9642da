"""A run's row in `runs`, from start to verdict, for the flow and the stage commands alike.

The verdict is decided here, once, after the last stage: `completed` when
nothing failed, `partial` when some sources or batches failed (they are listed
in `failures`, summed up in `error`), `failed` when the run stopped. Before a
run starts, rows left `running` by processes that died are marked `abandoned`.
"""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines.rundir import RunDir


def process_identity() -> tuple[str, int, float | None]:
    """(host, pid, process start time) of this process."""
    import psutil

    try:
        started = psutil.Process().create_time()
    except psutil.Error:
        started = None
    return socket.gethostname(), os.getpid(), started


def is_alive(pid: int | None, started: float | None) -> bool:
    """Is the process that wrote a row still the one running (same pid, same start time)?"""
    import psutil

    if pid is None:
        return False
    try:
        process = psutil.Process(pid)
        return started is None or abs(process.create_time() - started) < 1.0
    except psutil.Error:
        return False


def abandon_dead_runs(db_path: Path) -> list[str]:
    """Mark this host's `running` rows whose process is gone as `abandoned`."""
    from warehouse.runs import abandon_dead_runs as abandon

    host, _, _ = process_identity()
    return abandon(db_path, host, is_alive)


@dataclass
class Verdict:
    """How a run ended: its state, a one-line summary of what failed, and the run's counts."""

    run_id: str
    state: str
    counts: dict[str, Any]
    failures: list[dict[str, Any]]
    error: str | None = None

    def line(self) -> str:
        """The last line a person reads: what happened, in one line."""
        c = self.counts
        what = (
            f"{c.get('pages_seen', 0)} pages, {c.get('articles_crawled', 0)} articles, "
            f"{c.get('claims_extracted', 0)} claims, {c.get('articles_loaded', 0)} articles loaded"
            + (f" ({c['articles_unchanged']} unchanged, not extracted again)" if c.get("articles_unchanged") else "")
            + (f"; {c['pages_dropped']} pages dropped ("
               + ", ".join(f"{r} {n}" for r, n in sorted(c.get("dropped", {}).items(), key=lambda kv: -kv[1])) + ")"
               if c.get("pages_dropped") else "")
        )
        tail = f"; {self.error}" if self.error else ""
        return f"run {self.run_id} {self.state}: {what}{tail}"


def summarize_failures(failures: list[dict[str, Any]]) -> str | None:
    """One line naming what failed, e.g. '1 crawl item failed: http://x/ (SourceError: HTTP 404)'."""
    if not failures:
        return None
    by_stage: dict[str, list[dict[str, Any]]] = {}
    for failure in failures:
        by_stage.setdefault(failure["stage"], []).append(failure)
    parts = []
    for stage, items in by_stage.items():
        first = items[0]
        more = f" and {len(items) - 1} more" if len(items) > 1 else ""
        parts.append(f"{stage}: {len(items)} failed: {first['item']} ({first['error']}){more}")
    return "; ".join(parts)


class RunRecord:
    """Start, follow and end one run's row in the warehouse."""

    def __init__(self, db_path: Path, run: RunDir, command: str, flow_run_id: str | None = None) -> None:
        self.db_path, self.run, self.command, self.flow_run_id = Path(db_path), run, command, flow_run_id

    def start(self, sources: list[str]) -> list[str]:
        """Mark dead runs abandoned, then record this one as running; returns the abandoned run ids."""
        from warehouse.runs import start_run

        host, pid, started = process_identity()
        return start_run(
            self.db_path, self.run.run_id, sources, command=self.command, flow_run_id=self.flow_run_id,
            host=host, pid=pid, pid_started=started, attempts=self.run.attempts, is_alive=is_alive,
        )

    def finish(self, error: BaseException | str | None = None, state: str | None = None) -> Verdict:
        """Record the verdict: failed with `error`, else partial or completed by the run's failures."""
        from pipelines.steps import one_line
        from warehouse.runs import finish_run

        failures = self.run.failures()
        if error is not None:
            if isinstance(error, BaseException) and not isinstance(error, Exception):
                error = f"cancelled ({type(error).__name__}): stopped by a signal or by serve before it finished"
            message = error if isinstance(error, str) else one_line(error)
            verdict = Verdict(self.run.run_id, state or "failed", self.run.counts(), failures, message)
        else:
            summary = summarize_failures(failures)
            verdict = Verdict(self.run.run_id, state or ("partial" if failures else "completed"), self.run.counts(), failures, summary)
        finish_run(
            self.db_path, self.run.run_id, verdict.state, verdict.counts, verdict.error,
            stage=self.run.last_stage(), failures=failures,
        )
        return verdict
