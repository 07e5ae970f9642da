"""Running one measured step in its own process: wall time, peak memory (max RSS) and its JSON result."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process from /proc/PID/stat (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Measured:
    """What one measured process did."""

    seconds: float                 # wall time of the process, start to exit
    peak_mb: float                 # max RSS of the process and the children it waited for
    returncode: int
    result: dict[str, Any] = field(default_factory=dict)   # the JSON the step printed last
    error: str | None = None       # last stderr line when it failed or timed out
    cpu_seconds: float | None = None  # user + system CPU of the process and the children it waited for

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.error is None


def run_measured(args: list[str], *, env: dict[str, str] | None = None, timeout: float | None = None,
                 cwd: Path | None = None) -> Measured:
    """Run `args`, wait with os.wait4 for its resource usage, kill it (and its group) after `timeout`.

    ru_maxrss from wait4 covers the process and the descendants it reaped, so a
    stage that runs Scrapy in a child process is measured with that child.
    """
    full_env = dict(os.environ)
    full_env.update(env or {})
    full_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), full_env.get("PYTHONPATH", "")) if p)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=full_env, cwd=str(cwd or PROJECT_ROOT))
        timed_out = False
        deadline = None if timeout is None else start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                timed_out = True
                for pid in [*descendants(proc.pid), proc.pid]:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    result: dict[str, Any] = {}
    for line in reversed(stdout.splitlines()):
        if line.startswith("{"):
            try:
                result = json.loads(line)
                break
            except ValueError:
                continue
    error = None
    if timed_out:
        error = f"stopped after {timeout:.0f} s"
    elif proc.returncode != 0:
        lines = [line.strip() for line in stderr.splitlines() if line.strip()]
        # The program's own one-line verdict, not the log lines that follow it.
        verdicts = [line for line in lines if line.startswith("dealwatch") or "Error" in line]
        error = (verdicts or lines or [f"exit status {proc.returncode}"])[-1][:300]
    return Measured(seconds=seconds, peak_mb=usage.ru_maxrss / 1024, returncode=proc.returncode,
                    result=result, error=error, cpu_seconds=usage.ru_utime + usage.ru_stime)


def descendants(root: int) -> list[int]:
    """Process ids below `root` (children first found, deepest last), read from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, queue = [], [root]
    while queue:
        for child in parents.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def python_step(module: str, *args: str, **kwargs: Any) -> Measured:
    """`run_measured` for `python -m module args...` with this interpreter."""
    return run_measured([sys.executable, "-m", module, *args], **kwargs)
