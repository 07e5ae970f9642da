"""A version comparison's removed lines: the layer's one definition (models/layer/diff_lines.py), read by the price and
the opt-out components (issue 10, session 55, speed55). Own sentences."""
from __future__ import annotations

import pytest

from models.extract import extract_text
from models.layer.diff_lines import removed_line_spans


def removed(text: str) -> list[str]:
    return [text[line.start:line.end] for line in removed_line_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the typographic minus is a diff's own mark: removed whatever the plus line repeats
        ("Änderungen der Seite\n\u2212 Ohne Einwilligung wird das Konto geschlossen.\n+ Wer ablehnt, liest weiter mit.",
         ["\u2212 Ohne Einwilligung wird das Konto geschlossen."]),
        # a hyphen's line revised by the plus line below it (most of its words again)
        ("Verlauf\n- Der Konzern bezahlte damals zwölf Milliarden Euro.\n+ Der Konzern bezahlte damals neunzehn Milliarden Dollar.",
         ["- Der Konzern bezahlte damals zwölf Milliarden Euro."]),
        # an en dash's run of two lines over one plus line: each judged by its own words
        ("\u2013 Die Nummer geht an den Konzern.\n\u2013 Ganz andere Worte stehen hier.\n+ Die Nummer geht nicht an den Konzern.",
         ["\u2013 Die Nummer geht an den Konzern."]),
        # pros and cons: a hyphen's line over a plus line that shares few of its words is no diff
        ("Bilanz\n+ sehr viele Nutzer weltweit\n- der Preis wirkt überzogen hoch", []),
        ("Bilanz\n- der Preis wirkt überzogen hoch\n+ sehr viele Nutzer weltweit", []),
        # a dash line with no plus line after it is a list's dash, the typographic minus too
        ("Punkte:\n\u2212 Kontakte werden abgeglichen.\nDanach kommt ein Absatz.", []),
        # no mark followed by a blank: a sign, not a line mark
        ("\u221219 Grad am Morgen\n+5 Grad am Mittag", []),
        # a diff printed without its blanks: the typographic minus and the plus straight before a letter
        ("\u2212Am Morgen war es kalt.\n+Am Morgen war es warm.", ["\u2212Am Morgen war es kalt."]),
        # a hyphen straight before a letter is no mark
        ("-Am Morgen war es kalt.\n+Am Morgen war es warm.", []),
        # a plus straight before a letter under a hyphen's line: a list's, not a revision
        ("Reisen im Vergleich:\n- Rom: Wir flogen im Mai hin.\n+Paris: Wir flogen im Mai hin.", []),
        ("\u2212 Rom: Wir flogen im Mai hin.\n+Paris: Wir flogen im Juni hin.", ["\u2212 Rom: Wir flogen im Mai hin."]),
        ("Ohne Pluszeichen nichts zu tun.\n\u2212 Eine Zeile.", []),
    ],
)
def test_removed_lines(text: str, expected: list[str]) -> None:
    assert removed(text) == expected


def test_the_evidence_of_each_line() -> None:
    text = ("\u2212 Ganz eigene Worte hier.\n- Der Dienst verlangt die Nummer.\n"
            "+ Der Dienst verlangt die Nummer nicht mehr.")
    assert [(line.own_mark, line.revised) for line in removed_line_spans(text)] == [(True, False), (False, True)]


def test_a_con_of_a_parallel_list_keeps_its_opt_out_item() -> None:
    # pros and cons in parallel grammar share half their words: a hyphen's line is no removed line for the opt-out reader
    text = ("Was spricht dafür, was dagegen\n"
            "- Dem Abgleich der Kontakte mit Facebook kann man nicht widersprechen.\n"
            "+ Dem Einsatz der Kontakte für Anzeigen kann man widersprechen.")
    assert [line.revised for line in removed_line_spans(text)] == [True]
    stances = {c["stance"] for c in extract_text(text) if c["type"] == "opt_out"}
    assert "not_possible" in stances


def test_a_removed_statement_gives_no_opt_out_item_even_when_reworded() -> None:
    # the plus line rewords the statement: few shared words, the typographic minus still marks a diff
    text = ("Vergleich zweier Fassungen\n"
            "\u2212 Wer den Regeln von WhatsApp nicht zustimmt, dem wird das Konto gesperrt.\n"
            "+ Bei Ablehnung der Regeln von WhatsApp lässt sich die App danach bloß noch begrenzt verwenden.")
    statements = [c["text"] for c in extract_text(text) if c["type"] == "opt_out"]
    # (a statement's span starts at its words, never at the line's mark: test where it comes from)
    assert not any("Konto gesperrt" in statement for statement in statements)  # the removed line's: withdrawn
    assert any("begrenzt verwenden" in statement for statement in statements)  # the added line's: the text's


def test_a_removed_sum_gives_no_price_even_with_the_typographic_minus_alone() -> None:
    text = ("Fassungsvergleich\n"
            "\u2212 Facebook kaufte WhatsApp 2014 für 16 Milliarden Euro.\n"
            "+ Laut Mitteilung gingen 19 Milliarden US-Dollar an die Eigner des Messengers.")
    prices = [c["text"] for c in extract_text(text) if c["type"] == "price"]
    assert "16 Milliarden Euro" not in prices
