"""Reading JSON Lines with errors that name the file and line: the one reader of staged files.

The warehouse's line-by-line load and pipelines' staged files (articles,
claims, batches, errors) both read through it (pipelines.atomic.read_jsonl).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line.

    ValueError for an unreadable file, a line that is not UTF-8, or one that is not a JSON object.
    """
    try:
        handle = open(path, "rb")  # decoded line by line, so a bad byte is reported with its line
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ValueError(f"{path}:{number}: not UTF-8 text") from None
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object, got {type(obj).__name__}")
            yield number, obj
