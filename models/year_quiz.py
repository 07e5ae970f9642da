"""The year a quiz's key marks as the answer to a question about the purchase (issue 7, session 47, year47; D57 (a)).

Quizzes, worksheets and puzzle corners ask "In welchem Jahr kaufte Facebook WhatsApp?" and give the answer apart from
the question: in a key line that names the question by its number ("3b: 2014.", "Lösung 2: b) 2014", "Antwort zu
Frage 4: 2014") or right after the question ("... WhatsApp? Die Antwort: 2014."). D57 (a): the year the key marks as
right is the purchase year; the options it does not mark ("a) 2013 b) 2014 c) 2016") are no claim, and a key year that
answers a question about something else (another company's purchase, the founding, a fine) is none either.

The test is one of layout: a key line (a label of solution or answer and the question's number, or a number with the
option's letter, then the year and nothing more) or an answer label right after a question mark; the question it
answers must ask when (a question word of time) and name the purchase of WhatsApp (the caller's test,
`asks_the_purchase`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from models.dates import YEAR_DIGITS
from models.questions import numbered_questions

# A key line: "3b: 2014.", "3. b) 2014", "Lösung 2: b) 2014", "Antwort zu Frage 4: 2014", "Auflösung 3: c) 2014".
_KEY_LINE = re.compile(
    r"(?im)^[^\S\n]*(?:(?:lösung|auflösung|antwort)(?:[^\S\n]+(?:zu[^\S\n]+)?(?:frage|aufgabe))?[^\S\n]*)?"
    r"(?P<number>\d{1,2})[^\S\n]*(?P<letter>[a-d])?[^\S\n]*[:.)][^\S\n]*(?:[a-d]\)[^\S\n]*)?"
    + YEAR_DIGITS + r"[^\S\n]*\.?[^\S\n]*$")
# An answer label right after a question's mark, the year and nothing more: "? Die Antwort: 2014.", "? Lösung: 2014".
_ANSWER_AFTER_QUESTION = re.compile(
    r"(?i)\?[^\S\n]*\n?[^\S\n]*(?:die[^\S\n]+)?(?:lösung|auflösung|antwort)[^\S\n]*:[^\S\n]*" + YEAR_DIGITS
    + r"[^\S\n]*\.?[^\S\n]*(?:\n|$)")
# A question of time: "In welchem Jahr", "Wann", "Seit wann", "In welchem Monat".
_ASKS_WHEN = re.compile(r"(?i)(?<![\wäöüß])(?:wann|in\s+welchem\s+(?:jahr|monat))(?![\wäöüß])")
_SENTENCE_BEFORE = re.compile(r"[^.!?\n]*$")


def keyed_year(text: str, asks_the_purchase: Callable[[str], bool]) -> tuple[int, int, int] | None:
    """(year, start, end) of the year a key of `text` gives as the answer to a question of time about the purchase
    (see the module docstring), else None."""
    for key in _KEY_LINE.finditer(text):
        questions = numbered_questions(text[: key.start()], key.group("number"))  # models/questions.py
        if questions and _asks(questions[0], asks_the_purchase):
            return int(key.group("year")), key.start("year"), key.end("year")
    for key in _ANSWER_AFTER_QUESTION.finditer(text):
        before = _SENTENCE_BEFORE.search(text, 0, key.start())
        if before is not None and _asks(text[before.start() : key.start() + 1], asks_the_purchase):
            return int(key.group("year")), key.start("year"), key.end("year")
    return None


def _asks(question: str, asks_the_purchase: Callable[[str], bool]) -> bool:
    return _ASKS_WHEN.search(question) is not None and asks_the_purchase(question)
