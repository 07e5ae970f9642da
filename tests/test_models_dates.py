"""models/dates.py: the one reader of numeric dates and datelines (issue 7, session 36, price36)."""
from __future__ import annotations

import pytest

from models import dates


@pytest.mark.parametrize(("text", "year"), [
    ("19.02.2014", 2014),
    ("6.10.2014", 2014),
    ("19.2.14", 2014),
    ("20. 2. 2014", 2014),
    ("1.3.09", 2009),
])
def test_a_numeric_date_names_its_year(text: str, year: int) -> None:
    match = dates.NUMERIC_DATE.search(text)
    assert match is not None and dates.year_of(match) == year


@pytest.mark.parametrize("text", ["19.02.2050", "12.3.456", "1.000.000", "2,5.14"])
def test_no_date(text: str) -> None:
    assert dates.NUMERIC_DATE.search(text) is None


@pytest.mark.parametrize(("line", "date"), [
    ("Menlo Park, 19.02.2014 – Facebook kauft WhatsApp", "19.02.2014"),
    ("Menlo Park (Kalifornien), 19.02.2014 – Facebook kauft", "19.02.2014"),
    ("Wien, am 20. 2. 2014 – Der Messenger gehört Facebook", "20. 2. 2014"),
    ("Menlo Park/Berlin, 19.2.14 (dpa) – Facebook kauft", "19.2.14"),
    ("Frankfurt, 20. Februar 2014 – Der DAX gab nach", "20. Februar 2014"),
])
def test_an_opening_dateline(line: str, date: str) -> None:
    match = dates.OPENING_DATELINE.match(line)
    assert match is not None and match.group("date") == date


@pytest.mark.parametrize("line", [
    "Kalle, 26.08.2016, 08:14",  # a comment's time stamp: no dash
    "Echo der Zeit, Radio SRF, 19. Februar 2014",  # no dash after the date
    "Am 19.02.2014 kaufte Facebook WhatsApp",  # no place
])
def test_no_opening_dateline(line: str) -> None:
    assert dates.OPENING_DATELINE.match(line) is None


def test_dateline_date_needs_place_and_dash() -> None:
    text = "Berlin, 19.02.2014 – Facebook kauft WhatsApp. Kalle, 26.08.2016, 08:14"
    first, second = list(dates.NUMERIC_DATE.finditer(text))
    assert dates.dateline_date(text, first.start(), first.end())
    assert not dates.dateline_date(text, second.start(), second.end())


@pytest.mark.parametrize(("line", "label"), [
    ("Echo der Woche, Radio X, 19. Februar 2014 – Transkript", True),
    ("Sendung vom 19. Februar 2014 – Manuskript der Sendung\n", True),
    ("Menlo Park, 19. Februar 2014 – Facebook kauft den Messenger WhatsApp.", False),
])
def test_a_header_label_after_the_date(line: str, label: bool) -> None:
    end = line.index("2014") + 4
    assert (dates.HEADER_LABEL_AFTER.match(line, end) is not None) is label


@pytest.mark.parametrize(("before", "frame"), [
    ("angekündigt waren im Februar ", True),
    ("die Regeln kamen anno ", True),
    ("im Jahre ", True),
    ("Mitte Oktober ", True),
    ("im Februar noch ", False),  # a word between: the number is not the month's
    ("die Jahreszahl ", False),
    ("Ende des Jahres ", False),
    ("E-Mai ", False),  # a month's name inside a longer word
])
def test_a_short_date_frame_before_a_number(before: str, frame: bool) -> None:
    """A month's name, 'im Jahr' or 'anno' right before a number makes it a date's part (issue 7, session 37, price37)."""
    assert (dates.SHORT_DATE_FRAME_BEFORE.search(before) is not None) is frame


@pytest.mark.parametrize(("text", "parts"), [
    ("14.03.2019 — Als Facebook den Dienst kaufte", ("14", "03", None, "2019")),
    ("Tim Adler · 19. februar 2024", ("19", None, "februar", "2024")),
    ("am 3. jänner 2021", ("3", None, "jänner", "2021")),
    ("die nummer 11.02.20145", None),  # no date where a digit follows the year
    ("es waren 19.02 prozent", None),
])
def test_a_full_date_gives_its_parts(text: str, parts: tuple[str | None, ...] | None) -> None:
    """A full date (day, month as a number or a name, year; models/moment.py reads it), lower-cased text (session 37,
    review37)."""
    found = dates.FULL_DATE.search(text)
    assert (found and found.group("day", "month", "name", "year")) == parts


@pytest.mark.parametrize(("text", "date"), [
    ("am neunzehnten Februar zweitausendvierzehn", True),
    ("am 19. Februar 2014", True),
    ("im Jahr zwanzigvierzehn", True),
    ("am neunzehnten Februar", False),
    ("am Ersten", False),
])
def test_a_date_in_words_reads_its_day_and_year(text: str, date: bool) -> None:
    """`DAY` and `YEAR_OF_A_DATE` read a date's day and year in digits or in words (models/year.py's clauses that are
    only a date build on them)."""
    import re

    from models.months import MONTH_WORDS

    pattern = re.compile(rf"(?i)^(?:am|im)\s+{dates.DAY}?(?:(?:{MONTH_WORDS}|jahr)\s+)?{dates.YEAR_OF_A_DATE}$")
    assert (pattern.match(text) is not None) is date
