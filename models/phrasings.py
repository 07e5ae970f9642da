"""Named phrasing patterns read from a commented data file under models/patterns/, compiled once at load.

A phrasing is a German word list or short phrase shape a rule tests text for ("nicht aber an Meta",
"schützt ... vor"); the rule's logic (which clause, which polarity) stays in code. File format:

    {"_comment": [...], "phrasings": {NAME: {"use": "match" | "fullmatch" | "search",
                                             "comment": "...", "pattern": REGEX, "examples": [...]}}}

An entry may give "branches" (a list of {"comment", "pattern", "examples"}) instead of "pattern":
the alternation of their patterns, in order. `use` says how the code applies the pattern, and the
examples are checked that way (tests/test_models_phrasings.py, over every phrasings file).

How a rule names a phrasing (the one way): its module loads the file once as `PHRASES = Phrasings.load(...)`
and reads an entry as `PHRASES["name"]` (data_shared does, through models/data_shared_phrases.py). opt_out.py
still reads the same compiled patterns through a namespace, `_S.name` (`_S` is built from its `PHRASES`);
that spelling is the older one: new code writes `PHRASES["name"]`, and opt_out.py moves to it when it is next
changed (the test reads each file's names in its readers' source, so both spellings are checked until then).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from models.layer.spelling import swiss_pattern
from models.patterns import load_compiled
from models.regex_tools import literal_led

USES = ("match", "fullmatch", "search")


def entry_pattern(entry: dict[str, Any]) -> str:
    """The regex source of one entry: its pattern, or its branches joined by '|'."""
    if "branches" in entry:
        return "|".join(branch["pattern"] for branch in entry["branches"])
    return entry["pattern"]


def entry_examples(entry: dict[str, Any]) -> list[str]:
    """Every example of an entry (of all its branches)."""
    if "branches" in entry:
        return [example for branch in entry["branches"] for example in branch["examples"]]
    return list(entry["examples"])


class Phrasings:
    """The compiled patterns of a phrasings file, by name."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec: dict[str, dict[str, Any]] = spec["phrasings"]
        self._compiled: dict[str, re.Pattern[str]] = {}
        for name, entry in self.spec.items():
            if entry["use"] not in USES:
                raise KeyError(f"{name}: use must be one of {USES}")
            # literal_led: the same matches, scanned faster where a branch opens with \b or a group (models/regex_tools.py);
            # swiss_pattern: a "ß" reads the Swiss "ss" too (models/layer/spelling.py)
            self._compiled[name] = re.compile(literal_led(swiss_pattern(entry_pattern(entry))))

    @classmethod
    def load(cls, path: Path) -> "Phrasings":
        """Read and compile a phrasings file; raise ValueError when it is malformed."""
        return load_compiled(path, "phrasings", cls)

    def __getitem__(self, name: str) -> re.Pattern[str]:
        """The compiled pattern of entry `name` (KeyError for a name the file lacks)."""
        return self._compiled[name]

    def names(self) -> list[str]:
        """The entry names, in file order."""
        return list(self.spec)
