"""German interrogatives: the words that open a wh-question ("Was bekommt Facebook?", "Wozu braucht Meta die
Nummer?", "Welche Daten gehen an Facebook?"), the one list the rules read: price.py (`_WH_OPENING`: a bound asked in
such a question is no guess) and data_shared_phrasings.json (`rhetorical_tail`, `question_opening`, through the
placeholder "@wh_word@", models/pattern_marks.py). Before, each spelled its own list (issue 7, session 37,
review37): the union of the three.

Also the one reader of a numbered question line (`numbered_questions`): a quiz, worksheet or exam labels its questions
by number and answers them apart, in a key whose lines name the number ("Frage 3: Wann ...?" ... "3: 2014."); price.py
(`_numbered_question`: a key's figure answers a price question) and year_quiz.py (`keyed_year`: a key's year answers
a question of time) find the question a key line answers with it. Before, each spelled its own question line (issue 7,
session 49, review49): the union of the two. Its label is read by the one reader of an item's label
(models/layout_marks.py `item_label`, session 51, layout51), which price.py reads an answer key's lines with too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from models.layout_marks import QUESTION_LABELS, item_label
from models.regex_tools import longest_first

WH_WORDS = ("was", "wer", "wen", "wem", "wie", "wieviel", "wo", "wohin", "woher", "wofür", "wozu", "warum", "wieso",
            "weshalb", "wann", "welche", "welchen", "welcher", "welchem", "welches")
#: The interrogatives as one regex alternation (lower case, no groups), longest first; the caller places its word
#: boundaries.
WH_WORD = longest_first(WH_WORDS)


@lru_cache(maxsize=256)
def _numbered_question_line(number: str) -> re.Pattern[str]:
    """A question line by its number: "3. In welchem Jahr ...?", "Frage 2: Wann ...?", "Aufgabe 4) Wie viel ...?",
    "Nr. 5: ...?"; the label read by the one reader of item labels (models/layout_marks.py `item_label`, session 51,
    layout51), then the question to its mark at the line's end (group "question")."""
    return re.compile(r"(?im)^" + item_label(QUESTION_LABELS, re.escape(number))
                      + r"[^\S\n]*(?P<question>[^\n]*\?)[^\S\n]*$")


def numbered_questions(text: str, number: str) -> list[str]:
    """The questions of `text`'s lines labelled with question number `number` (digits, or a letter: "b) ...?"), in
    text order, each without its label: "Frage 3: Wann kaufte Facebook WhatsApp?" -> "Wann kaufte Facebook WhatsApp?"."""
    return [line.group("question") for line in _numbered_question_line(number).finditer(text)]


def numbered_question_lines(text: str, number: str) -> list[re.Match[str]]:
    """The matches of `text`'s lines labelled with question number `number` (group "question" the question without
    its label), in text order: for a caller that reads what follows the question (a quiz's options)."""
    return list(_numbered_question_line(number).finditer(text))
