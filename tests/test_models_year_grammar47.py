"""Acquisition years by grammar and layout (issue 7, session 47, year47): the verbless owner phrase set beside the
buyer's name, the year in the attribute of another buyer's purchase ("durch" and its name), and a fact box's row in
the entry of another company. The texts are written for these tests."""
from __future__ import annotations

import pytest

from models.extract import extract_text


def years(text: str) -> list[int]:
    return [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"]


@pytest.mark.parametrize(
    "text",
    [
        # a glossary's label and a verbless owner phrase after it
        "Messenger-Lexikon\n\nFacebook: Mutterkonzern von WhatsApp seit 2014. Steht seit 2021 unter dem Namen Meta.",
        # the same phrase as an apposition after the buyer's name
        "Facebook, seit 2014 Mutterkonzern von WhatsApp, verdient am Messenger kaum.",
        "Messenger-Lexikon\n\nFacebook: seit 2014 Eigentümer von WhatsApp.",
    ],
)
def test_a_verbless_owner_phrase_beside_the_buyer_dates_the_purchase(text: str) -> None:
    assert years(text) == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own after the label: its verb dates the data, not the owner
        "Facebook: Der Konzern besitzt seit 2016 die Nummern von WhatsApp-Nutzern.",
        # the owner phrase of another company bought
        "Facebook, seit 2012 Eigentümer von Instagram, wirbt um Nutzer.",
        # the year in the attribute of another buyer's purchase, the messenger named in the clause before
        "Facebook zahlte für WhatsApp 19 Milliarden Dollar. Damit steht der Messenger auf Platz 8. Der 2016 "
        "verkündete Kauf der Chipfirma ARM durch Softbank fehlt.",
        # a fact box's owner row in the entry of another company
        "Oculus\n\nOculus baut Brillen für virtuelle Realität. Sie gehören zu Meta.\n\nKurzinfo\nGründer: Palmer Luckey\n"
        "Eigentümer: Meta Platforms (seit 2014)\n\nDie Marke steht neben WhatsApp und Instagram im Konzern.",
    ],
)
def test_another_subject_s_year_is_no_purchase_year(text: str) -> None:
    assert years(text) == []


def test_the_purchase_by_the_buyer_keeps_its_attributed_year() -> None:
    assert years("Die 2014 angekündigte Übernahme von WhatsApp durch Facebook kostete 19 Milliarden Dollar.") == [2014]
