"""CUT SENTENCES: where a page's text breaks off inside a sentence (a paywall, a reading sample, a teaser's truncation).

Convention D61 (c) (docs/extraction-quality.md): a sentence cut off by a paywall or a truncation gives only what its
remaining words state; a claim whose deciding words are cut off is no claim. German decides a clause at its end: the
right bracket (participle, infinitive, separable particle: "gehen dabei nicht [verloren | an Facebook]"), the negation
and the adjective of a predicate ("ist ... nicht mö[glich]"), and the purpose or scope after the object ("der
Weitergabe ihrer Daten für [Werbung]") stand last. So a clause that breaks off has decided nothing of a stance, a scope
or a polarity: the opt-out and data claims read from it are dropped (models/extract.py). A price's amount and currency
are words of their own, complete before the cut (the sum stays, as the gold reads "19 Milliarden Dollar, wovon der
größere Teil in Aktien flie"); a year is told by its own clause.

A CUT is found from the page's layout alone, never from the cut sentence's words:

- a line that ends without a stop (its last character a letter, a digit or a comma) before a box line of the page
  furniture (models/layer/furniture.py) that says the text goes on behind a wall (patterns/page_furniture.json
  `cut.wall_words`: "weiterlesen", "Abonnenten", "Leseprobe", "Vorschau", "den vollständigen Artikel"; a newsletter
  or app box is no wall: a list row without a stop may stand before it), blank lines between allowed; a line that
  is one short unended phrase (a headline, fewer than MIN_CUT_WORDS words and no sentence end before) is no cut
  sentence;
- a box call glued to such a line ("... bis Ende September Weiterlesen", "... der Jetzt weiterlesen mit Plus");
- an editorial truncation mark at a line's end ("[…]", "(...)"); an ellipsis glued to a word at a line's end ("nicht
  mö…") only before a wall line: a chat's or forum's "Solang meine Chats in Ruhe gelassen werden…" is style.

`cut_clauses(text, spans)` gives, for each cut, (start of its last clause, the cut): the clause that breaks off,
from the last clause edge of its sentence (models/negation.py `split_clauses`: an enumeration's commas are no edge)
to the end of its last word. Issue 7, session 43, page43.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from models.layer.furniture import FURNITURE_FILE, MIN_CUT_WORDS

_EDITORS_MARK = re.compile(r"[^\S\n]*(?:\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))[^\S\n]*$")  # "[…]" ends a line
_GLUED_ELLIPSIS = re.compile(r"(?<=[^\W\d_])(?:…|\.\.\.)[^\S\n]*$")  # "nicht mö…": before a wall line only
_SENTENCE_END = re.compile(r"[.!?…][\"“”»«’')\]]*[^\S\n]+")
_WORDS = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _wall() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a wall line (lower case) and the words that make a box line no wall."""
    table = json.loads(FURNITURE_FILE.read_text(encoding="utf-8"))["cut"]
    return tuple(table["wall_words"]), tuple(table["not_wall_words"])


def _a_wall(line: str) -> bool:
    """Does a box line say that the text goes on behind a wall (a paywall, a reading sample's end)?"""
    low = line.lower()
    words, not_words = _wall()
    return any(word in low for word in words) and not any(word in low for word in not_words)


def _unended(text: str) -> bool:
    """Does `text` (a line up to its cut, right-stripped) end without a stop: a letter, a digit or a comma last?"""
    return bool(text) and (text[-1].isalnum() or text[-1] == ",")


def _clause_start(text: str, line_start: int, cut: int) -> int | None:
    """The start of the clause that breaks off at `cut` (text offsets), or None where the line before the cut is a
    short phrase of its own (a headline) rather than a sentence."""
    sentence = line_start
    for end in _SENTENCE_END.finditer(text, line_start, cut):
        sentence = end.end()
    if sentence == line_start and len(_WORDS.findall(text, line_start, cut)) < MIN_CUT_WORDS:
        return None
    # (imported here: models/negation.py reads mood.py, whose tagger reads the money layer, which reads this module's
    # reader, models/layer/reading.py; a cut is rare, so the import is paid where one stands)
    from models.negation import split_clauses

    clauses = split_clauses(text[sentence:cut].lower())
    return sentence + clauses[-1][0] if clauses else sentence


def cut_clauses(text: str, spans: list[tuple[int, int, str]]) -> tuple[tuple[int, int], ...]:
    """The clauses of `text` that break off: (start, cut) in text order (see the module doc). `spans`: the text's
    page furniture (models/layer/furniture.py `furniture_spans`), of which the boxes are read."""
    cuts: set[int] = set()
    for start, _end, kind in spans:
        if kind != "box":
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():  # a call glued to the line's last words
            if _unended(text[line_start:start].rstrip()):
                cuts.add(len(text[:start].rstrip()))
            continue
        line_end = text.find("\n", start)
        if not _a_wall(text[line_start : len(text) if line_end < 0 else line_end]):
            continue
        before = len(text[:line_start].rstrip())  # the last line of text before the box line, past blank lines
        ellipsis = _GLUED_ELLIPSIS.search(text, text.rfind("\n", 0, before) + 1, before)
        if ellipsis is not None:  # (a chat's or forum's "werden…" with no wall after it is style, not a cut)
            before = ellipsis.start()
        if before and _unended(text[:before]):
            cuts.add(before)
    if "[" in text or "(" in text:
        for line in re.finditer(r"[^\n]+", text):
            mark = _EDITORS_MARK.search(line.group())
            if mark is not None and _unended(line.group()[: mark.start()].rstrip()):
                cuts.add(len(text[: line.start() + mark.start()].rstrip()))
    found: list[tuple[int, int]] = []
    for cut in sorted(cuts):
        start = _clause_start(text, text.rfind("\n", 0, cut) + 1, cut)
        if start is not None:
            found.append((start, cut))
    return tuple(found)


def cut_off(claim_type: str, start: int, end: int, cuts: tuple[tuple[int, int], ...]) -> bool:
    """Is a claim of `claim_type` at [start, end) read from a clause that breaks off (D61 (c))? Only opt-out and data
    claims: a stance, scope or polarity is decided at the clause's end; a price's sum and a year are words of their own."""
    if claim_type not in ("opt_out", "data_shared"):
        return False
    return any(start < cut and end > clause for clause, cut in cuts)
