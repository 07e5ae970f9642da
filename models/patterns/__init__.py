"""Data files of the claim pipeline: vocabularies and cue patterns, and how to read one."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from models.pattern_marks import UnknownPlaceholder, expand_file

T = TypeVar("T")


def load_compiled(path: Path, what: str, build: Callable[[dict[str, Any]], T]) -> T:
    """`build(spec)` from the JSON pattern file at `path`, its placeholders of the shared vocabularies ("@month@",
    "@number_word@") expanded (models/pattern_marks.py); ValueError naming the file when it is malformed."""
    try:
        return build(expand_file(json.loads(path.read_text(encoding="utf-8"))))
    except (KeyError, TypeError, re.error, json.JSONDecodeError, UnknownPlaceholder) as exc:
        raise ValueError(f"bad {what} {path}: {exc}") from exc
