"""Speed for `models.money`: where amounts can be, found by literal scans in C instead of regex scans.

`find_money` searches its big pattern only near a scale or currency word (the
"trigger"), and there at every position. Both scans ran Python's regex engine
over every character; here one Aho-Corasick automaton (pyahocorasick) finds the
same trigger matches over the whole text, and a second one the only positions
where an amount can begin (a currency, a number word, a digit), so the big
pattern is tried there alone. The answers are exactly those of the regex scans
(tests/test_models_money_scan.py compares them); without pyahocorasick, or for
a vocabulary whose alternation order the emulation cannot follow, callers keep
the regex scans (`None` below).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from models.regex_tools import valued_automaton

#: The letters of the trigger's lookbehind `(?<![a-zäöüß])` over the lowered text.
LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
_DIGIT_RUN = re.compile(r"\d+")


class TriggerScan:
    """`finditer` of `(?<![a-zäöüß])(?:w1|w2|...)|s1|s2|...` as (start, end) spans, by one automaton scan.

    The regex takes, at the first position where something matches, the first alternative listed;
    with no word listed before a longer word it begins (checked by `build`), that is the longest
    word there, and the scan goes on after it: `spans` does the same with the automaton's hits.
    """

    def __init__(self, automaton: Any) -> None:
        self._automaton = automaton

    @classmethod
    def build(cls, words: list[str], signs: list[str]) -> TriggerScan | None:
        """The scan of `words` (matched only where no lower-case letter precedes) and `signs` (anywhere),
        in the regex's alternation order; None when pyahocorasick is missing or the order is not longest-first."""
        for i, shorter in enumerate(words):
            if any(len(longer) > len(shorter) and longer.startswith(shorter) for longer in words[i + 1 :]):
                return None  # the regex would stop at the shorter word: not the longest match
        # A word spelt like a sign (none today) is matched as a word, like the regex's first branch.
        values = {sign: (len(sign), False) for sign in signs} | {word: (len(word), True) for word in words}
        automaton = valued_automaton(values)
        return None if automaton is None else cls(automaton)

    def spans(self, lowered: str) -> list[tuple[int, int]]:
        """The (start, end) of every match the regex's `finditer` finds in `lowered`, in order."""
        longest: dict[int, int] = {}
        for end, (length, at_word_start) in self._automaton.iter(lowered):
            start = end + 1 - length
            if at_word_start and start and lowered[start - 1] in LOWER_LETTERS:
                continue
            if longest.get(start, 0) < length:
                longest[start] = length
        found: list[tuple[int, int]] = []
        resume = 0
        for start in sorted(longest):
            if start >= resume:
                resume = start + longest[start]
                found.append((start, resume))
        return found


class StartScan:
    """The positions where a match of the money pattern can begin: a literal it opens with, or a digit."""

    def __init__(self, automaton: Any) -> None:
        self._automaton = automaton

    @classmethod
    def build(cls, openers: Iterable[str]) -> StartScan | None:
        """The scan of `openers` (every literal a match can open with); None without pyahocorasick."""
        automaton = valued_automaton({literal: len(literal) for literal in openers})  # (None: see valued_automaton)
        return None if automaton is None else cls(automaton)

    def starts(self, text: str, lo: int, hi: int) -> list[int]:
        """Sorted positions in [lo, hi) where an opener lying wholly in [lo, hi) begins, or a run of digits does."""
        found = {end + 1 - length for end, length in self._automaton.iter(text, lo, hi)}
        found.update(m.start() for m in _DIGIT_RUN.finditer(text, lo, hi))
        return sorted(found)


def matches_at_starts(pattern: re.Pattern[str], text: str, regions: list[list[int]],
                      scan: StartScan) -> list[re.Match[str]]:
    """What `pattern.finditer(text, max(lo, last end), hi)` finds region by region (non-overlapping), trying
    the pattern only where `scan` says a match can begin: everywhere else the regex finds nothing."""
    matches: list[re.Match[str]] = []
    last_end = -1
    for lo, hi in regions:
        for start in scan.starts(text, max(lo, last_end), hi):
            if start < last_end:
                continue
            match = pattern.match(text, start, hi)
            if match is not None:
                matches.append(match)
                last_end = match.end()
    return matches
