"""German month names: the one list the rules read (`models.year` for dates, `models.context` for time words, the
pattern files through their placeholders "@month@", "@month_short@" and "@season@", models/pattern_marks.py), and the
seasons beside them.

The Austrian "Jänner" and "Feber" are spelled beside "Januar" and "Februar" with the same month number.
"""
from __future__ import annotations

MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember")
# Month name (lower case) -> its number from 0 (January).
MONTH_INDEX = {**{m: n for n, m in enumerate(MONTHS)}, "jänner": 0, "feber": 1}
# Every month name as one regex alternation (lower case; compile with (?i) for any case): no name is the prefix
# of another, so the order of the branches does not matter.
MONTH_WORDS = "|".join(MONTH_INDEX)
# The seasons, a part of a year named like a month ("im Herbst 2014", "seit Frühjahr 2016"): one list beside the months.
SEASONS = ("frühjahr", "frühling", "sommer", "herbst", "winter")
# The seasons as one regex alternation (lower case): no name is the prefix of another.
SEASON_WORDS = "|".join(SEASONS)
# The first three letters of each month's name (lower case), the start of its short form ("Feb.", "Okt"): "jan|feb|...".
MONTH_STARTS = "|".join(month[:3] for month in MONTHS)
# The parts of a month named before it ("Anfang Oktober", "Mitte Februar", "Ende 2014"), the latest day each stands for
# (a month told so lands on a text's year only where that day is not after the text's own; models/year.py), and the
# parts as one regex alternation (lower case; issue 7, session 58, year58: written in four patterns of year.py and one
# of year_other_acts.py before).
MONTH_PART_LATEST_DAY = {"anfang": 10, "mitte": 20, "ende": 31}
MONTH_PARTS = "|".join(MONTH_PART_LATEST_DAY)
