"""Atomic writes: a staged file is either the old one or the whole new one, never half of either.

Every stage writes to a temporary name in the same directory and renames it
into place (`os.replace` is atomic on one file system), so a run killed in
the middle of a write leaves nothing that a resume could mistake for output.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from warehouse import jsonl as warehouse_jsonl


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside `path`; on a clean exit it replaces `path`, on an error it is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: Any) -> None:
    """Write `data` as indented JSON, atomically."""
    with atomic_open(path) as out:
        json.dump(data, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write one JSON object per line, atomically; returns the number of lines."""
    count = 0
    with atomic_open(path) as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file (blank lines skipped); ValueError names file and line.

    One reader for every staged file: the warehouse's (warehouse/jsonl.py).
    """
    for _number, record in warehouse_jsonl.read_jsonl(Path(path)):
        yield record
