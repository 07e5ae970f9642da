"""The moment a purchase price refers to: `announced`, `closing` or `unspecified` (CONTRACT.md).

Facebook announced the deal in February 2014 (16 billion dollars, 19 with the
restricted stock units) and closed it in October 2014, when the shares it paid
with were worth more (about 21.8 to 22 billion). The text says which one it
means ("bei Bekanntgabe", "im Oktober", "zum Abschluss", "am Ende"); the cues
are in patterns/moment.json. The cue nearest the amount in its clause wins,
else the nearest in its sentence; with no cue there, the moment of the whole
document when all its cues agree (a report of announcement night); else
`unspecified`. The value alone decides nothing: that would be guessing, not reading.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from models.context import clause_around, lower_keeping_offsets
from models.patterns import load_compiled

PATTERNS_FILE = Path(__file__).parent / "patterns" / "moment.json"
UNSPECIFIED = "unspecified"


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    def build(spec: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
        return {
            moment: re.compile(r"(?<![\wäöüß])(?:" + "|".join(f"(?:{p})" for p in spec[moment]) + r")(?![\wäöüß])")
            for moment in ("announced", "closing")
        }

    return load_compiled(PATTERNS_FILE, "moment cues", build)


def price_moment(sentence: str, start: int, end: int) -> str:
    """The moment of the amount at [start, end) of `sentence` (offsets relative to it)."""
    low = lower_keeping_offsets(sentence)
    clause = clause_around(sentence, start, end)
    for lo, hi in (clause, (0, len(sentence))):
        best: tuple[int, str] | None = None
        for moment, cue in _cues().items():
            for match in cue.finditer(low, lo, hi):
                distance = start - match.end() if match.end() <= start else match.start() - end
                if best is None or distance < best[0]:
                    best = (distance, moment)
        if best is not None:
            return best[1]
    return UNSPECIFIED


def document_moment(text: str) -> str:
    """The moment every cue of the whole text points to, else `unspecified` (cues of both kinds, or none)."""
    low = lower_keeping_offsets(text)
    found = {moment for moment, cue in _cues().items() if cue.search(low)}
    return found.pop() if len(found) == 1 else UNSPECIFIED
