"""Data files of the claim pipeline: vocabularies and cue patterns, and how to read one."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar

T = TypeVar("T")


def load_compiled(path: Path, what: str, build: Callable[[dict[str, Any]], T]) -> T:
    """`build(spec)` from the JSON pattern file at `path`; ValueError naming the file when it is malformed."""
    try:
        return build(json.loads(path.read_text(encoding="utf-8")))
    except (KeyError, TypeError, re.error, json.JSONDecodeError) as exc:
        raise ValueError(f"bad {what} {path}: {exc}") from exc


def load_shapes(path: Path) -> SimpleNamespace:
    """The named phrasings of a JSONL shapes file (`patterns/opt_out_shapes.jsonl`), each compiled once: a row
    {"name", "pattern"} gives a compiled regular expression, {"name", "words"} a frozenset; "why" explains the
    row and "_comment" rows are notes. ValueError naming file and line when a row is malformed or a name repeats."""
    shapes: dict[str, Any] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if "_comment" in row:
                continue
            name = row["name"]
            if not name.isidentifier() or name in shapes:
                raise ValueError(f"name {name!r} is no identifier or repeats")
            shapes[name] = frozenset(row["words"]) if "words" in row else re.compile(row["pattern"])
        except (KeyError, TypeError, ValueError, re.error) as exc:  # json.JSONDecodeError is a ValueError
            raise ValueError(f"{path}:{number}: bad shape row ({exc})") from None
    return SimpleNamespace(**shapes)
