"""The acquisition year of a worksheet's layout (issue 7, session 50, year50): the line right after a question of time
about the purchase that gives a date behind an answer's mark ("A: 2014", "→ Seit 2014.", "Antwort: 2014 ✓ (1 P.)"), a
key line that marks the options of several questions by letter ("Lösungen: 1a, 2b"), a list item's short label before
its colon ("– übernommen von Facebook: 2014"); and D66 (a)'s count back from a dateline whose lead is another
purchase (tests/test_models_year49.py). The texts are written for these tests."""
from __future__ import annotations

import pytest

from models import year_denied
from models.extract import extract_text
from models.year_quiz import keyed_year


def years(text: str) -> list[int]:
    return [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flash card: the answer's label, the year and a bracket after it
        ("Karteikarte 3\nF: Wann hat Facebook den Messenger WhatsApp gekauft?\nA: 2014 (im Februar angekündigt).", [2014]),
        # an arrow as the answer's mark, "seit" before the year of belonging
        ("Frage 2\nSeit wann gehört WhatsApp zu Facebook?\n→ Seit 2014.", [2014]),
        # the question's points in brackets, a tick and the points after the answer
        ("Aufgabe 5: Wann kaufte Facebook WhatsApp? (2 P.)\nAntwort des Schülers: 2014 ✓ (2/2 P.)", [2014]),
        # a month after a comma
        ("F: Wann übernahm Facebook den Dienst WhatsApp?\nA: 2014, im Oktober.", [2014]),
        # near miss: a crossed answer is marked wrong
        ("Aufgabe 5: Wann kaufte Facebook WhatsApp? (2 P.)\nSchülerantwort: 2013 ✗ (0/2 P.)", []),
        # near miss: the answer line goes on with a clause of its own
        ("F: Wann kaufte Facebook WhatsApp?\nA: 2012 kaufte der Konzern zuerst Instagram.", []),
        # near miss: a question about another event
        ("F: Wann gab WhatsApp zum ersten Mal Daten an Facebook weiter?\nA: 2016.", []),
        # near miss: an answer that is no date alone
        ("F: Wann kaufte Facebook WhatsApp?\nA: 2014 oder 2015, ich weiß es nicht mehr.", []),
    ],
)
def test_a_date_answering_the_line_above(text: str, expected: list[int]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purchase asked without a company in a text that names WhatsApp and Facebook and no other purchase
        ("Lernkarten: Facebook und WhatsApp\n\nF: In welchem Jahr wurde der Kauf abgeschlossen?\nA: 2014.", [2014]),
        # near miss: the text names another company bought, so "der Kauf" may be that one
        ("Lernkarten: Facebook, Instagram und WhatsApp\n\nF: In welchem Jahr wurde der Kauf abgeschlossen?\nA: 2012.", []),
    ],
)
def test_the_purchase_asked_without_a_name(text: str, expected: list[int]) -> None:
    assert years(text) == expected


def test_a_key_of_letters_marks_the_option() -> None:
    text = ("Kleines Quiz\n\n1. Wer hat WhatsApp gegründet?\na) Jan Koum\nb) Mark Zuckerberg\n\n"
            "2. Wann hat Facebook WhatsApp übernommen?\na) 2012\nb) 2014\nc) 2016\n\nLösungen: 1a, 2b")
    assert years(text) == [2014]
    found = keyed_year(text, lambda question: "Facebook" in question)
    assert found is not None and text[found[1] : found[2]] == "2014" and text[found[1] - 3 : found[1]] == "b) "


def test_a_key_of_letters_for_another_question_gives_nothing() -> None:
    text = ("Quiz\n\n1. Wer hat WhatsApp gegründet?\na) Jan Koum\nb) Mark Zuckerberg\n\n"
            "2. Wann änderte WhatsApp seine Regeln für Facebook?\na) 2014\nb) 2016\n\nAuflösung: 1a, 2b")
    assert years(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item's dash is no word of the label before the colon
        ("Steckbrief WhatsApp\n– gegründet: 2009\n– übernommen von Facebook: 2014\n– Nutzer: 2 Mrd.", [2014]),
        # near miss: a label of another event
        ("Steckbrief WhatsApp (gehört zu Facebook)\n– neue Regeln eingeführt: 2021\n– Nutzer: 2 Mrd.", []),
    ],
)
def test_a_list_items_label(text: str, expected: list[int]) -> None:
    assert years(text) == expected


def test_the_year_grammar_lists_are_read_by_name() -> None:
    assert "übernahmen" in year_denied.words("span_purchase_plurals")
    with pytest.raises(KeyError):
        year_denied.words("no_such_list")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a correction gives the statement's year to another company's purchase: the statement's year is refuted
        ("Richtig oder falsch?\nFacebook übernahm WhatsApp 2012.\nKorrektur: Nein – 2012 übernahm Facebook Instagram.", []),
        # a teacher's bracket with a cross
        ("Referat\nDer Konzern hat WhatsApp im Jahr 2012 gekauft. [✗ 2012 kaufte Facebook Instagram.]", []),
        # near miss: a verdict that confirms
        ("Richtig oder falsch?\nFacebook übernahm WhatsApp 2014.\nLösung: richtig.", [2014]),
        # near miss: the correction's year is not the statement's
        ("Facebook kaufte WhatsApp 2014. Nein, 2012 kaufte Facebook Instagram.", [2014]),
    ],
)
def test_a_correction_with_the_contrary_fact(text: str, expected: list[int]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the merger proceedings of the purchase date it (D18)
        ("Die Kommission prüft die Angaben von Facebook aus dem Fusionsverfahren von 2014 zu WhatsApp erneut.", [2014]),
        # near miss: another company's merger proceedings
        ("Die Kommission prüft die Angaben aus dem Fusionsverfahren von 2016 zu LinkedIn und Microsoft.", []),
    ],
)
def test_merger_proceedings_date_the_purchase(text: str, expected: list[int]) -> None:
    assert years(text) == expected
