"""Numeric dates and datelines: the one reader of both (issue 7, session 36, price36).

A numeric date ("19.02.2014") and a dateline (the place and date of a report before a dash that opens its lead
sentence: "Menlo Park/Berlin, 19.02.2014 – Facebook kauft ...") were spelled in three places: models/year.py (its
numeric date, a line that is only a date, a dateline's place and dash), models/moment.py (a text's own date in its
first lines) and models/layer/structure.py (a byline or date line is no list item). They read these patterns.
"""
from __future__ import annotations

import re

# The years a date may name (1980-2049, group "year").
YEAR_DIGITS = r"(?P<year>(?:19[89]|20[0-4])\d)"
# A numeric date with its year in four digits: "19.02.2014", "6.10.2014" (group "year").
NUMERIC_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\." + YEAR_DIGITS + r"(?!\d)")
# A text (a clause, a line) that is only such a date, perhaps after a live ticker's "+++": "06.10.2014".
ONLY_A_DATE = re.compile(r"^\s*(?:\+\+\+\s*)?\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s*$")
# Where a date (numeric or with a month's short name) starts: "3. März", "03.12." (a byline's or date line's date).
DATE_START = r"\d{1,2}\.\s*(?:\d{1,2}\.|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)"
# A dateline's place right before its date: a line's first words, capitalised, perhaps several joined by a slash,
# a hyphen or a space, then a comma ("Menlo Park/Berlin, "). A comment's time stamp has a time after the date, no
# dash ("Kalle, 26.08.2016, 08:14"): `DATELINE_DASH` tells them apart.
DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-ZÄÖÜ][\wäöüß.]*(?:[ /-][A-ZÄÖÜ][\wäöüß.]*){0,3},[ \t]*$")
# The dash after a dateline's date, before its lead sentence.
DATELINE_DASH = re.compile(r"[ \t]+[–—-][ \t]+\S")
# How far before its date a dateline's place may start (characters).
DATELINE_PLACE_REACH = 60


def dateline_date(text: str, start: int, end: int) -> bool:
    """Is text[start:end], a date, a dateline's date: after a dateline's place at a line's start and before the dash
    that opens the lead sentence?"""
    return (DATELINE_DASH.match(text, end) is not None
            and DATELINE_PLACE.search(text, max(0, start - DATELINE_PLACE_REACH), start) is not None)
