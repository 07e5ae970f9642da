"""Case-insensitive cue patterns answered over the lower-cased text, where that gives the same answer.

A pattern written in lower case with `(?i)` finds in a text what the same pattern without the flag
finds in the lower-cased text, wherever case folding is plain lower-casing: no letter beyond
Latin-1, where "ſ", "K", "ẞ" or "İ" fold otherwise. Without the flag the pattern can be split
into branches behind literal tests (`regex_tools.ExistenceTest`), much cheaper than the
case-insensitive search at every position of a sentence.
"""
from __future__ import annotations

import re

from models.regex_tools import ExistenceTest

#: A letter (or mark) outside Latin-1: there case folding may differ from `str.lower()`.
CASED_BEYOND_LATIN1 = re.compile(r"[^\W\d_\x00-\xff]")

# `cased_beyond_latin1`'s answers by text, emptied when full (the texts it holds stay alive until then).
_BEYOND: dict[str, bool] = {}
_BEYOND_SIZE = 512


def cased_beyond_latin1(text: str) -> bool:
    """Does `text` hold a letter beyond Latin-1 (`CASED_BEYOND_LATIN1`)? Remembered per text (speed23): the price
    and year rules ask it of the same clause or Doc for test after test (2,616 asks of 987 texts on speed20's subset)."""
    known = _BEYOND.get(text)
    if known is None:
        if len(_BEYOND) >= _BEYOND_SIZE:
            _BEYOND.clear()
        known = _BEYOND[text] = CASED_BEYOND_LATIN1.search(text) is not None
    return known


class CaselessTest:
    """`pattern.search(text) is not None` for a `(?i)` pattern written in lower case, asked of the lowered text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.pattern.startswith("(?i)") or pattern.pattern[4:] != pattern.pattern[4:].lower():
            raise ValueError(f"not a lower-case (?i) pattern: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        self.lowered = ExistenceTest(pattern.pattern[4:])

    def __call__(self, text: str, folded: str | None = None) -> bool:
        """Does `pattern` match somewhere in `text`? `folded`: `lower_keeping_offsets(text)` where the caller
        holds it (a clause asked of several tests), so `text` is not lower-cased once more per test."""
        if cased_beyond_latin1(text):
            return self.pattern.search(text) is not None
        # (without such a letter, `lower_keeping_offsets(text)` is `text.lower()`: none lower-cases longer)
        return self.lowered(text.lower() if folded is None else folded)


def caseless_reading(
    text: str, folded: str, pattern: re.Pattern[str], lowered: re.Pattern[str]
) -> tuple[re.Pattern[str], str]:
    """(pattern, subject) to search for the `(?i)` `pattern` in `text`: `lowered` (the same pattern without the
    flag) over `folded` (`lower_keeping_offsets(text)`, offsets kept) wherever case folding is plain
    lower-casing, several times cheaper; else `pattern` over `text` itself. The same matches either way."""
    return (pattern, text) if cased_beyond_latin1(text) else (lowered, folded)


def may_hold(text: str, literal: str) -> bool:
    """False only when a case-insensitive pattern that needs lower-case `literal` cannot match in `text`."""
    return literal in text.lower() or cased_beyond_latin1(text)
