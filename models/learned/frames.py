"""The guard frames of the learned stages: named regular expressions in a commented JSON file.

Both guard files (`opt_guards.json`, `ds_guards.json`) map a frame's name to its pattern; keys that
begin with "_" are comments and examples, and a value that is no string is a setting, not a frame
(`opt_guards.json`'s "rule_phrasings"). Read once per file; a malformed file is a ValueError naming it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from models.patterns import load_compiled


@lru_cache(maxsize=None)
def load_frames(path: Path) -> dict[str, re.Pattern[str]]:
    """The compiled frames of the guard file at `path`, by name (comment keys left out)."""
    return load_compiled(path, "guard frames", lambda spec: {
        name: re.compile(rx) for name, rx in spec.items() if not name.startswith("_") and isinstance(rx, str)})
