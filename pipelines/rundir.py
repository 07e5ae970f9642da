"""One staged run directory and its `state.json`: which stages are done, with what parameters.

`state.json` is what makes `run --resume RUN_ID` possible: it keeps the run's
parameters (so a resumed run crawls, loads and reports exactly what the first
attempt was asked to) and, per completed stage, its counts and failures.
A stage counts as done only once its output files are in place and its entry
is written (both atomically), so a killed run resumes at the stage it was in.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines import atomic, paths

STATE_FILE = "state.json"
ERRORS_FILE = "errors.jsonl"

#: The stages of a full run, in the order the data moves.
STAGES = ("crawl", "parse", "extract", "load", "report")


@dataclass
class RunDir:
    """A staging run directory and the bookkeeping in its `state.json`."""

    run_id: str
    path: Path
    params: dict[str, Any] = field(default_factory=dict)
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    attempts: int = 0

    @classmethod
    def create(cls, run_id: str, params: dict[str, Any]) -> "RunDir":
        """A new run directory with its parameters recorded."""
        run = cls(run_id=run_id, path=paths.staging_root() / run_id, params=dict(params), attempts=1)
        run.path.mkdir(parents=True, exist_ok=True)
        run.save()
        return run

    @classmethod
    def open(cls, run_id: str) -> "RunDir":
        """An existing run directory; ValueError when it is missing or its state unreadable."""
        path = paths.staging_root() / run_id
        state_file = path / STATE_FILE
        if "/" in run_id or run_id in ("", ".", "..") or not state_file.is_file():
            raise ValueError(f"no resumable run {run_id!r} (no {STATE_FILE} in {path})")
        try:
            state = json.loads(state_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ValueError(f"cannot read {state_file}: {exc}") from None
        return cls(
            run_id=run_id,
            path=path,
            params=state.get("params", {}),
            stages=state.get("stages", {}),
            attempts=int(state.get("attempts", 1)),
        )

    @classmethod
    def open_or_adopt(cls, path: Path) -> "RunDir":
        """The run in `path`, also for a directory written before state.json existed (stage commands)."""
        try:
            return cls.open(path.name)
        except ValueError:
            return cls(run_id=path.name, path=path)

    def save(self) -> None:
        """Write state.json atomically."""
        atomic.write_json(
            self.path / STATE_FILE,
            {"run_id": self.run_id, "params": self.params, "stages": self.stages, "attempts": self.attempts},
        )

    def done(self, stage: str) -> bool:
        """True when `stage` completed in an earlier attempt (or earlier in this one)."""
        return stage in self.stages

    def complete(
        self, stage: str, counts: dict[str, Any], failures: list[dict[str, Any]] | None = None, seconds: float = 0.0
    ) -> None:
        """Mark `stage` done with its counts, the items it could not handle and its own time."""
        self.stages[stage] = {"counts": counts, "failures": failures or [], "seconds": seconds}
        self.save()

    def counts(self) -> dict[str, Any]:
        """The counts of every completed stage, merged."""
        merged: dict[str, Any] = {}
        for stage in STAGES:
            merged.update(self.stages.get(stage, {}).get("counts", {}))
        return merged

    def stage_seconds(self) -> dict[str, float]:
        """The own time of each completed stage (see steps.StageClock)."""
        return {stage: self.stages[stage].get("seconds", 0.0) for stage in STAGES if stage in self.stages}

    def failures(self) -> list[dict[str, Any]]:
        """What failed in the completed stages: [{stage, item, error}]."""
        return [f for stage in STAGES for f in self.stages.get(stage, {}).get("failures", [])]

    def last_stage(self) -> str | None:
        """The last completed stage, in data order."""
        done = [stage for stage in STAGES if stage in self.stages]
        return done[-1] if done else None

    def record_errors(self, records: list[dict[str, Any]]) -> None:
        """Append item errors to errors.jsonl (docs/stages.md: {"stage", "article_id" or "url", "error"})."""
        if not records:
            return
        existing = list(atomic.read_jsonl(self.path / ERRORS_FILE)) if (self.path / ERRORS_FILE).is_file() else []
        atomic.write_jsonl(self.path / ERRORS_FILE, existing + records)
