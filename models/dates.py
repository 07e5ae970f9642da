"""Numeric dates and datelines: the one reader of both (issue 7, session 36, price36).

A numeric date ("19.02.2014") and a dateline (the place and date of a report before a dash that opens its lead
sentence: "Menlo Park/Berlin, 19.02.2014 – Facebook kauft ...") were spelled in three places: models/year.py (its
numeric date, a line that is only a date, a dateline's place and dash), models/moment.py (a text's own date in its
first lines) and models/layer/structure.py (a byline or date line is no list item). They read these patterns.
"""
from __future__ import annotations

import re

from models.months import MONTH_STARTS, MONTH_WORDS
from models.number_words import ordinal_pattern, year_word_pattern

# The years a date may name (1980-2049): the digits alone, and as the group "year".
FOUR_DIGIT_YEAR = r"(?:19[89]|20[0-4])\d"
# A year said short by its apostrophe (issue 7, session 41, merge41: one definition where year.py, moment.py,
# moment.json and sentences.py spelled it five ways): the apostrophe in each of its typed forms ("'14", "’14", "‘14"),
# then two digits; each reader puts the edges its place needs around it. SHORT_DEAL_OR_LATER_YEAR: the deal's year or a
# later one, '14 to '29, the short form of a timeline's "2014|20(1[5-9]|2\d)" (moment.json "dated_line",
# moment.py's undated coverage). Pattern files name them "@short_year@" and "@short_deal_or_later_year@".
YEAR_APOSTROPHES = "'’‘"
SHORT_YEAR = rf"[{YEAR_APOSTROPHES}]\d\d"
SHORT_DEAL_OR_LATER_YEAR = rf"[{YEAR_APOSTROPHES}](?:1[4-9]|2\d)"
YEAR_DIGITS = r"(?P<year>" + FOUR_DIGIT_YEAR + ")"
# A numeric date: day, month, year; one- or two-digit day and month, a space after a dot as Austrian and Swiss
# papers print it ("20. 2. 2014"), the year in four digits or in two for 2000-2049 ("19.2.14"; `year_of`). Group
# "year". Issue 7, session 36, price36 (challenge_gen15 and challenge_spoken: '19.2.14', '19.02.14', '20. 2. 2014').
_AFTER_THE_DAY = r"\. ?\d{1,2}\. ?(?P<year>" + FOUR_DIGIT_YEAR + r"|[0-4]\d)(?!\d)"
_NUMERIC = r"\d{1,2}" + _AFTER_THE_DAY
# (Speed, issue 7, session 37, speed37: the lookbehind sits after the day's first digit, `\d(?<![\d.]\d)\d?` for
# `(?<![\d.])\d{1,2}`: the same matches, but the engine tries only the digits of a text instead of testing the
# lookbehind at every position; year.py reads this pattern over every sentence.)
NUMERIC_DATE = re.compile(r"\d(?<![\d.]\d)\d?" + _AFTER_THE_DAY)
# An agency's short name in brackets after a dateline's date ("19.2.14 (dpa) – ").
_AGENCY = r"\([\w/ .-]{1,20}\)"
# A text (a clause, a line) that is only such a date, perhaps after a live ticker's "+++" or "am", perhaps with an
# agency after it: "06.10.2014", "am 20. 2. 2014", "19.2.14 (dpa)".
ONLY_A_DATE = re.compile(r"^\s*(?:\+\+\+\s*)?(?:am\s+)?" + _NUMERIC + r"(?:\s*" + _AGENCY + r")?\s*$")
# Where a date (numeric or with a month's short name: the first three letters of a name of models/months.py) starts:
# "3. März", "03.12." (a byline's or date line's date).
DATE_START = r"\d{1,2}\.\s*(?:\d{1,2}\.|" + MONTH_STARTS + ")"
# A dateline's place right before its date: a line's first words, capitalised, perhaps several joined by a slash,
# a hyphen or a space, then a comma ("Menlo Park/Berlin, "). A comment's time stamp has a time after the date, no
# dash ("Kalle, 26.08.2016, 08:14"): `DATELINE_DASH` tells them apart.
# The place may name its region in brackets ("Menlo Park (Kalifornien), "), the date may follow "am" ("Wien, am ").
_PLACE = (r"[ \t]*[A-ZÄÖÜ][\wäöüß.]*(?:[ /-][A-ZÄÖÜ][\wäöüß.]*){0,3}"
          r"(?:[ \t]+\([A-ZÄÖÜ][^()\n]{0,30}\))?,[ \t]*(?:am[ \t]+)?")
DATELINE_PLACE = re.compile(r"(?:^|\n)" + _PLACE + "$")
# The dash after a dateline's date, before its lead sentence; an agency's short name may stand between in brackets
# ("19.2.14 (dpa) – ").
DATELINE_DASH = re.compile(r"(?:[ \t]+" + _AGENCY + r")?[ \t]+[–—-][ \t]+\S")
# How far before its date a dateline's place may start (characters).
DATELINE_PLACE_REACH = 60


# The words that make a number said right after them a date's part in speech: "im Jahr(e)" and "anno" (a year said by
# its last two digits: "im Jahr vierzehn", "anno 14") and a month's name ("im Februar neunzehn", "Mitte Oktober
# vierzehn"). year.py reads a short year after them (`_SHORT_YEAR`); price.py's elliptic sum leaves a number there
# (`SHORT_DATE_FRAME_BEFORE`; issue 7, session 37, price37: "angekündigt waren im Februar neunzehn" was read as
# 19 billion and, its clause then stating a price, as the year 2019).
YEAR_FRAME = r"(?:im\s+jahre?|anno)"
SHORT_DATE_FRAME_BEFORE = re.compile(r"(?i)(?<![\wäöüß-])(?:" + YEAR_FRAME + "|" + MONTH_WORDS + r")\s+$")


# After a date, a dash and a short label that ends the line, no lead sentence: a header names the piece it dates, a
# broadcast or its transcript ("Echo der Zeit, Radio SRF, 19. Februar 2014 – Transkript"), the text's own date, not a
# dateline (issue 7, session 36, price36; own63-009, D44).
HEADER_LABEL_AFTER = re.compile(r"[ \t]+[–—-][ \t]+[^\s.!?,;:]+(?:[ \t]+[^\s.!?,;:]+){0,2}[ \t]*(?:\n|$)")


def year_of(date: re.Match[str]) -> int:
    """The year a `NUMERIC_DATE` (or `ONLY_A_DATE`) match names: its four digits, or 2000 and its two ("19.2.14")."""
    year = int(date.group("year"))
    return year if year >= 100 else 2000 + year


# A dateline that opens a line: its place (`DATELINE_PLACE`'s shape), its date (numeric, or a day and a month's name:
# "20. Februar 2014"), the dash (group "date": the date's text).
_MONTH_DATE = r"\d{1,2}\.\s*(?:" + MONTH_WORDS + r")\s+" + FOUR_DIGIT_YEAR + r"(?!\d)"
OPENING_DATELINE = re.compile(_PLACE + r"(?P<date>(?<![\d.])" + _NUMERIC + r"|(?i:" + _MONTH_DATE + r"))"
                              r"(?=" + DATELINE_DASH.pattern + ")")


# A date's day in digits or as an ordinal in words ("19. ", "neunzehnten "), and its year in four digits or in words
# ("2014", "zweitausendvierzehn"; models/number_words.py): a date said in words (models/year.py's clauses that are
# only a date: "am neunzehnten Februar zweitausendvierzehn").
DAY = r"(?:\d{1,2}\.\s*|(?:" + ordinal_pattern() + r")\s+)"
YEAR_OF_A_DATE = r"(?:\d{4}|(?<![\wäöüß])(?:" + year_word_pattern() + r")(?![\wäöüß]))"
# A full date with its parts: day, month as a number (group "month") or a name (group "name"), four-digit year
# ("19.02.2024", "19. Februar 2024"): the date that heads a post or a search result's snippet (models/moment.py).
FULL_DATE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s*(?:(?P<month>\d{1,2})\.\s*|(?P<name>" + MONTH_WORDS
                       + r")\s+)(?P<year>" + FOUR_DIGIT_YEAR + r")(?!\d)")


def dateline_date(text: str, start: int, end: int) -> bool:
    """Is text[start:end], a date, a dateline's date: after a dateline's place at a line's start and before the dash
    that opens the lead sentence?"""
    return (DATELINE_DASH.match(text, end) is not None
            and DATELINE_PLACE.search(text, max(0, start - DATELINE_PLACE_REACH), start) is not None)
