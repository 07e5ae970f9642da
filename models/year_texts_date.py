"""The text's own date on a header line, the point a later count in the text is told from (issue 7, session 45,
year45).

A header line of its own that dates the text (D44: a publication stamp, a status, a piece's issue number) is the
"now" of the text under it: a count back told further down ("Als Facebook WhatsApp vor elf Jahren kaufte, ...",
"Zwei Jahre nach dem 19-Milliarden-Kauf – hat sich WhatsApp gerechnet?") lands on the stamp's year minus the count
(D57 (c)). Lines: "Veröffentlicht: Fr, 02.09.2016 · Dauer: 64:40", "Stand: 3. März 2024", "Erschienen am 19.02.2019",
and a written piece's issue number "Arbeitspapier 4/2025: Werbung im Messenger", "Heft 2/2016". Not a date inside
prose ("Seit Juni 2025 zeigt WhatsApp ..." tells an event), not a line that holds more than one year.
Vocabulary: patterns/year_grammar.json (text_date_labels, issue_pieces), read by year_denied.py.
"""
from __future__ import annotations

import re

from models import year_denied
from models.dates import FOUR_DIGIT_YEAR, YEAR_DIGITS
from models.months import MONTH_WORDS

_LABELS, _PIECES = year_denied.text_date_marks()
_FOUR_DIGITS = YEAR_DIGITS + r"(?!\d)"
# A label, its colon or "am"/"vom"/"im", a weekday's short form, then a numeric or written date or a month and year.
_LABELLED = re.compile(
    rf"(?i)^[ \t•·*-]*(?:{_LABELS})[ \t]*(?::|(?:am|vom|im|in)(?![\wäöüß]))[ \t]*(?:[A-Za-zäöü]{{2,10}}\.?,?[ \t]+)?"
    rf"(?:(?P<day>\d{{1,2}})\.[ \t]*(?:\d{{1,2}}\.|(?:{MONTH_WORDS})[ \t]+)[ \t]*|(?:{MONTH_WORDS})[ \t]+)?{_FOUR_DIGITS}"
)
# A written piece, its number, a slash and the year: "Arbeitspapier 4/2025", "Heft Nr. 2/2016".
_ISSUE = re.compile(rf"(?i)^[ \t]*(?:[\wäöüß-]+[ \t]+)?(?:{_PIECES})[ \t]+(?:nr\.[ \t]*)?\d{{1,3}}[ \t]*/[ \t]*{_FOUR_DIGITS}")
_LINE_REACH = 90  # a header line is short; a longer line is prose
_ANY_YEAR = re.compile(r"(?<!\d)" + FOUR_DIGIT_YEAR + r"(?!\d)")
_LINE = re.compile(r"(?m)^[^\n]*")


def texts_date_at(text: str, line_start: int) -> tuple[int, int, int] | None:
    """(year, start, end) of the text's own date where the line that begins at `line_start` is a header line that
    dates the text; None otherwise."""
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    if len(line) > _LINE_REACH:
        return None
    found = _LABELLED.match(line) or _ISSUE.match(line)
    if found is None:
        return None
    if len(set(_ANY_YEAR.findall(line))) > 1:
        return None  # two years on one line: no one "now" of the text
    return int(found.group("year")), line_start + found.start("year"), line_start + found.end("year")


def header_dates(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of every header line's date of the text (`texts_date_at`), in text order."""
    found = []
    for line in _LINE.finditer(text):
        if _ANY_YEAR.search(line.group()) is not None:
            dated = texts_date_at(text, line.start())
            if dated is not None:
                found.append(dated)
    return found
