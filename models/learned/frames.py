"""The guard frames of the learned stages: named regular expressions in a commented JSON file.

Both guard files (`opt_guards.json`, `ds_guards.json`) map a frame's name to its pattern; keys that
begin with "_" are comments and examples, and a value that is no string is a setting, not a frame
(the "rule_phrasings" of both, read by `load_rule_phrasings`, and searched by `phrasing_matches`). Read once per file; a
malformed file is a ValueError naming it.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from models.learned.compat import gate_words, may_hold, swiss_pattern
from models.patterns import load_compiled


@lru_cache(maxsize=None)
def guard_spec(path: Path) -> dict[str, Any]:
    """The guard file at `path` as its JSON object, read once (frames, settings and comments alike)."""
    return load_compiled(path, "guard frames", lambda spec: spec)


@lru_cache(maxsize=None)
def load_frames(path: Path) -> dict[str, re.Pattern[str]]:
    """The compiled frames of the guard file at `path`, by name (comment keys and settings left out); a "ß" reads the
    Swiss "ss" too, as the rules' cues do (models/layer/spelling.py)."""
    try:  # (the file itself is read once, by `guard_spec`)
        return {name: re.compile(swiss_pattern(rx)) for name, rx in guard_spec(path).items() if not name.startswith("_") and isinstance(rx, str)}
    except re.error as exc:
        raise ValueError(f"bad guard frames {path}: {exc}") from exc


def load_rule_phrasings(path: Path, module: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Guard reason -> the rules' compiled phrasings it reads: the guard file's "rule_phrasings" (reason -> phrasing
    names), looked up in `module`'s `PHRASES`, so rules and guard share one pattern. A name the rule tree lacks, or a
    tree without the module (older trees of the blind-rules folds), is left out: the reason guards nothing there, as
    it guarded nothing then. Keys beginning with "_" are comments. (Not cached here: each guard module keeps its
    answer, and a test that swaps the rules' phrasings clears that cache.)"""
    wanted = guard_spec(path).get("rule_phrasings", {})
    try:
        phrases = importlib.import_module(module).PHRASES
    except (ImportError, AttributeError):
        return {}
    names = set(phrases.names()) if hasattr(phrases, "names") else set()
    return {reason: tuple(phrases[name] for name in names_ if name in names)
            for reason, names_ in wanted.items() if not reason.startswith("_")}


@lru_cache(maxsize=None)
def _phrasing_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """`gate_words` of a rule phrasing, worked out once per compiled pattern."""
    return gate_words(pattern)


def phrasing_matches(patterns: Iterable[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """Every match of each of `patterns` (the rules' phrasings a guard reads, `load_rule_phrasings`) in `text`, one
    pattern after the other. A pattern is searched only where a word every match of it holds occurs (`may_hold`), as
    the rules ask their own phrasings: most guarded sentences hold none, and the same matches are found."""
    for pattern in patterns:
        if may_hold(_phrasing_words(pattern), text):
            yield from pattern.finditer(text)


def phrasing_found(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    """Whether one of `patterns` matches in `text` (`phrasing_matches`)."""
    return next(phrasing_matches(patterns, text), None) is not None
