"""The year a quiz's key marks as the answer to a question about the purchase (issue 7, session 47, year47; D57 (a)).

Quizzes, worksheets and puzzle corners ask "In welchem Jahr kaufte Facebook WhatsApp?" and give the answer apart from
the question: in a key line that names the question by its number ("3b: 2014.", "Lösung 2: b) 2014", "Antwort zu
Frage 4: 2014") or right after the question ("... WhatsApp? Die Antwort: 2014."). D57 (a): the year the key marks as
right is the purchase year; the options it does not mark ("a) 2013 b) 2014 c) 2016") are no claim, and a key year that
answers a question about something else (another company's purchase, the founding, a fine) is none either.

The test is one of layout: a key line (a label of solution or answer and the question's number, or a number with the
option's letter, then the year and nothing more) or an answer label right after a question mark; the question it
answers must ask when (a question word of time) and name the purchase of WhatsApp (the caller's test,
`asks_the_purchase`). Session 50 (year50) added two layouts of worksheets and flash cards: a key line that marks the
options of several questions by letter ("Auflösung: 1b, 2c, 3b": question 2's option c, a year alone on its line) and
the line right after the question that gives the date behind an answer's mark ("F: Wann kaufte Facebook WhatsApp?" /
"A: 2014 (im Februar angekündigt)"; "→ Seit 2014."; "Antwort: 2014 ✓").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from models import year_denied
from models.dates import YEAR_DIGITS
from models.layout_marks import key_pair_list, key_pairs
from models.layer.tagger import FINITE, tags_any
from models.months import MONTH_WORDS
from models.questions import numbered_question_lines, numbered_questions

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
# A key that lists the marked options of several questions on one line: "Auflösung: 1b, 2c, 3b", "Lösungen: 1 b), 2 c)",
# "Antworten: 1-b; 2-c" (session 50, year50): each pair is a question's number and the letter of its option, read by
# the one reader of key pairs (models/layout_marks.py, session 51, layout51). Options "a" to "d" only: the table of
# option lines below (`_YEAR_OPTION_LINES`) has no other.
_KEY_LETTERS = "a-d"
_LETTER_KEY_LINE = re.compile(r"(?im)^[^\S\n]*(?:lösung|auflösung|antwort)(?:en)?[^\S\n]*:[^\S\n]*"
                              rf"(?P<pairs>{key_pair_list(_KEY_LETTERS)})(?=[^\S\n]*(?:[.;!]|$))")
# An option under a question that is a year and nothing more, on a line of its own or beside the other options on one
# line: "c) 2014", "(c) 2014.", "C: 2014", "(a) 2012 (b) 2014 (c) 2016".
_YEAR_OPTION_LINES = {letter: re.compile(r"(?im)(?:^|(?<=[^\S\n]))\(?" + letter + r"[).:][^\S\n]*" + YEAR_DIGITS
                                         + r"(?=[^\S\n]*\.?[^\S\n]*$|[^\S\n]+\(?[a-d][).:])") for letter in "abcd"}
# A question line labelled by its number after a short lead ("Quiz, Frage 3: Seit wann ...?"), where
# `numbered_question_lines` reads only a line that opens with the label.
_LED_QUESTION_LINE = (r"(?im)^[^\n?]{{0,30}}?(?<![\w])(?:frage|aufgabe)[^\S\n]*{number}[^\S\n]*[:.)][^\S\n]*"
                      r"(?P<question>[^\n]*\?)[^\S\n]*$")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# The line right after a question's line, a date and nothing more, behind an answer's mark (session 50, year50): a label
# of up to three words and its colon ("A: 2014", "Antwort: Seit 2014.", "Antwort des Schülers: 2014 ✓") or an arrow
# ("→ Seit 2014."); the question line may end with its points in brackets ("Wann ...? (1 P.)"). After the date only a
# tick, a bracket ("(im Februar angekündigt)", "(1/1 P.)"), a comma's month ("2014, im Oktober.") or a full stop; a
# cross ("✗") or a verdict word marks the answer as wrong, and a clause after the year ("2014 kaufte Facebook
# Instagram") tells something of its own.
_ANSWER_MARK = r"(?:[→⇒➔]|->|=>|[^\W\d_][\w-]{0,24}(?:[^\S\n]+[^\W\d_][\w-]{0,24}){0,2}[^\S\n]*:)"
_DATE_WORDS = r"(?:(?:seit|im|ab|anno|anfang|ende|mitte|jahr|schon|bereits|erst)[^\S\n]+)*(?:(?:" + MONTH_WORDS + r")[^\S\n]+)?"
_ANSWER_TAIL = (r"(?:[^\S\n]*(?:[✓✔]|\((?![^()\n]*(?:falsch|✗|nein))[^()\n]*\)|,[^\S\n]*(?:im|am|ende|anfang|mitte)"
                r"[^\S\n]+(?:" + MONTH_WORDS + r")|[.!]))*[^\S\n]*$")
# Or a dash after the date and an aside with no finite verb ("2014 – angekündigt im Februar, vollzogen im Oktober"):
# group "aside", which the caller reads with the tagger (`keyed_year`).
_ANSWER_LINE_AFTER_QUESTION = re.compile(
    r"(?im)^(?P<question>[^\n]*\?)[^\S\n]*(?:\([^()\n]*\))?[^\S\n]*\n[^\S\n]*" + _ANSWER_MARK + r"[^\S\n]*"
    + _DATE_WORDS + YEAR_DIGITS + r"(?!\d|\.\d)(?:" + _ANSWER_TAIL + r"|[^\S\n]+[–—][^\S\n]+(?P<aside>[^\n✗✘]*)$)")
_ASIDE_WORDS = re.compile(r"[^\W\d_][\w-]*")
# The line right after an answer that opens with a verdict of falsehood, behind a label and its colon or a bracket
# ("Korrektur: falsch, richtig ist 2014.", "[Anm.: Nein ...", "✗"; year_grammar.json correction_verdicts).
_VERDICT_LINE = re.compile(r"(?i)\n[^\S\n]*[\[(–—-]*[^\S\n]*(?:[^\W\d_][\w.-]{0,20}(?:[^\S\n]+[^\W\d_][\w.-]{0,20})?"
                           r"[^\S\n]*:[^\S\n]*)?(?:" + year_denied.words('correction_verdicts') + r")(?![\wäöüß])")


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
    for key in _LETTER_KEY_LINE.finditer(text):
        for pair in key_pairs(text, key.start("pairs"), key.end("pairs"), _KEY_LETTERS):
            option = _keyed_option_year(text[: key.start()], pair.number, pair.letter, asks_the_purchase)
            if option is not None:
                return option
    for answer in _ANSWER_LINE_AFTER_QUESTION.finditer(text):
        if answer.group("aside") is not None and tags_any(_ASIDE_WORDS.findall(answer.group("aside")), FINITE):
            continue  # "2012 – damals kaufte Facebook Instagram": the aside tells an event of its own
        if _VERDICT_LINE.match(text, answer.end()) is not None:
            continue  # "Schülerantwort: 2013" / "Korrektur: falsch, richtig ist 2014.": the answer is corrected (D62;
            # review50's finding)
        if _asks(answer.group("question"), asks_the_purchase):
            return int(answer.group("year")), answer.start("year"), answer.end("year")
    return None


def _keyed_option_year(before: str, number: str, letter: str,
                       asks_the_purchase: Callable[[str], bool]) -> tuple[int, int, int] | None:
    """(year, start, end) of option `letter` of question `number` in `before` (the text before the key) when that
    option is a year and the question asks when the purchase was: the option lines run from the question's line to the
    next blank line."""
    questions = numbered_question_lines(before, number) or list(  # models/questions.py
        re.finditer(_LED_QUESTION_LINE.format(number=re.escape(number)), before))
    if not questions or not _asks(questions[-1].group("question"), asks_the_purchase):
        return None
    start = questions[-1].end()
    blank = _BLANK_LINE.search(before, start)
    end = blank.start() if blank is not None else len(before)
    option = _YEAR_OPTION_LINES[letter.lower()].search(before, start, end)
    if option is None:
        return None
    return int(option.group("year")), option.start("year"), option.end("year")


def _asks(question: str, asks_the_purchase: Callable[[str], bool]) -> bool:
    return _ASKS_WHEN.search(question) is not None and asks_the_purchase(question)


# A true-or-false task's statement on a lettered line ("a) Facebook hat WhatsApp 2016 gekauft.") under its task's
# question ("Richtig oder falsch?"; year_grammar.json true_false_tasks), and a key line after it that marks the letter
# false ("Lösungen: 1 a) falsch, b) richtig"): the statement is refuted by the key (D62, D65 (b): an option the key does
# not mark right gives no item), its year none (issue 7, session 59, year59, own110-016).
# (or a numbered statement inside a line, "Richtig oder falsch? (1) WhatsApp gehört seit 2012 zu Facebook. (2) ..."
# over "Lösung: (1) falsch – seit 2014"; a number with its full stop, "1. Facebook kaufte ..." over "Lösung: 1 falsch";
# year59, challenge_gen36-043, review59's 01:05 finding)
_STATEMENT_LABEL = re.compile(r"(?:^|(?<=\s))\(?(?P<letter>[a-f]|\d{1,2})(?:\)|(?<=\d)\.)[^\S\n]+(?=\S)")
_TRUE_FALSE_TASK = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words('true_false_tasks') + r")(?![\wäöüß])")
_KEY_LABEL_LINE = re.compile(r"(?im)^[^\S\n]*(?:lösung|auflösung|antwort|schlüssel)(?:en)?\b[^\n:]{0,40}:(?P<key>[^\n]*)$")
_TASK_REACH = 400  # how far before its statement a task's question stands (characters)


def may_hold_a_true_false_task(text: str) -> bool:
    """Does `text` ask a true-or-false task's question (`_TRUE_FALSE_TASK`) anywhere? (the caller's gate)"""
    return _TRUE_FALSE_TASK.search(text) is not None


def keyed_false_statement(text: str, at: int) -> bool:
    """Is the text at `at` in a lettered or numbered statement of a true-or-false task that a key line after it marks
    false (`_STATEMENT_LABEL`: the last label before `at` on its line; `_TRUE_FALSE_TASK`, `_KEY_LABEL_LINE`)?"""
    line_start = text.rfind("\n", 0, at) + 1
    labels = list(_STATEMENT_LABEL.finditer(text, line_start, at))
    if not labels:
        return False
    statement = labels[-1]
    if _TRUE_FALSE_TASK.search(text, max(0, statement.start() - _TASK_REACH), statement.start()) is None:
        return False
    letter = statement.group("letter")
    marked = re.compile(r"(?i)(?<![\wäöüß])\(?" + letter + r"[).]?[^\S\n]*[:=–-]?[^\S\n]*(?P<verdict>falsch|richtig|f|r)(?![\wäöüß])")
    for key in _KEY_LABEL_LINE.finditer(text, statement.end()):
        found = marked.search(key.group("key"))
        if found is not None:
            return found.group("verdict").lower() in ("falsch", "f")
    return False

