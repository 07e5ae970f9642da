"""The lines an edit removed, in a version comparison (issue 7, session 54, prec54).

A wiki's version comparison, a document's history or a changelog prints a revised line twice: the old wording after a
minus mark, the new one after a plus mark right below it ("− ... für 16 Milliarden Euro zu übernehmen." / "+ ... für
19 Milliarden US-Dollar zu übernehmen, ..."). The text now says what the added line says; a sum only on the removed
line is a figure the edit took back (the lead's retracted figure), no price, and it must not lend its currency or
value to a bare amount of the added line either (`price._with_carried_currency` reads the prices stated before).

A removed line is one that opens with a minus mark and a space (patterns/price_diff.json removed_marks), in a run of
such lines followed directly, on the next line, by a run of lines opening with a plus mark and a space, where the added
run repeats at least half of the removed line's words of three letters or more: a revision of that line. A list of
pros and cons ("+ viele Nutzer" / "- 19 Milliarden Dollar sind zu viel") shares few words between its lines and is no
diff; a minus line with no plus line after it is a list's dash.

`models/price.py` drops a group of amounts whose head stands on such a line before it judges it.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "price_diff.json"
_WORD = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=1)
def _spec() -> tuple[re.Pattern[str], re.Pattern[str], float]:
    spec = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    removed = "|".join(re.escape(mark) for mark in spec["removed_marks"])
    added = "|".join(re.escape(mark) for mark in spec["added_marks"])
    return (re.compile(rf"[^\S\n]*(?:{removed})[^\S\n]"), re.compile(rf"[^\S\n]*(?:{added})[^\S\n]"),
            float(spec["min_shared_words"]))


def removed_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in `text` of the lines an edit removed and revised on the lines right after them."""
    removed, added, share = _spec()
    if "+" not in text:
        return []  # (the cheap test first: no plus mark, no diff)
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if removed.match(text, lines[i][0], lines[i][1]) is None:
            i += 1
            continue
        run_end = i
        while run_end < len(lines) and removed.match(text, lines[run_end][0], lines[run_end][1]) is not None:
            run_end += 1
        added_end = run_end
        while added_end < len(lines) and added.match(text, lines[added_end][0], lines[added_end][1]) is not None:
            added_end += 1
        if added_end > run_end:
            new_words = {word.lower() for s, e in lines[run_end:added_end] for word in _WORD.findall(text, s, e)}
            for s, e in lines[i:run_end]:
                old_words = [word.lower() for word in _WORD.findall(text, s, e)]
                if old_words and sum(word in new_words for word in old_words) >= share * len(old_words):
                    found.append((s, e))
        i = max(added_end, i + 1)
    return found


def on_a_removed_line(spans: list[tuple[int, int]], offset: int) -> bool:
    """Does `offset` lie on one of the removed lines `spans` (`removed_lines`)?"""
    return any(start <= offset < end for start, end in spans)
