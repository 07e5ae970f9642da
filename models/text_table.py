"""Tables written as text: rows of cells separated by "|" or tabs, one row a line.

Overviews of Facebook's purchases often come as such a table ("Unternehmen | Jahr |
Kaufpreis"), with the header row first. A cell means what its column's header
says of the company its row names: `cell_at` gives both, for the price and the
year components.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models import context
from models.sentences import ends_with_full_stop

# A cell separator: a vertical bar (with any spaces around it), one or more tabs, or a dash between spaces
# ("WhatsApp – 2014 – 19 Mrd. Dollar" under "Firma – Jahr – Preis"; a row needs a header row of as many cells).
_SEPARATOR = re.compile(r"[^\S\n]*\|[^\S\n]*|\t+|[^\S\n]+[–—][^\S\n]+")
# A Markdown rule line between header and rows ("---|:---:|---").
_RULE = re.compile(r"^[\s|:+-]*-[\s|:+-]*$")
MIN_CELLS = 3  # fewer cells is a line with a bar in it, not a table
# A rank written into a row's first cell ("3. Facebook/WhatsApp, 2014"), under a header with a rank column of its own.
_RANK_OPENING = re.compile(r"\d{1,3}[.)][^\S\n]+\S")
MAX_ROWS = 60  # how far up to look for the header row


@dataclass(frozen=True)
class TableCell:
    """Where an offset lies in a text table: its column's header, its row and the line above the table."""

    header: str  # the header cell of the offset's column
    headers: tuple[str, ...]  # the whole header row
    row: tuple[str, ...]  # every cell of the offset's row
    column: int
    title: str  # the last non-blank line above the header row ("" at the start of the text)


# A dash-separated line that ends like a sentence is prose; table rows end in a cell ("1 Mrd.", "2014"). A final
# period is a full stop as the sentence splitter reads one (models/sentences.py); a final ! ? : ; always ends prose.
_PROSE_END = re.compile(r"[!?:;]$")


def may_hold_cells(text: str) -> bool:
    """Speed: can `text` hold a table row at all (a separator in it)?"""
    return "|" in text or "\t" in text or " – " in text or " — " in text


def cell_spans(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table line within `line`, stripped of spaces (outer spaces and bars
    dropped), or [] when the line is no table row: the one splitter of a row (`_cells` reads its cells from it), for a
    rule that claims a cell's words. A tab row's empty last cells are kept, as empty spans at the line's end."""
    stripped = line.strip()
    if not may_hold_cells(stripped):
        return []
    if "|" not in stripped and "\t" not in stripped and (_PROSE_END.search(stripped) or ends_with_full_stop(stripped)):
        return []  # "Zürich – WhatsApp wächst – und Facebook zahlt.": dashes in prose, a sentence
    inner = stripped.strip("|")
    base = len(line) - len(line.lstrip()) + len(stripped) - len(stripped.lstrip("|"))  # where `inner` starts
    spans, pos = [], 0
    for sep in [*_SEPARATOR.finditer(inner), None]:
        end = len(inner) if sep is None else sep.start()
        piece = inner[pos:end]
        start = base + pos + len(piece) - len(piece.lstrip())
        spans.append((start, max(start, base + pos + len(piece.rstrip()))))
        if sep is not None:
            pos = sep.end()
    if "|" not in stripped:
        # a tab-separated row keeps its empty last cells ("2\tZeitpunkt ...\tgeteilt: ja\tAnalyse\t" under a
        # header of six): the stripping above dropped them, and the row must count as many cells as its header
        spans += [(len(line), len(line))] * line[len(line.rstrip()):].count("\t")
    return spans if len(spans) >= MIN_CELLS else []


def _cells(line: str) -> list[str]:
    """The cells of a table line (outer bars dropped), or [] when the line is no table row (`cell_spans`)."""
    return [line[start:end] for start, end in cell_spans(line)]


def about_a_purchase_of_target(cell: TableCell) -> bool:
    """Is `cell` in a table of purchases (its title or header row speaks of buying) and in the row of
    WhatsApp (named in the row, no other company bought named there)?"""
    row = " | ".join(cell.row)
    return (context.about_acquisition(cell.title + " | " + " | ".join(cell.headers))
            and context.has("target", row) and not context.has("other_targets", row))


def _line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def cell_at(text: str, offset: int) -> TableCell | None:
    """The table cell holding character `offset` of `text`, when it lies in a row below a header row."""
    line_start, line_end = _line_at(text, offset)
    row = _cells(text[line_start:line_end])
    if not row:
        return None
    before = text[line_start:offset].lstrip(" \u00a0")  # tabs before the offset are separators: keep them
    column = len(_SEPARATOR.findall(before[1:] if before.startswith("|") else before))
    header_line: str | None = None
    merged_rank = False
    start = line_start
    for _ in range(MAX_ROWS):
        if start == 0:
            break
        above_start, above_end = _line_at(text, start - 1)
        above = text[above_start:above_end]
        if _RULE.match(above) and "-" in above:
            start = above_start
            continue
        cells = _cells(above)
        if len(cells) == len(row) + 1 and _RANK_OPENING.match(row[0]) and not _RANK_OPENING.match(cells[0]):
            # "Rang | Käufer/Ziel, Jahr | Kaufpreis" over "3. Facebook/WhatsApp, 2014 | 19 Mrd. Dollar": the rank
            # column's number written into the row's first cell; the header's other cells head the row's (issue 7,
            # session 50, prec50, own91-010)
            header_line, start, merged_rank = above, above_start, True
            break
        if len(cells) != len(row):
            break
        header_line, start = above, above_start
    if header_line is None:
        return None  # the offset lies in the header row itself, or the table has only one row
    header = _cells(header_line)[1:] if merged_rank else _cells(header_line)
    if column >= len(header):
        return None
    title_end = len(text[:start].rstrip())  # over blank lines: a heading, an empty line, the table
    title = text[_line_at(text, title_end - 1)[0] : title_end] if title_end > 0 else ""
    return TableCell(header=header[column], headers=tuple(header), row=tuple(row), column=column, title=title.strip())
