"""The READING TEXT of a printed page: what a reader reads where text extraction of print, e-paper and PDF broke it.

PDF and e-paper extraction hands over the page's lines: a word hyphenated at a line end ("Telefon-\\nnummer",
"Infor-\\nmationen", "zustim-\\n\\nSeite 7 | Wirtschaft\\n\\nmen."), and a running page header or footer
("Seite 30 | Heft 3/2021") standing between the two halves of one sentence. Every reader of words (the data
terms, the opt-out verbs, the amounts "Milliar-\\nden", the tagger) misses the word or splits the sentence there.

`reading_of(text)` gives a text of the SAME LENGTH that reads through both:

- a line-end hyphen after a letter, before a line (after blank lines and a running header, if any) that goes on
  in lower case, is rejoined ("Telefon-\\nnummer" -> "Telefonnummer"); not before a suspended hyphen's
  conjunction ("Ein-\\nund Ausgang", `patterns/layer.json` `reading`);
- a running header or footer line (a page mark "Seite 113", "S. 30", with or without "|" fields, alone on its
  line) between a line that does not end a sentence and a line that goes on in lower case is read, with the
  line breaks around it, as one space ("Widerspruch\\n\\nSeite 113 | Hamburg\\n\\neingelegt" -> one sentence);
- a middle dot between two letters, the joint plain language (Leichte Sprache) writes inside a long word or name
  ("Kauf·preis", "Whats·App", "Face·book"), is read as the word written whole ("Kaufpreis", "WhatsApp"); a dot
  between blanks ("Politik · Wirtschaft") is a separator and stays (issue 7, session 45, prec45).

The characters taken out come back as blanks at the end of the line the sentence goes on in, before its line
break (a line break is a whitespace token already: no token pattern reads a new blank token between two words).
`Reading.origin` holds each reading character's offset in the original; `to_original` maps an offset back
(models/extract.py maps every claim, so `text == doc[start:end]` holds for the text as given). The
tokenizer (models/tokenizer.py) makes the Doc from the reading text: every layer and claim component reads it.
A text without a line-end hyphen, a page mark or a middle dot is its own reading (substring tests).
"""
from __future__ import annotations

import json
import re
from typing import NamedTuple

from models.layer.cuts import cut_clauses
from models.layer.furniture import blanked, furniture_spans
from models.layer.lemmas import LAYER_FILE


class Reading(NamedTuple):
    """The reading text (same length as `original`) and, when they differ, each reading character's offset in
    the original (`origin`; a blank moved to a line end has the offset of that line's break)."""

    text: str
    original: str
    origin: tuple[int, ...]
    cuts: tuple[tuple[int, int], ...] = ()  # the clauses that break off (models/layer/cuts.py), original offsets


def _load() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = json.loads(LAYER_FILE.read_text(encoding="utf-8"))["reading"]
    words = frozenset(w.lower() for w in table["suspended_hyphen_words"])
    line = table["header_line"]
    cue = re.compile(r"(?m)^[^\S\n]*(?:" + table["cue_header"] + r")$")
    return words, re.compile(table["page_mark"]), re.compile(line), re.compile(r"(?m)^(?:" + line + r")$"), cue


_SUSPENDED, _PAGE_MARK, _HEADER_LINE, _HEADER_LINES, _CUE_HEADERS = _load()


def is_cue_header(text: str) -> bool:
    """Is `text` (a line or a sentence, blanks around it allowed) a subtitle cue's header: its timestamp line, perhaps
    after its counter line ("3\n00:00:06,900 --> 00:00:09,600")? The sentence splitter cuts them off as sentences of
    their own; readers that count sentences back (price.py's currency carry) step over them (session 37, price37)."""
    return " --> " in text and _CUE_HEADERS.fullmatch(text.strip()) is not None


_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[^\S\n]*\n")
MIDDLE_DOT = "\u00b7"
_JOINT_DOT = re.compile(r"(?<=[^\W\d_])\u00b7(?=[^\W\d_])")
_BLANK_LINES = re.compile(r"(?:[^\S\n]*\n)*[^\S\n]*")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = frozenset(".!?:;…\"“”»«)]-")


def _after_break(text: str, pos: int) -> int:
    """After a line break at `pos`: past blank lines, one running header line and the blank lines after it, to
    the first character of the next line of text."""
    pos = _BLANK_LINES.match(text, pos).end()
    line_end = text.find("\n", pos)
    if line_end >= 0 and _HEADER_LINE.fullmatch(text, pos, len(text[:line_end].rstrip())):
        pos = _BLANK_LINES.match(text, line_end + 1).end()
    return pos


def _goes_on(text: str, pos: int) -> bool:
    """Does the text at `pos` go on in lower case (no suspended hyphen's conjunction)?"""
    if pos >= len(text) or not text[pos].islower():
        return False
    word = _WORD.match(text, pos)
    return word is None or word.group().lower() not in _SUSPENDED


def _breaks(text: str, hyphen: bool, header: bool, cue: bool = False, dot: bool = False) -> list[tuple[int, int, str]]:
    """The breaks to read through, (start, end, what stands for them) in text order, not overlapping."""
    found: list[tuple[int, int, str]] = []
    if dot:
        found.extend((joint.start(), joint.end(), "") for joint in _JOINT_DOT.finditer(text))
    if cue:
        # A subtitle cue's header (SRT/WebVTT: a counter line and "00:01:12,700 --> 00:01:17,300") between a cue
        # that ends no sentence and one that goes on in lower case: one sentence told over two cues (session 31,
        # opt53: "Ihr könnt widersprechen, dass Facebook\n\n15\n00:01:12.700 --> ...\neure Daten ... nutzt").
        for line in _CUE_HEADERS.finditer(text):
            before = len(text[:line.start()].rstrip())
            after = _BLANK_LINES.match(text, line.end()).end()
            # (no hyphen here: a conjunction goes on too, "zu,\n\n00:01:17.100 --> ...\noder ihr könnt ...")
            if before and text[before - 1] not in _SENTENCE_END and after < len(text) and text[after].islower():
                found.append((before, after, " "))
    if hyphen:
        for match in _HYPHEN_BREAK.finditer(text):
            after = _after_break(text, match.end())
            if _goes_on(text, after):
                found.append((match.start(), after, ""))
    if header:
        for line in _HEADER_LINES.finditer(text):
            before = len(text[:line.start()].rstrip())
            after = _BLANK_LINES.match(text, line.end()).end()
            # inside a sentence: the text before ends no sentence (nor a hyphen: the join reads past the header)
            if before and text[before - 1] not in _SENTENCE_END and _goes_on(text, after):
                found.append((before, after, " "))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for brk in found:
        if not kept or brk[0] >= kept[-1][1]:
            kept.append(brk)
    return kept


def reading_of(text: str) -> Reading:
    """The reading text of `text` (itself, with no `origin`, when nothing is broken; see the module doc)."""
    hyphen = "-\n" in text or "- \n" in text
    header = _PAGE_MARK.search(text) is not None
    cue = " --> " in text
    dot = MIDDLE_DOT in text
    if not (hyphen or header or cue or dot):
        return Reading(text, text, ())
    breaks = _breaks(text, hyphen, header, cue, dot)
    if not breaks:
        return Reading(text, text, ())
    chars: list[str] = []
    origin: list[int] = []
    pending = 0  # characters taken out, to come back as blanks before the next line break
    pos = 0
    for start, end, joiner in (*breaks, (len(text), len(text), "")):
        while pos < start:
            newline = text.find("\n", pos, start)
            stop = start if newline < 0 else newline
            chars.extend(text[pos:stop])
            origin.extend(range(pos, stop))
            pos = stop
            if newline >= 0:
                chars.extend(" " * pending)
                origin.extend([newline] * pending)
                pending = 0
                chars.append("\n")
                origin.append(newline)
                pos += 1
        chars.extend(joiner)
        origin.extend([start] * len(joiner))
        pending += end - start - len(joiner)
        pos = end
    chars.extend(" " * pending)
    origin.extend([len(text)] * pending)
    return Reading("".join(chars), text, tuple(origin))


def page_reading_of(text: str) -> Reading:
    """The reading text of a page's text: its page furniture blanked first (models/layer/furniture.py: banners,
    share buttons, boxes, adverts; same length, so its offsets are the text's), then `reading_of`. The tokenizer
    reads it (issue 7, session 42, page42). `cuts`: the clauses a paywall or truncation cut off (models/layer/cuts.py;
    session 43, page43), whose opt-out and data claims models/extract.py drops."""
    spans = furniture_spans(text)
    cuts = cut_clauses(text, spans)
    shown = blanked(text, spans)
    if shown == text:  # no furniture (equal strings, not only the same object: a blanked run of blanks is none)
        reading = reading_of(text)
        return reading._replace(cuts=cuts) if cuts else reading
    reading = reading_of(shown)
    return Reading(reading.text, text, reading.origin, cuts)


def to_original(reading: Reading, pos: int, *, end: bool) -> int:
    """The original text's offset of the reading text's `pos`, a span's start or (`end=True`) its end."""
    if not reading.origin:
        return pos
    if end:
        return 0 if pos <= 0 else reading.origin[pos - 1] + 1
    return len(reading.original) if pos >= len(reading.origin) else reading.origin[pos]
