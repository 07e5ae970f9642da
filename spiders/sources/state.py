"""Resumable state of the archive sources under $DEALWATCH_HOME/archive_state/.

Two append-only JSON Lines logs, so a run stopped at any moment leaves every
completed step behind and nothing half-written that matters (a torn last line
is ignored):

- `index/<kind>/<key>.jsonl`: the index pages one query has read (per source,
  date range and pre-filter), each with its candidates and the cursor of the
  next page. A later run replays them instead of asking the index again and
  continues after the last page read.
- `fetched.jsonl`: the captures fetched (by capture id), so a second run
  fetches nothing it already has.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

STATE_DIRNAME = "archive_state"
FETCHED_FILE = "fetched.jsonl"


def default_state_dir() -> Path:
    """`$DEALWATCH_HOME/archive_state` (`./data/archive_state` without DEALWATCH_HOME)."""
    return Path(os.environ.get("DEALWATCH_HOME") or "data").expanduser() / STATE_DIRNAME


def _read_lines(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    entries = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                entries.append(json.loads(line))
            except ValueError:
                break  # a line torn by a stop mid-write: everything after it is unreliable
    return entries


def _append(path: Path, entry: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


class IndexLog:
    """The pages of one index query read so far."""

    def __init__(self, state_dir: Path, kind: str, query: dict[str, Any]) -> None:
        digest = hashlib.sha256(json.dumps(query, sort_keys=True).encode("utf-8")).hexdigest()[:20]
        self.path = Path(state_dir) / "index" / kind / f"{digest}.jsonl"
        self.query = query
        self.pages = [p for p in _read_lines(self.path) if "cursor" in p]

    @property
    def complete(self) -> bool:
        """True once the last page of the query has been read."""
        return bool(self.pages) and self.pages[-1].get("next") is None

    @property
    def next_cursor(self) -> Any:
        """Where to continue: the cursor after the last page read (None before the first page)."""
        return self.pages[-1].get("next") if self.pages else None

    def candidates(self) -> Iterable[dict[str, Any]]:
        """Every candidate recorded so far, in page order."""
        for page in self.pages:
            yield from page.get("candidates", [])

    def record(self, cursor: Any, candidates: list[dict[str, Any]], next_cursor: Any,
               rows_seen: int) -> None:
        """Append one page that was read: what was asked, what it held, where to go on."""
        entry = {"cursor": cursor, "next": next_cursor, "rows": rows_seen, "candidates": candidates,
                 "read_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        if not self.pages:
            _append(self.path, {"query": self.query})
        _append(self.path, entry)
        self.pages.append(entry)


class FetchedLog:
    """The captures already fetched, by capture id."""

    def __init__(self, state_dir: Path) -> None:
        self.path = Path(state_dir) / FETCHED_FILE
        self.ids = {e["capture_id"] for e in _read_lines(self.path) if "capture_id" in e}

    def __contains__(self, capture_id: str) -> bool:
        return capture_id in self.ids

    def mark(self, capture_id: str, status: int | str) -> None:
        """Record one capture as fetched (its final status, for the curious)."""
        if capture_id in self.ids:
            return
        _append(self.path, {"capture_id": capture_id, "status": status,
                            "at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        self.ids.add(capture_id)
