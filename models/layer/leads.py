"""A sentence's LAYOUT LEAD: what a line of a real page puts before the sentence proper (issue 7 item 3).

Feeds, tickers, chat logs, transcripts and lists open their lines with things that are not the sentence: a
date or time stamp ("11.01.2021 — Nein.", "09:14 Uhr: ...", "[12.02.21, 20:15] Anna: ..."), a speaker, role,
Q&A or kicker label ("DENIZ: Im Kern ja.", "Antwort: ...", "Update: ..."), a bullet or number ("- ", "3) "),
a chronicle's year label ("2014: Facebook kauft ..."), a transcript's spoken hesitation ("A: Ähm – nein.",
"Hm, leider nein."; session 30, opt51). The shapes are defined once, in
`patterns/layer.json` (`layout_leads`, in the order they are tried); `lead_of` gives a sentence's body start
(where the sentence proper begins) and the kinds of lead it had, `Span._.layout_lead` the same for a span.

A reader of a sentence's START (a short answer "Nein.", "Leider nicht.") reads from the body start; a
reader of what the lead says (the year rules read a chronicle label that dates, models/year.py) reads the raw
text as before. The lookup is one anchored `match` of all the leads' patterns at a time (`_ANY_LEAD`), no pass over
the document.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Span

from models.last_call import last_call_by_identity
from models.layer.lemmas import LAYER_FILE
from models.pattern_marks import expand_file

MAX_LEADS = 3  # "[12.02.21, 20:16] Ben: - Nein.": a stamp, a speaker, a bullet


class Lead(NamedTuple):
    """Where the sentence proper begins (a character offset) and the kinds of lead before it, in order."""

    body: int
    kinds: tuple[str, ...]


def _rows() -> list[dict]:
    """layer.json's layout leads as written, the placeholders of the shared vocabularies expanded ("@month_short@",
    models/pattern_marks.py)."""
    return expand_file(json.loads(LAYER_FILE.read_text(encoding="utf-8"))["layout_leads"]["leads"])


def _load() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row["kind"], re.compile(r"[^\S\n]*(?:" + row["pattern"] + ")")) for row in _rows())


def _combined(leads: tuple[tuple[str, re.Pattern[str]], ...]) -> re.Pattern[str]:
    """One pattern of all the leads, in their order, each its own group `_<index>`: an alternation returns the first
    alternative that matches, the match each lead's pattern alone gives (`lead_of` tries the leads after it only
    where that match leaves no word). Speed (issue 10, session 31): one match call per position, not one per lead."""
    return re.compile(r"[^\S\n]*(?:" + "|".join(f"(?P<_{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(leads))
                      + ")")


LEADS = _load()
_ANY_LEAD = _combined(LEADS)
#: The bullet shape of the layer's list items (models/layer/structure.py reads it from here).
BULLET_PATTERN = next(row["pattern"] for row in _rows() if row["kind"] == "bullet")


def lead_of(text: str, start: int, end: int) -> Lead:
    """The layout lead of the sentence `text[start:end]`: its body start and the kinds of lead skipped. Without a
    lead the body starts at `start` (kinds empty). A lead that would leave no word of the sentence is none."""
    found = _ANY_LEAD.match(text, start, end)
    if found is None:
        return Lead(start, ())  # the usual case (nine sentences in ten): no lead's pattern matches, one call
    pos, kinds = start, []
    while found is not None:
        index = int(found.lastgroup[1:])
        if not _leaves_a_word(found, pos, text, end):  # rare: the leads after that one, one by one, as before
            index, found = next(((i, m) for i in range(index + 1, len(LEADS)) for m in [LEADS[i][1].match(text, pos, end)]
                                 if m is not None and _leaves_a_word(m, pos, text, end)), (-1, None))
            if found is None:
                break
        pos = found.end()
        kinds.append(LEADS[index][0])
        found = _ANY_LEAD.match(text, pos, end) if len(kinds) < MAX_LEADS else None
    return Lead(pos, tuple(kinds))


def _leaves_a_word(found: re.Match[str], pos: int, text: str, end: int) -> bool:
    """Is `found` a lead: it takes something at `pos` and leaves a word of the sentence (before `end`) after it?"""
    return found.end() > pos and any(ch.isalnum() for ch in text[found.end():end])


def opens_turn(text: str, start: int) -> bool:
    """Does the line starting at `start` open with a speaker's label (after a stamp, if any: "GAST 1: ...", "[20:15]
    Ben: ...")? A transcript's turns stand on lines of their own: a single line break before such a line is a turn,
    not a paragraph (session 30, opt51)."""
    end = text.find("\n", start)
    return "label" in lead_of(text, start, len(text) if end < 0 else end).kinds


def body_start(text: str, start: int, end: int) -> int:
    """Where the sentence `text[start:end]` proper begins, after its layout lead (`start` without one)."""
    return lead_of(text, start, end).body


@last_call_by_identity
def body_starts(text: str, bounds: Sequence[tuple[int, int]]) -> list[int]:
    """`body_start` of every sentence of `bounds` (the (start, end) offsets of a document's sentences in `text`), in
    their order. Speed (issue 10, session 43, speed43): the opt-out component's sentence readers, its step lists and its
    "Sonst ..." reader each read the body start of every sentence of a gated document (three `lead_of` calls a
    sentence); they now share one reading per document, remembered for the same `text` and `bounds` objects
    (`last_call_by_identity`: the callers pass the very objects `OptOutComponent._read` made, and never change them)."""
    return [lead_of(text, start, end).body for start, end in bounds]


def _span_lead(span: Span) -> Lead:
    text = span.doc.text
    return lead_of(text, span.start_char, span.end_char)


if not Span.has_extension("layout_lead"):
    Span.set_extension("layout_lead", getter=_span_lead)
