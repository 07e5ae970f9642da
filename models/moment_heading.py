"""The moment a list's or table's heading states for every row (issue 7, session 47, year47; the lead's D65 (a)).

Reference works give the deal's price as one row of a list or table ("5. Facebook – WhatsApp (2014): 19 Mrd.
US-Dollar", "9 | Facebook | WhatsApp | 2014 | 19 Mrd. $"), and the row itself names no moment: the basis of every row
stands once above them, in the table's header, the list's heading or a short method paragraph right above the list
("Zukäufe (Jahr, Preis bei Bekanntgabe)", "Genannt ist stets der Preis am Tag der Ankündigung.",
"Abschlusspreis"). D65 (a): such a heading says the moment for each row; a heading that names no moment
("Die größten Übernahmen") says nothing, and D52 (b)'s bare year stays `unspecified`.

The test is one of layout and grammar, not of wording: the price's line is a row (a short line without a
sentence's full stop, in a run of such lines of which at least two give an amount), the heading is a line of that run
above it that holds no amount, or the line or short paragraph right above the run, and one clause of the heading
holds a noun of price or value together with a cue of one moment (the moment cues of models/moment.py, read without
the tense of news, which dates no column).
Not reached: a row's own cue ("bei Abschluss rund 22 Mrd.": its own moment, which the caller keeps), prose
paragraphs (a line that ends like a sentence is no row), a heading line that gives an amount itself (a row of its own,
whose "bei Abschluss" is that row's), and a long paragraph above a list (an article's prose, not a method line).

Vocabulary: patterns/moment.json "heading" (price nouns; compounds whose first part is the moment, "Abschlusspreis",
read only here since in prose it is also a share's closing price).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from models.money import find_money
from models.sentences import ends_with_full_stop

MAX_ROW_CHARS = 200  # a row of a list or table; a longer line is prose
MIN_ROWS = 2  # rows that give an amount: one is a fact box's line or a caption, not a list
MAX_ROWS_UP = 40  # how many lines of the run above the price's line may hold its heading
MAX_METHOD_CHARS = 320  # the paragraph right above a list: a method line or two, not an article's prose
_CLAUSE_SPLIT = re.compile(r"[,;:.!?()\[\]–—]|\s-\s")
_LINE_END = re.compile(r"[!?:;]\s*$")
# A row's last cell a bare number after a cell rule or a colon ("Facebook / WhatsApp (2014) | 19,0"): an amount in the
# scale and currency of the table's unit line, which find_money cannot read alone (issue 7, session 56, prec56); also
# after a spaced dash ("Facebook – WhatsApp – 21,8": session 57, prec57)
_BARE_LAST_CELL = re.compile(r"(?:[|:]|[ \t\u00a0][–—-])[ \t\u00a0]*\d{1,3}(?:,\d{1,2})?[ \t\u00a0]*\|?[ \t\u00a0]*$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    from models.moment import _load_moment  # the moment module's loader (Swiss spelling fold); it imports this one

    def build(spec: dict) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
        heading = spec["heading"]
        edge, end = r"(?<![\wäöüß])", r"(?![\wäöüß])"
        nouns = re.compile(rf"(?i){edge}(?:{'|'.join(heading['price_nouns'])}){end}")
        compounds = {moment: re.compile(rf"(?i){edge}(?:{'|'.join(words)}){end}")
                     for moment, words in heading["compounds"].items()}
        return nouns, compounds

    return _load_moment("moment heading", build)


def _lines_around(text: str, offset: int) -> tuple[list[tuple[int, int]], int]:
    """The lines of `text` as (start, end) spans, and the index of the one holding `offset`."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    for i, (start, end) in enumerate(spans):
        if start <= offset <= end:
            return spans, i
    return spans, len(spans) - 1


def _row(line: str) -> bool:
    """Can `line` be a row of a list or table (short, not ending as a sentence does)?"""
    stripped = line.strip()
    return (0 < len(stripped) <= MAX_ROW_CHARS and not ends_with_full_stop(stripped)
            and _LINE_END.search(stripped) is None)


def _stated_moment(heading: str, moment_of: Callable[[str], str]) -> str | None:
    """The one moment a clause of `heading` states for a price noun, else None."""
    nouns, compounds = _patterns()
    found: set[str] = {moment for moment, pattern in compounds.items() if pattern.search(heading)}
    for clause in _CLAUSE_SPLIT.split(heading):
        if nouns.search(clause) is not None and (moment := moment_of(clause)) != "unspecified":
            found.add(moment)
    return found.pop() if len(found) == 1 else None


def headed_moment(text: str, offset: int, moment_of: Callable[[str], str]) -> str | None:
    """The moment the heading of the list or table row holding `offset` states for every row (see the module
    docstring), else None. `moment_of(clause)` gives the moment a clause's own cues tell (`moment.text_moment` without
    the tense of news)."""
    spans, index = _lines_around(text, offset)
    if not _row(text[slice(*spans[index])]):
        return None
    top = index
    while top > 0 and index - top < MAX_ROWS_UP and _row(text[slice(*spans[top - 1])]):
        top -= 1
    bottom = index
    while bottom + 1 < len(spans) and _row(text[slice(*spans[bottom + 1])]):
        bottom += 1
    with_amounts = [i for i in range(top, bottom + 1)
                    if find_money(text[slice(*spans[i])]) or _BARE_LAST_CELL.search(text, *spans[i])]
    if len(with_amounts) < MIN_ROWS:
        return None  # one row under its heading is a fact box's line or a caption, not a list of rows
    headings = [text[slice(*spans[i])] for i in range(top, index) if i not in with_amounts]
    above = top - 1
    while above >= 0 and not text[slice(*spans[above])].strip():
        above -= 1  # the blank lines between a method paragraph and its list
    if above >= 0:  # the line or paragraph right above the run ("Kaufpreise bei Ankündigung:", a method line)
        paragraph = text[slice(*spans[above])]
        if len(paragraph.strip()) <= MAX_METHOD_CHARS and not find_money(paragraph):
            headings.append(paragraph)
    moments = {moment for heading in headings if (moment := _stated_moment(heading, moment_of)) is not None}
    return moments.pop() if len(moments) == 1 else None


_CELL_RULE = re.compile(r"\||\t")
_RULE_LINE = re.compile(r"^[\s|:+=–—-]*$")  # a table's rule line under its header ("---|---", "|:--|--:|")


def _cells(line: str) -> list[tuple[int, int]]:
    """The cells of a table row `line` as (start, end) spans of the line, split at its cell rules ("|" or a tab), the
    empty edges of a row written "| a | b |" left out; [] where the line has fewer than two cells."""
    bounds = [-1, *(m.start() for m in _CELL_RULE.finditer(line)), len(line)]
    spans = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    if spans and not line[slice(*spans[0])].strip():
        spans = spans[1:]
    if spans and not line[slice(*spans[-1])].strip():
        spans = spans[:-1]
    return spans if len(spans) >= 2 else []


def column_moment(text: str, offset: int, moment_of: Callable[[str], str]) -> str | None:
    """The moment the header cell of the table column holding `offset` states, else None (issue 7, session 58,
    moment58). A table may give the price twice in one row, a column for each moment ("Deal | Preis bei Ankündigung |
    Preis bei Abschluss" over "Facebook – WhatsApp | 19 Mrd. $ | 21,8 Mrd. $"): the header then states both moments, which
    `headed_moment` reads as none, but each of its cells states the moment of the cells under it (D65 (a) read by
    column). The header is the nearest line above the amount's row, in the same run of rows with the same number of
    cells (a rule line "---|---" between is skipped), that gives no amount; its cell at the amount's column holds a cue
    of one moment (`moment_of`, or a compound of patterns/moment.json "heading": "Abschlusspreis"). Not a row whose cells
    differ in number from the header's (no column to align), nor a header cell with no cue ("Preis", "2014")."""
    spans, index = _lines_around(text, offset)
    line_start, line_end = spans[index]
    cells = _cells(text[line_start:line_end])
    column = next((i for i, (lo, hi) in enumerate(cells) if lo <= offset - line_start <= hi), None)
    if column is None:
        return None
    above = index - 1
    while above >= 0 and index - above <= MAX_ROWS_UP:
        line = text[slice(*spans[above])]
        if not _row(line):
            return None  # a blank line or prose: the run of rows has ended without a header
        if _RULE_LINE.match(line) is None:
            header = _cells(line)
            if len(header) != len(cells):
                return None
            if not (find_money(line) or _BARE_LAST_CELL.search(line)):
                cell = line[slice(*header[column])]
                _, compounds = _patterns()
                found = {moment for moment, pattern in compounds.items() if pattern.search(cell)}
                if (moment := moment_of(cell)) != "unspecified":
                    found.add(moment)
                return found.pop() if len(found) == 1 else None
        above -= 1
    return None
