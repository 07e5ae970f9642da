"""An update or edit stamp that opens a line, and the news told after its colon (issue 7, session 54, year54).

"Update, 4. Oktober 2014: Brüssel genehmigt den Kauf von WhatsApp ..." and "[Aktualisiert, 07.10.2014, 09:15 Uhr:
Die Übernahme von WhatsApp ist nun vollzogen. ...]": the stamp dates the line it opens, as a dateline dates
its lead sentence (the lead's D73 (d), D44's dated line); where the news after the colon is the purchase, its approval
or its completion, the stamp's year is the purchase's (models/year.py `_stamped_news` judges the news). A stamp
over other news ("Aktualisiert am 18. April 2024: In einer früheren Fassung hieß es, ...") dates nothing of the deal.
This module finds the stamps and the news's span only: layout, no reading of the deal.
Vocabulary: patterns/year_grammar.json update_stamp_labels, read by year_denied.py.
"""
from __future__ import annotations

import re

from models import year_denied
from models.dates import FOUR_DIGIT_YEAR, year_of
from models.months import MONTH_WORDS

_LABELS = year_denied.words('update_stamp_labels')
# A line's start (an opening bracket allowed), the label, a comma, colon or "am"/"vom", a weekday's short form, a numeric
# or written date or a month and year, a time, then the colon that opens the news.
_STAMP = re.compile(
    rf"(?im)^[ \t]*[\[(]?[ \t]*(?:{_LABELS})[ \t]*(?:[,:][ \t]*)?(?:(?:am|vom)[ \t]+)?(?:[A-Za-zäöü]{{2,10}}\.?,?[ \t]+)?"
    rf"(?:\d{{1,2}}\.[ \t]*(?:\d{{1,2}}\.[ \t]*|(?:{MONTH_WORDS})[ \t]+)|(?:{MONTH_WORDS})[ \t]+)"
    rf"(?P<year>{FOUR_DIGIT_YEAR}|\d\d)(?!\d)(?:[ \t]*,?[ \t]*\d{{1,2}}[:.]\d{{2}}(?:[ \t]*Uhr)?)?[ \t]*:[ \t]*"
)
# The news's first sentence: up to a full stop, question or exclamation mark before a space, a bracket or the line's
# end (not a number's dot: "19. Februar"), or up to the line's end.
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?<!\d)[.!?](?=[ \t\])]|$|\n)|[^\n]+")
# The cheap gate: a word of a stamp's label somewhere in the lowered text.
_GATE = re.compile(rf"(?i)(?:{_LABELS})")


def stamped_news(text: str, low: str) -> list[tuple[int, int, int, int, int]]:
    """(year, year start, year end, news start, news end) of every line an update stamp opens, in text order."""
    if _GATE.search(low) is None:
        return []
    found = []
    for stamp in _STAMP.finditer(text):
        year = year_of(stamp)
        news = _FIRST_SENTENCE.match(text, stamp.end())
        if news is None or news.end() <= stamp.end():
            continue
        found.append((year, stamp.start("year"), stamp.end("year"), stamp.end(), news.end()))
    return found
