"""Progress of a run, per stage, for people: a bar on a terminal, plain lines otherwise.

The steps report through `current()`; the command line chooses how it is
shown (`use(for_stream(sys.stderr))`). Without a choice (a run under
`serve`, a Prefect worker) progress goes to the run's log, where Prefect's UI
shows it.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Protocol


class StageProgress(Protocol):
    """The progress of one stage: `advance` per item done, `close` with a summary."""

    def advance(self, n: int, detail: str = "") -> None: ...

    def close(self, summary: str) -> None: ...


class Reporter(Protocol):
    """Makes a StageProgress per stage."""

    def stage(self, name: str, total: int | None, unit: str) -> StageProgress: ...


class _LineStage:
    """One line per item and one for the summary (logs, pipes, files)."""

    def __init__(self, emit, name: str, total: int | None, unit: str) -> None:  # noqa: ANN001
        self.emit, self.name, self.total, self.unit, self.done = emit, name, total, unit, 0

    def advance(self, n: int, detail: str = "") -> None:
        self.done += n
        if n and self.total:
            self.emit(f"{self.name}: {self.done}/{self.total} {self.unit}" + (f" ({detail})" if detail else ""))

    def close(self, summary: str) -> None:
        self.emit(f"{self.name}: done, {summary}" if summary else f"{self.name}: done")


class LineReporter:
    """Plain progress lines on a stream."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def _emit(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def stage(self, name: str, total: int | None, unit: str) -> StageProgress:
        return _LineStage(self._emit, name, total, unit)


class LogReporter:
    """Progress into the run's log (Prefect's run logger inside a run, else `dealwatch.progress`)."""

    def _emit(self, text: str) -> None:
        try:
            from prefect.logging import get_run_logger

            get_run_logger().info(text)
        except Exception:  # noqa: BLE001 (outside a Prefect run context)
            logging.getLogger("dealwatch.progress").info(text)

    def stage(self, name: str, total: int | None, unit: str) -> StageProgress:
        return _LineStage(self._emit, name, total, unit)


class _BarStage:
    def __init__(self, bars, name: str, total: int | None, unit: str) -> None:  # noqa: ANN001
        self.bars = bars
        self.task = bars.add_task(name, total=total, unit=unit, detail="")
        self.name = name

    def advance(self, n: int, detail: str = "") -> None:
        self.bars.update(self.task, advance=n, detail=detail)

    def close(self, summary: str) -> None:
        task = self.bars.tasks[self.task] if self.task < len(self.bars.tasks) else None
        total = task.total if task and task.total is not None else 1
        self.bars.update(self.task, completed=total, total=total, detail=summary)


class BarReporter:
    """A rich progress bar per stage (interactive terminals); stays on screen after the run."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bars = Progress(
            TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[unit]}"), TimeElapsedColumn(), TextColumn("{task.fields[detail]}"),
            console=Console(file=stream), transient=False,
        )

    def __enter__(self) -> "BarReporter":
        self.bars.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bars.stop()

    def stage(self, name: str, total: int | None, unit: str) -> StageProgress:
        return _BarStage(self.bars, name, total, unit)


_current: Reporter = LogReporter()


def current() -> Reporter:
    """The reporter the steps report to."""
    return _current


@contextmanager
def use(reporter: Reporter) -> Iterator[Reporter]:
    """Report to `reporter` for the duration of the block."""
    global _current
    previous, _current = _current, reporter
    try:
        if isinstance(reporter, BarReporter):
            with reporter:
                yield reporter
        else:
            yield reporter
    finally:
        _current = previous


def for_stream(stream: IO[str] = sys.stderr) -> Reporter:
    """A bar on an interactive terminal, plain lines otherwise."""
    return BarReporter(stream) if stream.isatty() else LineReporter(stream)
