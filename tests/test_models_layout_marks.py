"""The one reader of a quiz's, worksheet's or form's layout marks (models/layout_marks.py; issue 7, session 51,
layout51): answer-key pairs, the labels that open an item's line, check boxes empty and ticked; each with its near
misses, and each read the same by the modules that call it. The sentences are written for the test."""
from __future__ import annotations

import re

import pytest

from models.layout_marks import (CHECK_BOX, ITEM_LETTER, ITEM_NUMBER, QUESTION_LABELS, boxes, item_label,
                                 key_pair_list, key_pairs, may_hold_box)
from models.pattern_marks import expand


# --- answer-key pairs ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key, pairs", [
    ("Auflösung: 1b, 2c, 3b", [("1", "b"), ("2", "c"), ("3", "b")]),
    ("Lösung: 1-b; 2 – C", [("1", "b"), ("2", "c")]),
    ("Richtige Antworten: 1 b), 3) (a)", [("1", "b"), ("3", "a")]),
    ("Lösungen: 4. d), 5 e", [("4", "d"), ("5", "e")]),
    ("Lösung: 1b,2c/3a", [("1", "b"), ("2", "c"), ("3", "a")]),
])
def test_a_key_reads_each_questions_number_and_letter(key: str, pairs: list[tuple[str, str]]) -> None:
    assert [(pair.number, pair.letter) for pair in key_pairs(key)] == pairs


@pytest.mark.parametrize("text", [
    "Der Kauf wurde seit 2014 abgeschlossen",   # a year's last digits before a word
    "Rund 2,5 a pro Jahr",                       # a decimal's digits
    "Abschnitt 3.1 b der Richtlinie",            # an outline number's second part
    "12 Mrd. Dollar",                            # a letter that starts a word
    "Seite 3 bis 5",
])
def test_no_key_pair_in_numbers_that_are_no_key(text: str) -> None:
    assert key_pairs(text) == []


def test_the_letters_a_caller_reads() -> None:
    """year_quiz.py reads options "a" to "d" only; the default reads to "f"."""
    assert [pair.letter for pair in key_pairs("Lösung: 1e, 2d")] == ["e", "d"]
    assert [pair.letter for pair in key_pairs("Lösung: 1e, 2d", letters="a-d")] == ["d"]
    line = re.compile(r"(?i):\s*(" + key_pair_list("a-d") + r")\s*$")
    assert line.search("Auflösung: 1b, 2 c), 3-a")
    assert not line.search("Auflösung: 1b, 2e")


def test_the_pair_span_lies_in_the_range_asked() -> None:
    text = "Frage 1b steht oben. Auflösung: 1b, 2c."
    start = text.index("Auflösung")
    assert [(pair.number, pair.letter) for pair in key_pairs(text, start)] == [("1", "b"), ("2", "c")]
    first = key_pairs(text, start)[0]
    assert text[first.start:first.end] == "1b"


def test_data_shared_and_year_quiz_read_the_one_key() -> None:
    """data_shared_layout.py and year_quiz.py read the same pairs, the dash and the parenthesised letter alike."""
    from models.data_shared_layout import _numbered_key_letters
    from models.year_quiz import _LETTER_KEY_LINE, _KEY_LETTERS

    low = "\nauflösung: 1-b, 2 (c), 3 a)\n"
    assert _numbered_key_letters(low, 0) == {"1": {"b"}, "2": {"c"}, "3": {"a"}}
    # (data_shared_layout.py reads a key to its sentence's end, a full stop and a blank: "3. a)" ends it there)
    line = _LETTER_KEY_LINE.search(low)
    assert line is not None
    assert [(p.number, p.letter) for p in key_pairs(low, line.start("pairs"), line.end("pairs"), _KEY_LETTERS)] == [
        ("1", "b"), ("2", "c"), ("3", "a")]


# --- labelled items --------------------------------------------------------------------------------------------------

_ANSWER = re.compile(item_label("zu|nr\\.?|lösung", f"{ITEM_NUMBER}|{ITEM_LETTER}") + r"[^\S\n]+")
_QUESTION = re.compile(r"(?im)^" + item_label(QUESTION_LABELS) + r"[^\S\n]*(?P<question>[^\n]*\?)$")


@pytest.mark.parametrize("line, label", [
    ("3: Rund zwanzig Milliarden.", "3"), ("Zu 3) Im Herbst.", "3"), ("  Nr.12. Gar nicht.", "12"),
    ("b) Das waren Aktien.", "b"), ("zu c) Das ist unbekannt.", "c"), ("Lösung 4: Im Jahr darauf.", "4"),
    ("Lösung b) Ein Drittel.", "b"),
])
def test_an_answer_line_opens_with_its_label(line: str, label: str) -> None:
    match = _ANSWER.match(line)
    assert match is not None and match.group("label") == label


@pytest.mark.parametrize("line", [
    "d. h. die Firma zahlte.",         # a letter's full stop: an abbreviation
    "12.5 Millionen Nutzer",           # a decimal: no blank after the mark
    "2014: Das Jahr des Kaufs",        # four digits are a year, no item's number
    "Lösungb) zusammengeschrieben",    # a letter glued to the word ends the word
    "Zwei Fragen: eine offen",
])
def test_no_answer_label_where_none_opens_the_line(line: str) -> None:
    assert _ANSWER.match(line) is None


@pytest.mark.parametrize("text, question", [
    ("Frage 3: Wann war das?", "Wann war das?"), ("Aufgabe 3) Wer kaufte?", "Wer kaufte?"),
    ("3. Wie viel kostete es?", "Wie viel kostete es?"), ("FRAGE3:Wozu?", "Wozu?"),
])
def test_a_question_line_by_its_number(text: str, question: str) -> None:
    from models.questions import numbered_questions

    assert numbered_questions(text, "3") == [question]
    assert _QUESTION.match(text).group("question") == question


def test_a_question_line_by_its_letter_takes_the_parenthesis() -> None:
    from models.questions import numbered_questions

    assert numbered_questions("b) Was wäre gewesen?", "b") == ["Was wäre gewesen?"]
    assert numbered_questions("d. h. was wäre gewesen?", "d") == []
    assert numbered_questions("3. Wann?\n13: Wo?", "3") == ["Wann?"]


def test_price_reads_its_answer_lines_with_the_one_reader() -> None:
    from models import price

    text = "Aufgaben\nb) Wie teuer wäre es gewesen?\n\nLösungen\n\nb) Rund 15 Milliarden Dollar."
    assert price._opens_a_labelled_item(text, text.index("Rund"))
    assert not price._opens_a_labelled_item(text, text.index("Wie"))  # its line follows no blank line
    assert price._NUMBERED_ANSWER.match("Zu 3: Der Preis war hoch.").group("label") == "3"
    assert price._NUMBERED_ANSWER.match("b) Der Preis war hoch.") is None


# --- check boxes -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, empties", [
    ("☐ die Nummer ☒ das Profilbild", [True, False]),
    ("[ ] die Fotos\n[x] die Nummer\n[X] der Status", [True, False, False]),
    ("□ 16 Mrd. ☑ 19 Mrd. ▢ 22 Mrd.", [True, False, True]),
    ("[✓] erledigt [\t] offen [✔] auch", [False, True, False]),
])
def test_boxes_empty_and_ticked(text: str, empties: list[bool]) -> None:
    assert may_hold_box(text)
    assert [box.empty for box in boxes(text)] == empties


@pytest.mark.parametrize("text", [
    "[1] Quelle: Agentur", "(x) ist unbekannt", "[a] Fußnote", "[\n] über zwei Zeilen", "x-mal geteilt",
])
def test_no_box_in_brackets_of_another_kind(text: str) -> None:
    assert boxes(text) == []


@pytest.mark.parametrize("box", ["☐", "□", "▢", "[ ]", "[\t]", "[\u00a0]", "☑", "☒", "[x]", "[X]", "[✓]", "[✔]"])
def test_the_cheap_gate_lets_every_box_through(box: str) -> None:
    """Every box of the vocabulary passes the gate (`may_hold_box`) and is read as one box; a text with none fails it."""
    assert may_hold_box(box) and len(boxes(box)) == 1
    assert not may_hold_box("Facebook kaufte WhatsApp 2014 für 19 Milliarden Dollar.")


def test_the_placeholders_are_the_one_vocabulary() -> None:
    """price_refuted.json box_marker and data_shared_phrasings.json option_box read the boxes of layout_marks.json."""
    assert expand("@check_box@") == f"(?:{CHECK_BOX})"
    from models import price_refuted
    from models.data_shared_phrases import PHRASES

    assert price_refuted._rules()["box"].pattern == f"(?:{CHECK_BOX})"
    option_box = PHRASES["option_box"]
    assert option_box.match("▢").group("empty") and option_box.match("[x]").group("empty") is None
    assert price_refuted._rules()["box"].match("[✓]")
