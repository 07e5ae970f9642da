"""models/questions.py's numbered question reader, the one reader price.py and year_quiz.py share (issue 7, session 49,
review49). Sentences are the reviewer's own."""
from __future__ import annotations

import pytest

from models.extract import extract_text
from models.questions import numbered_questions


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("Frage 2: Wann ging die App an den Start?\nFrage 3: Wer stand dahinter?", "2", ["Wann ging die App an den Start?"]),
    ("3. Wie hieß der erste Investor?\n4) Wie viele Leute arbeiteten dort?", "4", ["Wie viele Leute arbeiteten dort?"]),
    ("Aufgabe 5: Welcher Konzern zahlte am meisten?\nNr. 5: Was kostete das?", "5",
     ["Welcher Konzern zahlte am meisten?", "Was kostete das?"]),
    ("11. Wann ist der Termin?", "1", []),          # another number that begins with the same digit
    ("2: Die Antwort steht unten.", "2", []),        # a numbered line without a question mark
    ("Einleitung 2: Wann beginnt es?", "2", []),    # a number after another word is no label
])
def test_numbered_questions(text: str, number: str, expected: list[str]) -> None:
    assert numbered_questions(text, number) == expected


def test_a_key_answers_its_numbered_question_for_price_and_year() -> None:
    """A key apart from its questions: the price line answers a question for the sum, the year line one of time."""
    text = ("Kleines Quiz zur Messenger-Geschichte\n"
            "Frage 1: Wie viel Geld legte Facebook für WhatsApp auf den Tisch?\n"
            "Frage 2: In welchem Jahr übernahm Facebook WhatsApp?\n\n"
            "Auflösung\n"
            "1: Rund 19 Milliarden Dollar.\n"
            "2: 2014")
    kinds = {(claim["type"], claim["text"]) for claim in extract_text(text)}
    assert ("price", "Rund 19 Milliarden Dollar") in kinds
    assert ("acquisition_year", "2014") in kinds
