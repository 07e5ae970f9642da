"""A clause read without its free adjuncts: the second reading of an opt-out sentence (issue 7, session 43, opt43).

German puts free adjuncts - who says it ("laut WhatsApp", "nach Angaben des Konzerns", "dem Unternehmen zufolge"),
for whom or where ("bei dir", "in der EU", "hierzulande"), since when ("seit gestern") - into the middle field,
between the finite verb and the words a statement is read from. The readers' word windows ("verliert ... keine
Funktionen", "behalten ... alle Funktionen", "geht WhatsApp ... nicht mehr") count those words and miss the
statement ("Personen, die nicht zugestimmt haben, behalten laut WhatsApp bis auf Weiteres alle Funktionen", "Sonst
geht WhatsApp bei dir ab Februar nicht mehr"). The adjunct says nothing about whether users can object: the clause
without it says the same thing. So a sentence that no reader claimed is read a second time with its adjuncts
blanked (spaces of the same length: every offset stays valid, and a window's `\\s+` swallows them).

What counts as an adjunct is the phrasing `clause_adjunct` (patterns/opt_out_phrasings.json): a source named by
"laut"/"gemäß"/"nach Angaben"/"zufolge" that is the company, its spokespeople or documents, an authority, a
consumer body or a report (not a rumour, a chain letter or a claim: hearsay the text may reject, whose
frame the readers must keep seeing), the user as a dative of place ("bei dir", "bei Ihnen"), the places of the
terms' regions ("in der EU", "in Deutschland", "hierzulande") and a recent start ("seit gestern"). Deadlines ("ab
Februar", "bis zum 15. Mai") and the words of a grace period ("vorerst", "bis auf Weiteres") are read by the rules
themselves and stay.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from models.regex_tools import StretchAlternation, blank_span


def blank_adjuncts(
    rx: re.Pattern[str], text: str, bounds: list[tuple[int, int]], sentences: Iterable[int]
) -> tuple[str, set[int]]:
    """`text` with every match of `rx` (the phrasing `clause_adjunct`) in the given sentences blanked, and the
    sentences that held one (an empty set, and `text` itself, when none did)."""
    blanked, held = text, set()
    search = _stretch_alternation(rx)
    for si in sentences:
        start, end = bounds[si]
        for m in search.finditer(text, start, end):
            blanked = blank_span(blanked, m.start(), m.end())
            held.add(si)
    return blanked, held


@lru_cache(maxsize=8)
def _stretch_alternation(rx: re.Pattern[str]) -> StretchAlternation:
    """`rx` searched per sentence without its costly branches the sentence cannot hold (speed46: the "... zufolge"
    branch opens with no letter, so the engine tried it at every position of every open sentence: about 90% of the
    phrasing's time on real text; the same matches, models/regex_tools.py `StretchAlternation`)."""
    return StretchAlternation(rx)
