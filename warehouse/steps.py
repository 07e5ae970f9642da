"""Where a write's time goes: wall and CPU seconds per named step, recorded only when someone asks.

`make bench` wraps a load in `recording()` and prints the steps beside the
load's total (copy, open, insert, checks, commit, checkpoint, rename, ...),
so the ratio to DuckDB's own insert can be read step by step. Outside
`recording()` a `step` costs two clock reads and records nothing.
"""
from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Steps = dict[str, dict[str, float]]

_ACTIVE: ContextVar[Steps | None] = ContextVar("warehouse_steps", default=None)


@contextmanager
def recording() -> Iterator[Steps]:
    """Collect the steps of the writes inside the block: {name: {"seconds", "cpu_seconds", "peak_mb"}}, in order."""
    steps: Steps = {}
    token = _ACTIVE.set(steps)
    try:
        yield steps
    finally:
        _ACTIVE.reset(token)


@contextmanager
def step(name: str) -> Iterator[None]:
    """Time the block as step `name` (added up when the name comes back) while `recording()` is on."""
    steps = _ACTIVE.get()
    if steps is None:
        yield
        return
    wall, cpu = time.perf_counter(), time.process_time()  # process time: every DuckDB thread counts
    try:
        yield
    finally:
        entry = steps.setdefault(name, {"seconds": 0.0, "cpu_seconds": 0.0})
        entry["seconds"] += time.perf_counter() - wall
        entry["cpu_seconds"] += time.process_time() - cpu
        # The process's peak resident memory so far (what the bench's wait4 reports at the end): the first
        # step at which it jumps is the one that holds the memory.
        entry["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
