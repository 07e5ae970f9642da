"""The lines an edit removed, in a version comparison: one definition, read by the price and the opt-out components.

A wiki's version comparison, a document's history or a changelog prints a revised line twice: the old wording after a
minus mark, the new one after a plus mark right below it ("− ... für 16 Milliarden Euro zu übernehmen." / "+ ... für
19 Milliarden US-Dollar zu übernehmen, ..."; "− Alle müssen der Weitergabe zustimmen." / "+ Alle müssen den neuen
Bedingungen zustimmen."). The text now says what the added line says; the removed line's wording is what the edit took
back (the lead's D62 and D73 (b)): a sum on it is no price and lends no currency to a bare amount after it
(models/price.py), a statement on it gives no opt-out item (models/opt_out.py).

A removed line opens with a minus mark and a space (patterns/diff_lines.json removed_marks) and stands in a run of such
lines followed directly, on the next line, by a run of lines opening with a plus mark and a space. The typographic minus
may also stand straight before a letter, and so may the plus mark of the lines under it ("+Nutzer können ...": a diff
printed without its blanks), never before a digit ("−19 Grad", "+5 Prozent": a sign). Each such line is
told with the evidence that it is a diff's and not a list's (`RemovedLine`):

- `own_mark`: its mark is a diff's own (own_removed_marks: the typographic minus sign, which no list uses as a dash);
- `revised`: the added run repeats at least half of the line's words of three letters or more (min_shared_words): a
  revision of that line. A list of pros and cons ("+ viele Nutzer" / "- 19 Milliarden Dollar sind zu viel") shares few
  words between its lines and is no diff; a minus line with no plus line after it is a list's dash.

A line with neither is none. The price component takes either evidence (a sum on such a line is no price); the opt-out
component only the own mark: a pros-and-cons list of statements about objecting is often written in parallel grammar
("- Der Weitergabe ... kann man nicht widersprechen." over "+ Der Nutzung ... kann man widersprechen."), so the word
share does not tell its hyphen's line from a revised one (review54's finding against opt54, review55's against this
module's first draft).

Until session 55 the price component (models/price_diff.py, prec54: the three marks with the word share) and the
opt-out component (`_removed_diff_line`, opt54: the typographic minus over a plus line) each had a definition of their
own; this module is the one scan both read (issue 10, session 55, speed55). Computed once per Doc (`removed_lines`,
kept in `doc.user_data`).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc

from models.context import doc_text

PATTERNS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "diff_lines.json"
_KEY = "dealwatch_removed_lines"
_WORD = re.compile(r"[^\W\d_]{3,}")


class RemovedLine(NamedTuple):
    """A line an edit removed: its (start, end) offsets and the evidence that it is a diff's (see the module)."""

    start: int
    end: int
    own_mark: bool  # it opens with a diff's own mark, the typographic minus sign
    revised: bool  # the plus lines right after its run repeat at least half of its words


@lru_cache(maxsize=1)
def _spec() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], float]:
    spec = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))

    def alternation(marks: list[str]) -> str:
        return "(?:" + "|".join(re.escape(mark) for mark in marks) + ")"

    # a mark and a blank; a diff's own mark also straight before a letter, and so the plus mark under it ("−Nutzer
    # ..." / "+Nutzer ...": a diff printed without its blanks), never before a digit ("−19 Grad", "+5 Grad": a sign)
    blank, letter = r"[^\S\n]", r"(?=[^\W\d_])"
    own = alternation(spec["own_removed_marks"]) + f"(?:{blank}|{letter})"
    removed = rf"[^\S\n]*(?:{alternation(spec['removed_marks'])}{blank}|{own})"
    added = rf"[^\S\n]*{alternation(spec['added_marks'])}"
    return (re.compile(removed), re.compile(r"[^\S\n]*" + own), re.compile(added + blank),
            re.compile(f"{added}(?:{blank}|{letter})"), float(spec["min_shared_words"]))


def removed_line_spans(text: str) -> tuple[RemovedLine, ...]:
    """The lines of `text` an edit removed, by the marks of a version comparison (a run of minus lines over a run of
    plus lines), each with its evidence; a line with neither is left out. A plus mark straight before a letter
    ("+Oculus: ...") counts under a diff's own mark only: under a hyphen's line it may be a list's, and the word
    share would read a parallel list for a revision (review55)."""
    if "+" not in text:
        return ()  # (the cheap test first: no plus mark, no diff)
    removed, own, added, added_unspaced, share = _spec()
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    found: list[RemovedLine] = []
    i = 0
    while i < len(lines):
        if removed.match(text, lines[i][0], lines[i][1]) is None:
            i += 1
            continue
        run_end = i
        while run_end < len(lines) and removed.match(text, lines[run_end][0], lines[run_end][1]) is not None:
            run_end += 1
        added_end = run_end  # the plus lines with their blank
        while added_end < len(lines) and added.match(text, lines[added_end][0], lines[added_end][1]) is not None:
            added_end += 1
        any_end = added_end  # and those printed without it
        while any_end < len(lines) and added_unspaced.match(text, lines[any_end][0], lines[any_end][1]) is not None:
            any_end += 1
        if any_end > run_end:
            new_words = {word.lower() for s, e in lines[run_end:added_end] for word in _WORD.findall(text, s, e)}
            for s, e in lines[i:run_end]:
                old_words = [word.lower() for word in _WORD.findall(text, s, e)]
                revised = bool(old_words) and sum(word in new_words for word in old_words) >= share * len(old_words)
                own_mark = own.match(text, s, e) is not None
                if own_mark or revised:
                    found.append(RemovedLine(s, e, own_mark, revised))
        i = max(any_end, i + 1)
    return tuple(found)


def removed_lines(doc: Doc) -> tuple[RemovedLine, ...]:
    """`removed_line_spans` of the Doc's text, found once per Doc (the price and the opt-out component both ask)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = removed_line_spans(doc_text(doc))
    return found


def on_a_removed_line(lines: tuple[RemovedLine, ...], offset: int, *, own_mark: bool = False) -> bool:
    """Does `offset` lie on one of the removed `lines` (`removed_lines`); with `own_mark`, on one opening with a diff's
    own mark (the opt-out component's reading)?"""
    return any(line.start <= offset < line.end and (line.own_mark or not own_mark) for line in lines)
